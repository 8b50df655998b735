"""Abbreviations an article defines in brackets ("endoscopic retrograde cholangiopancreatography
(ERCP)") and then uses alone: a fact's subject or item that is such a bare abbreviation is
spelt out, the title's own abbreviation is the title, and nothing the article did not define
(or defined only later, or in two ways) is expanded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.abbreviations import NameResolver, definitions
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _article(*blocks: Block, title: str = "Acute pancreatitis") -> Article:
    return Article(slug="t", title=title, sections=(Section("Aetiology", blocks),))


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*entries: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))


_DEFINING = (
    "Endoscopic retrograde cholangiopancreatography (ERCP) and hypertriglyceridaemia are "
    "recognised triggers."
)
_CAUSES = (
    _paragraph("Causes include:"),
    _list("gallstones: the most common cause in adults", "ERCP: the most common iatrogenic cause"),
)


def _items(article: Article, kind: FactKind) -> set[str]:
    return {f.item for f in extract_facts(article) if f.kind is kind}


def test_a_defined_abbreviation_is_spelt_out_in_every_extractors_items() -> None:
    article = _article(_paragraph(_DEFINING), *_CAUSES)
    wanted = "Endoscopic retrograde cholangiopancreatography (ERCP)"
    assert wanted in _items(article, FactKind.ASSOCIATION)
    assert wanted in _items(article, FactKind.RANK)
    assert "ERCP" not in _items(article, FactKind.ASSOCIATION)


def test_an_abbreviation_never_defined_is_left_as_written() -> None:
    article = _article(_paragraph("Hypertriglyceridaemia is a recognised trigger."), *_CAUSES)
    assert "ERCP" in _items(article, FactKind.ASSOCIATION)


def test_an_abbreviation_used_before_its_definition_is_left_as_written() -> None:
    article = _article(*_CAUSES, _paragraph(_DEFINING))
    assert "ERCP" in _items(article, FactKind.ASSOCIATION)


def test_a_bracket_whose_letters_are_not_the_initials_defines_nothing() -> None:
    article = _article(_paragraph("Endoscopic ultrasound (ERCP) is a trigger."), *_CAUSES)
    assert definitions(article) == {}
    assert "ERCP" in _items(article, FactKind.ASSOCIATION)


def test_an_abbreviation_defined_in_two_ways_is_not_expanded() -> None:
    article = _article(
        _paragraph("Peritoneal dialysis (PD) and pancreas divisum (PD) are rare triggers."),
        _paragraph("Other causes include:"),
        _list("PD: a rare cause in adults"),
    )
    assert "PD" not in definitions(article)
    assert "PD" in _items(article, FactKind.ASSOCIATION)


def test_the_expansion_is_only_the_words_the_initials_spell() -> None:
    article = _article(
        _paragraph("Pancreatitis from hereditary pancreatitis genes (HPG) is rare."),
        _paragraph("Sepsis after endoscopic retrograde cholangiopancreatography (ERCP) occurs."),
    )
    found = {d.abbreviation: d.expansion for d in definitions(article).values()}
    assert found == {
        "HPG": "hereditary pancreatitis genes",
        "ERCP": "endoscopic retrograde cholangiopancreatography",
    }


def test_the_titles_own_abbreviation_is_the_title() -> None:
    article = _article(
        _paragraph("Acute pancreatitis (AP) is an acute inflammation of the pancreas."),
        _paragraph("AP: 80 % of cases are mild."),
    )
    resolver = NameResolver(article)
    assert resolver.name("AP", "AP: 80 % of cases are mild.") == "Acute pancreatitis"
    assert resolver.name("APs", "AP: 80 % of cases are mild.") == "Acute pancreatitis"


def test_a_name_that_only_contains_an_abbreviation_is_left_as_written() -> None:
    article = _article(_paragraph(_DEFINING), _paragraph("Post-ERCP pancreatitis is common."))
    resolver = NameResolver(article)
    text = "Post-ERCP pancreatitis is common."
    assert resolver.name("post-ERCP pancreatitis", text) == "post-ERCP pancreatitis"


_WORD = st.text(alphabet="bcdfghklmnprstvz", min_size=3, max_size=8).map(lambda w: w + "osis")


@given(
    words=st.lists(_WORD, min_size=2, max_size=4, unique_by=lambda w: w[0]),
    where=st.sampled_from(["before", "after", "never"]),
)
def test_only_a_definition_before_the_use_expands_it(words: list[str], where: str) -> None:
    """Whatever the words, an abbreviation is spelt out only where the article defined it
    before the sentence that uses it; used first, or never defined, it stays as written."""
    phrase = " ".join(words)
    abbreviation = "".join(w[0] for w in words).upper()
    use = f"{abbreviation} is a recognised cause of chronic pain."
    definition = f"Patients with {phrase} ({abbreviation}) are often young."
    blocks = {
        "before": (definition, use),
        "after": (use, definition),
        "never": ("Patients are often young.", use),
    }[where]
    article = _article(*(_paragraph(b) for b in blocks))
    named = NameResolver(article).name(abbreviation, use)
    expected = f"{phrase} ({abbreviation})" if where == "before" else abbreviation
    assert named == expected
