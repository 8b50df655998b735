import json
d = json.load(open('/work/blind/BD.src/stats.json'))
o = ['# Blind test set BD', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for slug, sysm, forms, w, n in d['rows']:
    o.append('| %s | %s | %s | %d | %d |' % (slug, sysm, forms, w, n))
o.append('| **total** | | | %d | %d |' % (sum(r[3] for r in d['rows']), sum(r[4] for r in d['rows'])))
o += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
for k, v in sorted(d['kinds'].items(), key=lambda x: -x[1]):
    o.append('| %s | %d |' % (k, v))
o += ['', '## How it was written', '',
 'All eight articles (chest, cardiac, gastrointestinal, hepatobiliary, urogenital, gynaecology, breast, vascular) were written from scratch from general radiology knowledge, '
 'without opening anything under /work/main or /work/wt, in a Radiopaedia-like style with varied phrasing (percentages, ranges, ratios, "one-third", "1 in 500", quoted and unquoted signs, lists and prose). '
 'Each article body was written once in a small markup source (BD.src/src/<slug>.txt), together with its gold facts as pipe-separated lines; '
 'BD.src/build.py renders the body into the requested forms with invented page chrome (html: site header, ads, citation/DOI block, on-this-page nav, references, related-articles widget, footer; '
 'md: YAML front matter, navigation junk, #### headings, links, References; txt: plain headings, lists flattened to bullet lines or run into a paragraph, citation numbers glued to words) and writes gold.yaml. '
 'pulmonary-infarction exists in all three forms with the same body; the case page is the SVC syndrome case (presentation, patient data, findings, diagnosis, case discussion). '
 'Body words are counted on the plain-text rendering of the body (headings included, chrome excluded). '
 'BD.src/check.py confirms that every quote is a whitespace- and case-normalised verbatim substring of every form of its article (html compared after tag stripping; md and txt raw), and it currently passes with 0 missing. '
 'Gold was written at the same time as the article and was not fitted to any extractor output.', '']
open('/work/blind/BD/README.md', 'w').write('\n'.join(o))
