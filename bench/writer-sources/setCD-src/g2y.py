#!/usr/bin/env python3
"""Convert compact gold (.gold: header lines then 'kind | subject | item | value | group | attribute | quote') to gold.yaml."""
import sys, yaml, os
src = sys.argv[1]
lines = [l.rstrip('\n') for l in open(src) if l.strip() and not l.startswith('#')]
hdr = {}
facts = []
for l in lines:
    if '|' not in l:
        k, v = l.split(':', 1); hdr[k.strip()] = v.strip(); continue
    parts = [p.strip() for p in l.split(' | ')]
    assert len(parts) == 7, (len(parts), l)
    kind, subject, item, value, group, attribute, quote = parts
    facts.append(dict(kind=kind, subject=subject, item=item, value=value, group=group, attribute=attribute, quote=quote))
out = {'title': hdr['title'], 'system': hdr['system'], 'forms': hdr['forms'].split(), 'facts': facts}
d = os.path.join('/work/blind/CD', hdr['slug'])
with open(os.path.join(d, 'gold.yaml'), 'w') as f:
    yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=1000)
print(hdr['slug'], len(facts))
