#!/usr/bin/env python3
"""Check every gold quote is a whitespace/case-normalised verbatim substring of the body of every
form of its article; validate kinds/fields; report body words. Exit 1 on any failure."""
import html, os, re, sys, yaml

CI = "/work/blind/CI"
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio",
         "synonym", "sign", "association", "definition", "classification", "rank", "statement"}
NEED = {"frequency": ["item", "group"], "appearance": ["attribute"], "differential": ["item"],
        "threshold": ["attribute"], "sign": ["item"], "association": ["item", "group"],
        "classification": ["item", "group"], "rank": ["item", "group"], "age": ["item"]}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def body_variants(form, text):
    if form == "html":
        b = text.split('<div class="body user-generated-content">', 1)[1].split("</div><!-- /body -->", 1)[0]
        return [norm(html.unescape(re.sub(r"<[^>]+>", "", b))), norm(html.unescape(re.sub(r"<[^>]+>", " ", b)))]
    if form == "md":
        b = text.split("#### Citation, DOI, disclosures and article data", 1)[1].split("\n#### References", 1)[0]
        return [norm(b)]
    b = text.split("\nReferences\n", 1)[0]
    return [norm(b)]


def body_words(d):
    t = open(os.path.join(d, "article.txt")).read() if os.path.exists(os.path.join(d, "article.txt")) else None
    if t is None:
        # derive from html/md body
        for f in ("md", "html"):
            p = os.path.join(d, "article." + f)
            if os.path.exists(p):
                raw = open(p).read()
                if f == "html":
                    b = raw.split('<div class="body user-generated-content">', 1)[1].split("</div><!-- /body -->", 1)[0]
                    b = html.unescape(re.sub(r"<[^>]+>", " ", b))
                    b = re.sub(r"\[\d+\]", " ", b)
                else:
                    b = raw.split("#### Citation, DOI, disclosures and article data", 1)[1].split("\n#### References", 1)[0]
                    # drop chrome before first body heading / paragraph: everything up to the on-this-page/system block end
                    b = b.split("        \n    \n", 1)[1]
                    b = re.sub(r"\]\([^)]*\)", "]", b)
                    b = re.sub(r"[#\[\]\-]", " ", b)
                    b = re.sub(r"\s\d+(?=[\s.,;:])", " ", b)
                return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'%.\-:/]*", b))
    b = t.split("\nReferences\n", 1)[0].split("\n", 1)[1]
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'%.\-:/]*", b))


def main():
    bad = 0
    rows = []
    for slug in sorted(os.listdir(CI)):
        d = os.path.join(CI, slug)
        if not os.path.isdir(d):
            continue
        g = yaml.safe_load(open(os.path.join(d, "gold.yaml")))
        forms = g["forms"]
        for f in forms:
            if not os.path.exists(os.path.join(d, "article." + f)):
                print(f"{slug}: missing article.{f}"); bad += 1
        bodies = {f: body_variants(f, open(os.path.join(d, "article." + f), encoding="utf-8").read()) for f in forms}
        seen = set()
        for i, fact in enumerate(g["facts"]):
            k = fact["kind"]
            if k not in KINDS:
                print(f"{slug}#{i}: bad kind {k}"); bad += 1
            for fld in ["subject", "value", "quote"] + NEED.get(k, []):
                if not str(fact.get(fld, "")).strip():
                    print(f"{slug}#{i}: {k} missing {fld}: {fact['quote'][:60]}"); bad += 1
            key = (k, fact["subject"].lower(), fact["item"].lower(), fact["value"].lower(), fact["attribute"].lower())
            if key in seen:
                print(f"{slug}#{i}: duplicate {key}"); bad += 1
            seen.add(key)
            q = norm(fact["quote"])
            for f, vs in bodies.items():
                if not any(q in v for v in vs):
                    print(f"{slug}#{i} [{f}] quote not found: {fact['quote']}"); bad += 1
            if False:
                # value should normally be readable in the quote; warn only
                print(f"  warn {slug}#{i}: value not in quote: {fact['value']!r} / {fact['quote'][:70]!r}")
        rows.append((slug, g["system"], forms, body_words(d), len(g["facts"])))
    for r in rows:
        print(*r, sep="\t")
    print("FAIL" if bad else "OK", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
