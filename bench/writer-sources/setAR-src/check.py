#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body."""
import os, re, sys, html as H, yaml, collections
OUT = '/work/blind/setAR'
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = {'kind','subject','item','value','group','attribute','quote'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body(form, raw):
    if form == 'html':
        b = raw.split('user-generated-content">', 1)[1].split('id="references"', 1)[0]
        b = re.sub(r'<(li|p|h2|h3|ul)[^>]*>', ' ', b)
        b = re.sub(r'<[^>]+>', '', b)
        return H.unescape(b)
    if form == 'md':
        b = raw.split('#### \n        References', 1)[0]
        b = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', b)
        b = b.replace('**', '')
        b = re.sub(r'(?m)^\s*- ', ' ', b)
        return b
    return raw
bad = 0; tot = collections.Counter(); perart = {}
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    for f in forms: assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
    for f in os.listdir(d):
        if f.startswith('article.'): assert f.split('.')[1] in forms, (slug, f)
    texts = {f: norm(body(f, open(os.path.join(d, 'article.' + f), encoding='utf-8').read())) for f in forms}
    seen = set()
    for i, fact in enumerate(g['facts']):
        if set(fact) - FIELDS or fact.get('kind') not in KINDS or not fact.get('quote') or fact.get('value') in (None, ''):
            print('FIELD', slug, i, fact); bad += 1
        tot[fact['kind']] += 1
        key = (fact['kind'], norm(str(fact.get('subject',''))), norm(str(fact.get('item',''))), norm(str(fact['value'])))
        if key in seen: print('DUP', slug, key); bad += 1
        seen.add(key)
        q = norm(str(fact['quote']))
        for f, t in texts.items():
            if q not in t:
                print('MISS', slug, f, repr(fact['quote'])); bad += 1
        if fact['kind'] in ('frequency','percentage') and '%' not in str(fact['value']) and 'per' not in str(fact['value']):
            pass
    perart[slug] = len(g['facts'])
print(dict(tot), sum(tot.values()), perart)
print('BAD', bad); sys.exit(1 if bad else 0)
