#!/usr/bin/env python3
"""Check AW gold: schema, and every quote a verbatim (whitespace/case-normalised) substring of every form."""
import collections
import html
import os
import re
import sys

import yaml

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "AW")
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio", "synonym",
         "sign", "association", "definition", "classification", "rank", "statement"}
FIELDS = ["kind", "subject", "item", "value", "group", "attribute", "quote"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_text(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def main():
    bad = 0
    tot = collections.Counter()
    slugs = sorted(x for x in os.listdir(OUT) if os.path.isdir(os.path.join(OUT, x)))
    for slug in slugs:
        d = os.path.join(OUT, slug)
        g = yaml.safe_load(open(os.path.join(d, "gold.yaml")))
        forms = g["forms"]
        present = sorted(f.split(".", 1)[1] for f in os.listdir(d) if f.startswith("article."))
        if sorted(forms) != present:
            print(slug, "FORMS MISMATCH", forms, present); bad += 1
        texts = {}
        for f in forms:
            raw = open(os.path.join(d, "article." + f)).read()
            texts[f] = norm(html_text(raw) if f == "html" else raw)
            if f == "html":
                texts["html-raw"] = norm(raw)
        seen = set()
        for i, fact in enumerate(g["facts"]):
            for k in ("kind", "subject", "value", "quote"):
                if not str(fact.get(k, "")).strip():
                    print(slug, i, "missing", k, fact); bad += 1
            if fact.get("kind") not in KINDS:
                print(slug, i, "bad kind", fact.get("kind")); bad += 1
            extra = set(fact) - set(FIELDS)
            if extra:
                print(slug, i, "extra fields", extra); bad += 1
            if fact["kind"] == "frequency" and not fact.get("group"):
                print(slug, i, "frequency without group"); bad += 1
            if fact["kind"] in ("classification", "association", "rank") and not fact.get("group"):
                print(slug, i, fact["kind"], "without group"); bad += 1
            q = norm(str(fact["quote"]))
            for f, t in texts.items():
                if q not in t:
                    print(slug, i, "QUOTE NOT IN", f, "|", fact["quote"]); bad += 1
            if norm(str(fact["value"])) not in q and fact["kind"] not in ("sex_ratio", "definition", "classification", "synonym", "association", "differential", "appearance", "sign", "age", "threshold", "rank", "statement", "frequency", "percentage"):
                pass
            key = (fact["kind"], fact["subject"], fact.get("item", ""), str(fact["value"]))
            if key in seen:
                print(slug, i, "duplicate", key); bad += 1
            seen.add(key)
            tot[fact["kind"]] += 1
        print("%-50s %3d facts" % (slug, len(g["facts"])))
    print(dict(tot), sum(tot.values()))
    print("PROBLEMS:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
