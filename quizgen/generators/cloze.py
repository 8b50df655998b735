"""Cloze notes: one note per list (one fixed cloze number per member) or per single fact.

All article text is HTML-escaped first; only then is cloze markup added, so nothing from an
article can become markup or a cloze (C-rules "Cloze specifics").
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from quizgen.attribution import shown_section
from quizgen.generators.clipping import MAX_CLOZE_WORDS, clipped
from quizgen.generators.numeric import rate_denominator
from quizgen.generators.wording import find_whole, mid_sentence, ranked_as, stem, written
from quizgen.model import (
    KEY_TERM_SEPARATOR,
    LIST_KINDS,
    ArticleFacts,
    ClozeDeletion,
    ClozeNote,
    Fact,
    FactKind,
    SourceRef,
    list_key,
)
from quizgen.normalize import CATCH_ALL, is_catch_all, is_initialism, normalize_answer
from quizgen.phrases import same_name

__all__ = [
    "CATCH_ALL",
    "build_cloze_notes",
    "cloze",
    "escape",
    "is_catch_all",
    "note_tags",
    "shown_only",
]

_FIGURE = re.compile(r"[<>≤≥~]?\s*\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:%|years)?")
# What follows one end of a range written in words: "5" of "between 5 and 25 years".
_RANGE_GOES_ON = re.compile(r"\s*(?:and|or|to|-|–)\s*\d")
_PARENTHETICAL_TAIL = re.compile(r"^(?P<head>[^()]+?)\s*(?P<tail>\([^()]*\))$")


def escape(text: str) -> str:
    """HTML-escape article text and break any brace pair that Anki would read as a field or
    cloze ("{{", "}}") — article text can never create a cloze."""
    return html.escape(text, quote=True).replace("{{", "{&#8203;{").replace("}}", "}&#8203;}")


def cloze(number: int, answer: str, hint: str = "") -> str:
    """``{{cN::answer}}`` (or with ``::hint``) around already-escaped text."""
    answer_html = escape(answer).replace("::", ":&#8203;:")
    suffix = f"::{escape(hint)}" if hint else ""
    return f"{{{{c{number}::{answer_html}{suffix}}}}}"


_NOT_TAG_CHARS = re.compile(r"[^\w:-]+")


def note_tags(entry: ArticleFacts, kind: FactKind, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Hierarchical tags in the style of medical decks; no spaces (Anki splits on them)."""

    def tag(text: str) -> str:
        return _NOT_TAG_CHARS.sub("_", text.strip()).strip("_")

    systems = tuple(f"quizgen::system::{tag(s)}" for s in entry.provenance.systems)
    yield_level = (
        "high"
        if kind
        in {FactKind.FREQUENCY, FactKind.APPEARANCE, FactKind.DIFFERENTIAL, FactKind.THRESHOLD}
        else "medium"
    )
    return (
        f"quizgen::article::{entry.slug}",
        f"quizgen::kind::{kind}",
        f"quizgen::yield::{yield_level}",
        *systems,
        *(tag(t) for t in extra),
    )


def _context(entry: ArticleFacts, fact: Fact, answers: Sequence[str] = ()) -> str:
    """The title and section a card stands under. Headings that name an answer are left out
    with those under them: "MRI is the most sensitive modality" under "› MRI" would give the answer
    away (C4), and the section is context, not the question."""
    section = shown_section(fact.source, entry.provenance)
    headings = section.split(" › ") if section else []
    for depth, heading in enumerate(headings):
        if any(_names_answer(heading, answer) for answer in answers):
            headings = headings[:depth]
            break
    return escape(" › ".join([entry.title, *headings]))


def _names_answer(heading: str, answer: str) -> bool:
    """Whether a heading holds the answer as whole words ("MRI" in "CT and MRI")."""
    wanted = answer.strip()
    if not wanted:
        return False
    return find_whole(heading, wanted) >= 0 or normalize_answer(heading) == normalize_answer(wanted)


