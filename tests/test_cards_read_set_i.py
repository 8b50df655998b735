"""Problems found by reading every MCQ of set I (eight articles written blind in session 8)
as a radiologist would: each test names what a reader saw, on invented sentences about other
organs, and fails when it comes back."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from quizgen.extractors import extract_facts
from quizgen.extractors.text import leading_subject
from quizgen.generators import generate
from quizgen.generators.vocab import vocabulary_of
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance
from quizgen.normalize import is_initialism, normalize_answer, same_name
from quizgen.readers import read_text


def _made(facts: list[Fact], title: str):  # type: ignore[no-untyped-def]
    provenance = Provenance(systems=("Hepatobiliary",))  # the library's conditions as options
    entry = ArticleFacts("test-article", title, provenance, tuple(facts))
    return generate([entry], rng=random.Random(0))


def _sign(make_fact: Callable[..., Fact], item: str, text: str, fact_id: str) -> Fact:
    return replace(
        make_fact(
            kind=FactKind.SIGN,
            subject="Nephrocalcinosis",
            item=item,
            group="",
            value=item,
            text=text,
            statement=text,
            section="Radiographic features",
        ),
        id=fact_id,
    )


def test_a_name_the_stem_itself_states_is_no_distractor(make_fact: Callable[..., Fact]) -> None:
    """Adenomyosis: 'also called "___" or "rain shower" shadowing' offered "rain shower
    shadowing", which fills the blank as well; Joubert syndrome's '___ and a "bat-wing"
    fourth ventricle' offered "bat-wing" (M3)."""
    text = 'Medullary deposits, also called "snowstorm" or "starry sky" pattern, are typical.'
    facts = [
        _sign(make_fact, "snowstorm", text, "key"),
        _sign(make_fact, "starry sky pattern", text, "alias"),
        _sign(make_fact, "rim sign", "A cortical rim sign may be seen.", "rim"),
        _sign(make_fact, "tram-track sign", "Cortical calcification gives a tram-track sign.", "t"),
        _sign(make_fact, "halo sign", "A halo sign surrounds the stone.", "halo"),
        _sign(make_fact, "comet-tail sign", "Reverberation gives a comet-tail sign.", "comet"),
    ]
    questions = [q for q in _made(facts, "Nephrocalcinosis").questions if q.fact_id == "key"]
    assert questions, "the sign is still asked with the other signs"
    for question in questions:
        assert "starry sky pattern" not in question.options, question.options


def _synonym(make_fact: Callable[..., Fact], subject: str, value: str, fact_id: str) -> Fact:
    text = f"{subject[:1].upper()}{subject[1:]} is also known as {value}."
    return replace(
        make_fact(
            kind=FactKind.SYNONYM,
            subject=subject,
            item="",
            group="",
            value=value,
            text=text,
            statement=text,
            section="Terminology",
        ),
        id=fact_id,
    )


def test_the_initials_of_the_title_are_not_asked_as_another_name(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which is another name for hypersensitivity pneumonitis? → HP" (and "DWM" for
    Dandy-Walker malformation): the key is read off the question (C4). Another name's
    initials are still asked."""
    title = "Primary sclerosing cholangitis"
    facts = [
        _synonym(make_fact, title, "PSC", "initials"),
        _synonym(make_fact, title, "BCS", "other-initials"),
    ]
    made = _made(facts, title)
    asked = {q.fact_id for q in made.questions}
    assert "initials" not in asked
    assert any(f.fact_id == "initials" and f.rule_id == "C4" for f in made.findings)
    assert "other-initials" in asked


def test_a_latin_plural_is_the_same_name() -> None:
    """ "hypersensitivity pneumonitis = hypersensitivity pneumonitides" was asked as a pair of
    names for one condition: it is one name in the plural."""
    assert same_name("hypersensitivity pneumonitis", "hypersensitivity pneumonitides")
    assert same_name("carcinomata", "carcinoma")
    assert not same_name("pneumonitis", "pneumonia")


def test_a_sign_s_other_name_is_not_asked_with_diseases_as_options(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which is another name for three-density pattern? → headcheese sign" among lung
    diseases; and "three-density pattern" was offered beside "EAA" as another name for
    hypersensitivity pneumonitis (M5)."""
    title = "Budd-Chiari syndrome"
    facts = [
        _synonym(make_fact, title, "hepatic vein thrombosis", "title"),
        _synonym(make_fact, "beaded pattern", "string of beads appearance", "sign"),
    ]
    made = _made(facts, title)
    assert "sign" not in {q.fact_id for q in made.questions}
    assert any(f.fact_id == "sign" and f.rule_id == "M5" for f in made.findings)
    assert made.questions, "the title's other name is still asked"
    for question in made.questions:
        assert "beaded pattern" not in question.distractor_pool, question.distractor_pool


