#!/usr/bin/env python3
"""Build set AK: render each source article (src/<slug>.src) into its forms plus gold.yaml.

Source format: header lines "key: value" until a line "=== body"; then body markup; then
"=== refs" (one reference per line), "=== related" (one title per line), "=== facts"
(one fact per line: kind | subject | item | value | group | attribute | quote; subject "" =
the article's default subject given in the header as 'subject:').
Body markup: "## H" section, "### H" subsection, "- item" / "  - nested" / "1. item" lists,
"[[text]]" or "[[text|slug]]" links, "**bold**", "^1,2" citations glued to the previous word.
A list whose first item line is preceded by a line "%runin" is run into one paragraph in txt.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'AK')


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def parse(path):
    meta, sections, cur = {}, {}, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('=== '):
            cur = line[4:].strip(); sections[cur] = []; continue
        if cur is None:
            if ':' in line:
                k, v = line.split(':', 1); meta[k.strip()] = v.strip()
        else:
            sections[cur].append(line)
    return meta, sections


def blocks(body):
    """-> list of (type, payload). types: h2, h3, p, ul (items: (level, ordered, text)), runin flag."""
    out, lst, runin = [], None, False
    for line in body + ['']:
        m = re.match(r'^( *)(- |\d+\. )(.*)$', line)
        if m:
            if lst is None:
                lst = {'items': [], 'runin': runin}; runin = False
            lst['items'].append((len(m.group(1)) // 2, m.group(2) != '- ', m.group(3)))
            continue
        if lst is not None:
            out.append(('list', lst)); lst = None
        if not line.strip():
            continue
        if line.strip() == '%runin':
            runin = True; continue
        if line.startswith('### '):
            out.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            out.append(('h2', line[3:].strip()))
        else:
            out.append(('p', line.strip()))
    return out


CIT = re.compile(r'\^(\d+(?:,\d+)*)')
LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')


def inline_md(t):
    t = CIT.sub('', t)
    return LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2) or slugify(m.group(1))), t)


def inline_txt(t, glue=True):
    t = CIT.sub((lambda m: m.group(1)) if glue else '', t)
    t = LINK.sub(lambda m: m.group(1), t)
    return BOLD.sub(lambda m: m.group(1), t)


def inline_html(t):
    t = html.escape(t, quote=False).replace('&gt;', '>')
    t = CIT.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', t)
    t = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), t)
    return BOLD.sub(lambda m: '<strong>%s</strong>' % m.group(1), t)


def list_html(items):
    out, stack = [], []
    for lvl, ordered, text in items:
        tag = 'ol' if ordered else 'ul'
        while len(stack) > lvl + 1:
            out.append('</li></%s>' % stack.pop())
        if len(stack) == lvl + 1:
            out.append('</li>')
        while len(stack) < lvl + 1:
            out.append('<%s>' % tag); stack.append(tag)
        out.append('<li>' + inline_html(text))
    while stack:
        out.append('</li></%s>' % stack.pop())
    return ''.join(out)


def render_md_body(bl):
    out = []
    for kind, p in bl:
        if kind == 'h2': out.append('#### ' + p)
        elif kind == 'h3': out.append('##### ' + p)
        elif kind == 'p': out.append(inline_md(p))
        else:
            for lvl, ordered, text in p['items']:
                out.append('  ' * lvl + ('1. ' if ordered else '- ') + inline_md(text))
                out.append('')
            out.pop()
        out.append('')
    return '\n'.join(out)


def render_txt_body(bl):
    out = []
    for kind, p in bl:
        if kind in ('h2', 'h3'): out.append(p)
        elif kind == 'p': out.append(inline_txt(p) + ' ')
        elif p['runin']:
            out.append(' '.join(inline_txt(t) for _, _, t in p['items']) + ' ')
        else:
            out.append('\n'.join(('  ' * lvl) + inline_txt(t) for lvl, _, t in p['items']))
        out.append('')
    return '\n'.join(out)


def render_html_body(bl):
    out = []
    for kind, p in bl:
        if kind == 'h2': out.append('<h4 id="nav_%s">%s</h4>' % (slugify(p), html.escape(p)))
        elif kind == 'h3': out.append('<h5>%s</h5>' % html.escape(p))
        elif kind == 'p': out.append('<p>' + inline_html(p) + '</p>')
        else: out.append(list_html(p['items']))
    return '\n'.join(out)


def body_words(bl):
    return len(re.findall(r"\S+", render_txt_body_plain(bl)))


def render_txt_body_plain(bl):
    return '\n'.join(inline_txt(p, glue=False) if k != 'list' else
                     ' '.join(inline_txt(t, glue=False) for _, _, t in p['items']) for k, p in bl)


NAV_MD = """
    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zt4{rid}Hq-1772013311.22-1.0.1.1-Qa7)

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
      

