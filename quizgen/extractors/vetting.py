"""A last look at every extracted fact: repair or refuse shapes of error that several
extractors share, whatever the organ or disease.

Each rule is a shape of wording, not a word of one article:

- a share's item that is a whole clause ("Cholesteatomas are classified as acquired",
  "the disease recurs in the graft"): the item becomes what the clause names ("acquired",
  "recurrence in the graft"); a share with no item stated in a relative clause ("... is
  perforation, which occurs in about 1%") is a share of the noun the clause hangs on;
- a differential whose "diagnosis" is a bare descriptor or verb ("irregular", "includes"),
  picked out of a comparison: no card can ask for it, so it goes;
- an item or subject that opens on a linking adverb ("conversely duodenal atresia"): the
  adverb goes;
- an appearance that is only a comparative of size with its place ("the larger on the
  left"): its noun was said before it, so it goes;
- a differential's subject that is a run-on lead clause ("an eccentric lytic lesion at the
  end of a long bone, the main"): cut at the comma, or the article's own subject when what
  precedes the comma is itself a clause.

(A sign named twice from one sentence, once whole and once clipped, is no longer repaired
here: the sign extractor keeps the whole name itself, ``terms._clipped``.)
"""

from __future__ import annotations

import dataclasses
import re

from quizgen.extractors.vocabulary import LINKING_ADVERBS
from quizgen.model import Article, Fact, FactKind

_NUMBER_KINDS = frozenset({FactKind.PERCENTAGE, FactKind.FREQUENCY})

# "<noun phrase> are [classified as] <what>": the share is of <what>.
_COPULA_ITEM = re.compile(
    r"^(?P<np>[^,;:()\d]{1,60}?)\s(?:is|are)\s(?:(?:classified|divided|categori[sz]ed|"
    r"subdivided|grouped)\s(?:as|into)\s)?(?P<what>[^,;:()]{1,60})$",
    re.I,
)
# "<noun phrase> recurs in the graft": a share of recurrence, said with a verb.
_VERB_NOUNS = {
    "recur": "recurrence",
    "relapse": "relapse",
    "progress": "progression",
    "regress": "regression",
    "calcify": "calcification",
    "rupture": "rupture",
    "bleed": "haemorrhage",
    "metastasise": "metastasis",
    "metastasize": "metastasis",
    "transform": "transformation",
}
# singular or plural verb ("recurs", "recur", "calcifies"), an adverb on either side
_VERB_ITEM = re.compile(
    r"^(?P<np>[^,;:()\d]{1,60}?)\s(?:\w{2,20}ly\s)?(?P<verb>recur|relapse|progress|regress|"
    r"calcif(?:y|ie)|rupture|bleed|metastasi[sz]e|transform)(?P<inflected>e?s)?\b(?:\s\w{2,20}ly\b)?"
    r"(?P<rest>[^,;:()]{0,60})$",
    re.I,
)
# "pancreatic carcinoma, with a risk of around 11-36%": the share is the risk of the thing
# named before it, not of a phrase that ends on "of".
_RISK_TAIL_ITEM = re.compile(
    r"^(?P<np>[^,;:()\d]{2,60}),?\s(?:with|carrying|at)\s(?:an?\s)?(?P<measure>(?:(?:estimated|reported|"
    r"lifetime|cumulative|overall)\s){0,2}(?:risk|incidence|rate|prevalence))\sof$",
    re.I,
)
MAX_WHAT_WORDS = 5
# "..., the main complication is perforation, which occurs in about 1%": a share with no item
# is a share of the noun phrase the relative clause hangs on.
_WHICH_OCCURS = re.compile(
    r"(?:^|\b(?:is|are|includes?|including)\s)(?P<np>(?:[\w-]{1,30}\s){0,3}[\w-]{1,30}),\s"
    r"(?:which|that)\s(?:\w{1,20}\s){0,2}(?:occurs?|is\s(?:seen|found|present)|develops?|"
    r"complicates)\s(?P<share>[^,;%]{0,30}%)",
    re.I,
)

