"""Signs denied in a list entry or listed as features of another entity (round 18)."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _signs(title: str, intro: str, *items: str) -> list[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(i) for i in items)),
    )
    article = Article(slug="t", title=title, sections=(Section("Radiographic features", blocks),))
    return [(f.subject, f.value) for f in extract_facts(article) if f.kind is FactKind.SIGN]


def test_a_sign_after_absence_of_a_and_b_is_denied() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Typical findings are listed below.",
        "a well-defined cortical mass",
        "absence of calcification and the ivy sign",
    )
    assert not [s for s in signs if "ivy" in s[1]]


def test_a_sign_without_denial_in_an_entry_stays() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Typical findings are listed below.",
        "a well-defined cortical mass",
        "macroscopic fat and the ivy sign",
    )
    assert ("Renal angiomyolipoma", "ivy sign") in signs


def test_features_raising_suspicion_of_another_entity_are_its_own() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Features that should raise suspicion of renal cell carcinoma include:",
        "intratumoral calcification",
        "a cortical mass with the ivy sign",
    )
    assert ("Renal angiomyolipoma", "ivy sign") not in signs
    assert ("renal cell carcinoma", "ivy sign") in signs


def test_features_favouring_another_entity_are_its_own() -> None:
    signs = _signs(
        "Thyroid adenoma",
        "Findings favouring a parathyroid adenoma:",
        "a polar vessel with the arc sign",
        "posterior location",
    )
    assert [s for s in signs if s[1] == "arc sign"] == [("parathyroid adenoma", "arc sign")]


def test_features_of_the_page_own_subject_stay_its_own() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Features that suggest an angiomyolipoma include:",
        "a cortical mass with the ivy sign",
    )
    assert ("Renal angiomyolipoma", "ivy sign") in signs


def _associations(title: str, *paragraphs: str) -> list[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Pathology", blocks),))
    return [(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION]


def test_adjectives_before_and_share_the_noun_after_an_exposure_lead_in() -> None:
    found = _associations(
        "Interstitial nephritis",
        "Interstitial nephritis (IN) is an inflammation of the renal interstitium. It is most"
        " often encountered in patients with sarcoidosis, or following exposure to"
        " antibacterial and antifungal drugs.",
    )
    items = {item for _, item in found}
    assert {"antibacterial drugs", "antifungal drugs"} <= items
    assert not [i for i in items if i.startswith(("following", "antibacterial and"))]
    # the title with its abbreviation in brackets is the title
    assert {subject for subject, _ in found} == {"Interstitial nephritis"}


def test_nouns_after_an_exposure_lead_in_stay_apart() -> None:
    found = _associations(
        "Pulmonary fibrosis",
        "Pulmonary fibrosis is associated with smoking and exposure to asbestos and silica.",
    )
    items = {item for _, item in found}
    assert "silica" in items
    assert not [i for i in items if "asbestos silica" in i]


def _findings(title: str, heading: str, paragraph: str) -> list[str]:
    blocks = (Block(BlockKind.PARAGRAPH, text=paragraph),)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return [f.value for f in extract_facts(article) if f.kind is FactKind.APPEARANCE]


def test_the_underlying_cause_names_no_finding() -> None:
    for paragraph in (
        "CT may demonstrate the underlying cause.",
        "MRI can show the underlying cause of the obstruction.",
        "Ultrasound may demonstrate the cause.",
    ):
        found = _findings("Small bowel obstruction", "CT", paragraph)
        assert not [v for v in found if "cause" in v], (paragraph, found)


def test_examples_of_the_underlying_cause_are_the_findings() -> None:
    found = _findings(
        "Mesenteric ischaemia",
        "CT",
        "CT angiography may demonstrate the underlying cause, such as an arterial embolus"
        " or a venous thrombus.",
    )
    assert "arterial embolus" in found
    assert "venous thrombus" in found
    assert not [v for v in found if "cause" in v]


def test_a_finding_the_study_shows_stays() -> None:
    found = _findings(
        "Mesenteric ischaemia", "CT", "CT may demonstrate circumferential bowel wall thickening."
    )
    assert "circumferential bowel wall thickening" in found


def _prose_signs(title: str, paragraph: str) -> list[tuple[str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=paragraph),)
    article = Article(slug="t", title=title, sections=(Section("Clinical presentation", blocks),))
    return [(f.subject, f.value) for f in extract_facts(article) if f.kind is FactKind.SIGN]


def test_a_sign_opening_a_sentence_after_another_condition_is_not_the_title() -> None:
    signs = _prose_signs(
        "Pleural effusion",
        "Pleural effusions are common. Tension pneumothorax is a clinical emergency. The"
        " classic Hamman triad consists of chest pain, dyspnoea and tracheal deviation.",
    )
    assert ("Pleural effusion", "Hamman triad") not in signs


def test_a_sign_opening_a_sentence_after_the_title_stays_the_title() -> None:
    signs = _prose_signs(
        "Pleural effusion",
        "Pleural effusions are a common finding. The classic Hamman triad consists of"
        " chest pain, dyspnoea and tracheal deviation.",
    )
    assert ("Pleural effusion", "Hamman triad") in signs


def test_a_quoted_word_after_a_copula_or_of_touch_is_no_sign() -> None:
    for paragraph in (
        'Arterial ulcers are "dry" ulcers, whereas venous ulcers are "wet".',
        'Reduction of the dislocated shoulder is felt as a palpable "thud".',
    ):
        signs = _prose_signs("Leg ulcer", paragraph)
        assert not [v for _, v in signs if v in {"dry", "wet", "thud"}], (paragraph, signs)


def test_a_quoted_name_of_a_look_stays_a_sign() -> None:
    signs = _prose_signs(
        "Colonic tuberculosis", 'The caecum shows deep "collar-button" ulcers on barium enema.'
    )
    assert [v for _, v in signs if "collar-button" in v]
    signs = _prose_signs("Pulmonary metastases", 'Multiple "cannonball" nodules are typical.')
    assert [v for _, v in signs if "cannonball" in v]


def test_a_listed_sign_set_in_the_page_own_condition_stays_its_own() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Features that favour renal cell carcinoma include:",
        "the ivy sign in large angiomyolipomas",
    )
    assert ("Renal angiomyolipoma", "ivy sign") in signs


def test_a_sign_listed_after_a_denial_of_a_finding_elsewhere_stays() -> None:
    signs = _signs(
        "Renal angiomyolipoma",
        "Typical findings are listed below.",
        "no calcification; a cortical mass with the ivy sign",
    )
    assert ("Renal angiomyolipoma", "ivy sign") in signs
