#!/usr/bin/env python3
"""Render AW articles from a tiny source markup into html / md / txt forms.

Source markup (body.src):
  ## Heading        -> section (h2)
  ### Heading       -> subsection (h3)
  - item / '  - item' -> list items (two-space indent per level)
  blank-line separated paragraphs
  [[text|slug]]     -> link to another article
  {{n}}             -> citation number
"""
import html
import os
import re
import sys

import yaml

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "AW")


def parse(body):
    blocks = []
    para = []
    items = None

    def flush():
        nonlocal para, items
        if para:
            blocks.append(("p", " ".join(para)))
            para = []
        if items:
            blocks.append(("ul", items))
            items = None

    for raw in body.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.startswith("### "):
            flush()
            blocks.append(("h3", line[4:].strip()))
        elif line.startswith("## "):
            flush()
            blocks.append(("h2", line[3:].strip()))
        elif re.match(r"^( *)- ", line):
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            ind = len(line) - len(line.lstrip(" "))
            if items is None:
                items = []
            items.append((ind // 2, line.strip()[2:]))
        else:
            if items:
                blocks.append(("ul", items))
                items = None
            para.append(line.strip())
    flush()
    return blocks


LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
CITE = re.compile(r"\{\{([0-9,\-]+)\}\}")


def inline_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2), m.group(1)), t)
    t = CITE.sub(lambda m: '<sup><a href="#ref_%s">%s</a></sup>' % (m.group(1).split(",")[0].split("-")[0], m.group(1)), t)
    return t


def inline_md(t):
    t = LINK.sub(lambda m: "[%s](/articles/%s?lang=us)" % (m.group(1), m.group(2)), t)
    t = CITE.sub(lambda m: " " + m.group(1), t)
    return t


def inline_txt(t):
    t = LINK.sub(lambda m: m.group(1), t)
    t = CITE.sub(lambda m: m.group(1), t)
    return t


def ul_html(items):
    out = []
    stack = []  # open levels
    prev = -1
    for lvl, text in items:
        if lvl > prev:
            out.append("<ul>")
            stack.append(lvl)
        else:
            out.append("</li>")
            while stack and stack[-1] > lvl:
                stack.pop()
                out.append("</ul></li>")
        out.append("<li>" + inline_html(text))
        prev = lvl
    out.append("</li>")
    while len(stack) > 1:
        stack.pop()
        out.append("</ul></li>")
    out.append("</ul>")
    return "".join(out)


def body_html(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h2":
            out.append('<h2 id="nav_%s">%s</h2>' % (slugify(val), html.escape(val)))
        elif kind == "h3":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % inline_html(val))
        else:
            out.append(ul_html(val))
    return "\n".join(out)


def body_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h2":
            out.append("#### " + val)
        elif kind == "h3":
            out.append("##### " + val)
        elif kind == "p":
            out.append(inline_md(val))
        else:
            lines = []
            for lvl, text in val:
                lines.append("    " * lvl + "- " + inline_md(text))
                lines.append("")
            out.append("\n".join(lines).rstrip())
    return "\n\n".join(out) + "\n"


def body_txt(blocks, mode):
    out = []
    for kind, val in blocks:
        if kind in ("h2", "h3"):
            out.append(val)
        elif kind == "p":
            out.append(inline_txt(val))
        else:
            if mode == "runon":
                out.append(" ".join(inline_txt(t) for _, t in val))
            elif mode == "bullets":
                out.append("\n".join("  " * (l + 1) + "\u2022 " + inline_txt(t) for l, t in val))
            else:
                out.append("\n".join(inline_txt(t) for _, t in val))
    return "\n\n".join(out) + "\n"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind == "p":
            n += len(inline_txt(val).split())
        elif kind == "ul":
            n += sum(len(inline_txt(t).split()) for _, t in val)
    return n


# ---------------------------------------------------------------- chrome
NAV = ["About", "Articles", "Cases", "Courses", "Questions", "Quiz", "Recent Edits", "Supporters"]


