#!/usr/bin/env python3
"""Render BU.src/src/*.art into BU/<slug>/article.<form> + gold.yaml."""
import re, os, sys, html, json, glob, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'BU')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}

def parse(path):
    txt = open(path, encoding='utf-8').read()
    head, rest = txt.split('===BODY===\n', 1)
    body, gold = rest.split('===GOLD===\n', 1)
    meta, refs = {}, []
    for line in head.splitlines():
        if not line.strip(): continue
        m = re.match(r'^(\d+)\. (.*)$', line)
        if m: refs.append(m.group(2)); continue
        k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    facts = []
    for line in gold.splitlines():
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split('|')]
        assert len(parts) == 7, (path, line)
        facts.append(dict(zip(['kind','subject','item','value','group','attribute','quote'], parts)))
    return meta, body, refs, facts

def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

# body markup: '## H' section, '### H' subsection, '- ' list, '  - ' nested, [[text]] or [[text|slug]] link, ^1,2 citation
def blocks(body):
    out, para, lst = [], [], []
    def flush():
        nonlocal para, lst
        if para: out.append(('p', ' '.join(para))); para = []
        if lst: out.append(('ul', lst)); lst = []
    for line in body.splitlines():
        if not line.strip(): flush(); continue
        if line.startswith('### '): flush(); out.append(('h3', line[4:])); continue
        if line.startswith('## '): flush(); out.append(('h2', line[3:])); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2))); continue
        if lst: out.append(('ul', lst)); lst = []
        para.append(line.strip())
    flush(); return out

LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r'\^([\d,]+)')
BOLD = re.compile(r'\*\*(.+?)\*\*')

def inl_html(s):
    s = html.escape(s, quote=False)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    s = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), s)
    s = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', s)
    return s

def inl_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2) or slugify(m.group(1))), s)
    s = CITE.sub(lambda m: ' ' + ','.join('[%s](#ref_%s)' % (n, n) for n in m.group(1).split(',')), s)
    return s

def inl_txt(s):
    s = BOLD.sub(r'\1', s)
    s = LINK.sub(lambda m: m.group(1), s)
    s = CITE.sub(lambda m: m.group(1).replace(',', ''), s)  # glued to word
    return s

def plain(s):
    return inl_txt(s)

def ul_html(items):
    # items: list of (depth, text) -> nested ul
    res, stack = [], []
    cur = -1
    for d, t in items:
        if d > cur:
            res.append('<ul>'); stack.append(d)
        else:
            res.append('</li>')
            while d < cur:
                res.append('</ul></li>'); stack.pop(); cur = stack[-1] if stack else -1
        res.append('<li>' + inl_html(t)); cur = d
    res.append('</li>')
    while len(stack) > 1: res.append('</ul></li>'); stack.pop()
    res.append('</ul>')
    return ''.join(res)

def body_html(bl):
    out = []
    for k, v in bl:
        if k == 'h2': out.append('<h4 id="nav_%s">%s</h4>' % (slugify(v), html.escape(v)))
        elif k == 'h3': out.append('<h5>%s</h5>' % html.escape(v))
        elif k == 'p': out.append('<p>' + inl_html(v) + '</p>')
        else: out.append(ul_html(v))
    return '\n'.join(out)

def body_md(bl):
    out = []
    for k, v in bl:
        if k == 'h2': out.append('#### ' + v)
        elif k == 'h3': out.append('##### ' + v)
        elif k == 'p': out.append(inl_md(v))
        else: out.append('\n\n'.join('  ' * d + '- ' + inl_md(t) for d, t in v))
    return '\n\n'.join(out)

def body_txt(bl, seed):
    rnd = random.Random(seed)
    out = []
    for k, v in bl:
        if k in ('h2', 'h3'): out.append(v)
        elif k == 'p': out.append(inl_txt(v))
        else:
            mode = rnd.choice(['lines', 'bullets', 'run'])
            if mode == 'run': out.append(' '.join(inl_txt(t) for d, t in v))
            elif mode == 'bullets': out.append('\n'.join('  ' * d + '  \u2022 ' + inl_txt(t) for d, t in v))
            else: out.append('\n'.join(inl_txt(t) for d, t in v))
    return '\n\n'.join(out)

