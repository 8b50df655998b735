"""Session 27 appearance rules: a finding said to be the sign of a state ("absent enhancement
indicates necrosis"), in a sequence line and in prose. Sentences invented about other organs."""

from __future__ import annotations

from prose_helpers import appearances, section

from quizgen.extractors import extract_facts
from quizgen.extractors.vetting import vet_facts
from quizgen.model import Article, Fact, FactKind, Section, SourceRef


def test_sequence_line_whose_finding_is_a_sign_of_a_state_names_the_state() -> None:
    found = appearances(
        "Testicular torsion",
        section(
            "MRI",
            "Signal characteristics:",
            (
                "DWI: restricted diffusion in the testis suggests haemorrhagic infarction",
                "T1 C+: preserved enhancement indicates viable parenchyma; absent "
                "enhancement indicates necrosis, and follow-up can confirm it",
            ),
        ),
    )
    assert (
        "Testicular torsion (haemorrhagic infarction)",
        "MRI DWI",
        "restricted diffusion in the testis",
    ) in found
    assert ("Testicular torsion (viable parenchyma)", "MRI T1 C+", "preserved enhancement") in found
    assert ("Testicular torsion (necrosis)", "MRI T1 C+", "absent enhancement") in found


def test_sequence_line_whose_sign_names_the_subject_or_no_state_stays_as_it_was() -> None:
    found = appearances(
        "Testicular torsion",
        section(
            "MRI",
            "Signal characteristics:",
            (
                "T2: low signal of the cord suggests testicular torsion",
                "T1: high signal suggests that the bleed is subacute",
                "STIR: high signal of the epididymis suggests a tumour instead",
            ),
        ),
    )
    assert ("Testicular torsion", "MRI T2", "low signal of the cord") in found
    assert not any(a in ("MRI T1", "MRI STIR") for _s, a, _v in found)


def test_prose_finding_said_to_indicate_a_state_is_that_states() -> None:
    found = appearances(
        "Acute cholecystitis",
        section(
            "Ultrasound",
            "Intraluminal membranes and a striated wall suggest gangrenous change. "
            "Loss of the echogenic mucosal line indicates perforation, such as a contained leak.",
        ),
    )
    assert (
        "Acute cholecystitis (gangrenous change)",
        "ultrasound",
        "intraluminal membranes and a striated wall",
    ) in found
    assert (
        "Acute cholecystitis (perforation)",
        "ultrasound",
        "loss of the echogenic mucosal line",
    ) in found


def test_prose_sign_of_the_subject_itself_or_of_no_finding_gives_no_state() -> None:
    found = appearances(
        "Acute cholecystitis",
        section(
            "Ultrasound",
            "A distended gallbladder with a thick wall suggests acute cholecystitis. "
            "This suggests perforation. A wall thickness above 3 mm suggests inflammation. "
            "Patients with fever suggest empyema.",
        ),
    )
    assert ("Acute cholecystitis", "ultrasound", "distended gallbladder with a thick wall") in found
    assert not any("(" in s for s, _a, _v in found)


def _article_facts(
    title: str, synonyms: tuple[str, ...], *sections: Section
) -> list[tuple[str, str, str]]:
    article = Article(slug="x", title=title, synonyms=synonyms, sections=sections)
    return [
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    ]


def test_list_after_an_intro_naming_a_form_of_the_subject_is_that_forms() -> None:
    found = _article_facts(
        "Multiple sclerosis",
        ("MS",),
        section(
            "MRI",
            "In tumefactive MS:",
            (
                "T1 C+: incomplete ring enhancement open towards the cortex",
                "DWI: peripheral restricted diffusion",
            ),
            "In children:",
            ("T2: large ill-defined lesions",),
            "In most patients:",
            ("FLAIR: periventricular ovoid lesions",),
        ),
    )
    assert (
        "Multiple sclerosis (tumefactive MS)",
        "MRI T1 C+",
        "incomplete ring enhancement open towards the cortex",
    ) in found
    assert (
        "Multiple sclerosis (tumefactive MS)",
        "MRI DWI",
        "peripheral restricted diffusion",
    ) in found
    assert ("Multiple sclerosis (children)", "MRI T2", "large ill-defined lesions") in found
    # a setting that names no form of the subject is no subject of its own
    assert ("Multiple sclerosis", "MRI FLAIR", "periventricular ovoid lesions") in found


