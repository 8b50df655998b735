"""Causes, routes of spread, risk factors, associations and classes (types, grades, stages,
variants) listed under an intro sentence or a heading that names the relation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.class_glosses import glossed_class
from quizgen.extractors.class_intros import classing_criterion
from quizgen.extractors.class_sentence_runs import names_labelled_classes
from quizgen.extractors.clauses import is_condition_name, same_name, split_noun_phrases
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.member_emphasis import emphasised_examples
from quizgen.extractors.member_shapes import (
    entry_members,
    grouped_rows,
    member_repaired,
    names_courses,
)
from quizgen.extractors.relation_common import event_risks
from quizgen.extractors.relation_subjects import subject_names_nothing
from quizgen.extractors.relations import (
    ASSOCIATIONS,
    CAUSES,
    COMPLICATIONS,
    GENETICS,
    PRESENTATIONS,
    RISK_FACTORS,
    TYPES,
    genetic_features,
)
from quizgen.extractors.text import (
    ListUnit,
    iter_flat_lists,
    iter_lists,
    leading_subject,
    make_fact,
    split_label,
)
from quizgen.model import Article, Fact, FactKind, InputFormat, ListItem
from quizgen.phrases import same_name as same_phrase
from quizgen.phrases import singular_forms

__all__ = [
    "SETTING_LABEL",
    "classed_owner",
    "differential_relations",
    "extract_associations",
]

# The relation a list holds, from its intro sentence, and a readable name for it.
_RELATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (r"\bspread\b|\broutes?\b|\bdissemination\b", "routes of spread"),
        # "Recognised precipitants include:", "Common triggers are:": what brings it on
        (
            r"\brisk factors?\b|\bpredispos|\bprecipitants\b|\bprecipitating\s+factors\b|"
            r"\btriggers\b|"
            # "Features thought to increase the risk of rupture include:"
            r"\b(?:increases?|raises?|heightens?|higher|increased|greater)\s(?:the\s)?risk\s+of\b",
            "risk factors",
        ),
        (r"\bcauses?\b|\baetiolog|\betiolog|\bmechanisms?\s+of\s+injury\b", "causes"),
        (r"\bassociat", "associations"),
        # "Other settings include:": the conditions it arises in
        (
            r"\b(?:other\s+|clinical\s+|predisposing\s+)?settings\s+(?:include|are)\b",
            "associations",
        ),
        (r"\bcomplications?\b", "complications"),
        (
            r"\bclassif|\bdivided\b|\bdivides\b|\bsubtypes?\b|\btypes\b|\bvariants\b|"
            r"\bgrad(?:es|ing|ed)\b|\bstag(?:es|ing|ed)\b|\bcategories\b|\bforms\b",
            TYPES,
        ),
        # "The most common organisms are:": what causes an infection
        (r"\b(?:causative\s+|responsible\s+)?(?:organisms?|pathogens?)\b", "causes"),
        # "Cavities that may become colonised include those caused by:": conditions the
        # subject arises with, though perhaps not its own causes (see _OTHER_CAUSES)
        (r"\b(?:caused\s+by|due\s+to|secondary\s+to|resulting\s+from)\s*:\s*$", ASSOCIATIONS),
    )
)
_PERCENT_ITEM = re.compile(r"\d\s*%")
_SHARE = re.compile(
    r"\s{0,3}\([^()]{0,200}%[^()]{0,200}\)|\s{0,3}[:,;]?\s{0,3}[~≈<>]?\s{0,3}(?<!\d)\d{1,4}"
    r"(?:\.\d{1,3})?(?:\s{0,3}[-–]\s{0,3}\d{1,4})?\s{0,3}%.*$"
)
# An entry that finishes its parent's sentence ("may show fat"), not a name.
_PREDICATE = re.compile(
    r"^(?:may|can|could|might|is|are|has|have|shows?|often|usually|typically|rarely)\b", re.I
)
# A comment after the member's name: "multiple FNH syndrome, in which liver lesions …".
# So is an apposition or an example: "exposure to radiation, the best-established risk
# factor", "neural compression, for example of the peroneal nerve".
_NAME_COMMENT = re.compile(
    r",\s*(?:in\s+which|which|where|whereby|who|whose|the|an?|e\.g\.|i\.e\.|"
    r"for\s+example|for\s+instance)\s",
    re.I,
)
# "carcinoid heart disease develops in up to half of those …": an entry that is a whole
# clause (a noun phrase, a finite verb and what follows) states a fact about something
# else; it names no member.
_CLAUSE_ENTRY = re.compile(
    r"^[A-Za-z][\w'’/-]{0,40}(?:\s[\w'’/-]{1,40}){0,5}?\s"
    r"(?:(?:may|can|often|usually|typically|commonly|also)\s)?"
    r"(?:is|are|was|were|has|have|develops?|occurs?|affects?|causes?|results?|leads?|"
    r"produces?|requires?|involves?|appears?|arises?|implies|imply|accounts?)\s"
    r"[\w'’/-]{1,40}(?:\s[^\s]{1,40}){3}",
    re.I,
)
# "multiple endocrine neoplasia type 2, due to RET mutations": the cause of the member.
# So is a qualifying comment, kept whole as the member's detail: "solid organ
# transplantation, as part of the spectrum of …", "immunodeficiency, especially …".
# "… or, in adults": a phrase set between commas just after "and"/"or" is an aside inside
# the entry, so the comma that closes it opens no comment.
_INSERTED_AFTER_CONJUNCTION = re.compile(r"\s(?:and|or)\s?,\s[^,]{1,40}$", re.I)
_CAUSE_COMMENT = re.compile(
    r",\s*(?:due\s+to|caused\s+by|secondary\s+to|as\s+part\s+of|typically|usually|"
    r"especially|particularly|mainly|chiefly|mostly|notably|classically|predominantly|"
    # ("hypopituitarism, most often affecting the A and B axes": the qualifier's "and"
    # joins no members)
    r"(?:most\s+)?(?:often|commonly|frequently))\s",
    re.I,
)
_BRACKETED = re.compile(r"\([^()]{0,200}\)")
# "splenic vein thrombosis, which can lead to gastric varices": what the member leads to.
_LEADS_TO = re.compile(
    r"^(?:(?:can|may|often|commonly|usually|sometimes|eventually|occasionally)\s+)?"
    r"(?:lead|leads|progress|progresses)\s+to\s+",
    re.I,
)
# "within 4 weeks of onset: …", "after 4 weeks: …": a time or a setting heads the entry, so
# what follows sorts by when or where, and the label names no class.
SETTING_LABEL = re.compile(
    r"^(?:within|after|before|during|at|in|on|from|under|over|beyond|up\s+to|less\s+than|"
    r"more\s+than)\s",
    re.I,
)
# A class is named in a few words ("type II", "classic FNH", "tall cell variant").
MAX_CLASS_WORDS = 6


# "…, after exclusion of other causes:", "once secondary causes are ruled out": a relation
# the intro sets aside names nothing its list holds.
_SET_ASIDE_RELATION = re.compile(
    r"\b(?:exclu(?:sion|ding|ded?)|rul(?:e|ed|ing)\s+out|other\s+than|apart\s+from|"
    r"without)\s(?:of\s)?(?:[\w-]{1,20}\s){0,3}?(?:causes?|a?etiolog\w{0,4}|risk\s+factors?|"
    r"complications?|associations?)\b"
    r"|\b(?:causes?|a?etiolog\w{0,4})\s(?:are|is|have\s+been|has\s+been|being)\s"
    r"(?:excluded|ruled\s+out)\b",
    re.I,
)


def _relation(intro: str) -> str:
    intro = _SET_ASIDE_RELATION.sub(" ", intro)
    for pattern, name in _RELATIONS:
        if pattern.search(intro):
            return name
    return ""


def _members(
    items: tuple[ListItem, ...], relation: str = "", parent: str = ""
) -> Iterator[tuple[ListItem, str]]:
    """The entries that name members, each with the name of the entry it is nested under
    ("" at the top). "hereditary syndromes" with nested entries is only the heading of its
    children, which are the members (as is "central nervous system" over the features of a
    presentation). An entry that names a member of its own ("renal artery injury" over
    "fibromuscular dysplasia; arterial dissection") is a member, and so is each of its
    children: a cause grouped under a kind of cause is a cause. The classes of a
    classification and routes of spread keep their children as their detail."""
    for item in items:
        name = split_label(item.text)[0].strip()
        if _is_category(item) or (
            relation == PRESENTATIONS and item.children and not split_label(item.text)[1]
        ):
            yield from _members(item.children, relation, name)
        elif relation not in _DETAILED_RELATIONS and _has_member_children(item):
            if not _GROUP_ADJECTIVE.match(item.text.strip()):
                yield ListItem(item.text), parent  # "chromosomal" alone names no member
            yield from _members(item.children, relation, name)
        else:
            yield item, parent


# Relations whose nested entries describe their parent: a class's subtypes and features
# ("type I" over "IA: …"), a route's course ("haematogenic" over "Batson venous plexus").
_DETAILED_RELATIONS = frozenset({TYPES, "routes of spread"})
# "chromosomal", "genitourinary", "metabolic" over their members: one adjective that sorts
# the entries below it and names nothing by itself.
_GROUP_ADJECTIVE = re.compile(r"^[a-z-]{3,30}(?:al|ic|ary|ous|ive)$", re.I)
# "obligatory criteria" over what a diagnosis requires: the entries are criteria, whatever
# relation word the intro holds.
_CRITERIA_PARENT = re.compile(r"\bcriteri(?:a|on)\s*:?$", re.I)


def _has_member_children(item: ListItem) -> bool:
    """Whether an entry's nested entries name things ("fibromuscular dysplasia"), not finish
    its sentence ("may show fat") nor state clauses of their own."""
    if _CRITERIA_PARENT.search(split_label(item.text)[0]):
        return False
    return bool(item.children) and not any(
        _PREDICATE.match(child.text) or _CLAUSE_ENTRY.match(_ASIDE.sub("", child.text))
        for child in item.children
    )


# Singular nouns that end in "s": "in situ thrombosis", "abscess", "fungus" head no group.
_SINGULAR_S = re.compile(r"(?:sis|ss|us|xis)$", re.I)


def _is_category(item: ListItem) -> bool:
    """ "hereditary syndromes" over names, not "clear cell (75%)" over "may show fat", nor
    "in situ thrombosis" (one cause) over its own causes."""
    name, detail = split_label(item.text)
    stem = name.rstrip(" )")
    return (
        bool(item.children)
        and not detail
        and not re.search(r"\d", name)
        and stem.endswith("s")
        and not _SINGULAR_S.search(stem)
        and not any(_PREDICATE.match(child.text) for child in item.children)
    )


# "Presenting symptoms include:", "Patients present with:": a list of how it presents.
_PRESENTING_INTRO = re.compile(
    r"\bsymptoms?\b|\bpresenting\b|\bpresentations?\b|\bpresents?\s+with\b|\bcomplain",
    re.I,
)
# "Other features:", "Clinical signs include:" say so only under a clinical heading, and
# not of imaging ("CT features:").
_FEATURES_INTRO = re.compile(r"\b(?:features|signs|findings|manifestations)\b", re.I)
_CLINICAL_HEADING = re.compile(r"\bclinical|\bpresentation|\bsymptom", re.I)
_IMAGING_WORD = re.compile(
    r"\b(?:CT|MRI?|US|ultrasound|radiograph\w*|imaging|sonograph\w*|scintigraph\w*|PET|"
    r"angiograph\w*|T1|T2|DWI|Doppler|mammograph\w*|fluoroscop\w*)\b",
    re.I,
)


# "… combine these features into formal diagnostic criteria:": the list's own noun, last
# before the colon, says its entries are criteria (or a score's items), whatever features
# the intro names before it.
_CRITERIA_LIST = re.compile(r"\b(?:criteri(?:a|on)|scores?|points?)\s*:\s*$", re.I)


# "Children usually show:", "Affected adults typically have:": what a group of people shows,
# a presentation under a clinical heading (the verb alone says nothing under "Pathology").
_PEOPLE_SHOW = re.compile(
    r"^(?:(?:most|many|some|affected|symptomatic|older|younger|young)\s+)?(?:patients|"
    r"children|infants|neonates|newborns|adults|adolescents|women|men|girls|boys|individuals|"
    r"people)\s+(?:\w+ly\s+)?(?:show|have|exhibit|display|develop|experience|manifest)\s*:\s*$",
    re.I,
)


def _presenting_list(unit: ListUnit) -> bool:
    intro = unit.intro
    if not intro or _IMAGING_WORD.search(intro) or _CRITERIA_LIST.search(intro):
        return False
    if _PRESENTING_INTRO.search(intro):
        return True
    last = re.split(r"(?<=[.!?])\s+", intro.strip())[-1]
    if _PEOPLE_SHOW.match(last) and _CLINICAL_HEADING.search(unit.section.path):
        return True
    return bool(_FEATURES_INTRO.search(intro) and _CLINICAL_HEADING.search(unit.section.path))


# "may also be due to:", "can also be caused by:": what else gives the finding, a
# differential, not what the subject arises with.
_CAUSED_BY = re.compile(r"\b(?:caused\s+by|due\s+to|secondary\s+to|resulting\s+from)\s*:\s*$", re.I)
_OTHER_CAUSES = re.compile(
    r"\b(?:also|mimic\w*|otherwise)\s+(?:be\s+)?(?:caused\s+by|due\s+to|secondary\s+to|"
    r"resulting\s+from)\s*:\s*$",
    re.I,
)
_DIFFERENTIAL_HEADING = re.compile(r"\bdifferential|\bmimics?\b", re.I)


# "nidus size: small = 1, large = 3": an entry that gives points to its values is a
# score's item, no member of a relation (nor a class).
_POINTS_ENTRY = re.compile(r"\S\s{0,3}=\s{0,3}\d{1,2}\b")


def _list_relation(unit: ListUnit) -> str:
    """The relation a list holds: named by the sentence that introduces it ("Risk factors
    include:"), or, for a list straight under its heading, by the heading ("Staging"); a
    list of how the condition presents by its intro ("Presenting symptoms include:")."""
    points = bool(unit.block.items) and all(_POINTS_ENTRY.search(i.text) for i in unit.block.items)
    if points or (unit.intro and not unit.intro.rstrip().endswith(":")):
        return ""
    # "Others include:" under "Risk factors": the heading names what the intro does not
    relation = _relation(unit.intro) or (
        # "Presenting symptoms include:" under "Aetiology": the intro says what the list is
        PRESENTATIONS
        if _PRESENTING_INTRO.search(unit.intro) and _presenting_list(unit)
        else _relation(unit.section.heading)
    )
    if relation != TYPES and not _relation(unit.intro) and classing_criterion(unit.intro):
        relation = TYPES  # "Cysts are described according to their location:"
    if _OTHER_CAUSES.search(unit.intro) or (
        _CAUSED_BY.search(unit.intro) and _DIFFERENTIAL_HEADING.search(unit.section.path)
    ):
        return ""  # "An intracavitary mass may also be caused by:": the differential's list
    if (relation == TYPES and _DIAGNOSIS_REQUIRES.search(unit.intro)) or (
        _CRITERIA_REQUIRE.search(unit.intro)
    ):
        return DIAGNOSTIC_CRITERIA  # "(by the X classification) the diagnosis requires:"
    if relation == ASSOCIATIONS and _CAUSED_OWNER.match(unit.intro.strip()):
        return CAUSES  # "Primary hyperparathyroidism is caused by:": that thing's causes
    path = unit.section.path
    if (
        relation == ASSOCIATIONS
        and _IMAGED_FINDINGS.search(unit.intro)
        and (_IMAGING_WORD.search(path) or _IMAGING_HEADING.search(path))
    ):
        return ""  # "Associated findings include:" under "CT": what the images show
    return relation or (PRESENTATIONS if _presenting_list(unit) else "")


# "Associated findings include:", "Ancillary associated features:": findings that go with
# the lesion on its images when the list stands in an imaging section.
_IMAGED_FINDINGS = re.compile(
    r"\bassociated\s(?:[a-z-]{3,20}\s)?(?:findings|features|signs|appearances)\b", re.I
)
_IMAGING_HEADING = re.compile(r"\bradiographic|\bradiolog", re.I)


# "According to the revised X classification, the diagnosis requires two of the following":
# the entries are what the diagnosis needs, not classes of the disease.
_DIAGNOSIS_REQUIRES = re.compile(
    r"\bdiagnos[ie]s\s(?:\w+\s){0,3}?(?:requires?|needs?|is\s+made\s+(?:on|with|by))\b", re.I
)
DIAGNOSTIC_CRITERIA = "diagnostic criteria"
# "The X criteria (2003), endorsed by …, require two of the following three features:": what
# the criteria require, whatever other relation word the intro holds ("criteria for
# surgery" are no diagnosis's).
_CRITERIA_REQUIRE = re.compile(
    r"\bcriteria\b(?!\s+for\s+(?!(?:the\s+|a\s+)?diagnos))[^:;.]{0,120}?"
    r"\b(?:requires?|needs?)\s(?:(?:at\s+least|any|all)\s)?"
    r"(?:\w{1,10}\s(?:\(\w{1,10}\)\s)?)?(?:of\s+)?(?:the\s+)?following\b",
    re.I,
)


_OWNED_RELATIONS = frozenset({CAUSES, RISK_FACTORS, COMPLICATIONS})
# "Other causes of coeliac trunk narrowing should be considered:", "Complications of
# surgery include:": the list's members are of what its intro names after "of".
_RELATION_OF = re.compile(
    # ("Risk factors for primary duct stones include:": "for" names it as "of" does)
    r"\b(?:causes?|risk\s+factors?\s+for|risk\s+factors?|complications?|"
    r"(?<=increase\sthe\s)risk|"
    r"(?<=increases\sthe\s)risk)(?:(?<=\sfor)|\s+of)\s+(?P<of>[^,:;()]{3,60}?)"
    # ("Other causes of X to consider include:": what to do with them is no part of X)
    r"(?:\s(?:to|that\s(?:should|must|may)|which\s(?:should|must|may))\s(?:be\s)?"
    r"(?:consider(?:ed)?|exclude[d]?|remember(?:ed)?|bear\sin\smind|kept\sin\smind))?"
    r"\s*(?:include|includes|are|should|must|may|:|$)",
    re.I,
)
# "complications of the disease itself", "causes of this condition": the article's own
_VAGUE_OF = re.compile(
    r"^(?:this|these|the|its|their|such)\s(?:condition|disease|disorder|entity|lesion|"
    r"tumou?r|process|syndrome)s?(?:\s(?:itself|themselves))?$",
    re.I,
)


# "an identical pattern", "a similar picture": what the text likens to the subject it is
# about, named by no word of its own
_LIKENED_OWNER = re.compile(
    r"^(?:(?:an?|the)\s)?(?:identical|similar|same|comparable|indistinguishable)\s"
    r"(?:[\w-]{1,30}\s)?(?:pattern|picture|appearance|condition|disease|disorder|syndrome|"
    r"process|entity|lesion|finding|findings|changes)$",
    re.I,
)


# "Malrotation (and therefore the risk of volvulus) is associated with:": the list's members
# go with the intro's subject, which may be another condition than the article's.
_ASSOCIATED_OWNER = re.compile(
    r"^(?P<owner>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are)\b)[\w'’/-]{1,40}){0,5}?)"
    r"(?:\s\([^()]{0,80}\))?\s(?:is|are)\s(?:(?:also|strongly|commonly|often|frequently)\s)?"
    r"associated\swith\s{0,2}:$",
    re.I,
)
# "Primary hyperparathyroidism is caused by:", "It is usually due to:": the intro's subject
# is what the listed causes bring on.
_CAUSED_OWNER = re.compile(
    r"^(?P<owner>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are)\b)[\w'’/-]{1,40}){0,5}?)"
    r"(?:\s\([^()]{0,80}\))?\s(?:is|are)\s(?:(?:most\s)?(?:commonly|usually|often|typically|"
    r"mainly|mostly|generally)\s)?(?:caused\sby|due\sto|secondary\sto)\s{0,2}:$",
    re.I,
)
# A share of the cases, not another condition: "Most cases", "The remaining third", "About
# two-thirds", "The rest", "10%" are caused by: the title's own causes.
_SHARE_OWNER = re.compile(
    r"^(?:the\s|a\s)?(?:(?:remaining|other)\s)?(?:(?:about|approximately|around|nearly|roughly)\s)?"
    r"(?:most|many|some|all|few|majority|minority|remainder|rest|others?|half|third|thirds|"
    r"quarter|quarters|(?:one|two)[\s-]thirds?|(?:one|three)[\s-]quarters?|\d{1,3}\s?%)"
    r"(?=\s|$)|\b(?:cases|patients)$",
    re.I,
)
_PRONOUN_OWNER = re.compile(r"^(?:it|they|this|these|those|both|all|each)$", re.I)


# "A parapneumonic effusion evolves through three stages:": the intro's subject passes
# through the stages, whatever the verb a closed list of verbs would not know.
_STAGED_SUBJECT = re.compile(
    r"^(?P<np>(?:an?\s|the\s)?(?:[\w'’-]{2,30}\s){0,3}[\w'’-]{3,30})\s"
    r"(?:(?:typically|usually|classically|often|may|can)\s)?"
    r"(?:evolves?|progresse?s?|pass(?:es)?|goes|go|moves?|develops?)\s(?:through|in)\s",
    re.I,
)


# "Several histological variants are recognised:", "Three types exist:": the classes' own
# noun (or a count of them) opens the intro, no condition that owns them.
_CLASS_NOUN_OWNER = re.compile(
    r"^(?:several|various|many|some|two|three|four|five|six|recogni[sz]ed|main|other)\b"
    r"|\b(?:variants?|types?|subtypes?|forms?|stages?|grades?|categories|patterns?|classes)$",
    re.I,
)


# "the Nabors classification of spinal meningeal cysts": what a named scheme classes.
_SCHEME_OF = re.compile(
    r"\b(?:classification|system|scheme|grading|staging|criteria)\sof\s(?:the\s)?"
    r"(?P<of>[a-z][\w'-]{2,30}(?:\s[a-z][\w'-]{1,30}){0,4}?)\s?(?:[,:(]|$)",
    re.I,
)


def classed_owner(intro: str, article: Article) -> str:
    """What a list of types or stages is of, when its intro's subject is a condition other
    than the article's ("A parapneumonic effusion evolves through three stages:" in the
    empyema article); "" when it is the article's own or names no condition."""
    intro = intro.strip()
    staged = _STAGED_SUBJECT.match(intro)
    said = staged["np"] if staged else leading_subject(intro)
    if subject_names_nothing(said):
        # "Under the Nabors classification of spinal meningeal cysts:": what the scheme
        # classes, named after its "of", or the article's own
        schemed = _SCHEME_OF.search(intro)
        said = schemed["of"] if schemed else ""
    owner = re.sub(r"^(?:the|an?)\s+", "", said, flags=re.I).strip()
    if len(owner.split()) < 2 or not is_condition_name(owner) or _VAGUE_OF.match(said):
        return ""  # "The tumours are divided into …": the article's own, in other words
    titles = (article.title, *article.synonyms)
    title_words = {w.lower().rstrip("s") for t in titles for w in t.split()}
    if (
        _CLASS_NOUN_OWNER.search(owner)
        or any(same_name(owner, t) or same_phrase(owner, t) for t in titles)
        or {w.lower().rstrip("s") for w in owner.split()} <= title_words
        # "Partial-thickness tears are graded …" on the rotator cuff tear page: the title's
        # own kind, which its cards name by the title
        or bool(singular_forms(owner.split()[-1].lower()) & _title_heads(titles))
    ):
        return ""
    return owner