def _split_answer(answer: str) -> tuple[str, str]:
    """("developmental lesions", "(intramedullary lipoma, syringomyelia)"): the head is asked,
    the parenthesis stays visible, so no cloze hides a list (C3)."""
    match = _PARENTHETICAL_TAIL.match(answer)
    if match and ("," in match.group("tail") or ";" in match.group("tail")):
        return match.group("head"), match.group("tail")
    return answer, ""


def _list_line(fact: Fact, number: int) -> tuple[str, ClozeDeletion | None]:
    """One member's line and its deletion (None for a shown-only catch-all)."""
    if fact.kind is FactKind.FREQUENCY:
        if is_catch_all(fact.item):
            return f"{escape(fact.item)}: {escape(fact.value)}", None
        return (
            f"{escape(fact.item)}: {cloze(number, fact.value)}",
            ClozeDeletion(number, fact.value, fact.id),
        )
    if fact.kind is FactKind.APPEARANCE:
        return (
            f"{escape(fact.attribute)}: {cloze(number, fact.value)}",
            ClozeDeletion(number, fact.value, fact.id),
        )
    head, tail = _split_answer(fact.item)
    detail = f": {escape(fact.value)}" if fact.value else ""
    tail_html = f" {escape(tail)}" if tail else ""
    return (f"{cloze(number, head)}{tail_html}{detail}", ClozeDeletion(number, head, fact.id))


def _scheme(members: Sequence[Fact]) -> str:
    """The classification a list of classes is ("Huang and Tseng classification"): the one
    scheme every member names, "" when they name none or several (two schemes read into one
    list must not carry one's name over the other's classes)."""
    schemes = {f.attribute.strip() for f in members}
    return schemes.pop() if len(schemes) == 1 else ""


def _list_intro(entry: ArticleFacts, fact: Fact, scheme: str = "") -> str:
    names = {
        FactKind.FREQUENCY: "frequency_intro",
        FactKind.DIFFERENTIAL: "differential_intro",
        FactKind.APPEARANCE: "appearance_intro",
        FactKind.ASSOCIATION: "association_intro",
    }
    name = names[fact.kind]
    if fact.kind is FactKind.DIFFERENTIAL and fact.group:
        name = "differential_group_intro"  # "… of X — if nodular:" tells sub-lists apart
    if fact.kind is FactKind.ASSOCIATION and fact.subject.lower() != entry.title.lower():
        name = "association_subject_intro"  # "risk factors of pancreatic cancer:"
    subject = fact.subject
    if fact.kind is FactKind.APPEARANCE:  # "Imaging of osteoblastic metastases:"
        subject = mid_sentence(subject, written(entry))
    text = stem("cloze", name, title=entry.title, subject=subject, group=fact.group)
    if fact.kind in {FactKind.FREQUENCY, FactKind.ASSOCIATION} and _BARE_GROUP.fullmatch(
        fact.group.strip()
    ):
        named = scheme if scheme.lower() != fact.subject.lower() else ""  # not "X — X:"
        text = f"{fact.subject} — {named or _heading_for(entry, fact)}:"
    return escape(text[:1].upper() + text[1:])


# A list label that says nothing of what is listed ("Types:" of what?): the card carries
# the section heading it stands under ("Staging", "Variants"), else the subject.
_BARE_GROUP = re.compile(
    r"(?:sub)?types?|classifications?|categories|kinds|forms|variants|grades|stages",
    re.IGNORECASE,
)
# The article's standard sections and modality headings name no kind of list.
_PLAIN_HEADING = re.compile(
    r"pathology|epidemiology|clinical presentation|radiographic features|imaging(?: features)?"
    r"|treatment(?: and prognosis)?|prognosis|differential diagnosis|practical points|summary"
    r"|ct|mri|ultrasound|plain radiograph(?:y)?|radiography|nuclear medicine|angiography"
    r"|fluoroscopy|pet(?:/ct)?|mammography|general|overview|introduction",
    re.IGNORECASE,
)


