"""Session 28: defects read on the lead's own page (primary synovial chondromatosis), on
invented sentences about other conditions: a ranked opening noun is no whole of the shares
that follow it, an inclusion verb in the first share's words is the run's intro, and one sex
ratio said twice in a sentence is one fact."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _facts(text: str, title: str, kind: FactKind) -> set[tuple[str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {
        (f.item, f.value, f.group or f.attribute) for f in extract_facts(article) if f.kind is kind
    }


def test_a_ranked_opening_noun_is_no_whole_of_the_run() -> None:
    facts = _facts(
        "The femur is the most common site, accounting for about half of cases, followed by "
        "the tibia (20%) and the humerus (10%).",
        "Osteosarcoma",
        FactKind.FREQUENCY,
    )
    assert facts == {("tibia", "20%", "site"), ("humerus", "10%", "site")}


def test_an_inclusion_verb_before_the_first_share_is_the_runs_intro() -> None:
    facts = _facts(
        "Primary sites include the lung (40%), the breast (30%) and the kidney (10%).",
        "Brain metastases",
        FactKind.FREQUENCY,
    )
    assert {item for item, _, _ in facts} == {"lung", "breast", "kidney"}
    assert {group for _, _, group in facts} == {"primary sites"}


def test_one_ratio_in_words_and_in_figures_is_one_fact() -> None:
    article = Article(
        slug="t",
        title="Giant cell tumour of the tendon sheath",
        sections=(
            Section(
                "Epidemiology",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Women are affected about three times as often as men (F:M 3:1).",
                    ),
                ),
            ),
        ),
    )
    ratios = [f for f in extract_facts(article) if f.kind is FactKind.SEX_RATIO]
    assert [(f.attribute, f.value) for f in ratios] == [("F:M", "3:1")]


def test_two_different_ratios_of_a_sentence_stay_two() -> None:
    facts = _facts(
        "The adult form shows a male predominance (M:F 4:1), whereas the juvenile form has a "
        "female predominance (F:M 2:1).",
        "Juvenile angiofibroma",
        FactKind.SEX_RATIO,
    )
    assert len(facts) == 2


def test_an_adverb_of_enhancement_keeps_its_adjective_whole() -> None:
    article = Article(
        slug="t",
        title="Tenosynovial giant cell tumour",
        sections=(
            Section(
                "MRI",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="The nodules enhance peripherally after gadolinium.",
                    ),
                ),
            ),
        ),
    )
    values = {f.value for f in extract_facts(article) if f.kind is FactKind.APPEARANCE}
    assert values == {"peripheral enhancement"}


def test_each_gene_of_a_coordinated_pair_is_a_genetic_feature() -> None:
    article = Article(
        slug="t",
        title="Oligodendroglioma",
        sections=(
            Section(
                "Pathology",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Mutations in the IDH1 and IDH2 genes are found in most tumours.",
                    ),
                ),
            ),
        ),
    )
    items = {f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}
    assert items == {"IDH1 mutation", "IDH2 mutation"}


def _one_paragraph(heading: str, text: str, title: str) -> Article:
    return Article(
        slug="t",
        title=title,
        sections=(Section(heading, (Block(BlockKind.PARAGRAPH, text=text),)),),
    )


def test_a_signal_in_a_part_is_that_parts_not_the_wholes() -> None:
    article = _one_paragraph(
        "MRI", "The tumour shows low T1 signal in fibrotic areas.", "Desmoplastic fibroma"
    )
    facts = extract_facts(article)
    values = {(f.subject, f.attribute, f.value) for f in facts if f.kind is FactKind.APPEARANCE}
    assert values == {("fibrotic areas of desmoplastic fibroma", "MRI T1", "hypointense")}


def test_a_so_called_name_is_named_without_its_announcement() -> None:
    article = _one_paragraph(
        "CT",
        "Fat stranding around the vessels gives the so-called dirty fat appearance.",
        "Epiploic appendagitis",
    )
    items = {f.item for f in extract_facts(article) if f.kind is FactKind.SIGN}
    assert items == {"dirty fat appearance"}
