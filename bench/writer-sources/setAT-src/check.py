#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import html, os, re, sys
from collections import Counter
import yaml

OUT = '/work/blind/setAT'
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def html_body(t):
    m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ad-slot', t, re.S)
    t = m.group(1)
    t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


def md_body(t):
    i = t.find('Systems:')
    j = t.find('#### References')
    return t[i:j]


def txt_body(t):
    return t[:t.find('Share article')]


def main():
    bad = 0
    total = Counter()
    for slug in sorted(os.listdir(OUT)):
        d = os.path.join(OUT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        texts = {}
        for f in g['forms']:
            raw = open(os.path.join(d, f'article.{f}'), encoding='utf-8').read()
            texts[f] = norm({'html': html_body, 'md': md_body, 'txt': txt_body}[f](raw))
        seen = set()
        for fact in g['facts']:
            total[fact['kind']] += 1
            if fact['kind'] not in KINDS:
                print(f'{slug}: bad kind {fact["kind"]}'); bad += 1
            if fact['kind'] == 'frequency' and not fact['group']:
                print(f'{slug}: frequency without group: {fact}'); bad += 1
            if not fact['value'] or not fact['quote']:
                print(f'{slug}: empty value/quote: {fact}'); bad += 1
            key = (fact['kind'], fact['subject'], fact['item'], fact['value'], fact['attribute'])
            if key in seen:
                print(f'{slug}: duplicate {key}'); bad += 1
            seen.add(key)
            q = norm(fact['quote'])
            for f, t in texts.items():
                if q not in t:
                    print(f'{slug} [{f}] MISSING: {fact["quote"]}'); bad += 1
            # value should normally be inside the quote
            if fact['kind'] not in ('synonym', 'definition', 'statement', 'classification') and norm(fact['value']) not in q:
                print(f'{slug}: note value not in quote: {fact["value"]!r} / {fact["quote"]!r}')
    print('kinds:', dict(total), 'total', sum(total.values()))
    print('FAIL' if bad else 'OK', bad)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
