"""Session 45: rules found on the opened sets CE/CF and the development corpus. Sentences are
invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging_open import study_named
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Reflux nephropathy", heading: str = "Pathology") -> list[Fact]:
    page = f"# {title}\n\n## {heading}\n\n{body}\n"
    return list(extract_facts(read_text(page, path=Path("page.md"))))


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def _terms(sentence: str, title: str = "Reflux nephropathy") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


# --- topics --------------------------------------------------------------------------------


def test_the_conditions_own_lesion_named_by_its_rank_is_no_new_topic() -> None:
    facts = _facts(
        "The fundamental lesion is thought to be scarring of the papillae. Genetic "
        "susceptibility is strong. HLA-B8 is associated with severe disease.",
    )
    owners = {f.subject for f in _of(facts, FactKind.ASSOCIATION) if f.item == "HLA-B8"}
    assert owners == {"Reflux nephropathy"}


# --- classification ------------------------------------------------------------------------


def test_two_forms_named_by_their_adjectives_are_the_classes() -> None:
    facts = _facts("Reflux nephropathy may be divided into primary and secondary forms.")
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"primary", "secondary"} <= items
    assert not items & {"primary forms", "secondary forms"}
    # a longer name keeps its words
    facts = _facts("Reflux nephropathy is divided into congenital reflux and acquired forms.")
    assert "congenital reflux" in {f.item for f in _of(facts, FactKind.ASSOCIATION)}


# --- appearances ---------------------------------------------------------------------------


def test_a_contrast_study_named_by_its_own_name_is_a_study() -> None:
    assert study_named("The barium oesophagram") == "fluoroscopy"
    assert study_named("An esophagram") == "fluoroscopy"
    assert study_named("A barium enema") == "fluoroscopy"
    assert study_named("The swallow reflex") == ""
    facts = _facts(
        "The barium oesophagram is the usual first test. It demonstrates a smooth posterior "
        "indentation of the oesophagus.",
        title="Aberrant left pulmonary artery",
        heading="Fluoroscopy",
    )
    looks = {(f.attribute, f.value) for f in _of(facts, FactKind.APPEARANCE)}
    assert ("fluoroscopy", "smooth posterior indentation of the oesophagus") in looks


def test_clues_that_a_sentence_lists_are_findings() -> None:
    facts = _facts(
        "Clues include widening of the superior mediastinum and a left-sided aortic knob.",
        title="Right aortic arch",
        heading="Plain radiograph",
    )
    looks = {f.value for f in _of(facts, FactKind.APPEARANCE)}
    assert {"widening of the superior mediastinum", "left-sided aortic knob"} <= looks
    # a participle's second object is still no finding of its own
    facts = _facts(
        "Clues include lucencies outlining the heart border and the aorta.",
        title="Pneumomediastinum",
        heading="Plain radiograph",
    )
    assert "aorta" not in {f.value for f in _of(facts, FactKind.APPEARANCE)}


# --- statements ----------------------------------------------------------------------------


def test_a_generic_tumour_head_with_its_modifiers_is_a_key_term() -> None:
    assert "hepatocellular carcinoma" in _terms(
        "There is no increased risk of hepatocellular carcinoma."
    )
    # alone it names no one condition, and a verb before it is no part of the name
    assert "carcinoma" not in _terms("There is no increased risk of carcinoma.")
    assert "mimic urothelial carcinoma" not in _terms("Clot may mimic urothelial carcinoma.")
    # a word with the ending that names no condition stays out, whatever its modifiers
    assert "clinical diagnosis" not in [
        t.text
        for t in key_terms("Reflux is a clinical diagnosis.", title="X")
        if t.type == "condition"
    ]


# --- signs ---------------------------------------------------------------------------------


def test_a_sign_described_in_an_aside_belongs_to_what_it_is_characteristic_of() -> None:
    facts = _facts(
        'The "halo sign", with a dark central nodule and a brighter rim, is characteristic of '
        "invasive aspergillosis, so its absence argues against it.",
        title="Pulmonary mucormycosis",
        heading="CT",
    )
    owners = {f.subject for f in _of(facts, FactKind.SIGN) if f.item == "halo sign"}
    assert owners == {"invasive aspergillosis"}


def test_a_sign_seen_in_a_share_of_the_titles_lesions_is_the_titles() -> None:
    facts = _facts(
        "SWI shows a dark ring. The dual rim sign is seen in about 70% of abscesses.",
        title="Pyogenic brain abscess",
        heading="MRI",
    )
    owners = {f.subject for f in _of(facts, FactKind.SIGN) if f.item == "dual rim sign"}
    assert owners == {"Pyogenic brain abscess"}


def test_times_in_unit_words_and_rates_of_one_in_so_many_are_key_terms() -> None:
    assert "days to weeks" in _terms("The oedema resolves within days to weeks of treatment.")
    assert "two decades" in _terms("Renal failure is reached about two decades earlier.")
    assert "1 in 1000-2000" in _terms("Reflux nephropathy affects 1 in 1000-2000 children.")
    assert "1 in 2,500" in _terms("Reflux nephropathy affects about 1 in 2,500 live births.")
    # a small count is a share, read by the percentage reader
    assert not _terms("Reflux nephropathy is seen in 1 in 3 patients.")


def test_a_generic_tumour_name_opening_the_sentence_stays_its_subject() -> None:
    # "Clear cell carcinoma may show [intralesional fat]": what the sentence is about is shown
    assert _terms("Papillary carcinoma may show intralesional fat.") == ["intralesional fat"]


# --- presentations -------------------------------------------------------------------------


def test_symptoms_judged_by_a_word_name_no_symptom() -> None:
    facts = _facts("Symptoms are vague and develop slowly.", heading="Clinical presentation")
    assert not _of(facts, FactKind.ASSOCIATION)
    facts = _facts("Symptoms are flank pain and weight loss.", heading="Clinical presentation")
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"flank pain", "weight loss"} <= items
    # the symptoms named after the judgement stay, and the judgement lends them no noun
    facts = _facts(
        "Symptoms are nonspecific and include flank pain, fever and haematuria.",
        heading="Clinical presentation",
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"flank pain", "fever", "haematuria"} <= items
    assert not {i for i in items if i.startswith("nonspecific")}
    facts = _facts(
        "Symptoms are nonspecific: flank pain and fever.", heading="Clinical presentation"
    )
    assert {"flank pain", "fever"} <= {f.item for f in _of(facts, FactKind.ASSOCIATION)}


def test_a_vocabulary_head_takes_back_every_adjective_of_its_kind() -> None:
    # a blank of "aortic aneurysm" would leave "inflammatory abdominal" as half the name
    terms = _terms("It is related to inflammatory abdominal aortic aneurysm.")
    assert "inflammatory abdominal aortic aneurysm" in terms
    # a word of degree is no part of the name
    assert "typical intratumoral haemorrhage" not in _terms(
        "Reflux nephropathy shows typical intratumoral haemorrhage."
    )


# --- ranks ---------------------------------------------------------------------------------


def test_a_ranked_item_does_not_end_between_the_adjectives_of_one_name() -> None:
    def ranked(body: str) -> set[str]:
        facts = _facts(body, heading="Clinical presentation")
        return {f.item for f in _of(facts, FactKind.RANK)}

    assert "dull" not in ranked("The most common complaint is a dull, poorly localised ache.")
    assert ranked("The most common complaint is flank pain, usually dull.") == {"flank pain"}
    assert ranked("The most common finding is scarring, usually defined as cortical loss.") == {
        "scarring"
    }
    assert ranked("The most common finding is hydronephrosis, usually bilateral and mild.") == {
        "hydronephrosis"
    }


def test_the_last_and_of_a_listed_finding_run_parts_two_findings() -> None:
    facts = _facts(
        "Radiographs show a J-shaped sella turcica, oar-shaped ribs and bullet-shaped phalanges.",
        title="Hurler syndrome",
        heading="Plain radiograph",
    )
    looks = {f.value for f in _of(facts, FactKind.APPEARANCE)}
    assert {"oar-shaped ribs", "bullet-shaped phalanges"} <= looks
    # one finding of two nouns stays whole
    facts = _facts(
        "Angiography shows wall thickening, stenoses and dilatations.",
        title="Takayasu arteritis",
        heading="Angiography",
    )
    assert "stenoses and dilatations" in {f.value for f in _of(facts, FactKind.APPEARANCE)}
