#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the body of every form."""
import html, os, re, sys, yaml, collections
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AP')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym',
         'sign','association','definition','classification','rank','statement'}
FIELDS = {'kind','subject','item','value','group','attribute','quote'}
def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()
def body(slug, form):
    raw = open(os.path.join(OUT, slug, 'article.' + form), encoding='utf-8').read()
    if form == 'html':
        b = raw.split('<div class="body user-generated-content">', 1)[1].split('<div class="references">', 1)[0]
        b = re.sub(r'<sup>.*?</sup>', ' ', b)
        b = re.sub(r'</?(a|strong|em|b|i|span)\b[^>]*>', '', b)
        b = re.sub(r'<[^>]+>', ' ', b)
        return html.unescape(b)
    if form == 'md':
        b = raw.split('\n    \n          \n', 1)[1].split('        References\n', 1)[0]
        b = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', b)
        return b.replace('**', '')
    return raw.split('\n', 1)[1].split('\nReferences\n', 1)[0]
bad = 0
tot = collections.Counter(); rows = []
for slug in sorted(os.listdir(OUT)):
    g = os.path.join(OUT, slug, 'gold.yaml')
    if not os.path.isfile(g):
        continue
    gold = yaml.safe_load(open(g, encoding='utf-8'))
    forms = gold['forms']
    for f in forms:
        assert os.path.isfile(os.path.join(OUT, slug, 'article.' + f)), (slug, f)
    present = sorted(x.split('.')[1] for x in os.listdir(os.path.join(OUT, slug)) if x.startswith('article.'))
    if present != sorted(forms):
        print(slug, 'forms mismatch', present, forms); bad += 1
    bodies = {f: norm(body(slug, f)) for f in forms}
    seen = set()
    for k, fact in enumerate(gold['facts']):
        if fact['kind'] not in KINDS or set(fact) - FIELDS or not {'kind','subject','value','quote'} <= set(fact):
            print(slug, k, 'bad fields/kind', fact); bad += 1
        for fld in ('subject','item','value','group','attribute','quote'):
            if fld in fact and not isinstance(fact[fld], str):
                print(slug, k, 'non-string', fld, fact); bad += 1
        if fact['kind'] == 'frequency' and not fact.get('group'):
            print(slug, k, 'frequency needs group'); bad += 1
        key = (fact['kind'], fact['subject'], fact.get('item',''), fact['value'], fact.get('attribute',''))
        if key in seen:
            print(slug, k, 'duplicate', key); bad += 1
        seen.add(key)
        q = norm(fact['quote'])
        for f, b in bodies.items():
            if q not in b:
                print('MISSING', slug, f, repr(fact['quote'])); bad += 1
        tot[fact['kind']] += 1
    import build
    _m, _r, _b = build.parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), slug, 'body.src'))
    words = sum(len(build.inline(' '.join(p) if k == 'p' else ' '.join(t for d, t in p), 'txt').split())
                for k, p in build.blocks(_b) if k in ('p', 'ul', 'ol'))
    rows.append((slug, gold['system'], ','.join(forms), words, len(gold['facts'])))
for r in rows:
    print('%-50s %-16s %-12s %5d %4d' % r)
print(dict(tot), sum(tot.values()))
print('FAIL' if bad else 'OK', bad)
sys.exit(1 if bad else 0)
