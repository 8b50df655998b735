#!/usr/bin/env python3
"""Render AU articles from body markup (AU.src/<slug>/body.src) and gold (gold.psv) into forms."""
import re, sys, os, html, json
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'AU')
CONF = json.load(open(os.path.join(SRC, 'conf.json')))

def inline(s, form):
    def link(m):
        text, slug = m.group(1), m.group(2)
        if form == 'html': return f'<a href="/articles/{slug}">{text}</a>'
        if form == 'md': return f'[{text}](/articles/{slug}?lang=us)'
        return text
    s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', link, s)
    def cite(m):
        nums = m.group(1).split(',')
        if form == 'html': return '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in nums) + '</sup>'
        if form == 'md': return ''.join(f'[{n}](#ref_{n})' for n in nums)
        return ','.join(nums)
    s = re.sub(r'\^([0-9,]+)', cite, s)
    def bold(m):
        if form == 'html': return f'<strong>{m.group(1)}</strong>'
        if form == 'md': return f'**{m.group(1)}**'
        return m.group(1)
    s = re.sub(r'\*\*(.+?)\*\*', bold, s)
    if form == 'html':
        # escape < > & outside tags (we only produced tags above)
        parts = re.split(r'(<[^>]+>)', s)
        s = ''.join(p if p.startswith('<') and p.endswith('>') and re.match(r'</?(a|sup|strong)\b', p) else html.escape(p, quote=False) for p in parts)
    return s

def parse(body):
    blocks = []  # (type, data)
    for line in body.split('\n'):
        if not line.strip(): continue
        if line.startswith('### '): blocks.append(('h3', line[4:].strip()))
        elif line.startswith('## '): blocks.append(('h2', line[3:].strip()))
        elif re.match(r'^\s*- ', line):
            depth = (len(line) - len(line.lstrip())) // 2
            blocks.append(('li', (depth, line.strip()[2:])))
        else: blocks.append(('p', line.strip()))
    return blocks

def body_words(body):
    t = re.sub(r'\[\[([^|\]]+)\|[^\]]+\]\]', r'\1', body); t = re.sub(r'\^[0-9,]+', '', t)
    t = re.sub(r'^#+ ', '', t, flags=re.M); t = re.sub(r'^\s*- ', '', t, flags=re.M)
    return len(t.replace('**', '').split())

def render_list_html(items):
    out = []; stack = []
    for depth, text in items:
        while len(stack) > depth + 1: out.append('</li></ul>'); stack.pop()
        if len(stack) == depth + 1: out.append('</li>')
        while len(stack) < depth + 1: out.append('<ul>'); stack.append(1)
        out.append('<li>' + inline(text, 'html'))
    while stack: out.append('</li></ul>'); stack.pop()
    return ''.join(out)

def group(blocks):
    g = []
    for t, d in blocks:
        if t == 'li':
            if g and g[-1][0] == 'ul': g[-1][1].append(d)
            else: g.append(('ul', [d]))
        else: g.append((t, d))
    return g

def html_body(blocks):
    out = []
    for t, d in group(blocks):
        if t == 'h2': out.append(f'<h4 id="nav_{re.sub("[^a-z]+","-",d.lower()).strip("-")}">{html.escape(d)}</h4>')
        elif t == 'h3': out.append(f'<h5>{html.escape(d)}</h5>')
        elif t == 'p': out.append(f'<p>{inline(d, "html")}</p>')
        else: out.append(render_list_html(d))
    return '\n'.join(out)

def md_body(blocks):
    out = []
    for t, d in group(blocks):
        if t == 'h2': out.append(f'#### {d}\n')
        elif t == 'h3': out.append(f'##### {d}\n')
        elif t == 'p': out.append(inline(d, 'md') + '\n')
        else:
            for depth, text in d: out.append('    ' * depth + '- ' + inline(text, 'md') + '\n')
    return '\n'.join(out)

def txt_body(blocks, liststyle):
    out = []
    for t, d in group(blocks):
        if t in ('h2', 'h3'): out.append(d)
        elif t == 'p': out.append(inline(d, 'txt'))
        else:
            if liststyle == 'run':
                out.append(' '.join(inline(x, 'txt') for _, x in d))
            elif liststyle == 'bullet':
                out.append('\n'.join(('  ' * dep) + '  • ' + inline(x, 'txt') for dep, x in d))
            else:
                out.append('\n'.join(inline(x, 'txt') for _, x in d))
    return '\n\n'.join(out) + '\n'

def nav_links(blocks):
    return [d for t, d in blocks if t == 'h2']

