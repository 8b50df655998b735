#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the BODY of
every form of its article; validate gold fields; print stats and the README table."""
import collections, html, os, re, sys, yaml

BB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BB')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def body_of(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        a = raw.index('<div class="body user-generated-content">')
        b = raw.index('<div class="ref-list"')
        seg = raw[a:b]
        seg = re.sub(r'<[^>]+>', ' ', seg)  # tags -> whitespace
        return norm(html.unescape(seg))
    if path.endswith('.md'):
        a = raw.index('Synonyms:')
        b = raw.index('## On this page:')
        return norm(raw[a:b])  # raw markdown, no markup stripping (strict)
    b = raw.index('\nShare article')
    return norm(raw[:b])


def main():
    bad = 0
    table, perkind = [], collections.Counter()
    for slug in sorted(os.listdir(BB)):
        d = os.path.join(BB, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
        forms = g['forms']
        for f in forms:
            assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
        present = sorted(x.split('.')[1] for x in os.listdir(d) if x.startswith('article.'))
        assert present == sorted(forms), (slug, present, forms)
        bodies = {f: body_of(os.path.join(d, 'article.' + f)) for f in forms}
        seen = set()
        for i, fact in enumerate(g['facts']):
            for k in ('kind', 'subject', 'value', 'quote'):
                if not str(fact.get(k, '')).strip():
                    print('MISSING', slug, i, k, fact); bad += 1
            extra = set(fact) - set(FIELDS)
            if extra:
                print('EXTRA FIELD', slug, i, extra); bad += 1
            if fact.get('kind') not in KINDS:
                print('KIND', slug, i, fact.get('kind')); bad += 1
            if fact.get('kind') in ('frequency', 'classification') and not fact.get('group'):
                print('NO GROUP', slug, i, fact); bad += 1
            if fact.get('kind') in ('association',) and not fact.get('group'):
                print('NO GROUP', slug, i, fact); bad += 1
            if fact.get('kind') in ('appearance',) and not fact.get('attribute'):
                print('NO ATTRIBUTE', slug, i, fact); bad += 1
            if fact.get('kind') in ('differential', 'sign', 'classification', 'rank', 'frequency') and not fact.get('item'):
                print('NO ITEM', slug, i, fact); bad += 1
            key = (fact.get('kind'), norm(str(fact.get('subject'))), norm(str(fact.get('item', ''))), norm(str(fact.get('value'))), norm(str(fact.get('attribute', ''))))
            if key in seen:
                print('DUP', slug, i, key); bad += 1
            seen.add(key)
            q = norm(str(fact.get('quote', '')))
            for f, b in bodies.items():
                if q not in b:
                    print('QUOTE NOT FOUND', slug, f, i, repr(fact.get('quote'))); bad += 1
            v = norm(str(fact.get('value', '')))
            if fact.get('kind') in ('percentage', 'frequency', 'threshold', 'age', 'sex_ratio') and v and v not in q:
                # numeric values should normally appear in the quote
                print('NOTE value not in quote', slug, i, fact.get('value'), '|', fact.get('quote'))
            perkind[fact['kind']] += 1
        words = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), slug, 'words.txt')).read().strip()
        table.append((slug, g['system'], ', '.join(forms), words, len(g['facts'])))
    print('| slug | system | forms | body words | gold facts |')
    print('|---|---|---|---|---|')
    for r in table:
        print('| %s | %s | %s | %s | %d |' % r)
    print('total facts', sum(r[4] for r in table))
    print(dict(sorted(perkind.items())))
    print('PROBLEMS', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
