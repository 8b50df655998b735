"""The content-hash cache: hits on the same content, misses on changed content or code."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cache import CACHE_FILE, ContentCache, code_fingerprint
from quizgen.codec import codec_for
from quizgen.errors import StoreError
from quizgen.model import ArticleFacts, InputFormat, Provenance


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
