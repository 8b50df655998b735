#!/usr/bin/env python3
"""Build article.<form> files for set AZ from src/<slug>.src (own light markup).

Markup in body:
  ## Heading        section heading            ### Sub   subsection
  - item / "  - sub"  list items (2-space nesting)
  [[text|slug]] or [[text]]  internal link
  **bold**
  {1,3}             citation marker
  !fig caption      figure (html: figure; md: image; txt: dropped)
"""
import html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'AZ')


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, rest = raw.split('\n===BODY\n', 1)
    body, refs = rest.split('\n===REFS\n', 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    refs = [r.strip() for r in refs.strip().splitlines() if r.strip()]
    return meta, body.strip('\n'), refs


def blocks(body):
    """yield ('h2',text) ('h3',text) ('p',text) ('list',[(depth,text)]) ('fig',text)"""
    out = []
    lines = body.splitlines()
    i = 0
    para = []

    def flush():
        if para:
            out.append(('p', ' '.join(s.strip() for s in para)))
            para.clear()
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            flush(); i += 1; continue
        if ln.startswith('### '):
            flush(); out.append(('h3', ln[4:].strip())); i += 1; continue
        if ln.startswith('## '):
            flush(); out.append(('h2', ln[3:].strip())); i += 1; continue
        if ln.startswith('!fig '):
            flush(); out.append(('fig', ln[5:].strip())); i += 1; continue
        m = re.match(r'^( *)- (.*)$', ln)
        if m:
            flush()
            items = []
            while i < len(lines):
                m = re.match(r'^( *)- (.*)$', lines[i])
                if not m:
                    break
                items.append((len(m.group(1)) // 2, m.group(2).strip()))
                i += 1
            out.append(('list', items))
            continue
        para.append(ln); i += 1
    flush()
    return out


# ---------- inline renderers
def inl_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', lambda m: f'<a href="/articles/{slugify(m.group(1))}?lang=us">{m.group(1)}</a>', s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    s = re.sub(r'\{([\d,\-]+)\}', lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', s)
    return s


def inl_md(s):
    s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', lambda m: f'[{m.group(1)}](/articles/{slugify(m.group(1))}?lang=us)', s)
    s = re.sub(r'\{([\d,\-]+)\}', lambda m: ' ' + m.group(1), s)
    return s


def inl_txt(s):
    s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', r'\1', s)
    s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
    s = re.sub(r'\{([\d,\-]+)\}', lambda m: m.group(1), s)  # glued to word
    return s


def plain(s):
    return re.sub(r'\{[\d,\-]+\}', '', inl_txt(s))


# ---------- html
def html_list(items):
    out = []
    depth = -1
    for d, t in items:
        if d > depth:
            out.append('<ul>' * (d - depth))
        elif d < depth:
            out.append('</li>' + '</ul></li>' * (depth - d))
        else:
            out.append('</li>')
        out.append('<li>' + inl_html(t))
        depth = d
    out.append('</li>' + '</ul></li>' * depth + '</ul>')
    s = ''.join(out)
    return s.replace('<ul></li>', '<ul>').replace('<ul><ul>', '<ul><li><ul>')


def render_html(meta, body, refs):
    slug, title = meta['slug'], meta['title']
    is_case = meta.get('kind') == 'case'
    bl = blocks(body)
    secs = [t for k, t in bl if k == 'h2']
    parts = []
    figno = 0
    for k, t in bl:
        if k == 'h2':
            parts.append(f'<h4 id="nav_{slugify(t)}">{html.escape(t)}</h4>')
        elif k == 'h3':
            parts.append(f'<h5>{html.escape(t)}</h5>')
        elif k == 'p':
            parts.append(f'<p>{inl_html(t)}</p>')
        elif k == 'list':
            parts.append(html_list(t))
        elif k == 'fig':
            figno += 1
            c = html.escape(t)
            parts.append(f'<div class="case-gallery"><div class="carousel"><figure class="gallery-item"><a href="#image-{figno}"><img src="https://prod-images-static.radiopaedia.org/images/{meta["rid"]}{figno:02d}/thumb_{figno}.jpeg" alt="{c}" loading="lazy"></a><figcaption>{c}</figcaption></figure></div></div>')
    syn = ''.join(f'<li>{html.escape(s)}</li>' for s in meta.get('synonyms', '').split(';') if s.strip())
    nav = ''.join(f'<li><a href="#nav_{slugify(s)}">{html.escape(s)}</a></li>' for s in secs)
    reflis = ''.join(f'<li id="ref_{i+1}"><span class="ref-text">{html.escape(r)}</span></li>' for i, r in enumerate(refs))
    rel = [x.strip() for x in meta.get('related', '').split(';') if x.strip()]
    rellis = ''.join(f'<li><a href="/articles/{slugify(x)}?lang=us">{html.escape(x)}</a></li>' for x in rel)
    sysl = ', '.join(f'<a href="/articles/section/all/{slugify(x)}?lang=us">{html.escape(x.strip())}</a>' for x in meta['systems'].split(','))
    kindword = 'Case' if is_case else 'Reference article'
    path = 'cases' if is_case else 'articles'
    a1, a2 = meta['creator'], meta['reviser']
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('desc', title))}">
<meta property="og:title" content="{html.escape(title)} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{path}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-77ab01c3e.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{path}", "system": "{meta['systems'].split(',')[0]}"}}}};</script>
<style>.ad-slot{{min-height:90px}} .meta-item-title{{font-weight:700}}</style>
</head>
<body class="{path} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(meta.get('promo', 'Live course: Body CT essentials - seats available'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{slugify(a2)}?lang=us">{html.escape(a2)}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/{path}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{path}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(meta['citation'])}. {title}. {kindword}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if is_case else 'Article'} created:</div><div>{meta['created']}, <a href="/users/{slugify(a1)}?lang=us">{html.escape(a1)}</a><div class="disclosure">At the time the {'case' if is_case else 'article'} was created {html.escape(a1)} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta['revised']}, <a href="/users/{slugify(a2)}?lang=us">{html.escape(a2)}</a><div class="disclosure">Disclosures: At the time the {'case' if is_case else 'article'} was last revised {html.escape(a2)} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta['revisions']} - <a href="/{path}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{sysl}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(f'<a href="/tags/{slugify(t)}?lang=us">{html.escape(t.strip())}</a>' for t in meta.get('tags', '').split(',') if t.strip())}</div></div>
{f'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(parts)}
</div>
<div id="references" class="references"><h2>References</h2><ol>{reflis}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('related_title', 'Related'))}</h2><ul>{rellis}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li><li class="case-item"><a href="/cases/{slug}-3">Case 3</a></li></ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"articleId":{meta['rid']},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
'''


# ---------- md
def render_md(meta, body, refs):
    slug, title = meta['slug'], meta['title']
    is_case = meta.get('kind') == 'case'
    path = 'cases' if is_case else 'articles'
    bl = blocks(body)
    secs = [t for k, t in bl if k == 'h2']
    parts = []
    for k, t in bl:
        if k == 'h2':
            parts.append(f'#### {t}')
        elif k == 'h3':
            parts.append(f'##### {t}')
        elif k == 'p':
            parts.append(inl_md(t))
        elif k == 'list':
            lines = []
            for d, x in t:
                lines.append('  ' * d + '- ' + inl_md(x))
            parts.append('\n'.join(lines))
        elif k == 'fig':
            parts.append(f'![{t}](https://prod-images-static.radiopaedia.org/images/{meta["rid"]}/fig.jpeg)\n{t}')
    syn = '\n'.join(f'              - \n                {s.strip()}' for s in meta.get('synonyms', '').split(';') if s.strip())
    rel = [x.strip() for x in meta.get('related', '').split(';') if x.strip()]
    a1, a2 = meta['creator'], meta['reviser']
    front = f'''---
