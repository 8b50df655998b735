"""The content-hash cache: hits on the same content, misses on changed content or code."""

from __future__ import annotations

import dataclasses
import os
import pickle
import random
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.cache import CACHE_FILE, ContentCache, code_fingerprint, store_cache_dir
from quizgen.codec import Codec, DecodeError, codec_for, replaced
from quizgen.errors import StoreError
from quizgen.exporters.anki import NoteRow
from quizgen.exporters.deck import deck_rows
from quizgen.extractors import extract_facts
from quizgen.generators import generate
from quizgen.generators.incremental import ArticleItems, Items
from quizgen.model import (
    MAX_FACT_TEXT,
    ArticleFacts,
    Fact,
    FactKind,
    InputFormat,
    Provenance,
    SourceRef,
)
from quizgen.readers import read_article


def _entry(slug: str = "a") -> ArticleFacts:
    return ArticleFacts(
        slug=slug, title="A", provenance=Provenance(input_format=InputFormat.HTML), facts=()
    )


def test_value_comes_back_after_reopening(tmp_path: Path) -> None:
    with ContentCache(tmp_path, "extract", "f1", codec_for(ArticleFacts)) as cached:
        assert cached.get("a.html", b"bytes") is None
        cached.put(_entry(), "a.html", b"bytes")
    with ContentCache(tmp_path, "extract", "f1", codec_for(ArticleFacts)) as cached:
        assert cached.get("a.html", b"bytes") == _entry()
        assert cached.get("a.html", b"other bytes") is None
        assert cached.get("b.html", b"bytes") is None


def test_other_fingerprint_or_namespace_misses(tmp_path: Path) -> None:
    with ContentCache(tmp_path, "extract", "f1", codec_for(ArticleFacts)) as cached:
        cached.put(_entry(), b"x")
    with ContentCache(tmp_path, "extract", "f2", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") is None
    with ContentCache(tmp_path, "store", "f1", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") is None


def test_key_parts_are_not_ambiguous(tmp_path: Path) -> None:
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.key("ab", "c") != cached.key("a", "bc")
        assert cached.key("ab", "c") == cached.key(b"ab", b"c")


def test_value_of_another_type_is_a_miss(tmp_path: Path) -> None:
    with ContentCache(tmp_path, "extract", "f", codec_for(str)) as cached:
        cached.put("text", b"x")
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") is None


def test_damaged_cache_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"not a database at all" * 100)
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") is None
        cached.put(_entry(), b"x")
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") == _entry()


def test_prune_forgets_entries_not_used_in_this_run(tmp_path: Path) -> None:
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        cached.put(_entry("a"), b"a")
        cached.put(_entry("b"), b"b")
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"a") == _entry("a")
        assert cached.prune() == 1
    with ContentCache(tmp_path, "extract", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"a") == _entry("a")
        assert cached.get(b"b") is None


def test_bad_namespace_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="bad cache namespace 'x; drop'"):
        ContentCache(tmp_path, "x; drop", "f", codec_for(ArticleFacts))


def test_fingerprint_follows_the_code() -> None:
    assert code_fingerprint("model.py") == code_fingerprint("model.py")
    assert code_fingerprint("model.py") != code_fingerprint("model.py", "errors.py")
    assert len(code_fingerprint("extractors", "readers")) == 64


def test_codec_round_trips_every_cached_type(spinal_md: Path) -> None:
    article = read_article(spinal_md)
    entry = ArticleFacts(
        article.slug, article.title, article.provenance, tuple(extract_facts(article))
    )
    made = generate([entry], rng=random.Random(0))
    items = made.articles[0]
    rows = tuple(deck_rows(made))
    unpacked = items.unpack()
    values: list[tuple[object, object]] = [
        (ArticleFacts, entry),
        (ArticleItems, items),
        (Items, unpacked),
        (tuple[ArticleFacts, tuple[str, ...]], (entry, ("a warning",))),
        (dict[str, tuple[str, str, str]], {"a.md": ("d", "a", "s")}),
    ]
    values.append((tuple[NoteRow, ...], rows))
    for form, value in values:
        codec: Codec[object] = Codec(form)
        assert codec.decode(codec.encode(value)) == value, form
    assert unpacked.notes
    assert unpacked.questions
    assert rows


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps(ArticleFacts("a", "A", Provenance(), ())),
        b"",
        b"\xc1",
        msgpack.packb(["a", "A", ["", "html"], []]),  # a provenance of two fields
        msgpack.packb(("a", "A", ("",) * 11, ())),  # a field of the wrong type
        msgpack.packb(("a", "A", ("", "xml", "", "", "", "", (), (), "", "", "CC"), ())),  # enum
        msgpack.packb(("a", "A", ("", "html", "", "", "", "", (), (), "", "", "CC"), (1,))),
        msgpack.packb(("a", "A")),  # too few fields
        msgpack.packb(msgpack.ExtType(1, b"x")),
        msgpack.packb({"slug": "a"}),
    ],
)
def test_codec_refuses_anything_but_its_type(data: bytes) -> None:
    with pytest.raises(DecodeError):
        Codec(ArticleFacts).decode(data)


def test_codec_reads_back_a_well_formed_value() -> None:
    encoded = msgpack.packb(("a", "A", ("", "html", "", "", "", "", (), (), "", "", "CC", ""), ()))
    assert Codec(ArticleFacts).decode(encoded) == ArticleFacts(
        "a", "A", Provenance(input_format=InputFormat.HTML, licence="CC"), ()
    )


