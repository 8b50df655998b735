#!/usr/bin/env python3
import json, os, collections, yaml
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BY')
summ = json.load(open(os.path.join(SRC, 'summary.json')))
order = ['subependymal-giant-cell-astrocytoma', 'lissencephaly', 'petrous-apicitis', 'tornwaldt-cyst',
         'schmorl-node', 'madelung-deformity', 'scurvy', 'case-kohler-disease-in-a-5-year-old']
by = {s['slug']: s for s in summ}
kinds = collections.Counter(); rows = []; tw = tf = 0; nforms = collections.Counter()
for slug in order:
    s = by[slug]
    g = yaml.safe_load(open(os.path.join(OUT, slug, 'gold.yaml')))
    kinds.update(f['kind'] for f in g['facts'])
    nforms.update(s['forms'])
    rows.append(f"| {slug} | {s['system']} | {', '.join(s['forms'])} | {s['words']} | {len(g['facts'])} |")
    tw += s['words']; tf += len(g['facts'])
systems = collections.Counter(by[s]['system'] for s in order)
sysdesc = ', '.join(f'{k.lower()} x{v}' if v > 1 else k.lower() for k, v in systems.items())
rows.append(f"| **total** | {len(systems)} systems ({sysdesc}) | {sum(nforms.values())} files ({nforms['html']} html, {nforms['md']} md, {nforms['txt']} txt) | {tw} | {tf} |")
table = '| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n' + '\n'.join(rows)
ktab = '| kind | facts |\n|---|---|\n' + '\n'.join(f'| {k} | {v} |' for k, v in kinds.most_common())
how = open(os.path.join(SRC, 'how.txt')).read().strip()
open(os.path.join(OUT, 'README.md'), 'w').write(
    f'# BY: blind-written gold set (8 articles)\n\n{table}\n\n## Gold facts per kind\n\n{ktab}\n\n## How it was written\n\n{how}\n')
print(table)
