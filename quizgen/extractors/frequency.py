"""Frequencies (the parts of a whole, each with its share) and single percentages in prose."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.owners import is_own_organ
from quizgen.extractors.share_list_lines import participle_share
from quizgen.extractors.shares import Share, shares_in
from quizgen.extractors.subgroups import people_with, subtype_owner, whole_is_a_kind
from quizgen.extractors.text import (
    LABEL_WORDS,
    PERCENT,
    ListUnit,
    Percent,
    find_percents,
    iter_flat_lists,
    iter_lists,
    iter_sentences,
    leading_subject,
    make_fact,
    mask_numbers,
    normalise_value,
    same_name,
    split_label,
    strip_citation,
)
from quizgen.model import Article, Fact, FactKind, ListItem, Section
from quizgen.normalize import numbers_in

__all__ = ["extract_frequencies", "group_from_intro", "inline_share_runs"]

# "breast: 22%", "vertebral metastases (94%)", "lung 15%" — the share ends the item (a
# citation number after it is dropped first). Spaces are bounded: no quadratic backtracking.
_ITEM_SHARE = re.compile(
    rf"^(?P<item>.+?)\s{{0,3}}(?::|\(|,|–|-)?\s{{0,3}}{PERCENT.pattern}\s{{0,3}}\)?\s{{0,3}}$",
    re.I,
)
# "20% of children", "~10% in the tail": the share leads the item.
_LEADING_SHARE = re.compile(
    rf"^{PERCENT.pattern}\s{{1,3}}(?:of|in|at|are)\s(?:the\s)?(?P<item>[^:;]{{1,80}})$", re.I
)
# "X (94%), Y (5%) and Z (1%)" inside a sentence.
# "spine: ~10%, almost always posterior", "apical: up to 10% in Western series", "classic
# type (~80%): central scar": the share right after a short label, words trailing it.
_LABEL_SHARE = re.compile(
    rf"^(?P<item>[^:;()]{{1,60}}?)\s{{0,3}}(?::|\()\s{{0,3}}{PERCENT.pattern}\s{{0,3}}\)?"
    r"(?=\s{0,3}[,;:]|\s[a-z])",
    re.I,
)
# "mandible (in 75-80% of cases)", "fever (seen in about 30% of patients)": a line's share in
# brackets with the words that lead to it and the whole it counts; the item is before the
# bracket, as in "mandible (75-80%)". The whole is a few words: no clause.
_WORDED_BRACKET_SHARE = re.compile(
    rf"^(?P<item>[^()]{{1,80}}?)\s{{0,3}}\(\s{{0,3}}(?:(?:seen|present|found|noted|reported)\s)?"
    rf"(?:in|among)\s{{1,3}}{PERCENT.pattern}"
    r"(?:\s(?:of|among)\s(?:the\s)?(?:cases|patients|children|adults|individuals|people|series)"
    r"(?:\s(?:with|in|of|over|under|aged|after)(?:\s[a-z][\w'’-]*){1,4})?)?\s{0,3}\)\s{0,3}\.?$",
    re.I,
)
_INLINE_SHARE = re.compile(
    rf"(?P<item>[A-Za-z][\w'/ -]{{1,60}}?)\s{{0,3}}\(\s{{0,3}}{PERCENT.pattern}\s{{0,3}}\)",
    re.I,
)
_GROUP_VERB = re.compile(
    r"^(?P<group>.+?)\s{1,3}(?:include|includes|included|are|is|comprise|comprises|consist of|"
    r"can be divided into|are divided into)\b",
    re.I,
)
_ANY_OF_THE_FOLLOWING = re.compile(
    r"(?:refer to|involving|involve|affect|affecting)\s+(?P<group>.+?)\s+"
    r"(?:to|in|of|involving|affecting)\s+any of the following",
    re.I,
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# "X is the most common site", "the most commonly involved organ", "the commonest location":
# the noun a rank ranks names the whole the run's shares divide.
_RANKED_NOUN = re.compile(
    r"\bthe\s+(?:(?:second|third)\s+)?(?:most\s+common(?:ly)?|commonest)\s+"
    r"(?:(?:involved|affected)\s+)?(?!(?:in|of|and|or|at|for|among|with|is|are|one)\b)"
    r"(?P<noun>[a-z]{3,20})\b",
    re.I,
)


def named_group(intro: str) -> str:
    """The whole an intro names ("Primaries include:" → "Primaries"), else ""."""
    sentence = intro.strip().rstrip(":").strip()
    match = _ANY_OF_THE_FOLLOWING.search(sentence) or _GROUP_VERB.match(sentence)
    group = _LEADING_ARTICLE.sub("", match.group("group") if match else "").strip(" ,")
    return group if len(group.split()) <= 12 else ""


def group_from_intro(intro: str, section: Section, article: Article) -> str:
    """Name the whole a list divides, from the sentence that introduces it.

    "Primaries include:" → "primaries"; "... refer to metastatic disease to any of the
    following:" → "metastatic disease"; else the section heading or the article title.
    """
    group = named_group(intro)
    if not group:
        group = section.heading or article.title
    first_word = group.split()[0] if group.split() else ""
    # Lower-case a sentence-initial common word ("Primaries"), never a name ("Erdheim-Chester").
    if first_word[:1].isupper() and first_word[1:] == first_word[1:].lower():
        return group[:1].lower() + group[1:]
    return group


# The preposition (and its participle) that joins a finding to its share: "seen in", "in".
_LEAD_TO_SHARE = re.compile(
    r"\s(?:(?:seen|present|found|noted|shown|visible|detected)\s)?(?:in|among)$", re.I
)


# The subject of a clause, before its verb of being: "loss of the NF2 gene is found in".
_CLAUSE_SUBJECT = re.compile(
    r"^(?P<np>[A-Za-z][^,;:()]{2,80}?)\s(?:is|are|was|were)\s(?:(?:also|usually|often)\s)?"
    r"(?:found|seen|present|detected|identified|noted|observed|reported)\s"
)


def _share(item: ListItem) -> tuple[str, str] | None:
    """(item, share) of a list line that names one thing and its share; only the line's
    first clause counts: "stage II: … (~25%); resolution in 40–70%" is stage II's 25%."""
    return _line_share(item.text)


