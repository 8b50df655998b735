#!/usr/bin/env python3
"""Render .src article sources into article.html / article.md / article.txt and gold.yaml,
then check every gold quote against the body text of every form written."""
import html, os, re, sys, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse_src(path):
    raw = open(path, encoding='utf-8').read()
    parts = re.split(r'^---(\w+)\s*$', raw, flags=re.M)
    head = parts[0]
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    sec = {}
    for i in range(1, len(parts), 2):
        sec[parts[i]] = parts[i + 1].strip('\n')
    return meta, sec


def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


# ---------- inline rendering ----------
LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r' ?\{([0-9,\-]+)\}')


def inline(text, form):
    def link(m):
        target, label = m.group(1), m.group(2)
        label = label or target
        slug = slugify(target)
        if form == 'html':
            return '<a href="/articles/%s?lang=us">%s</a>' % (slug, html.escape(label, quote=False))
        if form == 'md':
            return '[%s](/articles/%s?lang=us)' % (label, slug)
        return label

    def cite(m):
        n = m.group(1)
        if form == 'html':
            return ' <sup>%s</sup>' % n
        if form == 'md':
            return ' ' + n
        return n  # glued in plain text

    # protect links first
    out = []
    pos = 0
    tokens = []
    for m in LINK.finditer(text):
        tokens.append((m.start(), m.end(), link(m)))
    buf = ''
    last = 0
    for s, e, rep in tokens:
        seg = text[last:s]
        buf += esc_fmt(seg, form) + ('\x00%d\x00' % len(out))
        out.append(rep)
        last = e
    buf += esc_fmt(text[last:], form)
    buf = CITE.sub(cite, buf)
    buf = re.sub(r'\x00(\d+)\x00', lambda m: out[int(m.group(1))], buf)
    return buf


def esc_fmt(seg, form):
    if form == 'html':
        seg = html.escape(seg, quote=False)
        seg = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', seg)
        seg = re.sub(r'(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])', r'<em>\1</em>', seg)
        return seg
    if form == 'md':
        return seg
    seg = re.sub(r'\*\*(.+?)\*\*', r'\1', seg)
    seg = re.sub(r'(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])', r'\1', seg)
    return seg


# ---------- block parsing ----------

def blocks(body):
    """yield ('h2'|'h3', text) / ('p', text) / ('ul', [(level, text), ...])"""
    res = []
    para = []
    lst = []

    def flush():
        nonlocal para, lst
        if para:
            res.append(('p', ' '.join(para)))
            para = []
        if lst:
            res.append(('ul', lst))
            lst = []

    for line in body.splitlines():
        if not line.strip():
            flush()
            continue
        m = re.match(r'^(\s*)- (.*)$', line)
        if line.startswith('### '):
            flush(); res.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            flush(); res.append(('h2', line[3:].strip()))
        elif m:
            if para:
                res.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2).strip()))
        else:
            if lst:
                res.append(('ul', lst)); lst = []
            para.append(line.strip())
    flush()
    return res


def render_list_html(items):
    out = []
    def rec(i, level, indent):
        out.append(' ' * indent + '<ul>')
        while i < len(items) and items[i][0] >= level:
            lv, text = items[i]
            if lv > level:
                # nested under previous item: reopen it
                out[-1] = out[-1][:-len('</li>')]
                i = rec(i, lv, indent + 4)
                out.append(' ' * (indent + 2) + '</li>')
                continue
            out.append(' ' * (indent + 2) + '<li>' + inline(text, 'html') + '</li>')
            i += 1
        out.append(' ' * indent + '</ul>')
        return i
    rec(0, 0, 6)
    return '\n'.join(out)


def body_html(bl):
    out = []
    for kind, x in bl:
        if kind == 'h2':
            out.append('      <h4 id="nav_%s">%s</h4>' % (slugify(x), html.escape(x)))
        elif kind == 'h3':
            out.append('      <h5 id="nav_%s">%s</h5>' % (slugify(x), html.escape(x)))
        elif kind == 'p':
            out.append('      <p>%s</p>' % inline(x, 'html'))
        else:
            out.append(render_list_html(x))
    return '\n'.join(out)


