#!/usr/bin/env python3
"""Render CF.src/src/<slug>.src into CF/<slug>/article.{html,md,txt} and gold.yaml from <slug>.gold."""
import re, sys, os, html, glob, yaml

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'CF')

def parse(path):
    text = open(path, encoding='utf-8').read()
    head, body = text.split('\n---\n', 1)
    meta, refs, key = {}, [], None
    for line in head.splitlines():
        if key == 'refs' and line.startswith('  '):
            refs.append(line.strip()); continue
        k, _, v = line.partition(':')
        key = k.strip(); meta[key] = v.strip()
    meta['refs'] = refs
    return meta, body.strip('\n')

def blocks(body):
    """yield (type, payload): h2, h3, p, ul(list of (level, text))"""
    out, cur = [], None
    for line in body.splitlines():
        if not line.strip():
            cur = None; continue
        m = re.match(r'^(\s*)- (.*)$', line)
        if line.startswith('### '):
            out.append(('h3', line[4:])); cur = None
        elif line.startswith('## '):
            out.append(('h2', line[3:])); cur = None
        elif m:
            lvl = len(m.group(1)) // 2
            if cur is None or cur[0] != 'ul':
                cur = ('ul', []); out.append(cur)
            cur[1].append((lvl, m.group(2)))
        else:
            if cur is not None and cur[0] == 'p':
                cur[1].append(line)
            else:
                cur = ('p', [line]); out.append(cur)
    return [(t, ' '.join(p) if t == 'p' else p) for t, p in out]

LINK = re.compile(r'\[\[([^|\]]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r'\{(\d+(?:,\d+)*)\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')

def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def inl_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2) or slugify(m.group(1))), s)
    s = CITE.sub(lambda m: ' ' + m.group(1), s)
    return s

def inl_txt(s):
    s = LINK.sub(lambda m: m.group(1), s)
    s = CITE.sub(lambda m: m.group(1), s)
    return BOLD.sub(r'\1', s)

def inl_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), s)
    s = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', s)
    return BOLD.sub(r'<strong>\1</strong>', s)

def ul_html(items):
    out, stack = [], []
    for lvl, t in items:
        while len(stack) > lvl + 1:
            out.append('</li></ul>'); stack.pop()
        if len(stack) == lvl + 1:
            out.append('</li><li>' + inl_html(t))
        else:
            out.append('<ul><li>' + inl_html(t)); stack.append(lvl)
    while stack:
        out.append('</li></ul>'); stack.pop()
    return ''.join(out)

def related(meta):
    r = meta.get('related', '')
    name, _, items = r.partition('::')
    return name.strip(), [i.strip() for i in items.split(';') if i.strip()]

def nav_sections(bl):
    return [p for t, p in bl if t == 'h2']

