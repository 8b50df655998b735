#!/usr/bin/env python3
"""Build BX articles (html/md/txt) from bodies/<slug>.body and the META table below."""
import html, os, re, json

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), 'BX')

META = {
 'insulinoma': dict(title='Insulinoma', system='Hepatobiliary', systems=['Hepatobiliary', 'Oncology'], forms=['html'],
    rid='41273', authors='Okonjo B, Varga L, Deschamps M, et al.', creator='Bola Okonjo', reviser='Lea Varga',
    created='14 Feb 2009', revised='3 Dec 2025', revisions='96 times, by 38 contributors',
    synonyms=['Insulinomas', 'Pancreatic insulinoma', 'Beta cell tumour'],
    refs=['Marchetti R, Holloway J. Localisation of insulinomas: a pictorial review. Abdom Radiol. 2019;44(6):2101-15.',
          'Tanaka Y, Brennan S. Functioning pancreatic neuroendocrine tumours: epidemiology and outcome. Pancreatology. 2017;17(3):418-26.',
          'Ferreira P, Ludwig H. The 72-hour fast revisited. Endocr Pract. 2016;22(9):1040-7.',
          'Schoenfeld A, Ito K. Endoscopic and intraoperative ultrasound for insulinoma. Surg Endosc. 2018;32(2):771-80.',
          'Kerrigan D, Weiss O. GLP-1 receptor PET in endogenous hyperinsulinism. J Nucl Med. 2021;62(5):648-55.'],
    related=['Pancreatic neuroendocrine tumour', 'Gastrinoma', 'Multiple endocrine neoplasia type 1', 'Intrapancreatic accessory spleen', 'Nesidioblastosis']),
 'primary-cardiac-lymphoma': dict(title='Primary cardiac lymphoma', system='Cardiac', systems=['Cardiac', 'Haematology', 'Oncology'], forms=['md'],
    rid='52208', authors='Halvorsen K, Adeyemi T, Rossi G, et al.', creator='Kari Halvorsen', reviser='Tunde Adeyemi',
    created='2 Jun 2012', revised='18 Nov 2025', revisions='41 times, by 19 contributors',
    synonyms=['PCL', 'Cardiac lymphoma (primary)', 'Primary lymphoma of the heart'],
    refs=['Lindgren E, Osei K. Primary cardiac lymphoma: a review of 220 cases. Cardiovasc Pathol. 2020;46:107-16.',
          'Abernathy P, Cho S. Cardiac tumours in adults: multimodality imaging. Radiographics. 2018;38(5):1390-1410.',
          'Duval C, Mehta R. CT and MRI of cardiac lymphoma. Clin Radiol. 2019;74(4):264-72.'],
    related=['Cardiac angiosarcoma', 'Cardiac metastases', 'Cardiac myxoma', 'Pericardial effusion', 'Cardiac tumours']),
 'cardiac-lipoma': dict(title='Cardiac lipoma', system='Cardiac', systems=['Cardiac'], forms=['txt'],
    rid='18944', authors='Pereira A, Kowalczyk J, et al.', creator='Ana Pereira', reviser='Jakub Kowalczyk',
    created='21 Sep 2010', revised='9 Oct 2025', revisions='33 times, by 14 contributors',
    synonyms=['Lipoma of the heart', 'Cardiac lipomas', 'Intracardiac lipoma'],
    refs=['Whitcombe G, Soto F. Fat-containing lesions of the heart. AJR Am J Roentgenol. 2017;209(2):W65-74.',
          'Nakashima T, Ferris L. Benign cardiac tumours: an MRI pictorial essay. Eur J Radiol. 2016;85(9):1631-40.'],
    related=['Lipomatous hypertrophy of the interatrial septum', 'Cardiac myxoma', 'Cardiac fibroma', 'India ink artefact']),
 'peyronie-disease': dict(title='Peyronie disease', system='Urogenital', systems=['Urogenital'], forms=['html', 'md', 'txt'],
    rid='27731', authors='Lindahl S, Mwangi P, Carvalho D, et al.', creator='Sven Lindahl', reviser='Peter Mwangi',
    created='6 Mar 2011', revised='27 Jan 2026', revisions='58 times, by 22 contributors',
    synonyms=['Induratio penis plastica', "Peyronie's disease", 'Penile fibromatosis'],
    refs=['Hartigan M, Obi C. Imaging of Peyronie disease. Radiographics. 2021;41(3):857-72.',
          'Valdez R, Nguyen T. Natural history of Peyronie disease. J Urol. 2015;194(3):745-50.',
          'Castellano F, Brandt W. Penile duplex Doppler ultrasound: technique and interpretation. Ultrasound Q. 2019;35(1):30-9.'],
    related=['Penile fracture', 'Mondor disease of the penis', 'Priapism', 'Penile carcinoma', 'Dupuytren contracture']),
 'relapsing-polychondritis': dict(title='Relapsing polychondritis', system='Chest', systems=['Chest', 'Musculoskeletal'], forms=['md'],
    rid='33590', authors='Moreau J, Benedetti L, Kaur H, et al.', creator='Julien Moreau', reviser='Harpreet Kaur',
    created='30 Jul 2011', revised='12 Dec 2025', revisions='47 times, by 20 contributors',
    synonyms=['Polychondritis', 'Relapsing polychondritis of the airway', 'Systemic chondromalacia'],
    refs=['Reinholt A, Sandoval P. Airway manifestations of relapsing polychondritis on CT. Radiology. 2018;287(2):612-21.',
          'Fairbanks H, Oduya N. Relapsing polychondritis: clinical review. Lancet Rheumatol. 2022;4(1):e55-66.'],
    related=['Tracheobronchopathia osteochondroplastica', 'Tracheobronchomalacia', 'Granulomatosis with polyangiitis', 'Tracheal stenosis', 'Saddle nose deformity']),
 'nabothian-cyst': dict(title='Nabothian cyst', system='Gynaecology', systems=['Gynaecology'], forms=['txt'],
    rid='11852', authors='Ishikawa M, Dlamini N, et al.', creator='Mariko Ishikawa', reviser='Nomsa Dlamini',
    created='11 Nov 2008', revised='5 Jan 2026', revisions='39 times, by 17 contributors',
    synonyms=['Nabothian follicle', 'Nabothian cysts', 'Cervical retention cyst'],
    refs=['Aldous K, Perrin L. Cystic lesions of the uterine cervix: MRI review. Abdom Radiol. 2020;45(10):3319-31.',
          'Yamada S, Cortez D. Adenoma malignum versus benign cervical cysts. AJR Am J Roentgenol. 2017;208(1):196-203.'],
    related=['Adenoma malignum', 'Gartner duct cyst', 'Cervical carcinoma', 'Tunnel clusters', 'Cosmos pattern']),
 'ductal-carcinoma-in-situ': dict(title='Ductal carcinoma in situ', system='Breast', systems=['Breast', 'Oncology'], forms=['html'],
    rid='7716', authors='Sorensen I, Abiodun F, Greco M, et al.', creator='Ingrid Sorensen', reviser='Funmi Abiodun',
    created='1 Apr 2008', revised='22 Jan 2026', revisions='132 times, by 51 contributors',
    synonyms=['DCIS', 'Intraductal carcinoma', 'Ductal carcinoma in-situ'],
    refs=['Whelan C, Park J. Imaging of ductal carcinoma in situ. Radiographics. 2020;40(1):5-24.',
          'Rahman S, Eklund T. DCIS in the screening era. Breast. 2018;39:110-18.',
          'Bergmann P, Castro A. MRI detection of high-grade DCIS: a prospective study. Lancet. 2007;370(9586):485-92.'],
    related=['Invasive ductal carcinoma of the breast', 'Breast calcifications', 'BI-RADS', 'Paget disease of the nipple', 'Non-mass enhancement']),
 'case-persistent-sciatic-artery-aneurysm-in-a-72-year-old': dict(title='Persistent sciatic artery aneurysm', system='Vascular', systems=['Vascular'], forms=['md'],
    rid='188452', authors='Grünewald T', creator='Tobias Grünewald', reviser='Tobias Grünewald', case=True,
    created='19 Aug 2025', revised='19 Aug 2025', revisions='', synonyms=[],
    refs=['Pillet J, et al. The sciatic artery: embryology and anomalies (historical classification, summarised).',
          'Okafor E, Laine M. Persistent sciatic artery: review of 200 cases. J Vasc Surg. 2019;69(2):620-9.'],
    related=['Persistent sciatic artery', 'Inferior gluteal artery', 'Popliteal artery aneurysm', 'Acute limb ischaemia']),
}

