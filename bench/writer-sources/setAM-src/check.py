#!/usr/bin/env python3
"""Check every gold quote is a verbatim (ws/case-normalised) substring of every form's body."""
import re, sys, os, glob, html as H, yaml
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = ['kind','subject','item','value','group','attribute','quote']
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    s = open(path).read()
    if path.endswith('.html'):
        s = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', s, flags=re.S)
        s = re.sub(r'<sup>.*?</sup>', '', s)
        s = re.sub(r'<[^>]+>', '', s); s = H.unescape(s)
    elif path.endswith('.md'):
        s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s); s = s.replace('**', '')
    return norm(s)
bad = 0; total = 0
for d in sorted(glob.glob('/work/blind/AM/*/')):
    g = yaml.safe_load(open(d + 'gold.yaml'))
    forms = g['forms']
    for f in forms:
        assert os.path.exists(d + 'article.' + f), (d, f)
    for f in ('html', 'md', 'txt'):
        if os.path.exists(d + 'article.' + f): assert f in forms, (d, f, 'not listed')
    texts = {f: text_of(d + 'article.' + f) for f in forms}
    for i, fact in enumerate(g['facts']):
        total += 1
        for k in FIELDS:
            if k not in fact: print(d, i, 'missing field', k); bad += 1
        if fact['kind'] not in KINDS: print(d, i, 'bad kind', fact['kind']); bad += 1
        for k in FIELDS:
            if k in fact and not isinstance(fact[k], str): print(d, i, 'non-string', k, fact[k]); bad += 1
        q = norm(str(fact.get('quote', '')))
        for f, t in texts.items():
            if q not in t:
                print('MISSING', os.path.basename(d[:-1]), f, '|', fact['quote']); bad += 1
print('facts', total, 'problems', bad)
sys.exit(1 if bad else 0)
