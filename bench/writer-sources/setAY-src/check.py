#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article."""
import html, os, re, sys, yaml
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + '/AY'
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    t = open(path).read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', t)
        t = re.sub(r'<[^>]+>', '', t)   # inline tags joined without space, as a browser would
        t = html.unescape(t)
    return norm(t)
bad = 0; total = 0
for slug in sorted(os.listdir(OUT)):
    d = f'{OUT}/{slug}'
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(f'{d}/gold.yaml'))
    texts = {f: text_of(f'{d}/article.{f}') for f in g['forms']}
    for f in g['forms']: assert os.path.exists(f'{d}/article.{f}')
    seen = set()
    for fact in g['facts']:
        total += 1
        for k in ['kind','subject','item','value','group','attribute','quote']: assert k in fact, (slug, fact)
        qn = norm(fact['quote'])
        for f, t in texts.items():
            if qn not in t:
                bad += 1; print(f'MISSING [{slug} {f}] {fact["quote"]!r}')
        vn = norm(fact['value']).strip('"')
        if fact['kind'] not in ('statement', 'definition', 'synonym', 'sex_ratio', 'differential', 'rank') and vn and vn not in qn:
            print(f'  note [{slug}] value {fact["value"]!r} not literally in quote {fact["quote"]!r}')
        key = (fact['kind'], fact['subject'], fact['item'], fact['value'], fact['attribute'])
        if key in seen: print(f'  dup [{slug}] {key}')
        seen.add(key)
print(f'{total} facts checked, {bad} missing')
sys.exit(1 if bad else 0)
