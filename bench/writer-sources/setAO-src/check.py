#!/usr/bin/env python3
"""Check every gold quote is a verbatim (whitespace/case-normalised) substring of every form."""
import html, os, re, sys, yaml, collections

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "AO")
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio", "synonym",
         "sign", "association", "definition", "classification", "rank", "statement"}
FIELDS = {"kind", "subject", "item", "value", "group", "attribute", "quote"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?i)</?(a|strong|em|sup|b|i)\b[^>]*>", "", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    elif path.endswith(".md"):
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "")
    return norm(s)


def main():
    bad = 0
    per_kind = collections.Counter()
    rows = []
    for slug in sorted(os.listdir(OUT)):
        d = os.path.join(OUT, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, "gold.yaml"), encoding="utf-8"))
        files = sorted(f.split(".")[1] for f in os.listdir(d) if f.startswith("article."))
        if sorted(g["forms"]) != files:
            print(f"{slug}: forms {g['forms']} != files {files}"); bad += 1
        texts = {f: text_of(os.path.join(d, "article." + f)) for f in files}
        seen = set()
        for i, fct in enumerate(g["facts"]):
            if set(fct) - FIELDS or fct.get("kind") not in KINDS:
                print(f"{slug}#{i}: bad fields/kind {fct}"); bad += 1
            for k in ("subject", "value", "quote"):
                if not str(fct.get(k, "")).strip():
                    print(f"{slug}#{i}: empty {k}"); bad += 1
            if fct["kind"] == "frequency" and not fct.get("group"):
                print(f"{slug}#{i}: frequency without group"); bad += 1
            if fct["kind"] in ("classification", "association") and not fct.get("group"):
                print(f"{slug}#{i}: {fct['kind']} without group"); bad += 1
            key = (fct["kind"], norm(str(fct.get("subject"))), norm(str(fct.get("item", ""))), norm(str(fct["value"])), norm(str(fct.get("attribute", ""))))
            if key in seen:
                print(f"{slug}#{i}: duplicate {key}"); bad += 1
            seen.add(key)
            q = norm(str(fct["quote"]))
            for f, t in texts.items():
                if q not in t:
                    print(f"{slug}#{i} [{f}] quote not found: {fct['quote']!r}"); bad += 1
            v = norm(str(fct["value"]))
            if v not in q and fct["kind"] not in ("sex_ratio",):
                print(f"  note {slug}#{i}: value {fct['value']!r} not literally in quote")
            per_kind[fct["kind"]] += 1
        rows.append((slug, g["system"], g["forms"], len(g["facts"])))
    for r in rows:
        print(*r, sep="\t")
    print(dict(per_kind), sum(per_kind.values()))
    print("FAILURES:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
