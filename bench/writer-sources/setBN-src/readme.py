import json, collections, os
st = json.load(open('stats.json'))
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
kinds = collections.Counter()
for slug, sy, forms, w, ks in st:
    rows.append(f'| {slug} | {sy} | {", ".join(forms)} | {w} | {len(ks)} |'); kinds.update(ks)
tot = sum(len(k) for *_, k in st)
rows.append(f'| **total (8 articles)** | | | {sum(x[3] for x in st)} | {tot} |')
kt = ['| kind | gold facts |', '|---|---|'] + [f'| {k} | {n} |' for k, n in sorted(kinds.items(), key=lambda x: -x[1])] + [f'| **total** | {tot} |']
txt = f"""# BN: blind gold-annotated test set (8 articles)

{chr(10).join(rows)}

## Gold facts per kind

{chr(10).join(kt)}

## How it was written

All eight articles (seven reference articles and one case page, Mondor disease of the breast) were written from scratch, from my own radiology knowledge, without opening anything under /work/main or /work/wt; only /work/blind/GOLD_FORMAT.md, the three example files and taken.txt were read, and no topic in taken.txt (or a near synonym) was used. Each body and its gold facts were written together in one source file (`/work/blind/BN.src/src/*.src`: light markup for headings, paragraphs, nested lists, links and citation markers, then one pipe-separated gold line per fact). `BN.src/build.py` renders the body into the requested forms with invented page chrome (html: site header, ad and promo banners, citation/DOI/disclosures block, on-this-page navigation, references, incoming links, related-articles widget, case sidebar, footer, JSON blob; md: wrong-ish YAML front matter, navigation junk, citation block, #### headings, references, footer; txt: headings as plain lines, citation numbers glued to words, lists either flattened to lines (with or without bullets) or run into a single paragraph, trailing article-information and cases junk) and writes gold.yaml. The squamous cell carcinoma article exists in all three forms; the others are in one form each (html 3 more, md 2, txt 2). Writing styles vary deliberately (passive and active voice, "approximately"/"~"/"roughly", ranges, "one-third", ratios as "3:1", "(M:F ~1.5:1)", "two to three times as often", signs quoted or not, classifications in lists and in prose). Gold lists every testable fact I could find in prose and lists, one value per fact, with the shortest verbatim quote. `BN.src/check.py` verifies that every quote is a whitespace- and case-normalised substring of the body of every form of its article (html tags stripped and entities unescaped; md and txt taken raw, so quotes avoid link text, emphasis markers and citation numbers) and that required fields are present; the final run reports {tot} facts checked and 0 problems. No extractor was run on these articles and the gold was not tuned to any output.
"""
open('../BN/README.md', 'w').write(txt)
print('\n'.join(rows)); print(); print('\n'.join(kt))
