"""The development-corpus scorer (bench/eval.py) counts what it says it counts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "bench"

ARTICLE = """\
Example tumour

Example tumour is a rare neoplasm of the kidney.

Epidemiology

It accounts for 3% of renal tumours. Patients are usually in their sixties.

Radiographic features

MRI

The lesion is hyperintense on T2-weighted images.
"""


def _load_eval() -> ModuleType:
    """bench/ is not a package: load eval.py by path."""
    spec = importlib.util.spec_from_file_location("bench_eval", BENCH / "eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def scorer() -> ModuleType:
    return _load_eval()


def test_levels_structured_sentence_missed(scorer: ModuleType) -> None:
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "It accounts for 3% of renal tumours"
    source = SourceRef("example", "Example tumour", "Epidemiology", quote + ".")
    gold = scorer.GoldFact("percentage", "example tumour", "renal tumours", "3%", "", "", quote)
    structured = Fact(
        "a", FactKind.PERCENTAGE, "Example tumour", "3%", source, item="renal tumours"
    )
    sentence_only = Fact(
        "b",
        FactKind.STATEMENT if hasattr(FactKind, "STATEMENT") else FactKind.PERCENTAGE,
        "Example tumour",
        "",
        source,
        statement=quote + ".",
    )
    elsewhere = Fact(
        "c",
        FactKind.PERCENTAGE,
        "Example tumour",
        "3%",
        SourceRef("example", "Example tumour", "", "Something else entirely, 3%."),
        item="renal tumours",
    )
    assert scorer.level(gold, [structured], "Example tumour")[0] == "structured"
    assert scorer.level(gold, [sentence_only], "Example tumour")[0] == "sentence"
    assert scorer.level(gold, [elsewhere], "Example tumour")[0] == "missed"
    # The right number about the wrong thing is not structured.
    wrong_item = Fact("d", FactKind.PERCENTAGE, "Example tumour", "3%", source, item="bone tumours")
    assert scorer.level(gold, [wrong_item], "Example tumour")[0] != "structured"
    # A different number is not the fact.
    wrong_value = Fact(
        "e", FactKind.PERCENTAGE, "Example tumour", "30%", source, item="renal tumours"
    )
    assert scorer.level(gold, [wrong_value], "Example tumour")[0] == "missed"


def test_corpus_run_counts_recall_and_precision(
    tmp_path: Path, scorer: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizgen.model import Article, Fact, FactKind, SourceRef  # noqa: PLC0415

    folder = tmp_path / "example-tumour"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {
        "title": "Example tumour",
        "facts": [
            {
                "kind": "appearance",
                "subject": "example tumour",
                "attribute": "T2",
                "value": "hyperintense",
                "quote": "The lesion is hyperintense on T2-weighted images",
            },
            {
                "kind": "statement",
                "subject": "example tumour",
                "value": "nothing like this sentence",
                "quote": "This sentence is not in the article at all",
            },
        ],
    }
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    t2 = "The lesion is hyperintense on T2-weighted images."
    right = Fact(
        "right",
        FactKind.APPEARANCE,
        "Example tumour",
        "hyperintense",
        SourceRef("example-tumour", "Example tumour", "MRI", t2),
        attribute="MRI T2",
    )
    junk = Fact(
        "junk",
        FactKind.DEFINITION,
        "Example tumour",
        "Radiographic features",
        SourceRef("example-tumour", "Example tumour", "", "Radiographic features"),
    )

    def fake_extract(article: Article) -> list[Fact]:
        return [right, junk]

    monkeypatch.setattr(scorer, "extract_facts", fake_extract)
    scores = [scorer.score_article(f, "txt") for f in scorer.corpus_folders([tmp_path])]
    summary = scorer.summarise(scores)
    assert summary["gold_facts"] == 2
    by_kind = summary["recall_by_kind"]
    assert by_kind["statement"] == {"missed": 1}
    assert by_kind["appearance"] == {"structured": 1}
    assert summary["recall"] == 0.5
    assert summary["extracted_facts"] == 2
    assert summary["precision"] == 0.5
    assert summary["precision_by_kind"]["definition"] == {"wrong": 1}


@pytest.mark.parametrize(
    ("gold_answer", "attribute", "value", "structured"),
    [
        ("no sex predilection", "M:F", "1:1", True),
        ("more common in women", "predominance", "female", True),
        ("Women are affected slightly more often than men", "F:M", "3:2", True),
        ("more common in women", "predominance", "male", False),
        ("no sex predilection", "M:F", "2:1", False),
        # "M = F" is written for equal sexes
        ("M = F", "M:F", "1:1", True),
        ("M = F", "predominance", "male", False),
        # an answer with figures is matched by its figures only
        ("M:F 3:1", "predominance", "male", False),
    ],
)
def test_sex_ratio_in_words_matches_the_same_favoured_sex(
    scorer: ModuleType, gold_answer: str, attribute: str, value: str, structured: bool
) -> None:
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "Gout is more common in some people than in others"
    source = SourceRef("gout", "Gout", "Epidemiology", quote + ".")
    gold = scorer.GoldFact("sex_ratio", "gout", "", gold_answer, "", "", quote)
    fact = Fact("a", FactKind.SEX_RATIO, "Gout", value, source, attribute=attribute)
    assert (scorer.level(gold, [fact], "Gout")[0] == "structured") is structured


@pytest.mark.parametrize(
    ("gold_attribute", "attribute", "same"),
    [
        ("CT C+", "contrast-enhanced CT", True),
        ("gradient echo", "MRI SWI/GRE", True),
        ("DSA", "angiography", True),
        ("bone scintigraphy", "bone scan", True),
        ("T2/STIR", "MRI STIR", True),
        ("T1 C+ (Gd)", "MRI T1 C+", True),
        ("T1", "MRI T2", False),
        ("CT C+", "CT non-contrast", False),
        ("FLAIR", "MRI T2", False),
        ("DWI", "MRI ADC", False),
        ("colour Doppler", "ultrasound", False),
        # a region, plane or projection is no technique; HRCT is CT, a barium study fluoroscopy
        ("chest radiograph", "radiograph margins", True),
        ("skull radiograph", "plain radiograph", True),
        ("CT sagittal reformats", "CT C+", False),
        ("HRCT", "CT", True),
        ("barium oesophagography", "fluoroscopy", True),
        ("skull radiograph", "CT", False),
        ("barium enema", "CT", False),
    ],
)
def test_an_appearance_names_its_technique_in_any_of_its_names(
    scorer: ModuleType, gold_attribute: str, attribute: str, same: bool
) -> None:
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "The mass shows marked enhancement"
    source = SourceRef("gout", "Gout", "Imaging", quote + ".")
    gold = scorer.GoldFact(
        "appearance", "gout", "", "marked enhancement", gold_attribute, "", quote
    )
    fact = Fact("a", FactKind.APPEARANCE, "Gout", "marked enhancement", source, attribute=attribute)
    assert (scorer.level(gold, [fact], "Gout")[0] == "structured") is same


def test_a_cut_off_in_percent_may_be_carried_by_a_percentage_fact(scorer: ModuleType) -> None:
    """Whether "a washout ratio of 30% or more" is a threshold or a percentage is the
    annotator's choice; a percentage fact with the figure and what it measures in its fields
    is structured either way."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "with a high washout ratio (30% or more)"
    source = SourceRef("gout", "Gout", "Imaging", quote + ".")
    gold = scorer.GoldFact("threshold", "gout", "washout ratio", "30% or more", "", "", quote)
    fact = Fact("a", FactKind.PERCENTAGE, "Gout", "30% or more", source, item="washout ratio")
    assert scorer.level(gold, [fact], "Gout")[0] == "structured"
    elsewhere = Fact("b", FactKind.PERCENTAGE, "Gout", "30% or more", source, item="size")
    assert scorer.level(gold, [elsewhere], "Gout")[0] != "structured"


