"""Invented page chrome for the three forms (html, md, txt)."""
import html, re
def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')
NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def _refs(meta): return [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]
def _list(meta, k): return [x.strip() for x in meta.get(k, '').split(';') if x.strip()]
def _authors(meta): return [a.strip() for a in meta['authors'].split(',')]

def citation(meta):
    a = _authors(meta)
    kind = 'Case study' if meta.get('case') == 'yes' else 'Reference article'
    return '%s, et al. %s. %s, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s' % (', '.join(a), meta['title'], kind, meta['rid'])

def wrap(form, meta, body):
    return {'html': wrap_html, 'md': wrap_md, 'txt': wrap_txt}[form](meta, body)

def wrap_html(meta, body):
    t = html.escape(meta['title']); case = meta.get('case') == 'yes'
    a = _authors(meta); e = html.escape
    kind = 'Radiology Case' if case else 'Radiology Reference Article'
    section = 'cases' if case else 'articles'
    nav = ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV)
    syn = ''.join('<li>%s</li>' % e(s) for s in _list(meta, 'synonyms'))
    refs = ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, e(r)) for i, r in enumerate(_refs(meta)))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), e(r)) for r in _list(meta, 'related'))
    heads = re.findall(r'<h2 id="(nav_[^"]+)">([^<]+)</h2>', body)
    toc = ''.join('<li><a href="#%s">%s</a></li>' % (i, h) for i, h in heads)
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{t} | {kind} | Radiopaedia.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{t} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{section}/{meta['slug']}">
<link rel="stylesheet" href="/assets/application-77ab1e.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
<script>window.rpAds={{"slots":["leaderboard","sidebar-top"],"targeting":{{"system":"{e(meta['system'])}"}}}};</script>
</head>
<body class="{section} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">{nav}</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">Spine and MSK MRI essentials: new modules released this month</a></div>
<main id="content" class="main-content">
<div class="article-header"><h1 class="header-title">{t}</h1>
<div class="author-info">{'Case contributed by' if case else 'Last revised by'} <a href="/users/{slugify(a[-1])}?lang=us">{e(a[-1])}</a>{'' if case else ' on 9 Feb 2026'}</div>
<div class="article-actions"><a href="/{section}/{meta['slug']}/edit?lang=us" class="btn">Edit {'case' if case else 'article'}</a> <a href="#" class="btn">Report problem with {'case' if case else 'article'}</a></div></div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{e(citation(meta))}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case created' if case else 'Article created'}:</div><div>14 Aug 2012, <a href="/users/{slugify(a[0])}">{e(a[0])}</a><div class="disclosure">At the time the {'case' if case else 'article'} was created {e(a[0])} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{37 + len(t)} times, by {3 + len(a)} contributors - <a href="/{section}/{meta['slug']}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{e(meta['system'])}</a></div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if case else 'Article'}:</div><ul>{toc}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body}</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {e(meta.get('related_title', 'Related'))}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if case else 'article'}</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li><a href="/cases/{meta['slug']}-1">Case 1</a></li><li><a href="/cases/{meta['slug']}-2">Case 2</a></li><li><a href="/cases/{meta['slug']}-3">Case 3</a></li></ul><a href="#" class="load-more">Load more cases</a></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/supporters">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/terms#privacy-policy">Privacy Policy</a> <a href="/licence">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{{"articleId":{meta['rid']},"slug":"{meta['slug']}","inclusions":[{{"imageId":{int(meta['rid'])*3},"caption":"Case 1"}}]}}</script>
</body>
</html>
'''

def wrap_md(meta, body):
    case = meta.get('case') == 'yes'; a = _authors(meta)
    section = 'cases' if case else 'articles'
    junk = '\n\n    \n    - \n    \n\n    \n\n        \n\n  \n'
    nav = '\n\n      \n'.join('        [%s](/%s?lang=us)' % (n, slugify(n)) for n in NAV)
    syn = '\n\n'.join('              - \n                %s\n' % s for s in _list(meta, 'synonyms'))
    refs = '\n\n'.join('- %s' % r for r in _refs(meta))
    rel = '\n\n'.join('- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in _list(meta, 'related'))
    heads = [l.lstrip('#').strip() for l in body.splitlines() if re.match(r'#{2,4} ', l)]
    toc = '\n\n'.join('- [%s](#nav_%s)' % (h, slugify(h)) for h in heads if not l_is_sub(body, h))
    return f'''---
title: {meta['slug']}
source: radiopaedia
category: {'case' if case else 'pathology'}
system: {meta['system']}
---

{meta['title']} | {'Radiology Case' if case else 'Radiology Reference Article'} | Radiopaedia.org
{junk}
  [](https://radiopaedia.org/cdn-cgi/content?id=QW3x9kPa)
{junk}
    [
      
        &times;
      
    ](#)
{junk}
{nav}
{junk}
          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)
{junk}
        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
{junk}
      # 
  {meta['title']}
  

          {'Case contributed by' if case else 'Last revised by'} [{a[-1]}](/users/{slugify(a[-1])}?lang=us)

    [
      Edit {'case' if case else 'article'}
](/{section}/{meta['slug']}/edit?lang=us)    
      *
      **

    - 
      [View revision history](/{section}/{meta['slug']}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if case else 'article'} data
      

          **
            Citation:
          **
        
          {citation(meta)}
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})
        
          **
            rID:
          **
        
          {meta['rid']}
        
          **
            Systems:
          **
        
          [{meta['system']}](/articles/section/all/{slugify(meta['system'])}?lang=us)
        
          **
            Synonyms:
          **
        
{syn}
{junk}
{body}
## On this page:

{'Case' if case else 'Article'}:

{toc}

- [References](#references)

Images:

- [Cases and figures](#article-images)

## References

{refs}

## Related articles: {meta.get('related_title', 'Related')}

{rel}
{junk}
            ## 
              [Radiopaedia.org](/?lang=us)
            

              - 
                [About](/about?lang=us)
              
              - 
                [Editorial Board](/editors?lang=us)
              
              - 
                [Help](/articles/style-guide-and-help?lang=us)
              

            [Contact Us](/contact?lang=us)
            [Terms of Use](/terms?lang=us)
            [Privacy Policy](/terms?lang=us#privacy-policy)

    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def l_is_sub(body, h):
    return any(l.strip() in ('### ' + h, '##### ' + h) for l in body.splitlines())

def wrap_txt(meta, body):
    case = meta.get('case') == 'yes'
    syn = '\n'.join('  \u2022 %s' % s for s in _list(meta, 'synonyms'))
    return f'''{meta['title']}

{body}
Share {'case' if case else 'article'}

{'Case information' if case else 'Article information'}

rID: {meta['rid']}
Section: {'Cases' if case else 'Pathology'}
{'Synonyms or Alternate Spellings:' + chr(10) + syn if syn else ''}

Support Radiopaedia and see fewer ads

Cases and figures

  \u2022 Drag
    Case 1
    Drag here to reorder.
  \u2022 Drag
    Case 2
    Drag here to reorder.
  \u2022 Updating\u2026 Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.
'''
