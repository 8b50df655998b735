#!/usr/bin/env python3
"""Render AY.src/src/<slug>.body (+ .meta.json) into AY/<slug>/article.{html,md,txt}."""
import html, json, re, sys, os, random

SRC = os.path.dirname(os.path.abspath(__file__)) + '/src'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + '/AY'

def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

# inline markup: **bold**, [[text|slug]] or [[text]], ^1,2^ citations
def inline(s, form):
    def link(m):
        text = m.group(1); slug = m.group(2) or slugify(text)
        if form == 'html': return '<a href="/articles/%s?lang=us">%s</a>' % (slug, html.escape(text, quote=False))
        if form == 'md': return '[%s](/articles/%s?lang=us)' % (text, slug)
        return text
    def cite(m):
        nums = m.group(1)
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in re.split(r'[,-]', nums)) + '</sup>'
        if form == 'md': return ' ' + nums
        return nums
    def bold(m):
        if form == 'html': return '<strong>%s</strong>' % html.escape(m.group(1), quote=False)
        if form == 'md': return '**%s**' % m.group(1)
        return m.group(1)
    tokens = re.split(r'(\*\*.+?\*\*|\[\[.+?\]\]|\^[0-9,\-]+\^)', s)
    out = []
    for t in tokens:
        if t.startswith('**') and t.endswith('**'): out.append(bold(re.match(r'\*\*(.+)\*\*', t)))
        elif t.startswith('[['):
            m = re.match(r'\[\[(.+?)(?:\|(.+?))?\]\]', t); out.append(link(m))
        elif re.fullmatch(r'\^[0-9,\-]+\^', t): out.append(cite(re.match(r'\^(.+)\^', t)))
        else: out.append(html.escape(t, quote=False) if form == 'html' else t)
    return ''.join(out)

def parse(body):
    """blocks: ('h2',text) ('h3',text) ('p',text) ('ul',[(level,text)])"""
    blocks = []; cur = None
    for line in body.split('\n'):
        if not line.strip():
            cur = None; continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            lvl = len(m.group(1)) // 2
            if cur is None or cur[0] != 'ul':
                cur = ['ul', []]; blocks.append(cur)
            cur[1].append((lvl, m.group(2))); continue
        if line.startswith('### '): blocks.append(['h3', line[4:]]); cur = None; continue
        if line.startswith('## '): blocks.append(['h2', line[3:]]); cur = None; continue
        if cur is not None and cur[0] == 'p':
            cur[1] += ' ' + line.strip(); continue
        cur = ['p', line.strip()]; blocks.append(cur)
    return blocks

def body_words(blocks):
    n = 0
    for b in blocks:
        t = b[1] if b[0] != 'ul' else ' '.join(x for _, x in b[1])
        t = re.sub(r'\^[0-9,\-]+\^', '', t); t = re.sub(r'\[\[(.+?)(\|.+?)?\]\]', r'\1', t).replace('**', '')
        n += len(t.split())
    return n

def html_list(items):
    out = []; depth = -1
    for lvl, t in items:
        if lvl > depth:
            out.append('<ul>' * (lvl - depth)); depth = lvl
        else:
            while depth > lvl: out.append('</li></ul>'); depth -= 1
            out.append('</li>')
        out.append('<li>' + inline(t, 'html'))
    while depth >= 0: out.append('</li></ul>'); depth -= 1
    return ''.join(out)

def render_html_body(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h2': out.append('<h4 id="nav_%s">%s</h4>' % (slugify(b[1]), html.escape(b[1])))
        elif b[0] == 'h3': out.append('<h5>%s</h5>' % html.escape(b[1]))
        elif b[0] == 'p': out.append('<p>%s</p>' % inline(b[1], 'html'))
        else: out.append(html_list(b[1]))
    return '\n'.join(out)

def render_md_body(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h2': out.append('#### ' + b[1])
        elif b[0] == 'h3': out.append('##### ' + b[1])
        elif b[0] == 'p': out.append(inline(b[1], 'md'))
        else:
            out.append('\n\n'.join('  ' * l + '- ' + inline(t, 'md') for l, t in b[1]))
    return '\n\n'.join(out)

def render_txt_body(blocks, liststyle):
    out = []
    for b in blocks:
        if b[0] in ('h2', 'h3'): out.append(b[1])
        elif b[0] == 'p': out.append(inline(b[1], 'txt') + ' ')
        else:
            if liststyle == 'run':
                out.append(' '.join(inline(t, 'txt') for _, t in b[1]))
            else:
                out.append('\n'.join('  ' * l + '  \u2022 ' + inline(t, 'txt') for l, t in b[1]))
    return '\n\n'.join(out)

def load(slug):
    meta = json.load(open(f'{SRC}/{slug}.meta.json'))
    body = open(f'{SRC}/{slug}.body').read()
    return meta, body

def main(slug):
    meta, body = load(slug)
    blocks = parse(body)
    os.makedirs(f'{OUT}/{slug}', exist_ok=True)
    import chrome
    for f in meta['forms']:
        if f == 'html': txt = chrome.html_page(meta, render_html_body(blocks), blocks)
        elif f == 'md': txt = chrome.md_page(meta, render_md_body(blocks), blocks)
        else: txt = chrome.txt_page(meta, render_txt_body(blocks, meta.get('txtlist', 'lines')), blocks)
        open(f'{OUT}/{slug}/article.{f}', 'w').write(txt)
    print(slug, meta['forms'], 'body words', body_words(blocks))
    return body_words(blocks)

if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    for s in sys.argv[1:]: main(s)
