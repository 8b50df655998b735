"""Associations, risk factors, genetics, presentations, complications, causes and types
stated in prose, as ASSOCIATION facts: ``group`` the relation, ``item`` one member,
``subject`` what the sentence is about (``clauses``). The readers of each shape live in the
``relation_*`` modules; this one runs them over every clause, drops what names no member
and picks each member's subject."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.antecedents import followed_events
from quizgen.extractors.class_members import class_members
from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    is_event_of_subject,
    is_stage_of_subject,
    iter_clauses,
    refers_back,
    same_name,
    split_noun_phrases,
)
from quizgen.extractors.complication_risks import carried_risks
from quizgen.extractors.member_emphasis import emphasised_after
from quizgen.extractors.member_hedges import retracted_relation, without_set_aside
from quizgen.extractors.member_shapes import member_repaired
from quizgen.extractors.owners import other_condition_of, subject_without_share
from quizgen.extractors.presentation_asides import caused_by_mass_effect, opening_accompanied
from quizgen.extractors.relation_coexisting import coexisting
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    CAUSES,
    CLASS_ANAPHOR,
    COMPLICATIONS,
    CONTRAINDICATIONS,
    GENETICS,
    PRESENTATIONS,
    PROGNOSTIC,
    PROTECTIVE,
    RISK_FACTORS,
    TYPES,
    Relation,
    canonical,
    event_risks,
    lower_first,
    placed_form,
)
from quizgen.extractors.relation_genetics import (
    gene_loci,
    genetic_features,
    genetic_mentions,
    inheritance_modes,
    named_genes,
)
from quizgen.extractors.relation_groups import group_members
from quizgen.extractors.relation_leads import (
    associated_notably,
    associations_reported,
    example_members,
    relation_opening,
)
from quizgen.extractors.relation_presentations import (
    accompanying,
    caused_symptoms,
    clinical_features,
    examination_finds,
    features_that_occur,
    fronted_presentation,
    mass_effects,
    named_form_causes,
    on_examination,
    patients_have,
    presentation_phrases,
    presents_as,
    symptoms_when_present,
    triads,
)
from quizgen.extractors.relation_risks import (
    aside_members,
    listed_before,
    long_risk_factors,
    more_common_in_conditions,
    occurs_in_syndrome,
    over_represented,
    people_at_risk,
    risk_changes,
    singled_out,
    there_is_a_risk,
)
from quizgen.extractors.relation_subjects import form_of_title, refiled_subject
from quizgen.extractors.relation_verbs import (
    bare_association,
    members_after,
    members_before,
    usual_antecedents,
)
from quizgen.extractors.text import make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = [
    "ASSOCIATIONS",
    "CAUSES",
    "COMPLICATIONS",
    "CONTRAINDICATIONS",
    "GENETICS",
    "PRESENTATIONS",
    "PROGNOSTIC",
    "PROTECTIVE",
    "RISK_FACTORS",
    "TYPES",
    "extract_prose_associations",
    "genetic_features",
    "names_a_member",
]


_TYPES = re.compile(
    r"\bclassified\s+as\s+(?:either\s+)?"
    # "described by their relationship to the uterine wall as A, B or C": a criterion names
    # what the classes divide, so "described" classifies here (never "described as" alone)
    r"|\b(?:classified|categori[sz]ed|grouped|described|divided|subdivided|subclassified)\s+"
    r"(?:by|according\s+to|on\s+the\s+basis\s+of|based\s+on)\s+[^,;.:()]{3,60}?\s+"
    r"(?:as|into)\s+(?:either\s+)?"
    r"|\b(?:(?:sub)?divided|classified|categori[sz]ed|separated|split|grouped)\s+into\s+"
    # the classes' adjectives may come between: "three clinical and radiological stages"
    r"(?:(?P<count>two|three|four|five|\d)\s+(?:main\s+|major\s+|distinct\s+|[a-z]{3,20}(?:al|ic)\s+"
    r"(?:and\s+[a-z]{3,20}(?:al|ic)\s+)?)?"
    r"(?:types|subtypes|forms|groups|categories|variants|classes|stages|grades)\s*[:,]?\s*"
    r"(?:namely\s+)?)?"
    r"|\b(?:there\s+are\s+|has\s+|have\s+)(?P<count2>two|three|four|five|\d)\s+"
    r"(?:main\s+|major\s+|distinct\s+|histological\s+|pathological\s+)?"
    r"(?:types|subtypes|forms|variants)(?:\s+of\s+\w+(?:\s+\w+)?)?\s*[:,]\s*"
    # "types are A and B", not "types are recognised, A and B" (a verb, then the names with
    # their count unchecked: the classification extractor reads that shape)
    r"|\b(?:sub)?types\s+(?:include|are)\s+(?![a-z]+(?:ed|en)\b|seen\b|known\b|found\b)",
    re.I,
)
_CLASS_NOUN = re.compile(r"^(?:types|subtypes|forms|variants|groups|categories)$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_CLASS_NOUN_TAIL = re.compile(r"\s(?:types|subtypes|forms|variants|groups|categories)\s", re.I)


_BRACKETED_GLOSS = re.compile(r"\s?\((?P<gloss>[^()]{1,60})\)$")


def _types(clause: Clause) -> Iterator[str]:
    for match in _TYPES.finditer(clause.rest):
        # "A and B forms according to …": the class noun ends the last name and what follows
        # it says how the classes divide, no part of a name
        items = [
            _CLASS_NOUN_TAIL.split(i, maxsplit=1)[0]
            for i in split_noun_phrases(clause.rest[match.end() :])
        ]
        count = match.group("count") or match.group("count2")
        expected = _COUNTS.get(count.lower(), 0) if count else 0
        if count and count.isdigit():
            expected = int(count)
        if len(items) >= 2 and (not expected or expected == len(items)):
            yield from _shared_noun(items)


def _shared_noun(items: list[str]) -> list[str]:
    """ "osteoblastic, chondroblastic and fibroblastic variants": the last name's noun is
    shared by the single words before it, and is not part of the last type's name."""
    *first, last = items
    words = last.split()
    if len(words) != 2 or not _CLASS_NOUN.match(words[1]):
        return items
    # ("primary and secondary forms": the list reader may already have lent the noun to the
    # single words before, "primary forms")
    bare = [i.split()[0] if i.split()[1:] == words[1:] else i for i in first]
    if all(len(i.split()) == 1 for i in bare):
        return [*bare, words[0]]
    return items


