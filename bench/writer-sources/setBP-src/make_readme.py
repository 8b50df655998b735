import json, os, collections, yaml
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BP')
summ = json.load(open(os.path.join(SRC, 'summary.json')))
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
kinds = collections.Counter(); tw = tf = 0
for slug, system, forms, words, facts in summ:
    g = yaml.safe_load(open(os.path.join(OUT, slug, 'gold.yaml')))
    assert len(g['facts']) == len(facts)
    kinds.update(f['kind'] for f in g['facts'])
    rows.append('| %s | %s | %s | %d | %d |' % (slug, system, ', '.join(forms), words, len(facts)))
    tw += words; tf += len(facts)
rows.append('| **total (8 articles)** | | | %d | %d |' % (tw, tf))
table = '\n'.join(rows)
kt = '\n'.join(['| kind | facts |', '|---|---|'] + ['| %s | %d |' % (k, n) for k, n in kinds.most_common()] + ['| **total** | %d |' % tf])
text = f"""# BP: blind gold-annotated test set (chest, cardiac, GI, hepatobiliary, urogenital, gynaecology, breast, vascular)

{table}

Forms: `vesicoureteric-reflux` exists as html, md and txt with an identical body; the other seven articles
exist in one form each (html: 3, md: 2, txt: 2). `case-gallbladder-torsion-in-an-84-year-old` is a case page
(presentation, patient data, findings, diagnosis, case discussion).

## Gold facts per kind

{kt}

## How it was written

All eight articles were written from scratch for this set, in my own words and from general radiology knowledge,
in the style of Radiopaedia reference articles (one case page). I did not open, read or run anything under /work/main
or /work/wt; the only inputs were /work/blind/GOLD_FORMAT.md, /work/blind/examples/ and /work/blind/taken.txt, and
no topic is in taken.txt. Each body was drafted as a small marked-up source (headings, paragraphs, nested lists,
inline links, citation markers) in `/work/blind/BP.src/<slug>/body.txt`. Its gold facts were written at the same
time, as one pipe-separated line per fact, in `gold.txt`, before any extractor existed for me to run. `build.py` renders each body into the
requested forms with invented page chrome: site navigation, advert banners, the "Citation, DOI, disclosures and
article data" block, the on-this-page menu, references, incoming links, the related-articles widget, footer and JSON blob
in html/md. The txt form is a plain extraction with headings as bare lines, nested lists flattened, short lists run
into one line and citation numbers glued to the preceding word. `build.py` also writes `gold.yaml`. The prose was
deliberately varied in style: passive and active voice, parentheses, hedges ("approximately", "roughly", "about", "around"), fractions ("a quarter to a third", "two-thirds"), ratios as "4:1", "2:1" and "5 to 1", signs with and
without quotes, and facts stated mostly in sentences with some in lists. `check.py` verifies that every quote is a
verbatim substring, after whitespace and case normalisation, of the article body in every form. Bodies are compared as follows: for html,
tag-stripped text between the body div and the references; for md, raw markdown from the first body line to
References, so no quote may span link or bold markup or a citation number; for txt, the text before "Share article".
The check also validates kinds and required fields. All {tf} quotes pass. Value fields sometimes paraphrase an imaging finding in
a few words; quotes are always verbatim. The md front matter of `transposition-of-the-great-arteries` deliberately carries a wrong `system: chest` (as real dumps can). Case-specific facts in the case page are labelled with the subject
"gallbladder torsion (case)".
"""
open(os.path.join(OUT, 'README.md'), 'w').write(text)
print(table); print(kt)
