"""Findings a sentence names as the topic's findings: "Classic findings are A, B and C",
"Typical CT findings include A and B", "The diagnostic finding is A", "Other features are
A and B". The modality is the one the phrase names ("CT findings") or the section's heading
names; a phrase of another kind ("Clinical features", "Histological findings") or of another
thing ("Findings of perforation include …") gives nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging_open import section_modality, skips_section, study_named
from quizgen.extractors.imaging_study_qualified import shown_looks
from quizgen.extractors.imaging_subgroups import subgroup_opening, subgroup_subject
from quizgen.extractors.text import Sentence, iter_sentences, make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_named_findings", "listed_look_facts", "listed_looks"]

# "<up to five words> findings are|include …": the words before the noun say which findings.
_FINDINGS_ARE = re.compile(
    r"^(?P<lead>(?:[\w+/-]+\s){0,5}?)(?:findings|features|appearances?|finding|feature|"
    # ("Clues include A and B": the findings that point to the diagnosis)
    r"hallmarks?|clues?)(?P<of>\s(?:of|in)\s[^,;:]{2,60}?)?\s(?:(?:usually|typically|often|"
    r"commonly|classically|then)\s)?(?:are|is|include|includes|comprise|consist\s+of)"
    r"(?:\s(?:usually|typically|often|commonly|classically))?:?\s(?:(?:that\s)?of\s)?"
    r"(?P<shown>[^;]{3,400})",
    re.I,
)
# Lead words that make the findings another kind than imaging, or a judgement of them.
_NOT_IMAGING = re.compile(
    r"\b(?:clinical|presenting|laboratory|biochemical|histolog\w*|patholog\w*|"
    r"microscopic|macroscopic|gross|cytolog\w*|endoscopic|genetic|molecular|"
    r"physical|examination|associated|other\s+conditions?|no|non-?specific|these|those|"
    r"such|similar|normal|negative|false|incidental|later|earlier|initial)\b",
    re.I,
)
# Lead words a findings phrase may hold: a determiner, a judgement or a kind of findings.
_LEAD_WORD = re.compile(
    r"^(?:the|its|their|other|typical|classic(?:al)?|characteristic|diagnostic|key|main|"
    r"major|minor|important|common|commonest|usual|most|more|reliable|specific|sensitive|"
    r"helpful|useful|early|late|secondary|primary|imaging|radiographic|radiological|"
    r"sonographic|direct|indirect|additional|ancillary|supportive|suggestive|"
    r"pathognomonic|cardinal|hallmark|frequent)$",
    re.I,
)
# A verdict on the findings, no finding: "are variable", "are similar to X", "are typical of
# X", "are scored using PI-RADS", "is non-specific".
_VERDICT = re.compile(
    r"^(?:(?:\w+ly|very|quite|even|much|far|also)\s){0,2}(?:variable|unreliable|reliable|"
    r"unhelpful|helpful|insensitive|sensitive|poor|normal|negative|positive|unremarkable|"
    r"similar|typical|characteristic|diagnostic|"
    r"non-?specific|specific|identical|indistinguishable|different|suggestive|consistent|"
    r"compatible|subtle|absent|present|rare|uncommon|common|seen|shown|found|noted|"
    r"described|reported|limited|better|best|less|more|those|that|these|as\s|not\s|"
    r"[a-z]+ed\s(?:using|by|according|as|on|in|with)\b)",
    re.I,
)
# A setting before the findings: a condition ("With a significant shunt,") keeps the topic.
_CONDITION = re.compile(r"^(?:with|when|if|after|once|as)\s[^,]{2,60},\s", re.I)


def _lead_modality(lead: str) -> tuple[bool, str]:
    """(whether the lead words fit a findings phrase, the study they name or "")."""
    words = lead.split()
    if _NOT_IMAGING.search(lead):
        return False, ""
    for start in range(len(words)):
        if study := study_named(" ".join(words[start:])):
            rest = words[:start]
            return all(_LEAD_WORD.match(w) for w in rest), study
    return all(_LEAD_WORD.match(w) for w in words), ""


def _names_topic(phrase: str, names: tuple[str, ...]) -> bool:
    bare = re.sub(r"^\s*(?:of|in)\s+(?:the\s|an?\s)?", "", phrase, flags=re.I).strip().lower()
    return any(bare in (n, f"{n}s") for n in names)


def extract_named_findings(article: Article) -> Iterator[Fact]:
    """Appearance facts of "(Typical CT) findings are A, B and C": each listed finding is a
    value of the topic (or the subgroup the sentence opens on) on the named modality."""
    names = tuple(n.lower() for n in (article.title, *article.synonyms) if len(n) > 2)
    for sentence in iter_sentences(article):
        if skips_section(sentence.section):
            continue
        text = sentence.text.strip()
        group, rest = subgroup_opening(text, (article.title, *article.synonyms))
        condition = _CONDITION.match(rest) if not group else None
        rest = rest[condition.end() :] if condition else rest
        match = _FINDINGS_ARE.match(rest.strip())
        if match is None:
            continue
        fits, study = _lead_modality(match.group("lead"))
        if _VERDICT.match(match.group("shown")):
            continue
        if not fits or (match.group("of") and not _names_topic(match.group("of"), names)):
            continue
        study = study or section_modality(sentence.section)
        if not study:
            continue
        subject = subgroup_subject(article.title, group) if group else article.title
        yield from listed_look_facts(
            article, sentence, subject=subject, study=study, shown=match.group("shown"), tag="named"
        )


# "with long, thin spicules": an adjective before a comma describes the noun after it; the
# comma is kept out of the list split (then given back).
_ADJECTIVE_COMMA = re.compile(
    r"\b(?P<lead>with|of|an?)\s(?P<adj>thick|thin|long|short|small|large|smooth|irregular|"
    r"dense|round|oval|multiple|numerous|tiny|bright|dark|low|high|[a-z]{3,15}(?:ed|al|ic|ous|"
    r"ar|ive|ular|ent|ant)),\s(?=[a-z])",
    re.I,
)
_KEPT_COMMA = "\u2063"  # an invisible separator no splitter reads
# A listed piece that is no look: where or how often the look is found, a comparison, a
# consequence ("so that …"), or what it is set apart from ("separated from them by …").
_NO_LOOK_PIECE = re.compile(
    r"^(?:(?:found|seen|present|noted|observed|reported|occurring)\s+in\b|"
    r"(?:equal|similar|identical|comparable|higher|lower|greater|less|more)\b|"
    r"so\s+that\b|[a-z]+ed\s+(?:from|by)\b)",
    re.I,
)
_ALONG_WITH = re.compile(r"^(?:together|along)\s+with\s+", re.I)
# "very high T2 signal, equal to that of fluid, found in most cases": the same tails after a
# comma inside a piece
_NO_LOOK_TAIL = re.compile(
    r",\s(?:(?:often|usually|sometimes|typically|\w+ly)\s)?(?:equal|similar|identical|comparable|higher|lower|greater|found|seen|present|"
    r"noted|observed|reported)\b.*$|\s(?:owing|due)\sto\b.*$|\sbecause\sof\b.*$",
    re.I,
)


def listed_looks(shown: str, article: Article) -> Iterator[str]:
    """The looks a listed phrase names, one per piece, without pieces that are no look."""
    kept = _ADJECTIVE_COMMA.sub(lambda m: f"{m.group('lead')} {m.group('adj')}{_KEPT_COMMA}", shown)
    for look in shown_looks(kept, article):
        value = _NO_LOOK_TAIL.sub("", _ALONG_WITH.sub("", look.replace(_KEPT_COMMA, ", ")))
        if value and not _NO_LOOK_PIECE.match(value):
            yield value


def listed_look_facts(
    article: Article, sentence: Sentence, *, subject: str, study: str, shown: str, tag: str
) -> Iterator[Fact]:
    """One appearance fact per look a listed phrase names, read on ``study``; ``tag`` keeps
    the ids of the readers that share this apart."""
    for value in listed_looks(shown, article):
        yield make_fact(
            FactKind.APPEARANCE,
            article,
            sentence.section,
            sentence.text,
            key=(subject, study, tag, value.lower()),
            subject=subject,
            attribute=study,
            value=value,
            statement=sentence.text,
        )
