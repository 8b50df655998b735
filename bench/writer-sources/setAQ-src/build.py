#!/usr/bin/env python3
"""Build article forms from setAQ.src/<slug>.src. Format:
header 'key: value' lines, then '---', then body. Body: '## H' (h4), '### H' (h5),
'- item' / '  - nested', blank-line separated paragraphs. Citations [[1,3]]. Bold **x**.
Header keys: title, system, forms, synonyms (a|b), refs (one per 'ref:' line), related (a|b), author, rid, case(yes)."""
import re, sys, os, html, random
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'setAQ')

def parse(path):
    hdr, body, refs = {}, [], []
    lines = open(path).read().split('\n')
    i = lines.index('---')
    for l in lines[:i]:
        if not l.strip(): continue
        k, v = l.split(':', 1)
        if k == 'ref': refs.append(v.strip())
        else: hdr[k.strip()] = v.strip()
    blocks, cur = [], []
    for l in lines[i+1:]:
        if not l.strip():
            if cur: blocks.append(cur); cur = []
        else: cur.append(l)
    if cur: blocks.append(cur)
    return hdr, blocks, refs

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def inline_html(t):
    t = html.escape(t, quote=False)
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    t = t.replace('&lt;em&gt;', '<em>').replace('&lt;/em&gt;', '</em>')
    t = re.sub(r'\[\[([\d,\-]+)\]\]', lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in m.group(1).split(',')) + '</sup>', t)
    return t
def inline_md(t):
    t = re.sub(r'<em>(.+?)</em>', r'*\1*', t)
    return re.sub(r'\[\[([\d,\-]+)\]\]', lambda m: ' ' + m.group(1).replace(',', ', '), t)
def inline_txt(t):
    t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    t = re.sub(r'</?em>', '', t)
    return re.sub(r'\[\[([\d,\-]+)\]\]', lambda m: m.group(1), t)

def list_items(block):
    items = []  # (level, text)
    for l in block:
        m = re.match(r'^( *)- (.*)$', l)
        lvl = len(m.group(1)) // 2
        items.append((lvl, m.group(2)))
    return items

def body_html(blocks):
    out = []
    for b in blocks:
        if b[0].startswith('## '):
            h = b[0][3:]; out.append('<h4 id="nav_%s">%s</h4>' % (slugify(h), html.escape(h)))
        elif b[0].startswith('### '):
            out.append('<h5>%s</h5>' % html.escape(b[0][4:]))
        elif re.match(r'^ *- ', b[0]):
            items = list_items(b); s = ''; depth = -1
            for lvl, t in items:
                if lvl > depth: s += '<ul>' * (lvl - depth); depth = lvl
                else:
                    s += '</li>'
                    while depth > lvl: s += '</ul></li>'; depth -= 1
                s += '<li>' + inline_html(t)
            s += '</li>'
            while depth > 0: s += '</ul></li>'; depth -= 1
            s += '</ul>'
            out.append(s)
        else:
            out.append('<p>' + inline_html(' '.join(b)) + '</p>')
    return '\n'.join(out)

def body_md(blocks):
    out = []
    for b in blocks:
        if b[0].startswith('## '): out.append('#### ' + b[0][3:])
        elif b[0].startswith('### '): out.append('##### ' + b[0][4:])
        elif re.match(r'^ *- ', b[0]):
            out.append('\n\n'.join('  ' * lvl + '- ' + inline_md(t) for lvl, t in list_items(b)))
        else: out.append(inline_md(' '.join(b)))
    return '\n\n'.join(out)

def body_txt(blocks, style):
    out = []
    for b in blocks:
        if b[0].startswith('## ') : out.append(b[0][3:])
        elif b[0].startswith('### '): out.append(b[0][4:])
        elif re.match(r'^ *- ', b[0]):
            items = list_items(b)
            if style == 'run':
                out.append(' '.join(inline_txt(t) for _, t in items))
            else:
                out.append('\n'.join(('  ' * lvl) + '  • ' + inline_txt(t) for lvl, t in items))
        else: out.append(inline_txt(' '.join(b)))
    return '\n\n'.join(out)

NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def build(slug):
    hdr, blocks, refs = parse(os.path.join(SRC, slug + '.src'))
    title = hdr['title']; forms = [f.strip() for f in hdr['forms'].split(',')]
    rid = hdr.get('rid', '90001'); author = hdr.get('author', 'A Writer'); created = hdr.get('created', 'A Creator')
    syn = [s for s in hdr.get('synonyms', '').split('|') if s]
    rel = [s for s in hdr.get('related', '').split('|') if s]
    iscase = hdr.get('case') == 'yes'
    heads = [b[0][3:] for b in blocks if b[0].startswith('## ')]
    d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
    kind = 'Case' if iscase else 'Radiology Reference Article'
    if 'html' in forms:
        h = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
             '<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind),
             '<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if iscase else 'articles', slug),
             '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>',
             '<style>.ad-slot{min-height:90px}</style>', '</head>', '<body class="%s show">' % ('cases' if iscase else 'articles'),
             '<header class="site-header"><div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
             '<nav class="main-nav"><ul class="nav-links">' + ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV) + '</ul>',
             '<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul></nav></header>',
             '<div class="promo-banner"><a href="/courses?lang=us">Radiopaedia 2026 live course: MSK and spine imaging - places limited</a></div>',
             '<main id="content"><div class="article-header"><h1 class="header-title">%s</h1>' % html.escape(title),
             '<div class="author-info">%s by <a href="/users/%s?lang=us">%s</a> on 14 Nov 2025</div></div>' % ('Case contributed' if iscase else 'Last revised', slugify(author), author),
             '<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if iscase else 'article'),
             '<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s, et al. %s. %s, Radiopaedia.org (Accessed on 3 Dec 2026) https://doi.org/10.53347/rID-%s</div></div>' % (author.split()[-1] + ' ' + author[0], title, 'Case study' if iscase else 'Reference article', rid),
             '<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid),
             '<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid,
             '<div class="meta-item"><div class="meta-item-title">Article created:</div><div>2 Apr 2012, <a href="/users/%s">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>' % (slugify(created), created, created),
             '<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s">%s</a></div></div>' % (slugify(hdr['system']), hdr['system'])]
        if syn:
            h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join('<li>%s</li>' % html.escape(s) for s in syn) + '</ul></div></div>')
        h.append('</div>')
        h.append('<nav class="on-this-page"><h2>On this page:</h2><ul>' + ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(x), html.escape(x)) for x in heads) + '<li><a href="#references">References</a></li></ul></nav>')
        h.append('<div class="body user-generated-content">')
        h.append(body_html(blocks))
        h.append('</div>')
        if refs:
            h.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)) + '</ol></div>')
        if rel:
            h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>' % hdr.get('relgroup', 'See also') + ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in rel) + '</ul></div>')
        h.append('<div class="share-article"><a href="#" class="share">Share article</a></div></main>')
        h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li><a href="/cases/%s-1">Case 1</a></li><li><a href="/cases/%s-2">Case 2</a></li></ul></div></aside>' % (slug, slug))
        h.append('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li></ul><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
        h.append('</body>\n</html>\n')
        open(os.path.join(d, 'article.html'), 'w').write('\n'.join(h))
    if 'md' in forms:
        m = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % ('case' if iscase else 'article'), 'system: %s' % hdr['system'].lower(), '---', '',
             '%s | %s | Radiopaedia.org' % (title, kind), '', '    ', '    - ', '    ', '']
        m += ['      [%s](/%s?lang=us)\n' % (n, slugify(n)) for n in NAV]
        m += ['', '[Log In](/sessions/new?lang=us)', '- [Sign up](/users/sign_up?lang=us)', '', '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '', '    ', '  ',
              '# ', '  %s' % title, '', '          %s by [%s](/users/%s?lang=us)' % ('Case contributed' if iscase else 'Last revised', author, slugify(author)), '', '          on 14 Nov 2025', '',
              '[Edit article](/articles/%s/edit?lang=us)' % slug, '', '## ', '        Citation, DOI, disclosures and article data', '',
              '          **', '            Citation:', '          **', '          %s, et al. %s. Radiopaedia.org (Accessed on 3 Dec 2026) https://doi.org/10.53347/rID-%s' % (author, title, rid), '',
              '          **', '            rID:', '          **', '          %s' % rid, '']
        if syn:
            m += ['          **', '            Synonyms:', '          **', ''] + [x for s in syn for x in ('              - ', '                %s' % s)] + ['']
        m += ['## On this page:', '', 'Article:', ''] + ['- [%s](#nav_%s)\n' % (x, slugify(x)) for x in heads] + ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
        m.append(body_md(blocks))
        if refs:
            m += ['', '## References', ''] + ['%d. %s\n' % (i + 1, r) for i, r in enumerate(refs)]
        if rel:
            m += ['', '## Related articles: %s' % hdr.get('relgroup', 'See also'), ''] + ['- [%s](/articles/%s?lang=us)\n' % (r, slugify(r)) for r in rel]
        m += ['', '    ', '  Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '', '&copy; 2005&ndash;2026 Radiopaedia.org', '']
        open(os.path.join(d, 'article.md'), 'w').write('\n'.join(m))
    if 'txt' in forms:
        t = [title, '', body_txt(blocks, hdr.get('txtstyle', 'bullet')), '', 'Share article', '', 'Article information', '', 'rID: %s' % rid, 'Section: %s' % ('Case' if iscase else 'Pathology')]
        if syn: t += ['Synonyms or Alternate Spellings:'] + ['  • %s' % s for s in syn]
        t += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  • Drag', '    Case 1', '    Drag here to reorder.', '  • Drag', '    Case 2', '    Drag here to reorder.', '  • Updating… Please wait.', '']
        open(os.path.join(d, 'article.txt'), 'w').write('\n'.join(t))
    words = len(re.findall(r"\S+", body_txt(blocks, 'bullet').replace('  • ', ' ')))
    return title, hdr['system'], forms, words

if __name__ == '__main__':
    for s in sys.argv[1:]:
        print(s, build(s))
