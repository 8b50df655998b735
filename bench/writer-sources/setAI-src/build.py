#!/usr/bin/env python3
"""Build setAI articles (html/md/txt) + gold.yaml from articles/<slug>.py sources."""
import html, importlib.util, pathlib, re, sys, yaml

SRC = pathlib.Path(__file__).parent
OUT = SRC.parent / "setAI"

def load(p):
    spec = importlib.util.spec_from_file_location(p.stem.replace('-', '_'), p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

CITE = re.compile(r"\s*\{([\d,\-]+)\}")
BOLD = re.compile(r"\*\*(.+?)\*\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")

def inline(t, form):
    if form == "html":
        t = html.escape(t, quote=False)
        t = BOLD.sub(r"<strong>\1</strong>", t)
        t = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', t)
        t = CITE.sub(r'<sup class="ref">\1</sup>', t)
    elif form == "md":
        t = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', t)
        t = CITE.sub(r" \1", t)
    else:
        t = BOLD.sub(r"\1", t); t = LINK.sub(r"\1", t); t = CITE.sub(r"\1", t)
    return t

def parse(body):
    """blocks: ('h',level,text) ('p',text) ('ul'|'ol', [(depth,text)])"""
    blocks = []
    for raw in body.strip("\n").split("\n"):
        if not raw.strip():
            continue
        s = raw.strip()
        m = re.match(r"^( *)(- |\d+\. )(.*)$", raw)
        if s.startswith("### "):
            blocks.append(("h", 2, s[4:]))
        elif s.startswith("## "):
            blocks.append(("h", 1, s[3:]))
        elif m:
            kind = "ul" if m.group(2) == "- " else "ol"
            depth = len(m.group(1)) // 2
            if blocks and blocks[-1][0] == kind and (depth > 0 or True) and blocks[-1][2] == "open":
                blocks[-1][1].append((depth, m.group(3)))
            else:
                blocks.append([kind, [(depth, m.group(3))], "open"])
        else:
            if blocks and isinstance(blocks[-1], list):
                blocks[-1][2] = "closed"
            blocks.append(("p", s))
        if s.startswith("#") and blocks and len(blocks) > 1 and isinstance(blocks[-2], list):
            blocks[-2][2] = "closed"
    return blocks

def render_list_html(items, tag):
    out, stack = [], []
    for depth, text in items:
        while len(stack) > depth + 1:
            out.append(f"</li></{stack.pop()}>")
        if len(stack) == depth + 1:
            out.append("</li>")
        while len(stack) < depth + 1:
            t = tag if not stack else "ul"
            out.append(f"<{t}>"); stack.append(t)
        out.append("<li>" + inline(text, "html"))
    while stack:
        out.append(f"</li></{stack.pop()}>")
    return "".join(out)

def body_html(A):
    hl = A.HTML_HEADINGS  # e.g. (4,5) or (2,3)
    out = []
    for b in parse(A.BODY):
        if b[0] == "h":
            lvl = hl[b[1] - 1]
            slug = re.sub(r"[^a-z0-9]+", "-", b[2].lower()).strip("-")
            out.append(f'<h{lvl} id="nav_{slug}">{html.escape(b[2])}</h{lvl}>' if b[1] == 1 else f"<h{lvl}>{html.escape(b[2])}</h{lvl}>")
        elif b[0] == "p":
            out.append(f"<p>{inline(b[1], 'html')}</p>")
        else:
            out.append(render_list_html(b[1], b[0]))
    return "\n".join(out)

def body_md(A):
    hl = A.MD_HEADINGS  # e.g. ("####","#####")
    out = []
    for b in parse(A.BODY):
        if b[0] == "h":
            out.append(f"{hl[b[1]-1]} {b[2]}")
        elif b[0] == "p":
            out.append(inline(b[1], "md"))
        else:
            n = 0
            for depth, text in b[1]:
                if b[0] == "ol" and depth == 0:
                    n += 1; out.append(f"{n}. {inline(text, 'md')}")
                else:
                    out.append("    " * depth + "- " + inline(text, "md"))
    return "\n\n".join(out)

def body_txt(A):
    style = getattr(A, "TXT_LISTS", "bullets")
    out = []
    for b in parse(A.BODY):
        if b[0] == "h":
            out.append(b[2])
        elif b[0] == "p":
            out.append(inline(b[1], "txt") + " ")
        else:
            items = [(d, inline(t, "txt")) for d, t in b[1]]
            if style == "bullets":
                out.append("\n".join("  " * d + "  \u2022 " + t for d, t in items))
            elif style == "lines":
                out.append("\n".join(t for d, t in items))
            else:  # run: glue into previous paragraph
                prev = out.pop() if out else ""
                out.append(prev + " ".join(t for d, t in items))
    return "\n\n".join(out)

def words(A):
    t = body_txt(A)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-\.%/<>:]*", CITE.sub("", t)))

# ---------------- chrome -----------------
NAV_MD = """

    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id={cdn})

    [
      
        &times;
      
    ](#)

        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)

        [Cases](/search?scope=cases&sort=date_of_publication)

        [Courses](/courses?lang=us)

        [Quiz](/quizzes/all?lang=us)

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

      Search
      *
    *
"""

