#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article."""
import html, os, re, sys, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BL')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def form_text(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', '', t)
        t = html.unescape(t)
    return norm(t)

bad = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d):
        continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
    texts = {f: form_text(os.path.join(d, 'article.' + f)) for f in g['forms']}
    seen = set()
    for i, f in enumerate(g['facts']):
        for k in ('kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'):
            if k not in f:
                print(slug, i, 'missing field', k); bad += 1
        if f['kind'] not in KINDS:
            print(slug, i, 'bad kind', f['kind']); bad += 1
        if f['kind'] == 'frequency' and not f['group']:
            print(slug, i, 'frequency without group'); bad += 1
        if f['kind'] in ('appearance',) and not f['attribute']:
            print(slug, i, 'appearance without attribute'); bad += 1
        if not f['value'] or not f['quote']:
            print(slug, i, 'empty value/quote'); bad += 1
        key = (f['kind'], f['subject'], f['item'], f['value'], f['group'], f['attribute'])
        if key in seen:
            print(slug, i, 'duplicate', key); bad += 1
        seen.add(key)
        for form, t in texts.items():
            if norm(f['quote']) not in t:
                print('%s [%s] #%d quote not found: %r' % (slug, form, i, f['quote'])); bad += 1
print('problems:', bad)
sys.exit(1 if bad else 0)
