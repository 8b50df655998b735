#!/usr/bin/env python3
"""Convert BC.src/<slug>/gold.src (kind | subject | item | value | group | attribute | quote) to BC/<slug>/gold.yaml."""
import os, yaml
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BC')
for slug in sorted(os.listdir(SRC)):
    gp = os.path.join(SRC, slug, 'gold.src')
    if not os.path.exists(gp): continue
    meta = {}
    for l in open(os.path.join(SRC, slug, 'body.src')).read().split('\n---\n')[0].splitlines():
        if ':' in l: k, v = l.split(':', 1); meta[k.strip()] = v.strip()
    facts = []
    for l in open(gp):
        l = l.strip()
        if not l or l.startswith('#'): continue
        p = [x.strip() for x in l.split(' | ')]
        assert len(p) == 7, (slug, l)
        if p[0] == 'association': p[3] = p[2]
        facts.append(dict(zip(['kind','subject','item','value','group','attribute','quote'], p)))
    doc = {'title': meta['title'], 'system': meta['system'], 'forms': [f.strip() for f in meta['forms'].split(',')], 'facts': facts}
    with open(os.path.join(OUT, slug, 'gold.yaml'), 'w') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    print(slug, len(facts))
