"""Classes of a classification stated outside a bulleted list, as ASSOCIATION facts of group
"types" (one per class, ``item`` the class, ``value`` what defines it, ``attribute`` the
classification's name when the text gives it), keyed as the list extractor keys them so the
same class read from a list and from these shapes is one fact:

- "Label: definition" lines under an intro or heading that names classes (a plain-text page,
  whose lists became lines): "The DeBakey classification is based on extent:" then
  "DeBakey type I: originates in the ascending aorta";
- a counted run of names after a colon: "four diagnostic categories: A, B, C and D";
- a list introduced as the recognised patterns of the disease ("The following morphological
  patterns are recognised:"), which the list extractor does not take for classes;
- classes named by a label in brackets, or a label with its meaning in brackets, in a
  sentence about classes: "separates typical (class 1) from atypical (class 2) disease",
  "five categories ranging from TR1 (benign) to TR5 (highly suspicious)";
- classes enumerated after a verb of classing, each with its definition in brackets:
  "Severity is graded as mild (no organ failure), moderate (…) and severe (…)";
- two classes offered as alternatives: "They are described as either pedunculated, with a
  narrow stalk, or sessile, with a broad base", "can be classified as primary or secondary";
- the members of the major and minor criteria of a diagnosis, from a sentence ("Minor
  features include A, B and C") or a list under such an intro ("Major criteria:");
- classes labelled and defined one after another in a sentence: "grade 1 (5-10 mm), grade 2
  (…) and grade 3 (…)", "grade I is less than 3.5 cm, grade II is …", "stage 1 is X, stage 2
  a Y, …";
- bare classes after a verb of classing: "classified as traumatic or spontaneous", and, after
  a fronted axis, "By composition, effusions can be described as A, B, C or D";
- classes defined one to a sentence or clause ("Type I lesions have X. Type II lesions have
  Y.", "Primary cysts result from X. Secondary cysts follow Y.") and classes named after a
  copula ("a sum of 6 is grade group 1, 7 is grade group 2"), see class_sentence_runs;
- the counted components of a scheme the sentence opens on ("The X criteria combine four
  major features: A, B, C and D"), see class_components.

A run whose own sentence names no owner and no scheme takes both from the sentence before it
that announces the classes ("X are described with the Eden classification, which has four
types."); a phrase that opens on a class label ("Type A cysts") never owns the classes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from quizgen.extractors.association import SETTING_LABEL, classed_owner
from quizgen.extractors.class_components import scheme_components
from quizgen.extractors.class_facts import BARE_ANAPHOR, class_fact, name_of, sentence_owner
from quizgen.extractors.class_inline import DIGIT, FINITE_OR_RELATIVE, closing
from quizgen.extractors.class_intros import classing_criterion
from quizgen.extractors.class_runs import described_run, recognised_in_brackets
from quizgen.extractors.class_sentence_facts import (
    from_assigned_classes,
    from_coded_runs,
    from_conditioned_classes,
    from_dichotomies,
    from_inline_labels,
    from_semicolon_runs,
    from_sentence_runs,
    from_valued_labels,
)
from quizgen.extractors.class_tnm import TNM_VERB, tnm_clauses
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.member_shapes import grouped_rows, member_repaired
from quizgen.extractors.relations import TYPES
from quizgen.extractors.text import (
    ListUnit,
    Sentence,
    iter_lists,
    iter_sentences,
    leading_subject,
    make_fact,
    same_name,
    split_label,
    split_sentences,
)
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.normalize import singular

__all__ = ["CLASS_NOUN_WORDS", "extract_classifications"]

MAX_CLASS_WORDS = 6  # a class is named in a few words ("type II", "tall cell variant")
_CLASS_NOUNS = (
    r"types|subtypes|forms|variants|classes|categories|grades|stages|groups|patterns|"
    r"subgroups|phenotypes|layers|phases"
)
# The same nouns one by one, singular: what a class's name may end on ("orthotopic types").
CLASS_NOUN_WORDS = frozenset(singular(noun) for noun in _CLASS_NOUNS.split("|"))
# An intro or heading that announces classes ("Grading", "Variants", "is divided into").
_NAMES_CLASSES = re.compile(
    rf"\b(?:classif\w*|grading|staging|(?:sub)?divided|divides|{_CLASS_NOUNS})\b", re.I
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "four diagnostic categories: A, B, C and D" (at most two words between count and noun).
# The classes may follow "are recognised:" ("Three main subtypes are recognised: A, B and
# C") or stand in brackets ("four histological types (A, B, C and D)").
_COUNTED = re.compile(
    rf"\b(?P<count>two|three|four|five|six|seven|[2-9])\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_CLASS_NOUNS})(?:\s+(?:are|have\s+been)\s+(?:\w+ly\s+)?(?:recogni[sz]ed|"
    # after "are recognised" a comma opens the classes too ("…, A and B")
    r"described|distinguished|identified)(?:\s*:\s*|,\s+)|\s*(?::\s*|(?P<bracket>\()\s*))",
    re.I,
)
# A clause that opens on a TNM category and says what it holds: "T1 disease is limited to
# the pleura", "T3 (potentially resectable) involves the fascia", "N2 denotes …".
_TNM_CLAUSE = re.compile(
    r"^(?:[^,;]{0,30},\s)?(?P<label>[TNM](?:[0-4][a-d]?|is|x))(?:\s(?:disease|tumou?rs?|stage))?"
    rf"(?:\s\([^()]{{1,80}}\))?\s{TNM_VERB}(?P<value>[^;]{{3,300}}?)\s?\.?$"
)
# "typical (class 1)": a one-word name (the word before it is most often a verb), then its
# label in brackets.
_NAME_THEN_LABEL = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z][\w-]{0,40})\s\("
    r"(?P<label>(?:class|type|grade|stage|category|group)\s(?:[0-9]{1,2}|[IVX]{1,4})[a-c]?)\)",
    re.I,
)
# "TR1 (benign)", "BI-RADS 4 (suspicious, …)": a coded label, then its meaning in brackets.
_LABEL_THEN_MEANING = re.compile(
    r"(?<![\w-])(?P<label>[A-Z][A-Za-z]{0,5}(?:-[A-Z]{2,6})?[\s-]?[0-9]{1,2}[a-c]?)\s"
    r"\((?P<meaning>[a-z][a-z -]{2,40})(?:[,;][^()]{0,60})?\)"
)


# "The following patterns are recognised:", "Three phenotypes are described:".
_RECOGNISED = re.compile(
    r"\b(?:patterns|phenotypes|subgroups)\s+(?:are|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:recogni[sz]ed|described|distinguished)\s*:\s*$",
    re.I,
)


def _key_value_runs(section: Section) -> Iterator[tuple[str, list[Block]]]:
    """Runs of "Label: definition" lines with the paragraph just before them ("")."""
    intro = ""
    run: list[Block] = []
    for block in (*section.blocks, None):
        if block is not None and block.kind is BlockKind.KEY_VALUE:
            run.append(block)
            continue
        if block is not None and block.kind is BlockKind.LIST and not run:
            # a list of "Label: definition" entries is the same run with its bullets kept
            labelled = _labelled_entries(block)
            if labelled:
                yield intro, labelled
                intro = ""
                continue
        if run:
            yield intro, run
            run = []
        intro = block.text if block is not None and block.kind is BlockKind.PARAGRAPH else ""


def _labelled_entries(block: Block) -> list[Block]:
    """The entries of a flat list as "key: value" blocks, when every entry is one."""
    entries: list[Block] = []
    for entry in block.items:
        name, detail = split_label(entry.text)
        if entry.children or not detail:
            return []
        entries.append(Block(BlockKind.KEY_VALUE, text=entry.text, key=name, value=detail))
    return entries


def _from_lines(article: Article) -> Iterator[Fact]:
    for section in article.sections:
        for intro, run in _key_value_runs(section):
            last = split_sentences(intro)[-1] if intro else ""
            if last and not last.rstrip().endswith(":"):
                continue  # a paragraph that does not lead into the lines says nothing of them
            keys = [b.key.strip() for b in run]
            if len(run) < 2 or not (
                _NAMES_CLASSES.search(last or section.heading)
                or classing_criterion(last)
                or (last and _keys_share_a_class_noun(keys))
            ):
                continue
            if any(
                len(k.split()) > MAX_CLASS_WORDS or "%" in k or SETTING_LABEL.match(k) for k in keys
            ):
                continue  # a long label, a share or a time ("within 2 weeks") names no class
            name = name_of(last)
            # a table's grouping column ("Location: L1; terminal ileum") names no class
            rows = grouped_rows([(key, block.value) for block, key in zip(run, keys, strict=True)])
            for block, (key, value) in zip(run, rows or [], strict=False):
                yield class_fact(
                    article, section, block.text, item=key, value=value.strip(), name=name
                )


# "central zone: …", "intermediate zone: …", "peripheral zone: …" after "… a zonal
# pattern:": labels that all end on one noun of parts or classes name the classes, whatever
# the intro calls them. A contrast phase of imaging ("arterial phase: …") is no class.
_CLASS_HEAD = re.compile(
    r"\s(?P<head>zones?|phases?|stages?|types?|forms?|patterns?|variants?|subtypes?|grades?|"
    r"layers?|categories|category)$",
    re.I,
)
_CONTRAST_PHASE = re.compile(
    r"\b(?:arterial|venous|portal|delayed|equilibrium|hepatobiliary|nephrographic|"
    r"corticomedullary|excretory|washout|angiographic|blood-pool|flow)\b",
    re.I,
)


def _keys_share_a_class_noun(keys: list[str]) -> bool:
    """Whether every label is a name of two words or more ending on the same class noun."""
    heads = {
        m.group("head").lower().rstrip("s") if (m := _CLASS_HEAD.search(k)) else "" for k in keys
    }
    return (
        len(heads) == 1
        and "" not in heads
        and not any(_CONTRAST_PHASE.search(k) or sequences_in(k) for k in keys)
    )


def _from_pattern_lists(article: Article) -> Iterator[Fact]:
    for unit in iter_lists(article):
        if not _RECOGNISED.search(unit.intro):
            continue
        for entry in unit.block.items:
            name, detail = split_label(entry.text)
            name = re.sub(r"\s*[:,;]?\s*[~≈<>]?\s*\d.*%.*$", "", name).strip()
            if name and len(name.split()) <= MAX_CLASS_WORDS:
                yield class_fact(
                    article, unit.section, entry.text, item=name, value=detail.strip(), name=""
                )


def _from_sentences(article: Article) -> Iterator[Fact]:
    for sentence in iter_sentences(article):
        text = sentence.text
        if not _NAMES_CLASSES.search(text):
            continue
        name = name_of(text)
        found: list[tuple[str, str]] = []
        for match in _COUNTED.finditer(text):
            count = match.group("count").lower()
            expected = int(count) if count.isdigit() else _COUNTS[count]
            rest = text[match.end() :]
            if match.group(0).rstrip().endswith(",") and _NO_CLASS_RUN.match(rest):
                continue  # "Two types are recognised, distinguished mainly by …": a clause
            if match.group("bracket"):
                rest = rest[: closing(rest)]
            # "epithelioid (~60%), biphasic (~20–30%)": each class's share is no part of it
            items = split_noun_phrases(_SHARE.sub("", rest))
            if len(items) == expected:
                found.extend((item, "") for item in items)
        found.extend((m.group("label"), m.group("name")) for m in _NAME_THEN_LABEL.finditer(text))
        found.extend(
            (m.group("label"), m.group("meaning").strip())
            for m in _LABEL_THEN_MEANING.finditer(text)
        )
        if len(found) < 2:
            continue  # one class alone is no classification
        # "Hepatic adenomatosis is divided into three stages: …" on another page: its stages
        # ("Three main subtypes are recognised: …" names the classes, not their owner)
        owner = sentence_owner(sentence, article)
        if singular(owner.split()[-1].lower()) in CLASS_NOUN_WORDS:
            owner = article.title
        for item, value in found:
            yield class_fact(
                article,
                sentence.section,
                text,
                item=item,
                value=value,
                name=name,
                statement=text,
                subject=owner,
            )


_SHARE = re.compile(r"\s?\([^()%]{0,20}%[^()]{0,40}\)")
# After "are recognised," a participle, a relative or a preposition goes on with the
# sentence ("distinguished mainly by the shape of …"), where classes would be names.
_NO_CLASS_RUN = re.compile(
    r"^(?:[a-z]+ly\s)?(?:[a-z]{3,20}ed|based|depending|according|each|both|which|with|by|"
    r"on|in|from)\b"
)


_TNM_CATEGORY = re.compile(r"\b[TNM][0-4]")


def _from_tnm_clauses(article: Article) -> Iterator[Fact]:
    """TNM categories stated clause by clause ("T1 disease is limited to …; T2 involves …"):
    two or more in one section make a classification."""
    by_section: dict[int, list[tuple[Sentence, str, str]]] = {}
    for sentence in iter_sentences(article):
        if not _TNM_CATEGORY.search(sentence.text):
            continue
        for clause in tnm_clauses(sentence.text):
            if (match := _TNM_CLAUSE.match(clause)) is not None:
                clauses = by_section.setdefault(id(sentence.section), [])
                clauses.append((sentence, match.group("label"), match.group("value").strip()))
    for found in by_section.values():
        labels = {label for _, label, _ in found}
        if len(labels) < 2 or labels <= {"T1", "T2"}:
            continue  # one category is no classification; "T1 … T2" alone may be sequences
        for sentence, label, value in found:
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=label,
                value=value,
                name="TNM",
                statement=sentence.text,
            )


# A verb that sorts the subject into classes, then the classes: "graded as", "classified
# into", "categorised as either", "divided into" (a count before the classes is allowed:
# "divided into three types:").
_CLASSED = re.compile(
    r"\b(?:graded|classified|subclassified|categori[sz]ed|staged|divided|subdivided|grouped|"
    r"separated|split)\s{1,3}(?:as|into)\s{1,3}(?:(?:two|three|four|five|six|[2-6])\s{1,3}"
    r"(?:main\s{1,3}|major\s{1,3}|distinct\s{1,3})?(?:types|subtypes|forms|groups|categories|grades|"
    r"stages|classes)\s{0,3}[:,]?\s{0,3})?(?:either\s{1,3})?",
    re.I,
)
# "described as either pedunculated, with a narrow stalk, or sessile, with a broad base":
# "described" sorts only with "either … or" (else "described as a mass" would be a class).
_EITHER = re.compile(
    r"\b(?:described|classified|categori[sz]ed|divided|graded|grouped)\s{1,3}(?:as|into)\s{1,3}either\s{1,3}"
    r"(?P<first>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,2}?)(?:,\s(?P<first_detail>[^,;.()]{3,80}),)?"
    r"\s{1,3}or\s{1,3}(?P<second>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,2}?)"
    r"(?:,\s(?P<second_detail>[^,;.()]{3,80}))?(?=\s?[.;]|$)",
    re.I,
)
MAX_BRACKETED = 8
# A class with its definition in brackets: "mild (no organ failure …)".
_BRACKETED = re.compile(
    r"^(?P<name>[a-z][\w-]{0,30}(?:\s[a-z][\w-]{0,30}){0,3})\s\((?P<detail>[^()]{3,200})\)$", re.I
)
# The members of a diagnosis's major or minor criteria.
_CRITERIA = re.compile(
    r"\b(?P<rank>major|minor)\s{1,3}(?:diagnostic\s{1,3}|clinical\s{1,3}|imaging\s{1,3})?"
    r"(?P<noun>features|criteria)\b",
    re.I,
)
_CRITERIA_INCLUDE = re.compile(
    r"^(?P<rank>major|minor)\s{1,3}(?:diagnostic\s{1,3}|clinical\s{1,3}|imaging\s{1,3})?(?:features|criteria)\s{1,3}"
    r"(?:include|are)\s{1,3}",
    re.I,
)
# A subject that names a condition of its own: the classes are its, not the title's.
_CONDITION = re.compile(
    r"(?:[a-z]{3,40}(?:omas?|omata|itis|osis|oses|opathy|opathies)|\bcysts?)$", re.I
)


def _split_top(text: str) -> list[str]:
    """A run "A (x, y), B (z) and C (w)" split at commas and "and"/"or" outside brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            for sep in (", and ", ", or ", " and ", " or ", ", "):
                if text.startswith(sep, i):
                    parts.append(text[start:i])
                    i += len(sep)
                    start = i
                    break
            else:
                i += 1
                continue
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _bracketed_classes(rest: str, pattern: re.Pattern[str] = _BRACKETED) -> list[tuple[str, str]]:
    """ "mild (…), moderately severe (…) and severe (…)." → each name and its definition;
    [] unless every member is a short name with its definition in brackets."""
    end = re.search(r"[.;](?:\s|$)", rest)
    run = rest[: end.start()] if end else rest
    members = _split_top(run)
    if not 2 <= len(members) <= MAX_BRACKETED:
        return []
    found = [pattern.match(m) for m in members]
    if not all(found):
        return []
    return [(m.group("name"), m.group("detail").strip()) for m in found if m]