def _heading_for(entry: ArticleFacts, fact: Fact) -> str:
    """The heading a bare list label stands under, or the label itself (lower-cased)."""
    section = shown_section(fact.source, entry.provenance)
    heading = section.rsplit("›", 1)[-1].strip()
    if not heading or _PLAIN_HEADING.fullmatch(heading):
        heading = fact.group.strip()
    return heading[:1].lower() + heading[1:]


def _list_note(entry: ArticleFacts, members: list[Fact], tags: Sequence[str]) -> ClozeNote | None:
    # Facts not yet numbered by the store (e.g. straight from extraction) follow the
    # numbered ones in order; the store gives the lasting numbers.
    highest = max(f.cloze_number for f in members)
    unnumbered = iter(range(highest + 1, highest + 1 + len(members)))
    members = [f if f.cloze_number else replace(f, cloze_number=next(unnumbered)) for f in members]
    first = members[0]
    lines: list[str] = []
    deletions: list[ClozeDeletion] = []
    for fact in sorted(members, key=lambda f: f.cloze_number):
        line, deletion = _list_line(fact, fact.cloze_number)
        lines.append(line)
        if deletion:
            deletions.append(deletion)
    if not deletions:
        return None
    body = "".join(f"<li>{line}</li>" for line in lines)
    scheme = _scheme(members) if first.kind is FactKind.ASSOCIATION else ""
    text = f"{_list_intro(entry, first, scheme)}<ul>{body}</ul>"
    # The article's wording of corrected members is quoted, marked, in the source line.
    originals = [f.source.original for f in members if f.source.original]
    source = replace(first.source, original=" / ".join(dict.fromkeys(originals)))
    return ClozeNote(
        id=list_key(first),
        article=entry.slug,
        text=text,
        deletions=tuple(deletions),
        source=source,
        kind=first.kind,
        extra=_extra(text, [f.source for f in members]),
        context=_context(entry, first, [d.answer for d in deletions]),
        tags=note_tags(entry, first.kind, tags),
        changed_at=max(f.changed_at for f in members),
        provenance=entry.provenance,
    )


def shown_only(note: ClozeNote, fact_ids: Collection[str]) -> ClozeNote | None:
    """``note`` with the deletions of ``fact_ids`` shown instead of asked, or None when none
    or all of them would be (the card rules then judge what is left: one member is no list
    to learn, C3).

    One member that cannot be asked ("giant cell tumour of the tendon sheath" is longer than
    five words, "cardiac emboli, e.g. atrial fibrillation or endocarditis" hides a list) used
    to drop its whole list note, and with it every other member's card."""
    kept = tuple(d for d in note.deletions if d.fact_id not in fact_ids)
    if not kept or len(kept) == len(note.deletions):
        return None
    text = note.text
    for deletion in note.deletions:
        if deletion.fact_id in fact_ids:
            text = text.replace(cloze(deletion.number, deletion.answer), escape(deletion.answer))
    return replace(note, text=text, deletions=kept)


_WORD = re.compile(r"\w+")


_MARKUP = re.compile(r"<[^>]+>|\{\{c\d+::|::[^}]*\}\}|\}\}")


def _words(text_html: str) -> set[str]:
    plain = html.unescape(_MARKUP.sub(" ", text_html))
    return {word.lower() for word in _WORD.findall(plain)}


def _extra(text: str, sources: Sequence[SourceRef]) -> str:
    """The "source text" box: the article's sentences that say more than the card does.

    A sentence whose every word the card already shows (answers revealed) adds nothing and is
    left out; so is the text of a corrected fact, which the source line quotes as the
    article's wording beside the mark "corrected by reviewer" (C9).
    """
    shown = _words(text)
    kept = [
        escape(source.text)
        for source in sources
        if source.text and not source.original and not _words(escape(source.text)) <= shown
    ]
    return "<br>".join(dict.fromkeys(kept))


