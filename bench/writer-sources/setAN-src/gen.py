"""Generate article.html/md/txt from a light markup and gold.yaml from fact tuples.
Markup: '## H2', '### H3', '- item', '  - nested', blank-line separated paragraphs,
{link text} -> internal link, [[1,2]] -> citation numbers."""
import re, os, html, yaml, json

def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def parse(body):
    blocks=[]; cur=None
    for line in body.strip('\n').split('\n'):
        if not line.strip():
            cur=None; continue
        if line.startswith('## ') or line.startswith('### '):
            lvl=2 if line.startswith('## ') else 3
            blocks.append(('h',lvl,line.split(' ',1)[1])); cur=None
        elif re.match(r'\s*- ',line):
            depth=1 if line.startswith('  ') else 0
            txt=line.strip()[2:]
            if cur is None or cur[0]!='ul':
                cur=['ul',[]]; blocks.append(cur)
            if depth==0: cur[1].append([txt,[]])
            else: cur[1][-1][1].append(txt)
        else:
            if cur is not None and cur[0]=='p': cur[1]+=' '+line.strip()
            else:
                cur=['p',line.strip()]; blocks.append(cur)
    return blocks

def inline(t, form):
    def link(m):
        x=m.group(1)
        if form=='html': return f'<a href="/articles/{slugify(x)}?lang=us">{html.escape(x)}</a>'
        if form=='md': return f'[{x}](/articles/{slugify(x)}?lang=us)'
        return x
    def cite(m):
        n=m.group(1)
        if form=='html': return f'<sup class="ref">{n}</sup>'
        if form=='md': return ' '+n
        return n
    if form=='html':
        parts=re.split(r'(\{[^}]*\}|\[\[[^\]]*\]\])',t)
        out=''
        for p in parts:
            if p.startswith('{'): out+=link(re.match(r'\{(.*)\}',p))
            elif p.startswith('[['): out+=cite(re.match(r'\[\[(.*)\]\]',p))
            else: out+=html.escape(p,quote=False)
        out=re.sub(r'\*\*(.*?)\*\*',r'<b>\1</b>',out)
        return out.replace(' <sup','<sup')
    t=re.sub(r'\{([^}]*)\}',link,t)
    if form=='txt': t=t.replace('**','')
    t=re.sub(r'\s*\[\[([^\]]*)\]\]',cite,t)
    return t

def plain(t): return (lambda x: x.replace('**',''))(re.sub(r'\s*\[\[[^\]]*\]\]','',re.sub(r'\{([^}]*)\}',r'\1',t)))

def body_words(body):
    n=0
    for b in parse(body):
        if b[0]=='h': n+=len(b[2].split())
        elif b[0]=='p': n+=len(plain(b[1]).split())
        else:
            for it,sub in b[1]:
                n+=len(plain(it).split())+sum(len(plain(s).split()) for s in sub)
    return n

def render_body(body, form):
    out=[]
    for b in parse(body):
        if b[0]=='h':
            lvl,txt=b[1],b[2]
            if form=='html': out.append(f'<h{lvl} id="nav_{slugify(txt)}">{html.escape(txt)}</h{lvl}>')
            elif form=='md': out.append(('####' if lvl==2 else '#####')+' '+txt+'\n')
            else: out.append(txt+'\n')
        elif b[0]=='p':
            if form=='html': out.append('<p>'+inline(b[1],'html')+'</p>')
            else: out.append(inline(b[1],form)+' \n')
        else:
            if form=='html':
                s='<ul>'
                for it,sub in b[1]:
                    s+='<li>'+inline(it,'html')
                    if sub: s+='<ul>'+''.join('<li>'+inline(x,'html')+'</li>' for x in sub)+'</ul>'
                    s+='</li>'
                out.append(s+'</ul>')
            elif form=='md':
                s=''
                for it,sub in b[1]:
                    s+='- '+inline(it,'md')+'\n\n'
                    for x in sub: s+='    - '+inline(x,'md')+'\n\n'
                out.append(s)
            else:
                s=''
                for it,sub in b[1]:
                    s+=inline(it,'txt')+'\n'
                    for x in sub: s+=inline(x,'txt')+'\n'
                out.append(s)
    return '\n'.join(out)

