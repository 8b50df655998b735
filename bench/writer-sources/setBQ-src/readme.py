import json, os
from collections import Counter
S = os.path.dirname(os.path.abspath(__file__))
s = json.load(open(os.path.join(S, 'summary.json')))
sysname = {'astrocytoma-idh-mutant': 'Neuroradiology (CNS)', 'primary-familial-brain-calcification': 'Neuroradiology (CNS)',
           'odontogenic-keratocyst': 'Head & Neck', 'optic-neuritis': 'Head & Neck (orbit) / neuro',
           'thoracolumbar-burst-fracture': 'Spine', 'rheumatoid-arthritis': 'Musculoskeletal',
           'duodenal-atresia': 'Paediatrics', 'case-round-pneumonia-in-a-5-year-old': 'Paediatrics (case page)'}
L = ['# BQ: blind-written gold set (neuro, head and neck, spine, MSK, paediatrics)', '',
     '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
c = Counter()
for a in s:
    L.append('| %s | %s | %s | %d | %d |' % (a['slug'], sysname[a['slug']], ', '.join(a['forms']), a['words'], a['facts']))
    c.update(a['kinds'])
L.append('| **total** | | | %d | %d |' % (sum(a['words'] for a in s), sum(a['facts'] for a in s)))
L += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
L += ['| %s | %d |' % (k, v) for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))]
L += ['', '## How it was written', '',
 "All eight articles were written from scratch for this set from general radiology knowledge, without opening anything under /work/main or /work/wt, and without running any extractor. "
 "Each article was drafted in a small source file (body in a light markup plus its gold facts in one line per fact) kept in /work/blind/BQ.src/articles/; the gold facts were written alongside the body, "
 "one fact per value, covering prose and lists, with the shortest verbatim quote that states each fact. A build script (BQ.src/build.py with chrome.py) renders each body into the requested forms with invented page chrome: "
 "the html form has site header, navigation, adverts, a 'Citation, DOI, disclosures and article data' block, references, related-articles and cases widgets and a footer; the md form has YAML front matter, "
 "blank-bullet navigation junk, the citation block, an 'On this page' list, references and related articles; the txt form keeps headings as plain lines, runs some lists into paragraphs and flattens others to bullet lines, "
 "glues citation numbers to the preceding word and ends with the 'Article information' and case-gallery junk. Astrocytoma, IDH-mutant exists in all three forms with an identical body; the case page "
 "(round pneumonia in a 5-year-old) has presentation, patient data, per-study findings, diagnosis and case discussion. Writing style was deliberately varied (ratios as 'M:F approximately 1.3:1', 'three times as often', "
 "'1.5 males for every female', 'two to three times'; fractions in words; ranges; quoted and unquoted sign names; lists vs prose). BQ.src/check.py verifies that every quote is a whitespace- and case-normalised "
 "verbatim substring of every form of its article (html tags stripped; md checked raw, so no quote spans link or bold markup) and that every fact has a valid kind and all seven fields; it reports 0 missing quotes."]
open(os.path.join(os.path.dirname(S), 'BQ', 'README.md'), 'w').write('\n'.join(L) + '\n')
print('\n'.join(L[:13]))