# One-word "differentials" that name no diagnosis: descriptors of a finding and verbs.
_DESCRIPTOR = re.compile(
    r"^(?:(?:ir)?regular|(?:in)?homogeneous|heterogeneous|smooth|eccentric|concentric|"
    r"circumferential|(?:ill|well)-(?:defined|circumscribed)|lobulated|lobular|thick|thin|"
    r"nodular|diffuse|focal|(?:a)?symmetric(?:al)?|bilateral|unilateral|large|small|central|"
    r"peripheral|solid|cystic|calcified|enhancing|spiculated|infiltrative|expansile|"
    r"\w{2,12}(?:intense|echoic|dense|attenuating)|"
    r"includes?|including|comprises?|is|are|shows?|mimics?|resembles?)$",
    re.I,
)

# A lead clause's tail after a comma that names nothing: "..., the main", "..., one should".
_DANGLING_TAIL = re.compile(
    r",\s(?:[\w-]{1,20}\s){0,2}(?:the|a|an|main|principal|one|should|must|may|can|"
    r"includes?|consider|are|is|of|for)$",
    re.I,
)
_CLAUSE = re.compile(r"[;]|\s(?:is|are|was|were)\s", re.I)


# An appearance whose "finding" names none: what a study may show about the disease ("CT
# may demonstrate the underlying cause", "MRI shows the extent", "… the complications").
NAMES_NO_FINDING = re.compile(
    r"^(?:(?:the|its|their|any|an?)\s)?(?:(?:underlying|likely|possible|probable|exact|"
    r"precise|true|full|overall)\s)?(?:cause|causes|aetiology|etiology|extent|diagnosis|"
    r"complications?|severity)(?:\sof\s(?:the\s|its\s|their\s)?[\w-]{2,25}(?:\s[\w-]{2,25})?)?$",
    re.I,
)


# An appearance whose "finding" lists only the views taken ("AP, lateral and internal oblique
# views of the left elbow"): how the study was done, nothing it shows.
NAMES_ONLY_VIEWS = re.compile(
    r"^(?:(?:AP|PA|lateral|oblique|internal|external|frontal|axial|coronal|sagittal|"
    r"standing|supine|erect|weight-bearing|flexion|extension|and|or|,|\s)+)(?:views?|"
    r"projections?|radiographs?|images?)(?:\sof\s(?:the\s)?(?:left|right|both)?\s?[\w-]{2,20})?$",
    re.I,
)


# An appearance whose "finding" is a test's role: "Abdominal radiographs are often the first
# test" says what the test is for, nothing it shows.
NAMES_A_ROLE = re.compile(
    r"^(?:(?:the|an?)\s)?(?:(?:first|initial|preferred|standard|best|main|usual|first-line|"
    r"second-line|definitive|screening)\s){0,2}(?:tests?|investigations?|modalit(?:y|ies)|"
    r"examinations?|techniques?|tools?)(?:\sof\schoice)?$",
    re.I,
)


# An appearance whose "finding" only says a study can show it ("Small fragments are often only
# seen on CT"): where it is visible, not what it looks like.
NAMES_ONLY_VISIBILITY = re.compile(
    r"^(?:(?:only|best|often|usually|also)\s)*(?:seen|visible|shown|detected|demonstrated|"
    r"depicted|appreciated|identified)$",
    re.I,
)
# "the larger on the left (stomach) and the smaller on the right": a comparative of size
# whose noun was said before it; alone it names nothing a card could ask for.
NAMES_A_COMPARED_ONE = re.compile(
    r"^(?:the\s)?(?:larger|smaller|bigger|wider|narrower|longer|shorter|taller|lower|upper)"
    r"\s(?:on|in|at|to|towards?)\s(?:the\s)?\w+$",
    re.I,
)
# "African American patients appear to be over-represented": "appear to" hedges a claim,
# it says nothing of how anything looks on a study.
NAMES_A_HEDGED_CLAIM = re.compile(r"^to\s+(?:be|have|occur|affect|arise|increase|decrease)\b", re.I)
# A subject a "Site: the lesion" line glued to its label: the site is the label, the lesion
# the page's own ("Skull: the classic lesion is a punched-out lytic defect").
_LABELLED_GENERIC = re.compile(
    r"^(?P<site>[A-Z][\w' -]{1,30}):\s(?:(?:the|a|an)\s)?(?:(?:classic|typical|usual|"
    r"characteristic|commonest|common)\s)?(?:lesions?|tumou?rs?|appearances?|findings?|"
    r"abnormalit(?:y|ies)|changes?)$",
)