def body_md(bl):
    out = []
    for kind, x in bl:
        if kind == 'h2':
            out.append('#### ' + x + '\n')
        elif kind == 'h3':
            out.append('##### ' + x + '\n')
        elif kind == 'p':
            out.append(inline(x, 'md') + '\n')
        else:
            lines = []
            for level, t in x:
                lines.append('  ' * level + '- ' + inline(t, 'md') + '\n')
            out.append('\n'.join(lines))
    return '\n'.join(out)


def body_txt(bl):
    out = []
    for kind, x in bl:
        if kind in ('h2', 'h3'):
            out.append(x + '\n')
        elif kind == 'p':
            out.append(inline(x, 'txt') + '\n')
        else:
            out.append('\n'.join(inline(t, 'txt') for _, t in x) + '\n')
    return '\n'.join(out)


# ---------- page chrome ----------

def lead_n(bl):
    for i, (k, _) in enumerate(bl):
        if k == 'h2':
            return i
    return len(bl)


def refs_list(sec):
    return [r.strip() for r in sec.get('refs', '').splitlines() if r.strip()]


def related_list(sec):
    res = []
    for r in sec.get('related', '').splitlines():
        if '|' in r:
            a, b = r.split('|', 1)
            res.append((a.strip(), b.strip()))
    return res


def page_html(meta, sec, bl):
    slug = meta['slug']; title = meta['title']
    lead = re.sub(r'<[^>]+>', '', inline(bl[0][1], 'html'))[:150]
    syn = ''.join('              <li>%s</li>\n' % html.escape(s.strip()) for s in meta.get('synonyms', '').split(';') if s.strip())
    toc = ''.join('          <li><a href="#nav_%s">%s</a></li>\n' % (slugify(x), html.escape(x)) for k, x in bl if k == 'h2')
    refs = ''.join('        <li>%s</li>\n' % html.escape(r.split('. ', 1)[1] if re.match(r'^\d+\. ', r) else r) for r in refs_list(sec))
    rel = ''.join('          <li class="related-article"><a href="/articles/%s?lang=us">%s</a></li>\n' % (s, html.escape(t)) for s, t in related_list(sec))
    cases = ''.join('          <li class="case-item"><a href="/cases/%s-%d?lang=us"><img src="https://prod-images-static.radiopaedia.org/images/%d/thumb.jpg" alt=""><span class="case-caption">%s</span></a></li>\n' % (slug, 10000 + i * 37 + int(meta['rid']), 5000000 + i * 113, html.escape(c.strip())) for i, c in enumerate(sec.get('cases', '').splitlines()) if c.strip())
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)} | Radiology Reference Article | Radiopaedia.org</title>
  <meta name="description" content="{html.escape(lead)}">
  <meta property="og:site_name" content="Radiopaedia">
  <meta property="og:title" content="{html.escape(title)} | Radiology Reference Article | Radiopaedia.org">
  <meta property="og:url" content="https://radiopaedia.org/articles/{slug}">
  <link rel="canonical" href="https://radiopaedia.org/articles/{slug}?lang=us">
  <link rel="stylesheet" media="all" href="https://assets.radiopaedia.org/assets/application-3b9d0a6e.css">
  <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-7Q4P2V1M0K', {{ 'content_group': 'articles' }});
  </script>
