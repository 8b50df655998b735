#!/usr/bin/env python3
"""Write CL/README.md: per-article table and gold facts per kind."""
import os, glob, yaml, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
ROOT = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(ROOT), 'CL')
rows, kinds, total = [], collections.Counter(), 0
for p in sorted(glob.glob(os.path.join(ROOT, 'src', '*.src'))):
    meta, body, facts = render.parse(p)
    g = yaml.safe_load(open(os.path.join(OUT, meta['slug'], 'gold.yaml')))
    kinds.update(f['kind'] for f in g['facts']); total += len(g['facts'])
    rows.append(f"| {meta['slug']} | {meta['system']} | {', '.join(g['forms'])} | {render.body_words(body)} | {len(g['facts'])} |")
para = open(os.path.join(ROOT, 'howto.txt')).read().strip()
out = ['# CL: blind-written gold set (8 articles)', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|', *rows,
       f'| **total** | | | | **{total}** |', '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
out += [f'| {k} | {n} |' for k, n in sorted(kinds.items(), key=lambda x: -x[1])]
out += ['', '## How it was written', '', para, '']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(out))
print('\n'.join(out[:14]))
