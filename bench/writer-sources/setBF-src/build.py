#!/usr/bin/env python3
"""Render BF articles (source modules in arts/) into html/md/txt forms + gold.yaml."""
import html, importlib.util, os, re, sys, glob

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BF')


# ---------------------------------------------------------------- parsing
def parse(body):
    """blocks: ('h2',text) ('h3',text) ('p',text) ('ul',[(depth,text),...], runon)"""
    blocks = []
    for raw in re.split(r'\n\s*\n', body.strip('\n')):
        lines = [l for l in raw.split('\n') if l.strip()]
        if not lines:
            continue
        if lines[0].startswith('## '):
            blocks.append(('h2', lines[0][3:].strip()))
            rest = lines[1:]
        elif lines[0].startswith('### '):
            blocks.append(('h3', lines[0][4:].strip()))
            rest = lines[1:]
        else:
            rest = lines
        if not rest:
            continue
        runon = False
        if rest[0].strip() == '!runon':
            runon = True
            rest = rest[1:]
        if rest[0].lstrip().startswith('- '):
            items = []
            for l in rest:
                ind = len(l) - len(l.lstrip())
                if l.lstrip().startswith('- '):
                    items.append([ind // 2, l.lstrip()[2:].strip()])
                else:
                    items[-1][1] += ' ' + l.strip()
            blocks.append(('ul', [tuple(i) for i in items], runon))
        else:
            blocks.append(('p', ' '.join(l.strip() for l in rest)))
    return blocks


LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
CITE = re.compile(r'\{\{([0-9,\-]+)\}\}')
BOLD = re.compile(r'\*\*([^*]+)\*\*')


def inline_html(t):
    t = html.escape(t, quote=False)
    t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), t)
    def cite(m):
        parts = m.group(1).split(',')
        return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (p.split('-')[0], p) for p in parts) + '</sup>'
    t = CITE.sub(cite, t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    return t


def inline_md(t):
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), t)
    t = CITE.sub(lambda m: ' ' + m.group(1), t)
    return t


def inline_txt(t):
    t = LINK.sub(r'\1', t)
    t = CITE.sub(lambda m: m.group(1).replace(',', ','), t)
    t = BOLD.sub(r'\1', t)
    return t


def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


# ---------------------------------------------------------------- body renderers
def body_html(blocks):
    out = []
    for b in blocks:
        if b[0] in ('h2', 'h3'):
            out.append('<%s id="nav_%s">%s</%s>' % (b[0], slugify(b[1]), inline_html(b[1]), b[0]))
        elif b[0] == 'p':
            out.append('<p>%s</p>' % inline_html(b[1]))
        else:
            items = b[1]
            s = ''
            depth = -1
            for i, (d, t) in enumerate(items):
                if d > depth:
                    s += '<ul>' * (d - depth)
                elif d < depth:
                    s += '</li>' + '</ul></li>' * (depth - d)
                else:
                    s += '</li>'
                s += '<li>' + inline_html(t)
                depth = d
            s += '</li>' + '</ul></li>' * depth + '</ul>'
            out.append(s)
    return '\n'.join(out)


