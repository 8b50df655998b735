"""Classes listed under an intro that sorts the cases by one criterion ("Cysts are described
according to their location:", "… are grouped by their age, because …:", "The society
stratifies the disease by early mortality risk:"), as a bulleted list or, on a plain-text
page, as "label: detail" lines. Every text is invented, about organs the corpora do not
cover; an intro that sorts findings, causes or organ systems names no classes."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.class_intros import classing_criterion
from quizgen.model import FactKind
from quizgen.readers import read_text

_ENTRIES = (
    "subcapsular: beneath the renal capsule, compressing the cortex",
    "perirenal: within the fat around the kidney",
    "pararenal (retroperitoneal): outside the renal fascia",
)


def _types(intro: str, *, bullets: bool) -> set[tuple[str, str]]:
    mark = "- " if bullets else ""
    entries = "\n".join(f"{mark}{entry}" for entry in _ENTRIES)
    if bullets:
        page = f"# Renal haematoma\n\n## Pathology\n\n{intro}\n\n{entries}\n"
    else:
        page = f"Renal haematoma\n\nPathology\n\n{intro}\n\n{entries}\n"
    return {
        (f.item, f.value)
        for f in extract_facts(read_text(page))
        if f.kind is FactKind.ASSOCIATION and f.group == "types"
    }


_EXPECTED = {
    ("subcapsular", "beneath the renal capsule, compressing the cortex"),
    ("perirenal", "within the fat around the kidney"),
    ("pararenal (retroperitoneal)", "outside the renal fascia"),
}


@pytest.mark.parametrize("bullets", [True, False])
@pytest.mark.parametrize(
    "intro",
    [
        "Collections are described according to their location:",
        "By convention, renal haematomas are grouped by their site, because the route of "
        "drainage differs between them:",
        "The urological society stratifies renal haematoma by anatomical compartment:",
        "Haematomas are categorised on the basis of the compartment involved:",
        "Depending on the compartment the blood collects in, a haematoma may be:",
    ],
)
def test_entries_under_an_intro_sorting_cases_by_a_criterion_are_classes(
    intro: str, bullets: bool
) -> None:
    assert _types(intro, bullets=bullets) == _EXPECTED


@pytest.mark.parametrize("bullets", [True, False])
@pytest.mark.parametrize(
    "intro",
    [
        # findings, causes or body systems sorted by a criterion are no classes of the case
        "Imaging findings are described according to the modality:",
        "Clinical features are grouped by organ system:",
        "Causes are grouped by their mechanism:",
        # "described by" a person names who described it, not a criterion
        "The collections were described by Morrison in three patients:",
        # the intro sorts nothing: a description of the entries
        "Haematomas are described in the following locations:",
        # options, not cases, vary with the criterion
        "Depending on the size of the collection, management may be:",
        "Depending on the findings, the next step can be:",
    ],
)
def test_intros_that_sort_no_cases_give_no_classes(intro: str, bullets: bool) -> None:
    assert not _types(intro, bullets=bullets) & _EXPECTED


@pytest.mark.parametrize(
    ("intro", "criterion"),
    [
        ("Fractures are grouped by their age, because healing changes:", "age"),
        (
            "The society stratifies acute pancreatitis by early mortality risk 4:",
            "early mortality risk",
        ),
        ("Nodules are described by their density:", "density"),
        (
            "Well-differentiated tumours are graded by the proliferation index:",
            "proliferation index",
        ),
    ],
)
def test_the_criterion_is_read(intro: str, criterion: str) -> None:
    assert classing_criterion(intro) == criterion


@pytest.mark.parametrize(
    "intro",
    [
        "The index, originally described by Balthazar, combines two grades:",
        "The signal was classified by Mitchell into four classes:",
        "Nodules are described by their density.",  # no colon: nothing is listed
    ],
)
def test_no_criterion(intro: str) -> None:
    assert classing_criterion(intro) == ""