def _hide_in(statement: str, answer: str) -> str | None:
    """The escaped statement with the first whole occurrence of ``answer`` as cloze 1."""
    index = find_whole(statement, answer)
    if index >= 0:
        end = index + len(answer)
    elif "-" in answer and (dashed := _any_dash(answer).search(statement)):
        # the extractor writes ranges with "-"; the sentence may have "–" ("0.15–6.4%")
        index, end = dashed.span()
    else:
        return None
    return escape(statement[:index]) + cloze(1, statement[index:end]) + escape(statement[end:])


def _any_dash(answer: str) -> re.Pattern[str]:
    """``answer`` as a pattern in which its hyphens match any dash, as a whole figure."""
    dashed = r"\s?[-‐-―−]\s?".join(re.escape(part) for part in answer.split("-"))
    return re.compile(rf"(?<![\w.]){dashed}(?![\w]|\.\d)", re.I)


def _hide_figures(fact: Fact) -> tuple[str | None, str]:
    """The statement with the span from its first to its last number of the value hidden
    (the value's numbers in order), or, for a ratio written in words, a line that states it:
    "Meningioma: F:M ratio {{c1::2:1}}"."""
    numbers = re.findall(r"\d+(?:\.\d+)?", fact.value)
    if numbers:
        gap = r"[^\d.;]{1,12}?"
        span = re.search(
            r"(?<![\d.])" + gap.join(re.escape(n) for n in numbers) + r"(?!\d|\.\d)(?:\s*years)?",
            fact.statement,
        )
        if span and " and " not in span.group(0):
            return _hide_in(fact.statement, span.group(0)), span.group(0)
    if fact.kind is FactKind.AGE and fact.item:
        # "between 65 and 75 years" would hide a list (C3): state the range as one answer
        line = f"{fact.subject}, {fact.item}: \x00"
        return escape(line).replace("\x00", cloze(1, fact.value)), fact.value
    if fact.kind is FactKind.SEX_RATIO and ":" in fact.attribute:
        line = f"{fact.subject}: {fact.attribute} ratio \x00"
        return escape(line).replace("\x00", cloze(1, fact.value)), fact.value
    # "more common in women" states a female predominance: hide the favoured sex's word
    sex = _SEX_WORDS.get(fact.value) if fact.kind is FactKind.SEX_RATIO else None
    if sex and (word := sex.search(fact.statement)):
        start, end = word.span()
        text = fact.statement
        hidden = escape(text[:start]) + cloze(1, word.group(0)) + escape(text[end:])
        return hidden, word.group(0)
    return None, ""


# The words that name each sex in a sentence stating a predominance.
_SEX_WORDS = {
    "female": re.compile(r"\b(?:women|woman|females?|girls?)\b", re.I),
    "male": re.compile(r"\b(?:men|man|males?|boys?)\b", re.I),
}


# The noun a sign's name ends on, which a sentence may leave outside its quotes.
_SIGN_NOUN = re.compile(r"\s(?:sign|appearance|pattern|configuration|deformity)$", re.I)


