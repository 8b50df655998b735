#!/usr/bin/env python3
import glob, os, yaml, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
ROOT = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(ROOT), 'CH')
rows, kinds, tw, tf = [], collections.Counter(), 0, 0
for p in sorted(glob.glob(os.path.join(ROOT, 'src', '*.src'))):
    meta, body, facts = render.parse(p)
    w = render.body_words(body); tw += w; tf += len(facts)
    kinds.update(f['kind'] for f in facts)
    rows.append(f"| {meta['slug']} | {meta['system']} | {', '.join(x.strip() for x in meta['forms'].split(','))} | {w} | {len(facts)} |")
t = ['# Set CH: blind-written gold-annotated test articles', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows
t += [f'| **total** | | | {tw} | {tf} |', '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
t += [f'| {k} | {n} |' for k, n in kinds.most_common()]
t += ['', '## How it was written', '', open(os.path.join(ROOT, 'howto.txt')).read().strip(), '']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(t))
print('\n'.join(t[:14]))
