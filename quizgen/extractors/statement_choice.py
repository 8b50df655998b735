"""The key terms of a statement sentence (``key_terms``): the candidates of
``statement_keys`` in reading order, less those that overlap, that the title or the sentence
already shows, that lie in an aside, a concession, a reason clause or the other arm of a
comparison, and those that are one member of a set whose others are no key terms."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from quizgen.extractors.predicate_objects import object_terms
from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.role_subjects import role_subject
from quizgen.extractors.statement_keys import (
    _MEASURES,
    KeyTerm,
    _by_grammar,
    _by_shape,
    _found,
    _singular,
)
from quizgen.extractors.statement_names import plain_terms
from quizgen.extractors.statement_refusals import _PRAISED, _VERB
from quizgen.extractors.statement_terms import copula_complement, fallback_terms
from quizgen.extractors.vocabulary import KEY_TERMS, ROLE_OF_MODALITY, WEAK_TERMS

__all__ = ["key_terms"]

# "… whether there is active inflammation": a question the sentence asks, no answer (C1).
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^,;:()]{0,80}$", re.I)
# A concession ("…, although biopsy is increasingly used"): a hedge on the main clause, not
# the fact a card should ask for; it runs to the next semicolon or the end.
_CONCESSION = re.compile(r"\b(?:although|though|even (?:when|if)|albeit)\b[^;]{0,300}", re.I)
MAX_MEMBER_WORDS = 4  # a member of an enumeration is a short noun phrase


def key_terms(
    sentence: str,
    *,
    links: Collection[str] = (),
    title: str = "",
    given: tuple[int, int] = (0, 0),
) -> list[KeyTerm]:
    """The sentence's key terms in reading order, none overlapping another, none that the
    title already shows or that the sentence repeats (C4: the answer would show). Where the
    named terms are all dropped as members of a set, the grammar's readings may still find
    the one thing the sentence says ("becomes organised into [fibrous tissue] …, forming
    webs, bands and intimal thickening"); a sentence whose named term a concession hedges
    stays without one ("Pain is rare, although large ones may cause mass effect"). No term
    overlaps ``given``, the span of a subject the card shows as the sentence's topic."""
    readings = _readings(sentence, links, title, given)
    named = next(readings)
    kept = _kept(sentence, named)
    if kept or _in_a_concession(sentence, named):
        return _said_of_subject(sentence, kept, title, given) or kept
    for chosen in readings:
        if named and chosen and chosen[0].type not in _GRAMMAR_TYPES:
            # shape and vocabulary terms (anatomy, drugs, "MRI") are list members more often
            # than not: they stand in only where no term was named, not for names dropped
            continue
        kept = _kept(sentence, chosen)
        if kept:
            return _said_of_subject(sentence, kept, title, given) or kept
    return []


_GRAMMAR_TYPES = frozenset({"subject", "predicate", "complement"})
_ARTICLE = re.compile(r"^(?:the|an?)\s", re.I)


def _said_of_subject(
    sentence: str, kept: list[KeyTerm], title: str, given: tuple[int, int]
) -> list[KeyTerm]:
    """The complement, when the one named term is the whole subject of "<subject> is
    <complement>" ("AFP is usually normal", "CT is insensitive"): many tests or findings are
    normal or insensitive, so the blank on the subject has no one answer; what the sentence
    says of it is the fact. A figure or a grade is kept."""
    found = copula_complement(sentence) if len(kept) == 1 else None
    # ("Radiotherapy and cryoablation are further options": the named terms are the point)
    if found is None or any(t.type in _MEASURES for t in kept):
        return []
    complement, (start, end) = found
    named = _ARTICLE.sub("", sentence[start:end])
    if kept[0].text != named or _PRAISED.match(sentence, end):
        # "Growth of the splenic lymphangioma is slow": the name is not the whole subject,
        # and which lesion grows slowly is the fact; "Doppler is ideal …" only praises
        return []
    term = KeyTerm(complement.text, complement.start, "complement")
    return _kept(sentence, _chosen(sentence, iter([term]), title, given))


def _in_a_concession(sentence: str, terms: list[KeyTerm]) -> bool:
    hedges = [_hedge_span(sentence, m) for m in _CONCESSION.finditer(sentence)]
    return any(start <= t.start < end for t in terms for start, end in hedges)


def _readings(
    sentence: str, links: Collection[str], title: str, given: tuple[int, int]
) -> Iterator[list[KeyTerm]]:
    """The candidate blanks of each way of reading the sentence, strongest first."""
    chosen = _chosen(sentence, _found(sentence, links), title, given)
    if not any(t.type in _MEASURES for t in chosen):
        # the sentence's grammar names its point; a figure or grade, when it holds one, is
        # what a resident is asked ("FNA is recommended for TR5 nodules of 1 cm or larger")
        chosen = _chosen(sentence, _by_grammar(sentence), title, given) or chosen
    yield chosen
    yield _chosen(sentence, _by_shape(sentence), title, given)
    # the sentence's grammar says what it asks ("Growth is slow")
    yield _chosen(
        sentence, (KeyTerm(t.text, t.start, t.type) for t in fallback_terms(sentence)), title, given
    )
    # "X is the investigation of choice": the role's filler is the answer
    role = role_subject(sentence)
    yield _chosen(
        sentence,
        iter([] if role is None else [KeyTerm(role.text, role.start, "subject")]),
        title,
        given,
    )
    # last: what the predicate says ("occurs in an anticlockwise direction")
    yield _chosen(
        sentence,
        (KeyTerm(t.text, t.start, t.type) for t in predicate_terms(sentence)),
        title,
        given,
    )
    # after it: the object of a verb it does not know, what follows "as" after "appears", the
    # subject of "is spared" ("predicate_objects")
    yield _chosen(
        sentence,
        (KeyTerm(t.text, t.start, t.type) for t in object_terms(sentence, title=title)),
        title,
    )
    # last of all: an imaging method, a part of the spine or brain, an immune cell
    yield _chosen(
        sentence, (KeyTerm(t.text, t.start, t.type) for t in plain_terms(sentence)), title, given
    )


def _kept(sentence: str, chosen: list[KeyTerm]) -> list[KeyTerm]:
    """The chosen terms less one of a set, one inside a concession and a second fact in a
    reason clause, in reading order."""
    hedges = [_hedge_span(sentence, m) for m in _CONCESSION.finditer(sentence)]
    return sorted(
        (
            t
            for t in chosen
            if not _one_of_a_set(sentence, t, chosen)
            and not any(start <= t.start < end for start, end in hedges)
            and not _second_fact_in_reason(sentence, t, chosen)
        ),
        key=lambda t: t.start,
    )


# A reason told as a clause of its own after the main one: "Serum CA 19-9 is elevated …,
# because it also rises in benign biliary obstruction". "because of X" names the cause of
# the main clause's finding and is kept ("hypoattenuating because of fat").
_REASON_CLAUSE = re.compile(r",\sbecause\s(?!of\b)", re.I)


def _second_fact_in_reason(sentence: str, term: KeyTerm, terms: list[KeyTerm]) -> bool:
    """Whether ``term`` lies in a reason clause while another blank lies in the main clause:
    the card would ask two unrelated facts, the reason's blank a side one (C1)."""
    reason = _REASON_CLAUSE.search(sentence, 0, term.start)
    return reason is not None and any(other.end <= reason.start() for other in terms)


def _hedge_span(sentence: str, match: re.Match[str]) -> tuple[int, int]:
    """Where a concession hedges: to the next semicolon or the end, but a concession that
    opens the sentence ("Although often described as X, the tumour arises in Y") ends at
    its first comma, where the main clause begins."""
    if match.start() == 0 and (comma := sentence.find(", ", 0, match.end())) > 0:
        return 0, comma
    return match.span()


def _chosen(
    sentence: str, found: Iterator[KeyTerm], title: str, given: tuple[int, int] = (0, 0)
) -> list[KeyTerm]:
    """The found terms in reading order that overlap no earlier one nor the ``given``
    subject, that the title does not show and that the sentence does not repeat."""
    chosen: list[KeyTerm] = []
    for term in found:
        if any(term.start < other.end and other.start < term.end for other in chosen):
            continue
        if term.start < given[1] and given[0] < term.end:
            continue
        lowered = term.text.lower()
        if title and (lowered in title.lower() or title.lower() in lowered):
            continue
        if title and _singular(lowered) in _singular(title.lower()):
            continue  # "oncocytomas" in "Renal oncocytoma": the title shows the answer (C4)
        if title and _form_of_title_word(lowered, title):
            continue  # "infarction" on "Splenic infarct": the card asks the page's own name
        if _repeated(sentence, term) or (len(term.text) < 3 and not term.text.isupper()):
            continue
        if _repeated_singular(sentence, term) or _WHETHER_BEFORE.search(sentence, 0, term.start):
            continue  # "… a lung abscess … because [abscesses] are …"; "… whether there is X"
        if _aside(sentence, term) or _weak_modifier(sentence, term) or _other_arm(sentence, term):
            continue
        if _also_subject(sentence, term) or _showing_subject(sentence, term):
            continue
        if _given_process(sentence, term) or _measured_noun(sentence, term):
            continue
        if _SAYS_NOTHING.fullmatch(term.text):
            continue  # "The aetiology remains [uncertain]", "X is also [well shown]"
        chosen.append(term)
    return chosen


_ONE_WORD = re.compile(r"[a-z]{5,40}")
MAX_SUFFIX = 3  # "infarct" -> "infarction", "stenosis" -> "stenoses"


def _form_of_title_word(term: str, title: str) -> bool:
    """Whether a one-word term is a title word with a short ending added or changed."""
    if not _ONE_WORD.fullmatch(term):
        return False
    named = _NAMING_ENDING.search(term)
    return any(
        term != word
        and (term.startswith(word) or word.startswith(term[:-2]))
        and abs(len(term) - len(word)) <= MAX_SUFFIX
        # "tuberculoma" on "Tuberculous meningitis" names another thing
        and (named is None or word.endswith(named.group(0)[:3]))
        for word in _ONE_WORD.findall(title.lower())
    )


# Endings that make a word the name of a condition of its own.
_NAMING_ENDING = re.compile(r"(?:omas?|omata|itis|itides|osis|oses)$")


def _repeated_singular(sentence: str, term: KeyTerm) -> bool:
    """Whether a plural one-word term shows elsewhere in the sentence in the singular
    ("Differentiation from a lung abscess … because [abscesses] are …"): the answer shows."""
    word = term.text.lower()
    if not (_ONE_WORD.fullmatch(word) and word.endswith("s")):
        return False
    # "abscesses" -> "abscess", "tumours" -> "tumour"
    singles = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    low = sentence.lower()
    for single in singles:
        for match in re.finditer(rf"(?<![\w-]){re.escape(single)}(?![\w-])", low):
            if not term.start <= match.start() < term.end:
                return True
    return False


# "Imaging shows the site of the obstruction", "since the obstruction is mechanical": a bare
# word of the closed vocabulary after "the", owning a part ("of the X") or the subject of a
# clause ("the X is …"), is what the sentence takes as known from before, not what it
# teaches; the blank asks for a word any disease of the kind could fill. As an object ("CSF
# shunting treats the hydrocephalus") it is what the sentence says, and before another noun
# ("the biopsy tract") it names which one.
_OF_THE_BEFORE = re.compile(r"\bof\sthe\s$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)
_CLAUSE_VERB_AFTER = re.compile(r"\s(?:is|are|was|were|may|can|has|have)\b", re.I)


def _given_process(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` is a one-word vocabulary term that "the" marks as already known."""
    if term.type != "term" or " " in term.text or not KEY_TERMS.fullmatch(term.text):
        return False
    before = sentence[max(0, term.start - 7) : term.start]
    if _OF_THE_BEFORE.search(before):
        after = _AFTER_WEAK.match(sentence, term.end)
        return after is None or bool(_NOT_A_NOUN.match(after.group(1)))
    return bool(_THE_BEFORE.search(before) and _CLAUSE_VERB_AFTER.match(sentence, term.end))


# "CT also shows the degree of encasement": the subject does what another named before it
# does, so another answer fits the blank as well (C3).
_ALSO_AFTER = re.compile(r"\s(?:can\s|may\s|is\s|are\s)?also\b", re.I)


def _also_subject(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` opens the sentence (after "the" at most) and "also" follows it."""
    opener = sentence[: term.start].strip().lower()
    return opener in {"", "the"} and bool(_ALSO_AFTER.match(sentence, term.end))


# "MRI demonstrates optic nerve compression", "Angiography can detect bleeding at …": a
# modality that opens the sentence as the subject of a verb of showing. Other modalities show
# the same finding, so the blank has no one answer; what is shown (or how little) is the fact.
# A role, a comparison or a task ("CT shows X better than radiographs", "shows only …",
# "shows the extent of …") singles it out, and then the modality is the fact.
_SHOWING_VERB = re.compile(
    r"\s(?:(?:can|may|will|also|often|usually|typically|reliably|clearly|readily)\s){0,2}"
    r"(?:shows?|demonstrates?|depicts?|detects?|reveals?|identif(?:y|ies)|delineates?|displays?|"
    r"visuali[sz]es?)\s",
    re.I,
)
# "MRI shows the extent of marrow involvement": staging is a task the modality is chosen for
_SINGLED_OUT_MODALITY = re.compile(
    r"\b(?:only|than|superior|inferior|best|better|extent|staging)\b", re.I
)


_TESTS = frozenset({"modality", "technique"})  # "technique": statement_names, "axial T2 images"
_OPENERS = frozenset({"", "the", "a", "an"})  # "A lateral view may show …"


def _showing_subject(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` is a modality opening the sentence as the subject of a verb of
    showing, with nothing that singles it out (``_SHOWING_VERB``)."""
    if term.type not in _TESTS or sentence[: term.start].strip().lower() not in _OPENERS:
        return False
    if not _SHOWING_VERB.match(sentence, term.end):
        return False
    return not (_SINGLED_OUT_MODALITY.search(sentence) or ROLE_OF_MODALITY.search(sentence))


def _repeated(sentence: str, term: KeyTerm) -> bool:
    """Whether the sentence shows the term's words again, even inside a longer word
    ("endometrioma" in "endometriomas", "PET" in "PET-CT"): the answer would show (C4). A
    label inside a longer label ("type I" in "type IV", "level II" in "level III") is
    another label, not the term again."""
    low, wanted = sentence.lower(), term.text.lower()
    if _ABBREVIATION.match(term.text):
        # an abbreviation is read as written: "CT" is not inside "suspected", "MRI" is
        # inside "MRI-guided"
        low, wanted = sentence, term.text
    label = wanted[-1:] in _LABEL_CHARACTERS
    found = low.find(wanted)
    while found >= 0:
        after = low[found + len(wanted) : found + len(wanted) + 1]
        inside = _ABBREVIATION.match(term.text) and found and low[found - 1].isalpha()
        if (
            found != term.start
            and not inside
            and not (label and after and after in _LABEL_CHARACTERS)
        ):
            return True
        found = low.find(wanted, found + 1)
    return False


# A short abbreviation in capitals ("CT", "MRI", "PET", "IVC")
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")


_LABEL_CHARACTERS = frozenset("ivx0123456789")


# A bracket that opens on a preposition or a word of comparison is an aside on the main
# clause ("Management may be expectant (for a small, declining β-hCG), medical or
# surgical", "(rather than at the origin, as with atherosclerosis)"): a term inside it is
# not what the sentence states, so a blank there asks about the wrong thing.
_ASIDE_OPENER = re.compile(
    r"\(\s?(?:for|with|as|when|if|unless|unlike|like|rather|compared|versus|vs\.?|than|"
    r"except|where|whereas|while)\s",
    re.I,
)
MAX_ASIDE_REACH = 200  # characters read back for the bracket's opening


def _aside(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` lies inside a bracketed aside that opens on a preposition."""
    before = sentence[max(0, term.start - MAX_ASIDE_REACH) : term.start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    return bool(_ASIDE_OPENER.match(before, opening))


# The other arm of a comparison: "favour RCC over angiomyolipoma", "earlier than in patients
# with PKD2 mutations", "Unlike meningiomas, …". The sentence states
# what sets its subject apart; the thing it is set against is no blank (the card would ask
# for the foil, whose clue is the subject's own finding). After "whereas" the foil is the
# subject of its own clause ("whereas X involves the ostium"), a fact of its own: kept.
_COMPARED_WITH = re.compile(r"\b(?:over|than|unlike|versus|vs\.?)\s(?:[\w-]{1,30}\s){0,3}$", re.I)
# "distinguish a drainable abscess from cellulitis or oedema": a set of foils after "from".
# One foil ("helps distinguish Ewing sarcoma from osteosarcoma") is a fact of its own: kept.
_DISTINGUISHED_FROM = re.compile(
    r"\b(?:distinguish|differentiat|discriminat|separat|tell)\w{0,6}\s(?:[\w-]{1,30}\s){1,6}"
    r"from\s(?P<foils>(?:[\w-]{1,30}\s){0,3})$",
    re.I,
)
_COORDINATED = re.compile(r"\s(?:or|and)\s")
MAX_ARM_REACH = 120


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _other_arm(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` follows a word of comparison within the same clause (a number
    after "than" is the threshold itself: "wider than 7 mm"; of two modalities compared,
    "more sensitive than CT", either is the fact)."""
    if term.type in {"number", "scale", "modality"}:
        return False
    before = sentence[max(0, term.start - MAX_ARM_REACH) : term.start]
    before = _CLAUSE_MARK.split(before)[-1]
    if _COMPARED_WITH.search(before):
        return True
    foils = _DISTINGUISHED_FROM.search(before)
    return foils is not None and bool(
        _COORDINATED.search(" " + foils.group("foils")) or _COORDINATED.match(sentence, term.end)
    )


# A weak term inside a phrase of a preposition, before the noun it qualifies ("not for
# asymptomatic radiographic disease", "in asymptomatic patients"): the blank would hide an
# adjective of a side phrase, not what the sentence states. Opening the sentence
# ("Asymptomatic lesions need no treatment") it says which lesions: the clue, not the fact.
_AFTER_WEAK = re.compile(r"\s([a-z]+)")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|in|of|with|among|from|to|by|on)\s(?:an?\s|the\s)?$", re.I
)
_NOT_A_NOUN = re.compile(
    r"^(?:and|or|but|in|on|at|of|to|for|with|by|from|as|until|unless|when|if|is|are|was|were|"
    r"may|can|which|that|who|than|because|so|throughout|despite)$"
)


def _weak_modifier(sentence: str, term: KeyTerm) -> bool:
    """Whether a weak term ("asymptomatic") stands before a noun it only qualifies: in a
    phrase of a preposition, or opening the sentence ("Asymptomatic lesions can be
    observed": which lesions is the card's clue, what is done with them its answer)."""
    if not WEAK_TERMS.match(term.text):
        return False
    after = _AFTER_WEAK.match(sentence, term.end)
    before = sentence[max(0, term.start - 12) : term.start]
    opens = not sentence[: term.start].strip(" \"'(")
    return (
        after is not None
        and not _NOT_A_NOUN.match(after.group(1))
        and (opens or bool(_PREPOSITION_BEFORE.search(before)))
    )


# "a higher recurrence rate": a vocabulary term that names the measure the sentence gives a
# value of (a rate, a risk, a time) is the card's clue; the blank on it asks a common word
# and leaves the value showing. ("a risk of [rupture]" names the outcome: kept.)
_MEASURE_NOUN_AFTER = re.compile(r"\s(?:rates?|risks?|interval|times?)\b", re.I)


# Blanks that state no fact about the thing: that nothing is known of it, or that it is
# shown or judged well, without what is shown ("well shown", "best", "otherwise governed").
_SAYS_NOTHING = re.compile(
    r"(?:uncertain|unknown|unclear|not (?:fully )?(?:known|understood)|"
    r"(?:still |largely |poorly )?(?:understood|unexplained)|(?:well|better|best|clearly) "
    r"(?:shown|seen|demonstrated|depicted)|best|otherwise(?: \w+ed)?)",
    re.I,
)


def _measured_noun(sentence: str, term: KeyTerm) -> bool:
    """Whether a one-word vocabulary term only names a measure ("recurrence rate")."""
    if term.type != "term" or " " in term.text or not KEY_TERMS.fullmatch(term.text):
        return False
    return bool(_MEASURE_NOUN_AFTER.match(sentence, term.end))


def _members(segment: str) -> tuple[int, list[str]] | None:
    """Where an enumeration "…the trachea, oesophagus, larynx and nodes" starts in the clause
    and its short members after the first (the first is the end of the words before its
    comma), or None when the clause enumerates nothing."""
    parts = segment.split(", ")
    last = re.split(r"\s+(?:and|or)\s+", parts[-1])
    if len(parts) < 3 or len(last) < 2 or len(last[0].split()) > MAX_MEMBER_WORDS:
        return None
    short = 0  # the run of short members just before the last
    while short < len(parts) - 2 and _short_member(parts[-2 - short]):
        short += 1
    members = [*parts[len(parts) - 1 - short : -1], *last]
    if not short or any(_VERB.search(m) for m in members):
        return None  # "…, particularly X, suggests a higher grade": a clause, not a set
    return len(", ".join(parts[: len(parts) - 1 - short])), members


def _short_member(part: str) -> bool:
    """Whether a comma-separated part can be a member: a few words, no clause of its own
    ("and management is supportive, with fracture care, dental hygiene and …": the run of
    members stops at the clause, it does not make the set a clause)."""
    return len(part.split()) <= MAX_MEMBER_WORDS and not (
        _VERB.search(part) or _CLAUSE_OPENER.match(part)
    )


_CLAUSE_OPENER = re.compile(r"^(?:and|but|or|whereas|while|although|which)\s", re.I)
# "complications, including extension into X, vein thrombosis and narrowing of Y": what
# follows the cue is a set of examples, however long each member is.
_EXAMPLES_CUE = re.compile(r"\b(?:including|such as|e\.g\.,?|for example|notably)\s", re.I)
_MEMBER_SPLIT = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")


_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|may|can|could|might|must|should|will|would)\b", re.I
)


def _listed_example(
    segment: str, offset: int, term: KeyTerm, *, strict: bool = False
) -> list[str] | None:
    """The members of an example list ("including A, B and C") that holds ``term`` (at
    ``offset`` in ``segment``), up to a member that is a clause of its own; None when the
    term follows no such cue or the cue lists one example."""
    cues = list(_EXAMPLES_CUE.finditer(segment, 0, offset))
    if not cues:
        return None
    cue = cues[-1]  # the nearest cue before the term
    members: list[str] = []
    for member in _MEMBER_SPLIT.split(segment[cue.end() :]):
        if strict and (finite := _FINITE.search(member)) is not None:
            # "such as A (AA), B (BB) and C are preferred": the last member ends where its
            # verb begins
            if last := member[: finite.start()].strip():
                members.append(last)
            break
        if members and _VERB.search(member) and not _VERB.search(members[0]):
            break  # "Infections, such as tuberculosis, can mimic it": the clause goes on
        members.append(member)
    holds = sum(len(m) + 2 for m in members) >= offset - cue.end()
    return members if len(members) >= 2 and holds else None


# A short bracketed aside: an abbreviation or an alias ("encephalomyosynangiosis (EMS)"). A
# longer one ("headache (classically worse in the morning)") is the member's own cue (C3).
_SHORT_ASIDE = re.compile(r"\([^()\s]{1,20}(?:\s[^()\s]{1,20}){0,2}\)")


def _without_asides(sentence: str, term: KeyTerm) -> str:
    """The sentence with its short bracketed asides blanked out (offsets kept), but the one
    that holds ``term``: "such as X (XA), Y (YA) and Z" is a list of three, and an aside
    must not cut it into one-member pieces."""
    return _SHORT_ASIDE.sub(
        lambda m: m.group(0) if m.start() <= term.start < m.end() else " " * len(m.group(0)),
        sentence,
    )


def _one_of_a_set(sentence: str, term: KeyTerm, terms: list[KeyTerm]) -> bool:
    """Whether ``term`` is one member of an enumeration whose other members are no key
    terms: blanking it asks "which of several?" (C3), and the card has no one answer. The
    enumeration is looked for in the sentence as written (an aside may close it: "measles or
    tuberculosis (TB), is …") and with its short asides blanked out."""
    masked = _without_asides(sentence, term)
    return _one_of_a_set_in(sentence, term, terms) or (
        masked != sentence and _one_of_a_set_in(masked, term, terms, strict=True)
    )


def _one_of_a_set_in(
    sentence: str, term: KeyTerm, terms: list[KeyTerm], *, strict: bool = False
) -> bool:
    start = max(sentence.rfind(c, 0, term.start) for c in ";:()") + 1
    ends = [i for c in ";:()" if (i := sentence.find(c, term.end)) >= 0]
    segment = sentence[start : min(ends, default=len(sentence))]
    names = [t.text.lower() for t in terms]
    examples = _listed_example(segment, term.start - start, term, strict=strict)
    if examples is not None:
        return not all(any(n in m.lower() for n in names) for m in examples)
    if sentence.count(", ") < 2:
        return False  # no enumeration without two commas
    found = _members(segment)
    # the first member is the end of the words before its comma: "leads to oedema, arterial
    # compromise, ischaemia and perforation" blanks one of four with "oedema" too
    first = sentence[start : start + found[0]].rstrip().endswith(term.text) if found else False
    if found is None or (term.start - start < found[0] and not first):
        return False
    members = found[1]
    return not all(any(n in m.lower() for n in names) for m in members)
