#!/usr/bin/env python3
import glob, os, collections, yaml, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
rows = []; kinds = collections.Counter()
for p in sorted(glob.glob(os.path.join(render.SRC, '*.src'))):
    m, body = render.parse(p)
    g = yaml.safe_load(open('/work/blind/CC/%s/gold.yaml' % m['slug']))
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append((m['slug'], g['system'], ', '.join(g['forms']), render.words(render.blocks(body)), len(g['facts'])))
out = ['# Blind set CC', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
out += ['| %s | %s | %s | %d | %d |' % r for r in rows]
out += ['| **total** | | | %d | %d |' % (sum(r[3] for r in rows), sum(r[4] for r in rows)), '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
out += ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])]
out += ['', '## How it was written', '',
 'All eight articles were written from scratch for this set, in my own words and from my own radiology knowledge, without opening anything under /work/main or /work/wt and without consulting any outside source. Each body was drafted in a small source format kept in /work/blind/CC.src/src/ (<slug>.src), and render.py turns it into the requested forms with invented page chrome: an html page with site navigation, ad banners, a "Citation, DOI, disclosures and article data" block, an on-this-page menu, references and a related-articles widget; a markdown dump with YAML front matter, navigation junk lines, #### and ##### headings, bullet lists and a References section; and a plain-text extraction with headings as plain lines, citation numbers glued to words, and lists flattened to one line per item or, in galeazzi-fracture, run together into a paragraph. Kernicterus exists in all three forms with the same body. The Bennett fracture page is a case page (presentation, patient data, findings, diagnosis, case discussion). To vary the authorial voice, the articles mix active and passive voice, parentheses, approximations ("approximately", "roughly", "~"), fractions in words ("one-third", "three-quarters", "two-thirds"), ranges ("3-7%", "between 20% and 50%", "15-20%"), sex ratios given in words rather than as numbers, signs with and without quotation marks, and classifications written both as lists and as running prose (Renshaw types, Rettig-Raskin types, the holoprosencephaly imaging forms). Each gold.yaml was written at the same time as its article, as a compact pipe-separated list (src/<slug>.gold), and gold.py converts that list to YAML. gold.py also checks every quote: after whitespace and case are normalised, each quote has to appear verbatim in every form of its article. Html is compared with tags stripped; md is compared both with bold and link markup stripped and as raw text. The check also flags any value that does not appear inside its quote; the only remaining cases are sex_ratio values, which are given in the M:F form the format asks for. The final run reports 0 errors and 0 raw-md warnings. To rebuild: python3 render.py && python3 gold.py && python3 readme.py (in /work/blind/CC.src).']
open('/work/blind/CC/README.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:16]))