# A member that only counts a category the list after it names ("leads to a number of
# complications:", "has several causes"), or a pro-form whose noun came before ("to
# distinguish acute fractures from old ones"): no name a card could ask for.
NAMES_ONLY_A_COUNT = re.compile(
    r"^(?:(?:a|an)\s)?(?:(?:(?:large|small|wide|great|whole)\s)?(?:number|variety|range|host|"
    r"series|spectrum|list|array)\sof|several|various|many|numerous|multiple|some|other)\s"
    r"(?:complications?|causes?|conditions?|features?|findings?|factors?|associations?|"
    r"symptoms?|signs?|disorders?|diseases?|entities|abnormalities|manifestations?)$",
    re.I,
)
_PRO_FORM = re.compile(r"^(?:the\s)?(?:[\w-]+\s)?ones?$", re.I)
# "present with the triad of:": a member cut before its list ends on its preposition
_ENDS_ON_PREPOSITION = re.compile(r"\s(?:of|to|with|for|by|from)$", re.I)
_MEMBER_KINDS = frozenset({FactKind.ASSOCIATION, FactKind.DIFFERENTIAL})


def _names_no_member(fact: Fact) -> bool:
    item = fact.item.strip()
    return fact.kind in _MEMBER_KINDS and bool(
        NAMES_ONLY_A_COUNT.match(item) or _PRO_FORM.match(item) or _ENDS_ON_PREPOSITION.search(item)
    )


def vet_facts(facts: list[Fact], article: Article) -> list[Fact]:
    """``facts`` with the shared shapes of error repaired or left out, order kept."""
    return _without_hedged_twins(_vetted(facts, article))


# "usually normal" and "normal" read from one sentence for one subject and study: the
# hedged reading says what the page says; the bare one is the same finding again.
_HEDGE = re.compile(r"^(?:usually|often|typically|commonly|frequently|generally)\s", re.I)


def _without_hedged_twins(facts: list[Fact]) -> list[Fact]:
    hedged = {
        (f.subject, f.attribute, f.source.text, _HEDGE.sub("", f.value))
        for f in facts
        if f.kind is FactKind.APPEARANCE and _HEDGE.match(f.value)
    }
    return [
        f
        for f in facts
        if not (
            f.kind is FactKind.APPEARANCE
            and (f.subject, f.attribute, f.source.text, f.value) in hedged
        )
    ]


def _vetted(facts: list[Fact], article: Article) -> list[Fact]:
    return [
        _repaired(fact, article)
        for fact in facts
        if not (fact.kind is FactKind.DIFFERENTIAL and _DESCRIPTOR.match(fact.item.strip()))
        and not _names_no_member(fact)
        and not (
            fact.kind is FactKind.APPEARANCE
            and (
                NAMES_NO_FINDING.match(fact.value.strip())
                or NAMES_A_ROLE.match(fact.value.strip())
                or NAMES_ONLY_VIEWS.match(fact.value.strip())
                or NAMES_ONLY_VISIBILITY.match(fact.value.strip())
                or NAMES_A_HEDGED_CLAIM.match(fact.value.strip())
                or NAMES_A_COMPARED_ONE.match(fact.value.strip())
            )
        )
    ]


