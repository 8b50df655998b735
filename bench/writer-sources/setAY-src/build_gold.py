#!/usr/bin/env python3
"""Convert AY.src/src/<slug>.gold (pipe table) to AY/<slug>/gold.yaml."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE) + '/AY'
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
q = lambda s: json.dumps(s, ensure_ascii=False)
def build(slug):
    meta = json.load(open(f'{HERE}/src/{slug}.meta.json'))
    facts = []
    for ln, line in enumerate(open(f'{HERE}/src/{slug}.gold'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7: sys.exit(f'{slug}.gold:{ln}: {len(parts)} fields: {line}')
        f = dict(zip(FIELDS, parts))
        if f['kind'] not in KINDS: sys.exit(f'{slug}.gold:{ln}: bad kind {f["kind"]}')
        facts.append(f)
    y = [f'title: {meta["title"]}', f'system: {meta["gold_system"]}', f'forms: [{", ".join(meta["forms"])}]', 'facts:']
    for f in facts:
        y.append(f'  - kind: {f["kind"]}')
        for k in FIELDS[1:]: y.append(f'    {k}: {q(f[k])}')
    open(f'{OUT}/{slug}/gold.yaml', 'w').write('\n'.join(y) + '\n')
    return facts
if __name__ == '__main__':
    for s in sys.argv[1:]: print(s, len(build(s)), 'facts')
