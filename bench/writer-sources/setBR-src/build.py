#!/usr/bin/env python3
"""Build BR article forms (html/md/txt) and gold.yaml from compact sources in src/."""
import html, os, re, sys, glob, json
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'BR')

def parse(path):
    txt = open(path, encoding='utf-8').read()
    head, body = txt.split('\n===BODY===\n', 1)
    body, refs = body.split('\n===REFS===\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    refs = [r.strip() for r in refs.strip().splitlines() if r.strip()]
    blocks = []  # (type, level/None, text or items)
    lines = body.strip('\n').splitlines()
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip(): i += 1; continue
        m = re.match(r'^(#{2,3}) (.*)$', l)
        if m:
            blocks.append(('h', len(m.group(1)), m.group(2))); i += 1; continue
        if re.match(r'^\s*- ', l):
            items = []
            while i < len(lines) and re.match(r'^\s*- ', lines[i]):
                ind = len(lines[i]) - len(lines[i].lstrip())
                t = lines[i].strip()[2:]
                if ind == 0: items.append([t, []])
                else: items[-1][1].append(t)
                i += 1
            blocks.append(('ul', None, items)); continue
        blocks.append(('p', None, l.strip())); i += 1
    return meta, blocks, refs

def inline(s, form):
    def link(m):
        text, slug = m.group(1), m.group(2)
        if form == 'html': return '<a href="/articles/%s?lang=us">%s</a>' % (slug, text)
        if form == 'md': return '[%s](/articles/%s?lang=us)' % (text, slug)
        return text
    def cite(m):
        n = m.group(1)
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in re.split(r'[,-]', n)) + '</sup>' if '-' not in n else '<sup><a href="#ref_%s">%s</a></sup>' % (n.split('-')[0], n)
        if form == 'md': return ' ' + n
        return n
    if form == 'html':
        # escape text outside markup first
        s = html.escape(s, quote=False)
    s = re.sub(r'\[([^\]]+)\]\(([a-z0-9-]+)\)', link, s)
    s = re.sub(r'\^([0-9,\-]+)\^', cite, s)
    if form == 'html': s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    elif form == 'txt': s = s.replace('**', '')
    return s

def slug_id(t): return 'nav_' + re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def body_html(blocks):
    out = []
    for t, lv, x in blocks:
        if t == 'h':
            out.append('<h%d id="%s">%s</h%d>' % (lv, slug_id(x), inline(x, 'html'), lv))
        elif t == 'p': out.append('<p>%s</p>' % inline(x, 'html'))
        else:
            lis = []
            for it, sub in x:
                s = inline(it, 'html')
                if sub: s += '<ul>' + ''.join('<li>%s</li>' % inline(y, 'html') for y in sub) + '</ul>'
                lis.append('<li>%s</li>' % s)
            out.append('<ul>' + ''.join(lis) + '</ul>')
    return '\n'.join(out)

def body_md(blocks):
    out = []
    for t, lv, x in blocks:
        if t == 'h': out.append('#' * (lv + 1) + ' ' + x + '\n')
        elif t == 'p': out.append(inline(x, 'md') + '\n')
        else:
            for it, sub in x:
                if sub:
                    out.append('- \n' + inline(it, 'md') + '\n')
                    for y in sub: out.append('- ' + inline(y, 'md') + '\n')
                else: out.append('- ' + inline(it, 'md') + '\n')
    return '\n'.join(out)

def body_txt(blocks, style):
    out = []
    for n, (t, lv, x) in enumerate(blocks):
        if t == 'h': out.append(x + '\n')
        elif t == 'p': out.append(inline(x, 'txt') + ' \n')
        else:
            # alternate: some lists flattened to lines, some run into one paragraph
            if (n + style) % 3 == 0:
                flat = []
                for it, sub in x:
                    flat.append(inline(it, 'txt')); flat += [inline(y, 'txt') for y in sub]
                out.append(' '.join(flat) + '\n')
            else:
                ls = []
                for it, sub in x:
                    ls.append(inline(it, 'txt'))
                    ls += ['  \u2022 ' + inline(y, 'txt') for y in sub]
                out.append('\n'.join(ls) + '\n')
    return '\n'.join(out)

def words(blocks):
    return len(re.findall(r"\S+", body_txt(blocks, 1)))

def on_this_page(blocks):
    return [x for t, lv, x in blocks if t == 'h' and lv == 2]

