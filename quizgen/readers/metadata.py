"""Article metadata: Radiopaedia's labelled lines (citation, DOI, permalink, rID, systems,
synonyms…) from the text, and attribution given beside the article (a sidecar file) or in a
recipe, for sources whose text does not carry it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from quizgen.errors import ReadError
from quizgen.model import LICENCE_NOT_STATED, RADIOPAEDIA_LICENCE, Provenance
from quizgen.readers.cleanup import clean_inline

__all__ = [
    "ATTRIBUTION_KEYS",
    "LABEL",
    "PageMetadata",
    "apply_attribution",
    "attribution_from",
    "parse_metadata",
    "read_sidecar",
    "sidecar_path",
    "stated_licence",
]

# What a sidecar or recipe entry may say about a source (Provenance field names).
ATTRIBUTION_KEYS = (
    "url",
    "doi",
    "rid",
    "authors",
    "citation",
    "retrieved",
    "last_revised",
    "licence",
)
SIDECAR_SUFFIX = ".meta.yaml"  # "article.txt" → "article.txt.meta.yaml"

LABEL = re.compile(
    r"^\s{0,20}(?:\*\*)?\s{0,3}(citation|doi|permalink|rid|systems?|sections?|tags|"
    r"synonyms(?: or alternate spellings)?|last revised|article created|revisions)\s{0,3}:"
    r"\s{0,3}(?:\*\*)?\s*(.*)$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+\.)\s*(.*)$")
_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(10\.\d{4,9}/[^\s\])>\"']+)", re.I)
_ACCESSED = re.compile(r"Accessed on (\d{1,2} \w+ \d{4})", re.I)
_REVISED_BY = re.compile(r"Last revised by .*? on (\d{1,2} \w+ \d{4})", re.I | re.S)
_DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2,8} \d{4}")
_URL = re.compile(r"https?://[^\s\])>\"']+")
_LISTLABELS = frozenset({"systems", "system", "sections", "section", "tags"})


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page says about itself; empty strings/tuples when absent."""

    citation: str = ""
    doi: str = ""
    url: str = ""
    rid: str = ""
    systems: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    retrieved: str = ""
    last_revised: str = ""


def _split_names(value: str) -> tuple[str, ...]:
    return tuple(n for n in (clean_inline(part) for part in value.split(",")) if n)


_BULLET_MARK = re.compile(r"[-*•+](?:\s|$)")


def _synonym_block(lines: list[str], start: int) -> tuple[str, ...]:
    """Synonym entries after a "Synonyms:" label: bullets, or items on the next lines."""
    found: list[str] = []
    label_indent = len(lines[start]) - len(lines[start].lstrip())
    for raw in lines[start + 1 :]:
        if not raw.strip() or raw.strip() in {"**", "*"}:
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet = _BULLET.match(raw)
        if bullet and _BULLET_MARK.match(raw.lstrip()):
            if bullet.group(1).strip():
                found.append(clean_inline(bullet.group(1)))
            continue
        if indent > label_indent and not LABEL.match(raw):
            found.append(clean_inline(raw))
            continue
        break
    return tuple(s for s in found if s)


def _next_value(lines: list[str], start: int) -> str:
    """The first non-empty, non-emphasis line after a label line."""
    for raw in lines[start + 1 : start + 8]:
        stripped = raw.strip()
        if stripped and stripped not in {"**", "*"}:
            return stripped
    return ""


def parse_metadata(text: str) -> PageMetadata:
    """Read labelled metadata lines ("DOI:", "rID: 1668", "Synonyms:" + bullets …)."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    synonyms: tuple[str, ...] = ()
    for index, raw in enumerate(lines):
        match = LABEL.match(raw) if ":" in raw else None  # a label line has its colon
        if not match or len(raw) > 400:
            continue
        label = match.group(1).lower()
        value = match.group(2).strip().strip("*").strip()
        if label.startswith("synonyms"):
            # "Synonyms: A; B" on the label's own line (a plain-text page), else the lines under it
            inline = tuple(clean_inline(s) for s in re.split(r"\s*[;,]\s+", value) if s.strip())
            synonyms = synonyms or inline or _synonym_block(lines, index)
            continue
        if not value:
            value = _next_value(lines, index)
        fields.setdefault(label, value)
    doi_match = _DOI.search(
        fields.get("doi", "") + " " + fields.get("citation", "")
    ) or _DOI.search(text)
    accessed = _ACCESSED.search(text)
    revised = _DATE.search(fields.get("last revised", "")) or _REVISED_BY.search(text)
    url_match = _URL.search(fields.get("permalink", ""))
    systems = next((fields[k] for k in ("systems", "system") if k in fields), "")
    sections = next((fields[k] for k in ("sections", "section") if k in fields), "")
    rid = re.search(r"\d+", fields.get("rid", ""))
    return PageMetadata(
        citation=clean_inline(fields.get("citation", "")),
        doi=doi_match.group(1).rstrip(".") if doi_match else "",
        url=url_match.group(0) if url_match else "",
        rid=rid.group(0) if rid else "",
        systems=_split_names(systems),
        sections=_split_names(sections),
        synonyms=synonyms,
        retrieved=accessed.group(1) if accessed else "",
        last_revised=(revised.group(1) if revised and revised.groups() else revised.group(0))
        if revised
        else "",
    )


def stated_licence(provenance: Provenance) -> str:
    """The licence the page itself implies: Radiopaedia's for a Radiopaedia page (its link,
    DOI prefix or citation says so), otherwise "licence not stated"."""
    from quizgen.attribution import is_radiopaedia  # noqa: PLC0415 (attribution imports model only)

    return RADIOPAEDIA_LICENCE if is_radiopaedia(provenance) else LICENCE_NOT_STATED


def sidecar_path(article: Path) -> Path:
    """Where an article's attribution sidecar lives: beside it, ``<file name>.meta.yaml``."""
    return article.with_name(article.name + SIDECAR_SUFFIX)


def attribution_from(
    data: Mapping[Any, Any], path: Path, where: str
) -> tuple[tuple[str, str], ...]:
    """Validated (field, value) pairs of an attribution mapping.

    Raises:
        ReadError: an unknown key or a value that is not text, naming ``path`` and ``where``.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        if key not in ATTRIBUTION_KEYS:
            raise ReadError(
                f"{where}unknown key {key!r} (known: {', '.join(ATTRIBUTION_KEYS)})", path=path
            )
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ReadError(f"{where}`{key}` must be text", path=path)
        if str(value).strip():
            pairs.append((str(key), str(value).strip()))
    return tuple(pairs)


def read_sidecar(article: Path) -> tuple[tuple[str, str], ...]:
    """The attribution in the article's sidecar file (() when there is none).

    Raises:
        ReadError: the sidecar is not valid YAML, not a mapping, or has an unknown key.
    """
    path = sidecar_path(article)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"cannot read the attribution sidecar ({exc})", path=path) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise ReadError("the attribution sidecar is not valid YAML", path=path) from None
    if not isinstance(data, dict):
        raise ReadError("the attribution sidecar must be a mapping (url, authors, …)", path=path)
    return attribution_from(data, path, "")


def apply_attribution(provenance: Provenance, pairs: tuple[tuple[str, str], ...]) -> Provenance:
    """The provenance with the given fields set; a source now shown to be Radiopaedia's gets
    Radiopaedia's licence unless a licence is given."""
    if not pairs:
        return provenance
    given: dict[str, Any] = dict(pairs)  # only text fields (ATTRIBUTION_KEYS)
    updated = replace(provenance, **given)
    if "licence" not in given:
        updated = replace(updated, licence=stated_licence(updated))
    return updated
