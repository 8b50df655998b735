#!/usr/bin/env python3
"""Build article forms + gold.yaml from BD.src/src/*.txt sources."""
import re, os, sys, html, json, glob
SRC = os.path.dirname(os.path.abspath(__file__)) + '/src'
OUT = '/work/blind/BD'

def parse(path):
    txt = open(path).read()
    head, rest = txt.split('=== BODY\n', 1)
    body, facts = rest.split('=== FACTS\n', 1)
    meta = {}; key = None
    for line in head.splitlines():
        m = re.match(r'^(\w+):\s*(.*)$', line)
        if m and m.group(1) in ('title','slug','system','forms','subject','synonyms','rid','author','creator','case','refs','related','date','tags','section'):
            key = m.group(1); meta[key] = m.group(2).strip()
        elif key and line.strip():
            meta[key] += '\n' + line.strip()
    return meta, body.strip('\n'), facts

def blocks(body):
    """-> list of (type, payload): ('h2',t) ('h3',t) ('p',t) ('ul',[(level,text)])"""
    out = []; para = []; lst = []
    def flush():
        nonlocal para, lst
        if para: out.append(('p', ' '.join(para))); para = []
        if lst: out.append(('ul', lst)); lst = []
    for line in body.splitlines():
        if not line.strip(): flush(); continue
        m = re.match(r'^(#{2,4}) (.*)$', line)
        if m: flush(); out.append(('h%d' % len(m.group(1)), m.group(2))); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2))); continue
        if lst: out.append(('ul', lst)); lst = []
        para.append(line.strip())
    flush(); return out

LINK = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]')
CIT = re.compile(r'\{(\d+(?:[-,]\d+)*)\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')

def inl_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), s)
    s = CIT.sub(lambda m: '<sup><a href="#ref_%s">%s</a></sup>' % (m.group(1).split(',')[0].split('-')[0], m.group(1)), s)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    return s
def inl_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), s)
    s = CIT.sub(lambda m: ' ' + m.group(1), s)
    return s
def inl_txt(s):
    s = LINK.sub(lambda m: m.group(1), s)
    s = CIT.sub(lambda m: m.group(1), s)
    s = BOLD.sub(r'\1', s)
    return s

def body_html(bl):
    o = []
    for t, p in bl:
        if t in ('h2', 'h3', 'h4'):
            anchor = re.sub(r'[^a-z0-9]+', '-', p.lower()).strip('-')
            o.append('<%s id="nav_%s">%s</%s>' % (t, anchor, html.escape(p), t))
        elif t == 'p': o.append('<p>%s</p>' % inl_html(p))
        else:
            s = ''; cur = -1
            for lvl, text in p:
                if lvl > cur: s += '<ul>' * (lvl - cur)
                elif lvl < cur: s += '</li>' + '</ul></li>' * (cur - lvl)
                else: s += '</li>'
                s += '<li>' + inl_html(text); cur = lvl
            s += '</li>' + '</ul></li>' * cur + '</ul>'
            o.append(s)
    return '\n'.join(o)

def body_md(bl):
    o = []
    for t, p in bl:
        if t == 'h2': o.append('#### ' + p)
        elif t == 'h3': o.append('##### ' + p)
        elif t == 'h4': o.append('###### ' + p)
        elif t == 'p': o.append(inl_md(p))
        else:
            o.append('\n\n'.join('  ' * l + '- ' + inl_md(x) for l, x in p))
    return '\n\n'.join(o)

def body_txt(bl):
    o = []; n = 0
    for t, p in bl:
        if t in ('h2', 'h3', 'h4'): o.append(p)
        elif t == 'p': o.append(inl_txt(p))
        else:
            n += 1
            if n % 3 == 0:   # run into a paragraph
                o.append(' '.join(inl_txt(x) for l, x in p))
            else:
                o.append('\n'.join(('  ' if l == 0 else '    ') + ('• ' if l == 0 else '◦ ') + inl_txt(x) for l, x in p))
    return '\n\n'.join(o)

def words(bl):
    return len(re.findall(r"\S+", body_txt(bl)))

def refs_list(meta):
    return [r for r in meta.get('refs', '').split('\n') if r.strip()]

def nav_items(bl):
    return [p for t, p in bl if t == 'h2']

def render_html(meta, bl):
    slug = meta['slug']; title = meta['title']; case = meta.get('case') == 'yes'
    kind = 'cases' if case else 'articles'
    refs = refs_list(meta); rel = [r.strip() for r in meta.get('related', '').split(';') if r.strip()]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    navs = ''.join('<li><a href="#nav_%s">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-'), h) for h in nav_items(bl))
    reflis = '\n'.join('<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://pubmed.ncbi.nlm.nih.gov/%d" target="_blank" rel="noopener">Pubmed</a></li>' % (i + 1, html.escape(r), 30000000 + 7919 * (i + 1) * int(meta['rid']) % 9000000) for i, r in enumerate(refs))
    rellis = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), r) for r in rel)
    label = 'Case' if case else 'Reference article'
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Radiology {'Case' if case else 'Reference Article'} | Radiopaedia.org</title>
<meta property="og:url" content="https://radiopaedia.org/{kind}/{slug}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-8d31aa0c2e.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
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
<div class="promo-banner"><a href="/courses?lang=us">Live course: Body CT and MRI review weekend - places still available</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{title}</h1>
<div class="author-info">{'Case contributed by' if case else 'Last revised by'} <a href="/users/x?lang=us">{meta['author']}</a> {'' if case else 'on ' + meta['date']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['author'].split()[-1]} {meta['author'][0]}, {meta['creator'].split()[-1]} {meta['creator'][0]}, et al. {title}. {label}, Radiopaedia.org (Accessed on 4 Dec 2026) https://doi.org/10.53347/rID-{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if case else 'Article'} created:</div><div>{meta['date']}, <a href="/users/y?lang=us">{meta['creator']}</a><div class="disclosure">At the time the {'case' if case else 'article'} was created {meta['creator']} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta['system'].lower()}?lang=us">{meta['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{meta.get('tags','')}</div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join('<li>%s</li>' % s for s in syn) + '</ul></div></div>' if syn else ''}
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if case else 'Article'}:</div><ul>{navs}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content" id="{'case-body' if case else 'article-body'}">
{body_html(bl)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{reflis}
</ol></div>
<div id="related-articles"><h2>Related articles: {meta['system']}</h2><ul>{rellis}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if case else 'article'}</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li></ul></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div></aside>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{json.dumps({"id": int(meta['rid']), "slug": slug, "lang": "us"})}</script>
</body>
</html>
'''

def render_md(meta, bl):
    slug = meta['slug']; title = meta['title']; case = meta.get('case') == 'yes'
    kind = 'cases' if case else 'articles'
    refs = refs_list(meta); rel = [r.strip() for r in meta.get('related', '').split(';') if r.strip()]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    nav = '\n\n'.join('- [%s](#nav_%s)' % (h, re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')) for h in nav_items(bl))
    return f'''---
