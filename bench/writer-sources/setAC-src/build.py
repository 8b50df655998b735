#!/usr/bin/env python3
"""Render article forms + gold.yaml from .src/*.src, check every quote, write README."""
import html, os, re, sys, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"frequency","percentage","appearance","differential","threshold","age","sex_ratio",
         "synonym","sign","association","definition","classification","rank","statement"}

def parse_src(path):
    txt = open(path, encoding="utf-8").read()
    parts = re.split(r"^===(\w+)===\s*$", txt, flags=re.M)
    meta = {}
    for line in parts[0].strip().splitlines():
        k, v = line.split(":", 1); meta[k.strip()] = v.strip()
    sec = {parts[i]: parts[i+1] for i in range(1, len(parts), 2)}
    return meta, sec

def parse_body(body):
    """blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(text,[children])])"""
    blocks, para, ul = [], [], None
    def flush():
        nonlocal para, ul
        if para: blocks.append(("p", " ".join(para))); para = []
        if ul is not None: blocks.append(("ul", ul)); ul = None
    for raw in body.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush(); continue
        if line.startswith("### "): flush(); blocks.append(("h3", line[4:])); continue
        if line.startswith("## "): flush(); blocks.append(("h2", line[3:])); continue
        m = re.match(r"^( *)- (.*)$", line)
        if m:
            if para: blocks.append(("p", " ".join(para))); para = []
            if ul is None: ul = []
            if len(m.group(1)) >= 2: ul[-1][1].append(m.group(2))
            else: ul.append((m.group(2), []))
            continue
        if ul is not None: blocks.append(("ul", ul)); ul = None
        para.append(line.strip())
    flush()
    return blocks

LINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")
CITE = re.compile(r"\^([0-9,]+)")
def slugify(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def inline(t, form):
    if form == "html":
        t = html.escape(t, quote=False)
        t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), t)
        t = BOLD.sub(r"<strong>\1</strong>", t)
        t = CITE.sub(lambda m: "<sup>" + ",".join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(",")) + "</sup>", t)
    elif form == "md":
        t = LINK.sub(lambda m: "[%s](/articles/%s?lang=us)" % (m.group(1), m.group(2) or slugify(m.group(1))), t)
        t = CITE.sub(lambda m: " " + m.group(1), t)
    else:
        t = LINK.sub(lambda m: m.group(1), t)
        t = BOLD.sub(r"\1", t)
        t = CITE.sub(lambda m: m.group(1), t)
    return t

def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2": out.append('<h4 id="nav_%s">%s</h4>' % (slugify(v), inline(v, "html")))
        elif kind == "h3": out.append("<h5>%s</h5>" % inline(v, "html"))
        elif kind == "p": out.append("<p>%s</p>" % inline(v, "html"))
        else:
            lis = []
            for t, ch in v:
                sub = "<ul>" + "".join("<li>%s</li>" % inline(c, "html") for c in ch) + "</ul>" if ch else ""
                lis.append("<li>%s%s</li>" % (inline(t, "html"), sub))
            out.append("<ul>" + "".join(lis) + "</ul>")
    return "\n".join(out)