_ABSENT = re.compile(
    r"^(?:is|are)\s+(?:\w+ly\s+)?(?:absent|lacking|negative|not\s+(?:found|seen|present|detected)"
    # "HLA-B27 is positive in no more than 10%": what most patients lack is not their feature
    r"|(?:positive|present|found|seen|detected)\s+in\s+(?:only\s+|(?:no|not)\s+(?:more|greater)"
    r"\s+than\s+|fewer\s+than\s+|less\s+than\s+|under\s+|a\s+minority)"
    # "HLA-B27 is no more common than in the general population", "is not associated with"
    r"|(?:no|not)\s+(?:any\s+)?(?:more\s+)?(?:common|frequent|prevalent)"
    r"|not\s+(?:\w+ly\s+)?(?:associated|linked|related|increased))\b",
    re.I,
)


def _denied_after(text: str, name: str) -> bool:
    """Whether a clause later in the sentence denies the name it opens on ("…, and HLA-B27
    is no more common than in the general population")."""
    at = text.find(name)
    return at >= 0 and bool(_ABSENT.match(text[at + len(name) :].lstrip()))


# A name that says its gene is unaltered: "IDH-wildtype", "EGFR wild-type", "ALK-negative".
_WITHOUT_GENE = re.compile(r"\b(?P<gene>[A-Z][A-Z0-9]{1,9})[\s-](?:wild-?type|negative)\b", re.I)


def _named_without(subject: str, item: str) -> bool:
    """Whether ``subject``'s own name says it lacks the gene ``item`` names: "IDH mutation"
    is never a feature of "glioma, IDH-wildtype" (the sentence names another entity's)."""
    if _WITHOUT_GENE.search(item):
        return False  # "IDH wild-type" is what the name says
    genes = {m["gene"].lower() for m in _WITHOUT_GENE.finditer(subject)}
    return bool(genes) and item.split(maxsplit=1)[0].split("-", maxsplit=1)[0].lower() in genes


# "Carney complex is an autosomal dominant syndrome caused by PRKAR1A mutation": a named
# syndrome the sentence opens on owns the genes the rest of it names.
_SYNDROME_HEAD = re.compile(
    r"\b(?:syndrome|complex|disease|neoplasia|polyposis|sclerosis)(?:\s(?:type\s)?[\dIV]{1,4})?$",
    re.I,
)


