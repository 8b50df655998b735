import json, collections, os
S = json.load(open(os.path.join(os.path.dirname(__file__), 'summary.json')))
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
kinds = collections.Counter(); words = facts = files = 0
for slug, system, forms, w, ks in S:
    rows.append(f'| {slug} | {system} | {", ".join(forms)} | {w} | {len(ks)} |')
    kinds.update(ks); words += w; facts += len(ks); files += len(forms)
rows.append(f'| **total** | 8 systems | {files} files (3 html, 4 md, 3 txt) | {words} | {facts} |')
kt = ['| kind | facts |', '|---|---|'] + [f'| {k} | {n} |' for k, n in kinds.most_common()]
txt = f"""# BZ: blind-written gold set (8 articles)

{chr(10).join(rows)}

## Gold facts per kind

{chr(10).join(kt)}

## How it was written

All eight articles were written from scratch in my own words from general radiology knowledge, in the style of Radiopaedia
reference articles (and one case page, `case-page-kidney-in-a-19-year-old`, with presentation, patient data, findings,
diagnosis and case discussion), without opening anything under /work/main or /work/wt; topics were checked against
taken.txt. Each body was written once in a small source format (BZ.src/src/*.src) and rendered by BZ.src/build.py into the
page forms with invented chrome: the html form has site header, ad banners, citation/DOI block, on-this-page nav,
references, incoming links and a related-articles widget; the md form has YAML front matter, navigation junk lines,
citation block, superscript citation links, a References section and a related-articles list; the txt form has headings as
plain lines, lists alternately flattened to bullet lines or run into one paragraph, and citation numbers glued to words.
Ménétrier disease exists in all three forms with the same body. The gold for each article (BZ.src/src/*.gold, converted to
gold.yaml) was written at the same time as the article, one fact per value, covering prose, lists and one html table,
with quotes chosen as the shortest span that avoids crossing markup (links, bold, citations). BZ.src/check.py verifies
every quote is a whitespace- and case-normalised verbatim substring of every form's body and that kinds are valid; it
passes with 0 failures. No extractor was run on these articles.
"""
open(os.path.join(os.path.dirname(__file__), '..', 'BZ', 'README.md'), 'w').write(txt)
print(txt)