def sections(body): return [b[2] for b in parse(body) if b[0]=='h' and b[1]==2]

NAV_MD = """
    - 
    

  [](https://radiopaedia.org/cdn-cgi/content?id=Zr4x-{rid})

    [
        &times;
    ](#)
      *
        [About](/about?lang=us)
        [Articles](/search?scope=articles&sort=date_of_last_edit)
        [Cases](/search?scope=cases&sort=date_of_publication)
        [Courses](/courses?lang=us)
        [Questions](/search?scope=mcqs)
        [Quiz](/quizzes/all?lang=us)
        [Recent Edits](/edits?lang=us)
        [Supporters](/supporters?lang=us)

          [Log In](/sessions/new?lang=us)
          [Sign Up](/users/sign_up?lang=us)

        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.
        Become a Gold Supporter and see no third-party ads.

      Search
      *
    *
"""

def write(a, outdir):
    slug=a['slug']; d=os.path.join(outdir,slug); os.makedirs(d,exist_ok=True)
    title=a['title']; rid=a['rid']; authors=a['authors']; refs=a['refs']; related=a['related']
    kind='Case' if a.get('case') else 'Reference article'
    cite=f"{authors[0].split()[-1]} {authors[0][0]}, {authors[1].split()[-1]} {authors[1][0]}, et al. {title}. {kind}, Radiopaedia.org (Accessed on 14 Mar 2026) https://doi.org/10.53347/rID-{rid}"
    secs=sections(a['body'])
    for form in a['forms']:
        if form=='html':
            s=f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {'Radiology Case' if a.get('case') else 'Radiology Reference Article'} | Radiopaedia.org</title>
<meta name="description" content="{html.escape(a['desc'])}">
<link rel="canonical" href="https://radiopaedia.org/{'cases' if a.get('case') else 'articles'}/{slug}">
<script>window.radiopaediaAds = {{"slots": ["leaderboard", "sidebar-top"], "targeting": {{"section": "articles", "system": "{a['system']}"}}}};</script>
</head>
<body class="articles show">
<header class="site-header">
<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>
<nav class="main-nav"><a class="logo" href="/?lang=us"><img src="/assets/radiopaedia-logo.svg" alt="Radiopaedia.org"></a>
<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>
<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>
</nav></header>
<div class="promo-banner"><a href="/courses?lang=us">{a['promo']}</a></div>
<main id="content" class="main-content">
<div class="article-header"><h1 class="header-title">{html.escape(title)}</h1>
<div class="author-info">Last revised by <a href="/users/{slugify(authors[0])}">{authors[0]}</a> on 3 Feb 2026</div>
<div class="article-actions"><a class="btn" href="/articles/{slug}/edit">Edit article</a> <a class="btn" href="#">Report problem with article</a> <a class="btn" href="/articles/{slug}/revisions">View revision history</a></div></div>
<div class="article-information collapsible">
<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>
<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{html.escape(cite)}</div></div>
<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{rid}">https://doi.org/10.53347/rID-{rid}</a></div></div>
<div class="meta-item"><div class="meta-item-title">rID:</div><div>{rid}</div></div>
<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{a['created']}, <a href="/users/{slugify(authors[1])}">{authors[1]}</a><div class="disclosure">At the time the article was created {authors[1]} had no recorded disclosures.</div></div></div>
<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{a['revs']} times, by {a['contrib']} contributors - <a href="/articles/{slug}/revisions">see full revision history and disclosures</a></div></div>
<div class="meta-item"><div class="meta-item-title">Systems:</div><div><a href="/articles/section/all/{a['system'].lower()}">{a['system']}</a></div></div>
<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>{''.join('<li>'+html.escape(x)+'</li>' for x in a['syn'])}</ul></div></div>
</div>
<nav class="on-this-page"><h2>On this page:</h2><div>Article:</div><ul>{''.join(f'<li><a href="#nav_{slugify(x)}">{html.escape(x)}</a></li>' for x in secs)}<li><a href="#references">References</a></li></ul></nav>
<div class="body user-generated-content">
{render_body(a['body'],'html')}
</div>
<div class="ref-list" id="references"><h2>References</h2><ol>{''.join('<li>'+html.escape(r)+'</li>' for r in refs)}</ol></div>
<div id="related-articles"><h2>Related articles: {html.escape(a['related_title'])}</h2><ul>{''.join(f'<li><a href="/articles/{slugify(x)}?lang=us">{html.escape(x)}</a></li>' for x in related)}</ul></div>
<div class="share-article"><a href="#" class="share">Share article</a></div>
</main>
<aside class="sidebar"><div class="ad-slot" id="sidebar-top">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="article-images"><h2>Cases and figures</h2><ul class="case-list">{''.join(f'<li class="case-item"><a href="/cases/{slugify(x)}">Case {i+1}: {html.escape(x)}</a></li>' for i,x in enumerate(a['cases']))}</ul></div></aside>
<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/editors">Editorial Board</a></li><li>Do not share my Personal Information.</li></ul>
<p class="copyright">&copy; 2005&ndash;2026 Radiopaedia.org</p></footer>
<script type="application/json" id="article-data">{json.dumps({"articleId":rid,"slug":slug,"lang":"us"})}</script>
</body>
</html>
'''
        elif form=='md':
            s=f'''---
