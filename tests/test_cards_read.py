"""Problems found by reading every card and question of the seeds and of three new articles
(tests/data/questions/): each test names what a reader saw, and fails when it comes back."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import replace

from quizgen.generators import generate
from quizgen.generators.mcq import build_pools
from quizgen.generators.numeric import MARGIN, bound_of, figure_distractors
from quizgen.generators.rules import m3_no_true_distractor
from quizgen.model import ArticleFacts, Fact, FactKind, InputFormat, Provenance
from quizgen.normalize import numbers_in

_TWO_FIGURES = (
    "Bilateral lesions are found in 19% of patients, and multiple lesions in the same foot in 9%."
)


def _made(facts: list[Fact], title: str = "Test article"):  # type: ignore[no-untyped-def]
    entry = ArticleFacts("test-article", title, Provenance(), tuple(facts))
    return generate([entry], rng=random.Random(0))


def _percentage(make_fact: Callable[..., Fact], value: str, text: str, item: str) -> Fact:
    return make_fact(
        kind=FactKind.PERCENTAGE,
        item=item,
        group="",
        value=value,
        text=text,
        statement=text,
        section="Pathology",
    )


def test_a_figure_is_never_blanked_inside_a_longer_number(
    make_fact: Callable[..., Fact],
) -> None:
    """ "9%" stood inside "19%": the card read "found in 1[...] of patients … foot in 9%"."""
    fact = _percentage(make_fact, "9%", _TWO_FIGURES, "multiple lesions")
    made = _made([fact])
    fronts = [html.unescape(note.text) for note in made.notes]
    assert any("19% of patients" in front and "{{c1::9%}}" in front for front in fronts), fronts
    stems = [q.stem for q in made.questions]
    assert stems
    assert all("found in 19% of patients" in s and "foot in ___" in s for s in stems), stems


def test_a_figure_question_whose_sentence_still_states_the_key_is_not_asked(
    make_fact: Callable[..., Fact],
) -> None:
    """ "In patients younger than ___, …, whereas … older than 40 years": the stem gave the key."""
    text = (
        "In patients younger than 40 years, haematological disorders are the usual cause, "
        "whereas thromboembolic disease predominates in patients older than 40 years."
    )
    fact = make_fact(
        kind=FactKind.AGE, item="", group="", value="40 years", text=text, statement=text
    )
    made = _made([fact])
    assert not made.questions, [q.stem for q in made.questions]
    assert any(f.rule_id == "C4" for f in made.findings)


def _figure_options(made) -> list[list[float]]:  # type: ignore[no-untyped-def]
    return [[float(numbers_in(o)[0]) for o in q.options] for q in made.questions]


def test_a_bounded_share_takes_distractors_only_below_its_bound(
    make_fact: Callable[..., Fact],
) -> None:
    """ "seen in less than 5%": "less than 10%" was offered, and is right too."""
    text = "Global infarction of the spleen is rare and is seen in less than 20% of cases."
    fact = _percentage(make_fact, "less than 20%", text, "global infarction")
    made = _made([fact])
    assert made.questions
    for options in _figure_options(made):
        assert all(o <= 20 for o in options), options
    above = "Most lesions are solitary; more than 20% are seen in children."
    fact = _percentage(make_fact, "more than 20%", above, "children")
    for options in _figure_options(_made([fact])):
        assert all(o >= 20 for o in options), options


def test_a_cut_off_that_names_a_group_takes_distractors_only_below_it(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Lesions larger than ___ are usually symptomatic": "7 mm" was offered, and is right too
    (a lesion larger than 7 mm is larger than 5 mm)."""
    text = "Lesions larger than 5 mm are usually symptomatic."
    fact = make_fact(
        kind=FactKind.THRESHOLD,
        item="size",
        group="",
        value="5 mm",
        attribute="usually symptomatic",
        text=text,
        statement=text,
    )
    made = _made([fact])
    assert made.questions
    for options in _figure_options(made):
        assert all(o <= 5 for o in options), options


def _age(make_fact: Callable[..., Fact], text: str, value: str, name: str = "a") -> Fact:
    fact = make_fact(kind=FactKind.AGE, item="", group="", value=value, text=text, statement=text)
    return replace(fact, id=f"{fact.id}-{name}")  # two age facts of one subject