def _single_text(entry: ArticleFacts, fact: Fact) -> tuple[str, str] | None:
    """(cloze HTML, answer) for a stand-alone fact, or None when it cannot be asked."""
    if fact.kind is FactKind.SYNONYM:
        # another thing's other name ("Rib notching, also known as the Roesler sign") is
        # that thing's, not the article's
        named = fact.subject or entry.title
        if same_name(fact.value, named) or is_initialism(fact.value, named):
            return None  # "Retropharyngeal abscesses", "RPA": read off the card's own front
        return escape(stem("cloze", "synonym", title=named, answer="\x00")).replace(
            "\x00", cloze(1, fact.value)
        ), fact.value
    if fact.kind is FactKind.RANK:
        return _rank_text(entry, fact)
    if fact.kind is FactKind.DEFINITION:
        sentence = _without_initials(fact.statement, fact.item)
        defined = _hide_in(clipped(sentence, [fact.item], MAX_CLOZE_WORDS), fact.item)
        return (defined, fact.item) if defined else None
    answer = fact.item if fact.kind is FactKind.SIGN else fact.value
    # a figure inside a sign's name ("the reverse 3 or E sign") is part of the name, no number
    in_name = fact.kind is FactKind.SIGN
    figure = _FIGURE.search(answer) if len(answer.split()) > 3 and not in_name else None
    # "between 5 and 25 years": one end would ask half the fact; it is stated whole below
    one_end = figure is not None and _RANGE_GOES_ON.match(answer, figure.end()) is not None
    if denominator := rate_denominator(answer):
        answer, one_end = denominator, False  # "1 in [...]": the "1" tells nothing
    elif figure and not one_end:
        answer = figure.group(0).strip()  # "older than the age of 40" → ask only "40" (C1)
    statement = clipped(fact.statement, [answer], MAX_CLOZE_WORDS)
    text = None if one_end else _hide_in(statement, answer)
    if text is None and in_name and (named := _SIGN_NOUN.sub("", answer)) != answer:
        # 'the "giraffe skin" appearance': the quoted words are the name to hide
        text, answer = _hide_in(clipped(fact.statement, [named], MAX_CLOZE_WORDS), named), named
    if text is None and fact.kind in {FactKind.AGE, FactKind.SEX_RATIO}:
        # "65-75 years" from "between 65 and 75 years", "2:1" from "twice as often"
        text, answer = _hide_figures(fact)
    if text is None:
        return None
    # A threshold's sentence may not say whose measure it is; the title is on the card already.
    if (
        fact.kind is FactKind.THRESHOLD
        and fact.subject.lower() not in fact.statement.lower()
        and fact.subject.lower() != entry.title.lower()
    ):
        text = f"{escape(fact.subject)}: {text}"
    return text, answer


def _without_initials(statement: str, name: str) -> str:
    """The sentence without the abbreviation that follows ``name`` ("[...] (CRMO) is an
    autoinflammatory disorder" spells the hidden name's initials: a cue, C4)."""
    at = statement.lower().find(name.lower())
    if at < 0:
        return statement
    end = at + len(name)
    bracket = _INITIALS_AFTER.match(statement, end)
    if bracket is None or not is_initialism(bracket["abbreviation"], name):
        return statement
    return statement[:end] + statement[bracket.end() :]


_INITIALS_AFTER = re.compile(r"\s{0,2}\((?P<abbreviation>[A-Za-z0-9-]{2,12})\)")


def _statement_note(entry: ArticleFacts, fact: Fact, tags: Sequence[str]) -> ClozeNote | None:
    """A statement's sentence with one cloze per key term (numbered in the order ``value``
    lists them, so a card shows the others: C3); None when no term is in the sentence."""
    spans: list[tuple[int, int, int, str]] = []  # start, end, number, term as written
    for number, term in enumerate(fact.value.split(KEY_TERM_SEPARATOR), start=1):
        match = re.search(rf"(?<![\w-]){re.escape(term.strip())}(?![\w-])", fact.statement, re.I)
        if not term.strip() or match is None:
            continue
        if any(match.start() < end and start < match.end() for start, end, _, _ in spans):
            continue
        spans.append((match.start(), match.end(), number, match.group(0)))
    if not spans:
        return None
    parts: list[str] = []
    at = 0
    for start, end, number, term in sorted(spans):
        parts.extend((escape(fact.statement[at:start]), cloze(number, term)))
        at = end
    parts.append(escape(fact.statement[at:]))
    text = "".join(parts)
    return ClozeNote(
        id=fact.id,
        article=entry.slug,
        text=text,
        deletions=tuple(ClozeDeletion(n, term, fact.id) for _, _, n, term in sorted(spans)),
        source=fact.source,
        kind=fact.kind,
        extra=_extra(text, [fact.source]),
        context=_context(entry, fact, [term for _, _, _, term in spans]),
        tags=note_tags(entry, fact.kind, tags),
        changed_at=fact.changed_at,
        provenance=entry.provenance,
    )