def _syndrome_opening(article: Article, clause: Clause) -> str:
    """The named syndrome a clause opens on when it is not the page's subject, else ""."""
    own = clause.own
    if not own or not _SYNDROME_HEAD.search(own) or same_name(own, clause.subject):
        return ""
    if any(same_name(own, name) for name in (article.title, *article.synonyms)):
        return ""
    return re.sub(r"^(?:the|an?)\s+", "", own, flags=re.I)


# "associated with Leri-Weill dyschondrosteosis, which is caused by SHOX mutations": the
# relative clause's cause is its antecedent's, the named condition before ", which".
_RELATIVE_CAUSE = re.compile(
    r"(?:^|\s(?:with|of|by|and|or|as|in)\s)(?P<antecedent>[A-Za-z][\w'’-]{1,40}"
    r"(?:\s(?!(?:with|of|by|and|or|as|in)\b)[\w'’-]{1,40}){0,4}),\swhich\s(?:is|are)\s"
    r"(?:\w{1,12}ly\s)?"
    r"(?:caused\sby|due\sto|the\sresult\sof|related\sto|linked\sto|associated\swith)\s",
    re.I,
)


def _relative_owner(rest: str, gene: str) -> str:
    """The named condition a gene's relative clause speaks of ("…, which is caused by X"),
    or "" when the gene is not in such a clause."""
    for match in _RELATIVE_CAUSE.finditer(rest):
        antecedent = match.group("antecedent")
        if gene.split(maxsplit=1)[0].lower() in rest[match.end() :].lower() and (
            is_condition_name(antecedent)
        ):
            return antecedent
    return ""


def _one_owner(found: tuple[Relation, ...], clause: Clause, article: Article) -> Iterator[Relation]:
    """The relations read, less a member's second owner: "X is mostly a consequence of A;
    rarer causes include B" gives B to X by the verb reader and to the paragraph's topic by
    the reader of the opening noun, which fell back on the topic for want of an "of"; the
    condition the clause names wins."""
    fallback = {clause.topic, article.title}
    named = {
        (r.group, r.item)
        for r in found
        if clause.own and r.subject == clause.subject and r.subject not in fallback
    }
    for relation in found:
        if relation.subject in fallback and (relation.group, relation.item) in named:
            continue
        yield relation


# "is treated with …, with targeted therapy (ivosidenib for IDH1-mutant tumours)": after a
# word of treatment, "for" names the patients a drug is for, not a feature of the subject.
_TREATMENT_WORD = re.compile(
    r"\b(?:treated|treatment|therapy|therapies|inhibitors?|inhibition|drugs?|agents?)\b", re.I
)
_FOR_WHOM = re.compile(r"\bfor\s(?:patients\s(?:with\s)?)?(?P<whom>[^,;()]{2,60})", re.I)


def _treatment_targets(text: str) -> set[str]:
    """The genetic features a clause names only as whom a treatment is for."""
    treated = _TREATMENT_WORD.search(text)
    if treated is None:
        return set()
    return {
        gene
        for match in _FOR_WHOM.finditer(text, treated.end())
        for gene in genetic_mentions(match["whom"])
    }


_KIND_OF_MEMBER = re.compile(
    r"\b(?:symptoms|features|signs|findings|complaints|manifestations|problems)$", re.I
)


def _introduces_a_list(member: str, sentence: str) -> bool:
    """Whether ``member`` is the kind of member that the list after the sentence's colon
    names ("Patients typically present with insidious symptoms:"), no member itself."""
    return sentence.rstrip().endswith(f"{member}:") and bool(_KIND_OF_MEMBER.search(member))


