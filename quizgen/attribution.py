"""The one place that words an item's source line (C6): article, section, link, date, licence."""

from __future__ import annotations

from quizgen.model import Provenance, SourceRef

__all__ = ["LICENCE_NOTE", "licence_line", "source_line"]

LICENCE_NOTE = "attribution required, share alike, no commercial use or sale"


def licence_line(provenance: Provenance) -> str:
    """E.g. "Content: Radiopaedia.org, CC BY-NC-SA 3.0 (attribution required, …)"."""
    return f"Content licence: {provenance.licence} ({LICENCE_NOTE})"


def source_line(source: SourceRef, provenance: Provenance) -> str:
    """Plain-text source line, e.g.

    "Spinal metastasis › Pathology. Radiopaedia.org, https://doi.org/10.53347/rID-13677
    (retrieved 17 Feb 2026). CC BY-NC-SA 3.0"
    """
    where = f"{source.title} › {source.section}" if source.section else source.title
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
