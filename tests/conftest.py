"""Shared pytest fixtures only: seed paths, a temp store, the CLI runner, fixed clock and rng."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from quizgen.model import Fact, FactKind, SourceRef, make_fact_id

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Speed lives in bench/, not in tests: hypothesis's 200 ms per example is a timer, and on a
# loaded 2-core CI runner a property test of the extractors went over it (316 ms) and failed.
settings.register_profile("quizgen", deadline=None)
settings.load_profile("quizgen")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--force-regen`` rewrites tests/golden/ from the current output (review it as a diff)."""
    parser.addoption(
        "--force-regen",
        action="store_true",
        default=False,
        help="Rewrite the golden files in tests/golden/ instead of comparing with them.",
    )


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """quizgen's cache folder ($QUIZGEN_CACHE_DIR) for each test: never the user's own."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled seeds folder."""
    return SEEDS


@pytest.fixture
def spinal_md() -> Path:
    """The markdown-dump seed (Spinal metastasis)."""
    return SEEDS / "spinal-metastasis.md"


@pytest.fixture
def vertebral_txt() -> Path:
    """The plain-text seed (Vertebral metastases)."""
    return SEEDS / "vertebral-metastases.txt"


@pytest.fixture
def data_dir() -> Path:
    """tests/data: small inputs per format and the bad-input set."""
    return DATA


@pytest.fixture
def tmp_store(tmp_path: Path) -> Path:
    """An empty fact-store folder."""
    store = tmp_path / "facts"
    store.mkdir()
    return store


@pytest.fixture
def runner() -> CliRunner:
    """Typer's CLI runner."""
    return CliRunner()


@pytest.fixture
def now() -> datetime:
    """A fixed clock."""
    return datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def rng() -> random.Random:
    """A fixed random source."""
    return random.Random(1234)


@pytest.fixture
def make_fact() -> Callable[..., Fact]:
    """Factory: ``make_fact(kind=..., item=..., value=..., **overrides)`` with a consistent id."""

    def _make(**overrides: Any) -> Fact:
        kind = FactKind(overrides.pop("kind", FactKind.FREQUENCY))
        article = overrides.pop("article", "test-article")
        title = overrides.pop("title", "Test article")
        subject = overrides.pop("subject", title.lower())
        item = overrides.pop("item", "breast")
        group = overrides.pop("group", "primary tumours")
        attribute = overrides.pop("attribute", "")
        value = overrides.pop("value", "22%")
        section = overrides.pop("section", "Pathology")
        text = overrides.pop("text", f"{item}: {value}")
        fact = Fact(
            id=make_fact_id(kind, article, subject, group, item, attribute),
            kind=kind,
            subject=subject,
            value=value,
            item=item,
            group=group,
            attribute=attribute,
            source=SourceRef(article=article, title=title, section=section, text=text),
        )
        return replace(fact, **overrides)

    return _make


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """``golden(name, text)``: compare ``text`` with tests/golden/NAME.

    Run ``pytest --force-regen`` to rewrite the file, then review the change with ``git diff``.
    """
    regen = bool(request.config.getoption("--force-regen"))

    def _check(name: str, text: str) -> None:
        path = GOLDEN / name
        if regen or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if not regen:
                pytest.fail(f"{path} did not exist: written now, review it and re-run")
        assert text == path.read_text(encoding="utf-8"), (
            f"output differs from {path}; if the change is intended run pytest --force-regen"
        )

    return _check
