"""A list member read by two extractors, once for the sentence's subject and once for the
title it is a word form of, is one fact: a list card would otherwise ask it twice."""

from __future__ import annotations

from collections import Counter

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _members(title: str, sentence: str) -> Counter[str]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="a", title=title, sections=(Section("Pathology", (block,)),))
    return Counter(f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION)


def test_members_of_the_title_in_another_word_form_are_kept_once() -> None:
    found = _members(
        "Renal infarction", "Renal infarcts can be classified as segmental, multifocal or global."
    )
    assert found == Counter({"segmental": 1, "multifocal": 1, "global": 1})


def test_classes_read_with_and_without_their_shared_noun_are_kept_once() -> None:
    """ "divided into orthotopic and dystopic types": one reading keeps "types" on each
    class, another reads the bare adjectives; a list card would ask each class twice."""
    found = _members("Os odontoideum", "It is divided into orthotopic and dystopic types.")
    assert sorted(found.values()) == [1, 1]
    assert {item.removesuffix(" types") for item in found} == {"orthotopic", "dystopic"}
