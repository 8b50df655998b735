#!/usr/bin/env python3
"""Build CG/<slug>/article.<form> and gold.yaml from CG.src/src/<slug>.art + <slug>.gold.
.art: header lines 'key: value' (refs as indented lines), '===' then body (## h2, ### h3, '- ' list, '  - ' nested).
Inline: [[Link text]] -> link; ^3 or ^1,2 -> citation marker; *x* -> emphasis.
.gold: '@subject' lines set the subject; facts 'kind | item | value | group | attribute | quote';
 'kind > subject' overrides subject for one line."""
import os, re, sys, glob, html, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'CG')

def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def load(p):
    head, body = open(p, encoding='utf-8').read().split('\n===\n', 1)
    m, refs = {}, []
    for ln in head.splitlines():
        if ln.startswith('  '): refs.append(ln.strip()); continue
        k, _, v = ln.partition(':'); m[k.strip()] = v.strip()
    m['refs'] = refs
    bl, cur = [], None
    for ln in body.strip().splitlines():
        if not ln.strip(): cur = None; continue
        lm = re.match(r'^( *)- (.*)$', ln)
        if ln.startswith('### '): bl.append(['h3', ln[4:]]); cur = None
        elif ln.startswith('## '): bl.append(['h2', ln[3:]]); cur = None
        elif lm:
            if not cur or cur[0] != 'ul': cur = ['ul', []]; bl.append(cur)
            cur[1].append((len(lm.group(1)) // 2, lm.group(2)))
        else:
            if cur and cur[0] == 'p': cur[1] += ' ' + ln.strip()
            else: cur = ['p', ln.strip()]; bl.append(cur)
    return m, bl

LNK = re.compile(r'\[\[([^\]]+)\]\]'); CIT = re.compile(r'\^(\d+(?:,\d+)*)'); EM = re.compile(r'\*([^*]+)\*')
def i_html(s):
    s = html.escape(s, quote=False)
    s = LNK.sub(lambda x: '<a href="/articles/%s?lang=us">%s</a>' % (slug(x.group(1)), x.group(1)), s)
    s = CIT.sub(lambda x: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in x.group(1).split(',')) + '</sup>', s)
    return EM.sub(r'<em>\1</em>', s)
def i_md(s):
    s = LNK.sub(lambda x: '[%s](/articles/%s?lang=us)' % (x.group(1), slug(x.group(1))), s)
    return CIT.sub(lambda x: ' ' + x.group(1).replace(',', ', '), s)
def i_txt(s):
    s = LNK.sub(r'\1', s); s = CIT.sub(r'\1', s); return EM.sub(r'\1', s)

def lst(m, k): return [x.strip() for x in m.get(k, '').split(';') if x.strip()]

def html_ul(items):
    out, depth = [], -1
    for lvl, t in items:
        if lvl > depth: out.append('<ul>' * (lvl - depth)); depth = lvl
        else:
            out.append('</li>')
            while depth > lvl: out.append('</ul></li>'); depth -= 1
        out.append('<li>' + i_html(t))
    out.append('</li>')
    while depth > 0: out.append('</ul></li>'); depth -= 1
    out.append('</ul>')
    return ''.join(out)

def r_html(m, bl):
    case = m.get('type') == 'case'; kind = 'cases' if case else 'articles'; T = html.escape(m['title'])
    body = []
    for t, p in bl:
        if t == 'h2': body.append('<h2 id="nav_%s">%s</h2>' % (slug(p), html.escape(p)))
        elif t == 'h3': body.append('<h3>%s</h3>' % html.escape(p))
        elif t == 'p': body.append('<p>' + i_html(p) + '</p>')
        else: body.append(html_ul(p))
    refs = '\n'.join('<li id="ref_%d">%s <a class="ref-doi" href="https://doi.org/10.9999/cg.%s.%d">View at publisher</a> <a href="https://pubmed.example.org/?term=%s">Pubmed</a></li>' % (i+1, html.escape(r), m['rid'], i+1, m['rid']) for i, r in enumerate(m['refs']))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slug(r), html.escape(r)) for r in lst(m, 'related'))
    cases = ''.join('<li class="case"><a href="/cases/%s?lang=us"><img src="/thumbs/%d.jpg" alt=""><span>Case %d: %s</span></a></li>' % (slug(c), 9000+i, i+1, html.escape(c)) for i, c in enumerate(lst(m, 'cases')))
    syn = ''.join('<li>%s</li>' % html.escape(s) for s in lst(m, 'synonyms'))
    toc = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slug(p), html.escape(p)) for t, p in bl if t == 'h2')
    who = ('Case contributed by <a href="/users/%s">%s</a>' % (slug(m['author']), m['author'])) if case else ('Last revised by <a href="/users/%s">%s</a> on %s' % (slug(m['author']), m['author'], m['revised']))
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{T} | Radiology {'Case' if case else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(m.get('desc', m['title']))}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{m['slug']}">
<link rel="stylesheet" href="/assets/app-c9a01f.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
<script>var adConfig={{"slots":["top-leader","rail-1","rail-2"],"section":"{kind}","system":"{m['system']}"}};</script>
<style>.rail-ad{{min-height:250px}} .collapsed{{display:none}}</style>
</head>
<body class="{kind}-show">
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<header>
<div class="ad-slot" id="top-leader">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav"><a class="logo" href="/"><img src="/logo.svg" alt="Radiopaedia.org"></a>
<ul><li><a href="/articles">Articles</a></li><li><a href="/cases">Cases</a></li><li><a href="/courses">Courses</a></li><li><a href="/quizzes">Quiz</a></li><li><a href="/edits">Recent Edits</a></li><li><a href="/supporters">Supporters</a></li></ul>
<ul class="user"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul>
<form action="/search"><input type="search" name="q" placeholder="Search Radiopaedia"><button>Search</button></form></nav>
</header>
<div class="promo"><a href="/courses">{html.escape(m.get('promo', 'Live course: MSK and neuro MRI review - book your seat'))}</a></div>
<main>
<div class="page-header"><h1>{T}</h1><div class="byline">{who}</div>
<div class="actions"><a href="/{kind}/{m['slug']}/edit">Edit {'case' if case else 'article'}</a> <a href="https://forms.example.org/report?src={m['slug']}">Report problem with {'case' if case else 'article'}</a> <a href="/{kind}/{m['slug']}/revisions">View revision history</a></div></div>
<section class="article-data collapsible"><h2>Citation, DOI, disclosures and {'case' if case else 'article'} data</h2>
<dl><dt>Citation:</dt><dd>{html.escape(m['cite'])} {T}. {'Case study' if case else 'Reference article'}, Radiopaedia.org (Accessed on 5 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}</dd>
<dt>DOI:</dt><dd><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></dd>
<dt>Permalink:</dt><dd><a href="https://radiopaedia.org/{kind}/{m['rid']}">https://radiopaedia.org/{kind}/{m['rid']}</a></dd>
<dt>rID:</dt><dd>{m['rid']}</dd>
<dt>{'Case' if case else 'Article'} created:</dt><dd>{m['created']}<div class="disclosure">At the time the {'case' if case else 'article'} was created {m['author']} had no recorded disclosures.</div></dd>
<dt>Revisions:</dt><dd>{m.get('revisions','9')} times, by {m.get('contributors','4')} contributors - <a href="/{kind}/{m['slug']}/revisions">see full revision history and disclosures</a></dd>
<dt>Systems:</dt><dd>{html.escape(m['system'])}</dd>
<dt>Tags:</dt><dd>{html.escape(m.get('tags',''))}</dd>
{('<dt>Synonyms:</dt><dd><ul>' + syn + '</ul></dd>') if syn else ''}</dl></section>
<nav class="toc"><h2>On this page:</h2><ul>{toc}<li><a href="#references">References</a></li><li><a href="#images">Images</a></li></ul></nav>
<div class="ad-slot in-content">ADVERTISEMENT</div>
<article class="body user-generated-content">
{chr(10).join(body)}
</article>
<section id="references" class="references"><h2>References</h2><ol>
{refs}
</ol></section>
<section class="related"><h2>Related Radiopaedia articles</h2><ul>{rel}</ul></section>
<div class="share"><a href="#">Share {'case' if case else 'article'}</a> <a href="#">Tweet</a></div>
</main>
<aside><div class="rail-ad" id="rail-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<section id="images"><h2>Cases and figures</h2><ul>{cases}</ul><a href="#">Load more images</a></section>
<div class="rail-ad" id="rail-2">Promoted articles (advertising)</div></aside>
<footer><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/terms#privacy">Privacy Policy</a></li><li><a href="/licence">Licensing</a></li></ul><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="page-data">{{"rid":{m['rid']},"slug":"{m['slug']}"}}</script>
</body>
</html>
'''

def r_md(m, bl):
    case = m.get('type') == 'case'; kind = 'cases' if case else 'articles'
    L = ['---', 'title: ' + m['title'].lower(), 'source: radiopaedia', 'category: ' + ('case' if case else 'pathology'),
         'system: ' + m.get('mdsystem', m['system'].lower()), 'modality: ' + m.get('modality', 'mri'), '---', '',
         '%s | Radiology %s | Radiopaedia.org' % (m['title'], 'Case' if case else 'Reference Article'), '', '    ', '    - ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=Kx%s-1772201100.3-1.0.1.1-Pq)' % m['rid'], '',
         '    [', '      &times;', '    ](#)', '      *', '', '        [About](/about?lang=us)', '      ', '        [Articles](/search?scope=articles)', '      ',
         '        [Cases](/search?scope=cases)', '      ', '        [Courses](/courses?lang=us)', '      ', '        [Quiz](/quizzes/all?lang=us)', '      ',
         '        [Recent Edits](/edits?lang=us)', '    ', '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '',
         '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '',
         '[Log in](/sessions/new?lang=us&return_to=%%2F%s%%2F%s)' % (kind, m['slug']), '- [Sign up](/users/sign_up?lang=us)', '', '  {}', '',
         '            [Go ad-free](/go-ad-free)', '      Search', '      *', '', '      # ', '  ' + m['title'], '  ', '']
    if case: L += ['          Case contributed by [%s](/users/%s?lang=us)' % (m['author'], slug(m['author'])), '', '          Diagnosis certain', '']
    else: L += ['          Last revised by [%s](/users/%s?lang=us)' % (m['author'], slug(m['author'])), '', '          on ' + m['revised'], '']
    w = 'case' if case else 'article'
    L += ['    [', '      Edit ' + w, '](/%s/%s/edit?lang=us)' % (kind, m['slug']), '      *', '    - ', '      [View revision history](/%s/%s/revisions?lang=us)' % (kind, m['slug']), '',
          '      ## ', '        Citation, DOI, disclosures and %s data' % w, '',
          '          **', '            Citation:', '          **', '          %s %s. %s, Radiopaedia.org (Accessed on 5 Mar 2026) https://doi.org/10.53347/rID-%s' % (m['cite'], m['title'], 'Case study' if case else 'Reference article', m['rid']), '',
          '          **', '            DOI:', '          **', '          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)' % (m['rid'], m['rid']), '',
          '          **', '            rID:', '          **', '          ' + m['rid'], '',
          '          **', '            %s created:' % w.capitalize(), '          **', '  ' + m['created'], '    *', '      At the time the %s was created %s had no recorded disclosures.' % (w, m['author']), '    *', '',
          '          **', '            Revisions:', '          **', '          %s times, by %s contributors - [see full revision history and disclosures](/%s/%s/revisions?lang=us)' % (m.get('revisions', '9'), m.get('contributors', '4'), kind, m['slug']), '',
          '          **', '            Systems:', '          **', '          [%s](/articles/section/all/%s?lang=us)' % (m['system'], slug(m['system'])), '',
          '          **', '            Tags:', '          **', '          ' + m.get('tags', ''), '']
    if lst(m, 'synonyms'): L += ['          **', '            Synonyms:', '          **', ''] + ['          - ' + s for s in lst(m, 'synonyms')] + ['']
    first = next((i for i, b in enumerate(bl) if b[0] == 'h2'), len(bl))
    def emit(t, p):
        if t == 'h2': return ['#### ' + p, '']
        if t == 'h3': return ['##### ' + p, '']
        if t == 'p': return [i_md(p), '']
        o = []
        for lvl, it in p: o += ['    ' * lvl + '- ' + i_md(it), '']
        return o
    for t, p in bl[:first]: L += emit(t, p)
    L += ['## On this page:', '', w.capitalize() + ':', ''] + ['- [%s](#nav_%s)' % (p, slug(p)) for t, p in bl if t == 'h2'] + ['- [References](#references)', '', 'Images:', '', '- [Cases and figures](#images)', '', '    ', '']
    for t, p in bl[first:]: L += emit(t, p)
    L += ['    ', '      ## ', '        References', '      ', '']
    for i, r in enumerate(m['refs']): L += ['          - ', '            %d. %s' % (i + 1, r), '          ', '']
    L += ['## Related Radiopaedia articles', ''] + ['- [%s](/articles/%s?lang=us)' % (r, slug(r)) for r in lst(m, 'related')]
    L += ['', '  Share ' + w, '', '    ADVERTISEMENT: Supporters see fewer/no ads', '', '## Cases and figures', '']
    for i, c in enumerate(lst(m, 'cases')): L += ['  - Drag', '    Case %d: %s' % (i + 1, c), '    Drag here to reorder.', '']
    L += ['[Load more images](#)', '', '## Promoted articles (advertising)', '', '- [About](/about?lang=us)', '- [Editorial Board](/editors?lang=us)', '- Do not share my Personal Information.', '',
          '[Contact Us](/contact?lang=us) [Terms of Use](/terms?lang=us) [Privacy Policy](/terms?lang=us#privacy-policy)', '', '© 2005–2026 Radiopaedia.org', '']
    return '\n'.join(L)

def r_txt(m, bl):
    case = m.get('type') == 'case'; w = 'case' if case else 'article'
    run = lst(m, 'txt_runon'); L = [m['title'], '']; cur = ''
    for t, p in bl:
        if t in ('h2', 'h3'): cur = p; L += [p, '']
        elif t == 'p': L += [i_txt(p) + ' ', '']
        elif cur in run: L += [' '.join(i_txt(x) for _, x in p) + ' ', '']
        else: L += [i_txt(x) for _, x in p] + ['']
    L += ['References', ''] + ['%d. %s' % (i + 1, r) for i, r in enumerate(m['refs'])]
    L += ['', 'Share ' + w, '', w.capitalize() + ' information', '', 'rID: ' + m['rid'], 'Section: ' + ('Case' if case else 'Pathology')]
    if lst(m, 'synonyms'): L += ['Synonyms or Alternate Spellings:'] + ['  • ' + s for s in lst(m, 'synonyms')]
    L += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '']
    for i, c in enumerate(lst(m, 'cases')): L += ['  • Drag', '    Case %d: %s' % (i + 1, c), '    Drag here to reorder.']
    L += ['', 'Related Radiopaedia articles', ''] + ['  • ' + r for r in lst(m, 'related')] + ['', 'ADVERTISEMENT: Supporters see fewer/no ads', '']
    return '\n'.join(L)

def gold(p):
    facts, subj = [], None
    for n, ln in enumerate(open(p, encoding='utf-8'), 1):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        if ln.startswith('@'): subj = ln[1:].strip(); continue
        f = [x.strip() for x in ln.split('|')]
        if len(f) != 6: sys.exit('%s:%d bad field count %d: %s' % (p, n, len(f), ln))
        k, item, val, grp, attr, q = f; s = subj
        if '>' in k: k, s = [x.strip() for x in k.split('>', 1)]
        facts.append({'kind': k, 'subject': s, 'item': item, 'value': val, 'group': grp, 'attribute': attr, 'quote': q})
    return facts

def body_words(bl):
    return sum(len(i_txt(p).split()) if t != 'ul' else sum(len(i_txt(x).split()) for _, x in p) for t, p in bl)

if __name__ == '__main__':
    for a in sorted(glob.glob(os.path.join(HERE, 'src', '*.art'))):
        m, bl = load(a); d = os.path.join(OUT, m['slug']); os.makedirs(d, exist_ok=True)
        forms = [x.strip() for x in m['forms'].split(',')]
        for f in forms:
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write({'html': r_html, 'md': r_md, 'txt': r_txt}[f](m, bl))
        g = a[:-4] + '.gold'
        if os.path.exists(g):
            doc = {'title': m['title'], 'system': m['system'], 'forms': forms, 'facts': gold(g)}
            with open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8') as fh:
                yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
        print(m['slug'], forms, body_words(bl), 'words')
