#!/usr/bin/env python3
"""Render CI.src/src/<slug>.src into /work/blind/CI/<slug>/article.<form> + gold.yaml.

Source format:
  === meta      key: value lines (title, slug, system, forms, type, author, date, rid, related, tags, synonyms)
  === body      light markup: '## h2', '### h3', '- item', '  - nested', '!run' before a list (txt runs
                it into one paragraph), '^3' citation after a word, '[[term]]' or '[[text|slug]]' link
  === refs      one reference per line
  === gold      kind | subject | item | value | group | attribute | quote   ('~' subject = title, lower)
"""
import html, json, os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
OUT = "/work/blind/CI"
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio",
         "synonym", "sign", "association", "definition", "classification", "rank", "statement"}


def parse(path):
    secs, cur = {}, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^=== (\w+)\s*$", line)
        if m:
            cur = m.group(1); secs[cur] = []; continue
        if cur:
            secs[cur].append(line)
    meta = {}
    for l in secs["meta"]:
        if ":" in l:
            k, v = l.split(":", 1); meta[k.strip()] = v.strip()
    meta["forms"] = [f.strip() for f in meta["forms"].split(",")]
    refs = [l.strip() for l in secs.get("refs", []) if l.strip()]
    gold = []
    for l in secs.get("gold", []):
        if not l.strip() or l.strip().startswith("#"):
            continue
        parts = [p.strip() for p in l.split("|")]
        if len(parts) != 7:
            sys.exit(f"{path}: bad gold row ({len(parts)} fields): {l}")
        kind, subj, item, value, group, attr, quote = parts
        if subj == "~":
            subj = meta.get("subject", meta["title"].lower())
        gold.append(dict(kind=kind, subject=subj, item=item, value=value, group=group,
                         attribute=attr, quote=quote))
    return meta, blocks(secs["body"]), refs, gold


