#!/usr/bin/env python3
"""Build article.html / article.md / article.txt for set BB from BB.src/<slug>/body.src.

body.src = YAML front block (metadata + chrome) then a light markup body:
  ## Heading        -> section heading (h4)
  ### Sub           -> subsection (h5)
  - item / '  - '   -> list / nested list
  [text](slug)      -> internal link
  **x**             -> bold
  ^1,2              -> citation superscript
"""
import html, os, re, sys, yaml

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BB')


def parse(path):
    raw = open(path, encoding='utf-8').read()
    _, fm, body = raw.split('---\n', 2)
    return yaml.safe_load(fm), body.strip('\n')


def blocks(body):
    """-> list of (type, payload). types: h2, h3, p, ul (list of (depth, text))."""
    out, para, lst = [], [], []

    def flush():
        nonlocal para, lst
        if para:
            out.append(('p', ' '.join(para)))
            para = []
        if lst:
            out.append(('ul', lst))
            lst = []
    for line in body.split('\n'):
        if not line.strip():
            flush()
            continue
        m = re.match(r'^( *)- (.*)$', line)
        if line.startswith('### '):
            flush(); out.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            flush(); out.append(('h2', line[3:].strip()))
        elif m:
            if para:
                out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2)))
        else:
            if lst:
                out.append(('ul', lst)); lst = []
            para.append(line.strip())
    flush()
    return out


CITE = re.compile(r'\^([0-9][0-9,\-]*)')
LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')


def inline_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    def cite(m):
        nums = m.group(1).split(',')
        return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n.split('-')[0], n) for n in nums) + '</sup>'
    return CITE.sub(cite, t)


def inline_md(t):
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), t)
    return CITE.sub(lambda m: ' ' + m.group(1), t)


def inline_txt(t):
    t = LINK.sub(lambda m: m.group(1), t)
    t = BOLD.sub(r'\1', t)
    return CITE.sub(lambda m: m.group(1), t)  # glued to the preceding word


def anchor(h):
    return 'nav_' + re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')


def ul_html(items):
    # items: list of (depth, text) -> nested <ul>
    s, depth_stack = '', []
    for i, (d, t) in enumerate(items):
        if not depth_stack:
            s += '<ul>'; depth_stack.append(d)
        elif d > depth_stack[-1]:
            s += '<ul>'; depth_stack.append(d)
        else:
            s += '</li>'
            while d < depth_stack[-1]:
                s += '</ul></li>'; depth_stack.pop()
        s += '<li>' + inline_html(t)
    s += '</li>'
    while len(depth_stack) > 1:
        s += '</ul></li>'; depth_stack.pop()
    return s + '</ul>'


def body_html(bl):
    parts = []
    for typ, p in bl:
        if typ == 'h2':
            parts.append('<h4 id="%s">%s</h4>' % (anchor(p), html.escape(p)))
        elif typ == 'h3':
            parts.append('<h5>%s</h5>' % html.escape(p))
        elif typ == 'p':
            parts.append('<p>%s</p>' % inline_html(p))
        else:
            parts.append(ul_html(p))
    return '\n'.join(parts)


def body_md(bl):
    parts = []
    for typ, p in bl:
        if typ == 'h2':
            parts.append('#### ' + p)
        elif typ == 'h3':
            parts.append('##### ' + p)
        elif typ == 'p':
            parts.append(inline_md(p))
        else:
            lines = []
            for i, (d, t) in enumerate(p):
                nxt = p[i + 1][0] if i + 1 < len(p) else 0
                if nxt > d:  # parent of a nested list: dump style of the real site
                    lines.append('- \n' + inline_md(t) + '\n')
                elif d > 0 and i > 0 and p[i - 1][0] < d:
                    lines.append(inline_md(t) + '\n')
                else:
                    lines.append('- ' + inline_md(t) + '\n')
            parts.append('\n'.join(lines).rstrip('\n'))
    return '\n\n'.join(parts)


def body_txt(bl, run_in):
    parts, nlist = [], 0
    for typ, p in bl:
        if typ in ('h2', 'h3'):
            parts.append(p)
        elif typ == 'p':
            parts.append(inline_txt(p) + ' ')
        else:
            nlist += 1
            if nlist in run_in:
                parts.append(' '.join(inline_txt(t) for d, t in p))
            else:
                parts.append('\n'.join('  ' * (d + 1) + '• ' + inline_txt(t) for d, t in p))
    return '\n\n'.join(parts)


