#!/usr/bin/env python3
import collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
rows = build.main()
kinds = collections.Counter()
L = ['# CB: blind-written gold set', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for slug, system, forms, words, facts in rows:
    L.append('| %s | %s | %s | %d | %d |' % (slug, system, ', '.join(forms), words, len(facts)))
    kinds.update(f['kind'] for f in facts)
L.append('| **total** | | | %d | %d |' % (sum(r[3] for r in rows), sum(len(r[4]) for r in rows)))
L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
L += ['| %s | %d |' % (k, n) for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))]
L += ['', '## How it was written', '',
 'All eight articles were written from scratch for this set, in my own words and from general radiology knowledge, '
 'without opening anything under /work/main, /work/wt or any other blind set (only GOLD_FORMAT.md, examples/ and taken.txt were read; '
 'every slug was checked against taken.txt, including spelling variants and near synonyms). Each article body was written once in a small '
 'markup of my own (CB.src/<slug>/body.src). build.py turns it into the forms requested: a saved-page html file, a markdown dump with YAML front '
 'matter and navigation junk, and a plain-text extraction in which citation numbers stick to words and some lists run into paragraphs. '
 'Each also gets invented page chrome (ad banners, navigation, a citation/DOI block, references, a related-articles widget and a footer), so every form '
 'of one article has the same body. Barrett oesophagus exists in all three forms, and case-morgagni-hernia-in-a-63-year-old is a case page '
 '(presentation, patient data, findings, diagnosis, case discussion). The gold facts were written by hand in CB.src/<slug>/gold.txt at the same time '
 'as each article, with one fact per line. They list every testable fact in the prose and lists, and they were never fitted to any extractor output. '
 'build.py turns them into gold.yaml. check.py normalises whitespace and case, then confirms that every quote is a verbatim substring of every form '
 'of its article (html with its tags removed; md and txt as raw text, so no quote crosses link or citation markup). It also checks that each kind is valid and each required field is filled. '
 'Body word counts leave out all page chrome and references.', '']
open(os.path.join(build.OUT, 'README.md'), 'w').write('\n'.join(L))
print('\n'.join(L[:13]))
