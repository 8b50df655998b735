"""The card rules of CARD_RULES.md as checks: each returns Findings for the items it fails.

Generators run every check on every item and drop (or repair) what fails; ``quizgen cards
--dropped`` lists the findings with their rule id, article and fact id.
"""

from __future__ import annotations

import html
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from quizgen.generators.clipping import MAX_CLOZE_WORDS
from quizgen.generators.contraries import article_sentences, said_checker
from quizgen.generators.findings import enhancement_stated
from quizgen.generators.incremental import QuestionKey, subject_family
from quizgen.generators.library import load_library
from quizgen.generators.mcq import MAX_OPTIONS, MIN_OPTIONS, Pools, cue_words, ranked_elsewhere
from quizgen.generators.names import NAME_KINDS, PAIR
from quizgen.generators.names import one_thing as _one_thing
from quizgen.generators.numeric import MARGIN, figures_stated, near_stated_age
from quizgen.generators.single import FIGURE_KINDS, stated_ages
from quizgen.generators.vocab import (
    is_nonspecific_feature,
    is_ubiquitous_diagnosis,
    key_levels,
    vocabulary_of,
)
from quizgen.model import ClozeNote, Fact, FactKind, Finding, MCQuestion
from quizgen.normalize import (
    EntitySet,
    is_catch_all,
    normalize_answer,
    numbers_in,
    same_entity,
    shared_entities,
)

__all__ = [
    "CLOZE_RULES",
    "MCQ_RULES",
    "check_cloze",
    "check_mcq",
    "drop_duplicate_notes",
    "drop_duplicate_questions",
    "duplicate_key",
    "select_for_sheet",
    "stem_cue",
]

MAX_ANSWER_WORDS = 5
MAX_STEM_WORDS = 60
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")
_TAG = re.compile(r"<(?!br>|/?ul>|/?li>)[^>]*>")  # quizgen writes <br>, <ul>, <li> only
_BARE_PRONOUN = re.compile(r"^(?:it|its|this|they|their|these|those)\b", re.I)
# The article's sentence quoted in an MCQ stem ('Gallstone ileus: "It demonstrates …"').
_QUOTED_SENTENCE = re.compile(r'^[^"“]{0,200}?: ["“]\s?(?P<sentence>.+)', re.S)
# What separates a list's members; a comma between thousands ("2,600") separates none.
_LIST_MARK = re.compile(r",(?!\d{3}(?!\d))|;|\band\b")
# "fourth and fifth decades", "between 50 and 75 years": one span of ages, not a list
_AGE_NUMBER = (
    r"(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty)"
)
_AGE_SPAN = re.compile(
    rf"^(?:between\s+)?(?:about\s+|around\s+|approximately\s+)?{_AGE_NUMBER}\s+and\s+"
    rf"{_AGE_NUMBER}\s+(?:decades?|years?)(?:\s+of\s+(?:life|age))?$",
    re.I,
)
_NEGATIVE_LEAD = re.compile(r"\b(?:NOT|EXCEPT|LEAST)\b")
_ALL_NONE = re.compile(r"\b(?:all|none) of the above\b|\b[A-E] and [A-E]\b", re.I)


def _finding(  # noqa: PLR0917 (one private constructor for every rule)
    rule: str, note_id: str, reason: str, article: str, fact_id: str = "", action: str = "dropped"
) -> Finding:
    return Finding(rule, note_id, reason, article, fact_id, action)


def _front(note: ClozeNote, number: int) -> str:
    """Plain text of card ``number``'s front: its cloze hidden, the others shown."""

    def show(match: re.Match[str]) -> str:
        return "[...]" if int(match.group(1)) == number else match.group(2)

    return html.unescape(_TAG.sub(" ", _CLOZE.sub(show, note.text).replace("<br>", " ")))


# --- cloze rules -------------------------------------------------------------------------


