#!/usr/bin/env python3
"""Build article.<form> files from src/<slug>.src and gold.yaml from src/<slug>.gold."""
import re, sys, os, html, yaml, json
SRC = os.path.join(os.path.dirname(__file__), 'src')
OUT = os.path.join(os.path.dirname(__file__), '..', 'BZ')

def parse_src(path):
    text = open(path, encoding='utf-8').read()
    head, body = text.split('\n---\n', 1)
    meta = {}; refs = []
    cur = None
    for line in head.splitlines():
        if line.startswith('- ') and cur == 'refs':
            refs.append(line[2:]); continue
        k, _, v = line.partition(':')
        cur = k.strip(); meta[cur] = v.strip()
    meta['refs'] = refs
    return meta, body.strip('\n')

# inline: [[text|slug]] link, **bold**, {{n}} citation
def inline(s, form):
    def link(m):
        t, sl = m.group(1), m.group(2)
        if form == 'html': return f'<a href="/articles/{sl}?lang=us">{html.escape(t)}</a>'
        if form == 'md': return f'[{t}](/articles/{sl}?lang=us)'
        return t
    def cite(m):
        ns = m.group(1).split(',')
        if form == 'html': return '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in ns) + '</sup>'
        if form == 'md': return ''.join(f'<sup>[{n}](#ref_{n})</sup>' for n in ns)
        return ','.join(ns)
    if form == 'html':
        parts = re.split(r'(\[\[.*?\]\]|\{\{.*?\}\})', s)
        out = []
        for p in parts:
            if p.startswith('[[') or p.startswith('{{'): out.append(p)
            else: out.append(html.escape(p, quote=False))
        s = ''.join(out)
    s = re.sub(r'\[\[(.+?)\|(.+?)\]\]', link, s)
    s = re.sub(r'\{\{([\d,]+)\}\}', cite, s)
    if form == 'html': s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    elif form == 'txt': s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
    return s

def blocks(body):
    """yield (type, data): h2/h3 heading, p para, ul list of (depth,text), table rows"""
    lines = body.splitlines(); i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip(): i += 1; continue
        if l.startswith('### '): yield ('h3', l[4:]); i += 1; continue
        if l.startswith('## '): yield ('h2', l[3:]); i += 1; continue
        if l.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip('|').split('|')]); i += 1
            yield ('table', rows); continue
        if re.match(r'\s*- ', l):
            items = []
            while i < len(lines) and re.match(r'\s*- ', lines[i]):
                d = (len(lines[i]) - len(lines[i].lstrip())) // 2
                items.append((d, lines[i].strip()[2:])); i += 1
            yield ('ul', items); continue
        para = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(('#', '|')) and not re.match(r'\s*- ', lines[i]):
            para.append(lines[i].strip()); i += 1
        yield ('p', ' '.join(para))

def html_list(items, form):
    out = ['<ul>']; depth = 0
    for n, (d, t) in enumerate(items):
        while d > depth: out[-1] = out[-1][:-5] + '<ul>'; depth += 1  # open nested inside previous li
        while d < depth: out.append('</ul></li>'); depth -= 1
        out.append(f'<li>{inline(t, form)}</li>')
    while depth > 0: out.append('</ul></li>'); depth -= 1
    out.append('</ul>')
    return ''.join(out)

def body_html(body):
    out = []
    for t, d in blocks(body):
        if t == 'h2': out.append(f'<h4 id="nav_{re.sub(r"[^a-z]+","-",d.lower()).strip("-")}">{html.escape(d)}</h4>')
        elif t == 'h3': out.append(f'<h5>{html.escape(d)}</h5>')
        elif t == 'p': out.append(f'<p>{inline(d, "html")}</p>')
        elif t == 'ul': out.append(html_list(d, 'html'))
        elif t == 'table':
            rows = [r for r in d if not set(''.join(r)) <= set('-: ')]
            h = ''.join(f'<th>{inline(c,"html")}</th>' for c in rows[0])
            b = ''.join('<tr>' + ''.join(f'<td>{inline(c,"html")}</td>' for c in r) + '</tr>' for r in rows[1:])
            out.append(f'<table class="article-table"><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>')
    return '\n'.join(out)

