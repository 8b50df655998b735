#!/usr/bin/env python3
"""Build BQ set: render article sources to html/md/txt, write gold.yaml, count words."""
import re, os, sys, html, glob, yaml, json
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BQ')

def parse(path):
    text = open(path).read()
    head, rest = text.split('===BODY===\n', 1)
    body, facts = rest.split('===FACTS===\n', 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    fl = []
    for line in facts.strip().splitlines():
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split(' | ')]
        parts = [p.strip() for p in line.split('|')]
        assert len(parts) == 7, (path, line)
        kind, subj, item, value, group, attr, quote = parts
        fl.append(dict(kind=kind, subject=subj, item=item, value=value, group=group, attribute=attr, quote=quote))
    return meta, body, fl

def blocks(body):
    """yield (type, payload): ('h2',t),('h3',t),('p',t),('ul',[(level,text)]),('kv',[(k,v)])"""
    out = []
    for chunk in re.split(r'\n\s*\n', body.strip()):
        lines = chunk.split('\n')
        if lines[0].startswith('### '): out.append(('h3', lines[0][4:]))
        elif lines[0].startswith('## '): out.append(('h2', lines[0][3:]))
        elif lines[0].lstrip().startswith('- '):
            items = []
            for l in lines:
                lvl = (len(l) - len(l.lstrip())) // 2
                items.append((lvl, l.strip()[2:]))
            out.append(('ul', items))
        elif lines[0].startswith('@ '):
            out.append(('kv', [tuple(x[2:].split(': ', 1)) for x in lines]))
        else: out.append(('p', ' '.join(lines)))
    return out

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(t, form):
    if form == 'html':
        t = html.escape(t, quote=False)
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
        t = re.sub(r'\[\[(.+?)\]\]', lambda m: '<a href="/articles/%s">%s</a>' % (slugify(m.group(1)), m.group(1)), t)
        t = re.sub(r'\{([\d,\-]+)\}', lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in m.group(1).split(',')) + '</sup>', t)
    elif form == 'md':
        t = re.sub(r'\[\[(.+?)\]\]', lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), slugify(m.group(1))), t)
        t = re.sub(r'\{([\d,\-]+)\}', r' \1', t)
    else:
        t = t.replace('**', '')
        t = re.sub(r'\[\[(.+?)\]\]', r'\1', t)
        t = re.sub(r'\{([\d,\-]+)\}', r'\1', t)
    return t

def plain(t):
    t = t.replace('**', ''); t = re.sub(r'\[\[(.+?)\]\]', r'\1', t); t = re.sub(r'\{[\d,\-]+\}', '', t); return t

def body_words(body):
    n = 0
    for typ, p in blocks(body):
        if typ in ('h2', 'h3', 'p'): n += len(plain(p).split())
        elif typ == 'ul': n += sum(len(plain(x).split()) for _, x in p)
        elif typ == 'kv': n += sum(len(plain(k + ' ' + v).split()) for k, v in p)
    return n

def render_body(body, form, variant=0):
    bl = blocks(body); out = []
    for typ, p in bl:
        if form == 'html':
            if typ == 'h2': out.append('<h2 id="nav_%s">%s</h2>' % (slugify(p), html.escape(p)))
            elif typ == 'h3': out.append('<h3>%s</h3>' % html.escape(p))
            elif typ == 'p': out.append('<p>%s</p>' % inline(p, form))
            elif typ == 'kv': out.append('<div class="case-data">' + ''.join('<div class="data-item"><strong>%s:</strong> <span>%s</span></div>' % (html.escape(k), inline(v, form)) for k, v in p) + '</div>')
            elif typ == 'ul':
                s = '<ul>'; cur = 0; first = True
                for lvl, txt in p:
                    if lvl > cur: s = s[:-5] + '<ul>'; cur = lvl
                    elif lvl < cur: s += '</ul></li>'; cur = lvl
                    s += '<li>%s</li>' % inline(txt, form)
                while cur > 0: s += '</ul></li>'; cur -= 1
                s += '</ul>'; out.append(s)
        elif form == 'md':
            if typ == 'h2': out.append('#### ' + p if variant else '## ' + p)
            elif typ == 'h3': out.append('##### ' + p if variant else '### ' + p)
            elif typ == 'p': out.append(inline(p, form))
            elif typ == 'kv': out.append('\n'.join('**%s:** %s  ' % (k, inline(v, form)) for k, v in p))
            elif typ == 'ul': out.append('\n\n'.join('    ' * lvl + '- ' + inline(t, form) for lvl, t in p))
        else:
            if typ in ('h2', 'h3'): out.append(p)
            elif typ == 'p': out.append(inline(p, form))
            elif typ == 'kv': out.append('\n'.join('%s: %s' % (k, inline(v, form)) for k, v in p))
            elif typ == 'ul':
                # alternate flattening styles: bullets on lines, or run into a paragraph
                if len(p) > 3 and variant % 2 == 0:
                    out.append('\n'.join('  \u2022 ' + inline(t, form) for _, t in p))
                else:
                    out.append(' '.join(inline(t, form) for _, t in p))
                variant += 1
    return '\n\n'.join(out) + '\n'

import chrome
def main():
    summary = []
    for path in sorted(glob.glob(os.path.join(SRC, 'articles', '*.src'))):
        meta, body, facts = parse(path)
        slug = meta['slug']; forms = meta['forms'].split(',')
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for form in forms:
            content = chrome.wrap(form, meta, render_body(body, form, int(meta.get('variant', '0'))))
            open(os.path.join(d, 'article.' + form), 'w').write(content)
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w') as fh:
            txt = yaml.safe_dump(gold, fh and None, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
            txt = re.sub(r'^forms:\n(?:- \w+\n)+', 'forms: [%s]\n' % ', '.join(forms), txt, flags=re.M)
            fh.write(txt)
        summary.append(dict(slug=slug, system=meta['system'], forms=forms, words=body_words(body), facts=len(facts),
                            kinds={k: sum(1 for x in facts if x['kind'] == k) for k in sorted(set(x['kind'] for x in facts))}))
    json.dump(summary, open(os.path.join(SRC, 'summary.json'), 'w'), indent=1)
    for s in summary: print(s['slug'], s['forms'], s['words'], s['facts'])
if __name__ == '__main__': main()