def body_md(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h2':
            out.append('#### ' + b[1])
        elif b[0] == 'h3':
            out.append('##### ' + b[1])
        elif b[0] == 'p':
            out.append(inline_md(b[1]))
        else:
            lines = []
            for d, t in b[1]:
                if d == 0:
                    lines.append('- ' + inline_md(t))
                else:
                    # mimic the odd nested-list dumps of the real site
                    lines.append('    ' * d + '- ' + inline_md(t))
                lines.append('')
            out.append('\n'.join(lines).rstrip())
    return '\n\n'.join(out)


def body_txt(blocks):
    out = []
    for b in blocks:
        if b[0] in ('h2', 'h3'):
            out.append(inline_txt(b[1]))
        elif b[0] == 'p':
            out.append(inline_txt(b[1]))
        else:
            if b[2]:  # run the list into the preceding paragraph
                joined = ' '.join(inline_txt(t) for d, t in b[1])
                if out:
                    out[-1] = out[-1] + ' ' + joined
                else:
                    out.append(joined)
            else:
                out.append('\n'.join(('  ' * d) + inline_txt(t) for d, t in b[1]))
    return '\n\n'.join(out)


def body_words(blocks):
    return len(re.findall(r"\S+", body_txt(blocks)))


# ---------------------------------------------------------------- chrome
NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']


def refs_html(refs):
    return '\n'.join('<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://doi.org/%s" target="_blank" rel="noopener">doi:%s</a> - <a href="https://pubmed.ncbi.nlm.nih.gov/%s" target="_blank" rel="noopener">Pubmed</a></li>'
                     % (i + 1, html.escape(r[0]), r[1], r[1], r[2]) for i, r in enumerate(refs))


def render_html(m, blocks):
    slug, title = m['slug'], m['title']
    kind = 'cases' if m.get('case') else 'articles'
    heads = [b[1] for b in blocks if b[0] == 'h2']
    onpage = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(h), html.escape(h)) for h in heads)
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in m.get('synonyms_meta', []))
    related = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r)) for r in m['related'])
    cases = ''.join('<li class="case-item" data-position="%d"><a href="/cases/%s">Case %d: %s</a></li>' % (i + 1, slugify(c), i + 1, html.escape(c)) for i, c in enumerate(m.get('cases', [])))
    desc = html.escape(inline_txt(m['description']))
    rid = m['rid']
    a1, a2 = m['authors'][0], m['authors'][-1]
    if m.get('case'):
        meta = '''<div class="case-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and case data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. Case study, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>
<div class="meta-item"><div class="meta-item-title">Case published:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">At the time the case was submitted for publication %s had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/search?scope=cases&amp;system=%s">%s</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>%s</div></div>
</div>
<div class="case-section-flags"><span class="diagnosis-certain">Diagnosis certain</span> <span class="audit">Audit Trail</span></div>''' % (
            m['citation_authors'], title, m['accessed'], rid, rid, rid, rid, m['created'], slugify(a1), a1, a1,
            m['system'], m['system'], ', '.join('<a href="/tags/%s?lang=us">%s</a>' % (slugify(t), t) for t in m['tags']))
    else:
        meta = '''<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. Reference article, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/%s">https://radiopaedia.org/articles/%s</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div><a href="/users/%s?lang=us">View %s's current disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">Disclosures: At the time the article was last revised %s had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%d times, by %d contributors - <a href="/articles/%s/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/%s?lang=us">%s</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>%s</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>
</div>''' % (m['citation_authors'], title, m['accessed'], rid, rid, rid, rid, rid, rid, m['created'], slugify(a1), a1, a1, slugify(a1), a1,
             m['revised'], slugify(a2), a2, a2, m['revisions'][0], m['revisions'][1], slug, slugify(m['system']), m['system'],
             ', '.join('<a href="/tags/%s?lang=us">%s</a>' % (slugify(t), t) for t in m['tags']), syn)
    navlinks = ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV)
    return '''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s | Radiology %(kindword)s | Radiopaedia.org</title>
<meta name="description" content="%(desc)s">
<meta property="og:title" content="%(title)s | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/%(kind)s/%(slug)s">
<link rel="stylesheet" media="all" href="/assets/application-9b3e77d01c.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {"section": "%(kind)s", "system": "%(system)s"}};</script>
</head>
<body class="%(kind)s show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">%(navlinks)s</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">%(promo)s</a></div>
<main id="content" class="main-content">
<div class="%(hdrclass)s-header">
<h1 class="header-title">%(title)s</h1>
<div class="author-info">%(byline)s</div>
<div class="article-actions"><a href="/%(kind)s/%(slug)s/edit?lang=us" class="btn">Edit %(kindsing)s</a> <a href="https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/%(kind)s/%(slug)s" class="btn">Report problem with %(kindsing)s</a></div>
</div>
%(meta)s
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>%(kindcap)s:</div><ul>%(onpage)s<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
%(body)s
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
%(refs)s
</ol></div>
<div id="related-articles"><h2>Related articles: %(relhead)s</h2><ul>%(related)s</ul></div>
<div class="share-article"><a href="#" class="share">Share %(kindsing)s</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">%(cases)s</ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
</body>
</html>
''' % dict(title=html.escape(title), kindword='Case' if m.get('case') else 'Reference Article', desc=desc, kind=kind, slug=slug,
           system=m['system'], navlinks=navlinks, promo=m.get('promo', 'New course: Body imaging essentials - enrol now'),
           hdrclass='case' if m.get('case') else 'article',
           byline=('Case contributed by <a href="/users/%s?lang=us">%s</a>' % (slugify(a1), a1)) if m.get('case') else ('Last revised by <a href="/users/%s?lang=us">%s</a> on %s' % (slugify(a2), a2, m['revised'])),
           kindsing='case' if m.get('case') else 'article', kindcap='Case' if m.get('case') else 'Article',
           meta=meta, onpage=onpage, body=body_html(blocks), refs=refs_html(m['refs']), relhead=html.escape(m['related_head']),
           related=related, cases=cases)


