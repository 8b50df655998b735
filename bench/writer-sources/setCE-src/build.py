#!/usr/bin/env python3
"""Build CE articles (html/md/txt) + gold.yaml from src/<slug>.body/.gold/.meta"""
import re, os, sys, html, json
SRC = os.path.join(os.path.dirname(__file__), 'src'); OUT = '/work/blind/CE'

def meta_of(slug):
    m = {}
    for line in open(f'{SRC}/{slug}.meta'):
        if ':' in line:
            k, v = line.split(':', 1); m[k.strip()] = v.strip()
    m['forms'] = [f.strip() for f in m['forms'].split(',')]
    m['refs'] = [r for r in m.get('refs', '').split(' || ') if r]
    m['related'] = [r for r in m.get('related', '').split(' || ') if r]
    m['synonyms'] = [r for r in m.get('synonyms', '').split(' || ') if r]
    return m

LINK = re.compile(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r'\{(\d+(?:,\d+)*)\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')
def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(s, form):
    if form == 'html':
        s = html.escape(s, quote=False)
        s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2) or slugify(m.group(1))}">{m.group(1)}</a>', s)
        s = CITE.sub(lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', s)
        s = BOLD.sub(r'<strong>\1</strong>', s)
    elif form == 'md':
        s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2) or slugify(m.group(1))}?lang=us)', s)
        s = CITE.sub(lambda m: ' ' + ','.join(m.group(1).split(',')), s)
    else:
        s = LINK.sub(lambda m: m.group(1), s)
        s = CITE.sub(lambda m: ','.join(m.group(1).split(',')), s)
        s = BOLD.sub(r'\1', s)
    return s

def parse(body):
    """blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(level,text),...])"""
    blocks = []; cur = None
    for line in body.split('\n'):
        if not line.strip():
            cur = None; continue
        if line.startswith('### '): blocks.append(('h3', line[4:].strip())); cur = None
        elif line.startswith('## '): blocks.append(('h2', line[3:].strip())); cur = None
        elif re.match(r'^\s*- ', line):
            lvl = (len(line) - len(line.lstrip())) // 2
            if not (cur and cur[0] == 'ul'):
                cur = ('ul', []); blocks.append(cur)
            cur[1].append((lvl, line.strip()[2:]))
        else:
            if cur and cur[0] == 'p': blocks[-1] = ('p', blocks[-1][1] + ' ' + line.strip()); cur = blocks[-1]
            else: cur = ('p', line.strip()); blocks.append(cur)
    return blocks

def ul_html(items):
    out = []; stack = []
    for lvl, t in items:
        while len(stack) > lvl + 1: out.append('</li></ul>'); stack.pop()
        if len(stack) == lvl + 1: out.append('</li>')
        while len(stack) < lvl + 1: out.append('<ul>'); stack.append(1)
        out.append('<li>' + inline(t, 'html'))
    while stack: out.append('</li></ul>'); stack.pop()
    return ''.join(out).replace('</li></ul></li>', '</li></ul></li>')

def body_html(blocks, hstyle):
    h2, h3 = ('h4', 'h5') if hstyle == 'h4' else ('h2', 'h3')
    o = []
    for k, v in blocks:
        if k == 'h2': o.append(f'<{h2} id="nav_{slugify(v)}">{html.escape(v)}</{h2}>')
        elif k == 'h3': o.append(f'<{h3}>{html.escape(v)}</{h3}>')
        elif k == 'p': o.append(f'<p>{inline(v, "html")}</p>')
        else: o.append(ul_html(v))
    return '\n'.join(o)

def body_md(blocks):
    o = []
    for k, v in blocks:
        if k == 'h2': o.append(f'#### {v}\n')
        elif k == 'h3': o.append(f'##### {v}\n')
        elif k == 'p': o.append(inline(v, 'md') + '\n')
        else:
            o.append('\n'.join('  ' * l + '- ' + inline(t, 'md') for l, t in v) + '\n')
    return '\n'.join(o)

def body_txt(blocks, runin):
    o = []
    for k, v in blocks:
        if k in ('h2', 'h3'): o.append(v + '\n')
        elif k == 'p': o.append(inline(v, 'txt') + ' \n')
        else:
            # flatten: nested items glued to parent line; some lists run into the previous paragraph
            lines = []
            for l, t in v:
                t = inline(t, 'txt')
                if l > 0 and lines: lines[-1] += ' ' + t
                else: lines.append(t)
            if runin and o and not o[-1].rstrip().endswith(':') is False:
                pass
            if runin and o and o[-1].rstrip().endswith(':'):
                o[-1] = o[-1].rstrip() + ' ' + ' '.join(lines) + ' \n'
            else:
                o.append('\n'.join(lines) + '\n')
    return '\n'.join(o)

def text_of_blocks(blocks):
    return body_txt(blocks, False)

def is_case(m): return m.get('type') == 'case'

