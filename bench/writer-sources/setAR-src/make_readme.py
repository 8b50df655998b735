import json, yaml, collections, os
OUT='/work/blind/setAR'
st=json.load(open('/work/blind/setAR.src/stats.json'))
rows=[]; tot=collections.Counter(); words=0; nf=0
for slug in sorted(st):
    g=yaml.safe_load(open(f'{OUT}/{slug}/gold.yaml'))
    n=len(g['facts']); nf+=n; words+=st[slug]['words']
    for f in g['facts']: tot[f['kind']]+=1
    rows.append(f"| {slug} | {st[slug]['system']} | {', '.join(st[slug]['forms'])} | {st[slug]['words']} | {n} |")
t="| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n"+"\n".join(rows)+f"\n| **total (8 articles)** | | 12 files (html 4, md 3, txt 3... see rows) | {words} | {nf} |\n"
forms=collections.Counter(f for s in st.values() for f in s['forms'])
t=t.replace("12 files (html 4, md 3, txt 3... see rows)", f"{sum(forms.values())} files: html {forms['html']}, md {forms['md']}, txt {forms['txt']}")
k="| kind | facts |\n|---|---|\n"+"\n".join(f"| {a} | {b} |" for a,b in sorted(tot.items(), key=lambda x:-x[1]))+f"\n| total | {nf} |\n"
stmt=("All eight articles were written from scratch for this set from general radiology knowledge, without opening anything under /work/main or /work/wt. "
"Each article was drafted as a small source file (headings, paragraphs, lists, [[links]] and {n} citation markers) and rendered by a build script of my own "
"(/work/blind/setAR.src/build.py) into the required forms: a Radiopaedia-like saved HTML page with invented chrome (ad banners, navigation, citation/DOI/disclosures block, on-this-page nav, references, related-articles widget, footer), "
"a markdown dump with YAML front matter and navigation junk, and a plain-text extraction with headings as plain lines, citation numbers glued to words and lists either flattened to lines or run into a paragraph. "
"Bronchial atresia exists in all three forms with an identical body; the case page (galactocele in a 31-year-old, Breast) follows the presentation / patient data / findings / diagnosis / case discussion layout. "
"Writing style was deliberately varied between articles (approximately/~/roughly, ranges, 'one-third', 'M:F ≈ 2:1', '3 women to 2 men', 'twice as often', signs in quotes, passive voice, facts held only in prose versus lists). "
"Each gold.yaml was written alongside its article by hand, listing every testable fact one value per entry, before any extractor existed for it; "
"a checker (/work/blind/setAR.src/check.py) confirms every quote is a whitespace- and case-normalised verbatim substring of the body of every form of its article, that kinds and fields are valid, and that there are no duplicate facts; it reports 0 failures.")
open(f'{OUT}/README.md','w').write("# setAR: blind gold-annotated test set\n\n"+t+"\n## Gold facts per kind\n\n"+k+"\n## How it was written\n\n"+stmt+"\n")
print(t); print(k)
