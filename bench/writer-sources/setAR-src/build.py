#!/usr/bin/env python3
"""Render setAR article sources (src/<slug>.src) into html / md / txt forms."""
import re, sys, os, html as H, json
SRC = os.path.join(os.path.dirname(__file__), 'src')
OUT = '/work/blind/setAR'

def parse(path):
    meta, body, refs, related = {}, [], [], []
    mode = 'meta'
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.strip() == '===BODY===': mode = 'body'; continue
        if line.strip() == '===REFS===': mode = 'refs'; continue
        if line.strip() == '===RELATED===': mode = 'rel'; continue
        if mode == 'meta':
            if ':' in line:
                k, v = line.split(':', 1); meta[k.strip()] = v.strip()
        elif mode == 'body': body.append(line)
        elif mode == 'refs':
            if line.strip(): refs.append(line.strip())
        elif mode == 'rel':
            if line.strip(): related.append(line.strip())
    # blocks
    blocks, cur = [], None
    for line in body:
        if not line.strip():
            cur = None; continue
        if line.startswith('### '): blocks.append(('h3', line[4:])); cur = None
        elif line.startswith('## '): blocks.append(('h2', line[3:])); cur = None
        elif re.match(r'^\s*- ', line):
            depth = (len(line) - len(line.lstrip())) // 2
            item = line.strip()[2:]
            if cur is None or cur[0] != 'ul':
                cur = ('ul', []); blocks.append(cur)
            cur[1].append((depth, item))
        else:
            if cur is not None and cur[0] == 'p': cur[1].append(line.strip())
            else:
                cur = ('p', [line.strip()]); blocks.append(cur)
    blocks = [(b[0], ' '.join(b[1])) if b[0] == 'p' else b for b in blocks]
    return meta, blocks, refs, related

def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')

