"""Session-25 card review (set S/T pages read as a teacher would), each rule checked on
sentences invented for other organs and diseases."""

from __future__ import annotations

from prose_helpers import appearances
from prose_helpers import section as _section

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def test_places_sharing_one_head_are_one_finding() -> None:
    """ "frontal lobe, insula and temporal lobe predominance" is one finding: cut at its comma
    or its "and", it would teach "insula and temporal lobe predominance" (a member cut in half)."""
    found = appearances(
        "Herpes simplex encephalitis",
        _section(
            "Differential diagnosis",
            (
                "limbic encephalitis: frontal lobe, insula and temporal lobe predominance",
                "gliomatosis: bilateral non-enhancing infiltration",
            ),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert not any(v.startswith(("insula", "temporal lobe")) for v in values), values
    assert "frontal lobe, insula and temporal lobe predominance" in values


def test_findings_joined_by_and_are_still_cut() -> None:
    found = appearances(
        "Renal infarction",
        _section(
            "Differential diagnosis",
            ("pyelonephritis: cortical thinning, perinephric stranding and urothelial thickening",),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert "cortical thinning, perinephric stranding and urothelial thickening" not in values


def _associations(title: str, sentence: str) -> list[tuple[str, str, str]]:
    article = Article(
        slug="x",
        title=title,
        sections=(Section("Pathology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return [
        (f.subject, f.item, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    ]


_RECLASSIFIED = (
    "Under the current classification of biliary tumours, the term cholangiocarcinoma is "
    "reserved for IDH-wildtype tumours; tumours previously called IDH-mutant "
    "cholangiocarcinoma are now classified as biliary adenocarcinoma, IDH-mutant, grade 3."
)


def test_a_genotype_or_grade_after_a_name_is_no_member_of_its_own() -> None:
    """ "classified as biliary adenocarcinoma, IDH-mutant, grade 3" names one class: cut at
    its commas it taught "IDH-mutant" and "grade 3" (or "CNS", where "WHO" ended the run
    as if it were "who") as types."""
    items = {
        item for _s, item, _g in _associations("Cholangiocarcinoma, IDH-wildtype", _RECLASSIFIED)
    }
    assert not items & {"IDH-mutant", "grade 3", "biliary adenocarcinoma"}
    assert split_noun_phrases("hepatoma, TP53-mutant, CNS WHO grade 4, or angiosarcoma.") == [
        "hepatoma, TP53-mutant, CNS WHO grade 4",
        "angiosarcoma",
    ]
    assert split_noun_phrases("cortical adenoma, KRAS-mutant, WHO grade 2, or oncocytoma.") == [
        "cortical adenoma, KRAS-mutant, WHO grade 2",
        "oncocytoma",
    ]
    # classes that are grades stay classes
    assert split_noun_phrases("grade 1, grade 2 or grade 3.") == ["grade 1", "grade 2", "grade 3"]
    assert split_noun_phrases("smokers, miners who inhale dust and welders.") == [
        "smokers",
        "miners",
    ]


def test_a_name_that_says_wildtype_has_no_mutation_of_that_gene() -> None:
    found = _associations("Cholangiocarcinoma, IDH-wildtype", _RECLASSIFIED)
    assert ("Cholangiocarcinoma, IDH-wildtype", "IDH mutation", "genetic features") not in found
    other = _associations(
        "Cholangiocarcinoma", "IDH mutation is found in 20% of intrahepatic tumours."
    )
    assert ("Cholangiocarcinoma", "IDH mutation", "genetic features") in other


def _presentations(sentence: str) -> set[str]:
    article = Article(
        slug="x",
        title="Thyroid goitre",
        sections=(Section("Clinical presentation", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {f.item for f in extract_facts(article) if f.group == "presenting features"}


def test_stacked_modifiers_a_comment_and_a_verb_of_inference_end_no_member() -> None:
    """ "dull, poorly localised, exertional pain, sometimes with nausea" is one complaint
    (not "dull" and "sometimes with nausea"); "stridor, hoarseness or dysphagia suggest a
    large goitre" ends at its verb (not "dysphagia suggest a large goitre")."""
    found = _presentations(
        "Patients typically complain of dull, poorly localised, exertional pain, "
        "sometimes with nausea."
    )
    assert found == {"dull, poorly localised, exertional pain"}
    found = _presentations(
        "Obstructive symptoms such as stridor, hoarseness or dysphagia suggest a large goitre "
        "or a retrosternal extension."
    )
    assert found == {"stridor", "hoarseness", "dysphagia"}
    # a list without such a modifier is still a list
    assert split_noun_phrases("fever, weight loss, night sweats and pruritus.") == [
        "fever",
        "weight loss",
        "night sweats",
        "pruritus",
    ]


def test_a_structure_before_a_clause_with_and_is_its_own_piece() -> None:
    """ "an occluded vein, with oedema that is often cortical and haemorrhagic": the part
    after the comma is a clause of its own, not the structure's coordinated head."""
    found = appearances(
        "Cerebral venous thrombosis",
        _section(
            "Differential diagnosis",
            (
                "venous infarction: an occluded vein, with oedema that is often cortical and "
                "haemorrhagic",
            ),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert not any(v.startswith("occluded vein, with") for v in values), values


def test_a_wildtype_feature_of_a_wildtype_name_stays() -> None:
    found = _associations(
        "Cholangiocarcinoma, IDH-wildtype",
        "Under the current classification, the term cholangiocarcinoma is reserved for tumours "
        "that are IDH wild-type.",
    )
    assert ("Cholangiocarcinoma, IDH-wildtype", "IDH wild-type", "genetic features") in found
