#!/usr/bin/env python3
"""Build AL articles (html/md/txt) + gold.yaml from src/*.src files."""
import re, json, html, sys, pathlib
SRC = pathlib.Path(__file__).parent / "src"
OUT = pathlib.Path(__file__).parent.parent / "AL"

def parse(path):
    meta, sec, body, refs, gold = {}, None, [], [], []
    for line in path.read_text().splitlines():
        if line.strip() in ("body:", "refs:", "gold:"):
            sec = line.strip()[:-1]; continue
        if sec is None:
            if ":" in line:
                k, v = line.split(":", 1); meta[k.strip()] = v.strip()
        elif sec == "body": body.append(line)
        elif sec == "refs":
            if line.strip(): refs.append(line.strip())
        elif sec == "gold":
            if line.strip() and not line.startswith("#"): gold.append(line)
    return meta, body, refs, gold

def blocks(body):
    """-> list of (type, data): h2/h3/h4 text, p text, list [(depth,text)], runlist marker"""
    out, para, lst = [], [], []
    def flush():
        nonlocal para, lst
        if para: out.append(("p", " ".join(para))); para = []
        if lst: out.append(("ul", lst)); lst = []
    run = False
    for ln in body:
        if not ln.strip(): flush(); continue
        m = re.match(r"^(#{2,5}) (.*)", ln)
        if m: flush(); out.append(("h%d" % len(m.group(1)), m.group(2))); continue
        m = re.match(r"^( *)- (.*)", ln)
        if m:
            if para: out.append(("p", " ".join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2))); continue
        if lst: out.append(("ul", lst)); lst = []
        para.append(ln.strip())
    flush()
    return out

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
CITE = re.compile(r"\{([\d,]+)\}")
BOLD = re.compile(r"\*\*(.+?)\*\*")

def inl_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), t)
    t = BOLD.sub(r"<strong>\1</strong>", t)
    t = CITE.sub(lambda m: "<sup>" + ",".join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(",")) + "</sup>", t)
    return t
def inl_md(t):
    t = LINK.sub(lambda m: "[%s](%s?lang=us)" % (m.group(1), m.group(2)), t)
    return CITE.sub(lambda m: " " + m.group(1), t)
def inl_txt(t):
    t = LINK.sub(r"\1", t); t = BOLD.sub(r"\1", t)
    return CITE.sub(lambda m: m.group(1), t)

def anchor(t): return "nav_" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def body_html(bl):
    o = []
    for k, d in bl:
        if k in ("h2", "h3", "h4", "h5"):
            lvl = {"h2": 4, "h3": 5, "h4": 6, "h5": 6}[k]
            idattr = ' id="%s"' % anchor(d) if k == "h2" else ""
            o.append("<h%d%s>%s</h%d>" % (lvl, idattr, inl_html(d), lvl))
        elif k == "p": o.append("<p>%s</p>" % inl_html(d))
        else:
            s, depth = "", -1
            for dp, tx in d:
                if dp > depth: s += "<ul>"
                elif dp < depth: s += "</li></ul>" * (depth - dp) + "</li>"
                else: s += "</li>"
                s += "<li>" + inl_html(tx); depth = dp
            s += "</li></ul>" * (depth + 1)
            o.append(s)
    return "\n".join(o)

def body_md(bl):
    o = []
    for k, d in bl:
        if k in ("h2", "h3", "h4", "h5"):
            o.append({"h2": "####", "h3": "#####", "h4": "######", "h5": "######"}[k] + " " + inl_md(d))
        elif k == "p": o.append(inl_md(d))
        else: o.append("\n\n".join("  " * dp + "- " + inl_md(tx) for dp, tx in d))
    return "\n\n".join(o)

def body_txt(bl, runlists):
    o = []
    for i, (k, d) in enumerate(bl):
        if k.startswith("h"): o.append(inl_txt(d))
        elif k == "p": o.append(inl_txt(d) + " ")
        else:
            items = [inl_txt(tx) for dp, tx in d]
            if runlists and o and o[-1].rstrip().endswith(":"):
                o[-1] = o[-1].rstrip() + " " + " ".join(items) + " "
            else: o.append("\n".join(items))
    return "\n\n".join(o)

