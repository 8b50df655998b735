"""Score the extractors against the gold-annotated development corpus.

    python bench/eval.py [CORPUS ...] [--form md|html|txt|all] [--details] [--json]

CORPUS defaults to ``bench/dev-corpus``: one folder per article holding ``article.html``,
``article.md`` and/or ``article.txt`` and a ``gold.yaml`` written before the extractor was run
on the article (format: ``bench/dev-corpus/README.md``).

For every gold fact the scorer looks for extracted facts whose source text overlaps the gold
quote (the sentence or list line that states the fact) and says how the fact came out:

- **structured**: a fact of a compatible kind holds the gold answer and, where the gold names
  one, what the answer is about (item, sequence, ...) in its fields, not only in a sentence;
- **sentence**: a fact holds the answer, but only inside its sentence (a statement, or a
  percentage whose item is not in a field);
- **missed**: neither.

An extracted fact counts as correct (precision) when it matches some gold fact at either level
and its subject is not another thing's; every other extracted fact is a false positive, listed
with ``--details`` for a person to read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from quizgen.errors import QuizgenError
from quizgen.extractors import extract_facts
from quizgen.model import Fact
from quizgen.normalize import numbers_in
from quizgen.readers import read_article

DEFAULT_CORPUS = Path(__file__).resolve().parent / "dev-corpus"
FORMS = {"html": "article.html", "md": "article.md", "txt": "article.txt"}

# Which extracted kinds may carry a gold kind as a structured fact. A share of a whole read as
# a single percentage (or the reverse) still has its number and its item in fields; so has a
# cut-off in percent or years read as a percentage or an age ("a washout ratio of 30% or more").
COMPATIBLE: dict[str, frozenset[str]] = {
    "frequency": frozenset({"frequency", "percentage"}),
    "percentage": frozenset({"percentage", "frequency"}),
    "appearance": frozenset({"appearance"}),
    "differential": frozenset({"differential"}),
    "threshold": frozenset({"threshold", "percentage", "age"}),
    "age": frozenset({"age"}),
    "sex_ratio": frozenset({"sex_ratio"}),
    "synonym": frozenset({"synonym"}),
    "sign": frozenset({"sign"}),
    "association": frozenset({"association"}),
    "definition": frozenset({"definition"}),
    "classification": frozenset({"classification", "association", "definition"}),
    "rank": frozenset({"rank"}),
    "statement": frozenset({"statement"}),
}
# Gold kinds whose answer is the item (a name), not the value.
ANSWER_IS_ITEM = frozenset({"differential", "sign", "association", "classification"})
FUZZY = 85  # rapidfuzz score for "the same words" in names and findings
OVERLAP = 90  # partial_ratio of quote and source text for "the same sentence"


@dataclass(frozen=True)
class GoldFact:
    """One fact a resident would want, as the annotator wrote it."""

    kind: str
    subject: str
    item: str
    value: str
    attribute: str
    group: str
    quote: str

    @property
    def answer(self) -> str:
        """What a card would ask for."""
        if self.kind in ANSWER_IS_ITEM:
            return self.item or self.value
        if self.kind == "rank":
            return self.item or self.value
        return self.value or self.item

    @property
    def about(self) -> str:
        """What the answer belongs to, when the annotator named it ("" when none)."""
        if self.kind in ANSWER_IS_ITEM or self.kind in {"synonym", "definition", "statement"}:
            return ""
        if self.kind in {"age", "sex_ratio"}:
            return ""  # annotators name age statements freely ("usual age", "typical age")
        if self.kind == "appearance":
            return self.attribute
        if self.kind == "rank":
            return self.value if self.item else ""
        return self.item


@dataclass
class ArticleScore:
    """One article in one form."""

    name: str
    gold: list[tuple[GoldFact, str]] = field(default_factory=list)  # fact, level
    extracted: list[tuple[Fact, bool]] = field(default_factory=list)  # fact, correct
    error: str = ""


_NUMBER_WORDS = {
    "twice": "2",
    "thrice": "3",
    **{
        word: str(n)
        for n, word in enumerate(
            [
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            ],
            1,
        )
    },
}
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\b")


_MOST_FREQUENT = re.compile(
    r"\bmost (?:frequent(?:ly)?|commonly|often)"
    r"(?: (?:involved|affected|seen|encountered|found|isolated|reported|implicated))?\b"
)


def norm(text: str) -> str:
    """Lower case, one kind of dash and space, no space before %, number words as digits
    ("three times as often" states the 3 of "3:1"), for comparing texts."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group()], text)
    text = re.sub(r"\bcommonest\b", "most common", text)  # one word, one meaning
    # "most frequently involved", "most often affected", "most frequent": the same rank as
    # "most common" (what is involved most often is the commonest site)
    text = _MOST_FREQUENT.sub("most common", text)
    text = re.sub(r"[‐-―−]", "-", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(?<=\d) (?=%)", "", text)
    return text.strip(" .;:,")


def overlaps(quote: str, source: str) -> bool:
    """Whether an extracted fact's source text is (part of) the gold quote's sentence."""
    q, s = norm(quote), norm(source)
    if not q or not s:
        return False
    if q in s or s in q:
        return True
    shorter = min(len(q), len(s))
    return shorter >= 20 and fuzz.partial_ratio(q, s) >= OVERLAP


_RANK_WORD = re.compile(r"\b(?:most|least|second|third|fourth|fifth)\b")


def _ranks(text: str) -> set[str]:
    """The words of a superlative's place in its order ("second", "most")."""
    return set(_RANK_WORD.findall(text))


def same_value(gold: str, text: str) -> bool:
    """Whether ``text`` states the gold answer: the same numbers, or the same words."""
    g, t = norm(gold), norm(text)
    if not g or not t:
        return False
    if _ranks(g) != _ranks(t) and _ranks(g) and _ranks(t):
        return False  # "second most common" is no "most common", though it holds the words
    gold_numbers = numbers_in(g)
    if gold_numbers:
        found = numbers_in(t)
        return (
            gold_numbers == found[: len(gold_numbers)]
            or g in t
            or (
                bool(found)
                and set(found) <= set(gold_numbers) | {1.0}
                and set(gold_numbers) <= set(found)
            )
        )
    if g in t or (len(t) >= 4 and t in g):
        return True
    return fuzz.token_set_ratio(g, t) >= FUZZY


_MALE = r"\b(?:m|males?|men|boys?)\b"
_FEMALE = r"\b(?:f|females?|women|girls?)\b"


def sex_direction(text: str) -> str:
    """Which sex a sex-ratio answer favours: "equal", "male", "female" or "" (unknown).

    Numbers decide where there are two ("M:F 3:2"); otherwise the words ("no sex
    predilection", "more common in women", "F > M"): the sex named first is the one favoured.
    """
    t = norm(text)
    labelled = re.search(r"\b([mf])\s*:\s*([mf])\b", t)
    ratio = re.search(r"(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?\s*:\s*(\d+(?:\.\d+)?)", t)
    if ratio:
        first, second = float(ratio.group(1)), float(ratio.group(2))
        if first == second:
            return "equal"
        first_sex = labelled.group(1) if labelled else "m"
        favoured_first = first > second
        return "male" if (first_sex == "m") == favoured_first else "female"
    if re.search(r"\b(?:no|equal|equally|both sexes|without)\b|\b[mf]\s*[=≈]\s*[mf]\b", t):
        return "equal"  # "M = F" too
    male, female = re.search(_MALE, t), re.search(_FEMALE, t)
    if male and (not female or male.start() < female.start()):
        return "male"
    if female:
        return "female"
    return ""


def same_sex_ratio(gold: str, fact: Fact) -> bool:
    """Whether a sex-ratio fact states a gold answer written without figures ("no sex
    predilection", "more common in women"): the same favoured sex, or both equal."""
    if numbers_in(norm(gold)):
        return False
    wanted = sex_direction(gold)
    if not wanted:
        return False
    stated = fact.value if fact.attribute == "predominance" else f"{fact.attribute} {fact.value}"
    return sex_direction(stated) == wanted


# One name for each imaging technique that articles and annotators name in several ways.
# Order matters: longer names first, so "contrast-enhanced CT" is not read as plain "CT".
_MODALITY_NAMES: tuple[tuple[str, str], ...] = (
    (
        r"\bct\s*c\+|contrast[- ]enhanced ct|post-?contrast ct|\bcect\b|ct (?:with|after) contrast",
        " ctc+ ",
    ),
    (
        r"\bt1\s*c\+(?:\s*\(gd\))?|post-?(?:contrast|gadolinium) t1|contrast[- ]enhanced t1"
        r"|t1[- ]weighted post-?(?:contrast|gadolinium)|\bgadolinium[- ]enhanced\b",
        " t1c+ ",
    ),
    (r"\bswi\b|\bgre\b|gradient[- ]echo|susceptibility[- ]weighted|\bt2\*", " swi "),
    (
        r"\bdsa\b|digital subtraction angiography|catheter angiography|conventional angiography"
        r"|\bangiography\b|\bangiographic\b",
        " angio ",
    ),
    (r"bone scintigraphy|skeletal scintigraphy|bone scan|tc-?99m mdp", " bonescan "),
    (r"echocardiography|\bultrasound\b|\bultrasonography\b|\bsonography\b|\bus\b", " us "),
    (r"chemical[- ]shift|in[- ]and opposed[- ]phase|opposed[- ]phase|out[- ]of[- ]phase", " cs "),
    (r"plain (?:film|radiograph)s?|radiographs?|x-?rays?", " xr "),
    (r"non[- ]?contrast ct|unenhanced ct|ct non[- ]?contrast", " ctnc "),
    # thin-section CT of the lungs is CT; a barium study is read under fluoroscopy
    (r"\bhrct\b|high[- ]resolution ct", " ct "),
    (
        r"barium (?:swallow|meal|enema|follow[- ]through|studies|study|oesophagography|"
        r"esophagography)|\b(?:o?esophagography|fluoroscopic|fluoroscopy)\b",
        " fluoro ",
    ),
)
# Where on the body, or in which plane or projection, a study is made: no technique of its
# own ("chest radiograph" is a radiograph; "CT sagittal reformats" is CT).
_REGION_WORDS = frozenset(
    {
        *("chest", "skull", "pelvic", "pelvis", "hand", "hands", "foot", "feet", "spine", "spinal"),
        *("clavicle", "knee", "hip", "ankle", "wrist", "elbow", "shoulder", "abdominal", "abdomen"),
        *("ap", "pa", "lateral", "frontal", "oblique", "axial", "sagittal", "coronal"),
        *("reformats", "reformat", "reconstructions", "view", "views", "projection"),
    }
)


def _techniques(name: str) -> list[set[str]]:
    """A sequence or modality name as alternatives ("T2/STIR": T2 or STIR), each the set of
    canonical technique words it names."""
    text = norm(name)
    for pattern, canonical in _MODALITY_NAMES:
        text = re.sub(pattern, canonical, text)
    alternatives = re.split(r"\s*/\s*|\s+or\s+", text)
    return [
        set(re.findall(r"[a-z0-9+]+", a)) - {"mri", "mr", "imaging"} - _REGION_WORDS
        for a in alternatives
    ]


def same_technique(gold: str, attribute: str) -> bool:
    """Whether an extracted sequence/modality names the gold's: one of the gold's alternatives
    names only techniques the attribute names too ("CT C+" and "contrast-enhanced CT";
    "T2/STIR" and "MRI STIR"; "gradient echo" and "MRI SWI/GRE")."""
    if not gold or not attribute:
        return False
    stated = set().union(*_techniques(attribute))
    return any(wanted and wanted <= stated for wanted in _techniques(gold))


def mentions(gold: str, text: str) -> bool:
    """Whether ``text`` (a sentence) contains the gold answer."""
    g, t = norm(gold), norm(text)
    if not g or not t:
        return False
    if g in t:
        return True
    numbers = numbers_in(g)
    if numbers:
        found = numbers_in(t)
        return all(n in found for n in numbers)
    return fuzz.partial_ratio(g, t) >= FUZZY


def fields_of(fact: Fact) -> list[str]:
    """The structured fields of a fact (not its sentence)."""
    return [v for v in (fact.item, fact.value, fact.attribute, fact.group) if v]


# Words that name no particular thing: two subjects sharing only these are not the same.
_GENERIC = {
    w[:5]
    for w in [
        "tumour",
        "tumor",
        "lesion",
        "disease",
        "cancer",
        "carcinoma",
        "mass",
        "nodule",
        "patient",
        "cases",
        "syndrome",
        "type",
        "form",
    ]
}


def _stems(text: str) -> set[str]:
    """Specific content-word stems (first five letters of words of four letters or more)."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", norm(text))} - _GENERIC


# What an annotator of a case page may write for the page's own subject.
_THE_CASE = frozenset({"case", "this case", "the case", "patient", "the patient"})


def _initials(title: str) -> str:
    """The abbreviation a title's words make: "pkan" for "Pantothenate kinase-associated
    neurodegeneration", "lcis" for "Lobular carcinoma in situ"."""
    return "".join(w[0] for w in re.findall(r"[a-z0-9]+", norm(title)))


def same_subject(gold: GoldFact, fact: Fact, title: str) -> bool:
    """Whether the fact is about the gold fact's subject.

    A differential's subject is the finding it is listed for, whoever names it. A gold subject
    "case" (or "patient") is the page's own subject, the title. A fact whose
    subject is its article's title is right when the gold subject shares a word with the title
    ("appendix" in "Acute appendicitis"); a subject the extractor chose itself must be the gold's.
    A cut-off's annotator may name its measure as the subject and leave the item empty.
    """
    if gold.kind == "differential" or not gold.subject or not fact.subject:
        return True
    g, f = norm(gold.subject), norm(fact.subject)
    if g in _THE_CASE or (len(g) >= 3 and g == _initials(title)):
        # a case page's annotator may call its subject "case", and any annotator may write the
        # title's abbreviation ("PKAN", "LCIS"): both are the page's own subject
        g = norm(title)
    if g in f or f in g or fuzz.token_set_ratio(g, f) >= 70 or _stems(g) & _stems(f):
        return True
    if gold.kind == "threshold" and fact.item and same_value(g, fact.item):
        # "subject: junctional zone thickness, item: ''" (or the measure again as the item):
        # the annotator named the measure as the subject; a cut-off of the page's whose item
        # is that measure states it
        return True
    return f == norm(title) and bool(_stems(g) & _stems(title))


def _names_the_about(about: str, field_text: str) -> bool:
    """Whether a field without numbers names the gold's qualified item: "sensitivity" for
    "sensitivity for polyps 10 mm or larger". Words alone are compared so already (a field
    within the gold); a number in the gold's qualifier must not make the words count for
    nothing."""
    a, t = norm(about), norm(field_text)
    return len(t) >= 4 and not numbers_in(t) and bool(numbers_in(a)) and t in a


def level(gold: GoldFact, facts: Iterable[Fact], title: str) -> tuple[str, list[Fact]]:
    """How the gold fact came out, and the extracted facts that state it correctly.

    A fact that holds the answer only in its sentence is a sentence-level carrier unless its
    fields claim something false: another subject, or the answer attached to another item.
    """
    structured: list[Fact] = []
    sentence: list[Fact] = []
    for fact in facts:
        if not overlaps(gold.quote, fact.source.text) and not overlaps(gold.quote, fact.statement):
            continue
        fields = fields_of(fact)
        holds_answer = any(same_value(gold.answer, f) for f in fields) or (
            gold.kind == "sex_ratio"
            and fact.kind.value == "sex_ratio"
            and same_sex_ratio(gold.answer, fact)
        )
        holds_about = (
            not gold.about
            or any(same_value(gold.about, f) or _names_the_about(gold.about, f) for f in fields)
            or (gold.kind == "appearance" and same_technique(gold.about, fact.attribute))
        )
        right_subject = same_subject(gold, fact, title)
        if (
            fact.kind.value in COMPATIBLE.get(gold.kind, frozenset())
            and holds_answer
            and holds_about
            and right_subject
        ):
            structured.append(fact)
            continue
        # (an item that only names the fact's own subject, "Rathke cleft cyst: Rathke cleft
        # cyst, 12-33% of pituitary glands", attaches the answer to no other item)
        other_item = bool(fact.item) and norm(fact.item) != norm(fact.subject)
        wrong_claim = not right_subject or (holds_answer and other_item and not holds_about)
        if not wrong_claim and (holds_answer or mentions(gold.answer, fact.statement)):
            sentence.append(fact)
    if structured:
        return "structured", structured + sentence
    if sentence:
        return "sentence", sentence
    return "missed", []


GOLD_FIELDS = ("kind", "subject", "item", "value", "attribute", "group", "quote")


def _gold_fact(entry: dict[str, object]) -> GoldFact:
    """One gold entry, read the way its annotator meant it.

    The format puts a superlative's ranked thing in ``item``; some annotators wrote it as the
    ``subject`` and left ``item`` empty ("subject: seizures, value: commonest, group: presenting
    feature"). Both say the same fact, so such an entry is read as item = that thing, with no
    owner to check: otherwise a right rank fact would count as one about another subject.
    """
    fields = {name: str(entry.get(name) or "") for name in GOLD_FIELDS}
    if fields["kind"] == "rank" and not fields["item"]:
        fields["item"], fields["subject"] = fields["subject"], ""
    return GoldFact(**fields)


def load_gold(folder: Path) -> tuple[str, list[GoldFact]]:
    """The gold file of one article folder."""
    data = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    facts = [_gold_fact(entry) for entry in data.get("facts", [])]
    return str(data.get("title", folder.name)), facts


def score_article(folder: Path, form: str) -> ArticleScore | None:
    """Score one article in one form (None when the folder lacks that form)."""
    path = folder / FORMS[form]
    if not path.is_file():
        return None
    title, gold = load_gold(folder)
    score = ArticleScore(f"{folder.name}.{form}")
    try:
        article = read_article(path)
    except QuizgenError as exc:
        score.error = str(exc)
        score.gold = [(g, "missed") for g in gold]
        return score
    facts = extract_facts(article)
    used: set[str] = set()
    for g in gold:
        lvl, carriers = level(g, facts, article.title or title)
        score.gold.append((g, lvl))
        used.update(f.id for f in carriers)
    # Gold covers the body; a synonym the page lists in its metadata block is right too.
    listed = {norm(name) for name in article.synonyms}
    score.extracted = [
        (f, f.id in used or (f.kind.value == "synonym" and norm(f.value) in listed)) for f in facts
    ]
    return score


def corpus_folders(roots: list[Path]) -> list[Path]:
    """Every article folder (one holding gold.yaml) under the roots, sorted."""
    folders: list[Path] = []
    for root in roots:
        if (root / "gold.yaml").is_file():
            folders.append(root)
        else:
            folders.extend(p.parent for p in sorted(root.glob("*/gold.yaml")))
    return folders


def summarise(scores: list[ArticleScore]) -> dict[str, object]:
    """Recall per gold kind (any, structured), precision per extracted kind, and totals."""
    recall: dict[str, Counter[str]] = {}
    precision: dict[str, Counter[str]] = {}
    for score in scores:
        for g, lvl in score.gold:
            recall.setdefault(g.kind, Counter())[lvl] += 1
        for fact, correct in score.extracted:
            precision.setdefault(fact.kind.value, Counter())["correct" if correct else "wrong"] += 1
    total = Counter[str]()
    for counts in recall.values():
        total.update(counts)
    extracted = Counter[str]()
    for counts in precision.values():
        extracted.update(counts)
    n = sum(total.values())
    found = total["structured"] + total["sentence"]
    n_extracted = sum(extracted.values())
    return {
        "articles": len(scores),
        "gold_facts": n,
        "recall": found / n if n else 0.0,
        "structured_share_of_found": total["structured"] / found if found else 0.0,
        "structured_recall": total["structured"] / n if n else 0.0,
        "extracted_facts": n_extracted,
        "precision": extracted["correct"] / n_extracted if n_extracted else 0.0,
        "recall_by_kind": {k: dict(v) for k, v in sorted(recall.items())},
        "precision_by_kind": {k: dict(v) for k, v in sorted(precision.items())},
        "per_article": {
            s.name: {
                "gold": len(s.gold),
                "found": sum(lvl != "missed" for _, lvl in s.gold),
                "structured": sum(lvl == "structured" for _, lvl in s.gold),
                "extracted": len(s.extracted),
                "wrong": sum(not ok for _, ok in s.extracted),
                "error": s.error,
            }
            for s in scores
        },
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    -  "


def print_table(summary: dict[str, object]) -> None:
    """The summary as markdown tables."""
    n = summary["gold_facts"]
    print(
        f"{summary['articles']} article files, {n} gold facts, "
        f"{summary['extracted_facts']} extracted facts\n"
    )
    print(f"- recall (any form): {100 * float(summary['recall']):.1f} %")  # type: ignore[arg-type]
    print(
        "- structured share of what was found: "
        f"{100 * float(summary['structured_share_of_found']):.1f} %"  # type: ignore[arg-type]
    )
    print(f"- precision: {100 * float(summary['precision']):.1f} %\n")  # type: ignore[arg-type]
    print("| gold kind | facts | structured | sentence only | missed | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, counts in summary["recall_by_kind"].items():  # type: ignore[attr-defined]
        total = sum(counts.values())
        found = counts.get("structured", 0) + counts.get("sentence", 0)
        print(
            f"| {kind} | {total} | {counts.get('structured', 0)} | {counts.get('sentence', 0)} "
            f"| {counts.get('missed', 0)} | {_pct(found, total)} |"
        )
    print("\n| extracted kind | facts | correct | wrong | precision |")
    print("|---|---:|---:|---:|---:|")
    for kind, counts in summary["precision_by_kind"].items():  # type: ignore[attr-defined]
        total = sum(counts.values())
        print(
            f"| {kind} | {total} | {counts.get('correct', 0)} | {counts.get('wrong', 0)} "
            f"| {_pct(counts.get('correct', 0), total)} |"
        )


def print_details(scores: list[ArticleScore]) -> None:
    """Every missed gold fact and every unmatched extracted fact, for a person to read."""
    for score in scores:
        print(f"\n## {score.name}" + (f"  ERROR: {score.error}" if score.error else ""))
        for g, lvl in score.gold:
            if lvl != "structured":
                print(f"  {lvl:9} {g.kind:13} {g.subject} | {g.item} | {g.value} | {g.quote[:90]}")
        for fact, ok in score.extracted:
            if not ok:
                text = " | ".join(
                    (fact.kind.value, fact.subject, fact.item, fact.value, fact.attribute)
                )
                print(f"  WRONG?    {text} <- {fact.source.text[:80]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--form", choices=[*FORMS, "all"], default="all")
    parser.add_argument("--details", action="store_true", help="list misses and wrong facts")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    forms = list(FORMS) if args.form == "all" else [args.form]
    scores = [
        score
        for folder in corpus_folders(args.corpus)
        for form in forms
        if (score := score_article(folder, form)) is not None
    ]
    if not scores:
        print(f"Error: no gold-annotated article under {args.corpus}", file=sys.stderr)
        return 1
    summary = summarise(scores)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_table(summary)
        if args.details:
            print_details(scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
