#!/usr/bin/env python3
"""Write /work/blind/BE/README.md from the built articles and gold files."""
import glob, os, yaml, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
stats = build.main()
kinds = collections.Counter()
rows = []
for slug, system, forms, words, facts in stats:
    rows.append('| %s | %s | %s | %d | %d |' % (slug, system, ', '.join(forms), words, len(facts)))
    kinds.update(f['kind'] for f in facts)
total = sum(len(s[4]) for s in stats)
out = ['# Set BE: blind gold-annotated articles', '',
       '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows
out += ['| **total** | | | %d | %d |' % (sum(s[3] for s in stats), total), '', '## Gold facts per kind', '',
        '| kind | facts |', '|---|---|']
out += ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])]
out += ['', '## How it was written', '',
        'All eight articles were written from scratch from general radiology knowledge, in a Radiopaedia-like '
        'style, without looking at any extractor code, tests, benchmarks or outputs (nothing under /work/main or '
        '/work/wt was opened). Each article was drafted as a single source file holding its metadata, its body in a '
        'light markup and its gold facts, one per line, written together with the body '
        '(scripts in /work/blind/BE.src/: articles/*.art, build.py, check.py, readme.py). build.py renders the same '
        'body into the requested forms with invented page chrome: an html page (site header, adverts, citation/DOI '
        'block, on-this-page navigation, references, related-articles widget, case sidebar, footer; h2/h3 or h4/h5 '
        'headings), a markdown dump (YAML front matter, navigation junk, ####/##### headings, lists with blank lines '
        'and nested items broken over lines, references and related links) and a plain-text extraction (headings '
        'as plain lines, lists flattened to lines or run together into paragraphs, citation numbers glued to words). '
        'Hypertensive intracerebral haemorrhage exists in all three forms; the case page is the lumbar facet synovial '
        'cyst. Writing styles vary between articles (ranges, "approximately"/"roughly"/"about"/"up to" wording, ratios as '
        '"1.5:1", "3:2", "four times as often", "2:1 to 3:1", fractions in words such as "one-third", signs quoted '
        'or unquoted, locations as lists or as prose). check.py confirms that every gold quote is a verbatim '
        'substring (whitespace and case normalised) of every form (html visible text, raw md, raw txt) and that '
        'kinds and fields are valid; gold was then fixed until it passed with zero problems.', '']
open(os.path.join(build.OUT, 'README.md'), 'w').write('\n'.join(out))
print('\n'.join(out))