def build_html(slug, m, blocks):
    title = m['title']; rid = m['rid']; a1, a2 = m['author'], m['reviser']
    hs = m.get('hstyle', 'h4')
    kind = 'cases' if is_case(m) else 'articles'
    navs = ''.join(f'<li><a href="#nav_{slugify(v)}">{v}</a></li>' for k, v in blocks if k == 'h2')
    refs = ''.join(f'<li id="ref_{i}"><span class="ref-text">{html.escape(r)}</span></li>' for i, r in enumerate(m['refs'], 1))
    rel = ''.join(f'<li><a href="/articles/{slugify(r)}?lang=us">{r}</a></li>' for r in m['related'])
    syn = ''.join(f'<li>{s}</li>' for s in m['synonyms'])
    first_p = next(v for k, v in blocks if k == 'p')
    desc = html.escape(re.sub(r'\{[\d,]+\}|\*\*|\[\[|\]\]', '', first_p)[:160])
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Radiology Reference Article | Radiopaedia.org</title>
<meta name="description" content="{desc}">
<meta property="og:title" content="{title} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7be31c0d22.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{kind}", "system": "{m['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{m.get('promo', 'Musculoskeletal imaging masterclass - early bird pricing ends soon')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{title}</h1>
<div class="author-info">Last revised by <a href="/users/{slugify(a2)}?lang=us">{a2}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit article</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{m['citation']}. {title}. Reference article, Radiopaedia.org (Accessed on 7 Dec 2025) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m['created']}, <a href="/users/{slugify(a1)}?lang=us">{a1}</a><div class="disclosure">At the time the article was created {a1} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{m['revised']}, <a href="/users/{slugify(a2)}?lang=us">{a2}</a><div class="disclosure">Disclosures: At the time the article was last revised {a2} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m['revisions']} times, by {m['contributors']} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{m['systems_label']}</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{navs}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(blocks, hs)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {m.get('related_title', 'Musculoskeletal')}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li></ul></div></aside>
<footer class="site-footer"><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2025 Radiopaedia.org</p></footer>
</body>
</html>
'''

def build_md(slug, m, blocks):
    title = m['title']; kind = 'cases' if is_case(m) else 'articles'
    navs = '\n\n'.join(f'- [{v}](#nav_{slugify(v)})' for k, v in blocks if k == 'h2')
    refs = '\n'.join(f'            {i}. {r}' for i, r in enumerate(m['refs'], 1))
    rel = '\n'.join(f'- [{r}](/articles/{slugify(r)}?lang=us)' for r in m['related'])
    return f'''---
title: {title.lower()}
source: radiopaedia
category: {'case' if is_case(m) else 'pathology'}
system: {m['fm_system']}
---

{title} | Radiology {'Case' if is_case(m) else 'Reference Article'} | Radiopaedia.org


    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Xk2{m['rid']}aa-1772013311.22-1.0.1.1)

      
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
  

        
          Last revised by [{m['reviser']}](/users/{slugify(m['reviser'])}?lang=us)

          on {m['revised']}
        

    [
      Edit {'case' if is_case(m) else 'article'}
](/{kind}/{slug}/edit?lang=us)    

    - 
      [Report problem with {'case' if is_case(m) else 'article'}](https://docs.google.com/forms/d/e/reportproblem)

    - 
      [View revision history](/{kind}/{slug}/revisions?lang=us)

  ## Citation, DOI, disclosures and {'case' if is_case(m) else 'article'} data

      **Citation:**
      {m['citation']}. {title}. {'Case study' if is_case(m) else 'Reference article'}, Radiopaedia.org (Accessed on 7 Dec 2025) https://doi.org/10.53347/rID-{m['rid']}

      **DOI:**
      [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})

      **rID:** {m['rid']}

      **{'Case' if is_case(m) else 'Article'} created:** {m['created']}, [{m['author']}](/users/{slugify(m['author'])}?lang=us)
      At the time the {'case' if is_case(m) else 'article'} was created {m['author']} had no recorded disclosures.

      **Revisions:** {m['revisions']} times, by {m['contributors']} contributors - [see full revision history and disclosures](/{kind}/{slug}/revisions?lang=us)

      **Systems:** {m['systems_label']}

      ADVERTISEMENT: Supporters see fewer/no ads

## On this page:

{'Case:' if is_case(m) else 'Article:'}

{navs}

- [References](#references)

{body_md(blocks)}

  ## References

{refs}

  ## Related articles: {m.get('related_title', '')}

{rel}

    [Share {'case' if is_case(m) else 'article'}](#)

        Promoted articles (advertising)

            [Contact Us](/contact?lang=us)
          
            [Terms of Use](/terms?lang=us)
          
            [Licensing](/licence?lang=us)

    Updating… Please wait.

        &copy; 2005&ndash;2025 Radiopaedia.org
'''

def build_txt(slug, m, blocks):
    return m['title'] + '\n\n' + body_txt(blocks, m.get('txt_runin', 'yes') == 'yes')

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def gold_yaml(slug, m):
    lines = [f'title: {m["title"]}', f'system: {m["system"]}', f'forms: [{", ".join(m["forms"])}]', 'facts:']
    n = 0
    for raw in open(f'{SRC}/{slug}.gold'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'): continue
        parts = [p.strip() for p in raw.split(' | ')]
        if len(parts) != 7: sys.exit(f'{slug}: bad gold line ({len(parts)} fields): {raw}')
        kind, subj, item, value, group, attr, quote = parts
        if kind == 'appearance' and not attr and group: attr, group = group, ''
        lines += [f'  - kind: {kind}', f'    subject: {yq(subj)}', f'    item: {yq(item)}', f'    value: {yq(value)}',
                  f'    group: {yq(group)}', f'    attribute: {yq(attr)}', f'    quote: {yq(quote)}']
        n += 1
    return '\n'.join(lines) + '\n', n

def main():
    slugs = sorted(f[:-5] for f in os.listdir(SRC) if f.endswith('.meta'))
    for slug in slugs:
        m = meta_of(slug); body = open(f'{SRC}/{slug}.body').read(); blocks = parse(body)
        d = f'{OUT}/{slug}'; os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for form in m['forms']:
            txt = {'html': build_html, 'md': build_md, 'txt': build_txt}[form](slug, m, blocks)
            open(f'{d}/article.{form}', 'w').write(txt)
        g, n = gold_yaml(slug, m); open(f'{d}/gold.yaml', 'w').write(g)
        words = len(re.findall(r"\S+", text_of_blocks(blocks)))
        print(f'{slug}\t{",".join(m["forms"])}\twords={words}\tfacts={n}')
main()
