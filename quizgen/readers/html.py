"""HTML reader: a saved Radiopaedia article page (h1 title, ``div.body`` with h4 sections)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, Tag

from quizgen.errors import ReadError
from quizgen.model import Article, InputFormat, ListItem, Provenance
from quizgen.readers.builder import ArticleBuilder
from quizgen.readers.cleanup import clean_inline, is_banner
from quizgen.readers.lists import as_key_value
from quizgen.readers.metadata import PageMetadata, parse_metadata
from quizgen.readers.tables import Table, first_row_is_header, is_caption_line, make_table

__all__ = ["read_html"]

# Elements that never hold article text.
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "img",
        "figure",
        "figcaption",
        "nav",
        "aside",
        "form",
        "button",
        "svg",
        "video",
        "audio",
        "object",
        "template",
        "header",
        "footer",
    }
)
# Class fragments of furniture inside the body: galleries, captions, ads, case panels.
_SKIP_CLASS = re.compile(
    r"caption|figure|gallery|image|carousel|\bad\b|ad-|advert|promo|sponsor|case|share|"
    r"ref-list|references|incoming|related|footer|nav",
    re.I,
)
# The same furniture, "case" aside: on a case page the case sections are the text.
_SKIP_CLASS_BUT_CASE = re.compile(
    r"caption|figure|gallery|image|carousel|\bad\b|ad-|advert|promo|sponsor|share|"
    r"ref-list|references|incoming|related|footer|nav",
    re.I,
)
# Section headings of a case page (presentation, findings, discussion): it is an article too.
_CASE_HEADING = re.compile(
    r"^(?:clinical\s+)?(?:presentation|history|findings|case\s+discussion|discussion|"
    r"patient\s+data|diagnosis|imaging\s+findings)$",
    re.I,
)
# lxml's HTML parser (wheels on PyPI, no system library) reads a page in about 60 % of the
# time html.parser takes; both build the same tree for the pages quizgen reads (tests).
_PARSER = "lxml"
_ARTICLE_HEADING = re.compile(r"^(?:epidemiology|pathology|radiographic features|aetiology)$", re.I)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CITATION_SUP = re.compile(r"^[\s\d,–-]*$")
# Where the article body is, first match wins: (tag name, classes it must all have), as the
# CSS selectors "div.body.user-generated-content", "div.user-generated-content", "div.body",
# "article", "main" would find it (matched here directly: CSS selection was a tenth of
# reading a page).
_BODY_SELECTORS: tuple[tuple[str | None, tuple[str, ...]], ...] = (
    ("div", ("body", "user-generated-content")),
    ("div", ("user-generated-content",)),
    ("div", ("body",)),
    ("article", ()),
    ("main", ()),
)


def _classes(node: Tag) -> list[str]:
    """An element's classes (bs4 keeps them as a list; a string is split, as CSS does)."""
    value: str | list[str] = node.get("class") or []
    return value.split() if isinstance(value, str) else list(value)


def _matching(root: Tag, name: str | None, classes: tuple[str, ...]) -> Iterator[Tag]:
    """The elements under ``root``, in document order, named ``name`` (any name: None) and
    having every class of ``classes``: what the CSS selector ``name.class1.class2`` selects."""
    for node in root.descendants:
        if (
            isinstance(node, Tag)
            and (name is None or node.name == name)
            and all(c in _classes(node) for c in classes)
        ):
            yield node


def _named(nodes: Iterable[PageElement], names: tuple[str, ...]) -> list[Tag]:
    """The elements among ``nodes`` named one of ``names``, in order."""
    return [node for node in nodes if isinstance(node, Tag) and node.name in names]


def _all_named(root: Tag, *names: str) -> list[Tag]:
    """``root.find_all(names)``: the elements below ``root`` with one of these names, in
    document order. A plain walk: bs4's ``find_all`` runs a general filter on every node,
    and the few name searches per page were a fifth of reading it."""
    return _named(root.descendants, names)


def _children_named(node: Tag, *names: str) -> list[Tag]:
    """``node.find_all(names, recursive=False)``, by the same plain walk of its children."""
    return _named(node.children, names)


_FINDINGS_HEADING = re.compile(r"findings|discussion", re.I)


