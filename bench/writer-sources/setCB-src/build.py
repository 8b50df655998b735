#!/usr/bin/env python3
"""Build CB articles (html/md/txt) and gold.yaml from CB.src/<slug>/{body.src,gold.txt}.

body.src: header lines "key: value" until a line "---", then body in a mini markup:
  ## Heading (section)   ### Sub (subsection)   - item / "  - " nested item
  [[text]] link, **bold**, ^1,2 citation marker, blank line separates paragraphs.
  "@refs" line starts the references (one per line).
gold.txt: one fact per line: kind | subject | item | value | group | attribute | quote
"""
import html, os, re, sys, yaml

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'CB')


def parse(path):
    head, body = open(path).read().split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    body, refs = body.split('\n@refs\n')
    refs = [r.strip() for r in refs.strip().splitlines() if r.strip()]
    blocks = []  # (type, data)
    cur = []
    lst = []
    for line in body.splitlines() + ['']:
        if line.startswith('- ') or line.startswith('  - '):
            if cur:
                blocks.append(('p', ' '.join(cur))); cur = []
            lst.append((1 if line.startswith('  ') else 0, line.strip()[2:]))
            continue
        if lst:
            blocks.append(('ul', lst)); lst = []
        if line.startswith('### '):
            if cur: blocks.append(('p', ' '.join(cur))); cur = []
            blocks.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            if cur: blocks.append(('p', ' '.join(cur))); cur = []
            blocks.append(('h2', line[3:].strip()))
        elif not line.strip():
            if cur: blocks.append(('p', ' '.join(cur))); cur = []
        else:
            cur.append(line.strip())
    return meta, blocks, refs


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def inline(s, form):
    def link(m):
        t = m.group(1)
        if form == 'html':
            return '<a href="/articles/%s?lang=us">%s</a>' % (slugify(t), html.escape(t, quote=False))
        if form == 'md':
            return '[%s](/articles/%s?lang=us)' % (t, slugify(t))
        return t
    def cite(m):
        nums = m.group(1).split(',')
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in nums) + '</sup>'
        if form == 'md':
            return '<sup>' + ','.join('[%s](#ref_%s)' % (n, n) for n in nums) + '</sup>'
        return ','.join(nums)
    if form == 'html':
        parts = re.split(r'(\[\[.*?\]\]|\*\*.*?\*\*|\^[0-9,]+)', s)
        out = []
        for p in parts:
            if p.startswith('[['):
                out.append(link(re.match(r'\[\[(.*?)\]\]', p)))
            elif p.startswith('**'):
                out.append('<strong>%s</strong>' % html.escape(p[2:-2], quote=False))
            elif p.startswith('^'):
                out.append(cite(re.match(r'\^([0-9,]+)', p)))
            else:
                out.append(html.escape(p, quote=False))
        return ''.join(out)
    s = re.sub(r'\[\[(.*?)\]\]', link, s)
    s = re.sub(r'\^([0-9,]+)', cite, s)
    if form == 'txt':
        s = s.replace('**', '')
    return s


def plain(s):
    return inline(s, 'txt')


def body_words(blocks):
    n = 0
    for t, d in blocks:
        if t == 'ul':
            for _, it in d:
                n += len(plain(it).split())
        else:
            n += len(plain(d).split())
    return n