# A bare class: one to three lower-case words ("exudative", "part-solid", "non-traumatic"),
# an optional alias in brackets ("haemorrhagic (haemopericardium)").
_BARE_CLASS = re.compile(
    r"^(?:either\s)?(?P<name>(?!(?:a|an|the|this|that|its|their|one|both|all|each)\b)[a-z][a-z-]{2,30}"
    # an alias in brackets is a word or two ("(cancellous)"); a longer gloss defines the class
    # and belongs to the bracketed shape, which wants one for every class
    r"(?:\s[a-z][a-z-]{2,30}){0,2})(?:\s\((?P<alias>[A-Za-z][\w-]{1,30}(?:\s[\w-]{1,30})?)\))?$"
)
# Sizes and degrees alone ("divided into small and large") range a measure: no classes.
_DEGREE = re.compile(
    r"^(?:small|large|big|medium|mild|moderate|severe|minor|major|low|high|short|long)$", re.I
)
_BARE_RUN_END = re.compile(
    r"[.;:](?:\s|$)|,\s(?:although|though|but|which|while|whereas|depending|according|based|"
    r"with|as|because|and\s(?:the|a|an|in|is|are))\b|\s(?:according|depending|based)\s|"
    r"\s(?:and|but)\s(?:are|is|can|may|should|were|was)\s",
    re.I,
)
# The classes' own noun after the run ("… and trabecular types"): another maker reads those.
_ENDS_ON_CLASS_NOUN = re.compile(rf"\s(?:{_CLASS_NOUNS}|varieties)$", re.I)
# "By composition, effusions can be described as A, B or C": a fronted axis of division
# makes "described as" a classing verb.
_FRONTED_AXIS = re.compile(
    r"^(?:by|according\sto|based\son|on\sthe\sbasis\sof)\s(?:their\s|its\s|the\s)?"
    r"[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2},\s",
    re.I,
)
_DESCRIBED_AS = re.compile(r"\b(?:described|characteri[sz]ed)\sas\s(?:either\s)?", re.I)


