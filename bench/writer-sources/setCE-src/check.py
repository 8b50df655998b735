#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body."""
import os, re, sys, html, yaml, collections
OUT = '/work/blind/CE'
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body(form, t):
    if form == 'html':
        t = t.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0]
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))  # tag boundaries -> space; also test no-space variant
    elif form == 'md':
        t = t.split('- [References](#references)', 1)[1].split('## References', 1)[0]
    return t
bad = 0; tot = 0; perkind = collections.Counter()
for slug in sorted(os.listdir(OUT)):
    d = f'{OUT}/{slug}'
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(f'{d}/gold.yaml'))
    forms = g['forms']
    assert sorted(forms) == sorted(f.split('.')[1] for f in os.listdir(d) if f.startswith('article.')), slug
    texts = {}
    for f in forms:
        raw = open(f'{d}/article.{f}').read(); b = body(f, raw)
        texts[f] = [norm(b)]
        if f == 'html':
            texts[f].append(norm(html.unescape(re.sub(r'<[^>]+>', '', raw.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0]))))
    for fact in g['facts']:
        tot += 1; perkind[fact['kind']] += 1
        if fact['kind'] not in KINDS: print(f'{slug}: bad kind {fact["kind"]}'); bad += 1
        for k in ('subject','item','value','group','attribute','quote'):
            if k not in fact: print(f'{slug}: missing {k}'); bad += 1
        if not str(fact['value']).strip(): print(f'{slug}: empty value: {fact["quote"]}'); bad += 1
        if fact['kind'] == 'frequency' and not fact['group']: print(f'{slug}: frequency w/o group'); bad += 1
        if fact['kind'] == 'appearance' and not fact['attribute']: print(f'{slug}: appearance w/o attribute: {fact["quote"]}'); bad += 1
        q = norm(fact['quote'])
        for f, ts in texts.items():
            if f == 'html':
                ok = any(q in t for t in ts)
            else: ok = q in ts[0]
            if not ok: print(f'{slug} [{f}] NOT FOUND: {fact["quote"]}'); bad += 1
print(f'{tot} facts, {bad} problems'); print(dict(perkind.most_common()))
sys.exit(1 if bad else 0)