def _list_owner(unit: ListUnit, relation: str, article: Article) -> str:
    """Whose causes, risk factors or complications a list holds: what its intro names after
    "of" (or, for associations, the intro's subject; for types, ``classed_owner``) when that
    is not the article's subject, else the title."""
    if relation == TYPES:
        return classed_owner(unit.intro, article) or article.title
    of = _RELATION_OF.search(unit.intro) if relation in _OWNED_RELATIONS else None
    if of is None and relation == CAUSES:
        of = _CAUSED_OWNER.match(unit.intro.strip())
        named = of["owner"].strip() if of else ""
        if _PRONOUN_OWNER.match(named) or _VAGUE_OF.match(named) or _SHARE_OWNER.search(named):
            return article.title  # "Most cases are caused by:": the title's own
    if of is None and relation == ASSOCIATIONS:
        of = _ASSOCIATED_OWNER.match(unit.intro.strip())
        named = of["owner"].strip() if of else ""
        if _PRONOUN_OWNER.match(named) or _VAGUE_OF.match(named):
            return article.title
    if of is None:
        return article.title
    return _named_owner(of.group(1).strip(), unit, article)


_DEMONSTRATIVE_OWNER = re.compile(r"^(?:this|these|that|those)\s", re.I)
# "this complication", "this finding": something the condition leads to or shows, whose
# causes are not the condition's.
_OTHER_EVENT = re.compile(
    r"\b(?:complications?|findings?|signs?|appearances?|patterns?|features?|sequelae|"
    r"presentations?|symptoms?|outcomes?|events?)$",
    re.I,
)


