#!/usr/bin/env python3
"""Render CD article sources (src/*.src) into html / md / txt forms."""
import re, sys, os, yaml, html as H
SRC = os.path.join(os.path.dirname(__file__), 'src')
OUT = '/work/blind/CD'

def parse(path):
    raw = open(path).read()
    meta, body = raw.split('\n---\n', 1)
    return yaml.safe_load(meta), body.strip('\n')

def blocks(body):
    """yield (type, payload): h2, h3, p, ul(list of (depth,text))"""
    out, cur = [], None
    for line in body.split('\n'):
        if not line.strip():
            cur = None; continue
        if line.startswith('## '):
            out.append(('h2', line[3:])); cur = None
        elif line.startswith('### '):
            out.append(('h3', line[4:])); cur = None
        elif re.match(r'^\s*- ', line):
            depth = (len(line) - len(line.lstrip())) // 2
            txt = line.strip()[2:]
            if cur is None or cur[0] != 'ul':
                cur = ('ul', []); out.append(cur)
            cur[1].append((depth, txt))
        else:
            if cur is not None and cur[0] == 'p':
                cur[1][0] += ' ' + line.strip()
            else:
                cur = ('p', [line.strip()]); out.append(cur)
    return out

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')
CITE = re.compile(r'\^([0-9,]+)')
BOLD = re.compile(r'\*\*([^*]+)\*\*')

def inl_html(t):
    t = H.escape(t, quote=False)
    t = LINK.sub(lambda m: f'<a href="/articles/{m.group(2)}">{m.group(1)}</a>', t)
    t = BOLD.sub(r'<strong>\1</strong>', t)
    t = CITE.sub(lambda m: '<sup>' + ','.join(f'<a href="#ref_{n}">{n}</a>' for n in m.group(1).split(',')) + '</sup>', t)
    return t

def inl_md(t):
    t = LINK.sub(lambda m: f'[{m.group(1)}](/articles/{m.group(2)}?lang=us)', t)
    t = CITE.sub(lambda m: ' ' + m.group(1).replace(',', ', '), t)
    return t

def inl_txt(t):
    t = LINK.sub(r'\1', t)
    t = BOLD.sub(r'\1', t)
    t = CITE.sub(lambda m: m.group(1), t)
    return t

def ul_html(items):
    # nested list rendering
    s, depth_stack = '', []
    i = 0
    def rec(i, d):
        s = '<ul>'
        while i < len(items) and items[i][0] >= d:
            dep, txt = items[i]
            s += '<li>' + inl_html(txt)
            i += 1
            if i < len(items) and items[i][0] > d:
                sub, i = rec(i, d + 1)
                s += sub
            s += '</li>'
        return s + '</ul>', i
    return rec(0, 0)[0]

