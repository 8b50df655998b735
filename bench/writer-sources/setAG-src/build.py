#!/usr/bin/env python3
"""Render setAG articles (html/md/txt) and gold.yaml from compact sources in src/."""
import re, os, sys, html, yaml, random
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = '/work/blind/setAG'

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def parse_body(path):
    meta, lines = {}, []
    for ln in open(path, encoding='utf-8').read().split('\n'):
        if ln.startswith('% '):
            k, v = ln[2:].split(':', 1); meta[k.strip()] = v.strip()
        else:
            lines.append(ln)
    # blocks
    blocks, para = [], []
    def flush():
        if para: blocks.append(('p', ' '.join(para))); para.clear()
    for ln in lines:
        if not ln.strip(): flush(); continue
        if ln.startswith('### '): flush(); blocks.append(('h5', ln[4:].strip())); continue
        if ln.startswith('## '): flush(); blocks.append(('h4', ln[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', ln)
        if m:
            flush(); blocks.append(('li', len(m.group(1)) // 2, m.group(2).strip())); continue
        para.append(ln.strip())
    flush()
    # group list items
    out, i = [], 0
    while i < len(blocks):
        if blocks[i][0] == 'li':
            items = []
            while i < len(blocks) and blocks[i][0] == 'li':
                lvl, t = blocks[i][1], blocks[i][2]
                if lvl == 0: items.append([t, []])
                else: items[-1][1].append(t)
                i += 1
            out.append(('ul', items))
        else:
            out.append(blocks[i]); i += 1
    return meta, out

CIT = re.compile(r'\s*\[\[([0-9, -]+)\]\]')
LINK = re.compile(r'\{([^{}|]+)(?:\|([^{}]+))?\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')
ITAL = re.compile(r'(?<![*\w])\*([^*]+)\*(?!\*)')

def inl_md(t):
    t = CIT.sub(lambda m: ' ' + m.group(1), t)
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2) or slugify(m.group(1))), t)
    return t
def inl_html(t):
    t = html.escape(t, quote=False)
    t = CIT.sub(lambda m: ' <sup>%s</sup>' % m.group(1), t)
    t = LINK.sub(lambda m: '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    t = ITAL.sub(r'<em>\1</em>', t)
    return t
def inl_txt(t):
    t = CIT.sub(lambda m: m.group(1).replace(' ', ''), t)  # glued to word
    t = LINK.sub(lambda m: m.group(1), t)
    t = BOLD.sub(r'\1', t); t = ITAL.sub(r'\1', t)
    return t

def body_md(blocks):
    o = []
    for b in blocks:
        if b[0] == 'p': o.append(inl_md(b[1]) + '\n')
        elif b[0] == 'h4': o.append('#### ' + b[1] + '\n')
        elif b[0] == 'h5': o.append('##### ' + b[1] + '\n')
        elif b[0] == 'ul':
            for t, kids in b[1]:
                if kids:
                    o.append('- \n' + inl_md(t) + '\n')
                    o.append(inl_md(kids[0]) + '\n')
                    for k in kids[1:]: o.append('- ' + inl_md(k) + '\n')
                else:
                    o.append('- ' + inl_md(t) + '\n')
    return '\n'.join(o)

def body_html(blocks, ind='      '):
    o = []
    for b in blocks:
        if b[0] == 'p': o.append(ind + '<p>' + inl_html(b[1]) + '</p>')
        elif b[0] in ('h4', 'h5'): o.append(ind + '<%s id="nav_%s">%s</%s>' % (b[0], slugify(b[1]), html.escape(b[1]), b[0]))
        elif b[0] == 'ul':
            o.append(ind + '<ul>')
            for t, kids in b[1]:
                if kids:
                    o.append(ind + '  <li>' + inl_html(t) + '<ul>' + ''.join('<li>%s</li>' % inl_html(k) for k in kids) + '</ul></li>')
                else:
                    o.append(ind + '  <li>' + inl_html(t) + '</li>')
            o.append(ind + '</ul>')
    return '\n'.join(o)

def body_txt(blocks, drop_h5=(), run=False):
    o = []
    for b in blocks:
        if b[0] == 'p': o.append(inl_txt(b[1]) + ' \n')
        elif b[0] == 'h4': o.append(b[1] + '\n')
        elif b[0] == 'h5':
            if b[1] in drop_h5: continue
            o.append(b[1] + '\n')
        elif b[0] == 'ul' and run and o and o[-1].rstrip().endswith(':'):
            flat = []
            for t, kids in b[1]: flat += [inl_txt(t)] + [inl_txt(k) for k in kids]
            o[-1] = o[-1].rstrip() + ' ' + ' '.join(flat) + ' \n'
        elif b[0] == 'ul':
            ls = []
            for t, kids in b[1]:
                ls.append(inl_txt(t))
                for k in kids: ls.append('  • ' + inl_txt(k))
            o.append('\n'.join(ls) + '\n')
    return '\n'.join(o)

def toc(blocks): return [b[1] for b in blocks if b[0] == 'h4']

NAV_MD = '''
    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Rk2mP9xQ-1772113311.41-1.0.1.1-Ag7vT1)

    [
      
        &times;
      
    ](#)

        [About](/about?lang=us)
      
        [Articles](/search?scope=articles&sort=date_of_last_edit)

        [Cases](/search?scope=cases&sort=date_of_publication)

        [Courses](/courses?lang=us)

        [Questions](/search?scope=mcqs)

        [Quiz](/quizzes/all?lang=us)

        [Recent Edits](/edits?lang=us)

          [Log In](/sessions/new?lang=us)
        
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

    {}

            [Go ad-free](/go-ad-free)

      Search
      *
    *
'''

FOOT_MD = '''
      ## 
        Promoted articles (advertising)

            ## 
              [Articles](/search?lang=us&scope=articles)

            ### 
              By Section:

                  [Anatomy](/search?lang=us&scope=articles&section=Anatomy)

                - 
                  [Approach](/search?lang=us&scope=articles&section=Approach)

                - 
                  [Gamuts](/search?lang=us&scope=articles&section=Gamuts)

                - 
                  [Pathology](/search?lang=us&scope=articles&section=Pathology)

                - 
                  [Signs](/search?lang=us&scope=articles&section=Signs)

            [Contact Us](/contact?lang=us)
          
            [Terms of Use](/terms?lang=us)
          
            [Privacy Policy](/terms?lang=us#privacy-policy)
          
            [Licensing](/licence?lang=us)

    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

        &copy; 2005&ndash;2026 Radiopaedia.org
'''

def meta_list(meta, k): return [x.strip() for x in meta.get(k, '').split(';') if x.strip()]

def render_md(meta, blocks, slug):
    title = meta['title']; rid = meta['rid']; kind = 'cases' if meta.get('case') else 'articles'
    syn = meta_list(meta, 'synonyms'); refs = meta['refs'].split(' || '); rel = meta_list(meta, 'related')
    fm = '---\ntitle: %s\nsource: radiopaedia\ncategory: %s\nsystem: %s\n---\n' % (slug, 'case' if meta.get('case') else 'pathology', meta['mdsystem'])
    head = '\n%s | %s | Radiopaedia.org\n' % (title, 'Radiology Case' if meta.get('case') else 'Radiology Reference Article')
    s = fm + head + NAV_MD
    s += '\n      # \n  %s\n  \n\n          Last revised by [%s](/users/%s?lang=us)\n\n          on %s\n\n' % (title, meta['reviser'], slugify(meta['reviser']), meta['revised'])
    s += '    [\n      Edit %s\n](/%s/%s/edit?lang=us)\n\n    - \n      [Report problem with %s](https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/%s/%s?lang=us)\n\n    - \n      [View revision history](/%s/%s/revisions?lang=us)\n\n' % ('case' if kind=='cases' else 'article', kind, slug, 'case' if kind=='cases' else 'article', kind, slug, kind, slug)
    s += '      ## \n        Citation, DOI, disclosures and %s data\n\n' % ('case' if kind=='cases' else 'article')
    def item(lbl, val): return '          **\n            %s:\n          **\n        \n          %s\n\n' % (lbl, val)
    s += item('Citation', '%s. %s. %s, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s' % (meta['citation'], title, 'Case study' if kind=='cases' else 'Reference article', meta['accessed'], rid))
    s += item('DOI', '[https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (rid, rid))
    s += item('Permalink', '[https://radiopaedia.org/%s/%s](https://radiopaedia.org/%s/%s)' % (kind, rid, kind, rid))
    s += item('rID', rid)
    s += item('%s created' % ('Case' if kind=='cases' else 'Article'), '\n  %s,\n  [%s](/users/%s?lang=us)\n\n    *\n      At the time the %s was created %s had no recorded disclosures.\n    *\n' % (meta['created'], meta['creator'], slugify(meta['creator']), 'case' if kind=='cases' else 'article', meta['creator']))
    s += item('Last revised', '\n  %s,\n  [%s](/users/%s?lang=us)\n\n    *\n      Disclosures:\n      At the time the article was last revised %s had\n      no financial relationships to [ineligible companies](/disclosures) to disclose.\n    *\n' % (meta['revised'], meta['reviser'], slugify(meta['reviser']), meta['reviser']))
    s += item('Revisions', '%s times, by\n        %s contributors -\n        [see full revision history and disclosures](/%s/%s/revisions?lang=us)' % (meta['revisions'], meta['contributors'], kind, slug))
    s += item('Systems', ', '.join('[%s](/articles/section/all/%s?lang=us)' % (x, slugify(x)) for x in meta_list(meta, 'systems')))
    if meta.get('tags'): s += item('Tags', ', '.join('[%s](/tags/%s?lang=us)' % (x, slugify(x)) for x in meta_list(meta, 'tags')))
    if syn:
        s += item('Synonyms', '\n' + ''.join('              - \n                %s\n\n' % x for x in syn))
    s += '\n    \n    \n\n'
    # lead paragraphs before first heading, then toc
    first_h = next((i for i, b in enumerate(blocks) if b[0] == 'h4'), len(blocks))
    s += body_md(blocks[:first_h])
    if not meta.get('case'):
        s += '\n## On this page:\n\nArticle:\n\n' + ''.join('- [%s](#nav_%s)\n\n' % (h, slugify(h)) for h in toc(blocks)) + '- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n\n'
    s += '\n' + body_md(blocks[first_h:])
    for cap in meta_list(meta, 'figures'):
        pass
    s += '\n    \n  \n      ## \n        References\n\n' + ''.join('          - \n            %d. %s\n\n' % (i + 1, r) for i, r in enumerate(refs))
    s += '      ## \n        Incoming Links\n\n            Articles:\n\n' + ''.join('              - \n                [%s](/articles/%s?lang=us)\n\n' % (x, slugify(x)) for x in rel)
    caps = meta_list(meta, 'figures')
    s += '\n    {"current_user":null,"inclusions":[%s],"lang":"us"}\n' % ','.join('{"imageId":%d,"caseSlug":"%s","caption":"%s","isStack":true}' % (5510000 + i * 37, slugify(c), c) for i, c in enumerate(caps))
    s += FOOT_MD
    return s

def render_html(meta, blocks, slug):
    title = meta['title']; rid = meta['rid']; kind = 'cases' if meta.get('case') else 'articles'
    syn = meta_list(meta, 'synonyms'); refs = meta['refs'].split(' || '); rel = meta_list(meta, 'related'); caps = meta_list(meta, 'figures')
    first_h = next((i for i, b in enumerate(blocks) if b[0] == 'h4'), len(blocks))
    tocs = '\n'.join('          <li><a href="#nav_%s">%s</a></li>' % (slugify(h), h) for h in toc(blocks))
    mi = lambda l, v: '        <div class="meta-item"><div class="meta-item-label"><strong>%s:</strong></div>\n          <div class="meta-item-value">%s</div></div>' % (l, v)
    metas = '\n'.join([
        mi('Citation', '%s. %s. %s, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s' % (meta['citation'], title, 'Case study' if kind=='cases' else 'Reference article', meta['accessed'], rid)),
        mi('DOI', '<a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a>' % (rid, rid)),
        mi('Permalink', '<a href="https://radiopaedia.org/%s/%s">https://radiopaedia.org/%s/%s</a>' % (kind, rid, kind, rid)),
        mi('rID', rid),
        mi('Article created', '%s, <a href="/users/%s?lang=us">%s</a> <span class="disclosure">At the time the article was created %s had no recorded disclosures.</span>' % (meta['created'], slugify(meta['creator']), meta['creator'], meta['creator'])),
        mi('Last revised', '%s, <a href="/users/%s?lang=us">%s</a> <span class="disclosure">Disclosures: At the time the article was last revised %s had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</span>' % (meta['revised'], slugify(meta['reviser']), meta['reviser'], meta['reviser'])),
        mi('Revisions', '%s times, by %s contributors - <a href="/%s/%s/revisions?lang=us">see full revision history and disclosures</a>' % (meta['revisions'], meta['contributors'], kind, slug)),
        mi('Systems', ', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (slugify(x), x) for x in meta_list(meta, 'systems'))),
    ] + ([mi('Synonyms', '<ul>' + ''.join('<li>%s</li>' % x for x in syn) + '</ul>')] if syn else []))
    figs = '\n'.join('        <figure class="article-image"><a href="/cases/%s?lang=us"><img src="https://prod-images-static.radiopaedia.org/images/%d/%s_big_gallery.jpeg" alt="%s" loading="lazy"></a>\n          <figcaption>%s</figcaption></figure>' % (slugify(c), 4410000 + i * 131, format(abs(hash(c)) % (16**30), '030x'), html.escape(c), html.escape(c)) for i, c in enumerate(caps))
    toc_html = '' if meta.get('case') else '''      <div class="toc-wrapper" id="on-this-page">
        <h2>On this page:</h2>
        <div class="toc-heading">Article:</div>
        <ul class="toc">
%s
          <li><a href="#references">References</a></li>
        </ul>
        <div class="toc-heading">Images:</div>
        <ul class="toc"><li><a href="#article-images">Cases and figures</a></li></ul>
      </div>
''' % tocs
    return '''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%(title)s | %(pagetype)s | Radiopaedia.org</title>
  <meta property="og:site_name" content="Radiopaedia">
  <meta property="og:title" content="%(title)s | %(pagetype)s | Radiopaedia.org">
  <link rel="canonical" href="https://radiopaedia.org/%(kind)s/%(slug)s?lang=us">
  <link rel="stylesheet" media="all" href="https://assets.radiopaedia.org/assets/application-3c9d0e1b.css">
  <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7Q4P2V1M0K');</script>
</head>
<body class="%(kind)s show">
  <div class="cookie-consent hidden" id="cookie-consent">We use cookies to improve your experience. <a href="/terms?lang=us#privacy-policy">Learn more</a> <button type="button">Accept</button></div>
  <div id="top-ad" class="ad-container leaderboard">
    <div class="ad-label">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/supporters?lang=us">Become a Gold Supporter and see no third-party ads.</a></div>
    <div id="div-gpt-ad-1461036279871-0" class="ad-slot"></div>
  </div>
  <header id="site-header" class="site-header">
    <nav class="navbar" role="navigation">
      <a class="navbar-brand" href="/?lang=us"><img src="https://assets.radiopaedia.org/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
      <ul class="nav navbar-nav main-nav">
        <li><a href="/articles?lang=us">Articles</a></li><li><a href="/cases?lang=us">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/about?lang=us">About</a></li><li><a href="/edits?lang=us">Recent Edits</a></li><li><a href="/go-ad-free">Go ad-free</a></li>
      </ul>
      <form class="navbar-form search-form" action="/search" method="get" role="search"><input type="search" name="q" class="form-control" placeholder="Search" aria-label="Search"><button type="submit" class="btn">Search</button></form>
      <ul class="nav navbar-nav navbar-right user-nav"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
    </nav>
  </header>
  <div class="course-promo"><a href="https://radiopaedia.org/courses/%(promo)s"><img src="https://assets.radiopaedia.org/promos/course-banner.jpg" alt="Radiopaedia courses"></a></div>
  <main id="content" class="container">
  <div class="article-page">
    <div class="header-with-actions">
      <h1 class="header-title">%(title)s</h1>
      <div class="last-revised">Last revised by <a href="/users/%(rslug)s?lang=us">%(reviser)s</a> on %(revised)s</div>
      <div class="article-actions"><a class="btn btn-default" href="/%(kind)s/%(slug)s/edit?lang=us">Edit</a>
        <ul class="dropdown-menu"><li><a href="https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/%(kind)s/%(slug)s">Report problem</a></li><li><a href="/%(kind)s/%(slug)s/revisions?lang=us">View revision history</a></li></ul>
      </div>
    </div>
    <div class="meta-data-table collapsible" id="citation-info">
      <h2 class="collapsible-header">Citation, DOI, disclosures and %(what)s data</h2>
      <div class="meta-data collapsible-body">
%(metas)s
      </div>
    </div>
    <div class="article-content">
    <div class="body user-generated-content">
%(lead)s
%(toc)s%(body)s
    </div>
    <div class="share-article"><span>Share</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://radiopaedia.org/%(kind)s/%(slug)s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https://radiopaedia.org/%(kind)s/%(slug)s">Twitter</a></div>
    <div class="ad-container mid-article"><div class="ad-label">ADVERTISEMENT: Supporters see fewer/no ads</div><div class="ad-slot"></div></div>
    <div class="article-images" id="article-images">
      <h2>Cases and figures</h2>
      <div class="carousel">
%(figs)s
      </div>
    </div>
    <div class="references" id="references">
      <h2>References</h2>
      <ol class="ref-list">
%(refs)s
      </ol>
    </div>
    <div class="incoming-links" id="incoming-links">
      <h2>Incoming Links</h2>
      <div class="incoming-articles"><h3>Articles:</h3>
        <ul>
%(rel)s
        </ul>
      </div>
    </div>
    <div class="related-articles-widget"><h2>Related articles: %(relhead)s</h2><ul>%(rel2)s</ul></div>
    <div class="promoted-articles"><h2>Promoted articles (advertising)</h2><div id="div-gpt-ad-promoted" class="ad-slot"></div></div>
    </div>
  </div>
  </main>
  <footer id="site-footer" class="site-footer">
    <div class="footer-col"><h2><a href="/search?lang=us&amp;scope=articles">Articles</a></h2><h3>By Section:</h3><ul><li><a href="/search?section=Anatomy">Anatomy</a></li><li><a href="/search?section=Approach">Approach</a></li><li><a href="/search?section=Pathology">Pathology</a></li><li><a href="/search?section=Signs">Signs</a></li></ul></div>
    <div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul></div>
    <div class="footer-links"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></div>
    <div class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</div>
  </footer>
  <div class="modal-flash hidden">Updating&hellip; Please wait. Unable to process the form. Check for errors and try again.</div>
  <script type="application/json" id="article-inclusions">{"current_user":null,"inclusions":[%(incl)s],"lang":"us"}</script>
</body>
</html>
''' % dict(title=html.escape(title), pagetype='Radiology Case' if kind=='cases' else 'Radiology Reference Article', kind=kind, slug=slug,
           promo=meta.get('promo', 'neuroradiology-essentials'), rslug=slugify(meta['reviser']), reviser=meta['reviser'], revised=meta['revised'],
           what='case' if kind=='cases' else 'article', metas=metas, lead=body_html(blocks[:first_h]), toc=toc_html, body=body_html(blocks[first_h:]),
           figs=figs, refs='\n'.join('          <li>%d. %s</li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)),
           rel='\n'.join('            <li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(x), html.escape(x)) for x in rel),
           relhead=meta.get('relhead', 'Pathology'), rel2=''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(x), html.escape(x)) for x in rel[:4]),
           incl=','.join('{"imageId":%d,"caseSlug":"%s","caption":"%s"}' % (4410000 + i * 131, slugify(c), c.replace('"', '')) for i, c in enumerate(caps)))

def render_txt(meta, blocks, slug):
    syn = meta_list(meta, 'synonyms'); caps = meta_list(meta, 'figures')
    drop = set(meta_list(meta, 'txtdrop'))
    s = meta['title'] + '\n\n' + body_txt(blocks, drop, bool(meta.get('txtrun')))
    s += '\nArticle information\n\nrID: %s\nSection: %s\n' % (meta['rid'], 'Case' if meta.get('case') else 'Pathology')
    if syn: s += 'Synonyms or Alternate Spellings:\n' + ''.join('  • %s\n' % x for x in syn)
    s += '\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n' + ''.join('  • Drag\n    %s\n    Drag here to reorder.\n' % c for c in caps)
    s += '  • Updating… Please wait.\n\n    Alert accept\n\n    Error Unable to process the form. Check for errors and try again.\n'
    return s

KEYS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
def parse_gold(path, default_subject):
    facts = []
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.lstrip().startswith('#'): continue
        parts = [p.strip() for p in ln.split(' | ')]
        if len(parts) != 7: sys.exit('bad gold line (%d parts) in %s: %s' % (len(parts), path, ln))
        d = dict(zip(KEYS, parts))
        if not d['subject']: d['subject'] = default_subject
        facts.append(d)
    return facts

class Q(str): pass
def q_repr(dumper, data): return dumper.represent_scalar('tag:yaml.org,2002:str', data, style='"')
yaml.add_representer(Q, q_repr)

def main():
    summary = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.body'): continue
        slug = fn[:-5]
        meta, blocks = parse_body(os.path.join(SRC, fn))
        forms = meta['forms'].split()
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in ('html', 'md', 'txt'):
            p = os.path.join(d, 'article.' + f)
            if f in forms:
                r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks, slug)
                open(p, 'w', encoding='utf-8').write(r)
            elif os.path.exists(p): os.remove(p)
        facts = parse_gold(os.path.join(SRC, slug + '.gold'), meta.get('subject', meta['title'].lower()))
        g = {'title': meta['title'], 'system': meta['system'], 'forms': forms,
             'facts': [{k: Q(v) for k, v in f.items()} for f in facts]}
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.dump(g, fh, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)
        # body words: paragraphs + list items + headings
        words = 0
        for b in blocks:
            if b[0] == 'p': words += len(inl_txt(b[1]).split())
            elif b[0] in ('h4', 'h5'): words += len(b[1].split())
            else:
                for t, kids in b[1]: words += len(inl_txt(t).split()) + sum(len(inl_txt(k).split()) for k in kids)
        summary.append((slug, meta['system'], forms, words, facts))
    return summary

if __name__ == '__main__':
    for slug, sysm, forms, words, facts in main():
        print('%-50s %-22s %-14s %4d words %3d facts' % (slug, sysm, ','.join(forms), words, len(facts)))
