#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import os, re, sys, html, yaml
OUT = os.path.join(os.path.dirname(__file__), '..', 'BZ')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body_of(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = t[t.find('<div class="body user-generated-content">'):t.find('<div class="references"')]
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    elif path.endswith('.md'):
        t = t[t.find('On this page:'):t.rfind('References')]
    else:
        t = t[:t.rfind('\nReferences\n')]
    return norm(t)
bad = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    bodies = {f: body_of(os.path.join(d, 'article.' + f)) for f in g['forms']}
    for f in g['forms']: assert os.path.exists(os.path.join(d, 'article.' + f))
    seen = set()
    for i, fa in enumerate(g['facts']):
        if fa['kind'] not in KINDS: print(slug, i, 'bad kind', fa['kind']); bad += 1
        q = norm(fa['quote'])
        for f, b in bodies.items():
            if q not in b: print(f'{slug} [{f}] #{i} quote not found: {fa["quote"]!r}'); bad += 1
        if norm(fa['value']) not in q and fa['kind'] not in ('sex_ratio',):
            print(f'{slug} #{i} (warn) value not in quote: {fa["value"]!r} / {fa["quote"]!r}')
        key = (fa['kind'], fa['subject'], fa['item'], fa['value'], fa['quote'])
        if key in seen: print(slug, i, 'duplicate', key); bad += 1
        seen.add(key)
print('FAILURES:', bad); sys.exit(1 if bad else 0)
