#!/usr/bin/env python3
import os, yaml, collections, build
OUT = build.OUT
rows, kinds = [], collections.Counter()
for slug in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, slug)
    if not os.path.isdir(d): continue
    meta, blocks = build.parse(os.path.join(build.SRC, slug + ".src"))
    g = yaml.safe_load(open(os.path.join(d, "gold.yaml")))
    kinds.update(f["kind"] for f in g["facts"])
    rows.append(f"| {slug} | {g['system']} | {', '.join(g['forms'])} | {build.body_words(blocks)} | {len(g['facts'])} |")
total = sum(kinds.values())
txt = ["# Blind set AO", "",
       "| slug | system | forms | body words | gold facts |", "|---|---|---|---|---|", *rows,
       f"| **total** | | | | **{total}** |", "",
       "## Gold facts per kind", "", "| kind | facts |", "|---|---|",
       *[f"| {k} | {v} |" for k, v in sorted(kinds.items(), key=lambda x: -x[1])], "",
       "## How it was written", "",
       "All eight articles were written from scratch from my own radiology knowledge, in Radiopaedia style "
       "(neuro, head and neck, spine, musculoskeletal, paediatrics; topics checked against taken.txt), without opening "
       "anything under /work/main or /work/wt. Each body was drafted in a small markup (AO.src/<slug>.src: YAML header for the "
       "invented page chrome, references, related articles and case list, then headings, paragraphs, lists, links, bold and "
       "citation markers) and rendered by AO.src/build.py into a saved-page html (site chrome, citation/DOI block, <h4>/<h5> "
       "headings, <sup> citations, references, related-articles widget, sidebar, footer, JSON blob), a markdown dump (YAML front "
       "matter, navigation junk, citation block, 'On this page' list, #### headings, ' 1' citations, references, incoming links, "
       "footer) and/or a plain-text extraction (headings as plain lines, citation numbers glued to words; in the OPLL article the "
       "list items are run together into one paragraph). Sturge-Weber syndrome exists in all three forms with the same body; "
       "the case page is case-jefferson-fracture-in-a-31-year-old. gold.yaml for each article was written by hand immediately "
       "after its body, before any extractor was run on it (I never saw one), listing every testable fact from prose and lists in the kinds of "
       "GOLD_FORMAT.md. AO.src/check.py verifies that every quote is a whitespace- and case-normalised substring of every form "
       "(html with tags stripped and entities decoded; md with [text](url) links and ** bold markers stripped; txt as is), that "
       "kinds and fields are valid and that the forms listed match the files; it passes with 0 failures. Note: 11 md quotes "
       "span **bold** markup (as on the real site), so they match the rendered text but not the raw markdown bytes.",
       ""]
open(os.path.join(OUT, "README.md"), "w").write("\n".join(txt))
print("\n".join(txt))
