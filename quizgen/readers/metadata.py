"""Radiopaedia article metadata (citation, DOI, permalink, rID, systems, synonyms…) from text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.readers.cleanup import clean_inline

__all__ = ["LABEL", "PageMetadata", "parse_metadata"]

LABEL = re.compile(
    r"^\s*(?:\*\*)?\s*(citation|doi|permalink|rid|systems?|sections?|tags|"
    r"synonyms(?: or alternate spellings)?|last revised|article created|revisions)\s*:\s*"
    r"(?:\*\*)?\s*(.*)$",
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


def _synonym_block(lines: list[str], start: int) -> tuple[str, ...]:
    """Synonym entries after a "Synonyms:" label: bullets, or items on the next lines."""
    found: list[str] = []
    label_indent = len(lines[start]) - len(lines[start].lstrip())
    for raw in lines[start + 1 :]:
        if not raw.strip() or raw.strip() in {"**", "*"}:
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet = _BULLET.match(raw)
        if bullet and re.match(r"[-*•+](?:\s|$)", raw.lstrip()):
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
        match = LABEL.match(raw)
        if not match or len(raw) > 400:
            continue
        label = match.group(1).lower()
        value = match.group(2).strip().strip("*").strip()
        if label.startswith("synonyms"):
            synonyms = synonyms or _synonym_block(lines, index)
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
