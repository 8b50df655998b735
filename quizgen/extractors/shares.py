"""What a percentage in a sentence refers to: the item counted, the whole it is a share of, or
the measure it is (a sensitivity is no share); runs that divide one whole are parts.

Every rule reads grammar and number shapes, never words of one disease: "X accounts for 22% of
A and 5% of B" (item X, wholes A and B), "Calcification is seen in 90% of cases" (item
calcification, whole cases), "About 70% arise in the head, 20% in the body and 10% in the
tail" (three parts of one whole, by location), "They are uncommon, about 10%" (item: what
"They" stands for). Where the grammar is not plain, the share keeps only its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from quizgen.extractors.share_clauses import clause_without_aside
from quizgen.extractors.share_measures import continued_measure, reported_measure
from quizgen.extractors.text import (
    Percent,
    find_percents,
    initials,
    leading_subject,
    names_people,
    same_name,
    strip_citation,
)
from quizgen.extractors.vocabulary import MODALITIES
from quizgen.normalize import singular

__all__ = ["Share", "shares_in"]

_WHOLE_MAX = 103.0  # parts of one whole add up to 100 %, give or take rounding and "~"
# A band of a score, not a share: "necrosis less than 30% (2 points)", "more than 25% of the
# hemithorax (1 point)", "30-50% = 4 points".
_SCORE_BAND_AFTER = re.compile(
    r"^(?:[^.;()]{0,40}\(\s{0,3}|\s{0,3}(?:[=:\u2192]|scores?)\s{0,3})\d{1,2}\s{0,3}points?\b",
    re.I,
)


# A strength, not a share: "20% hypertonic saline", "95% ethanol", "a 95% confidence
# interval". A closed list of solutions and statistics written right after the figure.
_CONCENTRATION_AFTER = re.compile(
    r"^\s{0,2}(?:[a-z][a-z-]{1,20}\s){0,2}(?:saline|ethanol|alcohol|dextrose|glucose|formalin|"
    r"formaldehyde|solution|lidocaine|lignocaine|bupivacaine|iodine|povidone|chlorhexidine|"
    r"acetic\sacid|hydrogen\speroxide|sodium\s[a-z]{4,12}|barium|gel|w/v|v/v|"
    r"confidence\s(?:interval|limits?)|CI)\b",
    re.I,
)


# A change, not a share: "a lesion that grows by more than 20% in six months", "the volume
# falls by half": what a figure after a verb of change measures is the change (a cut-off).
_CHANGE_BEFORE = re.compile(
    r"\b(?:grows?|grew|growing|enlarges?|enlarged|enlarging|shrinks?|shrank|shrinking|"
    r"(?:increases?|increased|increasing|decreases?|decreased|decreasing)\sin\s(?:size|"
    r"diameter|volume))\sby\s$",
    re.I,
)
# An extent, not a share of cases: "a fracture involving less than half of the head",
# "a thrombus occupying over 50% of the lumen" (a participle: a finite "occupy" may state a
# finding's threshold).
_EXTENT_BEFORE = re.compile(r"\b(?:involving|occupying|covering|replacing|spanning)\s$", re.I)
_EXTENT_AFTER = re.compile(r"^\s{0,3}of\s(?:the|its|their)\s(?!population\b)[a-z]", re.I)


# A degree, not a share: "less than 25% narrowing", "a 50% reduction in size", "70% or
# greater stenosis": the figure is how much the noun after it amounts to (a grade's cut-off).
_DEGREE_AFTER = re.compile(
    r"^\s{0,2}(?:or\s(?:more|greater|less|higher|lower)\s)?(?:luminal\s)?(?:narrowing|stenosis|"
    r"reduction|decrease|increase|occlusion|shrinkage|regression|enlargement)\b",
    re.I,
)


# A fraction of a measurement, not a share of cases: "no thicker than half the width of the
# vertebral body", "a third the size of …". With no item or whole it says nothing a card can
# ask ("deep scalloping (more than two-thirds of the cortical thickness)" keeps its item).
_MEASUREMENT_AFTER = re.compile(
    r"^\s{0,3}(?:of\s)?(?:(?:the|its|their|a|an)\s)?"
    r"(?:(?!(?:have|has|had|are|is|was|were|show|shows|with|in|on|at|and|or|who|which|that)\b)"
    r"[\w-]{1,25}\s){0,3}?(?:width|diameter|thickness|length|height|depth|size|volume|"
    r"calibre|caliber|circumference|area|weight|distance|span|radius)\b",
    re.I,
)


def _no_share(text: str, percent: Percent) -> bool:
    """Whether a figure is a score's band, a strength, a change or an extent, not a share."""
    before, after = text[: percent.start], text[percent.end :]
    return bool(
        _SCORE_BAND_AFTER.match(after)
        or _CONCENTRATION_AFTER.match(after)
        or _CHANGE_BEFORE.search(before[-40:])
        or (_EXTENT_BEFORE.search(before[-40:]) and _EXTENT_AFTER.match(after))
        or _DEGREE_AFTER.match(after)
    )


@dataclass(frozen=True, slots=True)
class Share:
    """One percentage of a sentence and what it refers to ("" where the grammar is unclear).

    ``part_of`` is set for the members of a run that divides one whole ("distribution").
    """

    percent: Percent
    item: str = ""
    group: str = ""
    attribute: str = ""
    part_of: str = ""


