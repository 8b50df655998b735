#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article body."""
import os, re, glob, html, sys, yaml
from collections import Counter
CF = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CF')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def html_text(s):
    s = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)  # tags become whitespace
    return html.unescape(s)
def html_text_tight(s):
    s = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'</?(a|strong|em|b|i|sup|span)\b[^>]*>', '', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)
bad = 0; total = Counter(); kinds = Counter()
for g in sorted(glob.glob(os.path.join(CF, '*', 'gold.yaml'))):
    d = os.path.dirname(g); doc = yaml.safe_load(open(g, encoding='utf-8'))
    texts = {}
    for f in doc['forms']:
        raw = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
        if f == 'html':
            texts['html'] = norm(html_text_tight(raw)); texts['html(loose)'] = norm(html_text(raw))
        else:
            texts[f] = norm(raw)
    seen = set()
    for i, fct in enumerate(doc['facts']):
        for k in ('kind','subject','item','value','group','attribute','quote'):
            if k not in fct or fct[k] is None: print('MISSING', k, g, i); bad += 1
        if fct['kind'] not in KINDS: print('BADKIND', fct['kind'], os.path.basename(d)); bad += 1
        if not fct['value']: print('EMPTY VALUE', os.path.basename(d), fct); bad += 1
        if fct['kind'] == 'frequency' and not fct['group']: print('NO GROUP', fct); bad += 1
        if fct['kind'] == 'appearance' and not fct['attribute']: print('NO ATTR', fct); bad += 1
        if fct['kind'] in ('differential','sign','classification','association','rank') and not fct['item']: print('NO ITEM', os.path.basename(d), fct); bad += 1
        key = (fct['kind'], fct['subject'], fct['item'], fct['value'], fct['quote'])
        if key in seen: print('DUP', key); bad += 1
        seen.add(key)
        q = norm(fct['quote'])
        for f, t in texts.items():
            if q not in t:
                print('NOT IN %s: %s :: %s' % (f, os.path.basename(d), fct['quote'])); bad += 1
        kinds[fct['kind']] += 1
    total[os.path.basename(d)] = len(doc['facts'])
for k, v in total.items(): print(k, v)
print('kinds', dict(kinds)); print('BAD', bad)
sys.exit(1 if bad else 0)
