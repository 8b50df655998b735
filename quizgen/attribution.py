"""The one place that words an item's source line (C6, C9): article, section, authors, link,
date, licence, and the mark of a reviewer's correction."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from quizgen.model import LICENCE_NOT_STATED, InputFormat, Provenance, SourceRef

__all__ = [
    "LICENCE_NOTE",
    "authors_of",
    "correction_line",
    "is_radiopaedia",
    "licence_line",
    "licence_text",
    "shown_section",
    "source_html",
    "source_line",
]

LICENCE_NOTE = "attribution required, share alike, no commercial use or sale"
# What each licence asks of whoever shares the cards; unknown licences are named only.
_LICENCE_NOTES = {"CC BY-NC-SA": LICENCE_NOTE, "CC BY-SA": "attribution required, share alike"}
# Radiopaedia's citations start with the authors: "Schubert R, Campos A, Knipe H, et al. …".
_CITED_AUTHORS = re.compile(r"^((?:[^,.()]+ [A-Z]{1,3}, )*[^,.()]+ [A-Z]{1,3}(?:, et al)?)\.")
_RADIOPAEDIA_DOI = "10.53347/"


def is_radiopaedia(provenance: Provenance) -> bool:
    """Whether the page says it is a Radiopaedia article (link, DOI prefix or citation)."""
    where = f"{provenance.url} {provenance.citation}".lower()
    return "radiopaedia.org" in where or provenance.doi.lower().startswith(_RADIOPAEDIA_DOI)


def authors_of(provenance: Provenance) -> str:
    """The authors as given (recipe, sidecar) or as the page's citation names them, or ""."""
    if provenance.authors:
        return provenance.authors.strip().rstrip(".")
    match = _CITED_AUTHORS.match(provenance.citation)
    return match.group(1) if match else ""


def licence_line(provenance: Provenance) -> str:
    """E.g. "Content licence: CC BY-NC-SA 3.0 (attribution required, …)"."""
    return licence_text(provenance.licence)


def licence_text(licence: str) -> str:
    """The licence line for a licence's name ("CC BY-NC-SA 3.0", "licence not stated")."""
    if not licence or licence == LICENCE_NOT_STATED:
        return "Content licence: not stated by the source (ask its authors before sharing)"
    note = next((n for name, n in _LICENCE_NOTES.items() if licence.startswith(name)), "")
    return f"Content licence: {licence} ({note})" if note else f"Content licence: {licence}"


def shown_section(source: SourceRef, provenance: Provenance) -> str:
    """The section to show a learner: none for plain-text articles, whose headings are
    guessed and whose lost sub-headings would put e.g. MRI facts under "Plain radiograph"."""
    return "" if provenance.input_format is InputFormat.TEXT else source.section


def _link(provenance: Provenance) -> str:
    """The DOI link, else the permalink; only web links (never ``javascript:`` and the like)."""
    link = provenance.doi_url if provenance.doi else provenance.url
    return link if re.match(r"https?://", link, re.I) else ""


def _parts(source: SourceRef, provenance: Provenance) -> tuple[str, str, str, str]:
    """(authors and where, publisher, link, retrieval) of a source line."""
    section = shown_section(source, provenance)
    where = f"{source.title} › {section}" if section else source.title
    authors = authors_of(provenance)
    return (f"{authors}. {where}." if authors else f"{where}."), *_reference(provenance)


def _reference(provenance: Provenance) -> tuple[str, str, str]:
    """(publisher, link, retrieval) of a source line."""
    publisher = "Radiopaedia.org" if is_radiopaedia(provenance) else ""
    retrieved = f"(retrieved {provenance.retrieved})" if provenance.retrieved else ""
    return publisher, _link(provenance), retrieved


def correction_line(source: SourceRef) -> str:
    """ "Corrected by reviewer; the article reads: “breast: 22%”." ("" if not corrected)."""
    if not source.original:
        return ""
    return f"Corrected by reviewer; the article reads: “{source.original}”."


def source_line(source: SourceRef, provenance: Provenance) -> str:
    """Plain-text source line for sheets, exports and the quiz, e.g.

    "Schubert R, Campos A, Knipe H, et al. Spinal metastasis › Pathology. Radiopaedia.org,
    https://doi.org/10.53347/rID-13677 (retrieved 17 Feb 2026). CC BY-NC-SA 3.0"

    followed by the correction mark when a reviewer corrected the fact.
    """
    where, publisher, link, retrieved = _parts(source, provenance)
    parts = [where]
    ref = ", ".join(p for p in (publisher, link) if p)
    if ref:
        parts.append(f"{ref} {retrieved}." if retrieved else f"{ref}.")
    elif retrieved:
        parts.append(f"{retrieved}.")
    parts.append(provenance.licence)
    if corrected := correction_line(source):
        parts[-1] += "."
        parts.append(corrected)
    return " ".join(parts)


@lru_cache(maxsize=1024)  # one provenance per article, asked for each of its cards
def _reference_html(provenance: Provenance) -> tuple[str, str, str]:
    """(authors, the escaped link and retrieval that follow where a card comes from, the
    escaped licence line) of ``source_html``: what depends on the article alone."""
    publisher, link, retrieved = _reference(provenance)
    tail = ""
    if link:
        label = html.escape(", ".join(p for p in (publisher, link) if p))
        tail += f' <a href="{html.escape(link, quote=True)}">{label}</a>'
    elif publisher:
        tail += f" {publisher}"
    if retrieved:
        tail += f" {html.escape(retrieved)}"
    return authors_of(provenance), tail, html.escape(licence_line(provenance))


def source_html(source: SourceRef, provenance: Provenance) -> str:
    """The source block of an Anki card: the reference with a clickable DOI or permalink,
    the licence line once, and the correction mark. Every piece of text is escaped."""
    authors, tail, licence = _reference_html(provenance)
    section = shown_section(source, provenance)
    where = f"{source.title} › {section}" if section else source.title
    lines = [html.escape(f"{authors}. {where}." if authors else f"{where}.") + tail, licence]
    if corrected := correction_line(source):
        lines.append(f'<span class="corrected">{html.escape(corrected)}</span>')
    return "<br>".join(lines)
