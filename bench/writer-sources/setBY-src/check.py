#!/usr/bin/env python3
"""Check every gold quote is a whitespace- and case-normalised substring of the BODY of every
form of its article; also validate fields/kinds."""
import html, os, re, sys, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BY')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def body(form, text):
    if form == 'html':
        s = text.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0]
        s = re.sub(r'<[^>]+>', ' ', s)   # tags -> space (conservative for block tags)
        s2 = re.sub(r'<(?!/?(?:p|li|ul|h\d)\b)[^>]+>', '', text.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0])
        s2 = re.sub(r'<[^>]+>', ' ', s2)
        return norm(html.unescape(s2))
    if form == 'md':
        s = text.split('- [Cases and figures](#article-images)', 1)[1].split('## \n            References', 1)[0]
        return norm(s)
    s = text.split('\n', 4)[4].split('\nShare article\n', 1)[0]
    return norm(s)

problems = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d):
        continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    bodies = {f: body(f, open(os.path.join(d, 'article.' + f)).read()) for f in g['forms']}
    for f in g['forms']:
        assert os.path.exists(os.path.join(d, 'article.' + f))
    for i, fact in enumerate(g['facts']):
        k = fact['kind']
        def bad(msg):
            global problems; problems += 1; print(f'{slug} #{i} [{k}] {msg}: {fact["quote"][:80]}')
        if k not in KINDS: bad('bad kind')
        for fld in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            if fld not in fact or fact[fld] is None: bad('missing ' + fld)
        if not fact['value'] or not fact['subject'] or not fact['quote']: bad('empty value/subject/quote')
        if k in ('frequency', 'classification', 'association', 'rank') and not fact['group']: bad('group needed')
        if k in ('appearance', 'threshold') and not fact['attribute']: bad('attribute needed')
        if k in ('differential', 'sign', 'percentage', 'frequency', 'classification', 'rank', 'association') and not fact['item']: bad('item needed')
        q = norm(fact['quote'])
        for f, b in bodies.items():
            if q not in b: bad('quote not in ' + f)
print(f'{problems} problems')
sys.exit(1 if problems else 0)
