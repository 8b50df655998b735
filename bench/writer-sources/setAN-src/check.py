import sys, os, re, html, yaml, glob
def norm(s): return re.sub(r'\s+',' ',s).strip().lower()
def text_of(path):
    s=open(path).read()
    if path.endswith('.html'):
        s=re.sub(r'<(script|style)[^>]*>.*?</\1>','',s,flags=re.S)
        s=re.sub(r'<[^>]+>',' ',s); s=html.unescape(s)
        # tags inside words (sup) leave a space; also keep a version without
    elif path.endswith('.md'):
        s=re.sub(r'\[([^\]]*)\]\([^)]*\)',r'\1',s); s=s.replace('**','')
    return s
bad=0
for d in sorted(glob.glob(sys.argv[1]+'/*/')):
    g=yaml.safe_load(open(d+'gold.yaml'))
    for form in g['forms']:
        t=norm(text_of(d+'article.'+form))
        t2=norm(re.sub(r'<[^>]+>','',html.unescape(open(d+'article.'+form).read()))) if form=='html' else t
        for f in g['facts']:
            q=norm(f['quote'])
            if q not in t and q not in t2:
                bad+=1; print('MISSING',os.path.basename(d[:-1]),form,repr(f['quote']))
            if f['kind']!='statement' and norm(str(f['value'])) not in q and f['kind'] not in ('sex_ratio','definition','classification','association','differential','appearance','rank','sign','synonym','age','threshold','frequency','percentage'):
                pass
    kinds=set(f['kind'] for f in g['facts'])
    ok={'frequency','percentage','appearance','differential','threshold','age','sex_ratio','synonym','sign','association','definition','classification','rank','statement'}
    assert kinds<=ok,(d,kinds-ok)
print('bad',bad)
