#!/usr/bin/env python3
"""Render each AP.src/<slug>/body.src into AP/<slug>/article.{html,md,txt} with invented chrome."""
import html, os, re, sys, random
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'AP')

def parse(path):
    meta, refs, body = {}, [], []
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while lines[i].strip() != '---':
        k, _, v = lines[i].partition(':')
        if k.strip() == 'ref':
            refs.append(v.strip())
        elif k.strip():
            meta[k.strip()] = v.strip()
        i += 1
    body = lines[i + 1:]
    return meta, refs, body

def blocks(body):
    """yield ('h2'|'h3'|'p'|'ul'|'ol', payload)"""
    out, cur = [], None
    for ln in body + ['']:
        if not ln.strip():
            cur = None
            continue
        if ln.startswith('### '):
            out.append(('h3', ln[4:])); cur = None
        elif ln.startswith('## '):
            out.append(('h2', ln[3:])); cur = None
        elif re.match(r'^\s*- ', ln):
            depth = (len(ln) - len(ln.lstrip())) // 2
            if not cur or cur[0] != 'ul':
                cur = ('ul', []); out.append(cur)
            cur[1].append((depth, ln.strip()[2:]))
        elif re.match(r'^\d+\. ', ln):
            if not cur or cur[0] != 'ol':
                cur = ('ol', []); out.append(cur)
            cur[1].append((0, ln.split('. ', 1)[1]))
        else:
            if cur and cur[0] == 'p':
                cur[1].append(ln.strip())
            else:
                cur = ('p', [ln.strip()]); out.append(cur)
    return out

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\s*\^\{([0-9,\-]+)\}')

def inline(s, form):
    if form == 'html':
        s = html.escape(s, quote=False)
        s = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), s)
        s = BOLD.sub(r'<strong>\1</strong>', s)
        s = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', s)
    elif form == 'md':
        s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), s)
        s = CITE.sub(lambda m: ' ' + m.group(1), s)
    else:
        s = LINK.sub(r'\1', s)
        s = BOLD.sub(r'\1', s)
        s = CITE.sub(lambda m: m.group(1), s)  # glued to the word, as in real extractions
    return s

def body_html(bl):
    o = []
    for kind, pay in bl:
        if kind in ('h2', 'h3'):
            anchor = re.sub(r'[^a-z0-9]+', '-', pay.lower()).strip('-')
            o.append('<%s id="nav_%s">%s</%s>' % (kind, anchor, html.escape(pay), kind))
        elif kind == 'p':
            o.append('<p>' + inline(' '.join(pay), 'html') + '</p>')
        else:
            tag = kind
            s, depth = '<%s>' % tag, 0
            for j, (d, t) in enumerate(pay):
                while d > depth:
                    s = s[:-5] if s.endswith('</li>') else s
                    s += '<ul>'; depth += 1
                while d < depth:
                    s += '</ul></li>'; depth -= 1
                s += '<li>' + inline(t, 'html') + '</li>'
            while depth > 0:
                s += '</ul></li>'; depth -= 1
            s += '</%s>' % tag
            o.append(s)
    return '\n'.join(o)

def body_md(bl):
    o = []
    for kind, pay in bl:
        if kind == 'h2':
            o.append('#### ' + pay)
        elif kind == 'h3':
            o.append('##### ' + pay)
        elif kind == 'p':
            o.append(inline(' '.join(pay), 'md'))
        elif kind == 'ul':
            o.append('\n\n'.join('    ' * d + '- ' + inline(t, 'md') for d, t in pay))
        else:
            o.append('\n\n'.join('%d. %s' % (k + 1, inline(t, 'md')) for k, (d, t) in enumerate(pay)))
    return '\n\n'.join(o)

def body_txt(bl, runon):
    o = []
    for kind, pay in bl:
        if kind in ('h2', 'h3'):
            o.append(pay)
        elif kind == 'p':
            o.append(inline(' '.join(pay), 'txt') + ' ')
        else:
            items = [inline(t, 'txt') for d, t in pay]
            if runon:
                # list run into the preceding paragraph, items separated by spaces only
                if o and not o[-1].endswith('\n'):
                    o[-1] = o[-1] + ' '.join(items) + ' '
                else:
                    o.append(' '.join(items))
            else:
                o.append('\n'.join(('  • ' if d else '') + t for (d, _), t in zip(pay, items)))
    return '\n\n'.join(o)

