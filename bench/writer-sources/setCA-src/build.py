#!/usr/bin/env python3
"""Build CA articles (html/md/txt) and gold.yaml from src/*.src files.

Source markup (body):
  ## Heading        -> section (h4 in html like the real site, #### in md, plain line in txt)
  ### Sub          -> subsection (h5 / ##### / plain line)
  - item / "  - "   -> list item / nested item
  blank line        -> paragraph break
  {{text|slug}}     -> internal link
  **x**             -> bold
  [[n]]             -> citation superscript
Gold lines: kind | subject | item | value | group | attribute | quote
"""
import html, re, sys, random, yaml, pathlib

ROOT = pathlib.Path(__file__).resolve().parent
OUT = ROOT.parent / "CA"


def parse(path):
    txt = path.read_text()
    head, rest = txt.split("===BODY===\n", 1)
    body, gold = rest.split("===GOLD===\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    refs = []
    if "===REFS===\n" in gold:
        gold, r = gold.split("===REFS===\n", 1)
        refs = [x.strip() for x in r.splitlines() if x.strip()]
    facts = []
    for line in gold.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            sys.exit(f"{path.name}: bad gold line ({len(parts)} fields): {line}")
        k, s, i, v, g, a, q = parts
        facts.append(dict(kind=k, subject=s, item=i, value=v, group=g, attribute=a, quote=q))
    return meta, body, facts, refs


def blocks(body):
    """yield (type, payload): h2, h3, p, ul(list of (level, text))"""
    out, para, lst = [], [], []
    def flush():
        nonlocal para, lst
        if para:
            out.append(("p", " ".join(para))); para = []
        if lst:
            out.append(("ul", lst)); lst = []
    for line in body.splitlines():
        if not line.strip():
            flush(); continue
        if line.startswith("### "):
            flush(); out.append(("h3", line[4:].strip())); continue
        if line.startswith("## "):
            flush(); out.append(("h2", line[3:].strip())); continue
        m = re.match(r"^( *)- (.*)$", line)
        if m:
            if para:
                out.append(("p", " ".join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2))); continue
        if lst:
            out.append(("ul", lst)); lst = []
        para.append(line.strip())
    flush()
    return out


def inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\{\{(.+?)\|(.+?)\}\}", r'<a href="/articles/\2?lang=us">\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\[\[(\d+(?:,\d+)*)\]\]", lambda m: "<sup>" + ",".join(
        f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(",")) + "</sup>", s)
    return s


def inline_md(s):
    s = re.sub(r"\{\{(.+?)\|(.+?)\}\}", r"[\1](/articles/\2?lang=us)", s)
    s = re.sub(r"\[\[(\d+(?:,\d+)*)\]\]", lambda m: "<sup>" + ",".join(
        f"[{n}](#ref_{n})" for n in m.group(1).split(",")) + "</sup>", s)
    return s


def inline_txt(s):
    s = re.sub(r"\{\{(.+?)\|(.+?)\}\}", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"\[\[(\d+(?:,\d+)*)\]\]", lambda m: m.group(1).replace(",", ""), s)
    return s


def ul_html(items):
    res, stack = "", []
    for lvl, t in items:
        while len(stack) > lvl + 1:
            res += "</li></ul>"; stack.pop()
        if len(stack) == lvl + 1:
            res += "</li><li>" + inline_html(t)
        else:
            res += "<ul><li>" + inline_html(t); stack.append(lvl)
    while stack:
        res += "</li></ul>"; stack.pop()
    return res


