#!/usr/bin/env python3
"""Check every gold quote is a whitespace/case-normalised verbatim substring of every form of its article body."""
import os, re, sys, html, glob, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'BU')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def body_of(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ref-list"', t, re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', m.group(1)))
        # tags between words were inserted as spaces; also try without
    return t

def variants(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ref-list"', t, re.S)
        b = m.group(1)
        return [norm(html.unescape(re.sub(r'<[^>]+>', '', b)))]
    if path.endswith('.md'):
        i = t.index('- [Cases and figures](#article-images)'); j = t.index('## \n        References')
        return [norm(t[i:j])]
    i = t.index('\n'); j = t.index('Share article')
    return [norm(t[i:j])]

problems = 0; nfacts = 0
for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    for k in ('title', 'system', 'forms', 'facts'):
        if k not in g: print(d, 'missing', k); problems += 1
    forms = g['forms']
    for f in forms:
        if not os.path.exists(os.path.join(d, 'article.' + f)): print(d, 'missing form', f); problems += 1
    bodies = {f: variants(os.path.join(d, 'article.' + f))[0] for f in forms}
    seen = set()
    for fact in g['facts']:
        nfacts += 1
        if set(fact) != {'kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'}: print(d, 'fields', fact); problems += 1
        if fact['kind'] not in KINDS: print(d, 'kind', fact); problems += 1
        if not fact['value'] or not fact['subject'] or not fact['quote']: print(d, 'empty', fact); problems += 1
        if fact['kind'] == 'frequency' and not fact['group']: print(d, 'frequency without group', fact); problems += 1
        if fact['kind'] == 'appearance' and not fact['attribute']: print(d, 'appearance without attribute', fact); problems += 1
        key = (fact['kind'], fact['subject'].lower(), fact['item'].lower(), fact['value'].lower(), fact['attribute'].lower())
        if key in seen: print(d, 'duplicate', key); problems += 1
        seen.add(key)
        for f, b in bodies.items():
            if norm(fact['quote']) not in b:
                print('%s [%s] quote not found: %s' % (os.path.basename(d.rstrip('/')), f, fact['quote'])); problems += 1
print('%d facts, %d problems' % (nfacts, problems))
sys.exit(1 if problems else 0)