def _rank_text(entry: ArticleFacts, fact: Fact) -> tuple[str, str]:
    """A rank is written from its fields, not cut from its sentence (one sentence may rank
    twice: "the second most common … and the most common … of children"). The article's
    own subject ranked: its rank is asked ("Osteosarcoma: the {{c1::second most common}}
    primary malignant bone tumour"); anything else ranked is asked by name ("Pancreatic
    adenocarcinoma: the most common presenting symptom is {{c1::painless jaundice}}")."""
    ranks_subject = same_name(fact.item, entry.title) or same_name(fact.item, fact.subject)
    name, answer = ("rank_of_subject", fact.value) if ranks_subject else ("rank_item", fact.item)
    ranked = ranked_as(fact.value, fact.group)
    text = stem(
        "cloze",
        name,
        title=entry.title,
        item=fact.item,
        value=fact.value,
        # the group goes unsaid where the rank names it ("the {{c1::imaging of choice}}")
        group="" if ranked == fact.value else fact.group,
        ranked=ranked,
        answer="\x00",
    ).strip()
    return escape(text).replace("\x00", cloze(1, answer)), answer


def _lone_member_note(
    entry: ArticleFacts, members: list[Fact], tags: Sequence[str]
) -> ClozeNote | None:
    """A list of one differential or association ("Complications: [...]") has no cue to its
    answer (C3); its own sentence is the cue: "Patients have a 60-fold increased risk of
    [...], which should be suspected when …". None when the member is not in its sentence
    (a list entry under an intro), which leaves the list note, and C3, as before."""
    if len(members) != 1 or members[0].kind not in {FactKind.DIFFERENTIAL, FactKind.ASSOCIATION}:
        return None
    fact = members[0]
    sentence = clipped(fact.statement, [fact.item], MAX_CLOZE_WORDS)
    text = _hide_in(sentence, fact.item) if fact.statement else None
    if text is None:
        return None
    return _one_cloze_note(entry, fact, text, fact.item, _context(entry, fact, [fact.item]), tags)


def _one_cloze_note(  # noqa: PLR0917 (the fields a one-answer note needs)
    entry: ArticleFacts, fact: Fact, text: str, answer: str, context: str, tags: Sequence[str]
) -> ClozeNote:
    """The note of one fact with one cloze, ``answer``, in ``text``."""
    return ClozeNote(
        id=fact.id,
        article=entry.slug,
        text=text,
        deletions=(ClozeDeletion(1, answer, fact.id),),
        source=fact.source,
        kind=fact.kind,
        extra=_extra(text, [fact.source]),
        context=context,
        tags=note_tags(entry, fact.kind, tags),
        changed_at=fact.changed_at,
        provenance=entry.provenance,
    )


def _single_note(entry: ArticleFacts, fact: Fact, tags: Sequence[str]) -> ClozeNote | None:
    if fact.kind is FactKind.STATEMENT:
        return _statement_note(entry, fact, tags)
    made = _single_text(entry, fact)
    if made is None:
        return None
    text, answer = made
    context = (
        escape("Definition")
        if fact.kind is FactKind.DEFINITION
        else _context(entry, fact, [answer])
    )
    return _one_cloze_note(entry, fact, text, answer, context, tags)


def build_cloze_notes(
    entry: ArticleFacts, facts: Sequence[Fact], tags: Sequence[str] = ()
) -> Iterator[ClozeNote]:
    """Cloze notes of one article, lists first, in article order."""
    lists: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind in LIST_KINDS:
            lists[list_key(fact)].append(fact)
    for members in lists.values():
        note = _lone_member_note(entry, members, tags) or _list_note(entry, members, tags)
        if note:
            yield note
    for fact in facts:
        if fact.kind not in LIST_KINDS:
            note = _single_note(entry, fact, tags)
            if note:
                yield note
