"""Corrections win everywhere, the card face, attribution, and the ids users depend on
(issue 12, points 4–7)."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from typer.testing import CliRunner

from quizgen.attribution import licence_line, source_html, source_line
from quizgen.cli import app
from quizgen.errors import ReadError, RecipeError
from quizgen.exporters import anki as anki_export
from quizgen.exporters.lms import to_csv
from quizgen.generators import generate
from quizgen.model import LICENCE_NOT_STATED, ArticleFacts, FactKind, SourceRef
from quizgen.quiz.items import items_from
from quizgen.readers import read_article
from quizgen.selection import load_recipe, resolve_selection
from quizgen.store import load_store
from quizgen.templating import load_template

# --- the ids users depend on: a change here duplicates every note in every collection ------


def test_guid_namespace_and_note_type_ids_are_frozen() -> None:
    """Changing any of these is a migration (docs/note-types.md), never an edit."""
    assert anki_export.GUID_NAMESPACE == "quizgen"
    assert anki_export.CLOZE_MODEL_ID == 1_739_204_551
    assert anki_export.MCQ_MODEL_ID == 1_739_204_552
    assert anki_export.CLOZE_FIELDS == (
        "Text", "Context", "Extra", "Source", "Image", "Yield", "FactIds"
    )  # fmt: skip
    assert anki_export.MCQ_FIELDS[:7] == (
        "Question", "OptionA", "OptionB", "OptionC", "OptionD", "OptionE", "Answer"
    )  # fmt: skip
    # The GUID a released deck gave these items: the same ids must give the same GUIDs.
    fact = "spinal-metastasis:frequency:spinal-metastasis-primaries-breast-763f48"
    assert anki_export.note_guid(fact) == "ymByF<+~{2"
    assert anki_export.note_guid("frequency|spinal-metastasis|spinal metastasis|primaries") == (
        "iDn<C65gwc"
    )


# --- night mode contrast (WCAG AA 4.5:1), computed from the stylesheet ----------------------


def _luminance(colour: str) -> float:
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(c * 2 for c in hexa)
    channels = [int(hexa[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, two: str) -> float:
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rules(css: str) -> list[tuple[str, dict[str, str]]]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = {
            k.strip(): v.strip() for k, v in (p.split(":", 1) for p in body.split(";") if ":" in p)
        }
        found.append((selector.strip(), props))
    return found


@pytest.mark.parametrize("night", [False, True])
def test_every_text_colour_has_contrast_of_at_least_4_5(night: bool) -> None:
    rules = _rules(load_template("anki/style.css"))

    def is_night(selector: str) -> bool:
        return "nightMode" in selector or "night_mode" in selector

    background = next(
        props["background"]
        for selector, props in rules
        if ".card" in selector and "background" in props and is_night(selector) == night
    )
    colours: dict[str, str] = {}  # class → colour in this mode (night rules override day)
    for selector, props in rules:
        if "color" not in props or (is_night(selector) and not night):
            continue
        for part in selector.split(","):
            name = part.replace(".nightMode", "").replace(".night_mode", "").strip()
            if not is_night(selector) and name in colours:
                continue
            colours[name] = props["color"]
    assert {".context", ".source", ".label", ".cloze", ".right-answer", ".corrected"} <= set(
        colours
    )
    for name, colour in colours.items():
        ratio = _contrast(colour, background)
        assert ratio >= 4.5, f"{name} {colour} on {background}: {ratio:.2f}:1"


# --- a corrected fact in a real Anki collection ---------------------------------------------


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def _build(runner: CliRunner, out: Path, store: Path) -> str:
    result = runner.invoke(app, ["build", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def _hand_edit_breast(store: Path) -> None:
    """What the README's example shows: the reviewer writes the new value into `value:`."""
    path = store / "spinal-metastasis.yaml"
    text = path.read_text(encoding="utf-8")
    head, tail = text.split("  item: breast\n  value: 22%\n", 1)
    path.write_text(head + "  item: breast\n  value: 23%\n" + tail, encoding="utf-8")