def _relations(article: Article, clause: Clause) -> Iterator[Relation]:
    found = (
        *members_after(article, clause),
        *members_before(article, clause),
        *usual_antecedents(article, clause),
        *bare_association(article, clause),
        *caused_symptoms(article, clause),
        *features_that_occur(article, clause),
        *clinical_features(article, clause),
        *examination_finds(article, clause),
        *patients_have(article, clause),
        *fronted_presentation(article, clause),
        *symptoms_when_present(article, clause),
        *mass_effects(article, clause),
        *named_form_causes(article, clause),
        *long_risk_factors(article, clause),
        *relation_opening(article, clause),
        *listed_before(article, clause),
        *singled_out(article, clause),
        *there_is_a_risk(article, clause),
        *example_members(article, clause),
        *associated_notably(article, clause),
        *associations_reported(article, clause),
        *accompanying(article, clause),
        *opening_accompanied(article, clause),
        *caused_by_mass_effect(article, clause),
        *carried_risks(article, clause),
        *risk_changes(article, clause),
        *people_at_risk(article, clause),
        *triads(article, clause),
        *aside_members(article, clause),
        *on_examination(article, clause),
        *presents_as(article, clause),
        *occurs_in_syndrome(article, clause),
        *over_represented(article, clause),
        *more_common_in_conditions(article, clause),
        *inheritance_modes(article, clause),
        *coexisting(article, clause),
        *group_members(article, clause),
    )
    for relation in _one_owner(found, clause, article):
        # "Tuberous sclerosis is associated with angiomyolipomas", in the angiomyolipoma
        # article: the association is the article's, its member the sentence's subject.
        if clause.own and canonical(article, relation.item) == article.title:
            if relation.group == ASSOCIATIONS and not same_name(clause.own, article.title):
                yield Relation(ASSOCIATIONS, article.title, clause.own)
            continue
        if not same_name(relation.item, relation.subject):
            yield relation
            # "associated with autoimmune disease, particularly A and B": A and B too
            for kind in emphasised_after(clause.sentence.text, relation.item):
                yield Relation(relation.group, relation.subject, kind)
    for item in presentation_phrases(clause):
        yield Relation(PRESENTATIONS, clause.subject, item)
    # "Secondary cysts follow trauma or surgery": what the condition arises after
    follower, events = followed_events(article, clause.sentence.text)
    for item in events:
        yield Relation(CAUSES, follower, item)
    # "Tumours that invade the hepatic veins include A and B", "the organisms include …"
    relation_name, owner, members = class_members(article, clause.sentence.text)
    for item in members:
        yield Relation(relation_name, owner, item)
    # (a case page's presentation note, "Three days of A, B and C", tells one patient's
    # complaints: no fact of the diagnosis, as statements refuse a case's own sections)
    yield from gene_loci(clause)
    # "Activating mutations of the KIT gene are found in 80%": the gene opens the sentence
    own = clause.own if clause.own and not is_condition_name(clause.own) else ""
    # ("Loss of EXT1 function has been shown in solitary lesions": a loss of function is
    # shown somewhere, not a feature of the subject)
    opening = [g for g in genetic_mentions(own) if not g.endswith(" loss")]
    if _ABSENT.match(clause.rest):
        opening = []  # "USP6 rearrangement is absent in secondary ABC": whose it is not
    # ("The WNT group is associated with CTNNB1 mutations": that group's, as a presentation
    # of it is in relation_verbs)
    owner = (
        _syndrome_opening(article, clause)
        or form_of_title(clause.own, article.title)
        or clause.subject
    )
    targets = _treatment_targets(clause.rest)
    genes = [(clause.subject, item) for item in opening] + [
        (_relative_owner(clause.rest, item) or owner, item)
        for item in (*genetic_mentions(clause.rest), *named_genes(clause.rest))
        if item not in targets and not _denied_after(clause.rest, item)
    ]
    for subject, item in genes:
        if not _named_without(subject, item):
            yield Relation(GENETICS, subject, item)
    for item in _types(clause):
        yield Relation(TYPES, clause.subject, item)