def body_md(body):
    out = []
    for t, d in blocks(body):
        if t == 'h2': out.append(f'#### {d}\n')
        elif t == 'h3': out.append(f'##### {d}\n')
        elif t == 'p': out.append(inline(d, 'md') + '\n')
        elif t == 'ul':
            for dd, tx in d: out.append('  ' * dd + '- ' + inline(tx, 'md') + '\n')
        elif t == 'table':
            for r in d: out.append('| ' + ' | '.join(inline(c, 'md') for c in r) + ' |')
            out.append('')
    return '\n'.join(out)

def body_txt(body):
    out = []; toggle = 0
    for t, d in blocks(body):
        if t in ('h2', 'h3'): out.append(d + '\n')
        elif t == 'p': out.append(inline(d, 'txt') + '\n')
        elif t == 'ul':
            # flatten: alternate between bullet lines and run-in paragraph
            toggle += 1
            if toggle % 2: out.append('\n'.join('  \u2022 ' + inline(tx, 'txt') for _, tx in d) + '\n')
            else: out.append(' '.join(inline(tx, 'txt') for _, tx in d) + '\n')
        elif t == 'table':
            rows = [r for r in d if not set(''.join(r)) <= set('-: ')]
            for r in rows: out.append('\t'.join(inline(c, 'txt') for c in r))
            out.append('')
    return '\n'.join(out)

def plain_words(body):
    return len(re.findall(r"[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F'\-.%/:]*", body_txt(body)))

def rel_html(meta):
    rel = [r.strip() for r in meta.get('related', '').split(';') if r.strip()]
    return ''.join(f'<li><a href="/articles/{re.sub(r"[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us">{html.escape(r)}</a></li>' for r in rel)

def build_html(meta, body):
    t = meta['title']; slug = meta['slug']; rid = meta['rid']
    syn = ''.join(f'<li>{html.escape(s.strip())}</li>' for s in meta.get('synonyms', '').split(';') if s.strip())
    kind = 'Case' if meta.get('type') == 'case' else 'Reference article'
    refs = ''.join(f'<li id="ref_{i+1}"><span class="ref-text">{html.escape(r)}</span></li>' for i, r in enumerate(meta['refs']))
    nav = ''.join(f'<li><a href="#nav_{re.sub(r"[^a-z]+","-",d.lower()).strip("-")}">{html.escape(d)}</a></li>' for tt, d in blocks(body) if tt == 'h2')
    first = next(d for tt, d in blocks(body) if tt == 'p')
    desc = html.escape(re.sub(r'\{\{.*?\}\}|\*\*|\[\[(.*?)\|.*?\]\]', lambda m: m.group(1) or '', first)[:200])
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(t)} | Radiology {kind.split()[0]} | Radiopaedia.org</title>
<meta name="description" content="{desc}">
<meta property="og:title" content="{html.escape(t)} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/articles/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-77d1a0b3c2.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "articles", "system": "{meta['system']}"}}}};</script>
</head>
<body class="articles show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">Live webinar: {html.escape(meta.get('promo','Imaging essentials'))} - register now</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{meta['reviser'].lower().replace(' ','-')}?lang=us">{meta['reviser']}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/articles/{slug}/edit?lang=us" class="btn">Edit article</a> <a href="/articles/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(meta['authors'])} {html.escape(t)}. {kind}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/{rid}">https://radiopaedia.org/articles/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{meta['created']}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions','23')} times, by {meta.get('contributors','14')} contributors - <a href="/articles/{slug}/revisions">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta['system'].lower()}?lang=us">{meta['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(body)}
</div>
<div class="references" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>{rel_html({'related': meta.get('incoming','')})}</ul></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('relgroup','See also'))}</h2><ul>{rel_html(meta)}</ul></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li><a href="/cases/{slug}-1">Case 1</a></li><li><a href="/cases/{slug}-2">Case 2</a></li></ul></div></aside>
<footer class="site-footer"><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul>
<p class="legal"><a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/licence">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{json.dumps({"articleId": int(rid), "slug": slug, "lang": "us"})}</script>
</body>
</html>
'''

def build_md(meta, body):
    t = meta['title']; slug = meta['slug']; rid = meta['rid']
    kind = 'Case' if meta.get('type') == 'case' else 'Reference article'
    syn = '\n'.join(f'\n              - \n                {s.strip()}' for s in meta.get('synonyms', '').split(';') if s.strip())
    refs = '\n'.join(f'\n          - \n            {i+1}. {r}' for i, r in enumerate(meta['refs']))
    rel = '\n'.join(f'  - \n      [{r.strip()}](/articles/{re.sub(r"[^a-z0-9]+","-",r.strip().lower()).strip("-")}?lang=us)' for r in meta.get('related', '').split(';') if r.strip())
    return f'''---
