"""Cut-offs in brackets after the state they bound ("a thickened tendon (more than 6 mm)") and
bounded measures named in list entries ("serum ferritin above 300 ng/mL"). Invented
sentences about several organs."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*blocks: Block, title: str) -> set[tuple[str, str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Diagnosis", blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*entries: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))


# --- a state or complaint that has lasted "for" a bounded time ---------------------------


def test_symptoms_for_a_bounded_time_are_a_duration() -> None:
    facts = _thresholds(
        _paragraph("Severe disease is suggested by fever, symptoms for more than 5 days or shock."),
        title="Appendicitis",
    )
    assert any(
        (item, value) == ("duration of symptoms", "more than 5 days") for _, item, value, _ in facts
    )


def test_a_state_persisting_for_a_time_is_its_duration() -> None:
    facts = _thresholds(
        _paragraph("Oedema persisting for more than 6 weeks suggests a stress fracture."),
        title="Bone marrow oedema",
    )
    assert any(
        (item, value) == ("duration of oedema", "more than 6 weeks") for _, item, value, _ in facts
    )


def test_a_treatment_for_a_time_is_no_duration_cut_off() -> None:
    facts = _thresholds(
        _paragraph("Steroids are given for more than 6 weeks."), title="Sarcoidosis"
    )
    assert not facts


def test_one_patients_complaint_is_no_duration_cut_off() -> None:
    facts = _thresholds(
        _paragraph(
            "She had cough for more than 3 weeks, and symptoms had been present for less "
            "than 2 days."
        ),
        title="Sarcoidosis",
    )
    assert not facts
