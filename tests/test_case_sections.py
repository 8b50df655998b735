"""A case page's sections about its own patient give no statement facts, wherever the page
nests them; its case discussion does (extractors/statement_refusals._about_one_patient)."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

_FINDING = "A level I axillary node has a cortex measuring 5 mm and an effaced fatty hilum."
# ("the most reliable sign" is a rank since session 23: the statement this tests needs none)
_DISCUSSION = "An effaced fatty hilum is a reliable sign of a metastatic axillary node."


def _statements(*sections: Section) -> set[str]:
    article = Article(slug="case", title="Nodal metastasis of breast carcinoma", sections=sections)
    return {f.statement for f in extract_facts(article) if f.kind is FactKind.STATEMENT}


def _section(heading: str, text: str, *parents: str) -> Section:
    return Section(heading, (Block(BlockKind.PARAGRAPH, text=text),), parents=parents)


def test_findings_nested_under_patient_data_are_the_patients() -> None:
    found = _statements(
        _section("Findings", _FINDING, "Nodal metastasis of breast carcinoma", "Patient Data"),
        _section(
            "Case Discussion", _DISCUSSION, "Nodal metastasis of breast carcinoma", "Patient Data"
        ),
    )
    assert not any("5 mm" in s for s in found)
    assert any("reliable sign" in s for s in found)


def test_a_top_level_findings_section_too() -> None:
    assert not _statements(_section("Findings", _FINDING))


def test_a_modality_heading_before_the_case_discussion_is_the_patients() -> None:
    # Presentation, Patient Data and "Ultrasound" as siblings, then the discussion: no
    # "Findings" heading names the patient's sections, their place before it does.
    found = _statements(
        _section("Presentation", "A 14-year-old boy with acute scrotal pain for 3 hours."),
        _section("Ultrasound", _FINDING),
        _section("Case Discussion", _DISCUSSION),
    )
    assert not any("5 mm" in s for s in found)
    assert any("reliable sign" in s for s in found)


def test_an_indefinite_pronoun_is_no_member() -> None:
    article = Article(
        slug="ep",
        title="Tubal ectopic pregnancy",
        sections=(
            _section(
                "Pathology",
                "Anything that damages the tube or delays the passage of the ovum increases "
                "the risk of tubal implantation.",
            ),
        ),
    )
    items = {f.item.lower() for f in extract_facts(article)}
    assert "anything" not in items