def _repaired(fact: Fact, article: Article) -> Fact:
    fact = _dangling_coordinator_cut(_linking_adverb_cut(_dangling_complement_cut(fact)))
    fact = _site_label_repaired(fact, article)
    if fact.kind in _NUMBER_KINDS:
        return _clause_item_repaired(fact)
    if fact.kind is FactKind.DIFFERENTIAL:
        return _lead_subject_repaired(fact, article)
    if fact.kind is FactKind.APPEARANCE:
        return _study_subject_repaired(fact, article)
    return fact


# A subject that is only a study ("Chest radiographs are usually normal"): the finding is the
# page's own on that study, which the fact's technique already names.
_STUDY_ONLY = re.compile(
    r"^(?:(?:plain|chest|abdominal|skull|conventional|initial|standard)\s)?(?:radiographs?|"
    r"radiography|films?|x-rays?|CT|MRI|ultrasound|sonography|imaging)$",
    re.I,
)
# A sequence label glued to a subject ("T2: low-grade lesions"): the label is the technique.
_SEQUENCE_LABEL = re.compile(r"^(?:T1|T2|FLAIR|DWI|ADC|SWI|GRE|STIR|PD)(?:\s?C\+)?:\s(?=\S)", re.I)


# A subject made only of signal, density or echo words ("iso- to slightly hyperintense", the
# T1 line a T2 line was nested under): it names how something looks, not what.
_DESCRIPTOR_WORD = re.compile(
    r"^(?:(?:iso|hypo|hyper|an)[-\w]*|to|or|and|slightly|mildly|moderately|markedly|very|"
    r"mixed|heterogeneously|homogeneously)$",
    re.I,
)


# "the tumour", "the lesion": the page's own, named by its kind as a pronoun would.
_THE_OWN_LESION = re.compile(r"^(?:the|this)\s(?:tumou?r|lesion|mass|nodule|cyst)$", re.I)
# "immunodeficiency, such as common variable immunodeficiency": examples are no part of a name.
# ("vasculitis, e.g. Takayasu arteritis: …" keeps its example, which the finding is told of)
_EXAMPLES_TAIL = re.compile(r",?\s(?:such\sas|including)\s.+$", re.I)


def _descriptor_only(subject: str) -> bool:
    words = subject.split()
    return bool(words) and all(_DESCRIPTOR_WORD.match(word) for word in words)


def _study_subject_repaired(fact: Fact, article: Article) -> Fact:
    """An appearance's subject that names only a study, or only how something looks, is the
    page's own; a sequence label glued to a subject is no part of it."""
    unlabelled = _EXAMPLES_TAIL.sub("", _SEQUENCE_LABEL.sub("", fact.subject))
    subject = unlabelled.strip()
    if (
        _STUDY_ONLY.match(subject) or _descriptor_only(subject) or _THE_OWN_LESION.match(subject)
    ) and article.title:
        return dataclasses.replace(fact, subject=article.title)
    return fact if unlabelled == fact.subject else dataclasses.replace(fact, subject=unlabelled)


# "conversely duodenal atresia is seen in 5% of neonates with Down syndrome": an adverb that
# links the sentence to the one before opens the clause, no word of the name a field holds.
_LINKING_ADVERB = re.compile(
    rf"^(?:{LINKING_ADVERBS}|conversely|additionally|similarly|likewise|(?:in|by)\scontrast|"
    r"in\saddition),?\s+(?=\S)",
    re.I,
)


def _linking_adverb_cut(fact: Fact) -> Fact:
    """An item or subject without the linking adverb its clause opened on."""
    item = _LINKING_ADVERB.sub("", fact.item)
    subject = _LINKING_ADVERB.sub("", fact.subject)
    if (item, subject) == (fact.item, fact.subject):
        return fact
    return dataclasses.replace(fact, item=item, subject=subject[:1].upper() + subject[1:])


