import collections, yaml, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    stats = build.main()
kinds = collections.Counter()
rows = []
for slug, system, forms, words, n, facts in stats:
    g = yaml.safe_load(open(os.path.join(build.OUT, slug, 'gold.yaml')))
    for f in g['facts']:
        kinds[f['kind']] += 1
    rows.append('| %s | %s | %s | %d | %d |' % (slug, system, ', '.join(forms), words, n))
tot = sum(r[4] for r in stats)
out = ['# Blind set BF', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows + \
      ['| **total** | | | %d | %d |' % (sum(r[3] for r in stats), tot), '', '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + \
      ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])] + ['', '## How it was written', '',
      'All eight articles were written from scratch for this set from general radiology knowledge, without opening or running anything under /work/main or /work/wt and without consulting any extractor output. '
      'Each article body was drafted once in a light markup (in BF.src/arts/*.py) together with its gold facts, written fact by fact while drafting, covering every testable statement in prose and lists (percentages, frequencies, ages, sex ratios, thresholds, signs, appearances per modality/sequence, associations, classifications, ranks, differentials, synonyms and key statements). '
      'A build script (BF.src/build.py) renders the same body into the requested forms with invented Radiopaedia-like chrome: html (site header, ads, citation/DOI/disclosure block, on-this-page nav, references, related-articles and cases widgets, footer; one is a case page with presentation, patient data, findings, diagnosis and case discussion), md (YAML front matter, navigation junk, citation block, "####" headings, loose lists, references) and txt (headings as plain lines, lists flattened to lines or run into paragraphs, citation numbers glued to words). '
      'Hepatocellular carcinoma exists in all three forms with an identical body; the others exist in one form each. '
      'A checker (BF.src/check.py) confirms every gold quote is a whitespace- and case-normalised verbatim substring of the body of every form of its article (for html both with tags replaced by spaces and with inline tags removed); it reports 0 problems. Body word counts are counted on the plain-text rendering of the body, excluding chrome and references.', '']
open(os.path.join(build.OUT, 'README.md'), 'w').write('\n'.join(out))
print('\n'.join(out[:16]))