title: {slug}
source: radiopaedia
category: {'case' if meta.get('type')=='case' else 'pathology'}
system: {meta.get('fm_system', meta['system'].lower())}
---

{t} | Radiology {kind.split()[0]} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zx81kLq0)
            
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
      
    [Log in](/sessions/new?lang=us&return_to=%2Farticles%2F{slug})
- [Sign up](/users/sign_up?lang=us)

    {{}}

            [Go ad-free](/go-ad-free)

      Search
      *

      # 
  {t}
  

          Last revised by [{meta['reviser']}](/users/{meta['reviser'].lower().replace(' ','-')}?lang=us)

          on {meta['revised']}

    [
      Edit article
](/articles/{slug}/edit?lang=us)    
      *

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and article data

          **
            Citation:
          **
        
          {meta['authors']} {t}. {kind}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}

          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})

          **
            rID:
          **
          {rid}

          **
            Article created:
          **
  {meta['created']}

          **
            Systems:
          **
          [{meta['system']}](/articles/section/all/{meta['system'].lower()}?lang=us)

          **
            Synonyms:
          **
{syn}

        ADVERTISEMENT: Supporters see fewer/no ads

      On this page:
      
{body_md(body)}
      ## 
        References
{refs}

      ## 
        Related articles: {meta.get('relgroup','See also')}

{rel}

      ADVERTISEMENT: Supporters see fewer/no ads

  [Contact Us](/contact?lang=us)
  [Terms of Use](/terms?lang=us)
  [Privacy Policy](/terms?lang=us#privacy-policy)
  © 2005–2026 Radiopaedia.org
'''

def build_txt(meta, body):
    return meta['title'] + '\n\n' + body_txt(body) + '\nReferences\n\n' + '\n'.join(f'{i+1}. {r}' for i, r in enumerate(meta['refs'])) + '\n'

def parse_gold(path, meta):
    facts = []
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p = [x.strip() for x in ln.split('|')]
        if len(p) != 7: sys.exit(f'{path}: bad line {ln!r}')
        k, s, it, v, g, a, q = p
        if s == '@': s = meta['title'].lower() if meta.get('type') != 'case' else meta['subject']
        facts.append({'kind': k, 'subject': s, 'item': it, 'value': v, 'group': g, 'attribute': a, 'quote': q})
    return facts

def main():
    summary = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'): continue
        meta, body = parse_src(os.path.join(SRC, fn))
        slug = meta['slug']; forms = meta['forms'].split()
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in forms:
            txt = {'html': build_html, 'md': build_md, 'txt': build_txt}[f](meta, body)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(txt)
        facts = parse_gold(os.path.join(SRC, fn[:-4] + '.gold'), meta)
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
        summary.append((meta.get('order','9'), slug, meta['system'], forms, plain_words(body), facts))
    json.dump([(s[1], s[2], s[3], s[4], [f['kind'] for f in s[5]]) for s in sorted(summary)], open(os.path.join(os.path.dirname(__file__), 'summary.json'), 'w'))
    for s in sorted(summary): print(s[1], s[2], s[3], s[4], len(s[5]))

if __name__ == '__main__':
    main()
