#!/usr/bin/env python3
"""Turn my compact gold notes (.src/<slug>.gold: header 'title:', 'system:', 'forms:' then lines
kind|subject|item|value|group|attribute|quote) into <slug>/gold.yaml."""
import os, sys, yaml
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
for fn in sorted(os.listdir(here)):
    if not fn.endswith('.gold'): continue
    slug = fn[:-5]; meta = {}; facts = []
    for line in open(os.path.join(here, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if '|' not in line:
            k, v = line.split(':', 1); meta[k.strip()] = v.strip(); continue
        p = [x.strip() for x in line.split('|')]
        if len(p) != 7: sys.exit(f'{fn}: bad line {line!r}')
        f = dict(zip(['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'], p))
        facts.append({k: v for k, v in f.items() if v or k in ('item',)})
    doc = {'title': meta['title'], 'system': meta['system'], 'forms': meta['forms'].split(), 'facts': facts}
    class D(yaml.SafeDumper): pass
    D.add_representer(str, lambda d, s: d.represent_scalar('tag:yaml.org,2002:str', s, style='"'))
    import re
    text = yaml.dump(doc, Dumper=D, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    text = re.sub(r'(?m)^(\s*(?:- )?)"(\w+)":', r'\1\2:', text)  # plain keys, quoted values
    with open(os.path.join(out, slug, 'gold.yaml'), 'w', encoding='utf-8') as fh:
        fh.write(f'# gold facts for {slug}, written by the blind writer together with the article\n')
        fh.write(text)
    print(slug, len(facts))
