import os, json, yaml, collections
from meta import META
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), 'BK')
wc = json.load(open(os.path.join(SRC, 'wordcounts.json')))
sysname = {'brain-metastases': 'Neuro', 'tumefactive-demyelinating-lesion': 'Neuro', 'orbital-lymphoma': 'Head & Neck',
  'case-orbital-blowout-fracture-in-a-23-year-old': 'Head & Neck', 'lumbar-disc-herniation': 'Spine',
  'atypical-lipomatous-tumour': 'Musculoskeletal', 'osteogenesis-imperfecta': 'Paediatrics (MSK)', 'optic-pathway-glioma': 'Paediatrics (neuro)'}
rows = []; kinds = collections.Counter(); tw = tf = 0
for slug, m in META.items():
    g = yaml.safe_load(open(os.path.join(OUT, slug, 'gold.yaml')))
    n = len(g['facts']); kinds.update(f['kind'] for f in g['facts'])
    rows.append('| %s%s | %s | %s | %d | %d |' % (slug, ' (case page)' if m.get('case') else '', sysname[slug], ', '.join(m['forms']), wc[slug], n))
    tw += wc[slug]; tf += n
table = '| slug | system | forms | body words | gold facts |\n|---|---|---|---|---|\n' + '\n'.join(rows) + '\n| **total** | | | %d | %d |\n' % (tw, tf)
txt = '''# Blind set BK

Set BK covers neuro, head and neck, spine, musculoskeletal and paediatric topics. None of the slugs is in
`taken.txt` or a near synonym of one. `brain-metastases` exists in all three forms with the same body;
the other seven exist in one form each. `case-orbital-blowout-fracture-in-a-23-year-old` is a case page
(presentation, patient data, findings, diagnosis, case discussion).

''' + table + '''
Gold facts per kind: ''' + ', '.join('%s %d' % kv for kv in kinds.most_common()) + '''.

Body words are counted on the article body only (headings, paragraphs and list items, without chrome,
references, citation markers or the case page's presentation/patient-data block).

## How it was written

All eight articles were written from scratch for this set, in my own words from general radiology knowledge,
without opening anything under /work/main or /work/wt. Each body was drafted in a small markup
(`BK.src/bodies/*.txt`: `#`/`##`/`###` headings, paragraphs, list items, `[n]` citation markers, `@` lines for the
case presentation), and `BK.src/build.py` rendered it into the requested forms with invented site chrome (ad
banner, navigation, promo banner, the "Citation, DOI, disclosures and article data" block, synonyms, references,
tags, related-articles, promoted-articles and cases widgets, footer; YAML front matter in the markdown dumps, one of
them deliberately wrong (`system: chest` for brain metastases); in the plain-text forms, citation numbers glued to the
preceding word and lists flattened to bare lines, bullet lines or run into one paragraph). Phrasing varies on purpose:
"approximately", "roughly", "around", "up to one-third", "three-quarters", "one in five", ranges, ratios written as
"2:1", "ten to one" and "100 to 1", signs with and without quotes, passive and active voice, parenthetical
figures, and most facts are stated only in prose, with lists used for MRI sequences, classifications and
differentials. The gold was written alongside each article, by hand, in a one-line-per-fact pipe format
(`BK.src/golds/*.gold`) and converted to YAML by `BK.src/golds2yaml.py`, before any extractor saw it.
`BK.src/check.py` confirms that every quote is a verbatim substring (whitespace- and case-normalised) of every
form of its article (raw text for md and txt, tag-stripped and entity-decoded text for html), and also checks
kinds, required fields, frequency groups and that the `forms` list matches the files on disk.
'''
open(os.path.join(OUT, 'README.md'), 'w').write(txt)
print(table)
