import collections, pathlib, yaml, importlib.util, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build
arts = {A.META["slug"]: A for A in (build.load(p) for p in sorted((build.SRC/"articles").glob("*.py")))}
rows, kinds = [], collections.Counter()
for slug, A in sorted(arts.items()):
    g = yaml.safe_load((build.OUT/slug/"gold.yaml").read_text())
    kinds.update(f["kind"] for f in g["facts"])
    rows.append(f"| {slug} | {g['system']} | {', '.join(g['forms'])} | {build.words(A)} | {len(g['facts'])} |")
tot = sum(kinds.values())
out = ["# setAI: blind gold-annotated articles", "",
"| slug | system | forms | body words | gold facts |", "|---|---|---|---|---|", *rows,
f"| **total** | | | {sum(build.words(A) for A in arts.values())} | {tot} |", "",
"## Gold facts per kind", "", "| kind | facts |", "|---|---|",
*[f"| {k} | {n} |" for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))], "",
"## How it was written", "",
"The eight articles (neuro x2, head and neck x2, spine, musculoskeletal x2 including one case page, paediatrics) were written from scratch from the writer's own radiology knowledge, without opening anything under /work/main or /work/wt, on topics not in taken.txt. Each body was drafted once in a small source markup (setAI.src/articles/<slug>.py), with its gold facts written alongside it as tuples at the same time; setAI.src/build.py renders the body into the requested forms with invented page chrome (an html page with header, citation block, references, related-articles and promoted widgets and footer; a markdown dump with YAML front matter, navigation junk, citation block, references and related links; a plain-text extraction with headings as plain lines, lists flattened to bullets, bare lines or run into the preceding paragraph, and citation numbers glued to words) and writes gold.yaml in the GOLD_FORMAT fields. The writing style deliberately varies between articles (ratios as 'M:F roughly 1:1', '3:2', 'two to four times as often', 'no gender preference'; shares as '%', 'one-third', 'one in five', 'roughly half'; signs in quotes and unquoted; lists versus prose). setAI.src/check.py confirms every quote is a whitespace- and case-normalised verbatim substring of every form of its article (html checked after tag stripping) and that fields and kinds are valid; it passes with zero problems. Body word counts are counted on the plain-text rendering of the body without citation numbers. Figures are plausible textbook values but the articles are invented teaching text, not copies of any real page.", ""]
(build.OUT/"README.md").write_text("\n".join(out))
print("\n".join(out[:14]))