def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def build(slug):
    meta, refs, body = parse(os.path.join(SRC, slug, 'body.src'))
    bl = blocks(body)
    title, rid = meta['title'], meta['rid']
    forms = [f.strip() for f in meta['forms'].split(',')]
    related = [r.strip() for r in meta.get('related', '').split('|') if r.strip()]
    syn = [r.strip() for r in meta.get('synonyms', '').split('|') if r.strip()]
    is_case = meta.get('case') == 'yes'
    kind = 'Case' if is_case else 'Radiology Reference Article'
    base = 'cases' if is_case else 'articles'
    authors = meta['authors']
    outdir = os.path.join(OUT, slug); os.makedirs(outdir, exist_ok=True)
    first_author = authors.split(',')[0]
    cite = '%s et al. %s. %s, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s' % (
        meta['citeauthors'], title, 'Case study' if is_case else 'Reference article', meta['accessed'], rid)
    if 'html' in forms:
        h = []
        h.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
        h.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
        h.append('<meta name="description" content="%s">' % html.escape(meta.get('desc', title)))
        h.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (base, slug))
        h.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag(\'js\', new Date());</script>')
        h.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (base, meta['system']))
        h.append('</head>\n<body class="%s show">' % base)
        h.append('<header class="site-header"><div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
        h.append('<nav class="main-nav"><ul class="nav-links"><li><a href="/about">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses">Courses</a></li><li><a href="/quizzes/all">Quiz</a></li><li><a href="/edits">Recent Edits</a></li></ul><ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul></nav></header>')
        h.append('<div class="promo-banner"><a href="/courses">%s</a></div>' % meta.get('promo', 'Live online course: body imaging fundamentals - register today'))
        h.append('<main id="content">\n<div class="article-header"><h1 class="header-title">%s</h1>' % html.escape(title))
        if is_case:
            h.append('<div class="author-info">Case contributed by <a href="/users/%s">%s</a></div>' % (slugify(first_author), first_author))
            h.append('<div class="diagnostic-certainty">Diagnosis certain</div>')
        else:
            h.append('<div class="author-info">Last revised by <a href="/users/%s">%s</a> on %s</div>' % (slugify(first_author), first_author, meta['revised']))
        h.append('<div class="article-actions"><a class="btn" href="/%s/%s/edit">Edit %s</a> <a class="btn" href="#">Report problem with %s</a></div></div>' % (base, slug, 'case' if is_case else 'article', 'case' if is_case else 'article'))
        h.append('<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
        h.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s</div></div>' % html.escape(cite))
        h.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
        h.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
        h.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s">%s</a></div></div>' % (meta['system'].lower(), meta['system']))
        if syn:
            h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in syn))
        h.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s times, by %s contributors</div></div></div>' % (meta.get('revisions', '23'), meta.get('contributors', '9')))
        h.append('<div class="body user-generated-content">')
        h.append(body_html(bl))
        h.append('</div>')
        if refs:
            h.append('<div class="references"><h2 id="references">References</h2><ol>%s</ol></div>' % ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (k + 1, html.escape(r)) for k, r in enumerate(refs)))
        if related:
            h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>%s</ul></div>' % (meta.get('relgroup', meta['system']), ''.join('<li><a href="/articles/%s">%s</a></li>' % (slugify(r), html.escape(r)) for r in related)))
        h.append('<div class="share-article"><a href="#" class="share">Share %s</a></div>\n</main>' % ('case' if is_case else 'article'))
        h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>')
        h.append('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
        h.append('<script type="application/json" id="article-data">{"articleId":%s,"slug":"%s","lang":"us"}</script>\n</body>\n</html>\n' % (rid, slug))
        open(os.path.join(outdir, 'article.html'), 'w', encoding='utf-8').write('\n'.join(h))
    if 'md' in forms:
        m = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % ('case' if is_case else 'pathology'),
             'system: %s' % meta['system'].lower(), 'modality: %s' % meta.get('modality', 'ct'), '---', '',
             '%s | %s | Radiopaedia.org' % (title, kind), '', '    ', '    - ', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=Zr4-%s)' % rid, '',
             '    [', '      ', '        &times;', '      ', '    ](#)', '',
             '        [About](/about?lang=us)', '', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '',
             '        [Cases](/search?scope=cases&sort=date_of_publication)', '', '        [Quiz](/quizzes/all?lang=us)', '',
             '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '',
             '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
             '        Become a Gold Supporter and see no third-party ads.', '', '    {}', '',
             '      Search', '      *', '    *', '', '      # ', '  %s' % title, '  ', '']
        if is_case:
            m += ['        Case contributed by [%s](/users/%s?lang=us)' % (first_author, slugify(first_author)), '',
                  '          Diagnosis certain', '']
        else:
            m += ['        Last revised by [%s](/users/%s?lang=us)' % (first_author, slugify(first_author)), '', '          on %s' % meta['revised'], '']
        m += ['    [', '      Edit %s' % ('case' if is_case else 'article'), '](/%s/%s/edit?lang=us)    ' % (base, slug), '',
              '      ## ', '        Citation, DOI, disclosures and %s data' % ('case' if is_case else 'article'), '', '',
              '          **', '            Citation:', '          **', '', '          ' + cite, '',
              '          **', '            DOI:', '          **', '', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (rid, rid), '',
              '          **', '            rID:', '          **', '', '          ' + rid, '',
              '          **', '            Systems:', '          **', '', '          [%s](/articles/section/all/%s?lang=us)' % (meta['system'], meta['system'].lower()), '']
        if syn:
            m += ['          **', '            Synonyms:', '          **', '']
            for s in syn:
                m += ['              - ', '                ' + s, '']
        m += ['', '    ', '          ']
        md_body = body_md(bl)
        if not is_case:
            # real dumps put the lead paragraphs before the "On this page" box
            parts = md_body.split('\n\n#### ', 1)
            heads = [p for k, p in bl if k == 'h2']
            nav = '## On this page:\n\nArticle:\n\n' + '\n\n'.join('- [%s](#nav_%s)' % (x, slugify(x)) for x in heads) + '\n\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)'
            md_body = parts[0] + '\n\n' + nav + ('\n\n#### ' + parts[1] if len(parts) > 1 else '')
        m.append(md_body)
        m += ['', '    ', '      ', '        ## ', '        References', '      ', '', '          - ']
        for k, r in enumerate(refs):
            m += ['            %d. %s' % (k + 1, r), '          ', '', '          - ']
        m += ['', '    ', '      ## ', '        Related articles: %s' % meta.get('relgroup', meta['system']), '      ', '']
        for r in related:
            m += ['  - ', '      [%s](/articles/%s?lang=us)' % (r, slugify(r)), '  ', '']
        m += ['    Share %s' % ('case' if is_case else 'article'), '', '        ## Promoted articles (advertising)', '',
              '          ADVERTISEMENT: Supporters see fewer/no ads', '',
              '    {"current_user":null,"inclusions":[],"lang":"us","articleId":%s}' % rid, '',
              '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '            [Licensing](/licence?lang=us)', '',
              '    Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '',
              '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
        open(os.path.join(outdir, 'article.md'), 'w', encoding='utf-8').write('\n'.join(m))
    if 'txt' in forms:
        t = [title, '', body_txt(bl, meta.get('txtlists') == 'runon'), '', 'References', '']
        t += ['%d. %s' % (k + 1, r) for k, r in enumerate(refs)]
        t += ['', 'Share %s' % ('case' if is_case else 'article'), '', '%s information' % ('Case' if is_case else 'Article'), '', 'rID: %s' % rid]
        if syn:
            t += ['Synonyms or Alternate Spellings:'] + ['  • ' + s for s in syn]
        t += ['', 'Support Radiopaedia and see fewer ads', '', 'Related articles: %s' % meta.get('relgroup', meta['system']), '']
        t += ['  • ' + r for r in related]
        t += ['', '  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
        open(os.path.join(outdir, 'article.txt'), 'w', encoding='utf-8').write('\n'.join(t))
    return meta, bl

if __name__ == '__main__':
    slugs = sys.argv[1:] or sorted(d for d in os.listdir(SRC) if os.path.isfile(os.path.join(SRC, d, 'body.src')))
    for s in slugs:
        build(s)
        print('built', s)