def _named_owner(said: str, unit: ListUnit, article: Article) -> str:
    """The owner a list's intro names ("causes of X"): X, or the title when X names it."""
    owner = re.sub(r"^(?:the|an?)\s+", "", said, flags=re.I)
    if (
        _DEMONSTRATIVE_OWNER.match(said)
        and not is_condition_name(said)
        and not _OTHER_EVENT.search(said)
    ):
        # "Causes of this check-valve include:": the mechanism the paragraph gave the
        # page's condition, named again; a demonstrative condition ("this complication")
        # is another's, which the list cannot tell
        return article.title
    if _LIKENED_OWNER.match(said):
        # "Recognised causes of an identical pattern include:" under "Secondary organising
        # pneumonia": the pattern the section is about, named by its heading
        heading = unit.section.heading.strip()
        return heading if _names_title_kind(heading, article.title) else article.title
    titles = (article.title, *article.synonyms)
    # ("The ulcer is associated with:" on a kind of ulcer: the title's own, named short)
    if (
        _VAGUE_OF.match(said)
        or any(same_name(owner, t) for t in titles)
        or _names_title_head(said, titles)
    ):
        return article.title
    return owner


def _names_title_kind(heading: str, title: str) -> bool:
    """Whether a section heading names a kind of the title's condition ("Secondary
    organising pneumonia" on the cryptogenic organising pneumonia page): it ends on the
    title's head noun, after a word of its own."""
    words, title_words = heading.lower().split(), title.lower().split()
    return (
        len(words) >= 2
        and bool(title_words)
        and bool(singular_forms(words[-1]) & singular_forms(title_words[-1]))
    )


