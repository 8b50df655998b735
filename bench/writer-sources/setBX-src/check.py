#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the BODY of every form."""
import html, os, re, sys, yaml, collections

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BX')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def body_of(form, text):
    if form == 'html':
        a = text.index('<div class="article-body'); b = text.index('<div class="references"')
        t = text[a:b]
        t = re.sub(r'<[^>]+>', ' ', t)
        return html.unescape(t)
    if form == 'md':
        a = text.index('## Presentation') if '## Presentation' in text else text.index('Synonyms:')
        b = text.index('## References')
        return text[a:b]
    if form == 'txt':
        return text[:text.index('Share article')]

def main():
    bad = 0
    tot = collections.Counter()
    for slug in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        forms = g['forms']
        for f in forms:
            assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
        for f in ('html', 'md', 'txt'):
            if os.path.exists(os.path.join(d, 'article.' + f)) and f not in forms:
                print('UNLISTED FORM', slug, f); bad += 1
        bodies = {f: norm(body_of(f, open(os.path.join(d, 'article.' + f)).read())) for f in forms}
        seen = set()
        for i, fact in enumerate(g['facts']):
            for k in FIELDS:
                if k not in fact or fact[k] is None:
                    print('MISSING FIELD', slug, i, k); bad += 1
            if fact['kind'] not in KINDS:
                print('BAD KIND', slug, i, fact['kind']); bad += 1
            if fact['kind'] in ('sign', 'association', 'differential', 'classification', 'rank', 'frequency',
                                'percentage', 'threshold', 'age', 'sex_ratio', 'synonym', 'definition',
                                'appearance', 'statement') and not str(fact['value']).strip():
                print('EMPTY VALUE', slug, i); bad += 1
            if fact['kind'] in ('frequency', 'classification', 'association', 'rank') and not str(fact['group']).strip():
                print('EMPTY GROUP', slug, i, fact['kind']); bad += 1
            if fact['kind'] in ('appearance', 'threshold') and not str(fact['attribute']).strip():
                print('EMPTY ATTRIBUTE', slug, i, fact['kind']); bad += 1
            if fact['kind'] in ('differential', 'sign', 'frequency', 'percentage', 'classification', 'association', 'rank') and not str(fact['item']).strip():
                print('EMPTY ITEM', slug, i, fact['kind']); bad += 1
            key = (fact['kind'], fact['subject'], fact['item'], str(fact['value']), fact['attribute'])
            if key in seen:
                print('DUPLICATE', slug, key); bad += 1
            seen.add(key)
            q = norm(fact['quote'])
            for f, b in bodies.items():
                if q not in b:
                    print(f'NOT FOUND [{slug} {f}] #{i}: {fact["quote"]}'); bad += 1
            tot[fact['kind']] += 1
    print('facts per kind:', dict(sorted(tot.items())), 'total', sum(tot.values()))
    print('PROBLEMS:', bad)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
