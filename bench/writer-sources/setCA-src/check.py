#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form's body."""
import html, re, sys, pathlib, yaml

CA = pathlib.Path(__file__).resolve().parent.parent / "CA"
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio",
         "synonym", "sign", "association", "definition", "classification", "rank", "statement"}
FIELDS = ["kind", "subject", "item", "value", "group", "attribute", "quote"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def body_of(path):
    raw = path.read_text()
    if path.suffix == ".html":
        m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*<div class="ref-list"', raw, re.S)
        b = re.sub(r"<[^>]+>", " ", m.group(1))
        # tags inside words shouldn't add spaces: re-strip without spaces too
        b2 = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        return [norm(html.unescape(b)), norm(b2)]
    if path.suffix == ".md":
        m = re.search(r"- \[Cases and figures\]\(#article-images\)\n(.*?)\n        References\n", raw, re.S)
        return [norm(m.group(1))]
    m = re.search(r"^(.*?)\nReferences\n", raw, re.S)
    return [norm(m.group(1))]


def main():
    bad = total = arts = 0
    warn = 0
    for d in sorted(p for p in CA.iterdir() if p.is_dir()):
        g = yaml.safe_load((d / "gold.yaml").read_text())
        forms = g["forms"]
        bodies = {f: body_of(d / f"article.{f}") for f in forms}
        assert set(forms) == {p.suffix[1:] for p in d.glob("article.*") if not p.name.endswith(".meta.yaml")}, d
        arts += 1
        for fa in g["facts"]:
            total += 1
            assert list(fa) == FIELDS, (d.name, fa)
            assert fa["kind"] in KINDS, (d.name, fa)
            assert fa["value"], (d.name, fa)
            if fa["kind"] == "frequency":
                assert fa["group"], (d.name, fa)
            q = norm(fa["quote"])
            for f, bs in bodies.items():
                if not any(q in b for b in bs):
                    bad += 1
                    print(f"MISSING [{d.name}/{f}] {fa['quote']}")
            if fa["kind"] not in ("statement", "definition", "sign", "synonym", "sex_ratio", "age", "appearance", "threshold") and norm(fa["value"]) not in q:
                warn += 1
                print(f"note value-not-in-quote [{d.name}] {fa['kind']}: {fa['value']!r}")
    print(f"checked {total} quotes in {arts} articles: {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
