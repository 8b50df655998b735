#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every article form."""
import os, re, sys, html, yaml, collections
ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'setAS')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
INLINE = r'(?:a|sup|strong|em|b|i|span|sub)'

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def text_of(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', t)
        t = re.sub(r'(?i)</?%s\b[^>]*>' % INLINE, '', t)
        t = re.sub(r'<[^>]+>', '\n', t)
        t = html.unescape(t)
    elif path.endswith('.md'):
        t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
        t = t.replace('**', '')
    return norm(t)

def main():
    bad = 0; total = 0
    for slug in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, slug)
        if not os.path.isdir(d): continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
        forms = g['forms']
        files = sorted(f.split('.', 1)[1] for f in os.listdir(d) if f.startswith('article.'))
        if sorted(forms) != files:
            print('FORMS MISMATCH', slug, forms, files); bad += 1
        texts = {f: text_of(os.path.join(d, 'article.' + f)) for f in forms}
        for i, fact in enumerate(g['facts']):
            total += 1
            for k in ('kind', 'subject', 'value', 'quote'):
                if k not in fact or fact[k] in (None, ''):
                    print('MISSING', k, slug, i, fact); bad += 1
            if fact.get('kind') not in KINDS:
                print('BAD KIND', slug, fact.get('kind')); bad += 1
            if fact.get('kind') == 'frequency' and not fact.get('group'):
                print('NO GROUP', slug, fact); bad += 1
            q = norm(str(fact.get('quote', '')))
            for f, t in texts.items():
                if q not in t:
                    print('QUOTE NOT FOUND [%s] %s: %s' % (f, slug, fact.get('quote'))); bad += 1
    print('facts checked:', total, 'problems:', bad)
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