# inline markup: [[text]] or [[text|slug]], **bold**, {1,2} citations
def inl_html(s):
    s = H.escape(s, quote=False)
    s = re.sub(r'\[\[([^\]|]+)\|([^\]]+)\]\]', lambda m: f'<a href="/articles/{m.group(2)}?lang=us">{m.group(1)}</a>', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', lambda m: f'<a href="/articles/{slugify(m.group(1))}?lang=us">{m.group(1)}</a>', s)
    s = re.sub(r'\*\*([^*]+)\*\*', r'<strong>\1</strong>', s)
    def cite(m):
        nums = m.group(1).split(',')
        return '<sup>' + ','.join(f'<a href="#ref_{n.split("-")[0]}">{n}</a>' for n in nums) + '</sup>'
    s = re.sub(r'\{([0-9,\-]+)\}', cite, s)
    return s

def inl_md(s):
    s = re.sub(r'\[\[([^\]|]+)\|([^\]]+)\]\]', lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', lambda m: f'[{m.group(1)}](/articles/{slugify(m.group(1))}?lang=us)', s)
    s = re.sub(r'\{([0-9,\-]+)\}', r' \1', s)
    return s

def inl_txt(s):
    s = re.sub(r'\[\[([^\]|]+)\|([^\]]+)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]+)\]\]', r'\1', s)
    s = re.sub(r'\*\*([^*]+)\*\*', r'\1', s)
    s = re.sub(r'\{([0-9,\-]+)\}', r'\1', s)   # glued to the word
    return s

def plain(s):
    return re.sub(r'\{[0-9,\-]+\}', '', inl_txt(s))

def body_words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ('h2', 'h3'): n += len(plain(b[1]).split())
        elif b[0] == 'p': n += len(plain(b[1]).split())
        else: n += sum(len(plain(i).split()) for _, i in b[1])
    return n

def ul_html(items):
    out, stack = [], []
    # build nested lists
    def render(idx, depth):
        parts = ['<ul>']
        i = idx
        while i < len(items) and items[i][0] >= depth:
            d, t = items[i]
            if d > depth:
                sub, i = render(i, d); parts[-1] = parts[-1][:-5] + sub + '</li>'; continue
            parts.append(f'<li>{inl_html(t)}</li>'); i += 1
        parts.append('</ul>')
        return ''.join(parts), i
    return render(0, 0)[0]

def render_html(slug, meta, blocks, refs, related):
    title = meta['title']; system = meta['system']; rid = meta.get('rid', '99001')
    is_case = meta.get('type') == 'case'
    kind = 'Radiology Case' if is_case else 'Radiology Reference Article'
    section = 'cases' if is_case else 'articles'
    first_p = next((plain(b[1]) for b in blocks if b[0] == 'p'), '')
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    h = []
    h.append(f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{H.escape(title)} | {kind} | Radiopaedia.org</title>
<meta name="description" content="{H.escape(first_p[:200])}">
<meta property="og:title" content="{H.escape(title)} | {kind} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{section}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-7e3d1a0b44.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{section}", "system": "{system}"}}}};</script>
</head>
<body class="{section} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{meta.get('promo', 'Live webinar: body imaging cases for residents - register now')}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{H.escape(title)}</h1>
<div class="author-info">{'Case contributed by' if is_case else 'Last revised by'} <a href="/users/{slugify(meta['author'])}?lang=us">{meta['author']}</a> on {meta['date']}</div>
<div class="article-actions"><a href="/{section}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="https://docs.google.com/forms/d/e/reportproblem/viewform" class="btn">Report problem with {'case' if is_case else 'article'}</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{meta['citeauthors']}. {H.escape(title)}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 1 Dec 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case created' if is_case else 'Article created'}:</div><div>{meta.get('created', '12 Apr 2012')}, <a href="/users/x?lang=us">{meta['creator']}</a><div class="disclosure">At the time the {'case' if is_case else 'article'} was created {meta['creator']} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '37')} times, by {meta.get('contributors', '14')} contributors - <a href="/{section}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{slugify(system)}?lang=us">{system}</a></div></div>
''')
    if syn:
        h.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>' + ''.join(f'<li>{H.escape(s)}</li>' for s in syn) + '</ul></div></div>\n')
    h.append('</div>\n<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>\n')
    heads = [b[1] for b in blocks if b[0] == 'h2']
    h.append('<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>Article:</div><ul>' + ''.join(f'<li><a href="#nav_{slugify(x)}">{H.escape(x)}</a></li>' for x in heads) + '<li><a href="#references">References</a></li></ul></nav>\n')
    h.append('<div class="body user-generated-content">\n')
    for b in blocks:
        if b[0] == 'h2': h.append(f'<h2 id="nav_{slugify(b[1])}">{H.escape(b[1])}</h2>\n')
        elif b[0] == 'h3': h.append(f'<h3>{H.escape(b[1])}</h3>\n')
        elif b[0] == 'p': h.append(f'<p>{inl_html(b[1])}</p>\n')
        else: h.append(ul_html(b[1]) + '\n')
    h.append('</div>\n<div class="ref-list" id="references"><h2>References</h2><ol>\n')
    for i, r in enumerate(refs, 1):
        h.append(f'<li id="ref_{i}"><span class="ref-text">{H.escape(r)}</span></li>\n')
    h.append('</ol></div>\n')
    h.append(f'<div id="related-articles"><h2>Related articles: {H.escape(meta.get("relatedtitle", system))}</h2><ul>' + ''.join(f'<li><a href="/articles/{slugify(r)}?lang=us">{H.escape(r)}</a></li>' for r in related) + '</ul></div>\n')
    h.append('''<div class="share-article"><a href="#" class="share">Share</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div class="promoted"><h2>Promoted articles (advertising)</h2></div></aside>
<footer class="site-footer"><div class="footer-col"><h2><a href="/?lang=us">Radiopaedia.org</a></h2><ul><li><a href="/about?lang=us">About</a></li><li><a href="/editors?lang=us">Editorial Board</a></li><li><a href="/supporters?lang=us">Supporters</a></li><li>Do not share my Personal Information.</li></ul></div>
<p class="legal"><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a></p>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script src="/assets/application-2b9c1e.js" defer></script>
</body>
</html>
''')
    return ''.join(h)

NAVJUNK = '''
    
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zq81kf0aXvB)

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

      Search
      *
    *