_NOW = r"(?:now|still|only|currently|overall|generally|usually|typically)"
_COMPARED = (
    r"(?:below|above|under|over|exceeds?|exceeding|reaches|approaches|less than|more than|"
    r"greater than|up to|about|approximately|nearly|almost)"
)
# A measure, not a share of anything: "a sensitivity of 85%", "5-year survival is 20%".
_MEASURE_BEFORE = re.compile(
    r"\b(?P<measure>sensitivity|specificity|accuracy|(?:positive|negative) predictive value|"
    r"PPV|NPV|(?:\d{1,2}-year\s)?survival(?:\srate)?|mortality(?:\srate)?|recurrence(?:\srate)?|"
    # any named rate ("the perforation rate is 2-3%", "conversion rates of 10-20%")
    r"(?<![\w-])(?!(?:the|a|an|this|that|its|their|overall|high|low|higher|lower)\s)"
    r"[A-Za-z][\w-]{2,25}\srates?|odds|yield|"
    r"risk(?!\sfactors?\b)|"  # "the most important risk factor and is present in 70%": no risk
    r"concordance|agreement|reduction|increase|incidence|prevalence|"
    r"decrease|uptake|specificities|sensitivities)\b(?P<tail>(?:\s[\w-]{1,20}){0,8}?)"
    r"\s{0,3}(?:of|is|was|were|=|:|at|approaching|reaching|around|in|by|to)?"
    rf"(?:\s{{1,3}}{_NOW})?(?:\s{{1,3}}{_COMPARED})?\s{{0,3}}\(?\s{{0,3}}$",
    re.I,
)
# Words that qualify a measure: "ten-year disease-specific survival", "annual incidence".
_MODIFIERS = re.compile(
    r"(?:(?<=^)|(?<=\s))((?:(?!(?:the|a|an|of|in|on|with|and|or|but|is|are|was|were|be|has|have|"
    r"had|its|their|his|her|this|these|that|which|at|to|by|for|from|as|than|reported|showed|"
    r"shows|show|found|only|about|approximately|"
    # a conjunction opens the clause the measure stands in: "although recurrence …"
    r"although|though|while|whereas|because|since|when|if|so|yet)\b)[A-Za-z][\w-]{1,25}\s){1,3})$",
    re.I,
)
# What a measure's tail may say of it: "incidence of sudden death in treated adults".
_TAIL = re.compile(r"^\s(?:of|for|in|among|after|at|within)\s[\w\s-]{1,80}$", re.I)
_TAIL_END = re.compile(
    rf"(?:\s(?:of|is|was|were|at|approaching|reaching|around|in|by|to|{_NOW}|{_COMPARED})){{1,4}}$",
    re.I,
)
_SECOND_MEASURE = re.compile(
    r"^\s(?:and|or)\s(sensitivity|specificity|accuracy)(?:\s(?:of|is|was|were|are|at|around))?$",
    re.I,
)
_AGE_LIMIT = re.compile(r"\b(?:over|under|than|aged?|of)\s\d{1,3}$", re.I)
# "a prevalence of 4-8% in men over 65": the population a measure is taken in.
_POPULATION_AFTER = re.compile(
    r"^\s{1,3}(?:in|among)\s(?P<population>(?!(?:the|a|an|up|about)\b)[A-Za-z][\w-]{1,25}"
    r"(?:\s[\w-]{1,25}){0,5}?)(?=\s?[,;.)]|\s(?:and|but|whereas|while)\b|$)",
    re.I,
)
# "highly specific (above 85%)": the adjective names the measure its figure gives.
_MEASURE_IN_PARENTHESES = re.compile(
    rf"\b(?P<measure>sensitive|specific|accurate)\s{{0,3}}\(\s{{0,3}}(?:{_COMPARED}\s{{1,3}})?$",
    re.I,
)
_MEASURE_AFTER = re.compile(r"^\s{0,3}(?P<measure>sensitive|specific|accurate)\b", re.I)
_COUNTED_ADVERB = (
    r"still|also|often|usually|typically|commonly|rarely|frequently|sometimes|occasionally|"
    r"eventually|subsequently|later"
)
_WHOLE_AFTER = re.compile(
    r"^\s{0,3}\)?\s{0,3}of\s(?:all\s|the\s|these\s|those\s)?"
    r"(?P<group>(?:[^,;.()]|\([^()]{0,40}\)){1,80}?)"
    # a figure in brackets after the whole restates the share ("… tumours (range 36-100%)")
    r"(?=\s\((?=[^()]{0,40}%)|\s(?:are|is|were|was|have|has|show|shows|present|presents|develop|develops|"
    r"demonstrate|demonstrates|arise|occur|with|who|which|that|in|at|on|by|undergo|"
    r"require|had|will|may|can|remain|die|survive|but|or|at|for|from|to|originate|derive|"
    r"result|persist|come|predicts?|improves?|correlates?|confers?|relapse|recur|progress|"
    # "… of paragangliomas secrete catecholamines": a plural's verb of what it makes or holds
    r"secrete|produce|contain|lack|express|exhibit|display|experience|need|become|"
    # "… of patients report an antecedent infection", "… of PULs ultimately prove to be …":
    # what the counted do ends the whole as well
    r"report|make|carry|harbou?r|fail|prove|achieve|recall|improve|settle|close|enhance|"
    r"recover|respond|ever|never|ultimately|"
    # "… of patients still have …", "… of cases and often symmetric": an adverb after the
    # counted opens what is said of them
    # "… of patients early in the disease": when, not who
    rf"{_COUNTED_ADVERB}|(?:early|late)\s(?:in|on))\b|\s(?:and|or)\s(?=[\d~≈<>]|(?:the|a|an|in|up|about|approximately|"
    rf"is|are|was|were|has|have|may|can|it|its|{_COUNTED_ADVERB}|"
    # "… of cases and predicts response": a second verb of the same subject ends the whole
    r"predicts?|improves?|indicates?|suggests?|confers?|correlates?|carries|carry|requires?|"
    # "… of patients and include rib fractures": the relative clause's second verb
    r"responds?|worsens?|reduces?|increases?|shows?|causes?|leads?|includes?|including|"
    r"involves?|affects?)\b|[\w-]{1,40}\s(?:in|is|are|was|were|has|have|"
    r"occurs?)\b)|\s?[,;.)]|$"
    # "In 15% of cases the tumour is multifocal": a clause opens after the cases counted
    r"|(?:(?<=cases)|(?<=patients)|(?<=people)|(?<=children)|(?<=adults))\s"
    r"(?=(?:the|a|an|this|these|its|their|no|there|it|they)\s))",
    re.I,
)
_ACCOUNT_VERB = re.compile(
    r"\b(?:accounts?|accounting|represents?|representing|makes?\sup|making\sup|constitutes?|"
    # "X causes only about 5% of large bowel obstructions": X is that share of them
    r"constituting|comprises?|comprising|causes?|causing|(?:is|are)\sresponsible)(?:\sfor)?"
    r"(?:\s(?:only|just|roughly|around|about|approximately|nearly|almost))?\s{0,3}$",
    re.I,
)
# "…, conventional chondrosarcoma, which makes up 85%", "… of paragangliomas, which
# themselves make up under 1%": a relative clause's share counts its antecedent, the noun
# phrase before ", which", not the sentence's subject.
_WHICH_BEFORE = re.compile(
    r"(?:^|[,;:]\s|\s(?:of|for|in|by|with|to|from|as|than|into|among|including)\s)"
    r"(?P<head>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:of|for|in|by|with|to|from|as|is|are|was|were|"
    r"be|been|has|have)\b)[\w'’/-]{1,40}){0,5}?),\s(?:which|that)\s(?:themselves\s|itself\s)?$",
    re.I,
)
_AND_BEFORE = re.compile(r"(?:,\s{0,3}(?:and\s|while\s|whereas\s)?|\sand\s|\sor\s)$", re.I)
# "Headache occurs in", "Calcification is seen in", "seizures in": a head noun phrase + "in".
_ADVERB = r"(?:already|also|usually|often|typically|commonly|frequently|only|still|more|most)"
_PARTICIPLE = (
    r"(?:seen|found|present|observed|detected|identified|noted|reported|demonstrated|visible|"
    r"evident|occurs?|occurring|develops?|affected|involved|"
    # what the record holds: "is described in", "can be documented / elicited in"
    r"described|documented|elicited|recorded|encountered|"
    # an organism's share: "Escherichia coli, isolated in about 70% of cases"
    r"isolated|cultured|recovered)"
)
_LY = r"(?:(?!only\s)[a-z]{3,15}ly\s)?"  # "found incidentally in" (not "in only": a limit)
# The words that may stand between "in" and a share's figure: "in up to", "in about", "in a".
_SHARE_LEAD = (
    r"(?:up\sto\s|only\s|a\s|about\s|around\s|approximately\s|roughly\s|nearly\s|almost\s)?"
)
_IN_BEFORE = re.compile(
    # a name may open on a Greek letter ("β-hCG", "α-fetoprotein")
    # "…, because pulmonary metastases are present in": a subordinate clause's own subject
    r"(?:,\s(?:as|so)\s|\s(?:because|since)\s|"
    r"^|[,;:]\s|\sand\s|\swhile\s|\swhereas\s|\sbut\s)(?P<head>[A-Za-zα-ω][\w'’/()-]{0,40}"
    # a variant's or gene's name may hold a dot inside it ("p.R4810K", "c.35delG")
    # ("Curvilinear or ring-like calcification of the pericyst is seen in": up to nine words)
    r"(?:\s(?!(?:is|are|was|were|be|been|has|have|may|can|becomes?|became)\b)[\w'’/()-]{1,40}"
    r"(?:\.[\w-]{1,20})?){0,8}?)"
    # an apposition between the noun and its verb: "Psammoma bodies, laminated calcifications,"
    r"(?:,\s[a-z][^,;:()]{2,60},)?\s"
    # "is mildly elevated in": a manner adverb before the property
    rf"(?:(?:is|are|was|were)\s(?:{_ADVERB}\s)?{_LY}(?P<det>(?:the|a|an)\s)?(?P<adj>[a-z][a-z-]{{2,30}}\s"
    # "are bilateral and symmetric in 90%": two properties counted together
    r"(?:and\s(?!in\b)[a-z][a-z-]{2,30}\s)?)?"
    # "has been found incidentally in", "may be seen in": a perfect or a modal, an adverb
    # "is estimated to occur in": a hedge before the verb keeps its subject
    # "The other shoulder becomes involved in": a change of state before the participle
    rf"{_LY}|(?:(?:has|have|had)\sbeen\s|(?:may|can|might|could)\s(?:also\s)?be\s|"
    r"(?:becomes?|became)\s|"
    r"(?:is|are)\s(?:estimated|thought|believed|said|known|reported)\sto\s)?"
    rf"(?:{_ADVERB}\s)?{_PARTICIPLE}\s{_LY})?"
    # "present at diagnosis in", "seen on imaging in": one circumstance before the share
    # "present in a minority (around 10%)": the share's words hold "minority (…)"
    r"(?:(?:at|on|during)\s[a-z]{2,20}\s)?(?:in|by)\s"
    rf"{_SHARE_LEAD}$",
    re.I,
)
# "Nephrolithiasis affects 20-30% of patients": the subject of a verb of involvement.
_AFFECTS_BEFORE = re.compile(
    r"(?:^|[,;:]\s|\sand\s|\swhile\s|\swhereas\s|\sbut\s)(?P<head>[A-Za-z][\w'’/()-]{0,40}"
    r"(?:\s(?!(?:is|are|was|were|be|been)\b)[\w'’/()-]{1,40}){0,5}?)"
    # "Hypertension, usually due to renal artery stenosis, affects": an aside before the verb
    r"(?:,\s[a-z][^,;:()]{2,80},)?\s"
    rf"(?:{_ADVERB}\s)?(?:affects?|affected|complicates?|complicated)\s(?:up\sto\s|only\s)?$",
    re.I,
)
_NP_START = r"(?:^|[,;:]\s|\sand\s|\swhile\s|\swhereas\s|\sbut\s)"
_NP = (
    r"(?P<head>[A-Za-z][\w'’/()-]{0,40}"
    r"(?:\s(?!(?:is|are|was|were|be|been|which|that)\b)[\w'’/()-]{1,40}){0,5}?)"
)
# "Anaplasia, found in about 5%, is …", "… thrombus, which is present in 4-10%".
_RELATIVE_BEFORE = re.compile(
    rf"(?:{_NP_START}|\s(?:for|with)\s){_NP},\s(?:(?:which|that)\s(?:is|are|was|were)\s)?"
    rf"(?:{_ADVERB}\s)?{_PARTICIPLE}\s(?:in|by)\s(?:up\sto\s|only\s)?$",
    re.I,
)
# A clause whose verb is left out after the first: "…, medullary carcinoma for 3-5% and
# anaplastic carcinoma for 2%", "the right hip in 20% and both hips in the remaining 20%".
_GAPPED = re.compile(
    r"^(?:\s{0,3}\)?\s{0,3}of\s[^,;()]{1,80}?)?\s{0,3}(?:[,;]\s{0,3}(?:and\s|or\s)?|\s(?:and|or)\s)"
    r"(?:the\s)?(?P<head>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|for|in|and|or|of)\b)"
    r"[\w'’/-]{1,40}){0,4}?)\s(?P<prep>for|in)\s(?:(?:only|about|approximately|around|roughly|"
    r"nearly|almost|the\sremaining|another|a\sfurther)\s)?$",
    re.I,
)
_PREP_BEFORE = re.compile(
    r"\b(?P<prep>for|in)\s(?:(?:only|about|approximately|around|roughly|nearly|almost|up\sto)\s)?$",
    re.I,
)


def _gapped(text: str, percent: Percent, previous: Share | None) -> str:
    """The item of a share whose clause repeats the previous one's verb by leaving it out."""
    if previous is None or not previous.item or previous.attribute:
        return ""
    match = _GAPPED.match(text[previous.percent.end : percent.start])
    first = _PREP_BEFORE.search(text[: previous.percent.start])
    if not match or not first or first.group("prep").lower() != match.group("prep").lower():
        return ""
    head = _phrase(match.group("head"))
    return head if head and not _NOT_AN_ITEM.match(head.split()[0]) else ""


