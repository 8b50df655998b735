import json, collections
st = json.load(open('stats.json'))
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
tw = tf = 0; kinds = collections.Counter()
for s in sorted(st):
    v = st[s]; tw += v['words']; tf += v['facts']; kinds.update(v['kinds'])
    name = s + (' (case page)' if s.startswith('case-') else '')
    rows.append('| %s | %s | %s | %d | %d |' % (name, v['system'], ', '.join(v['forms']), v['words'], v['facts']))
rows.append('| **total** | | | %d | %d |' % (tw, tf))
table = '\n'.join(rows)
open('table.md', 'w').write(table + '\n')
k = ', '.join('%s %d' % kv for kv in kinds.most_common())
open('../BL/README.md', 'w').write(f"""# Blind set BL

{table}

Gold facts per kind: {k}.

Body words are counted on the article body only (headings, paragraphs and list items, without chrome,
references, citation markers or the case page's presentation/patient-data block).

## How it was written

All eight articles were written from scratch for this set, in my own words from general radiology knowledge,
without opening anything under /work/main or /work/wt (only /work/blind/GOLD_FORMAT.md, the examples and
taken.txt were consulted). Each body was drafted in a small markup (`BL.src/bodies/*.body`: `##`/`###` headings,
one-line paragraphs, indented `- ` list items, `[n]` citation markers; the case page has a presentation header
above `===`), and its gold was written at the same time as a pipe-separated file (`BL.src/golds/*.gold`:
kind | subject | item | value | group | attribute | quote), one fact per value, covering prose and lists.
`BL.src/build.py` renders each body into its forms with invented chrome from `BL.src/meta.py` (ad banners,
navigation, the "Citation, DOI, disclosures and article data" block, on-this-page menu, references,
related-articles and cases widgets, footer, JSON blob; YAML front matter in the markdown dumps, deliberately
wrong for the DVT dump; in the plain-text forms citation numbers are glued to the preceding word and lists are
flattened to bare lines, bullets or run-on paragraphs) and writes gold.yaml in the GOLD_FORMAT.md layout.
Phrasing was varied on purpose across articles: "approximately", "~", "roughly", "some", "up to", ranges,
"one-third", "three-quarters", "four-fifths", "one in five", "1 in 4000", ratios as "M:F approximately
1.3:1", "two to three times as often" and "affected equally", signs in quotes and without, passive and active
voice, parenthetical synonyms, and MRI signal given both as "T1: ..." lists and in sentences.
`BL.src/check.py` verifies that every quote is a whitespace- and case-normalised substring of every form of
its article (HTML tag-stripped and unescaped), that kinds are valid and that no fact is duplicated; it reports
0 problems for the final set.
""")
print(table); print(k)
