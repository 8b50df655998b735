"""Session 25's threshold shapes, on invented sentences about several organs: a measure stated
with a copula ("Mean bowel wall thickness is around 9 mm", "The recess measures 12 mm in
depth") and a list entry whose label names what a cut-off bounds before the figure
("cyst 3 cm or more: aspiration")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(
    *blocks: Block, title: str, heading: str = "Radiographic features"
) -> set[tuple[str, str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*entries: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))


# --- a measure stated with a copula -------------------------------------------------------


def test_a_measure_that_is_a_figure_is_the_articles_measure() -> None:
    facts = _thresholds(_paragraph("Mean wall thickness is around 9 mm."), title="Crohn disease")
    assert facts == {("Crohn disease", "mean wall thickness", "around 9 mm", "")}


def test_a_normal_measure_keeps_normal_as_its_meaning() -> None:
    facts = _thresholds(
        _paragraph("The normal acetabular angle is 20-30 degrees on the frontal view."),
        title="Acetabular dysplasia",
    )
    assert facts == {("Acetabular dysplasia", "acetabular angle", "20-30 degrees", "normal")}


def test_another_structures_figure_is_not_the_articles() -> None:
    # the angle between two vessels is no measure of "Renal vein entrapment" by name
    assert not _thresholds(
        _paragraph("The normal aortomesenteric angle is 40-60 degrees."),
        title="Renal vein entrapment",
    )


def test_a_part_that_measures_a_figure_in_a_dimension_is_that_dimension() -> None:
    facts = _thresholds(
        _paragraph("The suprapatellar recess measures 12 mm in depth."),
        title="Suprapatellar recess effusion",
    )
    assert facts == {("Suprapatellar recess effusion", "suprapatellar recess depth", "12 mm", "")}


def test_a_part_that_measures_a_figure_is_its_size() -> None:
    facts = _thresholds(
        _paragraph("The left adrenal nodule measures 18 mm on the portal venous phase."),
        title="Adrenal adenoma",
    )
    assert facts == {("Adrenal adenoma", "left adrenal nodule size", "18 mm", "")}


def test_a_copula_with_no_measure_or_a_share_gives_no_cut_off() -> None:
    # "the dose" is no measure of the condition; a percentage is a share, another reader's
    assert not _thresholds(
        _paragraph("The usual dose is 500 mg. The recurrence rate is 15%."),
        title="Renal colic",
        heading="Treatment and prognosis",
    )


def test_a_copula_inside_a_clause_is_not_read_as_the_sentence_subject() -> None:
    # the figure belongs to the clause after "whereas", not to an opening measure
    facts = _thresholds(
        _paragraph("The spleen is enlarged whereas the cortex thickness is 4 mm."),
        title="Portal hypertension",
    )
    assert not any(item.startswith("spleen") for _, item, _, _ in facts)


# --- a list entry's label names what its cut-off bounds before the figure -----------------


def test_a_label_led_by_the_articles_lesion_is_its_size() -> None:
    facts = _thresholds(
        _paragraph("Management depends on size:"),
        _list("cyst 3 cm or more: aspiration and sclerotherapy", "cyst 1-2 cm: no follow-up"),
        title="Renal cyst",
        heading="Treatment and prognosis",
    )
    assert ("Renal cyst", "size", "3 cm or more", "aspiration and sclerotherapy") in facts
    # a bare range in a label bounds nothing
    assert not any(value == "1-2 cm" for _, _, value, _ in facts)


def test_a_label_led_by_a_measure_keeps_its_group() -> None:
    facts = _thresholds(
        _paragraph("Treatment is guided by the curve:"),
        _list(
            "lordosis greater than 50° in an adolescent: bracing",
            "wall thickness less than 2 mm in an adult: observation",
        ),
        title="Spinal deformity",
        heading="Treatment and prognosis",
    )
    assert ("Spinal deformity", "lordosis in an adolescent", "greater than 50°", "bracing") in facts
    assert (
        "Spinal deformity",
        "wall thickness in an adult",
        "less than 2 mm",
        "observation",
    ) in facts


def test_a_label_led_by_another_part_is_that_parts_size() -> None:
    facts = _thresholds(
        _list("lymph node larger than 15 mm: biopsy"),
        title="Sarcoidosis",
        heading="Treatment and prognosis",
    )
    assert ("Sarcoidosis", "lymph node size", "larger than 15 mm", "biopsy") in facts


def test_a_label_led_by_a_clause_or_a_numbered_class_is_no_lead() -> None:
    facts = _thresholds(
        _list(
            "patients who have a cyst larger than 3 cm: drainage",
            "T2 tumour larger than 2 cm: lobectomy",
        ),
        title="Hydatid disease",
        heading="Treatment and prognosis",
    )
    assert not any(
        value in ("larger than 3 cm", "larger than 2 cm") and item.startswith(("patients", "t2"))
        for _, item, value, _ in facts
    )


# --- a later figure of the same measure in a contrast takes the first one's measure -------


def test_contrasted_figures_share_the_first_figures_measure() -> None:
    facts = _thresholds(
        _paragraph(
            "A gastric emptying half-time of more than 90 minutes is abnormal, less than 60 "
            "minutes is normal and 60-90 minutes is borderline."
        ),
        title="Gastroparesis",
    )
    assert ("Gastroparesis", "gastric emptying half-time", "less than 60 minutes", "normal") in {
        (s, i, v, a.removeprefix("is ")) for s, i, v, a in facts
    }
    assert any(
        item == "gastric emptying half-time"
        and value == "60-90 minutes"
        and "borderline" in meaning
        for _, item, value, meaning in facts
    )


def test_a_figure_after_whereas_keeps_the_measure_of_the_same_unit_only() -> None:
    facts = _thresholds(
        _paragraph(
            "A muscle thickness above 4 mm indicates hypertrophy, whereas 2-3 mm is regarded "
            "as borderline."
        ),
        title="Pyloric stenosis",
    )
    assert any(
        item == "muscle thickness" and value == "2-3 mm" and "borderline" in meaning
        for _, item, value, meaning in facts
    )
    facts = _thresholds(
        _paragraph(
            "A muscle thickness above 4 mm indicates hypertrophy, whereas 15 minutes is "
            "regarded as long enough."
        ),
        title="Pyloric stenosis",
    )
    assert not any(value == "15 minutes" for _, _, value, _ in facts)


def test_two_cut_offs_written_alike_do_not_break_the_contrast_reader() -> None:
    # the same figure twice: the reader orders cut-offs by place only
    facts = _thresholds(
        _paragraph(
            "A duct diameter above 4 mm is abnormal, a wall thickness above 4 mm is abnormal, "
            "whereas 2-3 mm is borderline."
        ),
        title="Cholangitis",
    )
    assert any(value == "2-3 mm" and item == "wall thickness" for _, item, value, _ in facts)