def c1_one_short_fact(note: ClozeNote, _: Pools) -> list[Finding]:
    """C1: short answers; a single-fact prompt stays short."""
    found = [
        _finding(
            "C1",
            note.id,
            f"answer {d.answer!r} is longer than {MAX_ANSWER_WORDS} words",
            note.article,
            d.fact_id,
        )
        for d in note.deletions
        if len(d.answer.split()) > MAX_ANSWER_WORDS
    ]
    if len(note.deletions) == 1 and len(_front(note, 1).split()) > MAX_CLOZE_WORDS:
        found.append(
            _finding(
                "C1",
                note.id,
                f"prompt longer than {MAX_CLOZE_WORDS} words",
                note.article,
                note.deletions[0].fact_id,
            )
        )
    return found


def c2_topic_visible(note: ClozeNote, _: Pools) -> list[Finding]:
    """C2: the topic is on the front; no prompt opens with a bare pronoun."""
    if not note.context.strip():
        return [_finding("C2", note.id, "no topic shown on the front", note.article)]
    if _BARE_PRONOUN.match(html.unescape(_TAG.sub("", note.text)).strip()):
        return [_finding("C2", note.id, "prompt opens with a bare pronoun", note.article)]
    return []


def c3_no_hidden_list(note: ClozeNote, _: Pools) -> list[Finding]:
    """C3: no cloze answer holds a list (separators inside one deletion)."""
    return [
        _finding("C3", note.id, f"answer {d.answer!r} hides a list", note.article, d.fact_id)
        for d in note.deletions
        if _LIST_MARK.search(d.answer)
        and note.kind is not FactKind.APPEARANCE
        and not (note.kind is FactKind.AGE and _AGE_SPAN.match(d.answer))
    ]


def c3_list_needs_company(note: ClozeNote, _: Pools) -> list[Finding]:
    """C3: a one-member list note ("Differential diagnosis of X: [...]") has many right
    answers and no cue; it cannot be asked."""
    # A member hidden in its own sentence (cloze._lone_member_note) has that sentence as cue.
    is_list = "<ul>" in note.text
    if (
        is_list
        and note.kind in {FactKind.DIFFERENTIAL, FactKind.ASSOCIATION}
        and len(note.deletions) == 1
    ):
        return [
            _finding(
                "C3",
                note.id,
                "a one-item list card has no cue to its answer",
                note.article,
                note.deletions[0].fact_id,
            )
        ]
    return []


def c4_no_leak(note: ClozeNote, _: Pools) -> list[Finding]:
    """C4: the answer does not appear elsewhere on its card's front (context included)."""
    found: list[Finding] = []
    for deletion in note.deletions:
        answer = normalize_answer(deletion.answer)
        front = normalize_answer(html.unescape(note.context))
        if len(note.deletions) == 1:
            front += normalize_answer(_front(note, deletion.number))
        if answer and _within(front, answer):
            found.append(
                _finding(
                    "C4",
                    note.id,
                    f"answer {deletion.answer!r} shows on the front",
                    note.article,
                    deletion.fact_id,
                )
            )
    return found


def _within(front: str, answer: str) -> bool:
    """Whether the normalised ``answer`` stands in the normalised ``front``; a figure is not
    found inside a longer number ("9%" is not in "19%", "5" is not in "0.5")."""
    # Plain string search at every place the answer starts (as a regex search would try
    # them): a pattern per answer would be compiled for each of thousands of answers.
    digit_first, digit_last = answer[0].isdigit(), answer[-1].isdigit()
    start = front.find(answer)
    while start >= 0:
        end = start + len(answer)
        after = front[end : end + 2]
        if not (
            (digit_first and start and (front[start - 1].isdecimal() or front[start - 1] == "."))
            or (digit_last and after[:1].isdecimal())
            or (digit_last and after[:1] == "." and after[1:2].isdecimal())
        ):
            return True
        start = front.find(answer, start + 1)
    return False


