"""Classes stated sentence by sentence: labelled one after another in a sentence, given to
the sentence's subject, named one to a semicolon or a clause, defined one to a sentence, or
named after a copula; owned by what the sentence (or the one before it that announces the
classes) is about."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from quizgen.extractors.association import classed_owner
from quizgen.extractors.class_assigned import assigned_classes
from quizgen.extractors.class_coded_runs import coded_classes
from quizgen.extractors.class_conditioned import conditioned_classes, named_in_clauses
from quizgen.extractors.class_dichotomies import dichotomy_classes
from quizgen.extractors.class_facts import BARE_ANAPHOR, class_fact, name_of, sentence_owner
from quizgen.extractors.class_inline import inline_labelled
from quizgen.extractors.class_semicolon_runs import semicolon_classes
from quizgen.extractors.class_sentence_runs import (
    announces_classes,
    scheme_before_colon,
    sentence_run,
    valued_labels,
)
from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.text import Sentence, iter_sentences, leading_subject, same_name
from quizgen.model import Article, Fact
from quizgen.normalize import stem_prefixes
from quizgen.phrases import singular_forms, without_article

__all__ = [
    "from_assigned_classes",
    "from_coded_runs",
    "from_conditioned_classes",
    "from_dichotomies",
    "from_inline_labels",
    "from_semicolon_runs",
    "from_sentence_runs",
    "from_valued_labels",
    "sentence_classes",
]


def _announced(sentence: Sentence, before: Sentence | None, article: Article) -> tuple[str, str]:
    """Whose classes a sentence defines and the scheme's name: its own, else, when it names
    neither, those of the sentence just before it in its paragraph that announces them
    ("Dumbbell tumours are described with the Eden classification, which has four types.")."""
    subject, name = sentence_owner(sentence, article), name_of(sentence.text)
    if name or subject != article.title or before is None or not announces_classes(before.text):
        return subject, name
    return _announced_owner(before, article), name_of(before.text)


def _announced_owner(before: Sentence, article: Article) -> str:
    """What the sentence announcing a run of classes classes: a condition other than the
    page's own, named in two words or more ("Dumbbell nerve sheath tumours are described
    with …"; not "Tumours are graded …"), else the title."""
    return classed_owner(before.resolved, article) or article.title


def sentence_classes(
    article: Article, find: Callable[[str], list[tuple[str, str]]]
) -> Iterator[Fact]:
    """One fact per (class, definition) ``find`` reads in a sentence, owned by what the
    sentence (or the one before it that announces the classes) is about."""
    previous: Sentence | None = None
    for sentence in iter_sentences(article):
        before = previous if previous and previous.paragraph == sentence.paragraph else None
        previous = sentence
        found = find(sentence.text)
        if not found:
            continue
        subject, name = _announced(sentence, before, article)
        for item, value in found:
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=item,
                value=value,
                name=name,
                statement=sentence.text,
                subject=subject,
            )


def from_valued_labels(article: Article) -> Iterator[Fact]:
    """Classes named after a copula, each defined before it (see valued_labels): classes of
    the named scheme just before their colon ("… as the ISUP grade group: a sum of 6 is grade
    group 1, …"), whose values they map, else of what the sentence is about."""
    for fact in sentence_classes(article, valued_labels):
        scheme = scheme_before_colon(fact.statement)
        if scheme and fact.subject == article.title:
            yield replace(fact, subject=scheme, attribute=scheme)
        else:
            yield fact


def from_sentence_runs(article: Article) -> Iterator[Fact]:
    """Classes defined one to a sentence or clause, one after another in a paragraph (see
    class_sentence_runs); owned by the sentence before the run when it announces them."""
    paragraphs: dict[tuple[str, str], list[Sentence]] = {}
    for sentence in iter_sentences(article):
        paragraphs.setdefault((sentence.section.path, sentence.paragraph), []).append(sentence)
    for sentences in paragraphs.values():
        # a sentence whose classes another shape reads is no part of a run
        texts = [
            "" if inline_labelled(s.text) or valued_labels(s.text) else s.text for s in sentences
        ]
        found = sentence_run(texts)
        held = {index for index, _, _ in found}
        for index, item, value in found:
            sentence = sentences[index]
            first = index
            while first - 1 in held:
                first -= 1  # the run's first sentence, which the one before may announce
            before = sentences[first - 1] if first > 0 else None
            # the run's first sentence opens on its first class ("Primary cysts …"): only
            # a sentence before that announces the classes says whose they are
            announced = before is not None and announces_classes(before.text)
            subject = _announced_owner(before, article) if before and announced else article.title
            name = name_of(before.text) if before and announced else ""
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=item,
                value=value,
                name=name,
                statement=sentence.text,
                subject=subject,
            )


def from_inline_labels(article: Article) -> Iterator[Fact]:
    """Classes labelled and defined one after another in a sentence (see inline_labelled)."""
    return sentence_classes(article, inline_labelled)


def from_assigned_classes(article: Article) -> Iterator[Fact]:
    """A coded class a sentence gives its subject ("… is classified as BI-RADS 2"), with
    the case the clause describes as its definition (see class_assigned)."""
    for sentence in iter_sentences(article):
        found = assigned_classes(sentence.text)
        if not found:
            continue
        subject = sentence_owner(sentence, article)
        for item, case in found:
            own = any(same_name(case, name) for name in (subject, article.title))
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=item,
                value="" if own else case,
                name=name_of(sentence.text),
                statement=sentence.text,
                subject=subject,
            )


def from_semicolon_runs(article: Article) -> Iterator[Fact]:
    """Classes named one to a semicolon-separated part after their noun, each with its
    gloss (see class_semicolon_runs)."""
    return sentence_classes(article, lambda text: semicolon_classes(text) if ";" in text else [])


def from_coded_runs(article: Article) -> Iterator[Fact]:
    """Classes named by bare codes, one to a semicolon-separated part, each with what
    defines it (see class_coded_runs)."""
    for fact in sentence_classes(article, lambda text: coded_classes(text) if ";" in text else []):
        # "Lesions are graded as follows: …": one bare noun is the page's own condition
        yield replace(fact, subject=article.title) if " " not in fact.subject else fact


def from_dichotomies(article: Article) -> Iterator[Fact]:
    """The two forms a sentence divides its subject into ("primary or secondary to …", see
    class_dichotomies)."""
    for fact in sentence_classes(article, dichotomy_classes):
        if _divides_the_condition(fact.statement, article):
            yield fact


def _divides_the_condition(sentence: str, article: Article) -> bool:
    """Whether a sentence opens on a condition, the title's head ("Infarction may be …") or a
    pronoun, not on a symptom or a part ("Pain may be acute or chronic")."""
    lead = without_article(leading_subject(sentence))
    if not lead or is_condition_name(lead) or BARE_ANAPHOR.match(leading_subject(sentence)):
        return True
    title_words = {w.lower() for w in article.title.split()}
    head = lead.split()[-1]
    # ("Bridges may be …" on a page about myocardial bridging: a word of the title's stem)
    return bool(singular_forms(head.lower()) & title_words) or bool(
        stem_prefixes(head) & stem_prefixes(article.title)
    )


def from_conditioned_classes(article: Article) -> Iterator[Fact]:
    """Classes named each with the condition that defines it, in one run or in clauses of
    their own (see class_conditioned)."""
    return sentence_classes(
        article, lambda text: conditioned_classes(text) or named_in_clauses(text)
    )