@functools.lru_cache(maxsize=4096)
def _line_share(line: str) -> tuple[str, str] | None:
    """``_share`` of a line's text, kept: a list's lines are asked about three or four times
    (runs, parts of a whole, facts, lone shares)."""
    text = strip_citation(line.split("; ", 1)[0])
    if (worded := _WORDED_BRACKET_SHARE.match(text)) is not None:
        text = f"{worded.group('item')} ({worded.group('value')})"
    match = _ITEM_SHARE.match(text) or _ITEM_SHARE.match(_before_comment(text))
    labelled = _LABEL_SHARE.match(text) if match is None else None
    if labelled is not None and len(find_percents(text)) == 1:
        name = labelled.group("item").strip()
        if name and len(name.split()) <= LABEL_WORDS:
            return name, normalise_value(labelled.group("value"))
    # "a central scar, seen in about a third of cases", "calcification in approximately
    # one-third"
    if not match and (found := participle_share(text) or _worded_share(text)) is not None:
        return found
    if not match:
        leading = _LEADING_SHARE.match(text)
        if leading is None or len(leading.group("item").split()) > 4:
            return None
        return leading.group("item").strip(" .,"), normalise_value(leading.group("value"))
    # "calcification of the wall in about 15%": the words that lead to the share are no part
    # of what it counts
    name = _LEAD_TO_SHARE.sub("", match.group("item").strip(" :,(–-"))
    label, detail = split_label(name)
    if detail:  # "dyspnoea: the most common symptom, present in ~75%": the label is the part
        name = label
    if not name or len(name.split()) > 8:
        return None
    return name, normalise_value(match.group("value"))