def test_a_corrected_fact_says_the_correction_everywhere_in_anki(
    runner: CliRunner, tmp_path: Path, collection: Collection
) -> None:
    out, store = tmp_path / "seeds.apkg", tmp_path / "facts"
    _build(runner, out, store)
    _hand_edit_breast(store)
    result = runner.invoke(app, ["build", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0
    assert "`value` edited in the store; kept as `correction: {value: 23%}`" in result.output
    _build(runner, out, store)  # and again: never silently undone
    collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(out)))
    breast_id = next(
        f.id for e in load_store(store).values() for f in e.facts if f.item == "breast"
    )
    notes = [
        collection.get_note(n)
        for n in collection.find_notes("")
        if breast_id in collection.get_note(n).fields[-1]
    ]
    assert notes, "the breast fact has a note"
    for note in notes:
        fields = dict(zip(note.keys(), note.fields, strict=True))
        shown = " ".join(v for k, v in fields.items() if k != "Source")
        assert "23%" in shown
        assert "22%" not in shown  # not on the front, back, box or explanation
        assert "Corrected by reviewer; the article reads: “breast: 22%”." in html.unescape(
            fields["Source"]
        )
    for card in (collection.get_card(c) for n in notes for c in n.card_ids()):
        back = html.unescape(
            re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", card.answer(), flags=re.S))
        )
        assert back.count("Content licence:") == 1
        assert '<a href="https://doi.org/10.53347/rID-13677">' in card.answer()


def test_the_vertebral_seed_is_attributed_to_radiopaedia(
    runner: CliRunner, tmp_path: Path, vertebral_txt: Path
) -> None:
    provenance = read_article(vertebral_txt).provenance
    assert provenance.url == "https://radiopaedia.org/articles/1668"
    assert provenance.licence == "CC BY-NC-SA 3.0"
    source = SourceRef("vertebral-metastases", "Vertebral metastases", "", "")
    line = source_line(source, provenance)
    assert line == (
        "Vertebral metastases. Radiopaedia.org, https://radiopaedia.org/articles/1668. "
        "CC BY-NC-SA 3.0"
    )


# --- sheets, exports and the quiz say the correction too ----------------------------------


def test_sheets_exports_and_quiz_carry_the_correction(
    runner: CliRunner, tmp_path: Path, spinal_md: Path
) -> None:
    store = tmp_path / "facts"
    assert runner.invoke(app, ["extract", str(spinal_md), "--store", str(store)]).exit_code == 0
    breast = next(f for e in load_store(store).values() for f in e.facts if f.item == "breast")
    assert (
        runner.invoke(
            app, ["facts", "--store", str(store), "--correct", breast.id, "value=23%"]
        ).exit_code
        == 0
    )
    entries = list(load_store(store).values())
    made = generate(entries, rng=random.Random(0))
    mine = [q for q in made.questions if q.fact_id == breast.id]
    assert mine, "the corrected fact has a question"
    csv_text = to_csv(mine, "seeds")
    assert "Corrected by reviewer; the article reads: “breast: 22%”." in csv_text
    quiz = [i for i in items_from(made.notes, made.questions, entries) if i.fact_id == breast.id]
    assert [i.answer for i in quiz if i.kind == "cloze"] == ["23%"]
    for item in quiz:
        assert "22%" not in item.prompt + item.explanation + item.answer + " ".join(item.options)
        assert "Corrected by reviewer; the article reads: “breast: 22%”." in item.source


# --- attribution for sources that do not carry it ------------------------------------------


_OWN_ARTICLE = """Parotid pleomorphic adenoma

Pleomorphic adenoma is the most common tumour of the parotid gland, accounting for about
60% of parotid neoplasms.

Radiographic features

MRI

T2: hyperintense
"""


