#!/usr/bin/env python3
"""Render BA article sources (*.src) into html/md/txt forms and gold.yaml (from *.gold).

Source markup (body): '## H' section, '### H' subsection, '- ' / '  - ' list items,
blank-line separated paragraphs. Inline: [[text|slug]] or [[text]] link, **bold**, ^1,3^ citation.
Gold compact format: one fact per line: kind | subject | item | value | group | attribute | quote
"""
import html, os, re, sys, yaml

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BA')


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, rest = raw.split('\n---\n', 1)
    body, refs = rest.split('\n===refs\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    blocks = []  # (type, payload)
    para = []
    lst = []

    def flush():
        nonlocal para, lst
        if para:
            blocks.append(('p', ' '.join(para)))
            para = []
        if lst:
            blocks.append(('ul', lst))
            lst = []
    for line in body.splitlines():
        if not line.strip():
            flush()
            continue
        m = re.match(r'^(#{2,4}) (.*)$', line)
        if m:
            flush()
            blocks.append(('h%d' % len(m.group(1)), m.group(2)))
            continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para:
                blocks.append(('p', ' '.join(para)))
                para = []
            lst.append((len(m.group(1)) // 2, m.group(2)))
            continue
        if lst and line.startswith('    '):
            lvl, t = lst[-1]
            lst[-1] = (lvl, t + ' ' + line.strip())
            continue
        para.append(line.strip())
    flush()
    refs = [r.strip() for r in refs.strip().splitlines() if r.strip()]
    return meta, blocks, refs


def inline(text, form):
    def link(m):
        t = m.group(1)
        s = m.group(2) or slugify(t)
        if form == 'html':
            return '<a href="/articles/%s?lang=us">%s</a>' % (s, t)
        if form == 'md':
            return '[%s](/articles/%s?lang=us)' % (t, s)
        return t
    def cite(m):
        nums = m.group(1)
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in nums.replace('-', ',').split(',')) + '</sup>'
        if form == 'md':
            return ' ' + nums
        return nums
    if form == 'html':
        # escape text outside markup
        text = html.escape(text, quote=False)
    text = re.sub(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]', link, text)
    text = re.sub(r'\^([0-9,\-]+)\^', cite, text)
    if form == 'html':
        text = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', text)
    elif form == 'txt':
        text = text.replace('**', '')
    return text


def nest_html(items):
    out = []
    stack = []
    prev = -1
    for lvl, t in items:
        if lvl > prev:
            out.append('<ul>')
            stack.append(lvl)
        else:
            out.append('</li>')
            while prev > lvl:
                out.append('</ul></li>')
                prev -= 1
        out.append('<li>' + inline(t, 'html'))
        prev = lvl
    out.append('</li>')
    while prev > 0:
        out.append('</ul></li>')
        prev -= 1
    out.append('</ul>')
    return ''.join(out)


def body_html(blocks, case=False):
    out = []
    for t, p in blocks:
        if t == 'p':
            out.append('<p>' + inline(p, 'html') + '</p>')
        elif t == 'ul':
            out.append(nest_html(p))
        elif t == 'h2':
            tag = 'h3' if case else 'h4'
            out.append('<%s id="nav_%s">%s</%s>' % (tag, slugify(p), html.escape(p), tag))
        elif t == 'h3':
            tag = 'h4' if case else 'h5'
            out.append('<%s>%s</%s>' % (tag, html.escape(p), tag))
        elif t == 'h4':
            out.append('<h6>%s</h6>' % html.escape(p))
    return '\n'.join(out)


def body_md(blocks, case=False):
    out = []
    for t, p in blocks:
        if t == 'p':
            out.append(inline(p, 'md'))
        elif t == 'ul':
            lines = []
            for lvl, it in p:
                lines.append('    ' * lvl + '- ' + inline(it, 'md'))
            out.append('\n\n'.join(lines))
        elif t in ('h2', 'h3', 'h4'):
            n = {'h2': 4, 'h3': 5, 'h4': 6}[t]
            if case:
                n -= 1
            out.append('#' * n + ' ' + p)
    return '\n\n'.join(out)


def body_txt(blocks, lists='lines'):
    out = []
    for t, p in blocks:
        if t == 'p':
            out.append(inline(p, 'txt'))
        elif t == 'ul':
            items = [inline(it, 'txt') for _, it in p]
            if lists == 'run':
                out.append(' '.join(items))
            else:
                out.append('\n'.join(items))
        else:
            out.append(p)
    return '\n\n'.join(out)


NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']


def render_html(meta, blocks, refs):
    case = meta.get('type') == 'case'
    slug = meta['slug']
    title = meta['title']
    kind = 'Radiology Case' if case else 'Radiology Reference Article'
    base = 'cases' if case else 'articles'
    rid = meta['rid']
    desc = re.sub(r'\[\[([^|\]]+)(?:\|[^\]]+)?\]\]', r'\1', re.sub(r'\^[0-9,\-]+\^', '', blocks[0][1] if blocks[0][0] == 'p' else title)).replace('**', '')
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    h.append('<meta name="description" content="%s">' % html.escape(desc[:300]))
    h.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (base, slug))
    h.append('<link rel="stylesheet" media="all" href="/assets/application-9b21e0c4f3.css">')
    h.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>')
    h.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (base, meta['site_system']))
    h.append('</head>\n<body class="%s show">' % base)
    h.append('<header class="site-header">')
    h.append('<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    h.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a><ul class="nav-links">' +
             ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV) + '</ul>')
    h.append('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    h.append('<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></nav>\n</header>')
    h.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % meta.get('promo', 'Online course: Spine and MSK MRI fundamentals - places available'))
    h.append('<main id="content" class="main-content">\n<div class="%s-header">' % base[:-1])
    h.append('<h1 class="header-title">%s</h1>' % html.escape(title))
    if case:
        h.append('<div class="author-info">Case contributed by <a href="/users/%s?lang=us">%s</a></div>' % (slugify(meta['author']), meta['author']))
        h.append('<div class="diagnostic-certainty"><span class="label">Diagnosis certain</span></div>')
    else:
        h.append('<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta['author']), meta['author'], meta['revised']))
        h.append('<div class="article-actions"><a href="/articles/%s/edit?lang=us" class="btn">Edit article</a> <a href="/articles/%s/revisions?lang=us" class="btn">View revision history</a></div>' % (slug, slug))
    h.append('</div>')
    h.append('<div class="article-information collapsible">')
    h.append('<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if case else 'article'))
    h.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s</div></div>' % (meta['cite'], title, 'Case study' if case else 'Reference article', rid))
    h.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
    h.append('<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/%s/%s">https://radiopaedia.org/%s/%s</a></div></div>' % (base, rid, base, rid))
    h.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
    h.append('<div class="meta-item"><div class="meta-item-title">%s</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">At the time the %s was created %s had no recorded disclosures.</div></div></div>' % ('Case published:' if case else 'Article created:', meta['created'], slugify(meta['creator']), meta['creator'], 'case' if case else 'article', meta['creator']))
    if not case:
        h.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s - <a href="/articles/%s/revisions?lang=us">see full revision history and disclosures</a></div></div>' % (meta['revisions'], slug))
    h.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % ', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (slugify(s), s) for s in meta['site_system'].split(';')))
    if meta.get('tags'):
        h.append('<div class="meta-item"><div class="meta-item-title">Tags:</div><div>%s</div></div>' % ', '.join('<a href="/tags/%s?lang=us">%s</a>' % (slugify(t), t.strip()) for t in meta['tags'].split(';')))
    if meta.get('synonyms'):
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % s.strip() for s in meta['synonyms'].split(';')))
    h.append('</div>')
    h.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    if not case:
        secs = [p for t, p in blocks if t == 'h2']
        h.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), s) for s in secs) + '<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    else:
        h.append('<div class="case-section case-viewer"><div class="study-desc">%s</div><div class="viewer-placeholder">Loading images... Open case viewer</div></div>' % meta.get('study', 'Study'))
    h.append('<div class="body user-generated-content">')
    h.append(body_html(blocks, case))
    h.append('</div>')
    if refs:
        h.append('<div class="ref-list" id="references"><h2>References</h2><ol>')
        for i, r in enumerate(refs, 1):
            h.append('<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://pubmed.ncbi.nlm.nih.gov/">Pubmed</a></li>' % (i, html.escape(r)))
        h.append('</ol></div>')
    rel = [r.strip() for r in meta.get('related', '').split(';') if r.strip()]
    h.append('<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>' + ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in rel[:3]) + '</ul></div>')
    h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>' % meta.get('related_group', title) + ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in rel) + '</ul></div>')
    h.append('<div class="share-article"><a href="#" class="share">Share %s</a></div>\n</main>' % ('case' if case else 'article'))
    h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li><a href="/cases/%s-1">Case 1</a></li><li><a href="/cases/%s-2">Case 2</a></li></ul></div><div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>' % (slug, slug))
    h.append('<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul></div><p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    h.append('</body>\n</html>\n')
    return '\n'.join(h)


def render_md(meta, blocks, refs):
    case = meta.get('type') == 'case'
    slug = meta['slug']
    title = meta['title']
    base = 'cases' if case else 'articles'
    kind = 'Radiology Case' if case else 'Radiology Reference Article'
    m = []
    m.append('---\ntitle: %s\nsource: radiopaedia-scrape\ncategory: %s\nsystem: %s\nmodality: %s\n---\n' % (slug, 'case' if case else 'pathology', meta.get('md_system', 'misc'), meta.get('md_modality', 'mri')))
    m.append('%s | %s | Radiopaedia.org\n\n    \n    - \n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=Zq7%s)\n' % (title, kind, meta['rid']))
    m.append('\n'.join('        [%s](/%s?lang=us)\n' % (n, slugify(n)) for n in NAV))
    m.append('          [Log In](/sessions/new?lang=us)\n          [Sign Up](/users/sign_up?lang=us)\n')
    m.append('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n')
    m.append('[Log in](/sessions/new?lang=us&return_to=%%2F%s%%2F%s)\n- [Sign up](/users/sign_up?lang=us)\n\n    {}\n' % (base, slug))
    m.append('      Search\n      *\n    *\n')
    m.append('      # \n  %s\n  \n' % title)
    if case:
        m.append('          Case contributed by [%s](/users/%s?lang=us)\n\n          Diagnosis certain\n' % (meta['author'], slugify(meta['author'])))
    else:
        m.append('          Last revised by [%s](/users/%s?lang=us)\n\n          on %s\n' % (meta['author'], slugify(meta['author']), meta['revised']))
        m.append('    [\n      Edit article\n](/articles/%s/edit?lang=us)    \n      *\n      **\n\n    - \n      [View revision history](/articles/%s/revisions?lang=us)\n' % (slug, slug))
    m.append('      ## \n        Citation, DOI, disclosures and %s data\n      \n' % ('case' if case else 'article'))
    m.append('          **\n            Citation:\n          **\n          %s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s\n' % (meta['cite'], title, 'Case study' if case else 'Reference article', meta['rid']))
    m.append('          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)\n' % (meta['rid'], meta['rid']))
    m.append('          **\n            rID:\n          **\n          %s\n' % meta['rid'])
    m.append('          **\n            %s\n          **\n  %s,\n  [%s](/users/%s?lang=us)\n\n    *\n      At the time the %s was created %s had no recorded disclosures.\n    *\n' % ('Case published:' if case else 'Article created:', meta['created'], meta['creator'], slugify(meta['creator']), 'case' if case else 'article', meta['creator']))
    if not case:
        m.append('        **\n          Revisions:\n        **\n        %s - [see full revision history and disclosures](/articles/%s/revisions?lang=us)\n' % (meta['revisions'], slug))
    m.append('        **\n          Systems:\n        **\n' + '\n'.join('        [%s](/articles/section/all/%s?lang=us)' % (s, slugify(s)) for s in meta['site_system'].split(';')) + '\n')
    if meta.get('synonyms'):
        m.append('        **\n          Synonyms:\n        **\n' + '\n'.join('- %s' % s.strip() for s in meta['synonyms'].split(';')) + '\n')
    m.append('        ADVERTISEMENT: Supporters see fewer/no ads\n')
    if not case:
        secs = [p for t, p in blocks if t == 'h2']
        m.append('## On this page:\n\nArticle:\n\n' + '\n\n'.join('- [%s](#nav_%s)' % (s, slugify(s)) for s in secs) + '\n\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n')
    else:
        m.append('    %s\n\n    Loading images...\n' % meta.get('study', 'Study'))
    m.append(body_md(blocks, case) + '\n')
    if refs:
        m.append('    \n      ## \n        References\n      \n')
        m.append('\n'.join('          - \n            %d. %s\n          ' % (i, r) for i, r in enumerate(refs, 1)) + '\n')
    rel = [r.strip() for r in meta.get('related', '').split(';') if r.strip()]
    m.append('      ## \n        Incoming Links\n      \n' + '\n'.join('- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in rel[:3]) + '\n')
    m.append('      ## \n        Related articles: %s\n      \n' % meta.get('related_group', title) + '\n'.join('- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in rel) + '\n')
    m.append('            [Contact Us](/contact?lang=us)\n            [Terms of Use](/terms?lang=us)\n            [Privacy Policy](/terms?lang=us#privacy-policy)\n            [Licensing](/licence?lang=us)\n\n    Updating… Please wait.\n\n     Unable to process the form. Check for errors and try again.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n')
    return '\n'.join(m)


def render_txt(meta, blocks, refs):
    t = [meta['title'], '']
    t.append(body_txt(blocks, meta.get('txt_lists', 'lines')))
    if meta.get('txt_refs') == 'yes' and refs:
        t.append('\nReferences\n')
        t.append('\n'.join('%d. %s' % (i, r) for i, r in enumerate(refs, 1)))
    return '\n'.join(t) + '\n'


def gold(meta, path):
    facts = []
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.lstrip().startswith('#'):
            continue
        parts = [p.strip() for p in ln.split('|')]
        if len(parts) != 7:
            sys.exit('bad gold line (%d fields): %s' % (len(parts), ln))
        k, s, i, v, g, a, q = parts
        facts.append({'kind': k, 'subject': s, 'item': i, 'value': v, 'group': g, 'attribute': a, 'quote': q})
    return {'title': meta['title'], 'system': meta['gold_system'], 'forms': meta['forms'].split(), 'facts': facts}


def main():
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(SRC) if f.endswith('.src'))
    for n in names:
        meta, blocks, refs = parse(os.path.join(SRC, n + '.src'))
        d = os.path.join(OUT, meta['slug'])
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for form in meta['forms'].split():
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[form](meta, blocks, refs)
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(txt)
        g = gold(meta, os.path.join(SRC, n + '.gold'))
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.safe_dump(g, fh, sort_keys=False, allow_unicode=True, width=1000)
        words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'%./\-]*", body_txt(blocks)))
        print('%-55s forms=%-12s words=%d facts=%d' % (meta['slug'], meta['forms'], words, len(g['facts'])))


if __name__ == '__main__':
    main()
