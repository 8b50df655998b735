"""Session 22: whose sign a named sign is when the grammar names the owner ("is a classic
sign of X", "In X the Y sign", "In variant ABC, …"), and owners that are no owners (a share
of cases, a look). Every sentence is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

TITLE = "Renal vein thrombosis"


def _signs(*sentences: str, title: str = TITLE) -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=s) for s in sentences)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    ("sentence", "owner", "sign"),
    [
        (
            "Sudden flank pain with a palpable loin mass, called the Morrow sign, is uncommon "
            "but is a classic sign of acute renal vein thrombosis.",
            "acute renal vein thrombosis",
            "Morrow sign",
        ),
        (
            'The "lantern" appearance of the calyces is a feature of chronic pyelonephritis.',
            "chronic pyelonephritis",
            "lantern appearance",
        ),
        (
            "The dotted rim sign is a highly specific clue to a segmental renal infarction.",
            "segmental renal infarction",
            "dotted rim sign",
        ),
    ],
)
def test_a_sign_called_a_sign_or_feature_of_a_condition_is_that_conditions(
    sentence: str, owner: str, sign: str
) -> None:
    assert (owner, sign) in _signs(sentence)


def test_a_condition_set_first_without_a_comma_owns_the_sign() -> None:
    sentence = (
        "In renal artery stenosis the parvus tardus sign, a slow-rising damped waveform, may "
        "be seen on Doppler."
    )
    assert _signs(sentence) == {("renal artery stenosis", "parvus tardus sign")}


def test_words_after_in_that_name_no_condition_leave_the_sign_to_the_page() -> None:
    sentence = "In most children the meniscus sign is seen on the first film."
    assert _signs(sentence) == {(TITLE, "meniscus sign")}


def test_a_kind_of_an_abbreviated_condition_set_first_owns_the_sign() -> None:
    facts = _signs(
        "Chronic inflammatory demyelinating polyneuropathy (CIDP) affects the nerve roots.",
        "In atypical CIDP, the classic finding is the onion bulb sign on nerve biopsy.",
        title="Chronic inflammatory demyelinating polyneuropathy",
    )
    assert facts == {("atypical CIDP", "onion bulb sign")}


def test_a_kind_before_an_undefined_abbreviation_is_no_owner() -> None:
    facts = _signs(
        "In atypical CIDP, the classic finding is the onion bulb sign on nerve biopsy.",
        title="Chronic inflammatory demyelinating polyneuropathy",
    )
    assert facts == {("Chronic inflammatory demyelinating polyneuropathy", "onion bulb sign")}


def test_a_share_of_the_abbreviated_lesions_is_no_owner() -> None:
    facts = _signs(
        "Papillary renal cell carcinoma (PRCC) is the second most common subtype.",
        "Many tumours show a low-signal rim (the dark halo sign), which is seen in about "
        "two-thirds of PRCCs.",
        title="Papillary renal cell carcinoma",
    )
    assert ("about two-thirds of PRCCs", "dark halo sign") not in facts
    assert facts == {("Papillary renal cell carcinoma", "dark halo sign")}


def _listed(title: str, intro: str, *entries: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("CT", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


def test_a_listed_sign_seen_in_a_share_of_cases_is_the_pages() -> None:
    facts = _listed(
        "Typhlitis",
        "Signs on CT:",
        "halo sign: layered mural oedema around the caecum; seen in a minority of cases "
        "but specific in a neutropenic patient",
    )
    assert facts == {("Typhlitis", "halo sign")}


def test_a_look_before_with_the_sign_owns_no_sign() -> None:
    facts = _listed(
        "Carotid body tumour",
        "MRI:",
        'T2: high signal, with the "lightbulb" appearance in larger tumours',
    )
    assert facts == {("Carotid body tumour", "lightbulb appearance")}


def test_a_look_that_gives_a_sign_does_not_own_it() -> None:
    facts = _signs('Thin septation or pseudoseptation may give a "soap bubble" look.')
    assert facts == {(TITLE, "soap bubble")}


def test_a_sign_heard_when_a_condition_is_present_is_that_conditions() -> None:
    sentence = (
        "A systolic click on auscultation (the Kellner sign) may be heard when a "
        "pneumopericardium is present."
    )
    assert _signs(sentence) == {("pneumopericardium", "Kellner sign")}


def test_a_sign_that_represents_a_structure_and_suggests_a_condition_is_the_conditions() -> None:
    sentence = (
        "Bright foci within the clot (the spot sign) represent extravasated contrast and "
        "suggest haematoma expansion."
    )
    assert _signs(sentence, title="Intracerebral haemorrhage") == {
        ("haematoma expansion", "spot sign")
    }


def test_a_sign_that_only_represents_a_structure_stays_the_pages() -> None:
    sentence = "Bright foci within the clot (the spot sign) represent extravasated contrast."
    assert _signs(sentence, title="Intracerebral haemorrhage") == {
        ("Intracerebral haemorrhage", "spot sign")
    }


def test_a_sign_another_thing_mimics_is_not_shown() -> None:
    facts = _signs(
        "Chemical shift at the vessel wall can mimic a double lumen sign.",
        "Fat-suppressed images show the false lumen, known as the double lumen sign.",
    )
    assert len(facts) == 1
    facts = _signs("Chemical shift at the vessel wall can mimic a double lumen sign.")
    assert not facts


def test_a_listed_look_alike_of_a_sign_is_not_shown() -> None:
    facts = _listed(
        "Vertebral artery dissection",
        "Pitfalls:",
        "slow flow: bright signal in the lumen, which can mimic a crescent sign",
    )
    assert not facts


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "A thin sclerotic shell around the defect is called a ring sequestrum.",
            "ring sequestrum",
        ),
        (
            "Marrow oedema spreading into the adjacent ribs, known as the blush phenomenon, "
            "is typical.",
            "blush phenomenon",
        ),
    ],
)
def test_a_name_given_after_called_or_known_as_is_a_sign(sentence: str, sign: str) -> None:
    assert sign in {item for _, item in _signs(sentence, title="Osteoid osteoma")}


def test_a_synonym_after_also_known_as_is_no_sign() -> None:
    sentence = "The condition is also known as pneumatosis vesicae."
    assert not _signs(sentence, title="Gas-forming cystitis")


@pytest.mark.parametrize(
    "sentence",
    [
        "Such cysts are sometimes called tar cysts because of their appearance.",
        "The waist gives a lobulated outline; this is known as the cottage loaf sign or "
        "figure-of-eight configuration.",
    ],
)
def test_a_given_name_read_over_a_clause_or_a_second_name_is_not_one_name(
    sentence: str,
) -> None:
    items = {item for _, item in _signs(sentence, title="Endometrioma")}
    assert not any(" because " in i or " sign or " in i for i in items)


def test_a_bare_name_after_is_known_as_restates_its_subject() -> None:
    assert not _signs("Loss of the fat plane is known as fat effacement.", title="Lipoma")


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "On examination there may be a hard umbilical nodule (Sister Mary Joseph nodule).",
            "Sister Mary Joseph nodule",
        ),
        ("Enlarged axillary nodes (the Irish node) are sometimes felt.", "Irish node"),
    ],
)
def test_an_eponymous_finding_named_alone_in_brackets_is_a_sign(sentence: str, sign: str) -> None:
    assert ("Gastric adenocarcinoma", sign) in _signs(sentence, title="Gastric adenocarcinoma")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ligament runs parallel to the roof of the notch (Blumensaat line).",
        "Retrograde menstruation (Sampson theory) is the leading explanation.",
        "A unification operation (Strassman metroplasty) may be offered.",
    ],
)
def test_an_eponymous_landmark_method_or_theory_in_brackets_is_no_sign(sentence: str) -> None:
    assert not _signs(sentence, title="Endometrioma")


def test_a_sign_in_a_whereas_clause_is_a_sign_of_what_that_clause_favours() -> None:
    sentence = (
        "Symmetric lesions of the deep grey matter favour encephalitis, whereas ovoid "
        "callosal lesions (the comb sign), black holes, long cord lesions and unmatched "
        "oligoclonal bands favour demyelination."
    )
    assert _signs(sentence, title="Acute encephalitis") == {("demyelination", "comb sign")}
