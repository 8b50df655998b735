#!/usr/bin/env python3
"""Convert hand-written pipe-format gold (golds/*.gold) into BK/<slug>/gold.yaml."""
import os, yaml
from meta import META
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BK')
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
class D(yaml.SafeDumper): pass
D.add_representer(list, lambda d, v: d.represent_sequence('tag:yaml.org,2002:seq', v, flow_style=all(isinstance(x, str) for x in v)))
for slug, m in META.items():
    facts = []; head = {}
    for ln in open(os.path.join(SRC, 'golds', slug + '.gold'), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        if '|' not in ln:
            k, v = ln.split(':', 1); head[k.strip()] = v.strip(); continue
        parts = [p.strip() for p in ln.split('|')]
        assert len(parts) == 7, (slug, ln)
        f = dict(zip(FIELDS, parts))
        if not f['value']: f['value'] = f['item']
        out = {'kind': f['kind'], 'subject': f['subject'], 'item': f['item'], 'value': f['value']}
        if f['group'] or f['kind'] in ('frequency', 'classification', 'association', 'rank'): out['group'] = f['group']
        if f['attribute'] or f['kind'] in ('appearance', 'threshold'): out['attribute'] = f['attribute']
        out['quote'] = f['quote']
        facts.append(out)
    doc = {'title': head['title'], 'system': head['system'], 'forms': m['forms'], 'facts': facts}
    with open(os.path.join(OUT, slug, 'gold.yaml'), 'w', encoding='utf-8') as fh:
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, width=10000)
    print(len(facts), slug)
