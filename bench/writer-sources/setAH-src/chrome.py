"""Invented Radiopaedia-like page chrome for the three forms."""
import html, re

def _cite(m):
    kind = 'Case study' if m.get('case') else 'Reference article'
    return f"{m['authors']}. {m['title']}. {kind}, Radiopaedia.org (Accessed on {m['accessed']}) https://doi.org/10.53347/rID-{m['rid']}"

def wrap(m, body, form, bl):
    return {'html': _html, 'md': _md, 'txt': _txt}[form](m, body, bl)

def _sections(bl):
    return [p for k, p in bl if k == 'h4']

def _html(m, body, bl):
    e = html.escape
    slug, t = m['slug'], m['title']
    kind = 'cases' if m.get('case') else 'articles'
    syn = ''.join(f'<li>{e(s)}</li>' for s in m.get('synonyms', []))
    refs = ''.join(f'<li id="ref_{i}">{e(r)}</li>' for i, r in enumerate(m['refs'], 1))
    rel = ''.join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",r.lower())}?lang=us">{e(r)}</a></li>' for r in m['related'])
    nav = ''.join(f'<li><a href="#nav_{re.sub("[^a-z0-9]+","-",s.lower()).strip("-")}">{e(s)}</a></li>' for s in _sections(bl))
    cases = ''.join(f'<li class="case-item" data-position="{i}"><a href="/cases/x-{i}">{e(c)}</a></li>' for i, c in enumerate(m.get('cases', []), 1))
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{e(t)} | Radiology {'Case' if m.get('case') else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{e(m.get('desc', t))}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{m['system']}"}}}};</script>
<style>.ad-slot{{min-height:90px}} .hidden{{display:none}}</style>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main"><ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{e(m.get('promo', 'New course: Chest and cardiac imaging essentials - enrol now'))}</a></div>
<main id="content" class="main-content">
<h1 class="header-title">{e(t)}</h1>
<div class="article-header"><div class="author-info">Last revised by <a href="/users/{m['reviser_slug']}?lang=us">{e(m['reviser'])}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if m.get('case') else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div></div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if m.get('case') else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{e(_cite(m))}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{m['rid']}">https://radiopaedia.org/{kind}/{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m['created']}, <a href="/users/x?lang=us">{e(m['creator'])}</a><div class="disclosure">At the time the article was created {e(m['creator'])} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m['revisions']} times, by {m['contributors']} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{', '.join(f'<a href="/articles/section/all/{s.lower()}?lang=us">{e(s)}</a>' for s in m['systems'])}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(f'<a href="/tags/{x}?lang=us">{x}</a>' for x in m['tags'])}</div></div>
{f'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body}</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>{rel}</ul></div>
<div id="related-articles"><h2>Related articles: {e(m['related_group'])}</h2><ul>{rel}</ul></div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{cases}</ul><a href="#" class="load-more">Load more cases</a></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>
</main>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<div class="footer-legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a> &copy; 2005&ndash;2026 Radiopaedia.org</div></footer>
</body></html>
'''

def _md(m, body, bl):
    kind = 'cases' if m.get('case') else 'articles'
    syn = ''.join(f'\n              - \n                {s}\n' for s in m.get('synonyms', []))
    refs = ''.join(f'\n          - \n            {i}. {r}\n' for i, r in enumerate(m['refs'], 1))
    nav = ''.join(f'\n- [{s}](#nav_{re.sub("[^a-z0-9]+","-",s.lower()).strip("-")})\n' for s in _sections(bl))
    cases = ''.join(f'\n  - \n      Drag\n      \n      {c}\n      Drag here to reorder.\n' for c in m.get('cases', []))
    synblock = ('\n          **\n            Synonyms:\n          **\n' + syn) if syn else ''
    rel = ''.join(f'\n- [{r}](/articles/{re.sub("[^a-z0-9]+","-",r.lower())}?lang=us)\n' for r in m['related'])
    return f'''---
title: {m['slug']}
source: radiopaedia
category: {'case' if m.get('case') else 'pathology'}
system: {m['system'].lower()}
---

{m['title']} | Radiology {'Case' if m.get('case') else 'Reference Article'} | Radiopaedia.org

    
    - 
    

        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)

        [Cases](/search?scope=cases&sort=date_of_publication)

        [Courses](/courses?lang=us)

        [Quiz](/quizzes/all?lang=us)

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

[Log in](/sessions/new?lang=us&return_to=%2F{kind}%2F{m['slug']})
- [Sign up](/users/sign_up?lang=us)

    {{}}

      Search
      *

      # 
  {m['title']}
  
          Last revised by [{m['reviser']}](/users/{m['reviser_slug']}?lang=us)

          on {m['revised']}

    [
      Edit {'case' if m.get('case') else 'article'}
](/{kind}/{m['slug']}/edit?lang=us)    

    - 
      [View revision history](/{kind}/{m['slug']}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if m.get('case') else 'article'} data

          **
            Citation:
          **
        
          {_cite(m)}

          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})

          **
            Permalink:
          **
          [https://radiopaedia.org/{kind}/{m['rid']}](https://radiopaedia.org/{kind}/{m['rid']})

          **
            rID:
          **
          {m['rid']}

          **
            Article created:
          **
  {m['created']},
  [{m['creator']}](/users/x?lang=us)

    *
      At the time the article was created {m['creator']} had no recorded disclosures.
    *

          **
            Revisions:
          **
          {m['revisions']} times, by
        {m['contributors']} contributors -
        [see full revision history and disclosures](/{kind}/{m['slug']}/revisions?lang=us)

          **
            Systems:
          **
          {', '.join(f'[{s}](/articles/section/all/{s.lower()}?lang=us)' for s in m['systems'])}

          **
            Tags:
          **
          {', '.join(f'[{x}](/tags/{x}?lang=us)' for x in m['tags'])}
{synblock}
    
          
{body}
## On this page:

Article:
{nav}
- [References](#references)

Images:

- [Cases and figures](#article-images)

      ## 
        References
      
{refs}

      ## Incoming Links
{rel}

      ## Related articles: {m['related_group']}
{rel}

      ## Cases and figures
{cases}
              [Load more cases](#)

        ## Promoted articles (advertising)

          ADVERTISEMENT: Supporters see fewer/no ads

    {{"current_user":null,"inclusions":[{', '.join('{"caption":"%s","isStack":true}' % c for c in m.get('cases', []))}],"lang":"us"}}

                [About](/about?lang=us)
                [Editorial Board](/editors?lang=us)
                [Supporters](/supporters?lang=us)
                  Do not share my Personal Information.
            [Contact Us](/contact?lang=us)
            [Terms of Use](/terms?lang=us)
            [Licensing](/licence?lang=us)

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def _txt(m, body, bl):
    syn = ''.join(f'  • {s}\n' for s in m.get('synonyms', []))
    cases = ''.join(f'  • Drag\n    {c}\n    Drag here to reorder.\n' for c in m.get('cases', []))
    rel = ''.join(f'  • {r}\n' for r in m['related'])
    return f'''{m['title']}

{body}
Article information

rID: {m['rid']}
Article created: {m['created']}, {m['creator']}
Revisions: {m['revisions']} times, by {m['contributors']} contributors
Systems: {', '.join(m['systems'])}
{('Synonyms or Alternate Spellings:' + chr(10) + syn) if syn else ''}
Related articles: {m['related_group']}
{rel}
Cases and figures

{cases}  • Updating… Please wait.

    Error Unable to process the form. Check for errors and try again.
'''