def _bare_classes(rest: str) -> list[tuple[str, str]]:
    """ "traumatic or spontaneous, although …", "transudative, exudative, haemorrhagic
    (haemopericardium), chylous or purulent." → each class (its bracketed alias kept);
    [] unless two or more members, each a few lower-case words, make up the whole run."""
    end = _BARE_RUN_END.search(rest)
    run = _SHARE.sub("", rest[: end.start()] if end else rest).strip()
    members = _split_top(run)
    if not 2 <= len(members) <= MAX_BRACKETED or _ENDS_ON_CLASS_NOUN.search(run):
        return []
    members = _shared_class_head(members)
    found = [_BARE_CLASS.match(m) for m in members]
    if not all(found) or all(_DEGREE.match(m) for m in members):
        return []
    return [(m.group(0).removeprefix("either ").strip(), "") for m in found if m]


# A head the last of several one-word classes carries for all of them: "functioning and
# non-functioning tumours" (a generic noun: dropped), "low or high grade" (a class noun:
# given to each).
_GENERIC_HEAD = re.compile(r"\s(?:tumou?rs|lesions|cases|forms|types|diseases?|variants)$", re.I)
_SHARED_CLASS_NOUN = re.compile(r"\s(?P<noun>grade|stage|risk)$", re.I)


