"""The terminal quiz: grading, progress (FSRS, SQLite), and whole sessions driven through
stdin and through a real pseudo-terminal."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pexpect
import pytest

from quizgen.errors import QuizError
from quizgen.quiz.grading import Verdict, grade_choice, grade_typed
from quizgen.quiz.items import QuizItem
from quizgen.quiz.progress import APPLICATION_ID, Progress

QUIZGEN = [sys.executable, "-m", "quizgen"]
T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("given", "expected", "verdict"),
    [
        ("Hypo-intense", "hypointense", Verdict.RIGHT),
        ("haemangioblastoma", "Hemangioblastoma", Verdict.RIGHT),
        ("oedema", "edema", Verdict.RIGHT),
        ("7 to 18", "7-18", Verdict.RIGHT),
        ("7–18", "7-18", Verdict.RIGHT),
        ("22 %", "22%", Verdict.RIGHT),
        ("~90%", "Approximately 90%", Verdict.RIGHT),
        ("hypointens", "hypointense", Verdict.NEAR),
        ("DWI", "diffusion-weighted imaging", Verdict.RIGHT),
        ("diffusion weighted imaging", "DWI", Verdict.RIGHT),
        ("NF2", "neurofibromatosis type 2", Verdict.RIGHT),
        ("medulloblastoma", "medulloblastoma (PNET)", Verdict.RIGHT),
        ("ependymona", "ependymoma", Verdict.NEAR),
        ("23%", "22%", Verdict.WRONG),
        ("hyperintense", "hypointense", Verdict.WRONG),
        ("", "hypointense", Verdict.WRONG),
        ("10", "10%", Verdict.RIGHT),
        ("extradural cyst", "extradural cysts", Verdict.RIGHT),
        ("vertebral metastasis", "vertebral metastases", Verdict.RIGHT),
        ("bodies", "body", Verdict.RIGHT),
        ("11", "10%", Verdict.WRONG),
        ("hyperintense lesion", "hypointense lesions", Verdict.WRONG),
    ],
)
def test_typed_answers_are_checked_tolerantly(given: str, expected: str, verdict: Verdict) -> None:
    assert grade_typed(given, expected).verdict is verdict


def test_synonyms_count_as_right() -> None:
    grade = grade_typed("DWI", "diffusion-weighted imaging", ["DWI"])
    assert grade.verdict is Verdict.RIGHT


def test_choice_keys() -> None:
    assert [grade_choice(k, 5) for k in ("a", "E", "1", "5", "6", "F", "", "AB")] == [
        0,
        4,
        0,
        4,
        None,
        None,
        None,
        None,
    ]


def _item(key: str, topic: str = "Topic") -> QuizItem:
    return QuizItem(key=key, fact_id=key, kind="cloze", prompt="x [...]", answer="y", topic=topic)


def test_progress_schedules_with_fsrs_and_orders_due_items(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    items = [_item("a"), _item("b"), _item("c")]
    with Progress(path) as progress:
        due_right = progress.record(items[0], correct=True, deck="d", now=T0)
        due_wrong = progress.record(items[1], correct=False, deck="d", now=T0)
        assert due_wrong < due_right  # Again comes back sooner than Good
        later = T0 + timedelta(days=30)
        schedule = progress.schedule(items, later)
        retrievability = {s.item.key: s.retrievability for s in schedule}
        assert retrievability["c"] is None  # never answered: new
        assert retrievability["b"] is not None
        assert retrievability["a"] is not None
        assert retrievability["b"] < retrievability["a"]
    with sqlite3.connect(path) as db:
        assert db.execute("pragma application_id").fetchone()[0] == APPLICATION_ID
        ratings = [r for (r,) in db.execute("select rating from reviews order by id")]
    assert ratings == [3, 1]  # Good, Again: never Hard for a miss


def test_a_corrected_fact_starts_over(tmp_path: Path) -> None:
    item = _item("a")
    with Progress(tmp_path / "p.sqlite3") as progress:
        progress.record(item, correct=True, deck="d", now=T0)
        corrected = replace(item, changed_at="2030-01-01T00:00:00Z")
        (state,) = progress.schedule([corrected], T0 + timedelta(days=1))
        assert state.due is None  # asked again as new


@pytest.mark.parametrize(
    "content", [b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_foreign_or_damaged_progress_file_is_refused_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(content)
    with pytest.raises(QuizError, match=r"p\.sqlite3: "):
        Progress(path)
    assert path.read_bytes() == content


def test_other_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("create table t (x)")
    before = path.read_bytes()
    with pytest.raises(QuizError, match="another application"):
        Progress(path)
    assert path.read_bytes() == before


def _run(tmp_path: Path, answers: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *QUIZGEN,
            "quiz",
            "--seed",
            "3",
            "--store",
            str(tmp_path / "facts"),
            "--progress",
            str(tmp_path / "p.sqlite3"),
            *extra,
        ],
        input=answers,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )


def _results(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(("Right.", "Wrong."))]


def test_mcq_session_through_stdin_scores_and_saves(tmp_path: Path) -> None:
    first = _run(tmp_path, "A\n" * 8 + "n\n", "--type", "mcq", "-n", "3")
    assert first.returncode == 0, first.stderr
    results = _results(first.stdout)
    keys = [line.split("Answer: ", 1)[1][0] for line in results[:3]]
    right_first = sum(line.startswith("Right.") for line in results[:3])
    assert f"Score: {right_first}/3 right first time" in first.stdout
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("select count(*) from reviews").fetchone()[0] == len(results)
    # Same seed, same questions in the same order: answering the keys scores 3/3.
    again = _run(tmp_path, "\n".join(keys) + "\n", "--type", "mcq", "-n", "3")
    assert "Score: 3/3 right first time (100%)" in again.stdout
    assert all(line.startswith("Right.") for line in _results(again.stdout))
    assert "Traceback" not in first.stderr + again.stderr


def test_end_of_input_ends_cleanly_and_keeps_answers(tmp_path: Path) -> None:
    done = _run(tmp_path, "x\n", "--type", "cloze", "-n", "5")
    assert done.returncode == 0
    assert "Session ended early; every answer so far is saved." in done.stdout
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("select count(*) from reviews").fetchone()[0] == 1


def test_stats_json_reads_progress_back(tmp_path: Path) -> None:
    _run(tmp_path, "x\ny\n", "--type", "cloze", "-n", "2")
    done = subprocess.run(
        [*QUIZGEN, "stats", "--json", "--progress", str(tmp_path / "p.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    data = json.loads(done.stdout)
    assert data["reviews"] == 2
    (deck,) = data["decks"].values()
    assert deck["reviews"] == 2
    assert 0 <= deck["accuracy"] <= 1


def test_two_sessions_at_once_lose_no_answer(tmp_path: Path) -> None:
    _run(tmp_path, "", "-n", "1")  # build the store once
    procs = [
        subprocess.Popen(
            [
                *QUIZGEN,
                "quiz",
                "--seed",
                str(seed),
                "--type",
                "mcq",
                "--store",
                str(tmp_path / "facts"),
                "--progress",
                str(tmp_path / "p.sqlite3"),
                "-n",
                "6",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for seed in (1, 2)
    ]
    outputs = [p.communicate("A\n" * 12 + "n\n", timeout=120) for p in procs]
    answered = sum(out.count("Right.") + out.count("Wrong.") for out, _ in outputs)
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert db.execute("select count(*) from reviews").fetchone()[0] == answered


def test_due_orders_least_remembered_first(tmp_path: Path) -> None:
    items = [_item("a"), _item("b"), _item("c")]
    from random import Random  # noqa: PLC0415

    from quizgen.quiz.session import order_items  # noqa: PLC0415

    with Progress(tmp_path / "p.sqlite3") as progress:
        progress.record(items[0], correct=True, deck="d", now=T0)
        progress.record(items[1], correct=False, deck="d", now=T0)
        ordered = order_items(
            items, progress, due_first=True, rng=Random(0), now=T0 + timedelta(days=60)
        )
    assert [i.key for i in ordered] == ["b", "a", "c"]


def test_real_terminal_session_with_single_keys(tmp_path: Path) -> None:
    child = pexpect.spawn(
        QUIZGEN[0],
        [
            *QUIZGEN[1:],
            "quiz",
            "--seed",
            "5",
            "--type",
            "mcq",
            "-n",
            "2",
            "--store",
            str(tmp_path / "facts"),
            "--progress",
            str(tmp_path / "p.sqlite3"),
        ],
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 120),
    )
    transcript = io.StringIO()
    child.logfile_read = transcript
    child.expect("Press A")
    child.send("a")  # one key, no Enter
    child.expect(r"(Right|Wrong)\. Answer: ([A-E])\.")
    child.expect("Press A")
    child.send("9")  # not an option: asked again
    child.expect("Answer with a letter")
    child.send("b")
    child.expect(r"(Right|Wrong)\. Answer")
    while True:  # missed items come back once; then the summary and the offer to go again
        index = child.expect(["Press A", r"Go again over", pexpect.EOF])
        if index == 0:
            child.send("a")
        elif index == 1:
            child.sendline("n")
        else:
            break
    assert "Score:" in transcript.getvalue()
    child.close()
    assert child.exitstatus == 0
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("select count(*) from reviews").fetchone()[0] >= 2


def test_ctrl_c_in_a_terminal_keeps_answers(tmp_path: Path) -> None:
    child = pexpect.spawn(
        QUIZGEN[0],
        [
            *QUIZGEN[1:],
            "quiz",
            "--seed",
            "5",
            "--type",
            "mcq",
            "-n",
            "3",
            "--store",
            str(tmp_path / "facts"),
            "--progress",
            str(tmp_path / "p.sqlite3"),
        ],
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 120),
    )
    child.expect("Press A")
    child.send("c")
    child.expect("Press A")
    child.sendintr()
    child.expect("every answer so far is saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("select count(*) from reviews").fetchone()[0] == 1


def test_near_miss_is_offered_and_kept_as_an_alias(tmp_path: Path) -> None:
    first = _run(tmp_path, "zzz\nn\n", "--type", "cloze", "-n", "1")
    expected = _results(first.stdout)[0].split("Answer: ", 1)[1]
    assert len(expected) >= 6, expected  # long enough for a one-letter slip
    typo = expected[:-1]
    done = _run(tmp_path, f"{typo}\ny\ny\n", "--type", "cloze", "-n", "1")
    assert "Near miss" in done.stdout
    assert _results(done.stdout)[0].startswith("Right.")
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("select alias from aliases").fetchall() == [(typo,)]
    later = _run(tmp_path, f"{typo}\n", "--type", "cloze", "-n", "1")
    assert "Near miss" not in later.stdout  # the alias now counts as right at once
    assert _results(later.stdout)[0].startswith("Right.")


class _ScriptedIO:
    """A QuizIO that answers from a script and records what it was shown."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.shown: list[tuple[int, int, tuple[str, ...], bool]] = []

    def show_item(self, number: int, total: int, item: QuizItem, *, retry: bool = False) -> None:
        self.shown.append((number, total, item.options, retry))

    def read_choice(self, item: QuizItem) -> str:
        del item
        return self.answers.pop(0)

    read_text = read_choice

    def confirm(self, question: str) -> bool:
        del question
        return False

    def message(self, text: str) -> None:
        del text

    def show_result(self, item: QuizItem, answer: object) -> None:
        del item, answer

    def show_summary(self, summary: object) -> None:
        del summary


