"""Questions on differential lists: "which is a differential of intramedullary lesions?".

What is right is every list of the subject's family in the selection, with name variants and
synonyms (M3); the subject is never its own differential, a catch-all never a key; a subtype
of a member is asked only when it is a named kind of a plural category.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from quizgen.generators.incremental import ALIASES, subject_family
from quizgen.generators.library import is_library_condition, load_library
from quizgen.generators.mcq import Candidate, Pools, Scan, draw, mid_sentence, refused
from quizgen.generators.relations import is_bare_label
from quizgen.generators.vocab import is_ubiquitous_diagnosis
from quizgen.generators.wording import is_plural, stem, written
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import EntitySet, is_catch_all, same_name

__all__ = ["differential_candidates", "names_a_disease"]


def _is_subtype(fact: Fact, pools: Pools) -> bool:
    """A child of another member that needs its parent to make sense, so it is asked as a
    cloze only: "developmental" under "extradural cysts" (a word that names no thing), or
    "ependymoma" under "drop metastases from CNS primaries" (what is in the differential
    is its metastasis, not the ependymoma). A named kind of a plural category ("ependymoma"
    under "primary spinal cord tumors") is itself in the differential and asked as one."""
    if not fact.group or fact.group not in pools.item_names[(fact.kind, fact.subject.lower())]:
        return False
    return not _kind_of_category(fact.item, fact.group)


_RELATION_WORDS = frozenset({"from", "of", "to", "after", "with", "in", "by", "for", "and", "or"})
# A category whose members are where it comes from, not kinds of it.
_SOURCES = re.compile(r"^(?:metastas[ie]s|secondaries|deposits|primaries|sources|causes)$", re.I)
# Word endings and head nouns that name a disease or lesion (a closed vocabulary of
# nosology): a member without one ("developmental", "breast") is no diagnosis by itself.
_DISEASE_WORD = re.compile(
    r"(?:omas?|itis|osis|oses|iasis|pathy|cele|cysts?|tumou?rs?|lesions?|metastas[ie]s|"
    r"abscess(?:es)?|malformations?|syndromes?|diseases?|infarcts?|infarction|"
    r"ha?emorrhage|ha?ematomas?|fractures?|aneurysms?|plasia|thrombosis|embolism|"
    r"neoplasms?|fistula|stenosis|anomal(?:y|ies)|deficiency|cancers?|pneumonias?|"
    r"pneumothorax|empyema|effusions?|hernias?|ulcers?|volvulus|intussusception|torsion|"
    r"atresia|obstruction|ischa?emia|perforation|dissection|varix|varices|calculi|"
    r"leuka?emias?|infections?|injury|injuries|degeneration|polyps?|demyelination|atrophy|"
    r"ectasia|contusions?|dilatation|thrombus|emboli|hypertrophy|duplication|diverticul(?:um|a)|"
    r"sequestration|agenesis|collections?|hydrocephalus)$",
    re.I,
)


def names_a_disease(name: str) -> bool:
    """Whether a name's head noun (its last word before a bracket) names a disease or a
    lesion by the closed vocabulary of _DISEASE_WORD ("hereditary multiple exostoses")."""
    words = name.split("(", 1)[0].split()
    return bool(words) and bool(_DISEASE_WORD.search(words[-1].strip(",;:")))


def _kind_of_category(item: str, group: str) -> bool:
    """Whether ``item`` names a kind of the thing ``group`` names: the group is a plural
    noun phrase with no relation word ("primary spinal cord tumors", not "drop metastases
    from CNS primaries"), and the item is not one adjective ("developmental")."""
    words = group.lower().split()
    if not is_plural(group) or _RELATION_WORDS & set(words) or "(" in group:
        return False
    if _SOURCES.search(words[-1]):
        return False  # "dural metastases: breast, lung": the members are their primaries
    head = item.split("(", 1)[0].split(",", 1)[0].split()
    if not head or is_bare_label(item):
        return False
    return any(_DISEASE_WORD.search(word) for word in head)


def _not_a_differential(entry: ArticleFacts, fact: Fact, pools: Pools) -> str:
    """Why an item cannot be a differential's key ("" when it can)."""
    if is_catch_all(fact.item):
        return f"{fact.item!r} closes the list: never a differential"
    names = pools.with_aliases([entry.title, subject_family(fact.subject)])
    if any(same_name(fact.item, name) for name in names):
        return f"{fact.item!r} is the subject itself: never its own differential"
    return ""


def differential_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    kind = FactKind.DIFFERENTIAL
    # What is right for a subject is the same for every member of its list: one set per
    # subject (its key is all the set depends on here: the subject, its family, the article).
    excluded: dict[str, EntitySet] = {}
    # What this article lists may be offered even when it occurs anywhere ("metastases").
    own = {f.item for f in pools.by_kind_article[(kind, entry.slug)]}
    system = load_library().system_of(entry.provenance.systems, [entry.title])
    offered = _Offered(own, system)
    for fact in facts:
        if why := _not_a_differential(entry, fact, pools):
            yield refused(entry, fact, "item", why)
            continue
        if _is_subtype(fact, pools):
            continue
        subject = fact.subject.lower()
        family = subject_family(subject)
        mine = pools.by_kind_article[(kind, entry.slug)]
        # What is right: every list of the subject's family in the selection, with synonyms;
        # the subject itself and its names are never offered either.
        exclude = excluded.get(fact.subject)
        if exclude is None:
            exclude = excluded[fact.subject] = _right_for(entry, fact.subject, mine, pools)
        if " in " in subject:
            local = []
        else:
            local = [f.item for f in mine if not f.group and subject_family(f.subject) != family]
        scan = Scan(fact, local, (kind, ""), pools)
        pool = draw(scan.tiers(), exclude, keep=offered.__getitem__)
        yield Candidate(
            entry,
            fact,
            stem(
                "mcq",
                "differential",
                title=entry.title,
                subject=mid_sentence(fact.subject, written(entry)),
            ),
            _without_examples(fact.item, pool),
            pool,
            False,
            "item",
            arcs=scan.arcs,
            subjects=frozenset({(kind, subject), (kind, f"family:{family}"), ALIASES}),
        )


class _Offered(dict[str, bool]):
    """One article's ``_offered`` verdicts, each name judged once: ``__getitem__`` is a
    C-level call for a name judged before, and every question of the article scans the
    same few lists of names (about a hundred names a question, 1.8 million a 1,000-article
    build, each a Python call and a cache lookup before)."""

    def __init__(self, own: set[str], system: str) -> None:
        super().__init__()
        self.own = own
        self.system = system

    def __missing__(self, name: str) -> bool:
        verdict = self[name] = _offered(name, self.own, self.system)
        return verdict


def _offered(name: str, own: set[str], system: str) -> bool:
    """Whether a name may be a differential's wrong option: one the article lists, or from
    elsewhere a diagnosis by its head noun or the library ("for a peripheral lesion" and
    "inhibin-alpha", read from other pages, are none) that is not found in every organ."""
    return name in own or _diagnosis_elsewhere(name, system)


@functools.lru_cache(maxsize=65536)  # asked of every name scanned, for every question
def _diagnosis_elsewhere(name: str, system: str) -> bool:
    if is_ubiquitous_diagnosis(name) or _OPENS_ON_RELATION.match(name):
        return False
    if _ACRONYM.fullmatch(name):
        return True  # "FNH", "AVM": a diagnosis's initials
    return names_a_disease(name) or is_library_condition(system, name)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}s?")
