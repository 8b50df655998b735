#!/usr/bin/env python3
"""Render CL.src/src/<slug>.src into CL/<slug>/article.<form> and gold.yaml."""
import re, sys, json, html, os, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(ROOT), 'CL')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio',
         'synonym','sign','association','definition','classification','rank','statement'}

def parse(path):
    txt = open(path, encoding='utf-8').read()
    head, rest = txt.split('\n---\n', 1)
    body, gold = rest.split('\n===GOLD===\n', 1)
    meta, key = {}, None
    for line in head.split('\n'):
        if not line.strip(): continue
        if line.startswith('  ') and key:
            meta[key].append(line.strip()); continue
        k, v = line.split(':', 1); key = k.strip(); v = v.strip()
        meta[key] = v if v else []
    facts = []
    for line in gold.split('\n'):
        if not line.strip() or line.startswith('#'): continue
        p = [x.strip() for x in line.split('|')]
        if len(p) != 7: sys.exit(f'{path}: bad gold line: {line}')
        kind, subj, item, value, group, attr, quote = p
        facts.append(dict(kind=kind, subject=subj or meta['title'].lower(), item=item, value=value,
                          group=group, attribute=attr, quote=quote))
    return meta, body.strip('\n'), facts

def blocks(body):
    """yield (type, content): h2, h3, p, ul (list of (level, text))"""
    out, cur = [], None
    for line in body.split('\n'):
        if not line.strip():
            cur = None; continue
        if line.startswith('### '):
            out.append(('h3', line[4:].strip())); cur = None
        elif line.startswith('## '):
            out.append(('h2', line[3:].strip())); cur = None
        elif re.match(r'^\s*- ', line):
            lvl = (len(line) - len(line.lstrip())) // 2
            if cur is None or cur[0] != 'ul':
                cur = ('ul', []); out.append(cur)
            cur[1].append((lvl, line.strip()[2:]))
        else:
            if cur is not None and cur[0] == 'p':
                out[-1] = ('p', out[-1][1] + ' ' + line.strip()); cur = out[-1]
            else:
                cur = ('p', line.strip()); out.append(cur)
    return out

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def inline(s, form):
    if form == 'html':
        s = html.escape(s, quote=False)
        s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
        s = re.sub(r'\[\[(.+?)\]\]', lambda m: f'<a href="/articles/{slugify(m.group(1))}?lang=us">{m.group(1)}</a>', s)
        s = re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: ''.join(f'<sup>[<a href="#ref_{n}">{n}</a>]</sup>' for n in m.group(1).split(',')), s)
    elif form == 'md':
        s = re.sub(r'\[\[(.+?)\]\]', lambda m: f'[{m.group(1)}](/articles/{slugify(m.group(1))}?lang=us)', s)
        s = re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: ' ' + m.group(1), s)
    else:
        s = re.sub(r'\*\*(.+?)\*\*', r'\1', s)
        s = re.sub(r'\[\[(.+?)\]\]', r'\1', s)
        s = re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: m.group(1), s)
    return s

def plain(s):
    s = re.sub(r'\*\*(.+?)\*\*', r'\1', s); s = re.sub(r'\[\[(.+?)\]\]', r'\1', s)
    return re.sub(r'\{(\d+(?:,\d+)*)\}', '', s)

def body_words(body):
    n = 0
    for t, c in blocks(body):
        if t == 'ul': n += sum(len(plain(x).split()) for _, x in c)
        else: n += len(plain(c).split())
    return n

def list_html(items):
    out, depth = [], -1
    for lvl, text in items:
        while depth < lvl: out.append('<ul>'); depth += 1
        while depth > lvl: out.append('</li></ul>'); depth -= 1
        if out and out[-1].endswith('</li>') is False and out[-1] not in ('<ul>',) and not out[-1].endswith('</ul>'):
            pass
        out.append(f'<li>{inline(text, "html")}')
        out.append('</li>')
    # fix nested: remove </li> before nested <ul>
    res = []
    for i, x in enumerate(out):
        if x == '</li>' and i + 1 < len(out) and out[i+1] == '<ul>': continue
        res.append(x)
    while depth > 0: res.append('</ul></li>'); depth -= 1
    res.append('</ul>')
    return ''.join(res)

def refs_of(meta): return meta.get('refs', []) or []
def listf(meta, k):
    v = meta.get(k, '')
    return [x.strip() for x in v.split(';')] if isinstance(v, str) and v else []