def _shared_class_head(members: list[str]) -> list[str]:
    if any(" " in m for m in members[:-1]) or " " not in members[-1]:
        return members
    *firsts, last = members
    if (noun := _SHARED_CLASS_NOUN.search(last)) is not None:
        return [f"{m} {noun['noun']}" for m in firsts] + [last]
    return [*firsts, _GENERIC_HEAD.sub("", last)]


def _subject(sentence: Sentence, article: Article) -> str:
    """The title, unless the sentence opens on another named condition, whose classes these
    are ("Osteosarcomas of the jaw are graded as …" in another article)."""
    lead = leading_subject(sentence.resolved)
    found = re.sub(r"^(?:the|a|an)\s+", "", lead, flags=re.I)
    head = found.split(" of ")[0]
    if BARE_ANAPHOR.match(lead):
        return article.title
    if found and _CONDITION.search(head) and not same_name(found, article.title):
        words = {w.rstrip("s") for w in article.title.lower().split()}
        if not {w.rstrip("s") for w in head.lower().split()} <= words:
            return found
    return article.title


# What a sentence sorts is the condition's causes, complications or findings, not the
# condition: their groups are no types of it ("Causes are heterogeneous and can be grouped
# as chromosomal, single-gene and environmental").
_RELATION_SORTED = re.compile(
    r"^(?:(?:the|its|their)\s)?(?:[a-z-]+\s)?(?:causes|aetiolog(?:y|ies)|etiolog(?:y|ies)|"
    r"risk\sfactors|complications|symptoms|findings|features|associations|mechanisms)\b",
    re.I,
)