[Log in](/sessions/new?lang=us&return_to=%2F{kindpath}%2F{slug}%3Flang%3Dus)
- [Sign up](/users/sign_up?lang=us)

  
    {{}}
  

      Search
      *
    
    *

    [
    
](https://radiopaedia.org/courses/{course})

      # 
  {title}
  
"""


def chrome_meta(meta):
    is_case = meta.get('case') == 'yes'
    return {
        'rid': meta['rid'], 'slug': meta['slug'], 'title': meta['title'],
        'kindpath': 'cases' if is_case else 'articles',
        'course': meta.get('course', 'neuroradiology-essentials'),
        'authors': meta['authors'], 'created': meta['created'], 'revised': meta['revised'],
        'reviser': meta['reviser'], 'creator': meta['creator'],
        'systems': [s.strip() for s in meta['systems'].split(',')],
        'synonyms': [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()],
        'tags': meta.get('tags', ''), 'is_case': is_case,
    }


def citation(c):
    what = 'Case study' if c['is_case'] else 'Reference article'
    return '%s %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (
        c['authors'], c['title'], what, c['rid'])


def build_md(meta, bl, refs, related, c):
    fm = '---\ntitle: %s\nsource: radiopaedia\ncategory: %s\nsystem: %s\nmodality: %s\n---\n\n' % (
        c['slug'], 'case' if c['is_case'] else 'pathology', c['systems'][0].lower(), meta.get('modality', 'mri'))
    head = '%s | Radiology %s | Radiopaedia.org\n' % (c['title'], 'Case' if c['is_case'] else 'Reference Article')
    nav = NAV_MD.format(**c)
    info = ["        Last revised by [%s](/users/%s?lang=us)\n\n          on %s\n" % (c['reviser'], slugify(c['reviser']), c['revised']),
            "    [\n      Edit %s\n](/%s/%s/edit?lang=us)    \n" % ('case' if c['is_case'] else 'article', c['kindpath'], c['slug']),
            "    - \n      [Report problem with %s](https://docs.google.com/forms/d/e/reportproblem/viewform?entry=https://radiopaedia.org/%s/%s)\n" % ('case' if c['is_case'] else 'article', c['kindpath'], c['slug']),
            "      ## \n        Citation, DOI, disclosures and %s data\n" % ('case' if c['is_case'] else 'article'),
            "          **\n            Citation:\n          **\n        \n          %s\n" % citation(c),
            "          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)\n" % (c['rid'], c['rid']),
            "          **\n            Permalink:\n          **\n          [https://radiopaedia.org/%s/%s](https://radiopaedia.org/%s/%s)\n" % (c['kindpath'], c['rid'], c['kindpath'], c['rid']),
            "          **\n            rID:\n          **\n          %s\n" % c['rid'],
            "          **\n            Article created:\n          **\n  %s,\n  [%s](/users/%s?lang=us)\n\n    *\n      At the time the article was created %s had no recorded disclosures.\n    *\n" % (c['created'], c['creator'], slugify(c['creator']), c['creator']),
            "          **\n            Last revised:\n          **\n  %s,\n  [%s](/users/%s?lang=us)\n\n    *\n      Disclosures:\n      At the time the article was last revised %s had\n      no financial relationships to [ineligible companies](/disclosures) to disclose.\n    *\n" % (c['revised'], c['reviser'], slugify(c['reviser']), c['reviser']),
            "          **\n            Systems:\n          **\n          %s\n" % ', '.join('[%s](/articles/section/all/%s?lang=us)' % (s, slugify(s)) for s in c['systems']),
            "          **\n            Tags:\n          **\n          %s\n" % ', '.join('[%s](/tags/%s?lang=us)' % (t.strip(), slugify(t)) for t in c['tags'].split(',') if t.strip())]
    if c['synonyms']:
        info.append("          **\n            Synonyms:\n          **\n" + ''.join('\n              - \n                %s\n' % s for s in c['synonyms']))
    secs = [p for k, p in bl if k == 'h2']
    toc = '\n## On this page:\n\nArticle:\n\n' + '\n\n'.join('- [%s](#nav_%s)' % (s, slugify(s)) for s in secs) + \
        '\n\n- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n\n'
    body = render_md_body(bl)
    # the lead paragraphs (before the first section) come before the TOC, as on the real dump
    first = body.find('\n#### ')
    lead, rest = (body[:first], body[first:]) if first >= 0 else ('', body)
    refs_md = '\n      ## \n        References\n\n' + ''.join('          - \n            %d. %s\n' % (i + 1, r) for i, r in enumerate(refs))
    rel = '\n      ## \n        Related articles: %s\n\n' % meta.get('related_title', 'Related') + ''.join(
        '  - \n      [%s](/articles/%s?lang=us)\n' % (r, slugify(r)) for r in related)
    foot = '\n\n          ## \n              [Radiopaedia.org](/?lang=us)\n\n              - \n                [About](/about?lang=us)\n              - \n                [Editorial Board](/editors?lang=us)\n\n            [Contact Us](/contact?lang=us)\n            [Terms of Use](/terms?lang=us)\n            [Privacy Policy](/terms?lang=us#privacy-policy)\n\n    Updating… Please wait.\n\n     Unable to process the form. Check for errors and try again.\n\n     Thank you for updating your details.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n'
    return fm + head + nav + '\n'.join(info) + '\n' + lead + toc + rest + refs_md + rel + foot


def build_html(meta, bl, refs, related, c):
    t = html.escape(c['title'])
    kind = 'Case' if c['is_case'] else 'Reference Article'
    secs = [p for k, p in bl if k == 'h2']
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in c['synonyms'])
    h = ['<!DOCTYPE html>', '<html lang="en" class="no-js">', '<head>', '<meta charset="utf-8">',
         '<title>%s | Radiology %s | Radiopaedia.org</title>' % (t, kind),
         '<meta name="description" content="%s">' % html.escape(meta.get('description', c['title'])),
         '<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % (c['kindpath'], c['slug']),
         '<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "%s", "system": "%s"}};</script>' % (c['kindpath'], c['systems'][0]),
         '<style>.ad-slot{min-height:90px} .hidden{display:none}</style>', '</head>',
         '<body class="%s show">' % c['kindpath'], '<header class="site-header">',
         '<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
         '<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>',
         '<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>',
         '<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>',
         '<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></nav></header>',
         '<div class="promo-banner"><a href="https://radiopaedia.org/courses/%s">New course enrolments open - learn more</a></div>' % c['course'],
         '<main id="content" class="main-content">', '<div class="article-header">',
         '<h1 class="header-title">%s</h1>' % t,
         '<div class="author-info">Last revised by <a href="/users/%s?lang=us">%s</a> on %s</div>' % (slugify(c['reviser']), c['reviser'], c['revised']),
         '<div class="article-actions"><a href="/%s/%s/edit" class="btn">Edit %s</a> <a href="/%s/%s/revisions" class="btn">View revision history</a></div></div>' % (c['kindpath'], c['slug'], 'case' if c['is_case'] else 'article', c['kindpath'], c['slug']),
         '<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if c['is_case'] else 'article'),
         '<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s</div></div>' % html.escape(citation(c)),
         '<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (c['rid'], c['rid']),
         '<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % c['rid'],
         '<div class="meta-item"><div class="meta-item-title">Article created:</div><div>%s, <a href="/users/%s">%s</a><div class="disclosure">At the time the article was created %s had no recorded disclosures.</div></div></div>' % (c['created'], slugify(c['creator']), c['creator'], c['creator']),
         '<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % ', '.join('<a href="/articles/section/all/%s">%s</a>' % (slugify(s), s) for s in c['systems']),
         '<div class="meta-item"><div class="meta-item-title">Tags:</div><div>%s</div></div>' % html.escape(c['tags'])]
    if syn:
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % syn)
    h.append('</div>')
    h.append('<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>')
    if not c['is_case']:
        h.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul><div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(s), html.escape(s)) for s in secs))
    h.append('<div class="body user-generated-content">')
    h.append(render_html_body(bl))
    h.append('</div>')
    h.append('<div class="ref-list" id="references"><h2>References</h2><ol>' + ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, html.escape(r)) for i, r in enumerate(refs)) + '</ol></div>')
    h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>%s</ul></div>' % (html.escape(meta.get('related_title', 'Related')), ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r)) for r in related)))
    h.append('<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">%s</ul></div>' % ''.join('<li class="case-item">Case %d: %s</li>' % (i + 1, html.escape(x)) for i, x in enumerate(meta.get('cases', '').split(';')) if x.strip()))
    h.append('</main><footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/licence">Licensing</a></li></ul></div><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    h.append('</body></html>')
    return '\n'.join(h) + '\n'


def build_txt(meta, bl, refs, related, c):
    out = [c['title'], '']
    if c['is_case']:
        out += ['Case contributed by %s' % c['creator'], 'Diagnosis certain', '']
    out.append(render_txt_body(bl))
    out += ['References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(refs)]
    out += ['', 'Share %s' % ('case' if c['is_case'] else 'article'), '', '%s information' % ('Case' if c['is_case'] else 'Article'), '',
            'rID: %s' % c['rid'], 'Section: %s' % ('Case' if c['is_case'] else 'Pathology')]
    if c['synonyms']:
        out.append('Synonyms or Alternate Spellings:')
        out += ['  \u2022 %s' % s for s in c['synonyms']]
    out += ['', 'Support Radiopaedia and see fewer ads', '', 'Related articles: %s' % meta.get('related_title', 'Related'), '']
    out += ['  \u2022 %s' % r for r in related]
    out += ['', 'Cases and figures', '']
    for i, x in enumerate(meta.get('cases', '').split(';')):
        if x.strip():
            out += ['  \u2022 Drag', '    Case %d: %s' % (i + 1, x.strip()), '    Drag here to reorder.']
    out += ['  \u2022 Updating\u2026 Please wait.', '', '    Alert accept', '']
    return '\n'.join(out) + '\n'


FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']


def facts(meta, lines):
    out = []
    for ln in lines:
        if not ln.strip() or ln.startswith('#'):
            continue
        parts = [p.strip() for p in ln.split('|')]
        if len(parts) != 7:
            sys.exit('bad fact line (%d parts) in %s: %s' % (len(parts), meta['slug'], ln))
        f = dict(zip(FIELDS, parts))
        if not f['subject']:
            f['subject'] = meta['subject']
        out.append(f)
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def build(path):
    meta, secs = parse(path)
    bl = blocks(secs['body'])
    refs = [r for r in secs.get('refs', []) if r.strip()]
    related = [r for r in secs.get('related', []) if r.strip()]
    c = chrome_meta(meta)
    forms = meta['forms'].split(',')
    d = os.path.join(OUT, meta['slug'])
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    builders = {'md': build_md, 'html': build_html, 'txt': build_txt}
    for f in forms:
        open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(builders[f](meta, bl, refs, related, c))
    fs = facts(meta, secs['facts'])
    y = ['title: %s' % yq(meta['title']), 'system: %s' % meta['gold_system'], 'forms: [%s]' % ', '.join(forms), 'facts:']
    for f in fs:
        y.append('  - kind: %s' % f['kind'])
        for k in FIELDS[1:]:
            y.append('    %s: %s' % (k, yq(f[k])))
    open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write('\n'.join(y) + '\n')
    return meta, forms, body_words(bl), fs


if __name__ == '__main__':
    import glob
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        rows.append(build(p))
    json.dump([{'slug': m['slug'], 'system': m['gold_system'], 'forms': fo, 'words': w,
                'facts': len(fs), 'kinds': [f['kind'] for f in fs]} for m, fo, w, fs in rows],
              open(os.path.join(HERE, 'summary.json'), 'w'), indent=1)
    for m, fo, w, fs in rows:
        print('%-50s %-8s %4d words %3d facts' % (m['slug'], ','.join(fo), w, len(fs)))
