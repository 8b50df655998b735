#!/usr/bin/env python3
"""Render BC.src/<slug>/body.src into article.html / .md / .txt under BC/<slug>/."""
import os, re, sys, html as H, random
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BC')

def parse(path):
    txt = open(path).read()
    head, body = txt.split('\n---\n', 1)
    meta = {}
    for l in head.splitlines():
        if ':' in l:
            k, v = l.split(':', 1); meta[k.strip()] = v.strip()
    blocks = []  # (type, data)
    cur = None
    for line in body.splitlines():
        if not line.strip():
            cur = None; continue
        m = re.match(r'^(#{2,3}) (.*)', line)
        if m:
            blocks.append(('h', len(m.group(1)), m.group(2))); cur = None; continue
        m = re.match(r'^( *)- (.*)', line)
        if m:
            if cur is None or cur[0] != 'ul':
                cur = ['ul', []]; blocks.append(cur)
            cur[1].append((len(m.group(1)) // 2, m.group(2))); continue
        if cur is not None and cur[0] == 'p':
            cur[1] += ' ' + line.strip()
        else:
            cur = ['p', line.strip()]; blocks.append(cur)
    return meta, blocks

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(s, form):
    # [[text]] internal link, [[text|target]], ^n citation, **bold**
    def link(m):
        t = m.group(1); tgt = m.group(2) or t
        if form == 'html': return '<a href="/articles/%s?lang=us">%s</a>' % (slugify(tgt), H.escape(t, False))
        if form == 'md': return '[%s](/articles/%s?lang=us)' % (t, slugify(tgt))
        return t
    def cite(m):
        ns = m.group(1).split(',')
        if form == 'html': return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in ns) + '</sup>'
        if form == 'md': return ' ' + ' '.join('[%s](#ref_%s)' % (n, n) for n in ns)
        return ','.join(ns)
    if form == 'html':
        parts = re.split(r'(\[\[.*?\]\]|\^[0-9,]+|\*\*.*?\*\*)', s)
        out = []
        for p in parts:
            if p.startswith('[['): out.append(re.sub(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]', link, p))
            elif re.match(r'\^[0-9,]+$', p): out.append(re.sub(r'\^([0-9,]+)', cite, p))
            elif p.startswith('**'): out.append('<strong>%s</strong>' % H.escape(p[2:-2], False))
            else: out.append(H.escape(p, False))
        return ''.join(out)
    s = re.sub(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]', link, s)
    s = re.sub(r'\^([0-9,]+)', cite, s)
    if form == 'txt': s = s.replace('**', '')
    return s

def ul_html(items):
    out, stack = [], []
    for lvl, t in items:
        while len(stack) > lvl + 1: out.append('</li></ul>'); stack.pop()
        if len(stack) == lvl + 1: out.append('</li><li>' + inline(t, 'html'))
        else: out.append('<ul><li>' + inline(t, 'html')); stack.append(1)
    while stack: out.append('</li></ul>'); stack.pop()
    return ''.join(out)

def body_html(blocks):
    o = []
    for b in blocks:
        if b[0] == 'h':
            tag = 'h4' if b[1] == 2 else 'h5'
            o.append('<%s id="nav_%s">%s</%s>' % (tag, slugify(b[2]), H.escape(b[2], False), tag))
        elif b[0] == 'p': o.append('<p>%s</p>' % inline(b[1], 'html'))
        else: o.append(ul_html(b[1]))
    return '\n'.join(o)

def body_md(blocks):
    o = []
    for b in blocks:
        if b[0] == 'h': o.append(('#### ' if b[1] == 2 else '##### ') + b[2] + '\n')
        elif b[0] == 'p': o.append(inline(b[1], 'md') + '\n')
        else:
            for lvl, t in b[1]: o.append('    ' * lvl + '- ' + inline(t, 'md') + '\n')
    return '\n'.join(o)

def body_txt(blocks, seed):
    rnd = random.Random(seed); o = []
    for b in blocks:
        if b[0] == 'h': o.append(b[1] == 2 and b[2] or b[2])
        elif b[0] == 'p': o.append(inline(b[1], 'txt'))
        else:
            mode = rnd.choice(['lines', 'bullets', 'run'])
            its = [inline(t, 'txt') for _, t in b[1]]
            if mode == 'run': o.append(' '.join(its))
            elif mode == 'bullets': o.append('\n'.join(('  ' * l) + '  \u2022 ' + inline(t, 'txt') for l, t in b[1]))
            else: o.append('\n'.join(its))
    return '\n\n'.join(o) + '\n'

def refs(meta):
    return [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]

def related(meta):
    return [r.strip() for r in meta.get('related', '').split(';') if r.strip()]

def render_html(meta, blocks, slug):
    t = meta['title']; rid = meta['rid']; case = slug.startswith('case-')
    kind = 'cases' if case else 'articles'
    syn = ''.join('<li>%s</li>' % H.escape(s) for s in meta.get('synonyms', '').split(';') if s.strip())
    nav = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(b[2]), b[2]) for b in blocks if b[0] == 'h' and b[1] == 2)
    rl = ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, H.escape(r)) for i, r in enumerate(refs(meta)))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), H.escape(r)) for r in related(meta))
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{H.escape(t)} | Radiology Reference {'Case' if case else 'Article'} | Radiopaedia.org</title>
<meta name="description" content="{H.escape(meta.get('desc', t))}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{meta.get('promo', 'Live online course: MSK and neuro emergencies - register today')}</a></div>
<main id="content" class="main-content">
<div class="article-header"><h1 class="header-title">{H.escape(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{slugify(meta['reviser'])}?lang=us">{meta['reviser']}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div></div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['authors']}. {H.escape(t)}. Reference {'case' if case else 'article'}, Radiopaedia.org (Accessed on 11 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{meta['created']}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '37 times, by 14 contributors')} - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{meta['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(blocks)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{rl}</ol></div>
<div id="related-articles"><h2>Related articles: {meta.get('relhead', 'Related')}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li></ul></div></aside>
<footer class="site-footer"><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
</body>
</html>
'''

def render_md(meta, blocks, slug):
    t = meta['title']; case = slug.startswith('case-'); kind = 'cases' if case else 'articles'
    nav = '\n\n'.join('- [%s](#nav_%s)' % (b[2], slugify(b[2])) for b in blocks if b[0] == 'h' and b[1] == 2)
    rl = '\n\n'.join('- %d. %s' % (i + 1, r) for i, r in enumerate(refs(meta)))
    rel = '\n\n'.join('- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in related(meta))
    return f'''---
title: {slug}
source: radreport
category: {'case' if case else 'pathology'}
system: {meta['system'].lower()}
modality: {meta.get('modality', 'mri')}
---

{t} | Radiology Reference {'Case' if case else 'Article'} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Xq81kLm0PzR2-{meta['rid']})
            
    [
      
        &times;
      
    ](#)

        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)
      
        [Cases](/search?scope=cases&sort=date_of_publication)
      
        [Courses](/courses?lang=us)

- [Log In](/sessions/new?lang=us)

- [Sign up](/users/sign_up?lang=us)

# {t}

Last revised by [{meta['reviser']}](/users/{slugify(meta['reviser'])}?lang=us) on {meta['revised']}

[Edit {'case' if case else 'article'}](/{kind}/{slug}/edit?lang=us)

## Citation, DOI, disclosures and {'case' if case else 'article'} data

**Citation:** {meta['authors']}. {t}. Reference {'case' if case else 'article'}, Radiopaedia.org (Accessed on 11 Mar 2026) https://doi.org/10.53347/rID-{meta['rid']}

**DOI:** [https://doi.org/10.53347/rID-{meta['rid']}](https://doi.org/10.53347/rID-{meta['rid']})

**rID:** {meta['rid']}

**Article created:** {meta['created']}

**Revisions:** {meta.get('revisions', '37 times, by 14 contributors')}

**Systems:** [{meta['system']}](/articles/section/all/{slugify(meta['system'])}?lang=us)

**Synonyms:** {', '.join(s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())}

## On this page:

{nav}

- [References](#references)

    

{body_md(blocks)}
## References

{rl}

## Related articles: {meta.get('relhead', 'Related')}

{rel}

    
      Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def render_txt(meta, blocks, slug):
    rl = '\n'.join('%d. %s' % (i + 1, r) for i, r in enumerate(refs(meta)))
    return (meta['title'] + '\n\n' + body_txt(blocks, slug) + '\nReferences\n\n' + rl + '\n\nRelated articles: ' +
            meta.get('relhead', 'Related') + '\n\n' + '\n'.join(related(meta)) + '\n')

def words(blocks):
    n = 0
    for b in blocks:
        if b[0] == 'h': n += len(b[2].split())
        elif b[0] == 'p': n += len(inline(b[1], 'txt').split())
        else: n += sum(len(inline(t, 'txt').split()) for _, t in b[1])
    return n

if __name__ == '__main__':
    for slug in sorted(os.listdir(SRC)):
        p = os.path.join(SRC, slug, 'body.src')
        if not os.path.exists(p): continue
        meta, blocks = parse(p)
        od = os.path.join(OUT, slug); os.makedirs(od, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for f in ('html', 'md', 'txt'):
            fp = os.path.join(od, 'article.' + f)
            if f in forms:
                open(fp, 'w').write({'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks, slug))
            elif os.path.exists(fp): os.remove(fp)
        print(slug, forms, words(blocks))