def _from_prose_classes(article: Article) -> Iterator[Fact]:
    for sentence in iter_sentences(article):
        text = sentence.text
        if " as " not in text and " into " not in text:
            continue  # both shapes need one: a cheap test before the patterns
        found: list[tuple[str, str]] = []
        alternatives = list(_EITHER.finditer(text))
        for match in _CLASSED.finditer(text):
            if _RELATION_SORTED.match(text[: match.start()]):
                continue  # "Causes … can be grouped as chromosomal and environmental"
            rest = text[match.end() :]
            # "either A or B" is read below, with each class's detail
            found.extend(_bracketed_classes(rest) or ([] if alternatives else _bare_classes(rest)))
        if _FRONTED_AXIS.match(text) and not alternatives:
            for match in _DESCRIBED_AS.finditer(text):
                found.extend(_bare_classes(text[match.end() :]))
        for match in alternatives:
            found.append((match.group("first"), (match.group("first_detail") or "").strip()))
            found.append((match.group("second"), (match.group("second_detail") or "").strip()))
        if len(found) < 2:
            continue
        subject = _subject(sentence, article)
        for item, value in found:
            yield class_fact(
                article,
                sentence.section,
                text,
                item=item,
                value=value,
                name=name_of(text),
                statement=text,
                subject=subject,
            )


def _criteria_entries(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    """The entries that name criteria: "central nervous system" over its nested entries
    only heads them (an organ, not a criterion)."""
    for item in items:
        if item.children and not split_label(item.text)[1]:
            yield from item.children
        else:
            yield item


def _criteria_group(rank: str) -> str:
    return f"{rank.lower()} criteria"


def _from_criteria(article: Article) -> Iterator[Fact]:
    yield from _listed_after(
        article, _CRITERIA_INCLUDE, lambda match: _criteria_group(match.group("rank"))
    )


# ", the last of which mimics …", ", which …", "; …": a clause after the members, no member.
_RELATIVE_TAIL = re.compile(
    r",\s(?:the\s[a-z]{2,12}\sof\s)?(?:which|whom|whereas|while|although)\b|;\s", re.I
)


# The head the last of some bare adjectives carries for all of them: "keratinising,
# non-keratinising and basaloid squamous cell carcinoma", "A, B and C forms".
_CLASS_NOUN_TAIL = re.compile(r"\s(?:sub)?(?:types?|forms?|variants?|patterns?)$", re.I)


def _without_shared_head(items: list[str], article: Article) -> list[str]:
    """The members with the head noun the last one shares with the others taken off it: the
    page's own name ("basaloid squamous cell carcinoma" on that page), or a class noun
    ("basaloid forms") when every other member is one word."""
    *others, last = items
    words = last.split()
    # the title's head too: "squamous cell carcinoma" on "Squamous cell carcinoma of the lung"
    names = (article.title, article.title.split(" of ")[0], *article.synonyms)
    for cut in range(1, len(words)):
        if any(same_name(" ".join(words[cut:]), name) for name in names):
            return [*others, " ".join(words[:cut])]
    bare_others = all(len(other.split()) == 1 for other in others)
    if bare_others and len(words) == 2 and _CLASS_NOUN_TAIL.search(last):
        return [*others, words[0]]
    return items


def _listed_after(
    article: Article, opening: re.Pattern[str], group: Callable[[re.Match[str]], str]
) -> Iterator[Fact]:
    """One class fact per member a sentence lists after ``opening`` (two at least), in the
    group ``group`` names from the match."""
    for sentence in iter_sentences(article):
        match = opening.match(sentence.text)
        if match is None:
            continue
        items = split_noun_phrases(_RELATIVE_TAIL.split(sentence.text[match.end() :])[0])
        if len(items) < 2:
            continue
        items = _without_shared_head(items, article)
        for item in items:
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=item,
                value="",
                name="",
                statement=sentence.text,
                group=group(match),
            )
    for unit in iter_lists(article):
        intro = unit.intro.strip()
        match = _CRITERIA.search(intro[-80:]) if intro.endswith(":") else None
        if match is None or len(unit.block.items) < 2:
            continue
        for entry in _criteria_entries(unit.block.items):
            name, detail = split_label(entry.text)
            if name and len(name.split()) <= MAX_CLASS_WORDS:
                yield class_fact(
                    article,
                    unit.section,
                    entry.text,
                    item=name.strip(),
                    value=detail.strip(),
                    name="",
                    group=_criteria_group(match.group("rank")),
                )


# An entry labelled by a class code: "grade C: …", "stage IIIA: …", "type 2: …".
_CLASS_LABEL = re.compile(
    r"^(?:grade|type|stage|class|category|group|level|tier)\s(?:[0-9]{1,2}[A-Ca-c]?|"
    r"[IVX]{1,5}[A-Ca-c]?|[A-E])$",
    re.I,
)
_CLASS_LABEL_START = re.compile(r"(?:grade|type|stage|class|category|group|level|tier)\s", re.I)
_CODE_START = re.compile(r"(?:[A-Z]{1,3}[0-9]{0,2}[a-c]?|[IVX]{1,4}[a-c]?):\s")
# The scheme a list of labelled classes belongs to, named in its intro: "The CT severity
# index (CTSI) …", "the Knosp classification", "The Glasgow coma scale": a capitalised
# first word, then up to two words and the scheme's noun.
_SCHEME_NAME = re.compile(
    # ("Under the Nabors classification": a preposition is no part of the name)
    # ("the modified Hinchey classification": a revision's adjective is part of the name)
    r"\b(?!(?:The|A|An|This|These|Its|Under|In|On|By|With|Using|According|For)\s)"
    r"(?P<name>(?:(?:modified|revised)\s)?[A-Z][\w'’-]{0,30}(?:\s[\w'’-]{1,30}){0,2}?\s"
    r"(?:classification|system|criteria|grading|staging|index|score|scale))\b"
)
# A score's grades are its own ("CT severity index grade A", worth points), not kinds of
# the condition, which a classification, staging or set of criteria sorts.
_SCORED = re.compile(r"\b(?:index|score|scale)$")