def parse(body):
    """-> list of blocks: ('h2',text) ('h3',text) ('p',text) ('ul',[items])"""
    blocks = []
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.startswith('### '):
            blocks.append(('h3', line[4:].strip()))
        elif line.startswith('## '):
            blocks.append(('h2', line[3:].strip()))
        elif line.startswith('- '):
            if blocks and blocks[-1][0] == 'ul':
                blocks[-1][1].append(line[2:].strip())
            else:
                blocks.append(('ul', [line[2:].strip()]))
        else:
            blocks.append(('p', line.strip()))
    return blocks

CIT = re.compile(r'\[\[(\d+)\]\]')

def words(body):
    t = CIT.sub('', body)
    t = re.sub(r'^#+ ', '', t, flags=re.M)
    t = re.sub(r'^- ', '', t, flags=re.M)
    return len(t.split())

# ---------------------------------------------------------------- html
def h_inline(s):
    s = html.escape(s, quote=False)
    return CIT.sub(lambda m: f'<sup class="ref"><a href="#ref-{m.group(1)}">{m.group(1)}</a></sup>', s)

def render_html(slug, m, blocks):
    t = m['title']
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">')
    o.append(f'<title>{t} | Radiology Reference Article | Radiopaedia.org</title>')
    first = CIT.sub('', blocks[0][1])
    o.append(f'<meta name="description" content="{html.escape(first[:150])}">')
    o.append(f'<link rel="canonical" href="https://radiopaedia.org/articles/{slug}">')
    o.append('<link rel="stylesheet" media="all" href="/assets/application-9b1e77d0c2.css">')
    o.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>')
    o.append('<script>window.radiopaediaAds = {"slots": ["leaderboard", "sidebar-top"], "targeting": {"section": "articles", "system": "%s"}};</script>' % m['system'])
    o.append('</head>\n<body class="articles show">')
    o.append('<header class="site-header">')
    o.append('<div class="ad-banner ad-slot" id="leaderboard">ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers. <a href="/go-ad-free">Become a Gold Supporter and see no third-party ads.</a></div>')
    o.append('<nav class="main-nav" aria-label="Main"><a class="logo" href="/?lang=us"><img src="/assets/logo.svg" alt="Radiopaedia.org"></a>')
    o.append('<ul class="nav-links"><li><a href="/about?lang=us">About</a></li><li><a href="/search?scope=articles">Articles</a></li><li><a href="/search?scope=cases">Cases</a></li><li><a href="/courses?lang=us">Courses</a></li><li><a href="/quizzes/all?lang=us">Quiz</a></li><li><a href="/edits?lang=us">Recent Edits</a></li></ul>')
    o.append('<ul class="user-links"><li><a href="/sessions/new?lang=us">Log In</a></li><li><a href="/users/sign_up?lang=us">Sign Up</a></li></ul>')
    o.append('<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav></header>')
    o.append('<div class="promo-banner"><a href="/courses?lang=us">Live webinar series: Body imaging case reviews - register free</a></div>')
    o.append('<main id="content" class="main-content">\n<div class="article-header">')
    o.append(f'<h1 class="header-title">{t}</h1>')
    o.append(f'<div class="author-info">Last revised by <a href="/users/x?lang=us">{m["reviser"]}</a> on {m["revised"]}</div>')
    o.append(f'<div class="article-actions"><a href="/articles/{slug}/edit" class="btn">Edit article</a> <a href="/articles/{slug}/revisions" class="btn">View revision history</a></div>\n</div>')
    o.append('<div class="article-information collapsible">\n<h2 class="collapsible-title">Citation, DOI, disclosures and article data</h2>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">Citation:</div><div>{m["authors"]} {t}. Reference article, Radiopaedia.org (Accessed on 7 Dec 2026) https://doi.org/10.53347/rID-{m["rid"]}</div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">DOI:</div><div><a href="https://doi.org/10.53347/rID-{m["rid"]}">https://doi.org/10.53347/rID-{m["rid"]}</a></div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">Permalink:</div><div><a href="https://radiopaedia.org/articles/{m["rid"]}">https://radiopaedia.org/articles/{m["rid"]}</a></div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">rID:</div><div>{m["rid"]}</div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">Article created:</div><div>{m["created"]}, {m["creator"]}<div class="disclosure">At the time the article was created {m["creator"]} had no recorded disclosures.</div></div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">Last revised:</div><div>{m["revised"]}, {m["reviser"]}<div class="disclosure">Disclosures: At the time the article was last revised {m["reviser"]} had no financial relationships to <a href="/disclosures">ineligible companies</a> to disclose.</div></div></div>')
    o.append(f'<div class="meta-item"><div class="meta-item-title">Revisions:</div><div>{m["revisions"]} - <a href="/articles/{slug}/revisions">see full revision history and disclosures</a></div></div>')
    o.append('<div class="meta-item"><div class="meta-item-title">Systems:</div><div>' + ', '.join(f'<a href="/articles/section/all/{s.lower()}">{s}</a>' for s in m['systems']) + '</div></div>')
    o.append('<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul class="synonyms">' + ''.join(f'<li>{html.escape(s)}</li>' for s in m['synonyms']) + '</ul></div></div>\n</div>')
    o.append('<div class="article-body body user-generated-content">')
    for kind, val in blocks:
        if kind == 'h2':
            o.append(f'<h2>{h_inline(val)}</h2>')
        elif kind == 'h3':
            o.append(f'<h3>{h_inline(val)}</h3>')
        elif kind == 'p':
            o.append(f'<p>{h_inline(val)}</p>')
        else:
            o.append('<ul>\n' + '\n'.join(f'<li>{h_inline(i)}</li>' for i in val) + '\n</ul>')
    o.append('</div>')
    o.append('<div class="ad-slot in-content">Support Radiopaedia and see fewer ads</div>')
    o.append('<div class="references"><h2>References</h2><ol>' + ''.join(f'<li id="ref-{n}">{html.escape(r)}</li>' for n, r in enumerate(m['refs'], 1)) + '</ol></div>')
    o.append('<div class="related-articles-widget"><h3>Related Radiopaedia articles</h3><ul>' + ''.join(f'<li><a href="/articles/{r.lower().replace(" ", "-")}">{html.escape(r)}</a></li>' for r in m['related']) + '</ul></div>')
    o.append('<div class="promoted-courses"><h3>Promoted articles (advertising)</h3><p>Sponsored: Learn ultrasound with our partners</p></div>')
    o.append('</main>\n<footer class="site-footer"><p>Updating… Please wait.</p><p>Unable to process the form. Check for errors and try again.</p><p>&copy; Radiopaedia.org 2005-2026. Content licensed CC BY-NC-SA 3.0.</p><ul><li><a href="/licence">Licence</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul></footer>\n</body>\n</html>\n')
    return '\n'.join(o)

