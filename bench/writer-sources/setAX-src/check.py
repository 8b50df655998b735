#!/usr/bin/env python3
import os, re, sys, yaml, html
from html.parser import HTMLParser
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AX')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = {'kind','subject','item','value','group','attribute','quote'}
BLOCK = {'p','li','ul','ol','h1','h2','h3','h4','div','tr','td','br','section','header','footer','nav','aside','main','title'}
class T(HTMLParser):
    def __init__(s): super().__init__(); s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style'): s.skip+=1
        if t in BLOCK: s.out.append(' ')
    def handle_endtag(s,t):
        if t in ('script','style'): s.skip-=1
        if t in BLOCK: s.out.append(' ')
    def handle_data(s,d):
        if not s.skip: s.out.append(d)
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text(path):
    raw = open(path).read()
    if path.endswith('.html'):
        p = T(); p.feed(raw); return norm(''.join(p.out))
    return norm(raw)
bad = 0; tot = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    present = sorted(f.split('.')[1] for f in os.listdir(d) if f.startswith('article.'))
    if sorted(forms) != present: print(slug, 'FORMS MISMATCH', forms, present); bad += 1
    texts = {f: text(os.path.join(d, 'article.' + f)) for f in forms}
    seen = set()
    for i, f in enumerate(g['facts']):
        tot += 1
        if set(f) - FIELDS or not {'kind','subject','value','quote'} <= set(f): print(slug, i, 'FIELDS', f); bad += 1
        if f['kind'] not in KINDS: print(slug, i, 'KIND', f['kind']); bad += 1
        for k in FIELDS:
            if k in f and not isinstance(f[k], str): print(slug, i, 'NONSTR', k, f[k]); bad += 1
        q = norm(str(f['quote']))
        for fm, t in texts.items():
            if q not in t: print(slug, i, fm, 'QUOTE MISSING:', f['quote']); bad += 1
        v = norm(str(f['value']))
        if f['kind'] not in ('sex_ratio','definition','classification','statement','synonym','association','differential','appearance','sign','rank') and v not in q:
            print(slug, i, 'value not in quote (info):', f['value'], '|', f['quote'])
        key = (f['kind'], f.get('subject'), f.get('item'), f['value'])
        if key in seen: print(slug, i, 'DUP', key)
        seen.add(key)
print('facts', tot, 'problems', bad)
sys.exit(1 if bad else 0)
