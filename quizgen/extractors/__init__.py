"""Extractors: Article → facts, one module per kind of fact.

``extract_facts`` runs every extractor in ``EXTRACTORS`` and keeps the first fact of each
id, so the result is deterministic and free of duplicates. Statements run last and are given
the source texts the typed facts used, so a sentence is never both a typed fact and a
statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from quizgen.extractors.abbreviations import resolve_names
from quizgen.extractors.appearance import extract_appearances
from quizgen.extractors.association import extract_associations
from quizgen.extractors.case_subject import with_case_subjects
from quizgen.extractors.classification import CLASS_NOUN_WORDS, extract_classifications
from quizgen.extractors.definitions_apposed import apposed_definitions
from quizgen.extractors.demographics import extract_ages, extract_sex_ratios
from quizgen.extractors.differential import extract_differentials, extract_prose_differentials
from quizgen.extractors.frequency import extract_frequencies
from quizgen.extractors.percentages import extract_percentages
from quizgen.extractors.prose_synonyms import extract_prose_synonyms
from quizgen.extractors.rank import extract_ranks
from quizgen.extractors.relations import extract_prose_associations
from quizgen.extractors.statements import extract_statements
from quizgen.extractors.subtype_subjects import name_labelled_subtypes
from quizgen.extractors.terms import extract_definition, extract_signs, extract_synonyms
from quizgen.extractors.threshold import extract_thresholds
from quizgen.extractors.vetting import vet_facts
from quizgen.model import Article, Fact, FactKind, make_fact_id
from quizgen.normalize import same_entity, same_stems, singular

__all__ = ["EXTRACTORS", "extract_facts"]

Extractor = Callable[[Article], Iterable[Fact]]

EXTRACTORS: tuple[Extractor, ...] = (
    extract_definition,
    apposed_definitions,
    extract_synonyms,
    extract_prose_synonyms,
    extract_frequencies,
    extract_percentages,
    extract_appearances,
    extract_differentials,
    extract_prose_differentials,
    extract_thresholds,
    extract_ages,
    extract_sex_ratios,
    extract_signs,
    extract_associations,
    extract_prose_associations,
    extract_classifications,
    extract_ranks,
    extract_statements,  # last: it takes only what the others left (see extract_facts)
)


# A definition of a name set inside a longer sentence ("…, and Stauffer syndrome, a …")
# states the sentence's aside, not its main clause: the sentence may still be a statement.
_SHARES_ITS_SENTENCE: frozenset[Extractor] = frozenset({apposed_definitions})


def extract_facts(
    article: Article, *, on_failure: Callable[[str], None] | None = None
) -> list[Fact]:
    """Every fact of ``article``, in extractor then article order, one per id: of two with
    one id, the first, unless the later one says the same of the same subject with more
    fields filled (a class list read twice, once with its scheme's name). A subject or item
    that is a bare abbreviation the article defined is spelt out (``resolve_names``).

    An extractor that raises is a bug, and it propagates, unless ``on_failure`` is given
    (the CLI gives it): then that extractor's facts of this article stop where it failed,
    ``on_failure`` gets one line saying so, and every other extractor still runs, so one
    unforeseen sentence does not cost a user the whole run."""
    where: dict[str, int] = {}
    facts: list[Fact] = []
    shared: set[str] = set()  # ids of facts that leave their sentence to the statements
    members: set[tuple[str, str, str, str]] = set()  # see _member
    for extractor in EXTRACTORS:
        found = (
            extract_statements(
                article,
                covered={f.source.text for f in facts if f.id not in shared},
                typed=_typed_fields(facts, shared),
            )
            if extractor is extract_statements
            else extractor(article)
        )
        if on_failure is not None:
            found = _until_failure(found, extractor, on_failure)
        for found_fact in found:
            fact = found_fact
            if fact.id in where:
                fact = _of_another_scheme(fact, facts[where[fact.id]], article)
            if fact.id in where:
                index = where[fact.id]
                if _richer(fact, facts[index]):
                    # the kept member now names its scheme, which another scheme's class of
                    # the same label is told apart by
                    members.discard(_member(facts[index], article))
                    if fact.kind is FactKind.ASSOCIATION:
                        members.add(_member(fact, article))
                    facts[index] = fact
            elif not _member_kept(_member(fact, article), members) and not _named_already(
                fact, facts
            ):
                where[fact.id] = len(facts)
                facts.append(fact)
                if fact.kind is FactKind.ASSOCIATION:
                    members.add(_member(fact, article))
                if extractor in _SHARES_ITS_SENTENCE:
                    shared.add(fact.id)
    # one name for each defined abbreviation and labelled kind ("Type 1 disease"), then the
    # shapes of error several extractors share
    # (a case page's facts are its diagnosis's: case_subject)
    named = name_labelled_subtypes(article, resolve_names(article, facts))
    return with_case_subjects(article, vet_facts(named, article))


def _typed_fields(facts: list[Fact], shared: set[str]) -> dict[str, list[str]]:
    """Source text → the items and values the typed facts read from it."""
    fields: dict[str, list[str]] = {}
    for fact in facts:
        if fact.id not in shared:
            fields.setdefault(fact.source.text, []).extend((fact.item, fact.value))
    return fields


def _until_failure(
    found: Iterable[Fact], extractor: Extractor, on_failure: Callable[[str], None]
) -> Iterator[Fact]:
    """The facts ``extractor`` gives before it raises; the failure goes to ``on_failure``."""
    try:
        yield from found
    except Exception as exc:  # any bug in one extractor: the others still run
        name = getattr(extractor, "__name__", repr(extractor))
        on_failure(
            f"extractor {name} failed ({type(exc).__name__}: {exc}); the rest of its facts of "
            "this article are left out. This is a bug in quizgen: please report it "
            "(`quizgen --debug` shows the traceback)"
        )


def _of_another_scheme(fact: Fact, kept: Fact, article: Article) -> Fact:
    """``fact`` under an id of its own when it is a class of another classification than
    the kept fact with its id ("grade 1" of the Goutallier scheme after the Ellman scheme's
    "grade 1": a class is keyed by its label, which two schemes on one page share); else
    ``fact`` as it is. The first scheme's ids stay what they were."""
    scheme, kept_scheme = fact.attribute.strip().lower(), kept.attribute.strip().lower()
    if (
        fact.kind is not FactKind.ASSOCIATION
        or kept.kind is not FactKind.ASSOCIATION
        or not scheme
        or not kept_scheme
        or scheme == kept_scheme
        or fact.group != kept.group
    ):
        return fact
    return replace(
        fact, id=make_fact_id(fact.kind, article.slug, fact.group, fact.item, fact.attribute)
    )


def _member(fact: Fact, article: Article) -> tuple[str, str, str, str]:
    """A relation's member as (subject, relation, member, scheme): one that an earlier fact
    already gives ("It is divided into complete and incomplete forms", read by two
    extractors under two ids; "Splenic infarcts are classified as …" read once for the
    sentence's subject and once for the title "Splenic infarction") is dropped, or a list
    card would show the answer of one cloze in another. Other kinds give a key no
    association has."""
    if fact.kind is not FactKind.ASSOCIATION:
        return ("", "\x00", fact.id, "")
    subject = article.title if same_stems(fact.subject, article.title) else fact.subject
    words = fact.item.casefold().split()
    # the noun a run of classes shares ("divided into orthotopic and dystopic types"): one
    # reading keeps it on each class, another reads the bare adjectives
    if fact.group == "types" and len(words) > 1 and singular(words[-1]) in CLASS_NOUN_WORDS:
        words.pop()
    return (subject, fact.group, " ".join(words), fact.attribute.strip().casefold())


def _member_kept(member: tuple[str, str, str, str], kept: set[tuple[str, str, str, str]]) -> bool:
    """Whether an earlier fact gives ``member``: the same member of the same relation, of
    the same scheme or with no scheme named on either side ("grade 1" of the Lind
    classification is not "grade 1" of the Oster classification on the same page)."""
    *key, scheme = member
    return any(
        other[:3] == tuple(key) and (not scheme or not other[3] or other[3] == scheme)
        for other in kept
    )


def _richer(fact: Fact, kept: Fact) -> bool:
    """Whether ``fact`` is ``kept`` with more said: same kind, subject, item and value, and
    a field ``kept`` leaves empty filled."""
    same = (fact.kind, fact.subject, fact.item, fact.value) == (
        kept.kind,
        kept.subject,
        kept.item,
        kept.value,
    )
    filled = [
        (bool(f), bool(k)) for f, k in ((fact.group, kept.group), (fact.attribute, kept.attribute))
    ]
    return same and all(f or not k for f, k in filled) and any(f and not k for f, k in filled)


def _named_already(fact: Fact, kept: list[Fact]) -> bool:
    """A differential that an earlier one of the same subject already names ("Giant cell
    tumour occurs after physeal closure" under a list naming "giant cell tumour of bone"):
    a list card would show the answer of one cloze in another."""
    if fact.kind is not FactKind.DIFFERENTIAL:
        return False
    return any(
        other.kind is FactKind.DIFFERENTIAL
        and other.subject == fact.subject
        and same_entity(other.item, fact.item)
        for other in kept
    )
