"""Synonyms, named signs and the article's defining sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from quizgen.extractors.abbreviations import definitions
from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    iter_clauses,
    same_name,
    split_noun_phrases,
    title_head,
)
from quizgen.extractors.definitions_conditioned import conditioned_definitions
from quizgen.extractors.definitions_cued import cued_definitions
from quizgen.extractors.definitions_measures import measure_definitions
from quizgen.extractors.definitions_named import named_definitions
from quizgen.extractors.imaging import modality_in
from quizgen.extractors.named_brackets import bracketed_eponyms
from quizgen.extractors.named_findings import named_findings, quoted_category, quoted_verb
from quizgen.extractors.owners import (
    REGION_OR_FINDING_WORD,
    SHARE_OF_PEOPLE,
    contrasted_owner,
    denied_sign,
    described_owner,
    turns_to_another,
)
from quizgen.extractors.sign_frames import describes_the_sign
from quizgen.extractors.sign_owners import (
    FEATURE_OF,
    GIVEN_NAME,
    bare_condition_setting,
    is_a_look,
    is_mimicked,
    kind_of_abbreviated_condition,
    present_condition,
    share_group,
    then_indicating,
    turned_clause_owner,
)
from quizgen.extractors.text import (
    Sentence,
    cached_list,
    definition_of,
    iter_flat_lists,
    iter_lists,
    iter_sentences,
    make_fact,
    split_label,
)
from quizgen.extractors.vocabulary import LINKING_ADVERBS
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section, make_fact_id
from quizgen.normalize import content_words, singular, word_stem

__all__ = ["extract_definition", "extract_signs", "extract_synonyms", "named_signs"]

# "absent pedicle sign", "T2-FLAIR mismatch sign", "1-2-3 sign", the "kissing ovaries" sign:
# up to four words ending in "sign"; an eponym may end in "phenomenon" or "manoeuvre".
# One way only to match a word (a lookahead asks for a letter or digit), so a sentence
# without a sign fails fast: two stars around one class backtracked over every split.
_SIGN_WORD = r"[\"“]?(?=[A-Za-z0-9'’-]{0,40}[A-Za-z0-9])[A-Za-z0-9'’-]{1,40}[\"”]?"
_SIGN = re.compile(
    # ("the reversed halo (atoll) sign": another name of the sign in brackets before "sign")
    rf"(?<![\w-])(?P<name>(?:{_SIGN_WORD}\s){{1,4}}(?:\([A-Za-z][A-Za-z0-9'’ -]{{1,30}}\)\s)?sign"
    # "the S sign of Golden": an eponym after "of", the name's end (not "of Crohn disease")
    r"(?:\sof\s[A-Z][a-zà-ÿ'’-]{2,20}(?=\s{0,2}[\"”),;.(]))?"
    r"|(?:[\"“][A-Za-z0-9' -]{3,30}[\"”]\s)phenomenon"
    r"|(?:[A-Z][a-zà-ÿ'’-]+\s)(?:manoeuvre|maneuver|phenomenon))\b",
)
_SIGN_HINT = re.compile(r"sign\b|phenomenon|manoeuvre|maneuver")
# A named pattern or appearance: "a butterfly pattern", "salt-and-pepper appearance", a
# quoted name, or a compound of three or more hyphenated words ("tree-in-bud pattern").
_PATTERN_NAMES = (
    r"butterfly|snowman|target|bull'?s[- ]eye|sunburst|sunray|honeycomb(?:ing)?|cobblestone|"
    r"mosaic|crazy[- ]paving|ground[- ]glass|soap[- ]bubble|moth[- ]eaten|onion[- ]skin|"
    r"starry[- ]sky|spoke[- ]wheel|cotton[- ]wool|popcorn|tram[- ]track|reverse(?:d)? halo|"
    r"halo|cauliflower|mulberry|cartwheel|chicken[- ]wire|miliary|champagne glass|"
    r"lead[- ]pipe|corkscrew|cork[- ]screw|apple[- ]core|bird'?s[- ]beak|pruned[- ]tree|"
    r"stippled|whorled|feathery|lace-like|bubbly|string of (?:beads|pearls)"
)
_PATTERN = re.compile(
    # a single quotation mark opens a name only where no letter stands before it: the
    # apostrophe of 'bull's-eye' opens nothing
    rf"(?P<name>(?:\b(?:{_PATTERN_NAMES})|(?<![A-Za-z])['‘\"“][A-Za-z -]{{3,30}}['’\"”]|"
    r"\b[A-Za-z]+(?:-[A-Za-z']+){2,4})\s+(?:pattern|appearance|configuration))\b",
    re.I,
)
# Words a sign's name never starts with: articles, verbs, qualifiers, modalities.
_NOT_A_SIGN_NAME = re.compile(
    r"^(?:a|an|the|this|that|these|useful|subtle|important|clinical|classic|typical|"
    r"imaging|radiological|radiographic|specific|helpful|reliable|late|early|first|other|"
    r"is|are|was|were|be|see|may|can|show|shows|showing|demonstrate|demonstrates|with|in|on|"
    r"as|by|called|termed|known|so-called|positive|negative|characteristic|described|which|"
    r"its|their|giving|gives|give|produce|produces|producing|creates|creating|resulting|has|"
    r"have|also|ct|mri|mr|ultrasound|sonographic|well-known|famous|seen|"
    # a judgement of a finding, not its name: "the earliest sign", "the only sign", "a grave
    # sign", "an ominous sign" (a name would follow the judgement: "the earliest halo sign")
    r"earliest|earlier|only|sole|single|grave|ominous|worrying|reassuring|cardinal|key|main|"
    r"major|minor|best|most|least|poor|good|bad|indirect|direct|secondary|primary|useful|"
    r"additional|further|sensitive|non-?specific|vital|warning|prognostic|diagnostic|"
    r"pathognomonic|common|commonest|frequent|rare|reliable|valuable|telltale|tell-tale|"
    # a kind of sign, not its name: "the most common physical sign", "a qualitative sign"
    r"physical|qualitative|quantitative|objective|subjective|neurological|focal)$",
    re.I,
)
_DEFINING_VERB = re.compile(
    r"^(?P<term>.{2,160}?)\s+(?:is|are|represents?|refers? to|describes?|is defined as|"
    r"are defined as|denotes?)\s+(?P<phrase>.+?)\.?$"
)
_OPEN_RELATIVE = re.compile(r",\s(?:which|who|that)$")
_RELATIVE_THEN_VERB = re.compile(
    r"^(?P<term>[^,]{2,160}),\s(?:which|who|that)\s[^,]{3,120},\s(?:is|are|represents?)\s"
    r"(?P<phrase>.+?)\.?$"
)


def extract_synonyms(article: Article) -> Iterator[Fact]:
    """One fact per synonym the page lists (the reader drops ones equal to the title), but
    not the title in another word form ("Renal infarcts" for "Renal infarction"): asked as
    another name, it teaches nothing (C1)."""
    lead = Section("")
    title = _word_stems(article.title)
    for synonym in article.synonyms:
        if _word_stems(synonym) == title:
            continue
        yield make_fact(
            FactKind.SYNONYM,
            article,
            lead,
            synonym,
            key=(synonym,),
            subject=article.title,
            value=synonym,
        )


def _word_stems(name: str) -> list[str]:
    """The name's words without their endings of number, of "-ion" or of a possessive
    ("infarcts", "infarction" → "infarct"; "metastases" → "metastasis"; "Crohn's" →
    "crohn")."""
    # "s" alone is a possessive's: "Crohn's disease" is "Crohn disease"
    return [word_stem(w) for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "s"]


def _own_stems(article: Article) -> set[str]:
    """The word stems of the article's title and synonyms: a name made only of them is the
    page's own."""
    return {w for n in (article.title, *article.synonyms) for w in _word_stems(n)}


# "ring around the artery sign", "halo within the ring sign": an article after a preposition
# of place that follows the name's first word is part of the name.
_PLACE_PREPOSITION = frozenset({"around", "within", "behind", "beneath", "inside", "through"})


def _inside_a_name(words: list[str], index: int) -> bool:
    return (
        index >= 2
        and words[index].lower() in {"the", "a", "an"}
        and words[index - 1].lower() in _PLACE_PREPOSITION
        and not _NOT_A_SIGN_NAME.match(words[index - 2])
    )


def _sign_name(match: re.Match[str]) -> str:
    words = [word.strip("'‘’\"“”") for word in match.group("name").split()]
    if any(w.lower() in {"no", "not", "without", "lacks"} for w in words[:-1]):
        return ""  # "no double-line sign": the sign is denied, not shown
    cut = max(
        (
            i + 1
            for i, w in enumerate(words[:-1])
            if _NOT_A_SIGN_NAME.match(w) and not _inside_a_name(words, i)
        ),
        default=0,
    )
    words = words[cut:]
    while words and words[0].lower() in {"and", "or"}:
        words.pop(0)
    # "can cause Lhermitte sign": an eponym after lower-case words starts the name
    eponym = next((i for i, w in enumerate(words[:-1]) if w[:1].isupper()), 0)
    if eponym and all(w.islower() for w in words[:eponym]):
        words = words[eponym:]
    if not any(re.search(r"[A-Za-z]", w) for w in words[:-1]) and "-" not in words[0]:
        return ""  # "10 sign" names nothing; "1-2-3 sign" does
    return " ".join(words) if len(words) >= 2 else ""


# A name the author gives a finding: "the so-called fried egg appearance", "termed black
# holes", "referred to as chicken-wire vasculature", a quoted name before a noun of form.
_NAMED_TERM = re.compile(
    # "the so-called salt and pepper appearance of …": a name that ends on a noun of form is
    # read to that noun, through an "and" and whatever follows it
    rf"\b(?:so-called|termed|referred\s+to\s+as|also\s+called|dubbed|{GIVEN_NAME})\s+(?:the\s+|an?\s+)?"
    r"(?P<formed>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,4}?\s(?:appearance|pattern|configuration))\b|"
    rf"\b(?:so-called|termed|referred\s+to\s+as|also\s+called|dubbed|{GIVEN_NAME})\s+(?:the\s+|an?\s+)?"
    r"(?P<name>[\"“][^\"”]{3,40}[\"”](?:\s+(?:sign|appearance|pattern|lesions?))?"
    r"|[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)(?=\s*[,.;:)]|\s+(?:is|are|and|on|in|at|which)\b)"
    # "a "reticular" or sponge-like pattern", ""popcorn" or "mulberry" appearance": two
    # names share the noun
    r"|(?P<quoted>[\"“][A-Za-z][A-Za-z -]{2,30}[\"”]\s+"
    r"(?:(?:or|and)\s+[\"“]?[A-Za-z][A-Za-z-]{2,30}[\"”]?\s+)?(?:[a-z-]+\s+)?(?:appearance|pattern|"
    r"configuration|shape|nephrogram|calcifications?|nuclei|lesions?|artefacts?|artifacts?|"
    r"signal|margins?|contour|shadows?|shadowing|crackles|fingers|metastases|shell|shape))\b",
)
# Asked only of a sentence holding one of its verbs (_NAMING_HINT), so that the common
# sentence pays for one substring search:
_NAMED_BY_VERB = re.compile(
    # "has been called a "stealth lesion"", "described as "bosselated"", "the reputation of
    # being an "imaging chameleon"": a quoted name after a verb of naming
    r"\b(?:called|described\s+as|known\s+as|reputation\s+of\s+being|likened\s+to|"
    r"nicknamed)\s+(?:the\s+|an?\s+)?(?P<quoted_name>[\"“][A-Za-z][A-Za-z' -]{2,40}[\"”])"
    # "are known as Dawson fingers": an eponym and its noun after "known as"
    r"|\bknown\s+as\s+(?:the\s+)?(?P<eponym>[A-Z][a-zà-ÿ'’-]{2,30}(?:'s|’s)?"
    r"(?:\s+[a-z][a-z-]{2,20}){1,2}?)(?=\s*[,.;:)]|\s+(?:and|is|are|on|in|which)\b)"
    # "has been likened to a scoop of ice cream slipping off its cone": the likeness itself,
    # to the end of its clause (a few words)
    r"|\blikened\s+to\s+(?:an?\s+|the\s+)?(?!(?:that|those|this|these|it|them)\b)(?P<likeness>[a-z][a-z'’-]{1,20}"
    r"(?:\s[a-z][a-z'’-]{1,20}){0,7})(?=\s*(?:[,.;:)]|$))",
)
_NAMING_HINT = ("called", "described", "known", "reputation", "likened", "nicknamed")
# "a comet-tail artifact", "comet-tail reverberation artefacts": a hyphenated name (its
# own pattern, asked only of a sentence that says "artefact").
_ARTEFACT = re.compile(
    r"(?P<artefact>\b[A-Za-z]{1,30}(?:-[A-Za-z']{1,30}){1,3}(?:\s[a-z]{4,20})?\s(?:artefacts?|"
    r"artifacts?))\b"
)
# A given name that names a kind of case, not a finding: one bare adjective ("termed
# idiopathic", "called sporadic"), a subtype of an abbreviated condition ("wild-type GISTs"),
# or a kind of cell ("so-called lepidic cells").
_KIND_NOT_FINDING = re.compile(
    r"^[a-z-]{3,30}(?:ic|al|ous|ive|ary|ed|ile)$|\b[A-Z]{2,8}s?$|\bcells?$"
)
# Words that make a "so-called" phrase a description, not a name.
_NOT_A_TERM = re.compile(r"^(?:a|an|the|this|these|it|they|as|because|when|if)$", re.I)


