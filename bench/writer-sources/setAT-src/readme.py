#!/usr/bin/env python3
import json, os, yaml
from collections import Counter
S = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'summary.json')))
OUT = '/work/blind/setAT'
rows = []
kinds = Counter()
for slug, system, forms, words, _ in S:
    g = yaml.safe_load(open(f'{OUT}/{slug}/gold.yaml'))
    kinds.update(f['kind'] for f in g['facts'])
    rows.append(f'| {slug} | {system} | {", ".join(forms)} | {words} | {len(g["facts"])} |')
tot = sum(kinds.values())
L = ['# setAT: blind gold-annotated test set', '',
     '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows + \
    [f'| **total** | 8 systems | 10 files | {sum(r[3] for r in S)} | {tot} |', '',
     '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + \
    [f'| {k} | {v} |' for k, v in kinds.most_common()] + [f'| total | {tot} |', '',
     '## How it was written', '',
     'All eight articles were written from scratch, from my own radiology knowledge and in my own words, without '
     'opening anything under /work/main or /work/wt and without consulting the extractor. Each article '
     'was drafted as a light-markup source file (`setAT.src/src/*.src`) holding page metadata, the body, '
     'references, related articles and a pipe-delimited fact list written alongside the prose; '
     '`setAT.src/build.py` renders the body into the requested forms (a saved Radiopaedia-like HTML page with '
     'header, ad banners, citation/DOI block, on-this-page navigation, references, cases carousel and '
     'related-articles widget; a markdown dump with YAML front matter, navigation junk and a References '
     'section; a plain-text extraction with headings as plain lines, citation numbers glued to words and lists '
     'flattened to lines, bullets or run into a paragraph) and writes gold.yaml. Myocarditis exists in all three '
     'forms with an identical body; the obturator hernia item is a case page (presentation, patient data, '
     'findings, diagnosis, case discussion). Styles were varied on purpose (ratios as "2:1", "4-7:1", "six to '
     'nine times", "twice as often"; shares as "one-third", "up to a quarter", "roughly half", ranges; signs in '
     'quotes and unquoted; word tables in prose and in lists). `setAT.src/check.py` verifies that every quote is a '
     'whitespace- and case-normalised verbatim substring of the body of every form of its article (HTML body '
     'text after tag stripping and entity decoding, markdown and text bodies raw) and checks kinds, required '
     'groups and duplicates; it passes with 0 failures. Gold was never adjusted to any extractor output.']
open(f'{OUT}/README.md', 'w').write('\n'.join(L) + '\n')
print('\n'.join(L[:14]))
