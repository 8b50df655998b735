#!/usr/bin/env python3
"""Render AX.src/<slug>/body.src into article.html/md/txt with invented chrome.
body.src header lines: key: value until blank line (title, system, forms, rid, author, created, revised,
synonyms (|-sep), related (|-sep), relgroup, refs (|| sep), case (yes/no), txtlists (lines|run), mdhead (##|####)).
Body markup: '## H2', '### H3', '- item', '  - nested', paragraphs; inline **b**, [t](slug), {1,2} cites."""
import re, sys, os, html, json
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'AX')

def parse(path):
    txt = open(path).read()
    head, body = txt.split('\n\n', 1)
    meta = {}
    for l in head.splitlines():
        k, v = l.split(':', 1); meta[k.strip()] = v.strip()
    blocks = []  # (type, data)
    cur_list = None; para = []
    for line in body.splitlines():
        if line.startswith('- ') or line.startswith('  - '):
            if para: blocks.append(('p', ' '.join(para))); para = []
            lvl = 1 if line.startswith('  - ') else 0
            item = line.strip()[2:]
            if cur_list is None: cur_list = []; blocks.append(('ul', cur_list))
            if lvl == 0: cur_list.append([item, []])
            else: cur_list[-1][1].append(item)
            continue
        cur_list = None if not line.startswith('  ') else cur_list
        if not line.strip():
            if para: blocks.append(('p', ' '.join(para))); para = []
            cur_list = None; continue
        if line.startswith('### '):
            if para: blocks.append(('p', ' '.join(para))); para = []
            blocks.append(('h3', line[4:])); continue
        if line.startswith('## '):
            if para: blocks.append(('p', ' '.join(para))); para = []
            blocks.append(('h2', line[3:])); continue
        cur_list = None
        para.append(line.strip())
    if para: blocks.append(('p', ' '.join(para)))
    return meta, blocks

def inline(s, form):
    def cite(m):
        c = m.group(1)
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in re.split('[,-]', c)) + '</sup>'
        if form == 'md': return ' ' + c
        return c
    s2 = s
    if form == 'html':
        s2 = html.escape(s2, quote=False)
    s2 = re.sub(r'\{([0-9,\-]+)\}', cite, s2)
    def link(m):
        t, slug = m.group(1), m.group(2)
        if form == 'html': return '<a href="/articles/%s?lang=us">%s</a>' % (slug, t)
        if form == 'md': return '[%s](/articles/%s?lang=us)' % (t, slug)
        return t
    s2 = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', link, s2)
    def bold(m):
        if form == 'html': return '<strong>%s</strong>' % m.group(1)
        if form == 'md': return '**%s**' % m.group(1)
        return m.group(1)
    s2 = re.sub(r'\*\*([^*]+)\*\*', bold, s2)
    return s2

def plain(s): return inline(s, 'txt')
def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def body_html(blocks):
    out = []
    for t, d in blocks:
        if t == 'h2': out.append('<h2 id="nav_%s">%s</h2>' % (slugify(d), html.escape(d)))
        elif t == 'h3': out.append('<h3>%s</h3>' % html.escape(d))
        elif t == 'p': out.append('<p>%s</p>' % inline(d, 'html'))
        else:
            s = '<ul>'
            for it, sub in d:
                s += '<li>' + inline(it, 'html')
                if sub: s += '<ul>' + ''.join('<li>%s</li>' % inline(x, 'html') for x in sub) + '</ul>'
                s += '</li>'
            out.append(s + '</ul>')
    return '\n'.join(out)

def body_md(blocks, h2='####'):
    out = []
    for t, d in blocks:
        if t == 'h2': out.append('%s %s\n' % (h2, d))
        elif t == 'h3': out.append('%s# %s\n' % (h2, d))
        elif t == 'p': out.append(inline(d, 'md') + '\n')
        else:
            for it, sub in d:
                if sub:
                    out.append('- \n' + inline(it, 'md') + '\n')
                    for x in sub: out.append('  - ' + inline(x, 'md') + '\n')
                else:
                    out.append('- ' + inline(it, 'md') + '\n')
    return '\n'.join(out)

def body_txt(blocks, mode='lines'):
    out = []
    for t, d in blocks:
        if t in ('h2', 'h3'): out.append(d)
        elif t == 'p': out.append(plain(d))
        else:
            if mode == 'run':
                parts = []
                for it, sub in d:
                    parts.append(plain(it)); parts += [plain(x) for x in sub]
                # run into previous paragraph
                if out and not out[-1] in [x[1] for x in blocks if x[0] in ('h2','h3')]:
                    out[-1] = out[-1] + ' ' + ' '.join(parts)
                else: out.append(' '.join(parts))
            else:
                for it, sub in d:
                    out.append(plain(it))
                    for x in sub: out.append('  • ' + plain(x))
    return '\n\n'.join(out)

