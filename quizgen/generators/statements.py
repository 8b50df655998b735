"""Questions on statement facts: a sentence with one key term left out, asked only where the
term's type gives distractors that make the sentence false (M3, M5).

- A measure with its unit ("120 mmHg", "20 HU"; no time) takes the numeric rule of ``numeric``
  (via ``single.figure_question``), only where no bound stands next to it (``_bounded``).
- An imaging modality that opens a sentence saying it is the one to use ("MRI is the modality
  of choice", "Ultrasound is the first-line test") takes the other modalities, none that the
  sentence or another such sentence of the article names (either may be right too).

Other key terms (a condition, a feature, a link) are not asked: which other disease or
finding the sentence would make false is not known from the article (cloze cards ask them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quizgen.generators.contraries import article_sentences, said_question
from quizgen.generators.mcq import Candidate, Pools
from quizgen.generators.numeric import one_figure
from quizgen.generators.single import figure_question
from quizgen.generators.wording import BLANK, find_whole, stem
from quizgen.model import ArticleFacts, Fact, FactKind

__all__ = ["MODALITY_NAMES", "statement_candidates"]

# Each modality as the options show it, with the ways articles write it.
MODALITY_NAMES: dict[str, tuple[str, ...]] = {
    "MRI": ("mri", "mr imaging", "magnetic resonance imaging", "mr"),
    "CT": ("ct", "computed tomography", "ct scan"),
    "Ultrasound": ("ultrasound", "ultrasonography", "sonography", "us"),
    "Radiography": ("radiography", "plain radiography", "radiographs", "plain films", "x-ray"),
    "Scintigraphy": ("scintigraphy", "bone scintigraphy", "nuclear medicine", "bone scan"),
    "PET-CT": ("pet-ct", "pet/ct", "fdg pet-ct", "pet"),
    "Fluoroscopy": ("fluoroscopy",),
}
_CANONICAL = {alias: name for name, aliases in MODALITY_NAMES.items() for alias in aliases}
# A sentence that says its modality is the one to use: another modality makes it false.
_THE_ONE = re.compile(
    r"\b(?:of choice|first-line|first line|gold standard|reference standard|"
    r"most (?:sensitive|specific|accurate)|best (?:modality|test|examination|investigation))\b",
    re.I,
)
# A measure with its unit. Not a time: "non-visualisation at 5 hours" is diagnostic too
# when the article says 4 hours, and "screened every 4 months" reads as right for 3.
_FIGURE_UNIT = re.compile(
    r"^~?\s*\d+(?:\.\d+)?\s*(?:%|mm|cm|ml|mmhg|hu|kg|g|mg|mmol/l|mg/dl|mbq|gy)$", re.I
)


# A bound, a time bound or a sign just before the figure ("beyond ___", "before the age of
# ___", "less than -___", any comparative: "stiffer than ___"), or a bound after it ("___ or
# more").
_BOUND_BEFORE = re.compile(
    r"(?:[<>≤≥+−-]|\b(?:before|after|within|by|beyond|until|under|over|below|above|"
    r"less|more|greater|fewer|larger|smaller|wider|thicker|longer|shorter|higher|lower|"
    r"older|younger|up to|at least|at most|exceeds?|exceeding|than)\b(?:\s+than)?"
    r"(?:\s+the\s+age\s+of)?(?:\s+(?:about|approximately|around|roughly))?)\s*$",
    re.I,
)
_BOUND_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:more|less|greater|fewer|above|below|over|under)\b")


def _bounded(statement: str, term: str) -> bool:
    """Whether the figure is bounded in its sentence. In a statement, whether a smaller or
    a larger figure is the wrong one depends on whether the sentence describes its subject
    ("the appendix is dilated beyond 6 mm": "beyond 4 mm" is right too) or names a group
    ("lesions larger than 5 mm are symptomatic": "larger than 7 mm" is right too), which the
    sentence does not say: such a figure is not asked (M3)."""
    index = find_whole(statement, term)
    if index < 0:
        return True
    return bool(
        _BOUND_BEFORE.search(statement[:index])
        or _BOUND_AFTER.match(statement[index + len(term) :])
    )


def _terms(fact: Fact) -> list[tuple[str, str]]:
    """(key term, its type) of a statement, in the order the store lists them."""
    terms = [t.strip() for t in fact.value.split("|")]
    kinds = [k.strip() for k in fact.attribute.split("|")]
    kinds += [""] * (len(terms) - len(kinds))
    return list(zip(terms, kinds, strict=False))


def _modality(entry: ArticleFacts, fact: Fact, term: str) -> Candidate | None:
    """ "___ is the modality of choice …" among the modalities the sentence and the
    article's other such sentences do not name; None when not asked so."""
    key = _CANONICAL.get(term.lower())
    statement = fact.statement
    if key is None or find_whole(statement, term) != 0 or not _THE_ONE.search(statement):
        return None
    # Any sentence of the article that says another modality is the one to use.
    named = {
        name
        for text in {other.source.text for other in entry.facts}
        if _THE_ONE.search(text)
        for alias, name in _CANONICAL.items()
        if name != key and find_whole(text, alias) >= 0
    }
    named |= {name for alias, name in _CANONICAL.items() if find_whole(statement, alias) >= 0}
    pool = tuple(name for name in MODALITY_NAMES if name not in named | {key})
    gapped = BLANK + statement[len(term) :]
    return Candidate(
        entry,
        fact,
        stem("mcq", "statement_modality", title=entry.title, statement=gapped),
        key,
        pool,
        False,
        "modality",
    )


def statement_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    """At most one question per statement: on its first key term of a clear type, else
    "which of these statements does the article make?" (``contraries``)."""
    sources: list[str] | None = None
    sentences: list[str] = []
    for fact in facts:
        if fact.kind is not FactKind.STATEMENT or not fact.statement:
            continue
        asked = False
        for term, kind in _terms(fact):
            if kind == "modality":
                question = _modality(entry, fact, term)
            elif _FIGURE_UNIT.match(term) and one_figure(term) is not None:
                if _bounded(fact.statement, term):
                    continue
                question = figure_question(entry, replace(fact, value=term), pools)
            else:
                continue
            if question is not None:
                yield replace(question, fact=fact)
                asked = True
                break
        if asked:
            continue
        if sources is None:
            # A corrected fact's sentence is no source of distractors (the reviewer says the
            # article is wrong there), but what the article states includes every sentence.
            sources = article_sentences((f for f in facts if not f.source.original), sources=False)
            sentences = article_sentences(entry.facts)
        said = said_question(entry, fact, sources, sentences)
        if said is not None:
            yield said
