"""Session 30 (helper s30class): whose sign a sentence framed by the sign names.

- "In the S sign, a central X is surrounded by …": the clause after the sign describes the
  sign's look, so its subject (a part of the look) is not what the sign is a sign of.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.sign_frames import describes_the_sign
from quizgen.model import Article, Block, BlockKind, FactKind, Section

Sign = tuple[str, str]  # subject, item


def _signs(title: str, *paragraphs: str, synonyms: tuple[str, ...] = ()) -> set[Sign]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(
        slug="t",
        title=title,
        synonyms=synonyms,
        sections=(Section("Radiographic features", blocks),),
    )
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


# 1. "In the S sign, …" describes the sign


def test_in_the_sign_clause_subject_is_the_look_not_the_owner() -> None:
    signs = _signs(
        "Pancreatic duct calculus",
        "On CT two signs are described. In the ring sign, a central calculus is outlined by "
        "fluid; in the rim sign, a thin band of fluid surrounds a lodged calculus.",
        synonyms=("Duct calculi",),
    )
    assert ("Pancreatic duct calculus", "ring sign") in signs
    assert ("central calculus", "ring sign") not in signs


def test_describes_the_sign_needs_the_opening_in_the_and_a_comma() -> None:
    assert describes_the_sign("In the ", ", a central calculus is outlined")
    assert describes_the_sign("outlined by fluid; in the so-called \u201c", "\u201d, a band")
    # a sign in the middle of its clause, or with no comma after it, frames nothing
    assert not describes_the_sign("Calculi seen in the ", ", a band")
    assert not describes_the_sign("In the ", " the calculus is outlined")
