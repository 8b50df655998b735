#!/usr/bin/env python3
"""Write BJ/README.md from BJ.src/stats.json (produced by build.py)."""
import json, collections
st = json.load(open('/work/blind/BJ.src/stats.json'))
c = collections.Counter(); tot = 0; words = 0
rows = []
for s, sy, f, w, k in st:
    c.update(k); tot += len(k); words += w
    rows.append('| %s | %s | %s | %d | %d |' % (s, sy, ', '.join(f), w, len(k)))
table = '\n'.join(['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows +
                  ['| **total (8 articles, 10 form files)** | | | %d | %d |' % (words, tot)])
kinds = '\n'.join('| %s | %d |' % (k, n) for k, n in sorted(c.items(), key=lambda x: -x[1]))
text = f"""# Blind set BJ: gold-annotated development articles

Set BJ covers chest, cardiac, GI, hepatobiliary, urogenital, gynaecology, breast and vascular
topics, one article each. None of the slugs is in `taken.txt`, and none is a near synonym of a
taken slug. `lung-adenocarcinoma` exists in all three forms, with the same body in each. The other
seven each exist in one form. `case-acute-colonic-pseudo-obstruction-in-a-78-year-old` is a case
page (presentation, patient data, findings, diagnosis, case discussion).

{table}

Body words count the article body only (headings, prose and list items). They exclude page
chrome, the citation block, references and widgets.

## Gold facts per kind

| kind | facts |
|---|---|
{kinds}
| **total** | {tot} |

## How it was written

I wrote all eight articles in my own words from general radiology knowledge. I did not copy or
paraphrase any source page. I did not open, read or run anything under /work/main or /work/wt;
the only inputs were GOLD_FORMAT.md, the three examples and taken.txt. Each article has one source
file in `BJ.src/src/`, holding its page metadata, a lightly marked-up body and its gold facts
(kind | subject | item | value | group | attribute | quote). I wrote the facts at the same time as
the body, section by section, and no extractor has been run on any article.

`BJ.src/build.py` renders each body into the required forms:
- html: site chrome, citation/DOI block, h4/h5 headings, nested `<ul>`, `<sup>` citations,
  references, figures and a related-articles widget.
- md: YAML front matter, navigation junk, a `####` body, citations as " 3", a references section
  and a footer.
- txt: plain headings, lists flattened to bullet lines or run into the previous paragraph, and
  citation numbers glued to words.

The same script writes gold.yaml. Any fact's subject written as "=" is filled in with the
article's subject.

`BJ.src/check.py` reads only the built files in BJ/. For each form it extracts the visible body
text: html tags stripped, markdown link and bold syntax removed, txt between the title and
"Share article". It then checks that every quote is a whitespace- and case-normalised substring
of every form of its article. It also checks field order, kinds, non-empty subject/value/quote,
a group on every frequency fact, duplicates, and that the forms list matches the files on disk.
`BJ.src/readme.py` writes this README from the build statistics.
"""
open('/work/blind/BJ/README.md', 'w').write(text)
print(table)