def body_md(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2": out.append("#### " + inline(v, "md"))
        elif kind == "h3": out.append("##### " + inline(v, "md"))
        elif kind == "p": out.append(inline(v, "md"))
        else:
            for t, ch in v:
                if ch:
                    out.append("- \n" + inline(t, "md"))
                    out.append(inline(ch[0], "md"))
                    for c in ch[1:]: out.append("- " + inline(c, "md"))
                else:
                    out.append("- " + inline(t, "md"))
    return "\n\n".join(out)

def body_txt(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"): out.append(inline(v, "txt"))
        elif kind == "p": out.append(inline(v, "txt") + " ")
        else:
            lines = []
            for t, ch in v:
                lines.append(inline(t, "txt"))
                lines.extend(inline(c, "txt") for c in ch)
            out.append("\n".join(lines))
    return "\n\n".join(out)

# ---------------- chrome ----------------
NAV = ["About|/about", "Articles|/search?scope=articles&sort=date_of_last_edit", "Cases|/search?scope=cases&sort=date_of_publication",
       "Courses|/courses", "Questions|/search?scope=mcqs", "Quiz|/quizzes/all", "Recent Edits|/edits", "Supporters|/supporters"]

def render_html(meta, blocks, refs, related, is_case):
    slug, title = meta["slug"], meta["title"]
    e = html.escape
    base = "cases" if is_case else "articles"
    nav = "".join('<li><a href="%s%slang=us">%s</a></li>' % (e(u), "&amp;" if "?" in u else "?", n) for n, u in (x.split("|") for x in NAV))
    heads = [v for k, v in blocks if k == "h2"]
    onpage = "".join('<li><a href="#nav_%s">%s</a></li>' % (slugify(h), e(h)) for h in heads)
    syn = "".join("<li>%s</li>" % e(s.strip()) for s in meta.get("synonyms", "").split(";") if s.strip())
    refl = "\n".join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i+1, e(r)) for i, r in enumerate(refs))
    rel_title, rel_items = related
    rel = "".join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), e(r)) for r in rel_items)
    if is_case:
        header_extra = '<div class="author-info">Case contributed by <a href="/users/%s?lang=us">%s</a></div>\n<div class="diagnostic-certainty">Diagnosis certain</div>' % (slugify(meta["author"]), e(meta["author"]))
        cite = "%s. %s. Case study, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s" % (meta["citeauthors"], title, meta["accessed"], meta["rid"])
        pdata = '<div class="patient-data"><h3>Patient Data</h3><div>Age: %s</div><div>Gender: %s</div></div>' % (e(meta["age"]), e(meta["gender"]))
    else:
        header_extra = '<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta["author"]), e(meta["author"]), meta["revised"])
        cite = "%s. %s. Reference article, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s" % (meta["citeauthors"], title, meta["accessed"], meta["rid"])
        pdata = ""
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org</title>
<meta property="og:title" content="{e(title)} | Radiopaedia.org">
<meta property="og:url" content="https://radiopaedia.org/{base}/{slug}">
<link rel="canonical" href="https://radiopaedia.org/{base}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7b1d33e0a2.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{base}", "system": "{e(meta['systems'])}"}}}};</script>
</head>
<body class="{base} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">{nav}</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{e(meta['promo'])}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{e(title)}</h1>
{header_extra}
<div class="article-actions"><a href="/{base}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{base}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{e(cite)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if is_case else 'Article'} created:</div><div>{meta['created']}, <a href="/users/{slugify(meta['creator'])}?lang=us">{e(meta['creator'])}</a><div class="disclosure">At the time the {'case' if is_case else 'article'} was created {e(meta['creator'])} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta['revised']}, <a href="/users/{slugify(meta['author'])}?lang=us">{e(meta['author'])}</a><div class="disclosure">Disclosures: At the time the {'case' if is_case else 'article'} was last revised {e(meta['author'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta['revisions']} times, by {meta['contributors']} contributors - <a href="/{base}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{e(meta['systems'])}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{e(meta['tags'])}</div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{onpage}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
{pdata}
<div class="body user-generated-content">
{body_html(blocks)}
</div>
<div class="references" id="references"><h2>References</h2><ol>
{refl}
</ol></div>
<div id="related-articles"><h2>{e(rel_title)}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1: {e(title.lower())}</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2: {e(title.lower())}</a></li></ul><a href="#" class="load-more">Load more cases</a></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li><a href="/articles/style-guide-and-help?lang=us">Help</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"id":{meta['rid']},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
"""

def render_md(meta, blocks, refs, related, is_case):
    slug, title = meta["slug"], meta["title"]
    base = "cases" if is_case else "articles"
    nav = "\n\n".join("        [%s](%s%slang=us)\n      " % (n, u, "&" if "?" in u else "?") for n, u in (x.split("|") for x in NAV))
    heads = [v for k, v in blocks if k == "h2"]
    onpage = "\n\n".join("- [%s](#nav_%s)" % (h, slugify(h)) for h in heads)
    syn = "\n\n".join("              - \n                %s\n              " % s.strip() for s in meta.get("synonyms", "").split(";") if s.strip())
    refl = "\n\n".join("- %s" % r for r in refs)
    rel_title, rel_items = related
    rel = "\n\n".join("  - \n      [%s](/articles/%s?lang=us)\n  " % (r, slugify(r)) for r in rel_items)
    kindword = "Case study" if is_case else "Reference article"
    who = ("Case contributed by [%s](/users/%s?lang=us)" % (meta["author"], slugify(meta["author"]))) if is_case else \
          ("Last revised by [%s](/users/%s?lang=us)\n\n          on %s" % (meta["author"], slugify(meta["author"]), meta["revised"]))
    pdata = ("\n\n### Patient Data\n\nAge: %s\n\nGender: %s\n" % (meta["age"], meta["gender"])) if is_case else ""
    return f"""---
title: {slug.replace('-', ' ')}
source: radiopaedia
category: {'case' if is_case else 'pathology'}
system: {meta['mdsystem']}
modality: {meta['modality']}
---

