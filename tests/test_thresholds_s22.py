"""Cut-offs whose measure only its own noun phrase names ("a gap of more than 10 mm"), with
times, indexed sizes and abbreviations as measures, and what they mean said after a
bracket, an aside or a bare participle. Invented sentences about several organs."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(sentence: str, title: str = "Shoulder instability") -> set[tuple[str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=sentence),)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


# --- the noun phrase a figure is "of" names its measure -----------------------------------


def test_a_noun_phrase_of_the_figure_is_its_measure() -> None:
    facts = _thresholds("An acromiohumeral gap of less than 6 mm favours a cuff tear.")
    assert ("acromiohumeral gap", "less than 6 mm", "favours a cuff tear") in facts


def test_an_abbreviation_of_the_figure_is_its_measure() -> None:
    facts = _thresholds(
        "A TAPSE of less than 17 mm indicates right ventricular dysfunction.",
        title="Pulmonary hypertension",
    )
    assert ("TAPSE", "less than 17 mm", "indicates right ventricular dysfunction") in facts


def test_a_phrase_measure_needs_what_it_means() -> None:
    # a figure that only describes ("typically") names no cut-off through its phrase
    facts = _thresholds("An acromiohumeral gap of less than 6 mm is typically present.")
    assert not any(value == "less than 6 mm" for _, value, _ in facts)


def test_a_phrase_measure_needs_a_consequence_not_a_qualifier() -> None:
    # "usually" before the figure makes it typical, which a phrase alone cannot stand on
    facts = _thresholds("Seen end-on it is usually a spur of less than 6 mm.")
    assert not any(item == "spur" for item, _, _ in facts)


def test_a_quantity_noun_is_no_measure() -> None:
    facts = _thresholds("A total of more than 20 mm of bone loss warrants surgery.")
    assert not any(item == "total" for item, _, _ in facts)


def test_a_share_noun_before_a_percentage_is_no_measure() -> None:
    facts = _thresholds(
        "A sensitivity of 90% or more makes ultrasound the first test.", title="Appendicitis"
    )
    assert not facts


def test_an_abbreviation_before_a_percentage_is_a_measure() -> None:
    facts = _thresholds(
        "An LVEF of 35% or less warrants an implantable defibrillator.",
        title="Dilated cardiomyopathy",
    )
    assert ("LVEF", "35% or less", "warrants an implantable defibrillator") in facts


def test_a_noun_before_a_percentage_is_a_shares_owner() -> None:
    facts = _thresholds("A cure of 40% or more follows radiotherapy.", title="Seminoma")
    assert not facts


# --- units ----------------------------------------------------------------------------


def test_a_time_in_minutes_is_a_cut_off() -> None:
    facts = _thresholds(
        "A gastric emptying half-time of more than 90 minutes is taken as delayed emptying.",
        title="Gastroparesis",
    )
    assert (
        "gastric emptying half-time",
        "more than 90 minutes",
        "is taken as delayed emptying",
    ) in facts


def test_an_indexed_length_keeps_its_index() -> None:
    facts = _thresholds(
        "An indexed aortic diameter of 27 mm/m² or more warrants repair.", title="Aortic aneurysm"
    )
    assert ("indexed aortic diameter", "27 mm/m² or more", "warrants repair") in facts


# --- what it means, after a bracket, an aside or a bare participle ----------------------


def test_a_second_figure_in_brackets_before_the_verb() -> None:
    facts = _thresholds(
        "A humeral head offset of more than 4 mm in adults (6 mm in children) is a sign of "
        "instability."
    )
    assert (
        "humeral head offset",
        "more than 4 mm",
        "is a sign of instability",
    ) in facts


def test_a_bracket_right_after_the_figure() -> None:
    facts = _thresholds(
        "A humeral head offset of more than 4 mm (6 mm in children) is a sign of instability."
    )
    assert ("humeral head offset", "more than 4 mm", "is a sign of instability") in facts


def test_a_place_between_two_parts_and_an_aside() -> None:
    facts = _thresholds(
        "A step of more than 2 mm between the two fragments, compared with the opposite "
        "joint, is considered unstable.",
        title="Tibial plateau fracture",
    )
    assert ("step", "more than 2 mm", "is considered unstable") in facts


def test_an_aside_saying_this_case() -> None:
    facts = _thresholds(
        "A nodal mass of 3 cm or less, as here, corresponds to stage N1.", title="Seminoma"
    )
    assert ("nodal mass size", "3 cm or less", "corresponds to stage N1") in facts


def test_a_participle_of_judgement_without_its_copula() -> None:
    facts = _thresholds(
        "Grading uses the ventricular atrial width, with an atrial width of 15 mm or more "
        "regarded as severe ventriculomegaly.",
        title="Fetal ventriculomegaly",
    )
    assert (
        "atrial width",
        "15 mm or more",
        "regarded as severe ventriculomegaly",
    ) in facts


# --- how the measure is named ---------------------------------------------------------


def test_an_abbreviation_with_a_slash_in_brackets() -> None:
    facts = _thresholds(
        "A labelling index (Ki-67/MIB-1) greater than 10% indicates aggressive behaviour.",
        title="Meningioma",
    )
    assert ("labelling index", "greater than 10%", "indicates aggressive behaviour") in facts


def test_a_plural_in_sses_is_sized_as_its_singular() -> None:
    facts = _thresholds(
        "Abscesses larger than 4 cm usually require drainage.", title="Liver infection"
    )
    assert ("abscess size", "larger than 4 cm", "usually require drainage") in facts


def test_a_phrase_after_a_preposition_is_no_measure() -> None:
    # "the humeral shaft" is an end of the angle, not what the figure measures
    facts = _thresholds(
        "A line drawn along the glenoid to the humeral shaft of less than 30° is abnormal."
    )
    assert not any(item == "humeral shaft" for item, _, _ in facts)


def test_an_angle_between_two_parts_is_the_measure() -> None:
    facts = _thresholds(
        "An angle between the scapular spine and the humeral shaft of less than 30° is abnormal."
    )
    assert (
        "angle between the scapular spine and the humeral shaft",
        "less than 30°",
        "is abnormal",
    ) in facts


# --- round two: an opening phrase, where it lies, an aside with "with", a gloss ---------


def test_a_phrase_opening_the_sentence_needs_no_determiner() -> None:
    facts = _thresholds(
        "Cerebellar descent of more than 4 mm below the foramen magnum is considered significant.",
        title="Chiari malformation",
    )
    assert ("cerebellar descent", "more than 4 mm", "is considered significant") in facts


def test_a_figure_that_results_in_something() -> None:
    facts = _thresholds(
        "Twisting of more than 270° results in venous infarction.", title="Ovarian torsion"
    )
    assert ("twisting", "more than 270°", "results in venous infarction") in facts


def test_an_aside_opening_with_with() -> None:
    facts = _thresholds(
        "Colonic loops wider than 6 cm, with absent haustra, suggest toxic dilatation.",
        title="Ulcerative colitis",
    )
    assert any(
        value == "wider than 6 cm" and meaning == "suggest toxic dilatation"
        for _, value, meaning in facts
    )


def test_a_gloss_in_brackets_before_the_figure() -> None:
    facts = _thresholds(
        "A canal index (sagittal canal width divided by vertebral body width) less than 0.8 "
        "indicates stenosis.",
        title="Cervical stenosis",
    )
    assert ("canal index", "less than 0.8", "indicates stenosis") in facts


def test_a_share_opening_the_sentence_is_no_measure() -> None:
    facts = _thresholds(
        "Involvement of more than 60% of the vertebral body is a marker of collapse.",
        title="Vertebral metastasis",
    )
    assert not facts


def test_a_compound_unit_is_not_cut_to_its_first_part() -> None:
    # "0.15 ng/mL" is another quantity than "0.15 ng/mL/mL": better no cut-off than a wrong one
    facts = _thresholds(
        "A hormone density above 0.15 ng/mL/mL warrants biopsy.", title="Prostate cancer"
    )
    assert not any(value == "above 0.15 ng/mL" for _, value, _ in facts)


def test_a_rate_per_year_written_with_a_slash_keeps_its_unit() -> None:
    facts = _thresholds(
        "Sac growth of more than 5 mm/year warrants repair.", title="Aortic aneurysm"
    )
    assert any(value == "more than 5 mm/year" for _, value, _ in facts)


# --- "usually defined as": the adverb is neither the term defined nor a typical figure -----


def test_usually_defined_as_defines_the_subject() -> None:
    facts = _thresholds(
        "A tracheal diverticulum is an outpouching of the tracheal wall, usually defined as a "
        "sac of 5 mm or more on CT.",
        title="Tracheal diverticulum",
    )
    assert any(
        value == "5 mm or more" and meaning == "defines tracheal diverticulum"
        for _, value, meaning in facts
    )
    assert not any(meaning in ("defines usually", "typical") for _, _, meaning in facts)