def refs_md(A):
    return "\n\n".join(f"{i}. {r}" for i, r in enumerate(A.REFS, 1))

def page_md(A):
    m = A.META
    syn = "\n\n".join(f"              - \n                {s}" for s in m.get("synonyms", []))
    related = "\n\n".join(f"- [{r}](/articles/{re.sub(r'[^a-z0-9]+','-',r.lower()).strip('-')}?lang=us)" for r in A.RELATED)
    fm = "\n".join(f"{k}: {v}" for k, v in m["front"].items())
    return f"""---
{fm}
---

{m['title']} | {m['kind_label']} | Radiopaedia.org
{NAV_MD.format(cdn=m['rid'])}

      # 
  {m['title']}
  

          Last revised by [{m['reviser']}](/users/x?lang=us)

          on {m['revised']}

    [
      Edit {m['noun']}
](/{m['path']}/{m['slug']}/edit?lang=us)    

    - 
      [Report problem with {m['noun']}](https://docs.google.com/forms/d/e/reportproblem/viewform)

      ## 
        Citation, DOI, disclosures and {m['noun']} data

          **
            Citation:
          **
        
          {m['authors']}. {m['title']}. {m['cite_kind']}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}
        
          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})
        
          **
            rID:
          **
          {m['rid']}
        
          **
            Systems:
          **
          [{m['site_system']}](/articles/section/all/x?lang=us)

          **
            Synonyms:
          **

{syn}

{body_md(A)}

## 
        References

{refs_md(A)}

## 
  Related articles: {A.RELATED_TITLE}

{related}

        &copy; 2005&ndash;2026 Radiopaedia.org
"""

def page_html(A):
    m = A.META
    syn = "".join(f"<li>{html.escape(s)}</li>" for s in m.get("synonyms", []))
    refs = "".join(f"<li>{html.escape(r)}</li>" for r in A.REFS)
    rel = "".join(f'<li><a href="/articles/{re.sub(r"[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us">{html.escape(r)}</a></li>' for r in A.RELATED)
    synblock = f'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>' if syn else ""
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(m['title'])} | {m['kind_label']} | Radiopaedia.org</title>
<link rel="canonical" href="https://radiopaedia.org/{m['path']}/{m['slug']}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<style>.ad-slot{{min-height:90px}} .meta-item-title{{font-weight:700}}</style>
</head>
<body class="{m['path']} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main"><ul class="nav-links">
<li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav></header>
<main class="main-content">
<div class="header-title"><h1>{html.escape(m['title'])}</h1>
<div class="author-info">Last revised by <a href="/users/x?lang=us">{m['reviser']}</a> on {m['revised']}</div>
<ul class="actions"><li><a href="/{m['path']}/{m['slug']}/edit">Edit {m['noun']}</a></li><li><a href="#">Report problem with {m['noun']}</a></li></ul></div>
<section class="collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and {m['noun']} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{m['authors']}. {html.escape(m['title'])}. {m['cite_kind']}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="#">{m['site_system']}</a></div></div>
{synblock}
</section>
<div class="body user-generated-content">
{body_html(A)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(A.RELATED_TITLE)}</h2><ul>{rel}</ul></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>
</main>
<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/licence">Licensing</a></li></ul><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
</body></html>
"""

def page_txt(A):
    m = A.META
    refs = "\n".join(f"{i}. {r}" for i, r in enumerate(A.REFS, 1))
    syn = "\n".join(f"  \u2022 {s}" for s in m.get("synonyms", []))
    rel = "\n".join(f"  \u2022 {r}" for r in A.RELATED)
    return f"""{m['title']}

{body_txt(A)}

References

{refs}

Share {m['noun']}

{m['noun'].capitalize()} information

rID: {m['rid']}
Synonyms or Alternate Spellings:
{syn}

Support Radiopaedia and see fewer ads

Related articles: {A.RELATED_TITLE}

{rel}

  Updating… Please wait.
"""

def gold(A):
    facts = []
    for g in A.GOLD:
        kind, subject, item, value, quote = g[:5]
        extra = g[5] if len(g) > 5 else {}
        facts.append({"kind": kind, "subject": subject, "item": item, "value": value,
                      "group": extra.get("group", ""), "attribute": extra.get("attribute", ""),
                      "quote": quote})
    return {"title": A.META["title"], "system": A.SYSTEM, "forms": list(A.FORMS), "facts": facts}

def main():
    arts = [load(p) for p in sorted((SRC / "articles").glob("*.py"))]
    for A in arts:
        d = OUT / A.META["slug"]; d.mkdir(parents=True, exist_ok=True)
        for f in list(d.iterdir()):
            f.unlink()
        for form in A.FORMS:
            txt = {"html": page_html, "md": page_md, "txt": page_txt}[form](A)
            (d / f"article.{form}").write_text(txt)
        with open(d / "gold.yaml", "w") as fh:
            yaml.safe_dump(gold(A), fh, sort_keys=False, allow_unicode=True, width=1000)
    return arts

if __name__ == "__main__":
    for A in main():
        print(A.META["slug"], A.FORMS, words(A), len(A.GOLD))
