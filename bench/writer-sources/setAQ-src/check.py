#!/usr/bin/env python3
import sys, os, re, html, yaml, glob
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'setAQ')
KINDS = {'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
def norm(t): return re.sub(r'\s+', ' ', t).strip().lower()
def text(path):
    t = open(path).read()
    if path.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
        t = re.sub(r'</?(em|strong|a|sup|b|i)\b[^>]*>', '', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return norm(t)
bad = 0; tot = 0; kinds = {}
for d in sorted(glob.glob(os.path.join(OUT, '*/'))):
    g = yaml.safe_load(open(os.path.join(d, 'gold.yaml')))
    forms = g['forms']
    for f in forms: assert os.path.exists(os.path.join(d, 'article.' + f)), (d, f)
    assert sorted(forms) == sorted(p.split('.')[-1] for p in os.listdir(d) if p.startswith('article.')), d
    texts = {f: text(os.path.join(d, 'article.' + f)) for f in forms}
    for fact in g['facts']:
        tot += 1
        for k in ('kind','subject','item','value','quote'):
            if k not in fact: print('MISSING', k, d, fact); bad += 1
        if fact['kind'] not in KINDS: print('KIND', d, fact); bad += 1
        kinds[fact['kind']] = kinds.get(fact['kind'], 0) + 1
        if fact['kind'] == 'frequency' and not fact.get('group'): print('NOGROUP', d, fact); bad += 1
        q = norm(str(fact['quote']))
        for f, t in texts.items():
            if q not in t: print('NOTFOUND', os.path.basename(d.rstrip('/')), f, repr(fact['quote'])); bad += 1
        if norm(str(fact['value'])) not in q and fact['kind'] not in ('definition','statement','sex_ratio','synonym','appearance','classification','association','sign','differential','rank','age','threshold'):
            print('VALUE-NOT-IN-QUOTE', d, fact['value'])
    print(os.path.basename(d.rstrip('/')), len(g['facts']))
print('facts', tot, 'bad', bad, kinds)
sys.exit(1 if bad else 0)
