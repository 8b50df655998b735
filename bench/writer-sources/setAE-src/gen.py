#!/usr/bin/env python3
"""Render article sources (.src/<slug>.body + .src/<slug>.meta.json) into article.html/.md/.txt
and gold.yaml (from .src/<slug>.gold). Written by the blind writer for set AE."""
import json, re, sys, html, os, random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

# ---------- body parsing ----------
def parse(body):
    """blocks: ('h2',text) ('h3',text) ('p',text) ('ul',[ (depth,text) ])"""
    blocks = []
    lines = body.rstrip().split('\n')
    i = 0
    para = []
    def flush():
        if para:
            blocks.append(('p', ' '.join(para)))
            para.clear()
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            flush(); i += 1; continue
        if ln.startswith('### '):
            flush(); blocks.append(('h3', ln[4:].strip())); i += 1; continue
        if ln.startswith('## '):
            flush(); blocks.append(('h2', ln[3:].strip())); i += 1; continue
        m = re.match(r'^( *)- (.*)$', ln)
        if m:
            flush()
            items = []
            while i < len(lines):
                m = re.match(r'^( *)- (.*)$', lines[i])
                if not m: break
                items.append((len(m.group(1)) // 2, m.group(2).strip()))
                i += 1
            blocks.append(('ul', items))
            continue
        para.append(ln.strip()); i += 1
    flush()
    return blocks

CITE = re.compile(r' ?\{([0-9,\-]+)\}')
LINK = re.compile(r'\[([^\]]+)\]\(([a-z0-9\-]+)\)')
BOLD = re.compile(r'\*\*(.+?)\*\*')
ITAL = re.compile(r'(?<![\*\w])\*([^\*]+?)\*(?!\*)')

def inline_html(t, lang):
    t = html.escape(t, quote=False)
    t = CITE.sub(lambda m: ' <sup>%s</sup>' % m.group(1), t)
    t = LINK.sub(lambda m: '<a href="/articles/%s?lang=%s">%s</a>' % (m.group(2), lang, m.group(1)), t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    t = ITAL.sub(r'<em>\1</em>', t)
    return t

def inline_md(t, lang):
    t = CITE.sub(lambda m: ' ' + m.group(1), t)
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=%s)' % (m.group(1), m.group(2), lang), t)
    return t

def inline_txt(t):
    t = CITE.sub(lambda m: m.group(1), t)   # glued to the preceding word
    t = LINK.sub(lambda m: m.group(1), t)
    t = BOLD.sub(r'\1', t)
    t = ITAL.sub(r'\1', t)
    return t

def anchor(h):
    return 'nav_' + re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')

def tree(items):
    """list of (text, children)"""
    root = []; stack = [(-1, root)]
    for d, t in items:
        while stack[-1][0] >= d: stack.pop()
        node = (t, [])
        stack[-1][1].append(node)
        stack.append((d, node[1]))
    return root

def ul_html(nodes, lang, ind):
    out = [' ' * ind + '<ul>']
    for t, ch in nodes:
        if ch:
            out.append(' ' * (ind + 2) + '<li>' + inline_html(t, lang))
            out += ul_html(ch, lang, ind + 4)
            out.append(' ' * (ind + 2) + '</li>')
        else:
            out.append(' ' * (ind + 2) + '<li>' + inline_html(t, lang) + '</li>')
    out.append(' ' * ind + '</ul>')
    return out

def ul_md(nodes, lang):
    # mimics the mangled nesting of real markdown dumps
    out = []
    for t, ch in nodes:
        if ch:
            out.append('- \n' + inline_md(t, lang) + '\n')
            flat = []
            def walk(ns):
                for tt, cc in ns:
                    flat.append(tt)
                    walk(cc)
            walk(ch)
            out.append(inline_md(flat[0], lang) + '\n')
            for tt in flat[1:]:
                out.append('- ' + inline_md(tt, lang) + '\n')
        else:
            out.append('- ' + inline_md(t, lang) + '\n')
    return out

def body_html(blocks, lang):
    out = []
    for k, v in blocks:
        if k == 'h2': out.append('      <h4 id="%s">%s</h4>' % (anchor(v), html.escape(v)))
        elif k == 'h3': out.append('      <h5 id="%s">%s</h5>' % (anchor(v), html.escape(v)))
        elif k == 'p': out.append('      <p>' + inline_html(v, lang) + '</p>')
        else: out += ul_html(tree(v), lang, 6)
    return '\n'.join(out)

def body_md(blocks, lang):
    out = []
    for k, v in blocks:
        if k == 'h2': out.append('#### ' + v + '\n')
        elif k == 'h3': out.append('##### ' + v + '\n')
        elif k == 'p': out.append(inline_md(v, lang) + '\n')
        else: out += ul_md(tree(v), lang)
    return '\n'.join(out)

def body_txt(blocks, style):
    out = []; n = 0
    for k, v in blocks:
        if k in ('h2', 'h3'): out.append(v)
        elif k == 'p': out.append(inline_txt(v) + ' ')
        else:
            n += 1
            mode = style[(n - 1) % len(style)]
            if mode == 'lines':
                out.append('\n'.join(inline_txt(t) for d, t in v))
            elif mode == 'bullets':
                out.append('\n'.join('  ' * d + '  • ' + inline_txt(t) for d, t in v))
            else:  # run into a paragraph
                out.append(' '.join(inline_txt(t) for d, t in v))
    return '\n\n'.join(out)

def words(blocks):
    n = 0
    for k, v in blocks:
        if k == 'ul': n += sum(len(inline_txt(t).split()) for d, t in v)
        else: n += len(inline_txt(v).split())
    return n

# ---------- chrome ----------
def render(slug):
    meta = json.load(open(os.path.join(SRC, slug + '.meta.json')))
    body = open(os.path.join(SRC, slug + '.body')).read()
    blocks = parse(body)
    lang = meta.get('lang', 'us')
    d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
    for f in ('article.html', 'article.md', 'article.txt'):
        p = os.path.join(d, f)
        if os.path.exists(p): os.remove(p)
    if 'html' in meta['forms']:
        open(os.path.join(d, 'article.html'), 'w').write(page_html(meta, blocks, lang))
    if 'md' in meta['forms']:
        open(os.path.join(d, 'article.md'), 'w').write(page_md(meta, blocks, lang))
    if 'txt' in meta['forms']:
        open(os.path.join(d, 'article.txt'), 'w').write(page_txt(meta, blocks))
    gold(slug, meta)
    return words(blocks)

def page_html(m, blocks, lang):
    t = m['title']; slug = m['slug']; rid = m['rid']
    heads = [v for k, v in blocks if k == 'h2']
    toc = '\n'.join('          <li><a href="#%s">%s</a></li>' % (anchor(h), html.escape(h)) for h in heads)
    refs = '\n'.join('          <li>%d. %s</li>' % (i + 1, html.escape(r)) for i, r in enumerate(m['refs']))
    rel = '\n'.join('            <li><a href="/articles/%s?lang=%s">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), lang, html.escape(r)) for r in m['related'])
    figs = '\n'.join('''        <figure class="carousel-item" data-case="%s">
          <a href="/cases/%s?lang=%s"><img src="https://prod-images-static.radiopaedia.org/images/%d/%s_gallery.jpeg" alt="%s" loading="lazy"></a>
          <figcaption>%s</figcaption>
        </figure>''' % (c[0], c[0], lang, 5000000 + 7919 * i * rid % 90000000, ('%032x' % (rid * 2654435761 * (i + 3)))[:32], html.escape(c[1]), html.escape(c[1])) for i, c in enumerate(m['cases']))
    syn = '\n'.join('              <li>%s</li>' % html.escape(s) for s in m['synonyms'])
    lead = body_html(blocks[:m.get('lead', 1)], lang)
    rest = body_html(blocks[m.get('lead', 1):], lang)
    kind = m.get('page', 'article')
    h1 = 'Case' if kind == 'case' else 'Radiology Reference Article'
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(t)} | {h1} | Radiopaedia.org</title>
  <meta name="description" content="{html.escape(m['desc'])}">
  <meta property="og:site_name" content="Radiopaedia">
  <meta property="og:title" content="{html.escape(t)}">
  <meta property="og:url" content="https://radiopaedia.org/{'cases' if kind == 'case' else 'articles'}/{slug}">
  <link rel="canonical" href="https://radiopaedia.org/{'cases' if kind == 'case' else 'articles'}/{slug}?lang={lang}">
  <link rel="stylesheet" href="https://assets.radiopaedia.org/packs/css/site-{rid % 9973:04x}e2.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-RP{rid % 100000:05d}"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="{'cases' if kind == 'case' else 'articles'} show" data-rid="{rid}">
  <div class="consent-banner" role="dialog">This site uses cookies for analytics and advertising. <a href="/privacy?lang={lang}">Privacy</a> <button>OK</button> <button>Manage preferences</button></div>
  <div class="ad-leaderboard"><span class="ad-note">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/supporters?lang={lang}">Become a Gold Supporter</a> and see no third-party ads.</span><div id="ad-slot-top" class="slot"></div></div>
  <header class="rp-header">
    <a class="logo" href="/?lang={lang}"><img src="https://assets.radiopaedia.org/logo-rp.svg" alt="Radiopaedia"></a>
    <nav>
      <ul class="primary-nav">
        <li><a href="/articles?lang={lang}">Articles</a></li>
        <li><a href="/cases?lang={lang}">Cases</a></li>
        <li><a href="/courses?lang={lang}">Courses</a></li>
        <li><a href="/quizzes/all?lang={lang}">Quiz</a></li>
        <li><a href="/playlists?lang={lang}">Playlists</a></li>
        <li><a href="/about?lang={lang}">About</a></li>
      </ul>
      <form action="/search" class="site-search"><input type="search" name="q" placeholder="Search Radiopaedia"><button>Go</button></form>
      <ul class="account-nav"><li><a href="/sessions/new?lang={lang}">Log In</a></li><li><a href="/users/sign_up?lang={lang}">Sign Up</a></li></ul>
    </nav>
    <ol class="breadcrumbs"><li><a href="/?lang={lang}">Home</a></li><li><a href="/{'cases' if kind == 'case' else 'articles'}?lang={lang}">{'Cases' if kind == 'case' else 'Articles'}</a></li><li>{html.escape(t)}</li></ol>
  </header>
  <div class="promo-strip"><a href="/courses/{m['promo']}?lang={lang}">{html.escape(m['promo_text'])}</a></div>
  <main id="main" class="container">
  <article class="{kind}-page">
    <div class="title-bar">
      <h1 class="page-title">{html.escape(t)}</h1>
      <p class="revised">Last revised by <a href="/users/{m['reviser'].lower().replace(' ', '')}?lang={lang}">{html.escape(m['reviser'])}</a> on {m['revised']}</p>
      <div class="actions"><a href="/{'cases' if kind == 'case' else 'articles'}/{slug}/edit?lang={lang}" class="btn">Edit {kind}</a> <a href="/{'cases' if kind == 'case' else 'articles'}/{slug}/revisions?lang={lang}" class="btn">Revision history</a> <a href="https://forms.gle/rp-report-{rid}" class="btn">Report problem</a></div>
    </div>
    <section class="citation-block collapsible" id="article-data">
      <h2 class="toggle">Citation, DOI, disclosures and {kind} data</h2>
      <dl class="meta-list">
        <dt>Citation:</dt><dd>{html.escape(m['citation'])} {t}. {'Radiopaedia case' if kind == 'case' else 'Reference article'}, Radiopaedia.org (Accessed on {m['accessed']}) https://doi.org/10.53347/rID-{rid}</dd>
        <dt>DOI:</dt><dd><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></dd>
        <dt>Permalink:</dt><dd><a href="https://radiopaedia.org/{'cases' if kind == 'case' else 'articles'}/{rid}">https://radiopaedia.org/{'cases' if kind == 'case' else 'articles'}/{rid}</a></dd>
        <dt>rID:</dt><dd>{rid}</dd>
        <dt>{'Case' if kind == 'case' else 'Article'} created:</dt><dd>{m['created']}, <a href="/users/{m['creator'].lower().replace(' ', '')}?lang={lang}">{html.escape(m['creator'])}</a> <span class="disclosure">At the time the {kind} was created {html.escape(m['creator'])} had no recorded disclosures.</span></dd>
        <dt>Last revised:</dt><dd>{m['revised']}, <a href="/users/{m['reviser'].lower().replace(' ', '')}?lang={lang}">{html.escape(m['reviser'])}</a> <span class="disclosure">Disclosures: At the time the {kind} was last revised {html.escape(m['reviser'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</span></dd>
        <dt>Revisions:</dt><dd>{m['revisions']} times, by {m['contributors']} contributors - <a href="/{'cases' if kind == 'case' else 'articles'}/{slug}/revisions?lang={lang}">see full revision history and disclosures</a></dd>
        <dt>Systems:</dt><dd>{', '.join('<a href="/articles/section/all/%s?lang=%s">%s</a>' % (s.lower().replace(' ', '-'), lang, s) for s in m['systems'])}</dd>
        <dt>Tags:</dt><dd>{', '.join('<a href="/tags/%s">%s</a>' % (x, x) for x in m['tags'])}</dd>
        <dt>Synonyms:</dt><dd><ul class="synonyms">
{syn}
            </ul></dd>
      </dl>
    </section>
    <div class="content-body user-generated-content">
{lead}
      <nav class="page-toc" id="toc">
        <h2>On this page:</h2>
        <ul>
{toc}
          <li><a href="#refs">References</a></li>
          <li><a href="#figures">Images</a></li>
        </ul>
      </nav>
{rest}
    </div>
    <div class="mid-ad"><span>ADVERTISEMENT: Supporters see fewer/no ads</span><div class="slot" id="ad-slot-mid"></div></div>
    <section class="carousel-section" id="figures">
      <h2>Cases and figures</h2>
      <div class="carousel" data-count="{len(m['cases'])}">
{figs}
      </div>
      <a class="view-all" href="/search?q={slug}&amp;scope=cases">View all cases</a>
    </section>
    <section class="reference-list" id="refs">
      <h2>References</h2>
      <ol>
{refs}
      </ol>
    </section>
    <section class="related-box">
      <h2>Related Radiopaedia articles</h2>
      <div class="related-group">
        <h3>{html.escape(m['related_heading'])}</h3>
        <ul>
{rel}
        </ul>
      </div>
    </section>
    <aside class="quiz-teaser"><h2>Test your knowledge</h2><p>{len(m['cases']) + 3} questions on this topic are available in the <a href="/quizzes/all?lang={lang}">quiz bank</a>. Log in to track your progress.</p></aside>
  </article>
  </main>
  <footer class="rp-footer">
    <div class="footer-cols">
      <div><h2>Browse</h2><ul><li><a href="/articles?lang={lang}">Articles</a></li><li><a href="/cases?lang={lang}">Cases</a></li><li><a href="/courses?lang={lang}">Courses</a></li><li><a href="/encyclopaedia/all?lang={lang}">Encyclopaedia</a></li></ul></div>
      <div><h2>Systems</h2><ul><li>Central Nervous System</li><li>Head &amp; Neck</li><li>Musculoskeletal</li><li>Paediatrics</li><li>Spine</li><li>Chest</li><li>Gastrointestinal</li></ul></div>
      <div><h2>Radiopaedia.org</h2><ul><li><a href="/about?lang={lang}">About</a></li><li><a href="/editors?lang={lang}">Editorial Board</a></li><li><a href="/supporters?lang={lang}">Supporters</a></li><li><a href="/contact?lang={lang}">Contact Us</a></li><li><a href="/terms?lang={lang}">Terms of Use</a></li><li><a href="/licence?lang={lang}">Licensing</a></li></ul></div>
    </div>
    <p class="legal">&copy; 2005&ndash;2026 Radiopaedia.org. Content licensed CC BY-NC-SA 3.0 unless otherwise stated.</p>
  </footer>
  <script type="application/json" id="page-data">{json.dumps({"rid": rid, "slug": slug, "lang": lang, "images": [{"caseSlug": c[0], "caption": c[1]} for c in m['cases']]})}</script>
</body>
</html>
'''

def page_md(m, blocks, lang):
    t = m['title']; slug = m['slug']; rid = m['rid']
    heads = [v for k, v in blocks if k == 'h2']
    fm = m['front_matter']
    out = ['---'] + ['%s: %s' % (k, v) for k, v in fm.items()] + ['---', '']
    out.append('%s | Radiology Reference Article | Radiopaedia.org\n' % t)
    out.append('\n    \n    - \n    \n\n  \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=%s)\n' % ('%x' % (rid * 7919 * 104729))[:24])
    for n, u in [('Articles', '/articles'), ('Cases', '/cases'), ('Courses', '/courses'), ('Quiz', '/quizzes/all'), ('Playlists', '/playlists'), ('About', '/about')]:
        out.append('      \n        [%s](%s?lang=%s)\n' % (n, u, lang))
    out.append('\n        [Log In](/sessions/new?lang=%s)\n        [Sign Up](/users/sign_up?lang=%s)\n' % (lang, lang))
    out.append('\n        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n\n    \n  \n')
    out.append('    *\n      Search Radiopaedia\n    *\n\n  [\n  \n](https://radiopaedia.org/courses/%s)\n' % m['promo'])
    out.append('\n      # \n  %s\n\n          Last revised by [%s](/users/%s?lang=%s)\n\n          on %s\n' % (t, m['reviser'], m['reviser'].lower().replace(' ', ''), lang, m['revised']))
    out.append('    [\n      Edit article\n](/articles/%s/edit?lang=%s)    \n      *\n      **\n\n    - \n      [Report problem with article](https://forms.gle/rp-report-%d)\n\n    - \n      [View revision history](/articles/%s/revisions?lang=%s)\n' % (slug, lang, rid, slug, lang))
    out.append('      ## \n        Citation, DOI, disclosures and article data\n')
    def item(label, val):
        out.append('          **\n            %s:\n          **\n        \n          %s\n        \n' % (label, val))
    item('Citation', '%s %s. Reference article, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%d' % (m['citation'], t, m['accessed'], rid))
    item('DOI', '[https://doi.org/10.53347/rID-%d](https://doi.org/10.53347/rID-%d)' % (rid, rid))
    item('Permalink', '[https://radiopaedia.org/articles/%d](https://radiopaedia.org/articles/%d)' % (rid, rid))
    item('rID', str(rid))
    item('Article created', '\n  %s,\n  [%s](/users/%s?lang=%s)\n\n    *\n      At the time the article was created %s had no recorded disclosures.\n    *' % (m['created'], m['creator'], m['creator'].lower().replace(' ', ''), lang, m['creator']))
    item('Last revised', '\n  %s,\n  [%s](/users/%s?lang=%s)\n\n    *\n      Disclosures:\n      At the time the article was last revised %s had\n      no financial relationships to [ineligible companies](/disclosures) to disclose.\n    *' % (m['revised'], m['reviser'], m['reviser'].lower().replace(' ', ''), lang, m['reviser']))
    item('Revisions', '%d times, by\n        %d contributors -\n        [see full revision history and disclosures](/articles/%s/revisions?lang=%s)' % (m['revisions'], m['contributors'], slug, lang))
    item('Systems', ', '.join('[%s](/articles/section/all/%s?lang=%s)' % (s, s.lower().replace(' ', '-'), lang) for s in m['systems']))
    item('Tags', ', '.join('[%s](/tags/%s?lang=%s)' % (x, x, lang) for x in m['tags']))
    item('Synonyms', '\n' + '\n'.join('              - \n                %s\n              ' % s for s in m['synonyms']))
    out.append('\n    \n    \n\n    \n  \n')
    L = m.get('lead', 1)
    out.append(body_md(blocks[:L], lang))
    out.append('## On this page:\n\nArticle:\n\n' + '\n'.join('- [%s](#%s)\n' % (h, anchor(h)) for h in heads) + '\n- [References](#refs)\n\nImages:\n\n- [Cases and figures](#figures)\n')
    out.append(body_md(blocks[L:], lang))
    out.append('\n  \n    \n      ADVERTISEMENT: Supporters see fewer/no ads\n\n## Cases and figures\n')
    for c in m['cases']:
        out.append('  - \n    Drag\n    [%s](/cases/%s?lang=%s)\n    Drag here to reorder.\n' % (c[1], c[0], lang))
    out.append('\n## References\n')
    for i, r in enumerate(m['refs']):
        out.append('%d. %s\n' % (i + 1, r))
    out.append('\n## Related Radiopaedia articles\n\n### %s\n' % m['related_heading'])
    for r in m['related']:
        out.append('- [%s](/articles/%s?lang=%s)\n' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower()).strip('-'), lang))
    out.append('\n    {"rid":%d,"slug":"%s","images":%d}\n' % (rid, slug, len(m['cases'])))
    out.append('\n            ## \n              [Radiopaedia.org](/?lang=%s)\n\n              - \n                [About](/about?lang=%s)\n              - \n                [Editorial Board](/editors?lang=%s)\n              - \n                [Supporters](/supporters?lang=%s)\n              - \n                Do not share my Personal Information.\n\n            [Contact Us](/contact?lang=%s)\n            [Terms of Use](/terms?lang=%s)\n            [Licensing](/licence?lang=%s)\n\n    Updating… Please wait.\n\n     Unable to process the form. Check for errors and try again.\n\n     Thank you for updating your details.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n' % ((lang,) * 7))
    return '\n'.join(out)

def page_txt(m, blocks):
    t = m['title']
    out = [t, '', body_txt(blocks, m.get('txt_lists', ['lines', 'run', 'bullets'])), '']
    if m.get('txt_refs'):
        out += ['References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(m['refs'])] + ['']
    out += ['Article information', '', 'rID: %d' % m['rid'], 'Section: %s' % m.get('section', 'Pathology'), 'Synonyms or Alternate Spellings:'] + ['  • ' + s for s in m['synonyms']]
    out += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for c in m['cases']:
        out += ['  • Drag', '    ' + c[1], '    Drag here to reorder.']
    out += ['  • Updating… Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.', '']
    out += ['Related articles: ' + ', '.join(m['related']), '']
    return '\n'.join(out)

# ---------- gold ----------
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
def q(s):
    return json.dumps(s, ensure_ascii=False)

def gold(slug, m):
    rows = []
    for ln in open(os.path.join(SRC, slug + '.gold')):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        parts = [p.strip() for p in ln.split('|')]
        if len(parts) != 7:
            sys.exit('%s: bad gold line (%d fields): %s' % (slug, len(parts), ln))
        rows.append(dict(zip(FIELDS, parts)))
    out = ['title: %s' % q(m['title']), 'system: %s' % m['system'], 'forms: [%s]' % ', '.join(m['forms']), 'facts:']
    for r in rows:
        out.append('  - kind: %s' % r['kind'])
        for f in FIELDS[1:]:
            out.append('    %s: %s' % (f, q(r[f])))
    open(os.path.join(OUT, slug, 'gold.yaml'), 'w').write('\n'.join(out) + '\n')

if __name__ == '__main__':
    slugs = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(SRC) if f.endswith('.body'))
    for s in slugs:
        print(s, render(s), 'words')
