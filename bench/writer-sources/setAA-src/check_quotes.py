#!/usr/bin/env python3
"""Independent check of every gold.yaml under the set folder: each quote must be a verbatim
substring (whitespace and case normalised) of the BODY text of every form listed in `forms`,
after stripping HTML tags / markdown markup. Works on the delivered article files only."""
import glob, html, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def html_body(t):
    b = t.split('<div class="body user-generated-content">', 1)[1]
    b = b.split('<div class="references" id="references">', 1)[0]
    b = re.sub(r'<div class="toc-wrapper".*?</ul>\s*</div>', ' ', b, flags=re.S)
    b = re.sub(r'</?(strong|em|a|sup|b|i|span)\b[^>]*>', '', b)
    b = re.sub(r'<[^>]+>', ' ', b)
    return norm(html.unescape(b))


def md_body(t, title):
    # body starts after the synonyms block (first line that is not chrome after 'Synonyms:'),
    # ends at the References heading
    b = t.split('Synonyms:', 1)[1]
    b = re.split(r'^\s*References\s*$', b, maxsplit=1, flags=re.M)[0]
    b = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', b)
    b = re.sub(r'^\s*#+\s*', '', b, flags=re.M)
    b = re.sub(r'^\s*[-*]\s+', '', b, flags=re.M)
    b = b.replace('**', '').replace('*', '')
    return norm(b)


def txt_body(t, title):
    b = t.split(title + '\n', 1)[1]
    b = re.split(r'^References\s*$', b, maxsplit=1, flags=re.M)[0]
    return norm(b)


def main():
    problems = 0
    total = 0
    for g in sorted(glob.glob(os.path.join(ROOT, '*', 'gold.yaml'))):
        d = os.path.dirname(g)
        gold = yaml.safe_load(open(g, encoding='utf-8'))
        for k in ('title', 'system', 'forms', 'facts'):
            if k not in gold:
                print('%s: missing %s' % (g, k)); problems += 1
        bodies = {}
        for form in gold['forms']:
            path = os.path.join(d, 'article.' + form)
            if not os.path.exists(path):
                print('%s: form %s listed but missing' % (d, form)); problems += 1; continue
            t = open(path, encoding='utf-8').read()
            bodies[form] = {'html': lambda: html_body(t), 'md': lambda: md_body(t, gold['title']),
                            'txt': lambda: txt_body(t, gold['title'])}[form]()
        for f in gold['facts']:
            total += 1
            if set(f) != set(FIELDS) or f['kind'] not in KINDS or not f['value'] or not f['quote']:
                print('%s: bad fact %r' % (os.path.basename(d), f)); problems += 1
            for form, body in bodies.items():
                if norm(f['quote']) not in body:
                    print('MISSING %s/%s: %s' % (os.path.basename(d), form, f['quote'])); problems += 1
    print('facts checked: %d, problems: %d' % (total, problems))
    return problems


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
