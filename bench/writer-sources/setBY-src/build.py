#!/usr/bin/env python3
"""Render BY.src/bodies/<slug>.body into /work/blind/BY/<slug>/article.<form> and
convert BY.src/bodies/<slug>.gold (pipe format) into gold.yaml.

Body mini-markup: '## H' section, '### H' subsection, '- item' list, '  - item' nested,
blank line = paragraph break, '{n}' = citation marker. Header block before '---'.
Gold mini-format, one fact per line: kind | subject | item | value | group | attribute | quote
"""
import html, json, os, re, sys, random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BY')


def parse_body(path):
    text = open(path, encoding='utf-8').read()
    head, body = text.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    blocks = []  # (type, payload)
    para = []
    lst = None

    def flush():
        nonlocal para, lst
        if para:
            blocks.append(('p', ' '.join(para)))
            para = []
        if lst:
            blocks.append(('ul', lst))
            lst = None
    for line in body.splitlines():
        if not line.strip():
            flush(); continue
        if line.startswith('### '):
            flush(); blocks.append(('h3', line[4:].strip())); continue
        if line.startswith('## '):
            flush(); blocks.append(('h2', line[3:].strip())); continue
        m = re.match(r'^(\s*)- (.*)$', line)
        if m:
            if para:
                blocks.append(('p', ' '.join(para))); para = []
            if lst is None:
                lst = []
            if m.group(1):
                lst[-1][1].append(m.group(2))
            else:
                lst.append([m.group(2), []])
            continue
        para.append(line.strip())
    flush()
    return meta, blocks


def cite(s, form):
    if form == 'html':
        return re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: '<sup>' + ','.join(
            f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', s)
    if form == 'md':
        return re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: ' <sup>' + ','.join(
            f'[{n}](#ref_{n})' for n in m.group(1).split(',')) + '</sup>', s)
    return re.sub(r'\{(\d+(?:,\d+)*)\}', lambda m: m.group(1), s)


def plain(s):
    return re.sub(r'\{(\d+(?:,\d+)*)\}', '', s)


def body_words(blocks):
    n = 0
    for t, p in blocks:
        if t == 'ul':
            for it, sub in p:
                n += len(plain(it).split()) + sum(len(plain(x).split()) for x in sub)
        else:
            n += len(plain(p).split())
    return n


def refs_list(meta):
    return [r.strip() for r in meta.get('refs', '').split('||') if r.strip()]


def related(meta):
    return [r.strip() for r in meta.get('related', '').split(';') if r.strip()]


def synonyms(meta):
    return [r.strip() for r in meta.get('synonyms', '').split(';') if r.strip()]