# The age by which a share holds belongs to what is counted: "… in 80% by the age of 40".
_BY_AGE = re.compile(
    r"^\s{0,3}(?P<when>(?:by|before|after)\s(?:the\s)?age\s(?:of\s)?\d{1,3}(?:\syears)?)\b",
    re.I,
)
# The subject of a clause whose second predicate holds the share: "Calcification is the
# hallmark and is seen in 70%", "seizures are the commonest feature, occurring in 60%".
_SECOND_PREDICATE = re.compile(
    # "Foul-smelling (putrid) sputum is a clue … and is described in": a gloss in the head
    r"(?:^|[;:]\s|,\s)(?P<head>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|be|been|which|"
    r"that|and)\b)(?:\([\w'’/ -]{1,30}\)|[\w'’/-]{1,40})){0,7}?)\s(?:is|are|was|were)\s"
    r"[^,;:]{1,80}?(?:,\s|\sand\s)"
    rf"(?:{_ADVERB}\s)?(?:(?:is|are|was|were)\s(?:{_ADVERB}\s)?|"
    # "Bilateral lesions are common and have been found in"
    r"(?:has|have)\sbeen\s|(?:may|can)\s(?:also\s)?be\s)?"
    rf"{_PARTICIPLE}\s"
    r"(?:in|by)\s(?:up\sto\s|only\s|about\s|around\s|approximately\s)?$",
    re.I,
)
# "They are associated with a syrinx in 60%": what comes with the subject is counted.
_ASSOCIATED_BEFORE = re.compile(
    r"\b(?:associated|accompanied|complicated)\s(?:with|by)\s(?:an?\s|the\s)?"
    # "pelvic and acetabular fractures": an adjective of kind shares the head after "and"
    r"(?P<head>(?:[a-z][a-z-]{1,30}(?:al|ic|ar|ary|eal|ous|ive)\s(?:and|or)\s)?[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:in|by|is|are|and|or)\b)[\w'’/-]{1,40}){0,4}?)"
    r"\s(?:in|by)\s(?:up\sto\s|only\s|about\s|around\s|approximately\s)?$",
    re.I,
)
# "Malignant transformation is rare (<1%)": the subject of a worded, figured share.
_IS_BEFORE = re.compile(
    rf"{_NP_START}{_NP}\s(?:is|are|was|were)\s"
    rf"(?:{_ADVERB}\s|very\s|extremely\s|relatively\s|fairly\s|quite\s|distinctly\s)?$",
    re.I,
)
# A predicate adjective that names a presence or a frequency, not a property: "is present
# in", "are common in" count the noun before them; "are bilateral in" counts "bilateral".
# A test's result is a property: "Blood cultures are positive in 60%" counts positive blood
# cultures, "The radiograph is normal in 20%" normal radiographs.
_NOT_A_PROPERTY = re.compile(
    rf"^(?:{_PARTICIPLE}|common|uncommon|rare|frequent|infrequent|unusual|typical|usual|"
    r"elevated|raised|increased|decreased|reduced|low|high|"
    r"associated|related|linked|responsible|described|encountered|recorded|documented|"
    r"diagnosed|treated|involved|\w{1,30}ed)$",
    re.I,
)
# "… arise in the head in 70%": the place named before the share.
_PLACE_BEFORE = re.compile(
    r"\b(?:arises?|occurs?|develops?|originates?|(?:is|are)\s(?:located|found|situated))\s"
    # ("occurs in the majority of patients (80%)": a count of people, no place)
    r"(?:in|at|within|from|on)\s"
    r"(?!(?:the\s|a\s)?(?:majority|minority|most|many|some|half|proportion|number|patients|"
    r"cases)\b)(?:the\s)?"
    r"(?P<part>[A-Za-z][\w'’/-]{0,40}"
    r"(?:\s(?!in\b)[\w'’/-]{1,40}){0,4}?)"
    # "arise in the head of the pancreas (70% of cases)": the share in brackets likewise
    r"(?:\s(?:in|by)\s(?:up\sto\s|only\s|about\s)?|\s{0,3}\(\s{0,3}"
    r"(?:(?:about|approximately|around|roughly|nearly|up\sto|~)\s{0,3})?)$",
    re.I,
)
# "calcification (90%)": the noun phrase a parenthesised share follows.
_PARENTHETICAL = re.compile(r"\([^()]{0,80}\)")
_PAREN_BEFORE = re.compile(
    r"(?:^|[,;:]\s|\sand\s|\sor\s|\swith\s|\sincluding\s|\sas\s|\s(?:is|are|was|were)\s)"
    # "Patients present with haematuria (…)": the noun after "with" is the head, not the clause
    # ("relative sparing of the subpleural lung (seen in …)": up to six words)
    r"(?P<head>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|with|including)\b)"
    r"[\w'’/-]{1,40}){0,5}?)"
    # "pathological fractures (in approximately 80% of …)": a bracketed "in" share too
    rf"\s{{0,3}}\(\s{{0,3}}(?:{_PARTICIPLE}\s)?(?:in\s(?:up\sto\s)?)?$",
    re.I,
)
# "Sudden deafness is the presenting symptom in 10%", "Bone pain, often in the ribs, is the
# presenting complaint in two-thirds": the subject fills a role the share counts.
_ROLE_IN_BEFORE = re.compile(
    rf"{_NP_START}{_NP}(?:,\s[a-z][^,;:()]{{2,80}},)?\s(?:is|are|was|were)\s(?:the|a|an)\s"
    r"(?:[a-z-]{3,20}\s){0,2}(?:feature|symptom|complaint|sign|finding|manifestation|"
    # "A pathological fracture is the presenting event in 5-10%", "Trauma is the cause in 20%",
    # "Pseudomonas aeruginosa is the causative organism in over 95%"
    r"presentation|abnormality|event|cause|organism|agent|pathogen)s?\s(?:in|of)\s"
    r"(?:up\sto\s|only\s|about\s|around\s|approximately\s|roughly\s|nearly\s|almost\s)?$",
    re.I,
)
# "Mortality remains high, at ~50-80%", "Recurrent dissection is uncommon, at about 1% per
# year", "Mortality after rupture, at 10-15%, is lower …": the subject is what is measured.
_AT_BEFORE = re.compile(
    rf"^{_NP}(?:\s(?:is|are|was|were|remains?|remained|stays?)\s(?:[a-z]{{2,15}}ly\s)?"
    r"(?:still\s|very\s|relatively\s)?[a-z-]{3,20})?,\s(?:at|of)\s(?:only\s)?$",
    re.I,
)
# "Node enlargement is common (seen in up to 80%)": a word of frequency before the bracket
# says how often the subject is seen; the subject is counted, not the word.
_FREQUENT_PAREN = re.compile(
    # "is exceptionally rare (reported in fewer than 1%)": any adverb of degree
    rf"{_NP_START}{_NP}\s(?:is|are|was|were)\s(?:{_ADVERB}\s|very\s|[a-z]{{3,15}}ly\s)?"
    r"(?:common|uncommon|rare|frequent|infrequent|unusual)\s{0,3}\(\s{0,3}"
    rf"(?:{_PARTICIPLE}\s)?(?:in\s(?:up\sto\s)?)?$",
    re.I,
)
_NOT_AN_ITEM = re.compile(
    # a subordinate clause is no noun phrase: "Because the tumour involves the cortex, …"
    r"^(?:because|when|whenever|if|since|unless|once|as|where|whom|whose|"
    r"it|they|this|these|those|which|that|there|and|or|but|yet|so|although|though|while|"
    r"whereas|is|are|was|were|being|having|"
    r"seen|found|"
    r"present|occurs?|occurring|reported|described|recorded|documented|encountered|observed|"
    r"detected|identified|noted|demonstrated|in|of|the|a|an|to|patients?|cases?|"
    # a participle opens a clause ("seen in 20%"); these -ed words open noun phrases
    r"(?!(?:mixed|calcified|enlarged|dilated|thickened|locali[sz]ed|disseminated|advanced|"
    r"isolated|untreated|infected|ruptured|complicated|uncomplicated|inherited|acquired|"
    r"(?:un|well-|poorly-|moderately-)?differentiated|combined|delayed)$)"
    r"\w{1,40}ed)$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"^\s{0,3}(?:(?:of\s)?(?:cases|tumou?rs|lesions|patients)\s)?(?P<verb>(?:arises?|occurs?|"
    r"originates?|develops?|(?:are|is)\s(?:located|found|seen|situated)|involves?|affects?|"
    r"are|is)\s)?(?:(?P<prep>in|at|within|from|on|around|near)\s(?:the\s)?(?P<part>[A-Za-z][\w'’/-]{0,40}"
    r"(?:\s(?!and\b|or\b)[\w'’/-]{1,40}){0,5}?)(?=\s?[,;.)]|\sand\s|\sor\s|\swhile\s|$)"
    # "85% occur between T9 and S1": a span of levels, its "and" inside it
    r"|(?P<span>between\s[CTLS]\d{1,2}\sand\s[CTLS]\d{1,2})(?=\s?[,;.)]|\s|$))",
    re.I,
)
_PREDICATE_AFTER = re.compile(
    rf"^\s{{0,3}}(?:(?:{_COUNTED_ADVERB})\s)?"
    r"(?:are|is|were|was|have|has|show|shows|present\swith|demonstrate|develop|"
    # "Fewer than 1% undergo malignant transformation": what they undergo is counted, but
    # not a first adjective of a stacked list ("progress to fibrotic, cystic end-stage lung")
    r"(?:undergoe?s?|progress(?:es)?\sto|go\son\sto\sdevelop)(?=\s[^,;.]{2,60}(?:[;.)]|$)))\s"
    # "80% are associated with the upper pole moiety": a participle keeps its complement
    r"(?P<predicate>(?:associated|linked|confined|related|attached)\s(?:with|to)\s"
    r"[^,;.()]{2,60}?|"
    r"[a-z][\w'’/-]{0,40}(?:\s(?!and\b|or\b|in\b|with\b)[\w'’/-]{1,40}){0,6}?)"
    # "… are primary (de novo), …": a note in parentheses ends the predicate too
    r"(?=\s?[,;.)]|\s\(|\sand\s|\sor\s|\sin\s|\swith\s|$)",
    re.I,
)
# "… of paragangliomas secrete catecholamines": a verb of what the counted make or hold is
# part of what is counted ("secrete catecholamines"), unlike "are" or "have".
_ACTION_AFTER = re.compile(
    # "never develop symptoms": an adverb of time or negation is part of what is counted
    r"^\s{0,3}(?P<predicate>(?:(?:never|ever|ultimately|eventually|later)\s)?"
    r"(?:secrete|produce|contain|lack|express|exhibit|display|experience|need|become|develop|"
    # "… carry a mutation of X", "… make a complete recovery", "… fail to respond to X"
    r"carry|harbou?r|report|make|require|remain|achieve|recall|improve|close|recover|survive|"
    r"respond|"
    r"fail\sto\s[a-z]{3,20}|prove\sto\s(?:be|have))"
    r"\s[a-z\d][\w'’/-]{0,40}(?:\s(?!in\b|with\b)[\w'’/-]{1,40}){0,6}?)"
    r"(?=\s?[,;.)]|\s\(|\sin\s|\swith\s|$)",
    re.I,
)
_CLAUSE_END_AFTER = re.compile(r"^\s{0,3}\)?\s{0,3}(?:[,;.]|$|and\b)", re.I)
_AFTER_COMMA = re.compile(
    r"(?<=[\w)])\s{0,3}(?:,|\()\s{0,3}(?:about|approximately|around|roughly)?\s{0,3}$"
)
_MEASURED = re.compile(
    r"(?:^|[,;]\s|\sand\s|\swhereas\s|\sbut\s|\swhile\s)"
    r"(?P<head>[A-Za-z][\w'’/()-]{0,40}(?:\s[\w'’/()-]{1,40}){0,5}?)\s"
    r"(?:has|had|have|shows?|showed|demonstrates?|demonstrated|achieves?|achieved|with)\s"
    r"(?:an?\s)?(?:[a-z]{2,20}\s)?(?:sensitivity|specificity|accuracy|positive predictive value|"
    r"negative predictive value|PPV|NPV|mortality|survival|detection rate|yield)\b[^,;]{0,40}$",
    re.I,
)
# A finite verb between two figures starts a new statement (not a continued measure).
_VERB_WORDS = r"(?:is|are|was|were|has|have|shows?|occurs?|arises?|presents?|develops?)"
_HEDGE = re.compile(r"^(?:considered|thought|believed|said|found)\s(?:to\sbe\s)?", re.I)
_MOST_SHARES = 12  # more figures than a sentence states: each would cost a scan of the line
_WORDS_MAX = 8  # an item or whole is a noun phrase, not a clause
_SHORT_SUBJECT = 6  # a longer subject may hide a verb the patterns let through


# "…, whereas distant metastases are found in 5%": the clause's subject follows the word.
_CONTRAST = re.compile(r"^(?:whereas|while|but|although|though|and)\s", re.I)
_SETTING = re.compile(r"^(?:setting|context|presence)\sof\s(?:the\s|an?\s)?", re.I)
# "… of at least 50% is regarded as normal": a judgement of a figure, not what it counts.
_JUDGED = re.compile(
    r"^(?:regarded|deemed|defined|accepted|taken|"
    r"recommended|required|acceptable|normal|abnormal)\b",
    re.I,
)


_SHOWN_BY = re.compile(
    r"^[A-Za-z][\w/-]{1,20}(?:\s[\w/-]{1,20})?\s(?:shows?|demonstrates?|reveals?|depicts?)\s",
    re.I,
)


_GENERIC_REFERENT = re.compile(
    r"(?:condition|disease|disorder|entity|syndrome|abnormality|anomaly)", re.I
)


def _phrase(text: str, most: int = _WORDS_MAX) -> str:
    """A noun phrase tidied for a field: no citation, no leading article, a few words."""
    text = text.strip(" ,;:")
    if not _AGE_LIMIT.search(text.rstrip(" .")):  # "before the age of 5": no citation marker
        text = strip_citation(text)
    text = text.strip(" ,;:.")
    # "Its founder variant …": the possessive points back to the subject; the noun is the item
    # "Radiographs show a soft tissue mass in 50%": what is shown is the item, not the study
    text = _SHOWN_BY.sub("", text)
    text = re.sub(r"^(?:the|a|an|its|their)\s+", "", text, flags=re.I)
    text = _SETTING.sub("", text)  # "in the setting of VHL" is "in VHL"
    if _GENERIC_REFERENT.fullmatch(text):
        return ""  # "The condition is seen in 1-3%": the subject itself, no item of it
    return text if 0 < len(text.split()) <= most else ""


def _measure(before: str, after: str) -> str:
    """The measure a figure is, with the words that qualify it: "ten-year disease-specific
    survival", "incidence of sudden death in treated adults", "prevalence in men over 65"."""
    window = before[-100:]
    match = _MEASURE_BEFORE.search(window)
    if not match:
        plain = _MEASURE_AFTER.match(after) or _MEASURE_IN_PARENTHESES.search(window)
        word = plain.group("measure").lower() if plain else ""
        return {"sensitive": "sensitivity", "specific": "specificity", "accurate": "accuracy"}.get(
            word, word
        )
    words = [match.group("measure")]
    modifiers = _MODIFIERS.search(window[: match.start()])
    if modifiers:
        words.insert(0, modifiers.group(1).strip())
    tail = match.group("tail")
    if _TAIL.match(tail):
        words.append(_TAIL_END.sub("", tail).strip())
    elif paired := _SECOND_MEASURE.match(tail):
        # "sensitivity and specificity of 90-95%": one figure for both measures
        words.append(f"and {paired.group(1).lower()}")
    phrase = strip_citation(" ".join(w for w in words if w))
    phrase = re.sub(r"\brates$", "rate", phrase)  # "success rates above 90%": one rate
    population = _POPULATION_AFTER.match(after)
    if population and " in " not in phrase:
        group = population.group("population")
        if not _AGE_LIMIT.search(group):  # "over 65" is an age, not a citation marker
            group = strip_citation(group)
        phrase = f"{phrase} in {group}"
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase


# "… arise in the retroperitoneum or mediastinum.": a second place joined to the first, up
# to the clause's end, shares its figure (one with a figure of its own starts a run).
_COORDINATED_PLACE = re.compile(
    r"^\s(?P<more>(?:and|or)\s(?:the\s)?[A-Za-z][\w'’/-]{0,40}(?:\s[A-Za-z][\w'’/-]{0,40}){0,3}?)"
    r"(?=\s?[,;.)]|$)"
)


def _coordinated_place(rest: str) -> str:
    match = _COORDINATED_PLACE.match(rest)
    return f" {match['more']}" if match else ""


def _place_of(match: re.Match[str]) -> str:
    """The place a ``_PLACE_AFTER`` match names: a part, or a span of levels."""
    return match.group("part") or match.group("span")


def _places(text: str, percents: Sequence[Percent]) -> list[str]:
    """The place each share names ("arise in the head …, 20% in the body"), or "" each."""
    places = []
    for index, percent in enumerate(percents):
        match = _PLACE_AFTER.match(text[percent.end :])
        lead = index == 0 or bool(_AND_BEFORE.search(text[: percent.start]))
        # The first share carries the verb; the others may leave it out ("20% in the body").
        verb_ok = match is not None and (index > 0 or match.group("verb") is not None)
        places.append(_phrase(_place_of(match)) if match and lead and verb_ok else "")
    return places


def _partition(text: str, percents: Sequence[Percent]) -> tuple[str, list[str]] | None:
    """("distribution", parts) when the shares divide the subject's cases among places."""
    if len(percents) < 2:
        return None
    first = _PLACE_AFTER.match(text[percents[0].end :])
    if (
        first is None
        or first.group("verb") is None
        or first.group("verb").strip()
        in {
            "is",
            "are",
        }
    ):
        return None
    places = _places(text, percents)
    if not all(places) or sum(p.middle for p in percents) > _WHOLE_MAX:
        return None  # a share of each of several things ("in 75% … in 45%") is no whole
    # Sites and populations alike ("in the head", "in children"): the whole's distribution.
    return ("origin" if (first.group("prep") or "").lower() == "from" else "distribution"), places


# "… 98%, compared with 52% for mammography": the test a figure is for, named right after it.
_TEST_AFTER = re.compile(
    rf"^\s{{0,3}}\)?\s{{0,3}}(?:for|with|on|by|using)\s(?:the\s)?(?P<test>{MODALITIES.pattern})"
    r"(?!\s(?:and|or)\b)",
    re.I,
)
# "MRI is more sensitive than mammography …, with a sensitivity of 98%", "MRI is the most
# accurate technique, with …": a sentence opening on a test said to be accurate measures it.
_ACCURATE_TEST = re.compile(
    rf"^(?:the\s)?(?P<test>{MODALITIES.pattern})\s(?:is|was|remains)\s"
    r"[^,;()]{0,40}?\b(?:sensitive|specific|accurate)\b",
    re.I,
)
_ACCURACY_MEASURE = re.compile(
    r"^(?:\w{1,30}\s){0,2}?(?:sensitivity|specificity|accuracy|positive predictive value|"
    r"negative predictive value|PPV|NPV)\b",
    re.I,
)


def _measured(before: str, previous: Share | None, after: str = "", measure: str = "") -> str:
    """What a measure is of: "CTPA had a sensitivity of" → "CTPA"; "… 52% for mammography"
    → "mammography"; a figure continuing the measure before it ("… and a specificity of
    96%") is of the same thing; a test's accuracy in a sentence opening on that test ("MRI is
    more sensitive …, with a sensitivity of 98%") is the test's."""
    test = _TEST_AFTER.match(after) if _ACCURACY_MEASURE.match(measure) else None
    if test:
        return test.group("test")
    match = _MEASURED.search(before)
    if match:  # "…, although Klein’s line has a sensitivity of": the line, not "although"
        return _phrase(_CONTRAST.sub("", match.group("head")))
    opening = _ACCURATE_TEST.match(before.lstrip()) if _ACCURACY_MEASURE.match(measure) else None
    if opening and (previous is None or not previous.attribute):
        return opening.group("test")
    if previous is not None and previous.attribute:
        between = before[previous.percent.end :]
        if len(between.split()) <= 6 and not re.search(rf"\b{_VERB_WORDS}\b", between, re.I):
            return previous.item
    return ""


def _without_other_test(measure: str, counted: str) -> str:
    """A measure carried from the figure before without the test that figure was of:
    "sensitivity of CT is 90%, compared with 60% for ultrasound" → the second figure is the
    "sensitivity" of ultrasound, not the "sensitivity of CT"."""
    named = MODALITIES.search(measure)
    if counted and named and counted.lower() != named.group(0).lower():
        return re.sub(r"\s(?:of|for|with|on)\s.*$", "", measure)
    return measure


# "… is close to 0% in stable slips but up to 50% in unstable slips": a contrast between two
# populations, the figure after it of the same measure.
_POPULATION_CONTRAST = re.compile(
    r"\s{1,3}(?:in|among|for)\s(?P<population>[A-Za-z][\w-]{0,25}(?:\s[\w-]{1,25}){0,4}?),?\s"
    r"(?:but|whereas|while|and|compared\swith|versus)\s(?:(?:only|still)\s)?"
    r"(?:(?:rises?|rising|falls?|falling|drops?|dropping)\sto\s)?"
)


def _same_measure(text: str, percent: Percent, previous: Share | None) -> str:
    """ "… sensitivity of 85% for X and 60% for Y", "… ~75%, falling to ~20% in …": a
    figure right after a measure's figure is the same measure; the population the first
    figure is taken in is not the second's ("… 0% in stable slips but 50% in unstable")."""
    if previous is None or not previous.attribute:
        return ""
    if _WHOLE_AFTER.match(text[percent.end :]):
        return ""  # "… is about 30%, and only 60% of pregnancies …": a share of its own whole
    between = text[previous.percent.end : percent.start]
    contrast = _POPULATION_CONTRAST.fullmatch(between)
    if contrast:
        own = re.sub(rf"\sin\s{re.escape(contrast.group('population'))}$", "", previous.attribute)
        population = _POPULATION_AFTER.match(text[percent.end :])
        return f"{own} in {population.group('population')}" if population else own
    # "specific (above 85%) but seen in only 40%": a contrast or a finding starts another fact
    other = rf"\b(?:{_VERB_WORDS}|but|whereas|while|although|{_PARTICIPLE})\b"
    if len(between.split()) <= 6 and not re.search(other, between, re.I):
        return previous.attribute
    return ""


def _continued(text: str, percent: Percent, previous: Share | None) -> str:
    """The measure of the figure before, restated by a subjectless second predicate."""
    if previous is None:
        return ""
    measure = continued_measure(text[previous.percent.end : percent.start], previous.attribute)
    population = _POPULATION_AFTER.match(text[percent.end :]) if measure else None
    return f"{measure} in {population.group('population')}" if population else measure


# A noun that gathers a list ("the classic triad of A, B and C is seen in"): what is counted.
_COLLECTIVE_BEFORE = re.compile(
    r"(?:^|[,;]\s)(?P<np>(?:the\s)?(?:[\w-]{2,20}\s){0,2}(?:triad|tetrad|pentad|combination|"
    r"constellation))\sof\s[^;:.]{3,160}?\s(?:is|are|was|were)\s(?:[a-z]{2,12}\s){0,3}$",
    re.I,
)


# "with mutations in SLC20A2 accounting for": the noun phrase a "with" clause's participle
# says the share of
_WITH_PARTICIPLE = re.compile(
    r"(?:^|,\s)with\s(?P<np>[A-Za-z][\w'’/()-]{0,40}(?:\s[\w'’/()-]{1,40}){0,5}?)\s$", re.I
)


def _account_subject(head: str) -> str:
    """Who "accounts for" the share: the noun of a "with" clause ("…, with mutations in
    SLC20A2 accounting for 40%"), a relative clause's antecedent or a later clause's
    subject; "" for the sentence's own subject."""
    if absolute := _WITH_PARTICIPLE.search(head):
        return _phrase(absolute.group("np"))
    return _antecedent(head) or _clause_subject_of_verb(head)


# "…, most often in the left lower quadrant (approximately 60%)": the bracket counts the
# place the words of frequency name, not the subject before them.
# ("The tumour occurs almost exclusively in women (90%)": the women are counted)
_MOST_OFTEN_PLACE = re.compile(
    r"\b(?:most\s(?:often|commonly|frequently)|usually|typically|predominantly|mainly|mostly|"
    r"chiefly|(?:almost\s)?exclusively|(?:almost|nearly)\salways)\s"
    r"(?:(?:located|found|seen|situated|felt)\s)?"
    r"(?:in|at|on|within|over)\s(?:the\s)?"
    r"(?P<place>[a-z][\w'-]{1,30}(?:\s[\w'-]{1,30}){0,4}?)\s{0,3}\(\s{0,3}"
    r"(?:(?:about|approximately|around|roughly|nearly|up\sto|~)\s{0,3})?$",
    re.I,
)
_BEING = re.compile(rf",\sbeing\s(?=(?:{_ADVERB}\s)?{_PARTICIPLE}\s)", re.I)


def _item_before(before: str, subject: str, previous: Share | None, title: str = "") -> str:
    """What the share counts, from the words before it."""
    # "…, being present in 95%" reads as "…, present in 95%"
    before = _BEING.sub(", ", before)
    account = _ACCOUNT_VERB.search(before)
    if account:
        return _account_subject(before[: account.start()]) or subject
    if previous is not None and previous.item and _AND_BEFORE.search(before):
        clause = before[previous.percent.end :]
        if len(clause.split()) <= 3 + len(previous.group.split()) and not re.search(
            rf"\b{_VERB_WORDS}\b", clause, re.I
        ):
            return previous.item  # "… 22% of A and 5% of B": the same item, another whole
    placed = _place_or_aside(before)
    if placed is None:
        placed = _restated_property(before, subject, title)
    if placed is not None:
        return placed
    collective = _COLLECTIVE_BEFORE.search(before[-240:])
    if collective:
        # "The classic triad of A, B and C is seen in 10%": the triad is counted, not C
        return _phrase(collective.group("np"))
    # the first reading whose head closes every bracket it opens ("often with relative
    # sparing of the lung (seen in 40%)" is no "in" share of "… lung (seen")
    readings = (
        _SECOND_PREDICATE,
        _RELATIVE_BEFORE,
        _ASSOCIATED_BEFORE,
        _ROLE_IN_BEFORE,
        _FREQUENT_PAREN,
        _IN_BEFORE,
        _AFFECTS_BEFORE,
        _PAREN_BEFORE,
        _AT_BEFORE,
    )
    found = (pattern.search(before) for pattern in readings)
    match = next((m for m in found if m and _balanced(m.group("head"))), None)
    # "The classic history …, accompanied by anorexia, nausea and fever, is present in
    # half": a participle's noun followed by an aside is no item; the share is the sentence's
    if match and not _in_aside(match, before):
        head = _phrase(_AGENT.sub("", _WITH.sub("", _CONTRAST.sub("", match.group("head")))))
        joined = _joined_noun_phrase(before, match) if match.re is _IN_BEFORE else ""
        head = joined or head
        if not head and _OWN_CONDITION.match(match.group("head").strip()) and _property(match):
            # "The condition is bilateral in a third": a property of the page's own subject
            # ("The condition is seen in 2%" counts nothing but the condition: no item)
            head = title
        if _ROLE_HEAD.match(head) and (named := _ROLE_FILLER.match(before, match.end("head"))):
            # "The cardinal symptom is dysphagia …, present in 90%": the role is no item;
            # what fills it is counted
            head = _phrase(named.group("filler"))
        balanced = _balanced(head)
        # A name with digits in it ("BRAF V600E", "T2") is a noun; a bare number is not.
        bare_number = re.search(r"(?<![\w-])\d[\d.,]*(?![\w-])", head)
        if (
            head
            and balanced
            and not bare_number
            and not _no_item_opening(head)
            and not _is_a_share(head)
            and (bool(joined) or not _hides_a_verb(match, head, before))
            # "with considerably higher rates (up to 9%)": a rate, no item
            and not _MEASURE_HEAD.search(head)
        ):
            adjective = _property(match)
            counted = _with_property(adjective, head, subject, title) if adjective else ""
            return counted or _named(head, before, subject)
    return ""


# "The lungs are involved in two-thirds of patients", "the kidneys are affected in 80% of
# patients": a share of the patients with an organ involved counts the organ's involvement,
# not the organ. (A share of cases or lesions at a site, "The head is involved in 5%", names
# the site: the same fact as "Tumours arise in the head in 5%", read the same.)
_INVOLVED_BEFORE = re.compile(
    r"(?:^|[,;:]\s)(?:the\s)?(?P<organ>[a-z][a-z-]{2,20}(?:\s[a-z][a-z-]{2,20}){0,2})\s"
    rf"(?:is|are|was|were)\s(?:[a-z]{{3,15}}ly\s)?(?:involved|affected)\s(?:[a-z]{{3,15}}ly\s)?"
    rf"in\s{_SHARE_LEAD}$",
    re.I,
)
_OF_PATIENTS = re.compile(r"^(?:patients|people|individuals|children|adults)\b", re.I)
# "Both eyes", "the hand and fingers", "the upper pole": how many, two places of a
# distribution, or a part of an organ (where a lesion lies, not which organ is involved)
_QUANTIFIED = re.compile(
    r"^(?:both|either|all|multiple|several|other|one|two)\b|\s(?:and|or)\s|"
    r"\b(?:poles?|lobes?|segments?|walls?|margins?|aspects?|sides?|portions?|parts?|regions?|"
    r"zones?|quadrants?|thirds?|halves)$"
)


def _involvement(item: str, before: str, group: str) -> str:
    """ "lung involvement" for "The lungs are involved in 80% of patients"; ``item`` for any
    other share, and for people ("Men are affected in 60%") or a phrase that says how many
    ("Both eyes") or a part of an organ."""
    if not _OF_PATIENTS.match(group) or names_people(item):
        return item
    found = _INVOLVED_BEFORE.search(before)  # (the cheap test first: most shares are not)
    if found is None:
        return item
    organ = found.group("organ").lower()
    if _QUANTIFIED.search(organ) or names_people(organ) or item.lower() != organ:
        return item
    *first, last = organ.split()
    return " ".join((*first, singular(last), "involvement"))


# "(unilateral in about half of cases)": a bracket that restates one property with its share.
_PROPERTY_IN_BRACKET = re.compile(
    r"\s\(\s{0,2}(?P<adj>[a-z][a-z-]{2,30})\sin\s"
    rf"{_SHARE_LEAD}$"
)


# Where a clause of the words before a share opens: a stop, or a contrast word.
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s|\s(?:while|whereas|but)\s)(?=[^,;:]{0,400}$)", re.I)
_JOINED_WORDS_MAX = 12  # "Enlarged lymph nodes in the porta hepatis and … ligament": ten


def _joined_noun_phrase(before: str, match: re.Match[str]) -> str:
    """The whole noun phrase when an "and" joins two places of one noun ("Enlarged lymph nodes
    in the porta hepatis and hepatoduodenal ligament are seen in 80%": the nodes are counted,
    not the ligament), whether the reading's head opened on that "and" or holds it; "" when
    the "and" opens a new clause ("…, and cysts are seen in 10%") or there is none."""
    start = match.start("head")
    if re.fullmatch(r"\sand\s", before[match.start() : start], re.I):
        opening = _CLAUSE_OPENING.search(before, 0, match.start())
        if opening is None:
            return ""
        start, joint = opening.end(), match.start()
    else:
        joint = before.rfind(" and ", start, match.end("head"))
        if joint < 0:
            return ""
    placed = _PLACED_NOUN.fullmatch(before[start:joint])
    second = before[joint : match.end("head")].split()[1:]  # the words after "and"
    # two places of one noun are alike in length ("porta hepatis and hepatoduodenal
    # ligament"); a longer second part holds a verb ("radius and ulna stimulates healing")
    if placed is None or len(second) > len(placed.group("place").split()) + 1:
        return ""
    return _phrase(before[start : match.end("head")], _JOINED_WORDS_MAX)


# A noun placed by a preposition ("Enlarged lymph nodes in the porta hepatis"): the "and"
# after it joins a second place to the same phrase. A verb anywhere ("acts as a lead point")
# makes the "and" open a clause of its own.
_PLACED_NOUN = re.compile(
    rf"(?!.{{0,200}}\b(?:{_VERB_WORDS}|\w{{1,30}}s\s(?:as|to)|can|may|will)\b)"
    r"[A-Za-z][\w'’/-]{0,30}(?:\s[\w'’/-]{1,30}){0,4}\s(?:in|of|within|around|at|on|along)\s"
    r"(?:the\s)?(?P<place>[\w'’/-]{1,30}(?:\s[\w'’/-]{1,30}){0,3})",
    re.I,
)


def _restated_property(before: str, subject: str, title: str) -> str | None:
    """What a bracket restating a property counts ("Disease is often unilateral or
    asymmetric (unilateral in about half)": unilateral, the property its subject has), or
    None when no such bracket ends ``before``."""
    restated = _PROPERTY_IN_BRACKET.search(before)
    if restated is None or _NOT_A_PROPERTY.match(restated.group("adj")):
        return None
    head = leading_subject(before[: restated.start()].strip())
    if _OWN_CONDITION.match(head):
        return restated.group("adj")  # "Disease is …": the page's own
    head = _phrase(head)
    return _with_property(restated.group("adj"), head, subject, title) if head else ""


def _balanced(phrase: str) -> bool:
    return phrase.count("(") == phrase.count(")")


def _item_before_aside(before: str, subject: str, title: str) -> str:
    """What the share counts when an aside, a relative clause or a pronoun stands between the
    counted noun and its verb (``share_clauses``): read from the clause without it."""
    reread = clause_without_aside(before)
    if reread is None or _is_topic(reread.noun, subject, title):
        return ""  # "Polyps are common …, and they are found in 30%": the page's own share
    item = _item_before(reread.clause, subject, None, title)
    # the item must be the noun (or the noun with its property: "haemorrhagic venous
    # infarction"), not a noun of the predicate ("Anosmia is an uncommon complaint (5%)")
    head = reread.noun.split()[-1].lower()
    return item if head in item.lower().split() else ""


def _is_a_share(head: str) -> bool:
    """Whether the words before a bracketed figure are that share in words ("Roughly half
    (about 50%) of patients are asymptomatic"), not what it counts."""
    found = find_percents(head)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(head)


def _hides_a_verb(match: re.Match[str], head: str, before: str) -> bool:
    """Whether a long phrase opening the sentence is no subject ("A fracture through the cyst
    stimulates healing in 10%"): the item only where the sentence's grammar reads it so."""
    return (
        match.start("head") == 0
        and len(match.group("head").split()) > _SHORT_SUBJECT
        and _phrase(leading_subject(before.strip())) != head
    )


# Participles that open a noun phrase as adjectives ("Associated fractures are found in
# 40%", "Raised calcium is seen in 10%") unless a preposition follows ("associated with").
_ADJECTIVAL_PARTICIPLE = re.compile(
    r"^(?:associated|related|raised|elevated|reduced|increased|decreased|impaired|prolonged)"
    r"\s(?!(?:with|to|by|in|on)\b)[a-z]",
    re.I,
)


def _no_item_opening(head: str) -> bool:
    """Whether a noun phrase found before a share opens on a word that opens no item."""
    first = head.split(maxsplit=1)[0]
    return bool(_NOT_AN_ITEM.match(first)) and not _ADJECTIVAL_PARTICIPLE.match(head)


def _with_property(adjective: str, head: str, subject: str, title: str) -> str:
    """What "<head> is <adjective> in N%" counts: the adjective for the article's own subject
    ("Adenomas are bilateral in 10%": bilateral), else the head with it ("Infection is
    polymicrobial in half": polymicrobial infection, not infection); "" for a head that is a
    name ("GIST"), which the caller keeps as it is."""
    if _is_topic(head, subject, title):
        return adjective
    if _BARE_PRONOUN.match(head):
        return ""  # "…, yet it is normal in 30%": what "it" stands for is not named here
    if re.search(r"[A-Z]", head[1:]) and not _RESULT.match(adjective):
        return ""  # "GIST is multifocal in 10%": another named thing's figure keeps its name
    # "CT" keeps its capitals; "Brain MRI" is "brain MRI" after the adjective
    named = head[:1].lower() + head[1:] if head[1:2].islower() else head
    return _phrase(f"{adjective} {named}")


_BARE_PRONOUN = re.compile(
    r"^(?:(?:yet|but|and|so|although|though|while|whereas)\s)?(?:it|they|this|these|those)$",
    re.I,
)
# A test's result: "MRI is abnormal in 80%" counts abnormal MRI, whatever the test's name.
_RESULT = re.compile(r"^(?:positive|negative|normal|abnormal)$", re.I)


# "A accounts for 60%; distal tumours make up 25%", "…, whereas B makes up 10%": a clause
# of its own after ";" or a contrast names what its finite verb counts.
_CLAUSE_SUBJECT = re.compile(
    r"(?:;\s|,\s(?:and|while|whereas|but)\s|\s(?:whereas|while)\s)"
    r"(?P<head>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|be|been|has|have|which|that|"
    r"who|of|in|with)\b)(?:\([\w\s'’/-]{1,30}\)|[\w'’/-]{1,40})){0,4})\s$",
    re.I,
)


def _clause_subject_of_verb(before: str) -> str:
    """The subject of a finite "make up"/"account for" in a later clause of the sentence,
    "" when the verb is the sentence's own or a participle's ("…, accounting for 50%")."""
    match = _CLAUSE_SUBJECT.search(before[-160:])
    if match is None:
        return ""
    head = _phrase(re.sub(r"\s\([^()]{1,30}\)", "", match.group("head")))
    return head if head and not _NOT_AN_ITEM.match(head.split()[0]) else ""


def _antecedent(before: str) -> str:
    """The noun phrase a relative clause's "which" stands for ("…, conventional
    chondrosarcoma, which makes up"), "" when the verb has no such clause before it."""
    match = _WHICH_BEFORE.search(before)
    head = _phrase(match.group("head")) if match else ""
    return head if head and not _NOT_AN_ITEM.match(head.split()[0]) else ""


# A finite verb right after a comma ("…, occurs in", "…, develops in"): the words before the
# comma close an aside, for a subject is never cut from its verb by one comma.
_FINITE_AFTER_ASIDE = re.compile(rf",\s(?:{_ADVERB}\s)?(?:occurs?|develops?)\s", re.I)
# The clause's own subject before the aside: from the clause's start to its first comma.
_LEADING_NP = re.compile(
    r"^(?P<np>[A-Za-z][\w'’/()-]{0,40}(?:\s(?!(?:is|are|was|were|be|been|has|have|"
    r"which|that|who|in|on|at|with|by|for)\b)[\w'’/()-]{1,40}){0,4}),\s"
)
_CLAUSE_BREAK = re.compile(r"[;:]\s")


def _place_or_aside(before: str) -> str | None:
    """The item of a share whose words before it name a place ("Tumours arise in the head in
    70% of cases": the head) or close an aside before the subject's own verb ("Myoclonus,
    frequently provoked by startle, develops in": myoclonus, not the aside); None otherwise."""
    if most_often := _MOST_OFTEN_PLACE.search(before[-200:]):
        return most_often.group("place")  # "…, most often in the left lower quadrant (60%)"
    place = _PLACE_BEFORE.search(before)
    if place:
        return _phrase(place.group("part"))
    relative = _RELATIVE_BEFORE.search(before)
    if relative and _FINITE_AFTER_ASIDE.match(before, relative.end("head")):
        return _subject_before_aside(before[: relative.start("head")])
    return None


def _subject_before_aside(head: str) -> str:
    """The noun phrase a clause opens on before the aside that ends ``head`` ("Adjacent bone
    involvement, in the form of A, B or C," → "Adjacent bone involvement"), or "" when the
    clause opens on no short noun phrase ("In adults, …")."""
    match = _LEADING_NP.match(_CLAUSE_BREAK.split(head)[-1])
    noun = _phrase(match.group("np")) if match else ""
    # ("Associated skin conditions, mainly A and B, occur in": a participle used as an
    # adjective opens a noun phrase)
    adjectival = bool(_ADJECTIVAL_PARTICIPLE.match(noun))
    return "" if not noun or (_NOT_AN_ITEM.match(noun.split()[0]) and not adjectival) else noun


# A role, not a thing: "the cardinal symptom", "the commonest presenting feature".
_ROLE_HEAD = re.compile(
    r"^(?:(?:most|more)\s)?(?:(?:common|commonest|frequent|typical|classic|classical|cardinal|"
    r"main|principal|key|usual|dominant|leading|predominant|earliest|first|presenting)\s){1,3}"
    # "The key feature on late gadolinium enhancement (LGE) is …": where the role is seen
    r"(?:symptom|sign|feature|finding|complaint|manifestation|presentation|abnormality)s?"
    r"(?:\s(?:on|at|in)\s[^,;:]{2,60})?$",
    re.I,
)
# What fills the role, after the verb and before the comma that opens the share's clause.
_ROLE_FILLER = re.compile(
    r"\s(?:is|are|was|were)\s(?P<filler>[^,;:]{2,80}?)(?:,\s|\sand\s(?=(?:is|are|was|were)\s))"
)


def _in_aside(match: re.Match[str], before: str) -> bool:
    """Whether the noun phrase found before a share opens on a participle's "by" and an
    aside follows it ("…, accompanied by anorexia, nausea and fever, is present in")."""
    raw = _CONTRAST.sub("", match.group("head"))
    return bool(_AGENT.match(raw)) and before[match.end("head") :].startswith(",")


def _named(head: str, before: str, subject: str) -> str:
    """What a noun phrase before a share names: the sentence's subject when it is that, the
    ranked thing when it is a rank ("The liver is the most commonly involved organ (75%)")."""
    if _SUPERLATIVE.match(head):
        ranked = _ranked_subject(before)
        if ranked or _ONE_OF_TWO.match(head):
            # "…; by far the more frequent subtype (about 80%)": a comparison whose ranked
            # thing the clause does not name counts nothing itself
            return ranked
    return subject if subject and same_name(head, subject) else head


# "…, with bilateral tumours in fewer than 10%", "with pain relief in 90%": an absolute
# "with" clause's noun is what is counted.
_WITH = re.compile(r"^with\s(?=\S)", re.I)
_MEASURE_HEAD = re.compile(r"\b(?:rates?|figures?|incidence|prevalence|risks?)$", re.I)
# "…, followed by the lung (15%)": the noun after a participle's "by" is what is counted.
_AGENT = re.compile(r"^[a-z]{2,20}ed\s{1,3}by\s{1,3}", re.I)
_ONE_OF_TWO = re.compile(r"^(?:by\sfar\s)?the\smore\b", re.I)
# A rank names a category, not what is counted: the share is the ranked thing's.
_SUPERLATIVE = re.compile(
    r"^(?:by\sfar\s)?(?:the\s)?(?:single\s)?(?:(?:second|third)\s)?(?:most|more|commonest|least)\b",
    re.I,
)
_RANKED = re.compile(
    rf"{_NP_START}{_NP}\s(?:is|are|was|were)\s(?:by\sfar\s)?the\s(?:single\s)?(?:(?:second|third)\s)?"
    r"(?:most|commonest|least)\b[^,;()]{0,60}\(\s{0,3}(?:in\s(?:up\sto\s)?)?$",
    re.I,
)


# A whole that names no class of its own: the cases of whatever the sentence is about.
_GENERIC_WHOLE = re.compile(
    r"^(?:(?:all|the)\s)?(?:cases|patients|lesions|tumou?rs|masses)(?:\s(?:in|of)\s(?:the|this)"
    r"\s(?:region|site|location|group|category))?$",
    re.I,
)
# "the most common of the idiopathic interstitial pneumonias", "the commonest suprasellar
# mass in adults": the class a rank places its subject in.
_RANK_CLASS = re.compile(
    r"\b(?:the\s)?(?:(?:second|third)\s)?(?:most\scommon|commonest)\s(?:of\s(?:the\s|all\s)?)?"
    r"(?P<cls>[a-z][a-z-]{2,30}(?:\s[a-z][a-z-]{2,30}){0,3}?)(?=\s(?:in|among|where|and|of)\b|[,;(])",
    re.I,
)


def _ranked_class(before: str, group: str) -> str:
    """The whole of a share that names no class of its own, from the rank said of the item:
    "IPF is the most common of the idiopathic interstitial pneumonias, accounting for half
    of cases" counts the pneumonias' cases; ``group`` itself otherwise."""
    if not _GENERIC_WHOLE.match(group) or not _ACCOUNT_VERB.search(before):
        return group
    match = _RANK_CLASS.search(before)
    if not match or match.group("cls").split()[0].lower() in {"cause", "type", "form", "site"}:
        return group
    return _phrase(match.group("cls")) or group


def _ranked_subject(before: str) -> str:
    match = _RANKED.search(before)
    head = _phrase(match.group("head")) if match else ""
    return "" if not head or _NOT_AN_ITEM.match(head.split()[0]) else head


def _worded_subject(before: str, subject: str) -> str:
    """The noun phrase a worded share with its figure is said of ("X is rare (<1%)")."""
    match = _IS_BEFORE.search(before)
    head = _phrase(match.group("head")) if match else ""
    if not head or _NOT_AN_ITEM.match(head.split()[0]) or head.count("(") != head.count(")"):
        return ""
    return subject if subject and same_name(head, subject) else head


def _property(match: re.Match[str]) -> str:
    """The bare predicate adjective of "X are bilateral in …" ("" for "is present in",
    "is the cause in" or none)."""
    groups = match.groupdict()
    adjective = (groups.get("adj") or "").strip()
    if not adjective or groups.get("det") or _NOT_A_PROPERTY.match(adjective):
        return ""
    return adjective


_OWN_CONDITION = re.compile(r"^(?:the\s)?(?:condition|disease|disorder|entity)$", re.I)


def _is_topic(head: str, subject: str, title: str) -> bool:
    """Whether a noun phrase names what the article is about: the title or the sentence's
    subject in either number, the title's head noun ("Adenomas" in "Adrenal adenoma") or its
    initials ("FNH" for "focal nodular hyperplasia")."""
    if not title:
        return False
    if same_name(head, title) or (
        subject and same_name(subject, title) and same_name(head, subject)
    ):
        return True
    words = re.findall(r"[A-Za-z][\w'-]*", _PARENTHETICAL.sub("", title))
    head_words = head.split()
    # "SAAs" is the plural of the initials "SAA"
    abbreviated = head[:-1] if head.endswith("s") and head[:-1].isupper() else head
    if len(head_words) == 1 and abbreviated.isupper() and len(words) >= 2:
        return abbreviated == initials(title)
    return len(head_words) == 1 and bool(
        words and same_name(head_words[0], words[-1]) and len(words[-1]) > 3
    )


_IN_N = re.compile(r"\sin\s(?:a\s)?[a-z\d]{1,12}$", re.I)
_NOUN_NEXT = re.compile(
    r"^\s(?!(?:when|if|who|which|that|and|or|but|is|are|was|were|have|has|had|with|in|at|"
    r"on|by|for|to|of|the|a|an|overall|cases|"
    # "one in three present with …": a verb, so the share is the clause's subject
    r"(?:arise|occur|present|develop|show|die|survive|require|recur|progress|carry|undergo|"
    r"remain|become|affect|involve|contain|demonstrate|experience|need|respond|relapse|"
    r"metastasi[sz]e|lack|harbou?r|exhibit|display|go|will|may|can|do)s?)\b)[a-z][a-z-]{2,30}\b"
)


def _with_whole_written_out(percent: Percent, after: str) -> str:
    """ "one in five benign tumours" read as "… of benign tumours": the noun after a share in
    words is its whole, as after "of"."""
    if _IN_N.search(percent.value) and _NOUN_NEXT.match(after) and not _WHOLE_AFTER.match(after):
        return f" of{after}"
    return after


_ACCURACY = (
    r"sensitivity|specificity|accuracy|positive\spredictive\svalue|negative\spredictive\svalue|"
    r"PPV|NPV"
)


# A bracketed range after a share restates it: "in 60% of resected tumours (range 36-100%)".
_RESTATED = re.compile(
    r"^(?:\s{0,3}of\s[^(),;.]{1,80}?)?\s{0,3}\(\s{0,3}(?:(?:reported|published|overall)\s)?"
    r"(?:range|ranging)\s{0,3}(?:from\s|of\s|:\s{0,2})?$",
    re.I,
)
# "… in 60% of main duct tumours, compared with 25% of branch duct ones": the same item counted
# in another whole.
_COMPARED_WITH = re.compile(
    r"(?:,\s{0,3}|\s)(?:compared\s(?:with|to)|versus|vs\.?|as\sagainst|against)\s{1,3}$", re.I
)


def _carried(text: str, percent: Percent, previous: Share | None, group: str) -> Share | None:
    """The share a figure continues: "X accounts for 80%, Y for 15%" (one verb, another
    item), "… 60% of A (reported range 36-100%)" (the same share's range), "… 60% of A,
    compared with 25% of B" (the same item, another whole); None otherwise."""
    if previous is None:
        return None
    gapped = _gapped(text, percent, previous)
    if gapped:
        return Share(percent, item=gapped, group=group or previous.group)
    if previous.item and _RESTATED.match(text[previous.percent.end : percent.start]):
        return Share(percent, item=previous.item, group=previous.group)
    if previous.item and not previous.attribute and _COMPARED_WITH.search(text[: percent.start]):
        return Share(percent, item=previous.item, group=group)  # "…, compared with 25% of B"
    return None


_PRONOUN = re.compile(r"(?:which|whom|them|these|those|it|this)\b", re.I)

# "… of those in children", "… of those over 60": the whole before, qualified anew.
_OF_THOSE_QUALIFIED = re.compile(
    r"^\s{0,3}of\s(?:those|these)\s(?P<qualifier>(?:in|among|aged|over|under|younger|older|"
    r"with|without)\s[^,;.()]{2,40}?)(?=\s?[,;.)]|\s(?:and|but|while|whereas)\s|$)",
    re.I,
)


# "A round cell component of more than 5% is associated with …", "a fat content of under
# 10%": a noun phrase with its article before "of" and the figure is what the figure sizes.
_CONTENT_OF = re.compile(
    r"(?:^|\s)(?:an?|the)\s(?P<item>[A-Za-z][\w-]{2,25}(?:\s[A-Za-z][\w-]{2,25}){0,3})"
    r"\sof\s{0,2}$",
    re.I,
)
# Words that count or bound, no thing a figure sizes ("a total of 5%", "a range of 5-10%").
_NO_CONTENT = frozenset(
    (
        *("total", "series", "minimum", "maximum", "proportion", "range", "figure", "value"),
        *("minority", "majority", "share", "percentage", "frequency", "mean"),
        *("median", "average", "rate", "rates", "level", "cut-off", "threshold", "peak"),
        *("prevalence", "incidence", "sensitivity", "specificity", "accuracy", "risk"),
    )
)


def _content_of(before: str) -> str:
    """The thing a figure sizes when written "a <thing> of N%" with no whole after it."""
    match = _CONTENT_OF.search(before[-120:])
    if match is None:
        return ""
    item = match.group("item")
    return "" if item.split()[-1].lower() in _NO_CONTENT else item


def _carried_on(text: str, percent: Percent, shares: list[Share], group: str) -> Share | None:
    """The share a figure carries on from the one before (see ``_carried``); "makes up less
    than 1% of A in adults but 3-8% of those in children" counts one item in two wholes told
    apart by their qualifiers, and the share before takes its own qualifier in place."""
    previous = shares[-1] if shares else None
    contrasted = _contrasted_whole(text, percent, previous)
    if contrasted is None:
        return _carried(text, percent, previous, group)
    shares[-1], carried = contrasted
    return carried


def _contrasted_whole(
    text: str, percent: Percent, previous: Share | None
) -> tuple[Share, Share] | None:
    """The previous share and this one when this one counts the previous item "of those"
    with another qualifier; the previous whole takes its own qualifier of the same kind
    ("of intracranial neoplasms in adults") when the sentence gives one."""
    if previous is None or not previous.item or not previous.group:
        return None
    those = _OF_THOSE_QUALIFIED.match(text[percent.end :])
    if those is None:
        return None
    qualifier = those.group("qualifier").strip()
    lead = qualifier.split()[0].lower()
    between = text[previous.percent.end : percent.start]
    own = re.search(
        rf"{re.escape(previous.group)}\s(?P<own>{lead}\s[^,;.()]{{2,40}}?)"
        r"(?=\s?[,;.)]|\s(?:and|but|while|whereas)\s)",
        between,
        re.I,
    )
    before_group = f"{previous.group} {own.group('own')}" if own else previous.group
    first = Share(
        previous.percent, previous.item, before_group, previous.attribute, previous.part_of
    )
    return first, Share(percent, item=previous.item, group=f"{previous.group} {qualifier}")


# A figure set against a bound ("below 35%", "more than 10%", "≥50%"): a cut-off of the
# quantity named right before it, when the words before name one.
_COMPARATOR = re.compile(
    r"^(?:below|under|above|over|less\sthan|more\sthan|greater\sthan|fewer\sthan|exceeding|"
    r"at\sleast|at\smost|[<>≤≥])",
    re.I,
)
_COMPARED_NP = re.compile(
    r"(?:^|[,;:(]\s?|\b(?:when|if|where|once|an?|the|with|whose)\s)"
    r"(?P<np>[A-Za-z][\w/-]{1,30}(?:\s[A-Za-z][\w/-]{1,30}){0,3}?)\s"
    r"(?:(?:is|are|remains|falls|drops|rises|declines)\s(?:to\s)?)?(?:at\sor\s)?$",
    re.I,
)
_NP_OPENERS = frozenset({"when", "if", "where", "once", "the", "a", "an", "with", "whose"})
_NOT_A_MEASURE_END = frozenset(
    {
        *("in", "of", "for", "to", "with", "by", "at", "than", "and", "or", "the", "a", "an"),
        *("is", "are", "was", "were", "be", "been", "seen", "found", "present", "occurs"),
    }
)


def _bounded_or_after(
    percent: Percent, span: str, before: str, after: str, whole: re.Match[str] | None
) -> str:
    """The quantity a bounded figure is compared on ("when LVEF remains at or below 35%":
    LVEF), else what the words after the figure count."""
    # ("is rare (<1%)": a figure in brackets behind a word bounds that word's share)
    bounded = (
        _COMPARATOR.match(percent.value)
        and any(char.isdigit() for char in percent.value)
        and span.startswith(percent.value)
    )
    compared = _compared_measure(before) if bounded else ""
    return compared or _item_after(before, after, whole)


def _compared_measure(before: str) -> str:
    """The quantity a bounded figure is compared on ("A differential renal function below
    40%" → "differential renal function"), or "" when the words before name none (people,
    a verb, a preposition)."""
    match = _COMPARED_NP.search(before)
    if match is None:
        return ""
    # (the words after the last opener: "traditionally when the FEV1" is the FEV1)
    words = match.group("np").split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _NP_OPENERS), default=0)
    words = words[cut:]
    np = " ".join(words)
    if (
        not words
        or words[-1].lower() in _NOT_A_MEASURE_END
        or words[-1].lower().endswith("ly")
        or names_people(np)
        or _PRONOUN.match(np)
    ):
        return ""
    return np


