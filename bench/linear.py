"""Extraction time on long runs of one character class: linear, never quadratic (issue 15).

Usage: ``python bench/linear.py [--size N]``. For each run ("1111…", "    …", "9% 9% …") it
times ``extract_facts`` on an article made of it at N and 8×N characters (paragraph, list
line and list intro) and prints the ratio: about 8 is linear, about 64 quadratic. Exits 1
when a ratio passes 30. Not part of the test suite: timings belong here (tests check that
the share patterns have no unbounded repetition at all).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.extractors import EXTRACTORS
from quizgen.model import Article, Block, BlockKind, ListItem, Section

# One run per character class and the mixes that regexes split on (tests/test_hostile.py
# feeds the same runs to extract_facts, without timing them).
RUNS = (
    *("1", " ", "\t", "a", "A", "%", "-", "(", ")", ".", ",", ";", ":", "~", "'", '"', "*"),
    *("1 ", "9%", "1-", "1.", "1,", "1:", "1/", "a ", "a-", "a.", "a, ", "a; ", "a (", "A. "),
    *("T2", "T2 ", "1 1 ", "1-2 ", "1 mm ", "1%, ", "a and ", "Aa ", "mm ", "lobe and "),
)
LIMIT = 30.0


def _article(text: str) -> Article:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=f"Cysts {text} are rare. {text}."),
        Block(BlockKind.PARAGRAPH, text=f"Primaries {text}:"),
        Block(BlockKind.LIST, items=(ListItem(text), ListItem(f"lung {text} 15%"))),
    )
    # the same blocks under an imaging heading, where the findings extractors read
    sections = (Section("Epidemiology", blocks), Section("CT", blocks))
    return Article(slug="run", title="Run", sections=sections)


def _seconds(unit: str, size: int, names: set[str]) -> float:
    article = _article(unit * (size // len(unit)))
    start = time.perf_counter()
    for extractor in EXTRACTORS:
        if extractor.__name__ in names:
            list(extractor(article))
    return time.perf_counter() - start


def main() -> int:
    """Print one line per run; 1 when any grows faster than linearly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=8_000)
    parser.add_argument(
        "--extractors",
        default="all",
        help="comma-separated extractor names, or 'all'",
    )
    args = parser.parse_args()
    every = {e.__name__ for e in EXTRACTORS}
    names = every if args.extractors == "all" else set(args.extractors.split(","))
    worst = 0.0
    for unit in RUNS:
        small, large = _seconds(unit, args.size, names), _seconds(unit, 8 * args.size, names)
        ratio = large / max(small, 1e-4)
        worst = max(worst, ratio)
        print(f"{unit!r:8} {small * 1000:8.1f} ms {large * 1000:9.1f} ms  x{ratio:5.1f}")
    print(f"worst ratio x{worst:.1f} (linear ~8, quadratic ~64)")
    return 1 if worst > LIMIT else 0


if __name__ == "__main__":
    raise SystemExit(main())
