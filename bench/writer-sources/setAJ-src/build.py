#!/usr/bin/env python3
"""Render setAJ article sources (src/<slug>.src) into html / md / txt forms with invented chrome."""
import html as H, re, sys, os, yaml, json

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'setAJ')

def parse(path):
    raw = open(path, encoding='utf-8').read()
    _, fm, body = raw.split('---\n', 2)
    meta = yaml.safe_load(fm)
    blocks = []  # (kind, payload)
    para = []
    lst = None
    def flush():
        nonlocal para, lst
        if para:
            blocks.append(('p', ' '.join(para))); para = []
        if lst is not None:
            blocks.append(('ul', lst)); lst = None
    for line in body.split('\n'):
        if not line.strip():
            flush(); continue
        if line.startswith('### '):
            flush(); blocks.append(('h3', line[4:].strip())); continue
        if line.startswith('## '):
            flush(); blocks.append(('h2', line[3:].strip())); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para:
                blocks.append(('p', ' '.join(para))); para = []
            depth = len(m.group(1)) // 2
            if lst is None: lst = []
            lst.append((depth, m.group(2).strip())); continue
        if line.startswith('!fig '):
            flush(); blocks.append(('fig', line[5:].strip())); continue
        if lst is not None:
            blocks.append(('ul', lst)); lst = None
        para.append(line.strip())
    flush()
    return meta, blocks

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')
CITE = re.compile(r'\^(\d+(?:,\d+)*)')