# What names no member to learn: a count without names ("several syndromes", "one of two
# genes"), a clause cut at its pronoun ("the deletion syndrome they"), a bare judgement of
# frequency ("Complications are uncommon but …").
_NO_MEMBER = re.compile(
    r"^(?:(?:several|various|many|numerous|a\s+number\s+of|a\s+variety\s+of|"
    r"a\s+range\s+of|other|some)\s+[\w-]+(?:\s+[\w-]+)?$"
    r"|(?:un)?common|rare|frequent|infrequent|unusual|important|well[\s-]known|"
    # "The consequences are unclear": a judgement of the relation, no member
    r"unclear|unknown|uncertain|variable|numerous|varied|diverse|heterogeneous|multifactorial|"
    r"serious|severe|"
    # "Symptoms are non-specific", "… insidious and nonspecific"
    r"non-?specific|vague)$"
    # "A, B and, in severe cases, C": the setting between two members is none
    r"|^in\s(?:[\w-]+\s){0,3}(?:cases|patients|children|adults|infants|women|men|"
    r"pregnancy|disease|forms?|settings?|lesions|tumou?rs)$"
    r"|\bone\s+of\s+(?:two|three|four|five|several|many|\d)\b"
    # "…, and an increasing number are found incidentally": a share of the patients
    r"|^(?:an?\s)?(?:(?:increasing|growing|small|large|significant|substantial)\s)?"
    r"(?:number|proportion|minority|majority|fraction|subset)$"
    r"|\s(?:they|it|them|these|those|this|which)$"
    # ", and small vessel disease frequently coexists": a new clause, cut before its verb
    r"|\s(?:frequently|often|commonly|usually|typically|occasionally|sometimes|also|may|can)$"
    # "progress to complications such as A and B": the heading of the examples, none of them
    r"|^(?:(?:other|further|serious|severe|late|early|recognised|potential)\s)?(?:complications|"
    r"sequelae|symptoms|signs|features|manifestations|associations|causes|conditions)$"
    # "develops in 25-50% of patients with X": a share of a population, not a member
    r"|\d\s{0,2}%\s{1,3}of\s"
    # "associated with a good prognosis": an outcome, not a cause, gene or presentation
    r"|^(?:an?\s)?(?:good|poor|better|worse|excellent|favou?rable|unfavou?rable|dismal)\s"
    r"(?:prognosis|outcomes?|survival)\b"
    # "the leading cause of death in adults": a rank of the subject, not a member
    r"|^(?:the\s)?(?:leading|main|major|principal|commonest|most\s+common|(?:second|third)"
    r"(?:\s+most\s+common)?)\s+causes?\s+of\b"
    # "a negative effusion cytology": a test that found nothing names nothing to learn
    r"|^(?:an?\s)?(?:negative|normal|non-?diagnostic|unremarkable)\s(?:[\w-]+\s){0,2}"
    r"(?:cytology|biopsy|biopsies|cultures?|serology|tests?|results?|studies|study|work-?up)$",
    re.I,
)


def names_a_member(item: str) -> bool:
    """Whether a relation's item names something a card can ask for (see ``_NO_MEMBER``)."""
    return not _NO_MEMBER.search(item.strip())


# "include activities that increase the pressure:", "associated with drugs that prolong the QT
# interval": a noun restricted by the relative clause after it is no member once the clause
# is cut off (the member is what the clause says, or nothing).
# ("a limp that began …" keeps its member: only a category noun needs its clause.)
_RESTRICTIVE_RELATIVE = r"\s(?:that|which|who|whom|whose)\s"
_CATEGORY_NOUN = re.compile(
    r"^(?:[\w-]+\s)?(?:activities|conditions|disorders|diseases|drugs|medications|agents|"
    r"factors|situations|circumstances|procedures|patients|people|individuals|persons|things|"
    r"exposures|occupations|substances|events|states|processes|mechanisms|lesions|changes|"
    r"abnormalities|anomalies|habits|behaviou?rs|sports|manoeuvres|maneuvers|tasks)$",
    re.I,
)


def _cut_from_its_relative(text: str, item: str) -> bool:
    """Whether the member ``item`` is a category noun standing in ``text`` right before a
    restrictive relative clause ("activities that increase …"), which it has lost."""
    # "a deficiency of the enzyme that breaks down glycogen": "the enzyme" is named only by
    # the clause after it
    needs_its_clause = _CATEGORY_NOUN.match(item.strip()) or _DEFINITE_TAIL.search(item.strip())
    return bool(needs_its_clause) and bool(
        re.search(rf"(?<![\w-]){re.escape(item)}{_RESTRICTIVE_RELATIVE}", text, re.I)
    )


# "deficiency of the enzyme", "compression by the vessel": a member that ends on "the" and a
# noun or two, which a restrictive clause after it must say which.
_DEFINITE_TAIL = re.compile(
    r"^(?:an?\s)?[\w-]{2,30}(?:\s[\w-]{2,30})?\s(?:of|by|from)\sthe\s[\w-]{2,30}$", re.I
)


def _setting_of_title(item: str, article: Article) -> bool:
    """ "in chronic abruption" in an article on placental abruption: a form of the title the
    sentence sets a member in, no member."""
    words = item.lower().split()
    names = (re.sub(r"\s*\([^()]*\)", "", t) for t in (article.title, *article.synonyms))
    heads = {name.lower().split()[-1] for name in names if name.split()}
    return len(words) >= 2 and words[0] == "in" and words[-1] in heads


