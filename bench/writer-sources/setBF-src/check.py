#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of the body of every form."""
import html, os, re, sys, glob
import yaml

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BF')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym', 'sign',
         'association', 'definition', 'classification', 'rank', 'statement'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def text_html(s):
    a = s.index('<div class="body user-generated-content">')
    b = s.index('<div class="ref-list" id="references">')
    s = s[a:b]
    s = re.sub(r'<[^>]+>', ' ', s)  # tags -> space (like a browser's block boundaries)
    s = re.sub(r' +(?=[.,;:)])', '', s)
    return html.unescape(s)


def text_html_glued(s):
    a = s.index('<div class="body user-generated-content">')
    b = s.index('<div class="ref-list" id="references">')
    s = s[a:b]
    s = re.sub(r'</?(a|strong|em|sup)[^>]*>', '', s)  # inline tags vanish
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def text_md(s):
    a = s.index('Synonyms:')
    a = s.index('\n\n\n', a)
    b = s.index('## \n        References')
    s = s[a:b]
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = s.replace('**', '')
    s = re.sub(r'(?m)^\s*- ', ' ', s)
    s = re.sub(r'(?m)^#+ ', ' ', s)
    return s


def text_txt(s):
    return s.split('\n', 1)[1]


def main():
    bad = 0
    total = 0
    for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        texts = {}
        for form in g['forms']:
            raw = open(os.path.join(d, 'article.' + form)).read()
            if form == 'html':
                texts['html'] = norm(text_html(raw))
                texts['html-glued'] = norm(text_html_glued(raw))
            elif form == 'md':
                texts['md'] = norm(text_md(raw))
            else:
                texts['txt'] = norm(text_txt(raw))
        seen = set()
        for i, f in enumerate(g['facts']):
            total += 1
            for k in ('kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'):
                if k not in f:
                    print('MISSING', k, d, i)
                    bad += 1
            if f['kind'] not in KINDS:
                print('BADKIND', d, f)
                bad += 1
            if f['kind'] == 'frequency' and not f['group']:
                print('NOGROUP', d, f['quote'])
                bad += 1
            q = norm(f['quote'])
            for form, t in texts.items():
                if q not in t:
                    print('NOTFOUND[%s] %s: %s' % (form, os.path.basename(d.rstrip('/')), f['quote']))
                    bad += 1
            key = (f['kind'], f['subject'], f['item'], f['value'], f['attribute'])
            if key in seen:
                print('DUP', d, key)
            seen.add(key)
            v = norm(str(f['value']))
            if f['kind'] not in ('sex_ratio',) and v not in q:
                print('  note value-not-in-quote %s: %r | %r' % (os.path.basename(d.rstrip('/')), f['value'], f['quote']))
    print('facts=%d problems=%d' % (total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
