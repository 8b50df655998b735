"""Session 18 (statement precision): a sentence that only says a heading's content varies
("The appearance depends on the proportions of fat and blood") or that only praises a test
("Radiographs are often characteristic.") makes no statement; the same subjects with what
they show or how they vary stay statements. Every sentence is invented, about other organs."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_refusals import _testable
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(body: str, title: str = "Splenic hamartoma") -> list[Fact]:
    text = f"# {title}\n\n## Imaging\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "The imaging appearance depends on the relative amounts of fibrosis and haemorrhage.",
        "Presentation varies with the segment of the spleen involved.",
        "The differential diagnosis depends mainly on the presence of calcification.",
        "Plain radiographs are often highly suggestive.",
        "Sonography is usually characteristic.",
        "Echinococcosis has a striking geographic distribution.",
        "Outcomes have improved considerably with modern surgical techniques.",
        "Overall survival has improved with current treatment.",
        "Susceptibility to echinococcosis reflects both genes and environment.",
    ],
)
def test_a_varying_or_praised_heading_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # how it varies, or what the test shows, is the fact
        "Radiographs are often characteristic, showing a calcified rim.",
        "Prognosis depends on the extent of splenic infarction.",
        "Sonography is usually characteristic of a hypervascular splenic mass.",
    ],
)
def test_how_it_varies_or_what_the_test_shows_stays(sentence: str) -> None:
    assert len(_statements(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence goes on to say how, or the subject is no heading of the page
        "The appearance depends on fibrosis, fibrotic lesions being hypointense on T2.",
        "Presentation varies with age; in adults the lesion causes portal hypertension.",
        "Splenic salvage depends on the duration of torsion.",
        "Radiographs are often characteristic in the third trimester.",
        # where it is common, or which treatment, is the fact
        "Splenic hamartoma has a marked geographic distribution, being commonest in Japan.",
        "Survival has improved with splenectomy.",
        "Susceptibility reflects both genes and environment, with HLA-B27 the strongest factor.",
    ],
)
def test_the_refusal_takes_only_the_whole_bare_sentence(sentence: str) -> None:
    assert _testable(sentence)
