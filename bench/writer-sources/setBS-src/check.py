#!/usr/bin/env python3
"""Check every gold quote is a whitespace/case-normalised verbatim substring of every form's body."""
import os, re, sys, html as H, yaml
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'BS')
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body_of(path):
    s = open(path).read()
    if path.endswith('.html'):
        i = s.find('<div class="body user-generated-content">'); j = s.find('<div class="ref-list"')
        s = s[i:j]
        s = re.sub(r'</(p|li|h2|h3|ul)>|<(p|li|h2|h3|ul)[ >]', ' ', s)  # block tags -> space
        s = re.sub(r'<[^>]+>', '', s)  # inline tags removed
        s = H.unescape(s)
    elif path.endswith('.md'):
        i = s.find('(#article-images)')
        if i < 0: i = s.find('ADVERTISEMENT: Supporters see fewer/no ads')
        j = s.find('\n## References')
        s = s[i:j]
    else:
        j = s.find('\nShare '); s = s[:j]
    return norm(s)
bad = 0; total = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    assert set(g) == {'title', 'system', 'forms', 'facts'}, slug
    bodies = {f: body_of(os.path.join(d, 'article.' + f)) for f in g['forms']}
    for f in g['forms']: assert os.path.exists(os.path.join(d, 'article.' + f))
    seen = set()
    for fa in g['facts']:
        total += 1
        assert set(fa) == {'kind','subject','item','value','group','attribute','quote'}, fa
        key = (fa['kind'], fa['subject'], fa['item'], fa['value'], fa['attribute'])
        if key in seen: print('DUP', slug, key)
        seen.add(key)
        q = norm(fa['quote'])
        for f, b in bodies.items():
            if q not in b:
                bad += 1; print('MISSING', slug, f, '|', fa['quote'])
print('facts', total, 'missing', bad)
sys.exit(1 if bad else 0)
