#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form of its article,
that kinds are valid, required fields are filled, and no duplicate facts."""
import re, html, pathlib, yaml, sys
OUT = pathlib.Path(__file__).resolve().parent.parent / 'BW'
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(path):
    t = path.read_text()
    if path.suffix == '.html':
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = re.sub(r'</?(a|sup|strong|em)\b[^>]*>', '', t); t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    return norm(t)
bad = 0
for d in sorted(p for p in OUT.iterdir() if p.is_dir()):
    g = yaml.safe_load((d / 'gold.yaml').read_text())
    forms = {f: text_of(d / f'article.{f}') for f in g['forms']}
    assert set(g['forms']) == {p.suffix[1:] for p in d.glob('article.*')}, d
    seen = set()
    for i, f in enumerate(g['facts']):
        k = f['kind']
        if k not in KINDS: print(d.name, i, 'bad kind', k); bad += 1
        if not f['value'] or not f['subject'] or not f['quote']: print(d.name, i, 'empty field', f); bad += 1
        if k in ('frequency',) and not f['group']: print(d.name, i, 'frequency without group'); bad += 1
        if k in ('appearance',) and not f['attribute']: print(d.name, i, 'appearance without attribute'); bad += 1
        if k in ('threshold',) and not f['attribute']: print(d.name, i, 'threshold without attribute'); bad += 1
        if k in ('differential','sign','association','classification') and not f['item']: print(d.name, i, k, 'without item'); bad += 1
        if k in ('association','classification','rank') and not f['group']: print(d.name, i, k, 'without group'); bad += 1
        if k == 'sex_ratio' and f['item']: print(d.name, i, 'sex_ratio with item'); bad += 1
        key = (k, f['subject'], f['item'], f['value'], f['attribute'])
        if key in seen: print(d.name, i, 'duplicate', key); bad += 1
        seen.add(key)
        q = norm(f['quote'])
        for form, t in forms.items():
            if q not in t: print(f'{d.name} [{form}] quote not found: {f["quote"]!r}'); bad += 1
        if k not in ('statement', 'definition') and norm(str(f['value'])) not in q and k not in ('sex_ratio',):
            print(f'{d.name} #{i} note: value not literally in quote: {f["value"]!r} / {f["quote"]!r}')
print('FAIL' if bad else 'OK', bad)
sys.exit(1 if bad else 0)
