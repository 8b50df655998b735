#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body text."""
import os, re, sys, glob, html, yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BQ')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    t = open(path).read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ref-list"', t, re.S)
        t = m.group(1)
        t = re.sub(r'<sup>.*?</sup>', ' ', t)
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    elif path.endswith('.md'):
        pass  # strict: md raw text
    return norm(t)
bad = 0; total = 0
for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in forms}
    assert set(forms) == {p.split('.')[-1] for p in os.listdir(d) if p.startswith('article.')}, d
    for f in g['facts']:
        total += 1
        assert f['kind'] in KINDS, f
        assert set(f) == {'kind','subject','item','value','group','attribute','quote'}, f
        if f['kind'] == 'frequency' and not f['group']: print('NOGROUP', d, f)
        for form, t in texts.items():
            if norm(f['quote']) not in t:
                bad += 1; print('MISSING', os.path.basename(d.rstrip('/')), form, '|', f['quote'])
print('facts', total, 'missing', bad)
sys.exit(1 if bad else 0)
