#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the BODY of every form."""
import re, html, pathlib, yaml, sys
OUT = pathlib.Path(__file__).resolve().parent.parent / 'BV'
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
FIELDS = ['kind','subject','item','value','group','attribute','quote']
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

def body(path):
    t = path.read_text()
    if path.suffix == '.html':
        t = t.split('<div class="body user-generated-content">', 1)[1].split('<h2 id="references">', 1)[0]
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
        t = re.sub(r' +([.,;:)])', r'\1', t)   # closing-tag space before punctuation
        t = re.sub(r'\( +', '(', t)
    elif path.suffix == '.md':
        t = t.split('On this page:', 1)[1].split('## References', 1)[0]
    else:
        t = t.split('Share article', 1)[0]
    return norm(t)

def tagless_html(path):
    # alternative: inline tags removed without adding space (for inline <a>, <strong>)
    t = path.read_text().split('<div class="body user-generated-content">', 1)[1].split('<h2 id="references">', 1)[0]
    t = re.sub(r'</?(a|strong|em|sup)\b[^>]*>', '', t); t = re.sub(r'<[^>]+>', ' ', t)
    return norm(html.unescape(t))

bad = 0; total = 0
for d in sorted(OUT.iterdir()):
    if not d.is_dir(): continue
    g = yaml.safe_load((d / 'gold.yaml').read_text())
    forms = g['forms']
    assert sorted(forms) == sorted(p.suffix[1:] for p in d.glob('article.*')), d
    bodies = {f: [body(d / f'article.{f}')] + ([tagless_html(d / 'article.html')] if f == 'html' else []) for f in forms}
    seen = set()
    for x in g['facts']:
        total += 1
        if list(x.keys()) != FIELDS or x['kind'] not in KINDS or not x['quote'] or not x['subject'] or not (str(x['value']) or (x['kind'] in ('sign','association','differential','classification') and x['item'])):
            print('FIELD', d.name, x); bad += 1
        key = (x['kind'], x['subject'], x['item'], str(x['value']), x['group'], x['attribute'])
        if key in seen: print('DUP', d.name, key); bad += 1
        seen.add(key)
        q = norm(x['quote'])
        for f, bs in bodies.items():
            if not any(q in b for b in bs):
                print(f'MISSING [{d.name} {f}] {x["quote"]}'); bad += 1
print(f'{total} facts, {bad} problems'); sys.exit(1 if bad else 0)