# ---------------------------------------------------------------- chrome
def refs_html(m):
    return ''.join('<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://pubmed.ncbi.nlm.nih.gov/%d" target="_blank" rel="noopener">Pubmed</a></li>\n' % (i + 1, html.escape(r), 30000000 + 7919 * (i + 1) + m['rid']) for i, r in enumerate(m['references']))


def page_html(m, bl):
    slug, title = m['slug'], m['title']
    is_case = m.get('kind') == 'case'
    kindword = 'Radiology Case' if is_case else 'Radiology Reference Article'
    base = 'cases' if is_case else 'articles'
    nav = ''.join('<li><a href="#%s">%s</a></li>' % (anchor(p), html.escape(p)) for t, p in bl if t == 'h2')
    related = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), html.escape(r)) for r in m['related'])
    cases = ''.join('<li class="case-item" data-position="%d"><a href="/cases/%s">Case %d: %s</a></li>' % (i + 1, re.sub(r'[^a-z0-9]+', '-', c.lower()).strip('-'), i + 1, html.escape(c)) for i, c in enumerate(m.get('cases', [])))
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in m.get('synonyms', []))
    desc = html.escape(m['description'])
    header = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {kindword} | Radiopaedia.org</title>
<meta name="description" content="{desc}">
<meta property="og:title" content="{html.escape(title)} | {kindword} | Radiopaedia.org">
<meta property="og:url" content="https://radiopaedia.org/{base}/{slug}">
<link rel="canonical" href="https://radiopaedia.org/{base}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-9be31c07aa.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{base}", "system": "{m['system']}"}}}};</script>
</head>
<body class="{base} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(m.get('promo', 'Live webinar series: body imaging for registrars - book now'))}</a></div>
<main id="content" class="main-content">
'''
    if is_case:
        top = f'''<div class="case-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Case contributed by <a href="/users/{m['author_handle']}?lang=us">{m['author']}</a></div>
<div class="case-actions"><a href="/cases/{slug}/edit" class="btn">Edit case</a> <a href="/cases/{slug}/revisions" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and case data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{m['citation']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Published:</div><div>{m['created']}</div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{m['system']}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(m.get('tags', []))}</div></div>
</div>
<div class="ad-slot in-content">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div class="body user-generated-content">
'''
    else:
        top = f'''<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{m['reviser_handle']}?lang=us">{m['reviser']}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/articles/{slug}/edit?lang=us" class="btn">Edit article</a>
<a href="https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/articles/{slug}" class="btn">Report problem with article</a>
<a href="/articles/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{m['citation']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/{m['rid']}">https://radiopaedia.org/articles/{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m['created']}, <a href="/users/{m['author_handle']}?lang=us">{m['author']}</a><div class="disclosure">At the time the article was created {m['author']} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{m['revised']}, <a href="/users/{m['reviser_handle']}?lang=us">{m['reviser']}</a><div class="disclosure">Disclosures: At the time the article was last revised {m['reviser']} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m['revisions']} times, by {m['contributors']} contributors - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{m['system'].lower()}?lang=us">{m['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Sections:</div><div><a href="/articles/section/pathology/all?lang=us">Pathology</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(m.get('tags', []))}</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
'''
    fig = ''
    if m.get('figure'):
        fig = '\n<div class="case-gallery"><figure class="gallery-item"><img src="https://prod-images-static.radiopaedia.org/images/%d/thumb_1.jpeg" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure></div>\n' % (m['rid'] * 13, html.escape(m['figure']), html.escape(m['figure']))
    bh = body_html(bl)
    if fig:  # put the figure after the first h5 block (inside imaging section)
        idx = bh.find('</p>', bh.find('<h5>')) if '<h5>' in bh else -1
        bh = bh[:idx + 4] + fig + bh[idx + 4:] if idx > 0 else bh + fig
    tail = f'''
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{refs_html(m)}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(m['related_title'])}</h2><ul>{related}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{cases}</ul><a href="#" class="load-more">Load more cases</a></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"articleId":{m['rid']},"slug":"{slug}"}}</script>
</body>
</html>
'''
    return header + top + bh + tail


def page_md(m, bl):
    slug = m['slug']
    syn = '\n\n'.join('              - \n                %s\n              ' % s for s in m.get('synonyms', []))
    nav = '\n\n'.join('- [%s](#%s)' % (p, anchor(p)) for t, p in bl if t == 'h2')
    refs = '\n\n'.join('          - \n            %d. %s - [Pubmed citation](http://www.ncbi.nlm.nih.gov/pubmed/%d)\n          ' % (i + 1, r, 20000000 + 7919 * (i + 1) + m['rid']) for i, r in enumerate(m['references']))
    rel = '\n\n'.join('        - [%s](/articles/%s?lang=us)' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-')) for r in m['related'])
    return f'''---
