"""Typed values passed between the pipeline stages: Article, Fact, cards and questions."""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

__all__ = [
    "CONTENT_FIELDS",
    "KEY_TERM_SEPARATOR",
    "LICENCE_NOT_STATED",
    "LIST_KINDS",
    "MAX_FACT_TEXT",
    "RADIOPAEDIA_LICENCE",
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
    "cap_text",
    "list_key",
    "make_fact_id",
    "slugify",
]


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
    ``links`` holds the text of every link in a paragraph, as it reads in ``text``: terms the
    page itself marks as worth an article, which statement facts may blank.
    """

    kind: BlockKind
    text: str = ""
    items: tuple[ListItem, ...] = ()
    key: str = ""
    value: str = ""
    links: tuple[str, ...] = ()  # words the page links (HTML <a>, markdown [x](y)), cleaned


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


RADIOPAEDIA_LICENCE = "CC BY-NC-SA 3.0"
# What a card says when neither the page nor a recipe/sidecar names a licence: a user's own
# notes are not Radiopaedia's, and saying CC BY-NC-SA for them would be a false statement.
LICENCE_NOT_STATED = "licence not stated"


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
    licence: str = RADIOPAEDIA_LICENCE  # readers set it: RADIOPAEDIA_LICENCE or LICENCE_NOT_STATED
    authors: str = ""  # "Schubert R, Campos A, Knipe H, et al." when known

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
    - age, sex_ratio: ``value`` the age/ratio as written (">40 years", "2:1"), ``statement``;
      an age's ``item`` says which age statement it is ("peak incidence", "mean age",
      "median age", "uncommon before", "uncommon after", "typical age", "age group"); a sex
      ratio's ``attribute`` is "M:F" or "F:M" (``value`` "2:1", words such as "twice as
      often" read as "2:1") or "predominance" (``value`` "male"/"female").
    - synonym: ``subject`` the article title, ``value`` the synonym.
    - sign: ``item`` the sign's name, ``subject`` what it indicates, ``statement``.
    - association: causes, routes of spread, associations: ``group`` the relation
      ("routes of spread"), ``item`` the member ("haematogenic"), ``value`` detail or "".
      From prose also "risk factors", "genetic features" ("IDH mutation"), "presenting
      features", "complications" and "types" (one fact per class of a classification);
      ``subject`` is what the sentence is about, not always the article's title.
    - definition: ``subject`` the article title, ``statement`` the defining sentence,
      ``value`` the defining phrase that a cloze may hide.
    - statement: a body sentence that states something testable and fits no other kind;
      ``statement`` the sentence, cleaned (no citation markers or cross-references), ``value``
      its key terms as they read in it, in order, joined by " | " (each one a cloze deletion:
      a reviewer edits ``value`` to choose what is blanked), ``attribute`` the type of each
      key term, joined the same way ("link", "number", "eponym", "sign", "term"),
      ``subject`` the article title.
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
    STATEMENT = "statement"
    RANK = "rank"


# Between the key terms of a statement fact's ``value`` (and their types in ``attribute``).
KEY_TERM_SEPARATOR = " | "


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
_CAPPED_FIELDS = (*CONTENT_FIELDS, "note")
_capped_values = operator.attrgetter(*_CAPPED_FIELDS)  # one C call: a store has 10^5 facts


MAX_FACT_TEXT = 600  # characters of one text field of a fact (its source sentence too)


def cap_text(text: str, limit: int = MAX_FACT_TEXT) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact was read: article slug and title, section heading path, exact text.

    ``original`` is set (by ``Fact.effective``) when a reviewer corrected what the article
    says: it holds the article's own wording, which outputs quote as such next to the mark
    "corrected by reviewer" ("" = not corrected).
    """

    article: str
    title: str
    section: str
    text: str
    original: str = ""

    def __post_init__(self) -> None:
        if len(self.text) > MAX_FACT_TEXT:
            object.__setattr__(self, "text", cap_text(self.text))