title: {slug}
source: radiopaedia
category: {'case' if is_case else 'article'}
system: {meta['systems'].split(',')[0].strip().lower()}
---

{title} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=AZ{meta['rid']})
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

      # 
  {title}
  

          Last revised by [{a2}](/users/{slugify(a2)}?lang=us)

          on {meta['revised']}

    [
      Edit {'case' if is_case else 'article'}
](/{path}/{slug}/edit?lang=us)    
      *
      **

    - 
      [View revision history](/{path}/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if is_case else 'article'} data

          **
            Citation:
          **
          {meta['citation']}. {title}. {'Case' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{meta['rid']}

          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})

          **
            {'Case' if is_case else 'Article'} created:
          **
  {meta['created']},
  [{a1}](/users/{slugify(a1)}?lang=us)
    *
      At the time the {'case' if is_case else 'article'} was created {a1} had no recorded disclosures.
    *

          **
            Revisions:
          **
        {meta['revisions']} -
        [see full revision history and disclosures](/{path}/{slug}/revisions?lang=us)

          **
            Systems:
          **
          {', '.join(f'[{x.strip()}](/articles/section/all/{slugify(x)}?lang=us)' for x in meta['systems'].split(','))}
'''
    if syn:
        front += f'''
          **
            Synonyms:
          **
{syn}
'''
    navs = '\n'.join(f'- [{s}](#nav_{slugify(s)})' for s in secs)
    mid = f'''
