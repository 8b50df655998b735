#!/usr/bin/env python3
"""Render /work/blind/AV.src/src/<slug>.src into article.<form> under /work/blind/AV/<slug>/.

Source format:
  @key: value         header (title, system, forms, rid, author, created, revised, synonyms (a|b),
                      refs (r1 || r2), related (a|b), case (yes))
  ## Heading / ### Subheading
  - item / "  - " nested item
  paragraph lines (blank line separates)
  [[n]] citation marker;  **bold**
"""
import html, re, sys, os, random

SRC = '/work/blind/AV.src/src'
OUT = '/work/blind/AV'


def parse(path):
    meta, body = {}, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'^@(\w+):\s*(.*)$', line)
        if m and not body:
            meta[m.group(1)] = m.group(2)
        else:
            body.append(line)
    blocks = []  # (type, payload)
    para = []
    lst = None
    def flush():
        nonlocal para, lst
        if para:
            blocks.append(('p', ' '.join(para)))
            para = []
        if lst:
            blocks.append(('ul', lst))
            lst = None
    for line in body:
        if not line.strip():
            flush(); continue
        if line.startswith('### '):
            flush(); blocks.append(('h3', line[4:].strip())); continue
        if line.startswith('## '):
            flush(); blocks.append(('h2', line[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para:
                blocks.append(('p', ' '.join(para))); para = []
            if lst is None:
                lst = []
            depth = len(m.group(1)) // 2
            if depth == 0:
                lst.append([m.group(2), []])
            else:
                lst[-1][1].append(m.group(2))
            continue
        if lst:
            blocks.append(('ul', lst)); lst = None
        para.append(line.strip())
    flush()
    return meta, blocks


def inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    s = re.sub(r'\*(\S.*?)\*', r'<em>\1</em>', s)
    s = re.sub(r'\{\{(.+?)\}\}', lambda m: '<a href="/articles/%s">%s</a>' % (slug(m.group(1)), m.group(1)), s)
    s = re.sub(r'\[\[(\d+(?:,\d+)*)\]\]', lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', s)
    return s


def inline_md(s):
    s = re.sub(r'\{\{(.+?)\}\}', lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), slug(m.group(1))), s)
    s = re.sub(r'\[\[(\d+(?:,\d+)*)\]\]', lambda m: ''.join('<sup>[%s](#ref_%s)</sup>' % (n, n) for n in m.group(1).split(',')), s)
    return s


def inline_txt(s):
    s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
    s = re.sub(r'\*(\S.*?)\*', r'\1', s)
    s = re.sub(r'\{\{(.+?)\}\}', r'\1', s)
    s = re.sub(r'\[\[(\d+(?:,\d+)*)\]\]', lambda m: m.group(1).replace(',', ''), s)
    return s


def slug(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def body_text(blocks):
    out = []
    for t, p in blocks:
        if t == 'ul':
            for it, sub in p:
                out.append(inline_txt(it)); out.extend(inline_txt(x) for x in sub)
        else:
            out.append(inline_txt(p))
    return '\n'.join(out)


def render_html(meta, blocks, s):
    title = meta['title']
    refs = [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]
    syn = [x.strip() for x in meta.get('synonyms', '').split('|') if x.strip()]
    rel = [x.strip() for x in meta.get('related', '').split('|') if x.strip()]
    is_case = meta.get('case') == 'yes'
    kind = 'Case' if is_case else 'Radiology Reference Article'
    first = next((p for t, p in blocks if t == 'p'), '')
    desc = html.escape(inline_txt(first)[:155])
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    o.append('<meta name="description" content="%s">' % desc)
    o.append('<meta property="og:title" content="%s | %s | Radiopaedia.org">' % (html.escape(title), kind))
    o.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if is_case else 'articles', s))
    o.append('<link rel="stylesheet" media="all" href="/assets/application-9b2e71c04a.css">')
    o.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag(\'js\', new Date());</script>')
    o.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {"section": "%s", "system": "%s"}};</script>' % ('cases' if is_case else 'articles', meta['system']))
    o.append('</head>\n<body class="%s show">' % ('cases' if is_case else 'articles'))
    o.append('<header class="site-header">\n<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    o.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>')
    o.append('<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>')
    o.append('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    o.append('<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>\n</nav>\n</header>')
    o.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % meta.get('promo', 'Body CT essentials course: registrations now open'))
    o.append('<main id="content" class="main-content">\n<div class="article-header">')
    o.append('<h1 class="header-title">%s</h1>' % html.escape(title))
    o.append('<div class="author-info">%s by <a href="/users/%s?lang=us">%s</a> on %s</div>' % ('Published' if is_case else 'Last revised', slug(meta['author']), meta['author'], meta['revised']))
    o.append('<div class="article-actions"><a class="btn" href="/%s/%s/edit?lang=us">Edit %s</a> <a class="btn" href="/%s/%s/revisions?lang=us">View revision history</a></div>\n</div>' % ('cases' if is_case else 'articles', s, 'case' if is_case else 'article', 'cases' if is_case else 'articles', s))
    o.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
    cit = '%s. %s. %s, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['authors'], title, 'Case study' if is_case else 'Reference article', meta['rid'])
    items = [('Citation:', html.escape(cit)), ('DOI:', '<a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a>' % (meta['rid'], meta['rid'])),
             ('Permalink:', '<a href="https://radiopaedia.org/%s/%s">https://radiopaedia.org/%s/%s</a>' % ('cases' if is_case else 'articles', meta['rid'], 'cases' if is_case else 'articles', meta['rid'])),
             ('rID:', meta['rid']),
             ('%s created:' % ('Case' if is_case else 'Article'), '%s <div class="disclosure">At the time the %s was created %s had no recorded disclosures.</div>' % (meta['created'], 'case' if is_case else 'article', meta['created'].split(', ')[-1])),
             ('Last revised:', '%s, <a href="/users/%s">%s</a>' % (meta['revised'], slug(meta['author']), meta['author'])),
             ('Systems:', ', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (slug(x), x) for x in meta['systems'].split('|'))),
             ('Tags:', ', '.join('<a href="/tags/%s">%s</a>' % (slug(x), x) for x in meta.get('tags', '').split('|') if x))]
    if syn:
        items.append(('Synonyms:', '<ul>' + ''.join('<li>%s</li>' % html.escape(x) for x in syn) + '</ul>'))
    for k, v in items:
        o.append('<div class="meta-item"><div class="meta-item-title">%s</div><div>%s</div></div>' % (k, v))
    o.append('</div>')
    o.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    heads = [p for t, p in blocks if t == 'h2']
    o.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>%s:</div><ul>' % ('Case' if is_case else 'Article') + ''.join('<li><a href="#nav_%s">%s</a></li>' % (slug(h), h) for h in heads) + '<li><a href="#references">References</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    for t, p in blocks:
        if t == 'p':
            o.append('<p>%s</p>' % inline_html(p))
        elif t == 'h2':
            o.append('<h4 id="nav_%s">%s</h4>' % (slug(p), html.escape(p)))
        elif t == 'h3':
            o.append('<h5>%s</h5>' % html.escape(p))
        elif t == 'ul':
            li = []
            for it, sub in p:
                sx = ('<ul>' + ''.join('<li>%s</li>' % inline_html(x) for x in sub) + '</ul>') if sub else ''
                li.append('<li>%s%s</li>' % (inline_html(it), sx))
            o.append('<ul>%s</ul>' % ''.join(li))
    o.append('</div>')
    if refs:
        o.append('<div class="references" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d">%s</li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)) + '</ol></div>')
    o.append('<div class="cases-and-figures" id="article-images"><h2>Cases and figures</h2><ul><li>Case 1</li><li>Case 2</li><li>Figure 1: annotated diagram</li></ul></div>')
    o.append('<div class="ad-slot" id="sidebar-top">ADVERTISEMENT</div>')
    if rel:
        o.append('<aside class="related-articles"><h2>Related Radiopaedia articles</h2><ul>' + ''.join('<li><a href="/articles/%s">%s</a></li>' % (slug(x), html.escape(x)) for x in rel) + '</ul></aside>')
    o.append('<div class="promoted-content"><h3>Promoted articles (advertising)</h3><ul><li><a href="#">Imaging protocols made easy</a></li></ul></div>')
    o.append('</main>\n<footer class="site-footer"><ul><li><a href="/licence">Licence</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact</a></li></ul><p>Updating... Please wait.</p><p>Unable to process the form. Check for errors and try again.</p><p>&copy; 2005-2026 Radiopaedia.org</p></footer>\n</body>\n</html>\n')
    return '\n'.join(o)


def render_md(meta, blocks, s):
    title = meta['title']
    refs = [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]
    syn = [x.strip() for x in meta.get('synonyms', '').split('|') if x.strip()]
    rel = [x.strip() for x in meta.get('related', '').split('|') if x.strip()]
    o = ['---', 'title: %s' % s, 'source: radiopaedia', 'category: %s' % ('case' if meta.get('case') == 'yes' else 'article'), 'system: %s' % meta['system'].lower(), 'modality: %s' % meta.get('modality', 'mixed'), '---', '']
    o.append('%s | Radiology Reference Article | Radiopaedia.org' % title)
    o += ['', '    ', '    - ', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=Qz81kPa0r)', '', '    [', '      &times;', '    ](#)', '']
    for a, b in [('About', '/about?lang=us'), ('Articles', '/search?scope=articles'), ('Cases', '/search?scope=cases'), ('Courses', '/courses?lang=us'), ('Questions', '/search?scope=mcqs'), ('Quiz', '/quizzes/all?lang=us'), ('Recent Edits', '/edits?lang=us')]:
        o += ['        [%s](%s)' % (a, b), '      ']
    o += ['', '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '', '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '', '      Search', '      *', '']
    o += ['      # ', '  %s' % title, '', '          Last revised by [%s](/users/%s?lang=us)' % (meta['author'], slug(meta['author'])), '', '          on %s' % meta['revised'], '', '    [', '      Edit article', '](/articles/%s/edit?lang=us)' % s, '']
    o += ['      ## ', '        Citation, DOI, disclosures and article data', '']
    o += ['          **', '            Citation:', '          **', '          %s. %s. Reference article, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['authors'], title, meta['rid']), '']
    o += ['          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (meta['rid'], meta['rid']), '']
    o += ['          **', '            rID:', '          **', '          %s' % meta['rid'], '']
    o += ['          **', '            Article created:', '          **', '  %s' % meta['created'], '']
    o += ['          **', '            Systems:', '          **', '          ' + ', '.join('[%s](/articles/section/all/%s?lang=us)' % (x, slug(x)) for x in meta['systems'].split('|')), '']
    if syn:
        o += ['          **', '            Synonyms:', '          **', '']
        for x in syn:
            o += ['              - ', '                %s' % x]
        o.append('')
    o += ['    ADVERTISEMENT: Supporters see fewer/no ads', '', '  On this page:', '  Article:', '']
    for t, p in blocks:
        if t == 'h2':
            o.append('  - [%s](#nav_%s)' % (p, slug(p)))
    o += ['  - [References](#references)', '  Images:', '  - [Cases and figures](#article-images)', '', '']
    for t, p in blocks:
        if t == 'p':
            o += [inline_md(p), '']
        elif t == 'h2':
            o += ['#### %s' % p, '']
        elif t == 'h3':
            o += ['##### %s' % p, '']
        elif t == 'ul':
            for it, sub in p:
                o.append('- %s' % inline_md(it))
                for x in sub:
                    o.append('    - %s' % inline_md(x))
            o.append('')
    if refs:
        o += ['## References', '']
        for i, r in enumerate(refs):
            o.append('%d. %s' % (i + 1, r))
        o.append('')
    o += ['## Cases and figures', '', '  - Drag', '    Case 1', '    Drag here to reorder.', '  - Drag', '    Case 2', '    Drag here to reorder.', '  - Updating… Please wait.', '']
    if rel:
        o += ['## Related Radiopaedia articles', '']
        for x in rel:
            o.append('- [%s](/articles/%s?lang=us)' % (x, slug(x)))
        o.append('')
    o += ['    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '', '  [Licence](/licence) [Privacy Policy](/privacy) [Terms of Use](/terms)', '']
    return '\n'.join(o)


def render_txt(meta, blocks, s):
    title = meta['title']
    syn = [x.strip() for x in meta.get('synonyms', '').split('|') if x.strip()]
    rel = [x.strip() for x in meta.get('related', '').split('|') if x.strip()]
    o = [title, '']
    # lists: alternately flattened to lines or run into a paragraph
    n = 0
    prev_p = None
    for t, p in blocks:
        if t == 'p':
            o += [inline_txt(p), '']
        elif t in ('h2', 'h3'):
            o += [p, '']
        elif t == 'ul':
            n += 1
            if n % 2 == 1:
                for it, sub in p:
                    o.append(inline_txt(it))
                    for x in sub:
                        o.append('  • ' + inline_txt(x))
                o.append('')
            else:
                flat = []
                for it, sub in p:
                    flat.append(inline_txt(it))
                    flat += [inline_txt(x) for x in sub]
                o += [' '.join(flat), '']
    o += ['Share article', '', 'Article information', '', 'rID: %s' % meta['rid'], 'Section: Pathology']
    if syn:
        o.append('Synonyms or Alternate Spellings:')
        o += ['  • %s' % x for x in syn]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  • Drag', '    Case 1', '    Drag here to reorder.', '  • Drag', '    Case 2', '    Drag here to reorder.', '  • Updating… Please wait.', '']
    if rel:
        o += ['Related articles'] + ['  • %s' % x for x in rel] + ['']
    o += ['    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
    return '\n'.join(o)


def main(slugs):
    for s in slugs:
        meta, blocks = parse(os.path.join(SRC, s + '.src'))
        d = os.path.join(OUT, s)
        os.makedirs(d, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for f in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks, s)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(r)
        bt = body_text(blocks)
        open(os.path.join('/work/blind/AV.src', s + '.body.txt'), 'w').write(bt)
        print(s, forms, len(re.findall(r"\S+", bt)))


if __name__ == '__main__':
    main(sys.argv[1:] or [f[:-4] for f in sorted(os.listdir(SRC)) if f.endswith('.src')])