def shares_in(text: str, subject: str = "", title: str = "") -> list[Share]:
    """Every share a sentence states, with its item, whole or measure where grammar shows
    them; ``subject`` is what the sentence is about (its resolved leading noun phrase),
    ``title`` what the article is about."""
    # a score's band ("less than 30% (2 points)") is no share of patients or lesions
    percents = [p for p in find_percents(text) if not _no_share(text, p)]
    if len(percents) > _MOST_SHARES:
        return []  # a table or a run of figures flattened into one line, not a sentence
    partition = _partition(text, percents)
    if partition is not None:
        dimension, places = partition
        return [
            Share(p, item=place, part_of=dimension)
            for p, place in zip(percents, places, strict=True)
        ]
    shares: list[Share] = []
    for percent in percents:
        before, after = text[: percent.start], text[percent.end :]
        after = _with_whole_written_out(percent, after)
        whole = _WHOLE_AFTER.match(after)
        group = _phrase(whole.group("group")) if whole else ""
        if _PRONOUN.match(group):
            group = ""  # "… 80% of which are thoracic": the whole is the share before
        previous = shares[-1] if shares else None
        measure = (
            reported_measure(before)
            or _measure(before, after)
            or _same_measure(text, percent, previous)
            or _continued(text, percent, previous)
        )
        if measure:
            counted = _measured(before, previous, after, measure)
            measure = _without_other_test(measure, counted)
            shares.append(Share(percent, item=counted, group=group, attribute=measure))
            continue
        carried = _carried_on(text, percent, shares, group)
        if carried is not None:
            shares.append(carried)
            continue
        item = (
            _item_before(before, subject, previous, title)
            or _item_before_aside(before, subject, title)
            or (_content_of(before) if whole is None else "")
        )
        group = _ranked_class(before, group) if item else group
        item = _involvement(item, before, group) if item else item
        by_age = _BY_AGE.match(after[whole.end() :] if whole else after)
        if item and by_age:  # "found in over 80% of patients by the age of 40"
            item = f"{item} {by_age.group('when')}"
        place = _PLACE_AFTER.match(after[whole.end() :] if whole else after)
        if not item and place and (place.group("verb") or "is").strip() not in {"is", "are"}:
            # "10% of meningiomas arise in the spine", "10% arise in the orbit or the sinus"
            item = _phrase(_place_of(place) + _coordinated_place(place.string[place.end() :]))
        if not item:
            span = text[percent.start : percent.end]
            item = _bounded_or_after(percent, span, before, after, whole)
        if not item and text[percent.start].isalpha() and "(" in text[percent.start : percent.end]:
            item = _worded_subject(before, subject)  # "Calcification is rare (<2%)"
        if not (item or group) and _CLAUSE_END_AFTER.match(after) and _AFTER_COMMA.search(before):
            item = subject  # "They are uncommon, about 10%": the subject is what is counted
        if not (item or group) and _MEASUREMENT_AFTER.match(after):
            continue  # "no thicker than half the width of the vertebral body"
        # "… are uncommon and include coil migration, which occurs in under 2%": the verb
        # that introduced the member is no part of it
        item = _LISTING_VERB.sub("", item)
        shares.append(Share(percent, item=item, group=group))
    return _respectively(text, _accounted_parts(text, shares))