title: {slug}
source: radiopaedia
category: {'case' if case else 'article'}
system: {meta['system'].lower()}
---

{title} | Radiology {'Case' if case else 'Reference Article'} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=q81Zx0-{meta['rid']})

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

          {'Case contributed by' if case else 'Last revised by'} [{meta['author']}](/users/z?lang=us)

          on {meta['date']}

    [
      Edit {'case' if case else 'article'}
](/{kind}/{slug}/edit?lang=us)

    - 
      [View revision history](/{kind}/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if case else 'article'} data

          **
            Citation:
          **

          {meta['author'].split()[-1]} {meta['author'][0]}, {meta['creator'].split()[-1]} {meta['creator'][0]}, et al. {title}. {'Case' if case else 'Reference article'}, Radiopaedia.org (Accessed on 4 Dec 2026) https://doi.org/10.53347/rID-{meta['rid']}

          **
            rID:
          **

          {meta['rid']}

          **
            Systems:
          **

          [{meta['system']}](/articles/section/all/{meta['system'].lower()}?lang=us)

''' + ('''          **
            Synonyms:
          **

''' + '\n\n'.join('              - \n                ' + s for s in syn) + '\n\n' if syn else '') + f'''
## On this page:

{'Case' if case else 'Article'}:

{nav}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(bl)}

    
      ## 
        References
      

''' + '\n\n'.join('          - \n            %d. %s' % (i + 1, r) for i, r in enumerate(refs)) + f'''

## Related articles: {meta['system']}

''' + '\n\n'.join('- [%s](/articles/%s?lang=us)' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-')) for r in rel) + '''

    Share article

                - 
                  [Urogenital](/search?lang=us&scope=cases&system=Urogenital)

                - 
                  [Vascular](/search?lang=us&scope=cases&system=Vascular)

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def render_txt(meta, bl):
    case = meta.get('case') == 'yes'
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    refs = refs_list(meta)
    return meta['title'] + '\n\n' + body_txt(bl) + '\n\nShare ' + ('case' if case else 'article') + '\n\n' + \
        ('Case' if case else 'Article') + ' information\n\nrID: ' + meta['rid'] + '\nSection: ' + meta.get('section', 'Pathology') + '\n' + \
        ('Synonyms or Alternate Spellings:\n' + '\n'.join('  • ' + s for s in syn) + '\n' if syn else '') + \
        '\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  • Drag\n    Case 1\n    Drag here to reorder.\n  • Drag\n    Case 2\n    Drag here to reorder.\n  • Updating… Please wait.\n\n    Alert accept\n'

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def gold(meta, facts, forms):
    subj = meta['subject']
    o = ['title: ' + meta['title'], 'system: ' + meta['system'], 'forms: [' + ', '.join(forms) + ']', 'facts:']
    n = 0; kinds = {}
    for line in facts.splitlines():
        if not line.strip() or line.startswith('#'): continue
        parts = line.split('|')
        if len(parts) != 7: sys.exit('bad fact line in %s: %s' % (meta['slug'], line))
        k, s, it, v, g, a, q = [p.strip() for p in parts]
        if k in ('association', 'differential') or (k == 'sign' and not v): v = it
        o += ['  - kind: ' + k, '    subject: ' + yq(s or subj), '    item: ' + yq(it), '    value: ' + yq(v),
              '    group: ' + yq(g), '    attribute: ' + yq(a), '    quote: ' + yq(q)]
        n += 1; kinds[k] = kinds.get(k, 0) + 1
    return '\n'.join(o) + '\n', n, kinds

def main():
    rows = []; allk = {}
    for path in sorted(glob.glob(SRC + '/*.txt')):
        meta, body, facts = parse(path)
        bl = blocks(body); forms = [f.strip() for f in meta['forms'].split(',')]
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for f in forms:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, bl)
            open(os.path.join(d, 'article.' + f), 'w').write(txt)
        g, n, kinds = gold(meta, facts, forms)
        open(os.path.join(d, 'gold.yaml'), 'w').write(g)
        for k, v in kinds.items(): allk[k] = allk.get(k, 0) + v
        rows.append((meta['slug'], meta['system'], ', '.join(forms), words(bl), n))
    json.dump({'rows': rows, 'kinds': allk}, open(os.path.dirname(SRC) + '/stats.json', 'w'), indent=1)
    for r in rows: print(r)
    print(allk)
main()