def _other_owner(text: str, item: str, article: Article) -> str:
    """The other condition a sentence sets apart before the relation's member, or ""."""
    at = text.lower().find(item.lower().split()[0]) if item.split() else -1
    return other_condition_of(
        text, at if at >= 0 else len(text), (article.title, *article.synonyms)
    )


# "…, whereas adults more often present with hypogonadism": a clause about a group of
# patients, after a contrast, states the paragraph's condition in that group, not what the
# first clause opened on ("growth failure … is the commonest presentation in children").
_PEOPLE_CONTRAST = re.compile(
    r"(?:,\s{0,3}(?:whereas|while|but)|;\s{0,3}(?:whereas|while|but)?)\s{1,3}(?:in\s)?"
    r"(?:(?:older|younger|elderly|adult|most|many|some|affected)\s)?"
    r"(?:adults|children|infants|neonates|adolescents|patients|women|men|girls|boys)\b",
    re.I,
)


# "…, whereas the teratological form develops in …": a clause about another thing that
# the clause reader could not take as a name.
# ("…, whereas linear or curvilinear gas is more often associated with ischaemia": a bare
# noun phrase and its verb open the other clause just as well)
_THING_CONTRAST = re.compile(
    r"(?:,\s{0,3}(?:whereas|while)|;\s{0,3}(?:whereas|while)?)\s{1,3}(?:(?:the|a|an)\s|"
    r"(?!(?:it|they|this|these|in|on|at|with|for)\b)[a-z][\w-]{0,30}(?:\s[\w-]{1,30}){0,5}?"
    r"\s(?:is|are|was|were|may|can|has|have|shows?|occurs?|tends?)\b)",
    re.I,
)


# A name's abbreviation or other name in brackets after it: "Acute kidney injury (AKI)".
_BRACKETED_OTHER_NAME = re.compile(
    r"\s{0,3}\((?=[^()]{0,12}[A-Z])[A-Za-z0-9-]{1,12}\)$"
    # "Epiploic appendagitis (also known as appendagitis epiploica)": its other name
    r"|\s{0,3}\((?:also\s)?(?:known\sas|called|termed|referred\sto\sas)\s[^()]{1,80}\)$"
)


# "other tumours", "some lesions", "the remaining cases": a part of the subject the sentence
# does not name.
_UNNAMED_PART = re.compile(
    r"^(?:other|some|many|most|several|the\s+remaining|remaining|the\s+rest\s+of|"
    # "Occasional tumours produce oestrogen", "A few cases …": which ones, unsaid as well
    r"occasional|rare|few|a\s+few|certain|a\s+minority\s+of|a\s+small\s+number\s+of)\s",
    re.I,
)
# "Both conditions are associated with …": the page's condition and another together
# ("both forms", "both sexes" are the page's condition).
_PAIR_OPENING = re.compile(
    r"(?:^|[,;]\s)(?:both|either|neither)\s(?:of\s)?(?:(?:the|these|those)\s)?"
    # ("Both forms are driven by …": forms of the page's condition are the condition)
    r"(?!(?:[\w-]+\s)?(?:forms|types|subtypes|variants|sexes|sides|lesions)\b)"
    r"(?:[\w-]+\s){0,2}$",
    re.I,
)


def _opens_on_a_pair(clause: Clause) -> bool:
    """Whether the clause's subject is "both"/"either" of two things, not the page's alone."""
    text = clause.sentence.text
    if not text.endswith(clause.rest):
        return False
    return bool(_PAIR_OPENING.search(text[: len(text) - len(clause.rest)]))


# "the condition", "this disease": the page's subject named by its class noun alone.


def _stage_of_title(subject: str, title: str) -> str:
    """ "Advanced disease" → "<title> (advanced disease)": on a card the subgroup alone names
    nothing; any other subject as it is."""
    if not is_stage_of_subject(subject):
        return subject
    return f"{title} ({lower_first(subject.strip())})"


def _contrasted_subject(article: Article, clause: Clause, relation: Relation) -> str:
    """The subject of the clause a relation's member stands in, when a contrast ("whereas",
    "while", "but", ";") starts another clause before it; else the relation's own."""
    if relation.subject != clause.subject:
        return relation.subject  # the relation chose its subject itself
    text = clause.sentence.text
    at = text.lower().find(relation.item.lower())
    if at < 0:
        return relation.subject
    own = clause.subject_at(at)
    if own != clause.subject:
        return own  # "…; sarcomatoid tumours are also associated with …"
    if clause.own and _PEOPLE_CONTRAST.search(text, 0, at):
        return clause.topic or article.title
    if clause.own and _THING_CONTRAST.search(text, 0, at):
        return ""  # "A occurs in X, whereas the other form develops in Y": Y is not A's
    return relation.subject