def render_html(meta, body):
    t, slug, rid = meta['title'], meta['slug'], meta['rid']
    is_case = meta.get('type') == 'case'
    kind = 'cases' if is_case else 'articles'
    b = []
    for typ, c in blocks(body):
        if typ == 'h2': b.append(f'<h2 id="nav_{slugify(c)}">{html.escape(c)}</h2>')
        elif typ == 'h3': b.append(f'<h3>{html.escape(c)}</h3>')
        elif typ == 'p': b.append(f'<p>{inline(c, "html")}</p>')
        else: b.append(list_html(c))
    refs = ''.join(f'<li id="ref_{i}"><span class="ref-text">{html.escape(r)}</span> <a href="https://doi.org/10.0000/cl.{rid}.{i}" target="_blank" rel="noopener">doi:10.0000/cl.{rid}.{i}</a></li>' for i, r in enumerate(refs_of(meta), 1))
    rel_title, *rel = listf(meta, 'related') or ['Related', ]
    related = ''.join(f'<li><a href="/articles/{slugify(x)}?lang=us">{html.escape(x)}</a></li>' for x in rel)
    cases = ''.join(f'<li class="case-item" data-position="{i}"><a href="/cases/{slugify(x)}">Case {i}: {html.escape(x)}</a></li>' for i, x in enumerate(listf(meta, 'cases'), 1))
    syn = ', '.join(listf(meta, 'synonyms')) or 'None'
    tags = ', '.join(f'<a href="/tags/{slugify(x)}?lang=us">{html.escape(x)}</a>' for x in listf(meta, 'tags'))
    nav = ''.join(f'<li><a href="#nav_{slugify(c)}">{html.escape(c)}</a></li>' for typ, c in blocks(body) if typ == 'h2')
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(t)} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('desc', t))}">
<meta property="og:title" content="{html.escape(t)} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7be21c0d44.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
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
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{html.escape(meta.get('promo', 'New course available - enrol now'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(t)}</h1>
<div class="author-info">{'Case contributed by' if is_case else 'Last revised by'} <a href="/users/{slugify(meta['author'])}?lang=us">{html.escape(meta['author'])}</a>{'' if is_case else ' on ' + meta['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="https://docs.google.com/forms/d/e/reportproblem/viewform" class="btn">Report problem with {'case' if is_case else 'article'}</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(meta['citeauthors'])} {html.escape(t)}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{html.escape(meta['created'])}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta['revised']}, {html.escape(meta['author'])}<div class="disclosure">Disclosures: At the time the article was last revised {html.escape(meta['author'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '12')} times, by {meta.get('contributors', '6')} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{html.escape(meta['system'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{tags}</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div>{html.escape(syn)}</div></div>
</div>
<div class="toc"><h2>On this page:</h2><ul>{nav}<li><a href="#references">References</a></li></ul></div>
<div class="body user-generated-content" id="article-body">
{chr(10).join(b)}
</div>
<div class="ad-slot" id="in-content">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="references" class="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(rel_title)}</h2><ul>{related}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if is_case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{cases}</ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
</body>
</html>
'''

JUNK = '''
    
    - 
    

    
[](https://radiopaedia.org/cdn-cgi/content?id=Zk3p9-{rid})

      
        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)
      
        [Cases](/search?scope=cases&sort=date_of_publication)
      
        [Courses](/courses?lang=us)
      
        [Quiz](/quizzes/all?lang=us)
      
        [Recent Edits](/edits?lang=us)

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.
      
  
      [Log in](/sessions/new?lang=us&return_to=%2F{kind}%2F{slug})
- [Sign up](/users/sign_up?lang=us)

    {{}}
  
            [Go ad-free](/go-ad-free)

      Search
      *
    *
'''

def render_md(meta, body):
    t, slug, rid = meta['title'], meta['slug'], meta['rid']
    is_case = meta.get('type') == 'case'
    kind = 'cases' if is_case else 'articles'
    out = ['---', f'title: {t.lower()}', 'source: radiopaedia', f'category: {"case" if is_case else "pathology"}',
           f'system: {meta.get("mdsystem", meta["system"].lower())}', f'modality: {meta.get("modality", "ct")}', '---', '',
           f'{t} | Radiology {"Case" if is_case else "Reference Article"} | Radiopaedia.org', '']
    out.append(JUNK.format(rid=rid, kind=kind, slug=slug))
    out += ['', f'      # ', f'  {t}', '', f'          {"Case contributed by" if is_case else "Last revised by"} [{meta["author"]}](/users/{slugify(meta["author"])}?lang=us)', '',
            f'          on {meta["revised"]}', '', f'    [\n      Edit {"case" if is_case else "article"}\n](/{kind}/{slug}/edit?lang=us)    ', '      *', '      **', '',
            '      ## ', f'        Citation, DOI, disclosures and {"case" if is_case else "article"} data', '',
            '          **', '            Citation:', '          **', f'          {meta["citeauthors"]} {t}. {"Case study" if is_case else "Reference article"}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}', '',
            '          **', '            DOI:', '          **', f'          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})', '',
            '          **', '            rID:', '          **', f'          {rid}', '',
            '          **', '            Article created:', '          **', f'  {meta["created"]}', '',
            '          **', '            Revisions:', '          **', f'          {meta.get("revisions", "12")} times, by', f'        {meta.get("contributors", "6")} contributors -', '',
            '          **', '            Systems:', '          **', f'          [{meta["system"]}](/articles/section/all/{slugify(meta["system"])}?lang=us)', '',
            '          **', '            Synonyms:', '          **']
    for s in listf(meta, 'synonyms'): out.append(f'          - {s}')
    out += ['', '## On this page:', '']
    for typ, c in blocks(body):
        if typ == 'h2': out += [f'- [{c}](#nav_{slugify(c)})', '']
    out += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
    for typ, c in blocks(body):
        if typ == 'h2': out += [f'#### {c}', '']
        elif typ == 'h3': out += [f'##### {c}', '']
        elif typ == 'p': out += [inline(c, 'md'), '']
        else:
            for lvl, x in c: out += ['  ' * lvl + '- ' + inline(x, 'md'), '']
    out += ['    ', '      ## ', '        References', '      ', '']
    for i, r in enumerate(refs_of(meta), 1):
        out.append(f'            {i}. {r} [doi:10.0000/cl.{rid}.{i}](https://doi.org/10.0000/cl.{rid}.{i})')
    rel_title, *rel = listf(meta, 'related') or ['Related']
    out += ['', '      ## ', f'        Related articles: {rel_title}', '']
    for x in rel: out += ['  - ', f'      [{x}](/articles/{slugify(x)}?lang=us)', '']
    out += ['', '    Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '',
            '     Thank you for updating your details.', '', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(out)

def render_txt(meta, body):
    runon = set(listf(meta, 'txt_runon'))
    out = [meta['title'], '']
    sect = ''
    for typ, c in blocks(body):
        if typ in ('h2', 'h3'):
            sect = c
            out += [c, '']
        elif typ == 'p': out += [inline(c, 'txt') + ' ', '']
        else:
            if sect in runon:
                out += [' '.join(inline(x, 'txt') for _, x in c) + ' ', '']
            else:
                out += [inline(x, 'txt') for _, x in c] + ['']
    out += ['References', '']
    out += [f'{i}. {r}' for i, r in enumerate(refs_of(meta), 1)]
    out += ['', 'Share article', '', f'{"Case" if meta.get("type") == "case" else "Article"} information', '', f'rID: {meta["rid"]}', '']
    for i, x in enumerate(listf(meta, 'cases'), 1):
        out += [f'  • Drag', f'    Case {i}: {x}', '    Drag here to reorder.']
    out += ['  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
    return '\n'.join(out)

def yq(s): return json.dumps(s, ensure_ascii=False)

def render_gold(meta, facts):
    forms = [f.strip() for f in meta['forms'].split(',')]
    out = [f'title: {yq(meta["title"])}', f'system: {meta["system"]}', f'forms: [{", ".join(forms)}]', 'facts:']
    for f in facts:
        out.append(f'  - kind: {f["kind"]}')
        for k in ('subject', 'item', 'value', 'group', 'attribute', 'quote'):
            out.append(f'    {k}: {yq(f[k])}')
    return '\n'.join(out) + '\n'

def main():
    for path in sorted(glob.glob(os.path.join(ROOT, 'src', '*.src'))):
        meta, body, facts = parse(path)
        d = os.path.join(OUT, meta['slug']); os.makedirs(d, exist_ok=True)
        for f in glob.glob(os.path.join(d, 'article.*')): os.remove(f)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for form in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[form](meta, body)
            open(os.path.join(d, f'article.{form}'), 'w', encoding='utf-8').write(r)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(render_gold(meta, facts))
        print(f'{meta["slug"]:55s} {",".join(forms):12s} words={body_words(body)} facts={len(facts)}')

if __name__ == '__main__':
    main()
