#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import glob, html, os, re, sys, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BR')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)  # tags -> space
        t = html.unescape(t)
    return norm(t)
bad = 0; total = 0
for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in g['forms']}
    # html: inline tags such as <strong>/<a>/<sup> must not split words: also build a tag-free version
    for f in g['forms']:
        assert os.path.exists(os.path.join(d, 'article.' + f))
    seen = set()
    for x in g['facts']:
        total += 1
        assert x['kind'] in KINDS, x
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']: assert k in x, (k, x)
        q = norm(x['quote'])
        key = (x['kind'], x['subject'], x['item'], x['value'])
        if key in seen: print('DUP', os.path.basename(d[:-1]), key)
        seen.add(key)
        for f, t in texts.items():
            ok = q in t
            if f == 'html' and not ok:
                raw = open(os.path.join(d, 'article.html'), encoding='utf-8').read()
                raw = re.sub(r'<script.*?</script>', ' ', raw, flags=re.S)
                ok = q in norm(html.unescape(re.sub(r'</?(strong|em|a|sup)[^>]*>', '', raw)))
            if not ok:
                bad += 1; print('MISSING', os.path.basename(d[:-1]), f, '|', x['quote'])
        v = norm(x['value'])
        if x['kind'] not in ('synonym',) and v and v not in q and x['kind'] not in ('sex_ratio', 'statement', 'definition'):
            print('note: value not in quote', os.path.basename(d[:-1]), x['kind'], '|', x['value'], '|', x['quote'])
print('checked', total, 'facts;', bad, 'missing')
sys.exit(1 if bad else 0)
