#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import yaml, glob, os, re, html, sys
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def html_text(s):
    s = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'<[^>]+>', '', s)   # inline tags vanish (sup glued, like a browser's text)
    return html.unescape(s)
bad = 0; total = 0
for gp in sorted(glob.glob('/work/blind/BD/*/gold.yaml')):
    d = os.path.dirname(gp); g = yaml.safe_load(open(gp))
    texts = {}
    for f in g['forms']:
        raw = open(os.path.join(d, 'article.' + f)).read()
        texts[f] = norm(html_text(raw) if f == 'html' else raw)
    seen = set()
    for fact in g['facts']:
        total += 1
        for k in ('kind','subject','item','value','group','attribute','quote'):
            assert k in fact, (gp, fact)
        q = norm(fact['quote'])
        for f, t in texts.items():
            if q not in t:
                bad += 1; print('MISSING', os.path.basename(d), f, '|', fact['quote'])
        key = (fact['kind'], fact['subject'], fact['item'], fact['value'])
        if key in seen: print('DUP', os.path.basename(d), key)
        seen.add(key)
print('facts', total, 'missing', bad)
sys.exit(1 if bad else 0)