_LISTING_VERB = re.compile(r"^(?:[A-Za-z-]{1,30}\s){0,3}?(?:include|includes|including)\s", re.I)


# "detachment of more than 50% of the placental surface is associated with …": the figure
# is how much of the whole a process takes, the object of its noun; the predicate after it
# is what that extent means, not what a share of patients does.
_EXTENT_OF = re.compile(
    r"\b(?!(?:total|series|sample|cohort|group)\b)[a-z][\w-]{2,30}\sof\s{1,2}$", re.I
)


# "In about a quarter of children the steeple sign is also present": after the cases
# counted, a clause whose subject is found is what the share counts.
_FOUND_AFTER_WHOLE = re.compile(
    r"^\s(?:the|a|an)\s(?P<item>[a-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)\s(?:is|are)\s"
    r"(?:also\s|usually\s|often\s)?(?:present|seen|found|visible|identified|demonstrated|noted)"
    r"\b",
    re.I,
)


# "In around 90% of cases the tear is located in the left posterolateral wall", "In up to
# 40% of adults no cause is found", "in half of children there is no history of X": after a
# fronted share of cases, the clause's subject in its state is what is counted.
_FRONTED_IN = re.compile(
    r"(?:^|[;:]\s|,\s(?:and\s|but\s|while\s|whereas\s)?)in\s(?:only\s|up\sto\s)?$", re.I
)
# What may stand between a fronted share's whole and its clause: a comma, ", however,".
_AFTER_WHOLE_LEAD = r"^(?:,\s(?:however|though),|,)?\s"
_STATE_AFTER_WHOLE = re.compile(
    rf"{_AFTER_WHOLE_LEAD}(?:(?:the|a|an)\s)?"
    r"(?:there\s(?:is|are)\s(?P<none>no\s[a-z][\w'’-]{1,30}(?:\s[\w'’/-]{1,30}){0,7}?)|"
    r"(?P<np>(?!(?:it|they|this|these|those|there|which)\b)[a-z][\w'’-]{1,30}"
    r"(?:\s(?!(?:is|are|was|were|can|may)\b)[\w'’-]{1,30}){0,3}?)\s(?:is|are|was|were|"
    r"(?:can|may)\s(?:also\s)?be)\s(?:(?:also|usually|often)\s)?"
    # a state, not a role ("the first presentation is a pathological fracture")
    r"(?P<state>(?!(?:a|an|the|not|no)\b)[a-z][\w'’-]{1,30}"
    r"(?:\s(?!(?:and|or|but|while|whereas|which)\b)[\w'’/-]{1,30}){0,9}?))"
    r"(?=\s?[,;.(]|\s(?:and|but|while|whereas)\s|$)",
    re.I,
)
_STATE_WORDS_MAX = 12
_OWN_STATE_AFTER_WHOLE = re.compile(
    rf"{_AFTER_WHOLE_LEAD}(?:it|they)\s(?:is|are)\s(?:(?:also|usually|often)\s)?"
    r"(?P<state>(?!(?:a|an|the|not|no|seen|found|present|associated|due|caused)\b)[a-z][\w'’-]{1,30}"
    r"(?:\s(?:and|or)\s[a-z][\w'’-]{1,30})?)(?=\s?[,;.(]|$)",
    re.I,
)
# "In up to two-thirds of patients the first presentation is a pathological fracture": what
# fills the role is what is counted, in that role.
_ROLE_AFTER_WHOLE = re.compile(
    rf"{_AFTER_WHOLE_LEAD}(?:the\s)?(?P<role>(?:first|initial|presenting)\s"
    r"(?:presentation|manifestation|sign|symptom|complaint|finding|feature))\s(?:is|was)\s"
    r"(?:an?\s)?(?P<what>[a-z][\w'’-]{1,30}(?:\s(?!(?:and|or|but|which|whereas|while)\b)"
    r"[\w'’-]{1,30}){0,4}?)(?=\s?[,;.(]|\s(?:after|following|with|in|from|due|during|at)\b|$)",
    re.I,
)


