#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import yaml, re, html, glob, os, sys
ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CJ')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}
NEED = {'frequency': ['group'], 'appearance': ['attribute'], 'threshold': ['attribute'],
        'differential': ['item'], 'sign': ['item'], 'association': ['item', 'group'],
        'classification': ['item', 'group'], 'rank': ['item', 'group']}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
def texts(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        body = raw.split('id="article-body">', 1)[1].split('<div class="ad-slot" id="in-content">', 1)[0]
        return [norm(html.unescape(re.sub(r'<[^>]+>', '', body))), norm(html.unescape(re.sub(r'<[^>]+>', ' ', body)))]
    if path.endswith('.md'):
        body = raw.split('- [Cases and figures](#article-images)', 1)[1].split('        References', 1)[0]
        return [norm(body)]
    body = raw.split('\nReferences\n', 1)[0]
    return [norm(body)]
bad = 0; total = 0
for d in sorted(glob.glob(os.path.join(ROOT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = sorted(glob.glob(os.path.join(d, 'article.*')))
    assert sorted(os.path.basename(f).split('.')[1] for f in forms) == sorted(g['forms']), d
    ts = {f: texts(f) for f in forms}
    seen = set()
    for f in g['facts']:
        total += 1
        q = norm(f['quote'])
        if f['kind'] not in KINDS: print('BADKIND', d, f); bad += 1
        if not str(f['value']).strip() or not f['subject'] or not q: print('EMPTY', d, f); bad += 1
        for k in NEED.get(f['kind'], []):
            if not str(f.get(k, '')).strip(): print('MISSING', k, d, f['quote']); bad += 1
        key = (f['kind'], f['subject'], f['item'], f['value'], f['attribute'])
        if key in seen: print('DUP', d, key); bad += 1
        seen.add(key)
        if str(f['value']).lower() not in q and f['kind'] not in ('statement',):
            pass
        for path, variants in ts.items():
            if not any(q in t for t in variants):
                print('NOQUOTE', os.path.basename(os.path.dirname(path)), os.path.basename(path), '|', f['quote']); bad += 1
print(f'{total} facts, {bad} problems'); sys.exit(1 if bad else 0)