</head>
<body class="articles show" data-controller="article-page">
  <div class="cookie-consent hidden" id="cookie-consent">We use cookies to improve your experience. <a href="/terms?lang=us#privacy-policy">Learn more</a> <button type="button">Accept</button></div>
  <div id="top-ad" class="ad-container leaderboard">
    <div class="ad-label">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/supporters?lang=us">Become a Gold Supporter and see no third-party ads.</a></div>
    <div id="div-gpt-ad-1461036279871-0" class="ad-slot"></div>
  </div>
  <header id="site-header" class="site-header">
    <nav class="navbar" role="navigation">
      <a class="navbar-brand" href="/?lang=us"><img src="https://assets.radiopaedia.org/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
      <ul class="nav navbar-nav main-nav">
        <li><a href="/articles?lang=us">Articles</a></li>
        <li><a href="/cases?lang=us">Cases</a></li>
        <li><a href="/courses?lang=us">Courses</a></li>
        <li><a href="/quizzes/all?lang=us">Quiz</a></li>
        <li><a href="/about?lang=us">About</a></li>
        <li><a href="/edits?lang=us">Recent Edits</a></li>
        <li><a href="/go-ad-free">Go ad-free</a></li>
      </ul>
      <form class="navbar-form search-form" action="/search" method="get" role="search">
        <input type="hidden" name="lang" value="us">
        <input type="search" name="q" class="form-control" placeholder="Search" aria-label="Search">
        <button type="submit" class="btn">Search</button>
      </form>
      <ul class="nav navbar-nav navbar-right user-nav">
        <li><a href="/sessions/new?lang=us&amp;return_to=%2Farticles%2F{slug}%3Flang%3Dus">Log In</a></li>
        <li><a href="/users/sign_up?lang=us">Sign Up</a></li>
      </ul>
    </nav>
  </header>
  <div class="course-promo"><a href="https://radiopaedia.org/courses/{meta.get('course', 'neuroradiology-essentials')}"><img src="https://assets.radiopaedia.org/promos/course-banner-{meta['rid']}.jpg" alt="Radiopaedia courses"></a></div>
  <main id="content" class="container">
  <div class="article-page">
    <div class="header-with-actions">
      <h1 class="header-title">{html.escape(title)}</h1>
      <div class="last-revised">Last revised by <a href="/users/{slugify(meta['reviser'])}?lang=us">{html.escape(meta['reviser'])}</a> on {meta['revised']}</div>
      <div class="article-actions">
        <a class="btn btn-default" href="/articles/{slug}/edit?lang=us">Edit article</a>
        <ul class="dropdown-menu">
          <li><a href="/articles/{slug}/report?lang=us">Report problem with article</a></li>
          <li><a href="/articles/{slug}/revisions?lang=us">View revision history</a></li>
        </ul>
      </div>
    </div>
    <div class="meta-data-table collapsible" id="citation-info">
      <h2 class="collapsible-header">Citation, DOI, disclosures and article data</h2>
      <div class="meta-data collapsible-body">
        <div class="meta-item"><div class="meta-item-label"><strong>Citation:</strong></div>
          <div class="meta-item-value">{html.escape(meta['authors'])}. {html.escape(title)}. Reference article, Radiopaedia.org (Accessed on 01 Dec 2026) https://doi.org/10.53347/rID-{meta['rid']}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>DOI:</strong></div>
          <div class="meta-item-value"><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Permalink:</strong></div>
          <div class="meta-item-value"><a href="https://radiopaedia.org/articles/{meta['rid']}">rID: {meta['rid']}</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Article created:</strong></div>
          <div class="meta-item-value">{meta['created']}, {html.escape(meta['creator'])}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Disclosures:</strong></div>
          <div class="meta-item-value">At the time the article was created {html.escape(meta['creator'])} had no recorded disclosures. <a href="/articles/{slug}/revisions?lang=us">View {html.escape(meta['creator'])}'s current disclosures</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Last revised:</strong></div>
          <div class="meta-item-value">{meta['revised']}, {html.escape(meta['reviser'])}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Revisions:</strong></div>
          <div class="meta-item-value">{meta['revisions']} - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Systems:</strong></div>
          <div class="meta-item-value"><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{html.escape(meta['system'])}</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Sections:</strong></div>
          <div class="meta-item-value"><a href="/articles/section/pathology/all?lang=us">Pathology</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Synonyms:</strong></div>
          <div class="meta-item-value">
            <ul class="synonyms">
{syn}            </ul>
          </div></div>
      </div>
    </div>
    <div class="article-content">
    <div class="body user-generated-content">
