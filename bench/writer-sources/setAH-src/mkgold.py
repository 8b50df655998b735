#!/usr/bin/env python3
"""<slug>.gold (header 'title/system/forms', then one fact per line: kind | subject | item | value | group | attribute | quote) -> gold.yaml"""
import os, sys, yaml
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'setAH')
class Q(str): pass
yaml.add_representer(Q, lambda d, s: d.represent_scalar('tag:yaml.org,2002:str', s, style='"'))
for fn in sorted(os.listdir(SRC)):
    if not fn.endswith('.gold'): continue
    slug = fn[:-5]
    meta = yaml.safe_load(open(os.path.join(SRC, slug + '.src')).read().split('---\n')[1])
    facts = []
    for ln in open(os.path.join(SRC, fn)):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p = [x.strip() for x in ln.split(' | ')]
        assert len(p) == 7, (fn, ln)
        k, s, i, v, g, a, q = p
        facts.append({'kind': k, 'subject': s, 'item': i, 'value': Q(v), 'group': g, 'attribute': a, 'quote': Q(q)})
    doc = {'title': meta['title'], 'system': meta['system'], 'forms': meta['forms'], 'facts': facts}
    class D(yaml.SafeDumper): pass
    D.add_representer(Q, lambda d, s: d.represent_scalar('tag:yaml.org,2002:str', s, style='"'))
    D.add_representer(list, lambda d, l: d.represent_sequence('tag:yaml.org,2002:seq', l, flow_style=all(isinstance(x, str) for x in l)))
    with open(os.path.join(OUT, slug, 'gold.yaml'), 'w') as f:
        yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=200)
    print(slug, len(facts))
