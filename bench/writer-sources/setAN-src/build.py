import importlib, sys, gen
out='/work/blind/AN'
rows=[]
for m in sys.argv[1:]:
    a=importlib.import_module(m).A
    w,n=gen.write(a,out); rows.append((a['slug'],a['system'],a['forms'],w,n)); print(a['slug'],w,n)