title: {slug}
source: radreport
category: pathology
system: {m['system'].lower()}
modality: {m.get('modality', 'mixed')}
---

{m['title']} | Radiology Reference Article | Radiopaedia.org

    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Qm7x2Lk9vT0aR-{m['rid']}.1.0.1)
            

    [
      
        &times;
      
    ](#)
    
      *
    

        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)
      
        [Cases](/search?scope=cases&sort=date_of_publication)
      
        [Courses](/courses?lang=us)
      
        [Quiz](/quizzes/all?lang=us)
      
        [Recent Edits](/edits?lang=us)
      

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)
        

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      

[Log in](/sessions/new?lang=us&return_to=%2Farticles%2F{slug}%3Flang%3Dus)
- [Sign up](/users/sign_up?lang=us)

  
    {{}}
  

          [Articles](/articles?lang=us)
          [Cases](/cases?lang=us)
          [Courses](/courses?lang=us)
          [Quiz](/quizzes/all?lang=us)
        
            [Go ad-free](/go-ad-free)

      Search
      *
    
    [
    
](https://radiopaedia.org/courses/{m.get('course', 'body-ct-essentials')})

      # 
  {m['title']}
  

          Last revised by [{m['reviser']}](/users/{m['reviser_handle']}?lang=us)

          on {m['revised']}
        

    [
      Edit article
](/articles/{slug}/edit?lang=us)    
      *
      **

    - 
      [Report problem with article](https://docs.google.com/forms/d/e/1FAIpQLSx/viewform?entry=https://radiopaedia.org/articles/{slug}?lang=us)
    

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and article data
      

          **
            Citation:
          **
        
          {m['citation']}
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})
        
          **
            rID:
          **
        
          {m['rid']}
        
          **
            Article created:
          **
        
  {m['created']},
  [{m['author']}](/users/{m['author_handle']}?lang=us)

    *
      At the time the article was created {m['author']} had no recorded disclosures.
    *

          **
            Last revised:
          **
        
  {m['revised']},
  [{m['reviser']}](/users/{m['reviser_handle']}?lang=us)

    *
      Disclosures:
      At the time the article was last revised {m['reviser']} had
      no financial relationships to [ineligible companies](/disclosures) to disclose.
    *

        **
          Revisions:
        **
      
        {m['revisions']} times, by
        {m['contributors']} contributors -
        [see full revision history and disclosures](/articles/{slug}/revisions?lang=us)
      
          **
            Systems:
          **
        
          [{m['system']}](/articles/section/all/{m['system'].lower()}?lang=us)
        
          **
            Synonyms:
          **
        
{syn}

    
    
    

{body_md(bl)}

## On this page:

Article:

{nav}

- [References](#references)

Images:

- [Cases and figures](#article-images)

    
    
      ## 
        References
      

{refs}

      ## 
        Incoming Links
      

{rel}

      ## 
        Related articles: {m['related_title']}
      

{rel}

    Share article

  Updating… Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.
'''


def page_txt(m, bl):
    syn = '\n'.join('  • ' + s for s in m.get('synonyms', []))
    cases = '\n'.join('  • Drag\n    Case %d: %s\n    Drag here to reorder.' % (i + 1, c) for i, c in enumerate(m.get('cases', [])))
    return f'''{m['title']}

{body_txt(bl, set(m.get('txt_run_in', [])))}

Share article

Article information

rID: {m['rid']}
Section: Pathology
Synonyms or Alternate Spellings:
{syn}

Support Radiopaedia and see fewer ads

Cases and figures

{cases}
  • Updating… Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.

    Alert accept Thank you for updating your details.
'''


def main(slugs):
    for slug in slugs:
        m, body = parse(os.path.join(SRC, slug, 'body.src'))
        bl = blocks(body)
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in m['forms']:
            fn = {'html': page_html, 'md': page_md, 'txt': page_txt}[f]
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(fn(m, bl))
        # body word count (from the txt rendering of the body only)
        words = len(re.findall(r"\S+", body_txt(bl, set())))
        open(os.path.join(SRC, slug, 'words.txt'), 'w').write(str(words))
        print(slug, m['forms'], words)


if __name__ == '__main__':
    main(sys.argv[1:] or sorted(x for x in os.listdir(SRC) if os.path.isfile(os.path.join(SRC, x, 'body.src'))))
