#!/usr/bin/env python3
"""Check every gold quote is a verbatim substring (whitespace/case-normalised) of every form.
md and txt are checked raw; html is checked on its tag-stripped, entity-unescaped text."""
import glob, html, os, re, sys, yaml
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'AK')
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, '*', 'gold.yaml'))):
    d = os.path.dirname(g); gold = yaml.safe_load(open(g))
    texts = {}
    for f in gold['forms']:
        t = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
        if f == 'html':
            t = html.unescape(re.sub(r'<[^>]+>', '', t))
        texts[f] = norm(t)
    for i, fact in enumerate(gold['facts']):
        for k in ('kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'):
            assert k in fact, (g, i, k)
        assert fact['kind'] in 'frequency percentage appearance differential threshold age sex_ratio synonym sign association definition classification rank statement'.split(), fact
        for f, t in texts.items():
            if norm(fact['quote']) not in t:
                bad += 1; print('MISSING', os.path.basename(d), f, repr(fact['quote']))
print('bad quotes:', bad); sys.exit(1 if bad else 0)
