#!/usr/bin/env python3
"""Check every gold quote against every form's article body (whitespace+case normalised)."""
import os, re, sys, html, yaml
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def body(form, text):
    if form == 'html':
        a = text.index('<div class="content-body'); b = text.index('<div class="mid-ad">')
        t = text[a:b]
        t = re.sub(r'<nav class="page-toc".*?</nav>', ' ', t, flags=re.S)
        t = re.sub(r'</?(a|strong|em|sup|b|i)\b[^>]*>', '', t)
        t = re.sub(r'<[^>]+>', ' ', t)
        return html.unescape(t)
    if form == 'md':
        a = text.index('Synonyms:'); b = text.index('## Cases and figures')
        return text[a:b]
    a = text.index('\n'); b = text.index('\nArticle information')
    return text[a:b]

def main():
    bad = 0; tot = 0; warn = 0
    for slug in sorted(os.listdir(OUT)):
        d = os.path.join(OUT, slug)
        if slug.startswith('.') or not os.path.isdir(d): continue
        g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
        forms = g['forms']
        bodies = {}
        for f in forms:
            p = os.path.join(d, 'article.' + f)
            assert os.path.exists(p), p
            bodies[f] = norm(body(f, open(p).read()))
            if f == 'md':  # also as a markdown-stripping scorer would see it
                t = body(f, open(p).read())
                t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
                t = re.sub(r'\*\*|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)', '', t)
                bodies['md-stripped'] = norm(t)
        extra = [f for f in ('html','md','txt') if os.path.exists(os.path.join(d,'article.'+f)) and f not in forms]
        if extra: print(slug, 'forms not listed:', extra); bad += 1
        seen = set()
        for i, fact in enumerate(g['facts']):
            tot += 1
            if fact['kind'] not in KINDS: print(slug, i, 'bad kind', fact['kind']); bad += 1
            for k in ('subject','item','value','group','attribute','quote'):
                if not isinstance(fact.get(k), str): print(slug, i, 'field', k, repr(fact.get(k))); bad += 1
            if not fact['value']: print(slug, i, 'empty value'); bad += 1
            if fact['kind'] == 'frequency' and not fact['group']: print(slug, i, 'frequency without group'); bad += 1
            key = (fact['kind'], fact['item'], fact['value'], fact['quote'])
            if key in seen: print(slug, i, 'duplicate', key); bad += 1
            seen.add(key)
            qn = norm(fact['quote'])
            for f, b in bodies.items():
                if qn not in b:
                    print('%s #%d [%s] quote not found: %s' % (slug, i, f, fact['quote'])); bad += 1
            if fact['kind'] not in ('synonym','definition','statement','classification','association','differential','sign','appearance') and norm(fact['value']).replace('~','') not in qn:
                print('%s #%d note: value %r not literally in quote' % (slug, i, fact['value'])); warn += 1
    print('facts', tot, 'errors', bad, 'notes', warn)
    sys.exit(1 if bad else 0)
main()