# A bare code ("L1", "MS", "T2a", "N0", "IIIb"): a class label only under a heading or
# intro that names a staging, grading or classification, and with a digit in one of them
# ("CT:", "MRI:" are modalities, not classes).
_CODE_LABEL = re.compile(r"^(?:[A-Z]{1,3}[0-9]{0,2}[a-c]?|[IVX]{1,4}[a-c]?)$")
_STAGING_WORDS = re.compile(r"\b(?:stag\w*|grad\w*|classif\w*|TNM|categor\w*)", re.I)
_NOT_A_CODE = frozenset({"CT", "MR", "MRI", "US", "PET", "DWI", "ADC", "SWI", "CXR", "NB"})


def _coded_classes(unit: ListUnit, labels: list[tuple[str, str]]) -> bool:
    """Whether a list's entries are the coded classes of a staging or grading system: every
    entry "L1: localised tumour …", one code with a digit, and the heading or intro says so."""
    codes = [name.strip() for name, _ in labels]
    return (
        all(detail for _, detail in labels)
        and all(_CODE_LABEL.match(code) and code not in _NOT_A_CODE for code in codes)
        and any(DIGIT.search(code) for code in codes)
        and bool(_STAGING_WORDS.search(f"{unit.section.path} {unit.intro}"))
    )


def _from_labelled_lists(article: Article) -> Iterator[Fact]:
    """A list whose every entry is labelled by a class code ("grade A: normal pancreas",
    "L1: localised tumour" under "Staging"): the classes of the condition its intro names
    (a score's of the score), else of the title, with the name of the scheme the intro
    names."""
    for unit in iter_lists(article):
        entries = unit.block.items
        first = entries[0].text if entries else ""
        coded = bool(_CODE_START.match(first))
        if len(entries) < 2 or not (_CLASS_LABEL_START.match(first) or coded):
            continue  # the first entry decides cheaply before every entry is split
        labels = [split_label(entry.text) for entry in entries]
        if not all(detail and _CLASS_LABEL.match(name.strip()) for name, detail in labels) and not (
            coded and _coded_classes(unit, labels)
        ):
            continue
        match = _SCHEME_NAME.search(unit.intro)
        scheme = match.group("name") if match else ""
        for entry, (name, detail) in zip(entries, labels, strict=True):
            yield class_fact(
                article,
                unit.section,
                entry.text,
                item=name.strip(),
                value=detail.strip(),
                name=scheme,
                statement=unit.intro,  # as the list reader of associations says it
                subject=_labelled_owner(scheme, unit.intro, article),
            )


def _labelled_owner(scheme: str, intro: str, article: Article) -> str:
    """Whose classes a labelled list gives: a score's own, else the condition the intro
    names, as the list reader of associations keys it (that reader's copy of a class, with
    no scheme's name, is then replaced by this richer one), else "" for the title."""
    if _SCORED.search(scheme):
        return scheme
    return classed_owner(intro, article)


# A sentence that opens on the classes' noun and lists them: "Other types are cystic,
# myxoid and red degeneration", "Histological variants include A, B and C", "The main
# subtypes of X are A and B".
_CLASSES_ARE = re.compile(
    r"^(?:(?:other|the\s(?:main|principal|major|commonest|recogni[sz]ed)|recogni[sz]ed)\s)?"
    # "Other morphological types are …": a domain adjective after "other" too
    r"(?:(?:histological|morphological|pathological|clinical)\s)?"
    # "types of treatment" are no classes of the disease
    r"(?:sub)?(?:types|variants|subtypes|forms|patterns)"
    # "Subtypes other than the conventional one include …"
    r"(?:\sother\sthan\s(?:the\s)?[\w-]{1,30}(?:\s[\w-]{1,30}){0,2})?"
    # "Subtypes in the current WHO classification are …": the scheme they belong to
    r"(?:\s(?:in|of)\s(?:the\s)?(?:[\w-]{1,30}\s){0,3}(?:classification|system|scheme))?"
    r"(?:\sof\s(?!(?:the\s)?(?:treatment|therapy|surgery|management|imaging|intervention|"
    r"procedure|scan|test|examination|contrast|resection)\b)[\w -]{1,40}?)?\s"
    r"(?:include|are|comprise)\s",
    re.I,
)


def _from_classes_are(article: Article) -> Iterator[Fact]:
    yield from _listed_after(article, _CLASSES_ARE, lambda _: TYPES)


# Adjectives that sort a disease into its forms, whatever the organ: "primary"/"secondary",
# "sporadic"/"familial", "acute"/"chronic". A closed list: "(left kidney)" and "(right
# kidney)" name places, not classes.
_FORM_ADJECTIVE = (
    r"(?:primary|secondary|sporadic|familial|hereditary|acute|subacute|chronic|congenital|"
    r"acquired|typical|atypical|classic|classical|juvenile|adult|infantile|focal|diffuse|"
    r"locali[sz]ed|generali[sz]ed|simple|complex|complicated|uncomplicated|intrinsic|"
    r"extrinsic|idiopathic|syndromic|isolated|early|late|active|inactive|unilateral|bilateral|"
    r"solitary|multiple|benign|malignant|intra-?articular|extra-?articular|"
    r"intra-?axial|extra-?axial|intramedullary|extramedullary|intraosseous|extraosseous)"
)
# "arise de novo (primary ABC) or develop within a lesion (secondary ABC)": a class named in
# brackets after what defines it.
_FORM_IN_BRACKETS = re.compile(
    rf"\((?P<label>(?P<form>{_FORM_ADJECTIVE})\s(?P<head>[A-Za-z][\w-]{{1,30}}"
    r"(?:\s[A-Za-z][\w-]{1,30})?))\)",
    re.I,
)
# "Sporadic and familial forms", "acute or chronic types": two forms of a class noun.
_TWO_FORMS = re.compile(
    rf"(?<![\w-])(?P<first>{_FORM_ADJECTIVE})\s(?:and|or)\s(?P<second>{_FORM_ADJECTIVE})\s"
    r"(?:forms|types|variants|subtypes|varieties)(?![\w-])",
    re.I,
)
_MODAL_LEAD = re.compile(
    r"^(?:(?:they|it|these|most|some)\s)?(?:(?:may|can|usually|typically|often)\s)*", re.I
)