<!--BODY-START-->
{body_html(bl[:lead_n(bl)])}
      <div class="toc-wrapper" id="on-this-page">
        <h2>On this page:</h2>
        <div class="toc-heading">Article:</div>
        <ul class="toc">
{toc}          <li><a href="#references">References</a></li>
        </ul>
        <div class="toc-heading">Images:</div>
        <ul class="toc">
          <li><a href="#article-images">Cases and figures</a></li>
        </ul>
      </div>
{body_html(bl[lead_n(bl):])}
<!--BODY-END-->
    </div>
    <div class="references" id="references">
      <h2>References</h2>
      <ol class="ref-list">
{refs}      </ol>
    </div>
    <div class="article-images" id="article-images">
      <h2>Cases and figures</h2>
      <ul class="case-carousel">
{cases}      </ul>
    </div>
    </div>
    <div class="ad-container ad-mid"><div class="ad-label">Support Radiopaedia and see fewer ads</div><div class="ad-slot" id="div-gpt-ad-mid"></div></div>
    <aside class="related-articles">
      <h2>Related Radiopaedia articles</h2>
      <ul class="related-articles-list">
{rel}      </ul>
    </aside>
    <aside class="promoted-articles">
      <h2>Promoted articles (advertising)</h2>
      <ul><li><a href="https://partners.example-ads.com/ai-reporting">Structured reporting with AI: webinar series</a></li></ul>
    </aside>
  </div>
  </main>
  <footer id="site-footer" class="site-footer">
    <div class="footer-col">
      <h2><a href="/?lang=us">Radiopaedia.org</a></h2>
      <ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/team?lang=us">Radiopaedia Team</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li><a href="/articles/style-guide-and-help?lang=us">Help</a></li></ul>
    </div>
    <div class="footer-col">
      <p>Content is licensed under CC BY-NC-SA 3.0 unless otherwise stated.</p>
    </div>
    <div class="footer-links"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a> <a href="/sponsorship?lang=us">Sponsorship</a> <a href="/developers?lang=us">Developers</a></div>
    <div class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</div>
  </footer>
</body>
</html>
'''


def page_md(meta, sec, bl):
    slug = meta['slug']; title = meta['title']
    syn = ''.join('              - \n                %s\n              \n\n' % s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())
    toc = ''.join('- [%s](#nav_%s)\n\n' % (x, slugify(x)) for k, x in bl if k == 'h2')
    refs = ''.join('          - \n            %s\n          \n\n' % r for r in refs_list(sec))
    rel = ''.join('    - \n      [%s](/articles/%s?lang=us)\n    \n\n' % (t, s) for s, t in related_list(sec))
    cases = ''.join('  - \n    Drag\n    %s\n    Drag here to reorder.\n\n' % c.strip() for c in sec.get('cases', '').splitlines() if c.strip())
    return f'''---
title: {title.lower()}
url: https://radiopaedia.org/articles/{slug}?lang=us
source: radiopaedia
category: pathology
system: {meta['system'].lower()}
modality: {meta.get('modality', 'mri')}
---