def kebab(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


def render_html(meta, blocks, slug):
    t = meta['title']; rid = meta['rid']; sysname = meta['system']
    is_case = slug.startswith('case-')
    kind = 'Case' if is_case else 'Radiology Reference Article'
    e = html.escape
    out = []
    desc = plain(next(p for tp, p in blocks if tp == 'p'))[:150]
    out.append(f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(t)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{e(desc)}">
<meta property="og:title" content="{e(t)} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{'cases' if is_case else 'articles'}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-9b2e71c0aa.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {{"section": "{'cases' if is_case else 'articles'}", "system": "{e(sysname)}"}}}};</script>
</head>
<body class="{'cases' if is_case else 'articles'} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">Live webinar: {e(meta.get('promo', 'Imaging essentials'))} - register now</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{e(t)}</h1>
<div class="author-info">Last revised by <a href="/users/{kebab(meta['reviser'])}?lang=us">{e(meta['reviser'])}</a> on {meta['revised']}</div>
<div class="article-actions"><a href="/articles/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/articles/{slug}/revisions?lang=us" class="btn">View revision history</a> <a href="https://docs.google.com/forms/reportproblem?entry={slug}" class="btn">Report problem with {'case' if is_case else 'article'}</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{e(meta['citation'])}. {e(t)}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/{rid}">https://radiopaedia.org/articles/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{meta['created']}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta['revised']}, <a href="/users/{kebab(meta['reviser'])}">{e(meta['reviser'])}</a><div class="disclosure">Disclosures: At the time the article was last revised {e(meta['reviser'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '37')} times, by {meta.get('contributors', '12')} contributors - <a href="/articles/{slug}/revisions">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{kebab(sysname)}">{e(sysname)}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>''' + ''.join(f'<li>{e(s)}</li>' for s in synonyms(meta)) + '''</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>''')
    out.append(''.join(f'<li><a href="#nav_{kebab(p)}">{e(p)}</a></li>' for tp, p in blocks if tp == 'h2'))
    out.append('<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>\n')
    out.append('<div class="body user-generated-content">\n')
    first = True
    for tp, p in blocks:
        if tp == 'h2':
            out.append(f'<h4 id="nav_{kebab(p)}">{e(p)}</h4>\n')
        elif tp == 'h3':
            out.append(f'<h5>{e(p)}</h5>\n')
        elif tp == 'p':
            s = cite(e(p, quote=False), 'html')
            if first and not is_case:
                tt = e(meta.get('bold', ''))
                if tt and s.startswith(tt):
                    s = f'<strong>{tt}</strong>' + s[len(tt):]
                first = False
            out.append(f'<p>{s}</p>\n')
        else:
            out.append('<ul>')
            for it, sub in p:
                out.append('<li>' + cite(e(it, quote=False), 'html'))
                if sub:
                    out.append('<ul>' + ''.join('<li>' + cite(e(x, quote=False), 'html') + '</li>' for x in sub) + '</ul>')
                out.append('</li>')
            out.append('</ul>\n')
    out.append('</div>\n<div class="ref-list" id="references"><h2>References</h2><ol>\n')
    for i, r in enumerate(refs_list(meta), 1):
        out.append(f'<li id="ref_{i}"><span class="ref-text">{e(r)}</span> - <a href="https://pubmed.ncbi.nlm.nih.gov/" target="_blank" rel="noopener">Pubmed</a></li>\n')
    out.append('</ol></div>\n<div id="related-articles"><h2>Related Radiopaedia articles</h2><ul>')
    out.append(''.join(f'<li><a href="/articles/{kebab(r)}?lang=us">{e(r)}</a></li>' for r in related(meta)))
    out.append('''</ul></div>
<div class="promo-sidebar"><h3>Promoted articles (advertising)</h3><ul><li><a href="/promo/1">Imaging workstation ergonomics: a buyer guide</a></li></ul></div>
</main>
<footer class="site-footer"><ul><li><a href="/licence">Licence: CC BY-NC-SA 3.0</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact Us</a></li></ul><p>Updating... Please wait.</p><p>&copy; Radiopaedia.org 2005-2026</p></footer>
</body>
</html>
''')
    return ''.join(out)


def render_md(meta, blocks, slug):
    t = meta['title']; rid = meta['rid']
    is_case = slug.startswith('case-')
    out = [f'''---
title: {slug}
source: radiopaedia
category: {'case' if is_case else 'article'}
system: {meta['system'].lower()}
modality: {meta.get('modality', 'mixed')}
---

{t} | {'Case' if is_case else 'Radiology Reference Article'} | Radiopaedia.org

    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Qm7rTz0aX1)
            

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
    
](https://radiopaedia.org/courses/{kebab(meta.get('promo', 'imaging essentials'))})

      # 
  {t}
  

        
          Last revised by [{meta['reviser']}](/users/{kebab(meta['reviser'])}?lang=us)

          on {meta['revised']}
        

    [
      Edit {'case' if is_case else 'article'}
](/articles/{slug}/edit?lang=us)    
      *
      **

    - 
      [Report problem with {'case' if is_case else 'article'}](https://docs.google.com/forms/reportproblem?entry={slug})
    

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and {'case' if is_case else 'article'} data
      

          **
            Citation:
          **
        
          {meta['citation']}. {t}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 3 Mar 2026) https://doi.org/10.53347/rID-{rid}
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})
        
          **
            rID:
          **
        
          {rid}
        
          **
            Last revised:
          **
        
          {meta['revised']}, [{meta['reviser']}](/users/{kebab(meta['reviser'])})
          Disclosures: At the time the article was last revised {meta['reviser']} had no financial relationships to ineligible companies to disclose.
        
          **
            Synonyms:
          **
''']
    for s in synonyms(meta):
        out.append(f'\n- {s}\n')
    out.append('\nADVERTISEMENT: Supporters see fewer/no ads\n\nOn this page:\n\nArticle:\n\n')
    for tp, p in blocks:
        if tp == 'h2':
            out.append(f'- [{p}](#nav_{kebab(p)})\n\n')
    out.append('- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n\n')
    for tp, p in blocks:
        if tp == 'h2':
            out.append(f'#### {p}\n\n')
        elif tp == 'h3':
            out.append(f'##### {p}\n\n')
        elif tp == 'p':
            out.append(cite(p, 'md') + '\n\n')
        else:
            for it, sub in p:
                if sub:
                    out.append('- \n' + cite(it, 'md') + '\n\n')
                    for x in sub:
                        out.append('- ' + cite(x, 'md') + '\n\n')
                else:
                    out.append('- ' + cite(it, 'md') + '\n\n')
    out.append('''
        
          ## 
            References
          