title: {slug}
source: radiopaedia
category: {'case' if a.get('case') else 'pathology'}
system: {a['system'].lower()}
modality: {a['modality']}
---

{title} | {'Radiology Case' if a.get('case') else 'Radiology Reference Article'} | Radiopaedia.org
{NAV_MD.replace('{rid}',str(rid))}
    [
      {a['promo']}
](https://radiopaedia.org/courses)

      # 
  {title}

          Last revised by [{authors[0]}](/users/{slugify(authors[0])}?lang=us)
          on 3 Feb 2026

    [
      Edit article
](/articles/{slug}/edit?lang=us)    
    - 
      [View revision history](/articles/{slug}/revisions?lang=us)

      ## 
        Citation, DOI, disclosures and article data

          **
            Citation:
          **
          {cite}

          **
            rID:
          **
          {rid}

          **
            Systems:
          **
          [{a['system']}](/articles/section/all/{a['system'].lower()}?lang=us)

          **
            Synonyms:
          **
{''.join(chr(10)+'              - '+chr(10)+'                '+x+chr(10) for x in a['syn'])}

## On this page:

Article:

{''.join(f'- [{x}](#nav_{slugify(x)})'+chr(10)+chr(10) for x in secs)}- [References](#references)

{render_body(a['body'],'md')}

        References

{''.join(f'{i+1}. {r}'+chr(10)+chr(10) for i,r in enumerate(refs))}
        Related articles: {a['related_title']}

{''.join(f'  - [{x}](/articles/{slugify(x)}?lang=us)'+chr(10) for x in related)}
    Support Radiopaedia and see fewer ads

        Cases and figures
{''.join(f'  - Case {i+1}: {x}'+chr(10) for i,x in enumerate(a['cases']))}
            [Contact Us](/contact?lang=us)
            [Terms of Use](/terms?lang=us)
        &copy; 2005&ndash;2026 Radiopaedia.org
'''
        else:
            s=f'''{title}

{render_body(a['body'],'txt')}
References

{''.join(f'{r}'+chr(10) for r in refs)}
Related articles: {a['related_title']}
{''.join(f'  • {x}'+chr(10) for x in related)}
Support Radiopaedia and see fewer ads
Cases and figures
{''.join(f'  • Drag{chr(10)}    Case {i+1}: {x}{chr(10)}    Drag here to reorder.{chr(10)}' for i,x in enumerate(a['cases']))}'''
        open(os.path.join(d,'article.'+form),'w').write(s)
    facts=[]
    for f in a['facts']:
        kind,subject,item,value,quote=f[:5]; ex=f[5] if len(f)>5 else {}
        facts.append(dict(kind=kind,subject=subject,item=item,value=value,group=ex.get('g',''),attribute=ex.get('a',''),quote=quote))
    g=dict(title=title,system=a['system'],forms=a['forms'],facts=facts)
    open(os.path.join(d,'gold.yaml'),'w').write(yaml.safe_dump(g,sort_keys=False,allow_unicode=True,width=1000))
    return body_words(a['body']), len(facts)
