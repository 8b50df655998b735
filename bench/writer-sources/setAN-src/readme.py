import yaml,glob,collections,importlib,gen
order=['a1','a2','a3','a4','a5','a6','a7','a8']
rows=[];kinds=collections.Counter();tot=0
for m in order:
    a=importlib.import_module(m).A
    g=yaml.safe_load(open(f"/work/blind/AN/{a['slug']}/gold.yaml"))
    n=len(g['facts']); tot+=n; kinds.update(f['kind'] for f in g['facts'])
    rows.append(f"| {a['slug']} | {a['system']} | {', '.join(a['forms'])} | {gen.body_words(a['body'])} | {n} |")
table="| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n"+"\n".join(rows)+f"\n| **total** | | 10 files | | {tot} |"
kt="| kind | facts |\n|---|---|\n"+"\n".join(f"| {k} | {v} |" for k,v in kinds.most_common())
open('/work/blind/AN/README.md','w').write(f"""# Blind set AN

{table}

## Gold facts per kind

{kt}

## How it was written

All eight articles were written from scratch from general radiology knowledge, without opening
anything under /work/main or /work/wt, on topics absent from taken.txt (one per system: chest,
cardiac, gastrointestinal, hepatobiliary, urogenital, gynaecology, breast, vascular). Each body was
written in a light markup inside a Python module in /work/blind/AN.src/ (a1.py-a8.py) together with
its gold facts, which were listed at the same time as the prose, fact by fact from every sentence and
list item; no extractor was run. gen.py renders the body into the requested forms with invented page
chrome (html: site header, ad banner, citation/DOI block, on-this-page nav, references, related
articles and case widgets, footer, JSON blob; md: YAML front matter, navigation junk, citation block,
References, related articles; txt: headings as plain lines, lists flattened to lines, one list run into a
paragraph in the breast article, citation numbers glued to words) and writes gold.yaml.
portal-vein-thrombosis exists in all three forms with an identical body; the PUJ obstruction article is
a case page (presentation, patient data, findings, diagnosis, case discussion). Styles were varied on
purpose (ratios as "2:1", "twice as often", "1.5-2:1"; "one-third", "up to half", ranges, "approximately",
signs in quotes and unquoted, a grading table in a list, facts mostly in prose). check.py verifies that
every quote is a whitespace- and case-normalised substring of every form's rendered text (HTML tags
removed and entities unescaped; markdown link syntax `[x](url)` and `**` removed); all {tot} quotes pass.
Note: 24 md quotes span a markdown link or bold marker, so they match the rendered text rather than the
raw markdown source.
""")
print(table); print(kt)
