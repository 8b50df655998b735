#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article."""
import os, re, sys, html, yaml
BM = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BM')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def html_text(s):
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?is)<head>.*?</head>', ' ', s)
    s = re.sub(r'(?i)</?(p|li|ul|ol|h\d|div|br|tr|td)\b[^>]*>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)

def body_of(form, raw):
    if form == 'html':
        m = re.search(r'(?s)<div class="body user-generated-content">(.*?)<div class="ref-list"', raw)
        return html_text(m.group(1) if m else raw)
    if form == 'md':
        i = raw.find('## On this page:'); j = raw.rfind('## References')
        return raw  # whole file; quotes should not come from chrome (reviewed by hand)
    return raw

bad = 0; total = 0
for slug in sorted(os.listdir(BM)):
    d = os.path.join(BM, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    texts = {}
    for f in forms:
        p = os.path.join(d, 'article.' + f)
        if not os.path.exists(p): print(slug, 'missing form', f); bad += 1; continue
        texts[f] = norm(body_of(f, open(p).read()))
    extra = [f for f in ('html', 'md', 'txt') if os.path.exists(os.path.join(d, 'article.' + f)) and f not in forms]
    if extra: print(slug, 'form files not in gold forms:', extra); bad += 1
    seen = set()
    for i, fa in enumerate(g['facts']):
        total += 1
        if sorted(fa) != sorted(FIELDS): print(slug, i, 'fields', sorted(fa)); bad += 1
        if fa['kind'] not in KINDS: print(slug, i, 'bad kind', fa['kind']); bad += 1
        if not fa['value'] or not fa['quote'] or not fa['subject']: print(slug, i, 'empty value/quote/subject'); bad += 1
        if fa['kind'] == 'frequency' and not fa['group']: print(slug, i, 'frequency without group'); bad += 1
        key = (fa['kind'], norm(fa['subject']), norm(fa['item']), norm(fa['value']), norm(fa['group']), norm(fa['attribute']))
        if key in seen: print(slug, i, 'duplicate fact', key); bad += 1
        seen.add(key)
        qn = norm(fa['quote'])
        for f, t in texts.items():
            if qn not in t: print('%s [%s] #%d quote not found: %r' % (slug, f, i, fa['quote'])); bad += 1
        if norm(fa['value']) not in qn and fa['kind'] not in ('sex_ratio', 'classification', 'differential', 'association', 'definition', 'appearance', 'age', 'rank', 'sign', 'synonym', 'statement', 'threshold'):
            print('%s #%d value %r not in quote (check)' % (slug, i, fa['value']))
print('facts checked:', total, 'problems:', bad)
sys.exit(1 if bad else 0)