def test_pickled_entry_is_a_miss_and_never_unpickled(tmp_path: Path) -> None:
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return os.system, (f"touch {marker}",)

    with ContentCache(tmp_path, "store", "f", codec_for(ArticleFacts)) as cached:
        key = cached.key(b"x")
    db = sqlite3.connect(tmp_path / CACHE_FILE)
    db.execute("insert into entries_store values (?, ?)", (key, pickle.dumps(Payload())))
    db.commit()
    db.close()
    with ContentCache(tmp_path, "store", "f", codec_for(ArticleFacts)) as cached:
        assert cached.get(b"x") is None
        assert cached.damaged == 1
    assert not marker.exists()


def test_store_cache_folder_is_per_store_under_the_override(
    tmp_path: Path, cache_dir: Path
) -> None:
    first, second = (
        store_cache_dir(tmp_path / "a" / "facts"),
        store_cache_dir(tmp_path / "b" / "facts"),
    )
    assert first != second
    assert first.parent == second.parent == cache_dir / "stores"
    assert first.name.startswith("facts-")
    assert store_cache_dir(tmp_path / "a" / ".." / "a" / "facts") == first


def _damaged(entry: ArticleFacts, field: int, value: object) -> bytes:
    """``entry`` encoded, with field ``field`` of its first fact replaced by ``value``."""
    codec: Codec[ArticleFacts] = Codec(ArticleFacts)
    raw = msgpack.unpackb(codec.encode(entry), use_list=False)
    facts = list(raw[3])
    fact = list(facts[0])
    fact[field] = value
    facts[0] = tuple(fact)
    return bytes(msgpack.packb((*raw[:3], tuple(facts))))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (1, "no-such-kind"),  # kind: not a FactKind
        (9, 3),  # status: not a string
        (14, True),  # cloze_number: a boolean is no number here
        (4, ("a", "b", "c")),  # source: a SourceRef of three fields
        (4, ("a", "b", "c", 4)),  # source: a number for its text
        (10, (("value",),)),  # correction: a pair of one
        (0, ("id",)),  # id: an array for a string
    ],
)
def test_codec_refuses_a_damaged_fact_inside_an_entry(
    spinal_md: Path, field: int, value: object
) -> None:
    article = read_article(spinal_md)
    facts = tuple(extract_facts(article))
    entry = ArticleFacts(article.slug, article.title, article.provenance, facts)
    codec: Codec[ArticleFacts] = Codec(ArticleFacts)
    intact = msgpack.unpackb(codec.encode(entry), use_list=False)[3][0][field]
    assert codec.decode(_damaged(entry, field, intact)) == entry
    with pytest.raises(DecodeError):
        codec.decode(_damaged(entry, field, value))


def test_codec_refuses_a_note_row_with_a_number_among_its_tags() -> None:
    row = NoteRow("i", "g", 1, 0, ("tag",), ("f",), (0,), "cloze", "d")
    codec: Codec[tuple[NoteRow, ...]] = Codec(tuple[NoteRow, ...])
    assert codec.decode(codec.encode((row, row))) == (row, row)
    bad = msgpack.packb((tuple(row), (*row[:4], ("tag", 5), *row[5:])))
    with pytest.raises(DecodeError):
        codec.decode(bad)


def test_decoded_facts_are_built_as_their_constructor_builds_them() -> None:
    # Records are built by a compiled maker, not by calling the class: it must still run
    # __post_init__ (a planted or old entry with a 5,000-character field comes back capped,
    # as Fact(...) caps it) and fill every slot in order.
    fact = Fact(
        id="a:statement:x",
        kind=FactKind.STATEMENT,
        subject="Subject",
        value="value",
        source=SourceRef("a", "A", "Lead", "text"),
        item="item",
        note="note",
        cloze_number=3,
    )
    codec: Codec[ArticleFacts] = Codec(ArticleFacts)
    raw = msgpack.unpackb(codec.encode(ArticleFacts("a", "A", Provenance(), (fact,))))
    fields = [f.name for f in dataclasses.fields(Fact)]
    long_fact = list(raw[3][0])
    long_fact[fields.index("note")] = "word " * 1000
    long_fact[fields.index("source")][3] = "text " * 1000
    raw[3] = (long_fact, long_fact)
    decoded = codec.decode(msgpack.packb(raw))
    expected = replace(
        fact, note="word " * 1000, source=SourceRef("a", "A", "Lead", "text " * 1000)
    )
    assert decoded.facts == (expected, expected)
    assert len(decoded.facts[0].note) <= MAX_FACT_TEXT
    assert len(decoded.facts[0].source.text) <= MAX_FACT_TEXT
    assert codec_for(Fact).decode(codec_for(Fact).encode(fact)) == fact


_FACT = Fact(
    id="a:statement:x",
    kind=FactKind.STATEMENT,
    subject="Subject",
    value="value",
    source=SourceRef("a", "A", "Lead", "text"),
    item="item",
    note="note",
    cloze_number=3,
)


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.sampled_from(["value", "note", "statement", "changed_at", "subject", "item"]),
        st.one_of(st.text(max_size=20), st.just("word " * 200)),
    ),
    st.integers(min_value=0, max_value=99),
)
def test_replaced_is_dataclasses_replace(changes: dict[str, Any], number: int) -> None:
    # A frozen slotted record rebuilt through the compiled maker: the same fields, the
    # same __post_init__ (a 1,000-character note is capped as Fact(...) caps it).
    made = replaced(_FACT, cloze_number=number, **changes)
    assert made == replace(_FACT, cloze_number=number, **changes)
    assert type(made) is Fact
    assert all(
        len(getattr(made, name)) <= MAX_FACT_TEXT for name in changes.keys() - {"changed_at"}
    )


def test_replaced_leaves_other_records_and_bad_names_to_dataclasses() -> None:
    with pytest.raises(TypeError):
        replaced(_FACT, no_such_field="x")
    entry = _entry()
    assert replaced(entry, title="B") == replace(entry, title="B")