def _named_terms(text: str) -> Iterator[tuple[str, int]]:
    """(name, end) for each finding the sentence names in so many words."""
    artefacts = _ARTEFACT.finditer(text) if "rtifact" in text or "rtefact" in text else ()
    named = _NAMED_BY_VERB.finditer(text) if any(h in text for h in _NAMING_HINT) else ()
    for match in (*_NAMED_TERM.finditer(text), *named, *artefacts):
        # the one named group of the branch that matched
        raw = next((v for v in match.groupdict().values() if v), "")
        if raw.startswith(('"', "“")) and quoted_category(text, match.start()):
            continue  # 'the division into "benign" and "invasive" lesions': categories
        if raw.startswith(('"', "“")) and _quoted_verb_in(text, match):
            continue  # 'tend to "explode" calcification': what a lesion does, no finding
        name = re.sub(r"\s+", " ", raw.replace("“", "").replace("”", "").replace('"', "")).strip()
        words = name.split()
        if not words or _NOT_A_TERM.match(words[0]) or name.lower().endswith(" sign"):
            continue  # a name ending in "sign" is read by _SIGN
        if _WAY_OF_IMAGING.search(name):
            continue  # "known as the Stenver plane": how images are made, no finding
        if _SPANS_A_CLAUSE.search(name):
            continue  # "the snowman sign or figure-of-eight configuration": two names, read apart
        if is_condition_name(name) and not raw.startswith(('"', "“")):
            continue  # "are termed papillary microcarcinomas": a name of a condition
        if _another_name(text, match, name):
            continue  # "A simple cyst (also called a unilocular cyst)": a synonym, no sign
        if not raw.startswith(('"', "“")) and _KIND_NOT_FINDING.search(name):
            continue  # "is termed idiopathic", "so-called wild-type GISTs": a kind, no sign
        yield name, match.end()


def _quoted_verb_in(text: str, match: re.Match[str]) -> bool:
    """Whether the quoted words that open the named group of ``match`` are a verb."""
    opening = next(match.start(k) for k, v in match.groupdict().items() if v)
    closes = [i for i in (text.find('"', opening + 1), text.find("”", opening + 1)) if i > 0]
    return bool(closes) and quoted_verb(text, opening, min(closes) + 1)


# A given name read through a conjunction of clauses ("chocolate cysts because of the
# appearance") or over a sign's name into another ("the snowman sign or …"): not one name.
_SPANS_A_CLAUSE = re.compile(
    r"\s(?:because|since|when|while|whereas|which|although)\s|\ssign\s(?:or|and)\s", re.I
)
_WAY_OF_IMAGING = re.compile(
    r"\s(?:planes?|views?|projections?|positions?|techniques?|methods?|protocols?)$", re.I
)
_ALSO_CALLED = re.compile(r"\balso\s+(?:called|known\s+as|termed|referred\s+to\s+as)\b", re.I)
MAX_NAMED_HEAD_DISTANCE = 60


def _another_name(text: str, match: re.Match[str], name: str) -> bool:
    """Whether "also called <name>" gives another name of the noun phrase just before it:
    the name's head noun ends that phrase ("A simple cyst (also called a unilocular cyst)")."""
    if not _ALSO_CALLED.search(match.group(0)):
        return False
    head = name.rsplit(maxsplit=1)[-1].lower().rstrip("s")
    before = text[max(0, match.start() - MAX_NAMED_HEAD_DISTANCE) : match.start()].lower()
    return len(head) >= 3 and re.search(rf"\b{re.escape(head)}s?\b", before) is not None


# What a sign is seen in or indicates, named after it.
_INDICATING = (
    rf"(?:{FEATURE_OF}\s+|"
    r"(?:(?:is|are|may\s+be|can\s+be)\s+)?(?:(?:seen|found|described|"
    r"present|observed|encountered)\s+in|(?:typical|characteristic|pathognomonic|diagnostic|"
    r"suggestive|indicative|classic|specific|sensitive)\s+(?:of|for)|indicates?|suggests?|"
    r"represents?|favou?rs?|confirms?|identifies|identify)\s+)(?:patients\s+with\s+)?"
)
# "The central dot sign represents the thrombosed vein": what the sign is made of, not what
# it is a sign of; the sign stays the paragraph's.
_REPRESENTS = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:(?:is|are|may|can|probably|likely|thought\s+to)\s+){0,2}"
    r"(?:represents?|corresponds?\s+to|reflects?|is\s+due\s+to|are\s+due\s+to)\s",
    re.I,
)
# "Bright foci with a comet-tail artifact, by contrast, represent inspissated colloid": set
# against the paragraph's condition, what the sign represents is what it is a sign of.
_CONTRAST = re.compile(r"\b(?:by|in)\s+contrast\b|\bunlike\b|\bwhereas\b|\bhowever\b", re.I)
# "…, is highly suggestive of the diagnosis": the article's own diagnosis.
_OF_THE_DIAGNOSIS = re.compile(
    r"\b(?:suggestive|diagnostic|indicative|characteristic|typical|pathognomonic|specific)\s+"
    r"(?:of|for)\s+(?:the|this)\s+(?:diagnosis|condition|disease)\b(?!\s+of\b)",
    re.I,
)
_INDICATES = re.compile(rf"^\W*(?:\w+\W+){{0,3}}?{_INDICATING}", re.I)
# "…, is less typical and should raise the possibility of mucormycosis": a verb of suspicion
# may stand after a judgement of the sign; what it raises is what the sign is a sign of.
_RAISES = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:should|must|may|might|can|would|will)\s+(?:\w+ly\s+)?"
    r"(?:raise|prompt|suggest)\s+(?:the\s+)?(?:possibility|suspicion|consideration)\s+of\s+",
    re.I,
)
# A sign in parentheses labels a word of a coordinated subject ("Left shoulder (Kehr sign)
# and left flank pain indicate …"): the verb may be a few more words on.
_INDICATES_AFTER_PARENTHESIS = re.compile(rf"^\s*\)\W*(?:\w+\W+){{0,5}}?{_INDICATING}", re.I)
# An aside between a sign and its verb: "the X sign, in which the knee lies lower, suggests".
_ASIDE = re.compile(
    # (", with a dark core and a bright rim,": what the sign looks like)
    r"^\s*,\s*(?:in\s+which|which|where|whereby|an?|the)\b[^,;]{0,160},"
    r"|^[\s\"”’']*,\s*with\b[^,;]{0,160},|^\s*\([^()]{0,160}\)"
)
# A second verb after the name: "suggestive of A and helps to separate B".
_PARENTHESES = re.compile(r"\s{0,3}\([^()]{0,80}\)")
_AND_VERB = re.compile(
    r"\s{1,3}and\s{1,3}(?:is|are|was|were|has|have|may|can|\w{1,30}s\s{1,3}(?:to|the|a|an)\b)"
)
_OVER = re.compile(r"(?<!\s)\s+(?:over|rather\s+than|versus|vs\.?)\s+", re.I)
_VAGUE_SUBJECT = re.compile(
    r"^(?:this|that|it|these|those|them|the\s+diagnosis|its|their|a|an)\b", re.I
)


# A resolved subject that names nothing: an adverb or a quantifier first, a demonstrative in
# it, or a bare noun any lesion could take behind descriptive words ("sausage-shaped mass").
_UNNAMED_SUBJECT = re.compile(
    r"^(?:[\w-]+ly|many|most|some|several|few|all|both|each|others?)\b"
    # "Where the infarct …, a "whirl sign" …": a subordinate clause's words name no owner
    r"|^(?:where|when|whenever|if|although|though|while|whereas|because|since|unless|once)\s"
    rf"|\b(?:these|this|those|such|they|it)\b|\s(?:and|or)$|{REGION_OR_FINDING_WORD}",
    re.I,
)
# A subject that is itself a word for a sign ("An important sign in term infants is the …",
# "The classic finding is the …"): it names what the sign is, not whose.
_KIND_OF_SIGN = re.compile(
    r"^(?:(?:the|an?)\s)?(?:[\w-]+\s){0,3}(?:signs?|findings?|features?|clues?|markers?|"
    r"hallmarks?)\b",
    re.I,
)
# A subject that is an examination ("Hepatic venography", "Plain films", "Contrast-enhanced
# CT"): a sign it shows is a sign of what the paragraph is about, not of the examination.
_EXAMINATION = re.compile(
    r"(?:^|\s)(?:[a-z]{2,20}graph(?:y|s)|[a-z]{2,20}scopy|imaging|scans?|stud(?:y|ies)|"
    r"examinations?|views?|films?|x-rays?|ultrasound|sonography|doppler|CT|MRI?|MRA|CTA|"
    r"PET(?:-CT)?|DSA|MRCP|ERCP|HRCT)$",
    re.I,
)
# A sentence opening on a bare noun any lesion could take behind descriptive words ("A
# sausage-shaped mass may be palpable … (Dance sign)"); named as what a sign suggests
# ("suggests a pancreatic head tumour") the same words are the sign's subject.
_DESCRIBED_MASS = re.compile(
    r"^(?:(?:a|an|the)\s)?(?:[\w-]+\s){0,2}(?:mass|masses|lesions?|nodules?|tumou?rs?|"
    r"findings?|abnormalit(?:y|ies)|collections?)$",
    re.I,
)


# "A dislocated hip is reduced … by the Ortolani manoeuvre": the sign is the agent of a
# passive verb, so it shows or tests what the sentence opens on, not the paragraph's topic.
_PASSIVE = re.compile(
    r"^(?:is|are|was|were|(?:can|may|might|could)\s+(?:also\s+)?be)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|shown|seen|known|drawn)\b",
    re.I,
)
_BY_THE = re.compile(r"\bby\s+(?:the|an?|a\s+positive)\s+$", re.I)


# "Two signs help to establish the uterine origin of a pedunculated fibroid: the …": signs
# announced before a colon as showing something show that, whatever the paragraph is about.
# ("Findings suggesting pincer morphology: the A sign, …": findings too, and the participle)
_SIGNS_OF = re.compile(
    r"\b(?:signs|findings|features)\s+(?:that\s+|which\s+)?(?:(?:may|can|help|helps)\s+"
    r"(?:to\s+)?)?(?:establish|establishes|confirm|confirms|indicate|indicates|indicating|"
    r"suggest|suggests|suggesting|identify|identifies|favou?r|favou?rs|favou?ring|point\s+to|"
    r"pointing\s+to|predict|predicts|predicting)\s+(?P<what>[^:;.]{3,120}?)"
    # "Features that predict expansion include:": the verb before the colon is no part of it
    r"(?:\s+(?:include|includes|are|comprise|comprises))?:\s[^:;]{0,200}$",
    re.I,
)


# "Other signs of pneumomediastinum include the A sign and the B sign", "CT features of
# tamponade include … (the "flattened heart sign")": the signs are of the condition named.
_FEATURES_OF = re.compile(
    r"\b(?:signs|features|findings|manifestations)\s+of\s+(?P<what>(?!(?:this|these|it|them|"
    r"the\s+(?:disease|condition|lesion|tumou?r|mass|entity))\b)[a-z][\w'’-]{2,30}"
    r"(?:\s+[\w'’-]{2,30}){0,3}?)\s+(?:include|includes|are|comprise)\s[^;:.]{0,240}$",
    re.I,
)


# "features of activity", "manifestations of advanced disease": a state of the topic, whose
# signs stay the topic's.
_STAGE_OF_THE_TOPIC = re.compile(
    r"\b(?:disease|diseases|activity|severity|progression|involvement|recurrence|relapse|"
    r"response|stage|grade|condition|process|form|type|variant|lesions?|tumou?rs?)$",
    re.I,
)