# ---------------------------------------------------------------- md
def m_inline(s):
    return CIT.sub(lambda m: f'<sup>[{m.group(1)}](#ref_{m.group(1)})</sup>', s)

def render_md(slug, m, blocks):
    t = m['title']
    case = m.get('case')
    o = ['---', f'title: {slug}', 'source: radiopaedia', f'category: {"case" if case else "article"}', f'system: {m["system"].lower()}', '---', '']
    o.append(f'{t} | Radiology {"Case" if case else "Reference Article"} | Radiopaedia.org\n\n    \n    - \n    \n\n    \n')
    o.append('  [](https://radiopaedia.org/cdn-cgi/content?id=bx0' + m['rid'] + ')\n\n    [\n      \n        &times;\n      \n    ](#)\n')
    for lnk in ['[About](/about?lang=us)', '[Articles](/search?scope=articles&sort=date_of_last_edit)', '[Cases](/search?scope=cases&sort=date_of_publication)', '[Courses](/courses?lang=us)', '[Quiz](/quizzes/all?lang=us)', '[Recent Edits](/edits?lang=us)']:
        o.append(f'      \n        {lnk}\n      ')
    o.append('\n        [Log In](/sessions/new?lang=us)\n        [Sign Up](/users/sign_up?lang=us)\n\n')
    o.append('        ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n        Become a Gold Supporter and see no third-party ads.\n\n      \n')
    o.append(f'      # \n  {t}\n  \n')
    if case:
        o.append(f'  Case contributed by [{m["creator"]}](/users/tgrunewald?lang=us)\n\n  Diagnosis certain\n\n')
        o.append('  ## \n        Citation, DOI, disclosures and case data\n      \n')
        o.append(f'          **\n            Citation:\n          **\n          {m["authors"]}, {t}. Case study, Radiopaedia.org (Accessed on 7 Dec 2026) https://doi.org/10.53347/rID-{m["rid"]}\n')
        o.append(f'          **\n            rID:\n          **\n          {m["rid"]}\n\n          **\n            Case published:\n          **\n          {m["created"]}\n')
        o.append('          **\n            Systems:\n          **\n          ' + ', '.join(f'[{s}](/cases/system/{s.lower()})' for s in m['systems']) + '\n')
        o.append('          **\n            Tags:\n          **\n          [persistent sciatic artery](/tags/psa), [aneurysm](/tags/aneurysm), [congenital vascular anomaly](/tags/cva)\n\n')
    else:
        o.append(f'          Last revised by [{m["reviser"]}](/users/r?lang=us)\n\n          on {m["revised"]}\n\n')
        o.append(f'    [\n      Edit article\n](/articles/{slug}/edit?lang=us)    \n      *\n      **\n\n    - \n      [Report problem with article](https://docs.google.com/forms/d/e/x/viewform?entry=https://radiopaedia.org/articles/{slug})\n    - \n      [View revision history](/articles/{slug}/revisions?lang=us)\n\n')
        o.append('      ## \n        Citation, DOI, disclosures and article data\n      \n')
        o.append(f'          **\n            Citation:\n          **\n        \n          {m["authors"]} {t}. Reference article, Radiopaedia.org (Accessed on 7 Dec 2026) https://doi.org/10.53347/rID-{m["rid"]}\n')
        o.append(f'          **\n            DOI:\n          **\n          [https://doi.org/10.53347/rID-{m["rid"]}](https://doi.org/10.53347/rID-{m["rid"]})\n')
        o.append(f'          **\n            Permalink:\n          **\n          [https://radiopaedia.org/articles/{m["rid"]}](https://radiopaedia.org/articles/{m["rid"]})\n')
        o.append(f'          **\n            rID:\n          **\n          {m["rid"]}\n')
        o.append(f'          **\n            Article created:\n          **\n  {m["created"]},\n  [{m["creator"]}](/users/c?lang=us)\n    *\n      At the time the article was created {m["creator"]} had no recorded disclosures.\n    *\n')
        o.append(f'          **\n            Last revised:\n          **\n  {m["revised"]},\n  [{m["reviser"]}](/users/r?lang=us)\n    *\n      Disclosures:\n      At the time the article was last revised {m["reviser"]} had\n      no financial relationships to [ineligible companies](/disclosures) to disclose.\n    *\n')
        o.append(f'        **\n          Revisions:\n        **\n        {m["revisions"]} - [see full revision history and disclosures](/articles/{slug}/revisions?lang=us)\n')
        o.append('        **\n          Systems:\n        **\n        ' + ', '.join(f'[{s}](/articles/section/all/{s.lower()}?lang=us)' for s in m['systems']) + '\n')
        o.append('        **\n          Synonyms:\n        **\n' + '\n'.join(f'- {s}' for s in m['synonyms']) + '\n\n')
    hn = 0
    for kind, val in blocks:
        if kind == 'h2':
            hn += 1
            o.append(f'## {val}\n' if hn % 2 else f'## \n    {val}\n')
        elif kind == 'h3':
            o.append(f'### {val}\n')
        elif kind == 'p':
            o.append(m_inline(val) + '\n')
        else:
            o.append('\n'.join(f'- {m_inline(i)}' for i in val) + '\n')
    o.append('\n    \n      Support Radiopaedia and see fewer ads\n    \n')
    if m['refs']:
        o.append('## References\n')
        o.append('\n'.join(f'{n}. {r}' for n, r in enumerate(m['refs'], 1)) + '\n')
    o.append('\n  ### Related Radiopaedia articles\n')
    o.append('\n'.join(f'- [{r}](/articles/{r.lower().replace(" ", "-")}?lang=us)' for r in m['related']) + '\n')
    o.append('\n  Promoted articles (advertising)\n\n  ADVERTISEMENT: Radiopaedia is free thanks to our supporters and advertisers.\n\n  [Licence](/licence)  [Privacy Policy](/privacy)  [Terms of Use](/terms)\n\n  © Radiopaedia.org 2005-2026\n\n  {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": "' + t + '"}\n')
    return '\n'.join(o)