def render_md(m, blocks):
    slug, title = m['slug'], m['title']
    fm = '---\ntitle: %s\nsource: radiopaedia\ncategory: %s\nsystem: %s\nurl: https://radiopaedia.org/articles/%s\nrid: "%s"\nlicence: CC BY-NC-SA 3.0\n---\n\n' % (
        slug, 'case' if m.get('case') else 'article', m['system'].lower(), slug, m['rid'])
    junk = '''%s | Radiology Reference Article | Radiopaedia.org

    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=bf%s)
            
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
      
      Search
      *
    *

    
      # 
  %s
  

  
          Last revised by [%s](/users/%s?lang=us)

          on %s
        
    [
      Edit article
](/articles/%s/edit?lang=us)    
      *
      **

    - 
      [Report problem with article](https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/articles/%s?lang=us)
    
    - 
      [View revision history](/articles/%s/revisions?lang=us)
    
      ## 
        Citation, DOI, disclosures and article data
      
          **
            Citation:
          **
        
          %s. %s. Reference article, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s
        
          **
            DOI:
          **
        
          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)
        
          **
            Article created:
          **
        
  %s,
  [%s](/users/%s?lang=us)

    *
      At the time the article was created %s had no recorded disclosures.
    *

        **
          Revisions:
        **
      
        %d times, by
        %d contributors -
        [see full revision history and disclosures](/articles/%s/revisions?lang=us)
      
          **
            Systems:
          **
        
          [%s](/articles/section/all/%s?lang=us)
        
          **
            Synonyms:
          **
        
%s

''' % (title, m['rid'], title, m['authors'][-1], slugify(m['authors'][-1]), m['revised'], slug, slug, slug,
       m['citation_authors'], title, m['accessed'], m['rid'], m['rid'], m['rid'], m['created'], m['authors'][0], slugify(m['authors'][0]), m['authors'][0],
       m['revisions'][0], m['revisions'][1], slug, m['system'], slugify(m['system']),
       '\n'.join('              - \n                %s\n' % s for s in m.get('synonyms_meta', [])))
    heads = [b[1] for b in blocks if b[0] == 'h2']
    # body: lead paragraph(s) before "On this page" like the real dumps
    first_h = next((i for i, b in enumerate(blocks) if b[0] == 'h2'), len(blocks))
    lead = body_md(blocks[:first_h])
    onpage = '## On this page:\n\nArticle:\n\n' + '\n\n'.join('- [%s](#nav_%s)' % (h, slugify(h)) for h in heads) + '\n\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n'
    rest = body_md(blocks[first_h:])
    refs = '\n\n'.join('%d. %s [doi:%s](https://doi.org/%s) - [Pubmed](https://pubmed.ncbi.nlm.nih.gov/%s)' % (i + 1, r[0], r[1], r[1], r[2]) for i, r in enumerate(m['refs']))
    related = '\n\n'.join('- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in m['related'])
    tail = '''

    
  
    
      ## 
        References
      

    
  
%s

  
      ## Related articles: %s

%s

      ## Cases and figures

%s

  [Load more cases](#)

      ## 
        Promoted articles (advertising)
      

      ## 
              [Radiopaedia.org](/?lang=us)
            
              - 
                [About](/about?lang=us)
              
              - 
                [Editorial Board](/editors?lang=us)
              
          [Contact Us](/contact?lang=us)
          
          [Terms of Use](/terms?lang=us)
          
          [Privacy Policy](/terms?lang=us#privacy-policy)

    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org''' % (refs, m['related_head'], related,
                                                     '\n\n'.join('- [Case %d: %s](/cases/%s)' % (i + 1, c, slugify(c)) for i, c in enumerate(m.get('cases', []))))
    return fm + junk + lead + '\n\n' + onpage + '\n' + rest + tail + '\n'


def render_txt(m, blocks):
    return m['title'] + '\n\n' + body_txt(blocks) + '\n'


# ---------------------------------------------------------------- gold
def yq(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def gold_yaml(m, facts):
    out = ['title: %s' % yq(m['title']), 'system: %s' % m['system'], 'forms: [%s]' % ', '.join(m['forms']), 'facts:']
    for f in facts:
        kind, subject, item, value, quote = f[:5]
        kw = f[5] if len(f) > 5 else {}
        out.append('  - kind: %s' % kind)
        out.append('    subject: %s' % yq(subject))
        out.append('    item: %s' % yq(item))
        out.append('    value: %s' % yq(value))
        out.append('    group: %s' % yq(kw.get('g', '')))
        out.append('    attribute: %s' % yq(kw.get('a', '')))
        out.append('    quote: %s' % yq(quote))
    return '\n'.join(out) + '\n'


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    stats = []
    for p in sorted(glob.glob(os.path.join(SRC, 'arts', '*.py'))):
        mod = load(p)
        m = mod.META
        blocks = parse(mod.BODY)
        d = os.path.join(OUT, m['slug'])
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for form in m['forms']:
            fn = {'html': render_html, 'md': render_md, 'txt': render_txt}[form]
            with open(os.path.join(d, 'article.' + form), 'w') as fh:
                fh.write(fn(m, blocks))
        with open(os.path.join(d, 'gold.yaml'), 'w') as fh:
            fh.write(gold_yaml(m, mod.FACTS))
        stats.append((m['slug'], m['system'], m['forms'], body_words(blocks), len(mod.FACTS), mod.FACTS))
        print('%-50s %-16s %-14s words=%4d facts=%3d' % (m['slug'], m['system'], ','.join(m['forms']), body_words(blocks), len(mod.FACTS)))
    return stats


if __name__ == '__main__':
    main()