# ------------------------------------------------------------------ html
def render_html(meta, blocks, refs):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    case = meta.get('case') == 'yes'
    kind = 'Case' if case else 'Radiology Reference Article'
    secs = [d for t, d in blocks if t == 'h2']
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    o.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if case else 'articles', slug))
    o.append('<link rel="stylesheet" media="all" href="/assets/application-8b2d77e0c1.css">')
    o.append('<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>')
    o.append('<script>window.rpAds = {"slots": ["leaderboard", "sidebar-top", "in-content"], "targeting": {"system": "%s"}};</script>' % meta['system'])
    o.append('</head>\n<body class="articles show">')
    o.append('<header class="site-header">\n<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    o.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>\n<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>\n<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>\n<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav>\n</header>')
    o.append('<div class="promo-banner"><a href="/courses?lang=us">%s</a></div>' % meta.get('promo', 'Online course: body imaging fundamentals - places still available'))
    o.append('<main id="content" class="main-content">\n<div class="article-header">\n<h1 class="header-title">%s</h1>' % html.escape(title))
    o.append('<div class="author-info">Last revised by <a href="/users/x?lang=us">%s</a> on %s</div>' % (meta['reviser'], meta['revised']))
    o.append('<div class="article-actions"><a class="btn" href="#">Edit %s</a> <a class="btn" href="#">Report problem with %s</a> <a class="btn" href="#">View revision history</a></div>\n</div>' % (('case', 'case') if case else ('article', 'article')))
    o.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if case else 'article'))
    o.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s</div></div>' % (meta['authors'], title, 'Case study' if case else 'Reference article', rid))
    o.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
    o.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
    o.append('<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>' % meta['created'])
    o.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s times, by %s contributors - <a href="#">see full revision history and disclosures</a></div></div>' % (meta.get('revisions', '37'), meta.get('contributors', '14')))
    o.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="#">%s</a></div></div>' % meta['system'])
    if meta.get('synonyms'):
        o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s.strip()) for s in meta['synonyms'].split(';')))
    o.append('</div>')
    o.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    o.append('<nav class="on-this-page"><h2>On this page:</h2><div>%s:</div><ul>%s<li><a href="#references">References</a></li></ul></nav>' % ('Case' if case else 'Article', ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), html.escape(s)) for s in secs)))
    o.append('<div class="body user-generated-content">')
    for t, d in blocks:
        if t == 'h2':
            o.append('<h4 id="nav_%s">%s</h4>' % (slugify(d), html.escape(d)))
        elif t == 'h3':
            o.append('<h5>%s</h5>' % html.escape(d))
        elif t == 'p':
            o.append('<p>%s</p>' % inline(d, 'html'))
        else:
            s = '<ul>'
            i = 0
            while i < len(d):
                lvl, it = d[i]
                s += '<li>' + inline(it, 'html')
                j = i + 1
                if j < len(d) and d[j][0] == 1:
                    s += '<ul>'
                    while j < len(d) and d[j][0] == 1:
                        s += '<li>' + inline(d[j][1], 'html') + '</li>'
                        j += 1
                    s += '</ul>'
                s += '</li>'
                i = j
            o.append(s + '</ul>')
    o.append('</div>')
    o.append('<h2 id="references">References</h2>\n<ol class="references">%s</ol>' % ''.join('<li id="ref_%d">%s</li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)))
    o.append('<div class="related-articles"><h2>Related Radiopaedia articles</h2><ul>%s</ul></div>' % ''.join('<li><a href="/articles/%s">%s</a></li>' % (slugify(r), html.escape(r)) for r in meta['related'].split(';')))
    o.append('<div class="promoted-cases"><h3>Promoted articles (advertising)</h3><ul><li><a href="#">Sponsored: ultrasound training days</a></li></ul></div>')
    o.append('</main>\n<footer class="site-footer"><ul><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/licence">Licensing</a></li></ul><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>\n</body>\n</html>\n')
    return '\n'.join(o)


# ------------------------------------------------------------------ md
def render_md(meta, blocks, refs):
    title = meta['title']; slug = meta['slug']; rid = meta['rid']
    case = meta.get('case') == 'yes'
    o = ['---', 'title: %s' % slug, 'source: radiopaedia', 'category: %s' % ('case' if case else 'article'),
         'system: %s' % meta['system'].lower(), 'modality: %s' % meta.get('modality', 'mixed'), '---', '',
         '%s | %s | Radiopaedia.org' % (title, 'Case' if case else 'Radiology Reference Article'), '', '    ', '    - ', '',
         '  [](https://radiopaedia.org/cdn-cgi/content?id=x8Qv-1772000000)', '', '        [About](/about?lang=us)',
         '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '        [Cases](/search?scope=cases)',
         '        [Courses](/courses?lang=us)', '        [Quiz](/quizzes/all?lang=us)', '', '          [Log In](/sessions/new?lang=us)',
         '          [Sign Up](/users/sign_up?lang=us)', '', '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
         '        Become a Gold Supporter and see no third-party ads.', '', '      # ', '  %s' % title, '',
         '          Last revised by [%s](/users/x?lang=us)' % meta['reviser'], '', '          on %s' % meta['revised'], '',
         '    [', '      Edit %s' % ('case' if case else 'article'), '](/%s/%s/edit?lang=us)' % ('cases' if case else 'articles', slug), '',
         '      ## ', '        Citation, DOI, disclosures and %s data' % ('case' if case else 'article'), '',
         '          **', '            Citation:', '          **', '',
         '          %s. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (meta['authors'], title, 'Case study' if case else 'Reference article', rid), '',
         '          **', '            rID:', '          **', '          %s' % rid, '',
         '          **', '            Article created:', '          **', '  %s' % meta['created'], '',
         '        **', '          Systems:', '        **', '          [%s](/articles/section/all?lang=us)' % meta['system'], '']
    if meta.get('synonyms'):
        o += ['        **', '          Synonyms:', '        **'] + ['- %s' % s.strip() for s in meta['synonyms'].split(';')] + ['']
    o += ['## On this page:', ''] + ['- [%s](#nav_%s)' % (d, slugify(d)) for t, d in blocks if t == 'h2'] + ['- [References](#references)', '']
    for t, d in blocks:
        if t == 'h2':
            o += ['#### %s' % d, '']
        elif t == 'h3':
            o += ['##### %s' % d, '']
        elif t == 'p':
            o += [inline(d, 'md'), '']
        else:
            for lvl, it in d:
                o.append(('    ' if lvl else '') + '- ' + inline(it, 'md'))
                o.append('')
    o += ['## References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(refs)] + ['']
    o += ['## Related Radiopaedia articles', ''] + ['- [%s](/articles/%s?lang=us)' % (r, slugify(r)) for r in meta['related'].split(';')] + ['']
    o += ['  Promoted articles (advertising)', '', '              - ', '                [Contact Us](/contact?lang=us)',
          '                [Terms of Use](/terms?lang=us)', '                [Licensing](/licence?lang=us)', '',
          '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(o)


# ------------------------------------------------------------------ txt
def render_txt(meta, blocks, refs):
    case = meta.get('case') == 'yes'
    o = [meta['title'], '']
    runon = meta.get('txt_runon', '').split(';')  # headings whose lists are run into a paragraph
    sec = ''
    for t, d in blocks:
        if t in ('h2', 'h3'):
            sec = d
            o += [d, '']
        elif t == 'p':
            o += [plain(d), '']
        else:
            if sec in runon:
                o += [' '.join(plain(it) for _, it in d), '']
            else:
                o += [('    ' if lvl else '') + plain(it) for lvl, it in d] + ['']
    o += ['Share %s' % ('case' if case else 'article'), '', 'Article information', '', 'rID: %s' % meta['rid'], 'Section: Pathology']
    if meta.get('synonyms'):
        o += ['Synonyms or Alternate Spellings:'] + ['  \u2022 %s' % s.strip() for s in meta['synonyms'].split(';')]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  \u2022 Drag', '    Case 1', '    Drag here to reorder.',
          '  \u2022 Drag', '    Case 2', '    Drag here to reorder.', '  \u2022 Updating\u2026 Please wait.', '',
          '    Alert accept Thank you for updating your details.']
    return '\n'.join(o) + '\n'


GOLD_FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def read_gold(path):
    facts = []
    for ln, line in enumerate(open(path), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' | ')]
        if len(parts) != 7:
            sys.exit('%s:%d: expected 7 fields, got %d: %s' % (path, ln, len(parts), line))
        facts.append(dict(zip(GOLD_FIELDS, parts)))
    return facts


def main():
    summary = []
    for slug in sorted(os.listdir(SRC)):
        p = os.path.join(SRC, slug, 'body.src')
        if not os.path.exists(p):
            continue
        meta, blocks, refs = parse(p)
        meta['slug'] = slug
        forms = meta['forms'].split()
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for f in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, blocks, refs)
            open(os.path.join(d, 'article.' + f), 'w').write(r)
        gp = os.path.join(SRC, slug, 'gold.txt')
        facts = read_gold(gp) if os.path.exists(gp) else []
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w') as fh:
            yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
        summary.append((slug, meta['system'], forms, body_words(blocks), facts))
    return summary


if __name__ == '__main__':
    for s in main():
        print(s[0], s[1], s[2], 'words=%d' % s[3], 'facts=%d' % len(s[4]))