def render_html(meta, bl):
    slug, title, case = meta['slug'], meta['title'], meta.get('type') == 'case'
    kind = 'cases' if case else 'articles'
    label = 'Radiology Case' if case else 'Radiology Reference Article'
    relname, rel = related(meta)
    body = []
    for t, p in bl:
        if t == 'h2':
            body.append('<h2 id="nav_%s">%s</h2>' % (slugify(p), html.escape(p)))
        elif t == 'h3':
            body.append('<h3>%s</h3>' % html.escape(p))
        elif t == 'p':
            body.append('<p>%s</p>' % inl_html(p))
        else:
            body.append(ul_html(p))
    refs = ''.join('<li id="ref_%d"><span class="ref-text">%s</span> <a href="https://doi.org/10.0000/cf.%s.%d" target="_blank" rel="noopener">doi:10.0000/cf.%s.%d</a></li>' % (i + 1, html.escape(r), meta['rid'], i + 1, meta['rid'], i + 1) for i, r in enumerate(meta['refs']))
    syn = ''.join('<li>%s</li>' % html.escape(s.strip()) for s in meta.get('synonyms', '').split(';') if s.strip())
    navs = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), html.escape(s)) for s in nav_sections(bl))
    if case:
        cite_title = '%s. Case study, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (title, meta['rid'])
        header = '<div class="author-info">Case contributed by <a href="/users/%s?lang=us">%s</a></div><div class="diagnostic-certainty">Diagnosis certain</div>' % (slugify(meta['author']), meta['author'])
    else:
        cite_title = '%s. Reference article, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (title, meta['rid'])
        header = '<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta['author']), meta['author'], meta['revised'])
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {label} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(meta.get('desc', title))}">
<meta property="og:title" content="{html.escape(title)} | {label} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7d21ee0b4c.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top", "sidebar-bottom"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
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
<div class="promo-banner"><a href="https://radiopaedia.org/courses?lang=us">{html.escape(meta.get('promo', 'Online course: Body imaging in 30 cases - enrol now'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
{header}
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(meta['citeauthors'])} {html.escape(cite_title)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{meta['rid']}">https://doi.org/10.53347/rID-{meta['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{meta['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if case else 'Article'} created:</div><div>{meta['created']}<div class="disclosure">At the time the {'case' if case else 'article'} was created {meta['author']} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '12')} times - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(meta['system'])}?lang=us">{meta['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{html.escape(meta.get('tags', ''))}</div></div>
{('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + syn + '</ul></div></div>') if syn else ''}
</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if case else 'Article'}:</div><ul>{navs}<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(body)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>
{refs}
</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(relname)}</h2><ul>{''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r)) for r in rel)}</ul></div>
<div class="share-article"><a href="#" class="share">Share {'case' if case else 'article'}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{''.join('<li class="case-item"><a href="/cases/%s">Case %d: %s</a></li>' % (slugify(c), i + 1, html.escape(c)) for i, c in enumerate(meta.get('cases', '').split(';')) if c.strip())}</ul><a href="#" class="load-more">Load more cases</a></div>
<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{{"id":{meta['rid']},"slug":"{slug}","lang":"us"}}</script>
</body>
</html>
'''

def render_md(meta, bl):
    slug, title, case = meta['slug'], meta['title'], meta.get('type') == 'case'
    kind = 'cases' if case else 'articles'
    relname, rel = related(meta)
    L = ['---', 'title: %s' % title.lower(), 'source: radiopaedia', 'category: %s' % ('case' if case else 'pathology'),
         'system: %s' % meta.get('mdsystem', meta['system'].lower()), 'modality: %s' % meta.get('modality', 'ct'), '---', '',
         '%s | %s | Radiopaedia.org' % (title, 'Radiology Case' if case else 'Radiology Reference Article'), '', '    ', '    - ', '    ', '',
         '  [](https://radiopaedia.org/cdn-cgi/content?id=Zr4%sTq-1772113311.41-1.0.1.1-Hh2)' % meta['rid'], '      ', '    [', '      &times;', '    ](#)', '      *', '',
         '        [About](/about?lang=us)', '      ', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '      ',
         '        [Cases](/search?scope=cases&sort=date_of_publication)', '      ', '        [Courses](/courses?lang=us)', '      ',
         '        [Quiz](/quizzes/all?lang=us)', '      ', '        [Recent Edits](/edits?lang=us)', '    ', '',
         '          [Log In](/sessions/new?lang=us)', '        ', '          [Sign Up](/users/sign_up?lang=us)', '', '    ',
         '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
         '        Become a Gold Supporter and see no third-party ads.', '      ', '',
         '[Log in](/sessions/new?lang=us&return_to=%%2F%s%%2F%s)' % (kind, slug), '- [Sign up](/users/sign_up?lang=us)', '', '  {}', '',
         '            [Go ad-free](/go-ad-free)', '      Search', '      *', '    *', '',
         '    [', '](https://radiopaedia.org/courses/body-imaging)', '', '      # ', '  %s' % title, '  ', '']
    if case:
        L += ['          Case contributed by [%s](/users/%s?lang=us)' % (meta['author'], slugify(meta['author'])), '', '          Diagnosis certain', '']
    else:
        L += ['          Last revised by [%s](/users/%s?lang=us)' % (meta['author'], slugify(meta['author'])), '', '          on %s' % meta['revised'], '']
    L += ['    [', '      Edit %s' % ('case' if case else 'article'), '](/%s/%s/edit?lang=us)    ' % (kind, slug), '      *', '      **', '',
          '    - ', '      [View revision history](/%s/%s/revisions?lang=us)' % (kind, slug), '', '      ## ',
          '        Citation, DOI, disclosures and %s data' % ('case' if case else 'article'), '      ', '',
          '          **', '            Citation:', '          **', '          %s %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['citeauthors'], title, 'Case study' if case else 'Reference article', meta['rid']), '',
          '          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (meta['rid'], meta['rid']), '',
          '          **', '            rID:', '          **', '          %s' % meta['rid'], '',
          '          **', '            %s created:' % ('Case' if case else 'Article'), '          **', '  %s' % meta['created'], '    *',
          '      At the time the %s was created %s had no recorded disclosures.' % ('case' if case else 'article', meta['author']), '    *', '',
          '          **', '            Revisions:', '          **', '          %s times, by %s contributors - [see full revision history and disclosures](/%s/%s/revisions?lang=us)' % (meta.get('revisions', '12'), meta.get('contributors', '5'), kind, slug), '',
          '          **', '            Systems:', '          **', '          [%s](/articles/section/all/%s?lang=us)' % (meta['system'], slugify(meta['system'])), '',
          '          **', '            Tags:', '          **', '          %s' % meta.get('tags', ''), '']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        L += ['          **', '            Synonyms:', '          **', ''] + ['          - %s' % s for s in syn] + ['']
    L += ['    ', '    ', '          ']
    # body: intro first, then nav, then rest
    first_h2 = next((i for i, (t, _) in enumerate(bl) if t == 'h2'), len(bl))
    def emit(t, p):
        if t == 'h2':
            return ['#### %s' % p, '']
        if t == 'h3':
            return ['##### %s' % p, '']
        if t == 'p':
            return [inl_md(p), '']
        out = []
        for lvl, it in p:
            out += ['    ' * lvl + '- ' + inl_md(it), '']
        return out
    for t, p in bl[:first_h2]:
        L += emit(t, p)
    L += ['## On this page:', '', '%s:' % ('Case' if case else 'Article'), '']
    for s in nav_sections(bl):
        L += ['- [%s](#nav_%s)' % (s, slugify(s)), '']
    L += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '', '    ', '']
    for t, p in bl[first_h2:]:
        L += emit(t, p)
    L += ['    ', '  ', '      ## ', '        References', '      ', '']
    for i, r in enumerate(meta['refs']):
        L += ['          - ', '            %d. %s [doi:10.0000/cf.%s.%d](https://doi.org/10.0000/cf.%s.%d)' % (i + 1, r, meta['rid'], i + 1, meta['rid'], i + 1), '          ', '']
    L += ['      ', '## Related articles: %s' % relname, '']
    for r in rel:
        L += ['- [%s](/articles/%s?lang=us)' % (r, slugify(r))]
    L += ['', '  Share %s' % ('case' if case else 'article'), '', '    ADVERTISEMENT: Supporters see fewer/no ads', '', '## Cases and figures', '']
    for i, c in enumerate([c for c in meta.get('cases', '').split(';') if c.strip()]):
        L += ['  - Drag', '    Case %d: %s' % (i + 1, c.strip()), '    Drag here to reorder.', '']
    L += ['[Load more cases](#)', '', '## Promoted articles (advertising)', '', '[Radiopaedia.org](/?lang=us)', '- [About](/about?lang=us)', '- [Editorial Board](/editors?lang=us)',
          '- [Supporters](/supporters?lang=us)', '- Do not share my Personal Information.', '', '[Contact Us](/contact?lang=us) [Terms of Use](/terms?lang=us) [Privacy Policy](/terms?lang=us#privacy-policy)', '', '© 2005–2026 Radiopaedia.org', '']
    return '\n'.join(L)

def render_txt(meta, bl):
    case = meta.get('type') == 'case'
    L = [meta['title'], '']
    runon = meta.get('txt_runon', '')  # headings whose lists get run into a paragraph
    cur = ''
    for t, p in bl:
        if t in ('h2', 'h3'):
            cur = p; L += [p, '']
        elif t == 'p':
            L += [inl_txt(p) + ' ', '']
        else:
            if cur and cur in runon:
                L += [' '.join(inl_txt(it) for _, it in p) + ' ', '']
            else:
                L += [inl_txt(it) for _, it in p] + ['']
    L += ['References', '']
    L += ['%d. %s' % (i + 1, r) for i, r in enumerate(meta['refs'])]
    L += ['', 'Share %s' % ('case' if case else 'article'), '', '%s information' % ('Case' if case else 'Article'), '', 'rID: %s' % meta['rid']]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        L += ['Synonyms or Alternate Spellings:'] + ['  • %s' % s for s in syn]
    L += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate([c for c in meta.get('cases', '').split(';') if c.strip()]):
        L += ['  • Drag', '    Case %d: %s' % (i + 1, c.strip()), '    Drag here to reorder.']
    relname, rel = related(meta)
    L += ['', 'Related articles: %s' % relname, ''] + ['  • %s' % r for r in rel] + ['', 'ADVERTISEMENT: Supporters see fewer/no ads', '']
    return '\n'.join(L)

GOLD_FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']

def parse_gold(path):
    facts = []
    subj = None
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            subj = line[1:].strip(); continue
        parts = [x.strip() for x in line.split('|')]
        if len(parts) != 6:
            sys.exit('%s:%d: expected 6 fields, got %d: %s' % (path, n, len(parts), line))
        kind, item, value, group, attr, quote = parts
        s = subj
        if '>' in kind:
            kind, s = [x.strip() for x in kind.split('>', 1)]
        if kind == 'differential' and not value:
            value = item
        facts.append(dict(kind=kind, subject=s, item=item, value=value, group=group, attribute=attr, quote=quote))
    return facts

def main():
    for src in sorted(glob.glob(os.path.join(SRC, '*.src'))):
        meta, body = parse(src)
        bl = blocks(body)
        slug = meta['slug']
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for f in forms:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, bl)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(txt)
        gp = src[:-4] + '.gold'
        if os.path.exists(gp):
            facts = parse_gold(gp)
            doc = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
            class D(yaml.SafeDumper): pass
            with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
                yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
        print(slug, forms)

if __name__ == '__main__':
    main()
