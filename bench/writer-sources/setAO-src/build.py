#!/usr/bin/env python3
"""Render /work/blind/AO.src/<slug>.src into article.html / article.md / article.txt.

Source = YAML header (between --- lines) + body in a tiny markup:
  '# H'   section heading      '## H'  subsection heading
  '- x'   list item ('  - x' nested)   blank line separates blocks
  [[text|slug]] link, **bold**, ^1,2 citation marker
"""
import html, re, sys, os, yaml, random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "AO")

LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")
CITE = re.compile(r"\^([0-9,]+)")


def parse(path):
    raw = open(path, encoding="utf-8").read()
    _, head, body = raw.split("---\n", 2)
    meta = yaml.safe_load(head)
    blocks, cur = [], None
    for line in body.splitlines():
        if not line.strip():
            cur = None
            continue
        if line.startswith("## "):
            blocks.append(("h5", line[3:].strip())); cur = None
        elif line.startswith("# "):
            blocks.append(("h4", line[2:].strip())); cur = None
        elif re.match(r"^\s*- ", line):
            depth = (len(line) - len(line.lstrip())) // 2
            item = line.strip()[2:]
            if cur is None or cur[0] != "ul":
                cur = ("ul", []); blocks.append(cur)
            cur[1].append((depth, item))
        else:
            if cur is not None and cur[0] == "p":
                cur[1].append(line.strip())
            else:
                cur = ("p", [line.strip()]); blocks.append(cur)
    return meta, blocks


# ---------- inline renderers
def inl_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}">{m.group(1)}</a>', s)
    s = BOLD.sub(r"<strong>\1</strong>", s)
    s = CITE.sub(lambda m: "<sup>" + ",".join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(",")) + "</sup>", s)
    return s


def inl_md(s):
    s = LINK.sub(lambda m: f"[{m.group(1)}](/articles/{m.group(2)}?lang=us)", s)
    s = CITE.sub(lambda m: " " + m.group(1), s)
    return s


def inl_txt(s):
    s = LINK.sub(r"\1", s)
    s = BOLD.sub(r"\1", s)
    s = CITE.sub(lambda m: m.group(1), s)   # glued to the preceding word
    return s


def plain(s):
    s = LINK.sub(r"\1", s)
    s = BOLD.sub(r"\1", s)
    s = CITE.sub("", s)
    return s


def body_words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h4", "h5"):
            n += len(plain(b[1]).split())
        elif b[0] == "p":
            n += len(plain(" ".join(b[1])).split())
        else:
            n += sum(len(plain(x).split()) for _, x in b[1])
    return n


def nav_id(t):
    return "nav_" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


# ---------- html
def ul_html(items):
    out, depth = ["<ul>"], 0
    for i, (d, x) in enumerate(items):
        if d > depth:
            out[-1] = out[-1][:-5]  # reopen li
            out.append("<ul>"); depth = d
        while d < depth:
            out.append("</ul></li>"); depth -= 1
        out.append(f"<li>{inl_html(x)}</li>")
    while depth > 0:
        out.append("</ul></li>"); depth -= 1
    out.append("</ul>")
    return "".join(out)


