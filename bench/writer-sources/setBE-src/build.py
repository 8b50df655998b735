#!/usr/bin/env python3
"""Build set BE: render each <slug>.art source into article.{html,md,txt} + gold.yaml.

Source format (one file per article, three sections):
=== meta      (YAML: title, slug, system, forms, systems_label, rid, authors, created, revised,
               synonyms, tags, refs, related_title, related, cases, case: {...} for case pages)
=== body      (light markup: '## H', '### H', paragraphs, '- item', '  - nested',
               **bold**, [text](slug), ^1 or ^1,2 citation markers)
=== gold      (one fact per line: kind | subject | item | value | group | attribute | quote)
"""
import html, re, sys, os, yaml, glob

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BE')


def parse_art(path):
    txt = open(path, encoding='utf-8').read()
    parts = re.split(r'^=== (meta|body|gold)\s*$', txt, flags=re.M)
    d = {}
    for i in range(1, len(parts), 2):
        d[parts[i]] = parts[i + 1].strip('\n')
    meta = yaml.safe_load(d['meta'])
    return meta, d['body'], d['gold']


def parse_body(body):
    """-> list of blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(text,[children])])"""
    blocks = []
    lines = body.split('\n')
    i = 0
    para = []

    def flush():
        if para:
            blocks.append(('p', ' '.join(x.strip() for x in para)))
            para.clear()
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            flush(); i += 1; continue
        if ln.startswith('### '):
            flush(); blocks.append(('h3', ln[4:].strip())); i += 1; continue
        if ln.startswith('## '):
            flush(); blocks.append(('h2', ln[3:].strip())); i += 1; continue
        if ln.startswith('- '):
            flush()
            items = []
            while i < len(lines) and (lines[i].startswith('- ') or lines[i].startswith('  - ')):
                if lines[i].startswith('- '):
                    items.append([lines[i][2:].strip(), []])
                else:
                    items[-1][1].append(lines[i][4:].strip())
                i += 1
            blocks.append(('ul', items))
            continue
        para.append(ln); i += 1
    flush()
    return blocks


LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\^([0-9][0-9,\-]*)')


def inline(t, mode):
    if mode == 'html':
        t = html.escape(t, quote=False)
        t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), t)
        t = BOLD.sub(r'<strong>\1</strong>', t)
        t = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', t)
    elif mode == 'md':
        t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), t)
        t = CITE.sub(lambda m: ' ' + m.group(1), t)
    else:
        t = LINK.sub(r'\1', t)
        t = BOLD.sub(r'\1', t)
        t = CITE.sub(lambda m: m.group(1), t)  # glued to the word
    return t


def anchor(h):
    return 'nav_' + re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')


def body_html(blocks, hl=('h2', 'h3')):
    out = []
    for b in blocks:
        if b[0] == 'h2':
            out.append('<%s id="%s">%s</%s>' % (hl[0], anchor(b[1]), html.escape(b[1]), hl[0]))
        elif b[0] == 'h3':
            out.append('<%s>%s</%s>' % (hl[1], html.escape(b[1]), hl[1]))
        elif b[0] == 'p':
            out.append('<p>%s</p>' % inline(b[1], 'html'))
        else:
            s = '<ul>'
            for it, ch in b[1]:
                s += '<li>' + inline(it, 'html')
                if ch:
                    s += '<ul>' + ''.join('<li>%s</li>' % inline(c, 'html') for c in ch) + '</ul>'
                s += '</li>'
            out.append(s + '</ul>')
    return '\n'.join(out)


