#!/usr/bin/env python3
"""Check every gold quote is a verbatim substring (whitespace/case-normalised) of every form of its article."""
import yaml, re, html, os, sys, glob
from collections import Counter

ROOT = "/work/blind/BI"
KINDS = {"frequency", "percentage", "appearance", "differential", "threshold", "age", "sex_ratio", "synonym",
         "sign", "association", "definition", "classification", "rank", "statement"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def html_text(s):
    s = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    # inline tags (<strong>, <a>, <sup>) produce spaces; collapse space before punctuation like the page renders
    return s

def html_text_inline(s):
    s = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)</?(strong|em|a|sup|b|i)( [^>]*)?>", "", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)

bad = total = 0
kinds = Counter()
for gp in sorted(glob.glob(f"{ROOT}/*/gold.yaml")):
    d = os.path.dirname(gp); slug = os.path.basename(d)
    g = yaml.safe_load(open(gp))
    forms = g["forms"]
    present = sorted(os.path.basename(p).split(".")[1] for p in glob.glob(f"{d}/article.*"))
    if sorted(forms) != present:
        print(f"FORMS MISMATCH {slug}: gold {forms} files {present}"); bad += 1
    texts = {}
    for f in forms:
        raw = open(f"{d}/article.{f}").read()
        texts[f] = [norm(html_text_inline(raw))] if f == "html" else [norm(raw)]
    for i, fact in enumerate(g["facts"]):
        total += 1
        kinds[fact["kind"]] += 1
        if fact["kind"] not in KINDS:
            print(f"BAD KIND {slug}#{i}: {fact['kind']}"); bad += 1
        for k in ("subject", "value", "quote"):
            if not str(fact.get(k, "")).strip():
                print(f"EMPTY {k} {slug}#{i}"); bad += 1
        if fact["kind"] == "frequency" and not fact.get("group"):
            print(f"NO GROUP {slug}#{i}"); bad += 1
        if fact["kind"] == "appearance" and not fact.get("attribute"):
            print(f"NO ATTRIBUTE {slug}#{i}"); bad += 1
        q = norm(str(fact["quote"]))
        for f, ts in texts.items():
            if not any(q in t for t in ts):
                print(f"MISSING [{f}] {slug}#{i} ({fact['kind']}): {fact['quote']!r}"); bad += 1
print("kinds:", dict(sorted(kinds.items())))
print(f"CHECK {'PASS' if bad == 0 else 'FAIL'}: {total} facts in {len(glob.glob(ROOT + '/*/gold.yaml'))} articles, {bad} problems")
