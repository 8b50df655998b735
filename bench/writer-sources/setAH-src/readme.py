import os, yaml, collections, build
OUT = build.OUT
rows = []; tot = collections.Counter()
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    meta, body = build.parse(os.path.join(build.SRC, slug + '.src'))
    rows.append(f"| {slug} | {g['system']} | {', '.join(g['forms'])} | {build.body_words(build.blocks(body))} | {len(g['facts'])} |")
    tot.update(f['kind'] for f in g['facts'])
table = "| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n" + "\n".join(rows) + f"\n| **total** | | | | **{sum(tot.values())}** |\n"
kinds = "| kind | facts |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in sorted(tot.items(), key=lambda x: -x[1])) + "\n"
open(os.path.join(OUT, 'README.md'), 'w').write(f"""# setAH: blind gold-annotated articles

{table}
## Gold facts per kind

{kinds}
## How it was written

All eight articles (one per assigned area: chest, cardiac, gastrointestinal, hepatobiliary, urogenital,
gynaecology, breast, vascular/interventional) were written from scratch in my own words from general radiology
knowledge, without opening anything under /work/main or /work/wt; the only inputs were /work/blind/GOLD_FORMAT.md,
/work/blind/examples/ and /work/blind/taken.txt (no slug in that list or a near synonym was used). Each body was
drafted in a light markup source (`/work/blind/setAH.src/<slug>.src`) with invented page metadata, and
`build.py` + `chrome.py` render it into the requested forms with invented Radiopaedia-like chrome (ad banners,
navigation, citation/DOI block, references, incoming links, related-articles widget, cases list, JSON blob in md);
the txt form glues citation numbers to the preceding word, drops bullets and in one article
(zenker-diverticulum) runs some lists into paragraphs. pancoast-tumour exists in all three forms with an identical
body; case-fournier-gangrene-in-a-58-year-old is a case page (presentation, patient data, findings, diagnosis,
case discussion). Authors' styles were deliberately varied (ratios as "M:F ~3:1", "roughly three times",
"two to one", "3:2", "about 10:1"; fractions in words, ranges, "approximately"/"about"/"roughly"; signs quoted and
unquoted; facts in prose and in lists). The gold for each article (`<slug>.gold`, one pipe-separated fact per
line, converted to gold.yaml by `mkgold.py`) was written alongside the article, before any extractor was run,
and `check.py` verifies that every quote is a whitespace/case-normalised verbatim substring of every form
(html with tags stripped and entities unescaped; md and txt raw), that fields and kinds are valid, and that no
fact is duplicated; the final run reports 0 missing quotes.
""")
print(table); print(kinds)