def _title_heads(titles: tuple[str, ...]) -> set[str]:
    """The singular and plural forms of each title's head noun (its last word)."""
    return {form for t in titles if t.split() for form in singular_forms(t.split()[-1].lower())}


def _names_title_head(said: str, titles: tuple[str, ...]) -> bool:
    """Whether a definite noun of one word is the head noun of a title ("the ulcer" on
    "penetrating atherosclerotic ulcer"): the title named short, as a reader takes it."""
    words = said.split()
    if len(words) != 2 or words[0].lower() not in {"the", "this"}:
        return False
    return bool(singular_forms(words[1].lower()) & _title_heads(titles))


def _named_relation(
    unit: ListUnit, held: tuple[str, str], names: list[str], article: Article
) -> tuple[str, str]:
    """The (relation, owner) a list's entry names make of it: "fulminant: …; acute: …" are
    forms of the course; "group I: …", "group II: …" a scheme's classes, never members of the
    complications or the spread the intro names."""
    owner, relation = held
    if relation == PRESENTATIONS and names_courses(names):
        return TYPES, owner
    if relation not in {TYPES, DIAGNOSTIC_CRITERIA} and names_labelled_classes(names):
        return TYPES, _list_owner(unit, TYPES, article)
    return relation, owner


def extract_associations(article: Article) -> Iterator[Fact]:
    """One fact per member of a causes / spread / risk-factor / association / class list."""
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        relation = _list_relation(unit)
        if not relation:
            continue
        owner = _list_owner(unit, relation, article)
        nested = list(_members(unit.block.items, relation))
        members = [item for item, _ in nested]
        # Only HTML marks where a nested list ends: a markdown dump's or a text page's
        # reconstructed nesting may put a later sibling under the group before it.
        explicit = article.provenance.input_format is InputFormat.HTML
        parents = [parent if explicit else "" for _, parent in nested]
        labels = [split_label(item.text) for item in members]
        relation, owner = _named_relation(
            unit, (owner, relation), [name for name, _ in labels], article
        )
        relation, owner = event_risks(relation, owner, article.title)
        # a table's grouping column ("Location: L1; terminal ileum") names no class
        rows = grouped_rows(labels) if relation == TYPES else labels
        for item, parent, row in zip(members, parents, rows or [], strict=False):
            name, detail = row
            if not detail:
                name, detail = _name_and_comment(name)
            # "chromosomal anomalies, particularly trisomy 21 and trisomy 18": the kinds the
            # emphasis names are the owner's members too, no features of the category
            emphasised = emphasised_examples(name) if relation != TYPES and not detail else []
            # (a comma inside brackets is the bracket's: "cirrhosis (X, typically Y)")
            cause = _CAUSE_COMMENT.search(_BRACKETED.sub(lambda m: "_" * len(m[0]), name))
            if cause and not detail and relation != TYPES:
                name, detail = name[: cause.start()], name[cause.start() :].strip(" ,")
            examples = _category_examples(name) if relation != TYPES else []
            if examples or (relation != TYPES and _CLAUSE_ENTRY.match(_ASIDE.sub("", name))):
                # a clause names no member; a category's examples are its members
                yield from _example_facts(
                    article, unit, item, (owner, relation), examples, parent=parent
                )
                continue
            if relation == TYPES:
                # "classic FNH (~80%): …": the class is named before its share
                name = _SHARE.sub("", name).strip()
            # (what a class's comment says of the class: "iatrogenic form: transmitted by …")
            if not emphasised:
                yield from _member_relations(
                    article, unit, item, name.strip(), detail, relation=relation, owner=owner
                )
            if relation == TYPES:
                # "short-segment disease, confined to the rectum: 75%": a name and its gloss
                name, detail = glossed_class(name, detail)
                if not name or len(name.split()) > MAX_CLASS_WORDS or SETTING_LABEL.match(name):
                    continue
            elif _PERCENT_ITEM.search(name):
                # "smoking 30%": a share, for the frequency extractor; a share in the detail
                # ("… syndrome: a WT1 mutation; risk up to 90%") leaves the name a member
                continue
            extra = "; ".join(child.text for child in item.children)
            detail = f"{detail} ({extra})" if detail and extra else detail or extra
            if relation == TYPES:
                yield from _subclasses(article, unit, item, name.strip())
            yield from _list_facts(
                article, unit, item, (owner, relation), (name, detail), parent=parent
            )
            yield from _example_facts(
                article, unit, item, (owner, relation), emphasised, parent=parent
            )


