#!/usr/bin/env python3
"""Independent re-check: every gold quote must occur in every delivered form (body region only)."""
import glob, os, re, sys, yaml
from html.parser import HTMLParser
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["kind", "subject", "item", "value", "group", "attribute", "quote"]
class T(HTMLParser):
    def __init__(s): super().__init__(); s.on = 0; s.buf = []
    def handle_starttag(s, tag, a):
        if tag == "div" and ("class", "body user-generated-content") in a: s.on = 1
        elif s.on and tag == "div": s.on += 1
        if s.on and tag in ("p", "li", "h4", "h5", "ul"): s.buf.append(" ")
    def handle_endtag(s, tag):
        if s.on and tag == "div": s.on -= 1
    def handle_data(s, d):
        if s.on: s.buf.append(d)
def n(s): return re.sub(r"\s+", " ", s).strip().lower()
def body(path):
    doc = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = T(); t.feed(doc); return n("".join(t.buf))
    if path.endswith(".md"):
        doc = doc[doc.index("(#article-images)"):doc.index("        References\n")]
        doc = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", doc).replace("**", "")
        doc = re.sub(r"^\s*(#+|-)\s", " ", doc, flags=re.M)
        return n(doc)
    return n(doc[:doc.rindex("\nReferences\n")])
bad = 0
for g in sorted(glob.glob(os.path.join(OUT, "*/gold.yaml"))):
    d = os.path.dirname(g); gold = yaml.safe_load(open(g))
    forms = gold["forms"]
    assert sorted(forms) == sorted(os.path.splitext(f)[1][1:] for f in os.listdir(d) if f.startswith("article.")), d
    bodies = {f: body(os.path.join(d, "article." + f)) for f in forms}
    for fa in gold["facts"]:
        if list(fa) != FIELDS or not fa["value"]: print("fields", d, fa); bad += 1
        for f, b in bodies.items():
            if n(fa["quote"]) not in b: print("MISSING", os.path.basename(d), f, fa["quote"]); bad += 1
    print(os.path.basename(d), forms, len(gold["facts"]))
print("problems:", bad); sys.exit(1 if bad else 0)