def test_a_level_of_foci_within_the_lesion_is_not_asked_as_the_lesion_s(
    make_fact: Callable[..., Fact],
) -> None:
    """Pyogenic liver abscess: "on ultrasound, how does pyogenic liver abscess typically
    appear? → hyperechoic" from "bright echogenic foci" of gas, with "hypoechoic" and
    "anechoic" (true of a mature abscess) as the wrong options."""
    text = "Calcium produces hyperechoic foci within the mass."
    fact = replace(
        make_fact(
            kind=FactKind.APPEARANCE,
            subject="Thyroid nodule",
            item="Thyroid nodule",
            group="",
            attribute="ultrasound",
            value="hyperechoic foci",
            text=text,
            statement=text,
            section="Ultrasound",
        ),
        id="foci",
    )
    keys = [q.options[q.answer_index] for q in _made([fact], "Thyroid nodule").questions]
    assert "hyperechoic" not in keys, keys


def test_the_title_s_plural_or_initials_make_no_other_name_card(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Retropharyngeal abscess, also known as: [...] → Retropharyngeal abscesses" and
    "→ RPA": read off the card's own front. Another name is still a card."""
    title = "Retropharyngeal abscess"
    facts = [
        _synonym(make_fact, title, "Retropharyngeal abscesses", "plural"),
        _synonym(make_fact, title, "RPA", "initials"),
        _synonym(make_fact, title, "retropharyngeal space infection", "other"),
    ]
    answers = {d.answer for note in _made(facts, title).notes for d in note.deletions}
    assert answers == {"retropharyngeal space infection"}, answers


def test_initials_are_read_in_order_from_the_name() -> None:
    assert is_initialism("RPA", "Retropharyngeal abscess")  # letters inside a word too
    assert is_initialism("ADPKD", "autosomal dominant polycystic kidney disease")
    assert not is_initialism("EAA", "Hypersensitivity pneumonitis")  # another name's
    assert not is_initialism("PAR", "Retropharyngeal abscess")  # out of order
    assert not is_initialism("RZA", "Retropharyngeal abscess")  # a letter not in the name
    assert not is_initialism("RP", "Retropharyngeal abscess")  # a word's initial missing


def _finding(
    make_fact: Callable[..., Fact], subject: str, value: str, attribute: str, fact_id: str
) -> Fact:
    text = f"On imaging the {subject} shows {value}."
    return replace(
        make_fact(
            kind=FactKind.APPEARANCE,
            subject=subject,
            item=subject,
            group="",
            attribute=attribute,
            value=value,
            text=text,
            statement=text,
            section="Radiographic features",
        ),
        id=fact_id,
    )


def _differential(make_fact: Callable[..., Fact], subject: str, item: str) -> Fact:
    text = f"{item}: a differential of {subject}"
    return make_fact(
        kind=FactKind.DIFFERENTIAL,
        subject=subject,
        item=item,
        group="",
        value=item,
        text=text,
        statement=text,
        section="Differential diagnosis",
    )


_OTHER_FINDINGS = (
    ("Abscess", "rim of gas"),
    ("Lymphoma", "encasement of vessels"),
    ("Haematoma", "layering blood products"),
    ("Metastasis", "multiplicity"),
    ("Myelolipoma", "macroscopic fat"),
)


def _other_findings(make_fact: Callable[..., Fact]) -> list[Fact]:
    """Findings of other lesions on CT: the open pool a question's wrong options come from."""
    return [
        _finding(make_fact, subject, value, "CT", f"other-{n}")
        for n, (subject, value) in enumerate(_OTHER_FINDINGS)
    ]


def _hp(make_fact: Callable[..., Fact], title: str) -> Fact:
    """ "Hypersensitivity pneumonitis (HP)": the other name that "Fibrotic HP" is a kind of."""
    return make_fact(
        kind=FactKind.SYNONYM,
        subject=title,
        item="",
        group="",
        value="HP",
        text="Hypersensitivity pneumonitis (HP)",
        statement="Hypersensitivity pneumonitis (HP)",
    )


def test_one_finding_of_a_differential_is_not_asked_with_open_options(
    make_fact: Callable[..., Fact],
) -> None:
    """Ewing sarcoma: "on morphology, how does osteosarcoma typically appear? → osteoid
    matrix mineralisation" offered "aggressive periosteal reaction", just as true of it: the
    article gives one line on each differential. Its own subject is still asked."""
    title = "Adrenal adenoma"
    facts = [
        _differential(make_fact, title, "Adrenocortical carcinoma"),
        _finding(make_fact, "Adrenocortical carcinoma", "central necrosis", "CT", "ddx"),
        _finding(make_fact, title, "macroscopic fat absent", "CT", "own"),
        *_other_findings(make_fact),
    ]
    made = _made(facts, title)
    asked = {q.fact_id for q in made.questions}
    assert "ddx" not in asked
    assert any(f.fact_id == "ddx" and f.rule_id == "M3" for f in made.findings)
    assert "own" in asked


def test_a_denial_is_no_distractor_for_an_open_finding(make_fact: Callable[..., Fact]) -> None:
    """ "No central scar" was a wrong option for adrenocortical carcinoma: it holds for most
    lesions, so it may be right."""
    title = "Renal oncocytoma"
    facts = [
        _finding(make_fact, title, "spoke-wheel vessels", "CT", "key"),
        _finding(make_fact, "Angiomyolipoma", "no central scar", "CT", "denial"),
        *_other_findings(make_fact),
    ]
    pools = [q.distractor_pool for q in _made(facts, title).questions if q.fact_id == "key"]
    assert pools
    assert all("no central scar" not in pool for pool in pools), pools


def test_a_finding_of_a_kind_of_the_subject_is_no_distractor(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which finding is typical of hypersensitivity pneumonitis?" offered "traction
    bronchiectasis", which the article states for fibrotic HP (HP being its other name)."""
    title = "Hypersensitivity pneumonitis"
    facts = [
        _hp(make_fact, title),
        _finding(make_fact, title, "ground-glass opacity", "CT", "key"),
        _finding(make_fact, "Fibrotic HP", "traction bronchiectasis", "CT", "kind"),
        *_other_findings(make_fact),
    ]
    pools = [q.distractor_pool for q in _made(facts, title).questions if q.fact_id == "key"]
    assert pools
    assert all("traction bronchiectasis" not in pool for pool in pools), pools


def test_two_words_for_one_margin_are_one_option() -> None:
    """Pulmonary AVM: "A. well-circumscribed B. lobulated C. well-defined"; bone infarct:
    "sclerotic rim" beside "sclerotic margin" (M4)."""
    assert normalize_answer("well-circumscribed") == normalize_answer("well-defined")
    assert normalize_answer("sharply marginated") == normalize_answer("well defined")
    assert normalize_answer("poorly defined") == normalize_answer("ill-defined")
    assert normalize_answer("sclerotic rim") == normalize_answer("sclerotic margin")
    assert normalize_answer("well-defined") != normalize_answer("ill-defined")


def test_an_aspect_of_a_finding_is_not_asked_as_a_sequence(
    make_fact: Callable[..., Fact],
) -> None:
    """ "on morphology, how does … typically appear?", "on radiograph margins, …": an aspect
    is asked by its own noun."""
    title = "Thymoma"
    facts = [
        _finding(make_fact, title, "lobulated", "radiograph margins", "margins"),
        _finding(make_fact, "Lymphoma", "ill-defined", "radiograph margins", "m2"),
        _finding(make_fact, "Teratoma", "smooth", "radiograph margins", "m3"),
        _finding(make_fact, "Goitre", "irregular", "radiograph margins", "m4"),
    ]
    stems = [q.stem for q in _made(facts, title).questions if q.fact_id == "margins"]
    assert stems
    assert all("on radiograph," in s and "which margin is typical of" in s for s in stems), stems


def test_a_differential_from_another_page_is_offered_only_when_it_names_a_diagnosis(
    make_fact: Callable[..., Fact],
) -> None:
    """Chondrosarcoma's differential offered "for a peripheral lesion" (a list's heading),
    and Dandy-Walker's "inhibin-alpha" (a stain): wrong options read from other pages that
    name no diagnosis (M5)."""

    def ddx(article: str, subject: str, item: str) -> Fact:
        return replace(
            _differential(make_fact, subject, item),
            source=replace(make_fact().source, article=article, title=subject),
            id=f"{article}:{item}",
        )

    other = [
        ddx("b", "Enchondroma", item)
        for item in (
            "for a peripheral lesion",
            "inhibin-alpha",
            "bone infarct",
            "chondromyxoid fibroma",
            "osteochondroma",
            "fibrous dysplasia",
        )
    ]
    own = [ddx("a", "Chondroblastoma", "giant cell tumour of bone")]
    provenance = Provenance(systems=("Musculoskeletal",))
    entries = [
        ArticleFacts("a", "Chondroblastoma", provenance, tuple(own)),
        ArticleFacts("b", "Enchondroma", provenance, tuple(other)),
    ]
    made = generate(entries, rng=random.Random(0))
    pools = [q.distractor_pool for q in made.questions if q.article == "a"]
    assert pools
    for pool in pools:
        assert "for a peripheral lesion" not in pool, pool
        assert "inhibin-alpha" not in pool, pool
        assert "chondromyxoid fibroma" in pool, pool


def test_posterior_acoustic_enhancement_is_no_contrast_enhancement(
    make_fact: Callable[..., Fact],
) -> None:
    """A pseudocyst of my own: "which of these findings is typical? → ultrasound acoustic:
    enhancement", beside "ultrasound acoustic: no enhancement": sound passing through fluid
    was read as contrast enhancement."""
    assert vocabulary_of("posterior acoustic enhancement") is None
    assert vocabulary_of("posterior enhancement") is None
    vocabulary = vocabulary_of("rim enhancement")
    assert vocabulary is not None
    assert vocabulary.name == "enhancement"
    title = "Pancreatic pseudocyst"
    facts = [
        _finding(make_fact, title, "posterior acoustic enhancement", "ultrasound acoustic", "pae"),
        _finding(make_fact, title, "hypointense", "MRI T1", "t1"),
        _finding(make_fact, title, "hyperintense", "MRI T2", "t2"),
        _finding(make_fact, title, "anechoic", "ultrasound", "us"),
    ]
    for question in _made(facts, title).questions:
        assert not any("no enhancement" in option for option in question.options), question


def test_a_finding_of_the_whole_is_no_distractor_for_a_kind_of_it(
    make_fact: Callable[..., Fact],
) -> None:
    """A sheet asked "which finding is typical of fibrotic HP?" offering "ground-glass
    opacity", which the article states for hypersensitivity pneumonitis as a whole."""
    title = "Hypersensitivity pneumonitis"
    facts = [
        _hp(make_fact, title),
        _finding(make_fact, title, "ground-glass opacity", "CT", "whole"),
        _finding(make_fact, "Fibrotic HP", "traction bronchiectasis", "CT", "key"),
        *_other_findings(make_fact),
    ]
    pools = [q.distractor_pool for q in _made(facts, title).questions if q.fact_id == "key"]
    assert pools
    assert all("ground-glass opacity" not in pool for pool in pools), pools


def test_what_a_part_is_made_of_is_the_blank_not_the_participle() -> None:
    """A pseudocyst of my own: "The wall is [made of fibrous] and granulation tissue": the
    participle went into the blank."""
    text = "# Hydatid cyst\n\n## Pathology\n\nThe cyst wall is made of laminated membrane.\n"
    values = [
        fact.value for fact in extract_facts(read_text(text)) if fact.kind is FactKind.STATEMENT
    ]
    assert values == ["laminated membrane"], values


def test_the_site_s_name_and_menu_above_a_saved_text_page_are_no_title() -> None:
    """Set K's Boerhaave case, saved as text, was titled "Radiopaedia.org": every card and
    question named the site instead of the disease."""
    text = (
        "Radiopaedia.org\nLog In  Sign Up\nArticles  Cases  Courses  Quiz  About\n\n"
        "ADVERTISEMENT: Radiopaedia is free thanks to our supporters.\n\n"
        "Mallory-Weiss tear\n\nA Mallory-Weiss tear is a mucosal laceration of the distal "
        "oesophagus.\n"
    )
    assert read_text(text).title == "Mallory-Weiss tear"


def test_an_adverb_set_off_by_a_comma_is_no_subject() -> None:
    """ "Less often, rupture follows …. It accounts for around 15% of perforations" gave the
    share to "Less"."""
    text = (
        "# Mallory-Weiss tear\n\n## Epidemiology\n\nMallory-Weiss tear follows retching. "
        "Less often, bleeding follows coughing. It accounts for around 10% of upper "
        "gastrointestinal bleeds.\n"
    )
    items = [f.item for f in extract_facts(read_text(text)) if f.kind is FactKind.PERCENTAGE]
    assert items, "the share is still read"
    assert all(not item.lower().startswith("less") for item in items), items
    assert leading_subject("Occasionally, the tear extends into the stomach.") == "the tear"
    assert leading_subject("Less commonly, the tear is gastric.") == "the tear"


def test_a_quoted_adjective_in_brackets_is_a_gloss_not_a_sign() -> None:
    """Set K: 'a photopenic ("cold") defect' and 'the wall is thin ("paper-thin")' were asked
    as signs ("Which sign is meant?"); a quoted name in brackets is still one."""
    text = (
        '# Osteomyelitis\n\n## Nuclear medicine\n\nEarly on a photopenic ("cold") area may '
        'be seen. The cortex is thin ("paper-thin") over the abscess. Pain and fever '
        '("bone angina") precede the changes.\n'
    )
    signs = {f.item for f in extract_facts(read_text(text)) if f.kind is FactKind.SIGN}
    assert "cold" not in signs
    assert "paper-thin" not in signs
    assert "bone angina" in signs


def test_a_level_of_islands_or_lines_within_the_lesion_keeps_its_noun() -> None:
    """Adenomyosis: "hyperechoic islands and subendometrial echogenic lines" gave the finding
    "hyperechoic", as if the myometrium were hyperechoic."""
    text = (
        "# Adrenal myelolipoma\n\n## Radiographic features\n\n### Ultrasound\n\n"
        "On ultrasound the mass shows hyperechoic islands within a hypoechoic background.\n"
    )
    values = {f.value for f in extract_facts(read_text(text)) if f.kind is FactKind.APPEARANCE}
    assert "hyperechoic" not in values, values
    assert "hyperechoic islands" in values, values


def test_another_name_s_initials_are_not_the_title_s() -> None:
    """ "SPEN" (solid pseudopapillary epithelial neoplasm) holds the letters of "solid
    pseudopapillary neoplasm of the pancreas", but not its words' initials in order: it is
    another name's abbreviation, still worth a card."""
    assert not is_initialism("SPEN", "Solid pseudopapillary neoplasm of the pancreas")
    assert is_initialism("SPNP", "Solid pseudopapillary neoplasm of the pancreas")