def render_html(meta, bl, refs):
    t, slug, rid = meta["title"], meta["slug"], meta["rid"]
    is_case = meta.get("case") == "yes"
    kind = "Case" if is_case else "Radiology Reference Article"
    nav = "".join(f'<li><a href="#nav_{re.sub("[^a-z]+","-",x.lower())}">{x}</a></li>' for ty, x in bl if ty == "h2")
    body = []
    for ty, x in bl:
        if ty == "h2":
            body.append(f'<h4 id="nav_{re.sub("[^a-z]+","-",x.lower())}">{html.escape(x)}</h4>')
        elif ty == "h3":
            body.append(f"<h5>{html.escape(x)}</h5>")
        elif ty == "p":
            body.append(f"<p>{inline_html(x)}</p>")
        else:
            body.append(ul_html(x))
    syn = meta.get("synonyms", "")
    synhtml = "<ul>" + "".join(f"<li>{html.escape(s.strip())}</li>" for s in syn.split(";") if s.strip()) + "</ul>" if syn else "<div>None</div>"
    reflist = "".join(f'<li id="ref_{i}">{html.escape(r)}</li>' for i, r in enumerate(refs, 1))
    related = "".join(f'<li><a href="/articles/{s.strip().lower().replace(" ","-")}?lang=us">{html.escape(s.strip())}</a></li>' for s in meta.get("related", "").split(";") if s.strip())
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(t)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('desc',''), quote=True)}">
<meta property="og:title" content="{html.escape(t)} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{'cases' if is_case else 'articles'}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7be21c0d9e.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-XXXXXXX');</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{'cases' if is_case else 'articles'}", "system": "{meta['sitesys']}"}}, "lazy": true}};</script>
<style>.ad-slot{{min-height:90px}} .hidden{{display:none}}</style>
</head>
<body class="{'cases' if is_case else 'articles'} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(meta.get('promo','Musculoskeletal trauma course - places still available'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{meta['reviser'].lower().replace(' ','-')}?lang=us">{meta['reviser']}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/{'cases' if is_case else 'articles'}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{'cases' if is_case else 'articles'}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['citeauthors']}. {html.escape(t)}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{'cases' if is_case else 'articles'}/{rid}">https://radiopaedia.org/{'cases' if is_case else 'articles'}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if is_case else 'Article'} created:</div><div>{meta['created']}, <a href="/users/x?lang=us">{meta['creator']}</a><div class="disclosure">At the time the {'case' if is_case else 'article'} was created {meta['creator']} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions','17')} times, by {meta.get('contributors','9')} contributors - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/x?lang=us">{meta['sitesys']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div>{synhtml}</div></div>
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="ad-slot" id="in-content">ADVERTISEMENT</div>
<div class="body user-generated-content">
{chr(10).join(body)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{reflist}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('relgroup','See also'))}</h2><ul>{related}</ul></div>
<div class="article-quiz"><a href="/quizzes/all?lang=us">Quiz questions</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li></ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"articleId":{rid},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
"""


def render_md(meta, bl, refs):
    t, slug, rid = meta["title"], meta["slug"], meta["rid"]
    out = [f"---\ntitle: {slug}\nsource: radiopaedia\ncategory: {'case' if meta.get('case')=='yes' else 'pathology'}\nsystem: {meta['mdsys']}\nmodality: {meta.get('modality','mixed')}\n---\n",
           f"{t} | Radiology Reference Article | Radiopaedia.org\n", "    \n    - \n    \n\n    \n  [](https://radiopaedia.org/cdn-cgi/content?id=q8Xa2)\n",
           "        [About](/about?lang=us)\n      \n        [Articles](/search?scope=articles&sort=date_of_last_edit)\n      \n        [Cases](/search?scope=cases&sort=date_of_publication)\n      \n        [Courses](/courses?lang=us)\n      \n        [Quiz](/quizzes/all?lang=us)\n",
           "          [Log In](/sessions/new?lang=us)\n        \n          [Sign Up](/users/sign_up?lang=us)\n\n",
           "        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n\n",
           "    [\n    \n](https://radiopaedia.org/courses/msk-essentials)\n\n",
           f"      # \n  {t}\n  \n\n        Last revised by [{meta['reviser']}](/users/x?lang=us)\n\n          on {meta['revised']}\n\n",
           f"    [\n      Edit article\n](/articles/{slug}/edit?lang=us)    \n      *\n      **\n\n    - \n      [View revision history](/articles/{slug}/revisions?lang=us)\n\n",
           "      ## \n        Citation, DOI, disclosures and article data\n\n",
           f"          **\n            Citation:\n          **\n\n          {meta['citeauthors']}. {t}. Reference article, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}\n\n",
           f"          **\n            DOI:\n          **\n\n          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})\n\n          **\n            rID:\n          **\n\n          {rid}\n\n",
           f"          **\n            Article created:\n          **\n\n  {meta['created']},\n  [{meta['creator']}](/users/x?lang=us)\n\n    *\n      At the time the article was created {meta['creator']} had no recorded disclosures.\n    *\n\n",
           f"        **\n          Systems:\n        **\n\n          [{meta['sitesys']}](/articles/section/all?lang=us)\n\n"]
    syn = [s.strip() for s in meta.get("synonyms", "").split(";") if s.strip()]
    if syn:
        out.append("        **\n          Synonyms:\n        **\n\n" + "".join(f"- {s}\n\n" for s in syn))
    out.append("## On this page:\n\n" + "".join(f"- [{x}](#nav_{re.sub('[^a-z]+','-',x.lower())})\n\n" for ty, x in bl if ty == "h2") + "- [References](#references)\n\n- [Cases and figures](#article-images)\n\n")
    for ty, x in bl:
        if ty == "h2":
            out.append(f"#### {x}\n\n")
        elif ty == "h3":
            out.append(f"##### {x}\n\n")
        elif ty == "p":
            out.append(inline_md(x) + "\n\n")
        else:
            out.append("".join("  " * l + "- " + inline_md(s) + "\n\n" for l, s in x))
    out.append("        References\n\n" + "".join(f"{i}. {r}\n\n" for i, r in enumerate(refs, 1)))
    out.append(f"## Related articles: {meta.get('relgroup','See also')}\n\n" + "".join(f"- [{s.strip()}](/articles/x?lang=us)\n\n" for s in meta.get("related", "").split(";") if s.strip()))
    out.append('    {"articleId":' + rid + ',"inclusions":[],"lang":"us"}\n\n  [Contact Us](/contact?lang=us)\n  [Terms of Use](/terms?lang=us)\n  &copy; 2005&ndash;2026 Radiopaedia.org\n')
    return "".join(out)


def render_txt(meta, bl, refs):
    rnd = random.Random(meta["slug"])
    out = [meta["title"], ""]
    for ty, x in bl:
        if ty in ("h2", "h3"):
            out.append(x)
        elif ty == "p":
            out.append(inline_txt(x)); out.append("")
        else:
            # lists flattened: either one line each or run into a paragraph
            items = [inline_txt(s) for l, s in x]
            if rnd.random() < 0.5:
                out.extend(items); out.append("")
            else:
                out.append(" ".join(items)); out.append("")
    out.append("References"); out.extend(f"{i}. {r}" for i, r in enumerate(refs, 1))
    out.append(""); out.append("Related articles: " + meta.get("relgroup", "See also"))
    out.extend(s.strip() for s in meta.get("related", "").split(";") if s.strip())
    return "\n".join(out) + "\n"


def body_words(bl):
    n = 0
    for ty, x in bl:
        if ty == "ul":
            n += sum(len(inline_txt(s).split()) for l, s in x)
        else:
            n += len(inline_txt(x).split())
    return n


def main():
    OUT.mkdir(exist_ok=True)
    stats = []
    for src in sorted((ROOT / "src").glob("*.src")):
        meta, body, facts, refs = parse(src)
        bl = blocks(body)
        forms = meta["forms"].split()
        d = OUT / meta["slug"]
        d.mkdir(exist_ok=True)
        for f in list(d.glob("article.*")):
            f.unlink()
        for f in forms:
            r = {"html": render_html, "md": render_md, "txt": render_txt}[f](meta, bl, refs)
            (d / f"article.{f}").write_text(r)
        if "txt" in forms and len(forms) == 1:
            (d / "article.txt.meta.yaml").write_text(f"# Attribution: plain-text extraction lost the citation block.\nurl: https://radiopaedia.org/articles/{meta['rid']}\nrid: \"{meta['rid']}\"\nlicence: CC BY-NC-SA 3.0\n")
        gold = {"title": meta["title"], "system": meta["system"], "forms": forms, "facts": facts}
        (d / "gold.yaml").write_text(yaml.safe_dump(gold, sort_keys=False, allow_unicode=True, width=1000))
        stats.append((meta["slug"], meta["system"], forms, body_words(bl), facts))
    return stats


if __name__ == "__main__":
    for s, sy, f, w, facts in main():
        print(f"{s:45s} {sy:18s} {','.join(f):12s} words={w} facts={len(facts)}")