@pytest.mark.parametrize(
    ("stated", "same"),
    [
        ("most frequently involved", True),
        ("most often affected", True),
        ("most frequent", True),
        ("second most frequently involved", False),  # another rank
        ("least common", False),
    ],
)
def test_a_rank_by_frequency_is_the_same_rank_in_other_words(
    scorer: ModuleType, stated: str, same: bool
) -> None:
    """ "The thoracic cord is most frequently involved" read as the most common site is that
    rank; "second most" or "least" is not."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "The thoracic cord is most frequently involved"
    source = SourceRef("myelitis", "Myelitis", "Pathology", quote + ".")
    gold = scorer.GoldFact("rank", "myelitis", "thoracic cord", stated, "", "", quote)
    fact = Fact("a", FactKind.RANK, "Myelitis", "most common", source, item="thoracic cord")
    assert (scorer.level(gold, [fact], "Myelitis")[0] == "structured") is same


def test_a_rank_written_with_its_thing_as_subject_is_read_as_the_item(
    scorer: ModuleType, tmp_path: Path
) -> None:
    """An annotator who wrote "subject: seizures, item: ''" for "Seizures are the commonest
    presenting feature" means the same fact as the format's "item: seizures": the extractor's
    fact owned by the page with item "Seizures" states it; one ranking another thing does not."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "Seizures are the commonest presenting feature"
    entry = {
        "kind": "rank",
        "subject": "seizures",
        "item": "",
        "value": "commonest",
        "group": "presenting feature",
        "quote": quote,
    }
    folder = tmp_path / "glioma"
    folder.mkdir()
    (folder / "gold.yaml").write_text(yaml.safe_dump({"title": "Glioma", "facts": [entry]}))
    _, (gold,) = scorer.load_gold(folder)
    source = SourceRef("glioma", "Glioma", "Clinical presentation", quote + ".")

    def rank_of(thing: str) -> Fact:
        return Fact(
            "a",
            FactKind.RANK,
            "Glioma",
            "most common",
            source,
            item=thing,
            group="presenting feature",
        )

    assert scorer.level(gold, [rank_of("Seizures")], "Glioma")[0] == "structured"
    assert scorer.level(gold, [rank_of("Headache")], "Glioma")[0] != "structured"


