#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import html, pathlib, re, sys, yaml
from html.parser import HTMLParser

OUT = pathlib.Path(__file__).parent.parent / "setAI"
KINDS = {"frequency","percentage","appearance","differential","threshold","age","sex_ratio","synonym","sign","association","definition","classification","rank","statement"}
BLOCK = {"p","li","ul","ol","h1","h2","h3","h4","h5","h6","div","section","tr","td","br","header","footer","main","nav"}

class T(HTMLParser):
    def __init__(s): super().__init__(); s.parts=[]; s.skip=0
    def handle_starttag(s, t, a):
        if t in ("script","style"): s.skip += 1
        if t in BLOCK: s.parts.append("\n")
    def handle_endtag(s, t):
        if t in ("script","style"): s.skip -= 1
        if t in BLOCK: s.parts.append("\n")
    def handle_data(s, d):
        if not s.skip: s.parts.append(d)

def norm(t): return re.sub(r"\s+", " ", t).strip().lower()

def text(p):
    raw = p.read_text()
    if p.suffix == ".html":
        t = T(); t.feed(raw); return norm("".join(t.parts))
    return norm(raw)

bad = 0
for d in sorted(OUT.iterdir()):
    if not d.is_dir(): continue
    g = yaml.safe_load((d/"gold.yaml").read_text())
    forms = {f: text(d/f"article.{f}") for f in g["forms"]}
    assert set(g["forms"]) == {p.suffix[1:] for p in d.glob("article.*")}, d
    for i, f in enumerate(g["facts"]):
        assert f["kind"] in KINDS, (d.name, f)
        assert set(f) == {"kind","subject","item","value","group","attribute","quote"}, f
        if f["kind"] == "frequency": assert f["group"], (d.name, f)
        q = norm(f["quote"])
        for form, t in forms.items():
            if q not in t:
                bad += 1; print(f"MISSING [{d.name}/{form}] #{i} {f['kind']}: {f['quote']!r}")
print("problems:", bad); sys.exit(1 if bad else 0)
