#!/usr/bin/env python3
"""Render body sources (mini markup) into html / md / txt article forms with invented chrome."""
import re, os, sys, html, random
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'setAS')

def parse(path):
    meta, body = {}, []
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while lines[i].strip() != '---':
        if ':' in lines[i]:
            k, v = lines[i].split(':', 1); meta[k.strip()] = v.strip()
        i += 1
    body = lines[i+1:]
    # blocks
    blocks = []
    para = []
    def flush():
        if para: blocks.append(('p', ' '.join(para))); para.clear()
    for ln in body:
        if not ln.strip():
            flush(); continue
        if ln.startswith('### '):
            flush(); blocks.append(('h3', ln[4:].strip()))
        elif ln.startswith('## '):
            flush(); blocks.append(('h2', ln[3:].strip()))
        elif ln.startswith('  - '):
            flush(); blocks.append(('li2', ln[4:].strip()))
        elif ln.startswith('- '):
            flush(); blocks.append(('li', ln[2:].strip()))
        elif ln.startswith('REF: '):
            flush(); blocks.append(('ref', ln[5:].strip()))
        else:
            para.append(ln.strip())
    flush()
    return meta, blocks

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
CITE = re.compile(r'\^([0-9,\-]+)\^')
BOLD = re.compile(r'\*\*([^*]+)\*\*')

def inline_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), t)
    t = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in m.group(1).split(',')) + '</sup>', t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    return t

def inline_md(t):
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), t)
    t = CITE.sub(lambda m: ' ' + m.group(1), t)
    return t

def inline_txt(t):
    t = LINK.sub(lambda m: m.group(1), t)
    t = CITE.sub(lambda m: m.group(1), t)
    t = BOLD.sub(r'\1', t)
    return t

def slugify(h):
    return re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')

def body_words(blocks):
    n = 0
    for k, t in blocks:
        if k == 'ref': continue
        n += len(inline_txt(t).split())
    return n

NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def render_html(meta, blocks):
    title = meta['title']; slug = meta['slug']; rid = meta.get('rid', '90001')
    is_case = meta.get('case') == 'yes'
    kind = 'Case' if is_case else 'Radiology Reference Article'
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    o.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    o.append('<meta name="description" content="%s">' % html.escape(meta.get('desc', title)))
    o.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if is_case else 'articles', slug))
    o.append('<link rel="stylesheet" media="all" href="/assets/application-8d21b7c0e3.css">')
    o.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>')
    o.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"system": "%s"}};</script>' % meta['system'])
    o.append('</head>\n<body class="%s show">' % ('cases' if is_case else 'articles'))
    o.append('<header class="site-header">\n<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    o.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>')
    o.append('<ul class="nav-links">' + ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV) + '</ul>')
    o.append('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    o.append('<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>\n</nav>\n</header>')
    o.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % meta.get('promo', 'New course: Paediatric imaging essentials - enrol now'))
    o.append('<main id="content" class="main-content">\n<div class="article-header">')
    o.append('<h1 class="header-title">%s</h1>' % html.escape(title))
    if is_case:
        o.append('<div class="author-info">Case contributed by <a href="/users/%s">%s</a></div>' % (slugify(meta['author']), meta['author']))
        o.append('<div class="diagnostic-certainty">Diagnosis certain</div>')
    else:
        o.append('<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta['author']), meta['author'], meta['revised']))
    o.append('<div class="article-actions"><a href="/%s/%s/edit" class="btn">Edit %s</a> <a href="https://docs.google.com/forms/d/e/report/viewform" class="btn">Report problem with %s</a></div>\n</div>' % ('cases' if is_case else 'articles', slug, 'case' if is_case else 'article', 'case' if is_case else 'article'))
    o.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
    o.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. %s, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-%s</div></div>' % (meta['cite'], html.escape(title), 'Case study' if is_case else 'Reference article', rid))
    o.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
    o.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
    o.append('<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/x">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>' % (meta.get('created', '12 Apr 2012'), meta['author'], meta['author']))
    o.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s?lang=us">%s</a></div></div>' % (slugify(meta['system']), meta['system']))
    if meta.get('tags'):
        o.append('<div class="meta-item"><div class="meta-item-title">Tags:</div><div>' + ', '.join('<a href="/tags/%s?lang=us">%s</a>' % (slugify(t), t) for t in meta['tags'].split(';')) + '</div></div>')
    if meta.get('synonyms'):
        o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join('<li>%s</li>' % html.escape(s) for s in meta['synonyms'].split(';')) + '</ul></div></div>')
    o.append('</div>\n<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    heads = [t for k, t in blocks if k == 'h2']
    o.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(h), h) for h in heads) + '<li><a href="#references">References</a></li></ul>\n<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    i = 0
    refs = [t for k, t in blocks if k == 'ref']
    while i < len(blocks):
        k, t = blocks[i]
        if k == 'p': o.append('<p>%s</p>' % inline_html(t))
        elif k == 'h2': o.append('<h4 id="nav_%s">%s</h4>' % (slugify(t), html.escape(t)))
        elif k == 'h3': o.append('<h5>%s</h5>' % html.escape(t))
        elif k == 'li':
            s = '<ul>'
            while i < len(blocks) and blocks[i][0] in ('li', 'li2'):
                s += '<li>' + inline_html(blocks[i][1])
                j = i + 1
                if j < len(blocks) and blocks[j][0] == 'li2':
                    s += '<ul>'
                    while j < len(blocks) and blocks[j][0] == 'li2':
                        s += '<li>%s</li>' % inline_html(blocks[j][1]); j += 1
                    s += '</ul>'
                s += '</li>'; i = j
            s += '</ul>'; o.append(s); continue
        i += 1
    o.append('</div>')
    o.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + '\n'.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (n + 1, html.escape(r)) for n, r in enumerate(refs)) + '</ol></div>')
    rel = meta.get('related', '').split(';')
    o.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>' % meta.get('relhead', 'Pathology') + ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in rel if r) + '</ul></div>')
    o.append('<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">' + ''.join('<li class="case-item"><a href="/cases/%s-%d">Case %d</a></li>' % (slug, n, n) for n in range(1, 5)) + '</ul><a href="#" class="load-more">Load more cases</a></div>')
    o.append('<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>\n</main>')
    o.append('<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div><div class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</div></footer>')
    o.append('</body>\n</html>\n')
    return '\n'.join(o)

