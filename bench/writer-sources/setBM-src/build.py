#!/usr/bin/env python3
"""Render BM.src/src/<slug>.src into BM/<slug>/article.{html,md,txt} and gold.yaml from <slug>.gold."""
import os, re, sys, html, json
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BM')

def parse_src(path):
    text = open(path).read()
    head, body = text.split('\n---\n', 1)
    meta = {}; refs = []
    for line in head.splitlines():
        if re.match(r'^\d+\. ', line):
            refs.append(line.split('. ', 1)[1]); continue
        if ':' in line:
            k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    return meta, refs, body.strip('\n')

def blocks(body):
    out = []; para = []; lst = None
    def flush():
        nonlocal para, lst
        if para: out.append(('p', ' '.join(para))); para = []
        if lst: out.append(('ul', lst)); lst = None
    for line in body.splitlines():
        if not line.strip(): flush(); continue
        if line.startswith('## '): flush(); out.append(('h2', line[3:])); continue
        if line.startswith('### '): flush(); out.append(('h3', line[4:])); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            depth = len(m.group(1)) // 2
            if lst is None: lst = []
            if depth == 0: lst.append([m.group(2), []])
            else: lst[-1][1].append(m.group(2))
            continue
        if lst: flush()
        para.append(line.strip())
    flush(); return out

def inline(s, form):
    # citations ^1 or ^1,3 or ^2-4
    if form == 'html':
        s = html.escape(s, quote=False)
        s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', lambda m: '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2), m.group(1)), s)
        s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
        s = re.sub(r'\^([\d,\-]+)', lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in m.group(1).split(',')) + '</sup>', s)
    elif form == 'md':
        s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', r'[\1](/articles/\2?lang=us)', s)
        s = re.sub(r'\^([\d,\-]+)', r' \1', s)
    else:
        s = re.sub(r'\[\[([^|\]]+)\|([^\]]+)\]\]', r'\1', s)
        s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
        s = re.sub(r'\^([\d,\-]+)', r'\1', s)
    return s

def sections(bl):
    return [b[1] for b in bl if b[0] == 'h2']