def _worded_share(text: str) -> tuple[str, str] | None:
    """(finding, share) of a line that names a plain finding "in" a share in words and ends
    there or on a comment ("calcification in approximately one-third, more often in …")."""
    percents = find_percents(text)
    if len(percents) != 1 or "%" in text:
        return None  # a figure is read by the patterns above
    share = percents[0]
    ends = re.fullmatch(r"\s{0,3}\)?\s{0,3}\.?", text[share.end :])
    if not (ends or _COMMENT_AFTER_SHARE.match(text, share.end)):
        return None
    lead = _SHARE_LEAD.search(text[: share.start])
    name = text[: lead.start()].strip() if lead else ""
    if not _PLAIN_FINDING.match(name) or len(name.split()) > LABEL_WORDS:
        return None
    return name, share.value


# "calcification in 50-70%, often peripheral": a comment after a line's one share qualifies
# what the share counts; it is no part of the item. Only a plain finding "in" its share
# (_SHARE_LEAD; "renal disease, usually X, in 25%" has a comment of its own before it).
_COMMENT_AFTER_SHARE = re.compile(r"\s{0,3},\s+[a-z]")
_PLAIN_FINDING = re.compile(r"^[^,;:()]{2,80}$")


def _finding_in_share(text: str, share: Percent) -> bool:
    """Whether a line names a plain finding and then "in" the share at ``share``."""
    lead = _SHARE_LEAD.search(text[: share.start])
    return lead is not None and _PLAIN_FINDING.match(text[: lead.start()]) is not None


def _before_comment(text: str) -> str:
    """A line cut after its only share when a comment follows it, else ""."""
    percents = find_percents(text)
    if len(percents) != 1 or not _COMMENT_AFTER_SHARE.match(text, percents[0].end):
        return ""
    return text[: percents[0].end] if _finding_in_share(text, percents[0]) else ""


def _share_lists(items: tuple[ListItem, ...]) -> Iterator[tuple[tuple[ListItem, ...], str]]:
    """Sibling lists (at any depth) in which at least two items carry a share."""
    if sum(_share(item) is not None for item in items) >= 2:
        yield items, ""
    for item in items:
        for nested, parent in _share_lists(item.children):
            yield nested, parent or item.text  # the nearest parent names the whole


_WHOLE = 110.0  # shares of one whole add up to about 100 % at most (rounding, "~")


def _parts_of_a_whole(items: tuple[ListItem, ...]) -> bool:
    """Whether the shares can divide one whole: symptoms "in 75 %", "in 45 %" … of patients
    or sensitivities add up to far more, and "which accounts for 75 %?" would be false."""
    total = 0.0
    occurrences = 0
    for item in items:
        share = _share(item)
        if share is not None:
            total += _middle(share[1])  # a range counts as its middle
            occurrences += _is_occurrence(item.text)
    # "calcification in 20%", "haemorrhage in 10%": findings seen "in" a share of cases may
    # occur together, whatever they add up to; a whole's parts are labelled ("head: 70%")
    return total <= _WHOLE and not occurrences


# "gastric carcinoma, with a risk of around 20-30%": each line's own chance, as findings "in"
# a share are; the chances of several cancers divide no whole.
_RISK_SHARE = re.compile(
    r"\b(?:risk|chance|likelihood|probability)\s(?:of\s)?(?:(?:about|around|approximately|"
    r"roughly|up\sto|~)\s?)?\d",
    re.I,
)


def _is_occurrence(line: str) -> bool:
    """Whether a list line states its finding and then "in" its share, or a risk."""
    text = strip_citation(line)
    percents = find_percents(text)
    return bool(percents) and (
        _finding_in_share(text, percents[0])
        or participle_share(text) is not None
        or _RISK_SHARE.search(text) is not None
    )


def _item_percentages(
    article: Article, section: Section, items: tuple[ListItem, ...], parent: str
) -> Iterator[Fact]:
    """Each share of a list that is no whole, as a percentage of its own line."""
    for item in items:
        yield from _line_percentages(article, section, item.text, parent)


