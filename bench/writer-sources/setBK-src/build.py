#!/usr/bin/env python3
"""Render BK bodies (small markup) into html/md/txt with invented chrome."""
import re, html, json, os, sys, random
from meta import META
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BK')

def parse(path):
    """Return (presentation dict, blocks). blocks: ('h2',t) ('h3',t) ('p',t) ('ul',[(lvl,t)])"""
    pres = {}
    blocks = []
    para = []
    items = None
    def flush():
        nonlocal para, items
        if para:
            blocks.append(('p', ' '.join(para))); para = []
        if items is not None:
            blocks.append(('ul', items)); items = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('@'):
            k, v = line[1:].split(':', 1); pres[k.strip()] = v.strip(); continue
        if not line.strip():
            flush(); continue
        if line.startswith('### '):
            flush(); blocks.append(('h4', line[4:].strip())); continue
        if line.startswith('## '):
            flush(); blocks.append(('h3', line[3:].strip())); continue
        if line.startswith('# '):
            flush(); blocks.append(('h2', line[2:].strip())); continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            if para: blocks.append(('p', ' '.join(para))); para = []
            if items is None: items = []
            items.append((len(m.group(1)) // 2, m.group(2).strip())); continue
        if items is not None:
            blocks.append(('ul', items)); items = None
        para.append(line.strip())
    flush()
    return pres, blocks

CIT = re.compile(r' ?\[(\d+(?:,\d+)*)\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')

def plain_text(t):
    return BOLD.sub(r'\1', CIT.sub('', t))

def words(blocks):
    n = 0
    for kind, t in blocks:
        if kind == 'ul':
            for _, x in t: n += len(plain_text(x).split())
        else:
            n += len(plain_text(t).split())
    return n

# ---------------- html ----------------
def h_inline(t):
    t = html.escape(t, quote=False)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    t = CIT.sub(lambda m: ' ' + ''.join('<sup class="ref"><a href="#ref_%s">%s</a></sup>' % (x, x) for x in m.group(1).split(',')), t)
    return t

def h_list(items):
    out = []; depth = -1
    for lvl, t in items:
        if lvl > depth:
            out.append('<ul>' * (lvl - depth)); depth = lvl
        elif lvl < depth:
            out.append('</li>' + '</ul></li>' * (depth - lvl)); depth = lvl
        else:
            out.append('</li>')
        out.append('<li>' + h_inline(t))
    out.append('</li>' + '</ul></li>' * depth + '</ul>')
    s = ''.join(out)
    return s.replace('<ul></li>', '<ul>', 1) if s.startswith('<ul></li>') else s

def render_html(slug, m, pres, blocks):
    title = m['title']; rid = m['rid']
    L = []
    L.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    kind = 'Radiology Case' if m.get('case') else 'Radiology Reference Article'
    L.append('<title>%s | %s | Radiopaedia.org</title>' % (html.escape(title), kind))
    L.append('<meta name="description" content="%s">' % html.escape(m['desc']))
    L.append('<link rel="canonical" href="https://radiopaedia.org/%s/%s">' % ('cases' if m.get('case') else 'articles', slug))
    L.append('<link rel="stylesheet" href="/assets/application-9b3e77c1aa.css">')
    L.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>')
    L.append('<script>window.rpAds={"slots":["leaderboard","sidebar"],"system":"%s"};</script>' % m['system'])
    L.append('</head>\n<body class="%s show">' % ('cases' if m.get('case') else 'articles'))
    L.append('<header class="site-header"><div class="ad-banner" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    L.append('<nav class="main-nav"><a class="logo" href="/">Radiopaedia.org</a><ul class="nav-links"><li><a href="/about">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses">Courses</a></li><li><a href="/quizzes/all">Quiz</a></li><li><a href="/edits">Recent Edits</a></li></ul><ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul><form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>')
    L.append('<div class="promo-banner"><a href="/courses">%s</a></div>' % m['promo'])
    L.append('<main id="content">')
    L.append('<div class="article-header"><h1 class="header-title">%s</h1>' % html.escape(title))
    if m.get('case'):
        L.append('<div class="author-info">Case contributed by <a href="/users/x">%s</a></div>' % m['author'])
    else:
        L.append('<div class="author-info">Last revised by <a href="/users/x">%s</a> on %s</div>' % (m['reviser'], m['revised']))
    L.append('<div class="article-actions"><a class="btn" href="/edit">Edit %s</a> <a class="btn" href="/report">Report problem with %s</a> <a class="btn" href="/revisions">View revision history</a></div></div>' % (('case',)*2 if m.get('case') else ('article',)*2))
    L.append('<div class="article-information collapsible"><h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if m.get('case') else 'article'))
    L.append('<div class="meta-item"><div class="meta-item-title">Citation:</div><div>%s</div></div>' % html.escape(m['citation']))
    L.append('<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-%s">https://doi.org/10.53347/rID-%s</a></div></div>' % (rid, rid))
    L.append('<div class="meta-item"><div class="meta-item-title">Permalink:</div><div>https://radiopaedia.org/%s/%s</div></div>' % ('cases' if m.get('case') else 'articles', rid))
    L.append('<div class="meta-item"><div class="meta-item-title">rID:</div><div>%s</div></div>' % rid)
    L.append('<div class="meta-item"><div class="meta-item-title">%s:</div><div>%s, <a href="/users/x">%s</a><div class="disclosure">At the time the %s was created %s had no recorded disclosures.</div></div></div>' % ('Case published' if m.get('case') else 'Article created', m['created'], m['author'], 'case' if m.get('case') else 'article', m['author']))
    if not m.get('case'):
        L.append('<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>%s times, by %s contributors - <a href="/revisions">see full revision history and disclosures</a></div></div>' % (m['revisions'], m['contributors']))
    L.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>%s</div></div>' % ', '.join('<a href="/articles/section/%s">%s</a>' % (s.lower().replace(' ', '-'), s) for s in m['systems']))
    if m.get('synonyms'):
        L.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % html.escape(s) for s in m['synonyms']))
    L.append('</div>')
    if m.get('case'):
        L.append('<div class="case-section"><h2>Presentation</h2><p>%s</p></div>' % h_inline(pres['presentation']))
        L.append('<div class="case-section patient-data"><h2>Patient Data</h2><div class="data-item"><span class="label">Age:</span> %s</div><div class="data-item"><span class="label">Gender:</span> %s</div></div>' % (pres['age'], pres['gender']))
        L.append('<div class="study-viewer"><div class="study-title">%s</div><div class="viewer-placeholder">Loading images...</div><div class="study-controls">Open in Radiopaedia viewer | Start scroll</div></div>' % pres['study'])
    L.append('<div class="body user-generated-content">')
    for kind, t in blocks:
        if kind == 'h2': L.append('<h2>%s</h2>' % h_inline(t))
        elif kind == 'h3': L.append('<h3>%s</h3>' % h_inline(t))
        elif kind == 'h4': L.append('<h4>%s</h4>' % h_inline(t))
        elif kind == 'p': L.append('<p>%s</p>' % h_inline(t))
        else: L.append(h_list(t))
    L.append('</div>')
    if m.get('refs'):
        L.append('<h2 class="references-title">References</h2><ol class="references">')
        for i, r in enumerate(m['refs'], 1):
            L.append('<li id="ref_%d">%s</li>' % (i, html.escape(r)))
        L.append('</ol>')
    if m.get('tags'):
        L.append('<div class="tags">Tags: %s</div>' % ', '.join('<a href="/tags/%s">%s</a>' % (t, t) for t in m['tags']))
    L.append('<div class="related-articles"><h3>Related Radiopaedia articles</h3><ul>%s</ul></div>' % ''.join('<li><a href="/articles/%s">%s</a></li>' % (r.lower().replace(' ', '-'), html.escape(r)) for r in m['related']))
    L.append('<div class="promoted-cases"><h3>Promoted articles (advertising)</h3><ul><li><a href="/ads/1">ARTICLE: Imaging workflow in the modern department</a></li></ul></div>')
    if m.get('cases_widget'):
        L.append('<div class="related-cases"><h3>Cases and figures</h3><ul>%s</ul></div>' % ''.join('<li><a href="/cases/x">%s</a></li>' % html.escape(c) for c in m['cases_widget']))
    L.append('</main>\n<footer class="site-footer"><p>Updating… Please wait.</p><p>Unable to process the form. Check for errors and try again.</p><p>Thank you for updating your details.</p><ul><li><a href="/about">About Radiopaedia</a></li><li><a href="/licence">Licensing</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul><p>Radiopaedia.org &copy; 2005-2026 Radiopaedia Australia Pty Ltd. ABN 28 166 411 432</p></footer>\n</body>\n</html>\n')
    return '\n'.join(L)

# ---------------- md ----------------
def md_inline(t):
    return CIT.sub(lambda m: ' ' + ''.join('[%s](#ref_%s)' % (x, x) for x in m.group(1).split(',')), t)

def render_md(slug, m, pres, blocks):
    L = ['---']
    for k, v in m['md_front'].items(): L.append('%s: %s' % (k, v))
    L.append('---\n')
    L.append('%s | %s | Radiopaedia.org\n' % (m['title'], 'Radiology Case' if m.get('case') else 'Radiology Reference Article'))
    L.append('    \n    - \n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=a81Pq0x)\n\n    [\n      &times;\n    ](#)\n')
    for n in ['About', 'Articles', 'Cases', 'Courses', 'Quiz', 'Recent Edits', 'Supporters']:
        L.append('        [%s](/%s?lang=us)\n' % (n, n.lower().replace(' ', '-')))
    L.append('          [Log In](/sessions/new?lang=us)\n          [Sign Up](/users/sign_up?lang=us)\n')
    L.append('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n')
    L.append('    [\n    \n](https://radiopaedia.org/courses)\n\n      Search\n      *\n    *\n')
    L.append('      # \n  %s\n  \n' % m['title'])
    if m.get('case'):
        L.append('          Case contributed by [%s](/users/x?lang=us)\n' % m['author'])
    else:
        L.append('          Last revised by [%s](/users/x?lang=us)\n\n          on %s\n' % (m['reviser'], m['revised']))
    L.append('    [\n      Edit %s\n](/%s/%s/edit?lang=us)    \n      *\n      **\n' % ('case' if m.get('case') else 'article', 'cases' if m.get('case') else 'articles', slug))
    L.append('    - \n      [Report problem with %s](https://docs.google.com/forms/d/e/x/viewform)\n    - \n      [View revision history](/articles/%s/revisions?lang=us)\n' % ('case' if m.get('case') else 'article', slug))
    L.append('      ## \n        Citation, DOI, disclosures and %s data\n' % ('case' if m.get('case') else 'article'))
    L.append('          **\n            Citation:\n          **\n        \n          %s\n' % m['citation'])
    L.append('          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-%s](https://doi.org/10.53347/rID-%s)\n' % (m['rid'], m['rid']))
    L.append('          **\n            Permalink:\n          **\n          [https://radiopaedia.org/articles/%s](https://radiopaedia.org/articles/%s)\n' % (m['rid'], m['rid']))
    L.append('          **\n            rID:\n          **\n          %s\n' % m['rid'])
    L.append('          **\n            Article created:\n          **\n  %s,\n  [%s](/users/x?lang=us)\n    *\n      At the time the article was created %s had no recorded disclosures.\n    *\n' % (m['created'], m['author'], m['author']))
    if not m.get('case'):
        L.append('        **\n          Revisions:\n        **\n        %s times, by %s contributors - [see full revision history and disclosures](/articles/%s/revisions?lang=us)\n' % (m['revisions'], m['contributors'], slug))
    L.append('        **\n          Systems:\n        **\n        %s\n' % ', '.join('[%s](/articles/section/x)' % s for s in m['systems']))
    if m.get('synonyms'):
        L.append('        **\n          Synonyms:\n        **\n' + ''.join('- %s\n' % s for s in m['synonyms']))
    if m.get('case'):
        L.append('## Presentation\n\n%s\n' % pres['presentation'])
        L.append('## Patient Data\n\nAge:\n        %s\n\nGender:\n        %s\n' % (pres['age'], pres['gender']))
        L.append('    %s\n\n    Loading images...\n\n    [Open in Radiopaedia viewer](#)\n' % pres['study'])
    for kind, t in blocks:
        if kind == 'h2': L.append('## %s\n' % t)
        elif kind == 'h3': L.append('### %s\n' % t)
        elif kind == 'h4': L.append('#### %s\n' % t)
        elif kind == 'p': L.append(md_inline(t) + '\n')
        else:
            L.append('\n'.join('%s- %s' % ('    ' * lvl, md_inline(x)) for lvl, x in t) + '\n')
    if m.get('refs'):
        L.append('## References\n')
        for i, r in enumerate(m['refs'], 1):
            L.append('- %d. %s\n' % (i, r))
    L.append('  \n    ## Related Radiopaedia articles\n')
    L.append('\n'.join('- [%s](/articles/%s?lang=us)' % (r, r.lower().replace(' ', '-')) for r in m['related']) + '\n')
    if m.get('cases_widget'):
        L.append('  ## Cases and figures\n\n' + '\n'.join('  - [%s](/cases/x)' % c for c in m['cases_widget']) + '\n')
    L.append('  Promoted articles (advertising)\n\n  [ARTICLE: Imaging workflow in the modern department](/ads/1)\n')
    L.append('{"props":{"articleId":%s,"lang":"us","systems":%s}}\n' % (m['rid'], json.dumps(m['systems'])))
    L.append('    Updating… Please wait.\n\n    Unable to process the form. Check for errors and try again.\n\n    Thank you for updating your details.\n\n  - [About Radiopaedia](/about)\n  - [Privacy policy](/privacy)\n  - [Terms of use](/terms)\n\n  Radiopaedia.org © 2005-2026 Radiopaedia Australia Pty Ltd. ABN 28 166 411 432\n')
    return '\n'.join(L)

# ---------------- txt ----------------
def t_inline(t):
    # citation numbers glued to the preceding word
    return BOLD.sub(r'\1', CIT.sub(lambda m: m.group(1), t))

def render_txt(slug, m, pres, blocks):
    style = m.get('txt_lists', 'lines')  # lines | run | drop_nested
    L = [m['title'], '']
    if m.get('case'):
        L += ['Presentation', '', t_inline(pres['presentation']), '', 'Patient Data', 'Age: %s' % pres['age'], 'Gender: %s' % pres['gender'], '', pres['study'], '']
    for kind, t in blocks:
        if kind in ('h2', 'h3', 'h4'): L += [t, '']
        elif kind == 'p': L += [t_inline(t), '']
        else:
            if style == 'run':
                L += [' '.join(t_inline(x) for _, x in t), '']
            elif style == 'bullets':
                L += ['%s• %s' % ('  ' * lvl, t_inline(x)) for lvl, x in t] + ['']
            else:
                L += [t_inline(x) for _, x in t] + ['']
    if m.get('txt_tail'):
        L += ['Related Radiopaedia articles', ''] + m['related'] + ['']
    return '\n'.join(L)

def main():
    counts = {}
    for slug, m in META.items():
        pres, blocks = parse(os.path.join(SRC, 'bodies', slug + '.txt'))
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith('article.'): os.remove(os.path.join(d, f))
        for form in m['forms']:
            fn = {'html': render_html, 'md': render_md, 'txt': render_txt}[form]
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(fn(slug, m, pres, blocks))
        counts[slug] = words(blocks)
    json.dump(counts, open(os.path.join(SRC, 'wordcounts.json'), 'w'), indent=1)
    for k, v in counts.items(): print(v, k)

if __name__ == '__main__':
    main()
