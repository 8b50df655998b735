"""Other names stated in sentences (synonym facts from prose): the name cue, what the name
belongs to, and sentences that name no other name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _synonyms(*paragraphs: str, title: str = "Renal oncocytoma") -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Terminology", blocks),))
    return {(f.subject, f.value) for f in extract_facts(article) if f.kind is FactKind.SYNONYM}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Renal oncocytoma, also known as oncocytic adenoma, is a benign renal tumour.",
            ("Renal oncocytoma", "oncocytic adenoma"),
        ),
        (
            "Renal oncocytomas are benign. They were formerly called proximal tubular adenomas.",
            ("Renal oncocytoma", "proximal tubular adenomas"),
        ),
        (
            "Skin lesions include ash-leaf macules and shagreen patches (historically called "
            "peau d'orange plaques), which appear early.",
            ("shagreen patches", "peau d'orange plaques"),
        ),
        (
            "An older name for the condition is granular cell adenoma.",
            ("Renal oncocytoma", "granular cell adenoma"),
        ),
        (  # telegraphic: no subject written
            "Renal oncocytomas are benign epithelial tumours. Also known as oncocytic adenomas.",
            ("Renal oncocytoma", "oncocytic adenomas"),
        ),
        (
            "Rupture may cause acute perirenal bleeding (Wunderlich syndrome).",
            ("acute perirenal bleeding", "Wunderlich syndrome"),
        ),
    ],
)
def test_a_stated_other_name_is_a_synonym_of_what_it_follows(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in _synonyms(sentence)


def test_a_second_name_after_and_less_often_is_kept() -> None:
    found = _synonyms(
        "Renal oncocytomas, commonly referred to as oncocytic tumours and less often as "
        "oxyphil adenomas, are benign."
    )
    assert ("Renal oncocytoma", "oncocytic tumours") in found
    assert ("Renal oncocytoma", "oxyphil adenomas") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a cue with no comma or parenthesis before it: the name is of something unnamed
        "Tumours formerly called granular adenomas are now designated grade 2.",
        # an anatomical eponym in parentheses is an instance, not another name
        "It arises from hypertrophy of the lymphoid tissue (Peyer patches) of the ileum.",
        # a vague head: "a syndrome" names nothing of its own
        "It may occur as part of a hereditary syndrome (Birt-Hogg-Dube syndrome).",
        # a sign in parentheses is a sign, not a name
        "Bruising may appear around the umbilicus (Cullen sign).",
        "The lesion is called benign because it never metastasises.",
    ],
)
def test_no_synonym_without_a_naming_cue_of_a_named_thing(sentence: str) -> None:
    assert _synonyms(sentence) == set()


_CUES = st.sampled_from(
    [
        ", also known as {name},",
        ", also called {name},",
        ", formerly known as {name},",
        " (historically called {name})",
        ", sometimes termed {name},",
        ", previously referred to as {name},",
    ]
)


@given(cue=_CUES)
def test_every_naming_cue_gives_the_same_fields(cue: str) -> None:
    sentence = "Renal oncocytoma" + cue.format(name="oncocytic adenoma") + " is a benign tumour."
    assert _synonyms(sentence) == {("Renal oncocytoma", "oncocytic adenoma")}


# --- more ways of giving another name (invented sentences about a brain tumour) ----------

_PA = "Pilocytic astrocytoma"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Pilocytic astrocytoma (PA) is a slow-growing glioma.", ("PA",)),
        ("Pilocytic astrocytomas (abbreviated PA) occur in children.", ("PA",)),
        ("It is sometimes referred to by the abbreviation JPA.", ("JPA",)),
        (
            "Pilocytic astrocytoma is also known as JPA or juvenile pilocytic astrocytoma.",
            ("JPA", "juvenile pilocytic astrocytoma"),
        ),
        (
            "Synonyms include juvenile pilocytic astrocytoma and cystic cerebellar astrocytoma.",
            ("juvenile pilocytic astrocytoma", "cystic cerebellar astrocytoma"),
        ),
        ("Spongioblastoma is an older, now obsolete term.", ("Spongioblastoma",)),
        ("Historically it was called spongioblastoma polare.", ("spongioblastoma polare",)),
        (
            "Pilocytic astrocytomas, or juvenile pilocytic astrocytomas, grow slowly.",
            ("juvenile pilocytic astrocytomas",),
        ),
        # the subject is the paragraph's, not the sentence's opening words
        (
            "Another name for this tumour is juvenile pilocytic astrocytoma.",
            ("juvenile pilocytic astrocytoma",),
        ),
    ],
)
def test_another_name_in_any_of_its_shapes(sentence: str, names: tuple[str, ...]) -> None:
    assert _synonyms(sentence, title=_PA) == {(_PA, name) for name in names}


@pytest.mark.parametrize(
    "sentence",
    [
        # another thing's abbreviation is no name of the subject
        "Computed tomography (CT) shows a cyst with a mural nodule.",
        "The tumour cells express glial fibrillary acidic protein (GFAP).",
        # letters that are not the title's initials
        "Pilocytic astrocytoma (WHO) is a grade 1 tumour.",
        # ", or X," after another thing than the subject is a choice, not a name
        "Medulloblastoma, or ependymoma, is the main differential.",
        # a pronoun is no name
        "It is an older term.",
    ],
)
def test_no_other_name_of_the_subject(sentence: str) -> None:
    assert _synonyms(sentence, title=_PA) == set()


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Also known as pilocytic tumours or juvenile astrocytomas.",
            ("pilocytic tumours", "juvenile astrocytomas"),
        ),
        ("It is sometimes still called spongioblastoma.", ("spongioblastoma",)),
        ('The older label "polar spongioblastoma" is a misnomer.', ("polar spongioblastoma",)),
        (
            "Because piloid cells dominate, they are widely known as piloid gliomas.",
            ("piloid gliomas",),
        ),
    ],
)
def test_more_names_without_a_comma_before_the_cue(sentence: str, names: tuple[str, ...]) -> None:
    found = _synonyms("Pilocytic astrocytoma is a glioma.", sentence, title=_PA)
    assert found == {(_PA, name) for name in names}


def test_another_spelling_is_another_name() -> None:
    found = _synonyms("American spelling: pheochromocytoma.", title="Phaeochromocytoma")
    assert found == {("Phaeochromocytoma", "pheochromocytoma")}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            'Rokitansky described the lesion in 1850, hence the old terms "adenoma '
            'sebaceum" and "Rokitansky tumour".',
            ("adenoma sebaceum", "Rokitansky tumour"),
        ),
        (
            'Early authors described it in 1899 as a "diffuse gliosis of the pons".',
            ("diffuse gliosis of the pons",),
        ),
        (
            'It was once grouped as "primitive neuroectodermal tumour" (PNET), a term that is '
            "no longer used.",
            ("primitive neuroectodermal tumour",),
        ),
        (  # seven words: a current name may be long
            "Pilocytic astrocytoma, now termed circumscribed astrocytic glioma of the "
            "posterior fossa, is common.",
            ("circumscribed astrocytic glioma of the posterior fossa",),
        ),
    ],
)
def test_old_and_current_names_in_quotes_and_prose(sentence: str, names: tuple[str, ...]) -> None:
    assert _synonyms(sentence, title=_PA) == {(_PA, name) for name in names}


@pytest.mark.parametrize(
    "sentence",
    [
        'Radiologists described it as "bosselated".',  # a description, not a name
        'The pain is often described as "tearing".',
    ],
)
def test_a_quoted_description_is_no_name(sentence: str) -> None:
    assert _synonyms(sentence, title=_PA) == set()


def test_a_title_with_of_before_the_cue_is_named_whole() -> None:
    found = _synonyms(
        "Coarctation of the aorta, also called aortic coarctation, is a congenital narrowing.",
        title="Coarctation of the aorta",
    )
    assert found == {("Coarctation of the aorta", "aortic coarctation")}


def test_another_things_other_name_is_carded_as_that_things() -> None:
    """ "Rib notching, also known as the Roesler sign": the card names rib notching, never
    the article ("Coarctation of the aorta, also known as: Roesler sign" teaches a wrong fact)."""
    from quizgen.generators.cloze import build_cloze_notes  # noqa: PLC0415
    from quizgen.model import ArticleFacts, Provenance  # noqa: PLC0415

    block = Block(
        BlockKind.PARAGRAPH,
        text="Rib notching, also known as the Roesler sign, is caused by collateral arteries.",
    )
    article = Article(
        slug="a", title="Coarctation of the aorta", sections=(Section("Radiograph", (block,)),)
    )
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.SYNONYM)
    notes = build_cloze_notes(ArticleFacts("a", article.title, Provenance(), facts), facts)
    assert [n.text for n in notes] == ["Rib notching, also known as: {{c1::Roesler sign}}"]


@pytest.mark.parametrize("word", ["term", "label", "name"])
def test_the_word_for_a_name_is_not_part_of_the_subject(word: str) -> None:
    # "the term X (also called Y)": Y is another name of X, not of "term X"
    sentence = (
        "When the same pattern follows radiotherapy, the "
        f"{word} radiation-induced sarcoma (also called post-radiation sarcoma) is preferred."
    )
    found = _synonyms(sentence, title="Osteosarcoma")
    assert ("radiation-induced sarcoma", "post-radiation sarcoma") in found
    assert not any(subject.startswith(word) for subject, _ in found)


def test_a_kind_named_before_the_title_keeps_its_own_name_and_shared_heads() -> None:
    # "A simple ranula (also called an oral or sublingual ranula)": the other names are the
    # simple kind's, and "oral" alone names nothing: it shares "ranula" with "sublingual"
    found = _synonyms(
        "A cortical lipoma (also called a parosteal or juxtacortical lipoma) sits on the bone.",
        title="Lipoma",
    )
    assert found == {
        ("cortical lipoma", "parosteal lipoma"),
        ("cortical lipoma", "juxtacortical lipoma"),
    }


def test_an_initialism_before_or_keeps_its_own_name() -> None:
    found = _synonyms(
        "Pilocytic astrocytoma, also known as JPA or juvenile pilocytic astrocytoma, is common.",
        title="Pilocytic astrocytoma",
    )
    assert ("Pilocytic astrocytoma", "JPA") in found


def test_findings_in_the_plural_are_no_other_name_of_a_syndrome_in_brackets() -> None:
    # the bracket names the whole clinical picture, not the nodules before it
    found = _synonyms(
        "Apical involvement in elderly smokers with cavitating nodules (Pancoast syndrome) "
        "suggests another cause.",
        "Renal oncocytomas (Zeller tumours) are benign.",
        title="Renal oncocytoma",
    )
    assert not any(name == "Pancoast syndrome" for _, name in found)
    assert any(name == "Zeller tumours" for _, name in found)


def test_a_listed_synonym_that_is_the_title_in_another_word_form_is_no_fact() -> None:
    """ "Renal infarcts" for "Renal infarction" asks nothing as another name (C1); a name
    with another word is kept."""
    article = Article(
        slug="t",
        title="Splenic infarction",
        synonyms=("Splenic infarcts", "Splenic infarct", "Splenic embolus"),
        sections=(),
    )
    kept = [f.value for f in extract_facts(article) if f.kind is FactKind.SYNONYM]
    assert kept == ["Splenic embolus"]
    possessive = Article(
        slug="p",
        title="Kienbock disease",
        synonyms=("Kienbock's disease", "lunatomalacia"),
        sections=(),
    )
    kept = [f.value for f in extract_facts(possessive) if f.kind is FactKind.SYNONYM]
    assert kept == ["lunatomalacia"]
    # plurals in -sses and -itides are word forms too (normalize.singular reads them)
    plural = Article(
        slug="q",
        title="Lung abscess",
        synonyms=("Lung abscesses", "Pulmonary abscess"),
        sections=(),
    )
    kept = [f.value for f in extract_facts(plural) if f.kind is FactKind.SYNONYM]
    assert kept == ["Pulmonary abscess"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Renal oncocytomas make up about 5% of renal tumours and are sometimes called "
            "oncocytic adenomas.",
            {("Renal oncocytoma", "oncocytic adenomas")},
        ),
        # the second predicate shares its sentence's subject, which is not the article's
        ("Smoking is common and is also known as tobacco use.", set()),
    ],
)
def test_a_name_given_by_a_second_predicate_is_its_sentence_subjects(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert _synonyms(sentence) == expected


def test_a_name_given_by_a_second_predicate_after_a_pronoun_is_the_referents() -> None:
    found = _synonyms(
        "Renal oncocytoma (RO) is a benign tumour. It is thought to arise from intercalated "
        "cells and is also called oxyphilic adenoma."
    )
    assert ("Renal oncocytoma", "oxyphilic adenoma") in found