def render_html(meta, blocks):
    t, slug = meta["title"], meta["slug"]
    is_case = meta.get("kind") == "case"
    kind = "Case" if is_case else "Radiology Reference Article"
    b = []
    for blk in blocks:
        if blk[0] == "h4":
            b.append(f'<h4 id="{nav_id(blk[1])}">{html.escape(blk[1])}</h4>')
        elif blk[0] == "h5":
            b.append(f"<h5>{html.escape(blk[1])}</h5>")
        elif blk[0] == "p":
            b.append(f"<p>{inl_html(' '.join(blk[1]))}</p>")
        else:
            b.append(ul_html(blk[1]))
    heads = [x[1] for x in blocks if x[0] == "h4"]
    nav = "".join(f'<li><a href="#{nav_id(h)}">{html.escape(h)}</a></li>' for h in heads)
    refs = "".join(f'<li id="ref_{i+1}"><span class="ref-text">{html.escape(r)}</span></li>' for i, r in enumerate(meta.get("refs", [])))
    rel = "".join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us">{html.escape(r)}</a></li>' for r in meta.get("related", []))
    cases = "".join(f'<li class="case-item"><a href="/cases/{re.sub("[^a-z0-9]+","-",c.lower()).strip("-")}">Case {i+1}: {html.escape(c)}</a></li>' for i, c in enumerate(meta.get("cases", [])))
    syn = "".join(f"<li>{html.escape(s)}</li>" for s in meta.get("synonyms", []))
    a = meta["authors"]
    first = a[0]
    cite = f"{', '.join(x.split()[-1] + ' ' + x.split()[0][0] for x in a)}, et al. {t}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on {meta['accessed']}) https://doi.org/10.53347/rID-{meta['rid']}"
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{html.escape(t)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('description',''))}">
<link rel="canonical" href="https://radiopaedia.org/{'cases' if is_case else 'articles'}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7b3e91c0.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{'cases' if is_case else 'articles'}", "system": "{meta['system']}"}}}};</script>
<style>.ad-slot{{min-height:90px}} .hidden{{display:none}}</style>
</head>
<body class="{'cases' if is_case else 'articles'} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{meta.get('promo','Live webinar series: musculoskeletal and neuro cases - register now')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{first.lower().replace(' ','-')}?lang=us">{first}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/articles/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="#" class="btn">Report problem with {'case' if is_case else 'article'}</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cite)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if is_case else 'Article'} created:</div><div>{meta['created']}, {a[-1]}<div class="disclosure">At the time the {'case' if is_case else 'article'} was created {a[-1]} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', 23)} times, by {meta.get('contributors', 9)} contributors - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta['system'].lower().replace(' ','-')}?lang=us">{html.escape(meta['system'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(f'<a href="/tags/{x}?lang=us">{x}</a>' for x in meta.get('tags', []))}</div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(b)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{refs}
</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('related_title','See also'))}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{cases}</ul></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"rid":{meta['rid']},"slug":"{slug}","inclusions":[{",".join('{"caption":"Case %d","isStack":true}' % (i+1) for i in range(len(meta.get('cases', []))))}],"lang":"us"}}</script>
</body>
</html>
"""


# ---------- md
def render_md(meta, blocks):
    t, slug = meta["title"], meta["slug"]
    is_case = meta.get("kind") == "case"
    out = ["---", f"title: {slug}", "source: radiopaedia", f"category: {'case' if is_case else 'pathology'}",
           f"system: {meta.get('md_system', meta['system'].lower())}", f"modality: {meta.get('modality','mri')}", "---", "",
           f"{t} | {'Case' if is_case else 'Radiology Reference Article'} | Radiopaedia.org", "", "", "    ", "    - ", "    ", "",
           "  [](https://radiopaedia.org/cdn-cgi/content?id=Zk2pQ9vR-1772113311.4-1.0.1.1-Hh7rL2)", "", "    [", "        &times;", "    ](#)", "      *", ""]
    for lab, href in [("About", "/about?lang=us"), ("Articles", "/search?scope=articles"), ("Cases", "/search?scope=cases"),
                      ("Courses", "/courses?lang=us"), ("Quiz", "/quizzes/all?lang=us"), ("Recent Edits", "/edits?lang=us")]:
        out += ["      ", f"        [{lab}]({href})", "      "]
    out += ["", "  [Log In](/sessions/new?lang=us)", "  [Sign Up](/users/sign_up?lang=us)", "",
            "ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. [Become a Gold Supporter and see no third-party ads.](/go-ad-free)", "",
            f"# {t}", "", f"  Last revised by [{meta['authors'][0]}](/users/x?lang=us) on {meta['revised']}", "",
            f"[Edit {'case' if is_case else 'article'}](/articles/{slug}/edit?lang=us)", "", f"## Citation, DOI, disclosures and {'case' if is_case else 'article'} data", "",
            "        **", "          Citation:", "        **", "",
            f"  {', '.join(x.split()[-1] + ' ' + x.split()[0][0] for x in meta['authors'])}, et al. {t}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on {meta['accessed']}) https://doi.org/10.53347/rID-{meta['rid']}",
            "", "        **", "          rID:", "        **", f"          {meta['rid']}", "",
            "        **", "          Systems:", "        **", f"  [{meta['system']}](/articles/section/all/x?lang=us)", ""]
    if meta.get("synonyms"):
        out += ["        **", "          Synonyms:", "        **", ""]
        for s in meta["synonyms"]:
            out += ["              - ", f"                {s}", ""]
    out += ["    ", "    ", ""]
    heads = [x[1] for x in blocks if x[0] == "h4"]
    first_h = True
    for blk in blocks:
        if blk[0] == "h4":
            if first_h:
                out += ["## On this page:", "", f"{'Case' if is_case else 'Article'}:", ""]
                for h in heads:
                    out += [f"- [{h}](#{nav_id(h)})", ""]
                out += ["- [References](#references)", "", "Images:", "", "- [Cases and figures](#article-images)", ""]
                first_h = False
            out += [f"#### {blk[1]}", ""]
        elif blk[0] == "h5":
            out += [f"##### {blk[1]}", ""]
        elif blk[0] == "p":
            out += [inl_md(" ".join(blk[1])), ""]
        else:
            for d, x in blk[1]:
                out += ["  " * d + "- " + inl_md(x), ""]
    out += ["    ", "    ", "      ## ", "        References", "      ", ""]
    for i, r in enumerate(meta.get("refs", [])):
        out += ["          - ", f"            {i+1}. {r}", ""]
    out += ["      ## ", "        Incoming Links", "", "            Articles:", ""]
    for r in meta.get("related", [])[:3]:
        out += ["                - ", f"      [{r}](/articles/x?lang=us)", ""]
    out += ["      ## ", f"        Related articles: {meta.get('related_title','See also')}", ""]
    for r in meta.get("related", []):
        out += ["  - ", f"      [{r}](/articles/{re.sub('[^a-z0-9]+','-',r.lower()).strip('-')}?lang=us)", ""]
    out += ["", "Cases and figures", ""]
    for i, c in enumerate(meta.get("cases", [])):
        out += [f"  Case {i+1}: {c}", ""]
    out += ["    Updating… Please wait.", "", "     Unable to process the form. Check for errors and try again.", "",
            "        &copy; 2005&ndash;2026 Radiopaedia.org", ""]
    return "\n".join(out)


# ---------- txt
def render_txt(meta, blocks):
    t = meta["title"]
    out = [t, ""]
    runon = meta.get("txt_runon_lists", False)
    for blk in blocks:
        if blk[0] in ("h4", "h5"):
            out += [blk[1], ""]
        elif blk[0] == "p":
            out += [inl_txt(" ".join(blk[1])) + " ", ""]
        else:
            items = [inl_txt(x) for _, x in blk[1]]
            if runon:
                out += [" ".join(items), ""]
            else:
                out += items + [""]
    out += ["References", ""]
    for i, r in enumerate(meta.get("refs", [])):
        out.append(f"{i+1}. {r}")
    out += ["", "Share article", "", "Article information", "", f"rID: {meta['rid']}", "Section: Pathology"]
    if meta.get("synonyms"):
        out.append("Synonyms or Alternate Spellings:")
        out += [f"  • {s}" for s in meta["synonyms"]]
    out += ["", "Support Radiopaedia and see fewer ads", "", "Cases and figures", ""]
    for i, c in enumerate(meta.get("cases", [])):
        out += ["  • Drag", f"    Case {i+1}: {c}", "    Drag here to reorder."]
    out += ["  • Updating… Please wait.", "", "    Alert accept", ""]
    return "\n".join(out)


def main(slugs):
    rows = []
    for slug in slugs:
        meta, blocks = parse(os.path.join(SRC, slug + ".src"))
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in ("html", "md", "txt"):
            p = os.path.join(d, "article." + f)
            if f in meta["forms"]:
                r = {"html": render_html, "md": render_md, "txt": render_txt}[f](meta, blocks)
                open(p, "w", encoding="utf-8").write(r)
            elif os.path.exists(p):
                os.remove(p)
        print(slug, meta["forms"], body_words(blocks))


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".src"))
    main(slugs)