def test_an_article_without_a_licence_says_so(tmp_path: Path) -> None:
    path = tmp_path / "adenoma.txt"
    path.write_text(_OWN_ARTICLE, encoding="utf-8")
    provenance = read_article(path).provenance
    assert provenance.licence == LICENCE_NOT_STATED
    assert licence_line(provenance) == (
        "Content licence: not stated by the source (ask its authors before sharing)"
    )


def test_a_sidecar_gives_url_authors_and_licence(tmp_path: Path) -> None:
    path = tmp_path / "adenoma.txt"
    path.write_text(_OWN_ARTICLE, encoding="utf-8")
    (tmp_path / "adenoma.txt.meta.yaml").write_text(
        "url: https://example.org/adenoma\nauthors: Doe J, Roe R\nlicence: CC BY 4.0\n"
        "retrieved: 1 Mar 2026\n",
        encoding="utf-8",
    )
    provenance = read_article(path).provenance
    assert (provenance.url, provenance.authors, provenance.licence) == (
        "https://example.org/adenoma",
        "Doe J, Roe R",
        "CC BY 4.0",
    )
    html_block = source_html(
        SourceRef("a", "Parotid", "", ""),
        provenance,
    )
    assert html_block == (
        'Doe J, Roe R. Parotid. <a href="https://example.org/adenoma">https://example.org/adenoma'
        "</a> (retrieved 1 Mar 2026)<br>Content licence: CC BY 4.0"
    )


def test_a_bad_sidecar_is_one_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "adenoma.txt"
    path.write_text(_OWN_ARTICLE, encoding="utf-8")
    (tmp_path / "adenoma.txt.meta.yaml").write_text("licence: x\nauthor: typo\n", encoding="utf-8")
    with pytest.raises(ReadError, match=re.escape("adenoma.txt.meta.yaml: unknown key 'author'")):
        read_article(path)


def test_a_recipe_entry_gives_attribution(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "adenoma.txt"
    path.write_text(_OWN_ARTICLE, encoding="utf-8")
    recipe = tmp_path / "deck.yaml"
    recipe.write_text(
        "name: own\nsources:\n  - path: adenoma.txt\n    url: https://example.org/a\n"
        "    authors: Doe J\n    licence: CC BY 4.0\n",
        encoding="utf-8",
    )
    selection = resolve_selection([str(recipe)], store_dir=tmp_path / "facts", now=now)
    (entry,) = selection.entries
    assert (entry.provenance.url, entry.provenance.authors, entry.provenance.licence) == (
        "https://example.org/a",
        "Doe J",
        "CC BY 4.0",
    )
    recipe.write_text("name: own\nsources:\n  - path: adenoma.txt\n    autors: x\n", "utf-8")
    with pytest.raises(RecipeError, match="unknown key 'autors'"):
        load_recipe(recipe)


# --- card face -----------------------------------------------------------------------------


def test_list_clozes_are_bullet_lists_and_the_box_only_adds(spinal_md: Path) -> None:
    from quizgen.extractors import extract_facts  # noqa: PLC0415

    article = read_article(spinal_md)
    entry = ArticleFacts(
        article.slug, article.title, article.provenance, tuple(extract_facts(article))
    )
    made = generate([entry], rng=random.Random(0), mcqs=False)
    lists = [n for n in made.notes if n.kind is FactKind.FREQUENCY]
    assert lists
    for note in lists:
        assert "<ul><li>" in note.text
        assert note.text.count("<li>") == note.text.count("</li>") >= len(note.deletions)
    for note in made.notes:
        shown = re.sub(r"<[^>]+>|\{\{c\d+::|\}\}", " ", note.text).lower()
        for line in filter(None, note.extra.split("<br>")):
            words = set(re.findall(r"\w+", html.unescape(line).lower()))
            assert not words <= set(re.findall(r"\w+", html.unescape(shown))), line
