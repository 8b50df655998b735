"""Questions on names from the bundled library (signs, synonyms, definitions), scores'
ranges, and the M7 stem cue check (issue 12, target 3: every fact kind with a fair MCQ)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from quizgen.generators import generate
from quizgen.generators.library import load_library, may_be
from quizgen.generators.mcq import build_pools, mid_sentence
from quizgen.generators.rules import m3_no_true_distractor, m7_no_cues, stem_cue
from quizgen.model import ArticleFacts, Fact, FactKind, MCQuestion, Provenance
from quizgen.normalize import normalize_answer, same_entity

Make = Callable[..., Fact]


def _generate(facts: list[Fact], title: str, systems: tuple[str, ...] = ()) -> list[MCQuestion]:
    entry = ArticleFacts("test-article", title, Provenance(systems=systems), tuple(facts))
    return generate([entry], rng=random.Random(0), cards=False).questions


def _sign(make_fact: Make) -> Fact:
    text = (
        "As metastases involve the posterior vertebral body and pedicle, a missing pedicle "
        "(absent pedicle sign) is a useful sign to seek on AP films."
    )
    return make_fact(
        kind=FactKind.SIGN,
        title="Vertebral metastases",
        subject="Vertebral metastases",
        item="absent pedicle sign",
        value="absent pedicle sign",
        group="",
        text=text,
        statement=text,
    )


def test_the_library_names_each_sign_with_what_it_indicates_and_no_name_twice() -> None:
    library = load_library()
    assert {"Spine", "Musculoskeletal", "Central Nervous System", "Chest"} <= set(library.systems)
    for system, entry in library.systems.items():
        names = [normalize_answer(n) for c in entry.conditions for n in c.names]
        names += [normalize_answer(n) for s in entry.signs for n in s.names]
        assert len(names) == len(set(names)), system
        assert all(sign.indicates for sign in entry.signs), system


def test_a_sign_is_wrong_only_when_nothing_it_indicates_may_be_the_subject() -> None:
    library = load_library()
    wrong = library.signs_wrong_for("Spine", ["Vertebral metastases"])
    assert "corduroy sign" in wrong
    # "ivory vertebra" indicates osteoblastic metastases: a kind of the subject (M3)
    assert "ivory vertebra" not in wrong
    assert "absent pedicle sign" not in wrong
    assert may_be("giant haemangioma", "hepatic haemangioma")
    assert may_be("subdural haematoma", "chronic subdural haematoma")
    assert not may_be("vertebral haemangioma", "vertebral metastases")


def test_a_sign_its_sentence_cues_is_asked_which_sign_is_described_in_the_subject(
    make_fact: Make,
) -> None:
    """ "a missing pedicle (___)" keyed "absent pedicle sign" gives "pedicle" away (M7): asked
    "which of these signs is described in vertebral metastases?" from the library's spine
    signs, never its other name (winking owl) nor a sign of metastases (ivory vertebra)."""
    (question,) = _generate([_sign(make_fact)], "Vertebral metastases")
    assert question.id.endswith("#mcq-feature")
    assert question.answer == "absent pedicle sign"
    assert "described in vertebral metastases?" in question.stem
    pool = set(question.distractor_pool)
    assert len(pool) >= 4
    assert not pool & {"winking owl sign", "ivory vertebra"}
    assert pool <= set(load_library().signs_wrong_for("Spine", ["vertebral metastases"]))


def test_the_sign_check_refuses_a_sign_the_library_gives_for_the_subject(make_fact: Make) -> None:
    fact = _sign(make_fact)
    (question,) = _generate([fact], "Vertebral metastases")
    options = (question.answer, "ivory vertebra", "corduroy sign")
    bad = replace(question, options=options, answer_index=0)
    assert [f.rule_id for f in m3_no_true_distractor(bad, build_pools([fact]))] == ["M3"]
    fair = replace(bad, options=(question.answer, "bamboo spine", "corduroy sign"))
    assert m3_no_true_distractor(fair, build_pools([fact])) == []


def test_a_synonym_that_repeats_the_subject_is_asked_as_a_pair_of_names(make_fact: Make) -> None:
    """ "Which is another name for vertebral metastases? vertebral body metastases" gives
    itself away; pairs of distinct spine conditions that share a word are the distractors."""
    fact = make_fact(
        kind=FactKind.SYNONYM,
        title="Vertebral metastases",
        subject="Vertebral metastases",
        item="",
        group="",
        value="Vertebral body metastases",
        text="Vertebral body metastases",
    )
    (question,) = _generate([fact], "Vertebral metastases")
    assert question.id.endswith("#mcq-pair")
    assert question.answer == "vertebral metastases = vertebral body metastases"
    assert "vertebral" not in question.stem.lower()
    assert "vertebral" not in question.topic.lower()
    for option in question.distractor_pool:
        first, second = option.split(" = ")
        assert not same_entity(first, second)
    same = replace(
        question,
        options=(question.answer, "spondylodiscitis = discitis-osteomyelitis"),
        answer_index=0,
    )
    assert [f.rule_id for f in m3_no_true_distractor(same, build_pools([fact]))] == ["M3"]


def test_a_definition_hides_the_title_and_carries_the_subjects_words_in_a_distractor(
    make_fact: Make,
) -> None:
    text = "Vertebral metastases represent the secondary involvement of the vertebral spine."
    fact = make_fact(
        kind=FactKind.DEFINITION,
        title="Vertebral metastases",
        subject="Vertebral metastases",
        item="Vertebral metastases",
        value="the secondary involvement of the vertebral spine",
        group="",
        text=text,
        statement=text,
    )
    (question,) = _generate([fact], "Vertebral metastases")
    assert "Vertebral metastases" not in question.topic
    assert question.stem.startswith('"___ represent')
    assert all(o[:1].isupper() for o in question.options)
    assert any(
        "Vertebral" in o for i, o in enumerate(question.options) if i != question.answer_index
    )
    assert stem_cue(question) == ""


def _score(make_fact: Make, value: str, attribute: str) -> Fact:
    text = f"A score of {value} {attribute}."
    return make_fact(
        kind=FactKind.THRESHOLD,
        title="Vertebral metastases",
        subject="spinal instability neoplastic score (SINS)",
        item="spinal instability neoplastic score (SINS)",
        group="",
        value=value,
        attribute=attribute,
        text=text,
        statement=text,
    )


def test_a_score_range_is_asked_by_its_lowest_score_or_by_its_band(make_fact: Make) -> None:
    (lowest,) = _generate(
        [_score(make_fact, "7-18", "warrants surgical consultation")], "Vertebral metastases"
    )
    assert lowest.stem.endswith(
        "what is the lowest spinal instability neoplastic score (SINS) that warrants "
        "surgical consultation?"
    )
    assert lowest.answer == "7"
    numbers = [float(o) for o in lowest.options]
    assert numbers == sorted(numbers)
    assert all(n.is_integer() and 0 <= n < 18 for n in numbers)
    attribute = "indicates mild disease, 5-8 moderate disease and 9 or more severe disease"
    (band,) = _generate([_score(make_fact, "0-4", attribute)], "Bronchiectasis")
    assert band.stem.endswith("of 0-4 indicate?")
    assert band.answer == "mild disease"
    assert set(band.options) == {"mild disease", "moderate disease", "severe disease"}


def test_a_key_naming_two_levels_in_other_words_is_shown_in_the_vocabularys_words(
    make_fact: Make,
) -> None:
    """Lytic T1 "intermediate to hypointense": every wrong finding is one word; written out,
    the key was the only long option (M7)."""

    def finding(sequence: str, value: str) -> Fact:
        return make_fact(
            kind=FactKind.APPEARANCE,
            subject="lytic lesions",
            attribute=sequence,
            value=value,
            item="",
            group="",
        )

    facts = [
        finding("MRI T1", "intermediate to hypointense"),
        finding("MRI T2", "hyper- or isointense"),
        finding("MRI T1 C+", "enhancement usually present"),
    ]
    questions = _generate(facts, "Test article")
    keys = {q.answer for q in questions if q.fact_id == facts[0].id}
    assert keys == {"MRI T1: hypo- or isointense"}


def test_a_word_the_stem_shares_with_the_key_alone_is_a_cue(make_fact: Make) -> None:
    fact = make_fact(
        kind=FactKind.DIFFERENTIAL, subject="extradural lesions", item="extradural cysts"
    )
    question = MCQuestion(
        id=f"{fact.id}#mcq-item",
        article="test-article",
        fact_id=fact.id,
        stem="Test article: which of these is in the differential diagnosis of extradural lesions?",
        options=("extradural cysts", "spinal meningioma", "ependymoma"),
        answer_index=0,
        kind=FactKind.DIFFERENTIAL,
        source=fact.source,
        topic="Test article",
    )
    assert stem_cue(question) == "extradural"
    assert [f.rule_id for f in m7_no_cues(question, build_pools([fact]))] == ["M7"]
    shared = replace(question, options=("extradural cysts", "extradural lipoma", "ependymoma"))
    assert stem_cue(shared) == ""
    numeric = replace(question, numeric=True)
    assert stem_cue(numeric) == ""


def _statement(make_fact: Make, text: str, terms: str, kinds: str) -> Fact:
    return make_fact(
        kind=FactKind.STATEMENT,
        id=f"test-article:statement:{normalize_answer(text)[:30]}",
        item="",
        group="",
        value=terms,
        attribute=kinds,
        text=text,
        statement=text,
    )


def test_a_statement_is_asked_by_the_modality_it_says_to_use_among_modalities_it_names_not(
    make_fact: Make,
) -> None:
    first = _statement(
        make_fact, "Ultrasound is the first-line imaging test.", "Ultrasound", "modality"
    )
    other = _statement(
        make_fact,
        "Scintigraphy is the most sensitive test when ultrasound is equivocal.",
        "Scintigraphy",
        "modality",
    )
    questions = [
        q for q in _generate([first, other], "Acute cholecystitis") if q.fact_id == first.id
    ]
    (question,) = questions
    assert question.stem.endswith(
        '"___ is the first-line imaging test." Which modality completes the statement?'
    )
    assert question.answer == "Ultrasound"
    # the other sentence says scintigraphy is the one to use for something: maybe right too
    assert "Scintigraphy" not in question.distractor_pool
    assert len(question.distractor_pool) >= 3
    plain = _statement(make_fact, "MRI is sensitive to metastatic disease.", "MRI", "modality")
    assert _generate([plain], "Vertebral metastases") == []


def test_a_statement_measure_is_asked_only_without_a_bound_or_a_time(make_fact: Make) -> None:
    free = _statement(
        make_fact, "Pressures used during air enema are about 120 mmHg.", "120 mmHg", "number"
    )
    (question,) = _generate([free], "Intussusception")
    assert question.answer == "120 mmHg"
    assert question.numeric
    for text, term in (
        ("The appendix is dilated beyond 6 mm.", "6 mm"),
        ("Pressures used during air enema should not exceed 120 mmHg.", "120 mmHg"),
        ("A distance of 3 cm or more is large.", "3 cm"),
        ("Non-visualisation of the gallbladder at 4 hours is diagnostic.", "4 hours"),
        ("Fat measures less than -20 HU on CT.", "20 HU"),
        ("Cysts denser than 20 HU on CT need follow-up.", "20 HU"),
    ):
        assert _generate([_statement(make_fact, text, term, "number")], "Test article") == [], text


def _definition_of(make_fact: Make, term: str, text: str) -> Fact:
    return make_fact(
        kind=FactKind.DEFINITION,
        title="Ewing sarcoma",
        subject=term,
        item=term,
        value=text.split(", ")[1] if ", " in text else text,
        group="",
        text=text,
        statement=text,
    )


def test_a_defined_finding_is_not_asked_among_conditions(make_fact: Make) -> None:
    # The options of a definition are conditions; a finding as the key is guessed by its
    # kind alone (M5): refused. A defined condition that is not the title is still asked.
    finding = _definition_of(
        make_fact,
        "Saucerisation",
        "Saucerisation, a concave erosion of the outer cortex, is a characteristic finding.",
    )
    condition = _definition_of(
        make_fact,
        "Hereditary multiple exostoses",
        "Hereditary multiple exostoses, an autosomal dominant syndrome of many "
        "osteochondromas, raises the risk of chondrosarcoma.",
    )
    questions = _generate([finding, condition], "Ewing sarcoma", ("Musculoskeletal",))
    keys = [q.options[q.answer_index] for q in questions]
    assert "Saucerisation" not in keys
    assert "Hereditary multiple exostoses" in keys


def test_a_synonym_and_its_subject_are_written_mid_sentence(make_fact: Make) -> None:
    # "Regional enteritis" opened its sentence; among lower-case options its capital alone
    # would mark the key (M7). "Crohn" is written capitalised after a lower-case word in the
    # article, so the stem keeps it.
    text = "Regional enteritis is an older name; the ileum in Crohn disease is narrowed."
    fact = make_fact(
        kind=FactKind.SYNONYM,
        title="Crohn disease",
        subject="Crohn disease",
        item="",
        value="Regional enteritis",
        group="",
        text=text,
        statement=text,
    )
    questions = _generate([fact], "Crohn disease", ("Gastrointestinal",))
    (question,) = [q for q in questions if "another name" in q.stem]
    assert question.options[question.answer_index] == "regional enteritis"
    assert "another name for Crohn disease?" in question.stem


def test_a_name_capitalised_inside_a_bracket_keeps_its_capital() -> None:
    """ "Tuberculous spondylitis (Pott disease) spares the disc": the option read "pott
    disease". A capital after an opening bracket is the author's, as after a lower-case
    word; a capital that only opens a sentence is not."""
    written = ["Tuberculous spondylitis (Pott disease) tends to spare the disc."]
    assert mid_sentence("Pott disease", written) == "Pott disease"
    assert mid_sentence("Tuberculous spondylitis", written) == "tuberculous spondylitis"


def test_titles_offered_beside_a_synonym_are_written_mid_sentence(make_fact: Make) -> None:
    """Other articles' titles ("Omental infarction") beside the key "lipomas of embryonic
    fat" marked the key by its lower case alone (M7, session 19's own hibernoma page)."""
    text = "Hibernomas are sometimes referred to as lipomas of embryonic fat."
    synonym = make_fact(
        kind=FactKind.SYNONYM,
        article="hibernoma",
        title="Hibernoma",
        subject="Hibernoma",
        item="",
        value="lipomas of embryonic fat",
        group="",
        text=text,
        statement=text,
    )
    entries = [ArticleFacts("hibernoma", "Hibernoma", Provenance(), (synonym,))]
    for slug, title in (
        ("omental-infarction", "Omental infarction"),
        ("epiploic-appendagitis", "Epiploic appendagitis"),
        ("mesenteric-panniculitis", "Mesenteric panniculitis"),
    ):
        line = f"{title} is also called {title.lower()} syndrome."
        other = make_fact(
            kind=FactKind.SYNONYM,
            article=slug,
            title=title,
            subject=title,
            item="",
            value=f"{title.lower()} syndrome",
            group="",
            text=line,
            statement=line,
        )
        entries.append(ArticleFacts(slug, title, Provenance(), (other,)))
    questions = generate(entries, rng=random.Random(0), cards=False).questions
    (question,) = [q for q in questions if "another name for Hibernoma" in q.stem]
    assert all(option[:1].islower() for option in question.options), question.options


def test_a_one_word_name_is_lowered_only_where_the_article_writes_it_so() -> None:
    """ "Imaging of Hydrocele:" read as a shout; a one-word name the article also writes in
    lower case is lowered, a one-word proper name ("Kasabach") is not."""
    written = ["A simple hydrocele is anechoic.", "Kasabach described it."]
    assert mid_sentence("Hydrocele", written) == "hydrocele"
    assert mid_sentence("Kasabach", written) == "Kasabach"
    assert mid_sentence("Hydrocele", ["Hydrocele is common."]) == "Hydrocele"