def c5_escaped(note: ClozeNote, _: Pools) -> list[Finding]:
    """C5/markup: only quizgen's own <br>/<ul>/<li> tags; every < or > from the article is
    escaped."""
    stray = _TAG.findall(note.text) + _TAG.findall(note.context) + _TAG.findall(note.extra)
    if stray:
        return [_finding("C5", note.id, f"unescaped markup {stray[0][:30]!r}", note.article)]
    return []


def c6_source(note: ClozeNote, _: Pools) -> list[Finding]:
    """C6: the source (title, licence) is known for the back of the card."""
    if not note.source.title or not note.provenance.licence:
        return [_finding("C6", note.id, "no source or licence", note.article)]
    return []


# Words of a list member's name, for C7's "less specific member" check.
_NAME_WORD = re.compile(r"[a-z0-9]+")


def _name_words(answer: str) -> frozenset[str]:
    return frozenset(_NAME_WORD.findall(answer.lower()))


def c7_less_specific_member(note: ClozeNote, _: Pools) -> list[Finding]:
    """C7: in a list of names, a member whose every word stands in a longer member ("BRAF
    mutation" beside "BRAF V600E mutation", "lymphoma" beside "primary CNS lymphoma") is a
    near-duplicate: its card shows the longer one, and with it the answer. It is shown, not
    asked; the longer member is still asked."""
    if note.kind not in {FactKind.DIFFERENTIAL, FactKind.ASSOCIATION} or len(note.deletions) < 2:
        return []
    words = {d.number: _name_words(d.answer) for d in note.deletions}
    return [
        _finding(
            "C7",
            note.id,
            f"member {deletion.answer!r} is a less specific copy of another member",
            note.article,
            deletion.fact_id,
        )
        for deletion in note.deletions
        if words[deletion.number]
        and any(
            words[deletion.number] < other for n, other in words.items() if n != deletion.number
        )
    ]


def c8_stable_numbers(note: ClozeNote, _: Pools) -> list[Finding]:
    """C8: every deletion has its own fixed number, and no cloze is empty."""
    numbers = [d.number for d in note.deletions]
    if len(set(numbers)) != len(numbers) or min(numbers, default=1) < 1:
        return [_finding("C8", note.id, f"cloze numbers {numbers} are not unique", note.article)]
    if any(not d.answer.strip() for d in note.deletions):
        return [_finding("C8", note.id, "empty cloze", note.article)]
    return []


CLOZE_RULES: tuple[Callable[[ClozeNote, Pools], list[Finding]], ...] = (
    c1_one_short_fact,
    c2_topic_visible,
    c3_no_hidden_list,
    c3_list_needs_company,
    c4_no_leak,
    c5_escaped,
    c6_source,
    c7_less_specific_member,
    c8_stable_numbers,
)


def check_cloze(note: ClozeNote, facts: Pools) -> list[Finding]:
    """Every cloze rule's findings for one note."""
    return [finding for rule in CLOZE_RULES for finding in rule(note, facts)]


# --- MCQ rules ---------------------------------------------------------------------------


def m1_closed_question(q: MCQuestion, _: Pools) -> list[Finding]:
    """M1: the lead-in is a question and has no NOT/EXCEPT/LEAST."""
    if not q.stem.rstrip().endswith("?") or _NEGATIVE_LEAD.search(q.stem):
        return [_finding("M1", q.id, "stem is not a closed question", q.article, q.fact_id)]
    if len(q.stem.split()) > MAX_STEM_WORDS:
        return [_finding("C1", q.id, "stem too long", q.article, q.fact_id)]
    return []


def c2_stem_topic(q: MCQuestion, _: Pools) -> list[Finding]:
    """C2: a stem that quotes the article's sentence does not open it with a bare pronoun:
    under its topic line "It demonstrates the Rigler triad in ___" reads as the title's,
    while the article meant CT."""
    quoted = _QUOTED_SENTENCE.match(q.stem)
    if quoted and _BARE_PRONOUN.match(quoted.group("sentence")):
        why = "quoted sentence opens with a bare pronoun"
        return [_finding("C2", q.id, why, q.article, q.fact_id)]
    return []