def _class_and_gloss(relation: Relation) -> tuple[str, str]:
    """A member and what it is said to be: "type A (solid)" of a division is the class "type
    A", described as "solid" (keyed as the classification extractor keys it: one fact)."""
    gloss = _BRACKETED_GLOSS.search(relation.item) if relation.group == TYPES else None
    if gloss is None:
        return relation.item, ""
    return relation.item[: gloss.start()], gloss.group("gloss")


def extract_prose_associations(article: Article) -> Iterator[Fact]:
    """One fact per member of a relation a sentence states: "associated with A and B",
    "prior irradiation is a risk factor", "IDH-mutant", "presents with painless jaundice",
    "divided into type A and type B"."""
    for clause in iter_clauses(article):
        if retracted_relation(clause.sentence.text):
            continue  # "It was once thought to be associated with trauma"
        for found in _relations(article, clause):
            if (
                not names_a_member(found.item)
                or _cut_from_its_relative(clause.sentence.text, found.item)
                or _setting_of_title(found.item, article)
            ):
                continue
            contrasted = _contrasted_subject(article, clause, found)
            if not contrasted:
                continue
            # "presents with a short history", "are found in 30%": shapes that name no member
            member = member_repaired(found.item, found.group)
            if not member or _introduces_a_list(member, clause.sentence.text):
                continue
            relation = Relation(found.group, contrasted, member)
            if relation.group in {PRESENTATIONS, COMPLICATIONS} and is_event_of_subject(
                relation.subject
            ):
                # "Rupture can cause haemoperitoneum": what an event of the condition leads
                # to is a complication of the condition, not a feature of the event
                relation = Relation(COMPLICATIONS, clause.topic or article.title, member)
            # "Risk factors for progression include A": the condition's risks of its event
            group, owner = event_risks(
                relation.group, relation.subject, clause.topic or article.title
            )
            relation = Relation(group, owner, relation.item)
            # "More than nine in ten tumours carry …": the share is no part of the subject
            subject = subject_without_share(relation.subject, article.title)
            if subject != article.title and refers_back(subject, article.title):
                # "Complications of untreated lesions include …": the text's own subject
                subject = clause.topic or article.title
            subject = refiled_subject(
                without_set_aside(subject),
                presenting=relation.group == PRESENTATIONS,
                sentence=clause.sentence,
                own=(article.title, clause.topic),
                synonyms=article.synonyms,
                classing=relation.group == TYPES,
            )
            # ("Under the X classification", "Its link with Y": no condition at all)
            if (
                not subject
                or _UNNAMED_PART.match(subject)
                or (subject in {article.title, clause.topic} and _opens_on_a_pair(clause))
            ):
                continue  # "other tumours carry BRAF fusions": which ones, the text leaves unsaid
            if CLASS_ANAPHOR.match(subject):
                subject = article.title  # "Rare complications of the condition include …"
            subject = _stage_of_title(subject, article.title)
            # "Parasellar lesions may cause visual disturbance": that form of the condition
            subject = placed_form(subject, article) or subject
            # "The idiopathic form is associated with risk factors such as A": that form's
            subject = form_of_title(subject, article.title) or subject
            if _BRACKETED_OTHER_NAME.search(subject):
                # "Posterior reversible encephalopathy syndrome (PRES)" is the title
                subject = canonical(article, _BRACKETED_OTHER_NAME.sub("", subject))
            if subject == article.title:
                # "Turcot syndrome, in contrast, is associated with …": the other's relation
                subject = _other_owner(clause.sentence.text, relation.item, article) or subject
            item, value = _class_and_gloss(relation)
            yield make_fact(
                FactKind.ASSOCIATION,
                article,
                clause.sentence.section,
                clause.sentence.text,
                # keyed as the list extractor keys the article's own relations, so one
                # member stated in a list and in prose is one fact
                key=(
                    (relation.group, item)
                    if subject == article.title
                    else (subject, relation.group, item)
                ),
                subject=subject,
                group=relation.group,
                item=item,
                value=value,
                statement=clause.sentence.text,
            )
