import glob, os, re, yaml
from collections import Counter
from render import parse
rows=[]; kinds=Counter()
for src in sorted(glob.glob('src/*.src')):
    meta, body = parse(src)
    b = re.sub(r'\[\[([^|\]]+)(\|[^\]]+)?\]\]', r'\1', body); b = re.sub(r'\{[\d,]+\}|\*\*|^#+ |^\s*- ', '', b, flags=re.M)
    g = yaml.safe_load(open('../CF/%s/gold.yaml' % meta['slug']))
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append((meta['slug'], meta['system'], ', '.join(g['forms']), len(b.split()), len(g['facts'])))
T = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + ['| %s | %s | %s | %d | %d |' % r for r in rows]
T.append('| **total** | | | %d | %d |' % (sum(r[3] for r in rows), sum(r[4] for r in rows)))
K = ['| kind | facts |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(kinds.items(), key=lambda x: -x[1])]
txt = '# Set CF: blind-written gold-annotated test articles\n\n' + '\n'.join(T) + '\n\n## Gold facts per kind\n\n' + '\n'.join(K) + '''

## How it was written

All eight articles were written from scratch, in my own words and from general radiology knowledge, without opening anything under /work/main or /work/wt and without consulting the real Radiopaedia pages. Topics were checked against /work/blind/taken.txt. Each body was drafted once as a plain source file (CF.src/src/<slug>.src, with light markup for headings, lists, links and citation numbers). The gold facts were written alongside it in a compact pipe-separated file (<slug>.gold), before any extractor had been run. CF.src/render.py turns each source into the requested forms. The html form is a saved-page imitation with banners, navigation, a citation/DOI block, superscript citations, references, a related-articles widget and a cases sidebar. The md form is a markdown dump with YAML front matter, whitespace-heavy navigation junk, links and bare citation numbers. The txt form is a plain-text extraction in which headings become plain lines, lists are flattened, citation numbers are glued to the words and some lists are run into paragraphs. The same script writes gold.yaml following GOLD_FORMAT.md. Double aortic arch exists in all three forms, and one item is a case page. CF.src/check.py checks that every quote is a verbatim, whitespace- and case-normalised substring of every form. For html it checks both tag-stripped and tag-to-space text. It also checks kinds, that required fields are filled, and that there are no duplicates. Where a check failed, the quote or the article text was fixed, mostly by avoiding spans that cross markdown links or citation markers. All facts pass. Figures are invented but intended to be plausible textbook values; references, authors, rIDs and DOIs are fictitious.
'''
open('../CF/README.md','w').write(txt); print('\n'.join(T)); print('\n'.join(K))
