"""What the lead found wrong on opened blind sets and own pages in session 22 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

from prose_helpers import of_kind, page_facts

from quizgen.extractors import extract_facts
from quizgen.extractors.text import leading_subject
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Hepatic peliosis", name: str = "page.md") -> list[Fact]:
    return page_facts(body, title, name)


_of = of_kind


def test_a_verb_outside_the_closed_list_ends_the_subject_before_an_article() -> None:
    sentence = "Unlike abscesses, the cavities fill the lobules of liver most exposed to steroids."
    assert leading_subject(sentence) == "the cavities"


def test_an_article_after_a_preposition_or_participle_stays_in_the_subject() -> None:
    assert leading_subject("Cysts of the spleen are rare.") == "Cysts of the spleen"
    assert leading_subject("Cavities lining the sinusoids are common.") == (
        "Cavities lining the sinusoids"
    )


def test_a_bare_share_after_such_a_sentence_is_not_owned_by_a_clause() -> None:
    body = (
        "## Pathology\n\nIn contrast to haemangiomas, peliotic cavities fill the lobules of "
        "liver most exposed to steroids. Roughly 80% are found in the right lobe.\n"
    )
    shares = [f for f in _of(FactKind.PERCENTAGE, _facts(body)) if f.value == "Roughly 80%"]
    assert shares, "the share was not extracted"
    assert all("fill" not in fact.subject for fact in shares), [f.subject for f in shares]


def _signs(body: str) -> dict[str, str]:
    return {f.item: f.subject for f in _of(FactKind.SIGN, _facts(body))}


def test_a_listed_sign_seen_in_a_share_of_cases_is_the_pages_own() -> None:
    body = (
        "## Radiographic features\n\nNamed CT signs include:\n\n"
        "- **lantern sign**: contrast trapped between thickened septa; seen in a minority of "
        "cases but very suggestive\n"
        "- **cup sign**: a cup of fluid; seen in 30% of patients with bacillary angiomatosis\n"
    )
    signs = _signs(body)
    assert signs["lantern sign"] == "Hepatic peliosis"
    assert signs["cup sign"] == "bacillary angiomatosis"


def test_a_finding_within_a_mass_is_no_condition_a_later_sign_belongs_to() -> None:
    body = (
        "## Radiographic features\n\nA fluid-fluid level within the hepatic mass is a helpful "
        "clue. On post-contrast T1 images, the necrotic mass shows only thin peripheral "
        "enhancement, the lantern ring sign.\n"
    )
    assert _signs(body) == {"lantern ring sign": "Hepatic peliosis"}


def test_the_titles_head_noun_opening_a_list_intro_is_the_title() -> None:
    body = (
        "## Radiographic features\n\nCT is the modality of choice. The ulcer is commonly "
        "associated with:\n\n- adjacent wall thickening\n- displacement of the serosal fat\n"
    )
    facts = _of(FactKind.ASSOCIATION, _facts(body, title="Penetrating duodenal ulcer"))
    assert {f.item: f.subject for f in facts} == {
        "adjacent wall thickening": "Penetrating duodenal ulcer",
        "displacement of the serosal fat": "Penetrating duodenal ulcer",
    }
    other = _of(
        FactKind.ASSOCIATION,
        _facts(body.replace("The ulcer", "The abscess"), title="Penetrating duodenal ulcer"),
    )
    assert {f.subject for f in other} == {"abscess"}


def test_a_kind_named_by_its_label_and_a_generic_noun_is_named_by_the_title() -> None:
    body = (
        "## Epidemiology\n\nType 1 disease is typically seen in older men, with a "
        "male-to-female ratio of around 3:1. Type 2 disease, in contrast, affects a younger "
        "population (mean age in the fifth decade).\n"
    )
    facts = _facts(body)
    ratios = _of(FactKind.SEX_RATIO, facts)
    ages = _of(FactKind.AGE, facts)
    assert [f.subject for f in ratios] == ["Hepatic peliosis (type 1)"]
    # ("typically seen in older men" is type 1's age group, named like its sex ratio)
    assert [f.subject for f in ages] == ["Hepatic peliosis (type 1)", "Hepatic peliosis (type 2)"]


def test_a_judgement_of_one_word_ends_the_sentence_without_error() -> None:
    # "typical of CPPD.": one token after "of" (an IndexError in blind set AQ/AR's scoring)
    body = "## Radiographic features\n\nChondrocalcinosis of the menisci is typical of CPPD.\n"
    statements = _of(FactKind.STATEMENT, _facts(body))
    assert [f.value for f in statements] == ["CPPD"]


_DUMP = """---
title: hepatic-peliosis
---

Hepatic peliosis | Radiology Reference Article | Example.org

# Hepatic peliosis

[Edit article](/articles/hepatic-peliosis/edit)

## Citation, DOI, disclosures and article data

        **
          Citation:
        **
  Doe J, Roe K. Hepatic peliosis. Reference article, Example.org (Accessed on 1 Mar 2026)

        **
          Synonyms:
        **
              -
                Peliosis hepatis

Hepatic peliosis is a rare benign vascular condition of the liver with blood-filled cavities.

#### Epidemiology