def _state_after_whole(before: str, rest: str) -> str:
    """The item of "In N% of cases the X is Y": "X Y" ("tear located in …", "no cause
    found"); "" when the share is not fronted that way."""
    if not _FRONTED_IN.search(before):
        return ""
    own = _OWN_STATE_AFTER_WHOLE.match(rest)
    if own is not None:  # "In 10% of cases it is bilateral": the page's own lesion's state
        return _phrase(own["state"], _STATE_WORDS_MAX)
    role = _ROLE_AFTER_WHOLE.match(rest)
    if role is not None:
        return _phrase(f"{role['what']} as {role['role'].lower()}", _STATE_WORDS_MAX)
    match = _STATE_AFTER_WHOLE.match(rest)
    if match is None:
        return ""
    if match.group("none"):
        return _phrase(match.group("none"), _STATE_WORDS_MAX)
    return _phrase(f"{match.group('np')} {match.group('state')}", _STATE_WORDS_MAX)


def _item_after(before: str, after: str, whole: re.Match[str] | None) -> str:
    """What a share counts, read after it (and after its whole, when it has one)."""
    rest = after[whole.end() :] if whole else after
    item = _predicate_item(before, rest)
    if not item and whole and (found := _FOUND_AFTER_WHOLE.match(rest)):
        item = _phrase(found.group("item"))  # "… of children the steeple sign is present"
    if not item and whole:
        item = _state_after_whole(before, rest)
    if not item and not _EXTENT_OF.search(before) and (done := _DONE_AFTER.match(rest)):
        item = _phrase(done.group("predicate"))  # "two-thirds present within the first decade"
    return item


