#!/usr/bin/env python3
"""Render BL bodies (small markup) into html/md/txt forms with invented chrome, and gold pipe files into gold.yaml."""
import html, json, os, re, sys, yaml
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BL')
sys.path.insert(0, SRC)
from meta import META

CITE = re.compile(r'\[(\d+(?:,\d+)*)\]')

def parse(body):
    """-> list of blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(level,t),...]) ('kv',t)"""
    blocks = []
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.startswith('## '):
            blocks.append(('h2', line[3:].strip()))
        elif line.startswith('### '):
            blocks.append(('h3', line[4:].strip()))
        elif re.match(r'^\s*- ', line):
            lvl = (len(line) - len(line.lstrip())) // 2
            t = line.strip()[2:]
            if blocks and blocks[-1][0] == 'ul':
                blocks[-1][1].append((lvl, t))
            else:
                blocks.append(('ul', [(lvl, t)]))
        else:
            blocks.append(('p', line.strip()))
    return blocks

def body_words(blocks):
    n = 0
    for k, v in blocks:
        if k == 'ul':
            for _, t in v:
                n += len(CITE.sub('', t).split())
        else:
            n += len(CITE.sub('', v).split())
    return n

# ---------- html ----------
def h_inline(t):
    t = html.escape(t, quote=False)
    return CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (x, x) for x in m.group(1).split(',')) + '</sup>', t)

def h_list(items):
    out, stack = [], []
    i = 0
    def rec(i, lvl):
        s = '<ul>'
        while i < len(items) and items[i][0] >= lvl:
            l, t = items[i]
            s += '<li>' + h_inline(t)
            i += 1
            if i < len(items) and items[i][0] > lvl:
                sub, i = rec(i, items[i][0])
                s += sub
            s += '</li>'
        return s + '</ul>', i
    s, _ = rec(0, items[0][0])
    return s

