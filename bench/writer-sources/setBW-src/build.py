#!/usr/bin/env python3
"""Render BW.src/src/*.art -> BW/<slug>/article.<form> + gold.yaml.
Source: @key value meta lines; @body/@refs/@related/@gold sections.
Body: '## H2', '### H3', '- item' / '  - nested', blank-line paragraphs, [[link]], {n} citation.
Gold line: kind | subject | item | value | group | attribute | quote"""
import re, html, pathlib, yaml, json
ROOT = pathlib.Path(__file__).resolve().parent
OUT = ROOT.parent / 'BW'
SECTS = ('body', 'refs', 'related', 'gold')

def parse(p):
    meta, sect, cur = {}, {}, None
    for line in p.read_text().split('\n'):
        m = re.match(r'^@(\w+)\s*(.*)$', line)
        if m:
            k, v = m.groups()
            if k in SECTS: cur = k; sect[k] = []
            else: meta[k] = v.strip(); cur = None
            continue
        if cur: sect[cur].append(line)
    return meta, sect

def blocks(lines):
    out, para, i = [], [], 0
    def flush():
        if para: out.append(('p', ' '.join(para))); para.clear()
    while i < len(lines):
        l = lines[i]
        if not l.strip(): flush(); i += 1; continue
        if l.startswith('### '): flush(); out.append(('h3', l[4:].strip()))
        elif l.startswith('## '): flush(); out.append(('h2', l[3:].strip()))
        elif re.match(r'^\s*- ', l):
            flush(); items = []
            while i < len(lines) and re.match(r'^\s*- ', lines[i]):
                ind = len(lines[i]) - len(lines[i].lstrip()); items.append((ind // 2, lines[i].strip()[2:])); i += 1
            out.append(('ul', items)); continue
        else: para.append(l.strip())
        i += 1
    flush(); return out

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

def inline(t, form):
    if form == 'html':
        t = html.escape(t, quote=False)
        t = re.sub(r'\[\[(.+?)\]\]', lambda m: f'<a href="/articles/{slugify(m.group(1))}?lang=us">{m.group(1)}</a>', t)
        t = re.sub(r'\{([\d,]+)\}', lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', t)
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    elif form == 'md':
        t = re.sub(r'\[\[(.+?)\]\]', lambda m: f'[{m.group(1)}](/articles/{slugify(m.group(1))}?lang=us)', t)
        t = re.sub(r'\{([\d,]+)\}', lambda m: ' ' + ','.join(f'[{n}](#ref_{n})' for n in m.group(1).split(',')), t)
    else:
        t = re.sub(r'\[\[(.+?)\]\]', r'\1', t)
        t = re.sub(r'\s*\{([\d,]+)\}', lambda m: m.group(1).replace(',', ''), t)
        t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    return t

def body_words(lines):
    txt = ' '.join(l for l in lines if not l.startswith('#'))
    txt = re.sub(r'\[\[(.+?)\]\]', r'\1', txt); txt = re.sub(r'\{[\d,]+\}', '', txt); txt = txt.replace('**', '')
    return len(re.findall(r"[A-Za-z0-9][^\s]*", txt))

def kindof(meta): return 'cases' if meta.get('case') else 'articles'

def render_html(meta, sect, bl):
    slug, title, rid, kind = meta['slug'], meta['title'], meta['rid'], kindof(meta)
    au = meta['author']; last = au.split(',')[0]
    h2s = [b[1] for b in bl if b[0] == 'h2']
    lab = 'Case' if kind == 'cases' else 'Reference Article'
    o = ['<!DOCTYPE html>', '<html lang="en" class="no-js">', '<head>', '<meta charset="utf-8">',
         f'<title>{html.escape(title)} | Radiology {lab} | Radiopaedia.org</title>',
         f'<meta property="og:url" content="https://radiopaedia.org/{kind}/{slug}">',
         f'<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">',
         '<link rel="stylesheet" href="/assets/application-b7e21c.css">',
         '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-BW0000");</script>',
         '<script>window.radiopaediaAds={"slots":["leaderboard","sidebar-top"],"lazy":true};</script>',
         '</head>', f'<body class="{kind} show">', '<header class="site-header">',
         '<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
         '<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>',
         '<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/search?scope=mcqs">Questions</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>',
         '<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>',
         '<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav>', '</header>',
         '<div class="promo-banner"><a href="/courses?lang=us">Paediatric neuroradiology masterclass - early bird pricing ends Friday</a></div>',
         '<main id="content" class="main-content">', '<div class="article-header">', f'<h1 class="header-title">{html.escape(title)}</h1>',
         f'<div class="author-info">Last revised by <a href="/users/{slugify(last)}?lang=us">{last}</a> on {meta["revised"]}</div>',
         f'<div class="article-actions"><a href="/{kind}/{slug}/edit" class="btn">Edit {"case" if kind=="cases" else "article"}</a> <a href="#" class="btn">Report problem with {"case" if kind=="cases" else "article"}</a> <a href="/{kind}/{slug}/revisions" class="btn">View revision history</a></div>',
         '</div>', '<div class="article-information collapsible">', '<h2 class="collapsible-title">Citation, DOI, disclosures and {} data</h2>'.format('case' if kind == 'cases' else 'article'),
         f'<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{au}, et al. {html.escape(title)}. {"Case study" if kind=="cases" else "Reference article"}, Radiopaedia.org (Accessed on 7 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">{"Case" if kind=="cases" else "Article"} created:</div><div>{meta["created"]}<div class="disclosure">At the time the {"case" if kind=="cases" else "article"} was created {au.split(",")[-1].strip()} had no recorded disclosures.</div></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta["revised"]}, {last}<div class="disclosure">Disclosures: At the time the article was last revised {last} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get("revisions","12")} times, by {meta.get("contributors","6")} contributors - <a href="/{kind}/{slug}/revisions">see full revision history and disclosures</a></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{meta["systems"]}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{meta.get("tags","")}</div></div>']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn: o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{html.escape(s)}</li>' for s in syn) + '</ul></div></div>')
    o.append('</div>')
    o.append('<div class="sidebar-ad ad-slot" id="sidebar-top">Support Radiopaedia and see fewer ads</div>')
    o.append('<nav class="on-this-page"><h2>On this page:</h2><ul>' + ''.join(f'<li><a href="#nav_{slugify(h)}">{h}</a></li>' for h in h2s) + '<li><a href="#references">References</a></li><li><a href="#images">Images</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    for b in bl:
        if b[0] == 'p': o.append(f'<p>{inline(b[1], "html")}</p>')
        elif b[0] == 'h2': o.append(f'<h2 id="nav_{slugify(b[1])}">{b[1]}</h2>')
        elif b[0] == 'h3': o.append(f'<h3>{b[1]}</h3>')
        else:
            s, lvl = '<ul>', 0
            for n, (d, it) in enumerate(b[1]):
                if d > lvl: s += '<ul>'
                elif d < lvl: s += '</li></ul></li>'
                elif n: s += '</li>'
                s += f'<li>{inline(it, "html")}'; lvl = d
            s += '</li>' + '</ul></li>' * lvl + '</ul>'
            o.append(s)
    o.append('<div class="ad-slot in-content">Advertisement</div>')
    refs = [re.sub(r'^\d+\. ', '', x) for x in sect['refs'] if x.strip()]
    o.append('<h2 id="references">References</h2><ol class="references">' + ''.join(f'<li id="ref_{i+1}">{html.escape(r)}</li>' for i, r in enumerate(refs)) + '</ol>')
    o.append('</div>')
    o.append('<div id="images" class="case-images"><h2>Images:</h2><div class="carousel"><div class="thumb">Case 1</div><div class="thumb">Case 2</div><div class="thumb">Figure 1: schematic</div></div></div>')
    o.append('<div class="related-articles"><h2>Related Radiopaedia articles</h2><ul>' + ''.join(f'<li><a href="/articles/{slugify(r)}?lang=us">{html.escape(r.strip())}</a></li>' for r in sect['related'] if r.strip()) + '</ul></div>')
    o.append('<div class="promoted"><h3>Promoted articles (advertising)</h3><ul><li><a href="#">ADVERTISEMENT: Try our new MRI physics module</a></li></ul></div>')
    o.append('</main>')
    o.append('<footer class="site-footer"><ul><li><a href="/about">About Radiopaedia</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/licence">Licensing</a></li></ul><p>Updating... Please wait.</p><p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>')
    o.append('</body>\n</html>\n')
    return '\n'.join(o)

def render_md(meta, sect, bl):
    slug, title, rid, kind = meta['slug'], meta['title'], meta['rid'], kindof(meta)
    au = meta['author']; last = au.split(',')[0]
    lab = 'Case' if kind == 'cases' else 'Reference Article'
    o = ['---', f'title: {slug}', 'source: radiopaedia', f'category: {"case" if kind=="cases" else "pathology"}', f'system: {meta["mdsystem"]}', f'modality: {meta.get("modality","mri")}', '---', '',
         f'{title} | Radiology {lab} | Radiopaedia.org', '', '    ', '    - ', '    ', '', '  [](https://radiopaedia.org/cdn-cgi/content?id=Qb7wT2-1772000000.1-1.0.1.1)', '      ',
         '    [', '      ', '        &times;', '      ', '    ](#)', '    ', '      *', '',
         '        [About](/about?lang=us)', '      ', '        [Articles](/search?scope=articles&sort=date_of_last_edit)', '      ',
         '        [Cases](/search?scope=cases&sort=date_of_publication)', '        [Courses](/courses?lang=us)', '        [Questions](/search?scope=mcqs)',
         '        [Quiz](/quizzes/all?lang=us)', '        [Recent Edits](/edits?lang=us)', '', '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '    ', '',
         '        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.', '        Become a Gold Supporter and see no third-party ads.', '      ',
         '            [Go ad-free](/go-ad-free)', '      Search', '      *', '', '      # ', f'  {title}', '  ', '',
         f'          Last revised by [{last}](/users/{slugify(last)}?lang=us)', '', f'          on {meta["revised"]}', '',
         '    [', f'      Edit {"case" if kind=="cases" else "article"}', f'](/{kind}/{slug}/edit?lang=us)    ', '      *', '      **', '',
         f'    - [Report problem with {"case" if kind=="cases" else "article"}](https://docs.google.com/forms/d/e/x/viewform?entry=https://radiopaedia.org/{kind}/{slug})',
         f'    - [View revision history](/{kind}/{slug}/revisions?lang=us)', '', '      ## ', f'        Citation, DOI, disclosures and {"case" if kind=="cases" else "article"} data', '',
         '          **', '            Citation:', '          **', f'          {au}, et al. {title}. {"Case study" if kind=="cases" else "Reference article"}, Radiopaedia.org (Accessed on 7 Mar 2026) https://doi.org/10.53347/rID-{rid}', '',
         '          **', '            DOI:', '          **', f'          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})', '',
         '          **', '            Permalink:', '          **', f'          [https://radiopaedia.org/{kind}/{rid}](https://radiopaedia.org/{kind}/{rid})', '',
         '          **', '            rID:', '          **', f'          {rid}', '',
         '          **', f'            {"Case" if kind=="cases" else "Article"} created:', '          **', f'  {meta["created"]}', '',
         '    *', f'      At the time the {"case" if kind=="cases" else "article"} was created {au.split(",")[-1].strip()} had no recorded disclosures.', '    *', '',
         '          **', '            Last revised:', '          **', f'  {meta["revised"]}, [{last}](/users/{slugify(last)}?lang=us)', '',
         '        **', '          Revisions:', '        **', f'        {meta.get("revisions","12")} times, by {meta.get("contributors","6")} contributors - [see full revision history and disclosures](/{kind}/{slug}/revisions?lang=us)', '',
         '        **', '          Systems:', '        **', ''] + [f'        - [{s.strip()}](/articles/section/all/{slugify(s)}?lang=us)' for s in meta['systems'].split(',')] + ['']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn: o += ['        **', '          Synonyms:', '        **', ''] + [f'        - {s}' for s in syn] + ['']
    o += ['    ', '      On this page:', '      ', ''] + [f'    - [{h}](#nav_{slugify(h)})' for h in [b[1] for b in bl if b[0] == 'h2']] + ['    - [References](#references)', '    - [Images](#images)', '', '']
    for b in bl:
        if b[0] == 'p': o += [inline(b[1], 'md'), '']
        elif b[0] == 'h2': o += [f'## {b[1]}', '']
        elif b[0] == 'h3': o += [f'### {b[1]}', '']
        else: o += ['  ' * d + '- ' + inline(it, 'md') for d, it in b[1]] + ['']
    o += ['    ', '      Advertisement', '    ', '', '## References', '']
    o += [r for r in sect['refs'] if r.strip()]
    o += ['', '## Images:', '', '  Case 1', '  Case 2', '  Figure 1: schematic', '', '## Related Radiopaedia articles', '']
    o += [f'- [{r.strip()}](/articles/{slugify(r)}?lang=us)' for r in sect['related'] if r.strip()]
    o += ['', '  Promoted articles (advertising)', '', '  ADVERTISEMENT: Try our new MRI physics module', '',
          '{"@context":"https://schema.org","@type":"MedicalWebPage","name":' + json.dumps(title) + ',"url":"https://radiopaedia.org/' + kind + '/' + slug + '"}', '',
          '  [About Radiopaedia](/about)  [Contact Us](/contact)  [Privacy Policy](/privacy)  [Terms of Use](/terms)', '', '  Updating… Please wait.', '', '  © 2005–2026 Radiopaedia.org', '']
    return '\n'.join(o)

def render_txt(meta, sect, bl):
    title = meta['title']
    o = [title, '']
    items_as_para = meta.get('txtlists', 'lines') == 'para'
    for b in bl:
        if b[0] == 'p': o += [inline(b[1], 'txt'), '']
        elif b[0] in ('h2', 'h3'): o += [b[1], '']
        else:
            its = [inline(it, 'txt') for d, it in b[1]]
            if items_as_para: o += [' '.join(its), '']
            else: o += its + ['']
    o += ['Share article', '', 'Article information', '', f'rID: {meta["rid"]}', 'Section: ' + ('Cases' if meta.get('case') else 'Pathology')]
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn: o += ['Synonyms or Alternate Spellings:'] + [f'  • {s}' for s in syn]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  • Drag', '    Case 1', '    Drag here to reorder.', '  • Drag', '    Case 2', '    Drag here to reorder.', '  • Updating… Please wait.', '', '    Alert accept', '']
    return '\n'.join(o)

def main():
    summary = []
    for p in sorted((ROOT / 'src').glob('*.art')):
        meta, sect = parse(p)
        bl = blocks(sect['body'])
        d = OUT / meta['slug']; d.mkdir(parents=True, exist_ok=True)
        forms = [f.strip() for f in meta['forms'].split(',')]
        for f in list(d.glob('article.*')): f.unlink()
        for f in forms:
            (d / f'article.{f}').write_text({'html': render_html, 'md': render_md, 'txt': render_txt}[f](meta, sect, bl))
        if 'txt' in forms and not meta.get('case'):
            pass
        facts = []
        for line in sect['gold']:
            if not line.strip() or line.lstrip().startswith('#'): continue
            parts = [x.strip() for x in line.split(' | ')]
            if len(parts) != 7: raise SystemExit(f'{p.name}: bad gold line ({len(parts)} fields): {line}')
            k, s, it, v, g, a, q = parts
            if v == '=': v = it
            facts.append({'kind': k, 'subject': s, 'item': it, 'value': v, 'group': g, 'attribute': a, 'quote': q})
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        (d / 'gold.yaml').write_text(yaml.safe_dump(gold, sort_keys=False, allow_unicode=True, width=1000))
        summary.append({'slug': meta['slug'], 'system': meta['system'] + (' (case page)' if meta.get('case') else ''), 'forms': forms,
                        'words': body_words(sect['body']), 'facts': len(facts), 'kinds': [f['kind'] for f in facts]})
    (ROOT / 'summary.json').write_text(json.dumps(summary, indent=1))
    for s in summary: print(s['slug'], s['words'], s['facts'])
main()
