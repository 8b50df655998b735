import os, sys, yaml, collections, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + '/AY'
rows = []; kinds = collections.Counter()
for slug in sorted(os.listdir(OUT)):
    if not os.path.isdir(f'{OUT}/{slug}'): continue
    g = yaml.safe_load(open(f'{OUT}/{slug}/gold.yaml'))
    meta, body = render.load(slug)
    w = render.body_words(render.parse(body))
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append((slug, g['system'], ', '.join(g['forms']), w, len(g['facts'])))
print('| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|')
for r in rows: print('| %s | %s | %s | %d | %d |' % r)
print('| **total** | | | %d | %d |' % (sum(r[3] for r in rows), sum(r[4] for r in rows)))
print('\nGold facts per kind:\n\n| kind | facts |\n|---|---|')
for k, n in kinds.most_common(): print(f'| {k} | {n} |')
