#!/usr/bin/env python3
"""Render BO article sources (src/<slug>.src) into html / md / txt forms with invented chrome."""
import html, os, re, sys, random
SRC = os.path.join(os.path.dirname(__file__), 'src')
OUT = os.path.join(os.path.dirname(__file__), '..', 'BO')

def parse(path):
    meta, body = {}, []
    for line in open(path, encoding='utf-8').read().splitlines():
        m = re.match(r'^@(\w+):\s*(.*)$', line)
        if m:
            meta.setdefault(m.group(1), []).append(m.group(2)); continue
        body.append(line)
    blocks = []  # (type, level, text)
    para = []
    def flush():
        if para: blocks.append(('p', 0, ' '.join(para))); para.clear()
    for line in body:
        if not line.strip(): flush(); continue
        if line.startswith('### '): flush(); blocks.append(('h3', 0, line[4:])); continue
        if line.startswith('## '): flush(); blocks.append(('h2', 0, line[3:])); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m: flush(); blocks.append(('li', len(m.group(1)) // 2, m.group(2))); continue
        para.append(line.strip())
    flush()
    return meta, blocks

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
CITE = re.compile(r'\^(\d+(?:,\d+)*)')

def inline_html(t):
    out, pos = '', 0
    for m in re.finditer(r'\[([^\]]+)\]\(([^)]+)\)|\^(\d+(?:,\d+)*)', t):
        out += html.escape(t[pos:m.start()], quote=False)
        if m.group(1): out += '<a href="/articles/%s?lang=us">%s</a>' % (m.group(2), html.escape(m.group(1), quote=False))
        else: out += ''.join('<sup><a href="#ref_%s">%s</a></sup>' % (n, n) for n in m.group(3).split(','))
        pos = m.end()
    return out + html.escape(t[pos:], quote=False)

def inline_md(t):
    t = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), t)
    return CITE.sub(lambda m: ''.join('<sup>[%s](#ref_%s)</sup>' % (n, n) for n in m.group(1).split(',')), t)

def inline_txt(t):
    t = LINK.sub(lambda m: m.group(1), t)
    return CITE.sub(lambda m: m.group(1).replace(',', ''), t)

def body_html(blocks):
    out, depth = [], -1
    for typ, lvl, text in blocks:
        if typ == 'li':
            if depth < lvl:
                while depth < lvl: out.append('<ul>'); depth += 1
            else:
                while depth > lvl: out.append('</li></ul>'); depth -= 1
                out.append('</li>')
            out.append('<li>%s' % inline_html(text))
            continue
        while depth >= 0: out.append('</li></ul>'); depth -= 1
        if typ == 'p': out.append('\n<p>%s</p>' % inline_html(text))
        else:
            anchor = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
            out.append('\n<%s id="nav_%s">%s</%s>' % (typ, anchor, html.escape(text), typ))
    while depth >= 0: out.append('</li></ul>'); depth -= 1
    return ''.join(out)

def body_md(blocks):
    out = []
    for typ, lvl, text in blocks:
        if typ == 'h2': out += ['', '#### ' + text, '']
        elif typ == 'h3': out += ['', '##### ' + text, '']
        elif typ == 'p': out += ['', inline_md(text), '']
        else: out += ['', '  ' * lvl + '- ' + inline_md(text)]
    return '\n'.join(out)

def body_txt(blocks, rnd):
    out = []
    for typ, lvl, text in blocks:
        if typ in ('h2', 'h3'): out += ['', text, '']
        elif typ == 'p': out += [inline_txt(text), '']
        else:
            # lists: flattened, bullets sometimes kept, sometimes lost
            out.append(('  \u2022 ' if rnd.random() < 0.5 else '') + inline_txt(text))
    return '\n'.join(out)

NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']