{title} | Radiology Reference Article | Radiopaedia.org

    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Qm4Zr8TfLx2VbN7aKp0Wc.Hs3DyGjU_e5Io9sRvXn-1764565200.1120841-1.0.1.1-Zp7aQmR2nX5yL0wK8vT3cB6dF1gH4jS9uE2iO7pA5sD)
            

    [
      
        &times;
      
    ](#)
    

      
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
        
          [About](/about?lang=us)
          [Recent Edits](/edits?lang=us)
            [Go ad-free](/go-ad-free)

      Search
      *
    
    [
    
](https://radiopaedia.org/courses/{meta.get('course', 'neuroradiology-essentials')})

      # 
  {title}
  

        
          Last revised by [{meta['reviser']}](/users/{slugify(meta['reviser'])}?lang=us)

          on {meta['revised']}
        

    [
      Edit article
](/articles/{slug}/edit?lang=us)    
      *
      **
    

    - 
      [Report problem with article](/articles/{slug}/report?lang=us)
    

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and article data
      

          **
            Citation:
          **
        
          {meta['authors']}. {title}. Reference article, Radiopaedia.org (Accessed on 01 Dec 2026) https://doi.org/10.53347/rID-{meta['rid']}
        

          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})
        

          **
            Permalink:
          **
        
          [rID: {meta['rid']}](https://radiopaedia.org/articles/{meta['rid']})
        

          **
            Article created:
          **
        
          {meta['created']}, {meta['creator']}
        

          **
            Disclosures:
          **
        
          At the time the article was created {meta['creator']} had no recorded disclosures.
          [View {meta['creator']}'s current disclosures](/articles/{slug}/revisions?lang=us)
        

          **
            Last revised:
          **
        
          {meta['revised']}, {meta['reviser']}
        

          **
            Revisions:
          **
        
          {meta['revisions']} - [see full revision history and disclosures](/articles/{slug}/revisions?lang=us)
        

          **
            Systems:
          **
        
          [{meta['system']}](/articles/section/all/{slugify(meta['system'])}?lang=us)
        

          **
            Synonyms:
          **
        
{syn}
<!--BODY-START-->
{body_md(bl[:lead_n(bl)])}
## On this page:

Article:

{toc}- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(bl[lead_n(bl):])}
<!--BODY-END-->
        References
      

{refs}
        Cases and figures
      

{cases}
    ## Related Radiopaedia articles

{rel}
        ## Promoted articles (advertising)

    - 
      [Structured reporting with AI: webinar series](https://partners.example-ads.com/ai-reporting)
    

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
'''


def page_txt(meta, sec, bl):
    title = meta['title']
    syn = ''.join('  \u2022 %s\n' % s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())
    refs = ''.join('%s\n' % r for r in refs_list(sec))
    cases = ''.join('  \u2022 Drag\n    %s\n    Drag here to reorder.\n' % c.strip() for c in sec.get('cases', '').splitlines() if c.strip())
    rel = ''.join('%s\n' % t for s, t in related_list(sec))
    return f'''{title}

{body_txt(bl)}
References

{refs}
Share article

Article information

rID: {meta['rid']}
Section: Pathology
Synonyms or Alternate Spellings:
{syn}
Support Radiopaedia and see fewer ads

Cases and figures

{cases}  \u2022 Updating\u2026 Please wait.

Related Radiopaedia articles

{rel}
Promoted articles (advertising)
'''


# ---------- checking ----------

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def strip_html(s):
    s = re.sub(r'</?(strong|em|a|sup|b|i|span)\b[^>]*>', '', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def strip_md(s):
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'^\s*#+\s*', '', s, flags=re.M)
    s = re.sub(r'^\s*[-*]\s+', '', s, flags=re.M)
    s = s.replace('**', '').replace('*', '')
    return s


def body_of(form, text, title):
    if form in ('html', 'md'):
        b = text.split('<!--BODY-START-->', 1)[1].split('<!--BODY-END-->', 1)[0]
        return norm(strip_html(b) if form == 'html' else strip_md(b))
    b = text.split(title + '\n', 1)[1].split('\nReferences\n', 1)[0]
    return norm(b)


KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def parse_gold(sec, meta):
    facts = []
    for ln, line in enumerate(sec.get('gold', '').splitlines()):
        if not line.strip() or line.startswith('#'):
            continue
        f = [x.strip() for x in line.split('|')]
        if len(f) != 7:
            sys.exit('bad gold line in %s: %r' % (meta['slug'], line))
        kind, subject, item, value, group, attribute, quote = f
        if kind not in KINDS:
            sys.exit('bad kind %s in %s' % (kind, meta['slug']))
        facts.append(dict(kind=kind, subject=subject or meta['title'].lower(), item=item, value=value,
                          group=group, attribute=attribute, quote=quote))
    return facts


def main():
    problems = 0
    rows = []
    kinds = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        meta, sec = parse_src(path)
        meta['slug'] = os.path.basename(path)[:-4]
        bl = blocks(sec['body'])
        forms = [f.strip() for f in meta['forms'].split(',')]
        d = os.path.join(OUT, meta['slug'])
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, 'article.*')):
            os.remove(old)
        bodies = {}
        for form in forms:
            text = {'html': page_html, 'md': page_md, 'txt': page_txt}[form](meta, sec, bl)
            if form != 'txt':
                # markers are for the checker only; keep them out of the delivered file
                pass
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(text.replace('<!--BODY-START-->\n', '').replace('<!--BODY-END-->\n', ''))
            bodies[form] = body_of(form, text, meta['title'])
        facts = parse_gold(sec, meta)
        for f in facts:
            q = norm(f['quote'])
            for form, b in bodies.items():
                if q not in b:
                    problems += 1
                    print('MISSING [%s/%s] %s' % (meta['slug'], form, f['quote']))
            if f['value'] and norm(f['value']) not in q and f['kind'] not in ('synonym', 'definition', 'statement', 'appearance', 'sex_ratio', 'age', 'classification', 'threshold', 'association', 'differential', 'sign', 'rank', 'frequency', 'percentage'):
                pass
        gold = dict(title=meta['title'], system=meta['system'], forms=forms, facts=facts)
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
        words = len(re.findall(r"\S+", body_txt(bl)))
        rows.append((meta['slug'], ', '.join(forms), words, len(facts)))
        kinds.update(f['kind'] for f in facts)
    # README
    lines = ['# Blind writer set AA', '',
             'Radiopaedia-style articles with gold fact annotations, written blind (without reading the extractor).',
             'Each sub-folder holds the article form(s) and `gold.yaml` (format: /work/main/bench/dev-corpus/README.md).',
             'Sources (`.src/*.src`: metadata, body markup, references, related articles, gold lines) and the renderer/checker',
             'are in `.src/`; `python3 .src/build.py` regenerates every article form, every gold.yaml and this README, and checks',
             'every quote against the body text of every form (HTML tags / markdown markup stripped, whitespace and case normalised).',
             '`python3 .src/check_quotes.py` independently re-checks every quote of every gold.yaml against the delivered',
             'article files (body region only, HTML tags / markdown markup stripped) and validates the fact fields.',
             'Last run: %d problems.' % problems, '',
             'Gold was written together with each article, before any extractor was run; values are copied from the',
             'article wherever possible (sex ratios normalised to "F:M 9:1" / "M > F" style as the format asks).', '',
             'Topics: neuroradiology / head and neck, musculoskeletal and paediatrics. The three-form article',
             '(supracondylar-humeral-fracture) was written html-first; its md and txt forms carry the same body text.',
             'Word counts are of the body text only (no navigation, citation block, references, related articles or footer).', '',
             '## Articles', '', '| slug | forms | words (body) | gold facts |', '|---|---|---|---|']
    for r in rows:
        lines.append('| %s | %s | %d | %d |' % r)
    lines.append('| **total** | %d files | %d | %d |' % (sum(len(r[1].split(', ')) for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)))
    lines += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
    for k, n in kinds.most_common():
        lines.append('| %s | %d |' % (k, n))
    lines.append('| **total** | %d |' % sum(kinds.values()))
    open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(lines) + '\n')
    for r in rows:
        print(r)
    print(kinds)
    print('problems:', problems)


if __name__ == '__main__':
    main()
