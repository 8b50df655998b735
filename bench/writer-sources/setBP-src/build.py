#!/usr/bin/env python3
"""Build BP articles (html/md/txt) and gold.yaml from BP.src/<slug>/{body.txt,gold.txt}."""
import os, re, sys, html, yaml, json, random
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BP')

def parse_source(path):
    txt = open(path, encoding='utf-8').read()
    head, body = txt.split('\n---\n', 1)
    meta = yaml.safe_load(head)
    return meta, body.strip('\n')

def parse_body(body):
    """blocks: ('h2',text) ('h3',text) ('p',text) ('ul',[(level,text),...])"""
    blocks = []
    for chunk in re.split(r'\n\s*\n', body):
        lines = chunk.rstrip().split('\n')
        if lines[0].startswith('## '):
            blocks.append(('h2', lines[0][3:].strip())); lines = lines[1:]
        elif lines[0].startswith('### '):
            blocks.append(('h3', lines[0][4:].strip())); lines = lines[1:]
        if not lines: continue
        if re.match(r'\s*- ', lines[0]):
            items = []
            for l in lines:
                m = re.match(r'(\s*)- (.*)', l)
                if m: items.append((len(m.group(1)) // 2, m.group(2)))
                else: items[-1] = (items[-1][0], items[-1][1] + ' ' + l.strip())
            blocks.append(('ul', items))
        else:
            blocks.append(('p', ' '.join(l.strip() for l in lines)))
    return blocks

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\^([0-9,\-]+)\^')

def inl_html(s):
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2), m.group(1)), s)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    def sup(m):
        parts = re.split(r'(,)', m.group(1))
        out = ''.join(p if p == ',' else '<a href="#ref_%s">%s</a>' % (p.split('-')[0], p) for p in parts)
        return '<sup>%s</sup>' % out
    return CITE.sub(sup, s)

def inl_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2)), s)
    return CITE.sub(lambda m: ' ' + m.group(1), s)

def inl_txt(s):
    s = LINK.sub(r'\1', s)
    s = BOLD.sub(r'\1', s)
    return CITE.sub(r'\1', s)

def body_words(blocks):
    n = 0
    for k, v in blocks:
        if k == 'ul':
            for _, t in v: n += len(inl_txt(t).split())
        else: n += len(inl_txt(v).split())
    return n

def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def h_list(items):
    out, stack = [], []
    html_s = ''
    i = 0
    def render(idx, level):
        s = '<ul>'
        while idx < len(items) and items[idx][0] >= level:
            lv, t = items[idx]
            s += '<li>' + inl_html(t)
            idx += 1
            if idx < len(items) and items[idx][0] > level:
                sub, idx = render(idx, level + 1)
                s += sub
            s += '</li>'
        return s + '</ul>', idx
    return render(0, 0)[0]

NAV_HTML = '''<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li><li><a href="/supporters?lang=us">Supporters</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>
'''

FOOT_HTML = '''<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li><a href="/articles/style-guide-and-help?lang=us">Help</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a> <a href="/sponsorship?lang=us">Sponsorship</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
'''

def citation(meta):
    return '%s. %s. Reference article, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s' % (
        meta['authors_short'], meta['title'], meta['accessed'], meta['rid'])

