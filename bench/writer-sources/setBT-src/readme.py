import json, collections, os
S = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'summary.json')))
L = ['# BT: blind-written gold set (chest, cardiac, GI, hepatobiliary, urogenital, gynaecology, breast, vascular)', '',
     '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
kinds = collections.Counter(); tw = tf = 0
for s in S:
    sysname = s['system'] + (' (case page)' if s['case'] else '')
    L.append(f"| {s['slug']} | {sysname} | {', '.join(s['forms'])} | {s['words']} | {s['facts']} |")
    kinds.update(s['kinds']); tw += s['words']; tf += s['facts']
L.append(f'| **total** | | | {tw} | {tf} |')
L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
L += [f'| {k} | {n} |' for k, n in kinds.most_common()]
L += ['', '## How it was written', '', open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'howto.txt')).read().strip(), '']
open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BT', 'README.md'), 'w').write('\n'.join(L))
print('\n'.join(L[:14]))
