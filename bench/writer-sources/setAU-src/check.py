#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import os, re, sys, html, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AU')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text(path):
    s = open(path).read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s); s = re.sub(r'<[^>]+>', '', s); s = html.unescape(s)
    elif path.endswith('.md'):
        s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s); s = s.replace('**', ''); s = re.sub(r'(?m)^#+ ', '', s)
    return norm(s)
bad = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = {f: text(os.path.join(d, 'article.' + f)) for f in g['forms']}
    assert set(g['forms']) == {f.split('.')[1] for f in os.listdir(d) if f.startswith('article.')}, slug
    for i, f in enumerate(g['facts']):
        if f['kind'] not in KINDS: print(slug, i, 'BAD KIND', f['kind']); bad += 1
        for k in ('subject','item','value','group','attribute','quote'):
            if k not in f: print(slug, i, 'missing', k); bad += 1
        if f['kind'] == 'frequency' and not f['group']: print(slug, i, 'frequency without group'); bad += 1
        for form, t in forms.items():
            if norm(f['quote']) not in t: print(f'{slug} [{form}] #{i}: {f["quote"]!r}'); bad += 1
print('FAILURES:', bad); sys.exit(1 if bad else 0)
