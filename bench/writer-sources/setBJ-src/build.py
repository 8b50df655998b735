#!/usr/bin/env python3
"""Build BJ articles (html/md/txt) and gold.yaml from BJ.src/src/<slug>.src files.

Source format: header 'key: value' lines, then ===BODY=== (light markup), then ===FACTS===
with one fact per line: kind | subject | item | value | group | attribute | quote
Markup: '## H' section, '### H' subsection, '- ' list item ('  - ' nested), [[text|slug]] or
[[text]] internal link, {1,3} citation, **bold**. Case pages use type: case.
"""
import html, json, os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'BJ')
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


def parse(path):
    text = open(path, encoding='utf-8').read()
    head, rest = text.split('===BODY===', 1)
    body, facts = rest.split('===FACTS===', 1)
    meta = {'ref': []}
    for line in head.strip().splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        if k == 'ref':
            meta['ref'].append(v.strip())
        else:
            meta[k.strip()] = v.strip()
    fl = []
    for line in facts.strip().splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split('|')]
        parts = ['' if p == '-' else p for p in parts]
        if len(parts) != 7:
            sys.exit('bad fact line in %s: %s' % (path, line))
        kind, subj, item, value, group, attr, quote = parts
        if kind not in KINDS:
            sys.exit('bad kind %s' % kind)
        if subj == '=':
            subj = meta['subject']
        fl.append(dict(kind=kind, subject=subj, item=item, value=value, group=group,
                       attribute=attr, quote=quote))
    return meta, body.strip('\n'), fl


