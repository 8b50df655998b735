#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import os, re, sys, html, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BT')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()
def load(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)<div class="ref-list"', t, re.S)
        t = m.group(1) if m else t
        t = html.unescape(re.sub(r'<[^>]+>', '', t))
    return norm(t)
bad = 0; total = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    files = sorted(f.split('.', 1)[1] for f in os.listdir(d) if f.startswith('article.'))
    if sorted(forms) != files:
        print(slug, 'forms mismatch', forms, files); bad += 1
    texts = {f: load(os.path.join(d, f'article.{f}')) for f in forms}
    for i, f in enumerate(g['facts']):
        total += 1
        if list(f.keys()) != FIELDS or f['kind'] not in KINDS or not f['value'] or not f['quote'] or not f['subject']:
            print(slug, i, 'bad fields', f); bad += 1
        if f['kind'] == 'frequency' and not f['group']:
            print(slug, i, 'frequency without group'); bad += 1
        q = norm(f['quote'])
        for form, t in texts.items():
            if q not in t:
                print(f'{slug} [{form}] MISSING: {f["quote"]}'); bad += 1
print(f'{total} facts checked, {bad} problems')
sys.exit(1 if bad else 0)