def _line_percentages(article: Article, section: Section, line: str, parent: str) -> Iterator[Fact]:
    """A list line's shares, each with what it counts: the line's label ("dyspnoea: ~75%",
    "steatorrhoea (10-15%)"), the subject of the clause that holds the share ("T1 C+: …;
    a dural tail is present in ~60%"), or for a line that leads with its share ("20% of
    children") the parent line's label; a measure keeps its name ("sensitivity ~14%")."""
    text = strip_citation(line)
    label, detail = split_label(text)
    if _LEADING_SHARE.match(text):
        shares, fallback = shares_in(text), split_label(parent)[0]
    elif detail:
        shares, fallback = shares_in(detail, label), label
    else:
        share = _share(ListItem(text))
        if share is None:
            return
        name, value = share
        yield _percentage(article, section, line, value, key=(mask_numbers(line),), item=name)
        return
    for index, found in enumerate(shares):
        counted = found.item
        if not counted or found.attribute:
            clause = (detail or text)[: found.percent.start].rsplit(";", 1)[-1]
            counted = leading_subject(clause.strip())
            if not counted and sequences_in(label):
                counted = finding_before_share(clause)  # "T1: signal loss … in up to 60%"
            # "NF2: loss of the NF2 gene is found in half of sporadic tumours": a clause with a
            # subject of its own counts that subject, not the line's label
            own = _CLAUSE_SUBJECT.match(clause.strip()) if detail else None
            counted = counted or (own.group("np") if own else fallback)
            counted = re.sub(r"^(?:the|a|an)\s+", "", counted, flags=re.I)
        if detail and sequences_in(label) and counted in {"", label}:
            if not found.attribute:
                continue  # "T2: A, B and C, seen in 40%": a sequence is no finding to count
        elif detail and counted and sequences_in(label):
            counted = f"{counted} on {label}"  # "T1: hyperintense in 60%": T1-hyperintense
        key = (mask_numbers(line),) if len(shares) == 1 else (mask_numbers(line), str(index))
        yield _percentage(
            article,
            section,
            line,
            found.percent.value,
            key=key,
            item=counted,
            group=found.group,
            attribute=found.attribute,
            subject=_kind_owner(detail or text, found, counted, label, article),
        )


def _kind_owner(text: str, found: Share, counted: str, label: str, article: Article) -> str:
    """The kind of the subject or the other condition a list line's share is of ("present
    in 30% of patients with sporadic LAM", "… of branch duct IPMNs"), else the title."""
    names = (article.title, *article.synonyms)
    before, after = text[: found.percent.start], text[found.percent.end :]
    owner = people_with(after, names, counted)[0] if counted else ""
    # "craniopharyngioma: … in 90% of the adamantinomatous type": a line about another
    # condition counts that condition's kinds, not the title's
    other = label and is_condition_name(label) and not any(same_name(label, n) for n in names)
    if not owner and not other and found.group and whole_is_a_kind(before, after, counted, names):
        owner = subtype_owner(found.group, names)
    return owner or article.title


# The words that join a finding to its share ("… seen in up to"), and the cause after it.
_SHARE_LEAD = re.compile(
    r"\s(?:(?:seen|present|found|noted|shown|visible)\s)?in(?:\s(?:up\sto|about|approximately|"
    r"around|roughly|nearly|over|under|only|some|~))?\s{0,2}~?\s{0,2}$",
    re.I,
)
_CAUSE = re.compile(r"\s(?:due\sto|because\sof|owing\sto|secondary\sto|caused\sby|from)\s", re.I)


def finding_before_share(clause: str) -> str:
    """The finding a sequence's list line gives a share of ("signal loss on opposed-phase
    images due to lipid in up to" → "signal loss on opposed-phase images"), or ""."""
    lead = _SHARE_LEAD.search(clause)
    if not lead:
        return ""
    finding = _CAUSE.split(clause[: lead.start()], maxsplit=1)[0].strip(" ,")
    first, _, rest = finding.partition(",")
    if len(finding.split()) > 8 and not re.search(r"\s(?:and|or)\s", rest):
        # "the periportal halo sign, small rounded areas of low signal …, reported in": the
        # finding is named before its description (a list of findings keeps them all)
        finding = first.strip()
    words = finding.split()
    if not 1 <= len(words) <= 8 or re.search(r"[\d%;:]", finding) or not finding[:1].isalpha():
        return ""
    return finding