def blocks(body):
    """Yield ('h2',t) ('h3',t) ('p',t) ('ul',[(level,text)])."""
    out = []
    para = []
    lst = []

    def flush():
        nonlocal para, lst
        if para:
            out.append(('p', ' '.join(para)))
            para = []
        if lst:
            out.append(('ul', lst))
            lst = []

    for line in body.splitlines():
        if not line.strip():
            flush()
            continue
        m = re.match(r'^( *)- (.*)$', line)
        if line.startswith('### '):
            flush(); out.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            flush(); out.append(('h2', line[3:].strip()))
        elif m:
            if para:
                out.append(('p', ' '.join(para))); para = []
            lst.append((len(m.group(1)) // 2, m.group(2)))
        else:
            if lst:
                out.append(('ul', lst)); lst = []
            para.append(line.strip())
    flush()
    return out


def inline(t, form):
    if form == 'html':
        t = html.escape(t, quote=False)

    def link(m):
        txt = m.group(1)
        slug = m.group(2) or slugify(txt)
        if form == 'html':
            return '<a href="/articles/%s?lang=us">%s</a>' % (slug, txt)
        if form == 'md':
            return '[%s](/articles/%s?lang=us)' % (txt, slug)
        return txt
    t = re.sub(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]', link, t)

    def cite(m):
        nums = m.group(1).split(',')
        if form == 'html':
            return '<sup>' + ','.join('<a href="#ref_%s">%s</a>' % (n, n) for n in nums) + '</sup>'
        if form == 'md':
            return ' ' + ','.join(nums)
        return ','.join(nums)
    t = re.sub(r'\{([0-9,]+)\}', cite, t)
    if form == 'html':
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    elif form == 'txt':
        t = t.replace('**', '')
    return t


def html_list(items):
    # items: list of (level, text) -> nested ul
    res = '<ul>'
    i = 0
    while i < len(items):
        lvl, txt = items[i]
        res += '<li>' + inline(txt, 'html')
        j = i + 1
        sub = []
        while j < len(items) and items[j][0] > lvl:
            sub.append((items[j][0] - 1, items[j][1])); j += 1
        if sub:
            res += html_list(sub)
        res += '</li>'
        i = j
    return res + '</ul>'


def body_html(bl):
    parts = []
    for k, v in bl:
        if k == 'h2':
            parts.append('<h4 id="nav_%s">%s</h4>' % (slugify(v), html.escape(v)))
        elif k == 'h3':
            parts.append('<h5>%s</h5>' % html.escape(v))
        elif k == 'p':
            parts.append('<p>%s</p>' % inline(v, 'html'))
        else:
            parts.append(html_list(v))
    return '\n'.join(parts)


def body_md(bl):
    parts = []
    for k, v in bl:
        if k == 'h2':
            parts.append('#### ' + v)
        elif k == 'h3':
            parts.append('##### ' + v)
        elif k == 'p':
            parts.append(inline(v, 'md'))
        else:
            parts.append('\n\n'.join('  ' * l + '- ' + inline(t, 'md') for l, t in v))
    return '\n\n'.join(parts)


def body_txt(bl):
    parts = []
    nlist = 0
    for k, v in bl:
        if k in ('h2', 'h3'):
            parts.append(v)
        elif k == 'p':
            parts.append(inline(v, 'txt'))
        else:
            nlist += 1
            if nlist % 2 == 0 and parts and parts[-1].rstrip().endswith(':'):
                # list lost its markup and ran into the paragraph before it
                parts[-1] = parts[-1] + ' ' + ' '.join(inline(t, 'txt') for l, t in v)
            else:
                parts.append('\n'.join(('  ' if l == 0 else '      ') + ('• ' if l == 0 else '◦ ')
                                       + inline(t, 'txt') for l, t in v))
    return '\n\n'.join(parts)


def nav_items(bl):
    return [v for k, v in bl if k == 'h2']


NAV = ['About', 'Articles', 'Cases', 'Courses', 'Questions', 'Quiz', 'Recent Edits', 'Supporters']


def render_html(meta, bl):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    is_case = meta.get('type') == 'case'
    kind = 'cases' if is_case else 'articles'
    syn = ''.join('<li>%s</li>' % html.escape(s.strip()) for s in meta.get('synonyms', '').split(';') if s.strip())
    refs = ''.join('<li id="ref_%d">%d. %s</li>' % (i + 1, i + 1, html.escape(r)) for i, r in enumerate(meta['ref']))
    rel = ''.join('<li><a href="/articles/%s?lang=us">%s</a></li>' % (slugify(r), html.escape(r.strip()))
                  for r in meta.get('related', '').split(';') if r.strip())
    nav = ''.join('<li><a href="#nav_%s">%s</a></li>' % (slugify(n), html.escape(n)) for n in nav_items(bl))
    first = meta['desc']
    page = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(first)}">
<meta property="og:title" content="{html.escape(title)} | Radiopaedia.org">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-9b3e71c0aa.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "{kind}", "system": "{meta['system']}"}}}};</script>
</head>
<body class="{kind} show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav" aria-label="Main">
<a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links">{''.join('<li><a href="/%s?lang=us">%s</a></li>' % (slugify(n), n) for n in NAV)}</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search-form" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
</nav>
</header>
<div class="promo-banner"><a href="/courses?lang=us">{html.escape(meta.get('banner', 'New course: Body imaging essentials - enrol now'))}</a></div>
<main id="content" class="main-content">
<div class="article-header">
<h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">{'Case contributed by' if is_case else 'Last revised by'} <a href="/users/{slugify(meta['reviser'])}?lang=us">{html.escape(meta['reviser'])}</a>{'' if is_case else ' on ' + meta['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us" class="btn">Edit {'case' if is_case else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us" class="btn">View revision history</a></div>
</div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if is_case else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(meta['authors'])} {html.escape(title)}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{rid}">https://radiopaedia.org/{kind}/{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{html.escape(meta['created'])}<div class="disclosure">At the time the article was created the author had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{meta['revised']}, {html.escape(meta['reviser'])}<div class="disclosure">Disclosures: At the time the article was last revised {html.escape(meta['reviser'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{meta.get('revisions', '37')} times, by {meta.get('contributors', '19')} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{html.escape(meta['systems'])}</div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{html.escape(meta.get('tags', ''))}</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if is_case else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{body_html(bl)}
</div>
<div class="ad-slot in-content" id="in-content-2">ADVERTISEMENT: Supporters see fewer/no ads</div>
<section id="references" class="references"><h2>References</h2><ol class="refs">{refs}</ol></section>
<section id="article-images" class="article-images"><h2>Cases and figures</h2><ul><li>Figure 1 <span class="caption">{html.escape(meta.get('fig', 'Case 1'))}</span></li><li>Case 2</li><li>Case 3</li></ul></section>
<section class="related-articles"><h2>Related Radiopaedia articles</h2><ul>{rel}</ul></section>
<div class="promo-banner"><a href="/go-ad-free">Support Radiopaedia and see fewer ads</a></div>
</main>
<footer class="site-footer"><ul><li><a href="/contact?lang=us">Contact Us</a></li><li><a href="/terms?lang=us">Terms of Use</a></li><li><a href="/licence?lang=us">Licensing</a></li><li><a href="/developers?lang=us">Developers</a></li></ul>
<p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
</body>
</html>
'''
    return page


def render_md(meta, bl):
    slug = meta['slug']; title = meta['title']; rid = meta['rid']
    is_case = meta.get('type') == 'case'
    kind = 'cases' if is_case else 'articles'
    fm = f'''---
title: {slug}
source: radiopaedia-dump
category: {'case' if is_case else 'article'}
system: {meta['system'].lower()}
modality: {meta.get('modality', 'mixed')}
---

{title} | Radiology {'Case' if is_case else 'Reference Article'} | Radiopaedia.org

    
    - 
    

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

