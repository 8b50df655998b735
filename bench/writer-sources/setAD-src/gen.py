#!/usr/bin/env python3
"""Render every .src article source into its forms and every .gold into gold.yaml.
Run: python3 .src/gen.py   (from anywhere)."""
import html, os, re, sys, yaml
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio',
         'synonym', 'sign', 'association', 'definition', 'classification', 'rank', 'statement'}


def parse_src(path):
    head, body = open(path).read().split('\n---\n', 1)
    meta, refs, key = {}, [], None
    for line in head.splitlines():
        if re.match(r'^\d+\. ', line):
            refs.append(line.split('. ', 1)[1]); continue
        if ':' in line:
            k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    meta['refs'] = refs
    blocks, cur = [], None
    for line in body.splitlines():
        if not line.strip():
            cur = None; continue
        m = re.match(r'^(=+) (.*)$', line)
        if m:
            blocks.append(('h', len(m.group(1)), m.group(2))); cur = None; continue
        m = re.match(r'^( *)- (.*)$', line)
        if m:
            lvl = len(m.group(1)) // 2
            if cur is None or cur[0] != 'ul':
                cur = ('ul', []); blocks.append(cur)
            cur[1].append((lvl, m.group(2))); continue
        if cur is not None and cur[0] == 'p':
            cur[1].append(line.strip())
        elif cur is not None and cur[0] == 'ul':
            lvl, t = cur[1][-1]; cur[1][-1] = (lvl, t + ' ' + line.strip())
        else:
            cur = ('p', [line.strip()]); blocks.append(cur)
    return meta, blocks