## On this page:
{'Case' if is_case else 'Article'}:
{navs}
- [References](#references)
Images:
- [Cases and figures](#article-images)

'''
    bodymd = '\n\n'.join(parts)
    refmd = '\n'.join(f'          - \n            {i+1}. {r}' for i, r in enumerate(refs))
    relmd = '\n'.join(f'  - \n      [{x}](/articles/{slugify(x)}?lang=us)' for x in rel)
    tail = f'''

      ## 
        References
{refmd}

      ## 
        Related articles: {meta.get('related_title', 'Related')}
{relmd}

        ## Promoted articles (advertising)
          ADVERTISEMENT: Supporters see fewer/no ads
    {{"current_user":null,"inclusions":[{{"imageId":{meta['rid']}01,"caseSlug":"{slug}-1","caption":"Case 1","isStack":true}}],"lang":"us"}}
'''
    # body first paragraph precedes "On this page" like the real dump
    first, _, restb = bodymd.partition('\n\n')
    return front + '\n' + first + '\n' + mid + restb + tail


# ---------- txt
def render_txt(meta, body, refs):
    mode = meta.get('txtlists', 'lines')
    bl = blocks(body)
    out = [meta['title'], '']
    last = None
    for k, t in bl:
        prev, last = last, k
        last_blk = prev
        if k in ('h2', 'h3'):
            out.append(t)
            out.append('')
        elif k == 'p':
            out.append(inl_txt(t))
            out.append('')
        elif k == 'list':
            if mode == 'run':
                # list runs into the preceding paragraph line
                txt = ' '.join(inl_txt(x) for d, x in t)
                if len(out) > 1 and out[-1] == '' and last_blk == 'p':
                    out[-2] = out[-2] + ' ' + txt
                else:
                    out.append(txt); out.append('')
            else:
                for d, x in t:
                    out.append(('    ' * d) + ('  • ' if d else '') + inl_txt(x))
                out.append('')
        elif k == 'fig':
            pass
    out += ['Share article', '', 'Article information', '', f"rID: {meta['rid']}", 'Section: Pathology']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        out.append('Synonyms or Alternate Spellings:')
        out += [f'  • {s}' for s in syn]
    out += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i in range(1, 4):
        out += ['  • Drag', f'    Case {i}', '    Drag here to reorder.']
    out += ['  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(out) + '\n'


def body_words(body):
    bl = blocks(body)
    txt = []
    for k, t in bl:
        if k == 'list':
            txt += [plain(x) for d, x in t]
        elif k == 'fig':
            continue
        else:
            txt.append(plain(t))
    return len(re.findall(r"\S+", ' '.join(txt)))


def main():
    srcdir = os.path.join(HERE, 'src')
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith('.src'):
            continue
        meta, body, refs = parse(os.path.join(srcdir, fn))
        meta['slug'] = fn[:-4]
        d = os.path.join(OUT, meta['slug'])
        os.makedirs(d, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for f in ('html', 'md', 'txt'):
            p = os.path.join(d, 'article.' + f)
            if f in forms:
                r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, body, refs)
                open(p, 'w', encoding='utf-8').write(r)
            elif os.path.exists(p):
                os.remove(p)
        print(meta['slug'], forms, body_words(body))


if __name__ == '__main__':
    main()
