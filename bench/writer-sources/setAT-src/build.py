#!/usr/bin/env python3
"""Build setAT articles (html/md/txt) and gold.yaml from src/*.src files.

Source format:
  header lines "key: value" until a line '---BODY---'
  body in light markup until '---REFS---' (## h2, ### h3, - list, '  - ' nested,
  {{text|slug}} link, **bold**, ^1,2^ citation)
  references one per line until '---RELATED---'
  related article titles one per line until '---FACTS---'
  facts: kind | subject | item | value | group | attribute | quote
"""
import html, os, re, sys, random
import yaml

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = '/work/blind/setAT'


def parse(path):
    txt = open(path, encoding='utf-8').read()
    head, rest = txt.split('---BODY---\n', 1)
    body, rest = rest.split('---REFS---\n', 1)
    refs, rest = rest.split('---RELATED---\n', 1)
    related, facts = rest.split('---FACTS---\n', 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    fl = []
    for line in facts.splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7:
            sys.exit(f'{path}: bad fact line ({len(parts)} fields): {line}')
        k, s, i, v, g, a, q = parts
        fl.append(dict(kind=k, subject=s, item=i, value=v, group=g, attribute=a, quote=q))
    return meta, body, [r for r in refs.strip().splitlines() if r.strip()], \
        [r for r in related.strip().splitlines() if r.strip()], fl


def blocks(body):
    """Yield ('h2',text) ('h3',text) ('p',text) ('ul',[(level,text),...])."""
    out = []
    para = []
    lst = []

    def flush():
        nonlocal para, lst
        if para:
            out.append(('p', ' '.join(para)))
            para = []
        if lst:
            out.append(('ul', lst))
            lst = []
    for line in body.splitlines():
        if not line.strip():
            flush()
            continue
        if line.startswith('### '):
            flush(); out.append(('h3', line[4:].strip())); continue
        if line.startswith('## '):
            flush(); out.append(('h2', line[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para:
                out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2)))
            continue
        if lst:
            flush()
        para.append(line.strip())
    flush()
    return out


LINK = re.compile(r'\{\{([^|}]+)\|([^}]+)\}\}')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\^([0-9,\-]+)\^')


def inline_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
    s = BOLD.sub(r'<strong>\1</strong>', s)

    def cite(m):
        parts = []
        for n in re.split(r'[,]', m.group(1)):
            first = n.split('-')[0]
            parts.append(f'<a href="#ref_{first}">{n}</a>')
        return '<sup>' + ','.join(parts) + '</sup>'
    s = CITE.sub(cite, s)
    return s


def inline_md(s):
    s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
    s = CITE.sub(lambda m: ' ' + m.group(1), s)
    return s


def inline_txt(s):
    s = LINK.sub(r'\1', s)
    s = BOLD.sub(r'\1', s)
    s = CITE.sub(lambda m: m.group(1), s)  # glued to the word
    return s


def plain(s):
    s = LINK.sub(r'\1', s)
    s = BOLD.sub(r'\1', s)
    s = CITE.sub('', s)
    return s


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


# ---------------------------------------------------------------- html
def render_html(meta, bl, refs, related):
    title = meta['title']
    slug = meta['slug']
    is_case = meta.get('type') == 'case'
    rid = meta.get('rid', '90000')
    kind = 'Radiology Case' if is_case else 'Radiology Reference Article'
    path = 'cases' if is_case else 'articles'
    desc = plain(next(t for k, t in bl if k == 'p'))[:200]
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f'<title>{html.escape(title)} | {kind} | Radiopaedia.org</title>')
    a(f'<meta name="description" content="{html.escape(desc)}">')
    a(f'<meta property="og:title" content="{html.escape(title)} | {kind} | Radiopaedia.org">')
    a(f'<link rel="canonical" href="https://radiopaedia.org/{path}/{slug}">')
    a('<link rel="stylesheet" media="all" href="/assets/application-9b3e11c0f2.css">')
    a('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag(\'js\', new Date());</script>')
    a(f'<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{path}", "system": "{meta["system"]}"}}}};</script>')
    a('</head>\n<body class="%s show">' % path)
    a('<header class="site-header">')
    a('<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    a('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>')
    a('<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>')
    a('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    a('<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav></header>')
    a(f'<div class="promo-banner"><a href="/courses?lang=us">{meta.get("promo", "Live online course: body imaging emergencies - places still available")}</a></div>')
    a('<main id="content" class="main-content">')
    a('<div class="article-header">')
    a(f'<h1 class="header-title">{html.escape(title)}</h1>')
    if is_case:
        a(f'<div class="author-info">Case contributed by <a href="/users/{slugify(meta["author"])}">{meta["author"]}</a></div>')
        a('<div class="diagnostic-certainty">Diagnosis certain <span class="icon-check"></span></div>')
    else:
        a(f'<div class="author-info">Last revised by <a href="/users/{slugify(meta["author"])}?lang=us">{meta["author"]}</a> on {meta["revised"]}</div>')
        a(f'<div class="article-actions"><a href="/articles/{slug}/edit?lang=us" class="btn">Edit article</a> <a href="/articles/{slug}/revisions?lang=us" class="btn">View revision history</a></div>')
    a('</div>')
    a('<div class="article-information collapsible">')
    a('<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
    cit = f'{meta["citation_authors"]} {title}. {"Case study" if is_case else "Reference article"}, Radiopaedia.org (Accessed on 14 Feb 2026) https://doi.org/10.53347/rID-{rid}'
    a(f'<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cit)}</div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{path}/{rid}">https://radiopaedia.org/{path}/{rid}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">{"Case published" if is_case else "Article created"}:</div><div>{meta["created"]}, <a href="/users/{slugify(meta["creator"])}">{meta["creator"]}</a><div class="disclosure">At the time the {"case" if is_case else "article"} was created {meta["creator"]} had no recorded disclosures.</div></div></div>')
    if not is_case:
        a(f'<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get("revisions", "37 times, by 19 contributors")} - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta["system"])}?lang=us">{meta["system"]}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{", ".join(f"<a href=/tags/{slugify(t)}>{t}</a>" for t in meta.get("tags", "").split(";") if t.strip())}</div></div>')
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        a('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{html.escape(s)}</li>' for s in syn) + '</ul></div></div>')
    a('</div>')
    a('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    heads = [t for k, t in bl if k == 'h2']
    if not is_case:
        a('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' +
          ''.join(f'<li><a href="#nav_{slugify(t)}">{html.escape(t)}</a></li>' for t in heads) +
          '<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    a('<div class="body user-generated-content">')
    for k, t in bl:
        if k == 'h2':
            a(f'<h2 id="nav_{slugify(t)}">{inline_html(t)}</h2>')
        elif k == 'h3':
            a(f'<h3>{inline_html(t)}</h3>')
        elif k == 'p':
            a(f'<p>{inline_html(t)}</p>')
        else:
            a(ul_html(t))
    a('</div>')
    a('<div class="ad-slot in-content" id="in-content-2">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    if refs:
        a('<h2 id="references" class="references-title">References</h2><ol class="references">')
        for i, r in enumerate(refs, 1):
            a(f'<li id="ref_{i}">{html.escape(r)}</li>')
        a('</ol>')
    a('<section id="article-images" class="carousel"><h2>Cases and figures</h2><ul>' +
      ''.join(f'<li class="thumb"><img src="/images/{random.randint(100000, 999999)}/thumb.jpeg" alt="Case {i}"><div class="caption">Case {i}</div></li>' for i in range(1, 5)) + '</ul></section>')
    a('<aside class="related-articles"><h2>Related Radiopaedia articles</h2><ul>' +
      ''.join(f'<li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r)}</a></li>' for r in related) + '</ul></aside>')
    a('<aside class="promoted-courses"><h3>Promoted articles (advertising)</h3><ul><li><a href="/courses/ct-essentials">CT essentials: 2026 edition</a></li></ul></aside>')
    a('</main>')
    a('<footer class="site-footer"><ul><li><a href="/licence">Licensing</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact Us</a></li></ul><p>Updating… Please wait.</p><p>Unable to process the form. Check for errors and try again.</p><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    a('</body>\n</html>\n')
    return '\n'.join(h)


def ul_html(items):
    out = ['<ul>']
    level = 0
    open_li = False
    for lv, t in items:
        if lv > level:
            out.append('<ul>')
            level = lv
            open_li = False
        while lv < level:
            out.append('</li></ul>')
            level -= 1
            open_li = True
        if open_li:
            out.append('</li>')
        out.append(f'<li>{inline_html(t)}')
        open_li = True
    while level > 0:
        out.append('</li></ul>')
        level -= 1
    out.append('</li></ul>')
    return ''.join(out)


# ---------------------------------------------------------------- md
def render_md(meta, bl, refs, related):
    title = meta['title']
    slug = meta['slug']
    is_case = meta.get('type') == 'case'
    rid = meta.get('rid', '90000')
    o = []
    a = o.append
    a('---')
    a(f'title: {slug}')
    a('source: radiopaedia')
    a(f'category: {"case" if is_case else "pathology"}')
    a(f'system: {meta["system"].lower()}')
    a(f'modality: {meta.get("modality", "mixed")}')
    a('---\n')
    a(f'{title} | {"Radiology Case" if is_case else "Radiology Reference Article"} | Radiopaedia.org\n')
    a('    \n    - \n    \n\n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=Xk29aLq0-17713)\n\n    [\n      \n        &times;\n      \n    ](#)\n    \n      *\n')
    for lab, href in [('About', '/about?lang=us'), ('Articles', '/search?scope=articles&sort=date_of_last_edit'),
                      ('Cases', '/search?scope=cases&sort=date_of_publication'), ('Courses', '/courses?lang=us'),
                      ('Quiz', '/quizzes/all?lang=us'), ('Recent Edits', '/edits?lang=us')]:
        a(f'      \n        [{lab}]({href})\n')
    a('          [Log In](/sessions/new?lang=us)\n        \n          [Sign Up](/users/sign_up?lang=us)\n')
    a('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n')
    a(f'[Log in](/sessions/new?lang=us&return_to=%2Farticles%2F{slug})\n- [Sign up](/users/sign_up?lang=us)\n')
    a('    \n      Search\n      *\n    *\n')
    a(f'      # \n  {title}\n  \n')
    a(f'          Last revised by [{meta["author"]}](/users/{slugify(meta["author"])}?lang=us)\n\n          on {meta.get("revised", "3 Jan 2026")}\n')
    a(f'    [\n      Edit article\n](/articles/{slug}/edit?lang=us)    \n      *\n      **\n')
    a(f'    - \n      [View revision history](/articles/{slug}/revisions?lang=us)\n')
    a('      ## \n        Citation, DOI, disclosures and article data\n      \n')
    a(f'          **\n            Citation:\n          **\n        \n          {meta["citation_authors"]} {title}. Reference article, Radiopaedia.org (Accessed on 11 Feb 2026) https://doi.org/10.53347/rID-{rid}\n')
    a(f'          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})\n')
    a(f'          **\n            rID:\n          **\n          {rid}\n')
    a(f'          **\n            Article created:\n          **\n  {meta["created"]},\n  [{meta["creator"]}](/users/{slugify(meta["creator"])}?lang=us)\n\n    *\n      At the time the article was created {meta["creator"]} had no recorded disclosures.\n    *\n')
    a(f'        **\n          Revisions:\n        **\n        {meta.get("revisions", "37 times, by 19 contributors")} -\n        [see full revision history and disclosures](/articles/{slug}/revisions?lang=us)\n')
    a(f'          **\n            Systems:\n          **\n          [{meta["system"]}](/articles/section/all/{slugify(meta["system"])}?lang=us)\n')
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        a('          **\n            Synonyms:\n          **\n')
        for s in syn:
            a(f'              - \n                {s}\n')
    first = True
    heads = [t for k, t in bl if k == 'h2']
    for k, t in bl:
        if k == 'h2' and first:
            first = False
            a('## On this page:\n\nArticle:\n')
            for hh in heads:
                a(f'- [{hh}](#nav_{slugify(hh)})\n')
            a('- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n')
        if k == 'h2':
            a(f'#### {inline_md(t)}\n')
        elif k == 'h3':
            a(f'##### {inline_md(t)}\n')
        elif k == 'p':
            a(inline_md(t) + '\n')
        else:
            for lv, it in t:
                a('  ' * lv + '- ' + inline_md(it) + '\n')
    a('#### References\n')
    for i, r in enumerate(refs, 1):
        a(f'{i}. {r}\n')
    a('## Related Radiopaedia articles\n')
    for r in related:
        a(f'- [{r}](/articles/{slugify(r)}?lang=us)\n')
    a('  \n    \n  ADVERTISEMENT: Supporters see fewer/no ads\n\n  Cases and figures\n\n  - Drag\n    Case 1\n    Drag here to reorder.\n  - Updating… Please wait.\n\n    [Licensing](/licence) [Privacy Policy](/privacy) [Terms of Use](/terms)\n')
    return '\n'.join(o)


# ---------------------------------------------------------------- txt
def render_txt(meta, bl, refs, related):
    style = meta.get('txtlists', 'lines')
    o = [meta['title'], '']
    for k, t in bl:
        if k in ('h2', 'h3'):
            o.append(inline_txt(t))
            o.append('')
        elif k == 'p':
            o.append(inline_txt(t) + ' ')
            o.append('')
        else:
            if style == 'run':
                o.append(' '.join(inline_txt(it) for lv, it in t))
                o.append('')
            elif style == 'bullets':
                for lv, it in t:
                    o.append('  ' * (lv + 1) + '\u2022 ' + inline_txt(it))
                o.append('')
            else:
                for lv, it in t:
                    o.append(inline_txt(it))
                o.append('')
    o.append('Share article\n\nArticle information\n')
    o.append(f'rID: {meta.get("rid", "90000")}\nSection: Pathology\nSynonyms or Alternate Spellings:')
    for s in [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]:
        o.append(f'  \u2022 {s}')
    o.append('\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n')
    for i in range(1, 4):
        o.append(f'  \u2022 Drag\n    Case {i}\n    Drag here to reorder.')
    o.append('  \u2022 Updating\u2026 Please wait.\n\n    Alert accept\n\n    Error Unable to process the form. Check for errors and try again.\n')
    if meta.get('txtrefs', 'no') == 'yes':
        o.append('References\n')
        for i, r in enumerate(refs, 1):
            o.append(f'{i}. {r}')
    return '\n'.join(o) + '\n'


def body_words(bl):
    n = 0
    for k, t in bl:
        if k == 'ul':
            for _, it in t:
                n += len(plain(it).split())
        else:
            n += len(plain(t).split())
    return n


def main():
    random.seed(7)
    summary = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'):
            continue
        meta, body, refs, related, facts = parse(os.path.join(SRC, fn))
        slug = meta['slug']
        forms = [f.strip() for f in meta['forms'].split(',')]
        bl = blocks(body)
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for f in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, bl, refs, related)
            open(os.path.join(d, f'article.{f}'), 'w', encoding='utf-8').write(r)
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
        summary.append((slug, meta['system'], forms, body_words(bl), facts))
    import json
    json.dump([(s, sy, f, w, fa) for s, sy, f, w, fa in summary],
              open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'summary.json'), 'w'), indent=1)
    for s, sy, f, w, fa in summary:
        print(f'{s:45s} {sy:18s} {",".join(f):14s} words={w:4d} facts={len(fa)}')


if __name__ == '__main__':
    main()
