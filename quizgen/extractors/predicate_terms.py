"""The last resort for a statement's blank: what the sentence's predicate says.

Most sentences of a reference article name no linked term, number, eponym or vocabulary
term, yet state a fact a resident is asked: "Twisting usually occurs in an anticlockwise
direction", "The upper limb is rarely involved", "Simple cysts are a condition of childhood".
What such a sentence says is in its predicate, after the verb: the noun phrase a preposition
governs, without its article ("occurs in an [anticlockwise direction]"), the complement of
"be" ("is [unusual]"; of a classifying head, what it classifies: "a condition of
[childhood]"), or, in a passive with nothing after it, the participle with its word of
frequency ("is [rarely involved]").

The rule reads English function words only (a closed class: auxiliaries, prepositions,
determiners, subordinators), never words of a disease, so that it carries to any organ. It
gives at most one blank, short (C1) and no list (C3); a blank it cannot make short is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.extractors.object_verbs import PRESENT_VERB
from quizgen.extractors.predicate_care import (
    indication_start,
    treated_subgroup,
    whole_indication,
)
from quizgen.extractors.statement_refusals import fact_verb_stem, third_person_verb
from quizgen.extractors.vocabulary import MODALITIES

__all__ = ["PredicateTerm", "predicate_terms"]

MAX_BLANK_WORDS = 4


def _words(text: str) -> frozenset[str]:
    """A closed class of words, written as one string for reading."""
    return frozenset(text.split())


_AUXILIARY = _words(
    "is are was were be been being has have had may can could might must should will would "
    "does do did"
)
# Adverbs inside a verb group that carry no fact ("is usually", "may also be").
_FILLER_ADVERBS = _words(
    "also both then now still even ever therefore thus again further first only just best "
    "instead once "
    "usually often typically generally commonly frequently classically characteristically "
    "sometimes occasionally invariably almost always overwhelmingly largely mainly mostly "
    "predominantly particularly especially certainly probably possibly perhaps"
)
# Adverbs of frequency that ARE the fact when nothing else follows ("is rarely involved").
_FREQUENCY_ADVERBS = _words("rarely seldom never always")
_PREPOSITIONS = _words(
    "in on at to into onto from by with within without through throughout towards toward "
    "across along around over under beneath below above behind beyond between among "
    "against via per upon inside outside near"
)
# Prepositions of time or manner whose object says when, not what ("spared until late").
_TIME_PREPOSITIONS = _words("until after before during since for despite like")
_DETERMINERS = _words("a an the its their his her this these that those some any each every such")
# Heads that classify and name nothing ("a condition of X", "a feature of X"): X is the fact.
_CLASSIFIER_HEADS = _words(
    "condition conditions disease feature features cause causes sign form forms part parts "
    "type types result consequence manifestation manifestations complication finding "
    "hallmark example variant possibility risk presence marker markers indicator"
)
# A suspicion, bare or qualified, whose "for" or "of" names what is suspected.
_SUSPICIONS = frozenset(
    [(w,) for w in ("concern", "suspicion", "worry")]
    + [(q, w) for q in ("high", "strong", "some") for w in ("concern", "suspicion")]
)
# Words that end a predicate's phrase: a new clause, a comparison or a purpose begins.
_PHRASE_END = _words(
    "that which who whom whose when where because so as if than whereas while unless "
    "although though and or but nor since such including relative compared owing due "
    "according here there together known called termed named described whether"
)
# A blank of one of these asks for nothing one could not guess or names nothing.
_EMPTY_BLANK = _words(
    "it they them this that these those something anything one ones other others another "
    "some many several various more less most least same different present absent possible "
    "likely unlikely important useful helpful seen found used noted known well normal "
    "normally further place way ways part parts number size shape amount degree extent time "
    "alternative alternatives characteristic indication indications ratio "
    # judgements with many right words, and words that name no one thing
    "variable visible invisible strong weak misleading controversial worrying key clue "
    "option options study studies use site sites phase sexes minority majority proportion "
    "mutation primary specificity sensitivity specific nonspecific non-specific young old "
    "example examples wider appearance appearances "
    # judgements of worth or of being seen: true of any finding
    "demonstrable detectable identifiable apparent evident valuable essential crucial vital "
    "mandatory necessary required recommended preferred indicated appropriate reasonable "
    "sufficient adequate reliable accurate worse better here there typical atypical classic "
    "difficult examination diagnostic ideal invaluable complementary distinction deposits "
    "material changes involvement foci areas collections components contents tissue tissues "
    "lesion lesions patient patients case cases mass masses weeks months years days hours "
    # the state of knowledge, not of the disease ("is incompletely understood")
    "understood elucidated anywhere everywhere "
    # a word that points back to what the last sentence named ("describe the former")
    "former latter "
    # a measure or a group that names no one thing ("with increased [frequency]")
    "frequency incidence prevalence level levels combination complications "
    # a state of mind, not of the disease ("should raise [suspicion] of invasion")
    "suspicion doubt "
    # a word of showing or of choosing between, no fact ("is shown as", "pass either")
    "shown either neither "
    # what a test costs, and irregular participles of looking ("should be [sought]")
    "cheap inexpensive expensive costly sought "
    # the page's own diagnosis and a way of doing it, no one thing ("confirms the diagnosis")
    "diagnosis approach approaches "
    # that it differs between groups, not how ("differs between [populations]")
    "populations "
    # care at large, no one treatment ("is an important part of [care]")
    "care management practice multidisciplinary "
    # a role, whose filler is the fact ("… is thought to be the [cause]": what is the cause)
    "cause causes mechanism mechanisms hallmark hallmarks feature features finding findings "
    "treatment treatments mainstay predictor factor factors reason reasons explanation"
)
# Adjectives whose point is what they relate to: "is dependent on [the age]", "is confined to
# [the mucosa]".
_RELATIONAL_ADJECTIVES = _words(
    "dependent related secondary attributable sensitive susceptible prone similar equivalent "
    "proportional confined limited restricted adjacent central close"
)
# Words of degree before an adjective ("highly variable"): the adjective decides.
_INTENSIFIERS = _words("highly very extremely quite relatively fairly rather virtually so too")
_SUBORDINATE_START = _words(
    "because although though while whereas since when if unless as once until"
)
_CLAUSE_BREAK = re.compile(
    r";|:|\s[-–—]\s|,\s(?=(?:and|but|so|which|while|whereas|although|though|because|when|"
    r"where|who|unlike|particularly|especially|including|allowing|giving|making|leading|"
    # a participle of consequence opens a clause of its own ("…, reflecting early X")
    r"reflecting|forming|causing|resulting|producing|indicating|suggesting|creating|"
    r"representing|mimicking)\b)",
)
_WORD = re.compile(r"[A-Za-z][\w'’/-]*|\d[\w.%/-]*|[(),]")
_PAST_PARTICIPLE = re.compile(
    r"^(?:[a-z]{3,}(?:ed|en|wn)|made|seen|found|given|taken|done|held|left|kept|known|"
    r"thought|led|set|put|cut|spread|bound|laid|split|felt|brought|caught|lost|sent|met)$"
)
# Verbs of purpose after "to" ("is needed to exclude …"): the object is the point.
_PURPOSE_VERB = re.compile(
    r"^(?:exclude|confirm|detect|assess|show|identify|evaluate|define|demonstrate|"
    r"distinguish|differentiate|diagnose|reduce|prevent|avoid|treat|guide|plan|stage|"
    r"predict|locate|characteri[sz]e|monitor|measure|estimate|rule)$"
)
# Verbs that are verbs in any form ("Most tumours arise de novo").
_PLAIN_VERB = re.compile(
    r"^(?:occur|arise|develop|appear|lie|regress|heal|resolve|persist|recur|enlarge|shrink|"
    r"migrate|involve|require|remain|become|tend|predispose|resemble|mimic|contain|lack|"
    r"predominate|evolve|progress|coexist|originate|respond|extend|spread|affect|enter|"
    r"follow|precede|accompany|reflect|indicate|suggest|predict|correlate|depend|differ|"
    r"compress|displace|invade|surround|encase|erode|destroy|replace|expand|infiltrate|"
    r"obstruct|narrow|widen|spare|bleed|originate|begin|communicate|connect|fluctuate|"
    r"distend|thicken|worsen|improve|carry|supply|calcify|ossify|drain|cross|allow)"
    r"(?:s|es|d|ed)?$|^(?:carries|supplies|calcifies|ossifies|lies|begins|began|grew|grows|"
    r"grow|arose|became|spread|led|leads|show|shows|showed|causes|caused|lags|lagged|passes|"
    r"rest|rests|relies|rely|remains|"
    r"passed|tracks|tracked|signals|results|resulted|forms|formed|returns|returned|"
    r"measures|measured|ranges|ranged|needs|needed|helps|helped|favours|favoured|favors|"
    r"favored|means|meant|accounts|accounted|retains|retained|"
    # verbs of management, mechanism and meaning ("focuses on [decompression]", "represents
    # [submucosal oedema]", "corresponds to [granulation tissue]", "underlies [X]")
    r"focuses|focused|hinges|hinged|represents?|represented|corresponds?|corresponded|"
    r"underlies|underlay|inhibits?|impairs?|prevents?)$"
)


def _plain_verb(word: str, following: str = "") -> bool:
    """Whether a lower-case word is a verb in any place: one of _PLAIN_VERB, or the third
    person of a verb that carries a fact alone ("The toxin [drives] X", "The risk
    [increases] with grade"; ``statement_refusals._VERB_STEMS``). A verb whose direct object
    ``predicate_objects`` reads is left to it, where the object is a blank only when the
    subject is the page's own (C2); before a preposition it is this reader's."""
    if _PLAIN_VERB.match(word):
        return True
    return third_person_verb(word) and (not PRESENT_VERB.match(word) or following in _PREPOSITIONS)


_NEGATIONS = _words("not no neither nor never")
_BECOMING = _words("become becomes became becoming remain remains remained get gets got")
_MODAL = _words("may can could might must should will would do does did")
_HAVE = _words("has have had")
_DEMONSTRATIVES = _words("this these that those such")
_GENERIC_HEADS = _words(
    "tumour tumours tumor tumors lesion lesions mass masses case cases patient patients "
    "finding findings disease diseases condition conditions variant variants form forms type types"
)
# Modifiers that leave a generic head unnamed ("advanced disease", "a benign lesion").
_VAGUE_MODIFIERS = _words(
    "advanced early late benign malignant small large other similar underlying primary "
    "secondary aggressive typical different alternative another"
)
# Nouns that say how much a thing counts, not what it is ("are the most useful clues",
# "depends chiefly on two factors", "is the first priority", "better guides"): the blank
# asks a word any sentence of the kind could fill.
_WORTH_HEADS = _words(
    "clue clues factor factors priority priorities outcome outcomes guide guides step steps "
    "consideration considerations "
    # notice, not a fact ("was brought to wider [attention] by")
    "attention "
    # a claim's standing, not the claim ("is the alternative [explanation]", "is one [option]")
    "explanation explanations possibility possibilities option options theory theories "
    "hypothesis hypotheses"
)
_COORDINATORS = _words("and but or so yet")
# Adjectives of worth before a noun ("an important distinction", "a helpful additional clue"):
# the noun must say something on its own.
_JUDGEMENT_ADJECTIVES = _words("important helpful useful additional key classic major main")
_PERSONAL = _words("it they them he she we you")
# Comparatives told in one word; with "more"/"less" any adjective compares.
_COMPARATIVES = _words(
    "better worse higher lower greater smaller larger bigger earlier later younger older "
    "commoner rarer thicker thinner brighter darker denser longer shorter wider narrower "
    "faster slower"
)
# Words of degree before a comparative ("considerably less common", "much higher").
_DEGREE = _words("much far somewhat slightly considerably significantly substantially even")
_BARE_SUBJECT = _words(
    "it they this that these those there others other most many some several both each "
    "all few one such which"
)


@dataclass(frozen=True, slots=True)
class PredicateTerm:
    """A blank read from a predicate: its words and where it starts in the sentence."""

    text: str
    start: int
    type: str = "predicate"


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int

    @property
    def low(self) -> str:
        return self.text.lower()


def predicate_terms(sentence: str) -> Iterator[PredicateTerm]:
    """The one blank a sentence's predicate gives, from its main clause first."""
    clauses = _clauses(sentence)
    main = [c for c in clauses if c and c[0].low not in _SUBORDINATE_START]
    subordinate = [c for c in clauses if c and c[0].low in _SUBORDINATE_START]
    for clause in main + subordinate:
        term = _clause_blank(sentence, clause)
        if term is not None:
            yield term
            return


def _clauses(sentence: str) -> list[list[_Token]]:
    clauses: list[list[_Token]] = []
    begin = 0
    for brk in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = brk.start() if brk is not None else len(sentence)
        clauses.append(
            [_Token(m.group(), begin + m.start()) for m in _WORD.finditer(sentence[begin:end])]
        )
        if brk is not None:
            begin = brk.end()
    return clauses


def _verb_at(tokens: list[_Token]) -> int | None:
    """Where the clause's verb group begins: its first auxiliary, else its first plain verb,
    after a subject of at least one word that no determiner leaves open ("the signal"). An
    auxiliary after a relative word belongs to the relative clause ("becomes organised into
    tissue that is incorporated …"): a plain verb before it is the clause's own."""
    auxiliary = next((i for i, t in enumerate(tokens) if t.low in _AUXILIARY and i > 0), None)
    plain = next(
        (
            i
            for i, t in enumerate(tokens)
            if i > 0
            and _plain_verb(t.low, tokens[i + 1].low if i + 1 < len(tokens) else "")
            # "the [affected] side", "sons of [affected] mothers": an adjective
            and tokens[i - 1].low not in _NOT_BEFORE_A_VERB
            and not _attributive(tokens, i)
        ),
        None,
    )
    if (
        auxiliary is not None
        and plain is not None
        and plain < auxiliary
        and any(t.low in _RELATIVES for t in tokens[plain + 1 : auxiliary])
    ):
        return plain
    return auxiliary if auxiliary is not None else plain


def _attributive(tokens: list[_Token], i: int) -> bool:
    """Whether a participle opening a clause after a fronted phrase is an adjective of the
    noun after it ("On PET, [involved] nodes show …"): a comma before, a plain noun after."""
    if tokens[i - 1].text != "," or not tokens[i].low.endswith("ed") or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return (
        following.text.isalpha()
        and following.text.islower()
        and following.low not in _PREPOSITIONS | _DETERMINERS | _AUXILIARY | {"by", "as", "of"}
        and not following.low.endswith("ly")
    )


_RELATIVES = _words("that which who whom whose")
# Words after which a verb's form is an adjective ("the [affected] side", "of [affected]
# mothers"); "to" is left out: "comes to lie in" has its verb after it.
_NOT_BEFORE_A_VERB = _DETERMINERS | (_PREPOSITIONS - {"to"}) | {"of"}


def _subject_names_nothing(subject: list[_Token]) -> bool:
    """Whether the subject points elsewhere ("It is …", "Others include …", "On imaging they
    form …", "Such lesions are …"), so the card would not say what it asks about (C2); is
    about lesions at large ("Cerebellar tumours are common in children"); or is a modality,
    whose worth is asked only where its role is said (``vocabulary.ROLE_OF_MODALITY``)."""
    words = [t.low for t in subject]
    if any(w in _PERSONAL or w in _DEMONSTRATIVES or w in _NEGATIONS for w in words):
        return True
    if words and words[-1] in _GENERIC_HEADS and not _the_pages_own(words):
        return True
    if MODALITIES.fullmatch(" ".join(t.text for t in subject)):
        return True
    if words and all(w.endswith("ly") or w in _DEGREE or w in {"more", "less"} for w in words):
        return True  # "Less severely [affected] children": a participle read as the verb
    if _counted_announcement(words):
        return True
    return len(words) == 1 and words[0] in _BARE_SUBJECT


_CARDINALS = _words("two three four five six seven eight nine ten several")
_FRACTIONS = _words("half halves third thirds quarter quarters fifth fifths")


def _counted_announcement(words: list[str]) -> bool:
    """ "Two classifications are in common use", "Three paradoxes are worth remembering": a
    subject that only counts things it does not name announces the list that follows, and
    what the predicate says of them asks nothing (C1). A share ("Two thirds of patients")
    or a named group ("two adjacent vertebrae") is left alone by the "of" and the plural."""
    return (
        2 <= len(words) <= 4
        and words[0] in _CARDINALS
        and words[1] not in _FRACTIONS
        and "of" not in words
        and words[-1].endswith("s")
    )


# Words of quantity that leave a bare plural head the page's own ("Most tumours are …").
_QUANTIFIERS = _words("most many some all")


def _the_pages_own(words: list[str]) -> bool:
    """Whether a generic subject is the page's own lesions: a bare plural head, with at most
    a word of quantity before it ("Tumours are distributed evenly …", "Most tumours are
    sporadic"); a head with a word of its own ("Cerebellar tumours") names a class at large."""
    head = words[-1]
    if words[:-1] == ["the"] and head in _OWN_HEADS:
        return True  # "The tumour is thought to originate from …": the page's own
    return head.endswith("s") and (
        len(words) == 1 or (len(words) == 2 and words[0] in _QUANTIFIERS)
    )


# Singular heads that, after a bare "the", name the page's own matter ("The disease occurs
# in …", "The lesion has a predilection for …"); "the patient", "the case", "the finding"
# point at one case or the sentence before.
_OWN_HEADS = _words("disease condition lesion tumour tumor")


@dataclass(frozen=True, slots=True)
class _VerbGroup:
    """What a clause's verb group holds: where it ends, its passive participle ("is rarely
    [involved]") and its word of frequency."""

    end: int
    participle: _Token | None
    frequency: _Token | None


def _verb_group(tokens: list[_Token], verb: int) -> _VerbGroup | None:
    """Read the verb group from ``verb`` on; None where it holds a negation (a negation
    blanked asks a yes/no in disguise)."""
    i = verb
    participle: _Token | None = None
    frequency: _Token | None = None
    passive = False
    expect_verb = False  # after "may", "can", "has": the next word is the verb itself
    while i < len(tokens):
        low = tokens[i].low
        if low in _NEGATIONS:
            return None
        if low in _FREQUENCY_ADVERBS:
            frequency = tokens[i]
        elif _filler(tokens, i):
            pass
        elif low in _MODAL or low in _HAVE:
            expect_verb = True
        elif low in _AUXILIARY or low in _BECOMING:
            # "becomes organised into …": a verb of becoming takes a participle as "is" does
            passive, expect_verb = True, False
        elif passive and participle is None and _PAST_PARTICIPLE.match(low) and low[:2] != "un":
            # ("is [unknown]", "is [underdiagnosed]": a negative prefix makes an adjective)
            participle, expect_verb = tokens[i], False  # "is rarely involved", a verb or not
        elif (
            i == verb
            or _plain_verb(low, tokens[i + 1].low if i + 1 < len(tokens) else "")
            or (expect_verb and low.isalpha())
        ):
            # "may coexist", "should always raise", "has replaced": the verb, not its object
            if expect_verb and tokens[i - 1].low in _HAVE and _PAST_PARTICIPLE.match(low):
                participle = tokens[i]
            expect_verb = False
        elif _leads_on(tokens, i):
            i += 1  # "comes to lie in …", "is needed to exclude …": the second verb leads on
            participle = None
        else:
            break
        i += 1
    return _VerbGroup(i, participle, frequency)


def _filler(tokens: list[_Token], i: int) -> bool:
    """A word of manner or degree inside a verb group ("is increasingly managed", "is most
    often seen"): no fact of its own."""
    low = tokens[i].low
    if low in _FILLER_ADVERBS or (low.endswith("ly") and low not in _FREQUENCY_ADVERBS):
        return True
    following = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return low in {"most", "more"} and (following == "often" or following.endswith("ly"))


def _leads_on(tokens: list[_Token], i: int) -> bool:
    """Whether tokens[i] is the "to" of an infinitive that carries the predicate on."""
    if tokens[i].low != "to" or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].low
    # "is thought to be [multifactorial]": the copula carries the predicate on too
    return bool(_PLAIN_VERB.match(following) or _PURPOSE_VERB.match(following)) or (
        following == "be" or fact_verb_stem(following)  # "is believed to result from"
    )


