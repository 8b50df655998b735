import json, pathlib, collections
R = pathlib.Path(__file__).resolve().parent; S = json.loads((R/'summary.json').read_text())
k = collections.Counter()
for s in S: k.update(s['kinds'])
L = ['# BV: blind-written gold set (chest, cardiac, GI, hepatobiliary/pancreas, genitourinary, gynaecology, breast, vascular)', '',
     '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for s in S:
    L.append(f"| {s['slug']} | {s['system']}{' (case page)' if s['case'] else ''} | {', '.join(s['forms'])} | {s['words']} | {s['facts']} |")
L.append(f"| **total** | | | {sum(s['words'] for s in S)} | {sum(s['facts'] for s in S)} |")
L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + [f'| {a} | {b} |' for a, b in k.most_common()]
L += ['', '## How it was written', '', (R/'howto.txt').read_text().strip(), '']
(R.parent/'BV'/'README.md').write_text('\n'.join(L))
print('\n'.join(L[:14]))