# "About half of cases present in the neonatal period", "two-thirds result from de novo
# mutations", "10% of patients die within a year": what the counted do, with when, whence or
# how far, is what is counted (a place is ``_PLACE_AFTER``'s).
_DONE_AFTER = re.compile(
    r"^\s{0,3}(?P<predicate>(?:present|result|extend|recur|die|survive|relapse|"
    r"originate|regress|resolve|settle)\s(?:in|within|from|across|into|to|at|before|after|"
    r"during|by|beyond|over|with)\s[\w'’/()-]{1,40}(?:\s(?!(?:and|or|but|which|whereas|while)\b)"
    # (it ends the clause: before a comma a stacked phrase may go on, "an end-stage, burnt-out
    # phase")
    r"[\w'’/()-]{1,40}){0,6}?)(?=\s?[.;]|,?\s(?:and|but|whereas|while)\s|$)",
    re.I,
)


_PARTICIPLE_LINK = re.compile(r"^(?:associated|linked|confined|related|attached)\s(?:with|to)\s")


# A predicate cut before "or" and one word that ends the clause: the first of two alternatives.
_HALF_AN_ALTERNATIVE = re.compile(r"\sor\s[\w'’/-]{1,40}(?:\s[\w'’/-]{1,40})?\s?(?:[,;.)]|$)")