It is rare.
"""


def test_a_dumps_lead_after_its_indented_citation_block_is_read() -> None:
    article = read_text(_DUMP, path=Path("hepatic-peliosis.md"))
    lead = [b.text for s in article.sections if s.path == "" for b in s.blocks]
    assert any(text.startswith("Hepatic peliosis is a rare benign") for text in lead), lead
    definitions = _of(FactKind.DEFINITION, extract_facts(article))
    assert [f.subject for f in definitions] == ["Hepatic peliosis"]


_TEXT_LIST = """Hepatic peliosis | Example.org

Hepatic peliosis

Hepatic peliosis is a rare benign vascular condition of the liver.

Radiographic features

CT

Typical findings:

multiple small cavities with contrast pooling in the delayed phase
Central enhancement spreading outwards on delayed images
lantern sign: alternating bands of enhancement across the cavities

Treatment and prognosis

Withdrawal of the causative drug often leads to regression.
"""


def test_a_text_extractions_list_under_a_modality_heading_gives_its_findings() -> None:
    facts = extract_facts(read_text(_TEXT_LIST, path=Path("hepatic-peliosis.txt")))
    found = {f.value for f in _of(FactKind.APPEARANCE, facts)}
    # (the reader cannot be sure these mixed lines were one list, so it leaves them as lines)
    assert "multiple small cavities with contrast pooling in the delayed phase" in found, found


_TEXT_GROUPS = """Hepatic peliosis | Example.org

Hepatic peliosis

Hepatic peliosis is a rare benign vascular condition of the liver.

Radiographic features

MRI

Multiparametric MRI shows the two forms apart.

right lobe tumour
T2: bright cavities with a thin dark rim
DWI: no restricted diffusion
left lobe tumour
T2: heterogeneous cavities without a rim
"""


def test_a_plain_line_over_sequence_lines_in_a_text_list_heads_them() -> None:
    facts = extract_facts(read_text(_TEXT_GROUPS, path=Path("hepatic-peliosis.txt")))
    found = {(f.subject, f.attribute, f.value) for f in _of(FactKind.APPEARANCE, facts)}
    assert ("right lobe tumour", "MRI T2", "bright cavities with a thin dark rim") in found, found
    assert all(value not in {"right lobe tumour", "left lobe tumour"} for _, _, value in found)


_TEXT_SHARES = """Hepatic peliosis | Example.org

Hepatic peliosis

Hepatic peliosis is a rare benign vascular condition of the liver.

Pathology

Location

right lobe: about 60%
left lobe: about 25%
both lobes: about 15%, usually with hepatomegaly
"""


def test_a_text_extractions_run_of_shares_is_a_whole_divided() -> None:
    facts = extract_facts(read_text(_TEXT_SHARES, path=Path("hepatic-peliosis.txt")))
    shares = {(f.item, f.value) for f in _of(FactKind.FREQUENCY, facts)}
    assert {("right lobe", "about 60%"), ("left lobe", "about 25%")} <= shares, shares


def test_a_second_schemes_classes_with_the_same_labels_are_kept() -> None:
    body = (
        "## Classification\n\nThe Oster classification grades hepatic cavities:\n\n"
        "- grade 1: cavities under 5 mm\n- grade 2: cavities of 5-10 mm\n\n"
        "The Lind classification grades the lining of the cavities:\n\n"
        "- grade 1: endothelial lining\n- grade 2: no lining\n"
    )
    classes = {(f.item, f.value) for f in _of(FactKind.ASSOCIATION, _facts(body))}
    assert {("grade 1", "cavities under 5 mm"), ("grade 1", "endothelial lining")} <= classes
    ids = [f.id for f in _of(FactKind.ASSOCIATION, _facts(body))]
    assert len(ids) == len(set(ids))


def test_a_sign_to_look_for_names_no_owner() -> None:
    body = (
        "## Radiographic features\n\nA missing lobule (vanishing lobule sign) is a useful "
        "and subtle sign to seek on portal venous images.\n"
    )
    assert _signs(body) == {"vanishing lobule sign": "Hepatic peliosis"}


def test_a_listed_differentials_laboratory_finding_is_no_imaging_finding() -> None:
    body = (
        "## Differential diagnosis\n\nConsider:\n\n"
        "- hepatic haemangioma: normal biochemistry, peripheral nodular enhancement\n"
    )
    found = {f.value for f in _of(FactKind.APPEARANCE, _facts(body))}
    assert "normal biochemistry" not in found, found


def test_appear_to_be_hedges_a_claim_and_is_no_finding() -> None:
    body = (
        "## Radiographic features\n\n### CT\n\nOlder patients appear to be over-represented "
        "in some series. Lesions appear hypodense.\n"
    )
    found = {f.value for f in _of(FactKind.APPEARANCE, _facts(body))}
    assert "hypodense" in found
    assert not any(value.startswith("to ") for value in found), found


def test_a_paragraph_opening_on_a_described_instance_is_not_about_it() -> None:
    body = (
        "## Classification\n\nA unilocular anechoic cyst with a double wall is classified as "
        "stage one. A cyst with floating membranes, the lotus sign, is staged as stage three.\n"
    )
    assert _signs(body) == {"lotus sign": "Hepatic peliosis"}
