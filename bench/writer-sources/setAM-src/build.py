#!/usr/bin/env python3
"""Render AM.src/<slug>.src into /work/blind/AM/<slug>/article.{html,md,txt}."""
import re, sys, os, html as H, glob

OUT = '/work/blind/AM'

def parse(path):
    txt = open(path).read()
    head, rest = txt.split('\n---\n', 1)
    meta = dict(l.split(': ', 1) for l in head.strip().splitlines())
    body, refs = rest.split('\n@@refs\n', 1)
    refs = [r.strip() for r in refs.strip().splitlines() if r.strip()]
    related = [x.strip() for x in meta.get('related', '').split(';') if x.strip()]
    return meta, body.strip('\n'), refs, related

def blocks(body):
    out = []; para = []; lst = []
    def flush():
        if para: out.append(('p', ' '.join(para))); para.clear()
        if lst: out.append(('ul', list(lst))); lst.clear()
    for line in body.splitlines():
        if not line.strip():
            flush(); continue
        if line.startswith('### '):
            flush(); out.append(('h3', line[4:])); continue
        if line.startswith('## '):
            flush(); out.append(('h2', line[3:])); continue
        m = re.match(r'^( *)- (.*)', line)
        if m:
            if para: out.append(('p', ' '.join(para))); para.clear()
            lst.append((len(m.group(1)) // 2, m.group(2))); continue
        if lst: out.append(('ul', list(lst))); lst.clear()
        para.append(line.strip())
    flush()
    return out

LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
CITE = re.compile(r' ?\{([\d,]+)\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')
RUN = '@run '   # list marked to run into a paragraph in txt

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def inline_md(s):
    s = LINK.sub(lambda m: '[%s](/articles/%s?lang=us)' % (m.group(1), m.group(2) or slugify(m.group(1))), s)
    s = CITE.sub(lambda m: ' ' + m.group(1), s)
    return s

def inline_html(s):
    s = H.escape(s, quote=False)
    s = LINK.sub(lambda m: '<a href="/articles/%s">%s</a>' % (m.group(2) or slugify(m.group(1)), m.group(1)), s)
    s = CITE.sub(lambda m: '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in m.group(1).split(',')) + '</sup>', s)
    s = BOLD.sub(r'<strong>\1</strong>', s)
    return s

def inline_txt(s):
    s = LINK.sub(lambda m: m.group(1), s)
    s = CITE.sub(lambda m: m.group(1), s)
    s = BOLD.sub(r'\1', s)
    return s

def ul_html(items):
    # nested
    out = ['<ul>']; depth = 0; first = True
    for d, t in items:
        if d > depth:
            out[-1] = out[-1][:-5]  # remove </li>
            out.append('<ul>'); depth = d
        while d < depth:
            out.append('</ul></li>'); depth -= 1
        out.append('<li>%s</li>' % inline_html(t))
    while depth > 0:
        out.append('</ul></li>'); depth -= 1
    out.append('</ul>')
    return ''.join(out)

def render(meta, body, refs, related, slug):
    bl = blocks(body)
    title = meta['title']; rid = meta['rid']; sysname = meta['system']
    author = meta.get('author', 'Mara Velasco'); author2 = meta.get('author2', 'Jonas Richter')
    cit = '%s, %s, et al. %s. %s, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-%s' % (
        author.split()[-1] + ' ' + author[0], author2.split()[-1] + ' ' + author2[0], title,
        'Case study' if meta.get('case') else 'Reference article', rid)
    kind = 'cases' if meta.get('case') else 'articles'
    syns = [x.strip() for x in meta.get('synonyms', '').split(';') if x.strip()]
    # ---------- html
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n<title>%s | Radiology %s | Radiopaedia.org</title>' % (H.escape(title), 'Case' if meta.get('case') else 'Reference Article'))
    h.append('<meta property="og:url" content="https://radiopaedia.org/%s/%s">\n<link rel="stylesheet" href="/assets/application-77ab3d.css">' % (kind, slug))
    h.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"system": "%s"}};</script>\n</head>\n<body class="%s show">' % (sysname, kind))
    h.append('<header class="site-header">\n<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    h.append('<nav class="main-nav"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a><ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul><ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul></nav>\n</header>')
    h.append('<div class="promo-banner"><a href="/courses?lang=us">Live course: Spine and MSK trauma essentials - places still available</a></div>')
    h.append('<main id="content" class="main-content">\n<div class="article-header">\n<h1 class="header-title">%s</h1>\n<div class="author-info">Last revised by <a href="/users/%s">%s</a> on 19 Jan 2026</div>\n<div class="article-actions"><a href="/%s/%s/edit" class="btn">Edit %s</a> <a href="/%s/%s/revisions" class="btn">View revision history</a></div>\n</div>' % (H.escape(title), slugify(author), author, kind, slug, 'case' if meta.get('case') else 'article', kind, slug))
    h.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and %s data</h2>' % ('case' if meta.get('case') else 'article'))
    for k, v in [('Citation:', cit), ('DOI:', 'https://doi.org/10.53347/rID-' + rid), ('Permalink:', 'https://radiopaedia.org/%s/%s' % (kind, rid)), ('rID:', rid), ('Article created:', '3 May 2014, ' + author2), ('Last revised:', '19 Jan 2026, %s. Disclosures: At the time the article was last revised %s had no financial relationships to ineligible companies to disclose.' % (author, author)), ('Revisions:', '%s times, by %s contributors - see full revision history and disclosures' % (meta.get('revs', '23'), meta.get('contrib', '9'))), ('Systems:', sysname)]:
        h.append('<div class="meta-item"><div class="meta-item-title">%s</div><div>%s</div></div>' % (k, H.escape(v)))
    if syns:
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % H.escape(s) for s in syns))
    h.append('</div>')
    h2s = [t for k, t in bl if k == 'h2']
    h.append('<nav class="on-this-page"><h2>On this page:</h2><div>Article:</div><ul>%s<li><a href="#references">References</a></li></ul></nav>' % ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(t), H.escape(t)) for t in h2s))
    h.append('<div class="body user-generated-content">')
    for k, t in bl:
        if k == 'h2': h.append('<h2 id="nav_%s">%s</h2>' % (slugify(t), H.escape(t)))
        elif k == 'h3': h.append('<h3>%s</h3>' % H.escape(t))
        elif k == 'p': h.append('<p>%s</p>' % inline_html(t))
        else: h.append(ul_html([(d, x.replace(RUN, '')) for d, x in t]))
    h.append('</div>')
    h.append('<div class="ref-list" id="references"><h2>References</h2><ol>%s</ol></div>' % ''.join('<li id="ref_%d"><span class="ref-text">%s</span></li>' % (i + 1, H.escape(r)) for i, r in enumerate(refs)))
    h.append('<div id="related-articles"><h2>Related articles: %s</h2><ul>%s</ul></div>' % (meta.get('relhead', sysname), ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), H.escape(r)) for r in related)))
    h.append('<div class="share-article"><a href="#" class="share">Share article</a></div>\n</main>')
    h.append('<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="article-images"><h2>Cases and figures</h2><ul class="case-list"><li class="case-item"><a href="/cases/%s-1">Case 1: %s</a></li><li class="case-item"><a href="/cases/%s-2">Case 2: %s</a></li></ul></div></aside>' % (slug, title.lower(), slug, title.lower() + ' (MRI)'))
    h.append('<footer class="site-footer"><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul><p class="legal"><a href="/terms?lang=us">Terms of Use</a> <a href="/licence?lang=us">Licensing</a></p><p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>\n</body>\n</html>\n')
    html_s = '\n'.join(h)
    # ---------- md
    m = []
    m.append('---\ntitle: %s\nsource: radiopaedia\ncategory: %s\nsystem: %s\nmodality: %s\n---\n' % (slug, 'case' if meta.get('case') else 'pathology', meta.get('mdsystem', sysname.lower()), meta.get('modality', 'mri')))
    m.append('%s | Radiology Reference Article | Radiopaedia.org\n\n\n    \n    - \n    \n\n  [](https://radiopaedia.org/cdn-cgi/content?id=Zk81a)\n\n    [\n      &times;\n    ](#)\n\n        [About](/about?lang=us)\n\n        [Articles](/search?scope=articles&sort=date_of_last_edit)\n\n        [Cases](/search?scope=cases&sort=date_of_publication)\n\n        [Quiz](/quizzes/all?lang=us)\n\n          [Log In](/sessions/new?lang=us)\n\n        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n\n      Search\n      *\n    *\n\n      # \n  %s\n  \n\n          Last revised by [%s](/users/%s?lang=us)\n\n          on 19 Jan 2026\n\n    [\n      Edit article\n](/%s/%s/edit?lang=us)    \n\n    - \n      [View revision history](/%s/%s/revisions?lang=us)\n\n      ## \n        Citation, DOI, disclosures and article data\n\n          **\n            Citation:\n          **\n\n          %s\n\n          **\n            rID:\n          **\n\n          %s\n\n          **\n            Systems:\n          **\n\n          [%s](/articles/section/all/%s?lang=us)\n' % (title, title, author, slugify(author), kind, slug, kind, slug, cit, rid, sysname, slugify(sysname)))
    if syns:
        m.append('          **\n            Synonyms:\n          **\n\n' + ''.join('- %s\n\n' % s for s in syns))
    m.append('## On this page:\n\nArticle:\n\n' + ''.join('- [%s](#nav_%s)\n\n' % (t, slugify(t)) for t in h2s) + '- [References](#references)\n\n')
    for k, t in bl:
        if k == 'h2': m.append('#### %s\n' % t)
        elif k == 'h3': m.append('##### %s\n' % t)
        elif k == 'p': m.append(inline_md(t) + '\n')
        else: m.append('\n'.join('%s- %s\n' % ('    ' * d, inline_md(x.replace(RUN, ''))) for d, x in t))
    m.append('#### References\n\n' + ''.join('%d. %s\n\n' % (i + 1, r) for i, r in enumerate(refs)))
    m.append('## Related articles: %s\n\n' % meta.get('relhead', sysname) + ''.join('- [%s](/articles/%s?lang=us)\n\n' % (r, slugify(r)) for r in related))
    m.append('  \n    \n  Share article\n\n          ## \n            [Radiopaedia.org](/?lang=us)\n\n                [About](/about?lang=us)\n\n                [Editorial Board](/editors?lang=us)\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n')
    md_s = '\n'.join(m)
    # ---------- txt
    t_ = [title, '']
    for k, t in bl:
        if k in ('h2', 'h3'): t_.append(t + '\n')
        elif k == 'p': t_.append(inline_txt(t) + ' \n')
        else:
            if t and t[0][1].startswith(RUN):
                t_.append(' '.join(inline_txt(x.replace(RUN, '')) for d, x in t) + ' \n')
            else:
                t_.append('\n'.join(inline_txt(x) for d, x in t) + '\n')
    t_.append('References\n\n' + ''.join('%d. %s\n' % (i + 1, r) for i, r in enumerate(refs)))
    t_.append('\nShare article\n\nArticle information\n\nrID: %s\nSection: %s\n' % (rid, 'Case' if meta.get('case') else 'Pathology'))
    if syns:
        t_.append('Synonyms or Alternate Spellings:\n' + ''.join('  \u2022 %s\n' % s for s in syns))
    t_.append('\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  \u2022 Drag\n    Case 1: %s\n    Drag here to reorder.\n  \u2022 Updating\u2026 Please wait.\n' % title.lower())
    txt_s = '\n'.join(t_)
    bodytxt = '\n'.join(inline_txt(t) if isinstance(t, str) else ' '.join(inline_txt(x) for d, x in t) for k, t in bl)
    words = len(bodytxt.replace(RUN, '').split())
    return {'html': html_s, 'md': md_s, 'txt': txt_s}, words

def main():
    stats = {}
    for src in sorted(glob.glob('/work/blind/AM.src/*.src')):
        slug = os.path.basename(src)[:-4]
        meta, body, refs, related = parse(src)
        forms, words = render(meta, body, refs, related, slug)
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in meta['forms'].split(','):
            f = f.strip()
            open(os.path.join(d, 'article.' + f), 'w').write(forms[f])
        if meta.get('txtmeta') and 'txt' in meta['forms']:
            open(os.path.join(d, 'article.txt.meta.yaml'), 'w').write('url: https://radiopaedia.org/articles/%s\nrid: "%s"\nlicence: CC BY-NC-SA 3.0\n' % (meta['rid'], meta['rid']))
        stats[slug] = (meta['system'], meta['forms'], words)
        print(slug, meta['forms'], words)
    return stats

if __name__ == '__main__':
    main()
