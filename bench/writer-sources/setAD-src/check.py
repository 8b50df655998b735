#!/usr/bin/env python3
"""Check every gold quote (whitespace and case normalised) against the body text of every form
listed in gold.yaml, with HTML tags / markdown markup stripped. Run: python3 .src/check.py"""
import os, re, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import body_of, OUT, KINDS

FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


bad = total = 0
for slug in sorted(os.listdir(OUT)):
    gp = os.path.join(OUT, slug, 'gold.yaml')
    if not os.path.isfile(gp): continue
    g = yaml.safe_load(open(gp))
    bodies = {f: norm(body_of(f, open(os.path.join(OUT, slug, 'article.' + f)).read())) for f in g['forms']}
    if len(set(bodies.values())) > 1:
        # forms must carry the same body text (modulo citation spacing)
        strip = {f: re.sub(r'[\d, ]', '', b) for f, b in bodies.items()}
        if len(set(strip.values())) > 1: print(f'BODY DIFFERS {slug}'); bad += 1
    seen = set()
    for fact in g['facts']:
        total += 1
        if list(fact) != FIELDS or fact['kind'] not in KINDS: print('FIELDS', slug, fact); bad += 1
        if not fact['value'] or not fact['subject'] or not fact['quote']: print('EMPTY', slug, fact); bad += 1
        key = (fact['kind'], fact['subject'], fact['item'], fact['value'], fact['attribute'])
        if key in seen: print('DUP', slug, key)
        seen.add(key)
        for f, b in bodies.items():
            if norm(fact['quote']) not in b:
                print(f'MISS {slug} [{f}]: {fact["quote"]}'); bad += 1
    print(f'{slug}: {len(g["facts"])} facts, forms {g["forms"]}')
print(f'{total} facts, {bad} problems')
sys.exit(1 if bad else 0)
