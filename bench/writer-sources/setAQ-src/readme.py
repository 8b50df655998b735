import yaml, glob, os, collections, sys
sys.path.insert(0, '.')
import build
rows = []; kinds = collections.Counter()
SYS = {}
for src in sorted(glob.glob('*.src')):
    slug = src[:-4]
    title, system, forms, words = build.build(slug)
    g = yaml.safe_load(open('../setAQ/%s/gold.yaml' % slug))
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append('| %s | %s | %s | %d | %d |' % (slug, system + (' (case)' if slug.startswith('case-') else ''), ', '.join(forms), words, len(g['facts'])))
tot = sum(kinds.values())
out = ['# setAQ', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows + ['| **total** | | | | **%d** |' % tot, '',
       '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])] + ['',
       '## How it was written', '',
       'All eight articles were written from scratch for this set from general radiology knowledge, in Radiopaedia style but in my own words, without opening anything under /work/main or /work/wt; the only inputs were GOLD_FORMAT.md, the three examples and taken.txt (none of the eight slugs, or a near synonym, is in that list). Each body was drafted once as a small source file (setAQ.src/<slug>.src: headings, paragraphs, nested "- " lists, citation markers) and rendered by setAQ.src/build.py into the requested forms with invented chrome: the html form has a site header, ad and promo banners, navigation, a "Citation, DOI, disclosures and article data" block, <h4>/<h5> section headings, <sup> citation links, a reference list, a related-articles widget, a case sidebar and a footer; the md form has YAML front matter, blank navigation junk lines, a citation block, headings, lists, References and related links; the txt form has plain-line headings and citation numbers glued to words, with lists kept as bullet lines in some articles and run together into one paragraph in others. Intracranial germinoma exists in all three forms from the same body; the other seven exist in one form each (html: allergic fungal rhinosinusitis and the Chance fracture case page; md: Marchiafava-Bignami disease and neonatal HIE; txt: superior semicircular canal dehiscence, spinal cord infarction and CPPD). Phrasing was deliberately varied (approximately/about/roughly/~, ranges, fractions such as one-quarter to one-third and two-thirds, ratios as "10:1" or in words, signs in quotes, passive and active voice, facts in prose and in lists). gold.yaml for each article was written by hand straight after its article, before any extractor existed or ran, listing every testable fact with its kind and a verbatim shortest quote. setAQ.src/check.py checks that every quote is a whitespace- and case-normalised substring of every form of its article (html tags stripped, entities decoded), that the listed forms match the files present, that the kinds are valid and that frequency facts have a group; it passes with 0 errors. Body word counts are counted on the plain-text rendering of the body only (no chrome or references).']
open('../setAQ/README.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:16]))