def nav_id(t): return 'nav_' + re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def render_html(meta, refs, bl):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    iscase = meta.get('type') == 'case'
    syn = [x.strip() for x in meta.get('synonyms', '').split(';') if x.strip()]
    related = [x.strip() for x in meta.get('related', '').split(';') if x.strip()]
    body = []
    for kind, val in bl:
        if kind == 'h2': body.append('<h4 id="%s">%s</h4>' % (nav_id(val), html.escape(val)))
        elif kind == 'h3': body.append('<h5>%s</h5>' % html.escape(val))
        elif kind == 'p': body.append('<p>%s</p>' % inline(val, 'html'))
        else:
            items = []
            for it, sub in val:
                s = inline(it, 'html')
                if sub: s += '<ul>' + ''.join('<li>%s</li>' % inline(x, 'html') for x in sub) + '</ul>'
                items.append('<li>%s</li>' % s)
            body.append('<ul>' + '\n'.join(items) + '</ul>')
    kindword = 'Case' if iscase else 'Radiology Reference Article'
    base = 'cases' if iscase else 'articles'
    nav = ''.join('<li><a href="#%s">%s</a></li>' % (nav_id(s), html.escape(s)) for s in sections(bl))
    reflist = '\n'.join('<li id="ref_%d"><span class="ref-text">%s</span> - <a href="https://pubmed.ncbi.nlm.nih.gov/%d" target="_blank" rel="noopener">Pubmed</a></li>' % (i + 1, html.escape(r), 31000000 + int(rid) * 7 + i) for i, r in enumerate(refs))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), html.escape(r)) for r in related)
    synhtml = ''.join('<li>%s</li>' % html.escape(x) for x in syn)
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {kindword} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('desc', title))}">
<meta property="og:title" content="{html.escape(title)} | {kindword} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{base}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-77ab21e0c3.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{base}", "system": "{meta['system']}"}}}};</script>
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
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(meta.get('promo', 'Live course: musculoskeletal MRI fundamentals - places limited'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">{'Case contributed by' if iscase else 'Last revised by'} <a href="/users/{meta['editor'].lower().replace(' ', '-')}?lang=us">{meta['editor']}</a> {'' if iscase else 'on ' + meta['revised']}</div>
<div class="article-actions"><a href="/{base}/{slug}/edit?lang=us" class="btn">Edit {'case' if iscase else 'article'}</a> <a href="/{base}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if iscase else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['authors']}. {html.escape(title)}. {'Case study' if iscase else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Published' if iscase else 'Article created'}:</div><div>{meta['created']}<div class="disclosure">At the time the {'case' if iscase else 'article'} was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{meta['system'].lower().replace(' ', '-')}?lang=us">{meta['system']}</a></div></div>
{'' if not syn else '<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + synhtml + '</ul></div></div>'}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if iscase else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(body)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{reflist}
</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('relhead', 'See also'))}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if iscase else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/{slug}-1">Case 1</a></li><li class="case-item"><a href="/cases/{slug}-2">Case 2</a></li><li class="case-item"><a href="/cases/{slug}-3">Case 3</a></li></ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{json.dumps({"articleId": int(rid), "slug": slug, "lang": "us"})}</script>
</body>
</html>
'''

def render_md(meta, refs, bl):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    iscase = meta.get('type') == 'case'
    syn = [x.strip() for x in meta.get('synonyms', '').split(';') if x.strip()]
    related = [x.strip() for x in meta.get('related', '').split(';') if x.strip()]
    L = ['---', 'title: ' + slug, 'source: radiopaedia-dump', 'category: ' + ('case' if iscase else 'pathology'),
         'system: ' + meta.get('md_system', meta['system'].lower()), 'modality: ' + meta.get('md_modality', 'mri'), '---', '',
         '%s | %s | Radiopaedia.org' % (title, 'Case' if iscase else 'Radiology Reference Article'), '', '    ', '    - ', '    ', '',
         '  [](https://radiopaedia.org/cdn-cgi/content?id=%sx9Q)' % rid, '', '    [', '      &times;', '    ](#)', '',
         '        [About](/about?lang=us)', '', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '',
         '        [Cases](/search?scope=cases&sort=date_of_publication)', '', '        [Courses](/courses?lang=us)', '',
         '          [Log In](/sessions/new?lang=us)', '', '          [Sign Up](/users/sign_up?lang=us)', '',
         '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
         '        Become a Gold Supporter and see no third-party ads.', '', '      Search', '      *', '',
         '      # ', '  ' + title, '', '          %s [%s](/users/%s?lang=us)' % ('Case contributed by' if iscase else 'Last revised by', meta['editor'], meta['editor'].lower().replace(' ', '')),
         '          ' + ('' if iscase else 'on ' + meta['revised']), '', '    [', '      Edit %s' % ('case' if iscase else 'article'), '](/%s/%s/edit?lang=us)' % ('cases' if iscase else 'articles', slug), '',
         '      ## ', '        Citation, DOI, disclosures and %s data' % ('case' if iscase else 'article'), '',
         '          **', '            Citation:', '          **', '          %s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['authors'], title, 'Case study' if iscase else 'Reference article', rid), '',
         '          **', '            rID:', '          **', '          ' + rid, '',
         '          **', '            Systems:', '          **', '          [%s](/articles/section/all/%s?lang=us)' % (meta['system'], meta['system'].lower().replace(' ', '-')), '']
    if syn:
        L += ['          **', '            Synonyms:', '          **', '']
        for s in syn: L += ['              - ', '                ' + s, '']
    first = True
    for kind, val in bl:
        if kind == 'h2':
            if first:
                L += ['## On this page:', '', 'Article:' if not iscase else 'Case:', '']
                L += ['- [%s](#%s)' % (s, nav_id(s)) for s in sections(bl)] + ['', '- [References](#references)', '']
                first = False
            L += ['#### ' + val, '']
        elif kind == 'h3': L += ['##### ' + val, '']
        elif kind == 'p': L += [inline(val, 'md'), '']
        else:
            for it, sub in val:
                if sub:
                    L += ['- ', inline(it, 'md'), '']
                    L += ['- ' + inline(x, 'md') for x in sub] + ['']
                else:
                    L += ['- ' + inline(it, 'md'), '']
    L += ['', '## References', '']
    L += ['%d. %s' % (i + 1, r) for i, r in enumerate(refs)]
    L += ['', '## Related articles: ' + meta.get('relhead', 'See also'), '']
    L += ['- [%s](/articles/%s?lang=us)' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-')) for r in related]
    L += ['', '    Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '',
          '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(L)

def render_txt(meta, refs, bl):
    style = meta.get('txt_lists', 'lines')  # lines | runon
    L = [meta['title'], '']
    for kind, val in bl:
        if kind in ('h2', 'h3'): L += [val, '']
        elif kind == 'p': L += [inline(val, 'txt'), '']
        else:
            if style == 'runon':
                flat = []
                for it, sub in val:
                    flat.append(inline(it, 'txt')); flat += [inline(x, 'txt') for x in sub]
                if L and L[-1] == '' and len(L) > 1 and not L[-2].endswith(':') and False:
                    pass
                L += [' '.join(flat), '']
            else:
                for it, sub in val:
                    L.append('  • ' + inline(it, 'txt'))
                    L += ['      ' + inline(x, 'txt') for x in sub]
                L.append('')
    L += ['Share %s' % ('case' if meta.get('type') == 'case' else 'article'), '', 'Article information', '', 'rID: ' + meta['rid'], 'Section: Pathology']
    syn = [x.strip() for x in meta.get('synonyms', '').split(';') if x.strip()]
    if syn: L += ['Synonyms or Alternate Spellings:'] + ['  • ' + s for s in syn]
    L += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  • Drag', '    Case 1', '    Drag here to reorder.', '  • Drag', '    Case 2', '    Drag here to reorder.', '  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(L)

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def render_gold(meta, goldpath):
    facts = []
    for line in open(goldpath):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7: sys.exit('bad gold line (%d fields) in %s: %s' % (len(parts), goldpath, line))
        facts.append(parts)
    forms = meta['forms'].split(',')
    out = ['title: ' + q(meta['title']), 'system: ' + q(meta['system']), 'forms: [' + ', '.join(forms) + ']', 'facts:']
    for kind, subj, item, val, group, attr, quote in facts:
        out += ['  - kind: ' + kind, '    subject: ' + q(subj), '    item: ' + q(item), '    value: ' + q(val),
                '    group: ' + q(group), '    attribute: ' + q(attr), '    quote: ' + q(quote)]
    return '\n'.join(out) + '\n', facts

def body_words(bl):
    n = 0
    for kind, val in bl:
        if kind == 'ul':
            for it, sub in val: n += len(inline(it, 'txt').split()) + sum(len(inline(x, 'txt').split()) for x in sub)
        else: n += len(inline(val, 'txt').split())
    return n

if __name__ == '__main__':
    stats = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'): continue
        meta, refs, body = parse_src(os.path.join(SRC, fn))
        bl = blocks(body)
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        forms = meta['forms'].split(',')
        R = {'html': render_html, 'md': render_md, 'txt': render_txt}
        for f in forms:
            open(os.path.join(d, 'article.' + f), 'w').write(R[f](meta, refs, bl))
        gp = os.path.join(SRC, fn[:-4] + '.gold')
        if os.path.exists(gp):
            y, facts = render_gold(meta, gp)
            open(os.path.join(d, 'gold.yaml'), 'w').write(y)
        else: facts = []
        stats.append((meta['slug'], meta['system'], forms, body_words(bl), facts))
    json.dump([(s, sy, f, w, [x[0] for x in fa]) for s, sy, f, w, fa in stats], open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stats.json'), 'w'))
    for s, sy, f, w, fa in stats: print(s, sy, f, w, len(fa))
