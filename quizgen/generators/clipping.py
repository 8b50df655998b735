"""A long sentence cut to the clause that holds its cloze (C1: a prompt stays short).

A cloze cut from an article's sentence of 40 words was dropped (C1), and its fact had no card.
What follows the answer after a clause boundary is usually another fact ("…, which is …",
"…; the other …", "…, whereas B …"): the sentence up to that boundary still states the
answer's fact, and the whole sentence stays on the back of the card (``extra``).

Only boundaries that open a clause of its own are cut; a condition ("… only if", "… when",
"… unless") restricts the fact and is never cut away. Nothing before the answer is cut: the
subject and setting of the fact stand there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.generators.wording import find_whole

__all__ = ["MAX_CLOZE_WORDS", "clipped"]

MAX_CLOZE_WORDS = 30  # C1: a single-fact cloze prompt's longest (CARD_RULES.md)

# Where a sentence's next clause opens: the main clause before it stands on its own.
_CLAUSE_BOUNDARY = re.compile(
    r"\s?;\s|\s[–—]\s|,\s(?=(?:which|whereas|while|although|though|but|and|as\swell\sas|"
    r"so|making|leading\sto|resulting\sin|with|particularly|especially|unlike|"
    r"in\scontrast|by\scontrast)\b)",
    re.I,
)
_WORDS = re.compile(r"\S+")
# A condition restricts what stands before it ("…, and only if …", "…, unless …"): a cut
# that would leave one behind is not made.
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever|provided|except|only)\b", re.I)


def clipped(sentence: str, answers: Sequence[str], max_words: int) -> str:
    """``sentence`` cut after the last clause boundary that keeps every answer and leaves at
    most ``max_words`` words, closed with "…"; the sentence itself when it is short enough or
    no such boundary exists. A list line of several sentences ("label: A. B holds the
    answer.") keeps its label and the sentences from the answer's on."""
    if len(_WORDS.findall(sentence)) <= max_words:
        return sentence
    starts = [(find_whole(sentence, answer), answer) for answer in answers if answer]
    if not starts or any(start < 0 for start, _ in starts):
        return sentence
    cut = _after_earlier_sentences(sentence, min(start for start, _ in starts))
    if cut != sentence:
        return clipped(cut, answers, max_words)
    last_answer = max(start + len(answer) for start, answer in starts)
    best = ""
    for boundary in _CLAUSE_BOUNDARY.finditer(sentence, last_answer):
        head = sentence[: boundary.start()].rstrip(" ,;")
        if len(_WORDS.findall(head)) > max_words:
            break
        if _balanced(head) and not _CONDITION.search(sentence, boundary.start()):
            best = head
    return f"{best} …" if best else sentence


# A labelled line ("hyaline-vascular: …"): the label names what its sentences are about.
_LABEL = re.compile(r"^[^:;.()]{1,40}:\s")
# Where a sentence of the line ends and the next opens on a name or a noun, not a pronoun
# that needs the sentence before it ("It …", "These …").
_NEXT_SENTENCE = re.compile(
    r"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])(?!(?:It|Its|They|Their|This|These|That|Those|Such|"
    r"He|She|Both|Each|Either|Neither|Here|There|Then|However|Also)\b)"
)


def _after_earlier_sentences(text: str, first_answer: int) -> str:
    """A labelled line without the sentences before the one that holds its first answer:
    "label: … Sentence with the answer."; the line itself when there is no label or no such
    sentence (the earlier sentences state other facts; the label keeps what they are of)."""
    label = _LABEL.match(text)
    if label is None:
        return text
    opens = [m.end() for m in _NEXT_SENTENCE.finditer(text, label.end(), first_answer)]
    if not opens:
        return text
    return f"{label.group(0)}… {text[opens[-1] :]}"


def _balanced(text: str) -> bool:
    """No bracket or quotation left open by the cut."""
    return text.count("(") == text.count(")") and text.count('"') % 2 == 0