def _percentage(
    article: Article,
    section: Section,
    text: str,
    value: str,
    *,
    key: tuple[str, ...],
    item: str,
    group: str = "",
    attribute: str = "",
    subject: str = "",
) -> Fact:
    """A percentage stated by one list line."""
    return make_fact(
        FactKind.PERCENTAGE,
        article,
        section,
        text,
        key=key,
        subject=subject or article.title,
        item=item,
        group=group,
        attribute=attribute,
        value=value,
        statement=text,
    )


def _lone_shares(
    items: tuple[ListItem, ...], in_runs: set[int], parent: str = ""
) -> Iterator[tuple[ListItem, str]]:
    """List lines with a share that belong to no run of shares, with their parent's text."""
    for item in items:
        if id(item) not in in_runs and (_share(item) is not None or _labelled_shares(item)):
            yield item, parent
        yield from _lone_shares(item.children, in_runs, item.text)


def _labelled_shares(item: ListItem) -> bool:
    """Whether a line states shares after a label ("aneurysms: ~8% overall, rising to ~20%
    in …"): read like a sentence about the label, not as one part of a whole."""
    label, detail = split_label(strip_citation(item.text))
    return bool(label and detail and find_percents(detail))


# "The fistula connects the gallbladder with:": a lead whose subject is one thing (a singular
# noun and its verb) says the list divides that thing's instances, by what the verb names.
_THING_LEAD = re.compile(
    r"^the\s(?P<np>[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2}?)\s(?P<verb>[a-z]{3,20}s)\s"
    r"[^:;]{1,80}$",
    re.I,
)
_VERB_NOT = frozenset(("is", "was", "has", "as", "plus", "thus", "versus"))


def _paragraph_before(unit: ListUnit) -> str:
    """The paragraph that introduces a list (its last sentence is ``unit.intro``)."""
    blocks = unit.section.blocks
    for index, block in enumerate(blocks):
        if block is unit.block:
            return blocks[index - 1].text if index else ""
    return ""


def _lead_thing(unit: ListUnit, article: Article) -> tuple[str, str] | None:
    """(subject, whole) when a list's lead opens on one thing other than the article's subject
    that the paragraph brought in before ("… creates a fistula. The fistula connects the
    gallbladder with:") or that is a lesion: the shares divide its instances, not the title's."""
    intro = strip_citation(unit.intro.strip().rstrip(":").strip())
    match = _THING_LEAD.match(intro)
    if match is None or match.group("verb").lower() in _VERB_NOT:
        return None
    np = match.group("np")
    head = np.split()[-1]
    names = (article.title, *article.synonyms)
    if any(same_name(np, n) or same_name(head, n.split()[-1]) for n in names if n.split()):
        return None
    introduced = re.search(
        rf"\b(?:a|an)\s(?:[\w-]{{1,30}}\s){{0,2}}{re.escape(head)}\b",
        _paragraph_before(unit)[: -len(unit.intro)] if unit.intro else "",
        re.I,
    )
    if not (introduced or is_condition_name(np)):
        return None
    return np, intro[:1].lower() + intro[1:]


# "The causes of primary hyperparathyroidism are distributed as follows:" in an article on
# the adenoma: the shares divide the causes of that condition, which is their subject.
_CAUSES_OF = re.compile(
    r"^(?:(?:main|common|usual|principal)\s)?(?:causes|aetiologies|etiologies)\s(?:of|for)\s"
    r"(?P<whole>[\w-]{2,30}(?:\s[\w-]{2,30}){0,4})$",
    re.I,
)


