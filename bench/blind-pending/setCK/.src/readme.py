#!/usr/bin/env python3
"""Build CK/README.md from the rendered gold files and the source bodies."""
import os, glob, yaml, collections, render
ROOT = os.path.dirname(os.path.abspath(__file__)); CK = os.path.join(os.path.dirname(ROOT), 'CK')
rows, kinds, total = [], collections.Counter(), 0
for p in sorted(glob.glob(os.path.join(ROOT, 'src', '*.src'))):
    meta, body, facts = render.parse(p)
    g = yaml.safe_load(open(os.path.join(CK, meta['slug'], 'gold.yaml')))
    kinds.update(f['kind'] for f in g['facts']); total += len(g['facts'])
    rows.append(f"| {meta['slug']} | {g['system']} | {', '.join(g['forms'])} | {render.body_words(body)} | {len(g['facts'])} |")
out = ['# CK: blind-written gold set (8 articles)', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|', *rows,
       f'| **total** | | | | **{total}** |', '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
out += [f'| {k} | {n} |' for k, n in kinds.most_common()]
out += ['', '## How it was written', '', open(os.path.join(ROOT, 'howto.txt')).read().strip(), '']
open(os.path.join(CK, 'README.md'), 'w').write('\n'.join(out))
print('\n'.join(out))
