#!/usr/bin/env python3
"""Build BT articles (html/md/txt) and gold.yaml from src/*.art files.

Source format:
  @title / @system / @forms / @synonyms (;-sep) / @rid / @authors / @tags / @case (yes)
  @body  ... lines: '## h2', '### h3', '- li', '  - nested li', blank line = paragraph break
  @refs  ... one per line
  @related ... 'Title|slug' per line
  @gold  ... 'kind | subject | item | value | group | attribute | quote'
Inline: **bold**, [[text|slug]] link, {1,2} citation.
"""
import re, sys, os, json, html as H, yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(ROOT), 'BT')

def parse(path):
    meta, sec, data = {}, None, {'body': [], 'refs': [], 'related': [], 'gold': []}
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            if k in data:
                sec = k
            else:
                meta[k] = v.strip()
            continue
        if sec:
            data[sec].append(line)
    return meta, data

def blocks(lines):
    """-> list of ('h2',text) ('h3',text) ('p',text) ('ul',[(level,text)])"""
    out, para, ul = [], [], []
    def flush():
        nonlocal para, ul
        if para: out.append(('p', ' '.join(para))); para = []
        if ul: out.append(('ul', ul)); ul = []
    for ln in lines:
        if not ln.strip():
            flush(); continue
        if ln.startswith('### '):
            flush(); out.append(('h3', ln[4:].strip())); continue
        if ln.startswith('## '):
            flush(); out.append(('h2', ln[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', ln)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            ul.append((len(m.group(1)) // 2, m.group(2).strip())); continue
        if ul: out.append(('ul', ul)); ul = []
        para.append(ln.strip())
    flush()
    return out

def inline(t, form):
    if form == 'html':
        t = H.escape(t, quote=False)
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
        t = re.sub(r'\[\[(.+?)\|(.+?)\]\]', r'<a href="/articles/\2?lang=us">\1</a>', t)
        t = re.sub(r'\{([\d,]+)\}', lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', t)
    elif form == 'md':
        t = re.sub(r'\[\[(.+?)\|(.+?)\]\]', r'[\1](/articles/\2?lang=us)', t)
        t = re.sub(r'\{([\d,]+)\}', lambda m: ''.join(f'[{n}](#ref_{n})' for n in m.group(1).split(',')), t)
    else:
        t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
        t = re.sub(r'\[\[(.+?)\|(.+?)\]\]', r'\1', t)
        # citation numbers glued to the preceding word
        t = re.sub(r'\s*\{([\d,]+)\}', lambda m: m.group(1).replace(',', ''), t)
    return t

def anchor(s):
    return 'nav_' + re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def plain(t):
    return inline(t, 'txt')

# ---------------- HTML ----------------
def render_html(slug, meta, data, bl):
    title = meta['title']
    is_case = meta.get('case') == 'yes'
    kind = 'cases' if is_case else 'articles'
    rid = meta['rid']
    authors = meta['authors'].split(';')
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    first_p = next(plain(t) for k, t in bl if k == 'p')
    desc = H.escape(first_p[:155])
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f'<title>{H.escape(title)} | Radiology {"Case" if is_case else "Reference Article"} | Radiopaedia.org</title>')
    a(f'<meta name="description" content="{desc}">')
    a(f'<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">')
    a('<link rel="stylesheet" media="all" href="/assets/application-9b2d61e0f3.css">')
    a('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>')
    a('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (kind, meta['system']))
    a('</head>\n<body class="%s show">' % kind)
    a('<header class="site-header">')
    a('<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    a('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>')
    a('<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>')
    a('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    a('<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search Radiopaedia"><button>Search</button></form></nav></header>')
    a('<div class="promo-banner"><a href="/courses?lang=us">Live online course: Body CT and MRI for residents - book now</a></div>')
    a('<main id="content">\n<div class="article-header">')
    a(f'<h1 class="header-title">{H.escape(title)}</h1>')
    a(f'<div class="author-info">Last revised by <a href="/users/u{rid}">{authors[-1].strip()}</a> on {meta["revised"]}</div>')
    a(f'<div class="article-actions"><a href="/{kind}/{slug}/edit" class="btn">Edit {"case" if is_case else "article"}</a> <a href="/{kind}/{slug}/revisions" class="btn">View revision history</a></div></div>')
    a('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if is_case else 'article'))
    cit = f'{", ".join(x.strip() for x in authors[:3])}{", et al" if len(authors) > 3 else ""}. {title}. {"Case study" if is_case else "Reference article"}, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-{rid}'
    a(f'<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{H.escape(cit)}</div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{meta["created"]}, <a href="/users/c{rid}">{authors[0].strip()}</a><div class="disclosure">At the time the article was created {authors[0].strip()} had no recorded disclosures.</div></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta["system"].lower()}">{meta["system"]}</a></div></div>')
    a(f'<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{", ".join(H.escape(t.strip()) for t in meta.get("tags", "").split(","))}</div></div>')
    if syn:
        a('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{H.escape(s)}</li>' for s in syn) + '</ul></div></div>')
    a('</div>')
    heads = [t for k, t in bl if k == 'h2']
    a('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join(f'<li><a href="#{anchor(t)}">{H.escape(t)}</a></li>' for t in heads) + '<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    a('<div class="body user-generated-content">')
    fig = 0
    for k, t in bl:
        if k == 'h2':
            a(f'<h2 id="{anchor(t)}">{inline(t, "html")}</h2>')
            if t.lower().startswith('radiographic') or t.lower().startswith('findings'):
                fig += 1
                a(f'<div class="case-gallery"><figure class="gallery-item"><img src="https://prod-images-static.radiopaedia.org/images/{rid}{fig}/thumb.jpeg" alt="Figure {fig}" loading="lazy"><figcaption>Figure {fig}: representative images, see cases below</figcaption></figure></div>')
        elif k == 'h3':
            a(f'<h3>{inline(t, "html")}</h3>')
        elif k == 'p':
            a(f'<p>{inline(t, "html")}</p>')
        else:
            a(render_ul_html(t))
    a('</div>')
    a('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join(f'<li id="ref_{i+1}"><span class="ref-text">{H.escape(r)}</span></li>' for i, r in enumerate(x for x in data['refs'] if x.strip())) + '</ol></div>')
    a('<div class="ad-slot" id="in-content">Support Radiopaedia and see fewer ads</div>')
    a('<section id="article-images"><h2>Cases and figures</h2><ul class="cases"><li>Case 1</li><li>Case 2</li><li>Case 3</li></ul></section>')
    rel = [x.split('|') for x in data['related'] if x.strip()]
    a('<aside class="related-articles"><h2>Related Radiopaedia articles</h2><ul>' + ''.join(f'<li><a href="/articles/{s.strip()}?lang=us">{H.escape(t.strip())}</a></li>' for t, s in rel) + '</ul></aside>')
    a('<div class="promo">Promoted articles (advertising)</div>')
    a('</main>\n<footer class="site-footer"><ul><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/terms#privacy-policy">Privacy Policy</a></li><li><a href="/licence">Licensing</a></li></ul><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>\n</body>\n</html>\n')
    return '\n'.join(h)

def render_ul_html(items):
    # items: list of (level, text); nested
    out, stack = [], []
    def open_(lvl):
        out.append('<ul>'); stack.append(lvl)
    open_(0)
    prev = 0
    for i, (lvl, t) in enumerate(items):
        if i == 0:
            out.append(f'<li>{inline(t, "html")}')
            prev = lvl; continue
        if lvl > prev:
            out.append('<ul>'); stack.append(lvl)
            out.append(f'<li>{inline(t, "html")}')
        elif lvl == prev:
            out.append(f'</li><li>{inline(t, "html")}')
        else:
            while stack and stack[-1] > lvl:
                out.append('</li></ul>'); stack.pop()
            out.append(f'</li><li>{inline(t, "html")}')
        prev = lvl
    out.append('</li>')
    while len(stack) > 1:
        out.append('</ul></li>'); stack.pop()
    out.append('</ul>')
    return ''.join(out)

# ---------------- MD ----------------
def render_md(slug, meta, data, bl):
    title = meta['title']; rid = meta['rid']
    is_case = meta.get('case') == 'yes'
    kind = 'cases' if is_case else 'articles'
    authors = [x.strip() for x in meta['authors'].split(';')]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    L = []
    a = L.append
    a('---'); a(f'title: {slug}'); a('source: radiopaedia'); a(f'category: {"case" if is_case else "article"}'); a(f'system: {meta["system"].lower()}'); a('---'); a('')
    a(f'{title} | Radiology {"Case" if is_case else "Reference Article"} | Radiopaedia.org'); a('')
    a('    \n    - \n    \n\n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=Xq81bTz0)\n\n    [\n      \n        &times;\n      \n    ](#)\n')
    for n in ['About', 'Articles', 'Cases', 'Courses', 'Quiz', 'Recent Edits', 'Supporters']:
        a(f'        [{n}](/{n.lower().replace(" ", "-")}?lang=us)\n      ')
    a('\n        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n')
    a('[Log in](/sessions/new?lang=us)\n- [Sign up](/users/sign_up?lang=us)\n\n    {}\n')
    a('      Search\n      *\n    *\n')
    a(f'      # \n  {title}\n  \n')
    a(f'          Last revised by [{authors[-1]}](/users/r{rid}?lang=us)\n\n          on {meta["revised"]}\n')
    a(f'    [\n      Edit {"case" if is_case else "article"}\n](/{kind}/{slug}/edit?lang=us)    \n      *\n      **\n')
    a(f'    - \n      [View revision history](/{kind}/{slug}/revisions?lang=us)\n')
    a(f'      ## \n        Citation, DOI, disclosures and {"case" if is_case else "article"} data\n      \n')
    cit = f'{", ".join(authors[:3])}{", et al" if len(authors) > 3 else ""}. {title}. {"Case study" if is_case else "Reference article"}, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-{rid}'
    for k, v in [('Citation', cit), ('DOI', f'[https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})'), ('Permalink', f'[https://radiopaedia.org/{kind}/{rid}](https://radiopaedia.org/{kind}/{rid})'), ('rID', rid), ('Article created', f'{meta["created"]},\n  [{authors[0]}](/users/c{rid}?lang=us)'), ('Systems', f'[{meta["system"]}](/articles/section/all/{meta["system"].lower()}?lang=us)'), ('Tags', meta.get('tags', ''))]:
        a(f'          **\n            {k}:\n          **\n        \n          {v}\n        \n')
    if syn:
        a('          **\n            Synonyms:\n          **\n')
        for s in syn:
            a(f'              - \n                {s}\n              ')
        a('')
    a('')
    heads = [t for k, t in bl if k == 'h2']
    # first paragraph(s) before first h2 go before "On this page"
    idx = next((i for i, (k, _) in enumerate(bl) if k == 'h2'), len(bl))
    def emit(k, t):
        if k == 'h2': a(f'## {inline(t, "md")}'); a('')
        elif k == 'h3': a(f'### {inline(t, "md")}'); a('')
        elif k == 'p': a(inline(t, 'md')); a('')
        else:
            for lvl, x in t:
                a('    ' * lvl + f'- {inline(x, "md")}'); a('')
    for k, t in bl[:idx]: emit(k, t)
    a('## On this page:'); a(''); a('Article:'); a('')
    for t in heads: a(f'- [{t}](#{anchor(t)})'); a('')
    a('- [References](#references)'); a(''); a('Images:'); a(''); a('- [Cases and figures](#article-images)'); a('')
    for k, t in bl[idx:]: emit(k, t)
    a('## References'); a('')
    for i, r in enumerate(x for x in data['refs'] if x.strip()):
        a(f'{i+1}. {r}'); a('')
    a('## Related Radiopaedia articles'); a('')
    for x in data['related']:
        if x.strip():
            t, s = x.split('|'); a(f'- [{t.strip()}](/articles/{s.strip()}?lang=us)'); a('')
    a('\n      \n  \n    Updating… Please wait.\n\n     Unable to process the form. Check for errors and try again.\n\n     Thank you for updating your details.\n')
    a('        &copy; 2005&ndash;2026 Radiopaedia.org\n')
    return '\n'.join(L)

# ---------------- TXT ----------------
def render_txt(slug, meta, data, bl, runin_every=2):
    L = [meta['title'], '']
    ulcount = 0
    for k, t in bl:
        if k in ('h2', 'h3'):
            L.append(plain(t)); L.append('')
        elif k == 'p':
            L.append(plain(t)); L.append('')
        else:
            ulcount += 1
            if ulcount % runin_every == 0:
                # run list into one paragraph
                L.append(' '.join(plain(x) for _, x in t)); L.append('')
            else:
                for lvl, x in t:
                    L.append('  ' * (lvl + 1) + '• ' + plain(x))
                L.append('')
    L.append('Share article'); L.append(''); L.append('Article information'); L.append('')
    L.append(f'rID: {meta["rid"]}'); L.append('Section: ' + ('Case' if meta.get('case') == 'yes' else 'Pathology'))
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        L.append('Synonyms or Alternate Spellings:')
        for s in syn: L.append(f'  • {s}')
    L.append(''); L.append('Support Radiopaedia and see fewer ads'); L.append(''); L.append('Cases and figures'); L.append('')
    for i in range(1, 4):
        L.append('  • Drag'); L.append(f'    Case {i}'); L.append('    Drag here to reorder.')
    L.append('  • Updating… Please wait.'); L.append(''); L.append('    Alert accept'); L.append('')
    return '\n'.join(L) + '\n'

def gold(meta, data):
    facts = []
    for ln in data['gold']:
        if not ln.strip() or ln.startswith('#'):
            continue
        parts = [p.strip() for p in ln.split('|')]
        if len(parts) != 7:
            sys.exit(f'bad gold line ({len(parts)} fields): {ln}')
        k, s, i, v, g, at, q = parts
        facts.append(dict(kind=k, subject=s, item=i, value=v, group=g, attribute=at, quote=q))
    return facts

def body_words(bl):
    n = 0
    for k, t in bl:
        if k == 'ul':
            n += sum(len(plain(x).split()) for _, x in t)
        else:
            n += len(plain(t).split())
    return n

def main():
    summary = []
    for fn in sorted(os.listdir(os.path.join(ROOT, 'src'))):
        if not fn.endswith('.art'): continue
        slug = fn[:-4]
        meta, data = parse(os.path.join(ROOT, 'src', fn))
        bl = blocks(data['body'])
        forms = meta['forms'].split()
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for f in forms:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](slug, meta, data, bl)
            open(os.path.join(d, f'article.{f}'), 'w', encoding='utf-8').write(txt)
        facts = gold(meta, data)
        g = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            fh.write(f"title: {json.dumps(meta['title'])}\nsystem: {meta['system']}\nforms: [{', '.join(forms)}]\n")
            fh.write(yaml.safe_dump({'facts': facts}, sort_keys=False, allow_unicode=True, width=1000))
        summary.append(dict(slug=slug, system=meta['system'], forms=forms, words=body_words(bl), facts=len(facts), kinds=[f['kind'] for f in facts], case=meta.get('case') == 'yes'))
    json.dump(summary, open(os.path.join(ROOT, 'summary.json'), 'w'), indent=1)
    for s in summary:
        print(s['slug'], s['forms'], s['words'], s['facts'])

if __name__ == '__main__':
    main()
