#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form; report counts."""
import os, re, sys, yaml, html as H, collections
OUT = '/work/blind/CD'
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body_text(path):
    t = open(path).read()
    if path.endswith('.html'):
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\n<div class="ref-list"', t, re.S)
        t = m.group(1)
        t = re.sub(r'<[^>]+>', ' ', t)  # tags to space (block boundaries)
        t = re.sub(r'<sup>.*?</sup>', '', t)
        t = H.unescape(t)
    return norm(t)
def html_inline(path):
    # stricter html text: inline tags removed without space
    t = open(path).read()
    m = re.search(r'<div class="body user-generated-content">(.*?)</div>\n<div class="ref-list"', t, re.S)
    t = re.sub(r'</?(a|strong|em|sup)[^>]*>', '', m.group(1))
    t = re.sub(r'<[^>]+>', ' ', t)
    return norm(H.unescape(t))
bad = 0; table = []; kinds = collections.Counter()
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    texts = {}
    for f in forms:
        p = os.path.join(d, 'article.' + f)
        assert os.path.exists(p), p
        texts[f] = html_inline(p) if f == 'html' else body_text(p)
    assert set(f.split('.')[-1] for f in os.listdir(d) if f.startswith('article.')) == set(forms), slug
    seen = set()
    for i, fact in enumerate(g['facts']):
        for k in ('kind','subject','item','value','group','attribute','quote'):
            if k not in fact: print(slug, i, 'missing', k); bad += 1
        if fact['kind'] not in KINDS: print(slug, i, 'bad kind', fact['kind']); bad += 1
        if not str(fact.get('value','')).strip(): print(slug, i, 'empty value'); bad += 1
        if fact['kind'] == 'frequency' and not fact.get('group'): print(slug, i, 'frequency without group'); bad += 1
        if fact['kind'] in ('association','classification','rank') and not fact.get('group'): print(slug, i, fact['kind'], 'without group'); bad += 1
        q = norm(str(fact['quote']))
        for f, t in texts.items():
            if q not in t:
                print(f'{slug} [{f}] fact {i} ({fact["kind"]}): quote not found: {fact["quote"]!r}'); bad += 1
        key = (fact['kind'], norm(str(fact['subject'])), norm(str(fact['item'])), norm(str(fact['value'])))
        if key in seen: print(slug, i, 'duplicate', key); bad += 1
        seen.add(key)
        kinds[fact['kind']] += 1
    # body words (from txt-like body of first form)
    src = texts.get('md') or texts.get('txt') or texts.get('html')
    table.append((slug, g['system'], forms, len(g['facts'])))
print('problems:', bad)
for r in table: print(r)
print(dict(kinds), sum(kinds.values()))
sys.exit(1 if bad else 0)