def _case_body(soup: BeautifulSoup) -> Tag | None:
    """On a case page, the element holding its sections (presentation, findings, case
    discussion …), with its "case-…" classes taken off so that the walk keeps them."""
    headings_found = _all_named(soup, *_HEADING_TAGS[1:])
    names = [(h, h.get_text(" ", strip=True).rstrip(":")) for h in headings_found]
    headings = [h for h, name in names if _CASE_HEADING.match(name)]
    findings = any(_FINDINGS_HEADING.search(n) for _, n in names)
    if len(headings) < 2 or not findings or any(_ARTICLE_HEADING.match(n) for _, n in names):
        return None  # an article, or one heading alone
    common = [p for p in headings[0].parents if all(p in set(h.parents) for h in headings[1:])]
    if not common or not isinstance(common[0], Tag):
        return None
    body = common[0]
    for node in (body, *body.find_all(class_=True)):
        classes: list[str] = list(node.get("class") or [])
        node["class"] = [  # type: ignore[assignment]  # bs4 stores class as a list
            c for c in classes if "case" not in c.lower() or _SKIP_CLASS_BUT_CASE.search(c)
        ]
    return body


def _find_body(soup: BeautifulSoup) -> Tag | None:
    if (case := _case_body(soup)) is not None:
        return case
    for name, classes in _BODY_SELECTORS:
        found = next(_matching(soup, name, classes), None)
        if found is not None and found.get_text(strip=True):
            return found
    return None


def _inline_text(node: Tag) -> str:
    """Text of an element without nested lists, citation superscripts or furniture."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a Comment/CData
                parts.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in ("ul", "ol") or _skipped(child):
            continue
        if child.name == "sup" and _CITATION_SUP.match(child.get_text()):
            continue
        if child.name == "br":
            parts.append(" ")
            continue
        parts.append(_inline_text(child))
    return "".join(parts)


def _link_texts(node: Tag) -> tuple[str, ...]:
    """Words of the links in a paragraph (not in its nested lists or furniture)."""
    found: list[str] = []
    for link in _all_named(node, "a"):
        between = link.parents  # up to the paragraph itself
        inside_furniture = False
        for parent in between:
            if parent is node:
                break
            if parent.name in ("ul", "ol") or _skipped(parent):
                inside_furniture = True
                break
        if not inside_furniture and (text := _inline_text(link).strip()):
            found.append(text)
    return tuple(found)


def _skipped(node: Tag) -> bool:
    if node.name in _SKIP_TAGS:
        return True
    classes = " ".join(node.get("class") or [])
    return bool(classes and _SKIP_CLASS.search(classes))


def _list_items(node: Tag) -> tuple[ListItem, ...]:
    items: list[ListItem] = []
    for li in _children_named(node, "li"):
        children: list[ListItem] = []
        for nested in _children_named(li, "ul", "ol"):
            children.extend(_list_items(nested))
        items.append(ListItem(_inline_text(li), tuple(children)))
    return tuple(items)


def _text_block(node: Tag, builder: ArticleBuilder) -> None:
    """A paragraph, or a "T1: hypointense" line; a table's caption line is its table's."""
    if _caption_of_table(node) is not None:
        return  # the table after it reads it as its caption
    text = clean_inline(_inline_text(node))
    key_value = as_key_value(text)
    if key_value and node.name == "p":
        builder.key_value(*key_value)
    else:
        builder.paragraph(text, _link_texts(node))


def _table_block(node: Tag, builder: ArticleBuilder) -> bool:
    """Read ``node`` when it is a table, or a figure holding one (CKEditor's <figure
    class="table">, not an image); True when it was either. A layout or navigation table
    is page furniture: never read as facts."""
    if node.name == "table" and not _skipped(node):
        table = _html_table(node)
    elif node.name == "figure" and isinstance(inner := node.find("table"), Tag):
        figcaption = node.find("figcaption")
        table = _html_table(inner, figcaption if isinstance(figcaption, Tag) else None)
    else:
        return False
    if table is not None:
        builder.table(table)
    return True


def _walk(node: Tag, builder: ArticleBuilder, top_level: int) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString and child.strip():
                builder.paragraph(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if _table_block(child, builder):
            continue
        if _skipped(child):
            continue
        if child.name in _HEADING_TAGS:
            level = int(child.name[1]) - top_level + 1
            builder.heading(_inline_text(child), max(1, level))
        elif child.name in ("ul", "ol"):
            builder.list_block(_list_items(child))
        elif child.name in ("p", "blockquote", "dd", "dt"):
            _text_block(child, builder)
        else:
            _walk(child, builder, top_level)


# Inside a cell, what only a layout table holds: the page's own blocks, not a cell's data.
_LAYOUT_INSIDE = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "form", "nav", "header", "footer")
_MAX_SPAN = 50  # a colspan/rowspan past this is an error of the page, not a table's shape


def _span(cell: Tag, name: str) -> int:
    value = str(cell.get(name) or "1").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _cell_text(cell: Tag) -> str:
    """A cell's words, its list entries joined by "; " (citation superscripts left out)."""
    parts = [_inline_text(cell), *(_inline_text(li) for li in cell.find_all("li"))]
    return "; ".join(text for part in parts if (text := clean_inline(part)))


