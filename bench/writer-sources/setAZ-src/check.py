#!/usr/bin/env python3
"""Check every gold quote is a verbatim substring (whitespace/case-normalised) of every form.

html: visible text (tags removed, entities unescaped); md: raw text with markdown link and
emphasis syntax removed; txt: raw. Also checks kinds/fields and reports counts.
"""
import html, os, re, sys, collections
import yaml

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AZ')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = {'kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'}
BLOCK = r'</?(p|li|ul|ol|h\d|div|br|tr|td|th|table|figure|figcaption|nav|section|header|footer|main|aside|title|head|body|html)\b[^>]*>'


def norm(s):
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()


def html_text(s):
    s = re.sub(r'<(script|style)\b.*?</\1>', ' ', s, flags=re.S | re.I)
    s = re.sub(BLOCK, ' ', s, flags=re.I)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def md_text(s):
    s = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = s.replace('**', '')
    return s


def main():
    total = 0
    bad = 0
    per_kind = collections.Counter()
    rows = []
    for slug in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml'), encoding='utf-8'))
        forms = g['forms']
        present = sorted(f[8:] for f in os.listdir(d) if f.startswith('article.'))
        if sorted(forms) != present:
            print(f'{slug}: forms {forms} != files {present}'); bad += 1
        texts = {}
        for f in forms:
            raw = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
            texts[f] = norm({'html': html_text, 'md': md_text, 'txt': lambda x: x}[f](raw))
            if f == 'md':
                texts['md-raw'] = norm(raw)
        seen = set()
        for i, fact in enumerate(g['facts']):
            total += 1
            per_kind[fact['kind']] += 1
            if fact['kind'] not in KINDS:
                print(f'{slug}#{i}: bad kind {fact["kind"]}'); bad += 1
            if set(fact) - FIELDS or not {'kind', 'subject', 'value', 'quote'} <= set(fact):
                print(f'{slug}#{i}: bad fields {sorted(fact)}'); bad += 1
            for k in ('subject', 'item', 'value', 'group', 'attribute', 'quote'):
                if k in fact and not isinstance(fact[k], str):
                    print(f'{slug}#{i}: field {k} not a string: {fact[k]!r}'); bad += 1
            if fact['kind'] == 'frequency' and not fact.get('group'):
                print(f'{slug}#{i}: frequency without group'); bad += 1
            key = (fact['kind'], fact.get('subject'), fact.get('item'), fact.get('value'), fact.get('attribute'))
            if key in seen:
                print(f'{slug}#{i}: duplicate {key}'); bad += 1
            seen.add(key)
            q = norm(str(fact['quote']))
            for f, t in texts.items():
                if f == 'md-raw':
                    continue
                if q not in t:
                    print(f'{slug}#{i} [{f}] quote not found: {fact["quote"]!r}'); bad += 1
            v = norm(str(fact['value']))
            if fact['kind'] in ('percentage', 'frequency', 'age', 'threshold') and v not in q and v.replace(' ', '') not in q.replace(' ', ''):
                print(f'{slug}#{i}: value {fact["value"]!r} not in quote (check)')
        rows.append((slug, g['system'], ','.join(forms), len(g['facts'])))
    print()
    for r in rows:
        print(*r, sep='\t')
    print('TOTAL', total, 'BAD', bad)
    print(dict(per_kind))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