def m2_one_key(q: MCQuestion, _: Pools) -> list[Finding]:
    """M2: 3–5 options (at least 2 distractors), exactly one of them the key."""
    if not MIN_OPTIONS <= len(q.options) <= MAX_OPTIONS or not 0 <= q.answer_index < len(q.options):
        return [_finding("M2", q.id, f"{len(q.options)} options", q.article, q.fact_id)]
    return []


def _also_right_differential(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    true_set = pools.true_items(fact.kind, fact.subject)
    own = shared_entities(pools.with_aliases([fact.subject, subject_family(fact.subject)]))
    # "metastases" is right for a mass almost anywhere unless the article places it.
    listed = {f.item for f in pools.by_kind_article[(fact.kind, fact.source.article)]}
    return lambda option: (
        is_catch_all(option)
        or true_set.matches(option)
        or own.matches(option)
        or (is_ubiquitous_diagnosis(option) and option not in listed)
    )


def _also_right_appearance(q: MCQuestion, fact: Fact, pools: Pools) -> Callable[[str], bool]:
    stated = pools.by_subject[(fact.kind, fact.subject.lower())]
    if q.id.endswith("#mcq-sequence"):
        # A sequence is also right when what it shows shares a level with the key.
        vocabulary = vocabulary_of(fact.value)
        wanted = key_levels(fact.value, vocabulary) if vocabulary else frozenset()

        def sequence_right(option: str) -> bool:
            values = [o.value for o in stated if o.attribute == option]
            return vocabulary is None or any(
                vocabulary_of(v) is vocabulary and key_levels(v, vocabulary) & wanted
                for v in values
            )

        return sequence_right
    if q.id.endswith("#mcq-finding"):
        return _finding_on_sequence_right(stated, enhancement_stated(pools, fact))
    same_sequence = [o.value for o in stated if o.attribute == fact.attribute]

    def finding_right(option: str) -> bool:
        if any(same_entity(option, value) for value in same_sequence):
            return True
        vocabulary = vocabulary_of(option)
        if vocabulary is None:
            return False
        levels_ = key_levels(option, vocabulary)
        return any(
            vocabulary_of(value) is vocabulary and key_levels(value, vocabulary) & levels_
            for value in same_sequence
        )

    return finding_right


def _finding_on_sequence_right(
    stated: list[Fact], enhancing: frozenset[str]
) -> Callable[[str], bool]:
    """For "MRI T1: hyperintense" options: right unless the selection states the subject on
    that sequence, every finding there in one closed vocabulary, none sharing a level with
    the option (an unstated sequence, or an unreadable finding, may make it right); an
    enhancement is right too when stated for the subject or a part of it on any phase."""

    def right(option: str) -> bool:
        sequence, _, finding = option.rpartition(": ")
        values = [o.value for o in stated if o.attribute == sequence]
        vocabulary = vocabulary_of(finding)
        if not values or vocabulary is None:
            return True
        if vocabulary.name == "enhancement" and key_levels(finding, vocabulary) & enhancing:
            return True
        if any(same_entity(finding, value) for value in values):
            return True
        wanted = key_levels(finding, vocabulary)
        return any(
            vocabulary_of(value) is not vocabulary or key_levels(value, vocabulary) & wanted
            for value in values
        )

    return right


def _also_right_figure(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """Near a figure stated for the same item (or in the same sentence), or equal to one
    stated for the subject's other items (``numeric.figures_stated``)."""
    near_values, equal_values = figures_stated(
        fact, pools.by_kind_article[(fact.kind, fact.source.article)]
    )
    near = [n for value in near_values for n in numbers_in(value)]
    equal = {n for value in equal_values for n in numbers_in(value)}
    return lambda option: any(
        n in equal or any(abs(n - s) < MARGIN * max(abs(n), abs(s)) for s in near)
        for n in numbers_in(option)
    )


def _also_right_age_cutoff(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """An age offered as the article's cut-off that lies near an age the article states for
    the subject (the key's own included) or inside a stated range (an unreadable option
    counts as right)."""
    spans = stated_ages(fact, pools)

    def right(option: str) -> bool:
        figures = numbers_in(option)
        return len(figures) != 1 or near_stated_age(figures[0], spans)

    return right


def _also_right_name(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    names = shared_entities(pools.with_aliases([fact.subject]))
    return names.matches


def _also_right_frequency(q: MCQuestion, fact: Fact, pools: Pools) -> Callable[[str], bool]:
    siblings = [
        o for o in pools.by_kind_article[(fact.kind, fact.source.article)] if o.group == fact.group
    ]
    if q.id.endswith("#mcq-most"):
        top = numbers_in(fact.value)[0]
        return lambda option: any(
            same_entity(option, o.item) and numbers_in(o.value)[:1] >= [top]
            for o in siblings
            if o.id != fact.id
        )
    if q.numeric:
        values = [o.value for o in siblings if same_entity(o.item, fact.item)]
    else:
        values = [
            o.item for o in siblings if normalize_answer(o.value) == normalize_answer(fact.value)
        ]
    return lambda option: is_catch_all(option) or any(same_entity(option, v) for v in values)


def _also_right_rank(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """Whatever the selection ranks the same in the same category ("most common X")."""
    return shared_entities(pools.with_aliases(ranked_elsewhere(fact, pools))).matches


def _also_right_sibling(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """Any member of the fact's own list (associations and other relations)."""
    siblings = shared_entities(
        pools.with_aliases(
            o.item
            for o in pools.by_kind_article[(fact.kind, fact.source.article)]
            if o.group == fact.group
        )
    )
    return (
        lambda option: (
            is_catch_all(option) or siblings.matches(option) or is_nonspecific_feature(option)
        )  # a presenting feature of nearly every disease
    )


_RIGHT_BY_KIND: dict[FactKind, Callable[[Fact, Pools], Callable[[str], bool]]] = {
    FactKind.DIFFERENTIAL: _also_right_differential,
    FactKind.RANK: _also_right_rank,
    **dict.fromkeys(FIGURE_KINDS, _also_right_figure),
    **dict.fromkeys(NAME_KINDS, _also_right_name),
}


def _also_right_described(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """ "Which is described as …?": a member the article describes alike (or not at all:
    what it is then is unknown), or one that is no member of the list."""
    described = {
        o.item: o.value or ""
        for o in pools.by_kind_article[(fact.kind, fact.source.article)]
        if o.group == fact.group and o.subject == fact.subject
    }

    def right(option: str) -> bool:
        value = described.get(option)
        return (
            is_catch_all(option)
            or value is None
            or not value
            or same_entity(value, fact.value or "")
        )

    return right


def _also_right_pair(pools: Pools) -> Callable[[str], bool]:
    """ "Which pair of names denotes one condition?": a pair the selection or the library
    may call one condition."""

    def right(option: str) -> bool:
        first, _, second = option.partition(PAIR)
        return not second or _one_thing(first, second, pools)

    return right


def _also_right_sign(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """ "Which sign is described in X?": a sign the selection states for X's family, or one
    the library says may indicate X (or does not know)."""
    library = load_library()
    subjects = pools.with_aliases([fact.subject, *library.aliases(fact.subject)])
    family = pools.families[(FactKind.SIGN, subject_family(fact.subject))] or {fact.subject.lower()}
    stated = EntitySet(
        pools.with_aliases(f.item for s in family for f in pools.by_subject[(FactKind.SIGN, s)])
    )
    return lambda option: stated.matches(option) or library.sign_may_fit(option, subjects)


def _also_right_said(fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """ "Which of these statements does the article make?": a sentence the article states,
    or one that no sentence of it turns into by one contrary it nowhere states
    (``contraries.said_right``)."""
    article = fact.source.article
    if article not in pools.said:  # the same for every said question of the article
        sentences = article_sentences(
            f for kind in FactKind for f in pools.by_kind_article.get((kind, article), ())
        )
        pools.said[article] = said_checker(sentences)
    return pools.said[article]


# Question forms with their own sense of "right" (by the item id's suffix).
_RIGHT_BY_FORM: dict[str, Callable[[Fact, Pools], Callable[[str], bool]]] = {
    "#mcq-said": _also_right_said,
    "#mcq-feature": _also_right_sign,
    "#mcq-described": _also_right_described,
    "#mcq-ages": _also_right_age_cutoff,
}


def _also_right(q: MCQuestion, fact: Fact, pools: Pools) -> Callable[[str], bool]:
    """What makes an option right for this question, by the facts of the selection."""
    if q.id.endswith("#mcq-pair"):
        return _also_right_pair(pools)
    if (by_form := _RIGHT_BY_FORM.get(q.id[q.id.rfind("#") :])) is not None:
        return by_form(fact, pools)
    if fact.kind is FactKind.APPEARANCE:
        return _also_right_appearance(q, fact, pools)
    if fact.kind is FactKind.FREQUENCY:
        return _also_right_frequency(q, fact, pools)
    return _RIGHT_BY_KIND.get(fact.kind, _also_right_sibling)(fact, pools)


def m3_no_true_distractor(q: MCQuestion, pools: Pools) -> list[Finding]:
    """M3: no distractor is also right according to the facts of the selection (every list
    of the subject's family, name variants and synonyms; catch-alls are never options)."""
    fact = pools.by_id.get(q.fact_id)
    if fact is None:
        return []
    right = _also_right(q, fact, pools)
    bad = [o for i, o in enumerate(q.options) if i != q.answer_index and right(o)]
    if bad:
        return [_finding("M3", q.id, f"distractor {bad[0]!r} is also right", q.article, q.fact_id)]
    return []


def m4_distinct(q: MCQuestion, _: Pools) -> list[Finding]:
    """M4: no two options equal after normalising case, accents, spelling and numbers."""
    counts = Counter(normalize_answer(o) for o in q.options)
    twice = [o for o, n in counts.items() if n > 1]
    if twice:
        return [_finding("M4", q.id, f"option {twice[0]!r} appears twice", q.article, q.fact_id)]
    return []


def m6_numbers(q: MCQuestion, _: Pools) -> list[Finding]:
    """M6: numeric options sorted ascending, within 0–100 %, clearly apart."""
    if not q.numeric:
        return []
    values = [numbers_in(o)[0] for o in q.options if numbers_in(o)]
    if len(values) != len(q.options) or values != sorted(values):
        return [_finding("M6", q.id, "numeric options are not sorted", q.article, q.fact_id)]
    if any("%" in o for o in q.options) and any(not 0 <= v <= 100 for v in values):
        return [_finding("M6", q.id, "a percentage outside 0–100", q.article, q.fact_id)]
    return []


def m7_no_cues(q: MCQuestion, _: Pools) -> list[Finding]:
    """M7: no all/none of the above; the key is not the only long option."""
    if any(_ALL_NONE.search(o) for o in q.options):
        return [_finding("M7", q.id, "all/none of the above", q.article, q.fact_id)]
    others = [len(o) for i, o in enumerate(q.options) if i != q.answer_index]
    if not q.numeric and len(q.answer) > 1.25 * max(others) and len(q.answer) > 12:
        return [_finding("M7", q.id, "the key is the only long option", q.article, q.fact_id)]
    if cue := stem_cue(q):
        why = f"{cue!r} is in the stem and the key alone: a cue"
        return [_finding("M7", q.id, why, q.article, q.fact_id)]
    return []


def stem_cue(q: MCQuestion) -> str:
    """A content word the stem (or topic) shares with the key and with no distractor (M7:
    "a missing pedicle (___)" keyed "absent pedicle sign"), or "". Numeric questions have
    none: their options are figures."""
    if q.numeric:
        return ""
    shared = cue_words(f"{q.topic} {q.stem}") & cue_words(q.answer)
    for i, option in enumerate(q.options):
        if i != q.answer_index:
            shared -= cue_words(option)
    return min(shared) if shared else ""


MCQ_RULES: tuple[Callable[[MCQuestion, Pools], list[Finding]], ...] = (
    m1_closed_question,
    c2_stem_topic,
    m2_one_key,
    m3_no_true_distractor,
    m4_distinct,
    m6_numbers,
    m7_no_cues,
)


def check_mcq(question: MCQuestion, facts: Pools) -> list[Finding]:
    """Every MCQ rule's findings for one question (only M2's when it has no valid key: the
    other rules read the key)."""
    if shape := m2_one_key(question, facts):
        return shape
    return [finding for rule in MCQ_RULES for finding in rule(question, facts)]


def duplicate_key(question: MCQuestion) -> QuestionKey:
    """What C7 compares: the question's stem and key, normalised."""
    return QuestionKey(
        question.id,
        question.article,
        question.fact_id,
        normalize_answer(question.stem),
        normalize_answer(question.answer),
    )


def drop_duplicate_questions(keys: Iterable[QuestionKey]) -> Iterator[Finding]:
    """C7: of questions with the same stem and key, keep the first; a finding for each other."""
    seen: set[tuple[str, str]] = set()
    for key in keys:
        if (key.stem, key.answer) in seen:
            reason = "duplicate of an earlier question"
            yield _finding("C7", key.item_id, reason, key.article, key.fact_id)
        seen.add((key.stem, key.answer))


def drop_duplicate_notes(notes: Iterable[ClozeNote]) -> tuple[list[ClozeNote], list[Finding]]:
    """C7 for cloze notes: of notes with the same text, keep the first (two facts read from
    one sentence, "twice as often (M:F ~2:1)", made the same card twice)."""
    kept: list[ClozeNote] = []
    findings: list[Finding] = []
    seen: set[str] = set()
    for note in notes:
        text = " ".join(note.text.split()).casefold()
        if text in seen:
            fact_id = note.fact_ids[0] if note.fact_ids else ""
            findings.append(
                _finding("C7", note.id, "duplicate of an earlier card", note.article, fact_id)
            )
        else:
            seen.add(text)
            kept.append(note)
    return kept, findings


def select_for_sheet(
    questions: Sequence[MCQuestion], rng: random.Random
) -> tuple[list[MCQuestion], list[Finding]]:
    """Questions that can stand together on one sheet (C7, M8).

    Keeps one question per stem (the same lead-in twice is a near-duplicate) and never two
    questions where one's answer appears in the other's stem ("which accounts for 22%?" next
    to "what percentage is breast?"). Questions that clash with fewer others are kept first
    (one question whose answer is the article's title would otherwise push out every
    question whose stem names it); among equals, which one survives is drawn with ``rng``.
    """
    order = list(questions)
    rng.shuffle(order)
    clashes = {q.id: sum(_clash(q, other) for other in questions if other is not q) for q in order}
    order.sort(key=lambda q: clashes[q.id])  # stable: the shuffle still breaks ties
    kept: list[MCQuestion] = []
    findings: list[Finding] = []
    for question in order:
        clash = next((k for k in kept if _clash(question, k)), None)
        if clash is None:
            kept.append(question)
        else:
            rule = "C7" if normalize_answer(clash.stem) == normalize_answer(question.stem) else "M8"
            findings.append(
                _finding(
                    rule,
                    question.id,
                    f"would cue or repeat {clash.id} on the same sheet",
                    question.article,
                    question.fact_id,
                )
            )
    position = {q.id: i for i, q in enumerate(questions)}
    kept.sort(key=lambda q: position[q.id])
    return kept, findings


def _clash(first: MCQuestion, second: MCQuestion) -> bool:
    if normalize_answer(first.stem) == normalize_answer(second.stem):
        return True
    if first.fact_id == second.fact_id:
        return True
    return _mentions(first.stem, second.answer) or _mentions(second.stem, first.answer)


def _mentions(stem: str, answer: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(answer.lower())}(?!\w)", stem.lower()))