def _site_label_repaired(fact: Fact, article: Article) -> Fact:
    """A subject a site label was glued to is the page's own at that site."""
    labelled = _LABELLED_GENERIC.match(fact.subject)
    if labelled and article.title:
        # "Skull: the classic lesion" → "<title> (skull)"
        return dataclasses.replace(
            fact, subject=f"{article.title} ({labelled['site'].strip().lower()})"
        )
    return fact


# A field cut where an aside interrupted a coordination: "a round opacity or" (", if they
# communicate with the airway, as a cavity"), "investigation of choice for staging and".
_DANGLING_COORDINATOR = re.compile(r",?\s(?:or|and|but|nor)$", re.I)


# An item cut before the complement its last word needs ("widening of the interpedicular
# distance compared" with adjacent levels, "pain due" to …): the word without it says nothing.
_DANGLING_COMPLEMENT = re.compile(
    r"\s(?:compared|relative|due|secondary|owing|according|prior|related)$", re.I
)


def _dangling_complement_cut(fact: Fact) -> Fact:
    """An item that ends on a word waiting for its complement loses that word."""
    if fact.kind is FactKind.STATEMENT or not _DANGLING_COMPLEMENT.search(fact.item):
        return fact
    return dataclasses.replace(fact, item=_DANGLING_COMPLEMENT.sub("", fact.item))


def _dangling_coordinator_cut(fact: Fact) -> Fact:
    """A field that ends on a coordinator loses it: what came after was cut off."""
    if fact.kind is FactKind.STATEMENT:
        return fact
    item = _DANGLING_COORDINATOR.sub("", fact.item)
    value = _DANGLING_COORDINATOR.sub("", fact.value)
    if (item, value) == (fact.item, fact.value):
        return fact
    return dataclasses.replace(fact, item=item, value=value)


def _clause_item_repaired(fact: Fact) -> Fact:
    """A share whose item is a clause gets the clause's name as its item; one with no item,
    the noun a relative clause stating the share hangs on."""
    item = fact.item.strip()
    if not item:
        return _antecedent_item(fact)
    risk_tail = _RISK_TAIL_ITEM.match(item)
    if risk_tail:
        measure = risk_tail["measure"].lower()
        return dataclasses.replace(fact, item=f"{measure} of {risk_tail['np'].strip()}")
    copula = _COPULA_ITEM.match(item)
    if copula and len(copula["what"].split()) <= MAX_WHAT_WORDS:
        return dataclasses.replace(fact, item=copula["what"].strip())
    verb = _VERB_ITEM.match(item)
    # "frank rupture", "rupture of the cyst": the noun, not the verb
    rest = verb["rest"].strip() if verb else ""
    if verb and (verb["inflected"] or rest) and not rest.lower().startswith("of "):
        stem = verb["verb"].lower()
        noun = _VERB_NOUNS["calcify" if stem.startswith("calcif") else stem]
        return dataclasses.replace(fact, item=f"{noun}{verb['rest']}".strip())
    return fact


def _antecedent_item(fact: Fact) -> Fact:
    digits = re.sub(r"\D", "", fact.value)
    for found in _WHICH_OCCURS.finditer(fact.source.text):
        if digits and re.sub(r"\D", "", found["share"]).endswith(digits):
            return dataclasses.replace(fact, item=found["np"])
    return fact


def _lead_subject_repaired(fact: Fact, article: Article) -> Fact:
    """A differential's subject that runs on into a clause: cut, or the article's own."""
    subject = fact.subject
    if "," not in subject and ";" not in subject:
        return fact
    head = re.split(r"[,;]", subject, maxsplit=1)[0].strip()
    if ";" not in subject and _DANGLING_TAIL.search(subject) and not _CLAUSE.search(head):
        return dataclasses.replace(fact, subject=head)
    if article.title and (";" in subject or _CLAUSE.search(subject)):
        return dataclasses.replace(fact, subject=article.title)
    return fact
