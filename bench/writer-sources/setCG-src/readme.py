#!/usr/bin/env python3
import os, glob, yaml, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
H = os.path.dirname(os.path.abspath(__file__)); CG = os.path.join(os.path.dirname(H), 'CG')
rows, K = [], Counter()
for a in sorted(glob.glob(os.path.join(H, 'src', '*.art'))):
    m, bl = build.load(a); g = yaml.safe_load(open(os.path.join(CG, m['slug'], 'gold.yaml')))
    K.update(f['kind'] for f in g['facts'])
    rows.append('| %s | %s | %s | %d | %d |' % (m['slug'], m['system'], ', '.join(g['forms']), build.body_words(bl), len(g['facts'])))
out = ['# Set CG: blind-written gold corpus', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows
out += ['', 'Total gold facts: %d' % sum(K.values()), '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(K.items())]
out += ['', '## How it was written', '', ("All eight articles (seven reference articles and one case page) were written from scratch from general radiology knowledge, "
 "without opening anything under /work/main or /work/wt and without running any extractor. Each article body was drafted in a small source file "
 "(CG.src/src/<slug>.art) together with its gold list (<slug>.gold), fact by fact, so the gold was written at the same time as the prose and never fitted to any output. "
 "Styles deliberately vary between articles (percentages, words such as one-third and roughly half, ranges, ratios written as 2:1, 'twice as often' and 'left:right', signs with and without quotes, "
 "facts in both prose and lists, nested lists). CG.src/build.py renders each source into the requested forms (html with site chrome, citation block, references and related-articles widget; "
 "md with YAML front matter and navigation junk; txt with flattened or run-on lists and citation numbers glued to words) and writes gold.yaml; "
 "CG.src/check.py verifies that every quote is a whitespace- and case-normalised verbatim substring of every form of its article and that required fields are filled. It passes with 0 errors. "
 "Topics: CADASIL (html, md, txt), Tolosa-Hunt syndrome, idiopathic orbital inflammation, vocal cord paralysis, solitary bone plasmacytoma, bucket-handle meniscal tear, Caffey disease and a CRMO case page.")]
open(os.path.join(CG, 'README.md'), 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:14]))
