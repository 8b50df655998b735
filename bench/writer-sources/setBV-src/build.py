#!/usr/bin/env python3
"""Render BV.src/src/*.art into BV/<slug>/article.<form> + gold.yaml.
Body markup: '## H2', '### H3', '- item' / '  - nested', paragraphs separated by blank lines,
[[link text]] internal link, {1,2} citation marker, **bold**, '| a | b |' table rows."""
import re, sys, html, json, pathlib, hashlib, yaml
ROOT = pathlib.Path(__file__).resolve().parent
OUT = ROOT.parent / 'BV'

def parse(path):
    meta, sect, cur = {}, {}, None
    for line in path.read_text().split('\n'):
        m = re.match(r'^@(\w+)\s*(.*)$', line)
        if m and m.group(1) in ('title','slug','system','forms','synonyms','author','created','rid','systems','case','body','refs','related','gold','tags'):
            k, v = m.group(1), m.group(2)
            if k in ('body','refs','related','gold'):
                cur = k; sect[k] = []
            else:
                meta[k] = v.strip(); cur = None
            continue
        if cur: sect[cur].append(line)
    return meta, sect

def blocks(lines):
    out, para = [], []
    def flush():
        if para: out.append(('p', ' '.join(para))); para.clear()
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip(): flush(); i += 1; continue
        if l.startswith('### '): flush(); out.append(('h3', l[4:].strip()))
        elif l.startswith('## '): flush(); out.append(('h2', l[3:].strip()))
        elif re.match(r'^\s*- ', l):
            flush(); items = []
            while i < len(lines) and re.match(r'^\s*- ', lines[i]):
                ind = len(lines[i]) - len(lines[i].lstrip())
                items.append((ind // 2, lines[i].strip()[2:]))
                i += 1
            out.append(('ul', items)); continue
        elif l.startswith('|'):
            flush(); rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            out.append(('table', rows)); continue
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
    txt = ' '.join(lines)
    txt = re.sub(r'\[\[(.+?)\]\]', r'\1', txt); txt = re.sub(r'\{[\d,]+\}', '', txt)
    txt = re.sub(r'[#*|\-]+\s', ' ', txt)
    return len(re.findall(r"[A-Za-z0-9][\w'’.%:/+<>=~-]*", txt))

def render_html(meta, sect, bl):
    slug, title, rid = meta['slug'], meta['title'], meta['rid']
    author = meta.get('author', 'Anon A'); last = author.split(',')[0]
    h2s = [b[1] for b in bl if b[0] == 'h2']
    kind = 'cases' if meta.get('case') else 'articles'
    o = [f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title} | Radiology {"Case" if kind=="cases" else "Reference Article"} | Radiopaedia.org</title>',
         f'<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">',
         '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>',
         '<style>.ad{min-height:90px}.hidden{display:none}</style>\n</head>',
         f'<body class="{kind} show">\n<header class="site-header">',
         '<div class="ad-banner" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>',
         '<nav class="main-nav"><a class="logo" href="/">Radiopaedia.org</a><ul class="nav-links"><li><a href="/about">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses">Courses</a></li><li><a href="/quizzes/all">Quiz</a></li><li><a href="/edits">Recent Edits</a></li></ul>',
         '<ul class="user-links"><li><a href="/sessions/new">Log In</a></li><li><a href="/users/sign_up">Sign Up</a></li></ul></nav>\n</header>',
         '<div class="promo-banner"><a href="/courses">Live online course: Body CT and MRI for registrars - places still available</a></div>',
         '<main id="content">\n<div class="article-header">', f'<h1 class="header-title">{html.escape(title)}</h1>',
         f'<div class="author-info">Last revised by <a href="/users/{slugify(last)}">{last}</a> on {meta.get("created","4 Feb 2026")}</div>',
         '<div class="article-actions"><a class="btn" href="#">Edit</a> <a class="btn" href="#">Report problem</a> <a class="btn" href="#">View revision history</a></div>\n</div>',
         '<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>',
         f'<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{author}, et al. {html.escape(title)}. {"Case study" if kind=="cases" else "Reference article"}, Radiopaedia.org (Accessed on 6 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>',
         f'<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{meta.get("systems", meta["system"])}</div></div>',
         f'<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{meta.get("tags","")}</div></div>']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn: o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{html.escape(s)}</li>' for s in syn) + '</ul></div></div>')
    o.append('</div>')
    o.append('<nav class="on-this-page"><h2>On this page:</h2><ul>' + ''.join(f'<li><a href="#nav_{slugify(h)}">{h}</a></li>' for h in h2s) + '<li><a href="#references">References</a></li></ul></nav>')
    o.append('<div class="body user-generated-content">')
    for b in bl:
        if b[0] == 'p': o.append(f'<p>{inline(b[1], "html")}</p>')
        elif b[0] == 'h2': o.append(f'<h2 id="nav_{slugify(b[1])}">{b[1]}</h2>')
        elif b[0] == 'h3': o.append(f'<h3>{b[1]}</h3>')
        elif b[0] == 'table':
            o.append('<table>' + ''.join('<tr>' + ''.join(f'<td>{inline(c, "html")}</td>' for c in r) + '</tr>' for r in b[1]) + '</table>')
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
    o.append('</div>\n<div class="related-articles"><h2>Related Radiopaedia articles</h2><ul>' + ''.join(f'<li><a href="/articles/{slugify(r)}">{html.escape(r.strip())}</a></li>' for r in sect['related'] if r.strip()) + '</ul></div>')
    o.append('<div class="promoted-courses"><h3>Promoted articles (advertising)</h3><ul><li>Imaging in oncology: free webinar series</li></ul></div>')
    o.append('</main>\n<footer><a href="/contact">Contact Us</a> <a href="/terms">Terms of Use</a> <a href="/licence">Licensing</a> &copy; 2005&ndash;2026 Radiopaedia.org</footer>\n</body>\n</html>\n')
    return '\n'.join(o)

def render_md(meta, sect, bl):
    slug, title, rid = meta['slug'], meta['title'], meta['rid']
    kind = 'cases' if meta.get('case') else 'articles'
    o = ['---', f'title: {slug}', 'source: radiopaedia-save', f'category: {"case" if kind=="cases" else "article"}', f'system: {meta["system"].lower()}', '---', '',
         f'{title} | Radiology {"Case" if kind=="cases" else "Reference Article"} | Radiopaedia.org', '', '    ', '    - ', '    ', '  [](https://radiopaedia.org/cdn-cgi/content?id=x9Qw)', '',
         '        [About](/about?lang=us)', '        [Articles](/search?scope=articles)', '        [Cases](/search?scope=cases)', '        [Courses](/courses?lang=us)', '        [Quiz](/quizzes/all?lang=us)', '',
         '          [Log In](/sessions/new?lang=us)', '          [Sign Up](/users/sign_up?lang=us)', '', '    ', f'# {title}', '',
         f'Last revised by [{meta.get("author","Anon A").split(",")[0]}](/users/x) on {meta.get("created","4 Feb 2026")}', '', '  [Edit](#)  [Report problem](#)', '',
         '## Citation, DOI, disclosures and article data', '',
         f'**Citation:** {meta.get("author","Anon A")}, et al. {title}. {"Case study" if kind=="cases" else "Reference article"}, Radiopaedia.org (Accessed on 6 Mar 2026) https://doi.org/10.53347/rID-{rid}', '',
         f'**DOI:** [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})', '', f'**Permalink:** https://radiopaedia.org/{kind}/{rid}', '', f'**rID:** {rid}', '',
         f'**Systems:** {meta.get("systems", meta["system"])}', '']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn: o += ['**Synonyms:**', ''] + [f'- {s}' for s in syn] + ['']
    o += ['On this page:', '', '      ', '    - ', '']
    for b in bl:
        if b[0] == 'p': o += [inline(b[1], 'md'), '']
        elif b[0] == 'h2': o += [f'## {b[1]}', '']
        elif b[0] == 'h3': o += [f'### {b[1]}', '']
        elif b[0] == 'table':
            o.append('| ' + ' | '.join(b[1][0]) + ' |'); o.append('|' + '---|' * len(b[1][0]))
            o += ['| ' + ' | '.join(inline(c, 'md') for c in r) + ' |' for r in b[1][1:]]; o.append('')
        else:
            o += ['  ' * d + '- ' + inline(it, 'md') for d, it in b[1]] + ['']
    o += ['  [Advertisement]', '', '## References', '']
    o += [r for r in sect['refs'] if r.strip()] + ['', '## Related Radiopaedia articles', ''] + [f'- [{r.strip()}](/articles/{slugify(r)})' for r in sect['related'] if r.strip()]
    o += ['', '  Promoted articles (advertising)', '', '{"@context":"https://schema.org","@type":"MedicalWebPage","name":"' + title + '"}', '',
          '            [Contact Us](/contact?lang=us)', '            [Terms of Use](/terms?lang=us)', '            [Licensing](/licence?lang=us)', '', '    Updating… Please wait.', '', '        &copy; 2005&ndash;2026 Radiopaedia.org', '']
    return '\n'.join(o)

def render_txt(meta, sect, bl):
    o = [meta['title'], '']
    nlist = 0
    for b in bl:
        if b[0] == 'p': o += [inline(b[1], 'txt'), '']
        elif b[0] in ('h2', 'h3'): o += [b[1], '']
        elif b[0] == 'table':
            o += ['\t'.join(inline(c, 'txt') for c in r) for r in b[1]] + ['']
        else:
            nlist += 1
            if nlist % 2:   # flatten to bullet lines
                o += ['  • ' + inline(it, 'txt') if d == 0 else '      ◦ ' + inline(it, 'txt') for d, it in b[1]] + ['']
            else:           # run into one paragraph
                o += [' '.join(inline(it, 'txt') + ('' if inline(it, 'txt').endswith('.') else '') for d, it in b[1]), '']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    o += ['Share article', '', 'Article information', '', f'rID: {meta["rid"]}', 'Section: Pathology']
    if syn: o += ['Synonyms or Alternate Spellings:'] + [f'  • {s}' for s in syn]
    o += ['', 'Support Radiopaedia and see fewer ads', '', 'Cases and figures', '', '  • Drag', '    Case 1', '    Drag here to reorder.', '  • Drag', '    Case 2', '    Drag here to reorder.', '  • Updating… Please wait.', '', '    Alert accept Thank you for updating your details.']
    return '\n'.join(o) + '\n'

def parse_gold(lines):
    facts = []
    for l in lines:
        if not l.strip() or l.startswith('#'): continue
        p = [x.strip() for x in l.split('|')]
        assert len(p) == 7, l
        facts.append(dict(kind=p[0], subject=p[1], item=p[2], value=p[3], group=p[4], attribute=p[5], quote=p[6]))
    return facts

def main():
    summary = []
    for f in sorted((ROOT / 'src').glob('*.art')):
        meta, sect = parse(f)
        bl = blocks(sect['body'])
        forms = meta['forms'].split()
        d = OUT / meta['slug']; d.mkdir(parents=True, exist_ok=True)
        for old in d.glob('article.*'): old.unlink()
        for fm in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[fm](meta, sect, bl)
            (d / f'article.{fm}').write_text(r)
        facts = parse_gold(sect['gold'])
        gold = {'title': meta['title'], 'system': meta['system'], 'forms': forms, 'facts': facts}
        (d / 'gold.yaml').write_text(yaml.safe_dump(gold, sort_keys=False, allow_unicode=True, width=1000))
        summary.append(dict(slug=meta['slug'], system=meta['system'], case=bool(meta.get('case')), forms=forms, words=body_words(sect['body']), facts=len(facts),
                            kinds={k: sum(1 for x in facts if x['kind'] == k) for k in sorted({x['kind'] for x in facts})}))
    (ROOT / 'summary.json').write_text(json.dumps(summary, indent=1))
    for s in summary: print(s['slug'], s['forms'], s['words'], s['facts'])

if __name__ == '__main__': main()