def words(bl):
    n = 0
    for k, v in bl:
        if k == 'ul': n += sum(len(plain(t).split()) for d, t in v)
        else: n += len(plain(v).split())
    return n

def sections(bl):
    return [v for k, v in bl if k == 'h2']

def render_html(meta, bl, refs):
    t, slug, rid = meta['title'], meta['slug'], meta['rid']
    authors = meta['authors'].split(';')
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    rel = [s.strip() for s in meta.get('related', '').split(';') if s.strip()]
    kind = 'cases' if meta.get('case') else 'articles'
    nav = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), s) for s in sections(bl))
    cite = '%s, et al. %s. %s, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-%s' % (', '.join(a.strip().split()[-1] + ' ' + a.strip()[0] for a in authors), t, 'Case study' if kind == 'cases' else 'Reference article', rid)
    reflist = ''.join('<li id="ref_%d"><span class="ref-text">%s</span> - <a href="https://pubmed.ncbi.nlm.nih.gov/%d">Pubmed</a></li>' % (i + 1, html.escape(r), 31000000 + int(rid) * 7 + i) for i, r in enumerate(refs))
    relw = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r)) for r in rel)
    synhtml = ''.join('<li>%s</li>' % html.escape(s) for s in syn)
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{html.escape(t)} | Radiology Reference Article | Radiopaedia.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{html.escape(t)} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" href="/assets/application-7be21c.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('config','G-RPDX01');</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"></form></nav>
</header>
<div class="promo-banner"><a href="/courses">Spine and MSK MRI masterclass 2026 - early bird pricing ends soon</a></div>
<main id="content">
<div class="article-header"><h1 class="header-title">{html.escape(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{slugify(authors[-1])}">{authors[-1].strip()}</a> on 14 Feb 2026</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit" class="btn">Edit {'case' if kind=='cases' else 'article'}</a> <a href="/{kind}/{slug}/revisions" class="btn">View revision history</a></div></div>
<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if kind=='cases' else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cite)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>9 Aug 2012, <a href="/users/{slugify(authors[0])}">{authors[0].strip()}</a><div class="disclosure">At the time the article was created {authors[0].strip()} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{int(rid) % 47 + 5} times, by {int(rid) % 13 + 3} contributors - <a href="/{kind}/{slug}/revisions">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}">{html.escape(meta['system'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{synhtml}</ul></div></div>
</div>
<div class="ad-slot in-content">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page"><h2>On this page:</h2><div>Article:</div><ul>{nav}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(bl)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{reflist}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(meta.get('relgroup', 'Pathology'))}</h2><ul>{relw}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li><a href="/cases/{slug}-1">Case 1</a></li><li><a href="/cases/{slug}-2">Case 2</a></li><li><a href="/cases/{slug}-3">Case 3: typical appearance</a></li></ul></div></aside>
<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul>
<p class="legal"><a href="/terms">Terms of Use</a> <a href="/licence">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{{"articleId":{rid},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
'''

def render_md(meta, bl, refs):
    t, slug, rid = meta['title'], meta['slug'], meta['rid']
    authors = [a.strip() for a in meta['authors'].split(';')]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    rel = [s.strip() for s in meta.get('related', '').split(';') if s.strip()]
    kind = 'cases' if meta.get('case') else 'articles'
    fm_sys = meta.get('fm_system', meta['system'].lower())
    nav = '\n\n'.join('- [%s](#nav_%s)' % (s, slugify(s)) for s in sections(bl))
    junk = '\n    \n    - \n    \n\n    \n\n        \n\n  \n'
    return f'''---
title: {slug}
source: radiopaedia
category: {'case' if kind=='cases' else 'article'}
system: {fm_sys}
modality: {meta.get('fm_modality', 'mixed')}
---

{t} | Radiology Reference {'Case' if kind=='cases' else 'Article'} | Radiopaedia.org
{junk}
  [](https://radiopaedia.org/cdn-cgi/content?id=x{rid}q)
{junk}
        [About](/about?lang=us)

        [Articles](/search?scope=articles&sort=date_of_last_edit)

        [Cases](/search?scope=cases&sort=date_of_publication)

        [Courses](/courses?lang=us)

        [Quiz](/quizzes/all?lang=us)
{junk}
        [Log In](/sessions/new?lang=us)

        [Sign Up](/users/sign_up?lang=us)
{junk}
        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
{junk}
      Search
      *
    *
{junk}
      # 
  {t}

          Last revised by [{authors[-1]}](/users/{slugify(authors[-1])}?lang=us)

          on 11 Jan 2026

    [
      Edit {'case' if kind=='cases' else 'article'}
](/{kind}/{slug}/edit?lang=us)
      *
      **

    - 
      [View revision history](/{kind}/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if kind=='cases' else 'article'} data

          **
            Citation:
          **

          {', '.join(a.split()[-1] + ' ' + a[0] for a in authors)}, et al. {t}. {'Case study' if kind=='cases' else 'Reference article'}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}

          **
            DOI:
          **

          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})

          **
            rID:
          **

          {rid}

          **
            Systems:
          **

          [{meta['system']}](/articles/section/all/{slugify(meta['system'])}?lang=us)

          **
            Synonyms:
          **

