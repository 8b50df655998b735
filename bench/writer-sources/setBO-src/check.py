#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article."""
import html, os, re, sys, yaml, collections
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'BO')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    s = open(path, encoding='utf-8').read()
    # restrict to the article body (chrome, synonyms block, references excluded)
    if path.endswith('.html'): s = s[s.index('user-generated-content'):s.index('id="references"')]
    elif path.endswith('.md'): s = s[s.index('- [References](#references)') + 27:s.index('\n        References\n')]
    else: s = s[:s.index('\nReferences\n')]
    if path.endswith('.html'):
        s = re.sub(r'<sup>.*?</sup>', '', s)
        s = re.sub(r'</?(a|em|strong|i|b|span)\b[^>]*>', '', s)
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    elif path.endswith('.md'):
        s = re.sub(r'<sup>.*?</sup>', '', s)
        s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
        s = s.replace('**', '')
    return norm(s)
bad = 0; stats = {}
for slug in sorted(os.listdir(ROOT)):
    d = os.path.join(ROOT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    files = sorted(f for f in os.listdir(d) if f.startswith('article.'))
    forms = [f.split('.', 1)[1] for f in files]
    if sorted(g['forms']) != sorted(forms): print(slug, 'forms mismatch', g['forms'], forms); bad += 1
    texts = {f: text_of(os.path.join(d, f)) for f in files}
    kinds = collections.Counter()
    for i, fact in enumerate(g['facts']):
        k = fact.get('kind')
        if k not in KINDS: print(slug, i, 'bad kind', k); bad += 1
        for fld in ('subject', 'item', 'value', 'quote'):
            if fld not in fact: print(slug, i, 'missing', fld); bad += 1
        if k == 'frequency' and not fact.get('group'): print(slug, i, 'frequency without group'); bad += 1
        if k == 'appearance' and not fact.get('attribute'): print(slug, i, 'appearance without attribute'); bad += 1
        q = norm(str(fact.get('quote', '')))
        for f, t in texts.items():
            if q not in t: print('%s #%d [%s] quote not found in %s: %r' % (slug, i, k, f, fact.get('quote'))); bad += 1
        kinds[k] += 1
    stats[slug] = (len(g['facts']), kinds)
for s, (n, k) in stats.items(): print('%-55s %3d %s' % (s, n, dict(k)))
print('FAIL' if bad else 'PASS', bad)
sys.exit(1 if bad else 0)
