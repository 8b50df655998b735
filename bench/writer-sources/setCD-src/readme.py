#!/usr/bin/env python3
import os, yaml, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
rows = []; kinds = collections.Counter()
for f in sorted(os.listdir(build.SRC)):
    m, b = build.parse(os.path.join(build.SRC, f))
    words = len(build.render_txt(m, build.blocks(b)).split()) - len(m['title'].split())
    g = yaml.safe_load(open(f"/work/blind/CD/{m['slug']}/gold.yaml"))
    kinds.update(x['kind'] for x in g['facts'])
    rows.append((m['slug'], g['system'], ', '.join(g['forms']), words, len(g['facts'])))
out = ["# Blind set CD", "", "| slug | system | forms | body words | gold facts |", "|---|---|---|---|---|"]
out += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows]
out += [f"| **total** | | | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} |", "", "## Gold facts per kind", "", "| kind | facts |", "|---|---|"]
out += [f"| {k} | {v} |" for k, v in kinds.most_common()]
out += ["", "## How it was written", "",
"All eight articles were written from scratch in my own words from general radiology knowledge, without opening anything under /work/main or /work/wt and without consulting any external source text; topics were checked against taken.txt (left ventricular non-compaction, breast implant rupture and serous cystic neoplasm of the pancreas were already taken, so polysplenia syndrome, congenital hepatic fibrosis and a BIA-ALCL case page were chosen instead). Each article body was drafted in a light markup source (CD.src/src/*.src) with deliberately varied style (passive and active voice, parentheses, \"approximately\", \"roughly\", \"one-fifth\", \"a quarter\", \"twice as often\", ranges, ratios in words, signs with and without quotes, lists and nested lists alongside prose-only facts), and CD.src/build.py renders it into invented Radiopaedia-like chrome: html (banner, nav, citation/DOI block, <h4>/<h5> body, references, related-articles widget), md (YAML front matter, navigation junk, link syntax, spaced citation numbers) and txt (plain headings, citation numbers glued to words, lists flattened to lines or, for congenital hepatic fibrosis, run into one paragraph). Toxic megacolon exists in all three forms with the same body; the case page (BIA-ALCL in a 52-year-old) has Presentation, Patient Data, Findings, Diagnosis and Case Discussion. Gold facts were written by hand alongside each article in a compact pipe format (CD.src/gold/*.gold, converted by g2y.py) before any extractor existed, and CD.src/check.py verifies that every quote is a whitespace- and case-normalised verbatim substring of every form's body (html compared on visible text with inline tags removed), that required fields and kinds are valid, and that there are no duplicate facts; all quotes pass. Facts are my best-knowledge figures and may differ slightly from other sources; they are internally consistent with the article text."]
open('/work/blind/CD/README.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:14]))
