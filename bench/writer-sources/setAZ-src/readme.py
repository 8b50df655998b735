import os, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AZ')
rows = []; kinds = collections.Counter(); tw = tf = 0
for fn in sorted(os.listdir('src')):
    meta, body, refs = build.parse(os.path.join('src', fn)); slug = fn[:-4]
    g = yaml.safe_load(open(os.path.join(ROOT, slug, 'gold.yaml')))
    w = build.body_words(body); n = len(g['facts']); tw += w; tf += n
    for f in g['facts']: kinds[f['kind']] += 1
    rows.append(f"| {slug} | {g['system']} | {', '.join(g['forms'])} | {w} | {n} |")
out = ["# Blind set AZ", "", "| slug | system | forms | body words | gold facts |", "|---|---|---|---|---|"] + rows
out += [f"| **total (8 articles)** | | | {tw} | {tf} |", "", "## Gold facts per kind", "", "| kind | facts |", "|---|---|"]
out += [f"| {k} | {v} |" for k, v in kinds.most_common()] + [f"| **total** | {tf} |", ""]
out += ["## How it was written", "",
"All eight articles were written from scratch by one writer, from general radiology knowledge, in Radiopaedia's style. No project code, tests, benchmarks or extractor output under /work/main or /work/wt were read or run. Topics were checked against /work/blind/taken.txt and added to it before any writing. The choices cover chest, cardiac, GI, hepatobiliary, urogenital, gynaecology, breast and vascular. Each body was written once in a small private markup (AZ.src/src/*.src). AZ.src/build.py turns that markup into the requested forms and adds invented page chrome. The html form has the site header, ads, citation/DOI/disclosures block, on-this-page nav, references, related-articles widget, cases sidebar and footer. The md form is a markdown dump with YAML front matter, blank navigation junk, citation block, links, References and Related sections and a JSON blob. The txt form is a plain-text extraction: headings appear as plain lines, citation numbers are glued to words, and lists are flattened to lines (pleura, MCDK) or run into the preceding paragraph (aortoenteric fistula). The same body therefore appears in all three forms of the pleural SFT article. The style deliberately varies between articles: 'approximately', bare ranges such as '5-10%', 'one in ten', 'roughly half', 'one-third to one-half', ratios as '1.5 to 1', '5:1' and 'roughly equal numbers', signs quoted and unquoted, and facts given mostly in prose, with some in lists. The porcelain gallbladder entry is a case page with presentation, patient data, findings, diagnosis and case discussion. Each gold.yaml was written by hand alongside its article, following GOLD_FORMAT.md. AZ.src/check.py then checked that every quote is a whitespace- and case-normalised verbatim substring of every form, using html visible text, md with link and bold syntax removed, and raw txt. It also checked kinds and fields. The final run reports 0 problems. The gold was never fitted to any extractor output. 'Body words' counts the article body only, without chrome or references."]
open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:14]))
