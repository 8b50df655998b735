#!/usr/bin/env python3
"""Build BN articles (html/md/txt) + gold.yaml from BN.src/src/*.src."""
import re, sys, json, html, os, glob

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BN')
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}

def parse(path):
    text = open(path, encoding='utf-8').read()
    head, rest = text.split('\n---\n', 1)
    body, gold = rest.split('\n@@GOLD\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    facts = []
    defsubj = meta['title'].lower()
    for ln, line in enumerate(gold.splitlines()):
        line = line.rstrip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('@subject '):
            defsubj = line[len('@subject '):].strip(); continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7:
            sys.exit(f'{path}: gold line needs 7 fields: {line}')
        f = dict(zip(FIELDS, parts))
        if f['kind'] not in KINDS:
            sys.exit(f'{path}: bad kind {f["kind"]}')
        if not f['subject']:
            f['subject'] = defsubj
        if f['kind'] == 'synonym':
            f['subject'] = meta['title']
        facts.append(f)
    return meta, body.strip('\n'), facts

# ---------- inline markup ----------
LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r'\^\{([0-9,\-]+)\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')
def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def inline(s, form):
    if form == 'html':
        s = html.escape(s, quote=False)
        s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2) or slugify(m.group(1))}?lang=us">{m.group(1)}</a>', s)
        s = BOLD.sub(r'<strong>\1</strong>', s)
        def c(m):
            nums = re.split(r'([,\-])', m.group(1))
            return '<sup>' + ''.join(f'<a href="#ref_{n}">{n}</a>' if n.isdigit() else n for n in nums) + '</sup>'
        s = CITE.sub(c, s)
    elif form == 'md':
        s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2) or slugify(m.group(1))}?lang=us)', s)
        s = CITE.sub(lambda m: ' ' + m.group(1), s)
    else:
        s = LINK.sub(lambda m: m.group(1), s)
        s = BOLD.sub(r'\1', s)
        s = CITE.sub(lambda m: m.group(1), s)
    return s

def plain(s):
    s = LINK.sub(lambda m: m.group(1), s); s = BOLD.sub(r'\1', s); s = CITE.sub('', s)
    return s

# ---------- block parsing ----------
def blocks(body):
    """yield ('h2',text) ('h3',text) ('p',text) ('ul',[(level,text),...]) ('table', rows)"""
    out = []; para = []; lst = []
    def flush():
        nonlocal para, lst
        if para: out.append(('p', ' '.join(para))); para = []
        if lst: out.append(('ul', lst)); lst = []
    for line in body.splitlines():
        if not line.strip():
            flush(); continue
        m = re.match(r'^(\s*)- (.*)$', line)
        if line.startswith('=== '):
            flush(); out.append(('h3', line[4:].strip()))
        elif line.startswith('== '):
            flush(); out.append(('h2', line[3:].strip()))
        elif m:
            if para: out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2).strip()))
        else:
            if lst: out.append(('ul', lst)); lst = []
            para.append(line.strip())
    flush()
    return out

def ul_html(items):
    res = ''; depth = -1
    for lvl, t in items:
        if lvl > depth: res += '<ul><li>' * (lvl - depth)
        elif lvl == depth: res += '</li><li>'
        else: res += '</li></ul>' * (depth - lvl) + '</li><li>'
        res += inline(t, 'html'); depth = lvl
    return res + '</li></ul>' * (depth + 1)

def body_words(body):
    n = 0
    for kind, x in blocks(body):
        if kind == 'ul':
            for _, t in x: n += len(plain(t).split())
        else:
            n += len(plain(x).split())
    return n