# A member that opens with a preposition or a conjunction is a list's heading or a clause
# ("for a peripheral lesion", "when calcified"), not a name.
_OPENS_ON_RELATION = re.compile(r"(?:for|in|with|of|from|to|at|on|by|when|if|as)\b", re.I)


def _right_for(entry: ArticleFacts, subject: str, mine: Sequence[Fact], pools: Pools) -> EntitySet:
    """Names a differential distractor of ``subject`` must not be (``_differentials``)."""
    family = subject_family(subject.lower())
    # Extended, not copied: the selection's set is shared by every list of the family.
    exclude = pools.true_items(FactKind.DIFFERENTIAL, subject)
    exclude = exclude.extended(pools.with_aliases([subject, family, entry.title]))
    if " in " in subject.lower():
        # "Osteosarcoma in children": a setting excludes no finding, so what another
        # list of the article names ("for a surface lesion") may be right too.
        exclude = exclude.extended(f.item for f in mine)
    return exclude


_EXAMPLES = re.compile(r"^(?P<head>[^()]*\S)\s*\([^()]*\)$")


def _without_examples(item: str, pool: Sequence[str]) -> str:
    """ "inflammatory lesions (transverse myelitis)" → "inflammatory lesions" when the
    examples in brackets would make the key the only long option (M7): the head is the
    member, and still right; otherwise the item as written."""
    match = _EXAMPLES.match(item)
    longest = max((len(option) for option in pool), default=0)
    if match is None or len(item) <= 1.25 * longest or len(match.group("head").split()) < 2:
        return item
    return match.group("head")