def render(slug):
    meta, blocks = parse(os.path.join(SRC, slug + '.src'))
    title = meta['title'][0]; forms = meta['forms'][0].split(); rid = meta['rid'][0]
    authors = meta['authors'][0]; reviser = meta['reviser'][0]
    systems = meta['system'][0]; syns = meta.get('synonyms', [''])[0]
    syns = [s.strip() for s in syns.split(';') if s.strip()]
    refs = meta.get('ref', []); related = meta.get('related', [])
    related_title = meta.get('related_title', ['Related articles'])[0]
    kind = 'Case' if meta.get('case') else 'Radiology Reference Article'
    rnd = random.Random(slug)
    d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
    cite = '%s. %s. %s, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-%s' % (authors, title, 'Case study' if meta.get('case') else 'Reference article', rid)
    h2s = [t for ty, _, t in blocks if ty == 'h2']
    if 'html' in forms:
        H = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
             '<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind),
             '<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if meta.get('case') else 'articles', slug),
             '<script>window.dataLayer=window.dataLayer||[];window.rpAds={"slots":["leaderboard","sidebar-top"],"section":"%s"};</script>' % systems,
             '</head>', '<body class="articles show">', '<header class="site-header">',
             '<div class="ad-banner ad-slot">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
             '<nav class="main-nav"><ul>' + ''.join('<li><a href="/%s?lang=us">%s</a></li>' % (n.lower().replace(' ', '-'), n) for n in NAV) + '</ul>',
             '<ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul></nav></header>',
             '<div class="promo-banner"><a href="/courses">Live webinar: musculoskeletal and neuroradiology case review - register today</a></div>',
             '<main id="content">', '<div class="article-header"><h1 class="header-title">%s</h1>' % html.escape(title),
             '<div class="author-info">Last revised by <a href="/users/x">%s</a> on 2 Feb 2026</div>' % reviser,
             '<div class="article-actions"><a class="btn" href="#">Edit article</a> <a class="btn" href="#">Report problem with article</a> <a class="btn" href="#">View revision history</a></div></div>',
             '<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>',
             '<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s</div></div>' % html.escape(cite),
             '<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid),
             '<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid,
             '<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>2 Feb 2026, %s<div class="disclosure">Disclosures: At the time the article was last revised %s had no financial relationships to ineligible companies to disclose.</div></div></div>' % (reviser, reviser),
             '<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % systems]
        if syns: H.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in syns))
        H.append('</div>')
        H.append('<nav class="on-this-page"><h2>On this page:</h2><ul>%s<li><a href="#references">References</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-'), html.escape(t)) for t in h2s))
        H.append('<div class="body user-generated-content">' + body_html(blocks) + '\n</div>')
        H.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)) + '</ol></div>')
        if related: H.append('<div id="related-articles"><h2>%s</h2><ul>%s</ul></div>' % (html.escape(related_title), ''.join('<li><a href="/articles/%s">%s</a></li>' % (re.sub(r'[^a-z0-9]+', '-', r.lower()), html.escape(r)) for r in related)))
        H.append('<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot"></div></div></main>')
        H.append('<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul><p>Content is licensed under CC BY-NC-SA 3.0 unless otherwise stated.</p></footer></body></html>')
        open(os.path.join(d, 'article.html'), 'w').write('\n'.join(H) + '\n')
    if 'md' in forms:
        M = ['---', 'title: %s' % slug, 'source: radiopaedia-dump', 'category: %s' % ('case' if meta.get('case') else 'article'), 'system: %s' % systems.split(',')[0].strip().lower(), '---', '',
             '%s | %s | Radiopaedia.org' % (title, kind), '', '    ', '    - ', '    ', '  [](https://radiopaedia.org/cdn-cgi/content?id=x%s)' % rid, '', '    [', '      &times;', '    ](#)', '']
        M += ['        [%s](/%s?lang=us)\n' % (n, n.lower().replace(' ', '-')) for n in NAV]
        M += ['', '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '',
              '[Log in](/sessions/new?lang=us)', '- [Sign up](/users/sign_up?lang=us)', '', '    {}', '', '      # ', '  %s' % title, '',
              '          Last revised by [%s](/users/x?lang=us)' % reviser, '', '          on 2 Feb 2026', '', '    [', '      Edit article', '](/articles/%s/edit?lang=us)' % slug, '      *', '      **', '',
              '    - ', '      [Report problem with article](https://docs.google.com/forms/d/e/x/viewform)', '', '    - ', '      [View revision history](/articles/%s/revisions?lang=us)' % slug, '',
              '      ## ', '        Citation, DOI, disclosures and article data', '', '          **', '            Citation:', '          **', '          ' + cite, '',
              '          **', '            rID:', '          **', '          ' + rid, '', '          **', '            Systems:', '          **', '          ' + systems, '']
        if syns: M += ['          **', '            Synonyms:', '          **', ''] + ['- %s' % s for s in syns] + ['']
        M += ['## On this page:', ''] + ['- [%s](#nav_%s)\n' % (t, re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')) for t in h2s] + ['- [References](#references)', '']
        M.append(body_md(blocks))
        M += ['', '        References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(refs)]
        if related: M += ['', '## ' + related_title, ''] + ['- [%s](/articles/%s?lang=us)' % (r, re.sub(r'[^a-z0-9]+', '-', r.lower())) for r in related]
        M += ['', '    Promoted articles (advertising)', '', '  [About](/about?lang=us) [Editorial Board](/editors?lang=us) Do not share my Personal Information.', '', '<script type="application/json">{"rid": %s, "ads": true}</script>' % rid]
        open(os.path.join(d, 'article.md'), 'w').write('\n'.join(M) + '\n')
    if 'txt' in forms:
        T = [title, '', body_txt(blocks, rnd), 'References', ''] + ['%s' % r for r in refs]
        T += ['', 'Share article', '', 'Article information', '', 'rID: %s' % rid, 'Section: %s' % ('Cases' if meta.get('case') else 'Pathology')]
        if syns: T += ['Synonyms or Alternate Spellings:'] + ['  \u2022 %s' % s for s in syns]
        T += ['', 'Support Radiopaedia and see fewer ads', '']
        if related: T += ['Related articles: ' + related_title, ''] + ['  \u2022 ' + r for r in related]
        T += ['', 'Cases and figures', '', '  \u2022 Drag', '    Case 1', '    Drag here to reorder.', '  \u2022 Updating\u2026 Please wait.', '', '    Alert accept']
        open(os.path.join(d, 'article.txt'), 'w').write('\n'.join(T) + '\n')
    return forms

if __name__ == '__main__':
    for f in sorted(os.listdir(SRC)):
        if f.endswith('.src'): print(f[:-4], render(f[:-4]))
