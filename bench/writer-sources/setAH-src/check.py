#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import os, re, sys, html, yaml, collections
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'setAH')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = {'kind','subject','item','value','group','attribute','quote'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def form_text(path):
    t = open(path).read()
    if path.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = re.sub(r'</?(p|li|ul|ol|h\d|div|br|tr|td)[^>]*>', ' ', t)
        t = re.sub(r'<[^>]+>', '', t)
        t = html.unescape(t)
    return norm(t)
bad = 0; tot = collections.Counter(); rows = []
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = {f: form_text(os.path.join(d, f'article.{f}')) for f in g['forms']}
    assert set(g['forms']) == {f.split('.')[1] for f in os.listdir(d) if f.startswith('article.')}, slug
    seen = set()
    for i, f in enumerate(g['facts']):
        assert set(f) <= FIELDS and f['kind'] in KINDS, (slug, i, f)
        for k in FIELDS: assert k in f and isinstance(f[k], str), (slug, i, k, f)
        if f['kind'] == 'frequency' and not f['group']: print('WARN no group', slug, f)
        key = (f['kind'], f['subject'], f['item'], f['value'], f['attribute'])
        if key in seen: print('DUP', slug, key)
        seen.add(key)
        q = norm(f['quote'])
        for form, t in forms.items():
            if q not in t:
                bad += 1; print(f'MISSING [{slug}/{form}] #{i}: {f["quote"]!r}')
        if norm(f['value']) not in q and f['kind'] not in ('sex_ratio','definition','statement','classification','rank','age','appearance','association','differential','sign','synonym','threshold','frequency','percentage'):
            pass
    c = collections.Counter(f['kind'] for f in g['facts']); tot.update(c)
    rows.append((slug, g['system'], g['forms'], len(g['facts']), c))
for r in rows: print(r[0], r[1], r[2], r[3])
print('kinds', dict(tot), 'total', sum(tot.values()))
print('FAIL' if bad else 'OK', bad)
sys.exit(1 if bad else 0)
