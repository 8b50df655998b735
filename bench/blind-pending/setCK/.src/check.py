#!/usr/bin/env python3
"""CK checker: every gold quote must be a verbatim (whitespace/case-normalised) substring of the
body of every form of its article. Also checks kinds, required fields and duplicates."""
import os, re, sys, glob, html, yaml

CK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CK')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
NEED = {'frequency': ['group'], 'association': ['group', 'item'], 'classification': ['group', 'item'],
        'rank': ['group', 'item'], 'appearance': ['attribute'], 'threshold': ['attribute'],
        'differential': ['item'], 'sign': ['item']}

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def body_variants(path):
    raw = open(path, encoding='utf-8').read()
    form = path.rsplit('.', 1)[1]
    if form == 'html':
        m = re.search(r'<div class="body user-generated-content"[^>]*>(.*?)</div>\s*<div class="ad-slot"', raw, re.S)
        b = m.group(1)
        return [norm(html.unescape(re.sub(r'<[^>]+>', '', b))), norm(html.unescape(re.sub(r'<[^>]+>', ' ', b)))]
    if form == 'md':
        a = raw.index('- [Cases and figures](#article-images)')
        z = raw.index('        References\n')
        return [norm(raw[a:z])]
    z = raw.rindex('\nReferences\n')
    return [norm(raw[:z])]

def main():
    bad = 0; total = 0
    for d in sorted(glob.glob(os.path.join(CK, '*/'))):
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
        forms = g['forms']
        files = [os.path.join(d, f'article.{f}') for f in forms]
        for f in files:
            if not os.path.exists(f): print('MISSING', f); bad += 1
        vs = {f: body_variants(f) for f in files if os.path.exists(f)}
        seen = set()
        for fact in g['facts']:
            total += 1
            k = fact['kind']
            if k not in KINDS: print(d, 'BAD KIND', k); bad += 1
            if not str(fact.get('value', '')).strip(): print(d, 'NO VALUE', fact); bad += 1
            for fld in NEED.get(k, []):
                if not str(fact.get(fld, '')).strip(): print(d, f'NO {fld}', fact['quote']); bad += 1
            key = (k, fact['subject'], fact['item'], fact['value'])
            if key in seen: print(d, 'DUP', key); bad += 1
            seen.add(key)
            q = norm(fact['quote'])
            for f, variants in vs.items():
                if not any(q in v for v in variants):
                    print(f'NOT FOUND in {os.path.basename(f)} ({os.path.basename(d.rstrip("/"))}): {fact["quote"]}'); bad += 1
    print(f'{total} facts checked, {bad} problems')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