def _definer(before: str) -> str:
    """The words before a bracketed form, back to the clause's start: what defines it."""
    ends = [
        i + len(sep)
        for sep in (", ", "; ", " or ", " and ", " whereas ")
        if (i := before.rfind(sep)) >= 0
    ]
    return _MODAL_LEAD.sub("", before[max(ends, default=0) :].strip()).strip()


def _from_paired_forms(article: Article) -> Iterator[Fact]:
    """Two forms of one thing: each named in brackets after what defines it, sharing a head
    ("(primary ABC)" and "(secondary ABC)"), or named together before a class noun
    ("sporadic and familial forms")."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if "(" in text:
            labelled = list(_FORM_IN_BRACKETS.finditer(text))
            heads = {m.group("head").lower() for m in labelled}
            forms = {m.group("form").lower() for m in labelled}
            if len(labelled) >= 2 and len(heads) == 1 and len(forms) == len(labelled):
                for match in labelled:
                    yield class_fact(
                        article,
                        sentence.section,
                        text,
                        item=match.group("label"),
                        value=_definer(text[: match.start()]),
                        name="",
                        statement=text,
                    )
                continue
        for match in _TWO_FORMS.finditer(text):
            if match.group("first").lower() == match.group("second").lower():
                continue
            # "Bar disease is divided into benign and malignant forms": Bar disease's forms
            owner = sentence_owner(sentence, article)
            for form in (match.group("first"), match.group("second")):
                yield class_fact(
                    article,
                    sentence.section,
                    text,
                    item=form.lower(),
                    value="",
                    name="",
                    subject=owner,
                )


# A run of two to six one-word classes: "gastric, intestinal and pancreatobiliary".
_WORD_RUN = r"(?P<run>[a-z][\w-]{2,30}(?:,\s[a-z][\w-]{2,30}){0,4},?\s(?:and|or)\s[a-z][\w-]{2,30})"
_RUN_NOUN = r"(?:sub)?(?:types|forms|groups|variants|categories|grades|patterns)"
# "gastric, intestinal and pancreatobiliary epithelial subtypes are described": the run
# opens the sentence (after an adverb of domain: "Histologically, ").
_RUN_ARE_DESCRIBED = re.compile(
    rf"^(?:[A-Z][a-z]{{2,20}}ly,\s)?{_WORD_RUN}\s(?:[a-z]{{3,20}}\s)?{_RUN_NOUN}\s"
    r"(?:are|have\sbeen)\s(?:\w{2,20}ly\s)?(?:described|recogni[sz]ed|distinguished|identified)\b",
    re.I,
)
# "A cutaneous form and a childhood form are recognised": two classes, each with its own
# article and the same class noun, said to be recognised or described.
_PAIRED_FORMS_RECOGNISED = re.compile(
    r"^(?:an?\s)?(?P<first>[a-z][\w-]{2,30})\s(?P<noun>form|type|variant|subtype)\s(?:and|or)\s"
    r"(?:an?\s)?(?P<second>[a-z][\w-]{2,30})\s(?P=noun)\s(?:are|have\sbeen)\s(?:\w{2,20}ly\s)?"
    r"(?:described|recogni[sz]ed|distinguished|identified)\b",
    re.I,
)
# "…, subdivided into differentiated and undifferentiated types": classes named before their
# noun after a verb of classing.
_CLASSED_RUN = re.compile(
    r"(?P<before>^|,\s|\s(?:is|are|be|been)\s)(?:further\s)?(?:sub)?(?:divided|classified|"
    rf"categori[sz]ed|grouped|separated|split)\sinto\s{_WORD_RUN}\s{_RUN_NOUN}\b",
    re.I,
)
# "The Salter-Thompson classification divides hips into group A (…) and group B (…)", "The
# Catterall classification grades involvement from group I (…) to group IV (…)": a named
# scheme that classes something, its classes each with its meaning in brackets.
_SCHEME_CLASSES = re.compile(
    r"\b(?:[Tt]he\s)?(?:(?:older|newer|modified|revised)\s)?(?P<scheme>(?:[A-Z][\w'’-]{0,30}\s)"
    r"{1,3}(?:classification|system|scale|grading|staging))\s(?:divides|classifies|grades|"
    r"categori[sz]es|separates|splits|groups|stages|sorts)\s(?:[\w-]{1,30}\s){0,6}?"
    r"(?P<verb>into|as|from)\s",
)
_FROM_TO = re.compile(
    r"^(?P<first>[a-z][\w-]{0,30}(?:\s[A-Za-z0-9][\w-]{0,30}){0,3})\s\((?P<first_detail>[^()]{3,120})\)"
    r"\sto\s(?P<last>[a-z][\w-]{0,30}(?:\s[A-Za-z0-9][\w-]{0,30}){0,3})\s\((?P<last_detail>[^()]{3,120})\)",
    re.I,
)
# A scheme's class with its meaning in brackets: a word, then its code ("type 0-II (flat)").
_CODED_BRACKETED = re.compile(
    r"^(?P<name>[a-z][\w-]{0,30}(?:\s[A-Za-z0-9][\w-]{0,30}){0,3})\s\((?P<detail>[^()]{3,200})\)$",
    re.I,
)
# "Dysplasia ranges from low grade through high grade to invasive carcinoma": the grades of
# a graded quality, from the first to the last (a size or an age ranges too: not these;
# nor "severity ranges from mild to severe", which every disease does).
_GRADED_RANGE = re.compile(
    r"^(?:(?:the\s)?(?:degree|grade)\sof\s)?(?P<quality>dysplasia|differentiation|atypia|grade|"
    r"grading)\s(?:ranges|varies|extends)\sfrom\s"
    r"(?P<first>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,3}?)\s"
    r"(?:(?:through|via)\s(?P<middle>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,3}?)\s)?"
    r"to\s(?:an?\s)?(?P<last>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,3}?)\s?(?:[.;,]|$)",
    re.I,
)
MAX_OWNER_WORDS = 6
# "low grade" of a graded lesion ("dysplasia ranges from low grade …") names the class
# "low-grade dysplasia".
_BARE_GRADE = re.compile(r"^(?P<level>[a-z]{3,15})\sgrade$", re.I)


def _graded_class(grade: str, graded: re.Match[str]) -> str:
    quality = graded["quality"].lower()
    bare = _BARE_GRADE.match(grade)
    if bare is None or quality not in {"dysplasia", "atypia"}:
        return grade
    return f"{bare['level']}-grade {quality}"


def _run_owner(sentence: Sentence, before: str, article: Article) -> str:
    """Whose classes a run after ", subdivided into" names: the short noun phrase the
    comma closes ("non-keratinising carcinoma, subdivided into …"), else the sentence's."""
    phrase = re.sub(r"^(?:the|an?)\s+", "", before.strip(" ,"), flags=re.I)
    short = bool(phrase) and len(phrase.split()) <= MAX_OWNER_WORDS and "," not in phrase
    if short and not FINITE_OR_RELATIVE.search(phrase):
        return phrase
    return sentence_owner(sentence, article)


