"""Session-15 (round 10) wrong facts of the appearance and sign kinds, fixed where the fact is
made. Each shape is checked on sentences invented about other organs, positive and negative:

- a quoted word that is part of a named look ("salt and pepper appearance: … (the "pepper")")
  is no sign of its own, in a list entry and in prose;
- "the so-called X and Y appearance" is read to its noun of form, not cut at "and";
- a sign "seen in about a third of patients" is the topic's, not the share's;
- an open finding never opens on a setting or condition ("When a mass is present, …", "On
  power Doppler …"); a short sentence with a verb of what a test achieves is no finding;
- ", and foci of low signal indicate haemosiderin": the clause names a marker, not the
  lesion's signal;
- "is often absent" keeps its hedge ("absent" alone would teach the opposite)."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.terms import _part_of_named, _sign_names
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section

TITLE = "Renal angiomyolipoma"


def _facts(
    heading: str, *paragraphs: str, title: str = TITLE, items: tuple[str, ...] = ()
) -> list[Fact]:
    blocks = [Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs]
    if items:
        blocks.append(Block(BlockKind.LIST, items=tuple(ListItem(text=i) for i in items)))
    article = Article(slug="t", title=title, sections=(Section(heading, tuple(blocks)),))
    return list(extract_facts(article))


def _signs(heading: str, *paragraphs: str, items: tuple[str, ...] = ()) -> dict[str, str]:
    facts = _facts(heading, *paragraphs, items=items)
    return {f.item: f.subject for f in facts if f.kind is FactKind.SIGN}


def _appearances(heading: str, *paragraphs: str) -> list[tuple[str, str]]:
    facts = _facts(heading, *paragraphs)
    return [(f.attribute, f.value) for f in facts if f.kind is FactKind.APPEARANCE]


# --- a quoted part of a named look -------------------------------------------------------


def test_a_quoted_part_of_the_entry_s_named_look_is_no_sign() -> None:
    signs = _signs(
        "MRI",
        "The lesion has several features.",
        items=(
            'cotton and wool appearance: fluffy densities (the "cotton") over fine strands '
            '(the "wool") on T2',
        ),
    )
    assert "cotton" not in signs
    assert "wool" not in signs


def test_a_quoted_name_that_is_not_a_word_of_the_entry_s_label_stays_a_sign() -> None:
    signs = _signs(
        "MRI",
        "The lesion has several features.",
        items=('target appearance: a fatty centre in a dark ring (the "bull\'s-eye") on T2',),
    )
    assert "bull's-eye" in signs


def test_a_quoted_part_of_a_named_look_in_prose_is_no_sign() -> None:
    text = (
        'The cotton-and-wool appearance combines fluffy densities (the "cotton") with fine '
        'strands (the "wool").'
    )
    assert [name for name, _, _ in _sign_names(text)] == ["cotton-and-wool appearance"]


def test_a_shorter_sign_beside_a_longer_one_is_still_a_sign() -> None:
    # the rule is for a bare part without a noun of form: two named signs both stay
    assert not _part_of_named("halo sign", "reversed halo sign")
    names = _sign_names("Both the halo sign and the reversed halo sign may be seen.")
    assert {name for name, _, _ in names} == {"halo sign", "reversed halo sign"}


def test_a_so_called_look_is_read_through_and_to_its_noun_of_form() -> None:
    names = _sign_names("Tiny vessels give the so-called snow and slate appearance of the mass.")
    assert [name for name, _, _ in names] == ["snow and slate appearance"]
    # without a noun of form the name still ends before "and"
    names = _sign_names("The plaques are termed grey patches and are seen on T2.")
    assert [name for name, _, _ in names] == ["grey patches"]


# --- whose sign a share of patients shows --------------------------------------------------


def test_a_sign_seen_in_a_share_of_patients_is_the_topic_s() -> None:
    signs = _signs(
        "Fluoroscopy",
        "The crescent of contrast, called the meniscus sign, is seen in about 40% of patients "
        "and is associated with a longer history.",
    )
    assert signs["meniscus sign"] == TITLE


def test_a_sign_seen_in_a_share_of_patients_with_a_condition_is_that_condition_s() -> None:
    signs = _signs(
        "CT",
        "The reversed halo sign is seen in about a fifth of patients with cryptogenic "
        "organising pneumonia.",
    )
    assert signs["reversed halo sign"] == "cryptogenic organising pneumonia"


# --- open findings ---------------------------------------------------------------------


def test_an_open_finding_never_opens_on_a_setting_or_a_condition() -> None:
    values = [
        v
        for _, v in _appearances(
            "Ultrasound",
            "When a large haematoma is present, the kidney may be hard to outline.",
            "On power Doppler small capsular vessels may be seen, without a central artery.",
        )
    ]
    assert not any(v.lower().startswith(("when ", "on ")) for v in values)


def test_a_finding_said_present_is_still_read() -> None:
    values = [v for _, v in _appearances("Ultrasound", "Perinephric fat stranding may be present.")]
    assert "perinephric fat stranding" in values


def test_a_short_sentence_about_what_a_test_achieves_is_no_finding() -> None:
    values = [v for _, v in _appearances("MRI", "Comparison with prior films avoids overcalling.")]
    assert values == []


def test_a_telegraphic_finding_is_still_read() -> None:
    values = [v for _, v in _appearances("MRI", "Thin peripheral rim of enhancement.")]
    assert values


# --- a marker clause -------------------------------------------------------------------


def test_a_clause_naming_a_marker_gives_the_lesion_no_signal() -> None:
    found = _appearances(
        "MRI",
        "On T2, signal is heterogeneous, and foci of low signal usually indicate haemosiderin.",
    )
    assert ("MRI T2", "hypointense") not in found


def test_the_main_clause_before_a_marker_clause_keeps_its_finding() -> None:
    found = _appearances(
        "MRI", "On T2 the mass is hyperintense, and foci of low signal indicate haemosiderin."
    )
    assert ("MRI T2", "hyperintense") in found
    assert ("MRI T2", "hypointense") not in found


# --- a hedge that turns a state round ----------------------------------------------------


def test_often_absent_keeps_its_hedge() -> None:
    found = _appearances("CT", "The perirenal fat plane is often absent.")
    assert any(v == "often absent" for _, v in found)
    assert not any(v == "absent" for _, v in found)


def test_usually_absent_and_often_displaced_read_as_before() -> None:
    found = _appearances(
        "CT",
        "The perirenal fat plane is usually absent.",
        "The renal pelvis is often displaced.",
    )
    values = {v for _, v in found}
    assert "absent" in values
    assert "displaced" in values


# --- one look named two ways gives one sign ------------------------------------------------


def test_two_quoted_names_sharing_a_noun_give_one_sign_not_also_the_last() -> None:
    text = 'Tethered folds converge on a central point ("puckered" or "starburst" appearance).'
    assert [name for name, _, _ in _sign_names(text)] == ["puckered or starburst appearance"]


# --- "and there is" opens a clause of its own ----------------------------------------------


def test_a_subject_before_and_there_is_does_not_take_what_there_is() -> None:
    facts = _facts(
        "Radiograph",
        "The lesion often expands the rib, with endosteal scalloping, but the cortex remains "
        "intact and there is no soft tissue calcification.",
    )
    subjects = {f.subject for f in facts if f.kind is FactKind.APPEARANCE}
    assert not any("cortex" in s for s in subjects)


def test_a_coordinated_subject_of_its_own_still_takes_its_finding() -> None:
    facts = _facts("Ultrasound", "The mass is hyperechoic, and the daughter cysts are anechoic.")
    found = {(f.subject, f.value) for f in facts if f.kind is FactKind.APPEARANCE}
    assert ("daughter cysts", "anechoic") in found