'''

def render_md(slug, meta, blocks, refs, related):
    title = meta['title']; rid = meta.get('rid', '99001')
    is_case = meta.get('type') == 'case'
    o = [f'---\ntitle: {slug}\nsource: radiopaedia\ncategory: {"case" if is_case else "article"}\nsystem: {meta["system"].lower()}\nmodality: {meta.get("modality", "mixed")}\n---\n',
         f'{title} | {"Radiology Case" if is_case else "Radiology Reference Article"} | Radiopaedia.org\n', NAVJUNK,
         f'\n      # \n  {title}\n  \n\n          Last revised by [{meta["author"]}](/users/{slugify(meta["author"])}?lang=us)\n\n          on {meta["date"]}\n\n    [\n      Edit article\n](/articles/{slug}/edit?lang=us)    \n      *\n      **\n\n',
         '      ## \n        Citation, DOI, disclosures and article data\n      \n\n          **\n            Citation:\n          **\n        \n          ' + f'{meta["citeauthors"]}. {title}. Reference article, Radiopaedia.org (Accessed on 1 Dec 2026) https://doi.org/10.53347/rID-{rid}\n\n          **\n            rID:\n          **\n\n          {rid}\n\n          **\n            Systems:\n          **\n\n          [{meta["system"]}](/articles/section/all/{slugify(meta["system"])}?lang=us)\n\n']
    syn = [s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()]
    if syn:
        o.append('          **\n            Synonyms:\n          **\n\n' + ''.join(f'- {s}\n\n' for s in syn))
    heads = [b[1] for b in blocks if b[0] == 'h2']
    first = True
    for b in blocks:
        if b[0] == 'h2':
            if first:
                o.append('## On this page:\n\nArticle:\n\n' + ''.join(f'- [{x}](#nav_{slugify(x)})\n\n' for x in heads) + '- [References](#references)\n\nImages:\n\n- [Cases and figures](#article-images)\n\n')
                first = False
            o.append(f'#### {b[1]}\n\n')
        elif b[0] == 'h3': o.append(f'##### {b[1]}\n\n')
        elif b[0] == 'p': o.append(inl_md(b[1]) + '\n\n')
        else:
            for d, t in b[1]: o.append('  ' * d + '- ' + inl_md(t) + '\n\n')
    o.append('#### \n        References\n      \n\n')
    for i, r in enumerate(refs, 1): o.append(f'{i}. {r}\n\n')
    o.append(f'## Related articles: {meta.get("relatedtitle", meta["system"])}\n\n' + ''.join(f'- [{r}](/articles/{slugify(r)}?lang=us)\n\n' for r in related))
    o.append('\n            ## \n              [Radiopaedia.org](/?lang=us)\n\n                [About](/about?lang=us)\n\n                [Editorial Board](/editors?lang=us)\n\n                [Contact Us](/contact?lang=us)\n\n                [Terms of Use](/terms?lang=us)\n\n    Updating… Please wait.\n\n        &copy; 2005&ndash;2026 Radiopaedia.org')
    return ''.join(o)

def render_txt(slug, meta, blocks, refs, related, runon=False):
    o = [meta['title'], '']
    for b in blocks:
        if b[0] in ('h2', 'h3'): o += [b[1], '']
        elif b[0] == 'p': o += [inl_txt(b[1]), '']
        else:
            items = [inl_txt(t) for _, t in b[1]]
            if runon: o += [' '.join(items), '']
            else: o += ['  • ' + t if d else t for (d, _), t in zip(b[1], items)] + ['']
    return '\n'.join(o).rstrip() + '\n'

def main():
    stats = {}
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'): continue
        slug = fn[:-4]
        meta, blocks, refs, related = parse(os.path.join(SRC, fn))
        forms = [f.strip() for f in meta['forms'].split(',')]
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in forms:
            if f == 'html': txt = render_html(slug, meta, blocks, refs, related)
            elif f == 'md': txt = render_md(slug, meta, blocks, refs, related)
            else: txt = render_txt(slug, meta, blocks, refs, related, runon=meta.get('runon') == 'yes')
            open(os.path.join(d, 'article.' + f), 'w', encoding='utf-8').write(txt)
        stats[slug] = {'system': meta['system'], 'forms': forms, 'words': body_words(blocks)}
        print(slug, forms, body_words(blocks))
    json.dump(stats, open(os.path.join(os.path.dirname(__file__), 'stats.json'), 'w'), indent=1)

if __name__ == '__main__': main()
