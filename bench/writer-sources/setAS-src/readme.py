import os, yaml, collections, subprocess
ROOT='/work/blind/setAS'
words={}
for line in subprocess.run(['python3','build.py'],capture_output=True,text=True,cwd=os.path.dirname(os.path.abspath(__file__))).stdout.split('\n'):
    if line.strip():
        s,f,w=line.split(); words[s]=int(w)
rows=[]; kinds=collections.Counter(); tot=0
for slug in sorted(os.listdir(ROOT)):
    p=os.path.join(ROOT,slug,'gold.yaml')
    if not os.path.exists(p): continue
    g=yaml.safe_load(open(p))
    n=len(g['facts']); tot+=n
    kinds.update(f['kind'] for f in g['facts'])
    rows.append('| %s | %s | %s | %d | %d |'%(slug,g['system'],', '.join(g['forms']),words[slug],n))
out=['# setAS: blind gold-annotated test set','','| slug | system | forms | body words | gold facts |','|---|---|---|---|---|']+rows+['| **total** | | | %d | %d |'%(sum(words.values()),tot),'','## Gold facts per kind','','| kind | facts |','|---|---|']
out+=['| %s | %d |'%(k,v) for k,v in sorted(kinds.items(),key=lambda x:-x[1])]
out+=['','## How it was written','',
"All eight articles were written from scratch for this set from general radiology knowledge, without consulting any existing article, the extractor, or anything under /work/main or /work/wt. Topics were checked against taken.txt to avoid used slugs and near-synonyms. Each body was drafted once in a small private markup (kept in setAS.src/bodies/) and rendered by setAS.src/build.py into invented Radiopaedia-like page forms: html (site chrome, citation/DOI block, on-this-page navigation, h4/h5 body headings, nested lists, superscript citations, references, related-articles and cases widgets, footer), md (YAML front matter, navigation junk, markdown links, space-separated citation numbers, references, incoming links) and txt (plain headings, lists flattened to lines with or without bullet glyphs, nested items run onto their parent line, citation numbers glued to the preceding full stop, trailing article-information junk). Spinal schwannoma exists in all three forms with the same body; one article is a case page (Ludwig angina: presentation, patient data, findings, diagnosis, case discussion). The style was deliberately varied between articles (ratios as 3:1, F:M ~3:1, 'three times as often', 9:1; ranges, 'approximately', 'up to', 'more than half', 'roughly'; signs quoted and unquoted; lists mixed with prose-only facts). Each gold.yaml was written by hand alongside its article, listing every testable fact with a verbatim quote, and setAS.src/check.py verified that every quote is a whitespace- and case-normalised substring of every form of its article (444 facts, 0 problems); gold was never fitted to any extractor output. Body word counts are computed from the rendered body text excluding references."]
open(os.path.join(ROOT,'README.md'),'w').write('\n'.join(out)+'\n')
print('\n'.join(out[:14]))
