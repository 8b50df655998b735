#!/usr/bin/env python3
"""Check every gold quote is a verbatim substring (whitespace/case normalised) of the article BODY in every form."""
import html, re, sys, os, yaml, collections

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def body_html(t):
    m = re.search(r'<div class="body user-generated-content">(.*?)</div>\s*</div>\s*<div class="ad-banner inline">', t, re.S)
    t = m.group(1)
    t = re.sub(r'<div class="toc-wrapper".*?</div>\s*</div>', " ", t, flags=re.S)
    t = re.sub(r"</?(a|strong|em|b|i|sup|sub|span)\b[^>]*>", "", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def body_md(t):
    start = t.index("#### ")  # first body heading... lead paragraph precedes it
    # lead starts after the synonyms block: find the last synonyms entry blank line
    syn_end = t.index("\n\n", t.index("Synonyms:"))
    end = t.index("      ## \n        References")
    t = t[syn_end:end]
    t = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", t)
    t = t.replace("**", "")
    t = re.sub(r"(?m)^\s*#+\s*", "", t)
    t = re.sub(r"(?m)^\s*- ", "", t)
    return t

def body_txt(t):
    lines = t.split("\n")
    end = lines.index("Share article")
    t = "\n".join(lines[1:end])
    t = re.sub(r"(?m)^\s*[•◦] ", "", t)
    return t

def main(d):
    g = yaml.safe_load(open(os.path.join(d, "gold.yaml")))
    bodies = {}
    for f in g["forms"]:
        t = open(os.path.join(d, "article." + f), encoding="utf-8").read()
        bodies[f] = norm({"html": body_html, "md": body_md, "txt": body_txt}[f](t))
    bad = 0
    kinds = collections.Counter()
    seen = set()
    for i, fact in enumerate(g["facts"]):
        kinds[fact["kind"]] += 1
        for k in ("kind", "subject", "item", "value", "group", "attribute", "quote"):
            assert k in fact, (i, k)
        key = (fact["kind"], fact["subject"], fact["item"], fact["value"])
        if key in seen:
            print("  DUP", key)
        seen.add(key)
        q = norm(fact["quote"])
        for f, b in bodies.items():
            if q not in b:
                bad += 1
                print(f"  MISS [{f}] #{i} {fact['quote']!r}")
        if norm(fact["value"]) not in q and fact["kind"] not in ("sex_ratio", "classification", "synonym", "definition", "statement", "frequency", "percentage", "threshold", "age", "rank", "association", "appearance", "differential", "sign"):
            pass
    print(os.path.basename(d.rstrip("/")), "facts", len(g["facts"]), "bad", bad, dict(kinds))
    return bad

if __name__ == "__main__":
    tot = 0
    for d in sys.argv[1:]:
        tot += main(d)
    sys.exit(1 if tot else 0)
