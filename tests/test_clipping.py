"""A long sentence is cut after the clause holding its cloze (generators/clipping.py)."""

from __future__ import annotations

from quizgen.generators.clipping import MAX_CLOZE_WORDS, clipped

_LONG = (
    "Splenic hamartomas are found in about 0.1% of autopsies, which makes them far rarer than "
    "haemangiomas, whereas littoral cell angiomas are rarer still and are usually seen in "
    "adults with immune disorders."
)


def test_the_clause_after_the_answer_is_cut() -> None:
    assert clipped(_LONG, ["about 0.1%"], MAX_CLOZE_WORDS) == (
        "Splenic hamartomas are found in about 0.1% of autopsies, which makes them far rarer "
        "than haemangiomas …"
    )


def test_the_longest_head_within_the_limit_is_kept() -> None:
    assert clipped(_LONG, ["about 0.1%"], 12) == (
        "Splenic hamartomas are found in about 0.1% of autopsies …"
    )


def test_nothing_before_the_answer_is_cut() -> None:
    """The answer in the last clause: its subject stands before it, so no cut."""
    assert clipped(_LONG, ["immune disorders"], 12) == _LONG


def test_a_condition_is_never_cut_away() -> None:
    sentence = (
        "A splenic cleft is seen in about 10% of children on ultrasound in the first years of "
        "life, only if the spleen is lobulated, when the probe frequency is high, and unless "
        "the child is obese."
    )
    assert clipped(sentence, ["about 10%"], MAX_CLOZE_WORDS) == sentence


def test_a_short_sentence_is_left_whole() -> None:
    sentence = "Splenic hamartomas are found in about 0.1% of autopsies, which is rare."
    assert clipped(sentence, ["about 0.1%"], MAX_CLOZE_WORDS) == sentence


def test_a_cut_never_leaves_a_bracket_open() -> None:
    sentence = (
        "Hamartomas are found in about 0.1% of autopsies (a figure from old series, which "
        "may understate them, and from one centre) and are usually incidental findings on CT."
    )
    assert clipped(sentence, ["about 0.1%"], 13) == sentence


def test_a_labelled_line_of_sentences_keeps_its_label_and_the_answer_s_sentence() -> None:
    line = (
        "classic type: the most common form; it accounts for about 80% of cases. Nodules are"
        " small and round, with a thin rim of fibrous tissue and a central vessel (the"
        ' "cartwheel" sign), set in a loose stroma of spindle cells'
    )
    assert len(line.split()) > MAX_CLOZE_WORDS
    prompt = clipped(line, ["cartwheel"], MAX_CLOZE_WORDS)
    assert prompt.startswith("classic type: … Nodules are small")
    assert "80%" not in prompt
    # a sentence that opens on a pronoun needs the one before it: nothing is cut
    pointing = line.replace("Nodules are small and round", "They are small and round")
    assert clipped(pointing, ["cartwheel"], MAX_CLOZE_WORDS) == pointing
    # without a label, what the earlier sentences are about would be lost: nothing is cut
    bare = line.removeprefix("classic type: ")
    assert clipped(bare, ["cartwheel"], MAX_CLOZE_WORDS) == bare
