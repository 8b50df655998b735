"""The wheel ships templates, deck recipes and seeds, and the installed package finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once (no build isolation: hatchling is a dev dependency)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("quizgen-*.whl")
    return built


def _shipped(folder: str) -> set[str]:
    """Files of a top-level folder that must be in the wheel (its git-tracked files on disk)."""
    base = ROOT / folder
    return {
        f"quizgen/{folder}/{path.relative_to(base).as_posix()}"
        for path in base.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }


@pytest.mark.parametrize("folder", ["templates", "decks", "seeds"])
def test_wheel_contains_every_file_of(wheel: Path, folder: str) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _shipped(folder)
    assert expected, f"{folder}/ is empty"
    assert expected <= names, sorted(expected - names)


def test_wheel_contains_the_package_and_its_licence(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "quizgen/cli/__init__.py" in names
    assert "quizgen/py.typed" in names
    assert any(name.endswith("licenses/LICENSE") for name in names)


def test_installed_wheel_finds_its_templates(wheel: Path, tmp_path: Path) -> None:
    """Unpacked outside the source tree, templating resolves to the packaged folder."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = "from quizgen.templating import templates_root; print(templates_root())"
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()) == target / "quizgen" / "templates"