def test_a_bounded_age_is_asked_as_the_articles_cut_off(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Much more frequent in higher age groups (>50 years)": ">30 years" reads as right too
    (frequency rises with age), and so does ">70 years", so "which figure completes the
    statement?" is unfair; the article's cut-off is one age, and any other is not it. The
    blank takes the figure (and its "years"), the bound stays; options are ages."""
    cases = {
        "Metastases are much more frequent in higher age groups (>50 years).": (
            50,
            "Metastases are much more frequent in higher age groups (>___).",
        ),
        "Metastases must be considered in a patient older than the age of 40.": (
            40,
            "Metastases must be considered in a patient older than the age of ___.",
        ),
        "Metastases are more frequent in patients older than 45 years.": (
            45,
            "Metastases are more frequent in patients older than ___.",
        ),
        "In patients younger than 20 years, osteosarcoma is the usual cause.": (
            20,
            "In patients younger than ___, osteosarcoma is the usual cause.",
        ),
        "Haematological disorders are the usual cause in patients younger than 70 years.": (
            70,
            "Haematological disorders are the usual cause in patients younger than ___.",
        ),
    }
    for text, (cutoff, gapped) in cases.items():
        value = (
            ">50 years" if ">" in text else f"{cutoff}" if "age of" in text else f"{cutoff} years"
        )
        (question,) = _made([_age(make_fact, text, value)]).questions
        assert question.id.endswith("#mcq-ages")
        assert gapped in question.stem, question.stem
        assert question.stem.endswith("Which age does the article give as the cut-off?")
        assert question.answer == f"{cutoff} years"
        assert len(question.options) >= 3
        assert all(o.endswith(" years") for o in question.options)
        figures = [numbers_in(o)[0] for o in question.options]
        assert figures == sorted(figures)
        for figure in figures:
            assert figure == cutoff or abs(figure - cutoff) >= MARGIN * max(figure, cutoff)
    plain = "The peak incidence is at 60 years."
    (question,) = _made([_age(make_fact, plain, "60 years")]).questions
    assert question.id.endswith("#mcq-value")  # an unbounded age keeps its figures


def test_the_cut_offs_place_among_the_ages_varies(make_fact: Callable[..., Fact]) -> None:
    """The age-band form always put the key last ("older than 40 years" beyond every band
    below it): a cue. As a cut-off, ages lie on either side and the key's place varies."""
    places = set()
    for number in range(16):
        text = f"Tumour {number} must be considered in a patient older than the age of 35."
        fact = replace(_age(make_fact, text, "35"), id=f"age-{number}")
        (question,) = _made([fact]).questions
        assert question.answer == "35 years"
        places.add(question.answer_index)
    assert len(places) >= 3, places


def test_no_cut_off_option_is_an_age_the_article_states(
    make_fact: Callable[..., Fact],
) -> None:
    """An age the article states for the subject ("peak at 15 years", "aged 20–30 years",
    the other group ">50 years") is never offered, nor one within 20 % of it (M3)."""
    key = _age(
        make_fact, "Metastases must be considered in a patient older than the age of 40.", "40"
    )
    stated = [
        _age(make_fact, "Metastases peak at 15 years.", "15 years", name="peak"),
        _age(make_fact, "Most patients are aged 20–30 years.", "20–30 years", name="range"),
        _age(make_fact, "Metastases are frequent in patients >60 years.", ">60 years", name="old"),
    ]
    for number in range(12):
        mine = replace(key, id=f"{key.id}-{number}")
        (question,) = [q for q in _made([mine, *stated]).questions if q.fact_id == mine.id]
        for option in question.options:
            age = numbers_in(option)[0]
            if age == 40:
                continue
            assert not 20 <= age <= 30, question.options
            for told in (15, 20, 30, 60):
                assert abs(age - told) >= MARGIN * max(age, told), question.options


def test_a_cut_off_option_near_a_stated_age_is_found_also_right(
    make_fact: Callable[..., Fact],
) -> None:
    """The M3 check of the cut-off form: an age near the key, near another stated age or
    inside a stated range is right too."""
    key = _age(
        make_fact, "Metastases must be considered in a patient older than the age of 40.", "40"
    )
    told = _age(make_fact, "Most patients are aged 20–30 years.", "20–30 years", name="range")
    (question,) = [q for q in _made([key, told]).questions if q.fact_id == key.id]
    pools = build_pools([key, told])
    assert m3_no_true_distractor(question, pools) == []
    others = [i for i in range(len(question.options)) if i != question.answer_index]
    for near in ("45 years", "35 years", "25 years", "19 years", "aged 10–20 years"):
        options = list(question.options)
        options[others[0]] = near
        bad = replace(question, options=tuple(options))
        assert [f.rule_id for f in m3_no_true_distractor(bad, pools)] == ["M3"], near


def test_bounds_are_read_before_the_figure_and_nowhere_else() -> None:
    assert bound_of("seen in less than ") == "upper"
    assert bound_of("in a patient older than the age of ") == "lower"
    assert bound_of("develops in up to ") == "upper"
    assert bound_of("found in about ") is None
    assert bound_of("Over weeks the infarct is seen in ") is None
    assert figure_distractors("less than 5%", [], count=3, side="below") == (
        "less than 1%",
        "less than 2%",
    )


def test_figures_of_other_items_do_not_empty_the_scale_round_the_key(
    make_fact: Callable[..., Fact],
) -> None:
    """ "with ___ presenting before the age of 5 years" (86%) was offered "10%, 15%": every
    figure the article stated anywhere had kept distractors away from 30–80%."""
    key = _percentage(
        make_fact, "86%", "Most cases occur in children, with 86% presenting before 5 years.", ""
    )
    others = [
        _percentage(make_fact, value, f"Sentence {n} states {value} of cases.", f"item {n}")
        for n, value in enumerate(("50%", "40%", "25%", "5%", "100%"))
    ]
    made = _made([key, *others])
    (question,) = [q for q in made.questions if q.answer == "86%"]
    options = [numbers_in(o)[0] for o in question.options]
    assert any(30 <= o < 86 for o in options), options
    assert not {50.0, 40.0, 25.0} & set(options), options  # never a figure the article states
    # what the article states for the same item stays out of reach
    again = _percentage(make_fact, "70%", "Elsewhere 70% of them present early.", "early")
    made = _made([key, replace(again, statement=key.statement)])
    for q in made.questions:
        if q.answer == "86%":
            assert all(abs(numbers_in(o)[0] - 70) >= 14 for o in q.options if o != "86%")


def test_one_member_that_cannot_be_asked_leaves_the_rest_of_its_list(
    make_fact: Callable[..., Fact],
) -> None:
    """ "giant cell tumour of the tendon sheath" (six words) dropped the whole differential of
    Morton neuroma: five facts, no card."""
    names = ("intermetatarsal bursitis", "ganglion cyst", "giant cell tumour of the tendon sheath")
    facts = [
        make_fact(
            kind=FactKind.DIFFERENTIAL,
            subject="morton neuroma",
            item=name,
            group="",
            value="",
            cloze_number=n,
        )
        for n, name in enumerate(names, start=1)
    ]
    made = _made(facts)
    (note,) = [n for n in made.notes if n.kind is FactKind.DIFFERENTIAL]
    assert [d.answer for d in note.deletions] == list(names[:2])
    assert "giant cell tumour of the tendon sheath" in html.unescape(note.text)  # shown
    assert "{{c3::" not in note.text
    long_one = facts[2].id
    assert any(f.rule_id == "C1" and f.fact_id == long_one for f in made.findings)
    # two long members of three: one left is no list to learn, the note goes
    made = _made([*facts[:1], *(replace(f, item=names[2] + " x") for f in facts[1:])])
    assert not [n for n in made.notes if n.kind is FactKind.DIFFERENTIAL]


def _appearance(make_fact: Callable[..., Fact], subject: str, value: str, text: str) -> Fact:
    return make_fact(
        kind=FactKind.APPEARANCE,
        subject=subject,
        item=subject,
        group="",
        attribute="ultrasound",
        value=value,
        text=text,
        statement=text,
        section="Ultrasound",
    )


def test_appearance_stems_keep_eponyms_and_put_a_setting_after_the_verb(
    make_fact: Callable[..., Fact],
) -> None:
    """ "how does morton neuroma typically appear?" and "how does in the acute phase the
    infarct typically appear?" were asked."""
    eponym = _appearance(
        make_fact,
        "Morton neuroma",
        "hypoechoic",
        "On ultrasound, a Morton neuroma is a hypoechoic mass.",
    )
    acute = _appearance(
        make_fact,
        "In the acute phase the infarct",
        "hypoechoic",
        "In the acute phase the infarct is hypoechoic.",
    )
    stems = [q.stem for q in _made([eponym, acute], title="Some article").questions]
    assert any("how does Morton neuroma typically appear?" in s for s in stems), stems
    assert any("how does the infarct typically appear in the acute phase?" in s for s in stems)
    # a title's capital at the start of a sentence is no proper name
    plain = _appearance(
        make_fact, "Splenic infarcts", "hypoechoic", "Splenic infarcts are hypoechoic."
    )
    stems = [q.stem for q in _made([plain], title="Some article").questions]
    assert any("how do splenic infarcts typically appear?" in s for s in stems), stems


def test_a_list_labelled_types_carries_its_section_heading(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Types: | [...] | …" under "Staging" or "Pathology" said types of nothing."""
    entry_provenance = Provenance(input_format=InputFormat.MARKDOWN)
    facts = [
        make_fact(
            kind=FactKind.ASSOCIATION,
            subject="Sarcoidosis",
            item=item,
            group="Types",
            value=value,
            section=section,
            cloze_number=n,
        )
        for n, (item, value, section) in enumerate(
            [
                ("stage 0", "normal chest radiograph", "Staging"),
                ("stage I", "bilateral hilar lymphadenopathy", "Staging"),
            ],
            start=1,
        )
    ]
    entry = ArticleFacts("test-article", "Sarcoidosis", entry_provenance, tuple(facts))
    notes = generate([entry], rng=random.Random(0)).notes
    assert any(html.unescape(n.text).startswith("Sarcoidosis — staging:") for n in notes), [
        n.text for n in notes
    ]
    plain = [replace(f, source=replace(f.source, section="Pathology")) for f in facts]
    entry = ArticleFacts("test-article", "Sarcoidosis", entry_provenance, tuple(plain))
    notes = generate([entry], rng=random.Random(0)).notes
    assert any(html.unescape(n.text).startswith("Sarcoidosis — types:") for n in notes)


def test_a_finding_read_against_csf_is_asked_against_csf(
    make_fact: Callable[..., Fact],
) -> None:
    """An epidermoid cyst "slightly hyperintense to CSF on T1" was asked "on MRI T1, how does
    it typically appear? → hyperintense": against brain it is hypointense, so the question
    taught a wrong fact. The stem names the reference; no "which sequence" question or
    finding across sequences compares levels read against different tissues."""

    def on(sequence: str, value: str) -> Fact:
        text = f"The cyst is {value} on {sequence}."
        return replace(
            _appearance(make_fact, "Epidermoid cyst", value, text),
            attribute=sequence,
            id=f"cyst-{sequence}",
        )

    facts = [
        on("MRI T1", "slightly hyperintense to CSF"),
        on("MRI T2", "isointense to CSF"),
        on("MRI FLAIR", "iso- to hyperintense"),
        on("MRI DWI", "hypointense"),
    ]
    questions = _made(facts, title="Epidermoid cyst").questions
    t1 = [q for q in questions if q.fact_id == "cyst-MRI T1"]
    assert t1
    assert all("relative to CSF" in q.stem for q in t1), [q.stem for q in t1]
    assert all("which sequence" not in q.stem for q in t1)
    for question in questions:
        against_csf = question.fact_id in {"cyst-MRI T1", "cyst-MRI T2"}
        assert ("relative to CSF" in question.stem) is against_csf, question.stem
        # no option reads an against-CSF sequence as a bare level
        assert not any(o.startswith(("MRI T1: hypo", "MRI T2: hyper")) for o in question.options)


def test_a_finding_against_csf_asked_across_sequences_keeps_its_reference(
    make_fact: Callable[..., Fact],
) -> None:
    """Asked among findings of several sequences (its own sequence leaves one contrary
    term), the key keeps "to CSF": "MRI T1: hyperintense" alone, which was asked, is false."""
    facts = [
        replace(
            _appearance(make_fact, "Epidermoid cyst", value, f"The cyst is {value} on {seq}."),
            attribute=seq,
            id=name,
        )
        for name, seq, value in (
            ("t1", "MRI T1", "slightly hyperintense to CSF"),
            ("t1-rim", "MRI T1", "isointense rim"),
            ("t2", "MRI T2", "hyperintense"),
            ("flair", "MRI FLAIR", "hyperintense"),
        )
    ]
    questions = _made(facts, title="Epidermoid cyst").questions
    keys = [q.options[q.answer_index] for q in questions if q.fact_id == "t1"]
    # Kept whole, the key is the only long option and the question is dropped (M7):
    # never asked as a bare level.
    assert all(key.endswith("to CSF") for key in keys), keys
    assert questions  # the other findings are still asked


def test_a_part_s_level_is_never_asked_as_the_lesion_s(make_fact: Callable[..., Fact]) -> None:
    """Set H's hepatocellular adenoma asked "on MRI T2, how does fibrolamellar carcinoma
    typically appear? → hypointense" from "hypointense central scar"; an "echogenic halo"
    would make the carcinoma echogenic. A noun that is the lesion ("a hypoechoic nodule")
    still gives the plain level."""

    def on(name: str, value: str, fact_id: str) -> Fact:
        text = f"On T2 the {name} shows a {value}."
        return replace(_appearance(make_fact, name, value, text), attribute="MRI T2", id=fact_id)

    facts = [
        on("Fibrolamellar carcinoma", "hypointense central scar", "scar"),
        on("Thyroid carcinoma", "hypointense nodule", "nodule"),
    ]
    questions = _made(facts, title="Liver tumours").questions
    keys = {q.fact_id: q.options[q.answer_index] for q in questions}
    assert keys.get("scar") != "hypointense", keys
    assert keys.get("nodule") == "hypointense", keys


def test_what_a_part_of_the_subject_shows_is_no_distractor(
    make_fact: Callable[..., Fact],
) -> None:
    """Set G's ependymoma: "on CT, how does ependymoma typically appear? → calcification"
    offered "iso- to hypodense", which the article states for the tumour's solid component
    (and later "isodense to grey matter", sharing its level): both true of the tumour (M3)."""

    def on(subject: str, value: str, fact_id: str) -> Fact:
        text = f"On CT the {subject} is {value}."
        return replace(_appearance(make_fact, subject, value, text), attribute="CT", id=fact_id)

    facts = [
        on("Glioma", "calcification", "key"),
        on("solid component of glioma", "iso- to hypodense", "part"),
        *(
            on(other, value, f"other-{n}")
            for n, (other, value) in enumerate(
                [
                    ("Abscess", "isodense to grey matter"),
                    ("Lymphoma", "hyperdense"),
                    ("Cyst", "slightly denser than CSF"),
                    ("Metastasis", "surrounding oedema"),
                    ("Haematoma", "fluid level"),
                ]
            )
        ),
    ]
    for question in _made(facts, title="Glioma").questions:
        if question.fact_id == "key":
            wrong = [o for o in question.options if o != "calcification"]
            assert not [o for o in wrong if "iso" in o or "hypo" in o], question.options


def test_a_reference_tissue_of_two_words_is_named_whole(
    make_fact: Callable[..., Fact],
) -> None:
    """ "slightly hypointense to subcutaneous fat" was asked "relative to subcutaneous?":
    the tissue's noun was cut off, and the stem named no tissue at all."""
    fact = replace(
        _appearance(
            make_fact,
            "Axillary lipoblastoma",
            "slightly hypointense to subcutaneous fat",
            "The mass is slightly hypointense to subcutaneous fat on T1.",
        ),
        attribute="MRI T1",
        id="lb-t1",
    )
    stems = [q.stem for q in _made([fact], title="Axillary lipoblastoma").questions]
    assert stems
    assert all(s.rstrip("?").endswith("relative to subcutaneous fat") for s in stems), stems


def test_a_definition_cloze_hides_the_initials_after_the_name(
    make_fact: Callable[..., Fact],
) -> None:
    """ "[...] (CRMO) is an autoinflammatory disorder" spelt the hidden name's initials
    (C4); the bracket goes with the name. A bracket that is no initialism stays."""
    text = (
        "Chronic recurrent multifocal osteomyelitis (CRMO) is an autoinflammatory disorder of bone."
    )
    fact = make_fact(
        kind=FactKind.DEFINITION,
        subject="Chronic recurrent multifocal osteomyelitis",
        item="Chronic recurrent multifocal osteomyelitis",
        value="an autoinflammatory disorder of bone",
        group="",
        text=text,
        statement=text,
    )
    made = _made([fact], title="Chronic recurrent multifocal osteomyelitis")
    (note,) = [n for n in made.notes if n.kind is FactKind.DEFINITION]
    assert "CRMO" not in html.unescape(note.text)
    kept = replace(fact, statement=text.replace("(CRMO)", "(paediatric)"))
    (note,) = [
        n
        for n in _made([kept], title="Chronic recurrent multifocal osteomyelitis").notes
        if n.kind is FactKind.DEFINITION
    ]
    assert "(paediatric)" in html.unescape(note.text)


def test_a_level_in_plain_words_is_offered_as_the_vocabularys_term(
    make_fact: Callable[..., Fact],
) -> None:
    """ "low signal" among "hyperintense" and "isointense" marked the key by its wording
    (M7, session 19's own pericardial cyst page); it is shown as "hypointense"."""
    fact = replace(
        _appearance(make_fact, "Thymic cyst", "low signal", "The cyst has low signal on T1."),
        attribute="MRI T1",
        id="tc-t1",
    )
    questions = [q for q in _made([fact], title="Thymic cyst").questions if "MRI T1" in q.stem]
    assert questions
    assert all(q.answer == "hypointense" for q in questions), [q.answer for q in questions]
