#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body."""
import os, re, sys, html, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BP')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def body(form, text):
    if form == 'html':
        m = re.search(r'<div class="body user-generated-content">(.*?)<div class="ref-list"', text, re.S)
        t = re.sub(r'<nav class="on-this-page".*?</nav>', ' ', m.group(1), flags=re.S)
        t = re.sub(r'<(p|li|ul|h\d|div)[^>]*>', ' ', t)
        t = re.sub(r'<[^>]+>', '', t)
        return html.unescape(t)
    if form == 'md':
        cit = text.index('Citation, DOI')
        start = re.search(r'^\S', text[cit:], re.M).start() + cit
        end = text.index('        References')
        return text[start:end]
    if form == 'txt':
        return text[:text.index('\nShare article')]

bad = 0; warn = 0; total = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
    bodies = {f: norm(body(f, open(os.path.join(d, 'article.' + f), encoding='utf-8').read())) for f in g['forms']}
    seen = set()
    for i, f in enumerate(g['facts']):
        total += 1
        if f['kind'] not in KINDS: print('KIND', slug, i, f['kind']); bad += 1
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            if k not in f: print('FIELD', slug, i, k); bad += 1
        if f['kind'] == 'frequency' and not f['group']: print('NOGROUP', slug, i, f['quote']); bad += 1
        if f['kind'] in ('classification',) and not f['group']: print('NOGROUP', slug, i, f['quote']); bad += 1
        if f['kind'] in ('association',) and not f['group']: print('NOGROUP', slug, i, f['quote']); bad += 1
        if not f['value']: print('NOVALUE', slug, i, f['quote']); bad += 1
        key = (f['kind'], f['subject'], f['item'], f['value'], f['attribute'])
        if key in seen: print('DUP', slug, key); warn += 1
        seen.add(key)
        for form, b in bodies.items():
            if norm(f['quote']) not in b:
                print('MISSING [%s] %s: %r' % (form, slug, f['quote'])); bad += 1
        v = norm(f['value'])
        if f['kind'] not in ('sex_ratio', 'definition', 'classification', 'association') and v not in norm(f['quote']):
            print('  warn value-not-in-quote %s: %r / %r' % (slug, f['value'], f['quote'])); warn += 1
print('facts %d, errors %d, warnings %d' % (total, bad, warn))
sys.exit(1 if bad else 0)