def _is_layout(table: Tag) -> bool:
    """A table that lays out a page (or its menus), not one of data: marked so, holding
    tables, headings or forms, or mostly links (a navigation grid)."""
    if str(table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if table.find(_LAYOUT_INSIDE) is not None:
        return True
    cells = [c for c in table.find_all(("td", "th")) if c.get_text(strip=True)]
    linked = [
        c for c in cells if (a := c.find("a")) and a.get_text(strip=True) == c.get_text(strip=True)
    ]
    return not cells or len(linked) * 2 > len(cells)


def _fill_carried(row: list[str], carried: dict[int, tuple[str, int]]) -> None:
    """Put the cells that rowspans above carry down into ``row`` where they stand."""
    while len(row) in carried:
        text, left = carried.pop(len(row))
        if left > 1:
            carried[len(row)] = (text, left - 1)
        row.append(text)


def _grid(rows: list[Tag]) -> list[tuple[list[str], bool, bool]]:
    """Each row as (cells, all header cells, one cell across the whole row), with colspan
    cells repeated across their columns and rowspan cells down their rows."""
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    grid: list[tuple[list[str], bool, bool]] = []
    for tr in rows:
        cells = tr.find_all(("td", "th"), recursive=False)
        row: list[str] = []
        for cell in cells:
            _fill_carried(row, carried)
            text, down = _cell_text(cell), _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                if down > 1:
                    carried[len(row)] = (text, down - 1)
                row.append(text)
        _fill_carried(row, carried)
        all_th = bool(cells) and all(c.name == "th" for c in cells)
        grid.append((row, all_th, len(cells) == 1 and _span(cells[0], "colspan") > 1))
    return grid


def _joined_header(rows: list[list[str]]) -> list[str]:
    """Stacked header rows as one: a group header over its columns ("MRI" over "T1")."""
    width = max(len(r) for r in rows)
    header: list[str] = []
    for column in range(width):
        words = [r[column] for r in rows if column < len(r) and r[column]]
        header.append(" ".join(dict.fromkeys(words)))
    return header


def _html_table(node: Tag, figcaption: Tag | None = None) -> Table | None:
    """A data table (None for layout, navigation or empty tables): header rows from
    <thead> or leading rows of <th>, else a first row that names columns; full-width rows
    and <tfoot> below the rows as notes. Its caption: <caption>, the <figcaption> of the
    figure it is in, or a "Table 1: …" line just above it."""
    if _is_layout(node):
        return None
    foot = [tr for f in node.find_all("tfoot") for tr in f.find_all("tr")]
    head = [tr for h in node.find_all("thead") for tr in h.find_all("tr")]
    apart = {id(tr) for tr in (*head, *foot)}  # Tags compare by content: by identity here
    body = [tr for tr in node.find_all("tr") if id(tr) not in apart]
    grid = _grid(body)
    header_rows = [row for row, _, _ in _grid(head)]
    if not header_rows:
        while grid and grid[0][1] and len(grid) > 1:
            header_rows.append(grid.pop(0)[0])
    if not header_rows and grid and not grid[0][2] and first_row_is_header(grid[0][0]):
        header_rows.append(grid.pop(0)[0])
    notes = [_cell_text(tr) for tr in foot]
    while grid and grid[-1][2]:
        notes.insert(0, grid.pop()[0][0])
    rows = [row for row, _, across in grid if not across]  # a full-width group label
    caption = node.find("caption") or figcaption
    holder = node.parent if _only_child_table(node.parent) is node else node
    above = holder.find_previous_sibling(True) if isinstance(holder, Tag) else None
    if not isinstance(caption, Tag) and isinstance(above, Tag) and _caption_of_table(above):
        caption = above
    return make_table(
        rows,
        header=_joined_header(header_rows) if header_rows else (),
        caption=_inline_text(caption) if isinstance(caption, Tag) else "",
        notes=notes,
    )


def _caption_of_table(node: Tag) -> Tag | None:
    """The data table that paragraph ``node`` ("Table 1: WHO grades") is the caption line
    of: the element right after it, when that is a table without a <caption> of its own."""
    if node.name != "p" or not is_caption_line(node.get_text(" ", strip=True)):
        return None
    after = _only_child_table(node.find_next_sibling(True))
    if after is None or after.find("caption"):
        return None
    return None if _is_layout(after) else after


def _only_child_table(node: object) -> Tag | None:
    """``node`` itself when it is a table, or the table it alone wraps (a "table-wrapper"
    div); None otherwise."""
    if not isinstance(node, Tag):
        return None
    if node.name == "table":
        return node
    inner = [c for c in node.children if isinstance(c, Tag)]
    return inner[0] if node.name == "div" and len(inner) == 1 and inner[0].name == "table" else None


def _meta_item_lines(item: Tag) -> list[str]:
    """One ``.meta-item`` as "Label: value" lines (list values as "- entry" lines)."""
    title = next(_matching(item, None, ("meta-item-title",)), None) or item.find("strong")
    if not isinstance(title, Tag):
        return []
    label = title.get_text(" ", strip=True)
    title.decompose()  # out of the item's text below, and freed at once
    entries = [li.get_text(" ", strip=True) for li in item.find_all("li")]
    if entries:
        return [label, *(f"- {entry}" for entry in entries)]
    return [f"{label} {item.get_text(' ', strip=True)}"]


def _meta_lines(soup: BeautifulSoup) -> list[str]:
    """The lines of the page's labelled metadata items ("DOI:", "Synonyms:"), wherever they
    stand: a page may keep them inside its article body."""
    lines: list[str] = []
    for item in list(_matching(soup, None, ("meta-item",))):
        lines.extend(_meta_item_lines(item))
    return lines


def _metadata(soup: BeautifulSoup, lines: list[str]) -> PageMetadata:
    """The page's metadata: its labelled items' ``lines``, else labelled lines of the page's
    text outside the article body."""
    page_text = soup.get_text("\n")
    meta = parse_metadata("\n".join(lines)) if lines else parse_metadata(page_text)
    if not meta.retrieved or not meta.last_revised:
        fallback = parse_metadata(page_text)
        meta = replace(
            meta,
            retrieved=meta.retrieved or fallback.retrieved,
            last_revised=meta.last_revised or fallback.last_revised,
        )
    return meta


def read_html(text: str, path: Path) -> Article:
    """Read a saved article page.

    Raises:
        ReadError: no article body or no title.
    """
    soup = BeautifulSoup(text, _PARSER)
    try:
        return _read_soup(soup, path)
    finally:
        _dismantle(soup)


def _dismantle(tree: Tag) -> None:
    """Break a parsed tree's parent/child cycles so that it is freed at once, not by the
    garbage collector (which batch commands pause). ``decompose`` on the document itself
    stops at the root, so each top-level element is taken apart first."""
    for child in list(tree.contents):
        if isinstance(child, Tag):
            child.decompose()
        else:
            child.extract()  # text at the top; beautifulsoup4 < 4.13 decomposes only tags
    tree.decompose()


def _read_soup(soup: BeautifulSoup, path: Path) -> Article:
    body = _find_body(soup)
    if body is None:
        raise ReadError("no article body found (expected div.body)", path=path)
    meta_lines = _meta_lines(soup)
    body.extract()  # keep the metadata search below out of the article text
    try:
        return _read_parts(soup, body, path, meta_lines)
    finally:
        _dismantle(body)


def _read_parts(soup: BeautifulSoup, body: Tag, path: Path, meta_lines: list[str]) -> Article:
    # the page's own <h1>, else one inside the body (a page that keeps its title there)
    headings = (*_all_named(soup, "h1"), *_all_named(body, "h1"))
    titles = (h.get_text(" ", strip=True) for h in headings)
    title = next((t for t in titles if t and not is_banner(t)), "")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.split("|")[0]
    meta = _metadata(soup, meta_lines)
    canonical = soup.find("link", rel="canonical")
    url = meta.url or (str(canonical.get("href", "")) if isinstance(canonical, Tag) else "")
    for heading in _all_named(body, "h1"):
        # a body that holds the page's title (<main><h1>X</h1>…): the title heads the page,
        # not a section of it ("X › X › Epidemiology" on every card)
        if " ".join(heading.get_text(" ", strip=True).split()) == " ".join(title.split()):
            heading.decompose()
    levels = [int(h.name[1]) for h in _all_named(body, *_HEADING_TAGS)]
    builder = ArticleBuilder(path)
    _walk(body, builder, min(levels, default=4))
    provenance = Provenance(
        path=str(path),
        input_format=InputFormat.HTML,
        url=url.split("?")[0],
        doi=meta.doi,
        rid=meta.rid,
        citation=meta.citation,
        systems=meta.systems,
        sections=meta.sections,
        retrieved=meta.retrieved,
        last_revised=meta.last_revised,
    )
    return builder.build(title=title, provenance=provenance, synonyms=meta.synonyms)
