"""What a noun phrase is said to appear as: "Stones appear as signal voids", "Gas is seen as
echogenic foci with dirty shadowing", "On radiographs, the ossicle appears as a well-corticated
fragment".

"appear(s) as" / "is seen as" says an imaging finding whatever the subject's noun, so this
reader takes subjects the lesion vocabulary does not know, named as the level reader names them
(a part or content of the topic is the topic's; another lesion gives nothing). The study is
the one the sentence names, else the section's; a sentence that names none, or a finding of a
minority ("Some … may appear as"), gives nothing. The caller keeps a finding only when no
other reader gave the same subject and study from the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.imaging_levels import clause_subject
from quizgen.extractors.imaging_open import clean_finding, fits_finding
from quizgen.extractors.imaging_prose import section_context
from quizgen.extractors.text import iter_sentences, make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_seen_as_findings"]

_OTHER_SECTION = re.compile(
    r"differential|mimic|distinguish|patholog|histolog|macroscop|microscop|clinical|"
    r"presentation|treatment|management|prognos|related|references|see\s+also",
    re.I,
)
# "On plain radiographs, …", "On T2-weighted images …": an opening that names the study
_OPENING = re.compile(
    r"^(?:(?:on|at|with|in)\s+[^,]{2,50}?(?:,\s*|\s+(?=the\s|a\s|an\s))|"
    # "Sonographically they appear as …": an adverb of how the image was made
    r"[a-z]{4,20}ically,?\s+)",
    re.I,
)
# A word of the subject: not a hedge or an adverb of the verb ("Haemorrhage may appear as").
_WORD = (
    r"(?!(?:may|can|might|could|will|usually|typically|often|commonly|generally|"
    r"characteristically|classically|best|also)\b)[A-Za-z][\w-]{1,30}"
)
_SEEN_AS = re.compile(
    # ("A bony lesion": the one-letter article is no word of the name's own)
    rf"^(?P<np>(?:an?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})\s+"
    r"(?:(?:usually|typically|often|commonly|generally|characteristically|classically|"
    r"best|may|can)\s+)?(?:appears?|(?:is|are|be)\s+(?:(?:usually|typically|often|best)\s+)?"
    r"seen)\s+as\s+"
    r"(?P<finding>[^.;]{3,160})",
    re.I,
)
# Where the finding ends: a new clause, an explanation or the study it is read on.
_FINDING_END = re.compile(
    r",\s*(?:which|and|but|while|whereas|although|reflecting|representing|so|as)\b|"
    # ", best seen on the oblique views": where it shows, not what it looks like
    r",\s*(?:best|better|only|most\s+easily)\s+(?:seen|shown|demonstrated|visuali[sz]ed)\b|"
    r"\s(?:and|but)\s+(?:is|are|may|can|does|do|has|have)\b|"
    r"\s(?:because|due\s+to|owing\s+to|reflecting|representing)\b|"
    r"\s+on\s+(?:(?:both|all|the)\s+)?(?:T1|T2|FLAIR|STIR|DWI|ADC|CT|MRI|ultrasound|"
    r"radiographs?|plain|sequences|images|\w+[- ]weighted)",
    re.I,
)
_FEW = re.compile(r"^(?:some|a\s+few|few|occasional|rare|rarely|older|larger|smaller)\b", re.I)


def _study(said: str, section_study: str) -> list[str]:
    """The studies the sentence's opening and the finding's "on …" name (one family), else
    its section's ("…, and the colour Doppler twinkling artefact …" is another clause's)."""
    named = sequences_in(said)
    # "On MRI, … on T2-weighted images": the sequence, not the whole modality as well
    named = [n for n in named if not any(m.startswith(f"{n} ") for m in named)]
    families = {n.split()[0] for n in named}
    if named and len(families) == 1:
        return named
    return [section_study] if section_study and not named else []


def extract_seen_as_findings(article: Article) -> Iterator[Fact]:
    """(subject, study, finding) of every "X appears as Y" sentence."""
    for sentence in iter_sentences(article):
        section = sentence.section
        if _OTHER_SECTION.search(section.path):
            continue
        text = sentence.text
        opening = _OPENING.match(text)
        rest = text[opening.end() :] if opening else text
        seen = _SEEN_AS.match(rest)
        if not seen or _FEW.match(seen.group("np")):
            continue
        subject = clause_subject(seen.group("np"), sentence.referent, article)
        end = _FINDING_END.search(seen.group("finding"))
        finding = clean_finding(seen.group("finding")[: end.start() if end else None])
        # the study: the opening's, or the one the finding is read "on"
        said = seen.group("finding")[end.start() :] if end else ""
        on = said[:60] if said.lstrip().startswith("on") else ""
        if not subject or not finding or not fits_finding(finding):
            continue
        for study in _study(
            f"{opening.group(0) if opening else ''} {on}", section_context(section)
        ):
            yield make_fact(
                FactKind.APPEARANCE,
                article,
                section,
                text,
                key=(subject, study, "seen as", finding.lower()),
                subject=subject,
                attribute=study,
                value=finding,
                statement=text,
            )