def _from_named_runs(article: Article) -> Iterator[Fact]:
    """Classes named in a run before their noun: "A, B and C subtypes are described", "…,
    subdivided into A and B types"; and a named scheme's bracketed classes in its own
    clause: "the X classification divides hips into group A (…) and group B (…)"."""
    for sentence in iter_sentences(article):
        text = sentence.text
        graded = _GRADED_RANGE.match(text)
        paired = _PAIRED_FORMS_RECOGNISED.match(text)
        if not graded and not paired and not _NAMES_CLASSES.search(text):
            continue
        found: list[tuple[str, str, str]] = []  # (subject, item, value)
        described = _RUN_ARE_DESCRIBED.match(text)
        if described:
            subject = sentence_owner(sentence, article)
            found += [(subject, item, "") for item in split_noun_phrases(described["run"])]
        if paired:
            subject = sentence_owner(sentence, article)
            noun = paired["noun"].lower()
            found += [(subject, f"{paired[k].lower()} {noun}", "") for k in ("first", "second")]
        for match in _CLASSED_RUN.finditer(text):
            owner = (
                _run_owner(sentence, text[: match.start()], article)
                if match["before"].startswith(",")
                else sentence_owner(sentence, article)
            )
            found += [(owner, item, "") for item in split_noun_phrases(match["run"])]
        runs = described_run(text)  # "described as A, B (alias) and C patterns"
        if runs:
            subject = sentence_owner(sentence, article)
            found += [(subject, item, "") for item in runs]
        # "Molecular subtypes are recognised by … (A, B and C).": the page's own subtypes
        found += [(article.title, item, "") for item in recognised_in_brackets(text)]
        if graded:
            subject = sentence_owner(sentence, article)
            grades = (graded["first"], graded["middle"], graded["last"])
            found += [(subject, _graded_class(grade, graded), "") for grade in grades if grade]
        for match in _SCHEME_CLASSES.finditer(text):
            scheme, rest = match["scheme"].strip(), text[match.end() :]
            if match["verb"] == "from":
                span = _FROM_TO.match(rest)
                pairs = (
                    [(span["first"], span["first_detail"]), (span["last"], span["last_detail"])]
                    if span
                    else []
                )
            else:
                own = re.split(r",\s(?:and|while|whereas)\s", rest)[0]
                pairs = _bracketed_classes(own, _CODED_BRACKETED)
            found += [(scheme, item, detail.strip()) for item, detail in pairs]
        # each shape names two classes or more: one class alone is no classification
        for subject, item, value in found:
            yield make_fact(
                FactKind.ASSOCIATION,
                article,
                sentence.section,
                text,
                key=(TYPES, subject, item),
                subject=subject,
                group=TYPES,
                item=item,
                value=value,
                statement=text,
            )


def extract_classifications(article: Article) -> Iterator[Fact]:
    """One fact per class named outside a bulleted list (see the module's docstring)."""
    makers = (
        _from_paired_forms,
        _from_lines,
        _from_pattern_lists,
        _from_sentences,
        _from_tnm_clauses,
        _from_prose_classes,
        _from_criteria,
        _from_labelled_lists,
        _from_classes_are,
        _from_named_runs,
        from_inline_labels,
        from_assigned_classes,
        from_semicolon_runs,
        from_coded_runs,
        from_dichotomies,
        from_conditioned_classes,
        from_sentence_runs,
        from_valued_labels,
        scheme_components,
    )
    for maker in makers:
        # "four classes", "alternative diagnosis": a shape that names no class
        yield from (f for f in maker(article) if member_repaired(f.item, f.group))