def test_sentence_opening_on_an_eponymous_variant_names_it_but_not_another_disease() -> None:
    found = _article_facts(
        "Multiple sclerosis",
        (),
        section(
            "MRI",
            "In the Marburg variant, the lesions are hyperintense on T2. "
            "In Balo disease, the lesions are hypointense on T1.",
        ),
    )
    assert any(s.endswith("(Marburg variant)") and a == "MRI T2" for s, a, _v in found)
    assert not any("Balo" in s for s, _a, _v in found)


def test_signal_lines_after_an_intro_that_mentions_staging_are_kept() -> None:
    found = _article_facts(
        "Gallbladder carcinoma",
        (),
        section(
            "MRI",
            "MRI is the preferred technique for local staging.",
            ("T1: hypointense", "T2: mildly hyperintense"),
            "TNM staging:",
            ("T1: tumour confined to the mucosa", "T2: tumour invading the muscle layer"),
        ),
    )
    assert ("Gallbladder carcinoma", "MRI T1", "hypointense") in found
    assert ("Gallbladder carcinoma", "MRI T2", "mildly hyperintense") in found
    assert not any("tumour" in v for _s, _a, v in found)


def test_prose_sign_names_its_sequence_and_a_comparison_is_no_state() -> None:
    found = appearances(
        "Avascular necrosis of the femoral head",
        section(
            "MRI",
            "High T2 signal in the marrow suggests bone marrow oedema. "
            "A sclerotic rim and subchondral cysts favour necrosis over transient osteoporosis.",
        ),
    )
    assert (
        "Avascular necrosis of the femoral head (bone marrow oedema)",
        "MRI T2",
        "high T2 signal in the marrow",
    ) in found
    assert not any("sclerotic rim" in v for _s, _a, v in found)


def test_a_part_that_moves_or_breaks_is_named_by_its_change() -> None:
    found = appearances(
        "Perthes disease",
        section(
            "Plain radiograph",
            "The femoral head migrates laterally, and the acetabulum is shallow. "
            "The epiphysis fragments. The joint space is widened at this level.",
        ),
    )
    assert ("Perthes disease", "radiograph femoral head", "lateral migration") in found
    assert ("Perthes disease", "radiograph epiphysis", "fragmentation") in found
    assert ("Perthes disease", "radiograph joint space", "widened") in found


def test_listed_sign_and_a_raised_concern_name_their_state() -> None:
    found = appearances(
        "Gallbladder polyp",
        section(
            "Ultrasound",
            "Features include:",
            (
                "internal vascularity on colour Doppler indicates a true polyp rather than sludge",
                "a broad base and wall thickening raise concern for malignancy",
                "a pedunculated echogenic focus without shadowing",
            ),
        ),
    )
    assert (
        "Gallbladder polyp (malignancy)",
        "ultrasound",
        "broad base and wall thickening",
    ) in found
    # "a true polyp rather than sludge" compares: no state of the subject
    assert not any("polyp rather" in s or "sludge" in s for s, _a, _v in found)


def test_findings_under_a_heading_naming_a_form_or_an_organ_are_theirs() -> None:
    def under(
        heading: str, title: str, *blocks: str | tuple[str, ...]
    ) -> list[tuple[str, str, str]]:
        built = section(heading, *blocks)
        return _article_facts(title, (), Section(heading, built.blocks, ("Radiographic features",)))

    form = under(
        "Angioinvasive aspergillosis",
        "Pulmonary aspergillosis",
        "The nodules are hyperdense on CT.",
    )
    assert ("nodules of angioinvasive aspergillosis", "CT", "hyperdense") in form
    organ = under("Heart", "Sarcoidosis", ("T1 C+: patchy mid-wall late enhancement",))
    assert ("Sarcoidosis (heart)", "MRI T1 C+", "patchy mid-wall late enhancement") in organ
    other = under("Practical points", "Sarcoidosis", ("T2: hyperintense foci of oedema",))
    assert ("Sarcoidosis", "MRI T2", "hyperintense foci of oedema") in other


