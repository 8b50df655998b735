"""Statement facts: testable body sentences that fit no typed kind, with their key terms.

A sentence is a statement when it is a whole declarative sentence of a reasonable length,
says something about the article's matter (not about the article itself), and holds at least
one key term a cloze can blank: a term the page links, a number with its unit, an eponym, a
named sign, pattern or syndrome, or a clinical or imaging term of a closed vocabulary
(``vocabulary.KEY_TERMS``). Sentences that another extractor already used are left to it.
A list entry that only finishes its parent's sentence ("vertebral metastases (94%)" → "may
have epidural extension") is read as the sentence it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from itertools import pairwise

from quizgen.extractors.clauses import iter_clauses
from quizgen.extractors.statement_bare import bare_frequency_of_title
from quizgen.extractors.statement_choice import key_terms
from quizgen.extractors.statement_intros import closed_intro
from quizgen.extractors.statement_keys import _MEASURES, KeyTerm
from quizgen.extractors.statement_namesakes import namesake_subject
from quizgen.extractors.statement_normal import normal_subject
from quizgen.extractors.statement_refusals import (
    _CASE_NARRATIVE,
    _CASE_OCCASION,
    _CASE_VERDICT,
    _DEPENDENT_LEAD,
    _META,
    _PRONOUN_LEAD,
    _about_another,
    _clean,
    _only_weak,
    _patient_sections,
    _praised_modality,
    _testable,
)
from quizgen.extractors.statement_scopes import scoped_subject
from quizgen.extractors.statement_subjects import span_of, subject_of
from quizgen.extractors.statement_terms import role_clause_end
from quizgen.extractors.statement_usage import only_used_modality
from quizgen.extractors.text import (
    iter_lists,
    iter_sentences,
    make_fact,
    split_label,
)
from quizgen.model import KEY_TERM_SEPARATOR, Article, Fact, FactKind, ListItem, Section

__all__ = ["KeyTerm", "extract_statements", "key_terms"]

_NAMED_ENTITIES = frozenset({"link", "eponym", "sign"})
MAX_KEY_TERMS = 3  # more terms than this is a list in disguise (C3), not one statement
# A list entry that finishes its parent's sentence: "may have epidural extension".
_PREDICATE_ENTRY = re.compile(
    r"^(?:may|can|could|might|often|usually|typically|commonly|rarely|occasionally|"
    r"frequently|sometimes|is|are|has|have|tends? to|shows?|appears?)\s+\w",
    re.I,
)


_SHARE_TAIL = re.compile(
    r"(?<!\s)\s*\([^()]{0,200}%[^()]{0,200}\)\s{0,3}$|(?<!\s)\s*:\s{0,3}[^:]{0,300}%\s{0,3}$"
)


MIN_SCALE_STEPS = 3


def _steps_of_one_scale(terms: list[KeyTerm]) -> bool:
    """Whether every blank is a step of one scale ("graded as grade I (mild), grade II
    (moderate) or grade III (severe)"): each card shows the other steps, so its answer is
    the next label in the row and teaches nothing (C3)."""
    if len(terms) < MIN_SCALE_STEPS or not all(t.type == "scale" for t in terms):
        return False  # two steps can be a fact ("a combined type III and type IV reaction")
    heads = {t.text.split()[0].lower().rstrip("s") for t in terms}
    steps = [_STEP_NUMBER.get(t.text.split()[-1].upper(), -1) for t in terms]
    # one after the other, as a scale is listed ("spreads to level VI, then level II" is an
    # order of spread, a fact)
    return len(heads) == 1 and all(b == a + 1 for a, b in pairwise(steps))


def _without_scale_steps(terms: list[KeyTerm]) -> list[KeyTerm]:
    """The terms less those that are steps of one scale, by label or by figure; none when
    every blank is a labelled step."""
    if _steps_of_one_scale(terms):
        return []
    chained = _adjoining_ranges(terms)
    return [t for i, t in enumerate(terms) if i not in chained]


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _adjoining_ranges(terms: list[KeyTerm]) -> set[int]:
    """Indexes of number blanks that are steps of one scale told as figures ("p (up to
    1.5 mm), q (1.5-3 mm) or r (3-10 mm)"): where one figure ends, the next begins, in the
    same unit, over three steps or two ranges. Each card would show its own bounds in the
    steps beside it (C4). A figure and a range that meet ("until about 18 weeks …, not
    before 18-20 weeks") can be a fact of their own: kept."""
    chained: set[int] = set()
    for (i, a), (j, b) in pairwise(enumerate(terms)):
        ends, starts = _FIGURE.findall(a.text), _FIGURE.findall(b.text)
        unit_a, unit_b = (_FIGURE.split(t.text)[-1].strip() for t in (a, b))
        if (
            a.type == b.type == "number"
            and ends
            and starts
            and ends[-1] == starts[0]
            and unit_a == unit_b
            and len(starts) > 1  # the later one is a range that opens where the other ended
        ):
            chained |= {i, j}
    ranges = all(len(_FIGURE.findall(terms[i].text)) > 1 for i in chained)
    return chained if len(chained) >= MIN_SCALE_STEPS or ranges else set()


_STEP_NUMBER = {
    **{str(n): n for n in range(10)},
    **{r: n for n, r in enumerate(("", "I", "II", "III", "IV", "V", "VI"), 0) if r},
}


def _blanks(terms: list[KeyTerm]) -> int:
    """How many facts the terms ask: a person and the year beside them ("described by
    Jakob Erdheim in 1904") are one fact, so two such pairs are two, not a list of four."""
    pairs = sum(
        {a.type, b.type} == {"eponym", "number"} and bool(_YEAR.search(a.text + b.text))
        for a, b in zip(terms[::2], terms[1::2], strict=False)
    )
    return len(terms) - pairs


# A year beside a name, at either end of the two joined: "Jakob Erdheim1904", "1838Müller".
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)\D|\D(?:1[5-9]\d\d|20[0-4]\d)$")


def _statement(
    article: Article,
    section: Section,
    source: str,
    sentence: str,
    links: Collection[str],
    *,
    own_subject: bool = True,
    subject: str = "",
    referent: str = "",
) -> Fact | None:
    """The statement fact of one sentence, or None when it is no testable statement.
    ``own_subject`` is False when a pronoun of the source was replaced by its referent;
    ``subject`` is what the sentence is about (the title when ""); ``referent`` what the
    readers put in place of the pronoun."""
    if (
        _DEPENDENT_LEAD.match(sentence.strip())
        or _META.search(source)
        or _about_another(article, sentence.strip())
    ):
        return None  # on the words as written: _clean and the referent would hide them
    # (a whole claim before a list's colon is read as the claim it is)
    cleaned = closed_intro(_clean(sentence))
    if (
        not _testable(cleaned)
        or _CASE_VERDICT.match(cleaned)
        or _CASE_OCCASION.match(cleaned)
        or bare_frequency_of_title(article, cleaned)
    ):
        return None
    subject = subject or article.title
    terms = key_terms(cleaned, links=links, title=article.title)
    if not own_subject:
        # "This is the most symptomatic phase": a subject blank would ask for the referent
        # the readers guessed for the pronoun, which the page never wrote there (C2); so
        # would any term inside it ("It is reserved for …" read as "Catheter angiography
        # is reserved for …")
        guessed = cleaned[: len(referent)].lower()
        terms = [t for t in terms if t.type != "subject" and t.text.lower() not in guessed]
    # (what a copula says of a subject that held the one term, "Peritoneal carcinomatosis is
    # frequently [already present]", is said of a finding of the title's: it stays the title's)
    outside = [t for t in terms if t.text.lower() not in subject.lower() and t.type != "complement"]
    named = [t for t in terms if t.type in _NAMED_ENTITIES and t.text.lower() in subject.lower()]
    if own_subject and named and not outside and (span := span_of(cleaned, subject)):
        # "Fibromuscular dysplasia affects the middle and distal thirds": the subject, a thing
        # the page links or names (after a person, as a syndrome), was the only term; what
        # the predicate says of it is the fact (C2, C4). A finding of the title's
        # ("Spontaneous rupture is rare") stays its blank on the title.
        outside = key_terms(cleaned, links=links, title=article.title, given=span)
    if subject != article.title and outside:
        terms = outside
        # "Infected necrosis is managed by …": the subject shows, so no blank inside it (C4)
    else:
        # every blank inside the sentence's subject ("Avascular necrosis of the femoral head
        # is the most serious complication of treatment"): what it is to the title is the fact
        subject = article.title
    if _blanks(terms) > MAX_KEY_TERMS:
        # "Complete ischaemia requires at least 360° of twisting; tighter twists (720° or
        # more) produce infarction": the figures are the facts, the names around them clues
        terms = [t for t in terms if t.type in _MEASURES]
    if not terms or _blanks(terms) > MAX_KEY_TERMS:
        return None
    if (
        _only_weak(terms, cleaned, own_subject=own_subject)
        or _praised_modality(terms, cleaned)
        or only_used_modality(terms, cleaned)
    ):
        return None
    terms = _without_scale_steps(terms)
    if not terms:
        return None
    fact = make_fact(
        FactKind.STATEMENT,
        article,
        section,
        source,
        key=(source,),
        subject=subject,
        value=KEY_TERM_SEPARATOR.join(t.text for t in terms),
        attribute=KEY_TERM_SEPARATOR.join(t.type for t in terms),
        statement=cleaned,
    )
    # A pronoun the subject could not replace leaves a card without its topic (C2).
    return None if _PRONOUN_LEAD.match(fact.statement) else fact


# Where a sentence's first clause ends and a second with a subject of its own opens:
# "…, and it is more frequent in …", "…; they are …", "…, but these are rare".
_SECOND_CLAUSE = re.compile(
    r";\s(?=[A-Za-z])|,\s(?:and|but|whereas|while)\s(?=(?:it|they|this|these|those)\s(?!of\b))",
    re.I,
)


def first_clause(text: str) -> str:
    """The first clause of a compound sentence, as a sentence of its own; "" when the
    sentence has no second clause with a subject of its own."""
    stop = _SECOND_CLAUSE.search(text)
    if stop is None:
        return ""
    return f"{text[: stop.start()].rstrip(' ,;')}."


def _role_clause(
    article: Article,
    section: Section,
    text: str,
    typed: Mapping[str, Collection[str]],
    links: Collection[str],
) -> Fact | None:
    """The statement of the role clause a covered sentence opens on, when the sentence goes
    on past it and what the other extractors took lies outside it: "Lifestyle change with
    weight loss is the mainstay of treatment, and loss of 7-10% of body weight …" gives
    "Lifestyle change with weight loss is the mainstay of treatment." (the share is read by
    the percentage extractor)."""
    end = role_clause_end(text)
    if end is None:
        return None
    clause = text[:end].rstrip(" ,;")
    lowered = clause.lower()
    if any(field and field.lower() in lowered for field in typed[text]):
        return None
    fact = _statement(article, section, text, f"{clause}.", links)
    if fact is None or "role" not in fact.attribute.split(KEY_TERM_SEPARATOR):
        return None
    return fact


def _scoped(article: Article, sentence: str, subject: str) -> str:
    """The subject, narrowed to the scope the sentence fronts when it is the title's ("In
    children, …" is said of the title in children, not of the title at large)."""
    if subject and subject != article.title:
        return subject
    return scoped_subject(article.title, sentence) or subject


def _entries_finishing_parent(items: tuple[ListItem, ...]) -> Iterator[tuple[ListItem, ListItem]]:
    for item in items:
        for child in item.children:
            if _PREDICATE_ENTRY.match(child.text) and not child.children:
                yield item, child
        yield from _entries_finishing_parent(item.children)


def extract_statements(
    article: Article,
    *,
    covered: Collection[str] = (),
    typed: Mapping[str, Collection[str]] | None = None,
) -> Iterator[Fact]:
    """Statement facts of the sentences (and parent-finishing list entries) whose text is not
    in ``covered`` (the source texts of the facts other extractors made). Of a covered
    sentence that opens on a role clause ("Non-caseating granulomas are the histological
    hallmark but are found in only about half"), the clause alone is a statement when none
    of the covered facts' fields (``typed``: source text → item and value) lies inside it."""
    used = set(covered)
    patients = _patient_sections(article)
    links_of = {
        (id(section), block.text): block.links
        for section in article.sections
        for block in section.blocks
    }
    clauses = {(id(c.sentence.section), c.sentence.text): c for c in iter_clauses(article)}
    narrated: set[tuple[int, str]] = set()  # paragraphs that tell one patient's course
    for sentence in iter_sentences(article):
        paragraph = (id(sentence.section), sentence.paragraph)
        if _CASE_NARRATIVE.search(sentence.text):
            # "This patient underwent mastectomy. Final histology confirmed DCIS measuring
            # 64 mm …": what follows in the paragraph is the same patient's course
            narrated.add(paragraph)
        if id(sentence.section) in patients or paragraph in narrated:
            continue
        links = links_of.get((id(sentence.section), sentence.paragraph), ())
        if sentence.text in used:
            if typed and sentence.text in typed and sentence.resolved == sentence.text:
                role = _role_clause(article, sentence.section, sentence.text, typed, links)
                if role is not None:
                    yield role
            continue
        clause = clauses.get((id(sentence.section), sentence.text))
        # "They correspond to WHO grade 1": read with the noun phrase the pronoun stands for
        # (only when the reader is sure of it; else the sentence stays off, C2).
        # "Kessler contracture is named after …", "The normal duct measures …": the thing
        # named, the normal structure, is the subject.
        own = sentence.resolved == sentence.text
        named = (
            (namesake_subject(article, sentence.text) or normal_subject(sentence.text))
            if own
            else ""
        )
        fact = _statement(
            article,
            sentence.section,
            sentence.text,
            sentence.resolved,
            links,
            own_subject=own,
            subject=named or _scoped(article, sentence.text, subject_of(article, sentence, clause)),
            referent=sentence.referent,
        )
        if fact is None and own and (first := first_clause(sentence.text)):
            # "GPA is uncommon, with an incidence of 10 per million, and it is more frequent
            # in …": the second clause is refused (a bare comparison), the first still holds
            fact = _statement(
                article,
                sentence.section,
                sentence.text,
                first,
                links,
                subject=named
                or _scoped(article, sentence.text, subject_of(article, sentence, clause)),
            )
        if fact is not None:
            used.add(sentence.text)
            yield fact
    for unit in iter_lists(article):
        for parent, child in _entries_finishing_parent(unit.block.items):
            source = f"{parent.text}: {child.text}"
            if source in used or child.text in used or id(unit.section) in patients:
                continue
            subject = _SHARE_TAIL.sub("", split_label(parent.text)[0]).strip()
            joined = f"{subject} {child.text.rstrip('.')}."
            fact = _statement(article, unit.section, source, joined[:1].upper() + joined[1:], ())
            if fact is not None:
                yield fact
