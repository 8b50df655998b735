#!/usr/bin/env python3
"""Render CC.src/src/<slug>.src into /work/blind/CC/<slug>/article.<form>."""
import re, sys, os, html, glob, random

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = '/work/blind/CC'

def parse(path):
    txt = open(path, encoding='utf-8').read()
    head, body = txt.split('\n---\n', 1)
    meta, refs, key = {}, [], None
    for line in head.splitlines():
        if key == 'refs' and line.strip():
            refs.append(line.strip()); continue
        if ':' in line:
            k, v = line.split(':', 1); k = k.strip()
            if k == 'refs': key = 'refs'; continue
            meta[k] = v.strip()
    meta['refs'] = refs
    return meta, body.strip('\n')

def blocks(body):
    """yield (type, payload): ('h2',t) ('h3',t) ('p',t) ('ul',[(depth,text)])"""
    out, para, items = [], [], []
    def flush():
        nonlocal para, items
        if para: out.append(('p', ' '.join(para))); para = []
        if items: out.append(('ul', items)); items = []
    for line in body.splitlines():
        if not line.strip(): flush(); continue
        if line.startswith('### '): flush(); out.append(('h3', line[4:].strip())); continue
        if line.startswith('## '): flush(); out.append(('h2', line[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            items.append((len(m.group(1)) // 2, m.group(2).strip())); continue
        if items: out.append(('ul', items)); items = []
        para.append(line.strip())
    flush()
    return out

def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(t, form):
    # [[text]] or [[text|slug]] links, **bold**, ^N citations
    def link(m):
        text = m.group(1); sl = m.group(2) or slugify(text)
        if form == 'html': return '<a href="/articles/%s">%s</a>' % (sl, html.escape(text, quote=False))
        if form == 'md': return '[%s](/articles/%s?lang=us)' % (text, sl)
        return text
    if form == 'html':
        parts = re.split(r'(\[\[[^\]]+\]\])', t)
        t = ''.join(p if p.startswith('[[') else html.escape(p, quote=False) for p in parts)
    t = re.sub(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]', link, t)
    if form == 'html':
        t = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', t)
        t = re.sub(r'\^(\d+(?:,\d+)*)', lambda m: ''.join('<sup><a href="#ref_%s">%s</a></sup>' % (n, n) for n in m.group(1).split(',')), t)
    elif form == 'md':
        t = re.sub(r'\^(\d+(?:,\d+)*)', r' \1', t)
    else:
        t = t.replace('**', '')
        t = re.sub(r'\^(\d+(?:,\d+)*)', r'\1', t)
    return t

def body_html(bl):
    o = []
    for typ, p in bl:
        if typ == 'h2': o.append('<h2 id="nav_%s">%s</h2>' % (slugify(p), html.escape(p)))
        elif typ == 'h3': o.append('<h3>%s</h3>' % html.escape(p))
        elif typ == 'p': o.append('<p>%s</p>' % inline(p, 'html'))
        else:
            o.append(ul_html(p))
    return '\n'.join(o)

def ul_html(items):
    root = []; stack = [(-1, root)]
    for d, t in items:
        while stack[-1][0] >= d: stack.pop()
        node = (t, [])
        stack[-1][1].append(node)
        stack.append((d, node[1]))
    def r(nodes):
        return '<ul>' + ''.join('<li>' + inline(t, 'html') + (r(ch) if ch else '') + '</li>' for t, ch in nodes) + '</ul>'
    return r(root)

def body_md(bl):
    o = []
    for typ, p in bl:
        if typ == 'h2': o.append('#### %s\n' % p)
        elif typ == 'h3': o.append('##### %s\n' % p)
        elif typ == 'p': o.append(inline(p, 'md') + '\n')
        else:
            for d, t in p:
                o.append('    ' * d + '- ' + inline(t, 'md') + '\n')
    return '\n'.join(o)

def body_txt(bl, runon=False):
    o = []
    for typ, p in bl:
        if typ in ('h2', 'h3'): o.append(p + '\n')
        elif typ == 'p': o.append(inline(p, 'txt') + ' \n')
        else:
            if runon:
                o.append(' '.join(inline(t, 'txt') for d, t in p) + '\n')
            else:
                o.append('\n'.join(inline(t, 'txt') for d, t in p) + '\n')
    return '\n'.join(o)

def words(bl):
    n = 0
    for typ, p in bl:
        if typ == 'ul':
            for d, t in p: n += len(inline(t, 'txt').split())
        else: n += len(inline(p, 'txt').split())
    return n

# ---------------- chrome -----------------
NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def page_html(m, bl):
    slug, title, iscase = m['slug'], m['title'], m.get('case') == 'yes'
    kind = 'cases' if iscase else 'articles'
    sections = [p for t, p in bl if t == 'h2']
    syn = [s.strip() for s in m.get('synonyms', '').split(';') if s.strip()]
    rel_title, rel = m.get('related', 'Related articles|').split('|', 1)
    refs = m['refs']
    L = []
    L.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    L.append('<title>%s | Radiology %s | Radiopaedia.org</title>' % (html.escape(title), 'Case' if iscase else 'Reference Article'))
    L.append('<meta name="description" content="%s">' % html.escape(m.get('desc', title)))
    L.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (kind, slug))
    L.append('<link rel="stylesheet" media="all" href="/assets/application-7be21d0c.css">')
    L.append("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>")
    L.append('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n</head>')
    L.append('<body class="%s show">\n<header class="site-header">' % kind)
    L.append('<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    L.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a><ul class="nav-links">' + ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV) + '</ul>')
    L.append('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul><form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"></form></nav>\n</header>')
    L.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % m.get('promo', 'Live online course: MSK and neuro imaging - book your seat'))
    L.append('<main id="content" class="main-content">\n<div class="%s-header">\n<h1 class="header-title">%s</h1>' % (kind[:-1], html.escape(title)))
    L.append('<div class="author-info">%s <a href="/users/%s?lang=us">%s</a> on %s</div>' % ('Case contributed by' if iscase else 'Last revised by', slugify(m['reviser']), m['reviser'], m['date']))
    L.append('<div class="article-actions"><a href="/%s/%s/edit?lang=us" class="btn">Edit %s</a> <a href="/%s/%s/revisions?lang=us" class="btn">View revision history</a></div>\n</div>' % (kind, slug, 'case' if iscase else 'article', kind, slug))
    L.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if iscase else 'article'))
    L.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s</div></div>' % (m['authors'], title, 'Case study' if iscase else 'Reference article', m['rid']))
    L.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (m['rid'], m['rid']))
    L.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % m['rid'])
    L.append('<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/%s">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>' % (m['created'], slugify(m['creator']), m['creator'], m['creator']))
    L.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s times, by %s contributors - <a href="/%s/%s/revisions?lang=us">see full revision history and disclosures</a></div></div>' % (m.get('revs', '31'), m.get('contribs', '12'), kind, slug))
    L.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % ', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (slugify(s), s) for s in m['systems'].split(', ')))
    if syn:
        L.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in syn))
    L.append('</div>')
    L.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    if not iscase:
        L.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), s) for s in sections))
    L.append('<div class="body user-generated-content">')
    L.append(body_html(bl))
    L.append('</div>')
    if refs:
        L.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)) + '</ol></div>')
    L.append('<div id="related-articles"><h2>%s</h2><ul>%s</ul></div>' % (html.escape(rel_title), ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(x), html.escape(x.strip())) for x in rel.split(';') if x.strip())))
    L.append('<div class="share-article"><a href="#" class="share">Share %s</a></div>\n</main>' % ('case' if iscase else 'article'))
    L.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div></aside>')
    L.append('<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div><p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    L.append('<script type="application/json" id="article-data">{"articleId":%s,"slug":"%s","lang":"us"}</script>\n</body>\n</html>\n' % (m['rid'], slug))
    return '\n'.join(L)

def page_md(m, bl):
    slug, title = m['slug'], m['title']
    iscase = m.get('case') == 'yes'
    kind = 'cases' if iscase else 'articles'
    syn = [s.strip() for s in m.get('synonyms', '').split(';') if s.strip()]
    rel_title, rel = m.get('related', 'Related articles|').split('|', 1)
    L = ['---', 'title: %s' % slug.replace('-', ' '), 'source: radiopaedia', 'category: %s' % ('case' if iscase else 'pathology'),
         'system: %s' % m.get('mdsystem', 'neuro'), 'modality: %s' % m.get('modality', 'mri'), '---', '',
         '%s | Radiology %s | Radiopaedia.org' % (title, 'Case' if iscase else 'Reference Article'), '', '    ', '    - ', '    ', '']
    L += ['      [%s](/%s?lang=us)\n' % (n, slugify(n)) for n in NAV]
    L += ['        [Log In](/sessions/new?lang=us)', '        [Sign Up](/users/sign_up?lang=us)', '',
          '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
          '        Become a Gold Supporter and see no third-party ads.', '', '    [', '', '](/?lang=us)      ',
          '[Log in](/sessions/new?lang=us&return_to=%%2F%s%%2F%s)' % (kind, slug), '- [Sign up](/users/sign_up?lang=us)', '',
          '            [Go ad-free](/go-ad-free)', '', '      Search', '      *', '',
          '      # ', '  %s' % title, '', '          %s [%s](/users/%s?lang=us)' % ('Case contributed by' if iscase else 'Last revised by', m['reviser'], slugify(m['reviser'])),
          '', '          on %s' % m['date'], '', '    [', '      Edit %s' % ('case' if iscase else 'article'), '](/%s/%s/edit?lang=us)    ' % (kind, slug), '      *', '      **', '',
          '    - ', '      [View revision history](/%s/%s/revisions?lang=us)' % (kind, slug), '',
          '      ## ', '        Citation, DOI, disclosures and %s data' % ('case' if iscase else 'article'), '',
          '          **', '            Citation:', '          **', '          %s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (m['authors'], title, 'Case study' if iscase else 'Reference article', m['rid']), '',
          '          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (m['rid'], m['rid']), '',
          '          **', '            rID:', '          **', '          %s' % m['rid'], '',
          '          **', '            Article created:', '          **', '  %s,' % m['created'], '  [%s](/users/%s?lang=us)' % (m['creator'], slugify(m['creator'])), '    *',
          '      At the time the article was created %s had no recorded disclosures.' % m['creator'], '    *', '',
          '          **', '            Systems:', '          **', '          ' + ', '.join('[%s](/articles/section/all/%s?lang=us)' % (s, slugify(s)) for s in m['systems'].split(', ')), '']
    if syn:
        L += ['          **', '            Synonyms:', '          **'] + ['- %s' % s for s in syn] + ['']
    L += ['        ADVERTISEMENT: Supporters see fewer/no ads', '', '']
    if not iscase:
        L += ['## On this page:', '', 'Article:', ''] + ['- [%s](#nav_%s)\n' % (s, slugify(s)) for t, s in bl if t == 'h2'] + ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
    L.append(body_md(bl))
    if m['refs']:
        L += ['', '#### References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(m['refs'])] + ['']
    L += ['', '##### %s' % rel_title, ''] + ['- [%s](/articles/%s?lang=us)' % (x.strip(), slugify(x)) for x in rel.split(';') if x.strip()]
    L += ['', '          - ', '', '            ## ', '              [Articles](/search?lang=us&scope=articles)', '', '            ### ', '              By Section:', '',
          '                - ', '                  [Anatomy](/search?lang=us&scope=articles&section=Anatomy)', '', '                - ', '                  [Pathology](/search?lang=us&scope=articles&section=Pathology)', '',
          '              - ', '                [About](/about?lang=us)', '              - ', '                [Editorial Board](/editors?lang=us)', '',
          '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '            [Licensing](/licence?lang=us)', '',
          '    Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(L)

def page_txt(m, bl):
    runon = m.get('txtrunon') == 'yes'
    L = [m['title'], '', body_txt(bl, runon)]
    if m['refs']:
        L += ['References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(m['refs'])] + ['']
    syn = [s.strip() for s in m.get('synonyms', '').split(';') if s.strip()]
    L += ['Share %s' % ('case' if m.get('case') == 'yes' else 'article'), '', 'Article information', '', 'rID: %s' % m['rid'], 'Section: %s' % ('Cases' if m.get('case') == 'yes' else 'Pathology')]
    if syn:
        L += ['Synonyms or Alternate Spellings:'] + ['  • %s' % s for s in syn]
    rel_title, rel = m.get('related', 'Related articles|').split('|', 1)
    L += ['', 'Support Radiopaedia and see fewer ads', '', rel_title] + ['  • %s' % x.strip() for x in rel.split(';') if x.strip()]
    L += ['', '  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
    return '\n'.join(L)

def main(slugs):
    for path in sorted(glob.glob(os.path.join(SRC, '*.src'))):
        m, body = parse(path)
        if slugs and m['slug'] not in slugs: continue
        bl = blocks(body)
        d = os.path.join(OUT, m['slug']); os.makedirs(d, exist_ok=True)
        for f in m['forms'].split():
            fn = {'html': page_html, 'md': page_md, 'txt': page_txt}[f]
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(fn(m, bl))
        print('%s\t%s\t%d words' % (m['slug'], m['forms'], words(bl)))

if __name__ == '__main__':
    main(sys.argv[1:])
