import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(here, 'summary.json')))
rows = ['# BS: blind-written gold set (neuro, head and neck, spine, MSK, paediatrics)', '',
        '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for s in S:
    rows.append('| %s | %s | %s | %d | %d |' % (s['slug'], s['system'], ', '.join(s['forms']), s['words'], s['facts']))
rows.append('| **total** | | | %d | %d |' % (sum(s['words'] for s in S), sum(s['facts'] for s in S)))
c = collections.Counter(k for s in S for k in s['kinds'])
rows += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
rows += ['| %s | %d |' % (k, n) for k, n in c.most_common()]
rows += ['', '## How it was written', '', open(os.path.join(here, 'howto.txt')).read().strip(), '']
open(os.path.join(here, '..', 'BS', 'README.md'), 'w').write('\n'.join(rows))