def build_html(meta, blocks, slug):
    is_case = meta.get('kind') == 'case'
    section = 'cases' if is_case else 'articles'
    t = meta['title']
    o = ['<!DOCTYPE html>', '<html lang="en" class="no-js">', '<head>', '<meta charset="utf-8">',
         '<title>%s | %s | Radiopaedia.org</title>' % (html.escape(t), 'Radiology Case' if is_case else 'Radiology Reference Article'),
         '<meta name="description" content="%s">' % html.escape(meta.get('description', t)),
         '<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (section, slug),
         '<link rel="stylesheet" media="all" href="/assets/application-7be21f0c.css">',
         '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("config", "G-XXXXXXX");</script>',
         '<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (section, meta['system']),
         '</head>', '<body class="%s show">' % section, NAV_HTML % meta.get('promo', 'New course: Chest and abdominal imaging - enrol now'),
         '<main id="content" class="main-content">', '<div class="%s-header">' % section[:-1],
         '<h1 class="header-title">%s</h1>' % html.escape(t)]
    if is_case:
        o.append('<div class="case-meta">Case contributed by <a href="/users/%s">%s</a></div>' % (slugify(meta['author']), meta['author']))
        o.append('<div class="diagnostic-certainty">Diagnosis certain <span class="icon-check"></span></div>')
        o.append('</div>')
        o.append('<div class="case-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and case data</h2>')
        o.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. Case study, Radiopaedia.org (Accessed on %s) https://doi.org/10.53347/rID-%s</div></div>' % (meta['authors_short'], t, meta['accessed'], meta['rid']))
        o.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % meta['rid'])
        o.append('<div class="meta-item"><div class="meta-item-title">Published:</div><div>%s</div></div>' % meta['created'])
        o.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % meta['system'])
        o.append('</div>')
    else:
        o.append('<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(meta['reviser']), meta['reviser'], meta['revised']))
        o.append('<div class="article-actions"><a href="/articles/%s/edit?lang=us" class="btn">Edit article</a> <a href="/articles/%s/revisions?lang=us" class="btn">View revision history</a></div>' % (slug, slug))
        o.append('</div>')
        o.append('<div class="article-information collapsible">')
        o.append('<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>')
        o.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s</div></div>' % html.escape(citation(meta)))
        o.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (meta['rid'], meta['rid']))
        o.append('<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/%s">https://radiopaedia.org/articles/%s</a></div></div>' % (meta['rid'], meta['rid']))
        o.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % meta['rid'])
        o.append('<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>' % (meta['created'], slugify(meta['creator']), meta['creator'], meta['creator']))
        o.append('<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>%s, <a href="/users/%s?lang=us">%s</a><div class="disclosure">Disclosures: At the time the article was last revised %s had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>' % (meta['revised'], slugify(meta['reviser']), meta['reviser'], meta['reviser']))
        o.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s times, by %s contributors - <a href="/articles/%s/revisions?lang=us">see full revision history and disclosures</a></div></div>' % (meta['revisions'], meta['contributors'], slug))
        o.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % ', '.join('<a href="/articles/section/all/%s?lang=us">%s</a>' % (slugify(s), s) for s in meta['systems']))
        o.append('<div class="meta-item"><div class="meta-item-title">Tags:</div><div>%s</div></div>' % ', '.join('<a href="/tags/%s?lang=us">%s</a>' % (slugify(s), s) for s in meta.get('tags', [])))
        if meta.get('synonyms'):
            o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in meta['synonyms']))
        o.append('</div>')
    o.append('<div class="body user-generated-content">')
    heads = [v for k, v in blocks if k == 'h2']
    nav_done = False
    for k, v in blocks:
        if k == 'h2' and not nav_done and not is_case:
            o.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(h), h) for h in heads))
            nav_done = True
        if k == 'h2': o.append('<h4 id="nav_%s">%s</h4>' % (slugify(v), html.escape(v)) if not is_case else '<h2 class="sub-section-title">%s</h2>' % html.escape(v))
        elif k == 'h3': o.append('<h5>%s</h5>' % html.escape(v))
        elif k == 'p': o.append('<p>%s</p>' % inl_html(v))
        else: o.append(h_list(v))
    o.append('</div>')
    o.append('<div class="ref-list" id="references"><h2>References</h2><ol>%s</ol></div>' % ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(meta['refs'])))
    o.append('<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>%s</ul></div>' % ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in meta['incoming']))
    o.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>%s</ul></div>' % (meta['related_title'], ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), r) for r in meta['related'])))
    o.append('<div class="share-article"><a href="#" class="share">Share article</a></div>')
    o.append('</main>')
    o.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list">%s</ul></div><div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div></aside>' % ''.join('<li class="case-item"><a href="/cases/%s">Case %d: %s</a></li>' % (slugify(c), i + 1, c) for i, c in enumerate(meta['cases'])))
    o.append(FOOT_HTML)
    o.append('<script type="application/json" id="article-data">%s</script>' % json.dumps({'articleId': meta['rid'], 'slug': slug, 'inclusions': [{'caption': 'Case %d' % (i + 1), 'isStack': True} for i in range(len(meta['cases']))]}))
    o.append('</body>\n</html>')
    return '\n'.join(o) + '\n'