# "Leptomeningeal spread produces … (the so-called "sugar-coating" appearance)", "The mixed
# phase gives the cotton wool appearance": a verb of producing whose object holds the sign.
_PRODUCING = re.compile(
    r"\s(?:(?:may|can|might|will|eventually|also|often|then|typically|usually|classically|"
    r"characteristically|sometimes|later)\s){0,3}"
    r"(?:gives?|produces?|creates?|causes?|results?\s+in|yields?|leads?\s+to)\s+(?:rise\s+to\s+)?",
    re.I,
)
# Where the clause whose verb that is opens: the sentence start, or a coordinated clause
# (", and thickening of the vault may produce …").
_CLAUSE_OPENING = re.compile(r"(?:[;:]|,\s{1,3}(?:and|while|whereas|but)\s)\s{0,3}", re.I)
# A setting before the clause's subject: "In the spine, thickening … gives …".
_SETTING = re.compile(r"^(?:in|on|at|within|among|for)\s[^,]{1,50},\s{1,3}", re.I)
# Between the verb and the sign: the object's words, no clause of its own.
_NEW_CLAUSE_IN_OBJECT = re.compile(
    r"[;:.]|,\s{1,3}(?:which|where|whereas|while|but|and|or)\b", re.I
)
# "…; multiple irregular lacunae, which give a "Swiss cheese" appearance": the producer is
# what the relative clause hangs on.
_RELATIVE_PRODUCER = re.compile(r",\s{1,3}(?:which|that)\s{0,3}$", re.I)
# A producer that is itself a look ("thin internal trabeculation gives a soap bubble
# appearance", "peripheral hypervascularity gives the ring of fire"): it describes the sign,
# which stays the paragraph's. A part, phase or process ("leptomeningeal spread",
# "involvement of the mandible", "thickening of the vault") is what the sign shows.
_LOOK_HEAD = re.compile(
    r"^(?:(?:hyper|hypo)?vascularity|vascularisation|vascularization|trabecula(?:e|tions?)?|"
    r"septa|septations?|enhancement|signal|attenuation|densit(?:y|ies)|echogenicity|echoes|"
    r"calcifications?|flow|lucenc(?:y|ies)|opacit(?:y|ies)|shadowing|artefacts?|artifacts?|"
    r"stripes?|striations?|rims?|margins?|walls?|outlines?|contours?|appearances?|patterns?|"
    r"pattern|arrangement|configuration|distribution|morphology|shape)$",
    re.I,
)
# A producer that names nothing of its own: a pronoun, a relative, a quantity.
_NO_PRODUCER = re.compile(
    r"^(?:it|they|this|these|those|that|which|there|such|one|both|each|all|some|many|most|"
    r"[\w-]+ly)\b|\b(?:is|are|was|were|has|have|had|been)\b",
    re.I,
)
# What a producer's head noun must be: a process ("spread", "involvement", "thickening",
# "invasion"), a phase or a form; a bare structure with a look ("calcified nodes") is a
# finding the sign describes, not what it shows.
_PROCESS_HEAD = re.compile(
    r"^(?:[a-z-]{3,30}(?:ment|tion|sion|ing|ure)|spread|phase|stage|form|type|variant|"
    r"extension|disease)$",
    re.I,
)
# A part, phase or process a producer of a sign is named in: a few words, never a sentence.
_MAX_PRODUCER_WORDS = 6
# "The classic appearance of multifocal FMD is the string of beads sign": the sign of what
# the opening names after "appearance of" / "hallmark of".
_APPEARANCE_OF = re.compile(
    r"^(?:the\s+)?(?:(?:classic|classical|typical|characteristic|pathognomonic|"
    r"diagnostic)\s+)?(?:appearance|hallmark|finding|sign)\s+of\s+"
    r"(?P<np>[^,;:()]{3,60}?)\s+(?:is|are)\s+(?:the|an?)\s+(?:so-called\s+|classic\s+)?[\"“]?$",
    re.I,
)


def _producer(before_sign: str, article: Article) -> str:
    """What a sign is the product of when the sign is the object of "gives", "produces",
    "results in" ("Involvement of the whole mandible gives the Lincoln sign": a sign of the
    mandible's involvement, a part of the disease), or what "the classic appearance of X is"
    names; "" when the grammar says neither. The title when the producer names it."""
    before = before_sign[-300:]
    appearance = _APPEARANCE_OF.match(before_sign.lstrip()) if len(before_sign) < 300 else None
    if appearance:
        np = re.sub(r"^(?:the|an?)\s+", "", appearance.group("np").strip(), flags=re.I)
        return _canonical_name(np, article)
    verbs = list(_PRODUCING.finditer(before))
    if not verbs:
        return ""
    verb = verbs[-1]
    if _NEW_CLAUSE_IN_OBJECT.search(before[verb.end() :]) or len(before) - verb.end() > 200:
        return ""  # the sign belongs to a clause of its own after the object
    head = before[: verb.start()]
    relative = _RELATIVE_PRODUCER.search(head)
    head = head[: relative.start()] if relative else head
    openings = list(_CLAUSE_OPENING.finditer(head))
    phrase = head[openings[-1].end() :] if openings else head
    phrase = _SETTING.sub("", phrase.strip())
    # "Involvement of the entire vertebra, body and posterior elements together, gives":
    # the phrase up to its first aside ("multiple large, irregular lacunae, which": whole)
    phrase = phrase.replace(",", "") if relative else phrase.split(",")[0]
    phrase = re.sub(r"^(?:the|an?)\s+", "", phrase.strip(), flags=re.I)
    head_noun = phrase.split(" of ")[0].split()[-1:] if phrase else []
    if (
        not phrase
        or len(phrase.split()) > _MAX_PRODUCER_WORDS
        or _NO_PRODUCER.search(phrase)
        or not phrase[:1].isalpha()
        or _DESCRIBED_MASS.match(phrase)  # "The mass produces …": the paragraph's own
        or modality_in(phrase)  # "Contrast-enhanced CT gives …": how it is seen, not where
        or any(_LOOK_HEAD.match(word) for word in head_noun)
        or is_a_look(phrase)  # "coarse pseudotrabeculation gives …": a look, as above
        or not any(_PROCESS_HEAD.match(word) or is_condition_name(word) for word in head_noun)
    ):
        return ""
    return _canonical_name(phrase, article)


# "In Paget disease, cortical thickening produces the picture-frame sign": a condition set
# before the sentence's clause owns every sign the clause names. Not a comparison or an
# aside ("In contrast to X,", "In addition to X,").
_CONDITION_SETTING = re.compile(
    r"^(?:in|with)\s(?:(?:patients|children|adults|women|men)\swith\s)?(?!(?:contrast|addition|comparison|keeping|"
    r"particular|general|practice|summary|short|the\ssetting)\b)(?P<np>[^,;:()]{3,60}),\s",
    re.I,
)


def _condition_setting(before_sign: str, article: Article) -> str:
    """The condition named as the opening setting of the sentence before a sign ("" when
    there is none, or the setting names no condition)."""
    setting = _CONDITION_SETTING.match(before_sign)
    if setting is None:
        return ""
    np = re.sub(r"^(?:the|an?)\s+", "", setting.group("np").strip(), flags=re.I)
    condition = is_condition_name(np) or kind_of_abbreviated_condition(np, article)
    named = condition and not _UNNAMED_SUBJECT.search(np)
    return _canonical_name(np, article) if named else ""


def _names_the_sign(subject: str, sign_text: str) -> bool:
    """Whether a sentence's subject is the sign itself (all the sign's words are in it)."""
    words = content_words(sign_text)
    return bool(words) and words <= content_words(subject)


def _sign_subject(clause: Clause, start: int, end: int, article: Article) -> str:
    """What the sign named from ``start`` to ``end`` of the sentence indicates: the name
    after "is seen in" / "typical of" / "indicates", else the sentence's subject; "" when
    it indicates something the sentence does not name ("favours this over …")."""
    text = clause.sentence.text
    announced = _SIGNS_OF.search(text[max(0, start - 200) : start]) or _FEATURES_OF.search(
        text[max(0, start - 240) : start]
    )
    if announced and not _STAGE_OF_THE_TOPIC.search(announced.group("what")):
        # "Two signs help to establish the origin of X: the A sign, …"
        return _canonical_name(re.sub(r"^(?:the|an?)\s+", "", announced.group("what")), article)
    # "rounded atelectasis, with the comet tail sign": the entry's sign
    entry = _with_the_sign(text[:start], article)
    # the few characters before the name only: a sentence may name hundreds of signs
    if (
        entry is None
        and clause.own
        and _BY_THE.search(text[max(0, start - 24) : start])
        and _PASSIVE.match(clause.rest)
    ):
        titles = (article.title, *article.synonyms)
        own = re.sub(r"^(?:the|a|an)\s+", "", clause.own, flags=re.I)
        return article.title if any(same_name(own, t) for t in titles) else own
    antecedent = entry or _relative_antecedent(text[max(0, start - 240) : start])
    if not antecedent:  # "Unlike A, B shows the S sign": B's sign, not the paragraph's
        other = contrasted_owner(text, start)
        antecedent = other if other and is_condition_name(other) else ""
    after = text[end:]
    # the relative clause's antecedent, else what a sign "represents" or "suggests" says
    chosen = (
        _canonical_name(antecedent, article)
        if antecedent
        else _represented_subject(clause, after, article)
    )
    if chosen:
        return chosen
    indicated = _indicated(after, article)
    if indicated is None and (
        present := present_condition(after) or turned_clause_owner(text[:start], after)
    ):
        # "… when pneumomediastinum is present", "…, whereas A (S sign) and B favour X"
        indicated = _canonical_name(present, article)
    if indicated == "":
        return ""  # it indicates something unnamed ("confirms its origin"): no subject
    if indicated == _OWN_PEOPLE:  # "seen in about a third of patients": the topic's patients
        named_topic = clause.topic and not _UNNAMED_SUBJECT.search(clause.topic)
        indicated = clause.topic if named_topic else article.title
    # "In Paget disease, …": the condition set first; else what "gives" / "produces" it
    before = text[:start]
    if indicated is None and (
        produced := _condition_setting(before, article)
        or _canonical_name(bare_condition_setting(before), article)
        or _producer(before, article)
        # "Pneumoperitoneum indicates perforation, and signs such as the football sign
        # should be sought": signs that show the finding the sentence opens on are its own
        or _signs_sought_of(text, before, article)
    ):
        return produced
    subject = clause.subject_at(start) if indicated is None else indicated
    if indicated is None and (_DESCRIBED_MASS.match(subject) or _EXAMINATION.search(subject)):
        subject = ""  # "Hepatic venography demonstrates a "spider web"": seen on it, not its
    if indicated is None and (
        _names_the_sign(subject, text[start:end]) or describes_the_sign(before, text[end:])
    ):
        # 'Deep "rose-thorn" ulcers are typical': the sign opens the sentence; "In the S
        # sign, a central nodule is …": the nodule is part of the look, not its owner
        subject = ""
    if indicated is None and subject and _names_the_finding(clause, text[:start]):
        # "Fat stranding is present …, corresponding to the seat belt sign", "The cyst is
        # seen as a "tadpole" opacity": the sign names the look of what the sentence
        # describes, a finding of the paragraph's condition, not a condition of its own
        subject = _owner_of_finding(clause, subject, article)
    # "Macroscopically these tumours", "many", "A sausage-shaped mass": what was read names
    # no condition, so the sign is the paragraph's (the title's, mostly)
    named = (
        s
        for s in (subject, clause.topic)
        if s and not _UNNAMED_SUBJECT.search(s) and not _KIND_OF_SIGN.match(s)
    )
    return next(named, article.title)


# A sign set after the clause it names, behind a comma (", the so-called …", ", corresponding
# to the …", ", known as the …"), or what a definite subject is seen as ("The cyst is seen
# as a … opacity": a part of the condition the page has named already; an indefinite
# subject, "a fistula appears as the … sign", is a kind with a sign of its own).
_NAMING_APPOSITION = re.compile(
    r",\s(?:the\s)?so-called\s[\"“]?$"
    r"|,\s(?:(?:corresponding|equivalent)\sto|known\sas|referred\sto\sas|termed|called|dubbed)"
    r"\s(?:the|an?)\s(?:so-called\s|classic\s|characteristic\s)?[\"“]?$",
    re.I,
)
_SEEN_AS = re.compile(
    r"^(?:is|are)\s(?:\w+ly\s)?(?:seen|visible|shown|depicted|identified)\sas\s"
    r"|^(?:appears?|presents?)\s(?:\w+ly\s)?as\s",
    re.I,
)


