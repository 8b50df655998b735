#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form
of its article (raw .md text too), and that gold.yaml fields are well-formed."""
import os, re, sys, html, yaml
from html.parser import HTMLParser
OUT = '/work/blind/setAG'
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
BLOCK = {'p', 'li', 'ul', 'ol', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'figure', 'figcaption', 'section'}

class T(HTMLParser):
    def __init__(s): super().__init__(); s.o = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ('script', 'style'): s.skip += 1
        if t in BLOCK: s.o.append('\n')
    def handle_endtag(s, t):
        if t in ('script', 'style'): s.skip -= 1
        if t in BLOCK: s.o.append('\n')
    def handle_data(s, d):
        if not s.skip: s.o.append(d)

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        p = T(); p.feed(raw); return norm(html.unescape(''.join(p.o)))
    return norm(raw)

bad = 0; total = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in g['forms']}
    for f in g['forms']: assert os.path.exists(os.path.join(d, 'article.' + f))
    for fact in g['facts']:
        total += 1
        assert set(fact) == {'kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'}, fact
        if fact['kind'] not in KINDS: print('BADKIND', slug, fact); bad += 1
        if fact['kind'] == 'frequency' and not fact['group']: print('NOGROUP', slug, fact['quote']); bad += 1
        if fact['kind'] in ('appearance',) and not fact['attribute']: print('NOATTR', slug, fact['quote']); bad += 1
        if fact['kind'] in ('association', 'classification', 'rank') and not fact['group']: print('NOGROUP', slug, fact['kind'], fact['quote']); bad += 1
        if fact['kind'] in ('differential', 'sign', 'association', 'classification', 'rank') and not fact['item']: print('NOITEM', slug, fact['kind'], fact['quote']); bad += 1
        q = norm(fact['quote'])
        if not q: print('EMPTY', slug, fact); bad += 1; continue
        for f, t in texts.items():
            if q not in t:
                print('MISSING [%s] %s: %s' % (f, slug, fact['quote'])); bad += 1
        # value should usually be readable in the quote (warn only)
        v = norm(fact['value']).strip('"')
        if fact['kind'] not in ('statement', 'definition', 'sex_ratio', 'synonym') and v and v not in q:
            print('  warn value-not-in-quote', slug, fact['kind'], repr(fact['value']), '<-', fact['quote'])
print('%d facts checked, %d problems' % (total, bad))
sys.exit(1 if bad else 0)