{title} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org


    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zt4kL0qR7m-{meta['rid']}-1.0.1.1)
            

    [
      
        &times;
      
    ](#)
    
      *
    

{nav}

        
          [Log In](/sessions/new?lang=us)
        
        
          [Sign Up](/users/sign_up?lang=us)
        

    
        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      

    [
    
](https://radiopaedia.org/courses?lang=us)

      # 
  {title}
  

  
          {who}
        

  
    [
      Edit {'case' if is_case else 'article'}
]({'/' + base}/{slug}/edit?lang=us)    
      *
      **
    

    - 
      [View revision history](/{base}/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and {'case' if is_case else 'article'} data
      

          **
            Citation:
          **
        
        
          {meta['citeauthors']}. {title}. {kindword}, Radiopaedia.org (Accessed on {meta['accessed']}) https://doi.org/10.53347/rID-{meta['rid']}
        
      
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})
        
      
          **
            rID:
          **
        
          {meta['rid']}
        

          **
            Last revised:
          **
        
          {meta['revised']}, [{meta['author']}](/users/{slugify(meta['author'])}?lang=us)

          Disclosures: At the time the {'case' if is_case else 'article'} was last revised {meta['author']} had no financial relationships to [ineligible companies](/disclosures) to disclose.
        
          **
            Systems:
          **
        
          {meta['systems']}
        

          **
            Tags:
          **
        
          {meta['tags']}
        
{('''
          **
            Synonyms:
          **
        
''' + syn) if syn else ''}

    
          ADVERTISEMENT: Supporters see fewer/no ads
{pdata}
## On this page:

{'Case' if is_case else 'Article'}:

{onpage}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(blocks)}

    
      ## 
        References
      

{refl}

  ## {rel_title}

