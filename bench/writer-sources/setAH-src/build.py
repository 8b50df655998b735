#!/usr/bin/env python3
"""Render article sources (<slug>.src: YAML header + light markup body) into html/md/txt forms."""
import re, sys, os, html, yaml
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'setAH')

def parse(path):
    txt = open(path).read()
    _, head, body = txt.split('---\n', 2)
    return yaml.safe_load(head), body

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\s*\^([0-9,]+)\^')

def inline(s, form):
    if form == 'html':
        s = html.escape(s, quote=False)
        s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
        s = BOLD.sub(r'<strong>\1</strong>', s)
        s = CITE.sub(lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', s)
    elif form == 'md':
        s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
        s = CITE.sub(lambda m: ' ' + m.group(1), s)
    else:
        s = LINK.sub(r'\1', s)
        s = BOLD.sub(r'\1', s)
        s = CITE.sub(lambda m: m.group(1), s)   # glued to the preceding word
    return s

def blocks(body):
    """yield (kind, payload): h4/h5 text, p text, ul list of (text, [sub]), ol list"""
    out = []
    for chunk in re.split(r'\n\s*\n', body.strip()):
        lines = chunk.split('\n')
        if lines[0].startswith('## '):
            out.append(('h4', lines[0][3:].strip())); lines = lines[1:]
        elif lines[0].startswith('### '):
            out.append(('h5', lines[0][4:].strip())); lines = lines[1:]
        if not lines: continue
        if lines[0].startswith('- ') or lines[0].startswith('1. '):
            kind = 'ul' if lines[0].startswith('- ') else 'ol'
            items = []
            for l in lines:
                if l.startswith('  - '):
                    items[-1][1].append(l[4:])
                else:
                    items.append([re.sub(r'^(- |\d+\. )', '', l), []])
            out.append((kind, items))
        else:
            out.append(('p', ' '.join(l.strip() for l in lines)))
    return out

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def render_body(bl, form):
    r = []
    for k, p in bl:
        if form == 'html':
            if k == 'h4': r.append(f'<h4 id="nav_{slugify(p)}">{html.escape(p)}</h4>')
            elif k == 'h5': r.append(f'<h5>{html.escape(p)}</h5>')
            elif k == 'p': r.append(f'<p>{inline(p, form)}</p>')
            else:
                tag = k
                lis = []
                for t, sub in p:
                    s = ''.join(f'<li>{inline(x, form)}</li>' for x in sub)
                    lis.append(f'<li>{inline(t, form)}' + (f'<ul>{s}</ul>' if sub else '') + '</li>')
                r.append(f'<{tag}>' + ''.join(lis) + f'</{tag}>')
        elif form == 'md':
            if k == 'h4': r.append(f'#### {p}')
            elif k == 'h5': r.append(f'##### {p}')
            elif k == 'p': r.append(inline(p, form))
            else:
                for i, (t, sub) in enumerate(p, 1):
                    if sub:
                        r.append('- \n' + inline(t, form) + '\n\n' + inline(sub[0], form))
                        for x in sub[1:]: r.append('- ' + inline(x, form))
                    else:
                        r.append((f'{i}. ' if k == 'ol' else '- ') + inline(t, form))
        else:
            if k in ('h4', 'h5'): r.append(p)
            elif k == 'p': r.append(inline(p, form) + ' ')
            else:
                lines = []
                for t, sub in p:
                    lines.append(inline(t, form))
                    for x in sub: lines.append('  • ' + inline(x, form))
                r.append('\n'.join(lines))
    return '\n\n'.join(r) + '\n'

def body_words(bl):
    return len(re.findall(r"\S+", render_body(bl, 'txt')))

if __name__ == '__main__':
    import chrome
    for f in sorted(os.listdir(SRC)):
        if not f.endswith('.src'): continue
        meta, body = parse(os.path.join(SRC, f))
        bl = blocks(body)
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for form in meta['forms']:
            open(os.path.join(d, f'article.{form}'), 'w').write(chrome.wrap(meta, render_body(bl, form), form, bl))
        print(meta['slug'], meta['forms'], body_words(bl))
