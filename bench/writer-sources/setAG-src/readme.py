import yaml, os, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
rows = build.main()
kinds = collections.Counter()
out = ['# setAG: blind-written gold set', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for slug, sysm, forms, words, facts in rows:
    out.append('| %s | %s | %s | %d | %d |' % (slug, sysm, ', '.join(forms), words, len(facts)))
    for f in facts: kinds[f['kind']] += 1
out.append('| **total** | | | %d | %d |' % (sum(r[3] for r in rows), sum(len(r[4]) for r in rows)))
out += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
out += ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])]
out += ['', '## How it was written', '',
 'All eight articles were written from scratch for this set from general radiology knowledge, in a Radiopaedia-like style, without opening anything under /work/main or /work/wt; only /work/blind (the brief, GOLD_FORMAT.md, the examples and taken.txt) was read. '
 'Each body was drafted in a small source format (one file per article in ../setAG.src/src/*.body) together with its gold facts (../setAG.src/src/*.gold, one pipe-separated fact per line), written fact by fact while the prose was written, not derived from any extractor output. '
 '../setAG.src/build.py renders each body into the requested forms with invented page chrome (ad banners, navigation, the "Citation, DOI, disclosures and article data" block, synonyms, table of contents, figure captions, references, incoming-links / related-articles widgets, JSON inclusions blob and footer): html uses <h4>/<h5> headings, nested <ul> and <sup> citations; md has YAML front matter, navigation junk, #### headings, the site\'s broken nested-list rendering and space-separated citation numbers; txt has headings as plain lines, some sub-headings dropped, lists flattened to lines (in chondromyxoid-fibroma run into the preceding paragraph) and citation numbers glued to the preceding word. '
 'pleomorphic-xanthoastrocytoma exists in all three forms with the same body; lemierre-syndrome-case is a case page (presentation, patient data, findings, diagnosis, case discussion). '
 '../setAG.src/check.py verifies that every quote is a whitespace- and case-normalised verbatim substring of every form of its article (html by text extraction, md and txt as raw text, so no quote crosses markdown link or bold syntax or a citation marker) and that kinds and required fields are present; it reports 0 problems. Body words count paragraphs, headings and list items of the body only (no chrome, captions or references).', '']
open('/work/blind/setAG/README.md', 'w').write('\n'.join(out))
print('\n'.join(out))