def html_page(c, blocks, slug):
    title = c['title']; rid = c['rid']; path = ('cases/' if c.get('case') else 'articles/') + slug
    refs = ''.join(f'<li id="ref_{i+1}"><span class="ref-text">{html.escape(r)}</span></li>' for i, r in enumerate(c['refs']))
    rel = ''.join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us">{html.escape(r)}</a></li>' for r in c['related'])
    syn = ''.join(f'<li>{html.escape(s)}</li>' for s in c.get('chrome_synonyms', []))
    nav = ''.join(f'<li><a href="#nav_{re.sub("[^a-z]+","-",h.lower()).strip("-")}">{html.escape(h)}</a></li>' for h in nav_links(blocks))
    kind = 'Radiology Case' if c.get('case') else 'Radiology Reference Article'
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(c['meta'])}">
<link rel="canonical" href="https://radiopaedia.org/{path}">
<link rel="stylesheet" media="all" href="/assets/application-8b2d0c11fe.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{'cases' if c.get('case') else 'articles'}", "system": "{c['system']}"}}}};</script>
<style>.ad-slot{{min-height:90px}} .hidden{{display:none}}</style>
</head>
<body class="{'cases' if c.get('case') else 'articles'} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{html.escape(c['promo'])}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{c['reviser_slug']}?lang=us">{c['reviser']}</a> on {c['revised']}</div>
<div class="article-actions"><a href="/{path}/edit?lang=us" class="btn">Edit {'case' if c.get('case') else 'article'}</a> <a href="/{path}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if c.get('case') else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(c['citation'])}. {title}. {'Case study' if c.get('case') else 'Reference article'}, Radiopaedia.org (Accessed on 3 Dec 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{c['created']}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{c['revisions']} times, by {c['contributors']} contributors - <a href="/{path}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{c['system'].lower().replace(' ','-')}?lang=us">{c['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{html_body(blocks)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(c['related_title'])}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li></ul></div></aside>
<footer class="site-footer"><p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
</body>
</html>
'''

def md_page(c, blocks, slug):
    path = ('cases/' if c.get('case') else 'articles/') + slug
    refs = '\n'.join(f'{i+1}. {r}' for i, r in enumerate(c['refs']))
    rel = '\n'.join(f'- [{r}](/articles/{re.sub("[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us)' for r in c['related'])
    nav = '\n\n'.join(f'- [{h}](#nav_{re.sub("[^a-z]+","-",h.lower()).strip("-")})' for h in nav_links(blocks))
    return f'''---
title: {slug}
source: radiopaedia
category: {'case' if c.get('case') else 'article'}
system: {c['system'].lower()}
---

{c['title']} | {'Radiology Case' if c.get('case') else 'Radiology Reference Article'} | Radiopaedia.org

    
    - 
    

  [About](/about?lang=us)
      
  [Articles](/search?scope=articles&sort=date_of_last_edit)

  [Cases](/search?scope=cases&sort=date_of_publication)

  [Courses](/courses?lang=us)

  [Log In](/sessions/new?lang=us)
        
  [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

    [{c['promo']}](https://radiopaedia.org/courses?lang=us)

      # 
  {c['title']}
  
          Last revised by [{c['reviser']}](/users/{c['reviser_slug']}?lang=us)

          on {c['revised']}

    [
      Edit {'case' if c.get('case') else 'article'}
](/{path}/edit?lang=us)    
      *
      **

    - 
      [View revision history](/{path}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if c.get('case') else 'article'} data

          **
            Citation:
          **
        
          {c['citation']}. {c['title']}. {'Case study' if c.get('case') else 'Reference article'}, Radiopaedia.org (Accessed on 3 Dec 2026) https://doi.org/10.53347/rID-{c['rid']}

          **
            rID:
          **
          {c['rid']}

          **
            Revisions:
          **
          {c['revisions']} times, by {c['contributors']} contributors

## On this page:

{nav}

- [References](#references)

{md_body(blocks)}
#### References

{refs}

## Related articles: {c['related_title']}

{rel}

    Share article

    Support Radiopaedia and see fewer ads

      
        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def txt_page(c, blocks, slug):
    syn = '\n'.join('  • ' + s for s in c.get('chrome_synonyms', []))
    return f'''{c['title']}

{txt_body(blocks, c.get('txt_lists', 'lines'))}
Share article

Article information

rID: {c['rid']}
Section: {'Case' if c.get('case') else 'Pathology'}
Synonyms or Alternate Spellings:
{syn}

Support Radiopaedia and see fewer ads

Cases and figures

  • Drag
    Case 1
    Drag here to reorder.
  • Drag
    Case 2
    Drag here to reorder.

Related articles: {c['related_title']}

''' + '\n'.join('  • ' + r for r in c['related']) + '\n\nReferences\n\n' + '\n'.join(f'{i+1}. {r}' for i, r in enumerate(c['refs'])) + '\n'

def gold(slug, c):
    rows = []
    for ln in open(os.path.join(SRC, slug, 'gold.psv')):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p = [x.strip() for x in ln.split('|')]
        assert len(p) == 7, (slug, ln)
        rows.append(p)
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = [f'title: {c["title"]}', f'system: {c["gold_system"]}', f'forms: [{", ".join(c["forms"])}]', 'facts:']
    for kind, subj, item, val, grp, attr, quote in rows:
        out += [f'  - kind: {kind}', f'    subject: {q(subj)}', f'    item: {q(item)}', f'    value: {q(val)}',
                f'    group: {q(grp)}', f'    attribute: {q(attr)}', f'    quote: {q(quote)}']
    return '\n'.join(out) + '\n', rows

if __name__ == '__main__':
    stats = {}
    for slug, c in CONF.items():
        body = open(os.path.join(SRC, slug, 'body.src')).read()
        blocks = parse(body)
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for form in c['forms']:
            page = {'html': html_page, 'md': md_page, 'txt': txt_page}[form](c, blocks, slug)
            open(os.path.join(d, 'article.' + form), 'w').write(page)
        g, rows = gold(slug, c)
        open(os.path.join(d, 'gold.yaml'), 'w').write(g)
        stats[slug] = dict(system=c['gold_system'], forms=c['forms'], words=body_words(body), facts=len(rows),
                           kinds={k: sum(1 for r in rows if r[0] == k) for k in sorted(set(r[0] for r in rows))})
    json.dump(stats, open(os.path.join(SRC, 'stats.json'), 'w'), indent=1)
    for s, v in stats.items(): print(s, v['words'], v['facts'])
