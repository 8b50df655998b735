#!/usr/bin/env python3
import os, sys, yaml, collections, importlib.util
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'AX')
sys.argv = ['x']
spec = importlib.util.spec_from_file_location('b', os.path.join(SRC, 'build.py'))
src = open(os.path.join(SRC, 'build.py')).read().replace('\nmain()\n', '\n')
ns = {'__file__': os.path.join(SRC, 'build.py')}; exec(src, ns)
rows = []; kinds = collections.Counter(); total = 0
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    meta, blocks = ns['parse'](os.path.join(SRC, slug, 'body.src'))
    words = len(ns['body_txt'](blocks).split())
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    n = len(g['facts']); total += n
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append('| %s | %s | %s | %d | %d |' % (slug, g['system'], ', '.join(g['forms']), words, n))
table = '| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n' + '\n'.join(rows) + '\n| **total** | | | | **%d** |' % total
kt = '| kind | facts |\n|---|---|\n' + '\n'.join('| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1]))
text = """# Blind gold set AX

%s

## Gold facts per kind

%s

## How it was written

All eight articles (one per system: chest, cardiac, gastrointestinal, hepatobiliary, urogenital, gynaecology, breast, vascular) were written from scratch from my own radiology knowledge, without opening or running anything under /work/main or /work/wt and without looking at any extractor output. Each body was drafted as a small marked-up source (AX.src/<slug>/body.src) in a deliberately different voice (British spellings, varied phrasing of percentages, ranges, ratios such as "15:1", "twice as often", "5-10:1", "one-third", "up to two-thirds", signs with and without quotes, mixed active and passive voice), then rendered by AX.src/build.py into Radiopaedia-like forms with invented chrome: html (ads, navigation, citation/DOI block, on-this-page nav, references, related-articles widget, sidebar cases, footer), md (YAML front matter, whitespace and navigation junk, citation block, links, References/Incoming Links) and txt (plain extraction with citation numbers glued to words, lists either flattened to lines or run into paragraphs, Share/Article information/Cases-and-figures trailer). Ventricular septal defect exists in all three forms with an identical body; the others have one form each (html x3, md x2, txt x2), and one article is a case page (renal vein thrombosis: presentation, patient data, findings, diagnosis, case discussion). gold.yaml for each article was written by hand alongside the body, listing every testable fact from prose and lists under GOLD_FORMAT.md kinds; AX.src/check.py verifies schema, kinds, string fields and that every quote is a verbatim (whitespace- and case-normalised) substring of every form (html compared after tag stripping, md and txt raw), and all quotes pass.
""" % (table, kt)
open(os.path.join(OUT, 'README.md'), 'w').write(text)
print(table); print(); print(kt)
