"""Issue 11, session 14: whose sign a sentence names, decided where the sign is read.

- a condition set before the clause ("In Paget disease, cortical thickening produces the
  picture-frame sign") owns the sign, not the article's title; a comparison or an ordinary
  setting ("In contrast to …", "In the spine, …") does not;
- a list entry labelled with an abbreviation the article defined ("SD-ABC: …") is about what
  the abbreviation stands for; a modality label ("CT: …") leaves the title;
- two rules reading one name over the same words (""velcro" crackles" and ""velcro"") give
  the whole name only (this was a repair after the fact in vetting.py).

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.terms import _sign_names
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

TITLE = "Osteitis fibrosa cystica"


def _article(*blocks: Block, title: str = TITLE) -> Article:
    return Article(slug="t", title=title, sections=(Section("Radiographic features", blocks),))


def _signs(*paragraphs: str, title: str = TITLE) -> dict[str, str]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    facts = extract_facts(_article(*blocks, title=title))
    return {f.item: f.subject for f in facts if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    ("sentence", "sign", "subject"),
    [
        (
            "In Paget disease, thickening of the cortex produces the picture-frame sign.",
            "picture-frame sign",
            "Paget disease",
        ),
        (
            "In patients with sickle cell disease, infarction of the endplates gives the "
            "H-vertebra sign on radiographs.",
            "H-vertebra sign",
            "sickle cell disease",
        ),
        (
            "In renal osteodystrophy, banded sclerosis of the endplates produces the "
            "rugger-jersey sign.",
            "rugger-jersey sign",
            "renal osteodystrophy",
        ),
    ],
)
def test_a_condition_set_before_the_clause_owns_its_sign(
    sentence: str, sign: str, subject: str
) -> None:
    assert _signs(sentence)[sign] == subject


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison names another condition, not the sign's owner
        "In contrast to Paget disease, granular lucency gives the pepper-pot sign.",
        # a place or a phase is a setting, not a condition
        "In the skull, granular lucency gives the pepper-pot sign.",
        "In the healing phase, granular lucency gives the pepper-pot sign.",
        # a demonstrative names the paragraph's own condition
        "In this disease, granular lucency gives the pepper-pot sign.",
    ],
)
def test_a_setting_that_names_no_other_condition_leaves_the_title(sentence: str) -> None:
    assert _signs(sentence)["pepper-pot sign"] == TITLE


def _listed(title: str, *paragraphs_then_entries: str) -> dict[str, str]:
    *paragraphs, last = paragraphs_then_entries
    blocks = (
        *(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in last.split("\n"))),
    )
    facts = extract_facts(_article(*blocks, title=title))
    return {f.item: f.subject for f in facts if f.kind is FactKind.SIGN}


def test_an_entry_labelled_with_a_defined_abbreviation_is_about_what_it_stands_for() -> None:
    signs = _listed(
        "Aneurysmal bone cyst",
        "Solid-dominant aneurysmal bone cyst (SD-ABC) is a rare variant.",
        'SD-ABC: an expansile lesion with thin septa, described as a "soap bubble" '
        "appearance on radiographs",
    )
    # the abbreviation is spelt out once the facts are resolved
    assert signs["soap bubble appearance"] == "Solid-dominant aneurysmal bone cyst (SD-ABC)"


@pytest.mark.parametrize("label", ["CT", "T2", "XR"])
def test_an_entry_labelled_with_an_undefined_word_or_modality_keeps_the_title(
    label: str,
) -> None:
    signs = _listed(
        "Aneurysmal bone cyst",
        "Computed tomography (CT) shows fluid levels.",
        f'{label}: an expansile lesion with thin septa, described as a "soap bubble" appearance',
    )
    assert signs["soap bubble appearance"] == "Aneurysmal bone cyst"


@pytest.mark.parametrize(
    ("text", "whole", "clipped"),
    [
        (
            'Fibrosing alveolitis gives fine "velcro" crackles at the bases.',
            "velcro crackles",
            "velcro",
        ),
        (
            'The nerve sheath tumour is heard as "tinkling" crackles, described as "tinkling" '
            "in older texts.",
            "tinkling crackles",
            None,
        ),
    ],
)
def test_a_name_read_whole_by_one_rule_is_not_also_read_clipped(
    text: str, whole: str, clipped: str | None
) -> None:
    names = [name for name, _, _ in _sign_names(text)]
    assert whole in names
    if clipped:
        assert clipped not in names


def test_a_clipped_name_elsewhere_in_the_sentence_is_kept() -> None:
    # the second "tinkling" stands on other words: a name of its own, not a clipped one
    text = 'Heard as "tinkling" crackles, and later described simply as "tinkling".'
    names = [name for name, start, _ in _sign_names(text) if start > 30]
    assert "tinkling" in names


def test_one_sign_fact_per_whole_name_from_a_sentence() -> None:
    signs = _signs('Fibrosing alveolitis gives fine "velcro" crackles at the bases.')
    assert "velcro crackles" in signs
    assert "velcro" not in signs


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "On the lateral view the displaced head has been likened to a scoop of ice "
            "cream slipping off its cone.",
            "scoop of ice cream slipping off its cone",
        ),
        ("The outline is likened to a bunch of bananas, and the rim is thin.", "bunch of bananas"),
    ],
)
def test_an_unquoted_likeness_is_a_named_sign(sentence: str, sign: str) -> None:
    assert _signs(sentence)[sign] == TITLE


@pytest.mark.parametrize(
    "sentence",
    [
        "The outline has been likened to that of the normal gland.",  # a pronoun, no name
        "The mass has been likened to a tumour.",  # a condition, no sign
        # a likeness that runs on for a whole clause is a description, not a name
        "The outline has been likened to a row of small rounded stones lying along the "
        "inner wall of the old duct in most patients.",
    ],
)
def test_a_likeness_that_names_nothing_is_no_sign(sentence: str) -> None:
    assert not _signs(sentence)


@pytest.mark.parametrize("cell", ["ependymoblast", "histiocytes", "macrophage"])
def test_a_quoted_cell_is_no_sign(cell: str) -> None:
    assert not _signs(f'The name reflects the supposed origin from a "{cell}".')


def test_a_quoted_finding_is_still_a_sign() -> None:
    assert _signs('The cortex shows a "moth-eaten" pattern on radiographs.')