# "systemic causes of osteonecrosis, such as A, B and C": a plural category, then its
# examples after a comma.
_CATEGORY_EXAMPLES = re.compile(
    # ("drugs such as A and B": "such as" needs no comma)
    r"^(?P<category>[A-Za-z][^,;:()]{2,60}?)(?:,\s(?:such\sas|e\.g\.|including|for\sexample)"
    r"|\ssuch\sas)\s"
    r"(?P<examples>[^;:()]{3,200})$",
    re.I,
)
_PLURAL_CATEGORY = re.compile(r"[a-z]{2}(?:ies|[^s]s)$")
_PREPOSITION_LED = re.compile(r"^(?:after|before|during|following|from|in|at|on|with)\s", re.I)
_PREPOSITION_INSIDE = re.compile(r"\s(?:from|after|via|through|by|to|into)\s", re.I)
# Where a category's head noun ends: "medications that reduce bowel motility".
_HEAD_ENDS = re.compile(r"\s(?:of|that|which|who|with|in)\s", re.I)
_VAGUE_CATEGORY = re.compile(
    r"\b(?:causes|factors|conditions|disorders|diseases|reasons|associations)\b", re.I
)


# "fusion with the second rib": an example that describes (a noun and its phrase), no name
_DESCRIBED = re.compile(r"\s(?:with|of|from|after|via|through|by|to|into|in|between)\s", re.I)


