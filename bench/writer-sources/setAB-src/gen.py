#!/usr/bin/env python3
"""Render article sources (mini markup) to html/md/txt forms + gold.yaml from compact gold."""
import html, re, sys, os, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def parse_src(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    refs, related = [], []
    cur = None
    for line in head.splitlines():
        if line.startswith("- ") and cur == "refs":
            refs.append(line[2:].strip()); continue
        if line.startswith("* ") and cur == "related":
            related.append(line[2:].strip()); continue
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
            cur = k.strip()
    meta["refs"] = refs
    meta["related"] = related
    return meta, body.strip("\n")

def blocks(body):
    """yield ('h2', text) / ('h3', text) / ('p', text) / ('ul', [(level, text)])"""
    out = []
    paras = re.split(r"\n\s*\n", body)
    for p in paras:
        lines = [l for l in p.splitlines() if l.strip()]
        if not lines:
            continue
        if lines[0].startswith("### "):
            out.append(("h3", lines[0][4:].strip()))
            lines = lines[1:]
        elif lines[0].startswith("## "):
            out.append(("h2", lines[0][3:].strip()))
            lines = lines[1:]
        if not lines:
            continue
        if lines[0].lstrip().startswith("- "):
            items = []
            for l in lines:
                lvl = (len(l) - len(l.lstrip())) // 2
                items.append((lvl, l.strip()[2:]))
            out.append(("ul", items))
        else:
            out.append(("p", " ".join(l.strip() for l in lines)))
    return out

LINK = re.compile(r"\[\[([^\]|]+)\|([^\]]+)\]\]")
CITE = re.compile(r"\[\^(\d+(?:,\d+)*)\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")

def inline_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
    s = CITE.sub(lambda m: "".join(f'<sup><a href="#ref_{n}">{n}</a></sup>' for n in m.group(1).split(",")), s)
    s = BOLD.sub(r"<strong>\1</strong>", s)
    return s

def inline_md(s):
    s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
    s = CITE.sub("", s)
    return s

def inline_txt(s):
    s = LINK.sub(lambda m: m.group(1), s)
    s = CITE.sub(lambda m: m.group(1).replace(",", ""), s)
    s = BOLD.sub(r"\1", s)
    return s

def slugify(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def nested_ul_html(items, ind="      "):
    out = [ind + "<ul>"]
    level = 0
    open_li = False
    for i, (lvl, t) in enumerate(items):
        if lvl > level:
            out.append(ind + "  " * lvl + "<ul>")
            level = lvl
        else:
            while lvl < level:
                out.append(ind + "  " * level + "</li></ul>")
                level -= 1
            if i > 0:
                out.append(ind + "  " * level + "</li>")
        out.append(ind + "  " * (lvl + 1) + "<li>" + inline_html(t))
    while level > 0:
        out.append(ind + "  " * level + "</li></ul>")
        level -= 1
    out.append(ind + "  </li>")
    out.append(ind + "</ul>")
    return "\n".join(out)

def render_html(meta, bl):
    title = meta["title"]; rid = meta["rid"]
    syn = [s.strip() for s in meta.get("synonyms", "").split(";") if s.strip()]
    systems = [s.strip() for s in meta["systems"].split(",")]
    h2s = [t for k, t in bl if k == "h2"]
    body = []
    toc_done = False
    for k, t in bl:
        if k == "h2" and not toc_done:
            toc_done = True
            body.append('      <div class="toc-wrapper" id="on-this-page">\n        <h2>On this page:</h2>\n        <div class="toc-heading">Article:</div>\n        <ul class="toc">')
            for h in h2s:
                body.append(f'          <li><a href="#nav_{slugify(h)}">{html.escape(h)}</a></li>')
            body.append('          <li><a href="#references">References</a></li>\n          <li><a href="#images">Images</a></li>\n        </ul>\n      </div>')
        if k == "h2":
            body.append(f'      <h4 id="nav_{slugify(t)}">{html.escape(t)}</h4>')
        elif k == "h3":
            body.append(f'      <h5 id="nav_{slugify(t)}">{html.escape(t)}</h5>')
        elif k == "p":
            body.append(f"      <p>{inline_html(t)}</p>")
        else:
            body.append(nested_ul_html(t))
    refs = "\n".join(f'          <li id="ref_{i+1}">{html.escape(r)}</li>' for i, r in enumerate(meta["refs"]))
    rel = "\n".join(f'            <li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r)}</a></li>' for r in meta["related"])
    synh = "\n".join(f"              <li>{html.escape(s)}</li>" for s in syn)
    sysh = ", ".join(f'<a href="/articles/section/all/{s.lower()}?lang=us">{s}</a>' for s in systems)
    a1, a2 = meta["authors"].split(";")[0].strip(), meta["authors"].split(";")[-1].strip()
    u1, u2 = a1.lower().replace(" ", ""), a2.lower().replace(" ", "")
    cases = "\n".join(f'          <li class="case-item"><div class="drag-handle">Drag</div><figure><img src="https://prod-images-static.radiopaedia.org/images/{int(rid)*7+i}/thumb.jpeg" alt="case"><figcaption>{html.escape(c)}</figcaption></figure></li>' for i, c in enumerate(meta.get("cases", "").split(";")) if c.strip())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | Radiology Reference Article | Radiopaedia.org</title>
  <meta name="description" content="{html.escape(title)} - Radiopaedia reference article">
  <link rel="stylesheet" href="/assets/application-8f2c1e.css">
  <script>window.dataLayer = window.dataLayer || []; window.adSlots = {{"leaderboard": "div-gpt-ad-1"}};</script>
</head>
<body class="articles show">
  <div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience. <a href="/privacy_policy">Privacy policy</a> <button>Accept</button></div>
  <nav class="navbar navbar-default">
    <div class="container-fluid">
      <a class="navbar-brand" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia"></a>
      <ul class="nav navbar-nav main-nav">
        <li><a href="/articles?lang=us">Articles</a></li>
        <li><a href="/cases?lang=us">Cases</a></li>
        <li><a href="/courses?lang=us">Courses</a></li>
        <li><a href="/quizzes/all?lang=us">Quiz</a></li>
        <li><a href="/about?lang=us">About</a></li>
        <li><a href="/edits?lang=us">Recent Edits</a></li>
      </ul>
      <ul class="nav navbar-nav navbar-right user-nav">
        <li><a href="/sessions/new?lang=us">Log In</a></li>
        <li><a href="/users/sign_up?lang=us">Sign Up</a></li>
        <li><a href="/go-ad-free">Go ad-free</a></li>
      </ul>
      <form class="search-form" action="/search"><input type="text" name="q" placeholder="Search"></form>
    </div>
  </nav>
  <div class="ad-banner leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. Become a Gold Supporter and see no third-party ads.</div>
  <div class="container main-container">
    <div class="article-header">
      <h1 class="header-title">{html.escape(title)}</h1>
      <div class="article-authors">Last revised by <a href="/users/{u2}?lang=us">{html.escape(a2)}</a> on {meta['revised']}</div>
    </div>
    <div class="collapsible article-data">
      <h2 class="collapsible-header">Citation, DOI, disclosures and article data</h2>
      <div class="meta-data collapsible-body">
        <div class="meta-item"><div class="meta-item-label"><strong>Citation:</strong></div>
          <div class="meta-item-value">{html.escape(meta['authors'].replace(';', ','))}, et al. {html.escape(title)}. Reference article, Radiopaedia.org (Accessed on 01 Dec 2026) https://doi.org/10.53347/rID-{rid}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>DOI:</strong></div>
          <div class="meta-item-value"><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Permalink:</strong></div>
          <div class="meta-item-value"><a href="https://radiopaedia.org/articles/{rid}">https://radiopaedia.org/articles/{rid}</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>rID:</strong></div>
          <div class="meta-item-value">{rid}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Article created:</strong></div>
          <div class="meta-item-value">{meta['created']}, <a href="/users/{u1}?lang=us">{html.escape(a1)}</a>
            <span class="disclosure-note">At the time the article was created {html.escape(a1)} had no recorded disclosures.</span>
            <a href="/users/{u1}?lang=us">View {html.escape(a1)}'s current disclosures</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Last revised:</strong></div>
          <div class="meta-item-value">{meta['revised']}, <a href="/users/{u2}?lang=us">{html.escape(a2)}</a>
            <span class="disclosure-note">Disclosures: At the time the article was last revised {html.escape(a2)} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</span>
            <a href="/users/{u2}?lang=us">View {html.escape(a2)}'s current disclosures</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Revisions:</strong></div>
          <div class="meta-item-value">{meta['revisions']} times, by {meta['contributors']} contributors - <a href="/articles/{meta['slug']}/revisions?lang=us">see full revision history and disclosures</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Systems:</strong></div>
          <div class="meta-item-value">{sysh}</div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Sections:</strong></div>
          <div class="meta-item-value"><a href="/articles/section/pathology/all?lang=us">Pathology</a></div></div>
        <div class="meta-item"><div class="meta-item-label"><strong>Synonyms:</strong></div>
          <div class="meta-item-value">
            <ul class="synonyms">
{synh}
            </ul>
          </div></div>
      </div>
    </div>
    <div class="article-content">
    <div class="body user-generated-content">
{chr(10).join(body)}
    </div>
    </div>
    <div class="ad-banner inline">ADVERTISEMENT: Support Radiopaedia and see fewer ads</div>
    <div class="cases-and-figures" id="images">
      <h2>Cases and figures</h2>
      <div class="carousel">
        <ul class="case-list">
{cases}
        </ul>
      </div>
    </div>
    <div class="ref-list" id="references">
      <h2>References</h2>
      <ol>
{refs}
      </ol>
    </div>
    <div id="incoming-links">
      <h2>Incoming Links</h2>
      <h3>Articles:</h3>
      <ul>
{rel}
      </ul>
    </div>
    <div class="related-articles">
      <h2>Related articles: {html.escape(meta['relgroup'])}</h2>
      <ul class="related-list">
{rel}
      </ul>
    </div>
    <div class="promoted">
      <h2>Promoted articles (advertising)</h2>
      <p>ADVERTISEMENT: Learn more about our new imaging course. Book now.</p>
    </div>
  </div>
  <footer class="footer">
    <h3>By Section:</h3>
    <ul><li><a href="/articles/section/anatomy/all">Anatomy</a></li><li><a href="/articles/section/pathology/all">Pathology</a></li><li><a href="/articles/section/signs/all">Signs</a></li></ul>
    <p>Updating… Please wait.</p>
    <p>Unable to process the form. Check for errors and try again.</p>
    <p>&copy; 2005–2026 Radiopaedia.org. Content is licensed under CC BY-NC-SA 3.0 unless otherwise stated.</p>
    <ul><li><a href="/licence">Licence</a></li><li><a href="/privacy_policy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact Us</a></li></ul>
  </footer>
</body>
</html>
"""

def render_md(meta, bl):
    title = meta["title"]; rid = meta["rid"]
    syn = [s.strip() for s in meta.get("synonyms", "").split(";") if s.strip()]
    out = [f"---\ntitle: {meta['slug']}\nurl: https://radiopaedia.org/articles/{meta['slug']}?lang=us\nsource: radiopaedia\ncategory: pathology\nsystem: {meta['systems'].split(',')[0].strip().lower()}\n---\n",
           f"{title} | Radiology Reference Article | Radiopaedia.org\n",
           "    \n    - \n    \n",
           "        [Articles](/articles?lang=us)\n        [Cases](/cases?lang=us)\n        [Courses](/courses?lang=us)\n        [Quiz](/quizzes/all?lang=us)\n        [Log In](/sessions/new?lang=us)\n        [Sign Up](/users/sign_up?lang=us)\n",
           "        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n",
           "    [Go ad-free](/go-ad-free)\n\n      Search\n      *\n",
           f"      # \n  {title}\n",
           "      ## \n        Citation, DOI, disclosures and article data\n",
           f"          **\n            Citation:\n          **\n          {meta['authors'].replace(';', ',')}, et al. {title}. Reference article, Radiopaedia.org (Accessed on 01 Dec 2026) https://doi.org/10.53347/rID-{rid}\n",
           f"          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})\n",
           f"          **\n            rID:\n          **\n          {rid}\n",
           f"          **\n            Article created:\n          **\n          {meta['created']}, [{meta['authors'].split(';')[0].strip()}](/users/a?lang=us)\n",
           f"          **\n            Systems:\n          **\n          " + ", ".join(f"[{s.strip()}](/articles/section/all/{s.strip().lower()})" for s in meta['systems'].split(',')) + "\n",
           "          **\n            Synonyms:\n          **\n" + "".join(f"              - \n                {s}\n" for s in syn) + "\n"]
    for k, t in bl:
        if k == "h2":
            out.append(f"#### {t}\n")
        elif k == "h3":
            out.append(f"##### {t}\n")
        elif k == "p":
            out.append(inline_md(t) + "\n")
        else:
            for lvl, it in t:
                out.append("    " * lvl + "- " + inline_md(it) + "\n")
    out.append("\n      ## \n        References\n")
    for i, r in enumerate(meta["refs"]):
        out.append(f"          - \n            {i+1}. {r}\n")
    out.append("\n      ## \n        Incoming Links\n")
    for r in meta["related"]:
        out.append(f"- [{r}](/articles/{slugify(r)}?lang=us)\n")
    out.append("\n    Promoted articles (advertising)\n\n    {\"current_user\":null,\"inclusions\":[" + ",".join('{"caption":"%s"}' % c.strip() for c in meta.get("cases", "").split(";") if c.strip()) + "]}\n")
    return "\n".join(out)

def render_txt(meta, bl):
    title = meta["title"]
    syn = [s.strip() for s in meta.get("synonyms", "").split(";") if s.strip()]
    out = [title, ""]
    for k, t in bl:
        if k in ("h2", "h3"):
            out.append(t); out.append("")
        elif k == "p":
            out.append(inline_txt(t)); out.append("")
        else:
            for lvl, it in t:
                out.append("  " + "  " * lvl + ("• " if lvl == 0 else "◦ ") + inline_txt(it))
            out.append("")
    out += ["Share article", "", "Article information", "", f"rID: {meta['rid']}", "Section: Pathology", "Synonyms or Alternate Spellings:"]
    out += [f"  • {s}" for s in syn]
    out += ["", "Support Radiopaedia and see fewer ads", "", "Cases and figures", ""]
    for c in meta.get("cases", "").split(";"):
        if c.strip():
            out += ["  • Drag", f"    {c.strip()}", "    Drag here to reorder."]
    out += ["  • Updating… Please wait.", "", "    Alert accept", "", "    Error Unable to process the form. Check for errors and try again.", ""]
    return "\n".join(out) + "\n"

def words(bl):
    n = 0
    for k, t in bl:
        if k == "ul":
            for _, it in t:
                n += len(inline_txt(it).split())
        else:
            n += len(inline_txt(t).split())
    return n

def gold(meta, path):
    facts = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            raise SystemExit(f"bad gold line ({len(parts)} parts): {line}")
        kind, subj, item, value, group, attr, quote = parts
        if not value and item:
            value = item  # cloze answer for association/differential facts is the member
        facts.append(dict(kind=kind, subject=subj, item=item, value=value, group=group, attribute=attr, quote=quote))
    return facts

ORDER = ["uc", "cop", "carcinoid", "mirizzi", "rpf", "endoleak", "ilc", "cervix"]

def write_readme(rows):
    import collections
    kinds = collections.Counter()
    per = []
    for r in rows:
        c = collections.Counter(f["kind"] for f in r["facts"])
        kinds.update(c)
        per.append((r["slug"], c))
    allk = sorted(kinds, key=lambda k: -kinds[k])
    L = ["# Blind writer set AB", "",
         "Radiopaedia-style articles with gold fact annotations, written blind (the extractor was not read).",
         "Topics: chest, abdomen/GI, hepatobiliary, genitourinary, vascular/interventional, breast and gynaecology.",
         "Each sub-folder holds the article form(s) and `gold.yaml` (format: /work/main/bench/dev-corpus/README.md).",
         "Sources (`.src/*.src` article bodies and page metadata, `.src/*.gold` one fact per line) and the renderer are in `.src/`:",
         "`python3 .src/gen.py` regenerates every article form, every gold.yaml and this README;",
         "`python3 .src/check.py <slug folders>` re-checks every quote against the body text of every form",
         "(HTML tags / markdown markup stripped, whitespace and case normalised). Last run: 0 problems.",
         "",
         "Forms: ulcerative-colitis is in all three forms with identical body text; the others are in one form each.",
         "No case pages. Word counts are of body text only (no navigation, citation block, references, related articles or footer).",
         "For association/differential facts whose answer is the member itself, `value` repeats `item`.",
         "", "## Articles", "", "| slug | system | forms | words (body) | gold facts |", "|---|---|---|---|---|"]
    tw = tf = nfiles = 0
    for r in rows:
        L.append(f"| {r['slug']} | {r['system']} | {', '.join(r['forms'])} | {r['words']} | {len(r['facts'])} |")
        tw += r["words"]; tf += len(r["facts"]); nfiles += len(r["forms"])
    L.append(f"| **total** | | {nfiles} files | {tw} | {tf} |")
    L += ["", "## Gold facts per kind", "", "| kind | facts |", "|---|---|"]
    for k in allk:
        L.append(f"| {k} | {kinds[k]} |")
    L.append(f"| **total** | {sum(kinds.values())} |")
    L += ["", "## Gold facts per kind and article", "", "| slug | " + " | ".join(sorted(allk)) + " |", "|---|" + "---|" * len(allk)]
    for slug, c in per:
        L.append(f"| {slug} | " + " | ".join(str(c.get(k, 0)) for k in sorted(allk)) + " |")
    open(os.path.join(OUT, "README.md"), "w").write("\n".join(L) + "\n")

def main(name):
    src = os.path.join(HERE, f"{name}.src")
    meta, body = parse_src(src)
    bl = blocks(body)
    forms = [f.strip() for f in meta["forms"].split(",")]
    d = os.path.join(OUT, meta["slug"])
    os.makedirs(d, exist_ok=True)
    for f in ("html", "md", "txt"):
        p = os.path.join(d, "article." + f)
        if f in forms:
            r = {"html": render_html, "md": render_md, "txt": render_txt}[f](meta, bl)
            open(p, "w", encoding="utf-8").write(r)
        elif os.path.exists(p):
            os.remove(p)
    facts = gold(meta, os.path.join(HERE, f"{name}.gold"))
    doc = {"title": meta["title"], "system": meta["systems"].split(",")[0].strip(), "forms": forms, "facts": facts}
    with open(os.path.join(d, "gold.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=200)
    print(name, meta["slug"], forms, "words", words(bl), "facts", len(facts))
    return dict(slug=meta["slug"], system=meta["systems"].split(",")[0].strip(), forms=forms, words=words(bl), facts=facts)

if __name__ == "__main__":
    names = sys.argv[1:] or ORDER
    rows = [main(n) for n in names]
    if not sys.argv[1:]:
        write_readme(rows)