def _owner_of_finding(clause: Clause, finding: str, article: Article) -> str:
    """The condition a finding named by a sign belongs to: the paragraph's topic when that is
    a condition other than the finding, else the page's title."""
    topic = clause.topic
    own_topic = topic and topic != finding and not _UNNAMED_SUBJECT.search(topic)
    return topic if own_topic and is_condition_name(topic) else article.title


# Signs named as examples of "signs" ("signs such as the S sign"), in a sentence that opens on
# the finding they show, before its verb.
_SIGNS_SUCH_AS = re.compile(
    r"\bsigns\s(?:such\sas|like|including)\s(?:[^.;:()]{0,80}?(?:,\s|\sor\s|\sand\s))?"
    r"(?:the\s)?[\"“]?$",
    re.I,
)
_FINDING_OPENING = re.compile(
    r"^(?P<np>[A-Za-z][\w-]{3,30}(?:\s[\w-]{2,30}){0,3}?)\s(?:indicates|suggests|implies|"
    r"signals|denotes|is|are|may|can|should|must)\b"
)
_NO_FINDING_NAME = re.compile(r"^(?:the|this|these|those|it|they|such|other|all|some)\b", re.I)


def _signs_sought_of(text: str, before_sign: str, article: Article) -> str:
    """The finding a sentence opens on, when its signs are named as examples ("" if not)."""
    if not _SIGNS_SUCH_AS.search(before_sign[-120:]):
        return ""
    opening = _FINDING_OPENING.match(text)
    if opening is None or _NO_FINDING_NAME.match(opening["np"]):
        return ""
    return _canonical_name(opening["np"], article)


def _names_the_finding(clause: Clause, before_sign: str) -> bool:
    """Whether the sign before which ``before_sign`` ends names the finding the sentence
    describes (the sentence's subject), not a condition the subject would own."""
    if _NAMING_APPOSITION.search(before_sign[-60:]):
        return True
    definite = re.match(r"^the\s", clause.own or "", re.I)
    return bool(definite) and bool(_SEEN_AS.match(clause.rest.lstrip()))


# A line that names a thing, then its sign after ", with the" and no verb: "rounded
# atelectasis, with the comet tail sign" (a list of associated findings). The sign is the
# thing's, not the page's.
_WITH_THE_SIGN = re.compile(
    r"(?:^|[:;]\s{0,3})(?P<what>[A-Za-z][\w'’ -]{2,60}?),\s{1,3}with\s{1,3}(?:the\s+|an?\s+)?"
    r"(?:so-called\s+)?[\"“]?$"
)
MAX_ENTRY_WORDS = 4
_FINDING_WORD = re.compile(r"\b(?:signs?|findings?|features?|changes?|appearances?)\b", re.I)
_ANY_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|may|can|shows?|gives?|forms?)\b", re.I)


def _with_the_sign(before_sign: str, article: Article) -> str | None:
    """The thing a verbless line names before ", with the <sign>", or None."""
    match = _WITH_THE_SIGN.search(before_sign[-120:])
    if match is None:
        return None
    what = re.sub(r"^(?:the|an?)\s+", "", match.group("what").strip(), flags=re.I)
    if len(what.split()) > MAX_ENTRY_WORDS or _ANY_VERB.search(what):
        return None  # "columns of axons lined by cells, with …": a description, no name
    if (
        _UNNAMED_SUBJECT.search(what)
        or modality_in(what)
        or _FINDING_WORD.search(what)
        or is_a_look(what)  # "T1: intermediate signal, with the …": a look, no owner
    ):
        return None  # "the presenting sign of bowing, with …": a finding, no owner
    return _canonical_name(what, article)


def _represented_subject(clause: Clause, after: str, article: Article) -> str:
    """The subject of a sign that "represents" a structure (the paragraph's, not the
    structure's, unless the sentence sets it against the paragraph) or is "suggestive of
    the diagnosis" (the article's); "" when the words after the sign say neither."""
    text = clause.sentence.text
    if _OF_THE_DIAGNOSIS.search(after):
        return article.title
    if not _REPRESENTS.match(_ASIDE.sub("", after, count=1)) or _CONTRAST.search(text):
        return ""
    second = then_indicating(after)
    indicated = _indicated(second, article) if second is not None else None
    if indicated and indicated != _OWN_PEOPLE:
        return indicated  # "represent unclotted blood and suggest active bleeding"
    named_topic = clause.topic and not _UNNAMED_SUBJECT.search(clause.topic)
    return clause.topic if named_topic else article.title


# "…, or with retroperitoneal lymphoma, which tends to lift the aorta off the spine (the
# floating aorta sign)": a sign in parentheses closing a relative clause names what the
# clause describes, the noun phrase before ", which".
_RELATIVE_SIGN = re.compile(
    r"(?P<before>[^,;:()]{3,120}),\s{1,3}which\s[^,;:()]{3,160}\(\s{0,3}(?:the\s+|an?\s+)?$"
)
_CONNECTIVE = re.compile(
    r"\b(?:with|from|by|to|and|or|as|than|like|include|includes|including|is|are)\s+", re.I
)


def _relative_antecedent(before_sign: str) -> str:
    match = _RELATIVE_SIGN.search(before_sign)
    if match is None:
        return ""
    phrase = _CONNECTIVE.split(match.group("before"))[-1].strip()
    phrase = re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.I)
    return phrase if 3 <= len(phrase) <= 60 and is_condition_name(phrase) else ""


# "is seen in about a third of patients" (SHARE_OF_PEOPLE) is a share of the people who have
# what the paragraph is about: ``_indicated`` gives this for the paragraph's own condition.
_OWN_PEOPLE = "\x00own"
# "The fat ring sign is seen in up to 85%.": a bare share with nothing after it is of the
# topic's own cases, as "in 85% of patients" is.
_BARE_SHARE = re.compile(
    r"^(?:(?:about|approximately|around|roughly|nearly|almost|up\s+to|over|more\s+than|"
    r"less\s+than|only|under)\s+)?\d{1,3}(?:\.\d{1,2})?(?:\s?-\s?\d{1,3}(?:\.\d{1,2})?)?\s?%"
    r"\s*(?:[.;)]|$)"
)


def _indicated(after_sign: str, article: Article) -> str | None:
    """The one name after "is seen in" / "typical of" / "indicates" in the text after a
    sign; "" when what it indicates is unnamed or vague; None when no such verb follows."""
    rest = _ASIDE.sub("", after_sign, count=1)
    # "Periumbilical (Cullen sign) and flank (Grey Turner sign) ecchymoses indicate …": the
    # names in parentheses label the words before them, so the verb is three words on
    rest = _PARENTHESES.sub("", rest)
    # "…, also described in oncocytoma": another condition's too, which says not whose
    also = _ALSO_SEEN_IN.match(after_sign) and _ALSO.search(after_sign[:80])
    found = (
        None
        if also
        else (
            _INDICATES_AFTER_PARENTHESIS.match(rest)
            or _INDICATES.match(rest)
            or _RAISES.match(rest)
        )
    )
    if not found:
        return None
    after = rest[found.end() :]
    cut = _AND_VERB.search(after)
    after = after[: cut.start()] if cut else after
    share = SHARE_OF_PEOPLE.match(after.lstrip())
    if _BARE_SHARE.match(after.lstrip()) or (share and not share.group("with")):
        return _OWN_PEOPLE  # "seen in about a third of patients": of those with the topic
    after = after.lstrip()[share.end() :] if share else after
    # "seen in about 75% of abscesses": a share of a group, which the list reader drops
    group = share_group(after.strip().rstrip(".;")) if not share else None
    # "favours MS over its mimics": what it favours, not what it is weighed against
    names = [
        _SENTENCE_ADVERB_AFTER.sub("", n)
        for n in split_noun_phrases(_OVER.split(after, maxsplit=1)[0])
    ]
    one = len(names) == 1 and not _VAGUE_SUBJECT.match(names[0])
    if group is None and one:
        group = share_group(names[0])  # "in about three-quarters of DNETs": of the DNETs
    if group is not None:
        return _canonical_name(group, article) if group else _OWN_PEOPLE
    if one:
        return _canonical_name(names[0], article)
    if not names or _VAGUE_SUBJECT.match(after):
        return ""
    return None


# "suggests jejunal atresia instead": an adverb of the whole sentence, no word of the name
_SENTENCE_ADVERB_AFTER = re.compile(
    rf"\s+(?:{LINKING_ADVERBS}|instead|too|also|as\s+well|though|respectively)$", re.I
)


def _canonical_name(name: str, article: Article) -> str:
    titles = (article.title, *article.synonyms)
    # ("seen in about 75% of abscesses" on "Cerebral abscess": the title's head noun alone)
    own_head = " " not in name and word_stem(name) == word_stem(title_head(article.title))
    if own_head or any(same_name(name, t) for t in titles):
        return article.title
    return name


# "Obliteration of the sinus fat produces the faceless kidney appearance": a look that a
# finding produces, named with the definite article, is a named look ("produces a mottled
# appearance" describes one).
_PRODUCED_LOOK = re.compile(
    r"\b(?:produces|produce|producing|gives|give|giving|creates|create|creating|results\sin)"
    r"\sthe\s(?P<name>(?!(?:same|typical|characteristic|classic|usual|appearance)\b)[a-z][a-z-]{2,20}"
    r"(?:\s[a-z][a-z-]{2,20}){0,2}\s(?:appearance|pattern))\b"
)
_PRODUCING_HINT = re.compile(r"\b(?:produc|giv|creat|results\sin)")


@cached_list  # asked of each sentence by several rules
def _sign_names(text: str, *, patterns: bool = True) -> list[tuple[str, int, int]]:
    """(name, start, end) of each named sign, pattern or given name in ``text``."""
    signs = _SIGN.finditer(text) if _SIGN_HINT.search(text.lower()) else ()
    named_patterns = _PATTERN.finditer(text) if patterns else ()
    found = [
        # from where the name starts: the match may open on words cut from it ("by the")
        (name, max(match.start(), text.find(name, match.start(), match.end())), match.end())
        for match in (*signs, *named_patterns)
        if (name := _sign_name(match))
    ]
    found += [(name, end - len(name), end) for name, end in _named_terms(text)]
    found += named_findings(text)
    found += bracketed_eponyms(text)  # "a periumbilical nodule (Sister Mary Joseph nodule)"
    if _PRODUCING_HINT.search(text):
        found += [
            (m.group("name"), m.start("name"), m.end()) for m in _PRODUCED_LOOK.finditer(text)
        ]
    found = [_without_so_called(f) for f in found]
    named = [
        f
        for f in found
        if not f[0].lower().startswith(("signs ", "sign ")) and not _CELL_NAME.match(f[0])
    ]
    whole = [f for f in named if not _clipped(f, named)]
    whole = [f for f in whole if not _named_in_brackets_after(f, whole, text)]
    whole = [f for f in whole if not _another_name_in_brackets(f, whole, text)]
    return [f for f in whole if not any(_part_of_named(f[0], o[0]) for o in whole)]


def named_signs(text: str) -> list[str]:
    """The signs, patterns and given names a text names, in order of their ends."""
    return [name for name, _, _ in sorted(_sign_names(text), key=lambda f: f[2])]


# "A whorled appearance of the twisted pedicle (the "whirl sign")": the look, then its name in
# brackets a few words on, within one phrase.
_UP_TO_BRACKET = re.compile(r"^[^()\[\],;:.]{0,80}\(\s{0,2}(?:the\s)?(?:so-called\s)?[\"“]?$", re.I)


# 'the "S sign of Golden" (reverse S sign)': a bracket that opens right after a sign's name
# and names a shorter form of it gives the same sign again.
_BRACKET_AFTER_SIGN = re.compile(r"^[\"”']?\s{0,2}\(\s{0,2}(?:[a-z-]{2,12}\s){0,3}[\"“]?$", re.I)


def _another_name_in_brackets(
    found: tuple[str, int, int], others: list[tuple[str, int, int]], text: str
) -> bool:
    """Whether a sign is named in brackets just after another sign whose name holds all its
    words: a variant of that name, no second sign ("atoll sign" after "reversed halo sign"
    is another name to learn, and stays)."""
    name, start, _ = found
    words = set(name.lower().split())
    return any(
        end <= start
        and _BRACKET_AFTER_SIGN.match(text[end:start])
        and words < set(other.lower().split())
        for other, _, end in others
    )


