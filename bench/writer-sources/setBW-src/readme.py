#!/usr/bin/env python3
import json, pathlib, collections
ROOT = pathlib.Path(__file__).resolve().parent
S = json.loads((ROOT / 'summary.json').read_text())
rows = ['| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
kinds = collections.Counter()
for s in S:
    rows.append(f"| {s['slug']} | {s['system']} | {', '.join(s['forms'])} | {s['words']} | {s['facts']} |")
    kinds.update(s['kinds'])
rows.append(f"| **total** | | | {sum(s['words'] for s in S)} | {sum(s['facts'] for s in S)} |")
k = ['| kind | facts |', '|---|---|'] + [f'| {a} | {b} |' for a, b in kinds.most_common()]
txt = f"""# BW: blind-written gold set (neuro, head and neck, spine, MSK, paediatrics)

{chr(10).join(rows)}

## Gold facts per kind

{chr(10).join(k)}

## How it was written

All eight articles were written from scratch in my own words from general radiology knowledge, without opening anything under /work/main or /work/wt and without copying any Radiopaedia text; several suggested topics turned out to be taken or near-synonyms of taken slugs (esthesioneuroblastoma = olfactory-neuroblastoma, Perthes, SUFE, glomus jugulare, orbital/head and neck rhabdomyosarcoma, tuberculous spondylitis ~ spondylodiscitis), so they were replaced after grepping taken.txt. Each article was drafted as a single source file (BW.src/src/*.art) holding page metadata, the body in a light markup, references, related articles and the gold facts, with the gold lines written paragraph by paragraph alongside the prose. BW.src/build.py renders the invented page chrome for each form (html: site header, ad and promo banners, citation/DOI/disclosures block, on-this-page nav, references, images carousel, related-articles and promoted widgets, footer; md: YAML front matter, whitespace-heavy navigation junk, citation block, JSON-LD blob; txt: plain headings, lists flattened to lines or run into one paragraph, citation numbers glued to words, "Share article"/"Cases and figures" tail) and writes gold.yaml; for sign, association, differential and classification facts the value repeats the item as written. BW.src/check.py strips html tags (inline tags without a space), unescapes entities, normalises whitespace and case, and verifies every quote is a substring of every form of its article, plus kind/field sanity; quotes that crossed markdown link or bold markup were fixed by unlinking that span in the source, and it passes with 0 failures. Body words count the article body only (no headings, chrome, references).
"""
(ROOT.parent / 'BW' / 'README.md').write_text(txt)
print(txt)
