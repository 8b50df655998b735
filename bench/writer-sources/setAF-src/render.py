#!/usr/bin/env python3
"""Render my article sources (.src/<slug>.src) into article.html / article.md / article.txt.
Source: 'key: value' header lines, a line '---', then the body in a tiny markup:
  '## H' section, '### H' subsection, '- ' list item (2 spaces per nesting level),
  '**b**' bold, '[[text|slug]]' or '[[text]]' internal link, '{1,2}' citation numbers.
"""
import html, re, sys, os, random

def parse(path):
    head, body = open(path, encoding='utf-8').read().split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    return meta, body.strip('\n')

def blocks(body):
    """yield ('h2'|'h3'|'p'|'ul', payload)"""
    out = []; para = []; items = []
    def flush():
        nonlocal para, items
        if para: out.append(('p', ' '.join(para))); para = []
        if items: out.append(('ul', items)); items = []
    for line in body.splitlines():
        if not line.strip(): flush(); continue
        if line.startswith('### '): flush(); out.append(('h3', line[4:])); continue
        if line.startswith('## '): flush(); out.append(('h2', line[3:])); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            items.append((len(m.group(1)) // 2, m.group(2))); continue
        if items:  # continuation of list item
            lvl, t = items[-1]; items[-1] = (lvl, t + ' ' + line.strip()); continue
        para.append(line.strip())
    flush(); return out

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(t, form):
    def link(m):
        txt = m.group(1); slug = m.group(2) or slugify(txt)
        if form == 'md': return f'[{txt}](/articles/{slug}?lang=us)'
        if form == 'html': return f'<a href="/articles/{slug}?lang=us">{html.escape(txt, quote=False)}</a>'
        return txt
    def cite(m):
        nums = m.group(1)
        if form == 'md': return f' {nums}'
        if form == 'html': return ' ' + ''.join(f'<sup><a href="#ref_{n}">{n}</a></sup>' for n in nums.split(','))
        return nums
    if form == 'html':
        # escape text but not markup: escape first, markup tokens contain no &<>
        t = html.escape(t, quote=False)
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    elif form == 'txt':
        t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    t = re.sub(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]', link, t)
    t = re.sub(r' ?\{([0-9,]+)\}', cite, t)
    return t

def nest(items):
    """items [(lvl,text)] -> tree [(text, children)]"""
    root = []; stack = [(-1, root)]
    for lvl, t in items:
        while stack[-1][0] >= lvl: stack.pop()
        node = (t, []); stack[-1][1].append(node); stack.append((lvl, node[1]))
    return root

def body_text_plain(bl):
    """words of the body for counting"""
    parts = []
    for k, v in bl:
        if k == 'ul': parts += [inline(t, 'txt') for _, t in v]
        else: parts.append(inline(v, 'txt'))
    return ' '.join(parts)

def sections(bl): return [v for k, v in bl if k == 'h2']

# ---------------- HTML ----------------
def render_html(meta, bl):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    refs = [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]
    related = [r.split('|') for r in meta.get('related', '').split(';') if r.strip()]
    cases = [c.strip() for c in meta.get('cases', '').split(';') if c.strip()]
    systems = [s.strip() for s in meta.get('systems', meta['system']).split(',')]
    L = []
    a = L.append
    a('<!DOCTYPE html>')
    a('<html lang="en-GB" class="no-js">')
    a('<head>')
    a('  <meta charset="utf-8">')
    a(f'  <title>{title} | Radiology Reference Article | Radiopaedia.org</title>')
    first_p = next(v for k, v in bl if k == 'p')
    desc = html.escape(re.sub(r'<[^>]+>', '', inline(first_p, 'txt'))[:150], quote=True)
    a(f'  <meta name="description" content="{desc}">')
    a(f'  <link rel="canonical" href="https://radiopaedia.org/articles/{slug}?lang=gb">')
    a('  <link rel="stylesheet" href="https://assets.radiopaedia.org/assets/site-3c91aa0e.css">')
    a('  <script>window.rp = window.rp || {}; window.rp.page = {"type":"article","id":' + rid + '};</script>')
    a('  <script async src="https://cdn.adnxs-simple.com/ast/ast.js"></script>')
    a('</head>')
    a('<body class="articles show">')
    a('  <a class="skip-link" href="#main-content">Skip to main content</a>')
    a('  <div class="banner-ad" id="leaderboard"><span class="ad-tag">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.</span> <a href="/supporters?lang=gb">Become a Gold Supporter and see no third-party ads.</a></div>')
    a('  <header class="topbar">')
    a('    <nav aria-label="Main">')
    a('      <a class="logo" href="/?lang=gb"><img src="/assets/logo-rp.svg" alt="Radiopaedia.org home"></a>')
    a('      <ul class="primary-nav">')
    for t, h in [('Articles', '/articles'), ('Cases', '/cases'), ('Courses', '/courses'), ('Quiz', '/quizzes/all'), ('Playlists', '/playlists'), ('About', '/about'), ('Recent Edits', '/edits')]:
        a(f'        <li><a href="{h}?lang=gb">{t}</a></li>')
    a('      </ul>')
    a('      <div class="search-box"><form action="/search" method="get"><input type="search" name="q" placeholder="Search Radiopaedia"><button>Go</button></form></div>')
    a('      <div class="account"><a href="/sessions/new?lang=gb">Log In</a> | <a href="/users/sign_up?lang=gb">Sign Up</a></div>')
    a('    </nav>')
    a('  </header>')
    a('  <main id="main-content" class="container article-container">')
    a('    <div class="article-header">')
    a(f'      <h1 class="header-title">{title}</h1>')
    a(f'      <p class="revised-by">Last revised by <a href="/users/{slugify(meta["reviser"])}?lang=gb">{meta["reviser"]}</a> on {meta["revised"]}</p>')
    a(f'      <div class="btn-group"><a class="btn" href="/articles/{slug}/edit?lang=gb">Edit article</a><a class="btn" href="/articles/{slug}/revisions?lang=gb">View revision history</a><a class="btn" href="https://forms.example.org/report?article={slug}">Report problem with article</a></div>')
    a('    </div>')
    a('    <section class="article-data collapsed" id="article-data">')
    a('      <h2 class="toggle">Citation, DOI, disclosures and article data</h2>')
    a('      <dl class="meta-list">')
    a(f'        <dt>Citation:</dt><dd>{meta["citeauthors"]} {title}. Reference article, Radiopaedia.org (Accessed on {meta["accessed"]}) https://doi.org/10.53347/rID-{rid}</dd>')
    a(f'        <dt>DOI:</dt><dd><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></dd>')
    a(f'        <dt>Permalink:</dt><dd><a href="https://radiopaedia.org/articles/{rid}">https://radiopaedia.org/articles/{rid}</a></dd>')
    a(f'        <dt>rID:</dt><dd>{rid}</dd>')
    a(f'        <dt>Article created:</dt><dd>{meta["created"]}, <a href="/users/{slugify(meta["creator"])}?lang=gb">{meta["creator"]}</a><br><small>At the time the article was created {meta["creator"]} had no recorded disclosures.</small></dd>')
    a(f'        <dt>Last revised:</dt><dd>{meta["revised"]}, <a href="/users/{slugify(meta["reviser"])}?lang=gb">{meta["reviser"]}</a><br><small>Disclosures: At the time the article was last revised {meta["reviser"]} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</small></dd>')
    a(f'        <dt>Revisions:</dt><dd>{meta["revisions"]} - <a href="/articles/{slug}/revisions?lang=gb">see full revision history and disclosures</a></dd>')
    a('        <dt>Systems:</dt><dd>' + ', '.join(f'<a href="/articles/section/all/{slugify(s)}?lang=gb">{s}</a>' for s in systems) + '</dd>')
    a('        <dt>Sections:</dt><dd><a href="/articles/section/pathology/all?lang=gb">Pathology</a></dd>')
    if meta.get('tags'):
        a('        <dt>Tags:</dt><dd>' + ', '.join(f'<a href="/tags/{slugify(t)}?lang=gb">{t.strip()}</a>' for t in meta['tags'].split(',')) + '</dd>')
    if syn:
        a('        <dt>Synonyms:</dt><dd><ul class="synonym-list">' + ''.join(f'<li>{s}</li>' for s in syn) + '</ul></dd>')
    a('      </dl>')
    a('    </section>')
    a('    <article class="article-body user-generated-content">')
    toc_done = False
    for k, v in bl:
        if k == 'h2' and not toc_done:
            toc_done = True
            a('      <nav class="on-this-page"><h2>On this page:</h2><p>Article:</p><ul>' + ''.join(f'<li><a href="#nav_{slugify(s)}">{s}</a></li>' for s in sections(bl)) + '<li><a href="#references">References</a></li></ul><p>Images:</p><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
        if k == 'h2': a(f'      <h4 id="nav_{slugify(v)}">{v}</h4>')
        elif k == 'h3': a(f'      <h5 id="nav_{slugify(v)}">{v}</h5>')
        elif k == 'p': a(f'      <p>{inline(v, "html")}</p>')
        else:
            def emit(nodes, ind):
                a(' ' * ind + '<ul>')
                for t, ch in nodes:
                    if ch:
                        a(' ' * ind + f'  <li>{inline(t, "html")}')
                        emit(ch, ind + 4)
                        a(' ' * ind + '  </li>')
                    else:
                        a(' ' * ind + f'  <li>{inline(t, "html")}</li>')
                a(' ' * ind + '</ul>')
            emit(nest(v), 6)
    a('    </article>')
    a('    <div class="share-bar"><span>Share article</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://radiopaedia.org/articles/' + slug + '">Facebook</a> <a href="https://bsky.app/intent/compose?text=' + slug + '">Bluesky</a> <a href="mailto:?subject=' + html.escape(title) + '">Email</a></div>')
    a('    <div class="ad-slot mid"><span class="ad-tag">ADVERTISEMENT: Supporters see fewer/no ads</span></div>')
    a('    <section class="references" id="references">')
    a('      <h2>References</h2>')
    a('      <ol class="ref-list">')
    for i, r in enumerate(refs, 1):
        a(f'        <li id="ref_{i}">{html.escape(r, quote=False)} <a href="https://pubmed.ncbi.nlm.nih.gov/?term={i}">Pubmed</a></li>')
    a('      </ol>')
    a('    </section>')
    a('    <section class="incoming-links" id="incoming-links">')
    a('      <h2>Incoming Links</h2>')
    a('      <h3>Articles:</h3><ul>' + ''.join(f'<li><a href="/articles/{s}?lang=gb">{t}</a></li>' for t, s in related[:5]) + '</ul>')
    a('      <h3>Cases:</h3><ul>' + ''.join(f'<li><a href="/cases/{slugify(c)}?lang=gb">{html.escape(c)}</a></li>' for c in cases[:4]) + '</ul>')
    a('    </section>')
    a(f'    <section class="related-articles"><h2>Related articles: {meta.get("related_title", "Pathology")}</h2><ul>' + ''.join(f'<li><a href="/articles/{s}?lang=gb">{t}</a></li>' for t, s in related) + '</ul></section>')
    a('    <section class="article-images" id="article-images">')
    a('      <h2>Cases and figures</h2>')
    a('      <div class="carousel" data-controller="carousel">')
    for i, c in enumerate(cases, 1):
        a(f'        <figure class="carousel-item"><a href="/cases/{slugify(c)}?lang=gb"><img src="https://prod-images-static.radiopaedia.org/images/{int(rid) * 7 + i * 131}/thumb.jpeg" alt="{html.escape(c)}" loading="lazy"></a><figcaption>Case {i}: {html.escape(c)}</figcaption><span class="drag-handle">Drag here to reorder.</span></figure>')
    a('      </div>')
    a('      <button class="load-more">Load more cases</button>')
    a('    </section>')
    a('    <aside class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot"></div></aside>')
    a('  </main>')
    a('  <footer class="site-footer">')
    a('    <ul><li><a href="/about?lang=gb">About</a></li><li><a href="/editors?lang=gb">Editorial Board</a></li><li><a href="/terms?lang=gb">Terms of Use</a></li><li><a href="/terms?lang=gb#privacy-policy">Privacy Policy</a></li><li><a href="/licence?lang=gb">Licensing</a></li><li><a href="/contact?lang=gb">Contact Us</a></li></ul>')
    a('    <p>&copy; 2005&ndash;2026 Radiopaedia.org. Content licensed CC BY-NC-SA 3.0 unless otherwise stated.</p>')
    a('  </footer>')
    a('  <script>window.__INITIAL_STATE__ = {"article":{"id":' + rid + ',"slug":"' + slug + '"},"user":null};</script>')
    a('</body>')
    a('</html>')
    return '\n'.join(L) + '\n'

# ---------------- MD ----------------
def render_md(meta, bl):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    refs = [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]
    related = [r.split('|') for r in meta.get('related', '').split(';') if r.strip()]
    cases = [c.strip() for c in meta.get('cases', '').split(';') if c.strip()]
    systems = [s.strip() for s in meta.get('systems', meta['system']).split(',')]
    L = []; a = L.append
    a('---')
    a(f'title: {slug}')
    a('source: radiopaedia')
    a('category: pathology')
    a(f'system: {meta.get("fm_system", meta["system"].lower())}')
    a(f'modality: {meta.get("modality", "ct")}')
    a('---')
    a('')
    a(f'{title} | Radiology Reference Article | Radiopaedia.org')
    a('')
    a('    ')
    a('    - ')
    a('    ')
    a('')
    a(f'  [](https://radiopaedia.org/cdn-cgi/content?id=Zr{rid}Qx8LmN2vPa-1772100412.4-1.0.1.1-Yh7uT3)')
    a('')
    a('    [')
    a('      &times;')
    a('    ](#)')
    a('      *')
    for t, h in [('About', '/about?lang=us'), ('Articles', '/search?scope=articles&sort=date_of_last_edit'), ('Cases', '/search?scope=cases&sort=date_of_publication'), ('Courses', '/courses?lang=us'), ('Quiz', '/quizzes/all?lang=us'), ('Recent Edits', '/edits?lang=us')]:
        a(f'        [{t}]({h})')
        a('')
    a('          [Log In](/sessions/new?lang=us)')
    a('          [Sign Up](/users/sign_up?lang=us)')
    a('')
    a('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.')
    a('        Become a Gold Supporter and see no third-party ads.')
    a('')
    a('      # ')
    a(f'  {title}')
    a(f'          Last revised by [{meta["reviser"]}](/users/{slugify(meta["reviser"])}?lang=us)')
    a(f'          on {meta["revised"]}')
    a('    [')
    a('      Edit article')
    a(f'](/articles/{slug}/edit?lang=us)    ')
    a('      ## ')
    a('        Citation, DOI, disclosures and article data')
    def kv(k, v):
        a('          **'); a(f'            {k}:'); a('          **'); a(f'          {v}')
    kv('Citation', f'{meta["citeauthors"]} {title}. Reference article, Radiopaedia.org (Accessed on {meta["accessed"]}) https://doi.org/10.53347/rID-{rid}')
    kv('DOI', f'[https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})')
    kv('Permalink', f'[https://radiopaedia.org/articles/{rid}](https://radiopaedia.org/articles/{rid})')
    kv('rID', rid)
    kv('Article created', f'{meta["created"]}, [{meta["creator"]}](/users/{slugify(meta["creator"])}?lang=us)')
    a(f'      At the time the article was created {meta["creator"]} had no recorded disclosures.')
    kv('Last revised', f'{meta["revised"]}, [{meta["reviser"]}](/users/{slugify(meta["reviser"])}?lang=us)')
    a(f'      Disclosures: At the time the article was last revised {meta["reviser"]} had no financial relationships to [ineligible companies](/disclosures) to disclose.')
    kv('Revisions', f'{meta["revisions"]} - [see full revision history and disclosures](/articles/{slug}/revisions?lang=us)')
    kv('Systems', ', '.join(f'[{s}](/articles/section/all/{slugify(s)}?lang=us)' for s in systems))
    kv('Sections', '[Pathology](/articles/section/pathology/all?lang=us)')
    if meta.get('tags'):
        kv('Tags', ', '.join(f'[{t.strip()}](/tags/{slugify(t)}?lang=us)' for t in meta['tags'].split(',')))
    if syn:
        a('          **'); a('            Synonyms:'); a('          **')
        for s in syn:
            a('              - '); a(f'                {s}')
    a('')
    toc_done = False
    for k, v in bl:
        if k == 'h2' and not toc_done:
            toc_done = True
            a('## On this page:'); a('Article:')
            for s in sections(bl): a(f'- [{s}](#nav_{slugify(s)})')
            a('- [References](#references)'); a('Images:'); a('- [Cases and figures](#article-images)'); a('')
        if k == 'h2': a(f'#### {v}'); a('')
        elif k == 'h3': a(f'##### {v}'); a('')
        elif k == 'p': a(inline(v, 'md')); a('')
        else:
            for lvl, t in v: a('  ' * lvl + '- ' + inline(t, 'md'))
            a('')
    a('      ## ')
    a('        References')
    for i, r in enumerate(refs, 1):
        a('          - '); a(f'            {i}. {r}')
    a('      ## ')
    a('        Incoming Links')
    a('            Articles:')
    for t, s in related[:5]:
        a('                - '); a(f'      [{t}](/articles/{s}?lang=us)')
    a('            Cases:')
    for c in cases[:4]:
        a('                - '); a(f'      [{c}](/cases/{slugify(c)}?lang=us)')
    a('      ## ')
    a(f'        Related articles: {meta.get("related_title", "Pathology")}')
    for t, s in related:
        a('  - '); a(f'      [{t}](/articles/{s}?lang=us)')
    a('    Share article')
    a('  ## Cases and figures')
    for i, c in enumerate(cases, 1):
        a('  - '); a('      Drag'); a(f'      Case {i}: {c}'); a('      Drag here to reorder.')
    a('              [Load more cases](#)')
    a('        ## Promoted articles (advertising)')
    a('          ADVERTISEMENT: Supporters see fewer/no ads')
    a('    {"current_user":null,"inclusions":[' + ','.join('{"caseSlug":"%s","position":%d}' % (slugify(c), i) for i, c in enumerate(cases, 1)) + ']}')
    a('            [Contact Us](/contact?lang=us)')
    a('            [Terms of Use](/terms?lang=us)')
    a('            [Privacy Policy](/terms?lang=us#privacy-policy)')
    a('    Updating… Please wait.')
    a('     Unable to process the form. Check for errors and try again.')
    a('        &copy; 2005&ndash;2026 Radiopaedia.org')
    return '\n'.join(L) + '\n'

# ---------------- TXT ----------------
def render_txt(meta, bl):
    title = meta['title']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    cases = [c.strip() for c in meta.get('cases', '').split(';') if c.strip()]
    style = meta.get('txt_lists', 'lines')
    L = [title, '']
    for k, v in bl:
        if k in ('h2', 'h3'): L += [v, '']
        elif k == 'p': L += [inline(v, 'txt') + ' ', '']
        else:
            if style == 'run':
                L.append(' '.join(inline(t, 'txt') for _, t in v) + ' ')
            elif style == 'bullets':
                for lvl, t in v: L.append('  ' * (lvl + 1) + '• ' + inline(t, 'txt'))
            else:
                for lvl, t in v: L.append(inline(t, 'txt'))
            L.append('')
    L += ['Share article', '', 'Article information', '', f'rID: {meta["rid"]}', 'Section: Pathology', 'Synonyms or Alternate Spellings:']
    L += [f'  • {s}' for s in syn]
    L += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(cases, 1):
        L += ['  • Drag', f'    Case {i}: {c}', '    Drag here to reorder.']
    L += ['  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.']
    return '\n'.join(L) + '\n'

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
    for fn in sorted(os.listdir(here)):
        if not fn.endswith('.src'): continue
        meta, body = parse(os.path.join(here, fn)); bl = blocks(body)
        d = os.path.join(out, meta['slug']); os.makedirs(d, exist_ok=True)
        forms = meta['forms'].split()
        for f in ('html', 'md', 'txt'):
            p = os.path.join(d, 'article.' + f)
            if f in forms:
                open(p, 'w', encoding='utf-8').write({'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, bl))
            elif os.path.exists(p): os.remove(p)
        print(meta['slug'], forms, len(body_text_plain(bl).split()), 'words')