@dataclass(frozen=True, slots=True)
class Fact:
    """One reviewable statement extracted from one article.

    ``correction`` holds a reviewer's replacement values for content fields; ``effective()``
    applies it. ``changed_at`` (ISO 8601, UTC) is when the effective content last changed,
    set by the store; Anki note mtimes come from it. ``source_changed`` is set by a merge when
    the article's source text for a reviewed fact no longer matches. ``cloze_number`` is the
    fact's fixed cloze index inside its list note (0 = not yet given; the store assigns it).

    Store bookkeeping for reviewed facts: ``read_sha`` names what the extractor last read for
    the fact (content and source text), so a change is flagged once, not on every extraction;
    ``reviewed_text`` is the source text the reviewer saw before the article changed;
    ``gone`` says the fact is no longer in the article. ``edited_from`` is set on load when
    content fields were edited by hand in the YAML (the content hash quizgen last wrote): the
    next merge turns the edit into a ``correction``.
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
    read_sha: str = ""
    reviewed_text: str = ""
    gone: bool = False
    edited_from: str = ""

    def __post_init__(self) -> None:
        # A fact is one short statement: a 50 MB line once became a 200 MB store file.
        if max(map(len, _capped_values(self))) <= MAX_FACT_TEXT:
            return  # nearly every fact: checked in C, not field by field
        for name in _CAPPED_FIELDS:
            value = getattr(self, name)
            if len(value) > MAX_FACT_TEXT:
                object.__setattr__(self, name, cap_text(value))

    def effective(self) -> Fact:
        """The fact as generators should see it: reviewer corrections applied.

        A fact whose correction changes what it says carries the article's own wording in
        ``source.original``, so every output can mark it "corrected by reviewer" (C9).
        """
        if not self.correction:
            return self
        overrides: dict[str, object] = {
            name: value for name, value in self.correction if name in CONTENT_FIELDS
        }
        new_value = overrides.get("value")
        if isinstance(new_value, str) and "statement" not in overrides and self.value:
            # The sentence states the value too: a corrected value corrects the sentence.
            overrides["statement"] = self.statement.replace(self.value, new_value, 1)
        fixed = replace(self, correction=(), **overrides)  # type: ignore[arg-type]
        if fixed.content() == self.content():
            return fixed
        wording = self.source.text or self.statement or self.value
        return replace(fixed, source=replace(self.source, original=wording))

    def content(self) -> tuple[str, ...]:
        """Content field values, for comparing two versions of a fact."""
        return tuple(getattr(self, name) for name in CONTENT_FIELDS)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _ascii_slug(text: str, max_length: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-")


def slugify(text: str, *, max_length: int = 60) -> str:
    """Lower-case ASCII slug: "Spinal metastasis (SINS) ≥ 7" → "spinal-metastasis-sins-7".

    Text with no Latin letter or digit is transliterated ("肝細胞癌" → "gan-xi-bao-ai",
    "Гепатома" → "gepatoma"); text that has none even then ("%%%") gets a short hash, so
    that two titles never share a slug only because neither is in Latin script.
    """
    slug = _ascii_slug(text, max_length)
    if slug or not text.strip():
        return slug
    from anyascii import anyascii  # noqa: PLC0415

    words = re.findall(r"[A-Z][a-z]*|[a-z0-9]+", anyascii(text))  # GanXiBaoAi → Gan Xi Bao Ai
    slug = "-".join(words).lower()[:max_length].rstrip("-")
    digest = hashlib.sha1(text.strip().encode()).hexdigest()[:8]
    return slug or f"untitled-{digest}"


def make_fact_id(kind: FactKind, article_slug: str, *key_parts: str) -> str:
    """Stable fact id from kind, article and a key that excludes the fact's value.

    The key names *which* fact this is (e.g. group + item), never *what it says*, so a
    corrected value keeps its id and its cards keep their review history.
    """
    key = " ".join(part.strip().lower() for part in key_parts if part.strip())
    key_slug = _ascii_slug(key, 48)  # never transliterated: ids must not change
    digest = hashlib.sha1(f"{kind}|{article_slug}|{key}".encode()).hexdigest()[:6]
    return f"{article_slug}:{kind}:{key_slug}-{digest}"


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


@dataclass(frozen=True, slots=True)
class ClozeDeletion:
    """One cloze deletion of a note: its fixed number, its answer (plain text) and its fact."""

    number: int
    answer: str
    fact_id: str
    hint: str = ""


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


@dataclass(frozen=True, slots=True)
class Finding:
    """A card-rule violation: the item was dropped or repaired, and why."""

    rule_id: str  # e.g. "M3"
    item_id: str
    reason: str
    article: str = ""
    fact_id: str = ""
    action: str = "dropped"  # or "repaired"