def refs(meta): return [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]

def render_html(slug, meta, blocks):
    title = meta['title']; rid = meta['rid']; author = meta['author']
    syn = [s.strip() for s in meta.get('synonyms', '').split('|') if s.strip()]
    rel = [s.strip() for s in meta.get('related', '').split('|') if s.strip()]
    secs = [d for t, d in blocks if t == 'h2']
    is_case = meta.get('case') == 'yes'
    kind = 'Radiology Case' if is_case else 'Radiology Reference Article'
    base = 'cases' if is_case else 'articles'
    first = plain([d for t, d in blocks if t == 'p'][0])[:150]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    h.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    h.append('<meta name="description" content="%s">' % html.escape(first))
    h.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (base, slug))
    h.append('<link rel="stylesheet" href="/assets/application-a81f0c.css">')
    h.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>')
    h.append('<script>window.rpAds={"slots":["leaderboard","sidebar-top"],"targeting":{"system":%s}};</script>' % json.dumps(meta['system']))
    h.append('</head>\n<body class="%s show">' % base)
    h.append('<header class="site-header"><div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    h.append('<nav class="main-nav"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a><ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul><ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul><form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>')
    h.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % meta.get('promo', 'Live course: Body imaging fundamentals - places still available'))
    h.append('<main id="content" class="main-content">\n<div class="article-header"><h1 class="header-title">%s</h1>' % html.escape(title))
    if is_case:
        h.append('<div class="author-info">Case contributed by <a href="/users/%s">%s</a></div>' % (slugify(author), author))
        h.append('<div class="diagnosis-certainty">Diagnosis certain</div></div>')
    else:
        h.append('<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(author), author, meta['revised']))
        h.append('<div class="article-actions"><a href="/articles/%s/edit" class="btn">Edit article</a> <a href="/articles/%s/revisions" class="btn">View revision history</a></div></div>' % (slug, slug))
    h.append('<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
    h.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. %s, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s</div></div>' % (meta['citeauthors'], title, 'Case study' if is_case else 'Reference article', rid))
    h.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
    h.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
    h.append('<div class="meta-item"><div class="meta-item-title">%s created:</div><div>%s, <a href="/users/x">%s</a><div class="disclosure">At the time the %s was created %s had no recorded disclosures.</div></div></div>' % ('Case' if is_case else 'Article', meta['created'], author, 'case' if is_case else 'article', author))
    h.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s">%s</a></div></div>' % (slugify(meta['system']), meta['system']))
    if syn:
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in syn))
    h.append('</div>')
    if not is_case:
        h.append('<nav class="on-this-page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), html.escape(s)) for s in secs))
    h.append('<div class="body user-generated-content">')
    h.append(body_html(blocks))
    h.append('</div>')
    r = refs(meta)
    if r:
        h.append('<div class="ref-list" id="references"><h2>References</h2><ol>%s</ol></div>' % ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(x)) for i, x in enumerate(r)))
    if rel:
        h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>%s</ul></div>' % (html.escape(meta.get('relgroup', 'See also')), ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(x), html.escape(x)) for x in rel)))
    h.append('<div class="share-article"><a href="#" class="share">Share %s</a></div>\n</main>' % ('case' if is_case else 'article'))
    h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/%s-1">Case 1</a></li><li class="case-item"><a href="/cases/%s-2">Case 2</a></li></ul><a href="#" class="load-more">Load more cases</a></div></aside>' % (slug, slug))
    h.append('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul><p class="legal"><a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/terms#privacy-policy">Privacy Policy</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    h.append('<script type="application/json" id="article-data">{"articleId":%s,"slug":"%s","lang":"us"}</script>\n</body>\n</html>\n' % (rid, slug))
    return '\n'.join(h)

def render_md(slug, meta, blocks):
    title = meta['title']; rid = meta['rid']; author = meta['author']
    syn = [s.strip() for s in meta.get('synonyms', '').split('|') if s.strip()]
    rel = [s.strip() for s in meta.get('related', '').split('|') if s.strip()]
    secs = [d for t, d in blocks if t == 'h2']
    m = []
    m.append('---\ntitle: %s\nsource: radiopaedia\ncategory: %s\nsystem: %s\n---\n' % (slug, meta.get('category', 'pathology'), meta['system'].lower()))
    m.append('%s | Radiology Reference Article | Radiopaedia.org\n\n    \n    - \n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=Qm8xL2bd9-17712)\n\n    [\n        &times;\n    ](#)\n      *\n' % title)
    m.append('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n')
    for x in ['Articles](/articles?lang=us)', 'Cases](/cases?lang=us)', 'Courses](/courses?lang=us)', 'Log In](/sessions/new?lang=us)']:
        m.append('        [' + x + '\n')
    m.append('[Log in](/sessions/new?lang=us&return_to=%%2Farticles%%2F%s)\n- [Sign up](/users/sign_up?lang=us)\n\n    {}\n\n      Search\n      *\n    *\n' % slug)
    m.append('      # \n  %s\n\n          Last revised by [%s](/users/%s?lang=us)\n\n          on %s\n' % (title, author, slugify(author), meta['revised']))
    m.append('    [\n      Edit article\n](/articles/%s/edit?lang=us)    \n      *\n      **\n    - \n      [View revision history](/articles/%s/revisions?lang=us)\n' % (slug, slug))
    m.append('      ## \n        Citation, DOI, disclosures and article data\n\n          **\n            Citation:\n          **\n\n          %s. %s. Reference article, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s\n' % (meta['citeauthors'], title, rid))
    m.append('          **\n            rID:\n          **\n\n          %s\n\n          **\n            Article created:\n          **\n\n  %s,\n  [%s](/users/%s?lang=us)\n    *\n      At the time the article was created %s had no recorded disclosures.\n' % (rid, meta['created'], author, slugify(author), author))
    m.append('          **\n            Systems:\n          **\n\n          [%s](/articles/section/all/%s?lang=us)\n' % (meta['system'], slugify(meta['system'])))
    if syn:
        m.append('          **\n            Synonyms:\n          **\n\n' + ''.join('              - \n                %s\n\n' % s for s in syn))
    # body: first paragraph(s) before on-this-page
    idx = next(i for i, (t, d) in enumerate(blocks) if t == 'h2')
    h2 = meta.get('mdhead', '####')
    m.append(body_md(blocks[:idx], h2))
    m.append('## On this page:\n\nArticle:\n\n' + '\n'.join('- [%s](#nav_%s)\n' % (s, slugify(s)) for s in secs) + '\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n')
    m.append(body_md(blocks[idx:], h2))
    r = refs(meta)
    if r:
        m.append('      ## \n        References\n\n' + ''.join('          - \n            %d. %s\n\n' % (i + 1, x) for i, x in enumerate(r)))
    m.append('      ## \n        Incoming Links\n\n            Articles:\n\n' + ''.join('  - \n      [%s](/articles/%s?lang=us)\n\n' % (x, slugify(x)) for x in rel))
    m.append('              [Load more cases](#)\n\n        ## Promoted articles (advertising)\n\n          ADVERTISEMENT: Supporters see fewer/no ads\n\n            [Contact Us](/contact?lang=us)\n            [Terms of Use](/terms?lang=us)\n            [Privacy Policy](/terms?lang=us#privacy-policy)\n\n    Updating… Please wait.\n\n     Unable to process the form. Check for errors and try again.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org')
    return '\n'.join(m)

def render_txt(slug, meta, blocks):
    syn = [s.strip() for s in meta.get('synonyms', '').split('|') if s.strip()]
    t = [meta['title'], '', body_txt(blocks, meta.get('txtlists', 'lines')), '']
    t.append('Share article\n\nArticle information\n\nrID: %s\nSection: Pathology' % meta['rid'])
    if syn: t.append('Synonyms or Alternate Spellings:\n' + '\n'.join('  • ' + s for s in syn))
    t.append('\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  • Drag\n    Case 1\n    Drag here to reorder.\n  • Drag\n    Case 2\n    Drag here to reorder.\n  • Updating… Please wait.\n\n    Alert accept\n\n    Error Unable to process the form. Check for errors and try again.\n')
    return '\n'.join(t)

def main():
    for slug in sorted(os.listdir(SRC)):
        p = os.path.join(SRC, slug, 'body.src')
        if not os.path.exists(p): continue
        meta, blocks = parse(p)
        forms = [f.strip() for f in meta['forms'].split(',')]
        od = os.path.join(OUT, slug); os.makedirs(od, exist_ok=True)
        for f in ('html', 'md', 'txt'):
            fp = os.path.join(od, 'article.' + f)
            if f in forms:
                open(fp, 'w').write({'html': render_html, 'md': render_md, 'txt': render_txt}[f](slug, meta, blocks))
            elif os.path.exists(fp): os.remove(fp)
        words = len(body_txt(blocks).split())
        print(slug, forms, 'body words', words)
main()
