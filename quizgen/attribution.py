"""The one place that words an item's source line (C6): article, section, link, date, licence."""

from __future__ import annotations

from quizgen.model import InputFormat, Provenance, SourceRef

__all__ = ["LICENCE_NOTE", "licence_line", "licence_text", "shown_section", "source_line"]

LICENCE_NOTE = "attribution required, share alike, no commercial use or sale"


def licence_line(provenance: Provenance) -> str:
    """E.g. "Content licence: CC BY-NC-SA 3.0 (attribution required, …)"."""
    return licence_text(provenance.licence)


def licence_text(licence: str) -> str:
    """The licence line for a licence's name ("CC BY-NC-SA 3.0")."""
    return f"Content licence: {licence} ({LICENCE_NOTE})"


def shown_section(source: SourceRef, provenance: Provenance) -> str:
    """The section to show a learner: none for plain-text articles, whose headings are
    guessed and whose lost sub-headings would put e.g. MRI facts under "Plain radiograph"."""
    return "" if provenance.input_format is InputFormat.TEXT else source.section


def source_line(source: SourceRef, provenance: Provenance) -> str:
    """Plain-text source line, e.g.

    "Spinal metastasis › Pathology. Radiopaedia.org, https://doi.org/10.53347/rID-13677
    (retrieved 17 Feb 2026). CC BY-NC-SA 3.0"
    """
    section = shown_section(source, provenance)
    where = f"{source.title} › {section}" if section else source.title
    link = provenance.doi_url if provenance.doi else provenance.url
    parts = [where + "."]
    is_radiopaedia = "radiopaedia" in (provenance.url + provenance.doi).lower()
    publisher = "Radiopaedia.org" if is_radiopaedia else ""
    ref = ", ".join(p for p in (publisher, link) if p)
    if ref:
        parts.append(ref)
    if provenance.retrieved:
        parts.append(f"(retrieved {provenance.retrieved}).")
    elif ref:
        parts[-1] += "."
    parts.append(provenance.licence)
    return " ".join(parts)
