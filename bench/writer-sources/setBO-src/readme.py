import os, re, yaml, html, collections, importlib.util
spec = importlib.util.spec_from_file_location('c', 'check_body.py')
ROOT = '../BO'
def body(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = s[s.index('user-generated-content'):s.index('id="references"')]
        s = re.sub(r'<sup>.*?</sup>', '', s); s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
        s = s.split('>', 1)[1]
    elif path.endswith('.md'):
        s = s[s.index('- [References](#references)') + 27:s.index('\n        References\n')]
        s = re.sub(r'<sup>.*?</sup>', '', s); s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s); s = re.sub(r'^#+ ', '', s, flags=re.M); s = re.sub(r'^\s*- ', '', s, flags=re.M)
    else:
        s = s[:s.index('\nReferences\n')].split('\n', 1)[1].replace('\u2022', '')
    return len(s.split())
rows = []; tot = collections.Counter(); n = 0
for slug in sorted(os.listdir(ROOT)):
    d = os.path.join(ROOT, slug)
    if not os.path.isdir(d): continue
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    words = body(os.path.join(d, 'article.' + ('md' if 'md' in forms else forms[0])))
    rows.append('| %s | %s | %s | %d | %d |' % (slug, g['system'], ', '.join(forms), words, len(g['facts'])))
    tot.update(x['kind'] for x in g['facts']); n += len(g['facts'])
out = ['# BO: blind gold-annotated test set (neuro, head and neck, spine, MSK, paediatrics)', '',
       '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|'] + rows + ['| **total** | | | | **%d** |' % n, '',
       '## Gold facts per kind', '', '| kind | facts |', '|---|---|'] + ['| %s | %d |' % (k, v) for k, v in tot.most_common()] + ['',
       '## How it was written', '',
       'All eight articles were written from scratch in my own words from general radiology knowledge, without opening anything under /work/main or /work/wt and without consulting any external source text; the invented page chrome (ad banners, navigation, citation/DOI block, synonyms, references with plausible citations, related-articles widget, footer) imitates the shapes of the three example forms in /work/blind/examples. Each body was drafted in a small source format (BO.src/src/<slug>.src) and rendered by BO.src/build.py into the saved-html, markdown-dump (YAML front matter, navigation junk, `####` headings, `<sup>` citation links) and plain-text (headings as bare lines, bullets flattened or lost, citation numbers glued to words) forms; oropharyngeal-squamous-cell-carcinoma exists in all three forms with the same body, the others in one form each, and case-lateral-condyle-fracture-in-a-5-year-old is a case page (presentation, patient data, findings, diagnosis, case discussion). Styles were deliberately varied between articles (ranges, "approximately", "one-third to one-half", ratios as "4:1", "1.4 to 1" and in words, signs quoted and unquoted, facts in prose and in nested lists). Gold facts were written alongside each article (as hand-written YAML or with small BO.src/gold/<slug>.py helpers) following GOLD_FORMAT.md, one fact per value, and were never fitted to any extractor output; BO.src/check.py verifies that every quote is a whitespace- and case-normalised verbatim substring of the body of every form of its article (html tags, markdown link syntax and citation superscripts stripped) and that kinds and required fields are valid; it passes for all facts.']
open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:15 + len(rows)]))
