"""Cut-offs written without a measure's figure (session 19, threshold recall): a count of a
set's members ("three or more of the following features"), a count of a Latin plural ("foci"),
a level bounded by a reference tissue's ("uptake greater than that of the spleen"), and the
time after which a condition appears ("after more than 15 years of dialysis"). Sentences
invented about other organs."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Row = tuple[str, str, str, str]


def _thresholds(*blocks: Block, title: str = "Renal oncocytoma") -> set[Row]:
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _entry(text: str) -> Block:
    return Block(BlockKind.LIST, items=(ListItem(text),))


def test_a_count_of_the_following_features_with_what_it_indicates() -> None:
    facts = _thresholds(
        _paragraph("Three or more of the following features suggest an oncocytoma:")
    )
    assert facts == {
        (
            "Renal oncocytoma",
            "number of features",
            "Three or more of the following features",
            "suggest an oncocytoma",
        )
    }


def test_a_count_of_these_features_names_no_set_a_card_can_show() -> None:
    sentence = "The presence of three or more of these features suggests an oncocytoma."
    assert _thresholds(_paragraph(sentence)) == set()


def test_a_count_a_diagnosis_requires() -> None:
    facts = _thresholds(
        _paragraph("A probable diagnosis requires at least two of the following criteria:")
    )
    assert facts == {
        (
            "Renal oncocytoma",
            "number of criteria",
            "at least two of the following criteria",
            "required for probable diagnosis",
        )
    }


def test_a_count_named_criteria_require() -> None:
    facts = _thresholds(
        _paragraph("The Oslo criteria require two of the following three features:")
    )
    assert facts == {
        (
            "Renal oncocytoma",
            "number of features",
            "two of the following three features",
            "required by the Oslo criteria",
        )
    }


def test_a_count_of_a_latin_plural() -> None:
    facts = _thresholds(_paragraph("Three or more foci make the diagnosis likely."))
    assert facts == {
        ("Renal oncocytoma", "number of foci", "three or more", "make the diagnosis likely")
    }


def test_a_level_bounded_by_a_reference_tissue() -> None:
    facts = _thresholds(
        _paragraph("FDG uptake greater than that of the mediastinal pool favours a carcinoma.")
    )
    assert facts == {
        (
            "Renal oncocytoma",
            "FDG uptake",
            "greater than that of the mediastinal pool",
            "favours a carcinoma",
        )
    }


def test_a_second_reference_after_a_plain_comparison() -> None:
    facts = _thresholds(
        _paragraph(
            "Most lesions show enhancement lower than the cortex and enhancement higher than "
            "spleen suggests a carcinoma."
        )
    )
    assert facts == {
        ("Renal oncocytoma", "enhancement", "higher than spleen", "suggests a carcinoma")
    }


def test_a_reference_without_a_meaning_gives_nothing() -> None:
    assert _thresholds(_paragraph("Oncocytomas show uptake lower than that of the liver.")) == set()


def test_the_time_of_exposure_after_which_a_condition_appears() -> None:
    facts = _thresholds(
        _entry("dialysis-associated cystic disease: develops after 3-5 years of dialysis")
    )
    assert facts == {("Renal oncocytoma", "duration of dialysis", "3-5 years", "onset")}


def test_a_latent_period() -> None:
    facts = _thresholds(
        _paragraph("Secondary tumours usually arise after a latent period of more than 10 years.")
    )
    assert facts == {("Renal oncocytoma", "latent period", "more than 10 years", "onset")}


def test_counts_of_a_named_conditions_criteria_are_that_conditions() -> None:
    facts = _thresholds(
        _paragraph(
            "The diagnosis of Alport syndrome rests on four features (haematuria, deafness, "
            "lenticonus and family history): three or more features make the diagnosis definite "
            "and two make it possible."
        )
    )
    assert facts == {
        ("Alport syndrome", "number of features", "three or more", "make the diagnosis definite")
    }


def test_a_cutoff_among_features_that_favour_a_diagnosis() -> None:
    facts = _thresholds(
        _paragraph(
            "Features favouring malignancy include a wall thickness greater than 3 mm, a long "
            "segment and irregular margins."
        )
    )
    assert facts == {
        ("Renal oncocytoma", "wall thickness", "greater than 3 mm", "features favouring malignancy")
    }


def test_features_favouring_a_thing_with_an_article_are_left_to_its_owner() -> None:
    sentence = "Findings that suggest a malignant cyst are a wall thicker than 3 mm and nodules."
    assert _thresholds(_paragraph(sentence)) == set()


def test_a_bound_a_measure_rarely_exceeds() -> None:
    facts = _thresholds(_paragraph("Simple cortical cysts rarely exceed 5 cm in diameter."))
    assert facts == {
        ("Simple cortical cysts", "Simple cortical cyst diameter", "exceed 5 cm", "rarely")
    }


def test_a_size_a_lesion_rarely_exceeds() -> None:
    facts = _thresholds(_paragraph("Small cortical cysts rarely exceed 5 cm."))
    assert facts == {("Small cortical cyst", "size", "exceed 5 cm", "rarely")}
