import subprocess, os, collections, yaml
out = subprocess.run(['python3', 'check.py'], capture_output=True, text=True, cwd=os.path.dirname(os.path.abspath(__file__))).stdout.splitlines()
rows = [l.split() for l in out if l and not l.startswith('{') and not l.startswith('OK') and not l.startswith('FAIL')]
AP = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'AP')
kinds = collections.Counter()
for r in rows:
    for f in yaml.safe_load(open(os.path.join(AP, r[0], 'gold.yaml')))['facts']:
        kinds[f['kind']] += 1
t = ['# Blind test set AP', '', '| slug | system | forms | body words | gold facts |', '|---|---|---|---|---|']
for slug, system, forms, words, facts in rows:
    t.append('| %s | %s | %s | %s | %s |' % (slug, system, forms, words, facts))
t.append('| **total** | | | %d | %d |' % (sum(int(r[3]) for r in rows), sum(int(r[4]) for r in rows)))
t += ['', '## Gold facts per kind', '', '| kind | facts |', '|---|---|']
t += ['| %s | %d |' % (k, v) for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])]
t += ['', '## How it was written', '',
 'Eight topics (chest, cardiac, gastrointestinal, hepatobiliary, urogenital, gynaecology, breast, vascular), none in taken.txt or a near synonym of one, were written from scratch in Radiopaedia style from the writer\'s own radiology knowledge, without opening /work/main or /work/wt and without consulting any external source. Each body was written once in a small markup (AP.src/<slug>/body.src) and rendered by AP.src/build.py into the requested forms with invented chrome: the html form has a site header, advert banners, a citation/DOI/synonyms block, <h2>/<h3> sections, nested lists, <sup> citations, references, related-articles widget and footer; the md form has YAML front matter, navigation junk, a citation block, an "On this page" box, links as [text](/articles/...), numbered citations after a space, references, a JSON blob and footer; the txt form has plain heading lines, lists flattened to lines (breast-implant-rupture) or run into paragraphs (mounier-kuhn-syndrome), and citation numbers glued to words. autoimmune-pancreatitis exists in all three forms with an identical body; the case page (case-acute-pyelonephritis-in-a-29-year-old) has presentation, patient data, findings, diagnosis and case discussion. Phrasing was deliberately varied (ratios as "3:1", "F:M 2:1", "roughly 8 to 1", "twice as often", "more often than"; shares as "approximately", "roughly one-third", "up to", ranges; signs in bold, in quotes or plain). gold.yaml for each article was written by hand alongside the article, before any extractor was run, following GOLD_FORMAT.md; AP.src/check.py verifies that every quote is a whitespace- and case-normalised substring of the rendered body (html tags stripped and entities unescaped, markdown link/bold syntax removed, txt as is) of every form, checks kinds/fields and duplicates, and counts body words (paragraph and list text, headings excluded). Note: about 20 md quotes span a markdown link or bold marker, so they match the rendered md text but not the raw markdown source.']
open(os.path.join(AP, 'README.md'), 'w').write('\n'.join(t) + '\n')
print('\n'.join(t[:14]))
