#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import sys, os, re, html, yaml, collections

ROOT = '/work/blind/AV'
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def text_of(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'<sup>.*?</sup>', '', raw)
        raw = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', raw, flags=re.S)
        raw = re.sub(r'</?(p|li|ul|h\d|div)[^>]*>', '\n', raw)
        raw = re.sub(r'<[^>]+>', '', raw)
        raw = html.unescape(raw)
    elif path.endswith('.md'):
        raw = re.sub(r'<sup>.*?</sup>', '', raw)
        raw = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', raw)
        raw = raw.replace('*', '')
    return norm(raw)


def main():
    bad = 0
    tot = collections.Counter()
    for slug in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        forms = g['forms']
        have = sorted(f.split('.')[1] for f in os.listdir(d) if f.startswith('article.'))
        if sorted(forms) != have:
            print(slug, 'FORMS MISMATCH', forms, have); bad += 1
        texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in forms}
        for i, f in enumerate(g['facts']):
            for k in ('kind', 'subject', 'value', 'quote'):
                if k not in f or f[k] in (None, ''):
                    print(slug, i, 'missing', k); bad += 1
            if f.get('kind') not in KINDS:
                print(slug, i, 'bad kind', f.get('kind')); bad += 1
            if f.get('kind') == 'frequency' and not f.get('group'):
                print(slug, i, 'frequency without group'); bad += 1
            q = norm(str(f.get('quote', '')))
            for form, t in texts.items():
                if q not in t:
                    print(slug, i, form, 'QUOTE NOT FOUND:', f.get('quote')); bad += 1
            tot[f.get('kind')] += 1
        print('%-45s %3d facts ok-check' % (slug, len(g['facts'])))
    print(dict(tot), sum(tot.values()))
    print('ERRORS', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