def build_md(meta, blocks, slug):
    t = meta['title']
    o = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % meta.get('md_category', 'pathology'),
         'system: %s' % meta.get('md_system', meta['system'].lower()), 'modality: %s' % meta.get('md_modality', 'ct'), '---', '',
         '%s | Radiology Reference Article | Radiopaedia.org' % t, '', '    ', '    - ', '    ', '', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=q81x7ZT0aa9)', '', '    [', '      ', '        &times;', '      ', '    ](#)', '      *', '']
    for n in ['About|/about?lang=us', 'Articles|/search?scope=articles&sort=date_of_last_edit', 'Cases|/search?scope=cases&sort=date_of_publication', 'Courses|/courses?lang=us', 'Questions|/search?scope=mcqs', 'Quiz|/quizzes/all?lang=us', 'Recent Edits|/edits?lang=us', 'Supporters|/supporters?lang=us']:
        a, b = n.split('|'); o += ['      ', '        [%s](%s)' % (a, b), '      ']
    o += ['', '          [Log In](/sessions/new?lang=us)', '        ', '          [Sign Up](/users/sign_up?lang=us)', '', '',
          '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '      ', '',
          '    - ', '      [Edit article](/articles/%s/edit?lang=us)' % slug, '', '    - ', '      [View revision history](/articles/%s/revisions?lang=us)' % slug, '',
          '      ## ', '        Citation, DOI, disclosures and article data', '', '          **', '            Citation:', '          **', '', '          ' + citation(meta), '',
          '          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (meta['rid'], meta['rid']), '',
          '          **', '            rID:', '          **', '          %s' % meta['rid'], '',
          '          **', '            Article created:', '          **', '  %s,' % meta['created'], '  [%s](/users/%s?lang=us)' % (meta['creator'], slugify(meta['creator'])), '    *', '      At the time the article was created %s had no recorded disclosures.' % meta['creator'], '',
          '          **', '            Last revised:', '          **', '  %s,' % meta['revised'], '  [%s](/users/%s?lang=us)' % (meta['reviser'], slugify(meta['reviser'])), '',
          '        **', '          Revisions:', '        **', '        %s times, by' % meta['revisions'], '        %s contributors -' % meta['contributors'], '        [see full revision history and disclosures](/articles/%s/revisions?lang=us)' % slug, '',
          '          **', '            Systems:', '          **', '          ' + ', '.join('[%s](/articles/section/all/%s?lang=us)' % (s, slugify(s)) for s in meta['systems']), '']
    if meta.get('synonyms'):
        o += ['          **', '            Synonyms:', '          **', '']
        for s in meta['synonyms']: o += ['              - ', '                ' + s, '']
    o.append('')
    heads = [v for k, v in blocks if k == 'h2']
    nav_done = False
    for k, v in blocks:
        if k == 'h2' and not nav_done:
            o += ['## On this page:', '', 'Article:', '']
            for h in heads: o += ['- [%s](#nav_%s)' % (h, slugify(h)), '']
            o += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
            nav_done = True
        if k == 'h2': o += ['#### ' + v, '']
        elif k == 'h3': o += ['##### ' + v, '']
        elif k == 'p': o += [inl_md(v), '']
        else:
            for lv, tx in v: o += ['  ' * lv + '- ' + inl_md(tx), '']
    o += ['      ## ', '        References', '']
    for i, r in enumerate(meta['refs']): o += ['          - ', '            %d. %s' % (i + 1, r), '']
    o += ['      ## ', '        Incoming Links', '', '            Articles:', '']
    for r in meta['incoming']: o += ['  - ', '      [%s](/articles/%s?lang=us)' % (r, slugify(r)), '']
    o += ['      ## ', '        Related articles: ' + meta['related_title'], '']
    for r in meta['related']: o += ['  - ', '      [%s](/articles/%s?lang=us)' % (r, slugify(r)), '']
    o += ['        ## Promoted articles (advertising)', '', '          ADVERTISEMENT: Supporters see fewer/no ads', '',
          '    ' + json.dumps({'current_user': None, 'inclusions': [{'caseSlug': slugify(c), 'caption': 'Case %d' % (i + 1)} for i, c in enumerate(meta['cases'])]}), '',
          '            ## ', '              [Articles](/search?lang=us&scope=articles)', '', '            ### ', '              By System:', '']
    for s in ['Breast', 'Cardiac', 'Central Nervous System', 'Chest', 'Gastrointestinal', 'Gynaecology', 'Hepatobiliary', 'Musculoskeletal', 'Urogenital', 'Vascular']:
        o += ['                    - ', '                      [%s](/search?lang=us&scope=articles&system=%s)' % (s, s.replace(' ', '+')), '']
    o += ['  [Contact Us](/contact?lang=us) [Terms of Use](/terms?lang=us) [Privacy Policy](/terms?lang=us#privacy-policy)', '', '  © 2005–2026 Radiopaedia.org', '']
    return '\n'.join(o)

def build_txt(meta, blocks, slug):
    o = [meta['title'], '']
    for k, v in blocks:
        if k in ('h2', 'h3'): o += [v, '']
        elif k == 'p': o += [inl_txt(v), '']
        else:
            nested = any(lv > 0 for lv, _ in v)
            short = all(len(tx) < 90 for _, tx in v)
            if not nested and short and len(v) <= 5:
                # run the list into one paragraph-like line
                o += [' '.join(inl_txt(tx) for _, tx in v), '']
            else:
                for lv, tx in v: o.append(('  • ' if lv else '') + inl_txt(tx))
                o.append('')
    o += ['Share article', '', 'Article information', '', 'rID: %s' % meta['rid'], 'Section: %s' % meta.get('section', 'Pathology')]
    if meta.get('synonyms'):
        o.append('Synonyms or Alternate Spellings:')
        o += ['  • ' + s for s in meta['synonyms']]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(meta['cases']): o += ['  • Drag', '    Case %d: %s' % (i + 1, c), '    Drag here to reorder.']
    o += ['  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(o)

def build_gold(meta, slug):
    facts = []
    fields = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
    for ln, line in enumerate(open(os.path.join(SRC, slug, 'gold.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 7:
            sys.exit('%s gold.txt line %d: %d fields' % (slug, ln, len(parts)))
        facts.append(dict(zip(fields, parts)))
    return facts

def dump_gold(meta, facts, forms):
    q = lambda s: json.dumps(s, ensure_ascii=False)
    o = ['title: %s' % q(meta['title']), 'system: %s' % meta['system'], 'forms: [%s]' % ', '.join(forms), 'facts:']
    for f in facts:
        o.append('  - kind: %s' % f['kind'])
        for k in ['subject', 'item', 'value', 'group', 'attribute', 'quote']:
            o.append('    %s: %s' % (k, q(f[k])))
    return '\n'.join(o) + '\n'

def main():
    summary = []
    for slug in sorted(os.listdir(SRC)):
        p = os.path.join(SRC, slug, 'body.txt')
        if not os.path.exists(p): continue
        meta, body = parse_source(p)
        blocks = parse_body(body)
        forms = meta['forms']
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d): os.remove(os.path.join(d, f))
        for form in forms:
            fn = {'html': build_html, 'md': build_md, 'txt': build_txt}[form]
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(fn(meta, blocks, slug))
        facts = build_gold(meta, slug)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(dump_gold(meta, facts, forms))
        summary.append((slug, meta['system'], forms, body_words(blocks), facts))
    json.dump([(s, sy, f, w, fa) for s, sy, f, w, fa in summary], open(os.path.join(SRC, 'summary.json'), 'w'), indent=1)
    for s, sy, f, w, fa in summary: print('%-50s %-16s %-14s %4d words %3d facts' % (s, sy, ','.join(f), w, len(fa)))

if __name__ == '__main__':
    main()
