#!/usr/bin/env python3
"""Check BJ gold: every quote must be a verbatim substring (whitespace- and case-normalised)
of the visible body text of EVERY form of its article. Reads only the built files in BJ/."""
import html, os, re, sys
import yaml

BJ = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BJ')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def body_html(t):
    b = t.split('<div class="body user-generated-content">', 1)[1].split('</div>\n<div class="ad-slot', 1)[0]
    b = re.sub(r'</?(p|li|ul|ol|h[1-6])\b[^>]*>', ' ', b)
    b = re.sub(r'<[^>]+>', '', b)
    return html.unescape(b)


def body_md(t):
    b = t.split('- [Cases and figures](#article-images)', 1)[1]
    b = re.split(r'\n\s*## \s*\n\s*References', b, 1)[0]
    b = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', b)
    b = b.replace('**', '')
    b = re.sub(r'(?m)^\s*#+ ', '', b)
    b = re.sub(r'(?m)^\s*- ', '', b)
    return b


def body_txt(t):
    return t.split('\n', 1)[1].split('\nShare article', 1)[0]


def main():
    nq = nfiles = 0
    bad = []
    arts = sorted(d for d in os.listdir(BJ) if os.path.isdir(os.path.join(BJ, d)))
    for a in arts:
        g = yaml.safe_load(open(os.path.join(BJ, a, 'gold.yaml'), encoding='utf-8'))
        forms = g['forms']
        present = sorted(f.split('.', 1)[1] for f in os.listdir(os.path.join(BJ, a)) if f.startswith('article.'))
        if sorted(forms) != present:
            bad.append('%s: forms %s but files %s' % (a, forms, present))
        bodies = {}
        for f in present:
            t = open(os.path.join(BJ, a, 'article.' + f), encoding='utf-8').read()
            bodies[f] = norm({'html': body_html, 'md': body_md, 'txt': body_txt}[f](t))
            nfiles += 1
        seen = set()
        for i, fact in enumerate(g['facts']):
            if list(fact.keys()) != FIELDS:
                bad.append('%s #%d: fields %s' % (a, i, list(fact.keys())))
            if fact['kind'] not in KINDS:
                bad.append('%s #%d: kind %s' % (a, i, fact['kind']))
            for k in ('subject', 'value', 'quote'):
                if not str(fact[k]).strip():
                    bad.append('%s #%d: empty %s' % (a, i, k))
            if fact['kind'] == 'frequency' and not fact['group']:
                bad.append('%s #%d: frequency without group' % (a, i))
            key = (fact['kind'], fact['subject'], fact['item'], fact['value'], fact['attribute'])
            if key in seen:
                bad.append('%s #%d: duplicate fact %s' % (a, i, key))
            seen.add(key)
            nq += 1
            q = norm(fact['quote'])
            for f, b in bodies.items():
                if q not in b:
                    bad.append('%s #%d [%s] quote not found: %r' % (a, i, f, fact['quote']))
    for b in bad:
        print('FAIL', b)
    print('check: %d quotes in %d articles (%d form files): %s' % (
        nq, len(arts), nfiles, 'all verbatim, 0 failures' if not bad else '%d failures' % len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
