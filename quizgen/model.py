"""Typed values passed between the pipeline stages: Article, Fact, cards and questions."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import TypeVar

__all__ = [
    "CONTENT_FIELDS",
    "LIST_KINDS",
    "Article",
    "ArticleFacts",
    "Block",
    "BlockKind",
    "ClozeDeletion",
    "ClozeNote",
    "Fact",
    "FactKind",
    "FactStatus",
    "Finding",
    "InputFormat",
    "ListItem",
    "MCQuestion",
    "Provenance",
    "Section",
    "SourceRef",
    "list_key",
    "make_fact_id",
    "pickle_by_fields",
    "slugify",
]


_T = TypeVar("_T")


def pickle_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen slots dataclass as a call of its constructor.

    Python 3.11 restores slots dataclasses through a ``__setstate__`` that looks up the
    fields for every object; caches load hundreds of thousands of facts and items, and
    calling the constructor is a third faster.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[object, ...]]:
        return type(self), tuple([getattr(self, name) for name in names])

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


# --- input -------------------------------------------------------------------------------


class InputFormat(StrEnum):
    """The three forms an article arrives in."""

    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


class BlockKind(StrEnum):
    """What a block of article body text is."""

    PARAGRAPH = "paragraph"
    LIST = "list"
    KEY_VALUE = "key_value"


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list entry; nested lists hang below it as children."""

    text: str
    children: tuple[ListItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, a (nested) list, or a standalone ``key: value`` line.

    For LIST, ``text`` is empty and ``items`` holds the entries (the sentence that introduces
    the list, e.g. "Primaries include:", is the paragraph block just before it).
    For KEY_VALUE, ``key`` and ``value`` are set and ``text`` is the whole line.
    """

    kind: BlockKind
    text: str = ""
    items: tuple[ListItem, ...] = ()
    key: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of blocks under one heading.

    ``heading`` is "" for the lead (text before the first heading). ``parents`` holds the
    enclosing headings, outermost first (e.g. ("Radiographic features",) for "MRI").
    """

    heading: str
    blocks: tuple[Block, ...] = ()
    parents: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """Heading path as shown to a reader, e.g. "Radiographic features › MRI"."""
        return " › ".join((*self.parents, self.heading)) if self.heading else ""


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an article came from and under what licence."""

    path: str = ""
    input_format: InputFormat = InputFormat.TEXT
    url: str = ""  # permalink or page URL
    doi: str = ""
    rid: str = ""
    citation: str = ""
    systems: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()  # Radiopaedia "Sections:" metadata (Pathology, Gamuts…)
    retrieved: str = ""  # "Accessed on" date as the page gives it, else ""
    last_revised: str = ""
    licence: str = "CC BY-NC-SA 3.0"

    @property
    def doi_url(self) -> str:
        """The DOI as a resolvable link ("" without a DOI)."""
        if not self.doi:
            return ""
        return self.doi if self.doi.startswith("http") else f"https://doi.org/{self.doi}"


@dataclass(frozen=True, slots=True)
class Article:
    """One article, whatever form it was read from."""

    slug: str
    title: str
    sections: tuple[Section, ...]
    provenance: Provenance = field(default_factory=Provenance)
    synonyms: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# --- facts -------------------------------------------------------------------------------


class FactKind(StrEnum):
    """Kinds of fact, one extractor module each.

    Field meaning per kind (``subject`` is always what the fact is about, ``value`` the answer):

    - frequency: ``group`` the whole being divided ("primary tumours of spinal metastasis"),
      ``item`` a part ("breast"), ``value`` its share ("22%"). Parts of one whole share ``group``.
    - percentage: a single figure in prose; ``statement`` the sentence, ``value`` the figure as
      written in it ("approximately 90%"), ``subject`` what is counted.
    - appearance: ``subject`` the lesion type ("osteoblastic metastases"), ``attribute`` the
      sequence or modality ("MRI T1", "CT", "radiograph"), ``value`` the finding ("hypointense").
    - differential: ``subject`` the finding the list is for ("extradural lesions"), ``item`` one
      differential, ``group`` the sub-heading it is nested under ("extradural cysts") or "".
    - threshold: ``subject`` the score or measure ("spinal instability neoplastic score (SINS)"),
      ``value`` the range or cut-off ("7-18"), ``attribute`` what it means
      ("warrants surgical consultation"), ``statement`` the sentence.
    - age, sex_ratio: ``value`` the age/ratio as written (">40 years", "2:1"), ``statement``.
    - synonym: ``subject`` the article title, ``value`` the synonym.
    - sign: ``item`` the sign's name, ``subject`` what it indicates, ``statement``.
    - association: causes, routes of spread, associations: ``group`` the relation
      ("routes of spread"), ``item`` the member ("haematogenic"), ``value`` detail or "".
    - definition: ``subject`` the article title, ``statement`` the defining sentence,
      ``value`` the defining phrase that a cloze may hide.
    - rank: a superlative. ``item`` the thing ranked ("osteosarcoma", "femur"), ``value`` its
      rank ("most common", "second most common"), ``group`` the category it is ranked in
      ("primary malignant bone tumour of children", "site"), ``subject`` the article title,
      ``statement`` the sentence.

    A percentage also names, where the sentence's grammar shows them, ``item`` what is
    counted ("calcification", "secondary glioblastomas"), ``group`` the whole it is a share
    of ("craniopharyngiomas", "intracranial tumours"; "" when not stated) and ``attribute``
    the measure when the figure is no share at all ("sensitivity", "mortality").
    """

    FREQUENCY = "frequency"
    PERCENTAGE = "percentage"
    APPEARANCE = "appearance"
    DIFFERENTIAL = "differential"
    THRESHOLD = "threshold"
    AGE = "age"
    SEX_RATIO = "sex_ratio"
    SYNONYM = "synonym"
    SIGN = "sign"
    ASSOCIATION = "association"
    DEFINITION = "definition"
    RANK = "rank"


class FactStatus(StrEnum):
    """Review state set by a human in the store; extraction only ever writes AUTO."""

    AUTO = "auto"
    APPROVED = "approved"
    REJECTED = "rejected"


# Fields that say what a fact is (as opposed to id, provenance and review bookkeeping).
CONTENT_FIELDS: tuple[str, ...] = (
    "subject",
    "item",
    "value",
    "attribute",
    "group",
    "statement",
)


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact was read: article slug and title, section heading path, exact text."""

    article: str
    title: str
    section: str
    text: str


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Fact:
    """One reviewable statement extracted from one article.

    ``correction`` holds a reviewer's replacement values for content fields; ``effective()``
    applies it. ``changed_at`` (ISO 8601, UTC) is when the effective content last changed,
    set by the store; Anki note mtimes come from it. ``source_changed`` is set by a merge when
    the article's source text for a reviewed fact no longer matches. ``cloze_number`` is the
    fact's fixed cloze index inside its list note (0 = not yet given; the store assigns it).
    """

    id: str
    kind: FactKind
    subject: str
    value: str
    source: SourceRef
    item: str = ""
    attribute: str = ""
    group: str = ""
    statement: str = ""
    status: FactStatus = FactStatus.AUTO
    correction: tuple[tuple[str, str], ...] = ()
    note: str = ""
    changed_at: str = ""
    source_changed: bool = False
    cloze_number: int = 0

    def effective(self) -> Fact:
        """The fact as generators should see it: reviewer corrections applied."""
        if not self.correction:
            return self
        overrides: dict[str, object] = {
            name: value for name, value in self.correction if name in CONTENT_FIELDS
        }
        new_value = overrides.get("value")
        if isinstance(new_value, str) and "statement" not in overrides and self.value:
            # The sentence states the value too: a corrected value corrects the sentence.
            overrides["statement"] = self.statement.replace(self.value, new_value, 1)
        return replace(self, correction=(), **overrides)  # type: ignore[arg-type]

    def content(self) -> tuple[str, ...]:
        """Content field values, for comparing two versions of a fact."""
        return tuple(getattr(self, name) for name in CONTENT_FIELDS)


def slugify(text: str, *, max_length: int = 60) -> str:
    """Lower-case ASCII slug: "Spinal metastasis (SINS) ≥ 7" → "spinal-metastasis-sins-7"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-")


def make_fact_id(kind: FactKind, article_slug: str, *key_parts: str) -> str:
    """Stable fact id from kind, article and a key that excludes the fact's value.

    The key names *which* fact this is (e.g. group + item), never *what it says*, so a
    corrected value keeps its id and its cards keep their review history.
    """
    key = " ".join(part.strip().lower() for part in key_parts if part.strip())
    key_slug = slugify(key, max_length=48)
    digest = hashlib.sha1(f"{kind}|{article_slug}|{key}".encode()).hexdigest()[:6]
    return f"{article_slug}:{kind}:{key_slug}-{digest}"


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """One article's entry in the fact store: its provenance and its facts.

    This is what generators consume; ``provenance`` feeds the source line on every item.
    """

    slug: str
    title: str
    provenance: Provenance
    facts: tuple[Fact, ...]

    def usable_facts(self, *, approved_only: bool = False) -> tuple[Fact, ...]:
        """Effective facts a generator may use: never rejected; only approved if asked."""
        wanted = (FactStatus.APPROVED,) if approved_only else (FactStatus.APPROVED, FactStatus.AUTO)
        return tuple(f.effective() for f in self.facts if f.status in wanted)


# Kinds whose facts are members of a list; each list becomes one cloze note with one fixed
# cloze number per member (C3, C8).
LIST_KINDS: frozenset[FactKind] = frozenset(
    {FactKind.FREQUENCY, FactKind.DIFFERENTIAL, FactKind.APPEARANCE, FactKind.ASSOCIATION}
)


def list_key(fact: Fact) -> str:
    """The list a fact belongs to (its cloze note), or its own id for stand-alone facts.

    Members of one list share kind, article, subject and group; the store numbers them
    (``cloze_number``) within this key and never renumbers.
    """
    if fact.kind not in LIST_KINDS:
        return fact.id
    return "|".join((fact.kind, fact.source.article, fact.subject.lower(), fact.group.lower()))


# --- generated items ---------------------------------------------------------------------


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class ClozeDeletion:
    """One cloze deletion of a note: its fixed number, its answer (plain text) and its fact."""

    number: int
    answer: str
    fact_id: str
    hint: str = ""


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class ClozeNote:
    """One Anki cloze note; a list note has one cloze number per item.

    ``text`` is HTML: article text already escaped, cloze markup ``{{cN::answer}}`` written by
    the generator. ``id`` is stable (from the fact id, or the list's group key) and seeds the
    Anki GUID.
    """

    id: str
    article: str
    text: str
    deletions: tuple[ClozeDeletion, ...]
    source: SourceRef
    kind: FactKind
    extra: str = ""  # source sentence(s), escaped HTML
    context: str = ""  # topic line shown above the cloze, escaped HTML
    tags: tuple[str, ...] = ()
    changed_at: str = ""
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def fact_ids(self) -> tuple[str, ...]:
        """Facts this note teaches, in cloze-number order."""
        return tuple(d.fact_id for d in self.deletions)


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class MCQuestion:
    """A single-best-answer question. Plain text (not HTML): exporters escape for their format.

    ``options`` are the shown options with ``answer_index`` pointing at the key;
    ``distractor_pool`` holds every valid distractor so sheets can sample per version (M9).
    ``numeric`` options are kept sorted ascending instead of shuffled (M6).
    """

    id: str
    article: str
    fact_id: str
    stem: str
    options: tuple[str, ...]
    answer_index: int
    kind: FactKind
    source: SourceRef
    distractor_pool: tuple[str, ...] = ()
    numeric: bool = False
    explanation: str = ""
    topic: str = ""
    tags: tuple[str, ...] = ()
    changed_at: str = ""
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def answer(self) -> str:
        """The right option's text."""
        return self.options[self.answer_index]


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """A card-rule violation: the item was dropped or repaired, and why."""

    rule_id: str  # e.g. "M3"
    item_id: str
    reason: str
    article: str = ""
    fact_id: str = ""
    action: str = "dropped"  # or "repaired"