{rel}

    Share {'case' if is_case else 'article'}

  ## Cases and figures

  - 
      Drag
      
      Case 1: {title.lower()}
      Drag here to reorder.
  

            [Load more cases](#)

        ## Promoted articles (advertising)

          ADVERTISEMENT: Supporters see fewer/no ads

  {{"current_user":null,"inclusions":[{{"imageId":{int(meta['rid'])*7},"caseSlug":"{slug}-1","isStack":true}}],"lang":"us"}}

            ## 
              [Radiopaedia.org](/?lang=us)

              - 
                [About](/about?lang=us)

              - 
                [Editorial Board](/editors?lang=us)

            [Contact Us](/contact?lang=us)
          
            [Terms of Use](/terms?lang=us)
          
            [Privacy Policy](/terms?lang=us#privacy-policy)

        &copy; 2005&ndash;2026 Radiopaedia.org
"""

def render_txt(meta, blocks, refs, related, is_case):
    title = meta["title"]
    pdata = ("Patient Data\n\nAge: %s\nGender: %s\n\n" % (meta["age"], meta["gender"])) if is_case else ""
    refl = "\n".join("%d. %s" % (i+1, r) for i, r in enumerate(refs))
    return f"""{title}

{pdata}{body_txt(blocks)}

References

{refl}

{related[0]}
{chr(10).join(related[1])}

Cases and figures
  • Drag
    Case 1: {title.lower()}
    Drag here to reorder.
  • Updating… Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.
"""

# ---------------- checking ----------------
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def strip_html_body(doc):
    m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="references"', doc, re.S)
    b = m.group(1)
    b = re.sub(r"</?(a|strong|em|sup|b|i|span)\b[^>]*>", "", b)
    b = re.sub(r"<[^>]+>", " ", b)
    return html.unescape(b)

def strip_md_body(doc):
    start = doc.index("- [Cases and figures](#article-images)") + len("- [Cases and figures](#article-images)")
    end = doc.index("        References\n", start)
    b = doc[start:end]
    b = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", b)
    b = b.replace("**", "")
    b = re.sub(r"^#+ ", "", b, flags=re.M)
    b = re.sub(r"^\s*- ", "", b, flags=re.M)
    return b

def strip_txt_body(doc, title, is_case):
    start = doc.index(title + "\n") + len(title)
    end = doc.rindex("\nReferences\n")
    return doc[start:end]

def main():
    rows, kinds, problems = [], collections.Counter(), []
    for src in sorted(glob.glob(os.path.join(HERE, "*.src"))):
        meta, sec = parse_src(src)
        slug = meta["slug"]; is_case = meta.get("type") == "case"
        blocks = parse_body(sec["BODY"])
        refs = [l.strip() for l in sec["REFS"].strip().splitlines() if l.strip()]
        rl = [l.strip() for l in sec["RELATED"].strip().splitlines() if l.strip()]
        related = (rl[0], rl[1:])
        forms = [f.strip() for f in meta["forms"].split(",")]
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in ("html", "md", "txt"):
            p = os.path.join(d, "article." + f)
            if f in forms:
                r = {"html": render_html, "md": render_md, "txt": render_txt}[f](meta, blocks, refs, related, is_case)
                open(p, "w", encoding="utf-8").write(r)
            elif os.path.exists(p): os.remove(p)
        # gold
        facts = []
        for ln, line in enumerate(sec["GOLD"].splitlines()):
            if not line.strip() or line.lstrip().startswith("#"): continue
            parts = [x.strip() for x in line.split("|")]
            if len(parts) != 7:
                problems.append("%s gold line %d: %d fields: %s" % (slug, ln, len(parts), line)); continue
            k, subj, item, val, grp, attr, q = parts
            if k == "differential" and not val: val = item
            if k not in KINDS: problems.append("%s: bad kind %s" % (slug, k))
            if not val: problems.append("%s: empty value: %s" % (slug, line))
            if k == "frequency" and not grp: problems.append("%s: frequency w/o group: %s" % (slug, line))
            if k == "appearance" and not attr: problems.append("%s: appearance w/o attribute: %s" % (slug, line))
            if k == "differential" and not item: problems.append("%s: differential w/o item: %s" % (slug, line))
            facts.append(dict(kind=k, subject=subj, item=item, value=val, group=grp, attribute=attr, quote=q))
        gold = {"title": meta["title"], "system": meta["system"], "forms": forms, "facts": facts}
        with open(os.path.join(d, "gold.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
        # check against files on disk
        bodies = {}
        for f in forms:
            doc = open(os.path.join(d, "article." + f), encoding="utf-8").read()
            bodies[f] = norm({"html": strip_html_body, "md": strip_md_body}.get(f, lambda x: strip_txt_body(x, meta["title"], is_case))(doc))
        g2 = yaml.safe_load(open(os.path.join(d, "gold.yaml"), encoding="utf-8"))
        seen = set()
        for fa in g2["facts"]:
            key = (fa["kind"], fa["subject"].lower(), fa["item"].lower(), fa["value"].lower(), fa["attribute"].lower())
            if key in seen: problems.append("%s: duplicate fact %s" % (slug, key))
            seen.add(key)
            for f, b in bodies.items():
                if norm(fa["quote"]) not in b:
                    problems.append("%s [%s]: quote not found: %r" % (slug, f, fa["quote"]))
        words = len(re.findall(r"\S+", bodies["txt"] if "txt" in bodies else norm(strip_txt_body(render_txt(meta, blocks, refs, related, is_case), meta["title"], is_case))))
        # word count of body without citation/Patient data noise
        plain = norm(body_txt(blocks)); words = len(plain.split())
        rows.append((slug, forms, words, len(facts)))
        kinds.update(fa["kind"] for fa in facts)
        if not (600 <= words <= 1100): problems.append("%s: body words %d" % (slug, words))
        if not (70 <= len(facts) <= 110): problems.append("%s: facts %d" % (slug, len(facts)))
    # README
    L = ["# Blind writer set AC", "",
         "Radiopaedia-style articles with gold fact annotations, written blind (the extractor code was not opened).",
         "Each sub-folder holds the article form(s) and `gold.yaml` (format: /work/main/bench/dev-corpus/README.md).",
         "Sources are in `.src/*.src` (metadata, body markup, references, related articles, gold lines, one fact per line);",
         "`python3 .src/build.py` renders every form and gold.yaml, re-reads the written files, and checks every quote",
         "against the body region of every form (HTML tags / markdown markup stripped, whitespace and case normalised).",
         "`python3 .src/check_quotes.py` re-checks every quote independently (html.parser text of the body div, markdown",
         "links/markup removed, txt up to References) and validates the fact fields.",
         "Gold was written together with each article, before any extractor was run. Differential facts carry value = item;",
         "sex ratios are normalised (\"M:F 2:1\", \"F > M\"); other values are copied from the article where possible.",
         "", "Topics: neuroradiology, spine, head and neck, musculoskeletal and paediatrics (one case page).",
         "Word counts are of the body text only (no navigation, citation block, patient data, references, related articles or footer).",
         "", "Last check: %d problems." % len(problems), "", "## Articles", "",
         "| slug | forms | words (body) | gold facts |", "|---|---|---|---|"]
    for s, f, w, n in rows: L.append("| %s | %s | %d | %d |" % (s, ", ".join(f), w, n))
    L.append("| **total** | %d files | %d | %d |" % (sum(len(r[1]) for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)))
    L += ["", "## Gold facts per kind", "", "| kind | facts |", "|---|---|"]
    for k, n in kinds.most_common(): L.append("| %s | %d |" % (k, n))
    L.append("| **total** | %d |" % sum(kinds.values()))
    open(os.path.join(OUT, "README.md"), "w").write("\n".join(L) + "\n")
    for p in problems: print(p)
    for r in rows: print(r)
    print("problems:", len(problems))

if __name__ == "__main__":
    main()
