#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form.
html: visible text (tags stripped, entities unescaped); md: raw file text; txt: raw file text.
Also checks kinds/fields and reports body words + per-kind counts."""
import glob, html, os, re, sys, yaml, collections

BE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BE')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def html_text(raw):
    raw = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', raw, flags=re.S)
    raw = re.sub(r'<[^>]+>', '', raw)  # inline tags removed without adding space (like innerText of inline)
    return html.unescape(raw)


def main():
    bad = 0
    per_kind = collections.Counter()
    total = 0
    for gp in sorted(glob.glob(os.path.join(BE, '*', 'gold.yaml'))):
        d = os.path.dirname(gp)
        g = yaml.safe_load(open(gp))
        texts = {}
        for f in g['forms']:
            raw = open(os.path.join(d, 'article.' + f), encoding='utf-8').read()
            texts[f] = norm(html_text(raw) if f == 'html' else raw)
        seen = set()
        for i, fact in enumerate(g['facts']):
            per_kind[fact['kind']] += 1
            total += 1
            if fact['kind'] not in KINDS:
                print('BADKIND', d, fact); bad += 1
            if fact['kind'] == 'frequency' and not fact['group']:
                print('NOGROUP', d, fact); bad += 1
            if not fact['value'] or not fact['quote'] or not fact['subject']:
                print('EMPTY', d, fact); bad += 1
            key = (fact['kind'], fact['subject'], fact['item'], fact['value'])
            if key in seen:
                print('DUP', os.path.basename(d), key)
            seen.add(key)
            for f, t in texts.items():
                if norm(fact['quote']) not in t:
                    print('MISSING [%s] %s: %r' % (f, os.path.basename(d), fact['quote'])); bad += 1
        print('%-55s %3d facts' % (os.path.basename(d), len(g['facts'])))
    print('total', total, dict(per_kind))
    print('PROBLEMS', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