def _mcq(number: int) -> QuizItem:
    options = tuple(f"option {number}.{i}" for i in range(5))
    return QuizItem(
        f"k{number}#mcq-1",
        f"k{number}",
        "mcq",
        f"Q{number}?",
        options[0],
        "t",
        options=options,
        answer_index=0,
    )


def test_missed_mcq_comes_back_reshuffled_and_the_counter_stays(tmp_path: Path) -> None:
    from quizgen.quiz.session import run_session  # noqa: PLC0415

    items = [_mcq(n) for n in range(4)]
    io = _ScriptedIO(["B", "A", "A", "A", "A"])  # the first is missed, asked again
    with Progress(tmp_path / "p.sqlite3") as progress:
        run_session(items, progress, io, deck="d", clock=lambda: T0)
    assert [(n, t) for n, t, _, _ in io.shown] == [(1, 4), (2, 4), (3, 4), (4, 4), (4, 4)]
    first, again = io.shown[0], io.shown[-1]
    assert again[3]  # shown as a retry
    assert sorted(again[2]) == sorted(first[2])
    assert again[2] != first[2]  # not answerable by position


def test_percentages_round_the_same_in_session_and_stats() -> None:
    from quizgen.quiz.session import (  # noqa: PLC0415
        Answer,
        Summary,
        percent,
    )
    from quizgen.quiz.tui import _summary_lines  # noqa: PLC0415

    assert [percent(2, 3), percent(1, 3), percent(1, 8), percent(0, 0)] == [67, 33, 13, 0]
    item = _mcq(1)
    summary = Summary([Answer(item, "A", True), Answer(item, "A", True), Answer(item, "B", False)])
    assert "(67%)" in _summary_lines(summary)[0]