def render_md(meta, blocks):
    title = meta['title']; slug = meta['slug']; rid = meta.get('rid', '90001')
    o = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % meta.get('mdcat', 'pathology'), 'system: %s' % meta['system'].lower(), 'modality: %s' % meta.get('modality', 'mri'), '---', '']
    o.append('%s | Radiology Reference Article | Radiopaedia.org' % title)
    o += ['', '    ', '    - ', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=x7Qm2)', '', '    [', '      &times;', '    ](#)', '      *', '']
    for n in NAV:
        o.append('        [%s](/%s?lang=us)' % (n, slugify(n))); o.append('      ')
    o += ['          [Go ad-free](/go-ad-free)', '', '      Search', '', '  %s' % title, '', '          Last revised by [%s](/users/%s?lang=us)' % (meta['author'], slugify(meta['author'])), '          on %s' % meta['revised'], '', '      Edit article', '](/articles/%s/edit?lang=us)    ' % slug, '', '      [View revision history](/articles/%s/revisions?lang=us)' % slug, '', '        Citation, DOI, disclosures and article data', '', '            Citation:', '          %s. %s. Reference article, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['cite'], title, rid), '', '            rID:', '          %s' % rid, '', '            Systems:', '          [%s](/articles/section/all/%s?lang=us)' % (meta['system'], slugify(meta['system'])), '']
    if meta.get('synonyms'):
        o += ['            Synonyms:', '']
        for s in meta['synonyms'].split(';'):
            o += ['                %s' % s, '']
    first = True
    heads = [t for k, t in blocks if k == 'h2']
    for k, t in blocks:
        if k == 'h2' and first:
            first = False
            o += ['## On this page:', '', 'Article:', '']
            for h in heads: o += ['- [%s](#nav_%s)' % (h, slugify(h)), '']
            o += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
        if k == 'p': o += [inline_md(t), '']
        elif k == 'h2': o += ['#### ' + t, '']
        elif k == 'h3': o += ['##### ' + t, '']
        elif k == 'li': o += ['- ' + inline_md(t), '']
        elif k == 'li2': o += ['    - ' + inline_md(t), '']
    o += ['', '        References', '']
    n = 0
    for k, t in blocks:
        if k == 'ref':
            n += 1; o += ['            %d. %s' % (n, t), '']
    o += ['', '        Incoming Links', '', '            Articles:', '']
    for r in meta.get('related', '').split(';'):
        if r: o += ['      [%s](/articles/%s?lang=us)' % (r, slugify(r)), '']
    o += ['        ## Promoted articles (advertising)', '', '          ADVERTISEMENT: Supporters see fewer/no ads', '', '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(o)

def render_txt(meta, blocks):
    o = [meta['title'], '']
    i = 0
    while i < len(blocks):
        k, t = blocks[i]
        if k == 'p': o += [inline_txt(t), '']
        elif k in ('h2', 'h3'): o += [t, '']
        elif k in ('li', 'li2'):
            # flatten: top-level items become lines; nested items are run onto their parent line
            line = inline_txt(t); j = i + 1
            while j < len(blocks) and blocks[j][0] == 'li2':
                line += ' ' + inline_txt(blocks[j][1]); j += 1
            o.append(('  • ' if meta.get('txtbullets') == 'yes' else '') + line)
            if j >= len(blocks) or blocks[j][0] not in ('li',): o.append('')
            i = j; continue
        i += 1
    o += ['Share article', '', 'Article information', '', 'rID: %s' % meta.get('rid', '90001'), 'Section: Pathology']
    if meta.get('synonyms'):
        o.append('Synonyms or Alternate Spellings:')
        for s in meta['synonyms'].split(';'): o.append('  • ' + s)
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for n in range(1, 4): o += ['  • Drag', '    Case %d' % n, '    Drag here to reorder.']
    o += ['  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(o)

def main():
    stats = {}
    for fn in sorted(os.listdir(os.path.join(SRC, 'bodies'))):
        if not fn.endswith('.body'): continue
        meta, blocks = parse(os.path.join(SRC, 'bodies', fn))
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for f in meta['forms'].split(','):
            f = f.strip()
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(txt)
        print(meta['slug'], meta['forms'], body_words(blocks))

if __name__ == '__main__':
    main()