def render_html(m, bl):
    slug, title = m['slug'], m['title']
    kind = 'cases' if m.get('case') else 'articles'
    nav = ''.join(f'<li><a href="#nav_{re.sub("[^a-z]+","-",b[1].lower()).strip("-")}">{H.escape(b[1])}</a></li>' for b in bl if b[0] == 'h2')
    body = []
    for t, p in bl:
        if t == 'h2':
            body.append(f'<h4 id="nav_{re.sub("[^a-z]+","-",p.lower()).strip("-")}">{H.escape(p)}</h4>')
        elif t == 'h3':
            body.append(f'<h5>{H.escape(p)}</h5>')
        elif t == 'p':
            body.append(f'<p>{inl_html(p[0])}</p>')
        else:
            body.append(ul_html(p))
    refs = ''.join(f'<li>{H.escape(r)}</li>' for r in m['refs'])
    rel = ''.join(f'<li><a href="/articles/{re.sub("[^a-z0-9]+","-",r.lower()).strip("-")}?lang=us">{H.escape(r)}</a></li>' for r in m['related'])
    syn = ''.join(f'<li>{H.escape(s)}</li>' for s in m.get('synonyms_meta', []))
    label = 'Case' if m.get('case') else 'Reference article'
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{H.escape(title)} | Radiology {'Case' if m.get('case') else 'Reference Article'} | Radiopaedia.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{H.escape(m['desc'])}">
<link rel="canonical" href="https://radiopaedia.org/{kind}/{slug}">
<link rel="stylesheet" media="all" href="/assets/application-9b2e7c1d44.css">
<script async src="/assets/ads-loader-3f8a.js"></script>
</head>
<body class="{kind} show">
<div class="cookie-banner" role="dialog">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept all</button> <button>Manage preferences</button></div>
<header class="main-header">
<a class="logo" href="/?lang=us">Radiopaedia.org</a>
<ul class="nav-links">
<li><a href="/about?lang=us">About</a></li>
<li><a href="/search?scope=articles&amp;sort=date_of_last_edit">Articles</a></li>
<li><a href="/search?scope=cases&amp;sort=date_of_publication">Cases</a></li>
<li><a href="/courses?lang=us">Courses</a></li>
<li><a href="/search?scope=mcqs">Questions</a></li>
<li><a href="/quizzes/all?lang=us">Quiz</a></li>
<li><a href="/edits?lang=us">Recent Edits</a></li>
</ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search Radiopaedia"><button>Search</button></form>
</header>
<div class="ad-slot leaderboard" id="top-ad">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. Become a Gold Supporter and see no third-party ads.</div>
<main>
<h1 class="header-title">{H.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{m['reviser'].lower().replace(' ','-')}?lang=us">{H.escape(m['reviser'])}</a> on {m['revised']}</div>
<div class="article-actions"><a href="/{kind}/{slug}/edit?lang=us">Edit {'case' if m.get('case') else 'article'}</a> <a href="#">Report problem with {'case' if m.get('case') else 'article'}</a> <a href="/{kind}/{slug}/revisions?lang=us">View revision history</a></div>
<div class="meta-data collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and {'case' if m.get('case') else 'article'} data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{H.escape(m['cite_authors'])}. {H.escape(title)}. {label}, Radiopaedia.org (Accessed on 2 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m['rid']}">https://doi.org/10.53347/rID-{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/{kind}/{m['rid']}">https://radiopaedia.org/{kind}/{m['rid']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m['rid']}</div></div>
<div class="meta-item"><div class="meta-item-title">{'Case' if m.get('case') else 'Article'} created:</div><div>{m['created']}, <a href="/users/{m['creator'].lower().replace(' ','-')}?lang=us">{H.escape(m['creator'])}</a><div class="disclosure">At the time the {'case' if m.get('case') else 'article'} was created {H.escape(m['creator'])} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{m['revised']}, <a href="/users/x?lang=us">{H.escape(m['reviser'])}</a><div class="disclosure">Disclosures: At the time the {'case' if m.get('case') else 'article'} was last revised {H.escape(m['reviser'])} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m['revisions']} times, by {m['contributors']} contributors - <a href="/{kind}/{slug}/revisions?lang=us">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/x?lang=us">{H.escape(m['system_label'])}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Tags:</div><div>{', '.join(f'<a href="/tags/{t}?lang=us">{t}</a>' for t in m.get('tags', []))}</div></div>
{f'<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{syn}</ul></div></div>' if syn else ''}
</div>
<div class="ad-slot in-content" id="in-content-1">ADVERTISEMENT: Supporters see fewer/no ads</div>
<nav class="on-this-page" aria-label="On this page"><h2>On this page:</h2><div>{'Case' if m.get('case') else 'Article'}:</div><ul>{nav}<li><a href="#references">References</a></li></ul>
<div>Images:</div><ul><li><a href="#article-images">Cases and figures</a></li></ul></nav>
<div class="body user-generated-content">
{chr(10).join(body)}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{refs}</ol></div>
<div class="promo">Promoted articles (advertising)</div>
<div id="related-articles"><h2>Related articles: {H.escape(m['related_title'])}</h2><ul>{rel}</ul></div>
<div class="ad-slot in-content" id="in-content-2">ADVERTISEMENT: Supporters see fewer/no ads</div>
</main>
<footer><a href="/contact?lang=us">Contact Us</a> <a href="/terms?lang=us">Terms of Use</a> <a href="/terms?lang=us#privacy-policy">Privacy Policy</a> <a href="/licence?lang=us">Licensing</a> &copy; 2005&ndash;2026 Radiopaedia.org</footer>
</body>
</html>
'''

def render_md(m, bl):
    slug, title = m['slug'], m['title']
    kind = 'cases' if m.get('case') else 'articles'
    out = [f"---\ntitle: {title.lower() if not m.get('case') else title}\nsource: radiopaedia\ncategory: {'case' if m.get('case') else 'pathology'}\nsystem: {m['system'].lower()}\nmodality: {m.get('modality','ct')}\n---\n",
           f"{title} | Radiology {'Case' if m.get('case') else 'Reference Article'} | Radiopaedia.org\n", "\n    \n    - \n    \n\n    \n",
           "      [About](/about?lang=us)\n      \n      [Articles](/search?scope=articles&sort=date_of_last_edit)\n\n      [Cases](/search?scope=cases&sort=date_of_publication)\n\n      [Courses](/courses?lang=us)\n\n      [Quiz](/quizzes/all?lang=us)\n\n          [Log In](/sessions/new?lang=us)\n          [Sign Up](/users/sign_up?lang=us)\n",
           "        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n\n      Search\n      *\n    *\n",
           f"      # \n  {title}\n  \n        Last revised by [{m['reviser']}](/users/x?lang=us)\n\n          on {m['revised']}\n\n    [\n      Edit {'case' if m.get('case') else 'article'}\n](/{kind}/{slug}/edit?lang=us)    \n      *\n      **\n\n    - \n      [View revision history](/{kind}/{slug}/revisions?lang=us)\n\n",
           f"      ## \n        Citation, DOI, disclosures and {'case' if m.get('case') else 'article'} data\n\n          **\n            Citation:\n          **\n          {m['cite_authors']}. {title}. {'Case study' if m.get('case') else 'Reference article'}, Radiopaedia.org (Accessed on 2 Mar 2026) https://doi.org/10.53347/rID-{m['rid']}\n\n          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-{m['rid']}](https://doi.org/10.53347/rID-{m['rid']})\n\n          **\n            rID:\n          **\n          {m['rid']}\n\n          **\n            Revisions:\n          **\n          {m['revisions']} times, by\n        {m['contributors']} contributors -\n        [see full revision history and disclosures](/{kind}/{slug}/revisions?lang=us)\n\n          **\n            Systems:\n          **\n          [{m['system_label']}](/articles/section/all/x?lang=us)\n\n"]
    if m.get('synonyms_meta'):
        out.append("          **\n            Synonyms:\n          **\n" + ''.join(f"\n- {s}\n" for s in m['synonyms_meta']) + "\n")
    out.append("      ADVERTISEMENT: Supporters see fewer/no ads\n\n## On this page:\n\n" + ''.join(f"- [{b[1]}](#nav_{re.sub('[^a-z]+','-',b[1].lower()).strip('-')})\n\n" for b in bl if b[0] == 'h2') + "- [References](#references)\n\n")
    for t, p in bl:
        if t == 'h2':
            out.append(f"#### {p}\n")
        elif t == 'h3':
            out.append(f"##### {p}\n")
        elif t == 'p':
            out.append(inl_md(p[0]) + "\n")
        else:
            out.append('\n'.join('    ' * d + '- ' + inl_md(x) + '\n' for d, x in p))
    out.append("      ## \n        References\n\n" + '\n'.join(f"            {i+1}. {r}\n          " for i, r in enumerate(m['refs'])) + "\n")
    out.append(f"## Related articles: {m['related_title']}\n\n" + ''.join(f"- [{r}](/articles/{re.sub('[^a-z0-9]+','-',r.lower()).strip('-')}?lang=us)\n\n" for r in m['related']))
    out.append("            ## \n              [Articles](/search?lang=us&scope=articles)\n\n                - \n                  [Anatomy](/search?lang=us&scope=articles&section=Anatomy)\n\n                - \n                  [Pathology](/search?lang=us&scope=articles&section=Pathology)\n\n            [Contact Us](/contact?lang=us)\n            [Terms of Use](/terms?lang=us)\n            [Privacy Policy](/terms?lang=us#privacy-policy)\n\n        &copy; 2005&ndash;2026 Radiopaedia.org\n")
    return '\n'.join(out)

def render_txt(m, bl):
    out = [m['title'], '']
    for t, p in bl:
        if t in ('h2', 'h3'):
            out.append(p)
        elif t == 'p':
            out.append(inl_txt(p[0]) + ' ')
        else:
            if m.get('txt_runon'):
                out.append(' '.join(inl_txt(x) for d, x in p) + ' ')
            else:
                out.extend(inl_txt(x) for d, x in p)
        out.append('')
    return '\n'.join(out)

def main():
    for f in sorted(os.listdir(SRC)):
        if not f.endswith('.src'): continue
        m, body = parse(os.path.join(SRC, f))
        bl = blocks(body)
        d = os.path.join(OUT, m['slug']); os.makedirs(d, exist_ok=True)
        for form in m['forms']:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[form](m, bl)
            open(os.path.join(d, 'article.' + form), 'w').write(txt)
        print(m['slug'], m['forms'])

if __name__ == '__main__':
    main()
