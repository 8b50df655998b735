#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import os, re, sys, html, yaml, collections
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BK')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym', 'sign',
         'association', 'definition', 'classification', 'rank', 'statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s); s = html.unescape(s)
    return norm(s)
bad = 0; per_kind = collections.Counter()
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
    files = sorted(f.split('.', 1)[1] for f in os.listdir(d) if f.startswith('article.'))
    if sorted(g['forms']) != files: print('FORMS MISMATCH', slug, g['forms'], files); bad += 1
    texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in files}
    for i, f in enumerate(g['facts']):
        per_kind[f['kind']] += 1
        if f['kind'] not in KINDS: print('BAD KIND', slug, f); bad += 1
        for k in ('subject', 'item', 'value', 'quote'):
            if k not in f: print('MISSING', k, slug, i); bad += 1
        if not f['value'] or not f['quote'] or not f['subject']: print('EMPTY', slug, f); bad += 1
        if f['kind'] == 'frequency' and not f.get('group'): print('NO GROUP', slug, f); bad += 1
        q = norm(f['quote'])
        for form, t in texts.items():
            if q not in t: print('QUOTE NOT FOUND [%s] %s: %r' % (form, slug, f['quote'])); bad += 1
print('kinds:', dict(per_kind.most_common()), 'total', sum(per_kind.values()))
print('FAIL' if bad else 'OK', bad)
sys.exit(1 if bad else 0)
