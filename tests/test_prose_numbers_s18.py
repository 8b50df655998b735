"""Number facts found wrong on set L (session 18), guarded by shape on sentences invented about
other organs and diseases: a list whose lead opens on one thing the paragraph brought in
divides that thing, not the title; a possessive lead ("Its variant X is found in N%") names
the item; a demonstrative standing for a treatment or test ("This approach has a recurrence
rate of 2%") gives the title no figure; a plain-text citation glued to a predominance's ratio
("2:16." = "2:1" + ref 6) does not hide the ratio."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _facts(*blocks: Block, title: str, kind: FactKind) -> list[Fact]:
    article = Article(slug="t", title=title, sections=(Section("Pathology", tuple(blocks)),))
    return [f for f in extract_facts(article) if f.kind is kind]


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*lines: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(line) for line in lines))


_SITES = _list("the bladder (colovesical fistula): about 65%", "the vagina: ~25%", "the skin: ~10%")


@pytest.mark.parametrize(
    ("lead", "thing"),
    [
        (
            "Chronic inflammation may erode through the bowel wall and form a fistula. "
            "The fistula connects the colon with:",
            "fistula",
        ),
        (
            "Rupture of the sac leaves a false aneurysm. The aneurysm communicates with:",
            "aneurysm",
        ),
    ],
)
def test_a_lead_on_one_thing_brought_in_before_makes_it_the_subject(lead: str, thing: str) -> None:
    facts = _facts(_paragraph(lead), _SITES, title="Diverticulitis", kind=FactKind.FREQUENCY)
    assert {(f.subject, f.value) for f in facts} >= {(thing, "about 65%"), (thing, "~10%")}
    assert all(f.group.startswith(f"the {thing} ") for f in facts)


@pytest.mark.parametrize(
    "lead",
    [
        # the lead names no thing of its own: the title's list, as before
        "Diverticulitis involves the following organs:",
        # a plain noun that the paragraph did not bring in and that is no lesion
        "The inflamed colon drains to:",
        # the title's own head noun is the title
        "The diverticulitis spreads to:",
    ],
)
def test_a_lead_without_another_thing_keeps_the_title(lead: str) -> None:
    facts = _facts(_paragraph(lead), _SITES, title="Diverticulitis", kind=FactKind.FREQUENCY)
    assert facts
    assert {f.subject for f in facts} == {"Diverticulitis"}


def test_a_possessive_lead_names_what_the_share_counts() -> None:
    sentence = (
        "The disease is linked to the GJB2 gene. Its commonest variant c.35delG is found "
        "in about 40% of East Asian patients with the disease."
    )
    facts = _facts(_paragraph(sentence), title="Congenital hearing loss", kind=FactKind.PERCENTAGE)
    assert [(f.item, f.value) for f in facts] == [("commonest variant c.35delG", "about 40%")]


def test_a_dotted_name_is_read_whole_before_its_share() -> None:
    sentence = "The variant p.G12D is present in around 35% of tumours."
    facts = _facts(_paragraph(sentence), title="Pancreatic carcinoma", kind=FactKind.PERCENTAGE)
    assert [(f.item, f.value) for f in facts] == [("variant p.G12D", "around 35%")]


@pytest.mark.parametrize(
    "sentence",
    [
        "This approach has a recurrence rate of under 5%.",
        "This procedure has a success rate of about 90%.",
        "This finding is seen in roughly 30% of cases.",
    ],
)
def test_a_demonstrative_for_a_treatment_or_finding_gives_the_title_no_figure(
    sentence: str,
) -> None:
    lead = "Excision of the whole gland is preferred."
    facts = _facts(
        _paragraph(f"{lead} {sentence}"), title="Thyroglossal duct cyst", kind=FactKind.PERCENTAGE
    )
    assert facts == []


@pytest.mark.parametrize(
    "sentence",
    [
        "These tumours account for about 5% of gastric neoplasms.",
        "This cyst recurs in around 10% of cases after simple excision.",
    ],
)
def test_a_demonstrative_for_the_condition_keeps_its_figure(sentence: str) -> None:
    facts = _facts(_paragraph(sentence), title="Thyroglossal duct cyst", kind=FactKind.PERCENTAGE)
    assert facts


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("There is a male predominance of about 3:14.", "M:F", "3:1"),
        ("A female predominance of roughly 1.5:12, is described.", "F:M", "1.5:1"),
        ("There is a female predominance of about 2:1.", "F:M", "2:1"),
    ],
)
def test_a_citation_glued_to_a_predominance_ratio_is_dropped(
    sentence: str, attribute: str, value: str
) -> None:
    facts = _facts(_paragraph(sentence), title="Synovial sarcoma", kind=FactKind.SEX_RATIO)
    assert [(f.attribute, f.value) for f in facts] == [(attribute, value)]


def test_digits_after_a_ratio_before_a_unit_are_no_citation() -> None:
    facts = _facts(
        _paragraph("There is a male predominance of 2:15 mm lesions."),
        title="Synovial sarcoma",
        kind=FactKind.SEX_RATIO,
    )
    assert [(f.attribute, f.value) for f in facts] == [("predominance", "male")]


@pytest.mark.parametrize(
    ("sentence", "subject", "attribute", "value"),
    [
        (
            "Most cases now occur in adults, typically in the sixth decade, with women affected "
            "about three times as often as men.",
            "Thyroid eye disease in adults",
            "F:M",
            "3:1",
        ),
        (
            "It is a disease of smokers, and men are more often affected than women.",
            "Thyroid eye disease",
            "predominance",
            "male",
        ),
    ],
)
def test_a_participle_or_fronted_adverb_still_states_the_ratio(
    sentence: str, subject: str, attribute: str, value: str
) -> None:
    facts = _facts(_paragraph(sentence), title="Thyroid eye disease", kind=FactKind.SEX_RATIO)
    assert [(f.subject, f.attribute, f.value) for f in facts] == [(subject, attribute, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        # one sex set apart, no comparison with the other
        "Women affected by the disease are older at diagnosis.",
        # a region's predominance without the other sex named is not the whole disease's
        "In Europe women are slightly more often affected, and the veins are involved.",
    ],
)
def test_no_ratio_without_both_sexes_compared(sentence: str) -> None:
    facts = _facts(_paragraph(sentence), title="Thyroid eye disease", kind=FactKind.SEX_RATIO)
    assert facts == []