def anchor(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def render_html(m, blocks, pres):
    slug, title = m['slug'], m['title']
    heads = [v for k, v in blocks if k == 'h2']
    body = []
    for k, v in blocks:
        if k == 'h2':
            body.append('<h2 id="nav_%s">%s</h2>' % (anchor(v), html.escape(v)))
        elif k == 'h3':
            body.append('<h3>%s</h3>' % html.escape(v))
        elif k == 'p':
            body.append('<p>%s</p>' % h_inline(v))
        else:
            body.append(h_list(v))
    refs = ''.join('<li id="ref_%d">%s</li>' % (i + 1, html.escape(r)) for i, r in enumerate(m['refs']))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (anchor(r), html.escape(r)) for r in m['related'])
    cases = ''.join('<li class="case-item" data-position="%d"><a href="/cases/%s">Case %d: %s</a></li>' % (i + 1, anchor(c), i + 1, html.escape(c)) for i, c in enumerate(m.get('cases', [])))
    kind = 'cases' if m.get('case') else 'articles'
    toc = ''.join('<li><a href="#nav_%s">%s</a></li>' % (anchor(h), html.escape(h)) for h in heads)
    pres_html = ''
    if pres:
        pres_html = ('<div class="case-section presentation"><h2>Presentation</h2><p>%s</p></div>'
                     '<div class="case-section patient-data"><h2>Patient Data</h2><div class="data-item"><span class="data-item-title">Age:</span> %s</div>'
                     '<div class="data-item"><span class="data-item-title">Gender:</span> %s</div></div>') % (html.escape(pres['presentation']), html.escape(pres['age']), html.escape(pres['gender']))
    typ = 'Radiology Case' if m.get('case') else 'Radiology Reference Article'
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in m.get('synonyms', []))
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {typ} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(m['desc'])}">
<meta property="og:title" content="{html.escape(title)} | {typ} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7b3e11c0aa.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{m['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(m.get('promo', 'Body CT essentials course - early-bird pricing ends soon'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{anchor(m['reviser'])}?lang=us">{html.escape(m['reviser'])}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {kind[:-1]}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {kind[:-1]} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(m['authors'])}. {html.escape(title)}. {'Case study' if m.get('case') else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{m['rid']}">https://radiopaedia.org/{kind}/{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m['created']}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m['revs']} times, by {m['contribs']} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{anchor(m['system'])}">{html.escape(m['system'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
{'' if m.get('case') else '<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + toc + '<li><a href="#references">References</a></li></ul></nav>'}
<div class="body user-generated-content">
{pres_html}
{chr(10).join(body)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div class="ad-slot in-content">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="related-articles"><h2>Related articles: {html.escape(m['related_title'])}</h2><ul>{rel}</ul></div>
<div class="share"><a href="#">Share {kind[:-1]}</a> <a href="/{kind}/{slug}/report">Report problem with {kind[:-1]}</a></div>
</main>
<aside class="sidebar">
<div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{cases}</ul><a href="#" class="load-more">Load more cases</a></div>
</aside>
<footer class="site-footer">
<div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p>
</footer>
<script type="application/json" id="article-data">{json.dumps({"articleId": int(m['rid']), "slug": slug, "lang": "us"})}</script>
</body>
</html>
'''

# ---------- md ----------
def m_inline(t):
    return CITE.sub(lambda m: ' <sup>' + ','.join('[%s](#ref_%s)' % (x, x) for x in m.group(1).split(',')) + '</sup>', t)

def render_md(m, blocks, pres):
    slug, title = m['slug'], m['title']
    kind = 'cases' if m.get('case') else 'articles'
    fm = m.get('md_front', {'title': slug, 'source': 'radiopaedia', 'system': m['system'].lower()})
    out = ['---'] + ['%s: %s' % kv for kv in fm.items()] + ['---', '',
           '%s | Radiology Reference Article | Radiopaedia.org' % title, '', '    ', '    - ', '', '',
           '  [](https://radiopaedia.org/cdn-cgi/content?id=Q7x1Lw-1772601187.44)', '', '    [', '      &times;', '    ](#)', '      *', '',
           '        [About](/about?lang=us)', '', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '',
           '        [Cases](/search?scope=cases&sort=date_of_publication)', '', '        [Courses](/courses?lang=us)', '',
           '        [Quiz](/quizzes/all?lang=us)', '', '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '', '',
           '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.',
           '        Become a Gold Supporter and see no third-party ads.', '', '',
           '[Log in](/sessions/new?lang=us&return_to=%%2F%s%%2F%s)' % (kind, slug), '- [Sign up](/users/sign_up?lang=us)', '', '    {}', '',
           '      Search', '      *', '    *', '', '', '      # ', '  ' + title, '', '',
           '          Last revised by [%s](/users/%s?lang=us)' % (m['reviser'], anchor(m['reviser'])), '', '          on %s' % m['revised'], '',
           '    [', '      Edit article', '](/%s/%s/edit?lang=us)    ' % (kind, slug), '      *', '      **', '',
           '    - ', '      [View revision history](/%s/%s/revisions?lang=us)' % (kind, slug), '', '',
           '      ## ', '        Citation, DOI, disclosures and article data', '', '',
           '          **', '            Citation:', '          **', '',
           '          %s. %s. Reference article, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (m['authors'], title, m['rid']), '',
           '          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (m['rid'], m['rid']), '',
           '          **', '            rID:', '          **', '          %s' % m['rid'], '',
           '          **', '            Article created:', '          **', '  %s' % m['created'], '',
           '        **', '          Revisions:', '        **', '        %s times, by %s contributors - [see full revision history and disclosures](/%s/%s/revisions?lang=us)' % (m['revs'], m['contribs'], kind, slug), '',
           '        **', '          Synonyms:', '        **'] + ['- %s' % s for s in m.get('synonyms', [])] + ['', '']
    if pres:
        out += ['## Presentation', '', pres['presentation'], '', '## Patient Data', '', 'Age: ' + pres['age'], '', 'Gender: ' + pres['gender'], '']
    else:
        out += ['      On this page:', '    ', '      Article:', ''] + ['- [%s](#nav_%s)' % (h, anchor(h)) for k, h in blocks if k == 'h2'] + ['- [References](#references)', '', '']
    for k, v in blocks:
        if k == 'h2':
            out += ['## ' + v, '']
        elif k == 'h3':
            out += ['### ' + v, '']
        elif k == 'p':
            out += [m_inline(v), '']
        else:
            out += ['    ' * l + '- ' + m_inline(t) for l, t in v] + ['']
    out += ['', '## References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(m['refs'])] + ['', '',
            '## Related articles: %s' % m['related_title'], ''] + ['- [%s](/articles/%s)' % (r, anchor(r)) for r in m['related']] + ['', '',
            '        ADVERTISEMENT: Supporters see fewer/no ads', '', '## Cases and figures', ''] + ['  - Case %d: %s' % (i + 1, c) for i, c in enumerate(m.get('cases', []))] + ['', '',
            '[Load more cases](#)', '', '  [Contact Us](/contact?lang=us)', '  [Terms of Use](/terms?lang=us)', '  [Privacy Policy](/terms?lang=us#privacy-policy)', '',
            '  © 2005–2026 Radiopaedia.org', '']
    return '\n'.join(out)

# ---------- txt ----------
def t_inline(t):
    return CITE.sub(lambda m: m.group(1), t.replace(' [', '['))

def render_txt(m, blocks, pres):
    out = [m['title'], '']
    if pres:
        out += ['Presentation', '', pres['presentation'], '', 'Patient Data', 'Age: ' + pres['age'], 'Gender: ' + pres['gender'], '']
    styles = m.get('txt_list_styles', ['lines', 'bullets', 'runon'])
    li = 0
    for k, v in blocks:
        if k in ('h2', 'h3'):
            out += [v, '']
        elif k == 'p':
            out += [t_inline(v), '']
        else:
            st = styles[li % len(styles)]
            li += 1
            if st == 'runon':
                txt = ' '.join(t_inline(t) for _, t in v)
                if out and out[-1] == '' and len(out) > 1 and not out[-2].endswith(':') is False:
                    pass
                out += [txt, '']
            elif st == 'bullets':
                out += ['  ' * l + '  \u2022 ' + t_inline(t) for l, t in v] + ['']
            else:
                out += [t_inline(t) for _, t in v] + ['']
    out += ['Share article', '', 'Article information', '', 'rID: %s' % m['rid'], 'Section: %s' % ('Cases' if m.get('case') else 'Pathology'),
            'Synonyms or Alternate Spellings:'] + ['  \u2022 ' + s for s in m.get('synonyms', [])] + ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(m.get('cases', [])):
        out += ['  \u2022 Drag', '    Case %d: %s' % (i + 1, c), '    Drag here to reorder.']
    out += ['  \u2022 Updating\u2026 Please wait.', '', '    Alert accept', '', '    Error Unable to process the form. Check for errors and try again.']
    return '\n'.join(out) + '\n'

# ---------- gold ----------
FIELDS = ['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote']
def parse_gold(path):
    facts = []
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.lstrip().startswith('#'):
            continue
        parts = [p.strip() for p in ln.split('|')]
        if len(parts) != 7:
            raise SystemExit('bad gold line (%d fields) in %s: %s' % (len(parts), path, ln))
        facts.append(dict(zip(FIELDS, parts)))
    return facts

class Q(str): pass
def q_rep(d, s): return d.represent_scalar('tag:yaml.org,2002:str', s, style='"')
yaml.add_representer(Q, q_rep)

def main():
    stats = {}
    for slug, m in META.items():
        m['slug'] = slug
        if not os.path.exists(os.path.join(SRC, 'bodies', slug + '.body')):
            continue
        raw = open(os.path.join(SRC, 'bodies', slug + '.body'), encoding='utf-8').read()
        pres = None
        if m.get('case'):
            head, raw = raw.split('\n===\n', 1)
            pres = dict(re.findall(r'^(\w+): (.*)$', head, re.M))
        blocks = parse(raw)
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in m['forms']:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](m, blocks, pres)
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(r)
        facts = parse_gold(os.path.join(SRC, 'golds', slug + '.gold'))
        gold = {'title': m['title'], 'system': m['system'], 'forms': m['forms'],
                'facts': [{k: Q(v) if k in ('value', 'quote') else v for k, v in f.items()} for f in facts]}
        with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
            yaml.dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
        stats[slug] = {'words': body_words(blocks), 'facts': len(facts), 'system': m['system'], 'forms': m['forms'],
                       'kinds': {}}
        for f in facts:
            stats[slug]['kinds'][f['kind']] = stats[slug]['kinds'].get(f['kind'], 0) + 1
    json.dump(stats, open(os.path.join(SRC, 'stats.json'), 'w'), indent=1)
    for s, v in stats.items():
        print(s, v['words'], v['facts'])

if __name__ == '__main__':
    main()
