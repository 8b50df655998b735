"""Relations named by a lead noun phrase: "Recognised risk factors include A and B",
"… ; they include A and B", and examples of a relation noun ("stimuli such as A or B")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, is_condition_name, split_noun_phrases
from quizgen.extractors.member_shapes import LIST_VERB_LEAD
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    CAUSES,
    COMPLICATIONS,
    CONTRAINDICATIONS,
    GENETICS,
    IMAGING,
    NEGATED,
    NEW_CLAUSE,
    PRESENTATIONS,
    PROGNOSTIC,
    PRONOUNS,
    RISK_FACTORS,
    Relation,
    canonical,
    names_subject,
    shared_noun_of_adjectives,
)
from quizgen.extractors.text import sentence_before
from quizgen.model import Article

__all__ = [
    "associated_notably",
    "associations_reported",
    "example_members",
    "relation_opening",
]


# "in response to stimuli such as A, B or C", "endocrine dysfunction such as A", "an adjacent
# process such as A or B": examples of a relation noun, one member each. The noun says the
# relation; a noun outside this closed list ("techniques such as CT") names none, nor does
# "causes such as" (of death? of the finding?) or "including" (a part of a whole).
_EXAMPLE_NOUNS: tuple[tuple[str, str], ...] = (
    (
        CAUSES,
        r"stimul(?:i|us)|triggers?|insults?|process(?:es)?|exposures?|injur(?:y|ies)",
    ),
    (RISK_FACTORS, r"risk\s+factors|predisposing\s+factors|predispositions"),
    (COMPLICATIONS, r"complications|sequelae"),
    (
        PRESENTATIONS,
        r"symptoms|complaints|dysfunction|disturbances?|deficits|manifestations|"
        r"clinical\s+features",
    ),
    (
        ASSOCIATIONS,
        r"conditions?|disorders?|diseases|syndromes?|infections?|associations",
    ),
)
_SUCH_AS = re.compile(
    r"\b(?P<noun>"
    + "|".join(f"(?P<g{index}>{nouns})" for index, (_, nouns) in enumerate(_EXAMPLE_NOUNS))
    + r"),?\s+such\s+as\s+",
    re.I,
)
# "The traditional view is …", "The proposed mechanism is …": an opening about the
# condition's explanation, whose examples are the condition's own.
_EXPLANATION = re.compile(
    r"^(?:the\s)?(?:[\w-]+\s)?(?:view|theory|hypothesis|explanation|mechanism|pathogenesis|"
    r"a?etiology|origin|cause)$",
    re.I,
)
# "thickened without adequate explanation by loading conditions such as A": examples denied
# some words back, in the same clause.
_DENIED_BEFORE = re.compile(
    r"\b(?:not|no|never|without|absence\s+of|absent|excluding|exclusion\s+of|other\s+than|"
    r"rather\s+than|unlike)\b[^,;:]{0,80}$",
    re.I,
)
# "has a coexisting disorder such as A", "an adjacent infection such as A": words that tie
# a generic condition noun to the subject (a bare "diseases such as" does not).
_LINKED_BEFORE = re.compile(
    r"\b(?:coexist\w*|associat\w*|underlying|concomitant|accompan\w*|predispos\w*|adjacent|"
    r"preceding|prior|with|has|have|had)\b[^,;:]{0,40}$",
    re.I,
)
# Where a member list ends: a new clause ("…, the last of which …", "…, and a rare …").
_EXAMPLES_END = re.compile(
    r",\s{0,3}(?:the|which|who|where|whereas|while|but|in\s+which|and\s+(?:an?|the)\s)|"
    r"\s(?:may|can|is|are|was|were|has|have|will|should|must|might|could|do|does)\s|[;:()]|"
    # examples in the sentence's subject end at its verb: "Constitutional symptoms such as
    # fever and weight loss occur in fewer than half", "… steroid use predispose to …"
    r"\s(?:occur|develop|predispose|affect|arise|appear|increase|raise|reduce|require|tend|"
    r"coexist|accompany|precede|suggest|indicate|mimic|respond|contribute|account)s?\b",
    re.I,
)


def example_members(article: Article, clause: Clause) -> Iterator[Relation]:
    """ "metaplasia in response to stimuli such as necrosis, infection or stress": each
    example a member of the relation its noun names, of the sentence's subject when it
    names the condition (or opens on the condition's explanation), else of nothing."""
    text = clause.rest
    if "such as" not in text:
        return  # fail fast
    for match in _SUCH_AS.finditer(text):
        group = next(
            _EXAMPLE_NOUNS[int(name[1:])][0]
            for name, value in match.groupdict().items()
            if value and name != "noun"
        )
        before = text[: match.start()]
        if _DENIED_BEFORE.search(before[-120:]) or IMAGING.search(match.group("noun")):
            continue
        if group == ASSOCIATIONS and not _LINKED_BEFORE.search(before[-60:]):
            continue  # "CT is helpful in diseases such as A": no link of A to the subject
        if not clause.own or names_subject(clause, article):
            subject = clause.subject
        elif _EXPLANATION.match(clause.own):
            subject = clause.topic or article.title
        else:
            continue
        members = _EXAMPLES_END.split(text[match.end() :], maxsplit=1)[0]
        for item in shared_noun_of_adjectives(split_noun_phrases(members)):
            yield Relation(group, subject, item)


# "Associated anomalies are found in up to 70%, most notably A, B and C": the members the
# category of the topic's associations names after an adverb of emphasis.
_ASSOCIATED_NOTABLY = re.compile(
    r"^(?:associated|coexisting|co-existing|concomitant|accompanying)\s(?:[a-z-]{3,30}\s)?"
    r"(?:anomalies|abnormalities|malformations|conditions|disorders|diseases|syndromes|"
    r"lesions)\s(?:are|is)\s(?:(?:also|often|commonly|frequently)\s)?(?:found|seen|present|"
    r"reported|noted|common|frequent)\b[^;:]{0,100}?,\s(?:most\snotably|notably|"
    r"particularly|especially|chiefly|mainly|including|such\sas)\s(?P<members>[^;:]{3,300})",
    re.I,
)


def associated_notably(article: Article, clause: Clause) -> Iterator[Relation]:
    """ "Associated anomalies are found in 70%, most notably A and B": A and B are
    associations of the paragraph's topic."""
    match = _ASSOCIATED_NOTABLY.match(clause.sentence.text)
    if match is None:
        return
    members = NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    for item in shared_noun_of_adjectives(split_noun_phrases(members)):
        yield Relation(ASSOCIATIONS, clause.topic or article.title, item)


# "Associations with A and B have been reported": the plural opening a sentence, as the
# subject of a verb of report ("Associations with A have been questioned" reports none).
_ASSOCIATIONS_REPORTED = re.compile(
    r"^(?:(?:other|further|additional|possible|weak|rare)\s+)?associations\s+with\s+"
    r"(?P<members>[^.;:]{3,200}?)\s+(?:have|has)\s+(?:also\s+)?been\s+(?:reported|described|"
    r"recogni[sz]ed|noted|documented|established|observed)\b",
    re.I,
)


def associations_reported(article: Article, clause: Clause) -> Iterator[Relation]:
    """ "Associations with A and B have been reported": A and B are associations of the
    paragraph's condition (of the title when the paragraph opened on no condition's name,
    "Calcific deposits are found in …")."""
    match = _ASSOCIATIONS_REPORTED.match(clause.sentence.text)
    if match is None:
        return
    topic = clause.topic
    subject = topic if topic and (topic == article.title or is_condition_name(topic)) else ""
    for item in shared_noun_of_adjectives(split_noun_phrases(match.group("members"))):
        yield Relation(ASSOCIATIONS, subject or article.title, item)


# "Recognised risk factors include A, B and C", "Less common susceptibility genes include A
# and B", "Other common presentations are A and B": the relation is the sentence's opening
# noun phrase (the clause reader stops it at the verb), its members follow the verb.
_RELATION_NOUNS = (
    (
        RISK_FACTORS,
        r"risk\s+factors|predisposing\s+(?:factors|conditions)|triggers|precipitants|"
        # "Other at-risk groups include transplant recipients": the people at risk
        r"at[\s-]risk\s+(?:groups|populations)",
    ),
    # "Fetal consequences include A and B": a noun of effect is a complication lead
    (COMPLICATIONS, r"complications|consequences|sequelae"),
    # "Typical mechanisms are sporting injuries, falls and …": how an injury is caused
    (
        CAUSES,
        r"causes|aetiologies|etiologies|mechanisms\s+of\s+injury|injury\s+mechanisms|mechanisms",
    ),
    (
        ASSOCIATIONS,
        r"associations|associated\s+(?:conditions|syndromes|disorders|anomalies)|"
        # "Paraneoplastic syndromes are frequent; they include …", "Extraintestinal
        # manifestations …. They include …"
        r"paraneoplastic\s+syndromes|extra-?[a-z]{4,15}\s+manifestations|"
        # "Extracranial anomalies include …", "Skeletal abnormalities include …": a kind of
        # anomaly the condition comes with (a qualifier must name the kind: _KIND_OF_ANOMALY)
        r"anomalies|abnormalities|malformations|defects",
    ),
    (
        PROGNOSTIC,
        r"(?:adverse|poor|unfavou?rable|negative)\s+(?:prognostic\s+)?(?:factors|features|"
        r"indicators)|high[\s-]risk\s+features",
    ),
    (
        GENETICS,
        r"susceptibility\s+genes|genetic\s+(?:causes|associations)|"
        # "Inherited predisposition syndromes include Li-Fraumeni syndrome and …"
        r"(?:predisposition|predisposing|susceptibility|cancer\s+predisposition)\s+syndromes",
    ),
    (CONTRAINDICATIONS, r"contraindications"),
    (
        PRESENTATIONS,
        r"(?:presenting\s+)?(?:symptoms|complaints)|presentations|presenting\s+features|"
        # "Systemic features are common and include …": features of the whole body
        r"clinical\s+(?:features|presentations)|(?:systemic|constitutional)\s+features",
    ),
)
_RELATION_OPENING = re.compile(
    r"^(?:the\s+)?(?P<qualifiers>(?:(?:two|three|four|five|other|main|major|dominant|"
    r"predominant|leading|key|chief|strongest|recogni[sz]ed|known|established|"
    r"important|common|commonest|less|more|most|rare|rarer|uncommon|additional|further|"
    # "Reported predisposing factors are …"
    r"reported|described|documented|"
    r"well[\s-]recogni[sz]ed|typical|usual|classic|clinical|principal|late|early|acute|"
    r"chronic|serious|potential|frequent|associated|modifiable|environmental|hereditary|"
    r"long[\s-]term|short[\s-]term|"
    # ("Non-infective causes include …": a prefixed adjective)
    r"inherited|[a-z]+-related|(?:non-?)?[a-z]{3,20}(?:al|ic|ac|ar|ive|ous|ary))\s+){0,3})"
    rf"(?P<noun>{'|'.join(f'(?:{p})' for _, p in _RELATION_NOUNS)})"
    # ("Complications to seek include …": what to do with them names no owner)
    r"(?:\s+(?P<prep>of|for|in|to)\s+(?!(?:seek|look|watch|exclude|consider|anticipate|recogni[sz]e|"
    r"remember|detect|identify)\b)(?P<of>[^,;:()]{3,60}?)"
    r"|\s+to\s+(?:seek|look\s+for|watch\s+for|exclude|consider|anticipate|recogni[sz]e|"
    r"remember|detect|identify))?"
    # "Risk factors besides prematurity include …": the one set apart is a member too
    r"(?:,?\s+(?:besides|other\s+than|apart\s+from|in\s+addition\s+to|as\s+well\s+as)\s+"
    r"(?P<besides>[^,;:()]{3,60}?),?)?"
    # "Complications result from bone erosion and include …"
    r"(?:\s+(?:result|arise|stem|follow|occur)s?\s+[^,;:()]{3,60}?\s+and)?"
    # "Systemic features are common and include …": how often, then the members' verb
    r"(?:\s+(?:are|is)\s+(?:(?:very|relatively|fairly|also|not)\s+)?(?:common|frequent|"
    # ("Complications are uncommon but include …": the judgement conceded, the members follow)
    r"numerous|many|varied|diverse|uncommon|rare|well[\s-]recogni[sz]ed)\s+(?:and|but))?"
    # "Typical symptoms: A, B and C": the colon alone says what the members are
    r"(?:(?=:)|\s+"
    # ("Symptoms are eased by lying down": a passive says what acts on them, no members;
    # "Ocular abnormalities are found in 30%: A, B and C" names them after its colon)
    # ("Known risk factors are thought to include A": the hedge is no member)
    r"(?:(?:are|is)\s+(?:thought|believed|known|considered|said)\s+to\s+include"
    # ("Two mechanisms are proposed.": a bare participle ends the sentence, no members)
    r"|include|includes|comprise|consist\s+of|are(?!\s+(?:[a-z]{2,20}ly\s+)?[a-z]{2,20}(?:ed|en)\s*\.?$)"
    r"(?!\s+(?:[a-z]{2,20}ed|seen|known|found|"
    r"shown|given|driven|taken|worse|better)\s+(?:by|with|in|on|to|from|at|after|during|when|if)"
    r"\b[^:]{0,300}$)(?!\s+(?:thought|believed|considered|said)\s+to\b)))"
    r"\s*:?\s+(?P<members>[^:;]+)"
    # "…, and intracranial infection: meningitis or abscess": the last member's own members
    r"(?::\s+(?P<more>[^:;]+))?$",
    re.I,
)
# The relation noun phrase a sentence opens on, with no verb yet ("Complications result …").
_RELATION_NOUN_PHRASE = re.compile(
    _RELATION_OPENING.pattern[: _RELATION_OPENING.pattern.index("(?:\\s+(?P<prep>of|for|in|to)")]
    + r"(?=\s|:|$)",
    re.I,
)
_RELATION_NOUN_GROUPS = tuple(
    (group, re.compile(rf"^(?:{p})$", re.I)) for group, p in _RELATION_NOUNS
)


def relation_opening(article: Article, clause: Clause) -> Iterator[Relation]:
    """Members of a relation the sentence opens on ("Recognised risk factors include …")."""
    # "…; bulk-related symptoms include A and B": a clause after a semicolon opens anew
    parts = clause.sentence.text.split(";")
    for index, part in enumerate(parts):
        they = _THEY_INCLUDE.match(part.strip())
        if they:
            # "Paraneoplastic syndromes are frequent; they include A and B", "Extraintestinal
            # manifestations occur in a third. They include A and B": the relation is the
            # noun phrase the clause or sentence before opens on
            before = parts[index - 1] if index else sentence_before(clause.sentence)
            named = _RELATION_NOUN_PHRASE.match(before.strip())
            if named:
                yield from _opening_members(
                    article, clause, f"{named.group(0)} include {part.strip()[they.end() :]}"
                )
            continue
        others = _OTHERS_INCLUDE.match(part.strip())
        if others:
            # "A is the strongest risk factor. Others include B and C": more members of the
            # relation the clause or sentence before names
            before = parts[index - 1] if index else sentence_before(clause.sentence)
            yield from _more_members(article, clause, before, part.strip()[others.end() :])
            continue
        if (
            index == 0
            and not clause.own
            and not _BESIDES.search(part)
            and not _RELATION_NOUN_PHRASE.match(part.strip())
        ):
            continue  # an opening the clause reader took as generic is searched by members_after
        yield from _opening_members(article, clause, part.strip())


# "A, B and Stauffer syndrome, a reversible hepatic dysfunction": an apposition after the
# last member describes it; it names no member of its own.
# (the last member may carry a bracketed other name: "… and Allgrove syndrome (triple A
# syndrome), the combination of …" is one member and what it is, not three more members)
_FINAL_APPOSITION = re.compile(
    r"^(?P<keep>[^;:]{0,300}?\s(?:and|or)\s[^,;:()]{2,60}(?:\s\([^();:]{1,60}\))?),"
    r"\s+(?:an?|the)\s.*$",
    re.S,
)


def _without_final_apposition(members: str) -> str:
    return _FINAL_APPOSITION.sub(r"\g<keep>", members, count=1)


# A word that judges symptoms rather than naming one.
_JUDGED = re.compile(
    r"^(?:often\s|usually\s|typically\s|generally\s)?(?:vague|non-?specific|variable|mild|"
    r"subtle|insidious|protean|absent|minimal|intermittent|slowly\sprogressive)$",
    re.I,
)


_THEY_INCLUDE = re.compile(r"^(?:they|these)\s+(?:also\s+)?include\s+", re.I)


_OTHERS_INCLUDE = re.compile(r"^others\s+(?:also\s+)?include\s+", re.I)
# The relation a sentence names anywhere ("… is the strongest risk factor"), with what it is
# of, when it says ("the commonest cause of pancreatitis").
_NAMED_RELATION = re.compile(
    r"\b(?P<noun>risk\s+factors?|predisposing\s+factors?|complications?|causes?|"
    r"associations?|consequences?|sequelae)\b(?:\s+(?:of|for)\s+(?P<of>[^,;:.()]{3,60}))?",
    re.I,
)
_NAMED_GROUPS = (
    (RISK_FACTORS, re.compile(r"^(?:risk|predisposing)", re.I)),
    (COMPLICATIONS, re.compile(r"^(?:complication|consequence|sequela)", re.I)),
    (CAUSES, re.compile(r"^cause", re.I)),
    (ASSOCIATIONS, re.compile(r"^association", re.I)),
)


def _more_members(
    article: Article, clause: Clause, before: str, members: str
) -> Iterator[Relation]:
    """The members after "Others include" of the relation the text ``before`` names last,
    when it is the article's (or names nothing it is of)."""
    named = list(_NAMED_RELATION.finditer(before))
    if not named or NEGATED.search(before[: named[-1].start()]):
        return
    last = named[-1]
    of = last.group("of")
    subject = clause.topic or article.title
    if of and canonical(article, of) != article.title:
        return  # "the commonest cause of pancreatitis; others include …" in another article
    group = next(g for g, pattern in _NAMED_GROUPS if pattern.match(last.group("noun")))
    items = split_noun_phrases(_without_final_apposition(NEW_CLAUSE.split(members, 1)[0]))
    for item in shared_noun_of_adjectives(items):
        yield Relation(group, subject, item)


_BESIDES = re.compile(r"\s(?:besides|other\s+than|apart\s+from|in\s+addition\s+to)\s", re.I)


_ANOMALIES = re.compile(r"^(?:anomalies|abnormalities|malformations|defects)$", re.I)


# "those of a tethered cord", "largely those of raised intracranial pressure": the relation's
# members are another condition's, named after "those of".
_THOSE_OF = re.compile(
    r"^(?:(?:largely|mostly|mainly|chiefly|essentially|usually|typically|often)\s+)?"
    r"(?:those|that)\s+of\s+(?P<what>[^,;:()]{3,60})(?:[:,]|$)",
    re.I,
)


def _opening_members(article: Article, clause: Clause, text: str) -> Iterator[Relation]:
    match = _RELATION_OPENING.match(text)
    if match is None or NEGATED.search(match.group("qualifiers")):
        return
    noun = re.sub(r"\s+", " ", match.group("noun"))
    if _ANOMALIES.match(noun) and not match.group("qualifiers"):
        return  # "Anomalies include …": of what, the sentence does not say
    group = next(g for g, pattern in _RELATION_NOUN_GROUPS if pattern.match(noun))
    of = match.group("of")
    if of and match.group("prep").lower() == "in" and not is_condition_name(of):
        # "Other recognised causes in adults are …": a population or a place the causes
        # are found in, no owner of them; they are the topic's
        of = None
    if of and of.strip().lower() in PRONOUNS:
        return  # "The consequences of this are …": of what, another sentence says
    subject = canonical(article, of) if of else clause.topic or article.title
    borrowed = _THOSE_OF.match(match.group("members"))
    if borrowed:
        # "Symptoms are largely those of a tethered cord: A, B and C": the subject brings
        # about another condition, whose symptoms are a member too (A, B and C after the
        # colon are read as members below, as the "more" of the lead)
        yield Relation(group, subject, f"{noun.lower()} of {borrowed['what'].strip()}")
    members = NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    members = _without_final_apposition(members)
    items = split_noun_phrases(members)
    if match.group("more") and match.group("more") != match.group("members"):
        more = NEW_CLAUSE.split(match.group("more"), maxsplit=1)[0]
        items += split_noun_phrases(_without_final_apposition(more))
    if group == PRESENTATIONS and any(_JUDGED.match(i) for i in items):
        # "Symptoms are vague and develop slowly": how they are, no symptom; "… are
        # non-specific and include A and B" (or ": A, B and C") names them after it
        rest = [i for i in items if not _JUDGED.match(i)]
        listed = match.group("more") and match.group("more") != match.group("members")
        if not rest or not (listed or LIST_VERB_LEAD.match(rest[0])):
            return
        items = rest  # ("include A" loses its verb in member_shapes, as any member does)
    items = shared_noun_of_adjectives(items)
    if items and match.group("besides"):
        items = [*split_noun_phrases(match.group("besides")), *items]
    if group == PRESENTATIONS and any(IMAGING.search(i) for i in items):
        return

    for item in items:
        yield Relation(group, subject, item)
