#!/usr/bin/env python3
"""Build BS articles (html/md/txt) and gold.yaml from BS.src/articles/*.src."""
import re, json, sys, os, html as H, random
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'articles')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'BS')
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}

def parse(path):
    txt = open(path).read()
    head, body, gold = txt.split('\n===\n')
    meta = {}
    for l in head.strip().splitlines():
        k, v = l.split(':', 1); meta[k.strip()] = v.strip()
    facts = []
    for l in gold.strip().splitlines():
        if not l.strip() or l.startswith('#'): continue
        parts = [p.strip() for p in l.split('|')]
        if len(parts) != 7: sys.exit('bad gold line (%d): %s' % (len(parts), l))
        f = dict(zip(FIELDS, parts))
        if f['kind'] not in KINDS: sys.exit('bad kind: ' + l)
        facts.append(f)
    return meta, body.strip('\n').splitlines(), facts

# ---------- inline rendering ----------
LINK = re.compile(r'\{([^{}|]+)\|([^{}]+)\}')
BOLD = re.compile(r'\*([^*]+)\*')
CITE = re.compile(r'\[(\d+(?:[,-]\d+)*)\]')
def inl_html(s):
    s = H.escape(s, quote=False)
    s = LINK.sub(lambda m: '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2), m.group(1)), s)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    s = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (c, c) for c in re.split('[,-]', m.group(1))) + '</sup>', s)
    return s
def inl_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), s)
    s = BOLD.sub(r'**\1**', s)
    s = CITE.sub(lambda m: ' ' + m.group(1), s)
    return s
def inl_txt(s):
    s = LINK.sub(r'\1', s); s = BOLD.sub(r'\1', s)
    s = CITE.sub(lambda m: m.group(1), s)
    return s

def blocks(lines):
    """yield ('h2'|'h3'|'p'|'list'|'runlist', payload). list items: (depth, text)."""
    out = []; cur = None
    for l in lines:
        if not l.strip():
            cur = None; continue
        m = re.match(r'^( *)- (.*)$', l)
        if l.startswith('### '): out.append(('h3', l[4:])); cur = None
        elif l.startswith('## '): out.append(('h2', l[3:])); cur = None
        elif m:
            if cur is None:
                cur = ['list', []]; out.append(cur)
            cur[1].append((len(m.group(1)) // 2, m.group(2)))
        elif l.startswith('~'):  # marks that the *following* list runs into a paragraph in txt
            cur = ['runlist', []]; out.append(cur)
        else:
            out.append(('p', l)); cur = None
    return [tuple(b) for b in out]

def body_html(bl):
    o = []
    for k, v in bl:
        if k == 'h2': o.append('<h2 id="nav_%s">%s</h2>' % (slugify(v), H.escape(v)))
        elif k == 'h3': o.append('<h3>%s</h3>' % H.escape(v))
        elif k == 'p': o.append('<p>%s</p>' % inl_html(v))
        else:
            s = ''; depth = -1
            for d, t in v:
                if d > depth: s += '<ul>' * (d - depth)
                elif d < depth: s += '</li>' + '</ul></li>' * (depth - d)
                else: s += '</li>'
                s += '<li>' + inl_html(t); depth = d
            s += '</li>' + '</ul></li>' * depth + '</ul>'
            o.append(s)
    return '\n'.join(o)

def body_md(bl):
    o = []
    for k, v in bl:
        if k == 'h2': o.append('#### ' + v)
        elif k == 'h3': o.append('##### ' + v)
        elif k == 'p': o.append(inl_md(v))
        else:
            o.append('\n\n'.join('    ' * d + '- ' + inl_md(t) for d, t in v))
    return '\n\n'.join(o)

def body_txt(bl):
    o = []
    for k, v in bl:
        if k in ('h2', 'h3'): o.append(v)
        elif k == 'p': o.append(inl_txt(v))
        elif k == 'runlist':
            o.append(' '.join(inl_txt(t) for d, t in v))
        else:
            o.append('\n'.join(('  ' * d) + '  • ' + inl_txt(t) for d, t in v))
    return '\n\n'.join(o)

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def plain_words(bl):
    return len(re.findall(r"\S+", body_txt(bl)))

from chrome import html_page, md_page, txt_page

def yq(s): return json.dumps(s, ensure_ascii=False)

def main():
    summary = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'): continue
        meta, lines, facts = parse(os.path.join(SRC, fn))
        slug = fn[:-4]
        bl = blocks(lines)
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        h2s = [v for k, v in bl if k == 'h2']
        for f in forms:
            if f == 'html': page = html_page(meta, slug, body_html(bl), h2s)
            elif f == 'md': page = md_page(meta, slug, body_md(bl), h2s)
            else: page = txt_page(meta, slug, body_txt(bl))
            open(os.path.join(d, 'article.' + f), 'w').write(page)
        for old in ('html', 'md', 'txt'):
            if old not in forms and os.path.exists(os.path.join(d, 'article.' + old)):
                os.remove(os.path.join(d, 'article.' + old))
        g = ['title: ' + yq(meta['title']), 'system: ' + yq(meta['system']),
             'forms: [' + ', '.join(forms) + ']', 'facts:']
        for fa in facts:
            first = True
            for k in FIELDS:
                g.append(('  - ' if first else '    ') + k + ': ' + yq(fa[k])); first = False
        open(os.path.join(d, 'gold.yaml'), 'w').write('\n'.join(g) + '\n')
        summary.append(dict(slug=slug, system=meta['system'], forms=forms, words=plain_words(bl),
                            facts=len(facts), kinds=[f['kind'] for f in facts]))
    json.dump(summary, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'summary.json'), 'w'), indent=1)
    for s in summary: print(s['slug'], s['forms'], s['words'], s['facts'])

if __name__ == '__main__': main()
