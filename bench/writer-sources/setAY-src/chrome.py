import html, re
E = lambda s: html.escape(s, quote=True)

def toc(blocks):
    return [b[1] for b in blocks if b[0] == 'h2']

def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def html_page(m, body, blocks):
    kind = 'cases' if m.get('is_case') else 'articles'
    url = f"https://radiopaedia.org/{kind}/{m['slug']}"
    a1, a2 = m['authors'][0], m['authors'][-1]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    h.append(f'<title>{E(m["title"])} | Radiology {"Case" if m.get("is_case") else "Reference Article"} | Radiopaedia.org</title>')
    h.append(f'<meta name="description" content="{E(m.get("description", m["title"]))}">')
    h.append(f'<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">')
    h.append('<link rel="stylesheet" media="all" href="/assets/application-77ab21e0c4.css">')
    h.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>')
    h.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (kind, m['systems'][0]))
    h.append('</head>\n<body class="%s show">' % kind)
    h.append('<header class="site-header">\n<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    h.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>\n<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>\n<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>\n<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></nav>\n</header>')
    h.append(f'<div class="promo-banner"><a href="/courses?lang=us">{E(m.get("promo", "Live course: Emergency radiology masterclass - places filling fast"))}</a></div>')
    h.append('<main id="content" class="main-content">\n<div class="article-header">')
    h.append(f'<h1 class="header-title">{E(m["title"])}</h1>')
    if m.get('is_case'):
        h.append(f'<div class="author-info">Case contributed by <a href="/users/{slugify(a1)}">{E(a1)}</a></div><div class="diagnostic-certainty">Diagnosis {E(m.get("certainty", "certain"))}</div>')
    else:
        h.append(f'<div class="author-info">Last revised by <a href="/users/{slugify(a2)}?lang=us">{E(a2)}</a> on {m["revised"]}</div>')
    h.append(f'<div class="article-actions"><a href="/{kind}/{m["slug"]}/edit?lang=us" class="btn">Edit {"case" if m.get("is_case") else "article"}</a> <a href="/{kind}/{m["slug"]}/revisions?lang=us" class="btn">View revision history</a></div>\n</div>')
    cit = f'{", ".join(x.split()[-1] + " " + x.split()[0][0] for x in m["authors"][:3])}, et al. {m["title"]}. {"Case study" if m.get("is_case") else "Reference article"}, Radiopaedia.org (Accessed on {m["accessed"]}) https://doi.org/10.53347/rID-{m["rid"]}'
    h.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if m.get('is_case') else 'article'))
    for k, v in [('Citation:', E(cit)), ('DOI:', f'<a href="https://doi.org/10.53347/rID-{m["rid"]}">https://doi.org/10.53347/rID-{m["rid"]}</a>'), ('Permalink:', f'<a href="https://radiopaedia.org/{kind}/{m["rid"]}">https://radiopaedia.org/{kind}/{m["rid"]}</a>'), ('rID:', m['rid']),
                 ('Article created:', f'{m["created"]}, <a href="/users/{slugify(a1)}?lang=us">{E(a1)}</a><div class="disclosure">At the time the article was created {E(a1)} had no recorded disclosures.</div>'),
                 ('Last revised:', f'{m["revised"]}, <a href="/users/{slugify(a2)}?lang=us">{E(a2)}</a><div class="disclosure">Disclosures: At the time the article was last revised {E(a2)} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div>'),
                 ('Revisions:', f'{m.get("revisions", 9)} times, by {m.get("contributors", 7)} contributors - <a href="/{kind}/{m["slug"]}/revisions">see full revision history and disclosures</a>'),
                 ('Systems:', ', '.join(f'<a href="/articles/section/all/{slugify(s)}?lang=us">{E(s)}</a>' for s in m['systems'])),
                 ('Tags:', ', '.join(f'<a href="/tags/{slugify(t)}?lang=us">{E(t)}</a>' for t in m.get('tags', [])))]:
        h.append(f'<div class="meta-item"><div class="meta-item-title">{k}</div><div>{v}</div></div>')
    if m.get('synonyms'):
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{E(s)}</li>' for s in m['synonyms']) + '</ul></div></div>')
    h.append('</div>\n<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    h.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join(f'<li><a href="#nav_{slugify(t)}">{E(t)}</a></li>' for t in toc(blocks)) + '<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    h.append('<div class="body user-generated-content">\n' + body + '\n</div>')
    if m.get('references'):
        h.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + '\n'.join(f'<li id="ref_{i+1}"><span class="ref-text">{E(r)}</span> - <a href="https://pubmed.ncbi.nlm.nih.gov/" target="_blank">Pubmed</a></li>' for i, r in enumerate(m['references'])) + '</ol></div>')
    if m.get('incoming'):
        h.append('<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>' + ''.join(f'<li><a href="/articles/{slugify(t)}?lang=us">{E(t)}</a></li>' for t in m['incoming']) + '</ul></div>')
    if m.get('related'):
        h.append(f'<div id="related-articles"><h2>Related articles: {E(m.get("related_title", "Related"))}</h2><ul>' + ''.join(f'<li><a href="/articles/{slugify(t)}?lang=us">{E(t)}</a></li>' for t in m['related']) + '</ul></div>')
    h.append('<div class="share-article"><a href="#" class="share">Share article</a></div>\n</main>')
    h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list">' + ''.join(f'<li class="case-item"><a href="/cases/{slugify(c)}">Case {i+1}: {E(c)}</a></li>' for i, c in enumerate(m.get('cases', []))) + '</ul></div><div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>')
    h.append('<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div><p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    h.append('<script type="application/json" id="article-data">{"articleId":%s,"slug":"%s","inclusions":[]}</script>\n</body>\n</html>\n' % (m['rid'], m['slug']))
    return '\n'.join(h)

NAVJUNK = """
    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=q8Zr1xk2)
            

    [
      
        &times;
      
    ](#)
    

        [About](/about?lang=us)
      
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)
      

      
        [Cases](/search?scope=cases&sort=date_of_publication)
      

        [Courses](/courses?lang=us)
      

        [Quiz](/quizzes/all?lang=us)
      

          [Log In](/sessions/new?lang=us)
        
        
          [Sign Up](/users/sign_up?lang=us)
        

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      
      
    
    
      Search
      *
    
    *
    
"""

def md_page(m, body, blocks):
    kind = 'cases' if m.get('is_case') else 'articles'
    a1, a2 = m['authors'][0], m['authors'][-1]
    fm = m.get('front_matter', {'title': m['slug'], 'source': 'radreport', 'category': 'pathology', 'system': m['systems'][0].lower(), 'modality': 'mri'})
    o = ['---'] + [f'{k}: {v}' for k, v in fm.items()] + ['---', '', f'{m["title"]} | Radiology {"Case" if m.get("is_case") else "Reference Article"} | Radiopaedia.org', NAVJUNK]
    o.append(f'      # \n  {m["title"]}\n  \n')
    if m.get('is_case'):
        o.append(f'        Case contributed by [{a1}](/users/{slugify(a1)}?lang=us)\n\n        Diagnosis {m.get("certainty", "certain")}\n')
    else:
        o.append(f'          Last revised by [{a2}](/users/{slugify(a2)}?lang=us)\n\n          on {m["revised"]}\n')
    o.append(f'    [\n      Edit {"case" if m.get("is_case") else "article"}\n](/{kind}/{m["slug"]}/edit?lang=us)    \n      *\n      **\n\n    - \n      [Report problem with article](https://docs.google.com/forms/d/e/1FAIpQ/viewform?entry=https://radiopaedia.org/{kind}/{m["slug"]})\n\n    - \n      [View revision history](/{kind}/{m["slug"]}/revisions?lang=us)\n')
    o.append('      ## \n        Citation, DOI, disclosures and %s data\n' % ('case' if m.get('is_case') else 'article'))
    cit = f'{", ".join(x.split()[-1] + " " + x.split()[0][0] for x in m["authors"][:3])}, et al. {m["title"]}. {"Case study" if m.get("is_case") else "Reference article"}, Radiopaedia.org (Accessed on {m["accessed"]}) https://doi.org/10.53347/rID-{m["rid"]}'
    for k, v in [('Citation:', cit), ('DOI:', f'[https://doi.org/10.53347/rID-{m["rid"]}](https://doi.org/10.53347/rID-{m["rid"]})'), ('Permalink:', f'[https://radiopaedia.org/{kind}/{m["rid"]}](https://radiopaedia.org/{kind}/{m["rid"]})'), ('rID:', m['rid']),
                 ('Article created:', f'\n  {m["created"]},\n  [{a1}](/users/{slugify(a1)}?lang=us)\n\n    *\n      At the time the article was created {a1} had no recorded disclosures.\n    *'),
                 ('Last revised:', f'\n  {m["revised"]},\n  [{a2}](/users/{slugify(a2)}?lang=us)\n\n    *\n      Disclosures:\n      At the time the article was last revised {a2} had\n      no financial relationships to [ineligible companies](/disclosures) to disclose.\n    *'),
                 ('Systems:', ', '.join(f'[{s}](/articles/section/all/{slugify(s)}?lang=us)' for s in m['systems'])),
                 ('Tags:', ', '.join(f'[{t}](/tags/{slugify(t)}?lang=us)' for t in m.get('tags', [])))]:
        o.append(f'          **\n            {k}\n          **\n        \n          {v}\n        \n')
    if m.get('synonyms'):
        o.append('          **\n            Synonyms:\n          **\n' + ''.join(f'\n              - \n                {s}\n' for s in m['synonyms']))
    o.append('\n## On this page:\n\nArticle:\n\n' + '\n\n'.join(f'- [{t}](#nav_{slugify(t)})' for t in toc(blocks)) + '\n\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n')
    o.append(body)
    if m.get('references'):
        o.append('\n      ## \n        References\n      \n' + ''.join(f'\n          - \n            {i+1}. {r}\n' for i, r in enumerate(m['references'])))
    if m.get('incoming'):
        o.append('\n      ## \n        Incoming Links\n      \n            Articles:\n' + ''.join(f'\n                - \n      [{t}](/articles/{slugify(t)}?lang=us)\n' for t in m['incoming']))
    if m.get('related'):
        o.append(f'\n      ## \n        Related articles: {m.get("related_title", "Related")}\n' + ''.join(f'\n  - \n      [{t}](/articles/{slugify(t)}?lang=us)\n' for t in m['related']))
    o.append('\n        ## Promoted articles (advertising)\n\n          ADVERTISEMENT: Supporters see fewer/no ads\n\n            ## \n              [Radiopaedia.org](/?lang=us)\n\n              - \n                [About](/about?lang=us)\n\n              - \n                [Editorial Board](/editors?lang=us)\n\n            [Contact Us](/contact?lang=us)\n\n            [Terms of Use](/terms?lang=us)\n\n    Updating… Please wait.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n')
    return '\n'.join(o)

def txt_page(m, body, blocks):
    o = [m['title'], '', body, '', 'Share article', '', 'Article information' if not m.get('is_case') else 'Case information', '', f'rID: {m["rid"]}', 'Section: ' + m.get('section', 'Pathology')]
    if m.get('synonyms'):
        o.append('Synonyms or Alternate Spellings:')
        o += ['  \u2022 ' + s for s in m['synonyms']]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(m.get('cases', [])):
        o += ['  \u2022 Drag', f'    Case {i+1}: {c}', '    Drag here to reorder.']
    if m.get('related'):
        o += ['', f'Related articles: {m.get("related_title", "Related")}', ''] + ['  \u2022 ' + t for t in m['related']]
    o += ['  \u2022 Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
    return '\n'.join(o)
