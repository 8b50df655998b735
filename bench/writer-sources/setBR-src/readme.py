import json, collections
s = json.load(open('/work/blind/BR.src/summary.json'))
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for slug, sy, f, w, k in s: rows.append('| %s | %s | %s | %d | %d |' % (slug, sy, ', '.join(f), w, len(k)))
c = collections.Counter(x for r in s for x in r[4])
kinds = '\n'.join('| %s | %d |' % (k, v) for k, v in c.most_common())
txt = f"""# BR: blind gold-annotated test set (chest, cardiac, GI, hepatobiliary, GU, gynaecology, breast, vascular)

{chr(10).join(rows)}
| **total** | | | {sum(r[3] for r in s)} | {sum(len(r[4]) for r in s)} |

## Gold facts per kind

| kind | facts |
|---|---|
{kinds}

## How it was written

All eight articles were written from scratch for this set from general radiology knowledge, in a
Radiopaedia-like style with varied phrasing (ratios as "9:1", "almost exclusively", "slight male
predominance"; shares as "roughly half", "one-third", "up to a quarter", ranges; severity grades
stated in prose rather than tables; signs with and without quotes), mostly in prose with some
(partly nested) lists. Each article body and its gold facts live as a compact source in
`BR.src/src/` (`*.art` body with light markup, `*.gold` one pipe-separated fact per line, written
together with the article); `BR.src/build.py` renders the invented page chrome (banners,
navigation, citation/DOI block, references, related-articles widget, footer) and the html, md and
txt forms (txt flattens some lists to lines and runs others into paragraphs, glues citation numbers
to words) and writes `gold.yaml`; `BR.src/check.py` confirms every quote is a whitespace- and
case-normalised substring of every form of its article (all 504 pass). Primary biliary cholangitis
exists in all three forms; the femoral artery pseudoaneurysm item is a case page. No extractor
output was seen or used; no file under /work/main or /work/wt was opened.
"""
open('/work/blind/BR/README.md', 'w').write(txt)
print('\n'.join(rows))
