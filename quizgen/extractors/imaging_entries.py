"""How a listed differential looks, in its own words: "Blake pouch cyst: a normal-sized
posterior fossa and tetraventricular hydrocephalus" → two findings of Blake pouch cyst.

The closed vocabulary (``imaging_prose.extract_differential_appearances``) reads the
signal, density and enhancement words of such an entry; this reads the rest of its
description as findings, one per listed piece, each under the entry's own name (never the
article's lesion). A piece must read as a finding: a noun phrase of a few words, without a
verb, a hedge ("may", "sometimes"), an explanation, an example ("e.g. from …"), a remark on
the entry ("the most important differential") or a word of the clinical picture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging import read_findings, sequences_in
from quizgen.extractors.imaging_open import (
    clean_finding,
    comma_pieces,
    fits_finding,
    places_share_a_head,
)
from quizgen.extractors.text import (
    blocks_with_flat_lists,
    make_fact,
    split_differential_entry,
)
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section

__all__ = ["description_findings", "extract_differential_findings", "image_words"]

_DIFFERENTIAL_SECTION = re.compile(r"differential|mimic", re.I)
# "Differential diagnosis for segmental calcifications includes:" above a list elsewhere.
_DIFFERENTIAL_INTRO = re.compile(r"\b(?:differential|mimics?)\b", re.I)
_NAME_WORDS = 7
_NOT_A_NAME = re.compile(r"^(?:when|if|where|on|in|after|with|for|note|tip|see|e\.g)\b", re.I)
_NAME_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|may|can|shows?|appears?|should|must|will)\b", re.I
)
# A hedge, a condition or a contrast ends what the entry says of itself.
_HEDGE = re.compile(
    r"\b(?:may|might|can|could|sometimes|occasionally|rarely|unlike|whereas|while|although|"
    r"though|but|if|when|unless|rather\s+than|in\s+contrast|compared)\b",
    re.I,
)
# Pieces that remark on the entry or on the patient rather than describe an image.
_NOT_A_FINDING = re.compile(
    r"^(?:e\.g\.|i\.e\.|eg\b|the\s+(?:most|key|main|commonest|usual|classic)\b|"
    r"(?:most|more|less)\s+(?:common|likely|important)|associated\b|look\b|seen\b|"
    r"adults?\b|children\b|infants?\b|patients?\b|typically\s+in\b|usually\s+in\b|"
    r"in\s|at\s|from\s|after\s|history\b|risk\b)|"
    r"\b(?:pain|fever|stature|bleeding|symptom\w*|clinical\w*|histolog\w*|patholog\w*|"
    r"diagnos\w*|differential|distinction|treatment|surgery|trisomy|syndrome|mutation|"
    r"years?|age|incidence|prevalence|smokers?|history|"
    # the laboratory's findings, not an image's: "normal biochemistry", "raised AFP"
    r"biochemi\w*|laborator\w*|serum|blood\s+tests?|markers?)\b",
    re.I,
)
# A piece must name something an image shows: a closed list of the nouns and descriptors of
# form, content, signal and distribution, any organ ("whorled internal pattern", "flow
# voids", "thin-walled cysts"); a place alone ("basal ganglia") or a disease named as an
# association ("tuberous sclerosis") is none.
_IMAGE_WORD = re.compile(
    r"\b(?:walls?|walled|cysts?|cystic|nodul\w*|nodes?|mass(?:es)?|septa\w*|rims?|scars?|"
    r"enhanc\w*|flow|voids?|vessels?|vascular\w*|arter\w*|veins?|draining|calcif\w*|fat|"
    r"fatty|fluid|gas|air|levels?|thick\w*|thin\w*|dilat\w*|narrow\w*|strictur\w*|"
    r"effect|pattern|shape[ds]?|margins?|borders?|contours?|lobulated|spiculated|"
    r"well-defined|ill-defined|circumscribed|matrix|ground-glass|opacit\w*|consolidat\w*|"
    r"reticula\w*|honeycomb\w*|bronchiectasis|emphysema|lucen\w*|lytic|sclerotic|"
    r"expansile|periosteal|cortical|cortex|marrow|oedema|edema|haemorrhag\w*|hemorrhag\w*|"
    r"necro\w*|hydrocephalus|ventricles?|vermis|fossa|sacs?|diverticul\w*|loops?|lumen|"
    r"ducts?|lines|dots?|signs?|appearances?|uptake|avid\w*|signal|attenuat\w*|dens\w*|"
    r"echo\w*|shadow\w*|distribution|predominan\w*|sparing|spared|bilateral|unilateral|"
    r"symmetric\w*|asymmetric\w*|focal|multifocal|diffuse|solitary|multiple|size[d]?|"
    r"enlarge\w*|normal|debris|septum|capsule|pseudocapsule|filling\s+defect|erosion|"
    r"destruction|collapse|deformity|remodel\w*|scalloping|restrict\w*|diffusion|"
    r"(?:hyper|hypo|iso)-?(?:intens\w*|attenuat\w*|dens\w*|echo\w*|vascular\w*|enhanc\w*)|"
    r"an?echoic|tram-track|target|whorled|trabecula\w*)\b",
    re.I,
)


def image_words(text: str) -> list[str]:
    """The words of ``text`` that name something an image shows (lower case)."""
    return [m.group(0).lower() for m in _IMAGE_WORD.finditer(text)]


# A verb in a clause: what the entry does ("displaces the ICA and the IJV laterally"), whose
# objects are no findings of their own; the whole clause is left out.
_VERB_WORD = re.compile(
    r"\b(?:lies|lie|displaces?|involves?|presents?|found|extends?|preserving|increasing|"
    r"arises?|occurs?|affects?|encases?|elevates?|calcifies|decreases|increases|invades?|"
    r"surrounds?|compresses|crosses|spreads?|resembles?|mimics?)\b",
    re.I,
)
# A word of frequency, certainty or the patient in a piece: a remark, not a finding.
_CLAUSE_WORD = re.compile(
    r"\b(?:possible|possibly|probable|typical|typically|common|commonly|rare|rarely|reliable|usual|"
    r"usually|often|better|worse|prognosis|men|women|children|adults?|elderly|adolescents?|"
    r"patients?|smokers?|infants?|young\w*|older|aged|neonates?|boys|girls)\b",
    re.I,
)
_MAX_WORDS = 12
# "not restricted": a negation whose noun the entry left out says nothing on a card
_BARE_NOT = re.compile(r"^not\s", re.I)
_LEAD_WITH = re.compile(r"^with\s+(?:a\s+|an\s+)?", re.I)
# "duct dilatation with parenchymal", "retropharyngeal oedema that": cut before its noun
_LOOSE_END = re.compile(
    r"\b(?:that|which|who|whose)$|\bwith\s+(?:an?\s+)?(?:[\w-]+,\s*)?[\w-]+(?:al|ar|ic|ous)$",
    re.I,
)


def _descriptions(section: Section, article: Article, *, whole: bool) -> Iterator[str]:
    """Every "name: description" entry of the section's lists (of every list when
    ``whole``, else of those whose intro names a differential); a text extraction's run of
    such lines that lost its bullets is the list it was."""

    def items(entries: tuple[ListItem, ...]) -> Iterator[str]:
        for entry in entries:
            yield entry.text
            yield from items(entry.children)

    intro = ""
    for block in blocks_with_flat_lists(section, article):
        if block.kind is BlockKind.PARAGRAPH:
            intro = block.text.rsplit(".", maxsplit=1)[-1] or block.text
        elif block.kind is BlockKind.LIST and (whole or _DIFFERENTIAL_INTRO.search(intro)):
            yield from items(block.items)


def _name(label: str) -> str:
    name = label.strip()
    if (
        len(name.split()) > _NAME_WORDS
        or _NOT_A_NAME.match(name)
        or sequences_in(name)
        or _NAME_VERB.search(name)
    ):
        return ""
    return name


# " and " between two findings: the half before it ends on a noun ("thick septa and solid
# tissue"); "the mid and distal renal arteries", "normally sized and lobulated" are one.
_NOT_A_NOUN = re.compile(
    r"(?:ed|ly|al|lar|ic|ous|ive|ent|ant)$|^(?:mid|upper|lower|inner|outer|both|either)$", re.I
)


def _pieces(clause: str) -> list[str]:
    pieces: list[str] = []
    for piece in comma_pieces(clause):
        left, _and, right = piece.partition(" and ")
        last = left.split()[-1] if left.split() else ""
        halves = right and min(len(left.split()), len(right.split())) >= 2
        if halves and not _NOT_A_NOUN.search(last) and not places_share_a_head(piece):
            pieces.extend((left, right))
        else:
            pieces.append(piece)
    return pieces


def _findings(description: str, *, read: bool) -> Iterator[tuple[str, str]]:
    """(raw, value) of each piece of a description that reads as an image finding; ``read``:
    the vocabulary reader has read the entry (in a differential section), so what it names
    is left to it."""
    for piece in description.split(";"):
        hedge = _HEDGE.search(piece)
        clause = piece[: hedge.start()] if hedge else piece
        if _VERB_WORD.search(clause):
            continue
        for raw in _pieces(clause):
            value = _LEAD_WITH.sub("", clean_finding(raw))
            if "(" in value or ")" in value or _LOOSE_END.search(value) or _BARE_NOT.match(value):
                continue  # a piece cut inside brackets or before its noun
            if (
                value
                and len(value.split()) <= _MAX_WORDS
                and fits_finding(value)
                and _IMAGE_WORD.search(value)
                and not _CLAUSE_WORD.search(value)
                and not _NOT_A_FINDING.search(value)
                and not (read and read_findings(raw, ""))
            ):
                yield raw, value


def description_findings(description: str) -> Iterator[tuple[str, str]]:
    """(raw, value) of each piece of a listed description that reads as an image finding and
    that the closed vocabulary does not read."""
    return _findings(description, read=True)


def extract_differential_findings(article: Article) -> Iterator[Fact]:
    """Open findings of each "name: description" entry of a differential list."""
    for section in article.sections:
        whole = _DIFFERENTIAL_SECTION.search(section.path) is not None
        for text in _descriptions(section, article, whole=whole):
            label, description = split_differential_entry(text)
            name = _name(label) if description else ""
            if not name:
                continue
            for _raw, value in _findings(description, read=whole):
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    section,
                    text,
                    key=(name, "imaging", "open", value.lower()),
                    subject=name,
                    attribute="imaging",
                    value=value,
                    statement=text,
                )