''')
    for i, r in enumerate(refs_list(meta), 1):
        out.append(f'{i}. {r}\n\n')
    out.append('\n        ## \n          Related Radiopaedia articles\n\n')
    for r in related(meta):
        out.append(f'- [{r}](/articles/{kebab(r)}?lang=us)\n\n')
    out.append('''
  {"@context":"https://schema.org","@type":"MedicalWebPage","name":"''' + t + '''","publisher":"Radiopaedia.org"}

        Updating... Please wait.
 
      Unable to process the form. Check for errors and try again.
 
      Thank you for updating your details.

  [Privacy Policy](/privacy) [Terms of Use](/terms) [Contact Us](/contact)

  &copy; Radiopaedia.org 2005-2026
''')
    return ''.join(out)


def render_txt(meta, blocks, slug, flatten_mode):
    """flatten_mode: 'lines' (each item a line) or 'run' (items run into one paragraph),
    alternated per list."""
    t = meta['title']
    out = [t, '', f"Last revised by {meta['reviser']} on {meta['revised']}", '']
    li = 0
    for tp, p in blocks:
        if tp in ('h2', 'h3'):
            out.append(p); out.append('')
        elif tp == 'p':
            out.append(cite(p, 'txt')); out.append('')
        else:
            mode = flatten_mode[li % len(flatten_mode)]; li += 1
            items = []
            for it, sub in p:
                items.append(cite(it, 'txt'))
                items.extend(cite(x, 'txt') for x in sub)
            if mode == 'lines':
                out.extend('  \u2022 ' + x for x in items)
            else:
                out.append(' '.join(items))
            out.append('')
    out += ['Share article', '', 'Article information', '', f"rID: {meta['rid']}",
            f"Section: {'Cases' if slug.startswith('case-') else 'Pathology'}",
            'Synonyms or Alternate Spellings:']
    out += ['  \u2022 ' + s for s in synonyms(meta)]
    out += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '',
            '  \u2022 Drag', '    Case 1', '    Drag here to reorder.', '', 'References', '']
    out += [f'  {i}. {r}' for i, r in enumerate(refs_list(meta), 1)]
    out += ['', 'Related Radiopaedia articles', '']
    out += ['  \u2022 ' + r for r in related(meta)]
    out += ['', 'Promoted articles (advertising)', '', 'ADVERTISEMENT: Supporters see fewer/no ads', '']
    return '\n'.join(out) + '\n'


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def convert_gold(path, meta, forms):
    facts = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        parts = [x.strip() for x in line.split('|')]
        if len(parts) != 7:
            sys.exit(f'{path}:{n}: expected 7 fields, got {len(parts)}: {line}')
        facts.append(dict(zip(['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'], parts)))
    lines = [f"title: {meta['title']}", f"system: {meta['system']}", f"forms: [{', '.join(forms)}]", 'facts:']
    for f in facts:
        lines.append(f"  - kind: {f['kind']}")
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            lines.append(f'    {k}: {yq(f[k])}')
    return '\n'.join(lines) + '\n', len(facts)


def main():
    summary = []
    for fn in sorted(os.listdir(os.path.join(SRC, 'bodies'))):
        if not fn.endswith('.body'):
            continue
        slug = fn[:-5]
        meta, blocks = parse_body(os.path.join(SRC, 'bodies', fn))
        forms = meta['forms'].split()
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        if 'html' in forms:
            open(os.path.join(d, 'article.html'), 'w').write(render_html(meta, blocks, slug))
        if 'md' in forms:
            open(os.path.join(d, 'article.md'), 'w').write(render_md(meta, blocks, slug))
        if 'txt' in forms:
            mode = meta.get('txtlists', 'lines run').split()
            open(os.path.join(d, 'article.txt'), 'w').write(render_txt(meta, blocks, slug, mode))
            open(os.path.join(d, 'article.txt.meta.yaml'), 'w').write(
                f"# Attribution for article.txt: the plain-text extraction lost the page's citation block.\n"
                f"url: https://radiopaedia.org/articles/{meta['rid']}\nrid: \"{meta['rid']}\"\nlicence: CC BY-NC-SA 3.0\n")
        gp = os.path.join(SRC, 'bodies', slug + '.gold')
        nf = 0
        if os.path.exists(gp):
            y, nf = convert_gold(gp, meta, forms)
            open(os.path.join(d, 'gold.yaml'), 'w').write(y)
        summary.append(dict(slug=slug, system=meta['system'], forms=forms, words=body_words(blocks), facts=nf))
    json.dump(summary, open(os.path.join(SRC, 'summary.json'), 'w'), indent=1)
    for s in summary:
        print(s)


if __name__ == '__main__':
    main()
