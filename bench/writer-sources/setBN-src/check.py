#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the BODY of every form."""
import re, sys, os, glob, html
import yaml
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BN')
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def body_of(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = t[t.index('<div class="body user-generated-content">'):t.index('<div class="ref-list"')]
        t = re.sub(r'<[^>]+>', ' ', re.sub(r'</?(a|sup|strong|em)[^>]*>', '', t))
        t = html.unescape(t)
    elif path.endswith('.md'):
        t = t[t.index('- [Cases and figures](#article-images)') + 38:]
        t = t[:t.index('\n        References')]
    else:
        t = t[:t.index('\nShare article') if '\nShare article' in t else t.index('\nShare case')]
    return norm(t)
bad = 0; total = 0
for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    bodies = {f: body_of(os.path.join(d, 'article.' + f)) for f in forms}
    assert sorted(forms) == sorted(os.path.basename(p).split('.')[1] for p in glob.glob(os.path.join(d, 'article.*'))), d
    seen = set()
    for f in g['facts']:
        total += 1
        for k in ('kind','subject','item','value','group','attribute','quote'):
            assert k in f and isinstance(f[k], str), (d, f)
        q = norm(f['quote'])
        if not f['value'] or not q:
            print('EMPTY', d, f); bad += 1
        if f['kind'] in ('frequency','differential','appearance','classification','sign','association','rank') and not f['item']:
            print('NOITEM', os.path.basename(d[:-1]), f['kind'], f['value'], '|', f['quote'])
        if f['kind'] == 'frequency' and not f['group']:
            print('NOGROUP', os.path.basename(d[:-1]), f['quote']); bad += 1
        if f['kind'] == 'appearance' and not f['attribute']:
            print('NOATTR', os.path.basename(d[:-1]), f['quote']); bad += 1
        key = (f['kind'], f['item'], f['value'], f['quote'])
        if key in seen: print('DUP', d, key)
        seen.add(key)
        for form, b in bodies.items():
            if q not in b:
                print(f'MISSING [{form}] {os.path.basename(d[:-1])}: {f["quote"]!r}'); bad += 1
print(f'{total} facts checked, {bad} problems')
sys.exit(1 if bad else 0)