def _kind_of(said: str, members: list[str], head: str) -> bool:
    """Whether the one example (``said``, read as ``members``) is a kind of the category: it
    ends on the category's own head noun ("post-surgical strictures" of "benign biliary
    strictures") or describes one."""
    if not members or _DESCRIBED.search(said):
        return True
    example, category = members[0].split(), head.split()
    if not example or not category:
        return False
    return bool(singular_forms(example[-1].lower()) & singular_forms(category[-1].lower()))


def _category_examples(name: str) -> list[str]:
    """ "systemic causes of osteonecrosis, such as A, B and C", "autoimmune disease,
    including A, B and C": the examples are members, and the category too unless it only
    says "causes" again; one example alone is a kind of it, no member; [] for
    an entry without examples."""
    examples = _CATEGORY_EXAMPLES.match(name.strip())
    if examples is None:
        return []
    category = examples["category"].strip()
    named = [] if _VAGUE_CATEGORY.search(category) else [category]
    head = _HEAD_ENDS.split(category, maxsplit=1)[0]
    members = split_noun_phrases(examples["examples"])
    singular = not _PLURAL_CATEGORY.search(head) or _SINGULAR_S.search(head)
    if (
        _PREPOSITION_LED.match(examples["examples"])
        or (
            len(members) < 2
            and (singular or (bool(named) and _kind_of(examples["examples"], members, head)))
        )
        or (singular and _PREPOSITION_INSIDE.search(category))
    ):
        # "Staphylococcus aureus, including MRSA", "benign strictures, including post-surgical
        # strictures", "rib anomalies, including fusion with the next rib": one example is a
        # kind of the category, no member of its own ("drugs, including danazol" names one);
        # "direct extension from an adjacent infection, such as A or B": examples of the
        # infection the route starts from; "…, including after A or B": settings
        return named
    return [*named, *members]


def _example_facts(
    article: Article,
    unit: ListUnit,
    item: ListItem,
    relation: tuple[str, str],
    members: list[str],
    *,
    parent: str,
) -> Iterator[Fact]:
    """One fact per member named apart from its list entry (``relation``: owner, group)."""
    for member in members:
        yield from _list_facts(article, unit, item, relation, (member, ""), parent=parent)


def _name_and_comment(name: str) -> tuple[str, str]:
    """ "multiple FNH syndrome, in which …": the member's name, then the comment on it."""
    comment = _NAME_COMMENT.search(name)
    if comment is None or _INSERTED_AFTER_CONJUNCTION.search(name[: comment.start()]):
        return name, ""  # "A or, in adults, an elevated B": one entry, no comment
    return name[: comment.start()], name[comment.end() :]


def _list_facts(
    article: Article,
    unit: ListUnit,
    item: ListItem,
    relation: tuple[str, str],
    label: tuple[str, str],
    *,
    parent: str = "",
) -> Iterator[Fact]:
    """One fact per member a list entry names (``relation`` is its owner and group;
    ``parent`` the entry it is nested under, kept as the fact's ``attribute``)."""
    owner, group = relation
    name, detail = label
    # "factor V Leiden mutation and prothrombin G20210A mutation": two members
    for said in [name.strip()] if group == TYPES else entry_members(name.strip()):
        member = member_repaired(said, group)
        if not member:
            continue  # "CT", "found", "four classes": a shape that names no member
        yield make_fact(
            FactKind.ASSOCIATION,
            article,
            unit.section,
            item.text,
            # the article's own relations keyed as prose keys them (one fact for both)
            # (a class list keyed as the classification extractor keys it: one fact for both)
            key=(
                (group, member)
                if owner == article.title or group == TYPES
                else (owner, group, member)
            ),
            subject=owner,
            group=group,
            item=member,
            value=detail.strip(),
            attribute=parent,
            statement=unit.intro,
        )


# "type I" over "IA: …", "IB: …"; "grade 3" over "3a: …": a class whose entries divide it.
_PARENT_CLASS = re.compile(
    r"^(?P<word>grade|type|stage|class|category|group|level|tier)\s"
    r"(?P<code>[0-9]{1,2}|[IVX]{1,5}|[A-E])$",
    re.I,
)
# What a subclass adds to its parent's code: a letter or digit, perhaps after "-" or ".",
# or a letter and a digit ("stage III" over "IIIC1: …").
_SUBCODE = re.compile(r"^[-.]?(?:[A-Da-d][1-9]?|[1-9][A-Da-d]?)$")
# A phase's or form's name: lower-case words, perhaps a note in brackets ("conventional
# (high-grade)"), no code and no technique ("T1:", "CT:").
_SUBCLASS_NAME = re.compile(
    r"^[a-z][a-z-]{2,30}(?:\s[a-z][a-z-]{1,30}){0,3}(?:\s\([^()]{1,30}\))?$"
)
_SHARE_ONLY = re.compile(r"%|\b(?:of|in)\s(?:all\s)?(?:cases|patients|tumou?rs)\b", re.I)
# Labels that head a field of an entry, not a subclass ("imaging: …", "treatment: …").
_FIELD_LABEL = re.compile(
    r"^(?:imaging|appearances?|features?|treatment|management|prognosis|location|sites?|"
    r"signal|enhancement|histology|clinical|presentation|age|causes?|frequency|prevalence|"
    r"incidence|note|example|examples)$",
    re.I,
)