def slugify(t): return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def page_html(m, bl, refs):
    title, slug, rid = m["title"], m["slug"], m["rid"]
    case = m.get("case") == "yes"
    kind = "cases" if case else "articles"
    authors = [a.strip() for a in m["authors"].split(";")]
    cit = "%s et al. %s. %s, Radiopaedia.org (Accessed on 2 Mar 2026) https://doi.org/10.53347/rID-%s" % (
        ", ".join(a.split()[-1] + " " + a.split()[0][0] for a in authors), title,
        "Case study" if case else "Reference article", rid)
    syn = "".join("<li>%s</li>" % html.escape(s.strip()) for s in m.get("synonyms", "").split(";") if s.strip())
    navs = "".join('<li><a href="#%s">%s</a></li>' % (anchor(d), html.escape(d)) for k, d in bl if k == "h2")
    rel = "".join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r.strip())) for r in m["related"].split(";"))
    reflis = "".join('<li id="ref_%d"><span class="ref-text">%s</span> <a href="#">Pubmed</a></li>' % (i + 1, html.escape(re.sub(r"^\d+\.\s*", "", r))) for i, r in enumerate(refs))
    header_extra = ('<div class="case-contributor">Case contributed by <a href="/users/%s?lang=us">%s</a></div><div class="diagnostic-certainty">Diagnosis certain</div>' % (slugify(authors[0]), authors[0])) if case else ('<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(authors[0]), authors[0], m["revised"]))
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Radiology {"Case" if case else "Reference Article"} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(m.get('desc',''))}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-9b3e11c0f2.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{m['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{m.get('promo','Radiopaedia 2026 Virtual Conference - register now')}</a></div>
<main id="content" class="main-content">
<div class="{'case' if case else 'article'}-header">
<h1 class="header-title">{html.escape(title)}</h1>
{header_extra}
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cit)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if case else 'Article'} created:</div><div>{m['created']}, <a href="/users/{slugify(authors[-1])}?lang=us">{authors[-1]}</a><div class="disclosure">At the time the {'case' if case else 'article'} was created {authors[-1]} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{m['revised']}, <a href="/users/{slugify(authors[0])}?lang=us">{authors[0]}</a><div class="disclosure">Disclosures: At the time the {'case' if case else 'article'} was last revised {authors[0]} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m.get('revisions','23')} times, by {len(authors)+5} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/{kind}/section/all/{slugify(m['system'])}?lang=us">{m['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{", ".join('<a href="/tags/%s">%s</a>' % (slugify(t), t.strip()) for t in m.get('tags','').split(','))}</div></div>
{('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>') if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if case else 'Article'}:</div><ul>{navs}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(bl)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{reflis}
</ol></div>
<div id="related-articles"><h2>Related articles: {m['related_group']}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1: {html.escape(title.lower())}</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2: {html.escape(title.lower())} (CT)</a></li></ul></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
</body>
</html>
"""

def page_md(m, bl, refs):
    title, slug, rid = m["title"], m["slug"], m["rid"]
    authors = [a.strip() for a in m["authors"].split(";")]
    navs = "\n\n".join("- [%s](#%s)" % (d, anchor(d)) for k, d in bl if k == "h2")
    rel = "\n\n".join("  - \n      [%s](/articles/%s?lang=us)\n  " % (r.strip(), slugify(r)) for r in m["related"].split(";"))
    rl = "\n\n".join("          - \n            %d. %s" % (i + 1, re.sub(r"^\d+\.\s*", "", r)) for i, r in enumerate(refs))
    return f"""---
title: {slug}
source: radiopaedia
category: pathology
system: {m['system'].lower()}
modality: {m.get('modality','ct')}
---

{title} | Radiology Reference Article | Radiopaedia.org


    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zx81kQp0-1772013311.22-1.0.1.1)
            

      
        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)
      
        [Cases](/search?scope=cases&sort=date_of_publication)
      
        [Courses](/courses?lang=us)
      
        [Quiz](/quizzes/all?lang=us)
      

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)
        

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      

    
      # 
  {title}
  

          Last revised by [{authors[0]}](/users/{slugify(authors[0])}?lang=us)

          on {m['revised']}
        

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
        
          {", ".join(a.split()[-1] + " " + a.split()[0][0] for a in authors)} et al. {title}. Reference article, Radiopaedia.org (Accessed on 2 Mar 2026) https://doi.org/10.53347/rID-{rid}
        
          **
            rID:
          **
        
          {rid}
        
          **
            Systems:
          **
        
          [{m['system']}](/articles/section/all/{slugify(m['system'])}?lang=us)
        
          **
            Synonyms:
          **
        
{chr(10).join('          - ' + s.strip() for s in m.get('synonyms','').split(';') if s.strip())}

    

    
          
{body_md(bl[:1])}

## On this page:

Article:

{navs}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(bl[1:])}

    
    
      ## 
        References
      

{rl}

      

      ## 
        Related articles: {m['related_group']}
      

{rel}

    [Share article](#)

  ADVERTISEMENT: Supporters see fewer/no ads

  © 2005–2026 Radiopaedia.org
"""

def page_txt(m, bl, refs):
    title = m["title"]
    return title + "\n\n" + body_txt(bl, m.get("runlists") == "yes") + "\n\n" + \
        "\n".join(["  • Drag", "    Case 1: " + title.lower(), "    Drag here to reorder.",
                   "  • Drag", "    Case 2: " + title.lower() + " - second example", "    Drag here to reorder.",
                   "  • Updating… Please wait.", "", "    Alert accept", "",
                   "    Error Unable to process the form. Check for errors and try again."]) + "\n"

def gold_yaml(m, gold):
    forms = [f.strip() for f in m["forms"].split(",")]
    out = ["title: " + json.dumps(m["title"]), "system: " + m["system"], "forms: [" + ", ".join(forms) + "]", "facts:"]
    keys = ["kind", "subject", "item", "value", "group", "attribute", "quote"]
    for g in gold:
        parts = [p.strip() for p in g.split("|")]
        if len(parts) != 7: sys.exit("bad gold line in %s: %s" % (m["slug"], g))
        for i, (k, v) in enumerate(zip(keys, parts)):
            out.append(("  - " if i == 0 else "    ") + k + ": " + (v if k == "kind" else json.dumps(v, ensure_ascii=False)))
    return "\n".join(out) + "\n"

def main():
    for p in sorted(SRC.glob("*.src")):
        m, body, refs, gold = parse(p)
        bl = blocks(body)
        d = OUT / m["slug"]; d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("article.*"): old.unlink()
        forms = [f.strip() for f in m["forms"].split(",")]
        for f in forms:
            (d / ("article." + f)).write_text({"html": page_html, "md": page_md, "txt": page_txt}[f](m, bl, refs))
        (d / "gold.yaml").write_text(gold_yaml(m, gold))
        print("built", m["slug"], forms, len(gold))

if __name__ == "__main__":
    main()