def test_a_cut_off_whose_measure_is_the_gold_subject_is_the_same_cut_off(
    scorer: ModuleType,
) -> None:
    """Gold "subject: junctional zone thickness, item: ''" for "junctional zone thickness of
    12 mm or more" is stated by the page's fact whose item is that measure; a fact giving the
    same figure to another measure is not."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "junctional zone thickness of 12 mm or more: highly predictive of adenomyosis"
    source = SourceRef("adenomyosis", "Adenomyosis", "MRI", quote)
    gold = scorer.GoldFact(
        "threshold", "junctional zone thickness", "", "12 mm or more", "", "", quote
    )

    def cut_off(measure: str) -> Fact:
        return Fact("a", FactKind.THRESHOLD, "Adenomyosis", "12 mm or more", source, item=measure)

    assert scorer.level(gold, [cut_off("junctional zone thickness")], "Adenomyosis")[0] == (
        "structured"
    )
    assert scorer.level(gold, [cut_off("myometrial thickness")], "Adenomyosis")[0] != ("structured")
    # (an annotator who wrote the measure as the item too means the same cut-off)
    repeated = scorer.GoldFact(
        "threshold",
        "junctional zone thickness",
        "junctional zone thickness",
        "12 mm or more",
        "",
        "",
        quote,
    )
    assert scorer.level(repeated, [cut_off("junctional zone thickness")], "Adenomyosis")[0] == (
        "structured"
    )
    assert scorer.level(repeated, [cut_off("myometrial thickness")], "Adenomyosis")[0] != (
        "structured"
    )


def test_an_item_qualified_by_a_number_is_named_by_its_words(scorer: ModuleType) -> None:
    """Gold "sensitivity for polyps 10 mm or larger" is about a sensitivity: a fact whose
    field says "sensitivity" states it, as it would without the number; a field naming
    another measure does not."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "CT colonography has a sensitivity of about 90% for polyps 10 mm or larger"
    source = SourceRef("crc", "Colorectal carcinoma", "Imaging", quote + ".")
    gold = scorer.GoldFact(
        "percentage", "CT colonography", "sensitivity for polyps 10 mm or larger",
        "about 90%", "", "", quote,
    )  # fmt: skip
    fact = Fact(
        "a", FactKind.PERCENTAGE, "CT colonography for Colorectal carcinoma", "about 90%",
        source, item="CT colonography", attribute="sensitivity",
    )  # fmt: skip
    assert scorer.level(gold, [fact], "Colorectal carcinoma")[0] == "structured"
    other = Fact(
        "b", FactKind.PERCENTAGE, "CT colonography for Colorectal carcinoma", "about 90%",
        source, item="CT colonography", attribute="specificity",
    )  # fmt: skip
    assert scorer.level(gold, [other], "Colorectal carcinoma")[0] != "structured"


def test_an_item_that_names_the_subject_itself_attaches_the_answer_to_no_other(
    scorer: ModuleType,
) -> None:
    """ "Rathke cleft cysts are found in 12-33% of pituitary glands" read with the cyst as
    its own item states the gold's prevalence in its sentence; an item naming something
    else claims the figure for that."""
    from quizgen.model import Fact, FactKind, SourceRef  # noqa: PLC0415

    quote = "They are found in between 12% and 33% of normal pituitary glands"
    source = SourceRef("rcc", "Rathke cleft cyst", "Epidemiology", quote + ".")
    gold = scorer.GoldFact(
        "percentage", "Rathke cleft cyst", "prevalence at autopsy", "between 12% and 33%",
        "", "", quote,
    )  # fmt: skip
    own = Fact(
        "a", FactKind.PERCENTAGE, "Rathke cleft cyst", "between 12% and 33%", source,
        item="Rathke cleft cyst",
    )  # fmt: skip
    assert scorer.level(gold, [own], "Rathke cleft cyst")[0] == "sentence"
    other = Fact(
        "b", FactKind.PERCENTAGE, "Rathke cleft cyst", "between 12% and 33%", source,
        item="colloid cyst",
    )  # fmt: skip
    assert scorer.level(gold, [other], "Rathke cleft cyst")[0] == "missed"