def body_md(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h2':
            out.append('#### ' + b[1])
        elif b[0] == 'h3':
            out.append('##### ' + b[1])
        elif b[0] == 'p':
            out.append(inline(b[1], 'md'))
        else:
            for it, ch in b[1]:
                if ch:
                    out.append('- \n' + inline(it, 'md'))
                    for c in ch:
                        out.append('- ' + inline(c, 'md'))
                else:
                    out.append('- ' + inline(it, 'md'))
    return '\n\n'.join(out)


def body_txt(blocks, runon=False):
    out = []
    for b in blocks:
        if b[0] in ('h2', 'h3'):
            out.append(b[1])
        elif b[0] == 'p':
            out.append(inline(b[1], 'txt'))
        else:
            if runon:
                parts = []
                for it, ch in b[1]:
                    parts.append(inline(it, 'txt'))
                    parts += [inline(c, 'txt') for c in ch]
                out.append(' '.join(parts))
            else:
                ls = []
                for it, ch in b[1]:
                    ls.append(inline(it, 'txt'))
                    ls += ['  \u2022 ' + inline(c, 'txt') for c in ch]
                out.append('\n'.join(ls))
    return '\n\n'.join(out)


def body_words(blocks):
    t = body_txt(blocks)
    return len(re.findall(r"\S+", t))


# ---------------------------------------------------------------- chrome
def html_page(m, blocks):
    slug, title = m['slug'], m['title']
    hl = tuple(m.get('html_headings', ['h2', 'h3']))
    nav = ''.join('<li><a href="#%s">%s</a></li>' % (anchor(b[1]), html.escape(b[1])) for b in blocks if b[0] == 'h2')
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in m.get('synonyms', []))
    refs = '\n'.join('<li id="ref_%d"><span class="ref-text">%s</span> - <a href="https://pubmed.ncbi.nlm.nih.gov/%d">Pubmed</a></li>' % (i + 1, html.escape(r), 31000000 + 7919 * (i + 1) + m['rid']) for i, r in enumerate(m['refs']))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()), html.escape(r)) for r in m['related'])
    cases = ''.join('<li class="case-item" data-position="%d"><a href="/cases/%s">Case %d: %s</a></li>' % (i + 1, re.sub(r'[^a-z0-9]+', '-', c.lower()), i + 1, html.escape(c)) for i, c in enumerate(m.get('cases', [])))
    a1, a2 = m['authors'][0], m['authors'][-1]
    kind = 'Radiology Case' if m.get('case') else 'Radiology Reference Article'
    path = 'cases' if m.get('case') else 'articles'
    if m.get('case'):
        c = m['case']
        head = '<div class="case-meta"><div>Case contributed by <a href="/users/%s?lang=us">%s</a></div><div class="diagnostic-certainty">Diagnosis %s</div></div>' % (a1.lower().replace(' ', '-'), a1, c['certainty'])
        info = '<div class="case-section patient-data"><h3>Patient Data</h3><dl><dt>Age:</dt><dd>%s</dd><dt>Gender:</dt><dd>%s</dd></dl></div>' % (c['age'], c['gender'])
        body = body_html(blocks, hl).replace('<!--PATIENT-->', info)
        main = head + '\n<div class="body user-generated-content case-body">\n' + body + '\n</div>'
    else:
        main = ('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>\n' % nav
                + '<div class="body user-generated-content">\n' + body_html(blocks, hl) + '\n</div>')
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {kind} | Radiopaedia.org</title>
<meta property="og:title" content="{html.escape(title)} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{path}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-77ab01c3e2.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{path}", "system": "{m['systems_label'][0]}"}}}};</script>
</head>
<body class="{path} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{m.get('promo', 'Live course: emergency radiology masterclass - early-bird registration closes soon')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{a2.lower().replace(' ', '-')}?lang=us">{a2}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/{path}/{slug}/edit?lang=us" class="btn">Edit {path[:-1]}</a> <a href="/{path}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {path[:-1]} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{', '.join(x.split()[-1] + ' ' + x.split()[0][0] for x in m['authors'])}, et al. {html.escape(title)}. {'Case study' if m.get('case') else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if m.get('case') else 'Article'} created:</div><div>{m['created']}, <a href="/users/x?lang=us">{a1}</a><div class="disclosure">At the time the {path[:-1]} was created {a1} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (s.lower().replace(' ', '-'), s) for s in m['systems_label'])}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join('<a href="/tags/%s?lang=us">%s</a>' % (t.replace(' ', '-'), t) for t in m.get('tags', []))}</div></div>
{'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
{main}
<div class="ref-list" id="references"><h2>References</h2><ol>
{refs}
</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(m['related_title'])}</h2><ul>{rel}</ul></div>
<div class="share-article"><a href="#" class="share">Share {path[:-1]}</a></div>
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


