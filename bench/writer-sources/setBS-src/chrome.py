"""Invented Radiopaedia-like page chrome for the three forms."""
import html as H

def _l(meta, k): return [x.strip() for x in meta.get(k, '').split(';') if x.strip()]
def _slug(s):
    import re; return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def citation(meta):
    kind = 'Case study' if meta.get('page') == 'case' else 'Reference article'
    auth = meta['authors']
    return '%s. %s. %s, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s' % (
        auth, meta['title'], kind, meta.get('accessed', '14 Mar 2026'), meta['rid'])

def html_page(meta, slug, body, h2s):
    t = H.escape(meta['title']); case = meta.get('page') == 'case'
    sect = 'cases' if case else 'articles'
    o = ['<!DOCTYPE html>', '<html lang="en" class="no-js">', '<head>', '<meta charset="utf-8">',
         '<title>%s | %s | Radiopaedia.org</title>' % (t, 'Radiology Case' if case else 'Radiology Reference Article'),
         '<meta name="description" content="%s">' % H.escape(meta.get('desc', meta['title'])),
         '<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (sect, slug),
         '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("config","G-BS00000");</script>',
         '<script>window.radiopaediaAds={"slots":["leaderboard","sidebar-top","in-content"],"targeting":{"system":"%s"}};</script>' % H.escape(meta['system']),
         '</head>', '<body class="%s show">' % sect, '<header class="site-header">',
         '<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
         '<nav class="main-nav"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a><ul class="nav-links">'
         + ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (_slug(n), n) for n in NAV) + '</ul>',
         '<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>',
         '<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>',
         '<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % H.escape(meta.get('promo', 'Live course: MSK and spine MRI in a weekend - book now')),
         '<main id="content">', '<div class="article-header"><h1 class="header-title">%s</h1>' % t]
    if case:
        o.append('<div class="author-info">Case contributed by <a href="/users/%s">%s</a></div><div class="diagnostic-certainty">Diagnosis certain</div>' % (_slug(meta['creator']), H.escape(meta['creator'])))
    else:
        o.append('<div class="author-info">Last revised by <a href="/users/%s">%s</a> on %s</div>' % (_slug(meta['revised_by']), H.escape(meta['revised_by']), meta['revised']))
    o.append('<div class="article-actions"><a class="btn" href="/%s/%s/edit">Edit %s</a> <a class="btn" href="#report">Report problem with %s</a> <a class="btn" href="/%s/%s/revisions">View revision history</a></div></div>' % (sect, slug, 'case' if case else 'article', 'case' if case else 'article', sect, slug))
    o.append('<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if case else 'article'))
    items = [('Citation:', H.escape(citation(meta))),
             ('DOI:', '<a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a>' % (meta['rid'], meta['rid'])),
             ('Permalink:', '<a href="https://radiopaedia.org/%s/%s">https://radiopaedia.org/%s/%s</a>' % (sect, meta['rid'], sect, meta['rid'])),
             ('rID:', meta['rid']),
             ('Article created:' if not case else 'Case created:', '%s, <a href="/users/%s">%s</a><div class="disclosure">At the time the %s was created %s had no recorded disclosures.</div>' % (meta['created'], _slug(meta['creator']), H.escape(meta['creator']), 'case' if case else 'article', H.escape(meta['creator'])))]
    if not case:
        items += [('Last revised:', '%s, <a href="/users/%s">%s</a><div class="disclosure">Disclosures: At the time the article was last revised %s had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div>' % (meta['revised'], _slug(meta['revised_by']), H.escape(meta['revised_by']), H.escape(meta['revised_by']))),
                  ('Revisions:', '%s times, by %s contributors - <a href="/articles/%s/revisions">see full revision history and disclosures</a>' % (meta.get('revisions', '23'), meta.get('contributors', '11'), slug))]
    items += [('Systems:', ', '.join('<a href="/articles/section/all/%s">%s</a>' % (_slug(s), H.escape(s)) for s in _l(meta, 'systems'))),
              ('Tags:', ', '.join('<a href="/tags/%s">%s</a>' % (_slug(s), H.escape(s)) for s in _l(meta, 'tags')))]
    if _l(meta, 'synonyms'):
        items.append(('Synonyms:', '<ul>' + ''.join('<li>%s</li>' % H.escape(s) for s in _l(meta, 'synonyms')) + '</ul>'))
    for a, b in items:
        o.append('<div class="meta-item"><div class="meta-item-title">%s</div><div>%s</div></div>' % (a, b))
    o.append('</div>')
    o.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    if not case:
        o.append('<nav class="on-this-page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join('<li><a href="#nav_%s">%s</a></li>' % (_slug(h), H.escape(h)) for h in h2s) + '<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    o.append(body)
    o.append('</div>')
    o.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, H.escape(r)) for i, r in enumerate(_l(meta, 'refs'))) + '</ol></div>')
    o.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>' % H.escape(meta.get('related_title', 'Related')) + ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (_slug(r), H.escape(r)) for r in _l(meta, 'related')) + '</ul></div>')
    o.append('<div class="share-article"><a href="#" class="share">Share %s</a></div></main>' % ('case' if case else 'article'))
    o.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list">' + ''.join('<li class="case-item"><a href="/cases/%s">Case %d: %s</a></li>' % (_slug(c), i + 1, H.escape(c)) for i, c in enumerate(_l(meta, 'cases'))) + '</ul><a href="#" class="load-more">Load more cases</a></div><div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>')
    o.append('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/supporters">Supporters</a></li><li>Do not share my Personal Information.</li></ul><p class="legal"><a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/licence">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    o.append('<script type="application/json" id="article-data">{"articleId":%s,"slug":"%s","lang":"us"}</script></body></html>' % (meta['rid'], slug))
    return '\n'.join(o) + '\n'

def md_page(meta, slug, body, h2s):
    case = meta.get('page') == 'case'; sect = 'cases' if case else 'articles'
    o = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % ('case' if case else 'pathology'),
         'system: %s' % meta.get('fm_system', meta['system'].lower()), 'modality: %s' % meta.get('fm_modality', 'mri'), '---', '',
         '%s | %s | Radiopaedia.org' % (meta['title'], 'Radiology Case' if case else 'Radiology Reference Article'), '', '    ', '    - ', '    ', '', '    ', '    ']
    for n in NAV:
        o += ['      ', '        [%s](/%s?lang=us)' % (n, _slug(n)), '      ']
    o += ['', '        [Log In](/sessions/new?lang=us)', '        [Sign Up](/users/sign_up?lang=us)', '', '    ',
          '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
          '        Become a Gold Supporter and see no third-party ads.', '      ', '',
          '    [', '    ](https://radiopaedia.org/courses?lang=us)', '', '      # ', '  %s' % meta['title'], '  ', '']
    if case:
        o += ['        Case contributed by [%s](/users/%s?lang=us)' % (meta['creator'], _slug(meta['creator'])), '', '        Diagnosis certain', '']
    else:
        o += ['          Last revised by [%s](/users/%s?lang=us)' % (meta['revised_by'], _slug(meta['revised_by'])), '', '          on %s' % meta['revised'], '']
    o += ['    [', '      Edit %s' % ('case' if case else 'article'), '](/%s/%s/edit?lang=us)    ' % (sect, slug), '      *', '      **', '',
          '    - ', '      [View revision history](/%s/%s/revisions?lang=us)' % (sect, slug), '',
          '      ## ', '        Citation, DOI, disclosures and %s data' % ('case' if case else 'article'), '']
    def item(k, v): return ['        ', '          **', '            %s' % k, '          **', '        ', '          %s' % v, '']
    o += item('Citation:', citation(meta))
    o += item('DOI:', '[https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (meta['rid'], meta['rid']))
    o += item('Permalink:', '[https://radiopaedia.org/%s/%s](https://radiopaedia.org/%s/%s)' % (sect, meta['rid'], sect, meta['rid']))
    o += item('rID:', meta['rid'])
    o += item('Article created:' if not case else 'Case created:', '%s, [%s](/users/%s?lang=us)' % (meta['created'], meta['creator'], _slug(meta['creator'])))
    if not case:
        o += item('Last revised:', '%s, [%s](/users/%s?lang=us)' % (meta['revised'], meta['revised_by'], _slug(meta['revised_by'])))
        o += ['    *', '      Disclosures:', '      At the time the article was last revised %s had' % meta['revised_by'], '      no financial relationships to [ineligible companies](/disclosures) to disclose.', '    *', '']
    o += item('Systems:', ', '.join('[%s](/articles/section/all/%s?lang=us)' % (s, _slug(s)) for s in _l(meta, 'systems')))
    o += item('Tags:', ', '.join('[%s](/tags/%s?lang=us)' % (s, _slug(s)) for s in _l(meta, 'tags')))
    if _l(meta, 'synonyms'):
        o += ['          **', '            Synonyms:', '          **', '']
        for s in _l(meta, 'synonyms'): o += ['              - ', '                %s' % s, '']
    o += ['        ADVERTISEMENT: Supporters see fewer/no ads', '']
    if not case:
        o += ['## On this page:', '', 'Article:', '']
        for h in h2s: o += ['- [%s](#nav_%s)' % (h, _slug(h)), '']
        o += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
    o += [body, '', '## References', '']
    for i, r in enumerate(_l(meta, 'refs')): o += ['%d. %s' % (i + 1, r), '']
    o += ['## Related articles: %s' % meta.get('related_title', 'Related'), '']
    for r in _l(meta, 'related'): o += ['- [%s](/articles/%s?lang=us)' % (r, _slug(r)), '']
    o += ['    ', '  Share %s' % ('case' if case else 'article'), '', '## Cases and figures', '']
    for i, c in enumerate(_l(meta, 'cases')): o += ['- ', '  Drag', '  [Case %d: %s](/cases/%s?lang=us)' % (i + 1, c, _slug(c)), '']
    o += ['    ', '      ## ', '        [Radiopaedia.org](/?lang=us)', '', '              - [About](/about?lang=us)', '', '              - [Editorial Board](/editors?lang=us)', '',
          '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '            [Licensing](/licence?lang=us)', '',
          '    Updating… Please wait.', '', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(o)

def txt_page(meta, slug, body):
    case = meta.get('page') == 'case'
    o = [meta['title'], '']
    if case:
        o += ['Case contributed by %s' % meta['creator'], 'Diagnosis certain', '']
    o += [body, '', 'Share %s' % ('case' if case else 'article'), '', '%s information' % ('Case' if case else 'Article'), '',
          'rID: %s' % meta['rid'], 'Section: %s' % ('Cases' if case else 'Pathology')]
    if _l(meta, 'synonyms'):
        o.append('Synonyms or Alternate Spellings:')
        for s in _l(meta, 'synonyms'): o.append('  • %s' % s)
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(_l(meta, 'cases')): o += ['  • Drag', '    Case %d' % (i + 1), '    Drag here to reorder.']
    o += ['  • Drag', '    Figure 1', '    Drag here to reorder.', '', 'Related articles: %s' % meta.get('related_title', 'Related'), '']
    for r in _l(meta, 'related'): o.append('  • %s' % r)
    o += ['', 'References', '']
    for i, r in enumerate(_l(meta, 'refs')): o.append('%d. %s' % (i + 1, r))
    o += ['', 'Promoted articles (advertising)', '', 'ADVERTISEMENT: Supporters see fewer/no ads', '']
    return '\n'.join(o)