''' + '\n'.join('              - \n                %s\n' % s for s in syn) + f'''
{junk}
## On this page:

Article:

{nav}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(bl)}

    
      ## 
        References
      

''' + '\n'.join('          - \n            %d. %s\n' % (i + 1, r) for i, r in enumerate(refs)) + f'''

      ## 
        Incoming Links

''' + '\n'.join('- [%s](/articles/%s?lang=us)\n' % (r, slugify(r)) for r in rel[:2]) + f'''

      ## 
        Related articles: {meta.get('relgroup', 'Pathology')}

''' + '\n'.join('                - \n                  [%s](/articles/%s?lang=us)\n' % (r, slugify(r)) for r in rel) + f'''
{junk}
    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def render_txt(meta, bl, refs):
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    return (meta['title'] + '\n\n' + body_txt(bl, meta['slug']) + '\n\nShare article\n\nArticle information\n\nrID: ' + meta['rid'] +
            '\nSection: ' + ('Case' if meta.get('case') else 'Pathology') + '\nSynonyms or Alternate Spellings:\n' + ''.join('  \u2022 %s\n' % s for s in syn) +
            '\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  \u2022 Drag\n    Case 1\n    Drag here to reorder.\n  \u2022 Drag\n    Case 2\n    Drag here to reorder.\n  \u2022 Updating\u2026 Please wait.\n\n    Alert accept\n')

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def render_gold(meta, facts, forms):
    out = ['title: ' + meta['title'], 'system: ' + meta['system'], 'forms: [' + ', '.join(forms) + ']', 'facts:']
    for f in facts:
        assert f['kind'] in KINDS, f
        out.append('  - kind: ' + f['kind'])
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            out.append('    %s: %s' % (k, yq(f[k])))
    return '\n'.join(out) + '\n'

def main():
    summary = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src', '*.art'))):
        meta, body, refs, facts = parse(path)
        bl = blocks(body)
        forms = [f.strip() for f in meta['forms'].split(',')]
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for f in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, bl, refs)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(r)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(render_gold(meta, facts, forms))
        summary.append(dict(slug=meta['slug'], system=meta['system'] + (' (case page)' if meta.get('case') else ''), forms=forms, words=words(bl), facts=len(facts), kinds=[f['kind'] for f in facts]))
    json.dump(summary, open(os.path.join(HERE, 'summary.json'), 'w'), indent=1)
    for s in summary: print(s['slug'], s['forms'], s['words'], s['facts'])

if __name__ == '__main__':
    main()