def html_page(meta, slug, blocks):
    title = meta["title"]
    is_case = meta.get("case", False)
    kind = "cases" if is_case else "articles"
    h2s = [v for k, v in blocks if k == "h2"]
    refs = "".join(
        '<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://pubmed.ncbi.nlm.nih.gov/%d" target="_blank" rel="noopener">Pubmed</a></li>\n'
        % (i + 1, html.escape(r), 31000000 + 7919 * (i + 1) + meta["rid"]) for i, r in enumerate(meta.get("references", [])))
    related = "".join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r)) for r in meta.get("related", []))
    syn = "".join("<li>%s</li>" % html.escape(s) for s in meta.get("synonyms", []))
    onpage = "".join('<li><a href="#nav_%s">%s</a></li>' % (slugify(h), html.escape(h)) for h in h2s)
    cases = "".join('<li class="case-item" data-position="%d"><a href="/cases/%s">Case %d: %s</a></li>' % (i + 1, slugify(c), i + 1, html.escape(c)) for i, c in enumerate(meta.get("cases", [])))
    if is_case:
        header_extra = '<div class="case-contributor">Case contributed by <a href="/users/%s?lang=us">%s</a></div>\n<div class="diagnosis-certainty">Diagnosis certain</div>' % (slugify(meta["revised_by"]), meta["revised_by"])
        info = ('<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and case data</h2>'
                '<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. Case study, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%d</div></div>'
                '<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>'
                '<div class="meta-item"><div class="meta-item-title">Published:</div><div>%s</div></div></div>'
                % (meta["authors"], title, meta["rid"], meta["system"], meta.get("published", "2 Feb 2025")))
    else:
        header_extra = '<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta["revised_by"]), meta["revised_by"], meta["revised_on"])
        info = ('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>\n'
                '<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. Reference article, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%d</div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%d">https://doi.org/10.53347/rID-%d</a></div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">rID:</div><div>%d</div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%d times, by %d contributors - <a href="/articles/%s/revisions?lang=us">see full revision history and disclosures</a></div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s?lang=us">%s</a></div></div>\n'
                '<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>\n</div>'
                % (meta["authors"], title, meta["rid"], meta["rid"], meta["rid"], meta["rid"], meta["created_on"], slugify(meta["created_by"]), meta["created_by"], meta["created_by"],
                   meta.get("revisions", 40), meta.get("contributors", 12), slug, slugify(meta["system"]), meta["system"], syn))
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('description', title))}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7d21aa0c3e.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">{''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV)}</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{meta.get('promo', 'Live course: Musculoskeletal and spine MRI masterclass - book now')}</a></div>
<main id="content" class="main-content">
<div class="{'case' if is_case else 'article'}-header">
<h1 class="header-title">{html.escape(title)}</h1>
{header_extra}
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
{info}
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><ul>{onpage}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(blocks)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('related_title', 'See also'))}</h2><ul>{related}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>{'Case images' if is_case else 'Cases and figures'}</h2><ul class="case-list">{cases}</ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"articleId":{meta['rid']},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
"""


def md_page(meta, slug, blocks):
    title = meta["title"]
    h2s = [v for k, v in blocks if k == "h2"]
    nav = "\n\n".join("      \n        [%s](/%s?lang=us)\n      " % (n, slugify(n)) for n in NAV)
    refs = "\n\n".join("%d. %s" % (i + 1, r) for i, r in enumerate(meta.get("references", [])))
    onpage = "\n\n".join("- [%s](#nav_%s)" % (h, slugify(h)) for h in h2s)
    related = "\n\n".join("- [%s](/articles/%s?lang=us)" % (r, slugify(r)) for r in meta.get("related", []))
    syn = "\n".join("    - %s" % s for s in meta.get("synonyms", []))
    fm = meta.get("front_matter", {"title": slug, "source": "radiopaedia", "category": "pathology", "system": meta["system"].lower()})
    fm_txt = "\n".join("%s: %s" % (k, v) for k, v in fm.items())
    return f"""---
{fm_txt}
---

{title} | Radiology Reference Article | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=aW{meta['rid']}xQ)
            
    [
      
        &times;
      
    ](#)
    
{nav}

        
          [Log In](/sessions/new?lang=us)
        
        
          [Sign Up](/users/sign_up?lang=us)
        

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      

      [Go ad-free](/go-ad-free)

      Search
      *
    

      # 
  {title}
  

          Last revised by [{meta['revised_by']}](/users/{slugify(meta['revised_by'])}?lang=us)

          on {meta['revised_on']}
        

    [
      Edit article
](/articles/{slug}/edit?lang=us)    

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and article data
      

          **
            Citation:
          **
        
          {meta['authors']}. {title}. Reference article, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-{meta['rid']}
        
          **
            rID:
          **
        
          {meta['rid']}
        
          **
            Article created:
          **
        
  {meta['created_on']},
  [{meta['created_by']}](/users/{slugify(meta['created_by'])}?lang=us)

    *
      At the time the article was created {meta['created_by']} had no recorded disclosures.
    *

          **
            Synonyms:
          **

{syn}

## On this page:

Article:

{onpage}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(blocks)}
#### References

{refs}

Share article

## Related articles: {meta.get('related_title', 'See also')}

{related}

    
  
    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

     Thank you for updating your details.

        &copy; 2005&ndash;2026 Radiopaedia.org
"""


def txt_page(meta, slug, blocks):
    title = meta["title"]
    syn = "\n".join("  \u2022 %s" % s for s in meta.get("synonyms", []))
    cases = "\n".join("  \u2022 Drag\n    Case %d: %s\n    Drag here to reorder." % (i + 1, c) for i, c in enumerate(meta.get("cases", [])))
    return f"""{title}

{body_txt(blocks, meta.get('txt_lists', 'lines'))}
Share article

Article information

rID: {meta['rid']}
Section: Pathology
Synonyms or Alternate Spellings:
{syn}

Support Radiopaedia and see fewer ads

Cases and figures

{cases}
  \u2022 Updating… Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.
"""


def build(slug):
    d = os.path.join(SRC, slug)
    meta = yaml.safe_load(open(os.path.join(d, "meta.yaml")))
    blocks = parse(open(os.path.join(d, "body.src")).read())
    od = os.path.join(OUT, slug)
    os.makedirs(od, exist_ok=True)
    for f in os.listdir(od):
        if f.startswith("article."):
            os.remove(os.path.join(od, f))
    for form in meta["forms"]:
        page = {"html": html_page, "md": md_page, "txt": txt_page}[form](meta, slug, blocks)
        open(os.path.join(od, "article." + form), "w").write(page)
    return words(blocks)


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(x for x in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, x)))
    for s in slugs:
        print(s, build(s))
