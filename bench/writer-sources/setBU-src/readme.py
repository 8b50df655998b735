import json, os, collections
H = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(H, 'summary.json')))
L = ['# BU: blind-written gold set (neuroradiology, head and neck, spine, musculoskeletal, paediatrics)', '',
     '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for s in S:
    L.append('| %s | %s | %s | %d | %d |' % (s['slug'], s['system'], ', '.join(s['forms']), s['words'], s['facts']))
L.append('| **total** | | | %d | %d |' % (sum(s['words'] for s in S), sum(s['facts'] for s in S)))
c = collections.Counter(k for s in S for k in s['kinds'])
L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + ['| %s | %d |' % kv for kv in c.most_common()]
L += ['', '## How it was written', '', open(os.path.join(H, 'howto.txt')).read().strip(), '']
open(os.path.join(os.path.dirname(H), 'BU', 'README.md'), 'w').write('\n'.join(L))
