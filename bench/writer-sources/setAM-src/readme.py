import yaml, glob, os, collections, sys
sys.path.insert(0, '/work/blind/AM.src')
import build
rows = []; kinds = collections.Counter(); tot = 0
for src in sorted(glob.glob('/work/blind/AM.src/*.src')):
    slug = os.path.basename(src)[:-4]
    meta, body, refs, rel = build.parse(src)
    _, words = build.render(meta, body, refs, rel, slug)
    g = yaml.safe_load(open('/work/blind/AM/%s/gold.yaml' % slug))
    for f in g['facts']: kinds[f['kind']] += 1
    tot += len(g['facts'])
    rows.append('| %s | %s | %s | %d | %d |' % (slug, g['system'], ', '.join(g['forms']), words, len(g['facts'])))
out = ['# Blind set AM', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows
out += ['| **total** (8 articles, 10 files) | | | | **%d** |' % tot, '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
out += ['| %s | %d |' % (k, v) for k, v in kinds.most_common()]
out += ['', '## How it was written', '',
 'All eight articles were written from scratch for this set by a helper working only from its own radiology knowledge, '
 'following /work/blind/WRITER_PROMPT.md and GOLD_FORMAT.md; nothing under /work/main or /work/wt was opened, and no extractor was run. '
 'Topics were checked against taken.txt (neuro: cerebral toxoplasmosis; head and neck: glomus jugulare paraganglioma, acute mastoiditis; '
 'spine: spondylolysis and a case page on a hangman fracture; musculoskeletal: intraosseous lipoma; paediatrics: meconium ileus and vein of Galen aneurysmal malformation). '
 'Each body was written once in a light source markup (AM.src/<slug>.src) and AM.src/build.py rendered it into the requested forms with invented page chrome: '
 'html (site header/ads, citation/DOI block, on-this-page nav, <sup> citations, references, related-articles widget, sidebar, footer), '
 'md (YAML front matter, navigation junk, #### headings, [link](/articles/...) links, **bold**, space-separated citation numbers, references, related articles) and '
 'txt (plain headings, lists flattened to lines or, for the Milgram stages, run into one paragraph, citation numbers glued to words). '
 'Cerebral toxoplasmosis exists in all three forms with an identical body; the others exist in one form each. '
 'Phrasing was deliberately varied (percent vs "percent", "one-third", "one in four", "three-quarters", ratios as "M:F ≈ 2:1", "3:1 (F:M)", "male to female ratio of roughly 2:1", signs with and without quotes or bold, facts in prose and in lists). '
 'gold.yaml was written alongside each article, before any extractor ran. AM.src/check.py verifies every quote is a whitespace- and case-normalised substring of the visible text of every form of its article '
 '(html with tags and <sup> citations removed; md with [text](url) reduced to text and ** removed; txt as is) and checks kinds and fields; it passes with 0 problems. '
 'Note: 21 quotes in the md articles span inline markdown (a link or **bold**), as in real Radiopaedia dumps, so they match the md only after that markup is stripped.']
open('/work/blind/AM/README.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:14]))