# "Most sporadic desmoids, about 85-90%, carry …": a quantified noun with its share set off
# by commas; the predicate after the second comma is what is counted.
_QUANTIFIED_LEAD = re.compile(
    r"^(?:the\s)?(?:most|(?:almost|nearly|virtually)\sall|(?:vast|great|overwhelming)\s"
    r"majority\sof)\s[^,;:()]{2,60},\s$",
    re.I,
)
# "… of women with an ectopic pregnancy, however, have …", "… of DCIS detected on mammography
# is …": a qualifier of the whole, or an aside, between it and its verb.
_VERB_AHEAD = (
    r"(?:are|is|were|was|have|has|carry|report|make|require|remain|achieve|recall|improve|"
    r"close|recover|survive|respond|fail|prove|never|ever|ultimately)"
)
_QUALIFIER = re.compile(
    # (no verb inside: "… with X turn out to have Y" is no qualifier of "have")
    r"^\s(?:with|on|detected\son)\s[\w'’/()-]{1,40}(?:\s(?!(?:and|or|but|which|who|that|to|"
    r"turns?|go|goes)\b)"
    rf"[\w'’/()-]{{1,40}}){{0,5}}?(?=(?:,\s(?:however|though|therefore|conversely),)?\s{_VERB_AHEAD}\b)",
    re.I,
)
_ASIDE_ADVERB = re.compile(r"^,\s(?:however|though|therefore|conversely),(?=\s)", re.I)
# "… with UC develop PSC": the owner's condition (``percentages``) reads these, not the item
_OWNED_VERB = re.compile(r"^\s{0,3}(?:develop|progress|acquire|harbou?r|are\sfound)\b", re.I)


def _predicate_item(before: str, rest: str) -> str:
    """What a share opening its clause counts, from the predicate after its whole: "10% of
    adenomas are bilateral" → "bilateral", "5% of paragangliomas secrete catecholamines" →
    "secrete catecholamines"; "" after "in"/"by" (the noun before is counted) or none."""
    if before.strip(" ~(").lower().endswith(("in", "by")) or _EXTENT_OF.search(before):
        return ""
    if _QUANTIFIED_LEAD.match(before) and rest.startswith(","):
        rest = rest[1:]
    qualifier = _QUALIFIER.match(rest)
    if qualifier is None:
        return _predicate_words(_ASIDE_ADVERB.sub("", rest))
    rest = _ASIDE_ADVERB.sub("", rest[qualifier.end() :])
    if _OWNED_VERB.match(rest):
        return ""
    item = _predicate_words(rest)
    # "… of infants with a port-wine stain have SWS": a named condition they prove to have
    # is the other condition's yield, not a feature of the counted
    return "" if _ABBREVIATION.fullmatch(item) else item


_ABBREVIATION = re.compile(r"[A-Z][A-Z\d-]{1,8}")
_CUT_PARTICIPLE = re.compile(r"(?<=ed)\s(?:with|as|to)\s")


def _predicate_words(rest: str) -> str:
    """The predicate that opens ``rest`` as an item ("are bilateral" → "bilateral", "carry a
    mutation of X" as it is), "" when none does."""
    predicate = _PREDICATE_AFTER.match(rest)
    if predicate and _CUT_PARTICIPLE.match(rest, predicate.end()):
        return ""  # "are later diagnosed with MS": "later diagnosed" says nothing alone
    if predicate and not _JUDGED.match(_HEDGE.sub("", predicate.group("predicate"))):
        words = _HEDGE.sub("", predicate.group("predicate"))
        if alternative := _HALF_AN_ALTERNATIVE.match(rest, predicate.end()):
            # "are current or former smokers": "current" alone would be false
            words += alternative.group(0).rstrip(" ,;.)")
        # "associated with the upper moiety of a duplex kidney": a participle and what it
        # governs, bounded by its clause, may be longer than a noun phrase
        most = _WORDS_MAX + 4 if _PARTICIPLE_LINK.match(words) else _WORDS_MAX
        return _phrase(words, most)
    action = _ACTION_AFTER.match(rest)
    return _phrase(action.group("predicate")) if action else ""


# "a sensitivity and specificity of 90% and 95%": two measures paired with two figures in turn
_PAIRED_MEASURES = re.compile(
    rf"\b(?P<first>{_ACCURACY})\s(?:and|or)\s(?P<second>{_ACCURACY})\s(?:of|were|are|was|is|"
    r"at|reaching|approaching)\s(?:(?:about|approximately|around|roughly|nearly|over|up\sto)\s)?$",
    re.I,
)


# "The typical variant accounts for 80% of cases, the myxoid variant for 9% and the
# spindle cell variant for 2%": one "accounts for" shared by every item divides one whole,
# the first's ("cases" when it names none), so the figures are parts of it.
_ACCOUNTS_FOR = re.compile(
    r"\baccount(?:s|ed|ing)?\sfor\s(?:(?:about|approximately|around|roughly|nearly|almost)\s)?$",
    re.I,
)


def _accounted_parts(text: str, shares: list[Share]) -> list[Share]:
    if len(shares) < 2 or not _ACCOUNTS_FOR.search(text[: shares[0].percent.start]):
        return shares
    first = shares[0]
    gapped = all(
        share.item
        and (
            _gapped(text, share.percent, before) == share.item
            # "…, while hyperplasia accounts for about 15%": the verb said again, of the
            # same whole (no whole of its own)
            or (
                _ACCOUNTS_FOR.search(text[before.percent.end : share.percent.start]) is not None
                and share.group in {"", first.group}
            )
        )
        for before, share in pairwise(shares)
    )
    if not first.item or not gapped or sum(s.percent.middle for s in shares) > _WHOLE_MAX:
        return shares
    whole = first.group if first.group and not _COUNTED_NOUN.fullmatch(first.group) else ""
    whole = whole or _shared_head(shares) or first.group or "cases"
    return [replace(share, part_of=whole, group=whole) for share in shares]


# "of cases", "of patients": a whole that only says what was counted, not what is divided.
_COUNTED_NOUN = re.compile(r"(?:all\s)?(?:cases|patients|tumou?rs|lesions)", re.I)


def _shared_head(shares: list[Share]) -> str:
    """The items' common head noun in the plural ("typical variant", "myxoid variant" →
    "variants"): what the parts are kinds of, so a question can ask "which of the variants"."""
    heads = {share.item.split()[-1].lower() for share in shares if len(share.item.split()) > 1}
    if len(heads) != 1 or any(len(share.item.split()) < 2 for share in shares):
        return ""
    head = heads.pop()
    if not head.isalpha():
        return ""
    return head if head.endswith("s") else f"{head}s"


# "sensitivity and specificity": the second measure a figure read as both measures' names
_AND_SECOND_MEASURE = re.compile(rf"\s(?:and|or)\s(?:{_ACCURACY})\b", re.I)


def _first_measure(attribute: str) -> str:
    """The measure an attribute names first ("sensitivity and specificity" → "sensitivity")."""
    return _AND_SECOND_MEASURE.sub("", attribute)


def _same_first(first: Share, second: Share) -> bool:
    """Whether the second figure's measure is the first's (read as one or both measures)."""
    return _first_measure(second.attribute) == _first_measure(first.attribute)


def _respectively(text: str, shares: list[Share]) -> list[Share]:
    """The second of two figures after "sensitivity and specificity of" is the second
    measure's, not the first's again."""
    for index in range(len(shares) - 1):
        first, second = shares[index], shares[index + 1]
        paired = _PAIRED_MEASURES.search(
            text[max(0, first.percent.start - 120) : first.percent.start]
        )
        if not paired or not first.attribute or not _same_first(first, second):
            continue
        between = text[first.percent.end : second.percent.start]
        if not re.fullmatch(r"\s{0,2}(?:,\s{0,2})?(?:and|or)\s{1,2}", between):
            continue
        name_one, name_two = paired.group("first"), paired.group("second")
        # (the first figure read as both measures' is the first's alone)
        shares[index] = first = replace(first, attribute=_first_measure(first.attribute))
        own = re.sub(re.escape(name_one), name_two, first.attribute, count=1, flags=re.I)
        if own == first.attribute:
            own = name_two.lower()
        shares[index + 1] = Share(
            second.percent, item=second.item, group=second.group, attribute=own
        )
    return shares