def _named_in_brackets_after(
    found: tuple[str, int, int], others: list[tuple[str, int, int]], text: str
) -> bool:
    """Whether a described look is named by a sign in brackets just after it: the sign is
    the name to learn, and the look is what it describes, no second sign."""
    _, _, end = found
    # (a bare quoted part, 'the "cotton"', names a part of the look, not the look)
    return found[0].lower().endswith(("appearance", "pattern", "configuration")) and any(
        start > end and _UP_TO_BRACKET.match(text[end:start]) and _FORM_NOUN.search(other)
        for other, start, _ in others
    )


_SO_CALLED = re.compile(r"^(?:the\s)?so[- ]called\s", re.I)


def _without_so_called(found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name without the "so-called" that announced it ("gives the so-called misty
    mesentery appearance" names the "misty mesentery appearance")."""
    name, start, end = found
    lead = _SO_CALLED.match(name)
    return (name[lead.end() :], start + lead.end(), end) if lead else found


# The noun a name of a look ends on: "salt and pepper appearance", "target sign".
_FORM_NOUN = re.compile(
    r"\s(?:signs?|appearances?|patterns?|configuration|artefacts?|artifacts?)$", re.I
)


def _part_of_named(name: str, other: str) -> bool:
    """Whether ``name`` is a word or two of another named look, without a noun of form of its
    own: in "salt and pepper appearance: flow voids (the "pepper") …" the quoted word says
    which part of the named appearance the words before it are, it is no sign of its own."""
    if _FORM_NOUN.search(name) or not _FORM_NOUN.search(other):
        return False
    words = set(re.split(r"[\s-]+", name.lower()))
    others = set(re.split(r"[\s-]+", other.lower()))
    return words < others


# 'the supposed origin from a "medulloblast"': a quoted cell is a word of history or
# pathology, never a finding on an image.
_CELL_NAME = re.compile(r"^[a-z]{2,30}(?:blasts?|cytes?|phages?)$", re.I)


def _clipped(name: tuple[str, int, int], others: list[tuple[str, int, int]]) -> bool:
    """Whether another rule read a longer name over the same words (""velcro" crackles"
    holds ""velcro"", '("spiculated" or "stellate" appearance)' holds '"stellate"
    appearance'): one finding, named whole, gives one card."""
    words, start, end = name[0].lower(), name[1], name[2]
    return any(
        (other.startswith(words + " ") or other.endswith(" " + words))
        and o_start < end
        and start < o_end
        for other, o_start, o_end in ((o[0].lower(), o[1], o[2]) for o in others)
    )


# "simple cyst: no double-line sign, no sand": the entry denies the sign.
_DENIED_IN_ENTRY = re.compile(
    r"\b(?:no|not|without|absent|absence\s+of|lacks?|lacking|lack\s+of)\s+(?:an?\s+|the\s+|any\s+)?"
    # "absence of Rokitansky-Aschoff sinuses and comet-tail artefacts": the second denied too
    r"(?:(?:[\w'’-]{1,30}\s+){1,3}(?:and|or|nor)\s+(?:an?\s+|the\s+)?)?$",
    re.I,
)


# "Features that should raise suspicion of carcinoma include:", "Findings favouring an
# abscess:": the list's entries are features of the entity the intro names.
_FEATURES_OF_ANOTHER = re.compile(
    r"\b(?:signs|features|findings|criteria)\s+(?:that\s+|which\s+)?"
    r"(?:(?:should|may|might|can|could|would|help|helps)\s+(?:to\s+)?)?"
    r"(?:raises?\s+(?:the\s+)?(?:suspicion|possibility|concern)\s+(?:of|for)|"
    r"suggest(?:s|ing)?|suggestive\s+of|favou?r(?:s|ing)?|in\s+favou?r\s+of|"
    r"point(?:s|ing)?\s+to(?:wards)?|indicat(?:e|es|ing|ive\s+of)|of|for)\s+"
    r"(?:an?\s+|the\s+)?(?P<what>[a-z][\w'’-]{2,30}(?:\s[\w'’-]{2,30}){0,3}?)\s{0,3}"
    r"(?:(?:include|includes|are|comprise)\b|:|$)",
    re.I,
)


_IN_SETTING = re.compile(r"^\W{0,3}in\s+(?P<what>(?:[\w-]{2,25}\s+){0,2}[\w-]{2,25})")


def _in_own_setting(after_sign: str, article: Article) -> bool:
    """Whether the words after a sign set it in the page's own condition ("a swinging heart
    in large effusions" on pericardial effusion): the page's, whatever its list's intro."""
    setting = _IN_SETTING.match(after_sign)
    if not setting:
        return False
    return bool(set(_word_stems(setting["what"])[-1:]) & _own_stems(article))


def _intro_owner(intro: str, article: Article) -> str:
    """The entity a list's intro says its entries are features of, when it is not the
    article's own subject ("" when the intro names none or names the page's)."""
    match = _FEATURES_OF_ANOTHER.search(intro.strip().rstrip("."))
    if not match:
        return ""
    what = match.group("what").strip()
    names = (article.title, *article.synonyms)
    # "features of adenomyomatosis" on gallbladder adenomyomatosis: words of the title only
    if any(same_name(what, n) for n in names) or set(_word_stems(what)) <= _own_stems(article):
        return ""
    if _STAGE_OF_THE_TOPIC.search(what) or modality_in(what):
        return ""  # "features of active disease", "findings on CT": the page's own
    return what


def _entry_signs(article: Article) -> Iterator[tuple[Section, str, str, str]]:
    """(section, subject, sign name, line) for a sign named inside a list entry's detail:
    "phaeochromocytoma: avid enhancement, markedly T2 hyperintense ("lightbulb" sign)" is
    about the entry's condition; "…; the penumbra sign on T1 favours an abscess" about what
    it favours. An entry that names no condition ("T2: …") leaves the article's subject."""
    defined = _Definitions(article)
    for section, line, intro in _entry_lines(article):
        label, detail = split_label(line)
        if detail and _SIGN.fullmatch(label):
            continue  # "CSF cleft sign: …" is read by _listed_signs; "the S sign" alone here
        whole = not detail
        if whole and not any(hint in line for hint in _NAME_HINTS):
            continue  # fail fast: most entries name no sign
        if whole:
            # "… that replace the parenchyma, giving the bear paw sign": an entry of its own
            # (its named patterns are a list of appearances: "a target appearance")
            label, detail = "", line
        # (an entry under "Differential diagnosis" is labelled by the differential it is)
        listed_differential = bool(label) and _DIFFERENTIAL_PATH.search(section.path)
        owned = _names_an_owner(label, defined) or (listed_differential and not modality_in(label))
        owner = _canonical_name(label, article) if owned else ""
        if whole and not owner and _DIFFERENTIAL_PATH.search(section.path):
            # "duodenal web (… may form a "windsock" deformity)": an unlabelled differential
            # entry's sign is the entry's own diagnosis's, never the page's
            owner = _canonical_name(_ENTRY_HEAD.split(line, maxsplit=1)[0].strip(), article)
        for name, start, end in _sign_names(detail, patterns=not whole):
            if is_mimicked(detail[:start]):
                continue  # "flow artefacts, which can mimic a crescent sign": a look-alike
            if _DENIED_IN_ENTRY.search(detail[max(0, start - 80) : start]):
                continue  # "simple cyst: no double-line sign", "absence of A and B": lacks
            if _part_of_named(name, label):
                continue  # "salt and pepper appearance: … (the "pepper")": a part of the label's
            indicated = _indicated(detail[end:], article)
            own = indicated is None or indicated == _OWN_PEOPLE
            # (a list under "Features that raise suspicion of X include:" lists X's)
            listed_of = (
                "" if _in_own_setting(detail[end:], article) else _intro_owner(intro, article)
            )
            subject = owner or listed_of or article.title if own else indicated
            if own and not owner and (entry := _with_the_sign(detail[:start], article)):
                subject = entry  # "folded lung, with the comet tail sign": the entry's sign
            if subject == article.title and _quoted_form_of_title(detail, name, article):
                continue  # 'collaterals (so-called "vault moyamoya")': a form of the condition
            if subject:
                yield section, subject, name, line


# Where an entry's leading name ends: its bracket, comma, colon or dash.
_ENTRY_HEAD = re.compile(r"\s*[(,;:]\s*|\s+[–—-]\s+")


def _names_an_owner(label: str, defined: _Definitions) -> bool:
    """Whether a list entry's label names what its detail describes: a condition ("giant
    cell tumour: …") or an abbreviation the article defined ("BD-IPMN: …", spelt out later
    by ``resolve_names``), not a modality or sequence ("CT: …", "T2: …")."""
    if not label:
        return False
    if is_condition_name(label):
        return True
    return label.strip() in defined.of() and not modality_in(label)


class _Definitions:
    """The abbreviations an article defines, read the first time they are asked for (most
    articles name no sign in a labelled entry)."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._found: dict[str, object] | None = None

    def of(self) -> dict[str, object]:
        if self._found is None:
            self._found = dict(definitions(self._article))
        return self._found


# Words one of which any sign, quoted name or given name holds (_SIGN, _NAMED_TERM, …).
_NAME_HINTS = (
    "sign",
    '"',
    "“",
    "so-called",
    "termed",
    "referred",
    "called",
    "dubbed",
    "known",
    "described",
    "phenomenon",
    "manoeuvre",
    "maneuver",
    "rtifact",
    "rtefact",
)


def _entry_lines(article: Article) -> Iterator[tuple[Section, str, str]]:
    """Every list entry with its list's intro, and every "Label: detail" line ("Hallmark
    on MRI: …", with no intro)."""
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        for item in _walk(unit.block.items):
            yield unit.section, item.text, unit.intro
    for section in article.sections:
        for block in section.blocks:
            if block.kind is BlockKind.KEY_VALUE:
                yield section, block.text, ""


_LIST_OF_SIGNS = re.compile(
    r"\bsigns\s+of\s+(?P<what>[^:;.,]{3,60}?)\s{0,3}(?:include\s{0,3}|are\s{0,3})?:\s{0,3}$", re.I
)


def _listed_signs(article: Article) -> Iterator[tuple[Section, str, str, str]]:
    """(section, subject, sign name, its line) for list entries "CSF cleft sign: a rim of
    CSF …": about the article's subject, or what the description says it is seen in."""
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        # "Signs of pneumoperitoneum include:", "Signs that suggest rupture:": the list's
        # signs show what its intro names
        intro = _LIST_OF_SIGNS.search(unit.intro) or _SIGNS_OF.search(unit.intro + " ")
        shown = re.sub(r"^(?:the|an?)\s+", "", intro.group("what")) if intro else ""
        # (a differential list's entries are other conditions told apart, not signs)
        differential = _DIFFERENTIAL_PATH.search(unit.section.path) is not None
        for item in _walk(unit.block.items):
            name, detail = split_label(item.text)
            if differential and _EPONYMOUS_FINDING.match(name.strip()):
                continue
            if detail and (sign := _listed_name(name)):
                names = split_noun_phrases(described_owner(detail))
                subject = names[0] if len(names) == 1 else shown or article.title
                if len(names) == 1 and share_group(names[0]) is not None:
                    # "seen in a minority of cases": a share, no owner of its own
                    subject = share_group(names[0]) or shown or article.title
                yield unit.section, _canonical_name(subject, article), sign, item.text


# "target (doughnut) sign", "snowstorm (snowflake) sign": another name in parentheses.
_ALIAS = re.compile(r"\s{0,3}\([^()]{1,40}\)")
# "honeycomb, wheel-spoke or rosette pattern": a label of named patterns (a word of the
# closed list, or a hyphenated compound), never a generic "enhancement pattern".
_LISTED_PATTERN = re.compile(
    r"^(?:[\w'’-]{1,30}(?:,\s|\s(?:or|and)\s|\s)){1,5}(?:pattern|appearance|configuration)$",
    re.I,
)
_PATTERN_WORD = re.compile(rf"\b(?:{_PATTERN_NAMES})\b|[a-z]-[a-z]", re.I)


_LISTED_SIGN = re.compile(
    rf"(?P<name>(?:{_SIGN_WORD}\s){{1,6}}sign(?:\sof\s[A-Z][a-zà-ÿ'’-]{{2,20}})?)"
)


def _listed_name(label: str) -> str:
    """The sign or pattern a list entry's label names ("" when it names none): "CSF cleft
    sign", "target (doughnut) sign" as written, "honeycomb or rosette pattern"."""
    label = label.strip().strip("'‘’\"“”")
    # 'the "honeycomb" pattern': the article and the quotes are no part of the name
    label = re.sub(r"^(?:the|an?)\s+", "", re.sub(r"[\"“”]", "", label), flags=re.I)
    bare = _ALIAS.sub("", label)
    # a label is all name: it may be longer ("the ring around the artery sign") or end on
    # its eponym ("the V sign of Naclerio") as a sign in running prose may not
    match = _SIGN.fullmatch(bare) or _LISTED_SIGN.fullmatch(bare)
    if match:
        sign = _sign_name(match)
        return label.replace('"', "") if sign and bare != label and sign == bare else sign
    if _LISTED_PATTERN.match(bare) and _PATTERN_WORD.search(bare) and len(bare.split()) <= 6:
        return label
    if _EPONYMOUS_FINDING.match(bare):
        return bare
    return ""


# An eponym of one or two capitalised names ("Wimberger", "Looser-Milkman"), and the nouns of
# a finding's shape it names ("Wimberger ring", "Codman triangle"): read by the sign and the
# definition readers alike.
_EPONYM = r"[A-Z][a-zà-ÿ'’-]+(?:[-–\s][A-Z][a-zà-ÿ'’-]+)?(?:'s|’s)?"
_FINDING_SHAPES = r"zone|zones|ring|band|spur|spurs|notch|triangle|hump"


# A finding named after a person, by its shape: "Wimberger ring", "Pelkan spur", "Codman
# triangle". Listed with what it looks like, it is a sign of the condition. Not a named
# "line": most are lines drawn to measure ("Hilgenreiner line", "Shenton line"), no finding.
_EPONYMOUS_FINDING = re.compile(rf"^{_EPONYM}\s(?:{_FINDING_SHAPES})$")


def _walk(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    """Every entry of a list, children after their parent."""
    for item in items:
        yield item
        yield from _walk(item.children)


# "Leiomyomas, commonly referred to as fibroids, …": the name set off after the sentence's
# opening noun phrase is another name of it, not a sign.
_SYNONYM_APPOSITION = re.compile(
    r"^[A-Z][^,;:()]{1,80},\s(?:(?:more\s|most\s)?(?:commonly|also|often|sometimes|usually|"
    r"popularly|widely|better)\s)?"
    r"(?:referred\s+to\s+as|called|known\s+as|termed|dubbed)\s(?:the\s|an?\s)?[\"“]?$"
)


def _is_synonym_apposition(before: str, article: Article) -> bool:
    """ "Leiomyomas, commonly referred to as " names a condition; "A delicate capillary
    network, referred to as " a finding, whose given name is a sign."""
    if not _SYNONYM_APPOSITION.match(before):
        return False
    opening = re.sub(r"^(?:the|an?)\s+", "", before.split(",", 1)[0], flags=re.I)
    names = (article.title, *article.synonyms)
    return is_condition_name(opening) or any(same_name(opening, n) for n in names)


_ARTEFACT_NAME = re.compile(r"\s(?:artefacts?|artifacts?)$", re.I)


def _artefact_of_another(name: str, before_sign: str, article: Article) -> bool:
    """Whether an artefact is the product of what its clause opens on ("Gas produces foci
    with ring-down artefact", "Calcified debris gives …"): a substance or finding, not a
    condition, so the artefact is no sign of the condition the paragraph is about."""
    if not _ARTEFACT_NAME.search(name):
        return False
    verbs = list(_PRODUCING.finditer(before_sign[-300:]))
    if not verbs:
        return False
    head = before_sign[-300:][: verbs[-1].start()]
    openings = list(_CLAUSE_OPENING.finditer(head))
    phrase = _SETTING.sub("", head[openings[-1].end() :] if openings else head).strip()
    phrase = re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.I)
    names = (article.title, *article.synonyms)
    return (
        0 < len(phrase.split()) <= _MAX_PRODUCER_WORDS
        and "," not in phrase
        and not _NO_PRODUCER.search(phrase)
        and not _DESCRIBED_MASS.match(phrase)
        and not is_condition_name(phrase)
        and not any(same_name(phrase, n) for n in names)
    )


def _quoted_form_of_title(text: str, name: str, article: Article) -> bool:
    """Whether a quoted name ends on a word of the condition's own name ('so-called "vault
    moyamoya"', '"ocular myasthenia"'): it names a form or a site of the condition, not a
    finding that points to it."""
    if not (f'"{name}"' in text or f"“{name}”" in text) or _FORM_NOUN.search(name):
        return False
    last = name.rsplit(maxsplit=1)[-1].lower()
    title_words = {w.lower() for t in (article.title, *article.synonyms) for w in t.split()}
    return len(name.split()) > 1 and last in title_words


def extract_signs(article: Article) -> Iterator[Fact]:
    """Named signs in prose, with the sentence that says what they show, and signs listed
    as "name sign: what it shows". Of the sentences that name one sign, the first that
    defines it is its source ("The S sign is …", "…, the S sign."), else the first: a
    passing mention ("the S sign can also be seen on CT") makes a poor card."""
    found = list(_read_signs(article))
    defined = {fact.id for fact, defines in found if defines}
    for fact, defines in found:
        if defines or fact.id not in defined:
            yield fact


def _read_signs(article: Article) -> Iterator[tuple[Fact, bool]]:
    """Each sign read, and whether its sentence defines it."""
    for section, subject, name, line in _listed_signs(article):
        yield _sign(article, section, line, subject, name, modality=""), True
    for section, subject, name, line in _entry_signs(article):
        fact = _sign(article, section, line, subject, name, modality=modality_in(line))
        at = line.find(name)
        yield fact, at >= 0 and _defines_the_sign(line, at, at + len(name))
    previous: Clause | None = None
    for clause in iter_clauses(article):
        text = clause.sentence.text
        before, previous = previous, clause
        names = _sign_names(text)
        # the modality the signs are seen on, when the sentence names one ("on Doppler")
        modality = modality_in(text) if names else ""
        for name, start, end in names:
            if _names_no_sign(name, text[:start], article):
                continue
            subject = _sign_subject(clause, start, end, article)
            if subject == article.title and _quoted_form_of_title(text, name, article):
                continue  # 'so-called "vault moyamoya"': a form of the condition, no sign of it
            if subject in {article.title, clause.topic} and _artefact_of_another(
                name, text[:start], article
            ):
                continue  # "Gas produces foci with ring-down artefact": gas's, no sign of it
            if denied_sign(text, start, end):
                continue  # "the absence of the halo sign": no sign of anything named
            if subject == article.title and _turned_to_another(text, start):
                continue  # "By contrast, an empyema … shows the S sign": the other thing's
            if subject == article.title and _follows_another(clause, before, start, article):
                continue  # "Tamponade is a clinical diagnosis. The Beck triad …": tamponade's
            if subject:
                section = clause.sentence.section
                fact = _sign(article, section, text, subject, name, modality=modality)
                yield fact, _defines_the_sign(text, start, end)
                yield from _also_signs(fact, text[end:], article)


# Where a sentence defines the sign it names: as a label ("S sign: …"), as the subject of a
# verb of defining ("The S sign is a …", "… describes …"), or set after the description it
# names, closing its clause (", the S sign.", "(S sign)", "… produce the S sign.").
_LABELLED = re.compile(r"^[\"”]?\s{0,2}:")
_DEFINING_AFTER = re.compile(
    r"^[\"”]?\s{0,2}(?:(?:is\san?|are)\s(?!(?:[\w-]+ly\s)?(?:useful|specific|sensitive|"
    r"reliable|helpful|important|classic|characteristic|non-?specific|late|early|rare|common|"
    r"recogni[sz]ed|not|seen|found|present|also|often|usually)\b)|describes?\s|refers?\s+to\s|"
    r"denotes?\s|consists?\s+of\s)",
    re.I,
)
_APPOSED_DEFINITION = re.compile(r"^[\"”]?,\san?\s")
_OPENS_ON_SIGN = re.compile(r"^\W{0,3}(?:(?:the|an?)\s)?(?:so-called\s)?[\"“]?$", re.I)
_NAMING_BEFORE = re.compile(
    r"(?:,\s|\(\s?|\b(?:produces?|producing|gives?|giving|forms?|forming|creates?|creating|"
    r"called|termed|known\sas|corresponding\sto|in\skeeping\swith))"
    r"\s{0,2}(?:(?:the|an?)\s)?(?:so-called\s|classic\s|characteristic\s)?(?:[A-Z]{2,4}\s)?"
    r"[\"“]?$"
)
_CLOSES_CLAUSE = re.compile(r"^[\"”]?\s{0,2}(?:[.;)]|,\s|$)")


def _defines_the_sign(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text`` defines the sign it names from ``start`` to ``end``."""
    before, after = text[:start], text[end:]
    if _LABELLED.match(after):
        return True
    if _APPOSED_DEFINITION.match(after) or (
        _OPENS_ON_SIGN.match(before) and _DEFINING_AFTER.match(after)
    ):
        return True
    return bool(_NAMING_BEFORE.search(before[-40:])) and bool(_CLOSES_CLAUSE.match(after))


def _names_no_sign(name: str, before_sign: str, article: Article) -> bool:
    """Whether a name read in prose is no sign at all, whoever it would belong to."""
    if _is_synonym_apposition(before_sign, article) or any(
        same_name(name, other) for other in (article.title, *article.synonyms)
    ):
        return True  # "Leiomyomas, commonly referred to as fibroids, are …": a synonym
    if is_mimicked(before_sign):
        return True  # "flow artefacts can mimic a crescent sign": a look-alike, not shown
    # (the whole text before the name: "^" is the sentence's start, not a cut's)
    if _LESION_RENAMED.search(before_sign) and not _FORM_NOUN.search(name):
        return True  # "the lesion is instead termed a diverticulum": a diagnosis, no sign
    # "Rotator cuff tears are …" on rotator cuff tear: its structure
    return _part_of_title(name, article)


# "If it communicates, the lesion is instead termed a diverticulum", "Lesions larger than 2 cm
# are called giant X": a name given to the lesion itself (a noun of lesion, perhaps with a
# short qualifier, as the subject of a verb of naming) is a diagnosis.
_LESION_RENAMED = re.compile(
    r"(?:^|\b(?:the|this|such\san?)\s)(?:lesions?|mass(?:es)?|tumou?rs?|cysts?|nodules?|"
    r"collections?|abnormalit(?:y|ies)|entit(?:y|ies))(?:\s[^,;:()]{1,40}?)??"
    r"\s(?:is|are|was|were)\s(?:\w+ly\s|instead\s)?"
    r"(?:termed|called|named|known\sas|referred\sto\sas|designated|classified\sas)\s"
    r"(?:an?\s|the\s)?[\"“]?$",
    re.I,
)


# Words a sentence may open on before the sign that is its subject: "The classic …".
_SIGN_OPENS = re.compile(
    r"^\s{0,3}(?:(?:the|an?)\s+)?(?:(?:classic(?:al)?|typical|so-called|characteristic|"
    r"well-known|clinical)\s+)?[\"“]?$",
    re.I,
)
# "Cardiac tamponade is a clinical diagnosis.": a sentence about another thing, by copula.
_COPULA_REST = re.compile(
    r"^\s{0,3}(?:is|are)\s(?:an?\s)?(?:[\w-]{2,20}\s){0,2}(?:diagnosis|emergency|complication|"
    r"condition|disease|disorder|syndrome|entity)\b",
    re.I,
)


def _follows_another(clause: Clause, before: Clause | None, start: int, article: Article) -> bool:
    """Whether a sign that opens a sentence with no subject of its own ("The classic Beck
    triad consists of …") follows, in its paragraph, a sentence stating something of another
    thing ("Cardiac tamponade is a clinical diagnosis."): the sign may be that thing's, and a
    sign given to the wrong condition teaches a wrong fact."""
    if (
        before is None
        or before.sentence.paragraph is not clause.sentence.paragraph
        or not before.own
        or not (_COPULA_REST.match(before.rest) or is_condition_name(before.own))
        or not _SIGN_OPENS.match(clause.sentence.text[:start])
    ):
        return False
    other = set(_word_stems(re.sub(r"^(?:the|an?|this|these)\s+", "", before.own, flags=re.I)))
    return bool(other) and not other & _own_stems(article) and not modality_in(before.own)


def _part_of_title(name: str, article: Article) -> bool:
    """Whether every word of ``name`` is a word of a longer title or synonym: the structure
    the condition is of ("Rotator cuff" in rotator cuff tear), no sign of it."""
    words = set(re.split(r"[\s-]+", name.lower()))
    for title in (article.title, *article.synonyms):
        title_words = set(re.split(r"[\s-]+", title.lower()))
        if words < title_words:
            return True
    return False


def _turned_to_another(text: str, start: int) -> bool:
    """Whether the sentence turns to another thing before the sign at ``start`` ("By
    contrast, an empyema is … and shows the S sign") whose name the closed endings of
    ``is_condition_name`` cannot vouch for (a condition named so is the sign's owner
    already); a modality ("By contrast, MRI shows …") is no other thing."""
    other = contrasted_owner(text, start)
    return (
        bool(other)
        and other == turns_to_another(text)
        and not is_condition_name(other)
        and not modality_in(other)
    )


# "The cortical rim sign is not specific, and it is also described in renal infarction and
# renal vein thrombosis", "a spoke-wheel pattern, also described in oncocytoma": other
# conditions the sign is seen in, named right after it.
_ALSO_SEEN_IN = re.compile(
    r"^[\"”]?(?:\s(?:of\s|on\s)[^,;]{2,40})?(?:,\s|\s(?:is|are)\s(?:not\s(?:specific|"
    r"pathognomonic)[^,;]{0,40},\s(?:and\s|but\s)?(?:(?:it|they)\s(?:is|are)\s)?)?)"
    r"(?:also\s)?(?:seen|described|found|reported)\s(?:also\s)?in\s(?P<others>[^.;:()]{3,160})",
    re.I,
)
_ALSO = re.compile(r"\balso\b", re.I)
_NOT_A_CONDITION_MEMBER = re.compile(
    r"^(?:other|some|many|most|several|a\s|an\s|patients|children|adults|cases|up\sto)\b|\d", re.I
)


def _also_seen_in(after_sign: str, article: Article) -> list[str]:
    """The other conditions the words after a sign say it is also seen in ("" members and
    the page's own condition left out)."""
    match = _ALSO_SEEN_IN.match(after_sign)
    if match is None:
        return []
    members = split_noun_phrases(match.group("others"))
    if not members or any(len(m.split()) > 6 or _NOT_A_CONDITION_MEMBER.search(m) for m in members):
        return []  # "also seen in other ciliopathies, such as …", "in up to 10%": no list of names
    return [m for m in members if not same_name(m, article.title)]


def _also_signs(fact: Fact, after_sign: str, article: Article) -> Iterator[tuple[Fact, bool]]:
    """The sign of ``fact`` for each other condition the words after it say it is also seen
    in ("… and it is also described in renal infarction and …"), under ids of their own."""
    for other in _also_seen_in(after_sign, article):
        if other != fact.subject:
            also = replace(
                fact, subject=other, id=make_fact_id(FactKind.SIGN, article.slug, fact.item, other)
            )
            yield also, False


def _sign(
    article: Article, section: Section, text: str, subject: str, name: str, *, modality: str
) -> Fact:
    """One sign fact: the sign is its own item and value; ``text`` is its source line."""
    return make_fact(
        FactKind.SIGN,
        article,
        section,
        text,
        key=(name,),
        subject=subject,
        item=name,
        value=name,
        attribute=modality,
        statement=text,
    )


# "is a benign tumour of Schwann cells": an article and a category noun within six words.
# "are benign sex cord-stromal tumours composed of …": a plural names its category in the
# plural without an article (not "are rare tumours", "are common lesions": a frequency).
_DEFINES = re.compile(
    r"^(?:(?:is|are)\s+(?:a|an)\s+(?P<phrase>(?:(?!most\b|commonest\b|second\b|third\b|"
    # ("is a rare, benign condition": adjectives set off by commas)
    r"least\b|rare\s+cause\b|common\s+cause\b|cause\b)[\w-]+,?\s+){0,5}?"
    r"(?:tumou?rs?|neoplasms?|lesions?|diseases?|conditions?|malformations?|variants?|subtypes?|"
    r"entity|entities|disorders?|syndromes?|infections?|cysts?|carcinomas?|sarcomas?|"
    r"inflammations?|anomal(?:y|ies)|proliferations?|[a-z]+omas?|[a-z]+itis|[a-z]+osis)\b"
    r"[^.;]{0,160})|are\s+(?P<plural>(?:(?!(?:most|more|less|least|commonest|rare|rarely|common|"
    r"commonly|uncommon|frequent|frequently|usually|often|typically|also|seen|found|"
    r"associated|caused|the|these|those|not|multiple|bilateral|unilateral|solitary|small|"
    r"large)\b)[\w-]+\s+){1,5}?"
    r"(?:tumou?rs|neoplasms|lesions|malformations|disorders|proliferations|cysts|hamartomas|"
    r"anomalies)\s+(?:composed|consisting|made\s+up|arising|derived|characteri[sz]ed)\b"
    r"[^.;]{0,160}))\.?$",
    re.I,
)


# A signal, density or echo word before the category noun: the sentence says how the thing
# looks on one modality ("a hypoechoic or anechoic lesion", "a low-attenuation mass"), which
# the appearance readers own; it does not say what the thing is.
_IMAGING_LOOK = re.compile(
    r"\b(?:(?:hyper|hypo|iso|an)-?(?:echoic|dense|intense|attenuating|vascular)|echogenic|"
    r"(?:radio)?lucent|radio-?opaque|enhancing|(?:low|high|fat|fluid)-(?:attenuation|signal|"
    r"density))\b",
    re.I,
)
# A category whose only difference is who has it ("a disease of young adults").
# A role in practice, not a kind of thing: "a clinical diagnosis", "a diagnosis of exclusion",
# "a common incidental finding", "a surgical emergency".
_HOW_IT_IS_MET = re.compile(
    r"^(?:an?\s+)?(?:[\w-]{2,20}\s+){0,2}(?:diagnosis|finding|emergency|consideration)\b", re.I
)
_WHO_IT_AFFECTS = re.compile(
    r"^\S+\s+of\s+(?:(?:young|older|elderly|middle-aged|adult)\s+(?:and\s+|or\s+)?)*"
    r"(?:adults|children|women|men|infants|adolescents|patients|people)\.?$",
    re.I,
)


def _prose_definitions(article: Article, lead_text: str) -> Iterator[Fact]:
    """ "Secondary glioblastoma is a glioblastoma that arises from …" anywhere in the body:
    the sentence names its subject (no pronoun, no generic opening)."""
    for clause in iter_clauses(article):
        text = clause.sentence.text
        if text == lead_text or not clause.own or clause.anaphor:
            continue
        names = (clause.subject, article.title, *article.synonyms)
        if not any(same_name(clause.own, name) for name in names):
            continue  # the phrase names no condition ("Surgery is …"): no definition of one
        match = _DEFINES.match(clause.rest)
        phrase = (match.group("phrase") or match.group("plural") or "") if match else ""
        if not match or "%" in text or len(phrase.split()) <= 2:
            continue  # "ADPKD is a systemic disorder": a category without what sets it apart
        if _WHO_IT_AFFECTS.search(phrase):
            continue  # "PVNS is a disease of young and middle-aged adults": an age, no definition
        if _HOW_IT_IS_MET.match(phrase):
            continue  # "Complete tears are a clinical diagnosis": how it is met, not what it is
        if _IMAGING_LOOK.search(phrase.split(" with ")[0]):
            continue  # "A mature abscess is a hypoechoic lesion with …": a look, no definition
        yield make_fact(
            FactKind.DEFINITION,
            article,
            clause.sentence.section,
            text,
            key=("definition", clause.own),
            subject=clause.subject,
            value=phrase.strip(),
            item=clause.own,
            statement=text,
        )


def extract_definition(article: Article) -> Iterator[Fact]:
    """The lead's first sentence when it defines the title ("X is/are/represents …"), and
    other sentences that define a named condition ("X is a benign tumour of …")."""
    lead = next((s for s in iter_sentences(article) if not s.section.heading), None)
    found = chain(
        _lead_definition(article),
        _prose_definitions(article, lead.text if lead else ""),
        _termed_definitions(article),
        _listed_definitions(article),
        _appositive_definitions(article),
        cued_definitions(article),
        named_definitions(article),
        conditioned_definitions(article),
        measure_definitions(article),
    )
    # "Grade I denotes a tumour confined to the capsule": a class of a scheme, which the
    # classification extractor gives with its owner; no term of its own to define ("… is
    # termed stage II" names the class from its description, and stays a definition)
    yield from (
        fact for fact in found if not _opens_on_class_label(fact) and not _defines_nothing(fact)
    )


# "Late recurrences, beyond 10 years, are described": a time or a degree is no description;
# "The eponym refers to Jacques Lisfranc": a word about the name is no thing defined.
_NO_DESCRIPTION = re.compile(r"^(?:beyond|after|before|within|over|under|up\sto|until)\s", re.I)
_WORD_ABOUT_A_NAME = re.compile(
    r"^(?:the\s)?(?:eponym|term|name|word|acronym|abbreviation|label)$", re.I
)


def _defines_nothing(fact: Fact) -> bool:
    return bool(_NO_DESCRIPTION.match(fact.value) or _WORD_ABOUT_A_NAME.match(fact.subject))


def _opens_on_class_label(fact: Fact) -> bool:
    return bool(_BARE_CLASS_LABEL.match(fact.subject)) and fact.statement.lower().startswith(
        fact.subject.lower()
    )


_BARE_CLASS_LABEL = re.compile(
    r"^(?:grade|type|stage|class|category|group)\s(?:[0-9]{1,2}|[IVX]{1,4})[a-cA-C]?$", re.I
)


# A list entry that defines a named measurement or named finding: "Hilgenreiner line: a
# horizontal line through …", "Perkin line: drawn perpendicular to …", "Wimberger ring: a thin
# sclerotic rim …" (an eponym and a noun of measurement or of a finding's shape).
_NAMED_MEASURE = re.compile(
    rf"^(?:the\s+)?(?P<name>{_EPONYM}\s+"
    r"(?:line|lines|angle|index|ratio|method|view|projection|manoeuvre|maneuver|test|point|arc|"
    # "Nuss procedure: a minimally invasive repair in which …"
    r"procedure|operation|"
    rf"{_FINDING_SHAPES}))$"
)
_DEFINING_DETAIL = re.compile(
    r"^(?:an?\s+\w|the\s+\w|drawn\s|defined\s+as\s|measured\s|formed\s)", re.I
)


def _labelled_lines(article: Article) -> Iterator[tuple[Section, str]]:
    """Every list entry, and every "Label: detail" line of a page whose lists became lines."""
    for unit in iter_lists(article):
        for item in _walk(unit.block.items):
            yield unit.section, item.text
    for section in article.sections:
        for block in section.blocks:
            if block.kind is BlockKind.KEY_VALUE:
                yield section, block.text


# A list entry that glosses an eponymous condition: "Mirizzi syndrome: extrinsic compression
# of the common hepatic duct by …", "Carney triad: GIST, paraganglioma and …". Outside a
# differential list, where the gloss tells the condition apart rather than says what it is.
_NAMED_CONDITION = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[-–\s][A-Z][a-zà-ÿ'’-]+)?(?:'s|’s)?\s+"
    r"(?:syndrome|disease|triad|tetrad|pentad|phenomenon|anomaly|malformation|deformity))$"
)
# The gloss opens on what the condition is (a noun phrase), not on what it does or how often.
_GLOSS_OPENING = re.compile(
    r"^(?!(?:may|can|might|could|is|are|was|were|has|have|seen|found|usually|often|rarely|"
    r"typically|classically|commonly|occasionally|sometimes|also|associated|occurs?|"
    r"presents?|causes?|results?|leads?|with|without|in|on|at|by|for|from|to|as|more|less|"
    r"most|see|e\.g\.|i\.e\.|up|about|around|approximately)\b)(?:an?\s+|the\s+)?[A-Za-z]"
)
_DIFFERENTIAL_PATH = re.compile(r"differential|mimic", re.I)
# "Turner syndrome: 10-15% of girls with it have coarctation", "Lynch syndrome: UTUC is the
# third most common malignancy in it": a share or a clause of its own is a claim, not a gloss.
_CLAIM_IN_GLOSS = re.compile(
    r"%|\b(?:is|are|was|were|has|have|had|develops?|this|these|it|its)\b", re.I
)


def _listed_definitions(article: Article) -> Iterator[Fact]:
    for section, text in _labelled_lines(article):
        label, detail = split_label(text)
        match = _NAMED_MEASURE.match(label.strip())
        if match is not None and (not detail or not _DEFINING_DETAIL.match(detail)):
            continue
        if match is None:
            match = _NAMED_CONDITION.match(label.strip())
            if (
                match is None
                or not detail
                or not _GLOSS_OPENING.match(detail)
                or _CLAIM_IN_GLOSS.search(detail.split(";")[0])
                or _DIFFERENTIAL_PATH.search(section.path)
            ):
                continue
        name = match.group("name")
        value = re.split(r";\s", detail, maxsplit=1)[0].strip().rstrip(".")
        yield definition_of(article, section, text, name, value)


# "The presence of innumerable nodules in both kidneys is termed renal oncocytosis": the name
# the sentence gives is defined by what stands before the verb.
_TERMED = re.compile(
    r"^(?P<phrase>[A-Z][^,;:()]{15,200}?)\s+(?:is|are)\s+(?:(?:now|also|then)\s+)?"
    r"(?:termed|called|known\s+as|referred\s+to\s+as|defined\s+as)\s+(?:an?\s+|the\s+)?"
    r"(?P<term>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4})\.$"
)


def _termed_definitions(article: Article) -> Iterator[Fact]:
    """A sentence that gives a description a name ("A … is termed X") defines X."""
    for sentence in iter_sentences(article):
        match = _TERMED.match(sentence.text)
        if match is None or _PRONOUN_OPENING.match(match.group("phrase")):
            continue
        term = match.group("term")
        yield definition_of(
            article, sentence.section, sentence.text, term, match.group("phrase").strip()
        )


# "Endoleak, persistent flow within the sac outside the graft, is …", "Askin tumour, a rare
# small round cell tumour, arises …": a name, its description between commas, a verb.
_NAME_THEN_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w'’-]{0,40}(?:\s[\w'’-]{1,40}){0,3}),\s(?P<phrase>(?:an?\s)?[a-z][^,;:()]{10,120}),"
    r"\s(?:is|are|was|were|occurs?|affects?|arises?|presents?|may|can|has|have|lies|lie|"
    r"develops?|forms?|contains?|consists?|results?|causes?|shows?|appears?|represents?)\b"
)
# "A raised nodule projecting into the lumen, the Rokitansky nodule, is …": a description,
# then the name it bears.
_APPOSITION_THEN_NAME = re.compile(
    r"^(?P<phrase>(?:A|An)\s[^,;:()]{10,120}),\s(?:the|a|an)\s"
    r"(?P<name>[\w'’-]{1,40}(?:\s[\w'’-]{1,40}){0,3}),\s(?:is|are|lies|forms?|contains?)\b"
)
# Openers that are no name: prepositions, connectives, adverbs ("In adults, …").
_NOT_A_NAME = re.compile(
    r"^(?:in|on|at|for|with|by|from|to|of|however|thus|therefore|moreover|furthermore|"
    r"although|though|when|whereas|while|if|as|after|before|during|unlike|like|overall|here|"
    r"there|then|also|because|since|once|until|despite|[a-z]+ly)\b",
    re.I,
)
_NOT_A_DESCRIPTION = re.compile(
    r"^(?:which|who|that|or|and|but|nor|due|best|most|more|less|particularly|especially|"
    r"e\.g\.|i\.e\.|usually|often|typically|sometimes|via|per|"
    # an adverb or a choice set off by commas ("Prophylaxis, again with …, is", "Carcinoma,
    # either synchronous or metachronous, is"): a comment on the name, no description
    r"again|either|neither|both|whether|still|even|now|only|mostly|almost|nearly|"
    # a set the name belongs to or includes ("Prolactinomas, including large …, are")
    # ("Residual tumours, such as those in the brainstem, are …": examples, no description)
    r"including|includes|excluding|except|like|unlike|notably|mainly|such|"
    # participles that open a comment on the name ("found in 5%", "based on …")
    r"based|found|seen|shown|caused|described|detected|reported|located|situated|measured|"
    r"defined|termed|called|known|associated|related|accompanied|followed|considered|given|"
    r"present|absent|visible|evident|common|rare|uncommon|"
    # a comparison set off by commas ("Thoracic tumours, compared with abdominal ones, …")
    r"compared|contrasted|relative|similar|analogous|together|along)$",
    re.I,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|may|can|will|does|do)\b")


def _appositive_definitions(article: Article) -> Iterator[Fact]:
    """A name with its description in apposition defines the name."""
    for sentence in iter_sentences(article):
        text = sentence.text
        match = _NAME_THEN_APPOSITION.match(text) or _APPOSITION_THEN_NAME.match(text)
        if match is None:
            continue
        name, phrase = match.group("name"), match.group("phrase").strip()
        if _NOT_A_NAME.match(name) or _FINITE.search(phrase) or _PRONOUN_OPENING.match(name):
            continue  # "However, most lesions are small, …": no name, no apposition
        if _INDEFINITE.match(name):
            continue  # "A type VI, dilatation of …, has been proposed": one of a kind, no name
        first = phrase.split()[0]
        if _NOT_A_NAME.match(first) or _NOT_A_DESCRIPTION.match(first) or first.endswith("ing"):
            continue  # "by contrast", "due to …", "found in 5%", "arising after …": a comment
        if _BARE_CHOICE.match(phrase):
            continue  # "Calcification, punctate or diffuse, is …": its forms, no definition
        if _COMMENT_OPENER.match(phrase) or _PARTICIPLE_PHRASE.match(phrase):
            continue  # "Skull radiographs, now rarely performed, show …": an aside, no definition
        yield make_fact(
            FactKind.DEFINITION,
            article,
            sentence.section,
            text,
            key=("definition", name),
            # a drug named in a disease's article is there as its treatment: the fact is the
            # article's ("GIST: imatinib, a tyrosine kinase inhibitor")
            subject=article.title if _DRUG_NAME.fullmatch(name) else name,
            value=phrase,
            item=name,
            statement=text,
        )


_INDEFINITE = re.compile(r"^(?:a|an)\s", re.I)
# An aside on the name, not what it is: an adverb of time or state ("now rarely performed",
# "still widely used", "once thought to be …") or an adverb before a participle.
_COMMENT_OPENER = re.compile(
    r"^(?:now|still|once|formerly|previously|no\s+longer|since|then|nowadays|today)\b"
    r"|^[a-z]+ly\s+[a-z]+(?:ed|en)\b",
    re.I,
)
# A participle phrase says how the named thing is done or placed, not what it is:
# "Contrast-enhanced CT, acquired in a delayed phase 60 seconds after injection, is …",
# "Ultrasound, performed with a linear probe, shows …".
_PARTICIPLE_PHRASE = re.compile(
    r"^(?:[a-z]{3,20}ed|done|taken|made|drawn|undertaken|written|held|kept|run|set|put)\s"
    r"(?:(?:[a-z]+ly)\s)?(?:in|on|at|with|by|from|after|before|during|using|through|via|"
    r"under|over|as|for|about|within|without|to|into|at|between|along|across|immediately)\b",
    re.I,
)
# "The same system …", "The latter …": points back as a pronoun does
_PRONOUN_OPENING = re.compile(
    # "Its typical imaging appearance, a …, is": whose appearance the sentence before says
    r"^(?:it|its|they|their|this|these|those|such|that|the\s(?:same|former|latter|above))\b",
    re.I,
)
# "Calcification, punctate or diffuse, is …": two bare words joined by "or" or "and" are the
# forms the thing takes, no description of what it is.
_BARE_CHOICE = re.compile(r"^[a-z-]{3,20}\s(?:or|and)\s[a-z-]{3,20}$", re.I)
# A drug by its class ending ("imatinib", "denosumab", "gentamicin"): one word.
_DRUG_NAME = re.compile(
    r"[A-Za-z][a-z]{2,25}(?:tinib|fenib|lisib|ciclib|mab|limus|platin|rubicin|penem|cillin|"
    r"mycin|floxacin|cycline|azole|statin|parin|lutamide|trexate|dronate)"
)


# "It is a well-differentiated tumour of …", "It is characterised by …": the lead's next
# sentence defines the title through a pronoun.
_PRONOUN_DEFINES = re.compile(
    r"^(?:It|They)\s+(?:is|are)\s+(?P<phrase>(?:a|an)\s+[^.;]{8,200}?|"
    r"characteri[sz]ed\s+by\s+[^.;]{8,200}?)"
    r"(?=,?\s+(?:and|but)\s+(?:(?:it|they)\s+)?(?:\w+ly\s+)?(?:is|are|has|have|carr(?:y|ies)|may|can|"
    r"occurs?|affects?|presents?)\b|,\s+(?:which|whereas|although)\b|\.?$)"
)


_SECOND_PREDICATE = re.compile(
    r",?\s+and\s+(?:(?:it|they)\s+)?(?:\w+ly\s+)?(?:is|are|was|were|has|have|may|can|"
    r"carr(?:y|ies)|occurs?|affects?|presents?|accounts?)\s"
)


# A page's navigation labels left in its lead ("On this page:", "Article:", "Images:"): a
# few words that introduce what follows, not the lead's first sentence.
_NAVIGATION_LABEL = re.compile(r"^[\w'’ -]{1,30}:$")
MAX_LABEL_WORDS = 3


def _lead_definition(article: Article) -> Iterator[Fact]:
    lead_sentences = [
        s
        for s in iter_sentences(article)
        if not s.section.heading
        and not (_NAVIGATION_LABEL.match(s.text) and len(s.text.split()) <= MAX_LABEL_WORDS)
    ]
    if not lead_sentences:
        return
    first = lead_sentences[0]
    match = _DEFINING_VERB.match(first.text)
    if match and _OPEN_RELATIVE.search(match.group("term")):
        # "Osteopetrosis, which is caused by X, is a rare dysplasia": the relative clause's
        # "is" is not the defining verb
        match = _RELATIVE_THEN_VERB.match(first.text)
    if not match or first.text.rstrip().endswith(":"):
        return  # a sentence that only introduces a list defines nothing by itself
    term = match.group("term")
    names = (article.title, *article.synonyms)
    title_words = {_plain_singular(name.split()[0]) for name in names if name.split()}
    if not title_words & {_plain_singular(word) for word in term.split()}:
        return
    # "… of the duodenal lumen and is the most common cause of …": a second predicate of the
    # same subject says something else of it (a rank here), no part of what it is
    phrase = _SECOND_PREDICATE.split(match.group("phrase").strip(), maxsplit=1)[0]
    ranked = _RANKED_OF_DEFINED.match(phrase)
    yield make_fact(
        FactKind.DEFINITION,
        article,
        first.section,
        first.text,
        key=("definition",),
        # "X is the most common form of Y, an infection caused by Z": the description after
        # the comma is what Y is; what X is to Y is a rank (``rank``), not a definition
        subject=ranked.group("name") if ranked else article.title,
        value=ranked.group("phrase") if ranked else phrase,
        # "Pulmonary sequestration (also known as …) is …": the card hides the name, not
        # the name with its aside
        item=ranked.group("name") if ranked else _name_alone(term),
        statement=first.text,
    )
    yield from _pronoun_definition(article, lead_sentences[1:2])


_BRACKETED = re.compile(r"\s*\([^()]*\)")
# "Tarlov cysts, also known as perineural cysts, are …": the other name set off by commas
_OTHER_NAME_ASIDE = re.compile(
    r",\s*(?:also\s+|sometimes\s+|previously\s+|formerly\s+|(?:more\s+)?(?:correctly|properly)\s+)?"
    r"(?:(?:known|referred\s+to)\s+as|"
    r"called|termed)\s[^,]*,?\s*$",
    re.I,
)


def _name_alone(term: str) -> str:
    """The defined name without the other names said beside it, in brackets or commas."""
    return _OTHER_NAME_ASIDE.sub("", _BRACKETED.sub("", term)).strip()


_RANKED_OF_DEFINED = re.compile(
    r"^the\s(?:(?:second|third)\s)?(?:most\scommon|commonest|most\sfrequent|leading)\s"
    r"[a-z-]{3,30}(?:\s[a-z-]{3,30})?\sof\s(?P<name>[\w'’-]{2,40}(?:\s[\w'’-]{2,40}){0,3}),\s"
    r"(?P<phrase>an?\s[^;]{10,200}?)\.?$",
    re.I,
)


def _pronoun_definition(article: Article, following: list[Sentence]) -> Iterator[Fact]:
    """The sentence right after a lead definition of the title, when "It is a …" or "It is
    characterised by …" says more of what the title is (the pronoun can only be the title)."""
    for sentence in following:
        match = _PRONOUN_DEFINES.match(sentence.text)
        if match is None or "%" in sentence.text:
            continue
        yield make_fact(
            FactKind.DEFINITION,
            article,
            sentence.section,
            sentence.text,
            key=("definition", "lead", sentence.text),
            subject=article.title,
            value=match.group("phrase").strip(),
            item=article.title,
            statement=sentence.text,
        )


def _plain_singular(word: str) -> str:
    """A word less its punctuation, lower-cased, in the singular: "Haemangioblastomas," and
    "haemangioblastoma" agree."""
    return singular(word.lower().strip(",;:()"))
