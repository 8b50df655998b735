#!/usr/bin/env python3
"""Render BI article bodies (mini-markup in bodies/) into html/md/txt forms with invented chrome."""
import html, re, os, sys, json
from meta import META

OUT = "/work/blind/BI"

def parse(body):
    """-> list of blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(level,text)])"""
    blocks = []
    for raw in body.strip("\n").split("\n"):
        if not raw.strip():
            continue
        m = re.match(r"^( *)- (.*)$", raw)
        if m:
            lvl = len(m.group(1)) // 2
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append((lvl, m.group(2)))
            else:
                blocks.append(("ul", [(lvl, m.group(2))]))
        elif raw.startswith("### "):
            blocks.append(("h3", raw[4:]))
        elif raw.startswith("## "):
            blocks.append(("h2", raw[3:]))
        else:
            blocks.append(("p", raw))
    return blocks

LINK = re.compile(r"\{\{([^|}]+)\|([^}]+)\}\}")
BOLD = re.compile(r"\*\*(.+?)\*\*")
REF = re.compile(r"\[(\d+(?:,\d+)*)\]")

def inline_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', t)
    t = BOLD.sub(r"<strong>\1</strong>", t)
    t = REF.sub(lambda m: "<sup>" + ",".join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(",")) + "</sup>", t)
    return t

def inline_md(t):
    t = LINK.sub(lambda m: f"[{m.group(1)}](/articles/{m.group(2)}?lang=us)", t)
    t = REF.sub(lambda m: "<sup>" + ",".join(f"[{n}](#ref_{n})" for n in m.group(1).split(",")) + "</sup>", t)
    return t

def inline_txt(t):
    t = LINK.sub(r"\1", t)
    t = BOLD.sub(r"\1", t)
    t = REF.sub(lambda m: m.group(1), t)   # citation numbers glued to words
    return t

def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def ul_html(items):
    out, depth = [], -1
    for lvl, text in items:
        if lvl > depth:
            out.append("<ul>" * (lvl - depth))
        elif lvl < depth:
            out.append("</li>" + "</ul></li>" * (depth - lvl))
        else:
            out.append("</li>")
        out.append("<li>" + inline_html(text))
        depth = lvl
    out.append("</li>" + "</ul></li>" * depth + "</ul>")
    s = "".join(out)
    return s.replace("<ul></li>", "<ul>", 0)