# ---------------------------------------------------------------- txt
def render_txt(slug, m, blocks):
    t = m['title']
    o = [t, '']
    prev_p = None
    li = 0
    for kind, val in blocks:
        tx = lambda s: CIT.sub(lambda mm: mm.group(1), s)   # citation numbers glued to preceding text
        if kind in ('h2', 'h3'):
            o.append(val)
            o.append('')
        elif kind == 'p':
            o.append(tx(val))
            o.append('')
        else:
            li += 1
            if li % 2 == 1:
                # flattened: one item per line, no bullets
                o.extend(tx(i) for i in val)
                o.append('')
            else:
                # run into one paragraph
                o.append(' '.join(tx(i) for i in val))
                o.append('')
    o.append('Share article\n\nArticle information\n')
    o.append(f'rID: {m["rid"]}\nSection: {"Gamuts" if False else "Pathology"}\nSynonyms or Alternate Spellings:')
    o.extend(f'  • {s}' for s in m['synonyms'])
    o.append('\nSupport Radiopaedia and see fewer ads\n\nCases and figures\n\n  • Drag\n    Case 1\n    Drag here to reorder.\n  • Drag\n    Case 2\n    Drag here to reorder.\n')
    o.append('Related Radiopaedia articles\n')
    o.extend(m['related'])
    o.append('\nPromoted articles (advertising)\n')
    return '\n'.join(o) + '\n'

def main():
    summary = {}
    for slug, m in META.items():
        body = open(os.path.join(SRC, 'bodies', slug + '.body')).read()
        blocks = parse(body)
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        for f in m['forms']:
            txt = {'html': render_html, 'md': render_md, 'txt': render_txt}[f](slug, m, blocks)
            open(os.path.join(d, 'article.' + f), 'w').write(txt)
        if 'txt' in m['forms']:
            open(os.path.join(d, 'article.txt.meta.yaml'), 'w').write(
                f'# Attribution for article.txt: the plain-text extraction lost the citation block.\nurl: https://radiopaedia.org/articles/{m["rid"]}\nrid: "{m["rid"]}"\nlicence: CC BY-NC-SA 3.0\n')
        summary[slug] = dict(system=m['system'], forms=m['forms'], words=words(body))
    json.dump(summary, open(os.path.join(SRC, 'summary.json'), 'w'), indent=1)
    print(json.dumps(summary, indent=1))

if __name__ == '__main__':
    main()
