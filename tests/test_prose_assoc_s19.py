"""Issue 11, session 19: whose relation a sentence or list states, and which lists name no
members. "Larger tumours" and "untreated lesions" (a generic noun after words of size or of the
condition's course) are the page's own subject, not a form of it; a list introduced by "…
increase the risk of X include:" holds X's risk factors; a list whose entries give points to
values ("size: small = 1, large = 2") is a score's items, no relation's members. Every
sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _associations(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def _prose(title: str, heading: str, *paragraphs: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="t", title=title, sections=(Section(heading, blocks),))


def _listed(title: str, heading: str, intro: str, *entries: str) -> Article:
    items = tuple(ListItem(e) for e in entries)
    blocks = (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=items))
    return Article(slug="t", title=title, sections=(Section(heading, blocks),))


def test_a_sized_generic_noun_that_causes_symptoms_is_the_title_not_a_form() -> None:
    found = _associations(
        _prose(
            "Sertoli cell tumour of the testis",
            "Clinical presentation",
            "Larger tumours can cause scrotal heaviness or a dragging ache.",
        )
    )
    subjects = {subject for subject, _, _ in found}
    assert subjects == {"Sertoli cell tumour of the testis"}
    assert {item for _, _, item in found} == {"scrotal heaviness", "dragging ache"}


def test_complications_of_untreated_lesions_are_the_titles() -> None:
    found = _associations(
        _prose(
            "Lacrimal gland pleomorphic adenoma",
            "Clinical presentation",
            "Complications of untreated lesions include globe displacement and diplopia.",
        )
    )
    assert {subject for subject, _, _ in found} == {"Lacrimal gland pleomorphic adenoma"}
    assert {item for _, _, item in found} >= {"globe displacement", "diplopia"}


def test_complications_of_the_titles_own_noun_after_a_course_word_are_the_titles() -> None:
    found = _associations(
        _prose(
            "Frontal sinus pyocele",
            "Clinical presentation",
            "Complications of neglected pyoceles include epidural abscess and "
            "cavernous sinus thrombosis.",
        )
    )
    assert {subject for subject, _, _ in found} == {"Frontal sinus pyocele"}


def test_a_list_of_what_increases_the_risk_of_an_event_is_that_events_risk_factors() -> None:
    found = _associations(
        _listed(
            "Dural arteriovenous fistula",
            "Clinical presentation",
            "Features that increase the risk of haemorrhage include:",
            "cortical venous reflux",
            "venous ectasia",
        )
    )
    # (since session 46 the event is named with its condition: "haemorrhage of …")
    assert found == {
        ("haemorrhage of dural arteriovenous fistula", "risk factors", "cortical venous reflux"),
        ("haemorrhage of dural arteriovenous fistula", "risk factors", "venous ectasia"),
    }


def test_a_list_giving_points_to_values_names_no_members() -> None:
    found = _associations(
        _listed(
            "Pancreatic pseudocyst",
            "Grading",
            "The index adds points for two features:",
            "wall thickness: thin (<2 mm) = 0, thick (>2 mm) = 1",
            "debris: absent = 0, present = 2",
        )
    )
    assert found == set()


def test_the_titles_head_noun_in_another_form_refers_back_to_the_title() -> None:
    """ "The infarct …" in an article on testicular infarction is the title's condition, so
    the risk factors of the sentence after it are the title's, not an "infarct"'s."""
    found = _associations(
        _prose(
            "Testicular infarction",
            "Pathology",
            "The infarct is usually segmental. Predisposing factors include epididymitis and "
            "inguinal hernia repair.",
        )
    )
    assert {subject for subject, _, _ in found} == {"Testicular infarction"}
    assert {item for _, _, item in found} == {"epididymitis", "inguinal hernia repair"}


def test_a_risk_factor_with_a_second_predicate_is_still_a_risk_factor() -> None:
    found = _associations(
        _prose(
            "Slipped capital femoral epiphysis",
            "Epidemiology",
            "Obesity is the strongest risk factor and is present in about 60% of affected "
            "children.",
        )
    )
    assert ("Slipped capital femoral epiphysis", "risk factors", "Obesity") in found


def test_a_clause_after_and_with_its_own_adverb_names_no_presentation() -> None:
    """ "present with pain, and symptoms typically wax and wane": "symptoms typically wax" is
    a clause of its own, not a second presenting feature."""
    found = _associations(
        _prose(
            "Tolosa-Hunt syndrome",
            "Clinical presentation",
            "Patients present with painful ophthalmoplegia, and episodes typically recur over "
            "months to years.",
        )
    )
    assert {item for _, _, item in found} == {"painful ophthalmoplegia"}


def test_it_after_a_sentence_on_a_test_is_the_condition_when_called_a_diagnosis() -> None:
    """ "Histology shows chronic inflammation. It is a diagnosis of exclusion": a test is
    no diagnosis; the cloze had read "Histology is a diagnosis of exclusion"."""
    article = _prose(
        "Sclerosing mastoiditis",
        "Pathology",
        "Histology shows non-specific chronic inflammation. It is a diagnosis of exclusion: "
        "cholesteatoma and malignancy must be excluded.",
    )
    said = {f.statement for f in extract_facts(article)}
    assert not any(s.startswith("Histology is") for s in said), said
    assert any(s.startswith("Sclerosing mastoiditis is a diagnosis") for s in said), said


def test_how_the_members_come_about_is_no_part_of_the_last() -> None:
    found = _associations(
        _prose(
            "Thymic cyst",
            "Clinical presentation",
            "Large cysts may cause stridor, dysphagia or cough by compressing the trachea.",
        )
    )
    assert {item for _, _, item in found} == {"stridor", "dysphagia", "cough"}
