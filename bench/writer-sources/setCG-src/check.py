#!/usr/bin/env python3
"""Verify each gold quote is a verbatim substring (whitespace/case-normalised) of every form of its article."""
import os, re, sys, glob, html, yaml
from collections import Counter
CG = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CG')
KINDS = set('frequency percentage appearance differential threshold age sex_ratio synonym sign association definition classification rank statement'.split())
N = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
def html_text(raw, tight):
    raw = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', raw)
    if tight: raw = re.sub(r'</?(a|em|strong|sup|b|i|span)\b[^>]*>', '', raw)
    return html.unescape(re.sub(r'<[^>]+>', ' ', raw))
bad, per, kinds = 0, {}, Counter()
for g in sorted(glob.glob(os.path.join(CG, '*', 'gold.yaml'))):
    d = os.path.dirname(g); name = os.path.basename(d); doc = yaml.safe_load(open(g))
    T = {}
    for f in doc['forms']:
        raw = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
        if f == 'html': T['html'] = N(html_text(raw, True)); T['html-loose'] = N(html_text(raw, False))
        else: T[f] = N(raw)
    seen = set()
    for x in doc['facts']:
        for k in ('kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'):
            if x.get(k) is None: print('MISSING', k, name, x); bad += 1
        if x['kind'] not in KINDS: print('KIND', name, x['kind']); bad += 1
        if not x['value'] or not x['quote'] or not x['subject']: print('EMPTY', name, x); bad += 1
        if x['kind'] == 'frequency' and not x['group']: print('NOGROUP', name, x); bad += 1
        if x['kind'] == 'appearance' and not x['attribute']: print('NOATTR', name, x); bad += 1
        if x['kind'] in ('differential', 'sign', 'classification', 'rank') and not x['item']: print('NOITEM', name, x); bad += 1
        if x['kind'] == 'classification' and not x['group']: print('NOGROUP', name, x); bad += 1
        if x['kind'] == 'sex_ratio' and x['item']: print('SEXITEM', name, x); bad += 1
        key = (x['kind'], x['subject'], x['item'], x['value'], x['quote'])
        if key in seen: print('DUP', name, key); bad += 1
        seen.add(key)
        for f, t in T.items():
            if N(x['quote']) not in t: print('NOTIN %s %s :: %s' % (f, name, x['quote'])); bad += 1
        kinds[x['kind']] += 1
    per[name] = len(doc['facts'])
for k, v in per.items(): print(k, v)
print('kinds', dict(sorted(kinds.items())), 'total', sum(per.values())); print('BAD', bad)
sys.exit(bool(bad))
