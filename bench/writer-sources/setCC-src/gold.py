#!/usr/bin/env python3
"""Convert compact gold (src/<slug>.gold: 'kind | subject | item | value | group | attribute | quote')
to /work/blind/CC/<slug>/gold.yaml and check every quote against every article form."""
import re, sys, os, glob, json, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render

KINDS = {'frequency', 'percentage', 'appearance', 'differential', 'threshold', 'age', 'sex_ratio', 'synonym',
         'sign', 'association', 'definition', 'classification', 'rank', 'statement'}

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def visible(form, text):
    if form == 'html':
        text = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', text, flags=re.S)
        text = re.sub(r'<[^>]+>', ' ', text)   # tags -> space (block boundaries)
        text = re.sub(r' (?=[,.;:)])', '', text)  # no-op safety
        return html.unescape(text)
    if form == 'md':
        text = text.replace('**', '')
        return re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    return text

def html_inline(text):
    # inline tags removed without space (a, b, sup) so in-sentence links keep words joined
    text = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', text, flags=re.S)
    text = re.sub(r'</?(a|b|i|em|strong|sup|span)\b[^>]*>', '', text)
    text = re.sub(r'<[^>]+>', ' ', text)
    return html.unescape(text)

def main():
    bad = 0; total = 0; rawwarn = 0
    for gpath in sorted(glob.glob(os.path.join(render.SRC, '*.gold'))):
        slug = os.path.basename(gpath)[:-5]
        m, body = render.parse(os.path.join(render.SRC, slug + '.src'))
        forms = m['forms'].split()
        texts = {}
        for f in forms:
            raw = open('/work/blind/CC/%s/article.%s' % (slug, f), encoding='utf-8').read()
            texts[f] = norm(html_inline(raw) if f == 'html' else visible(f, raw))
            if f == 'md': texts['mdraw'] = norm(raw)
        facts = []
        for ln, line in enumerate(open(gpath, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'): continue
            parts = [p.strip() for p in line.split(' | ')]
            if len(parts) != 7:
                print('%s:%d: %d fields: %s' % (slug, ln, len(parts), line)); bad += 1; continue
            kind, subj, item, value, group, attr, quote = parts
            if kind not in KINDS: print('%s:%d bad kind %s' % (slug, ln, kind)); bad += 1
            if not value: print('%s:%d empty value' % (slug, ln)); bad += 1
            if kind == 'frequency' and not group: print('%s:%d frequency without group' % (slug, ln)); bad += 1
            q = norm(quote)
            for f in forms:
                if q not in texts[f]:
                    print('%s:%d quote not in %s: %s' % (slug, ln, f, quote)); bad += 1
            if 'md' in forms and q not in texts['mdraw']:
                rawwarn += 1; print('  (warn raw md) %s:%d %s' % (slug, ln, quote))
            if norm(value) not in q and kind not in ('synonym',):
                print('  (note value not in quote) %s:%d %s / %s' % (slug, ln, value, quote))
            facts.append(dict(kind=kind, subject=subj, item=item, value=value, group=group, attribute=attr, quote=quote))
            total += 1
        out = ['title: %s' % json.dumps(m['title']), 'system: %s' % json.dumps(m['system_gold']) if 'system_gold' in m else 'system: %s' % json.dumps(m['systems'].split(', ')[0]),
               'forms: [%s]' % ', '.join(forms), 'facts:']
        for f in facts:
            out.append('  - kind: %s' % f['kind'])
            for k in ('subject', 'item', 'value', 'group', 'attribute', 'quote'):
                out.append('    %s: %s' % (k, json.dumps(f[k], ensure_ascii=False)))
        open('/work/blind/CC/%s/gold.yaml' % slug, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        print('%s: %d facts' % (slug, len(facts)))
    print('TOTAL %d facts, %d errors, %d raw-md warnings' % (total, bad, rawwarn))
    return bad

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