def test_a_names_modifier_used_as_its_noun_is_the_subject() -> None:
    found = appearances(
        "Carcinoid tumour",
        section(
            "Ultrasound",
            "Carcinoids are hypoechoic with variable vascularity. Adenomas are hyperechoic.",
        ),
    )
    assert ("Carcinoid tumour", "ultrasound", "hypoechoic") in found
    assert ("Carcinoid tumour", "colour Doppler", "variable vascularity") in found
    assert not any(v == "hyperechoic" and s == "Carcinoid tumour" for s, _a, v in found)


def test_an_entry_labelled_by_a_stage_is_that_stages() -> None:
    found = _article_facts(
        "Cerebral abscess",
        (),
        section(
            "MRI",
            "Signal depends on the stage:",
            (
                "early: ill-defined hyperintense on T2",
                "chronic stage (weeks): hypointense capsule on T2",
                "capsule: smooth and thin",
            ),
        ),
    )
    assert ("Cerebral abscess (early)", "MRI T2", "hyperintense") in found
    assert any(s == "Cerebral abscess (chronic stage)" and a == "MRI T2" for s, a, _v in found)
    assert not any("(capsule" in s for s, _a, _v in found)


def test_findings_listed_after_a_form_intro_under_a_modality_are_read() -> None:
    found = _article_facts(
        "Multiple sclerosis",
        ("MS",),
        section(
            "MRI",
            "In progressive MS:",
            (
                "diffuse atrophy of the corpus callosum",
                "follow-up: progressive enlargement of the lateral ventricles",
            ),
        ),
    )
    assert (
        "Multiple sclerosis (progressive MS)",
        "MRI",
        "diffuse atrophy of the corpus callosum",
    ) in found
    assert (
        "Multiple sclerosis (progressive MS, follow-up)",
        "MRI",
        "progressive enlargement of the lateral ventricles",
    ) in found


def test_what_a_sequence_lines_finding_reflects_is_no_part_of_it() -> None:
    found = appearances(
        "Transverse myelitis",
        section(
            "MRI",
            "Signal:",
            (
                "T1: hypointense in the acute phase, sometimes markedly so, indicating necrosis",
                "DWI: restricted diffusion, reflecting cytotoxic oedema",
            ),
        ),
    )
    assert (
        "Transverse myelitis",
        "MRI T1",
        "hypointense in the acute phase, sometimes markedly so",
    ) in found
    assert ("Transverse myelitis", "MRI DWI", "restricted diffusion") in found


def test_contrast_studies_named_by_a_heading_are_the_findings_modality() -> None:
    def under(heading: str, title: str, text: str) -> list[tuple[str, str, str]]:
        built = section(heading, text)
        return _article_facts(title, (), Section(heading, built.blocks, ("Radiographic features",)))

    reflux = under(
        "Micturating cystourethrography",
        "Vesicoureteric reflux",
        "It shows reflux of contrast into a dilated ureter and blunted calyces.",
    )
    assert (
        "Vesicoureteric reflux",
        "voiding cystourethrography",
        "reflux of contrast into a dilated ureter and blunted calyces",
    ) in reflux
    tube = under(
        "Hysterosalpingography",
        "Tubal occlusion",
        "Loculated contrast around the fimbrial end indicates peritubal adhesions.",
    )
    assert (
        "Tubal occlusion (peritubal adhesions)",
        "hysterosalpingography",
        "loculated contrast around the fimbrial end",
    ) in tube


