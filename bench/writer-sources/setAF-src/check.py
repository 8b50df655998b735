#!/usr/bin/env python3
"""Check every gold quote against every form of its article (whitespace + case normalised).
md and txt: raw file text. html: visible text (tags stripped, entities unescaped); a warning is
printed if the quote also is not in the raw html. Also checks kinds/fields and counts."""
import html, os, re, sys, collections
import yaml

KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = {'kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def html_text(raw):
    raw = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', raw)
    return html.unescape(re.sub(r'<[^>]+>', ' ', raw))

def html_text_inline(raw):
    # inline tags (a, strong, em, sup) removed without a space, block tags become spaces
    raw = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', raw)
    raw = re.sub(r'</?(a|strong|em|b|i|span)\b[^>]*>', '', raw)
    return html.unescape(re.sub(r'<[^>]+>', ' ', raw))

out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0; per_kind = collections.Counter(); rows = []
for slug in sorted(os.listdir(out)):
    d = os.path.join(out, slug)
    if slug.startswith('.') or not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
    forms = g['forms']
    present = sorted(f[8:] for f in os.listdir(d) if f.startswith('article.'))
    if sorted(forms) != present: print(f'{slug}: forms {forms} != files {present}'); bad += 1
    texts = {}
    for f in forms:
        raw = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
        texts[f] = norm(html_text_inline(raw)) if f == 'html' else norm(raw)
        if f == 'html': texts['html_raw'] = norm(raw)
    facts = g['facts']; seen = set()
    for i, fct in enumerate(facts):
        if set(fct) - FIELDS or fct.get('kind') not in KINDS:
            print(f'{slug}#{i}: bad kind/fields {fct}'); bad += 1
        for k in ('subject', 'value', 'quote'):
            if not isinstance(fct.get(k), str) or not fct.get(k).strip():
                print(f'{slug}#{i}: missing {k}'); bad += 1
        if fct.get('kind') in ('frequency',) and not fct.get('group'):
            print(f'{slug}#{i}: frequency without group'); bad += 1
        q = norm(str(fct.get('quote', '')))
        key = (fct.get('kind'), norm(str(fct.get('item', ''))), norm(str(fct.get('value', ''))), q)
        if key in seen: print(f'{slug}#{i}: duplicate fact'); bad += 1
        seen.add(key)
        for f in forms:
            if q not in texts[f]:
                print(f'{slug}#{i} [{f}] quote not found: {fct.get("quote")!r}'); bad += 1
            elif f == 'html' and q not in texts['html_raw']:
                print(f'  (warn) {slug}#{i} html quote spans markup: {fct.get("quote")!r}')
        per_kind[fct['kind']] += 1
    rows.append((slug, forms, len(facts)))
for r in rows: print(r)
print(dict(per_kind)); print('TOTAL', sum(per_kind.values()))
print('FAIL' if bad else 'PASS', bad)
sys.exit(1 if bad else 0)