def inl_html(s):
    s = H.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    s = CITE.sub(lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', s)
    return s

def inl_md(s):
    s = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
    s = CITE.sub(lambda m: ' ' + ','.join(m.group(1).split(',')), s)
    return s

def inl_txt(s):
    s = LINK.sub(r'\1', s)
    s = BOLD.sub(r'\1', s)
    s = CITE.sub(lambda m: ','.join(m.group(1).split(',')), s)
    return s

def plain(s):
    s = LINK.sub(r'\1', s); s = BOLD.sub(r'\1', s); s = CITE.sub('', s)
    return s

def body_words(blocks):
    n = 0
    for k, p in blocks:
        if k in ('p', 'h2', 'h3'):
            n += len(plain(p).split())
        elif k == 'ul':
            n += sum(len(plain(t).split()) for _, t in p)
    return n

def anchor(t):
    return 'nav_' + re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

# ---------------------------------------------------------------- html
def ul_html(items):
    out = []; stack = []
    # build nested structure
    def render(start, depth):
        parts = ['<ul>']; i = start
        while i < len(items):
            d, t = items[i]
            if d < depth: break
            if d == depth:
                j = i + 1
                inner = ''
                if j < len(items) and items[j][0] > depth:
                    inner, j = render(j, depth + 1)
                parts.append(f'<li>{inl_html(t)}{inner}</li>'); i = j
            else:
                inner, i = render(i, d)
                parts.append(inner)
        parts.append('</ul>')
        return ''.join(parts), i
    return render(0, 0)[0]

def render_html(meta, blocks):
    t = meta['title']; slug = meta['slug']; rid = meta['rid']
    case = meta.get('case', False)
    kind = 'Radiology Case' if case else 'Radiology Reference Article'
    sect = 'cases' if case else 'articles'
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
    o.append(f'<title>{H.escape(t)} | {kind} | Radiopaedia.org</title>')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<script>window.dataLayer = window.dataLayer || []; window.adSlots = {"top":"leaderboard","side":"mpu"};</script>')
    o.append('<style>.ad-slot{min-height:90px}.collapsible-title{cursor:pointer}</style></head>\n<body class="articles show">')
    o.append('<header class="site-header"><nav class="main-nav"><ul><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>')
    o.append('<div class="user-nav"><a href="/sessions/new?lang=us">Log In</a> <a href="/users/sign_up?lang=us">Sign Up</a></div></nav>')
    o.append('<div class="ad-banner" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. Become a Gold Supporter and see no third-party ads.</div></header>')
    o.append(f'<div class="promo-banner"><a href="/courses/{meta.get("promo_slug","imaging-essentials")}?lang=us">{H.escape(meta.get("promo","New course: imaging essentials - enrol now"))}</a></div>')
    o.append('<main id="content" class="main-content">\n<div class="article-header">')
    o.append(f'<h1 class="header-title">{H.escape(t)}</h1>')
    a0 = meta['authors'][0]
    if case:
        o.append(f'<div class="author-info">Case contributed by <a href="/users/{a0["user"]}?lang=us">{a0["name"]}</a></div>')
    else:
        o.append(f'<div class="author-info">Last revised by <a href="/users/{a0["user"]}?lang=us">{a0["name"]}</a> on {meta["revised"]}</div>')
    o.append(f'<div class="article-actions"><a href="/{sect}/{slug}/edit?lang=us" class="btn">Edit {"case" if case else "article"}</a>\n<a href="/{sect}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>\n</div>')
    o.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and ' + ('case' if case else 'article') + ' data</h2>')
    cit = meta['citation']
    def mi(k, v): o.append(f'<div class="meta-item"><div class="meta-item-title">{k}:</div><div>{v}</div></div>')
    mi('Citation', H.escape(cit))
    mi('DOI', f'<a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a>')
    mi('Permalink', f'<a href="https://radiopaedia.org/{sect}/{rid}">https://radiopaedia.org/{sect}/{rid}</a>')
    mi('rID', str(rid))
    mi('Article created' if not case else 'Case created', f'{meta["created"]}, <a href="/users/{meta["authors"][-1]["user"]}?lang=us">{meta["authors"][-1]["name"]}</a><div class="disclosure">At the time the {"case" if case else "article"} was created {meta["authors"][-1]["name"]} had no recorded disclosures.</div>')
    if not case:
        mi('Last revised', f'{meta["revised"]}, <a href="/users/{a0["user"]}?lang=us">{a0["name"]}</a><div class="disclosure">Disclosures: At the time the article was last revised {a0["name"]} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div>')
        mi('Revisions', f'{meta["revisions"]} times, by {meta["contributors"]} contributors - <a href="/articles/{slug}/revisions?lang=us">see full revision history and disclosures</a>')
    mi('Systems', ', '.join(f'<a href="/articles/section/all/{s.lower()}?lang=us">{s}</a>' for s in [meta['system']] + meta.get('systems_extra', [])))
    if meta.get('tags'):
        mi('Tags', ', '.join(f'<a href="/tags/{x}?lang=us">{x}</a>' for x in meta['tags']))
    if meta.get('synonyms'):
        mi('Synonyms', '<ul>' + ''.join(f'<li>{H.escape(s)}</li>' for s in meta['synonyms']) + '</ul>')
    o.append('</div>\n<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    heads = [p for k, p in blocks if k == 'h2']
    o.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>' + ('Case:' if case else 'Article:') + '</div><ul>' + ''.join(f'<li><a href="#{anchor(h)}">{H.escape(h)}</a></li>' for h in heads) + '<li><a href="#references">References</a></li></ul>\n<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    for k, p in blocks:
        if k == 'p': o.append(f'<p>{inl_html(p)}</p>')
        elif k == 'h2': o.append(f'<h4 id="{anchor(p)}">{H.escape(p)}</h4>')
        elif k == 'h3': o.append(f'<h5>{H.escape(p)}</h5>')
        elif k == 'ul': o.append(ul_html(p))
        elif k == 'fig': o.append(f'<div class="case-gallery"><figure><img src="/images/{slug}-fig.jpg" alt="figure"><figcaption>{H.escape(p)}</figcaption></figure></div>')
    o.append('</div>')
    o.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join(f'<li id="ref_{i+1}">{H.escape(r)}</li>' for i, r in enumerate(meta['refs'])) + '</ol></div>')
    if meta.get('incoming'):
        o.append('<div id="incoming-links"><h2>Incoming Links</h2><div>Articles:</div><ul>' + ''.join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",x.lower())}?lang=us">{H.escape(x)}</a></li>' for x in meta['incoming']) + '</ul></div>')
    if meta.get('related'):
        o.append(f'<div id="related-articles"><h2>Related articles: {H.escape(meta["related_title"])}</h2><ul>' + ''.join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",x.lower())}?lang=us">{H.escape(x)}</a></li>' for x in meta['related']) + '</ul></div>')
    o.append('<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">' + ''.join(f'<li class="case-item" data-position="{i+1}"><a href="/cases/{slug}-{i+1}">{H.escape(c)}</a></li>' for i, c in enumerate(meta.get('cases', []))) + '</ul><a href="#" class="load-more">Load more cases</a></div>')
    o.append('<div class="promoted"><h2>Promoted articles (advertising)</h2><div class="ad-slot" id="sidebar-bottom"></div></div>\n</main>')
    o.append('<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>\n</body></html>\n')
    return '\n'.join(o)

# ---------------------------------------------------------------- md
def render_md(meta, blocks):
    t = meta['title']; slug = meta['slug']; rid = meta['rid']; case = meta.get('case', False)
    kind = 'Radiology Case' if case else 'Radiology Reference Article'
    o = ['---', f'title: {slug}', 'source: radiopaedia', f'category: {"case" if case else "pathology"}', f'system: {meta["system"].lower()}', f'modality: {meta.get("modality","ct")}', '---', '', f'{t} | {kind} | Radiopaedia.org', '', '', '    ', '    - ', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=Zx81kQ-' + str(rid) + ')', '            ',
         '    [', '      ', '        &times;', '      ', '    ](#)', '',
         '        [About](/about?lang=us)', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '        [Cases](/search?scope=cases&sort=date_of_publication)', '        [Courses](/courses?lang=us)', '        [Quiz](/quizzes/all?lang=us)', '',
         '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '',
         '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '', '    {}', '',
         '      Search', '      *', '    *', '', '      # ', f'  {t}', '  ']
    a0 = meta['authors'][0]
    if case:
        o += ['', f'          Case contributed by [{a0["name"]}](/users/{a0["user"]}?lang=us)', '']
    else:
        o += ['', f'          Last revised by [{a0["name"]}](/users/{a0["user"]}?lang=us)', '', f'          on {meta["revised"]}', '']
    o += ['    [', f'      Edit {"case" if case else "article"}', f'](/{"cases" if case else "articles"}/{slug}/edit?lang=us)    ', '      *', '      **', '',
          '      ## ', f'        Citation, DOI, disclosures and {"case" if case else "article"} data', '']
    def mi(k, v):
        o.extend(['          **', f'            {k}:', '          **', f'          {v}', ''])
    mi('Citation', meta['citation'])
    mi('DOI', f'[https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})')
    mi('Permalink', f'[https://radiopaedia.org/{"cases" if case else "articles"}/{rid}](https://radiopaedia.org/{"cases" if case else "articles"}/{rid})')
    mi('rID', str(rid))
    mi('Systems', ', '.join(f'[{s}](/articles/section/all/{s.lower()}?lang=us)' for s in [meta['system']] + meta.get('systems_extra', [])))
    if meta.get('tags'):
        mi('Tags', ', '.join(f'[{x}](/tags/{x}?lang=us)' for x in meta['tags']))
    if meta.get('synonyms'):
        o.extend(['          **', '            Synonyms:', '          **', ''])
        for s in meta['synonyms']:
            o.extend(['              - ', f'                {s}', ''])
    heads = [p for k, p in blocks if k == 'h2']
    o += ['    ', '    ', 'On this page:', '', ('Case:' if case else 'Article:'), '']
    for h in heads: o += [f'- [{h}](#{anchor(h)})', '']
    o += ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#article-images)', '']
    for k, p in blocks:
        if k == 'p': o += [inl_md(p), '']
        elif k == 'h2': o += [f'#### {p}', '']
        elif k == 'h3': o += [f'##### {p}', '']
        elif k == 'ul':
            for d, tx in p: o += ['  ' * d + f'- {inl_md(tx)}', '']
        elif k == 'fig': pass
    o += ['      ## ', '        References', '', '']
    for i, r in enumerate(meta['refs']):
        o += ['          - ', f'            {i+1}. {r}', '          ']
    o += ['']
    if meta.get('incoming'):
        o += ['      ## ', '        Incoming Links', '', '']
        for x in meta['incoming']: o += [f'          - [{x}](/articles/{re.sub("[^a-z0-9]+","-",x.lower())}?lang=us)']
        o += ['']
    if meta.get('related'):
        o += ['      ## ', f'        Related articles: {meta["related_title"]}', '']
        for x in meta['related']: o += [f'          - [{x}](/articles/{re.sub("[^a-z0-9]+","-",x.lower())}?lang=us)']
        o += ['']
    blob = {"current_user": None, "inclusions": [{"caseSlug": f"{slug}-{i+1}", "caption": c, "isStack": True} for i, c in enumerate(meta.get('cases', []))], "lang": "us"}
    o += ['    ' + json.dumps(blob), '', '          - ', '',
          '            ## ', '              [Articles](/search?lang=us&scope=articles)', '',
          '                  [Anatomy](/search?lang=us&scope=articles&section=Anatomy)', '                - ', '                  [Pathology](/search?lang=us&scope=articles&section=Pathology)', '                - ', '                  [Signs](/search?lang=us&scope=articles&section=Signs)', '',
          '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '            [Privacy Policy](/terms?lang=us#privacy-policy)', '',
          '    Updating… Please wait.', '', '     Unable to process the form. Check for errors and try again.', '', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(o)

# ---------------------------------------------------------------- txt
def render_txt(meta, blocks):
    style = meta.get('txt_lists', 'lines')
    o = [meta['title'], '']
    for k, p in blocks:
        if k == 'p': o += [inl_txt(p) + ' ', '']
        elif k in ('h2', 'h3'): o += [p, '']
        elif k == 'ul':
            if style == 'bullets':
                o += ['  ' * (d + 1) + '• ' + inl_txt(tx) for d, tx in p] + ['']
            elif style == 'run':
                o += [' '.join(inl_txt(tx) for d, tx in p) + ' ', '']
            else:
                o += [inl_txt(tx) for d, tx in p] + ['']
    o += ['References', '']
    for i, r in enumerate(meta['refs']): o.append(f'{i+1}. {r}')
    o += ['', 'Share article', '', 'Article information', '', f'rID: {meta["rid"]}', 'Section: Pathology']
    if meta.get('synonyms'):
        o.append('Synonyms or Alternate Spellings:')
        o += [f'  • {s}' for s in meta['synonyms']]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for c in meta.get('cases', []): o += ['  • Drag', f'    {c}', '    Drag here to reorder.']
    o += ['  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(o)

def main(only=None):
    stats = []
    for fn in sorted(os.listdir(os.path.join(SRC, 'src'))):
        if not fn.endswith('.src'): continue
        meta, blocks = parse(os.path.join(SRC, 'src', fn))
        slug = meta['slug']
        if only and slug not in only: continue
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in meta['forms']:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks)
            open(os.path.join(d, f'article.{f}'), 'w', encoding='utf-8').write(txt)
        stats.append((slug, meta['system'], meta['forms'], body_words(blocks)))
        print(slug, meta['system'], meta['forms'], body_words(blocks))
    json.dump(stats, open(os.path.join(SRC, 'stats.json'), 'w'))

if __name__ == '__main__':
    main(sys.argv[1:] or None)
