"""Problems found by reading every MCQ of set I (eight articles written blind in session 8)
as a radiologist would: each test names what a reader saw, on invented sentences about other
organs, and fails when it comes back."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from quizgen.generators import generate
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance
from quizgen.normalize import same_name


def _made(facts: list[Fact], title: str):  # type: ignore[no-untyped-def]
    provenance = Provenance(systems=("Hepatobiliary",))  # the library's conditions as options
    entry = ArticleFacts("test-article", title, provenance, tuple(facts))
    return generate([entry], rng=random.Random(0))


def _sign(make_fact: Callable[..., Fact], item: str, text: str, fact_id: str) -> Fact:
    return replace(
        make_fact(
            kind=FactKind.SIGN,
            subject="Nephrocalcinosis",
            item=item,
            group="",
            value=item,
            text=text,
            statement=text,
            section="Radiographic features",
        ),
        id=fact_id,
    )


def test_a_name_the_stem_itself_states_is_no_distractor(make_fact: Callable[..., Fact]) -> None:
    """Adenomyosis: 'also called "___" or "rain shower" shadowing' offered "rain shower
    shadowing", which fills the blank as well; Joubert syndrome's '___ and a "bat-wing"
    fourth ventricle' offered "bat-wing" (M3)."""
    text = 'Medullary deposits, also called "snowstorm" or "starry sky" pattern, are typical.'
    facts = [
        _sign(make_fact, "snowstorm", text, "key"),
        _sign(make_fact, "starry sky pattern", text, "alias"),
        _sign(make_fact, "rim sign", "A cortical rim sign may be seen.", "rim"),
        _sign(make_fact, "tram-track sign", "Cortical calcification gives a tram-track sign.", "t"),
        _sign(make_fact, "halo sign", "A halo sign surrounds the stone.", "halo"),
        _sign(make_fact, "comet-tail sign", "Reverberation gives a comet-tail sign.", "comet"),
    ]
    questions = [q for q in _made(facts, "Nephrocalcinosis").questions if q.fact_id == "key"]
    assert questions, "the sign is still asked with the other signs"
    for question in questions:
        assert "starry sky pattern" not in question.options, question.options


def _synonym(make_fact: Callable[..., Fact], subject: str, value: str, fact_id: str) -> Fact:
    text = f"{subject[:1].upper()}{subject[1:]} is also known as {value}."
    return replace(
        make_fact(
            kind=FactKind.SYNONYM,
            subject=subject,
            item="",
            group="",
            value=value,
            text=text,
            statement=text,
            section="Terminology",
        ),
        id=fact_id,
    )


def test_the_initials_of_the_title_are_not_asked_as_another_name(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which is another name for hypersensitivity pneumonitis? → HP" (and "DWM" for
    Dandy-Walker malformation): the key is read off the question (C4). Another name's
    initials are still asked."""
    title = "Primary sclerosing cholangitis"
    facts = [
        _synonym(make_fact, title, "PSC", "initials"),
        _synonym(make_fact, title, "BCS", "other-initials"),
    ]
    made = _made(facts, title)
    asked = {q.fact_id for q in made.questions}
    assert "initials" not in asked
    assert any(f.fact_id == "initials" and f.rule_id == "C4" for f in made.findings)
    assert "other-initials" in asked


def test_a_latin_plural_is_the_same_name() -> None:
    """ "hypersensitivity pneumonitis = hypersensitivity pneumonitides" was asked as a pair of
    names for one condition: it is one name in the plural."""
    assert same_name("hypersensitivity pneumonitis", "hypersensitivity pneumonitides")
    assert same_name("carcinomata", "carcinoma")
    assert not same_name("pneumonitis", "pneumonia")


def test_a_sign_s_other_name_is_not_asked_with_diseases_as_options(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which is another name for three-density pattern? → headcheese sign" among lung
    diseases; and "three-density pattern" was offered beside "EAA" as another name for
    hypersensitivity pneumonitis (M5)."""
    title = "Budd-Chiari syndrome"
    facts = [
        _synonym(make_fact, title, "hepatic vein thrombosis", "title"),
        _synonym(make_fact, "beaded pattern", "string of beads appearance", "sign"),
    ]
    made = _made(facts, title)
    assert "sign" not in {q.fact_id for q in made.questions}
    assert any(f.fact_id == "sign" and f.rule_id == "M5" for f in made.findings)
    assert made.questions, "the title's other name is still asked"
    for question in made.questions:
        assert "beaded pattern" not in question.distractor_pool, question.distractor_pool


def test_a_level_of_foci_within_the_lesion_is_not_asked_as_the_lesion_s(
    make_fact: Callable[..., Fact],
) -> None:
    """Pyogenic liver abscess: "on ultrasound, how does pyogenic liver abscess typically
    appear? → hyperechoic" from "bright echogenic foci" of gas, with "hypoechoic" and
    "anechoic" (true of a mature abscess) as the wrong options."""
    text = "Calcium produces hyperechoic foci within the mass."
    fact = replace(
        make_fact(
            kind=FactKind.APPEARANCE,
            subject="Thyroid nodule",
            item="Thyroid nodule",
            group="",
            attribute="ultrasound",
            value="hyperechoic foci",
            text=text,
            statement=text,
            section="Ultrasound",
        ),
        id="foci",
    )
    keys = [q.options[q.answer_index] for q in _made([fact], "Thyroid nodule").questions]
    assert "hyperechoic" not in keys, keys