def _caused_whole(group: str, article: Article) -> str:
    """The condition whose causes a list's lead divides, else the article's subject."""
    match = _CAUSES_OF.match(group.strip())
    if match is None:
        return article.title
    whole = re.sub(r"^(?:the|a|an)\s", "", match.group("whole"), flags=re.I)
    names = (article.title, *article.synonyms)
    return article.title if any(same_name(whole, name) for name in names) else whole


def _list_facts(article: Article, unit: ListUnit) -> Iterator[Fact]:
    in_runs: set[int] = set()
    for items, parent in _share_lists(unit.block.items):
        in_runs |= {id(item) for item in items}
        if not _parts_of_a_whole(items):
            yield from _item_percentages(article, unit.section, items, parent)
            continue
        thing = None if parent or named_group(unit.intro) else _lead_thing(unit, article)
        subject = thing[0] if thing else _caused_whole(named_group(unit.intro), article)
        # A parent "conventional osteosarcoma: ~75% of all" names the whole by its label.
        group = split_label(parent)[0] or (
            thing[1] if thing else group_from_intro(unit.intro, unit.section, article)
        )
        for item in items:
            share = _share(item)
            if share is None:
                continue
            name, value = share
            yield make_fact(
                FactKind.FREQUENCY,
                article,
                unit.section,
                item.text,
                key=(article.title, group, name),
                subject=subject,
                group=group,
                item=name,
                value=value,
                statement=unit.intro,
            )
    for item, parent in _lone_shares(unit.block.items, in_runs):
        yield from _line_percentages(article, unit.section, item.text, parent)


def inline_share_runs(text: str) -> list[tuple[int, int]]:
    """Spans of a sentence's "X (94%), Y (5%) and Z (1%)" runs that divide one whole (at
    least two shares adding up to about 100 % at most); their shares are parts, not
    percentages of their own."""
    if text.count("(") < 2:  # each share of a run is in parentheses: most sentences have none
        return []
    matches = list(_INLINE_SHARE.finditer(text))
    if len(matches) < 2:
        return []
    total = sum(_middle(m.group("value")) for m in matches)
    return [(m.start(), m.end()) for m in matches] if total <= _WHOLE else []


def _middle(value: str) -> float:
    numbers = numbers_in(value)[:2]
    return sum(numbers) / len(numbers) if numbers else 0.0


_RUN_LEAD = re.compile(r"^(?:(?:and|or|with|in|the|then|followed\sby|by)\s+){1,3}", re.I)
# "The liver is the most commonly involved organ (75%)": the ranked noun is the part.
_RANKED_PART = re.compile(
    r"^(?P<np>[^,;]{1,40}?)\s(?:is|are|was|were)\s(?:by\sfar\s)?the\s(?:(?:second|third)\s)?"
    r"(?:most|commonest|least)\b",
    re.I,
)


def _run_item(text: str) -> str:
    """The part an inline run's share names: without the words that join it to the run
    ("followed by the lung" → "lung") or the rank said of it."""
    name = _RUN_LEAD.sub("", text.strip(" ,"))
    ranked = _RANKED_PART.match(name)
    if ranked:
        name = _RUN_LEAD.sub("", ranked.group("np").strip())
    return name


# "Fistulas are described with the Parks classification …: intersphincteric (~45%), …": the
# run divides the classified thing, which the sentence opens on, not the article's subject.
_CLASSIFIED = re.compile(
    r"^(?:the\s)?(?P<np>[A-Za-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2}?)\s(?:are|is)\s"
    r"(?:(?:usually|commonly|often|traditionally|further)\s)?(?:classified|described|divided|"
    r"subdivided|categori[sz]ed|grouped|graded|typed|staged)\b[^:;.]{0,120}:",
    re.I,
)
_NOT_AN_OWNER = frozenset(
    (
        *("tumour", "tumor", "tumours", "tumors", "lesion", "lesions", "mass", "masses"),
        *("case", "cases", "patient", "patients", "finding", "findings"),
    )
)


