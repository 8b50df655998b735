#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body."""
import os, re, sys, html, yaml, collections
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'setAJ')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = ['kind','subject','item','value','group','attribute','quote']
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ref-list"', t, re.S)
        t = m.group(1)
        t = re.sub(r'<sup>.*?</sup>', lambda m: re.sub('<[^>]+>', '', m.group(0)), t)
        t = re.sub(r'</(p|li|h4|h5|ul)>', ' \n', t)
        t = html.unescape(re.sub(r'<[^>]+>', '', t))
    elif path.endswith('.md'):
        i = t.index('- [Cases and figures](#article-images)'); j = t.index('        References', i)
        t = t[i+38:j]
        t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t).replace('**', '')
    else:
        t = t[:t.rindex('\nReferences\n')]
    return norm(t)
bad = 0; tot = collections.Counter(); per = {}
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    for f in forms: assert os.path.exists(os.path.join(d, f'article.{f}')), (slug, f)
    assert sorted(forms) == sorted(x.split('.')[1] for x in os.listdir(d) if x.startswith('article.')), slug
    bodies = {f: body(os.path.join(d, f'article.{f}')) for f in forms}
    seen = set()
    for k, fact in enumerate(g['facts']):
        for fl in FIELDS:
            if fl not in fact: print(f'{slug}#{k}: missing field {fl}'); bad += 1
        if fact.get('kind') not in KINDS: print(f'{slug}#{k}: bad kind {fact.get("kind")}'); bad += 1
        if fact.get('kind') == 'frequency' and not fact.get('group'): print(f'{slug}#{k}: frequency without group'); bad += 1
        key = (fact.get('kind'), str(fact.get('subject')).lower(), str(fact.get('item')).lower(), str(fact.get('value')).lower(), str(fact.get('attribute')).lower())
        if key in seen: print(f'{slug}#{k}: duplicate {key}'); bad += 1
        seen.add(key)
        q = norm(str(fact.get('quote', '')))
        for f, b in bodies.items():
            if q not in b:
                print(f'{slug}#{k} [{f}] quote not found: {fact.get("quote")!r}'); bad += 1
        tot[fact['kind']] += 1
    per[slug] = (g['system'], forms, len(g['facts']), collections.Counter(x['kind'] for x in g['facts']))
for s, v in per.items(): print(s, v[0], v[1], v[2])
print('kinds:', dict(sorted(tot.items())), 'total', sum(tot.values()))
print('ERRORS:', bad)
sys.exit(1 if bad else 0)