def _named_subclasses(
    article: Article, unit: ListUnit, item: ListItem, name: str
) -> Iterator[Fact]:
    """ "calcific stage" over "formative phase: …", "resting phase: …": a class entry with
    no definition of its own that heads two or more named entries, each with its own
    definition, is divided into them: classes of "<title> (calcific stage)"."""
    if split_label(item.text)[1] or len(item.children) < 2:
        return
    # a bare name ("small cell") among named entries with definitions is a subclass too
    labels = [split_label(child.text) for child in item.children]
    if not any(detail for _, detail in labels) or not all(
        _SUBCLASS_NAME.match(label.strip()) and not _FIELD_LABEL.match(label.strip())
        for label, _ in labels
    ):
        return
    if any(sequences_in(label) for label, _ in labels):
        return
    # "surface (juxtacortical)": the parent's own note stays out of the subject's brackets
    parent = re.sub(r"\s*\([^()]*\)", "", name).strip() or name
    for child, (label, detail) in zip(item.children, labels, strict=True):
        yield make_fact(
            FactKind.ASSOCIATION,
            article,
            unit.section,
            child.text,
            key=(TYPES, name, label.strip()),
            subject=f"{article.title} ({parent})",
            group=TYPES,
            item=label.strip(),
            # "about three quarters of all cases" says how common, not what the class is
            value="" if _SHARE_ONLY.search(detail) else detail.strip(),
            statement=unit.intro,
        )


def _subclasses(article: Article, unit: ListUnit, item: ListItem, name: str) -> Iterator[Fact]:
    """The subclasses listed under a class entry, each labelled with the class's code and
    one more letter or digit ("type IV" → "IVA: both intrahepatic and extrahepatic cysts"):
    classes of "<title> type IV", so a card asks which subtype is which; or named under an
    entry that is only their heading (``_named_subclasses``)."""
    parent = _PARENT_CLASS.match(name)
    if parent is None:
        yield from _named_subclasses(article, unit, item, name)
        return
    code = parent["code"].upper()
    for child in item.children:
        label, detail = split_label(child.text)
        label = label.strip()
        # "grade 3A" or "3A" under "grade 3": the code the subclass extends
        own = re.sub(rf"^{parent['word']}\s", "", label, flags=re.I)
        if not detail or not own.upper().startswith(code) or not _SUBCODE.match(own[len(code) :]):
            continue
        yield make_fact(
            FactKind.ASSOCIATION,
            article,
            unit.section,
            child.text,
            key=(TYPES, name, label),
            subject=f"{article.title} {name}",
            group=TYPES,
            item=label,
            value=detail.strip(),
            statement=unit.intro,
        )


_ASIDE = re.compile(r"\s?\((?P<aside>[^()]{2,160})\)")
_TWO_MEMBERS = re.compile(r"\s(?:and|or|and/or)\s|,\s", re.I)
_EXAMPLES_ASIDE = re.compile(
    r"^\s{0,3}(?:e\.\s?g\.?|eg\b|for\s+(?:example|instance)|such\s+as|including|like)", re.I
)


# A cue inside an entry's comment that says what the entry itself is associated with,
# caused by or leads to ("uric acid: about 5%, associated with gout and acidic urine";
# "iatrogenic form: rare, transmitted by grafts and instruments"; "…, which may result in
# fistulas"), and the relation it names.
_COMMENT_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), group)
    for pattern, group in (
        (
            r"(?:^|[,;:]\s|\s)(?:(?:is|are|strongly|closely|often|usually|typically|"
            r"classically|frequently|commonly|mainly|chiefly)\s){0,2}"
            r"(?:associated\s+with|linked\s+to)\s",
            ASSOCIATIONS,
        ),
        (
            r"(?:^|[,;:]\s)(?:(?:most|more|often|usually|typically|commonly|mostly|mainly|"
            r"chiefly|classically|frequently)\s){0,2}"
            r"(?:due\s+to|caused\s+by|transmitted\s+by|secondary\s+to|resulting\s+from)\s",
            CAUSES,
        ),
        (
            r"(?:^|[,;:]\s)(?:which|that)\s(?:(?:may|can|often|usually|commonly|sometimes|"
            r"eventually|occasionally)\s){0,2}(?:lead|leads|result|results)\s(?:to|in)\s",
            COMPLICATIONS,
        ),
        # "…, with the classic triad of A, B and C": what the form presents with
        (
            r"(?:^|[,;:]\s|\s)with\s(?:the\s|a\s)?(?:classic(?:al)?\s|characteristic\s)?"
            r"(?:triad|tetrad|pentad)\sof\s",
            ASSOCIATIONS,
        ),
    )
)
# The clause a cue opens ends at a semicolon, a full stop or a new clause's comma.
_CUED_RUN_END = re.compile(
    r";|\.\s|\.$|,\s(?:which|where|whereas|while|but|with|peak|mean|median|"
    r"and\s(?:is|are|has|have|may|can|carr))\b"
)
# "not associated with", "rarely due to": a cue the comment denies
_NOT_CUED = re.compile(r"\b(?:not|never|no|without|rarely|unlike)\W+(?:\w+\W+){0,2}$", re.I)
# A syndrome's entry listing its features ("X syndrome: A, B and C with D"): the features
# are the syndrome's, which the entry names last.
_SYNDROME_NAME = re.compile(r"\b(?:syndrome|disease|complex|sequence)$", re.I)
_FEATURE_RUN = re.compile(r"^[^:;()%\d]{3,200}$")
_WITH_FEATURES = re.compile(r",\swith\s(?P<run>[^;:]{3,200})$", re.I)


# A name that can own what its comment says: a few words, no code of a class or stage
# ("type II", "grade 3"), no technique ("T2", "CT") and no field ("imaging", "treatment").
_CODE_NAME = re.compile(
    r"(?:^|\s)(?:(?:grade|type|stage|class|category|group|level|tier|phase)\s)?[0-9IVX]{1,5}"
    r"[a-dA-D]?$"
    r"|^(?:grade|type|stage|class|category|group|level|tier|phase)\s",
    re.I,
)


def _ownable(name: str) -> bool:
    """Whether an entry's name can be the subject of what its comment says of it."""
    bare = _ASIDE.sub("", name).strip(" ,:")
    # "ILAE type 3", "Bosniak category 2": a scheme's class; "neurofibromatosis type 1" is
    # a condition's name
    coded = _CODED_CLASS.search(bare)
    if coded and not is_condition_name(bare[: coded.start()]):
        return False
    # "primary: …", "diffuse: …": a lone adjective names a form of something else
    lone = len(bare.split()) == 1 and bare.islower() and not is_condition_name(bare)
    return (
        bool(bare)
        and not lone
        and len(bare.split()) <= 8
        and bare[0].isalpha()
        and not _CODE_NAME.match(bare)
        and not _FIELD_LABEL.match(bare)
        and not SETTING_LABEL.match(bare)
        and not _PREDICATE.match(bare)
        and not sequences_in(bare)
    )