''' + '\n'.join('        [%s](/%s?lang=us)\n' % (n, slugify(n)) for n in NAV) + f'''
[Log in](/sessions/new?lang=us&return_to=%2F{kind}%2F{slug})
- [Sign up](/users/sign_up?lang=us)

    {{}}
      Search
      *
    *
    [
](https://radiopaedia.org/courses/body-imaging)

      # 
  {title}

          {'Case contributed by' if is_case else 'Last revised by'} [{meta['reviser']}](/users/{slugify(meta['reviser'])}?lang=us)
          on {meta['revised']}
    [
      Edit {'case' if is_case else 'article'}
](/{kind}/{slug}/edit?lang=us)    
    - 
      [View revision history](/{kind}/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and {'case' if is_case else 'article'} data

          **
            Citation:
          **
          {meta['authors']} {title}. {'Case study' if is_case else 'Reference article'}, Radiopaedia.org (Accessed on 4 Mar 2026) https://doi.org/10.53347/rID-{rid}
          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{rid}](https://doi.org/10.53347/rID-{rid})
          **
            rID:
          **
          {rid}
          **
            Article created:
          **
  {meta['created']}
          **
            Last revised:
          **
  {meta['revised']},
  [{meta['reviser']}](/users/{slugify(meta['reviser'])}?lang=us)
    *
      Disclosures:
      At the time the article was last revised {meta['reviser']} had
      no financial relationships to [ineligible companies](/disclosures) to disclose.
          **
            Systems:
          **
          {meta['systems']}
          **
            Tags:
          **
          {meta.get('tags', '')}
          **
            Synonyms:
          **
''' + ''.join('              - \n                %s\n' % s.strip() for s in meta.get('synonyms', '').split(';') if s.strip()) + '''

## On this page:

Article:

''' + '\n\n'.join('- [%s](#nav_%s)' % (n, slugify(n)) for n in nav_items(bl)) + '''

- [References](#references)

Images:

- [Cases and figures](#article-images)

'''
    tail = '''

      ## 
        References
      

''' + '\n'.join('          - \n            %d. %s\n          ' % (i + 1, r) for i, r in enumerate(meta['ref'])) + '''

  Cases and figures

  - Drag
    Figure 1
    Drag here to reorder.
  - Drag
    Case 2
    Drag here to reorder.

  Related Radiopaedia articles

''' + '\n'.join('  - [%s](/articles/%s?lang=us)' % (r.strip(), slugify(r)) for r in meta.get('related', '').split(';') if r.strip()) + '''

    Updating… Please wait.

     Unable to process the form. Check for errors and try again.

            [Contact Us](/contact?lang=us)
            [Terms of Use](/terms?lang=us)
            [Licensing](/licence?lang=us)

        &copy; 2005&ndash;2026 Radiopaedia.org
'''
    return fm + body_md(bl) + tail


def render_txt(meta, bl):
    title = meta['title']
    is_case = meta.get('type') == 'case'
    syn = '\n'.join('  • ' + s.strip() for s in meta.get('synonyms', '').split(';') if s.strip())
    return (title + '\n\n' + body_txt(bl) + '\n\nShare article\n\n' + ('Case information' if is_case else 'Article information')
            + '\n\nrID: ' + meta['rid'] + '\nSection: ' + meta.get('section', 'Pathology')
            + '\nSynonyms or Alternate Spellings:\n' + syn
            + '\n\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  • Drag\n    Figure 1\n    Drag here to reorder.\n  • Drag\n    Case 2\n    Drag here to reorder.\n  • Updating… Please wait.\n\n    Alert accept\n\n    Error Unable to process the form. Check for errors and try again.\n')


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def gold_yaml(meta, facts, forms):
    lines = ['title: ' + yq(meta['title']), 'system: ' + meta['system'], 'forms: [' + ', '.join(forms) + ']', 'facts:']
    for f in facts:
        lines.append('  - kind: ' + f['kind'])
        for k in ('subject', 'item', 'value', 'group', 'attribute', 'quote'):
            lines.append('    %s: %s' % (k, yq(f[k])))
    return '\n'.join(lines) + '\n'


def body_words(bl):
    n = 0
    for k, v in bl:
        texts = [v] if isinstance(v, str) else [t for l, t in v]
        for t in texts:
            n += len(inline(t, 'txt').split())
    return n


def main():
    stats = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'):
            continue
        meta, body, facts = parse(os.path.join(SRC, fn))
        bl = blocks(body)
        forms = [f.strip() for f in meta['forms'].split(',')]
        d = os.path.join(OUT, meta['slug'])
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            os.remove(os.path.join(d, old))
        for form in forms:
            r = {'html': render_html, 'md': render_md, 'txt': render_txt}[form](meta, bl)
            open(os.path.join(d, 'article.' + form), 'w', encoding='utf-8').write(r)
        open(os.path.join(d, 'gold.yaml'), 'w', encoding='utf-8').write(gold_yaml(meta, facts, forms))
        stats.append((meta['slug'], meta['system'], forms, body_words(bl), facts))
    json.dump([(s, sy, f, w, [x['kind'] for x in fa]) for s, sy, f, w, fa in stats],
              open(os.path.join(os.path.dirname(SRC), 'stats.json'), 'w'), indent=1)
    for s, sy, f, w, fa in stats:
        print('%-50s %-16s %-12s words=%d facts=%d' % (s, sy, ','.join(f), w, len(fa)))


if __name__ == '__main__':
    main()