# ---------- renderers ----------
def render_html(meta, body, h=('h4', 'h5')):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    is_case = meta.get('case') == 'yes'
    bl = blocks(body)
    heads = [x for k, x in bl if k == 'h2']
    parts = []
    for kind, x in bl:
        if kind == 'h2':
            parts.append(f'<{h[0]} id="nav_{slugify(x)}">{html.escape(x)}</{h[0]}>')
        elif kind == 'h3':
            parts.append(f'<{h[1]}>{html.escape(x)}</{h[1]}>')
        elif kind == 'p':
            parts.append(f'<p>{inline(x, "html")}</p>')
        else:
            parts.append(ul_html(x))
    refs = meta.get('refs', '').split(' || ') if meta.get('refs') else []
    reflist = ''.join(f'<li id="ref_{i+1}"><span class="ref-text">{html.escape(r)}</span> <a href="https://doi.org/10.0000/bn.{rid}.{i+1}" target="_blank" rel="noopener">doi:10.0000/bn.{rid}.{i+1}</a> - <a href="https://pubmed.ncbi.nlm.nih.gov/{int(rid)*7+i}" target="_blank" rel="noopener">Pubmed</a></li>' for i, r in enumerate(refs))
    related = ''.join(f'<li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r)}</a></li>' for r in meta.get('related', '').split('; ') if r)
    syn = ''.join(f'<li>{html.escape(s)}</li>' for s in meta.get('synonyms', '').split('; ') if s)
    author, reviser = meta['authors'].split('; ')[:2]
    nav = ''.join(f'<li><a href="#nav_{slugify(x)}">{html.escape(x)}</a></li>' for x in heads)
    kindword = 'Case' if is_case else 'Reference article'
    section = 'cases' if is_case else 'articles'
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Radiology {"Case" if is_case else "Reference Article"} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(plain(bl[0][1] if bl[0][0]=='p' else title)[:150])}">
<link rel="canonical" href="https://radiopaedia.org/{section}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-77bd0e1c.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{section}", "system": "{meta['system']}"}}}};</script>
</head>
<body class="{section} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{meta.get('promo', 'Live webinar: body imaging on call - register now')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">{"Case contributed by" if is_case else "Last revised by"} <a href="/users/{slugify(reviser)}?lang=us">{html.escape(reviser)}</a> on {meta.get('revised', '14 Feb 2026')}</div>
<div class="article-actions"><a href="/{section}/{slug}/edit?lang=us" class="btn">Edit {"case" if is_case else "article"}</a> <a href="/{section}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="meta-data collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {"case" if is_case else "article"} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(reviser.split()[-1])} {reviser.split()[0][0]}, {html.escape(author.split()[-1])} {author.split()[0][0]}, et al. {html.escape(title)}. {kindword}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{section}/{rid}">https://radiopaedia.org/{section}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{"Case" if is_case else "Article"} created:</div><div>{meta.get('created', '9 Jun 2011')}, <a href="/users/{slugify(author)}?lang=us">{html.escape(author)}</a><div class="disclosure">At the time the {"case" if is_case else "article"} was created {html.escape(author)} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '37')} times, by {meta.get('contributors', '15')} contributors - <a href="/{section}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{html.escape(meta['system'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{"Case" if is_case else "Article"}:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(parts)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{reflist}
</ol></div>
<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>{related}</ul></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('relgroup', meta['system']))}</h2><ul>{related}</ul></div>
<div class="share-article"><a href="#" class="share">Share {"case" if is_case else "article"}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li><li class="case-item"><a href="/cases/{slug}-3">Case 3</a></li></ul></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{json.dumps({"articleId": int(rid), "slug": slug, "lang": "us", "inclusions": [{"imageId": int(rid)*10+i, "caption": f"Case {i}"} for i in (1,2,3)]})}</script>
</body>
</html>
'''

def render_md(meta, body):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    is_case = meta.get('case') == 'yes'
    section = 'cases' if is_case else 'articles'
    author, reviser = meta['authors'].split('; ')[:2]
    bl = blocks(body)
    heads = [x for k, x in bl if k == 'h2']
    out = []
    for kind, x in bl:
        if kind == 'h2': out.append('#### ' + x)
        elif kind == 'h3': out.append('##### ' + x)
        elif kind == 'p': out.append(inline(x, 'md'))
        else:
            out.append('\n'.join('  ' * lvl + '- ' + inline(t, 'md') + '\n' for lvl, t in x))
    refs = meta.get('refs', '').split(' || ') if meta.get('refs') else []
    navitems = '\n\n'.join(f'- [{x}](#nav_{slugify(x)})' for x in heads)
    fm_system = meta.get('md_system', meta['system'].lower())
    return f'''---
title: {slug}
source: radreport
category: {"case" if is_case else "pathology"}
system: {fm_system}
modality: {meta.get('md_modality', 'ct')}
---

{title} | Radiology {"Case" if is_case else "Reference Article"} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=bn{rid}x)
            
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

            [Go ad-free](/go-ad-free)

      Search
      *

      # 
  {title}
  
          {"Case contributed by" if is_case else "Last revised by"} [{reviser}](/users/{slugify(reviser)}?lang=us)

          on {meta.get('revised', '14 Feb 2026')}

    [
      Edit {"case" if is_case else "article"}
](/{section}/{slug}/edit?lang=us)    

    - 
      [Report problem with {"case" if is_case else "article"}](https://docs.google.com/forms/d/e/report/viewform)

    - 
      [View revision history](/{section}/{slug}/revisions?lang=us)

          Citation, DOI, disclosures and {"case" if is_case else "article"} data

            Citation:

            {reviser.split()[-1]} {reviser.split()[0][0]}, {author.split()[-1]} {author.split()[0][0]}, et al. {title}. {"Case" if is_case else "Reference article"}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}

            DOI:

            [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})

            Permalink:

            [https://radiopaedia.org/{section}/{rid}](https://radiopaedia.org/{section}/{rid})

            rID:

            {rid}

            {"Case" if is_case else "Article"} created:

            {meta.get('created', '9 Jun 2011')}, [{author}](/users/{slugify(author)}?lang=us)

              At the time the {"case" if is_case else "article"} was created {author} had no recorded disclosures.

            Revisions:

            {meta.get('revisions', '37')} times, by {meta.get('contributors', '15')} contributors - [see full revision history and disclosures](/{section}/{slug}/revisions?lang=us)

            Systems:

            [{meta['system']}](/articles/section/all/{slugify(meta['system'])}?lang=us)

            Synonyms:

{chr(10).join('- ' + s + chr(10) for s in meta.get('synonyms', '').split('; ') if s)}
        ADVERTISEMENT: Supporters see fewer/no ads

      On this page:

{"Case" if is_case else "Article"}:

{navitems}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{chr(10).join(o + chr(10) for o in out)}
        References
      
{chr(10).join(f"""          - 
            {i+1}. {r} [doi:10.0000/bn.{rid}.{i+1}](http://dx.doi.org/10.0000/bn.{rid}.{i+1}) - [Pubmed citation](http://www.ncbi.nlm.nih.gov/pubmed/{int(rid)*7+i})
          """ for i, r in enumerate(refs))}

        Incoming Links

{chr(10).join('- [' + r + '](/articles/' + slugify(r) + '?lang=us)' + chr(10) for r in meta.get('related', '').split('; ') if r)}
        Related articles: {meta.get('relgroup', meta['system'])}

{chr(10).join('  - [' + r + '](/articles/' + slugify(r) + '?lang=us)' + chr(10) for r in meta.get('related', '').split('; ') if r)}
      [Share {"case" if is_case else "article"}](#)

          Cases and figures

  - Case 1
  - Case 2

            ## 
              [Radiopaedia.org](/?lang=us)

              - 
                [About](/about?lang=us)
              - 
                [Editorial Board](/editors?lang=us)
              - 
                  Do not share my Personal Information.

            [Contact Us](/contact?lang=us)
            [Terms of Use](/terms?lang=us)
            [Licensing](/licence?lang=us)

    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org'''

def render_txt(meta, body, run_lists=False):
    title = meta['title']; rid = meta['rid']
    is_case = meta.get('case') == 'yes'
    bl = blocks(body)
    out = [title, '']
    for kind, x in bl:
        if kind in ('h2', 'h3'):
            out.append(x); out.append('')
        elif kind == 'p':
            out.append(inline(x, 'txt') + ' '); out.append('')
        else:
            if run_lists:
                # lists run into a paragraph
                out.append(' '.join(inline(t, 'txt') for _, t in x)); out.append('')
            else:
                for lvl, t in x:
                    out.append(('  ' * lvl) + ('  • ' if meta.get('txt_bullets') == 'yes' else '') + inline(t, 'txt'))
                out.append('')
    out += [('Share case' if is_case else 'Share article'), '', ('Case information' if is_case else 'Article information'), '',
            f'rID: {rid}', 'Section: ' + ('Case' if is_case else 'Pathology'), 'Synonyms or Alternate Spellings:']
    out += ['  • ' + s for s in meta.get('synonyms', '').split('; ') if s]
    out += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i in (1, 2, 3):
        out += ['  • Drag', f'    Case {i}', '    Drag here to reorder.']
    out += ['  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.']
    return '\n'.join(out) + '\n'

def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def write_gold(meta, facts, path):
    lines = [f'title: {meta["title"]}', f'system: {meta["system"]}', f'forms: [{", ".join(meta["forms"].split(","))}]', 'facts:']
    for f in facts:
        lines.append(f'  - kind: {f["kind"]}')
        for k in FIELDS[1:]:
            lines.append(f'    {k}: {yaml_str(f[k])}')
    open(path, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')

def main():
    stats = []
    for src in sorted(glob.glob(os.path.join(SRC, '*.src'))):
        meta, body, facts = parse(src)
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, 'article.*')): os.remove(old)
        forms = meta['forms'].split(',')
        hx = tuple(meta.get('html_heads', 'h4,h5').split(','))
        if 'html' in forms: open(os.path.join(d, 'article.html'), 'w').write(render_html(meta, body, hx))
        if 'md' in forms: open(os.path.join(d, 'article.md'), 'w').write(render_md(meta, body))
        if 'txt' in forms: open(os.path.join(d, 'article.txt'), 'w').write(render_txt(meta, body, meta.get('txt_runlists') == 'yes'))
        write_gold(meta, facts, os.path.join(d, 'gold.yaml'))
        stats.append((meta['slug'], meta['system'], forms, body_words(body), facts))
    json.dump([(s, sy, f, w, [x['kind'] for x in fa]) for s, sy, f, w, fa in stats], open(os.path.join(os.path.dirname(SRC), 'stats.json'), 'w'))
    for s, sy, f, w, fa in stats:
        print(f'{s:55s} {sy:18s} {",".join(f):12s} words={w} facts={len(fa)}')

if __name__ == '__main__':
    main()