def make_html(meta, blocks, refs):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    is_case = meta.get('type') == 'case'
    kind = 'Radiology Case' if is_case else 'Radiology Reference Article'
    base = 'cases' if is_case else 'articles'
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in meta.get('synonyms', '').split(';') if s.strip())
    nav = ''.join('<li><a href="#%s">%s</a></li>' % (slug_id(h), html.escape(h)) for h in on_this_page(blocks))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), html.escape(r)) for r in meta['related'].split(';'))
    reflis = ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs))
    cite_label = 'Case' if is_case else 'Reference article'
    first = re.sub(r'<[^>]+>', '', body_html(blocks[:3]))[:155].replace('"', "'")
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(first)}">
<meta property="og:title" content="{html.escape(title)} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{base}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7d1e0b3a.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{base}", "system": "{meta['system']}"}}}};</script>
</head>
<body class="{base} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{meta.get('promo', 'New course: Body imaging essentials - enrol now')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{meta['reviser_id']}?lang=us">{meta['reviser']}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/{base}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{base}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['authors']}. {html.escape(title)}. {cite_label}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{base}/{rid}">https://radiopaedia.org/{base}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if is_case else 'Article'} created:</div><div>{meta['created']}<div class="disclosure">At the time the {'case' if is_case else 'article'} was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta['revisions']} times, by {meta['contributors']} contributors - <a href="/{base}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta['system'].lower()}?lang=us">{meta['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{meta.get('tags', '')}</div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(blocks)}
</div>
<div class="ad-slot in-content" id="in-content-2">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div class="references" id="references"><h2>References</h2><ol>{reflis}</ol></div>
<div id="related-articles"><h2>Related articles: {meta['related_title']}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{json.dumps({"articleId": int(rid), "slug": slug, "lang": "us"})}</script>
</body>
</html>
'''

def make_md(meta, blocks, refs):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    is_case = meta.get('type') == 'case'
    base = 'cases' if is_case else 'articles'
    syn = '\n'.join('              - \n                %s\n' % s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())
    nav = '\n'.join('- [%s](#%s)\n' % (h, slug_id(h)) for h in on_this_page(blocks))
    refl = '\n'.join('          - \n            %d. %s\n' % (i + 1, r) for i, r in enumerate(refs))
    rel = '\n'.join('- [%s](/articles/%s?lang=us)\n' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-')) for r in meta['related'].split(';'))
    return f'''---
title: {slug}
source: radiopaedia
category: {'case' if is_case else 'article'}
system: {meta['md_system']}
modality: {meta.get('modality', 'mixed')}
---

{title} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Qm3v9a{rid}x)
            
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

    [
](https://radiopaedia.org/courses/body-imaging-essentials)

      # 
  {title}
  
          Last revised by [{meta['reviser']}](/users/{meta['reviser_id']}?lang=us)

          on {meta['revised']}
        
    [
      Edit {'case' if is_case else 'article'}
](/{base}/{slug}/edit?lang=us)    

    - 
      [View revision history](/{base}/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if is_case else 'article'} data
      
          **
            Citation:
          **
        
          {meta['authors']}. {title}. {'Case' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})
        
          **
            rID:
          **
        
          {rid}
        
          **
            {'Case' if is_case else 'Article'} created:
          **
        
  {meta['created']}

    *
      At the time the {'case' if is_case else 'article'} was created the author had no recorded disclosures.
    *

        **
          Revisions:
        **
      
        {meta['revisions']} times, by
        {meta['contributors']} contributors -
        [see full revision history and disclosures](/{base}/{slug}/revisions?lang=us)
      
          **
            Systems:
          **
        
          [{meta['system']}](/articles/section/all/{meta['system'].lower()}?lang=us)
        
          **
            Synonyms:
          **
        
{syn}

## On this page:

{'Case' if is_case else 'Article'}:

{nav}
- [References](#references)

{body_md(blocks)}
      ## 
        References
      
{refl}

## Related articles: {meta['related_title']}

{rel}
    Share {'case' if is_case else 'article'}

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def make_txt(meta, blocks, refs):
    syn = '\n'.join('  \u2022 ' + s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())
    is_case = meta.get('type') == 'case'
    return f'''{meta['title']}

{body_txt(blocks, int(meta['rid']) % 3)}
Share {'case' if is_case else 'article'}

{'Case' if is_case else 'Article'} information

rID: {meta['rid']}
Section: {meta.get('section', 'Pathology')}
Synonyms or Alternate Spellings:
{syn}

'''

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def make_gold(meta, goldpath, forms):
    facts = []
    for line in open(goldpath, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7: sys.exit('bad gold line (%d parts): %s' % (len(parts), line))
        facts.append(dict(zip(['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'], parts)))
    out = ['title: ' + yq(meta['title']), 'system: ' + meta['system'], 'forms: [' + ', '.join(forms) + ']', 'facts:']
    for f in facts:
        out.append('  - kind: ' + f['kind'])
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            out.append('    %s: %s' % (k, yq(f[k])))
    return '\n'.join(out) + '\n', facts

def main():
    summary = []
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.art'))):
        meta, blocks, refs = parse(src)
        slug = meta['slug']; forms = meta['forms'].split(',')
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for form in forms:
            fn = {'html': make_html, 'md': make_md, 'txt': make_txt}[form]
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(fn(meta, blocks, refs))
        y, facts = make_gold(meta, src[:-4] + '.gold', forms)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(y)
        summary.append((slug, meta['system'], forms, words(blocks), facts))
    json.dump([(s, sy, f, w, [x['kind'] for x in fa]) for s, sy, f, w, fa in summary], open(os.path.join(HERE, 'summary.json'), 'w'))
    for s, sy, f, w, fa in summary: print(s, sy, f, w, len(fa))

if __name__ == '__main__': main()