def _clause_blank(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    while tokens and tokens[0].low in _COORDINATORS:
        tokens = tokens[1:]  # ", and most remain stable": the clause's subject is "most"
    verb = _verb_at(tokens)
    group = None
    participle = ""
    if verb is not None:
        group = _verb_group(tokens, verb)
        participle = group.participle.low if group and group.participle else ""
        if _subject_names_nothing(tokens[:verb]) and not treated_subgroup(
            [t.low for t in tokens[:verb]], participle
        ):
            group = None  # "Less active patients may be [managed] with X" is kept
    if group is None:
        return None
    if verb and _subject_names_nothing(tokens[:verb]):
        # a subgroup treated with X (predicate_care): X whole, not "an enema [combined]"
        term = _clause_object(sentence, tokens[:verb], tokens[group.end :], group)
        last = term.text.split()[-1].lower() if term else ""
        return None if _PAST_PARTICIPLE.match(last) else term
    return _clause_object(sentence, tokens[: verb or 0], tokens[group.end :], group)


def _clause_object(
    sentence: str, before: list[_Token], rest: list[_Token], group: _VerbGroup
) -> PredicateTerm | None:
    """What the clause's predicate gives after its verb group (``before`` is its subject,
    ``rest`` what follows the group)."""
    participle = group.participle.low if group.participle else ""
    subject = [t.low for t in before]
    test = bool(MODALITIES.search(" ".join(t.text for t in before)))
    if indication := indication_start(participle, [t.low for t in rest[:2]], subject, test=test):
        # "is reserved for [refractory cases]": the cases it is kept for (predicate_care)
        return _whole_indication(sentence, rest[indication:])
    ends = not rest or rest[0].low in _PHRASE_END or rest[0].text in {",", "("}
    if ends or rest[0].low in _TIME_PREPOSITIONS:
        # a passive told with how often and nothing else: "is rarely involved"
        if group.participle is not None and group.frequency is not None:
            return _term(sentence, group.frequency, group.participle)
        return None
    compared = _comparison(sentence, rest)
    if compared is not None:
        return compared.term
    return _object_phrase(sentence, rest, group)


def _whole_indication(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    """The noun phrase of an indication, none where it is cut ("for [patients unfit] for
    surgery", "for [unstable] or severe deformities")."""
    term = _noun_phrase(sentence, tokens, governed=True)
    if term is None:
        return None
    end = term.start + len(term.text)
    following = [t.low for t in tokens if t.start >= end][:1]
    return term if whole_indication(term.text.split(), following) else None


def _object_phrase(sentence: str, rest: list[_Token], group: _VerbGroup) -> PredicateTerm | None:
    """What follows the verb group: a preposition's object, else the complement itself;
    none after "by far", a rank whose answer is the subject."""
    if [t.low for t in rest[:2]] == ["by", "far"]:
        return None
    if rest[0].low in _PREPOSITIONS:
        return _noun_phrase(sentence, rest[1:], governed=True)
    if group.participle is not None:
        return None  # "is then treated conservatively": no phrase of its own
    return _noun_phrase(sentence, rest)


@dataclass(frozen=True, slots=True)
class _Comparison:
    """A predicate that compares: its blank, or None where no blank of it is fair."""

    term: PredicateTerm | None


def _comparison(sentence: str, rest: list[_Token]) -> _Comparison | None:
    """The blank of a comparison with "than", None when the predicate compares nothing.

    The direction is the fact when nothing stands between the comparative and "than": "is
    considerably [less common] than true coarctation", "is [better] than that of …". Where a
    preposition's phrase stands between, that phrase is: "is more common in [women] than in
    men". A comparison without "than" ("have a better prognosis") says against what it compares
    nowhere: it is read as any other predicate."""
    comparative = _comparative(rest)
    if not comparative:
        return None
    after = rest[len(comparative) + rest.index(comparative[0]) :]
    than = next((i for i, t in enumerate(after) if t.low == "than"), None)
    if than is None:
        return None  # "have a better prognosis": read as any other predicate
    blank: PredicateTerm | None = None
    if than + 1 < len(after) and after[than + 1].text[:1].isdigit():
        pass  # "smaller than 1.5 cm": the figure is the fact, with its own key term
    elif than == 0:
        first, last = comparative[0], comparative[-1]
        blank = PredicateTerm(sentence[first.start : last.start + len(last.text)], first.start)
    elif after[0].low in _PREPOSITIONS:
        phrase = after[1:than]
        if 0 < len(phrase) <= MAX_BLANK_WORDS and not any(_ends_phrase(t) for t in phrase):
            blank = _noun_phrase(sentence, phrase, governed=True)
    return _Comparison(blank)


def _comparative(tokens: list[_Token]) -> list[_Token]:
    """The comparative a predicate opens on after its words of degree ("much [more common]",
    "[better]"); none for "less than 2 cm" or "more of", which compare no quality."""
    while tokens and tokens[0].low in _DEGREE:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].low in {"more", "less"} and tokens[1].text.isalpha():
        found = tokens[:2]
    elif tokens and tokens[0].low in _COMPARATIVES:
        found = tokens[:1]
    else:
        return []
    return [] if found[-1].low in {"than", "of"} else found


def _noun_phrase(
    sentence: str, tokens: list[_Token], *, governed: bool = False
) -> PredicateTerm | None:
    """The noun phrase at the start of ``tokens``, without its determiner; of a classifier head
    ("a condition of X"), X."""
    adverb = False  # "the classically [described] triggers": a participle used as a verb
    while tokens and (tokens[0].low in _DETERMINERS or tokens[0].low in _FILLER_ADVERBS):
        adverb = tokens[0].low in _FILLER_ADVERBS
        tokens = tokens[1:]
    if adverb and tokens and _PAST_PARTICIPLE.match(tokens[0].low):
        return None
    if len(tokens) > 3 and [t.low for t in tokens[:3]] == ["one", "of", "the"]:
        tokens = tokens[3:]  # "remains one of the [leading causes] of …"
    phrase: list[_Token] = []
    for index, token in enumerate(tokens):
        if _degree_range(phrase, tokens, index):
            phrase.append(token)  # "mild [to] moderate uptake": a range of degree, one phrase
            continue
        if _points_past(phrase, token):
            return _noun_phrase(sentence, tokens[index + 1 :], governed=True)
        if _ends_phrase(token) or _agent_follows(tokens, index):
            break
        phrase.append(token)
    after = tokens[len(phrase) :]
    if len(phrase) == 1 and after and after[0].low == "of":
        # "results from [loss of heterozygosity]": the head alone is half of it; with what it
        # is of, when that is short and bare, it is whole
        return _head_with_its_of(sentence, phrase[0], after[1:])
    if (
        phrase
        and phrase[-1].low in _RELATIONAL_ADJECTIVES
        and after
        and after[0].low in (_PREPOSITIONS)
    ):
        return _noun_phrase(sentence, after[1:], governed=True)
    if (
        not phrase
        or _blank_words(" ".join(token.text for token in phrase)) > MAX_BLANK_WORDS
        or not _fair_blank(phrase, after, governed=governed)
    ):
        return None
    return _term(sentence, phrase[0], phrase[-1])


# Words of degree that may span a range with "to" ("mild to moderate", "low to intermediate").
_DEGREE_WORDS = _words(
    "mild moderate marked severe minimal slight low high intermediate intense faint avid"
)


_DEGREE_RANGE_IN = re.compile(
    rf"\b(?:{'|'.join(sorted(_DEGREE_WORDS))})\sto\s(?:{'|'.join(sorted(_DEGREE_WORDS))})\b",
    re.I,
)


def _blank_words(text: str) -> int:
    """How many words a blank counts: "mild to moderate" is one word of degree."""
    return len(text.split()) - 2 * len(_DEGREE_RANGE_IN.findall(text))


def _degree_range(phrase: list[_Token], tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the "to" between two words of degree."""
    return (
        tokens[index].low == "to"
        and bool(phrase)
        and phrase[-1].low in _DEGREE_WORDS
        and index + 1 < len(tokens)
        and tokens[index + 1].low in _DEGREE_WORDS
    )


def _points_past(phrase: list[_Token], preposition: _Token) -> bool:
    """Whether the phrase so far only points to the one its preposition governs: "a
    condition of [X]", "a cutaneous marker of [X]", "should raise concern for [X]" (what is
    suspected is the point, never the suspicion)."""
    if preposition.low == "of" and 0 < len(phrase) <= 2 and phrase[-1].low in _CLASSIFIER_HEADS:
        return True
    if preposition.low == "for" and 0 < len(phrase) <= 3 and phrase[-1].low in _LEANINGS:
        return True  # "has a strong predilection for [the metaphyses]": where it leans
    return preposition.low in {"for", "of", "about"} and tuple(t.low for t in phrase) in _SUSPICIONS


# Nouns of leaning whose "for" names what the thing favours.
_LEANINGS = _words("predilection propensity preference affinity")


def _head_with_its_of(sentence: str, head: _Token, tokens: list[_Token]) -> PredicateTerm | None:
    """ "accumulation of [secretions]": a head and the bare noun phrase its "of" governs, as
    one blank of at most MAX_BLANK_WORDS words; none where the phrase has a determiner, runs
    on or is cut (C1)."""
    if head.low in _OF_ADJECTIVES:
        # (a sentence may end on "of": "characteristic of." has no tokens after it)
        if len(tokens) >= 2 and tokens[0].low == "the" and tokens[1].low in _BACK_HEADS:
            return None  # "suggestive of the diagnosis": of the page's own, said before
        return _noun_phrase(sentence, tokens, governed=True)  # "suggestive of [MS]"
    if (
        not tokens
        or tokens[0].low in _DETERMINERS
        or head.low in _EMPTY_BLANK
        or head.low in ROLE_HEADS  # "the [mainstay of treatment]" is the question (C4)
    ):
        return None  # "[number] of nodules" names no thing
    phrase: list[_Token] = []
    for token in tokens:
        if _ends_phrase(token) or token.low.endswith("ly"):
            break  # "production of osteoid [directly] by …"
        phrase.append(token)
    after = tokens[len(phrase) :]
    if (
        not phrase
        or len(phrase) + 2 > MAX_BLANK_WORDS
        or (after and after[0].low in {"and", "or"})  # "a combination of nodules [and cysts]"
        or not _fair_blank(phrase, after, governed=True)
    ):
        return None
    return _term(sentence, head, phrase[-1])


_BACK_HEADS = _words("diagnosis syndrome disease condition entity disorder")
# Adjectives whose "of" names what they point to: "is highly suggestive of [MS]".
_OF_ADJECTIVES = _words(
    "suggestive indicative characteristic typical diagnostic pathognomonic reminiscent "
    "representative"
)
# Nouns that name a role in diagnosis or care ("the mainstay of treatment", "the test of
# choice"): the thing that fills the role is the answer, never the role (``role_subjects``).
ROLE_HEADS = _words(
    "test tests investigation investigations examination modality technique method study "
    "treatment treatments therapy procedure standard mainstay mainstays tool approach imaging "
    "management"
)


def _agent_follows(tokens: list[_Token], index: int) -> bool:
    """ "a gynaecological emergency [caused] by twisting": a participle with its agent is a
    clause after the noun phrase, not its last word."""
    following = tokens[index + 1 : index + 2]
    return bool(
        following and following[0].low == "by" and _PAST_PARTICIPLE.match(tokens[index].low)
    )


def _ends_phrase(token: _Token) -> bool:
    return (
        token.low in _PHRASE_END
        or token.text in {",", "(", ")"}
        or token.low in _PREPOSITIONS
        or token.low in _TIME_PREPOSITIONS
        or token.low == "of"
    )


def _fair_blank(phrase: list[_Token], after: list[_Token], *, governed: bool = False) -> bool:
    """Whether the phrase asks for one thing a resident should know (C1, C3)."""
    words = [t.low for t in phrase]
    return not (
        _names_nothing(phrase, words) or _badly_cut(phrase, words, after, governed=governed)
    )


def _names_nothing(phrase: list[_Token], words: list[str]) -> bool:
    """ "virtually any appearance", "highly variable", "advanced disease", "make it more
    conspicuous", "neither follow-up nor treatment", "enhances normally": no one thing; a
    modality is asked only where its role is said ("is best seen on CT")."""
    content = [
        w for w in words if w not in _INTENSIFIERS | _VAGUE_MODIFIERS | _JUDGEMENT_ADJECTIVES
    ]
    return (
        "any" in words
        or all(w in _EMPTY_BLANK or w in _AUXILIARY for w in content)
        or (words[-1] in _GENERIC_HEADS and (len(words) == 1 or words[0] in _VAGUE_MODIFIERS))
        or words[-1] in _WORTH_HEADS
        # "should suggest an alternative diagnosis": which one, is the fact
        or (words[-1] in {"diagnosis", "diagnoses"} and words[0] in _VAGUE_MODIFIERS)
        or words == ["imaging"]  # "may be followed with imaging": which, is the fact
        or bool(MODALITIES.fullmatch(" ".join(t.text for t in phrase)))
        or words[-1] == "phase"
        or any(w in _PERSONAL or w in _NEGATIONS for w in words)
        or (len(words) == 1 and words[0].endswith("ly"))
        or words[-1] == "only"  # "is conspicuous [only] when …": the condition is the fact
        # "shows [most advanced tumours]": a share without its figure, of lesions at large
        or (len(words) > 1 and words[0] in _QUANTIFIERS and words[-1].endswith("s"))
        # "a predilection for [two sites]": how many, not which
        or (len(words) == 2 and words[0] in _CARDINALS)
    )


def _badly_cut(
    phrase: list[_Token], words: list[str], after: list[_Token], *, governed: bool = False
) -> bool:
    """ "avoid A, B and C", "a long, thin X" (one of a set, half a phrase), "uncommon here",
    "a more sensitive sign than …" (a comparison), a number (it has its own key term),
    "sight- and life-threatening", or a verb read as a noun."""
    return (
        (bool(after) and after[0].low in {"here", "there"})
        or _list_after_comma(after, governed=governed)
        or words[0] in {"more", "less"}
        or any(c.isdigit() for w in words for c in w)
        or phrase[-1].text.endswith("-")
        or bool(_PLAIN_VERB.match(words[0]) or _PURPOSE_VERB.match(words[0]))
        or (len(words) > 1 and _verb_first(words, after))
        or _list_goes_on(after)
    )


# Words after a comma that open a clause of their own ("on a lateral view, as rotation alters
# it", "…, which …"): the phrase before is whole.
_OPENS_CLAUSE = _SUBORDINATE_START | _RELATIVES | _words("where")


_SHARED_VERB = _words("is are was were do does did can may")


def _list_after_comma(after: list[_Token], *, governed: bool) -> bool:
    """Whether a comma after the phrase goes on with more of the same ("a long, thin X",
    "avoid A, B and C", "around the X, in the Y and at the Z"): not where the next word opens
    a clause, nor a preposition after a complement of its own ("is conservative, with rest")."""
    if not after or after[0].text != ",":
        return False
    following = after[1].low if len(after) > 1 else ""
    if following == "for" and len(after) > 2 and after[2].low in {"instance", "example"}:
        return True  # "…, for instance A, B or C": the complement goes on with examples
    if following == "as" and len(after) > 2 and after[2].low in _SHARED_VERB:
        return True  # "is an absolute criterion, as is X": another thing fills it too (C3)
    if following in _OPENS_CLAUSE:
        return False
    prepositional = following in _PREPOSITIONS or following in _TIME_PREPOSITIONS
    return governed or not prepositional


# Participles of change that are adjectives before a noun ("shows [reduced activity]",
# "begins with [isolated visual symptoms]"); others lead a phrase as verbs ("the classically
# [described triggers]").
_CHANGED = _words(
    "increased decreased reduced raised elevated lowered enlarged dilated thickened thinned "
    "narrowed widened isolated impaired delayed preserved restricted diminished"
)


def _verb_first(words: list[str], after: list[_Token]) -> bool:
    """Whether a phrase opens on a participle read as a verb, or on one of change whose noun
    names nothing or is cut before its "of" ("a reduced [level] of consciousness")."""
    if not _PAST_PARTICIPLE.match(words[0]):
        return False
    return (
        words[0] not in _CHANGED
        or words[-1] in _EMPTY_BLANK
        or (bool(after) and after[0].low == "of")
    )


def _list_goes_on(after: list[_Token]) -> bool:
    """ "involve the subcortical and deep white matter, the brainstem, …": the phrase is the
    first of a list of three or more (C3)."""
    if not after or after[0].low not in {"and", "or"}:
        return False
    return any(t.text == "," for t in after[1:7])


def _term(sentence: str, first: _Token | None, last: _Token | None) -> PredicateTerm | None:
    if first is None or last is None:
        return None
    text = sentence[first.start : last.start + len(last.text)]
    if _blank_words(text) > MAX_BLANK_WORDS or text.lower() in _EMPTY_BLANK:
        return None
    return PredicateTerm(text, first.start)