def body_html(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h2":
            out.append(f'<h2 id="nav_{slugify(val)}">{inline_html(val)}</h2>')
        elif kind == "h3":
            out.append(f"<h3>{inline_html(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{inline_html(val)}</p>")
        else:
            out.append(ul_html(val))
    return "\n".join(out)

def body_md(blocks, case=False):
    out = []
    for kind, val in blocks:
        if kind == "h2":
            out.append(("### " if case else "#### ") + inline_md(val))
        elif kind == "h3":
            out.append("##### " + inline_md(val))
        elif kind == "p":
            out.append(inline_md(val))
        else:
            out.append("\n".join("  " * l + "- " + inline_md(t) + "\n" for l, t in val))
        out.append("")
    return "\n".join(out)

def body_txt(blocks, liststyle):
    out = []
    for kind, val in blocks:
        if kind in ("h2", "h3"):
            out.append(inline_txt(val))
        elif kind == "p":
            out.append(inline_txt(val) + " ")
        else:
            if liststyle == "bullets":
                out.append("\n".join("  " * l + "  • " + inline_txt(t) for l, t in val))
            elif liststyle == "lines":
                out.append("\n".join(inline_txt(t) for l, t in val))
            else:  # run into one paragraph
                out.append(" ".join(inline_txt(t) for l, t in val))
        out.append("")
    return "\n".join(out)

def words(blocks):
    n = 0
    for kind, val in blocks:
        texts = [t for _, t in val] if kind == "ul" else [val]
        for t in texts:
            n += len(inline_txt(t).split())
    return n

NAV = ["About", "Articles", "Cases", "Courses", "Questions", "Quiz", "Recent Edits", "Supporters"]
NAVURL = {"About": "/about?lang=us", "Articles": "/search?scope=articles&sort=date_of_last_edit",
          "Cases": "/search?scope=cases&sort=date_of_publication", "Courses": "/courses?lang=us",
          "Questions": "/search?scope=mcqs", "Quiz": "/quizzes/all?lang=us", "Recent Edits": "/edits?lang=us",
          "Supporters": "/supporters?lang=us"}

def render_html(slug, m, blocks):
    e = html.escape
    kind = "cases" if m.get("case") else "articles"
    heads = [v for k, v in blocks if k == "h2"]
    onpage = "".join(f'<li><a href="#nav_{slugify(h)}">{e(h)}</a></li>' for h in heads)
    refs = "".join(f'<li id="ref_{i+1}"><span class="ref-text">{e(r)}</span></li>' for i, r in enumerate(m["refs"]))
    rel = "".join(f'<li><a href="/articles/{slugify(r)}?lang=us">{e(r)}</a></li>' for r in m["related"])
    syn = "".join(f"<li>{e(s)}</li>" for s in m.get("synonyms", []))
    first = m["authors"][0]
    cit = f'{", ".join(m["authors"][:3])}, et al. {m["title"]}. {"Case study" if m.get("case") else "Reference article"}, Radiopaedia.org (Accessed on {m["accessed"]}) https://doi.org/10.53347/rID-{m["rid"]}'
    patient = ""
    if m.get("case"):
        patient = (f'<div class="case-section presentation"><h2>Presentation</h2><p>{e(m["presentation"])}</p></div>'
                   f'<div class="case-section patient-data"><h2>Patient Data</h2><dl><dt>Age:</dt><dd>{e(m["age"])}</dd>'
                   f'<dt>Gender:</dt><dd>{e(m["gender"])}</dd></dl></div>')
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(m["title"])} | Radiology {"Case" if m.get("case") else "Reference Article"} | Radiopaedia.org</title>
<meta name="description" content="{e(m["desc"])}">
<meta property="og:title" content="{e(m["title"])} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7d3e1b20c4.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{e(m["system"])}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">{"".join(f'<li><a href="{e(NAVURL[n])}">{n}</a></li>' for n in NAV)}</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{e(m["promo"])}</a></div>
<main id="content" class="main-content">
<div class="{"case" if m.get("case") else "article"}-header">
<h1 class="header-title">{e(m["title"])}</h1>
<div class="author-info">{"Case contributed by" if m.get("case") else "Last revised by"} <a href="/users/{slugify(first)}?lang=us">{e(first)}</a> on {m["revised"]}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {"case" if m.get("case") else "article"}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {"case" if m.get("case") else "article"} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{e(cit)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m["rid"]}">https://doi.org/10.53347/rID-{m["rid"]}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{m["rid"]}">https://radiopaedia.org/{kind}/{m["rid"]}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m["rid"]}</div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m["revisions"]} times, by {m["contributors"]} contributors</div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(m["system"])}?lang=us">{e(m["system"])}</a></div></div>
{f'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>' if syn else ''}
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{"Case" if m.get("case") else "Article"}:</div><ul>{onpage}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{patient}
{body_html(blocks)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {e(m["relhead"])}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {"case" if m.get("case") else "article"}</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{"".join(f'<li class="case-item"><a href="/cases/{slugify(c)}">Case {i+1}: {e(c)}</a></li>' for i, c in enumerate(m["cases"]))}</ul></div></aside>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{json.dumps({"id": int(m["rid"]), "slug": slug, "lang": "us"})}</script>
</body>
</html>
"""

def render_md(slug, m, blocks):
    kind = "cases" if m.get("case") else "articles"
    nav = "\n\n    \n".join(f"        [{n}]({NAVURL[n]})" for n in NAV)
    heads = [v for k, v in blocks if k == "h2"]
    onpage = "\n\n".join(f"- [{h}](#nav_{slugify(h)})" for h in heads)
    refs = "\n\n".join(f"{i+1}. {r}" for i, r in enumerate(m["refs"]))
    rel = "\n\n".join(f"- [{r}](/articles/{slugify(r)}?lang=us)" for r in m["related"])
    syn = "\n\n".join(f"- {s}" for s in m.get("synonyms", []))
    patient = ""
    if m.get("case"):
        patient = f"### Presentation\n\n{m['presentation']}\n\n### Patient Data\n\nAge: {m['age']}\n\nGender: {m['gender']}\n\n"
    fm = m.get("frontmatter", {"title": slug, "source": "radiopaedia", "system": m["system"].lower()})
    fmtxt = "\n".join(f"{k}: {v}" for k, v in fm.items())
    return f"""---
{fmtxt}
---

{m["title"]} | Radiology {"Case" if m.get("case") else "Reference Article"} | Radiopaedia.org

    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Xq81bR2kd0{m["rid"]})
            

    [
      
        &times;
      
    ](#)

{nav}

        
          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      

    [
    
](https://radiopaedia.org/courses/{slugify(m["promo"])})

      # 
  {m["title"]}
  

        
          {"Case contributed by" if m.get("case") else "Last revised by"} [{m["authors"][0]}](/users/{slugify(m["authors"][0])}?lang=us)

          on {m["revised"]}
        

    [
      Edit {"case" if m.get("case") else "article"}
](/{kind}/{slug}/edit?lang=us)    
      *
      **

    - 
      [View revision history](/{kind}/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and {"case" if m.get("case") else "article"} data
      

          **
            Citation:
          **
        
          {", ".join(m["authors"][:3])}, et al. {m["title"]}. {"Case study" if m.get("case") else "Reference article"}, Radiopaedia.org (Accessed on {m["accessed"]}) https://doi.org/10.53347/rID-{m["rid"]}
        
          **
            rID:
          **
        
          {m["rid"]}
        
          **
            Revisions:
          **
        
          {m["revisions"]} times, by {m["contributors"]} contributors
        
{("          **" + chr(10) + "            Synonyms:" + chr(10) + "          **" + chr(10) + chr(10) + syn + chr(10)) if syn else ""}
## On this page:

{onpage}

- [References](#references)

{patient}{body_md(blocks, m.get("case"))}
## 
        References
      

{refs}

## Related articles: {m["relhead"]}

{rel}

    
      Share {"case" if m.get("case") else "article"}

    ## 
      Cases and figures

{chr(10).join(f"- Case {i+1}: {c}" for i, c in enumerate(m["cases"]))}

          ## 
            [Radiopaedia.org](/?lang=us)

                - 
                [About](/about?lang=us)
              
                - 
                [Editorial Board](/editors?lang=us)
              
            [Contact Us](/contact?lang=us)
          
            [Terms of Use](/terms?lang=us)
          
        &copy; 2005&ndash;2026 Radiopaedia.org
"""

def render_txt(slug, m, blocks):
    patient = ""
    if m.get("case"):
        patient = f"Presentation\n\n{m['presentation']}\n\nPatient Data\n\nAge: {m['age']}\nGender: {m['gender']}\n\n"
    syn = "\n".join(f"  • {s}" for s in m.get("synonyms", []))
    return f"""{m["title"]}

{patient}{body_txt(blocks, m.get("txtlists", "bullets"))}
Share {"case" if m.get("case") else "article"}

{"Case" if m.get("case") else "Article"} information

rID: {m["rid"]}
Section: {m.get("section", "Pathology")}
{("Synonyms or Alternate Spellings:" + chr(10) + syn) if syn else ""}

Support Radiopaedia and see fewer ads

Cases and figures

{chr(10).join(f"  • Drag{chr(10)}    Case {i+1}: {c}{chr(10)}    Drag here to reorder." for i, c in enumerate(m["cases"]))}
  • Updating… Please wait.

    Error Unable to process the form. Check for errors and try again.
"""

def main():
    stats = {}
    for slug, m in META.items():
        body = open(f"bodies/{slug}.txt").read()
        blocks = parse(body)
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in ("html", "md", "txt"):
            p = os.path.join(d, f"article.{f}")
            if os.path.exists(p):
                os.remove(p)
        for f in m["forms"]:
            txt = {"html": render_html, "md": render_md, "txt": render_txt}[f](slug, m, blocks)
            open(os.path.join(d, f"article.{f}"), "w").write(txt)
        stats[slug] = words(blocks)
        print(slug, m["forms"], stats[slug], "words")
    json.dump(stats, open("wordcounts.json", "w"), indent=1)

if __name__ == "__main__":
    main()