_CODED_CLASS = re.compile(
    r"\s(?:grade|type|stage|class|category|group|level|tier|phase)\s[0-9IVX]{1,5}[a-dA-D]?$",
    re.I,
)
# "autoimmune disease, e.g. A, B and C": examples of the entry, no features of it
_EXAMPLES_AFTER_NAME = re.compile(
    r"^[^:;]{0,120}?,\s{0,2}(?:e\.\s?g\.|eg\b|such\s+as|including|for\s+(?:example|instance))",
    re.I,
)


def _comment_members(comment: str) -> list[tuple[str, str]]:
    """The (relation, member) pairs a comment's cues name for the entry it comments on."""
    found: list[tuple[str, str]] = []
    masked = _BRACKETED.sub(lambda m: "_" * len(m[0]), comment)
    for cue, group in _COMMENT_CUES:
        for match in cue.finditer(masked):
            if _NOT_CUED.search(comment[: match.start() + 1]):
                continue
            end = _CUED_RUN_END.search(masked, match.end())
            run = comment[match.end() : end.start() if end else len(comment)]
            members = split_noun_phrases(run)
            if _shared_complement(members):
                continue
            # ("associated with H. pylori": a genus's initial cut at its full stop is no member)
            found += [(group, member) for member in members if len(member) > 1]
    return found


def _shared_complement(members: list[str]) -> bool:
    """ "reduced number or function of macrophages": two nouns share the "of" phrase the
    second holds, so the first alone ("reduced number") names nothing."""
    return (
        len(members) == 2
        and " of " in members[1]
        and " of " not in members[0]
        and len(members[0].split()) <= 2
        and not is_condition_name(members[0])
    )


def _syndrome_features(name: str, comment: str) -> list[tuple[str, str]]:
    """ "Naxos disease: a JUP mutation, with woolly hair and keratoderma": a syndrome's
    entry names its features, after "with" or as a bare list of names."""
    if not _SYNDROME_NAME.search(name.strip()):
        return []
    with_run = _WITH_FEATURES.search(comment)
    if with_run:
        return [(ASSOCIATIONS, m) for m in split_noun_phrases(with_run["run"])]
    if not _FEATURE_RUN.match(comment):
        return []
    members = split_noun_phrases(comment)
    return [(ASSOCIATIONS, m) for m in members] if len(members) >= 3 else []


# A list member that names a category of causes or findings, not one thing: "genetic
# factors", "chromosomal anomalies", "metabolic disorders".
_RELATION_CATEGORY = re.compile(
    r"^(?:[a-z-]+\s){1,2}(?:factors|anomalies|abnormalities|conditions|disorders|diseases|"
    r"syndromes|mutations|infections|causes|drugs|medications)$",
    re.I,
)


def _member_relations(
    article: Article,
    unit: ListUnit,
    item: ListItem,
    name: str,
    comment: str,
    *,
    relation: str = "",
    owner: str = "",
) -> Iterator[Fact]:
    """What a member's comment says of the member itself: its genetic cause ("…, due to RET
    mutations") and what it leads to ("…, which can lead to gastric varices"). A member that
    only names a category of the list's relation ("chromosomal anomalies: trisomy 21 and
    22q11 deletion") has no genetics of its own: what its comment names is the owner's."""
    if relation == TYPES and not _ownable(name):
        return
    found = [(GENETICS, gene) for gene in genetic_features(comment)]
    # "Gorlin syndrome (naevoid basal cell carcinoma syndrome; PTCH1 or SUFU mutations)": the
    # member's own genetic cause in its parentheses
    aside = _ASIDE.search(name)
    # "inherited defects of the X pathway (e.g. A or B mutations)": examples OF the member,
    # kinds of it, not a cause it has
    examples = aside and _EXAMPLES_ASIDE.match(aside.group("aside"))
    in_aside = genetic_features(aside.group("aside")) if aside and not examples else []
    if aside and in_aside:
        found += [(GENETICS, gene) for gene in in_aside]
        name = name[: aside.start()].strip()
    leads = _LEADS_TO.match(comment)
    # "intravenous drug use and right-sided endocarditis, which lead to septic emboli": what
    # two members together lead to is how they bring on the list's owner, no complication
    # of either alone
    if leads and not _TWO_MEMBERS.search(_BRACKETED.sub("", name)):
        found += [(COMPLICATIONS, m) for m in split_noun_phrases(comment[leads.end() :])]
    # "A and B, caused by C": what two members share is no cause of either alone
    if _ownable(name) and not _TWO_MEMBERS.search(_BRACKETED.sub("", name)):
        genes = {member.lower() for _, member in found}
        # a complication's or a presentation's cause is the list owner's course, no cause
        # of its own ("mesenteric ischaemia, due to encasement of the vessels")
        cued = [
            (g, m)
            for g, m in _comment_members(comment)
            if not (relation in {COMPLICATIONS, PRESENTATIONS} and g == CAUSES)
        ]
        if not _EXAMPLES_AFTER_NAME.match(item.text):
            cued += _syndrome_features(name, comment)
        found += [(g, m) for g, m in cued if m.lower() not in genes and not genetic_features(m)]
    subject = owner if owner and _RELATION_CATEGORY.search(name) else name
    for group, member in found:
        yield make_fact(
            FactKind.ASSOCIATION,
            article,
            unit.section,
            item.text,
            key=(subject, group, member),
            subject=subject,
            group=group,
            item=member,
            value="",
            statement=item.text,
        )


def differential_relations(
    article: Article, unit: ListUnit, line: str, name: str, detail: str
) -> Iterator[Fact]:
    """What a differential entry's comment says of the diagnosis itself: "mesenteric
    fibromatosis: associated with familial adenomatous polyposis" (the cues of
    ``_comment_members``)."""
    if not detail or not _ownable(name):
        return
    bare = _ASIDE.sub("", name).strip(" ,")
    for group, member in _comment_members(detail):
        yield make_fact(
            FactKind.ASSOCIATION,
            article,
            unit.section,
            line,
            key=(bare, group, member),
            subject=bare,
            group=group,
            item=member,
            value="",
            statement=line,
        )