def blocks(lines):
    """-> list of (type, payload): h2/h3/p/list(items=[(level,text)], run)"""
    out, para, lst, run = [], [], None, False
    def flush():
        nonlocal para, lst, run
        if para:
            out.append(("p", " ".join(para))); para = []
        if lst:
            out.append(("list", (lst, run))); lst = None; run = False
    for l in lines:
        if not l.strip():
            flush(); continue
        if l.strip() == "!run":
            flush(); run = True; continue
        m = re.match(r"^(#{2,4}) (.*)$", l)
        if m:
            flush(); out.append(("h%d" % len(m.group(1)), m.group(2).strip())); continue
        m = re.match(r"^( *)- (.*)$", l)
        if m:
            if para:
                out.append(("p", " ".join(para))); para = []
            if lst is None:
                lst = []
            lst.append((len(m.group(1)) // 2, m.group(2).strip())); continue
        if lst is not None:
            # continuation of last item
            lv, t = lst[-1]; lst[-1] = (lv, t + " " + l.strip()); continue
        para.append(l.strip())
    flush()
    return out


def slugify(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


# ---------- inline renderers ----------
def inline_html(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', t)
    t = re.sub(r"\[\[([^\]]+)\]\]", lambda m: f'<a href="/articles/{slugify(m.group(1))}?lang=us">{m.group(1)}</a>', t)
    t = re.sub(r"\^([\d,\-]+)", lambda m: "".join(f'<sup>[<a href="#ref_{n}">{n}</a>]</sup>' for n in m.group(1).split(",")), t)
    return t


def inline_md(t, quotes):
    def link(text, slug):
        if any(text.lower() in q for q in quotes):
            return text
        return f"[{text}](/articles/{slug}?lang=us)"
    t = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", lambda m: link(m.group(1), m.group(2)), t)
    t = re.sub(r"\[\[([^\]]+)\]\]", lambda m: link(m.group(1), slugify(m.group(1))), t)
    t = re.sub(r"\^([\d,\-]+)", lambda m: " " + m.group(1), t)
    return t


def inline_txt(t):
    t = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\1", t)
    t = re.sub(r"\[\[([^\]]+)\]\]", r"\1", t)
    t = re.sub(r"\^([\d,\-]+)", lambda m: m.group(1).replace(",", ""), t)
    return t


# ---------- whole-page renderers ----------
def related(meta):
    return [r.strip() for r in meta.get("related", "").split(";") if r.strip()]


def page_path(meta):
    return ("cases/" if meta.get("type") == "case" else "articles/") + meta["slug"]


def citation(meta):
    kind = "Case study" if meta.get("type") == "case" else "Reference article"
    return (f'{meta["author"]}, et al. {meta["title"]}. {kind}, Radiopaedia.org '
            f'(Accessed on 03 Feb 2026) https://doi.org/10.53347/rID-{meta["rid"]}')


def render_html(meta, body, refs):
    title = meta["title"]; slug = meta["slug"]; iscase = meta.get("type") == "case"
    h = []
    a = h.append
    a("<!DOCTYPE html>")
    a(f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | '
      f'{"Radiology Case" if iscase else "Radiology Reference Article"} | Radiopaedia.org</title>')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f'<link rel="canonical" href="https://radiopaedia.org/{page_path(meta)}?lang=us">')
    a('<link rel="stylesheet" href="/assets/application-4f1c2d.css"></head><body class="articles show">')
    a('<div class="ad-banner" role="complementary"><p>ADVERTISEMENT: Radiopaedia is free thanks to our '
      'supporters and advertisers. <a href="/supporters">Become a Gold Supporter</a> and see no third-party ads.</p>'
      '<div id="ad-slot-leaderboard"></div></div>')
    a('<header class="site-header"><nav class="main-nav"><ul>'
      '<li><a href="/articles?lang=us">Articles</a></li><li><a href="/cases?lang=us">Cases</a></li>'
      '<li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li>'
      '<li><a href="/about?lang=us">About</a></li><li><a href="/edits?lang=us">Recent Edits</a></li>'
      '<li><a href="/go-ad-free">Go ad-free</a></li></ul>'
      f'<a class="login" href="/sessions/new?lang=us&amp;return_to=%2F{page_path(meta).replace("/", "%2F")}">Log In</a> '
      '<a class="signup" href="/users/sign_up?lang=us">Sign Up</a>'
      '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>')
    a('<div class="promo-banner"><a href="/courses/musculoskeletal-imaging-essentials">New online course: '
      'Imaging essentials. Enrol today and save 20%</a></div>')
    a('<main class="container"><div class="header-title">')
    a(f'<h1 class="header-title">{html.escape(title)}</h1>')
    if iscase:
        a(f'<div class="meta">Case contributed by <a href="/users/{slugify(meta["author"])}">{meta["author"]}</a></div>'
          f'<div class="diagnosis-status">Diagnosis certain</div>')
    else:
        a(f'<div class="meta">Last revised by <a href="/users/{slugify(meta["author"])}">{meta["author"]}</a> on {meta["date"]}</div>')
    a(f'<div class="actions"><a href="/{page_path(meta)}/edit?lang=us">Edit {"case" if iscase else "article"}</a> '
      '<a href="#report">Report problem with article</a> <a href="#revisions">View revision history</a></div></div>')
    a('<div class="collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>'
      '<div class="collapsible-body">')
    a(f'<p><strong>Citation:</strong> {html.escape(citation(meta))}</p>')
    a(f'<p><strong>DOI:</strong> <a href="https://doi.org/10.53347/rID-{meta["rid"]}">https://doi.org/10.53347/rID-{meta["rid"]}</a></p>')
    a(f'<p><strong>Permalink:</strong> https://radiopaedia.org/{page_path(meta)}</p>')
    a(f'<p><strong>rID:</strong> {meta["rid"]}</p>')
    a(f'<p><strong>{"Case" if iscase else "Article"} created:</strong> 14 Mar 2019, {meta["author"]}</p>')
    a('<p><strong>Disclosures:</strong> At the time the article was created the author had no recorded disclosures. '
      '<a href="#disclosures">View Disclosures</a></p>')
    a(f'<p><strong>Last revised:</strong> {meta["date"]}, {meta["author"]}</p>')
    a(f'<p><strong>Revisions:</strong> {meta.get("revisions", "11")} times</p>')
    a(f'<p><strong>System:</strong> <a href="/search?system={meta["system"]}">{meta["system"]}</a></p>')
    if meta.get("tags"):
        a("<p><strong>Tags:</strong> " + ", ".join(f'<a href="/search?tag={slugify(t)}">{t.strip()}</a>' for t in meta["tags"].split(",")) + "</p>")
    if meta.get("synonyms"):
        a("<p><strong>Synonyms:</strong></p><ul>" + "".join(f"<li>{html.escape(s.strip())}</li>" for s in meta["synonyms"].split(";")) + "</ul>")
    a("</div></div>")
    heads = [(t, p) for t, p in body if t == "h2"]
    if not iscase:
        a('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>'
          + "".join(f'<li><a href="#nav_{slugify(p)}">{html.escape(p)}</a></li>' for _, p in heads)
          + '<li><a href="#nav_references">References</a></li></ul><div>Images:</div><ul><li><a href="#cases">Cases and figures</a></li></ul></nav>')
    a('<div class="body user-generated-content">')
    for t, p in body:
        if t in ("h2", "h3", "h4"):
            a(f'<{t} id="nav_{slugify(p)}">{html.escape(p)}</{t}>')
        elif t == "p":
            a(f"<p>{inline_html(p)}</p>")
        else:
            items, _ = p
            a(list_html(items))
    a('</div><!-- /body -->')
    a('<div class="references" id="nav_references"><h2>References</h2><ol>')
    for i, r in enumerate(refs, 1):
        a(f'<li id="ref_{i}">{html.escape(r)}</li>')
    a("</ol></div>")
    a('<div class="incoming-links"><h2>Incoming Links</h2><ul>' + "".join(
        f'<li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r)}</a></li>' for r in related(meta)[:3]) + "</ul></div>")
    a(f'<div class="related-articles"><h2>Related articles: {html.escape(meta.get("relgroup", meta["system"]))}</h2><ul>' + "".join(
        f'<li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r)}</a></li>' for r in related(meta)) + "</ul></div>")
    a(f'<div class="cases" id="cases"><h2>Cases and figures</h2><ul><li><a href="/cases/{slug}-1">Case 1</a></li>'
      f'<li><a href="/cases/{slug}-2">Case 2</a></li><li><a href="/cases/{slug}-3">Case 3</a></li></ul></div>')
    a('<div class="promoted"><h2>Promoted articles (advertising)</h2><div id="promoted-slot"></div></div>')
    a('</main><footer class="site-footer"><ul><li><a href="/about">About Radiopaedia</a></li>'
      '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li>'
      '<li><a href="/licence">Licensing</a></li><li><a href="/contact">Contact Us</a></li></ul>'
      '<p>Radiopaedia.org, the peer-reviewed collaborative radiology resource. Updated 03 Feb 2026</p></footer></body></html>')
    return "\n".join(h) + "\n"


def list_html(items):
    out, stack = [], []
    for lv, t in items:
        while len(stack) > lv + 1:
            out.append("</li></ul>"); stack.pop()
        if len(stack) == lv + 1:
            out.append("</li><li>" + inline_html(t))
        else:
            while len(stack) < lv + 1:
                out.append("<ul><li>"); stack.append(1)
            out.append(inline_html(t))
    while stack:
        out.append("</li></ul>"); stack.pop()
    return "".join(out)


def render_md(meta, body, refs, quotes):
    title = meta["title"]; iscase = meta.get("type") == "case"
    o = []
    a = o.append
    a("---"); a(f"title: {title.lower()}"); a("source: radiopaedia")
    a(f"category: {'case' if iscase else 'pathology'}"); a(f"system: {meta['mdsystem']}")
    a(f"modality: {meta.get('modality', 'mri')}"); a("---"); a("")
    a(f"{title} | {'Radiology Case' if iscase else 'Radiology Reference Article'} | Radiopaedia.org")
    a("\n\n    \n    - \n    \n\n    \n\n    \n    \n")
    a("  [](https://radiopaedia.org/cdn-cgi/content?id=Zp3QhW9xLb2-1772099811.4-1.0.1.1)\n")
    a("    [\n      \n        &times;\n      \n    ](#)\n      *\n")
    for lab, href in [("About", "/about?lang=us"), ("Articles", "/search?scope=articles&sort=date_of_last_edit"),
                      ("Cases", "/search?scope=cases&sort=date_of_publication"), ("Courses", "/courses?lang=us"),
                      ("Quiz", "/quizzes/all?lang=us"), ("Recent Edits", "/edits?lang=us")]:
        a(f"      \n        [{lab}]({href})\n")
    a("        [Log In](/sessions/new?lang=us)\n        \n          [Sign Up](/users/sign_up?lang=us)\n")
    a("        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n")
    a("            [Go ad-free](/go-ad-free)\n\n      Search\n      *\n    *\n")
    a(f"      # \n  {title}\n  \n")
    if iscase:
        a(f"          Case contributed by [{meta['author']}](/users/{slugify(meta['author'])}?lang=us)\n\n        Diagnosis certain\n")
    else:
        a(f"          Last revised by [{meta['author']}](/users/{slugify(meta['author'])}?lang=us)\n\n          on {meta['date']}\n")
    a(f"    [\n      Edit {'case' if iscase else 'article'}\n](/{page_path(meta)}/edit?lang=us)    \n      *\n      **\n")
    a("    - \n      [Report problem with article](#report)\n    - \n      [View revision history](#revisions)\n")
    a("#### Citation, DOI, disclosures and article data\n")
    a(f"Citation:\n\n{citation(meta)}\n")
    a(f"DOI:\n\n[https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})\n")
    a(f"Permalink:\n\nhttps://radiopaedia.org/{page_path(meta)}\n\nrID:\n\n{meta['rid']}\n")
    a("Disclosures:\n\nAt the time the article was created the author had no recorded disclosures.\n\n[View Disclosures](#disclosures)\n")
    a(f"Last revised:\n\n{meta['date']}, {meta['author']}\n\nRevisions:\n\n{meta.get('revisions', '11')} times\n")
    a(f"System:\n\n[{meta['system']}](/search?system={meta['system']})\n")
    if meta.get("synonyms"):
        a("Synonyms:\n\n" + "\n".join(f"- {s.strip()}" for s in meta["synonyms"].split(";")) + "\n")
    if not iscase:
        a("On this page:\n\nArticle:\n\n" + "\n".join(f"- [{p}](#nav_{slugify(p)})" for t, p in body if t == "h2")
          + "\n- [References](#nav_references)\n\nImages:\n\n- [Cases and figures](#cases)\n")
    a("        \n    \n")
    for t, p in body:
        if t == "h2":
            a(f"#### {p}\n")
        elif t == "h3":
            a(f"##### {p}\n")
        elif t == "h4":
            a(f"###### {p}\n")
        elif t == "p":
            a(inline_md(p, quotes) + "\n")
        else:
            items, _ = p
            for lv, it in items:
                a("    " * lv + "- " + inline_md(it, quotes) + "\n")
    a("#### References\n")
    for i, r in enumerate(refs, 1):
        a(f"            {i}. {r}\n")
    a("#### Incoming Links\n")
    for r in related(meta)[:3]:
        a(f"- [{r}](/articles/{slugify(r)}?lang=us)")
    a(f"\n#### Related articles: {meta.get('relgroup', meta['system'])}\n")
    for r in related(meta):
        a(f"- [{r}](/articles/{slugify(r)}?lang=us)")
    a("\n#### Cases and figures\n\n  [Case 1](/cases/x-1)\n  [Case 2](/cases/x-2)\n")
    a("#### Promoted articles (advertising)\n\n    \n  \n[About Radiopaedia](/about) [Privacy Policy](/privacy) [Terms of Use](/terms)\n")
    return "\n".join(o) + "\n"


def render_txt(meta, body, refs):
    o = [meta["title"], ""]
    for t, p in body:
        if t in ("h2", "h3", "h4"):
            o.append(p); o.append("")
        elif t == "p":
            o.append(inline_txt(p)); o.append("")
        else:
            items, run = p
            if run:
                o.append(" ".join(inline_txt(it) for _, it in items)); o.append("")
            else:
                for _, it in items:
                    o.append(inline_txt(it))
                o.append("")
    o.append("References"); o.append("")
    for r in refs:
        o.append(r)
    o.append("")
    return "\n".join(o)


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_gold(meta, gold, path):
    o = [f"title: {yq(meta['title'])}", f"system: {meta['system']}", f"forms: [{', '.join(meta['forms'])}]", "facts:"]
    for g in gold:
        o.append(f"  - kind: {g['kind']}")
        for k in ("subject", "item", "value", "group", "attribute", "quote"):
            o.append(f"    {k}: {yq(g[k])}")
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


def main(slugs):
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".src"):
            continue
        meta, body, refs, gold = parse(os.path.join(SRC, fn))
        if slugs and meta["slug"] not in slugs:
            continue
        d = os.path.join(OUT, meta["slug"]); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        quotes = [re.sub(r"\s+", " ", g["quote"].lower()) for g in gold]
        for form in meta["forms"]:
            txt = {"html": lambda: render_html(meta, body, refs),
                   "md": lambda: render_md(meta, body, refs, quotes),
                   "txt": lambda: render_txt(meta, body, refs)}[form]()
            open(os.path.join(d, "article." + form), "w", encoding="utf-8").write(txt)
        write_gold(meta, gold, os.path.join(d, "gold.yaml"))
        print("rendered", meta["slug"], meta["forms"], len(gold))


if __name__ == "__main__":
    main(sys.argv[1:])
