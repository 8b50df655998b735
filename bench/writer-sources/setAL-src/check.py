#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form; write README."""
import re, html, sys, pathlib, collections, yaml
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build
AL = pathlib.Path(__file__).parent.parent / "AL"
KINDS = {"frequency","percentage","appearance","differential","threshold","age","sex_ratio","synonym","sign",
         "association","definition","classification","rank","statement"}
SYSNAME = {}
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def text_of(path):
    raw = path.read_text()
    if path.suffix == ".html":
        b = raw.split('<div class="body user-generated-content">', 1)[1].split('<div class="ref-list"', 1)[0]
        b = re.sub(r"<[^>]+>", " ", re.sub(r"</?(a|strong|em|sup)\b[^>]*>", "", b))
        return norm(html.unescape(b))
    if path.suffix == ".md":
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw).replace("**", "")
    return norm(raw)
bad = 0; rows = []; kinds = collections.Counter()
for p in sorted((pathlib.Path(__file__).parent / "src").glob("*.src")):
    m, body, refs, gl = build.parse(p)
    d = AL / m["slug"]
    g = yaml.safe_load((d / "gold.yaml").read_text())
    forms = sorted(x.name.split(".")[1] for x in d.glob("article.*"))
    assert sorted(g["forms"]) == forms, (m["slug"], forms)
    texts = {f: text_of(d / ("article." + f)) for f in forms}
    for fct in g["facts"]:
        assert fct["kind"] in KINDS, fct
        assert set(fct) == {"kind","subject","item","value","group","attribute","quote"}, fct
        if fct["kind"] == "frequency" and not fct["group"]: print("WARN freq no group", m["slug"], fct["quote"])
        q = norm(fct["quote"])
        for f, t in texts.items():
            if q not in t:
                bad += 1; print("MISSING [%s/%s] %s" % (m["slug"], f, fct["quote"]))
        kinds[fct["kind"]] += 1
    words = len(build.body_txt(build.blocks(body), False).split())
    rows.append((m["slug"], m["system"], ", ".join(forms), words, len(g["facts"])))
    if not 700 <= words <= 900: print("WORDS out of range", m["slug"], words)
print("missing quotes:", bad)
for r in rows: print(r)
print(dict(kinds), sum(kinds.values()))
if "--readme" in sys.argv:
    tab = ["| slug | system | forms | body words | gold facts |", "|---|---|---|---|---|"]
    tab += ["| %s | %s | %s | %d | %d |" % r for r in rows]
    tab.append("| **total** | | | %d | %d |" % (sum(r[3] for r in rows), sum(r[4] for r in rows)))
    kt = ["| kind | gold facts |", "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in sorted(kinds.items(), key=lambda x: -x[1])]
    (AL / "README.md").write_text("# Blind gold set AL\n\n" + "\n".join(tab) + "\n\n## Gold facts per kind\n\n" + "\n".join(kt) +
        "\n\n## How it was written\n\n" + open(pathlib.Path(__file__).parent / "howto.txt").read())
    print("\n".join(tab))
