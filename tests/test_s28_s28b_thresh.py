"""Session 28 (helper s28b-thresh): how long a finding takes to resolve, improve or peak, on
invented sentences about several organs ("Bone marrow oedema usually resolves within 6
months"), and the shapes that must give no such fact: a relative clause about another noun, a
participle inside a definition, an infinitive, a modal, and an age."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*blocks: Block, title: str) -> set[tuple[str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Prognosis", blocks),))
    return {
        (f.subject, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def test_what_resolves_is_named_in_the_measure() -> None:
    facts = _thresholds(
        _paragraph("Bone marrow oedema usually resolves within 6 months."),
        title="Transient bone marrow oedema syndrome",
    )
    assert facts == {
        # the sentence opens on the oedema, so the time is the oedema's own
        ("Bone marrow oedema", "time to resolution", "within 6 months")
    }


def test_two_verbs_and_a_range_of_weeks() -> None:
    facts = _thresholds(
        _paragraph("Most occlusions improve or recanalise within 4-8 weeks, and few recur."),
        title="Vertebral artery dissection",
    )
    assert facts == {
        (
            "Vertebral artery dissection",
            "time to improvement or recanalisation of occlusions",
            "within 4-8 weeks",
        )
    }


def test_the_articles_own_course_when_the_subject_is_elided_or_bare() -> None:
    facts = _thresholds(
        _paragraph("The illness is self-limiting and usually settles within 2 weeks."),
        _paragraph("Most childhood cases regress spontaneously within 6 months to 2 years."),
        title="Subacute thyroiditis",
    )
    assert facts == {
        ("Subacute thyroiditis", "time to resolution", "within 2 weeks"),
        ("Subacute thyroiditis", "time to regression", "within 6 months to 2 years"),
    }


def test_a_list_entry_is_its_labels_course() -> None:
    article = Article(
        slug="t",
        title="Splenic infarct",
        sections=(
            Section(
                "Differential diagnosis",
                (
                    Block(
                        BlockKind.LIST,
                        items=(
                            ListItem("splenic haematoma: the collection resolves within 3 months"),
                        ),
                    ),
                ),
            ),
        ),
    )
    facts = {
        (f.subject, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.THRESHOLD
    }
    assert ("splenic haematoma", "time to resolution of collection", "within 3 months") in facts


def test_no_course_from_a_relative_a_participle_an_infinitive_a_modal_or_an_age() -> None:
    facts = _thresholds(
        _paragraph(
            "It is distinguished from a fibroid, which typically resolves within 30 minutes."
        ),
        _paragraph("Bowing that is symmetrical and resolves by 2 years is physiological."),
        _paragraph("Moderate disease includes transient renal failure resolving within 48 hours."),
        _paragraph("Surgery is indicated for failure to improve within 72 hours."),
        _paragraph("The effusion may resolve within 2 weeks."),
        _paragraph("The swelling usually resolves by 8 months of age."),
        title="Pelvic inflammatory disease",
    )
    assert not {f for f in facts if f[1].startswith("time to")}


# --- a bare "Most are", "frequently" and a stated mean or median --------------------------


def _sized(text: str, title: str) -> set[tuple[str, str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Pathology", (_paragraph(text),)),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_a_bare_most_gives_the_typical_size_of_the_articles_lesions() -> None:
    assert _sized("Most are under 2 cm at diagnosis.", "Splenic hamartoma") == {
        ("Splenic hamartoma", "size", "under 2 cm", "typical")
    }
    assert _sized("Most measure less than 5 mm.", "Renal papillary adenoma") == {
        ("Renal papillary adenoma", "size", "less than 5 mm", "typical")
    }


def test_a_bare_most_with_an_age_or_a_count_is_no_size() -> None:
    facts = _sized("Most are over 60 years of age.", "Splenic hamartoma")
    facts |= _sized("Most are more than 2 cm.", "Splenic hamartoma")
    assert not {f for f in facts if f[1] == "size"}


def test_frequently_is_a_typical_bound() -> None:
    facts = _sized(
        "The hallmark is bladder wall thickening, frequently over 1 cm, with mucosal oedema.",
        "Eosinophilic cystitis",
    )
    assert ("Eosinophilic cystitis", "bladder wall thickening", "over 1 cm", "typical") in facts


def test_a_stated_mean_or_median_of_the_articles_lesions() -> None:
    facts = _sized(
        "Tumours are usually large at presentation, with a mean diameter of around 6-8 cm.",
        "Adrenocortical carcinoma",
    )
    assert facts == {("Adrenocortical carcinoma", "mean diameter", "around 6-8 cm", "")}


def test_a_mean_of_another_structure_is_not_the_articles() -> None:
    facts = _sized(
        "The regional lymph nodes are enlarged, with a mean diameter of 15 mm.",
        "Adrenocortical carcinoma",
    )
    assert not facts


def test_frequently_is_no_measure_of_its_own() -> None:
    facts = _sized(
        "Serum calcitonin is markedly raised, frequently above 500 pg/mL, at presentation.",
        "Medullary thyroid carcinoma",
    )
    assert not {f for f in facts if f[1] == "frequently"}
