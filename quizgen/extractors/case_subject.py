"""What a case page's facts are about: its diagnosis, not the patient.

A case page is titled by its diagnosis and its patient ("Ovarian torsion in a 24-year-old",
"Emphysematous pyelonephritis in a poorly controlled diabetic"); what its discussion states
("about 15% of cases occur in children") is a fact about the condition, and a question that
asks "how does ovarian torsion in a 24-year-old typically appear?" reads as if about one
patient. The facts whose subject is the page's title take the diagnosis instead; their ids
are kept (as ``abbreviations.resolve_names`` keeps them), so a reviewed fact stays the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.model import Article, Fact

__all__ = ["case_diagnosis", "with_case_subjects"]

# "<diagnosis> in a 24-year-old", "… in an elderly woman", "… in a poorly controlled
# diabetic": an age or a word for a person after "in a(n)", up to four words before it.
_PATIENT = re.compile(
    r"^(?P<diagnosis>\S.{2,100}?)\s+in\s+(?:an?|the)\s+"
    r"(?:\d{1,3}[-\s](?:year|month|week|day)s?[-\s]old\b"
    r"|(?:[\w-]{1,20}\s){0,4}(?:patient|man|woman|male|female|boy|girl|child|infant|neonate|"
    r"newborn|adult|adolescent|teenager|diabetic|athlete|runner|smoker|pregnancy|"
    r"pregnant\swoman)s?\b)",
    re.I,
)


def case_diagnosis(title: str) -> str:
    """The diagnosis a case page's title names before its patient, or ""."""
    match = _PATIENT.match(title.strip())
    return match["diagnosis"].strip(" ,:-") if match else ""


def with_case_subjects(article: Article, facts: list[Fact]) -> list[Fact]:
    """``facts`` with the case page's title, wherever a subject holds it, made its diagnosis."""
    diagnosis = case_diagnosis(article.title)
    if not diagnosis:
        return facts
    # wherever the title stands in a subject: "<title> in adults", "gallbladder wall of <title>"
    title = re.compile(re.escape(article.title), re.I)

    def as_written(found: re.Match[str]) -> str:
        lower = found.group(0)[:1].islower()
        return (diagnosis[:1].lower() + diagnosis[1:]) if lower else diagnosis

    return [
        replace(fact, subject=title.sub(as_written, fact.subject))
        if title.search(fact.subject)
        else fact
        for fact in facts
    ]
