import pathlib, yaml, collections, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build
stats = build.main()
kinds = collections.Counter()
rows = []
for slug, sysname, forms, words, facts in stats:
    rows.append(f"| {slug} | {sysname} | {', '.join(forms)} | {words} | {len(facts)} |")
    kinds.update(f["kind"] for f in facts)
total = sum(len(f) for *_, f in stats)
txt = f"""# Blind gold set CA

| slug | system | forms | body words | gold facts |
|---|---|---|---|---|
{chr(10).join(rows)}
| **total** | | | {sum(s[3] for s in stats)} | {total} |

Gold facts per kind: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items(), key=lambda x: -x[1]))}.

How it was written: all eight articles (seven reference articles and one case page, case-jones-fracture-in-a-29-year-old) were written from scratch for this set from general radiology knowledge, in a Radiopaedia-like style, without opening the extractor's code, tests or other blind sets; no text was copied from Radiopaedia or elsewhere, and all page chrome (banners, navigation, citation block, authors, rIDs, related-article widgets) is invented, while reference lists cite real papers only as decoration. Each article was written as one source file (CA.src/src/*.src) holding the body in a light markup together with its gold facts, written at the same time and by hand (one fact per value, verbatim shortest quote); CA.src/build.py renders the body into the requested forms (html with site chrome and <h4>/<h5> headings, md dump with front matter and navigation junk, txt with lists flattened to lines or run into paragraphs and citation numbers glued to words) and writes gold.yaml, and CA.src/check.py verifies every quote is a whitespace- and case-normalised substring of the body of every form of its article (md raw, html with tags stripped, txt raw). Body words are counted on the rendered plain body. Maisonneuve fracture is the article given in all three forms; quotes avoid spans that cross markdown links, bold markup or citation markers so that they match every form.
"""
(build.OUT / "README.md").write_text(txt)
print(txt.split("Gold facts per kind")[0])