def md_page(m, blocks):
    slug, title = m['slug'], m['title']
    nav = '\n\n'.join('- [%s](#%s)' % (b[1], anchor(b[1])) for b in blocks if b[0] == 'h2')
    refs = '\n'.join('          - \n            %d. %s' % (i + 1, r) for i, r in enumerate(m['refs']))
    rel = '\n\n'.join('- [%s](/articles/%s?lang=us)' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower())) for r in m['related'])
    syn = '\n\n'.join('              - \n                %s\n' % s for s in m.get('synonyms', []))
    a1, a2 = m['authors'][0], m['authors'][-1]
    return f'''---
title: {slug}
source: radiopaedia
category: article
system: {m['systems_label'][0].lower()}
---

{title} | Radiology Reference Article | Radiopaedia.org

    
    - 
    

    

  [](https://radiopaedia.org/cdn-cgi/content?id=Qm7v2xk19-{m['rid']})
            

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
      
  
[Log in](/sessions/new?lang=us&return_to=%2Farticles%2F{slug}%3Flang%3Dus)
- [Sign up](/users/sign_up?lang=us)

          {{}}
  
          [Articles](/articles?lang=us)
          [Cases](/cases?lang=us)
          [Courses](/courses?lang=us)
          [Quiz](/quizzes/all?lang=us)

            [Go ad-free](/go-ad-free)

      Search
      *
    *

      # 
  {title}
  

          Last revised by [{a2}](/users/{a2.lower().replace(' ', '')}?lang=us)

          on {m['revised']}
        

    [
      Edit article
](/articles/{slug}/edit?lang=us)    
      *
      **

    - 
      [View revision history](/articles/{slug}/revisions?lang=us)
    

      ## 
        Citation, DOI, disclosures and article data
      

          **
            Citation:
          **
        
          {', '.join(x.split()[-1] + ' ' + x.split()[0][0] for x in m['authors'])}, et al. {title}. Reference article, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})
        
          **
            Article created:
          **
        
  {m['created']},
  [{a1}](/users/{a1.lower().replace(' ', '')}?lang=us)

    *
      At the time the article was created {a1} had no recorded disclosures.
    *

          **
            Systems:
          **
        
          {', '.join('[%s](/articles/section/all/%s?lang=us)' % (s, s.lower().replace(' ', '-')) for s in m['systems_label'])}
        
          **
            Synonyms:
          **
        

{syn}
    
          
## On this page:

Article:

{nav}

- [References](#references)

Images:

- [Cases and figures](#article-images)

{body_md(blocks)}

      ## 
        References
      

{refs}

      ## 
        Incoming Links
      

- [{m['related'][0]}](/articles/x?lang=us)

## Related articles: {m['related_title']}

{rel}

  
    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

     Thank you for updating your details.
  

        &copy; 2005&ndash;2026 Radiopaedia.org
'''


def txt_page(m, blocks):
    cases = '\n'.join('  \u2022 Drag\n    Case %d: %s\n    Drag here to reorder.' % (i + 1, c) for i, c in enumerate(m.get('cases', [])))
    syn = '\n'.join('  \u2022 ' + s for s in m.get('synonyms', []))
    return f'''{m['title']}

{body_txt(blocks, runon=m.get('txt_runon', False))}

Share article

Article information

rID: {m['rid']}
Section: {m.get('section', 'Pathology')}
Synonyms or Alternate Spellings:
{syn}

Support Radiopaedia and see fewer ads

Cases and figures

{cases}
  • Updating… Please wait.

    Alert accept

    Error Unable to process the form. Check for errors and try again.

    Alert accept Thank you for updating your details.'''


def gold_yaml(m, gold):
    facts = []
    for ln in gold.split('\n'):
        if not ln.strip() or ln.startswith('#'):
            continue
        f = [x.strip() for x in ln.split('|')]
        if len(f) != 7:
            sys.exit('bad gold line (%d fields) in %s: %s' % (len(f), m['slug'], ln))
        k, s, it, v, g, a, q = f
        facts.append(dict(kind=k, subject=s, item=it, value=v, group=g, attribute=a, quote=q))
    out = {'title': m['title'], 'system': m['system'], 'forms': m['forms'], 'facts': facts}
    return yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=1000), facts


def main():
    stats = []
    for p in sorted(glob.glob(os.path.join(SRC, 'articles', '*.art'))):
        m, body, gold = parse_art(p)
        blocks = parse_body(body)
        d = os.path.join(OUT, m['slug'])
        os.makedirs(d, exist_ok=True)
        for f in ('html', 'md', 'txt'):
            fp = os.path.join(d, 'article.' + f)
            if f in m['forms']:
                page = {'html': html_page, 'md': md_page, 'txt': txt_page}[f](m, blocks)
                open(fp, 'w', encoding='utf-8').write(page)
            elif os.path.exists(fp):
                os.remove(fp)
        gy, facts = gold_yaml(m, gold)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(gy)
        stats.append((m['slug'], m['system'], m['forms'], body_words(blocks), facts))
    return stats


if __name__ == '__main__':
    for s in main():
        print(s[0], s[1], s[2], s[3], len(s[4]))