# "Three patterns are usually described", "Several forms exist": the kinds of the page's own
# condition, counted, are no owner of their own.
COUNTED_KINDS = re.compile(
    r"^(?:two|three|four|five|six|several|various|different)\s(?:main\s|distinct\s|broad\s)?"
    r"(?:patterns|types|forms|subtypes|variants|groups|categories|presentations)$",
    re.I,
)


_INCLUDES = re.compile(r"^[^,;:()]{1,60}?\s(?:include|includes|comprise|comprises)\s", re.I)
# "Most arise in the femur (40%), …", "Metastases are located in the liver (40%), …": the
# verb of where, and what arises, lead to the first part; they are no part of its name.
_PLACED = re.compile(
    r"^[^,;:()]{1,60}?\s(?:(?:are|is)\s(?:[a-z]{3,15}ly\s)?(?:located|found|seen|situated)|"
    r"(?:[a-z]{3,15}ly\s)?(?:arises?|occurs?|develops?|lies|lie|originates?))\s"
    r"(?:in|at|within|on|from)\s(?:the\s)?",
    re.I,
)
# "The knee is the most common site, …, followed by the hip (20%)": the noun the sentence
# opens on is the first ranked part, not the whole its verb names.
_OPENS_ON_RANK = re.compile(r"^[^,;:()]{1,60}?\s(?:is|are)\s(?:by\sfar\s)?$", re.I)


def _ranks_its_opening(intro: str, ranked: re.Match[str]) -> bool:
    """Whether the intro's opening noun is ranked ("X is the most common site") rather
    than named as the whole ("Primaries include …")."""
    return ranked.start() < len(intro) and bool(_OPENS_ON_RANK.match(intro[: ranked.start()]))


def run_owner(text: str, title: str, synonyms: tuple[str, ...] = ()) -> str:
    """What a run of shares after a colon divides when the sentence opens on another
    classified thing than the article's subject ("Fistulas are classified …: A (45%), …"),
    else ""."""
    match = _CLASSIFIED.match(text.strip())
    if not match:
        return ""
    np = match.group("np")
    if (
        np.lower() in _NOT_AN_OWNER
        or COUNTED_KINDS.match(np)
        or any(same_name(np, n) for n in (title, *synonyms))
    ):
        return ""  # "Three patterns are described: …": the title's own patterns
    return np[:1].lower() + np[1:] if np[1:2].islower() else np


def extract_frequencies(article: Article) -> Iterator[Fact]:
    """Parts of a whole with their shares, from lists and from "X (94%), Y (5%)" prose."""
    # (a text extraction's "frontal lobe: ~60%" lines whose bullets were lost are a list too)
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        yield from _list_facts(article, unit)
    for sentence in iter_sentences(article):
        if not inline_share_runs(sentence.text):
            continue
        matches = list(_INLINE_SHARE.finditer(sentence.text))
        names = [_run_item(m.group("item")) for m in matches]
        # "Sites include the knee (60%), …": the first share's words hold the intro
        lead = _INCLUDES.match(matches[0].group("item")) or _PLACED.match(matches[0].group("item"))
        if lead:
            names[0] = _run_item(matches[0].group("item")[lead.end() :])
        if any(is_own_organ(name, article.title) for name in names):
            continue  # the parent disease's spread over organs (owners.is_own_organ)
        intro = sentence.text[: matches[0].start() + (lead.end() if lead else 0)]
        ranked = _RANKED_NOUN.search(sentence.text)
        if ranked and (not named_group(intro) or _ranks_its_opening(intro, ranked)):
            group = ranked.group("noun")  # "the most common site (60%), followed by …"
        else:
            group = group_from_intro(intro, sentence.section, article)
        owner = run_owner(sentence.text[: matches[0].start()], article.title, article.synonyms)
        for match, name in zip(matches, names, strict=True):
            yield make_fact(
                FactKind.FREQUENCY,
                article,
                sentence.section,
                sentence.text,
                key=(article.title, group, name),
                subject=owner or article.title,
                group=group,
                item=name,
                value=normalise_value(match.group("value")),
                statement=sentence.text,
            )