def slugify(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


def inline(t, form):
    def link(m):
        txt, _, target = m.group(1).partition('|')
        target = target or slugify(txt)
        if form == 'html': return f'<a href="/articles/{target}">{html.escape(txt, False)}</a>'
        if form == 'md': return f'[{txt}](/articles/{target}?lang=us)'
        return txt

    def cite(m):
        nums = m.group(1).split(',')
        if form == 'html': return '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in nums) + '</sup>'
        if form == 'md': return ' ' + ','.join(nums)
        return ','.join(nums)
    if form == 'html':
        parts = re.split(r'(\[\[.*?\]\]|\{[\d,]+\}|\*\*)', t)
        out, bold = [], False
        for p in parts:
            if p == '**': out.append('</strong>' if bold else '<strong>'); bold = not bold
            elif p.startswith('[['): out.append(link(re.match(r'\[\[(.*)\]\]', p)))
            elif re.fullmatch(r'\{[\d,]+\}', p or 'x'): out.append(cite(re.match(r'\{([\d,]+)\}', p)))
            else: out.append(html.escape(p, False))
        return ''.join(out)
    t = re.sub(r'\[\[(.*?)\]\]', link, t)
    t = re.sub(r'\{([\d,]+)\}', cite, t)
    if form == 'txt': t = t.replace('**', '')
    return t


def body_html(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append(f'<h{b[1] + 3}>{html.escape(b[2], False)}</h{b[1] + 3}>')
        elif b[0] == 'p': out.append('<p>' + inline(' '.join(b[1]), 'html') + '</p>')
        else:
            s, depth = '', -1
            for lvl, t in b[1]:
                if lvl > depth: s += '<ul>' * (lvl - depth)
                elif lvl < depth: s += '</li>' + '</ul></li>' * (depth - lvl)
                else: s += '</li>'
                s += '\n<li>' + inline(t, 'html'); depth = lvl
            s += '</li>' + '</ul></li>' * depth + '</ul>'
            out.append(s)
    return '\n'.join(out)


def body_md(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append('#' * (b[1] + 3) + ' ' + b[2])
        elif b[0] == 'p': out.append(inline(' '.join(b[1]), 'md'))
        else: out.append('\n\n'.join('  ' * l + '- ' + inline(t, 'md') for l, t in b[1]))
    return '\n\n'.join(out)


def body_txt(blocks, plain=False):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append(b[2])
        elif b[0] == 'p': out.append(inline(' '.join(b[1]), 'txt') + ' ')
        elif plain: out.append('\n'.join(inline(t, 'txt') for l, t in b[1]))
        else: out.append('\n'.join('  ' * (l + 1) + ('• ' if l == 0 else '◦ ') + inline(t, 'txt') for l, t in b[1]))
    return '\n\n'.join(out)


def words(blocks):
    return len(re.findall(r"\S+", re.sub(r'\s+', ' ', body_txt(blocks).replace('•', ' ').replace('◦', ' '))))


def cite_line(m):
    return f"{m['authors']} {m['title']}. Reference article, Radiopaedia.org (Accessed on 1 Dec 2026) https://doi.org/10.53347/rID-{m['rid']}"


def page_html(m, blocks):
    syn = ''.join(f'<li>{html.escape(s)}</li>' for s in m.get('synonyms', '').split('; ') if s)
    rel = ''.join(f'<li><a href="/articles/{slugify(r)}">{html.escape(r)}</a></li>' for r in m.get('related', '').split('; ') if r)
    refs = ''.join(f'<li id="ref_{i}">{html.escape(r)}</li>' for i, r in enumerate(m['refs'], 1))
    sysl = ', '.join(f'<a href="/search?scope=articles&amp;system={s}">{s}</a>' for s in m['systems'].split(', '))
    revised, date = m['revised'].split(' | ')
    return f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{m['title']} | Radiology Reference Article | Radiopaedia.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer = window.dataLayer || []; window.ads = {{"slot": "article-top", "system": "{m['system']}"}};</script>
<style>.ad-banner{{background:#eee}} .article-information{{font-size:12px}}</style></head>
<body class="articles show">
<header class="site-header"><nav class="main-nav"><ul>
<li><a href="/about?lang=us">About</a></li><li><a href="/articles?lang=us">Articles</a></li><li><a href="/cases?lang=us">Cases</a></li>
<li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul></nav>
<div class="ad-banner">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. Become a Gold Supporter and see no third-party ads.</div>
<form class="search"><input type="search" placeholder="Search Radiopaedia"></form></header>
<main class="main-content">
<h1 class="header-title">{m['title']}</h1>
<div class="article-meta">Last revised by <a href="/users/x">{revised}</a> on {date} &middot; <a href="/articles/{m['slug']}/edit">Edit article</a> &middot; <a href="#">Report problem with article</a> &middot; <a href="/articles/{m['slug']}/revisions">View revision history</a></div>
<div class="article-information">
<h2 class="collapsible">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cite_line(m))}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div>https://radiopaedia.org/articles/{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m['created']}</div></div>
<div class="meta-item"><div class="meta-item-title">Disclosures:</div><div>At the time the article was created {m['authors'].split(',')[0]} had no recorded disclosures. <a href="#">View {m['authors'].split(',')[0]}'s current disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div>{sysl}</div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>
<div class="meta-item"><a href="/articles/{m['slug']}/revisions">see full revision history and disclosures</a></div>
</div>
<div class="body user-generated-content">
{body_html(blocks)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div id="incoming-links"><h2>Incoming Links</h2><ul>{rel}</ul></div>
<div id="related-articles"><h2>Related Radiopaedia articles</h2><ul>{rel}</ul></div>
<div class="promoted"><h3>Promoted articles (advertising)</h3><p>ADVERTISEMENT</p></div>
</main>
<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/licence">Licensing</a></li></ul>
<p>&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
</body></html>
'''


def page_md(m, blocks):
    syn = '\n'.join(f'              - \n                {s}' for s in m.get('synonyms', '').split('; ') if s)
    rel = '\n\n'.join(f'- [{r}](/articles/{slugify(r)}?lang=us)' for r in m.get('related', '').split('; ') if r)
    refs = '\n'.join(f'          - \n            {i}. {r}' for i, r in enumerate(m['refs'], 1))
    revised, date = m['revised'].split(' | ')
    sysl = ', '.join(f'[{s}](/search?scope=articles&system={s})' for s in m['systems'].split(', '))
    return f'''---
title: {m['slug']}
source: radiopaedia
system: {m['system'].lower()}
---

{m['title']} | Radiology Reference Article | Radiopaedia.org

        [About](/about?lang=us)
        [Articles](/articles?lang=us)
        [Cases](/cases?lang=us)
        [Courses](/courses?lang=us)
        [Quiz](/quizzes/all?lang=us)
        [Log In](/sessions/new?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

      # 
  {m['title']}

          Last revised by [{revised}](/users/x?lang=us)
          on {date}

    [Edit article](/articles/{m['slug']}/edit?lang=us)
    - [Report problem with article](https://docs.google.com/forms/x)
    - [View revision history](/articles/{m['slug']}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and article data

          **
            Citation:
          **
          {cite_line(m)}
          **
            DOI:
          **
          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})
          **
            Permalink:
          **
          https://radiopaedia.org/articles/{m['rid']}
          **
            rID:
          **
          {m['rid']}
          **
            Article created:
          **
          {m['created']}
          **
            Systems:
          **
          {sysl}
          **
            Synonyms:
          **
{syn}

          [see full revision history and disclosures](/articles/{m['slug']}/revisions?lang=us)

{body_md(blocks)}

      ## 
        References

{refs}

      ## 
        Incoming Links

{rel}

      ## 
        Related Radiopaedia articles

{rel}

    {{"current_user":null,"ads":{{"slot":"article-bottom"}},"inclusions":[]}}

        [Contact Us](/contact?lang=us)
        [Terms of Use](/terms?lang=us)
        [Licensing](/licence?lang=us)

        &copy; 2005&ndash;2026 Radiopaedia.org
'''


def page_txt(m, blocks):
    syn = '\n'.join(f'  • {s}' for s in m.get('synonyms', '').split('; ') if s)
    refs = '\n'.join(f'{i}. {r}' for i, r in enumerate(m['refs'], 1))
    rel = '\n'.join(f'  • {r}' for r in m.get('related', '').split('; ') if r)
    return f'''{m['title']}

{body_txt(blocks, m.get('txtlist') == 'plain')}

References

{refs}

Article information

rID: {m['rid']}
Article created: {m['created']}
Synonyms or Alternate Spellings:
{syn}

Related Radiopaedia articles

{rel}

Promoted articles (advertising)
'''


def body_of(form, t):
    """Body text of a rendered form, markup stripped (used by check.py too)."""
    if form == 'html':
        t = t.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0]
        return html.unescape(re.sub(r'<[^>]+>', '', t))
    if form == 'md':
        t = t.split('see full revision history and disclosures', 1)[1].split('\n      ## \n        References', 1)[0]
        t = t.split('\n', 1)[1]
        t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t).replace('**', '')
        t = re.sub(r'(?m)^#+ ?', '', t)
        return re.sub(r'(?m)^\s*- ?', '', t)
    t = t.split('\n', 1)[1].split('\nReferences\n', 1)[0]
    return t.replace('•', ' ').replace('◦', ' ')


def parse_gold(path):
    facts = []
    for n, line in enumerate(open(path), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        f = [x.strip() for x in line.split(' | ')]
        if len(f) != 7 or f[0] not in KINDS:
            sys.exit(f'{path}:{n}: bad line ({len(f)} fields): {line}')
        facts.append(dict(zip(['kind', 'subject', 'item', 'value', 'group', 'attribute', 'quote'], f)))
    return facts


def main():
    rows = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith('.src'): continue
        m, blocks = parse_src(os.path.join(SRC, fn))
        slug = m['slug']; forms = [f.strip() for f in m['forms'].split(',')]
        d = os.path.join(OUT, slug); os.makedirs(d, exist_ok=True)
        for f in ('html', 'md', 'txt'):
            p = os.path.join(d, 'article.' + f)
            if f in forms:
                open(p, 'w').write({'html': page_html, 'md': page_md, 'txt': page_txt}[f](m, blocks))
            elif os.path.exists(p): os.remove(p)
        gp = os.path.join(SRC, slug + '.gold')
        facts = parse_gold(gp) if os.path.exists(gp) else []
        g = {'title': m['title'], 'system': m['system'], 'forms': forms, 'facts': facts}
        with open(os.path.join(d, 'gold.yaml'), 'w') as fh:
            yaml.safe_dump(g, fh, sort_keys=False, allow_unicode=True, width=1000)
        rows.append((slug, m['system'], forms, words(blocks), facts))
    write_readme(rows)


def write_readme(rows):
    kinds = sorted(KINDS)
    tot = {k: 0 for k in kinds}
    for r in rows:
        for f in r[4]: tot[f['kind']] += 1
    L = ['# Blind writer set AD', '',
         'Radiopaedia-style articles with gold fact annotations, written blind (the extractor was not read).',
         'Topics: chest, cardiac, abdomen/GI, hepatobiliary, genitourinary, vascular/interventional, breast, obstetrics/gynaecology.',
         'Each sub-folder holds the article form(s) and `gold.yaml` (format: /work/main/bench/dev-corpus/README.md).',
         'Sources are in `.src/` (`<slug>.src` body and page metadata, `<slug>.gold` one fact per line, fields split by ` | `):',
         '`python3 .src/gen.py` regenerates every article form, every gold.yaml and this README;',
         '`python3 .src/check.py` re-checks every quote against the body text of every form of its article',
         '(HTML tags / markdown markup stripped, whitespace and case normalised).', '',
         'small-cell-lung-cancer is the three-form article (html, md, txt, identical body text), written txt-first:',
         'its body was drafted as plain text (headings as lines, lists as bullet lines, citation numbers glued to the',
         'preceding word in the txt form) and the html and md forms were rendered from it. The others are in one form each.',
         'In liver-cirrhosis (txt) the list items are flattened to bare lines without bullets, as some plain-text extractions do.',
         'No case pages. Word counts are of body text only (no navigation, citation block, references, related articles or footer).',
         'For association/differential facts whose answer is the member itself, `value` repeats `item`.', '',
         '## Articles', '', '| slug | system | forms | words (body) | gold facts |', '|---|---|---|---|---|']
    nf = sum(len(r[2]) for r in rows)
    for s, sy, fo, w, fa in rows:
        L.append(f'| {s} | {sy} | {", ".join(fo)} | {w} | {len(fa)} |')
    L.append(f'| **total** | | {nf} files | {sum(r[3] for r in rows)} | {sum(len(r[4]) for r in rows)} |')
    L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
    for k in sorted(kinds, key=lambda k: -tot[k]): L.append(f'| {k} | {tot[k]} |')
    L.append(f'| **total** | {sum(tot.values())} |')
    L += ['', '## Gold facts per kind and article', '', '| slug | ' + ' | '.join(kinds) + ' |', '|---' * (len(kinds) + 1) + '|']
    for s, sy, fo, w, fa in rows:
        L.append(f'| {s} | ' + ' | '.join(str(sum(1 for f in fa if f['kind'] == k)) for k in kinds) + ' |')
    open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
