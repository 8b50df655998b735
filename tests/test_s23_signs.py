"""Session 23: what a quoted word or a sign's owner is not. A quoted verb or a quoted plain
adjective before its noun names no sign. Every sentence is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

TITLE = "Renal vein thrombosis"


def _signs(*sentences: str, title: str = TITLE) -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=s) for s in sentences)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


def _items(*sentences: str) -> set[str]:
    return {item for _, item in _signs(*sentences)}


@pytest.mark.parametrize(
    "sentence",
    [
        # an object's determiner after the quoted word
        'The clot typically "swallows" the small venous branches of the hilum.',
        # an infinitive after a verb of tendency, with a noun of a finding after it
        'Older thrombi tend to "shatter" calcification into the renal sinus.',
        # a modal before it
        'A chronic thrombus may "retract" into the renal vein.',
        # a quoted phrasal verb
        'The renal vein then slowly "fills out" on delayed images.',
    ],
)
def test_a_quoted_verb_names_no_sign(sentence: str) -> None:
    assert _items(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        'Scintigraphy may show a photopenic "cold" region in the upper pole.',
        'A wedge of cortex (the "bare" or "hollow" rim) marks the infarct.',
    ],
)
def test_a_quoted_plain_adjective_before_its_noun_names_no_sign(sentence: str) -> None:
    assert _items(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        # a quoted noun of a likeness is a name, wherever it stands
        ('The thrombosed vein forms a "tadpole" at the hilum.', "tadpole"),
        # a plain adjective alone after a copula's "or" is what the scan shows
        ('On scintigraphy the kidney often looks normal or "cold".', "cold"),
        # a quoted adjective before a noun of form is read whole
        ('A "cold" nodule may be seen in the upper pole.', "cold nodule"),
        # a quoted noun before a noun of a finding, after an ordinary verb
        (
            'The swollen kidney shows "tramline" calcification at the hilum.',
            "tramline calcification",
        ),
    ],
)
def test_quoted_names_that_are_no_verb_or_plain_adjective_stay(sentence: str, sign: str) -> None:
    assert sign in _items(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sign behind a comma, naming the clause's finding
        "Perinephric haematoma is present around the kidney, corresponding to the halo rim sign.",
        "Lymphadenopathy is common. It is usually bilateral and symmetrical, the so-called "
        "twin cord sign.",
        # what a definite subject, a part of the condition, is seen as
        'The collateral haematoma is seen as a long, branching "candle-wax" opacity within '
        "the sinus.",
    ],
)
def test_a_sign_naming_the_finding_the_sentence_describes_is_the_pages(sentence: str) -> None:
    signs = _signs("Renal vein thrombosis is uncommon in adults.", *sentence.split(". ", 1))
    assert {owner for owner, _ in signs} == {TITLE}


@pytest.mark.parametrize(
    ("sentence", "owner", "sign"),
    [
        # an indefinite subject is a kind with a sign of its own
        (
            "A gonadal vein collateral appears as the corkscrew vein sign.",
            "gonadal vein collateral",
            "corkscrew vein sign",
        ),
        # a name in brackets names the noun before it, whose subject owns it
        (
            "A renal oncocytoma shows a stellate central scar (the spoke-wheel sign).",
            "renal oncocytoma",
            "spoke-wheel sign",
        ),
    ],
)
def test_a_subject_that_is_a_kind_keeps_its_sign(sentence: str, owner: str, sign: str) -> None:
    assert _signs("Renal vein thrombosis is uncommon in adults.", sentence) == {(owner, sign)}


def _sources(*sentences: str) -> dict[str, str]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=s) for s in sentences)
    article = Article(slug="t", title=TITLE, sections=(Section("Imaging", blocks),))
    return {f.item: f.source.text for f in extract_facts(article) if f.kind is FactKind.SIGN}


MENTION = "The tram-line sign can also be seen on MRI in the chronic phase."


@pytest.mark.parametrize(
    "definition",
    [
        "The tram-line sign is a pair of parallel enhancing walls around the clot.",
        "The tram-line sign describes two parallel enhancing walls around the clot.",
        "Two parallel enhancing walls surround the clot, the tram-line sign.",
        "Two parallel enhancing walls surround the clot (the tram-line sign).",
        "tram-line sign: two parallel enhancing walls around the clot",
    ],
)
def test_a_sign_is_read_from_the_sentence_that_defines_it(definition: str) -> None:
    assert _sources(MENTION, definition)["tram-line sign"] == definition


@pytest.mark.parametrize(
    "judgement",
    [
        "The tram-line sign is not specific.",
        "The tram-line sign is the hallmark of the chronic phase.",
        "The tram-line sign is a useful clue in children.",
    ],
)
def test_a_judgement_of_a_sign_is_no_definition(judgement: str) -> None:
    assert _sources(MENTION, judgement)["tram-line sign"] == MENTION


def test_an_apostrophe_inside_a_quoted_name_opens_no_name() -> None:
    sentence = 'The layered clot produces a "target" or "cat\'s-eye" configuration.'
    assert _items(sentence) == {"target", "cat's-eye configuration"}


def test_a_word_of_modality_before_a_produced_look_names_none() -> None:
    sentence = "This layered clot is what produces the characteristic imaging appearance."
    assert _items(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        (
            "Images are reconstructed along the vein, known as the Hartwell plane.",
            set(),
        ),
        (
            "Tiny collaterals around the hilum are known as the Hartwell crown.",
            {"Hartwell crown"},
        ),
    ],
)
def test_a_named_plane_of_imaging_is_no_sign(sentence: str, signs: set[str]) -> None:
    assert _items(sentence) == signs


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject sharing a word with the title ("renal") is still a word for a sign
        'A useful sign in renal transplants is the "double ring sign": a dark rim around the clot.',
        "The key finding in renal transplants is the reversed flow sign.",
    ],
)
def test_a_subject_that_is_a_word_for_a_sign_leaves_the_sign_to_the_page(sentence: str) -> None:
    assert {owner for owner, _ in _signs(sentence)} == {TITLE}


def test_a_subject_that_names_a_condition_keeps_the_sign() -> None:
    sentence = "Gonadal vein thrombosis shows the reversed flow sign."
    assert _signs(sentence) == {("Gonadal vein thrombosis", "reversed flow sign")}


def test_a_name_given_to_the_lesion_itself_is_a_diagnosis_not_a_sign() -> None:
    sentence = (
        "If the clot extends into the cava, the lesion is instead termed a caval thrombus, "
        "which needs anticoagulation."
    )
    assert _items(sentence) == set()


def test_a_sign_named_after_a_lesion_noun_that_is_no_subject_stays() -> None:
    sentence = "The bowing of the vein around the mass is known as the bow string sign."
    assert _items(sentence) == {"bow string sign"}
