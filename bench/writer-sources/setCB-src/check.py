#!/usr/bin/env python3
"""Check every gold quote is a verbatim substring (whitespace/case-normalised) of every form."""
import html, os, re, sys, yaml

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CB')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def form_text(path):
    t = open(path).read()
    if path.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return norm(t)


def main():
    total = bad = 0
    for slug in sorted(os.listdir(OUT)):
        d = os.path.join(OUT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        texts = {f: form_text(os.path.join(d, 'article.' + f)) for f in g['forms']}
        for f in g['forms']:
            assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
        for i, fact in enumerate(g['facts']):
            total += 1
            probs = []
            if fact['kind'] not in KINDS:
                probs.append('bad kind')
            for k in ('subject', 'value', 'quote'):
                if not fact.get(k):
                    probs.append('empty ' + k)
            if fact['kind'] == 'frequency' and not fact.get('group'):
                probs.append('frequency without group')
            q = norm(fact['quote'])
            for f, t in texts.items():
                if q not in t:
                    probs.append('quote not in ' + f)
            if probs:
                bad += 1
                print('%s #%d %s: %s\n    %r' % (slug, i, fact['kind'], ', '.join(probs), fact['quote']))
    print('checked %d facts in %d articles: %d problems' % (total, len([s for s in os.listdir(OUT) if os.path.isdir(os.path.join(OUT, s))]), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