def test_stats_shows_due_now_and_next_due(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with Progress(path) as progress:
        progress.record(_mcq(1), correct=True, deck="d", now=T0)
        data = progress.stats(T0)
    assert data["decks"]["d"]["due"] == 0
    assert data["decks"]["d"]["next_due"] > T0.isoformat()
    shown = subprocess.run(
        [*QUIZGEN, "stats", "--progress", str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "COLUMNS": "120"},
    )
    assert "next due" in shown.stdout
    assert "100%" in shown.stdout


def test_stats_counts_a_selections_new_items(tmp_path: Path) -> None:
    done = _run(tmp_path, "A\nA\n", "--type", "mcq", "-n", "2")
    assert done.returncode == 0, done.stderr
    recipe = str(Path(__file__).resolve().parent.parent / "decks" / "seeds.yaml")
    args = [*QUIZGEN, "stats", recipe, "--progress", str(tmp_path / "p.sqlite3"), "--json"]
    args += ["--store", str(tmp_path / "facts")]
    data = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    deck = data["decks"]["Radiology::Spine::Spinal metastases"]
    cards = subprocess.run(
        [*QUIZGEN, "cards", recipe, "--store", str(tmp_path / "facts")],
        capture_output=True,
        text=True,
        check=True,
    )
    total = re.search(r"(\d+) cloze cards, (\d+) MCQs", cards.stdout)
    assert total is not None
    assert deck["new"] == int(total.group(1)) + int(total.group(2)) - 2


def _spawn(tmp_path: Path, *extra: str) -> pexpect.spawn:
    args = [*QUIZGEN[1:], "quiz", "--seed", "5", "--store", str(tmp_path / "facts")]
    args += ["--progress", str(tmp_path / "p.sqlite3"), *extra]
    return pexpect.spawn(
        QUIZGEN[0], args, cwd=str(tmp_path), encoding="utf-8", timeout=60, dimensions=(40, 120)
    )


def test_ctrl_c_summary_box_starts_on_its_own_line(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "--type", "mcq", "-n", "3")
    transcript = io.StringIO()
    child.logfile_read = transcript
    child.expect("Press A")
    child.send("c")
    child.expect("Press A")
    child.sendintr()
    child.expect("every answer so far is saved")
    child.expect(pexpect.EOF)
    text = transcript.getvalue()
    top = text.index(" Session ")
    line_start = text.rfind("\n", 0, top)
    assert "Press A" not in text[line_start:top]  # the box's top border is whole


def test_near_miss_is_confirmed_with_one_key_in_a_terminal(tmp_path: Path) -> None:
    first = _run(tmp_path, "zzz\nn\n", "--type", "cloze", "-n", "1")
    expected = _results(first.stdout)[0].split("Answer: ", 1)[1]
    child = _spawn(tmp_path, "--type", "cloze", "-n", "1", "--seed", "3")
    child.expect("Answer: ")
    child.sendline(expected[:-1])
    child.expect(r"Count it as right\? \[y/n\]")
    child.send("y")  # one key, no Enter
    child.expect(r"from now on\? \[y/n\]")
    child.send("n")
    child.expect("Right")
    child.expect(pexpect.EOF)


def test_an_enter_typed_after_a_one_key_answer_is_not_the_next_answer(tmp_path: Path) -> None:
    """ "n⏎" out of habit at a y/n prompt: the Enter answered the next card, empty, and the
    learner lost it as wrong without seeing it."""
    first = _run(tmp_path, "zzz\nn\nzzz\nn\n", "--type", "cloze", "-n", "2")
    expected = _results(first.stdout)[0].split("Answer: ", 1)[1]
    child = _spawn(tmp_path, "--type", "cloze", "-n", "2", "--seed", "3")
    child.expect("Answer: ")
    child.sendline(expected[:-1])
    child.expect(r"Count it as right\? \[y/n\]")
    child.send("y\r")
    child.expect(r"from now on\? \[y/n\]")
    child.send("n\r")
    child.expect("Right")
    child.expect("Answer: ")
    # the next card waits for its answer: no verdict comes without one
    assert child.expect(["Wrong", "Right", pexpect.TIMEOUT], timeout=3) == 2
    child.sendintr()
    child.expect(pexpect.EOF)


def test_ctrl_c_landing_between_prompt_and_key_still_ends_the_prompt_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A signal may land after the prompt is printed but before (or after) the key is read:
    the prompt's line is ended whenever it lands, not only while a key is awaited."""
    from rich.console import Console  # noqa: PLC0415

    from quizgen.quiz import tui  # noqa: PLC0415
    from quizgen.quiz.items import QuizItem  # noqa: PLC0415

    out = io.StringIO()
    terminal = tui.RichIO()
    terminal.console = Console(file=out, highlight=False, width=120)
    monkeypatch.setattr(tui, "_read_key", lambda: "a")
    printed = terminal.console.print

    def interrupted_echo(*args: object, **kwargs: object) -> None:
        if args and args[0] == "A":  # the key's echo: the signal lands here
            raise KeyboardInterrupt
        printed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(terminal.console, "print", interrupted_echo)
    item = QuizItem(
        "f#mcq-0",
        "f",
        "mcq",
        "Which?",
        "one",
        "Topic",
        options=("one", "two", "three"),
        answer_index=0,
    )
    with pytest.raises(KeyboardInterrupt):
        terminal.read_choice(item)
    assert out.getvalue().endswith("\n")


def test_a_long_option_wraps_under_its_own_text_not_under_its_letter() -> None:
    """In the full-screen quiz an option too long for the panel continues on the next line
    indented to where its text starts, so the letters stay a clean column."""
    from rich.console import Console  # noqa: PLC0415

    from quizgen.quiz import tui  # noqa: PLC0415
    from quizgen.quiz.items import QuizItem  # noqa: PLC0415

    out = io.StringIO()
    terminal = tui.RichIO()
    terminal.console = Console(file=out, highlight=False, width=50)
    long_option = "Approximately ninety per cent of patients have poorly controlled diabetes"
    item = QuizItem(
        "f#mcq-0", "f", "mcq", "Which?", long_option, "Topic",
        options=(long_option, "two"), answer_index=0,
    )  # fmt: skip
    terminal.show_item(1, 1, item)
    lines = [line.strip("│ ").rstrip() for line in out.getvalue().splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("A. "))
    continuation = out.getvalue().splitlines()[start + 1]
    # the continuation's text starts in the column of the option's text, after "A. "
    first = out.getvalue().splitlines()[start]
    assert continuation.index(continuation.strip("│ ")[0]) == first.index("Approximately")