def test_what_the_subject_or_its_process_produces_is_its_finding() -> None:
    found = _article_facts(
        "Hydatid cyst",
        (),
        section(
            "CT",
            "Hydatid cysts produce a well-defined cystic mass with a calcified wall. "
            "Detachment of the membrane produces floating undulating membranes. "
            "Abscesses form a thick-walled cavity. "
            "Rupture into the bile ducts produces the cyst within a cyst sign.",
        ),
    )
    values = {v for _s, _a, v in found}
    assert "well-defined cystic mass with a calcified wall" in values
    assert "floating undulating membranes" in values
    assert not any("thick-walled cavity" in v or v.endswith("sign") for v in values)


def test_a_list_after_an_intro_that_says_more_than_its_group_is_not_read_as_findings() -> None:
    found = _article_facts(
        "Perthes disease",
        (),
        section(
            "MRI",
            "In the late stage, the criteria of a poor outcome are:",
            ("a laterally extruded epiphysis", "a horizontal growth plate"),
        ),
    )
    assert not any("extruded" in v or "growth plate" in v for _s, _a, v in found)


def test_a_degree_word_before_enhancement_stays_in_the_finding() -> None:
    """ "wedge-shaped areas of reduced enhancement" (acute pyelonephritis) gave the finding
    "enhancement": the card said the kidney enhanced, the opposite of the page."""
    found = appearances(
        "Splenic infarct",
        section(
            "CT",
            "The infarct shows decreased enhancement compared with the normal spleen.",
            "Larger infarcts have diminished enhancement in a peripheral wedge.",
        ),
    )
    values = {value for _, _, value in found}
    assert "decreased enhancement" in values, found
    assert "diminished enhancement" in values, found
    assert "enhancement" not in values, found


def test_a_finding_that_favours_a_diagnosis_names_no_state_of_the_subject() -> None:
    """ "Uptake greater than liver favours malignancy" on an adenoma page made the subject
    "Adrenal adenoma (malignancy)": "favours" weighs another diagnosis, it names no state."""
    found = appearances(
        "Thyroid adenoma",
        section("Nuclear medicine", "Intense uptake on the delayed images favours malignancy."),
    )
    assert all("(malignancy)" not in subject for subject, _, _ in found), found
    states = appearances(
        "Thyroid adenoma",
        section("Ultrasound", "Internal vascularity on Doppler indicates a solid component."),
    )
    assert any("(solid component)" in subject for subject, _, _ in states), states


def test_a_site_label_before_the_lesion_is_the_site_and_visibility_is_no_finding() -> None:
    """Set W's LCH page: "Skull: the classic lesion is a punched-out lytic defect" gave the
    subject "Skull: the classic lesion"; "Small fragments are often only seen on CT" gave
    the finding "only seen" (rewritten here on another page)."""
    found = appearances(
        "Fibrous dysplasia",
        section(
            "Plain radiograph",
            "Skull: the classic lesion is a sclerotic, expanded bone with a ground-glass matrix.",
            "Small rib lesions are often only seen on CT.",
        ),
    )
    subjects = {subject for subject, _, _ in found}
    assert "Fibrous dysplasia (skull)" in subjects, found
    assert not any(subject.startswith("Skull:") for subject in subjects), found
    assert all(value != "only seen" for _, _, value in found), found


def test_a_site_label_glued_to_any_fact_s_subject_is_repaired() -> None:
    """The same "Skull: the classic lesion" subject reached a sign fact of the LCH page; the
    repair is made once, for every kind, where facts are vetted."""
    article = Article(slug="t", title="Fibrous dysplasia", sections=())
    source = SourceRef(article="t", title="Fibrous dysplasia", section="X", text="x")
    sign = Fact(
        id="t:sign:x",
        kind=FactKind.SIGN,
        subject="Skull: the classic lesion",
        value="v",
        source=source,
        item="ground-glass appearance",
    )
    assert vet_facts([sign], article)[0].subject == "Fibrous dysplasia (skull)"
