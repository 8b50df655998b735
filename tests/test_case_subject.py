"""A case page's facts are about its diagnosis, not its patient (extractors/case_subject):
"Ovarian torsion in a 24-year-old" gave "how does ovarian torsion in a 24-year-old typically
appear?". Ids are kept, so a reviewed fact stays the same fact."""

from __future__ import annotations

import pytest

from quizgen.extractors import EXTRACTORS, extract_facts
from quizgen.extractors.case_subject import case_diagnosis
from quizgen.model import Article, Block, BlockKind, Section


@pytest.mark.parametrize(
    ("title", "diagnosis"),
    [
        ("Splenic torsion in a 9-year-old", "Splenic torsion"),
        ("Wilms tumour in a 3 year old boy", "Wilms tumour"),
        ("Gas gangrene in a poorly controlled diabetic", "Gas gangrene"),
        ("Pneumatosis intestinalis in the newborn", "Pneumatosis intestinalis"),
        # no patient after "in": the title is the condition's own
        ("Metastases in the spine", ""),
        ("Splenic torsion", ""),
    ],
)
def test_the_diagnosis_before_the_patient(title: str, diagnosis: str) -> None:
    assert case_diagnosis(title) == diagnosis


def test_a_case_pages_facts_take_its_diagnosis_and_keep_their_ids() -> None:
    text = "About 20% of cases occur in infants, and the spleen is enlarged in 80%."
    blocks = (Block(BlockKind.PARAGRAPH, text=text),)
    case = Article(
        slug="case",
        title="Splenic torsion in a 9-year-old",
        sections=(Section("Case discussion", blocks),),
    )
    facts = extract_facts(case)
    assert facts
    assert not any(f.subject.startswith("Splenic torsion in a") for f in facts)
    assert any(f.subject == "Splenic torsion" for f in facts)
    # the ids are the ones the page's title gave (a reviewed fact stays the same fact)
    raw_ids = {f.id for extractor in EXTRACTORS for f in extractor(case)}
    assert {f.id for f in facts} <= raw_ids
