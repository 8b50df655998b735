#!/usr/bin/env python3
import os, re, sys, html as H, yaml, collections
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BC')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign',
         'association','definition','classification','rank','statement'}
FIELDS = ['kind','subject','item','value','group','attribute','quote']
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text(form, raw):
    if form == 'html':
        raw = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', raw, flags=re.S)
        raw = re.sub(r'<[^>]+>', ' ', raw); raw = H.unescape(raw)
        # tags become spaces; collapse space before punctuation created by inline tags
        return raw
    if form == 'md':
        raw = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', raw); raw = raw.replace('**', '')
        return raw
    return raw
def fix(s):  # html tag removal leaves "word </a>," -> "word ,"; normalise spaces before punctuation
    return re.sub(r' ([,.;:)%])', r'\1', re.sub(r'\( ', '(', s))
bad = 0; tot = collections.Counter(); table = []
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    for f in forms: assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
    for f in ('html','md','txt'):
        if f not in forms: assert not os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
    texts = {f: fix(norm(text(f, open(os.path.join(d, 'article.' + f)).read()))) for f in forms}
    seen = set()
    for i, fa in enumerate(g['facts']):
        for k in FIELDS:
            if k not in fa: print(slug, i, 'missing field', k); bad += 1
        if fa['kind'] not in KINDS: print(slug, i, 'bad kind', fa['kind']); bad += 1
        if fa['kind'] == 'frequency' and not fa.get('group'): print(slug, i, 'frequency without group'); bad += 1
        q = fix(norm(str(fa['quote'])))
        for f, t in texts.items():
            if q not in t: print(slug, i, f, 'QUOTE NOT FOUND:', fa['quote']); bad += 1
        if norm(str(fa['value'])) not in q and fa['kind'] not in ('sex_ratio','statement','definition','synonym','sign','association'):
            print(slug, i, 'note: value not literally in quote:', fa['value'], '|', fa['quote'])
        key = (fa['kind'], str(fa['subject']).lower(), str(fa['item']).lower(), str(fa['value']).lower(), str(fa['attribute']).lower())
        if key in seen: print(slug, i, 'duplicate', key); bad += 1
        seen.add(key)
        tot[fa['kind']] += 1
    table.append((slug, g['system'], forms, len(g['facts'])))
for r in table: print(r)
print(dict(tot), sum(tot.values()))
print('ERRORS', bad); sys.exit(1 if bad else 0)
