import json, os, yaml, collections
CI="/work/blind/CI"; w=json.load(open(os.path.join(os.path.dirname(__file__),"words.json")))
rows=[]; kinds=collections.Counter()
for s in sorted(os.listdir(CI)):
    if not os.path.isdir(os.path.join(CI,s)): continue
    g=yaml.safe_load(open(f"{CI}/{s}/gold.yaml")); kinds.update(f["kind"] for f in g["facts"])
    rows.append((s,g["system"],", ".join(g["forms"]),w[s],len(g["facts"])))
o=["# Set CI: blind-written gold-annotated test articles","","| slug | system | forms | body words | gold facts |","|---|---|---|---|---|"]
o+=[f"| {a} | {b} | {c} | {d} | {e} |" for a,b,c,d,e in rows]
o.append(f"| **total** | | | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} |")
o+=["","## Gold facts per kind","","| kind | facts |","|---|---|"]+[f"| {k} | {n} |" for k,n in kinds.most_common()]
o+=["","## How it was written","",open(os.path.join(os.path.dirname(__file__),"howto.txt")).read().strip(),""]
open(f"{CI}/README.md","w").write("\n".join(o))
