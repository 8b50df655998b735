#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the body of
EVERY form of its article. md and txt are checked raw (no markup stripping), html after tag
stripping and entity unescaping, restricted to the body div."""
import html, os, re, sys, yaml

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BA')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def body(form, text):
    if form == 'html':
        m = re.search(r'<div class="body user-generated-content">(.*?)\n</div>', text, re.S)
        b = m.group(1)
        b = re.sub(r'<[^>]+>', ' ', b)
        b = html.unescape(b)
        # tags replaced by spaces; collapse space before punctuation introduced by inline tags
        b = re.sub(r' +([,.;:)])', r'\1', b)
        b = re.sub(r'\( +', '(', b)
        return b
    if form == 'md':
        m = re.search(r'\n- \[Cases and figures\]\(#article-images\)\n(.*?)\n      ## \n        References', text, re.S)
        if not m:
            m = re.search(r'Loading images\.\.\.\n(.*?)\n      ## \n        (References|Incoming Links)', text, re.S)
        return m.group(1)
    return text


def main():
    bad = 0
    total = 0
    for slug in sorted(os.listdir(OUT)):
        d = os.path.join(OUT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        bodies = {f: norm(body(f, open(os.path.join(d, 'article.' + f)).read())) for f in g['forms']}
        for f in g['forms']:
            assert os.path.exists(os.path.join(d, 'article.' + f)), (slug, f)
        for fact in g['facts']:
            total += 1
            if fact['kind'] not in KINDS:
                print('BAD KIND', slug, fact); bad += 1
            if set(fact) != {'kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'}:
                print('BAD FIELDS', slug, fact); bad += 1
            if fact['kind'] == 'frequency' and not fact['group']:
                print('FREQ NO GROUP', slug, fact['quote']); bad += 1
            if not fact['value'] or not fact['quote']:
                print('EMPTY', slug, fact); bad += 1
            q = norm(fact['quote'])
            for f, b in bodies.items():
                if q not in b:
                    print('MISSING [%s] %s: %s' % (f, slug, fact['quote'])); bad += 1
            # value should normally appear in quote
            if norm(str(fact['value'])) not in q and fact['kind'] not in ('sex_ratio', 'definition', 'statement', 'rank', 'threshold', 'age', 'appearance'):
                print('VALUE NOT IN QUOTE (check) %s: %s || %s' % (slug, fact['value'], fact['quote']))
    print('facts checked: %d, problems: %d' % (total, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
