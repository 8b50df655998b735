"""Imaging appearance stated in sentences: "Meningiomas are isointense to grey matter on T1
and T2 with homogeneous enhancement after gadolinium" → one fact per sequence.

The subject is the sentence's own subject when it is the article's lesion ("most
meningiomas", "the lesion", "it"), a kind of it ("fat-poor angiomyolipomas") or a part of it
("the cyst wall", "calcifications"); any other subject (another disease, "the surrounding
brain") gives no fact. Only the main clause counts: what follows "unlike", "whereas",
", which", a hedge ("may", "rarely") or a condition ("if", "when") is left out, so a
differential's appearance or an atypical variant never becomes this article's finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quizgen.extractors.imaging import (
    ENHANCEMENT_PREDICATE,
    MORPHOLOGY,
    REFERENCE_TISSUE_AHEAD,
    SEQUENCE_GROUP,
    graded_against,
    has_finding_words,
    read_findings,
    sequences_in,
)
from quizgen.extractors.imaging_property import property_finding
from quizgen.extractors.imaging_subgroups import (
    stage_label,
    subgroup_opening,
    subgroup_subject,
    subtype_subject,
)
from quizgen.extractors.text import (
    ADJECTIVE_ENDING,
    make_fact,
    split_differential_entry,
    split_label,
    split_sentences,
)
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.normalize import same_name, singular
from quizgen.phrases import shares_a_word

__all__ = [
    "extract_differential_appearances",
    "extract_prose_appearances",
    "names_article",
    "names_lesion_or_part",
    "others_features",
    "part_label",
    "section_context",
    "site_label",
    "telegraphic",
    "treated_site",
    "vocabulary_facts",
]

# A site's navigation ("Related articles: Breast imaging") lists titles of other pages, each
# a link, not findings of this one, whatever its heading's words.
NAVIGATION_SECTION = r"related\s+(?:articles|cases|pages)|see\s+also|references|further\s+reading"
_SKIP_SECTION = re.compile(rf"differential|mimic|distinguish|{NAVIGATION_SECTION}", re.I)
# Sections where shape and margin words describe the specimen or the patient, not an image.
_GROSS_SECTION = re.compile(
    r"patholog|histolog|macroscop|microscop|gross|clinical|presentation|epidemiolog|aetiolog|"
    r"etiolog|genetic|treatment|management|prognos",
    re.I,
)
# Where the main clause ends: a contrast with something else, a hedge or a condition.
_CLAUSE_END = re.compile(
    # "compared with" ends the clause unless it names the tissue the level is graded against
    r";|\s[-–—]\s|\b(?:whereas|while|unlike|in contrast|by contrast|"
    r"compared (?:with|to)(?!" + REFERENCE_TISSUE_AHEAD + r")|"
    # ("frond-like", "cyst-like": the end of a compound adjective, no comparison)
    r"as opposed to|rather than|similar to|(?<!-)like|mimic\w*|distinguish\w*|differentiat\w*|"
    r"differential|except|may|might|can|could|rarely|occasionally|uncommonly|infrequently|"
    r"seldom|sometimes|atypical\w*|unusual\w*|less (?:commonly|often|frequently)|"
    r"if|when|unless|until|after which|by which time|(?:al)?though|"
    r"after (?:treatment|therapy|radiotherapy|chemotherapy)|"
    r"following (?:treatment|therapy))\b|,\s*which\b|,\s*(?:but|and)\s+(?:the|a|an|other)\b",
    re.I,
)
# Openings that carry no subject: "On T2-weighted images, …", "Typically, …", "Unlike X, …".
_LEAD = re.compile(
    # an opening phrase holds no finite verb: "On T1 images thymomas are of intermediate
    # signal, …" opens on "On T1 images", not on everything before the comma
    # "After contrast they enhance avidly", "Following gadolinium, the nodule enhances"
    r"^(?:(?P<agent>(?:after|following|with|on)\s+(?:the\s+)?(?:administration\s+of\s+)?"
    r"(?:intravenous\s+|IV\s+|iodinated\s+)?(?:contrast|gadolinium)(?:\s+(?:administration|"
    r"agent|medium|injection))?)(?:\s*,\s*|\s+(?=(?:the|a|an|these|this|most|all|they|it|there)\s))|"
    r"(?P<on>(?:on|at|in|with|using|after|following)\s+"
    r"(?:(?!(?:is|are|was|were|shows?|appears?|has|have)\b)[^,]){1,60}?)\s*,\s*|"
    r"(?P<bare>(?:on|at|in|with|using)\s+(?:the\s+)?(?:" + SEQUENCE_GROUP + r")"
    # "On CT angiography the mass …": the technique's own word is part of the opening
    r"(?:\s+(?:angiograph\w*|venograph\w*|urograph\w*|enterograph\w*|colonograph\w*|"
    r"perfusion))?"
    r"(?:\s+(?:images?|imaging|sequences?|scans?))?)\s+|"
    # "Relative to muscle, the tumour is iso- or slightly hyperintense on T1": the reference
    # tissue, not the subject
    r"(?:relative|compared)\s+(?:to|with)\s+[^,;]{1,40}?\s*,\s*|"
    r"(?:typically|usually|characteristically|classically|generally|overall|however|"
    r"in (?:most|the majority of) cases|in general|most often|radiologically|on imaging)"
    r"\s*,?\s+|"
    # "Antenatally, X appears as …", "Sonographically, …": an adverb of when or how seen;
    # one of rarity ("Rarely, …", "Occasionally, …") qualifies the finding and stays
    r"(?!(?:rarely|occasionally|infrequently|uncommonly|seldom|only|early|likely)\b)"
    r"[a-z]{3,20}ly\s*,\s+|"
    # "Although seldom required, MRI shows …", "If performed, CT shows …": the opening says
    # when the modality is used, not what the lesion looks like
    r"(?:although|though|if|when|where)\s+(?:(?:seldom|rarely|not|often|usually|routinely|"
    r"always)\s+)?(?:required|performed|needed|necessary|available|obtained|done|indicated)"
    r"\s*,\s*|"
    # "Because of haemosiderin, the mass is …": the cause of the finding, not its subject
    r"(?:because\s+of|owing\s+to|due\s+to|as\s+a\s+result\s+of)\s+[^,;]{1,50}?\s*,\s*)",
    re.I,
)
# An opening that names how the image was made, written without a comma.
_OPENING = re.compile(
    r"^(?:on|at|in|with|using)\s[^,.;]{0,50}?\b(?:imaging|images|sequences?|scans?|"
    r"(?:" + SEQUENCE_GROUP + r"))\s+(?=(?:the|a|an|these|this|most|all|they|it)\s|"
    # or a bare noun phrase that a verb closes: "On T2-weighted images thymomas are …"
    r"(?:[A-Za-z][\w-]{1,25}\s){1,3}(?:is|are|appears?|shows?|demonstrates?)\b)",
    re.I,
)
_VERB = re.compile(
    r"\s(?:is|are|was|were|appears?|shows?|demonstrates?|displays?|exhibits?|has|have|"
    r"returns?|enhances?|enhance|restricts?|tends?|typically|usually|often|commonly|"
    r"frequently|generally|characteristically|classically|invariably|will|becomes?|"
    r"remains?|contains?|looks?|seems?|do|does|lacks?|loses?|may|might|can|could|also|"
    r"blooms?|follows?)\b",
    re.I,
)
_DETERMINER = re.compile(
    r"^(?:the (?:vast )?majority(?: of)?|the|a|an|any|these|this|those|such|most|many|all|both|"
    r"nearly all|almost all|(?:more|less) common|commoner|rarer|"
    r"(?:~|≈|approximately|about|around|over|more than|>)?\s*"
    r"(?P<share>\d{1,3}(?:\.\d)?)\s*%\s*(?:of)?)\s+",
    re.I,
)
_FEW = re.compile(
    r"^(?:some|a few|few|a minority of|a small number of|occasional|rare|if|when|although|"
    r"because|as|since|after|before|unless|while|whereas|once|where)\b",
    re.I,
)
# A title naming a disease or condition rather than a lesion: its "cysts" or "plaques" are
# its lesions, not the disease itself.
_CONDITION = re.compile(
    r"(?:disease|syndrome|itis|osis|pathy|plasia|trophy|ectasia|aemia|emia|ism)$", re.I
)
# A subject that sums up the article's lesion: "the typical appearance", "the key finding".
_SUMMARY = re.compile(
    r"^(?:the\s+)?(?:typical|classic(?:al)?|characteristic|usual|key|main|principal|commonest|"
    r"most\s+common|hallmark|cardinal)\s+(?:imaging\s+)?(?:appearance|finding|feature|"
    r"picture|presentation)$|"
    # "The imaging hallmark is a well-defined cystic mass"
    r"^(?:the\s+)?(?:imaging|radiological|radiographic|sonographic)\s+(?:hallmark|picture)$",
    re.I,
)
# "is absent", "are typically present" — but not "present in meningiomas" (another lesion's)
# nor "present in a minority".
_RARITY = re.compile(
    r"^\s(?:is|are)\s+(?:(?:very|relatively|distinctly|exceedingly)\s+)?"
    r"(?:rare|uncommon|unusual|infrequent|exceptional)\b",
    re.I,
)
_PRESENCE = re.compile(
    r"^\s(?:is|are)\s+(?:(?:typically|usually|often|commonly|frequently|always|"
    r"characteristically)\s+)?(?:absent|present|seen|visible|identified|common|frequent|typical|"
    r"characteristic)\b(?!\s+(?:in|among|within)\s+(?!\d|most\b|the\s+majority\b|"
    r"(?:up\s+to|about|around|approximately|over|more\s+than)\b))",
    re.I,
)
_THERE = re.compile(
    r"^there\s+(?:is|are|was|were)\s+(?:(?:typically|usually|often|commonly|generally)\s+)?",
    re.I,
)
# "A typical fibroid": after an article the qualifier describes; without one it may name a
# subtype ("Classic PTC", "Typical carcinoids"), which stays.
_TYPICAL_LEAD = re.compile(r"^(?:the|a|an)\s+(?:typical|classic(?:al)?|usual|ordinary)\s+", re.I)
# Words that say which of the article's lesions, not what else: "small tumours" are its own.
_SIZE = frozenset(("small", "smaller", "large", "larger", "big", "bigger", "tiny", "giant"))
# "the solid tumour", "the cystic lesion": the lesion's solid or cystic part, not a kind of it
_COMPONENT = frozenset(
    ("solid", "cystic", "necrotic", "enhancing", "haemorrhagic", "hemorrhagic", "fatty")
)
_PRONOUN = re.compile(r"^(?:it|they|this|these|those|both)$", re.I)
# "classic" and "conventional" name a variant ("classic PTC"), "typical" the lesion itself
_TYPICAL = frozenset(("typical", "usual"))
_LESION = frozenset(
    (
        *("lesion", "tumour", "tumor", "mass", "nodule", "neoplasm", "cyst", "abnormality"),
        *("plaque", "deposit", "cavity", "collection"),
        # an injury named by its class: "The tear is hyperintense on T2" on a rupture page
        *("tear", "rupture", "fracture", "injury"),
    )
)
_PART = frozenset(
    (
        *("rim", "wall", "capsule", "septa", "septum", "septation", "component", "portion"),
        *("part", "scar", "nidus", "matrix", "halo", "margin", "periphery", "centre", "center"),
        *("nodule", "focus", "foci", "area", "region", "calcification", "content", "fluid"),
        *("cleft", "band", "ring", "tail", "stalk", "core", "oedema", "edema", "haemorrhage"),
        *("hemorrhage", "necrosis", "fat", "thrombus"),
        # parts by which lesions are described in any organ: "the cartilage cap", "the neck"
        *("cap", "base", "pedicle", "neck", "dome", "pseudocapsule", "lumen", "sac", "debris"),
        *("perichondrium", "vessel", "matrix", "cortex", "medulla", "marrow", "epicentre"),
        *("artery", "vein"),
        # blood products that bloom or shorten T1 in any lesion
        *("haemosiderin", "hemosiderin", "methaemoglobin", "methemoglobin"),
    )
)
# Lesions of another kind than the article's, named as a sentence's subject ("Bone metastases
# are lytic", "Fibrotic strictures are of low T2 signal"): the finding is theirs, under their
# own name, never the title's. Singular forms as _singular gives them ("metastase").
_OTHER_LESION = frozenset(
    (
        *("metastase", "metastasis", "stricture", "stenosis", "fistula", "abscess", "haematoma"),
        *("hematoma", "aneurysm", "pseudoaneurysm", "polyp", "ulcer", "effusion", "infarct"),
        *("node", "lymphadenopathy", "adenopathy", "calculus", "stone", "implant"),
    )
)
_MODALITY_WORDS = re.compile(
    r"\b(?:imaging|images?|scans?|study|studies|examination|sequences?|appearances?|the|"
    # the body region a modality is aimed at ("Cardiac MRI shows …") names no other subject
    r"cardiac|brain|cranial|spinal|spine|breast|chest|thoracic|abdominal|pelvic|prostate|"
    r"hepatic|liver|renal|musculoskeletal|fetal|neck|whole-body|dedicated|cross-sectional|"
    r"multiphase|dynamic)\b",
    re.I,
)
_SEQUENCE_WORDS = re.compile(rf"(?:{SEQUENCE_GROUP})(?:-\w+)?", re.I)
_MAX_SUBJECT_WORDS = 8
_MIN_SHARE = 50.0  # a finding of a minority ("isodense in 25%") is not how it typically looks


@dataclass(frozen=True, slots=True)
class _Subject:
    """Whom a sentence is about, the sequence its opening names, and a share it counts."""

    name: str
    context: str = ""
    share: float | None = None
    # "the remainder iso- or hypodense" after a share: a second finding beside the first
    remainder: bool = False


def _singular(word: str) -> str:
    word = word.lower().strip("()")
    if word.endswith(("sses", "xes", "ches")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    if word.endswith("ae") and len(word) > 4:
        return word[:-1]
    return word


_WORD = re.compile(r"[\w]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_singular(w) for w in _WORD.findall(text.replace("-", " ")))


_OF_PHRASE = re.compile(r"\s+(?:of|in|within|with)\s+")


def _head(phrase: str) -> str:
    """The noun a phrase is about: "the wall of the cyst" → "wall", "cystic lesions" → "lesion"."""
    before_of = _OF_PHRASE.split(phrase, maxsplit=1)[0]
    words = _words(before_of)
    return words[-1] if words else ""


def names_lesion_or_part(phrase: str) -> bool:
    """Whether this reader takes ``phrase`` as a sentence subject of the article's own (a
    lesion or a part of one: "the wall", "cystic components"), rather than an organ's part
    ("the caudate lobe") that it leaves to the open findings."""
    head = _head(phrase)
    return head in _PART or head in _LESION


def part_label(label: str, article: Article) -> str:
    """A label over a lesion's signal lines as a card's subject: a part, or a lone lesion
    noun beside one ("Solid component", "Cyst" atop a table's columns), is the article's
    ("cyst of pilocytic astrocytoma"); any other label (another lesion, a kind) as written."""
    words = _words(label)
    # "nodule" names a part ("mural nodule") and a lesion ("regenerative nodule"): only a
    # word that names nothing but a part makes the label a part
    if set(words) & (_PART - _LESION) or (len(words) == 1 and words[0] in _LESION):
        return _of_article(label, article)
    return label


def site_label(label: str, article: Article) -> str:
    """A label that names a place of the body over the article's signal lines ("globus
    pallidus: T2: hyperintense") as a card's subject: the article's disease there ("globus
    pallidus in carbon monoxide poisoning"), never the place itself, which a card would teach
    as looking so in everyone."""
    place = label if label[1:2].isupper() else label[:1].lower() + label[1:]
    # "Marchiafava-Bignami disease": a capital inside the title marks a person's name
    title = article.title if _INNER_CAPITAL.search(article.title) else _lower_title(article)
    return f"{place} in {title}"


_INNER_CAPITAL = re.compile(r"[a-z][-\s][A-Z][a-z]")


def _topic_after(
    sentence: str, article: Article, topic: str | None, properties: bool
) -> str | None:
    """The topic after a sentence with no subject of its own: after a property, the topic; a
    pronoun after another subject is not resolved. "Calcification is uncommon.", "Diffusion
    restriction is marked.": a finding of the topic as the subject leaves the lesion the
    topic (not a part the sentence before named: after "Haemorrhage appears hyperdense.
    Calcification is uncommon." it is the lesion)."""
    if properties:
        return topic
    if _FINDING_OPENING.match(sentence):
        return article.title if _of_own(topic, article) else topic
    return _opens_on_title(sentence, article) or None


def _of_own(subject: str | None, article: Article) -> bool:
    """Whether a subject is a part of the article's lesion ("haemorrhage of glioblastoma")."""
    return bool(subject) and str(subject).endswith(f" of {_lower_title(article)}")


def _synonym_heads(article: Article) -> set[str]:
    """The head nouns of the article's other names of two words or more ("stone" of "Common
    bile duct stones", "tumour" of "Brown tumour of hyperparathyroidism")."""
    return {_head(name) for name in article.synonyms if len(_words(name)) > 1} - {""}


def _names(article: Article) -> list[tuple[str, ...]]:
    return [_words(n) for n in (article.title, *article.synonyms) if n.strip()]


_LETTERS = re.compile(r"[A-Za-z]+")


def _initials(article: Article) -> str:
    """ "ptc" for "Papillary thyroid carcinoma" (three letters or more), else ""."""
    words = [w for w in _LETTERS.findall(article.title) if w.lower() not in ("of", "the")]
    return "".join(w[0] for w in words).lower() if len(words) >= 3 else ""


_POSSESSIVE = re.compile(r"^(?:its|their)\s+(?=\w)", re.I)


def _unpossessed(phrase: str, article: Article, previous: str | None) -> str:
    """ "margin" for "Its margin" when "its" stands for the article's lesion (the possessive
    is no word of the name); "" when it stands for another thing, whose part is left alone."""
    possessive = _POSSESSIVE.match(phrase)
    if not possessive:
        return phrase
    return phrase[possessive.end() :] if previous in (None, article.title) else ""


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _classify(
    phrase: str, article: Article, previous: str | None, *, the_one: bool = False
) -> str | None:
    """The fact's subject for a sentence subject, or None when it is something else;
    ``the_one``: the phrase was introduced by "the" (one lesion, not a kind of lesions)."""
    phrase = _BRACKETED.sub("", phrase).strip().strip(",")
    if _PRONOUN.match(phrase):
        return previous
    phrase = _unpossessed(phrase, article, previous)
    acronym = _initials(article)  # "Classic PTC" in "Papillary thyroid carcinoma"
    # The regex (one per title) runs only when the phrase can hold the letters at all.
    if acronym and (acronym in phrase.lower() or not phrase.isascii()):
        phrase = re.sub(rf"\b{acronym}s?\b", article.title.lower(), phrase, flags=re.I)
    words = _words(phrase) if phrase else ()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    names = _names(article)
    # "Fibroadenomas" in "Fibroadenoma of the breast": a title's head is the noun before "of"
    title_heads = {names[0][-1], _head(article.title)} if names[0] else set()
    if len(words) > 1 and words[0] in _TYPICAL:
        words = words[1:]  # "A typical fibroid" is the article's lesion as it usually looks
    # "Desmoids" for "Desmoid tumour", "Carcinoids" for "Carcinoid tumour": the name's
    # modifier used as the noun
    modifiers = {n[0] for n in names if len(n) == 2 and n[1] in _LESION}
    if (
        words in names
        or (len(words) == 1 and (words[0] in title_heads or words[0] in modifiers))
        # "Stones" in "Choledocholithiasis" (also "Common bile duct stones"): a bare head noun
        # of another of its names is the article's lesion, not a kind of it
        # (the head before "of": "hyperparathyroidism" in "Brown tumour of hyperparathyroidism"
        # is another condition)
        or (len(words) == 1 and words[0] in _synonym_heads(article))
        or _affected_by_title(words, names[0])  # "the sequestered lung" in "… sequestration"
    ):
        return article.title  # "Most meningiomas", "Oncocytomas" in "Renal oncocytoma"
    head = _head(phrase)
    bare_lesion = len(words) == 1 and head in _LESION and not _CONDITION.search(names[0][-1])
    if bare_lesion or _SUMMARY.match(phrase) or _primary_lesion(words, head, names[0]):
        # "the lesion", "tumours"; "The classic appearance is an oval, circumscribed mass";
        # "the primary tumour" of a cancer, beside its nodes
        return article.title
    heads = {n[-1] for n in names if n} | title_heads
    if head in heads or head in _LESION or head in _PART:
        # "fat-poor angiomyolipomas", "solid tumours" are kinds of it; "the nidus", the
        # "cysts" of a disease are its parts
        # "Small tumours" of a parotid adenoma are its own, told apart by size only
        return _kind_or_part(phrase, words, head, heads, article, the_one=the_one)
    return _other_lesion(phrase, head, article)


_SPREAD_HEADS = frozenset(("metastase", "metastasis", "metastases"))


def _other_lesion(phrase: str, head: str, article: Article) -> str | None:
    """The subject for a lesion of another kind than the article's, or None."""
    if head in _SPREAD_HEADS and not {_singular(w) for w in _words(article.title)} & _SPREAD_HEADS:
        # "Liver metastases" in an article on a primary tumour are its own, not all liver
        # metastases: "Carcinoid tumour (liver metastases)"
        return subgroup_subject(article.title, phrase.lower())
    if head in _STONES and len(_words(phrase)) == 1 and _on_stones(article):
        return article.title  # "A calculus appears as …" in "Sialolithiasis": its own stone
    # "fibrotic strictures": another lesion, under its own name; so is a form of the
    # article's named by a kin word ("An adenomyoma appears as …" in "Adenomyosis")
    return phrase if head in _OTHER_LESION or _kin_of_title(head, article) else None


_KIN_STEM = 6  # "adenomyoma" and "adenomyosis" share "adenom"; "cystic" and "cystitis" do not


def _kin_of_title(head: str, article: Article) -> bool:
    """Whether a one-noun lesion name shares a long stem with a word of the title while
    naming another condition by its ending (a form or focal variant of it)."""
    if len(head) < _KIN_STEM + 2 or not _KIN_ENDING.search(head):
        return False
    stem = head[:_KIN_STEM]
    return any(
        word[:_KIN_STEM] == stem and word != head for name in _names(article) for word in name
    )


_KIN_ENDING = re.compile(r"(?:oma|omas|osis|itis|iasis|cele|cyst|cysts)$")


_STONES = frozenset(("calculus", "calculi", "stone", "lith"))


def _on_stones(article: Article) -> bool:
    """Whether the article is on stone disease ("Nephrolithiasis", "Urolithiasis"): a stone
    is then its own lesion, not another beside it."""
    return any(w.endswith("lithiasis") for name in _names(article) for w in name)


def names_other_lesion(phrase: str, article: Article) -> bool:
    """Whether a sentence subject names a lesion, a kind or a part of one other than the
    article's as a whole ("Abscesses", "Fat-poor tumours", "The wall"); not a structure of
    the body the vocabulary does not know ("The left subclavian artery origin")."""
    return _classify(phrase, article, None) not in (None, article.title)


_AN_OR_THE = re.compile(r"^(?:a|an|the)\s+", re.I)


def names_article(phrase: str, article: Article) -> bool:
    """Whether a sentence subject is the article's own lesion by another word: "A tumour" in
    an article on a carcinoma, "the haematoma" in one on a subdural haematoma, "a typical
    NOF" (never a part, a kind of it or another lesion)."""
    bare = _AN_OR_THE.sub("", phrase.strip(), count=1)
    words = _words(bare)
    if len(words) > 1 and words[0] in _TYPICAL:
        words = words[1:]
    # one noun: "a plunging ranula" is a kind of it, whose look is not the whole's
    return len(words) == 1 and _classify(bare, article, None) == article.title


def _primary_lesion(words: tuple[str, ...], head: str, title: tuple[str, ...]) -> bool:
    """ "The primary tumour", "primary lesions": the article's own lesion, told apart from
    its nodes and metastases; in an article on metastases the primary is another's."""
    return (
        len(words) == 2
        and words[0] == "primary"
        and head in _LESION
        and not any(w.startswith(("metasta", "secondar")) for w in title)
    )


_PROCESS_NOUN = re.compile(r"(?:tion|sion|ure|ment)$")
_STEM = 7  # letters a participle shares with its process noun: "sequest(ered|ration)"


def _affected_by_title(words: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Whether a short phrase names the organ as the title's process leaves it: a participle
    of the process noun the title holds ("the herniated disc" in "Disc herniation", "the
    infarcted bowel" in "Bowel infarction")."""
    if len(words) > 3:
        return False
    processes = {w[:_STEM] for w in title if len(w) >= _STEM and _PROCESS_NOUN.search(w)}
    return any(len(w) >= _STEM and w.endswith("ed") and w[:_STEM] in processes for w in words)


def _kind_or_part(
    phrase: str,
    words: tuple[str, ...],
    head: str,
    heads: set[str],
    article: Article,
    *,
    the_one: bool,
) -> str:
    """ "fat-poor angiomyolipomas" are a kind of it, "the nidus" a part, "the solid tumour"
    its solid component, "small tumours" its own told apart by size."""
    if head in _LESION and len(words) == 2 and words[0] in _COMPONENT and the_one:
        return f"{words[0]} component of {_lower_title(article)}"
    sized = len(words) > 1 and set(words[:-1]) <= _SIZE
    if sized and head not in _LESION and head in heads:
        # "Small meningiomas" in "Meningioma": the article's own lesion at a size
        return subgroup_subject(article.title, " ".join(words[:-1]))
    sized = sized and head in _LESION
    kind_of = not sized and (head in heads or (head in _LESION and len(words) > 1))
    return phrase if kind_of else _of_article(phrase, article, named=not sized)


def _of_article(phrase: str, article: Article, *, named: bool = True) -> str:
    """A part or lesion named without the article's lesion is the article's: "the nidus" in
    "Osteoid osteoma" → "nidus of osteoid osteoma"; "cysts" in a disease → "cysts of …"."""
    # the name's head, not a modifier of it: "the central fat" in "Fat necrosis of the
    # breast" is its part, not the fat the name begins with
    own = {name[-1] for name in _names(article) if name} | {_head(article.title)}
    if named and set(_words(phrase)) & own:
        return phrase  # "the cyst wall" in "Simple breast cyst" names it already
    return f"{phrase} of {_lower_title(article)}"


def _within(part: str, subject: str, article: Article) -> str:
    """Whose look a finding "in fibrotic areas" is: that part of the article's lesion ("fibrotic
    areas of sclerosing mesenteritis"), or of another subject the sentence names."""
    if not part:
        return subject
    if same_name(subject, article.title) or subject.endswith(f" of {_lower_title(article)}"):
        return _of_article(part, article)
    return f"{part} of {subject}"


def _lower_title(article: Article) -> str:
    """The title as it reads inside a phrase: "osteoid osteoma", but "MRI-negative …" and
    "Fahr disease" (a person's name before the kind of disorder it names)."""
    title = article.title
    if not title[1:2].islower() or _names_a_person(article):
        return title
    return title[:1].lower() + title[1:]


# "Fahr disease", "Tarlov cyst": one capitalised word that is no adjective, then the kind of
# disorder ("Coeliac disease" and "Renal cyst" open on adjectives).
_EPONYM_TITLE = re.compile(
    rf"(?![A-Za-z]{{2,20}}{ADJECTIVE_ENDING}\s)"
    r"(?P<name>[A-Z][a-z]{2,20})(?:['’]s)?\s(?:disease|syndrome|sign|tumou?r|lesion|"
    r"malformation|anomaly|phenomenon|cyst|palsy|disorder|triad|contracture)\b"
)


def _names_a_person(article: Article) -> bool:
    """Whether the title opens on a person's name: the eponym shape, and the article never
    writes the word in small letters ("hydatid cysts", "compartment pressure" do)."""
    match = _EPONYM_TITLE.match(article.title)
    if match is None:
        return False
    lower = re.compile(rf"\b{re.escape(match.group('name').lower())}\b")
    return not any(
        lower.search(block.text) for section in article.sections for block in section.blocks
    )


def _without_determiners(phrase: str) -> tuple[str, float | None]:
    """The phrase without its determiners ("the majority of", "70% of"), and the share one
    of them counts."""
    share: float | None = None
    while phrase and (determiner := _DETERMINER.match(phrase + " ")):
        if determiner.group("share"):
            share = float(determiner.group("share"))
        phrase = phrase[determiner.end() :].strip()
    return phrase, share


def _openings(sentence: str) -> tuple[str, str]:
    """(the sequence the sentence's openings name, the sentence after them): "On T2, …"."""
    context = ""
    rest = sentence
    for _ in range(3):
        lead = _LEAD.match(rest)
        if not lead:
            break
        opening = lead.group("on") or lead.group("bare")
        if opening and (named := sequences_in(opening)):
            context = named[0]
        elif lead.group("agent") and "gadolinium" in lead.group("agent").lower():
            context = "MRI T1 C+"
        rest = rest[lead.end() :]
    opening = _OPENING.match(rest)
    if opening:  # "On dynamic contrast-enhanced imaging the nidus shows …"
        context = context or next(iter(sequences_in(opening.group(0))), "")
        rest = rest[opening.end() :]
    return context, rest


def _topic_lead(rest: str, context: str, previous: str | None) -> tuple[_Subject, str] | None:
    """The topic's subject for an opening that names none of its own: "There is no
    calcification", "the remainder are iso- or hypodense"; else None."""
    if remainder := _REMAINDER.match(rest):
        return _Subject(previous or "", context, remainder=True), rest[remainder.end() :]
    if there := _THERE.match(rest):
        return _Subject(previous or "", context), rest[there.end() :]
    return None


_THE = re.compile(r"the\s", re.I)


def _subject_of(sentence: str, article: Article, previous: str | None) -> tuple[_Subject, str]:
    """(subject, the rest of the sentence after it); subject name "" when none is known."""
    context, rest = _openings(sentence)
    # "Enhancement, when present, tends to be mild": the aside says when, not what
    rest = _ASIDE.sub(r"\g<subject>", rest, count=1)
    # "Fibrotic strictures, in contrast, are of low T2 signal": the aside contrasts this
    # subject with the last; the subject is still the words before it
    rest = _CONTRAST_ASIDE.sub(r"\g<subject> ", rest, count=1)
    if topic := _topic_lead(rest, context, previous):
        return topic
    verb = _VERB.search(rest)
    opening = _without_setting(rest[: verb.start()].strip(), article) if verb else None
    if verb is None or opening is None:
        return _Subject(""), rest
    if not _SUMMARY.match(opening):
        opening = _TYPICAL_LEAD.sub("", opening)  # "A typical fibroid" is the fibroid
    phrase, share = _without_determiners(opening)
    tail = rest[verb.start() :]
    # "Calcification is rare and periosteal reaction is absent": the rare finding is no part
    # of the lesion that owns the rest (imaging_rarity reads the rarity)
    rare = has_finding_words(phrase) and _RARITY.match(tail) is not None
    if _FEW.match(phrase) or "," in phrase or rare:
        return _Subject(""), rest
    presence = has_finding_words(phrase) and _PRESENCE.match(tail) is not None
    if (
        not phrase
        or presence
        or (_ENHANCEMENT_WORD.match(phrase) and _ENHANCEMENT_IS.match(tail))
        or _ATTRIBUTE_NOUN.match(phrase)
    ):
        # a finding said present or absent after a sentence about no lesion ("The joint
        # space is preserved. Calcification is absent.") is still the article's
        if presence and previous is None and _head(phrase) not in _OTHER_LESION:
            previous = article.title  # not "A central echogenic calculus is seen"
        # "Most are isoechoic": most of what the text is about; "Calcification is absent":
        # the finding is the sentence's subject, and the topic has it
        return _Subject(previous or "", context, share), f"{phrase}{tail}"
    if (named := sequences_in(phrase)) and not _MODALITY_WORDS.sub(
        "", _SEQUENCE_WORDS.sub("", phrase)
    ).strip(" -,"):
        # "MRI shows a T2 hyperintense mass": the finding is the lesion's, read on MRI; "CT
        # shows cortical breach better than radiographs" is what CT is good at
        role = _MODALITY_ROLE.search(tail)
        return _Subject(
            "" if role else _modality_topic(previous, article), context or named[0], share
        ), rest[verb.start() :]
    the_one = bool(_THE.match(opening)) and not phrase.lower().endswith("s")
    name = _classify(phrase, article, previous, the_one=the_one)
    return _Subject(name or "", context, share), rest[verb.start() :]


def _names_only_a_modality(sentence: str) -> bool:
    """Whether a sentence's subject is a modality and nothing else ("CT is insensitive.")."""
    verb = _VERB.search(sentence)
    if verb is None:
        return False
    phrase = sentence[: verb.start()].strip()
    return bool(sequences_in(phrase)) and not _MODALITY_WORDS.sub(
        "", _SEQUENCE_WORDS.sub("", phrase)
    ).strip(" -,")


def _modality_topic(previous: str | None, article: Article) -> str:
    """Whose finding "Colour Doppler shows …" states: the article's subject, or a form of it
    the sentence before named by the title's words ("Chronic pancreatitis"); a group named in
    other words ("Lipid-poor tumours are …") is often one of a contrasted pair, and the next
    sentence naming only a modality speaks of the whole again."""
    if previous is None or not previous.strip():
        return article.title
    if names_article(previous, article):
        return previous
    own = {w.lower() for name in _names(article) for w in name if len(w) > 3}
    return previous if set(_words(previous.lower())) & own else article.title


def _without_setting(opening: str, article: Article) -> str | None:
    """ "the mass" for "In the arterial phase the mass", "In children the cap": the setting
    before a determiner is no part of the subject; None when the subject is unknown (no
    determiner, or a form of the article's subject in the setting, "In simple silicosis the
    chest radiograph …", which the subgroup reader does not name: no fact of the whole)."""
    if not _PREPOSITION_LEAD.match(opening):
        return opening
    opening = re.sub(r"\s*\([^()]{0,60}\)", "", opening)  # "(now rarely performed)"
    setting = _SETTING_BEFORE_SUBJECT.match(opening)
    own = {w for name in _names(article) for w in name if len(w) > 3}
    group = re.match(r"(?:in|during|among)\s", opening, re.I)  # not "On testicular CT"
    if not setting or (group and set(_words(setting.group(0))) & own):
        return None
    return opening[setting.end() :]


_PREPOSITION_LEAD = re.compile(
    r"^(?:in|on|at|during|after|following|with|among|before|unlike)\s", re.I
)
_SETTING_BEFORE_SUBJECT = re.compile(
    r"^(?:in|on|at|during|after|following|with|among|before)\s[^,;]{1,50}?\s+"
    r"(?=(?:the|a|an|these|this|its|their)\s)|"
    # "On testicular scintigraphy acute torsion": a study named before a bare subject
    r"^(?:on|with|using)\s+(?:[\w+/-]+\s+){0,3}?(?:CT|MRI?|ultrasound|sonography|"
    r"scintigraphy|imaging|images|radiographs?|sequences?|scans?|PET(?:-CT)?)\s+",
    re.I,
)
# An aside after the subject that names when, not what: ", when present,", ", if seen,".
_ASIDE = re.compile(
    r"^(?P<subject>(?:its\s+|their\s+|the\s+)?[A-Za-z][\w-]{2,20})\s*,\s*(?:when|if|where)\s+"
    r"(?:present|seen|visible|identified)\s*,",
    re.I,
)
# A contrast set off by commas between a subject and its verb: "X, in contrast, are …".
_CONTRAST_ASIDE = re.compile(
    r"^(?P<subject>[A-Za-z][\w-]{0,30}(?:\s[\w-]{1,30}){0,4}?)\s{0,2},\s{0,2}(?:in\s+contrast|"
    r"by\s+contrast|however|conversely|on\s+the\s+other\s+hand|in\s+turn)\s{0,2},\s{0,2}",
    re.I,
)
# "The remainder are isodense", "the rest iso- or hypointense": the lesions a share left.
_REMAINDER = re.compile(r"^(?:the\s+)?(?:remainder|rest)\s+(?:(?:are|is)\s+)?(?=\S)", re.I)
# What a modality is good at, not what the lesion looks like: "CT shows cortical breach
# better than radiographs", "MRI is more sensitive for marrow oedema".
_MODALITY_ROLE = re.compile(
    r"\b(?:better|best|superior|inferior|more\s+(?:sensitive|specific|accurate|clearly|readily)|"
    r"less\s+(?:sensitive|specific|accurate)|delineates?|depicts?|useful|helpful|allows?|"
    r"(?:is|are)\s+(?:used|needed|required|recommended|reserved))\b",
    re.I,
)
# "Echogenicity is variable, but most are isoechoic", "Signal on T2 is variable, but the
# majority are hyperintense": the clause after "but" says how the topic usually looks.
_VARIABLE_BUT = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:echogenicity|signal(?:\s+intensity)?|attenuation|density|"
    r"enhancement|(?:imaging\s+)?appearances?)(?:\s+on\s+[^,;]{1,30}?)?\s+(?:is|are)\s+"
    r"(?:(?:highly|quite|somewhat)\s+)?variable\s{0,2}[,;]\s{0,2}but\s+"
    r"(?=(?:most|the\s+(?:vast\s+)?majority|many)\b)",
    re.I,
)
# "The attenuation is almost always more than 10 HU", "Echogenicity varies": a property of
# the topic, which stays the topic for "they" in the next sentence.
_ATTRIBUTE_NOUN = re.compile(
    r"^(?:its\s+|their\s+)?(?:attenuation|density|signal(?:\s+intensity)?|echogenicity|"
    r"echotexture|zones?\s+of\s+transition|diffusion)$",
    re.I,
)
# A sentence that opens on a finding noun of any lesion ("Calcification is uncommon",
# "Internal vascularity is increased", "Diffusion restriction is marked") describes the topic
# and names no other subject: the topic stays for the sentences after it.
_FINDING_OPENING = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:(?:internal|central|peripheral|mural|marked|mild|"
    r"intralesional|dystrophic|coarse|punctate)\s+)?(?:(?:contrast|post-?contrast)\s+)?"
    r"(?:calcifications?|enhancement|diffusion(?:\s+restriction)?|restricted\s+diffusion|"
    r"vascularity|signal(?:\s+intensity)?|attenuation|echogenicity|echotexture|"
    r"ha?emorrhage|necrosis|uptake|(?:perilesional\s+)?o?edema)"
    r"(?:\s+(?:after|following|on|with)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are|may|can)\b",
    re.I,
)
# "Enhancement is avid": the word names how the topic enhances, not another subject.
_ENHANCEMENT_WORD = re.compile(r"^(?:(?:its|their|contrast|post-?contrast)\s+)?enhancement$", re.I)
_ENHANCEMENT_IS = re.compile(r"^\s" + ENHANCEMENT_PREDICATE, re.I)


# ", and cysts that have bled are …": another subject's clause ends the main one; ", and
# hypoattenuating components are seen …" still describes the same lesion.
_NEW_SUBJECT = re.compile(
    # a setting ("and in active disease the wall shows …") is no subject of its own
    r",\s*(?:and|but)\s+(?!(?:in|on|at|after|during|with|without|following|before)\b)"
    # nor a clause of its own before "there is" (", but the cortex remains intact and there
    # is no …": the cortex is no subject of "is")
    r"(?P<subject>(?:(?!there\b)[\w-]+\s+){1,6}?)(?:is|are|was|were|shows?|appears?)\b",
    re.I,
)


def _sentence_subject(
    sentence: str, article: Article, previous: str | None
) -> tuple[_Subject, str]:
    """ "Echogenicity is variable, but most are isoechoic": the subject of what most of it
    shows (on the sequence the first clause names); else the sentence's own subject."""
    variable = _VARIABLE_BUT.match(sentence)
    if not variable:
        return _subject_of(sentence, article, previous)
    subject, rest = _subject_of(sentence[variable.end() :], article, previous)
    if not subject.context and (named := sequences_in(variable.group(0))):
        subject = replace(subject, context=named[0])  # "Signal on T2 is variable, but …"
    return subject, rest


# ", and the zone of transition is narrow", ", and enhancement is avid": a clause whose
# subject is a property of the same lesion goes on describing it.
_PROPERTY_CLAUSE = re.compile(
    r",\s*and\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:is|are)\b",
    re.I,
)


# ", and foci of high signal usually indicate haemorrhage": a coordinated clause whose subject
# is a marker of something else; its finding is of the foci, not of the lesion.
_MEANING_CLAUSE = re.compile(
    r",\s{0,2}(?:and|but)\s+(?:[\w-]+\s+){1,8}?(?:(?:usually|often|typically|generally|"
    r"may|can|commonly|probably|likely)\s+)?(?:indicates?|suggests?|represents?|reflects?|"
    r"denotes?|signif(?:y|ies)|implies|imply|corresponds?)\b",
    re.I,
)


# ", and mosaic attenuation and air trapping are usually limited": a coordinated clause that
# says findings are scant or missing; they are no positive finding of the subject.
_DENIED_CLAUSE = re.compile(
    r",\s{0,2}(?:and|but)\s+(?:[\w-]+\s+){1,8}?(?:is|are)\s+(?:(?:usually|typically|often|"
    r"generally|characteristically|only)\s+)?(?:limited|absent|minimal|scant|rare|uncommon|"
    r"unusual|lacking|not\b|less\s+(?:prominent|extensive|common|marked))"
    # "The wall is thin and calcification is rare": without a comma only a rarity (a card
    # "CT: calcification" taught the opposite); "and enhancement is absent" is a finding
    r"|\s(?:and|but)\s+(?:[\w-]+\s+){1,4}?(?:is|are)\s+(?:(?:very|relatively)\s+)?"
    r"(?:rare|uncommon|unusual)\b",
    re.I,
)
# "the wall enhances early, and there is no central enhancement": "there is" names what the
# whole lesion shows, not the part the first clause is about.
_THERE_CLAUSE = re.compile(r",\s{0,2}(?:and|but|while)\s+there\s+(?:is|are)\b", re.I)


# ", reflecting the mixture of cysts and calcification": what causes the finding, not what is
# seen; it runs to the next coordinated clause (", and restricted diffusion on DWI") or the end.
_EXPLANATION = re.compile(
    r",\s{0,2}(?:reflecting|representing|owing\s+to|due\s+to|caused\s+by)\s[^;.]{0,200}?"
    r"(?=,\s{0,2}(?:and|with|but|while|whereas)\s|[;.]|$)",
    re.I,
)


def _main_clause(text: str) -> str:
    text = _EXPLANATION.sub("", text) if ", " in text else text
    meaning = _MEANING_CLAUSE.search(text) if ", " in text else None
    text = text[: meaning.start()] if meaning else text
    denied = _DENIED_CLAUSE.search(text) if " and " in text or " but " in text else None
    text = text[: denied.start()] if denied else text
    end = _CLAUSE_END.search(text)
    while end and (prop := _PROPERTY_CLAUSE.match(text, end.start())):
        noun = prop.group("noun")
        if not (_ATTRIBUTE_NOUN.match(noun) or _ENHANCEMENT_WORD.match(noun)):
            break
        end = _CLAUSE_END.search(text, prop.end())
    clause = text[: end.start()] if end else text
    for other in _NEW_SUBJECT.finditer(clause):
        if not has_finding_words(other.group("subject")):
            return clause[: other.start()]
    return clause


def section_context(section: Section) -> str:
    """The sequence or modality the section's heading (or its nearest parent's) names."""
    return _section_context(section)


def vocabulary_facts(
    article: Article, section: Section, source: str, *, subject: str, clause: str, context: str
) -> Iterator[Fact]:
    """The findings of the closed vocabulary in ``clause``, all of ``subject``."""
    return _facts_of(
        article, section, source, subject=_Subject(subject), clause=clause, context=context
    )


def _section_context(section: Section) -> str:
    for heading in (section.heading, *reversed(section.parents)):
        if named := sequences_in(heading):
            return named[0]
    return ""


# "Relative to muscle, the tumour is …", "On T1, compared with vitreous, …": the tissue every
# bare level of the sentence is graded against (read after any opening on a sequence).
_FRONTED_REFERENCE = re.compile(
    r"^(?:(?:on|at|in|with)\s[^,;]{1,40},\s*)?(?:relative|compared)\s+(?:to|with)"
    r"(?P<tissue>" + REFERENCE_TISSUE_AHEAD + r")\s*,",
    re.I,
)
_TISSUE_LEAD = re.compile(r"^\s*(?:the\s+)?(?:(?:normal|adjacent|surrounding)\s+)?", re.I)


def _fronted_reference(sentence: str) -> str:
    fronted = _FRONTED_REFERENCE.match(sentence)
    return _TISSUE_LEAD.sub("", fronted.group("tissue")) if fronted else ""


_NEGATED_SUBJECT = re.compile(r"^(?:no|absent|without|neither)\s", re.I)


def _facts_of(
    article: Article,
    section: Section,
    sentence: str,
    *,
    subject: _Subject,
    clause: str,
    context: str,
) -> Iterator[Fact]:
    if subject.share is not None and subject.share < _MIN_SHARE:
        return
    if _NEGATED_SUBJECT.match(subject.name):
        # "No solid mass is present. There is no acoustic shadowing": what is absent owns
        # no finding; the finding is the page's
        subject = replace(subject, name=article.title)
    gross = _GROSS_SECTION.search(section.path)
    tissue = _fronted_reference(sentence)
    findings = read_findings(clause, context)
    if tissue:
        findings = [replace(f, value=graded_against(f.value, tissue)) for f in findings]
    for finding in findings:
        if gross and (finding.attribute in MORPHOLOGY or finding.family):
            continue  # "well-circumscribed, yellow nodules" under Pathology is the specimen
        share = finding.share if finding.share is not None else subject.share
        if share is not None and share < _MIN_SHARE:
            continue
        key: tuple[str, ...] = (subject.name, finding.attribute, finding.part)
        if finding.family in ("morphology", "acoustic"):  # "calcification" beside "hypodense"
            key = (*key, finding.family)
        if finding.family in (
            "morphology",
            "acoustic",
        ):  # "purely lytic, with no matrix mineralisation"
            key = (*key, finding.value)
        if _GRADED.search(finding.value):  # "hyperdense to fat but hypodense to muscle"
            key = (*key, finding.value)
        if share is not None or subject.remainder:  # "hyperdense in 70%" beside "isodense
            key = (*key, finding.value)  # in 25%", "the remainder hypodense": two facts
        yield make_fact(
            FactKind.APPEARANCE,
            article,
            section,
            sentence,
            key=key,
            subject=_within(finding.within, subject.name, article),
            # "ultrasound acoustic": a cue of its own, so that a card on the echogenicity
            # ("ultrasound") has one answer
            attribute=(
                f"{finding.attribute} acoustic"
                if finding.family == "acoustic"
                else finding.attribute
            ),
            value=finding.value,
            statement=sentence,
        )


# "…, and on T2-weighted images they are hyperintense": a coordinated clause that opens on
# its own sequence says how the same subject looks on it.
_SECOND_CLAUSE = re.compile(
    r"[,;]\s{0,2}(?:and\s|but\s|while\s|whereas\s)?(?=(?:on|at|in|with)\s[^,.;]{0,40}?"
    r"\b(?:" + SEQUENCE_GROUP + r")\b)",
    re.I,
)


def _second_clause(
    article: Article, section: Section, sentence: str, rest: str, first: _Subject
) -> Iterator[Fact]:
    """Facts of a clause after the main one that opens on another sequence, when its own
    subject is the main clause's (a pronoun, or the same name)."""
    split = _SECOND_CLAUSE.search(rest)
    if not split:
        return
    subject, after = _subject_of(rest[split.end() :], article, first.name)
    if subject.name != first.name or not subject.context or subject.context == first.context:
        return
    yield from _facts_of(
        article,
        section,
        sentence,
        subject=subject,
        clause=_main_clause(after),
        context=subject.context,
    )


# A level graded against a named tissue: each tissue's grade is its own fact.
_GRADED = re.compile(
    r"^(?:\w+\s)?(?:hypo|hyper|iso)\w+\sto\s(?!(?:hypo|hyper|iso|\w+ly\s))\w", re.I
)
_COORDINATOR = re.compile(r",\s*(?:and|but)\s", re.I)


def _coordinated_clause(
    article: Article, section: Section, sentence: str, rest: str, *, first: _Subject, context: str
) -> Iterator[Fact]:
    """ "…, and the sequestered segment is hyperintense on T2": a coordinated clause with a
    subject of its own, which the main clause stopped before; its findings go to that subject
    when it is one this reader names (never to the first clause's)."""
    if not _COORDINATOR.search(rest):
        return  # most sentences hold no ", and <subject> is": skip re-reading their clause
    clause = _main_clause(rest)
    other = _NEW_SUBJECT.match(rest, len(clause))
    if not other:
        return
    yield from _findings_of_another(
        article, section, sentence, rest[other.start("subject") :], first=first, context=context
    )


def _findings_of_another(
    article: Article,
    section: Section,
    sentence: str,
    text: str,
    *,
    first: _Subject,
    context: str,
    forms_only: bool = False,
) -> Iterator[Fact]:
    """The findings of a later clause (``text``) that opens on a subject of its own, other
    than the first clause's; with ``forms_only``, only when that subject is a stage or type
    of the article's lesion."""
    subject, after = _subject_of(text, article, None)
    if not subject.name or subject.name == first.name:
        return
    if forms_only and subtype_subject(article.title, subject.name) == subject.name:
        return
    yield from _facts_of(
        article,
        section,
        sentence,
        subject=subject,
        clause=_main_clause(after),
        context=subject.context or context,
    )


# ", whereas late-phase lesions are fragmented": a contrast whose subject is another stage or
# type of the same lesion (the first clause's contrast partner), which says how that one looks.
_CONTRAST_SUBJECT = re.compile(
    r",\s*(?:whereas|while)\s+(?=(?:the\s+)?[\w-]+\s+[\w-]+\s+(?:is|are|appear|show)\b)",
    re.I,
)


def _contrast_clause(
    article: Article, section: Section, sentence: str, rest: str, *, first: _Subject, context: str
) -> Iterator[Fact]:
    """Facts of a clause after "whereas" whose subject names a stage or type of the article's
    lesion ("Formative-phase deposits are …, whereas resorptive-phase deposits are …");
    any other contrast (with another lesion, a mimic) gives nothing."""
    if "whereas" not in rest and "while" not in rest:
        return
    other = _CONTRAST_SUBJECT.search(rest)
    if not other:
        return
    yield from _findings_of_another(
        article,
        section,
        sentence,
        rest[other.end() :],
        first=first,
        context=context,
        forms_only=True,
    )


# An introduction to a list of findings that are another thing's ("Unlike X, metastases
# show:", "Features that favour a mimic:").
_OTHER_INTRO = re.compile(
    # "Other CT findings include:" lists more of the topic's own; "other lesions" another's
    r"\b(?:unlike|whereas|in contrast|by contrast|other(?!\s+(?:[\w-]+\s+)?(?:findings|"
    r"features|signs|appearances))|mimic\w*|differential|distinguish\w*|"
    r"benign|malignant|metasta\w*|rather than)\b",
    re.I,
)
# "it shows the other skeletal features of hyperparathyroidism:": the list holds the
# features of the condition named after "of", besides the topic (itself one of them).
_OTHERS_FEATURES = re.compile(
    r"\bother\s+(?:[a-z-]+\s+){0,2}?(?:features|signs|findings|manifestations)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?P<owner>[a-z][a-z-]{2,30}(?:\s[a-z][a-z-]{2,30}){0,3}?)"
    r"(?=\s*[,:;.(]|\s*$|\s(?:which|that|include|includes|are|is|such)\b)",
    re.I,
)


def others_features(intro: str, article: Article) -> bool:
    """Whether a list's intro says the list holds the other features of a condition that is
    not the article's own ("the other skeletal features of hyperparathyroidism:"): they are
    that condition's, not the topic's."""
    found = _OTHERS_FEATURES.search(intro)
    if not found:
        return False
    owner = found.group("owner")
    return not (shares_a_word(owner, (article.title,)) or names_article(owner, article))


# "Three imaging patterns are recognised:", "IPMNs are divided into three types:": the items
# are alternatives, each the look of some cases only, never of the topic as a whole; "the
# criteria for instability are:" lists signs of a state, not the topic's look.
_KINDS_INTRO = re.compile(
    r"\b(?:patterns|types|subtypes|forms|variants|categories|groups|criteria)\b"
    r"(?=[^.;:]{0,80}:\s*$)|\b(?:divided|classified|grouped|subdivided|categori[sz]ed)\s+"
    r"into\b|\b(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+)?(?:patterns|types|subtypes|"
    r"forms|variants)\b",
    re.I,
)
# A verbless sentence under a modality heading is a finding written telegraphically
# ("Minimal or no contrast enhancement."); a label before a colon must be a condition
# ("When visible: …"), not a name ("Meningioma: …").
_CONDITION_LABEL = re.compile(r"^(?:when|if|where|on|in|after|with)\b", re.I)
# Verbs a short sentence may hold beside those of _VERB, in any form: it is then a clause.
_MORE_VERBS = re.compile(
    r"\b(?:represent|mirror|reflect|indicate|suggest|favou?r|mimic|resemble|help|need|require|"
    r"occur|follow|precede|persist|increase|decrease|progress|develop|involve|extend|spread|"
    r"cause|lead|make|allow|show|demonstrate|reveal|appear|enhance|measure|replace|surround|"
    r"produce|create|"
    r"displace|compress|encase|invade|cross|arise|form|become|remain|seem|include|comprise|"
    r"characteri[sz]e|divide|vary|varie|consist|classify|classifie|describe|define|see|use|"
    r"detect|depict|assess|confirm|exclude|guide|warrant|predict|correlate|"
    # verbs of what a finding or a stage brings: "Polyps carry a high risk", "X gives Y"
    r"give|carry|carrie|pose|confer|predispose|affect|prompt|undergo|respond|"
    # verbs of what a test or a step achieves: "Correlation with CT prevents misdiagnosis"
    r"prevent|avoid|enable|permit|distinguish|establish|clarify|clarifie|mislead|"
    # what a technique is worth: "Adding SPECT improves localisation", "MRI provides …"
    r"improve|provide|offer|"
    # verbs of a limit: "Degenerative slips rarely exceed grade II"
    r"exceed|reach|surpass)"
    r"(?:s|es|ed|d)?\b",
    re.I,
)
# An opening phrase ("After gadolinium the …", "For a mass above 10 HU, …") leads a clause.
# A determiner opens a subject whose verb the lists may not know ("A score of 7 warrants …").
_CLAUSE_LEAD = re.compile(
    r"^(?:after|before|for|in|on|with|following|during|unlike|compared|by|at|because|although|"
    r"a|an|the|this|these|those|its|their)\b",
    re.I,
)
# As long as a finding may be (imaging_open's _MAX_WORDS): a case's "Diffuse colonic
# dilatation from the caecum to the rectosigmoid junction, most marked in the right colon."
_TELEGRAPHIC_WORDS = 16
# A change said by a bare verb: "Some fungus balls calcify." has a verb the lists above leave
# out (their -ed suffix would also take the adjective: "Calcified rim." is verbless).
_CHANGE_VERB = re.compile(
    r"\b(?:calcif(?:y|ies)|ossif(?:y|ies)|cavitates?|regress(?:es)?|resolves?|shrinks?|"
    r"thickens?|enlarges?|grows?)\b",
    re.I,
)
# An image's caption, not a finding: "Lateral soft-tissue radiograph of the neck.", "Axial
# contrast-enhanced CT through the upper abdomen." (the study is the phrase's head noun);
# "Normal chest radiograph." says what it shows. "Transabdominal ultrasound performed after
# the CT.": the examination and when it was done.
_CAPTION = re.compile(
    r"^(?:(?!(?:on|in|at|with|without|after|before|no|normal)\b)[\w+/-]+\s+){0,5}?"
    r"(?:radiographs?|films?|views?|images?|scans?|sonograms?|projections?|CT|MRI?|"
    r"angiograms?|reconstructions?|studies|study|series|ultrasound|sonography|"
    r"ultrasonography|examinations?|scintigraphy|angiography|fluoroscopy|mammography)"
    r"(?:\s+(?:of|through|at)\s[^.;:]{1,80}"
    r"|\s+(?:was\s+|were\s+)?(?:performed|obtained|acquired|taken|done|repeated)\b[^.;:]{0,80})?"
    r"\.?$",
    re.I,
)
# "A 21 mm irregular, hypoechoic mass with angular margins and posterior acoustic shadowing."
# under a modality heading: a verbless description of one lesion, as a case report writes it.
_DESCRIBED_LESION = re.compile(
    r"^(?:a|an)\s+(?:[^.;:]{0,80}?[\s,])?(?:" + "|".join(sorted(_LESION)) + r")\b", re.I
)
_DESCRIBED_WORDS = 40
_NO_OTHER = re.compile(r"^no\s+(?:additional|other|further|new|second|separate)\b", re.I)


# "A lobulated, echogenic mass fills the trigone", "An ill-defined, hypoechoic lesion is seen
# in the tail": a described lesion as the subject of a verb of place or presence.
_DESCRIBED_SUBJECT = re.compile(
    r"^(?P<np>(?:a|an)\s+[^.;:]{0,80}?,[^.;:]{0,80}?\s(?:"
    + "|".join(sorted(_LESION))
    + r"))\s+(?:(?:is|are)\s+(?:seen|present|identified|noted|visible|demonstrated)|fills|lies|"
    r"occupies|arises|extends|expands|measures|sits)\b",
    re.I,
)


def _described_subject(sentence: str, context: str) -> str:
    """The described lesion a sentence under a modality heading opens on ("A lobulated,
    echogenic mass" of "A lobulated, echogenic mass fills the trigone"), or ""."""
    if not context:
        return ""
    found = _DESCRIBED_SUBJECT.match(sentence)
    return found.group("np") if found else ""


def _described_or(
    subject: _Subject, rest: str, sentence: str, article: Article, context: str
) -> tuple[_Subject, str]:
    """(subject, rest) as read; for a sentence that named no subject but opens on a described
    lesion ("A lobulated, echogenic mass fills the trigone"), the title and the description:
    the description is the lesion's look, where it lies no finding of this reader's."""
    if subject.name or not (described := _described_subject(sentence, context)):
        return subject, rest
    return _Subject(article.title), described


def described_lesion(sentence: str, context: str) -> bool:
    """A verbless sentence under a modality heading that describes one lesion ("A 2 cm
    irregular, hypoechoic mass with spiculated margins.")."""
    return (
        bool(context)
        and sentence.rstrip().endswith(".")
        and len(sentence.split()) <= _DESCRIBED_WORDS
        and _DESCRIBED_LESION.match(sentence) is not None
        and not _VERB.search(f" {sentence}")
        and not _MORE_VERBS.search(sentence)
    )


def telegraphic(sentence: str, context: str) -> bool:
    """A verbless sentence of a few words under a modality heading: a finding written
    telegraphically ("Minimal or no contrast enhancement.")."""
    label, detail = split_label(sentence)
    if detail and not _CONDITION_LABEL.match(label):
        return False
    text = detail or sentence
    return (
        bool(context)
        and not text.rstrip().endswith(":")  # an intro to what follows
        # "No additional or contralateral lesion.": another lesion denied, not how it looks
        and not _NO_OTHER.match(text)
        # a sentence, not a heading or a table's row read as a line: "Angiography (DSA)"
        and sentence.rstrip().endswith(".")
        and len(text.split()) <= _TELEGRAPHIC_WORDS
        and not _CLAUSE_LEAD.match(text)
        and not _VERB.search(f" {text}")
        and not _MORE_VERBS.search(text)
        and not _CHANGE_VERB.search(text)
        and not _CAPTION.match(text.strip())
        and not _NO_FINDING_LINE.search(text.strip())
    )


# A verbless line that is no finding: about the patients ("Patients present with pain.": a
# verb the closed list lacks), or naming what was acquired ("Sagittal T1, STIR and
# fat-suppressed post-contrast sequences.").
_NO_FINDING_LINE = re.compile(
    r"^(?:patients?|children|adults?|women|men|infants?|neonates?|people)\b"
    r"|\b(?:sequences|images|views|projections|series|acquisitions|protocol)\.?$",
    re.I,
)


def _texts(section: Section, article: Article) -> Iterator[tuple[str, bool, bool, bool]]:
    """(sentence, starts a paragraph, a list item of the topic's findings, a list item) for
    paragraphs and for list items written as prose."""

    def items(entries: tuple[ListItem, ...]) -> Iterator[str]:
        for entry in entries:
            detail = split_label(entry.text)[1]
            if not detail:
                yield entry.text
            elif stage_label(entry.text):
                yield detail  # "chronic phase: cord atrophy": the stage's finding
            yield from items(entry.children)

    intro = ""
    for block in section.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            sentences = split_sentences(block.text)
            for index, sentence in enumerate(sentences):
                for part, clause in enumerate(_own_clauses(sentence)):
                    yield clause, index == 0 and part == 0, False, False
            intro = sentences[-1] if sentences else ""
        elif block.kind is BlockKind.LIST:
            if others_features(intro, article):
                continue  # another condition's features, not the topic's
            topic = not (_OTHER_INTRO.search(intro) or _KINDS_INTRO.search(intro))
            for text in items(block.items):
                yield text, True, topic, True


# "Acute lesions are heterogeneous; chronic lesions are anechoic": a clause after a semicolon
# that contrasts a subgroup of the same things (its subject's head noun is the first
# clause's) is read as a sentence of its own. Another subject ("…; cysts are hyperintense")
# may be anything else, and stays unread as before.
_CLAUSE_SUBJECT = re.compile(
    # (not one that opens on a preposition or points back: "on CT these deposits are …")
    r"^(?!(?:on|in|at|with|after|before|during|for|by|these|this|those|such|it|they)\b)"
    r"(?:the\s|a\s|an\s)?(?P<np>[A-Za-z][\w-]{1,30}(?:\s[\w-]{1,30}){0,4}?)\s"
    r"(?:is|are|was|were|shows?|appears?|demonstrates?|may|can|tends?)\b",
    re.I,
)


def _own_clauses(sentence: str) -> list[str]:
    """The sentence's clauses that stand on their own, each ending with a stop."""
    parts = [p.strip() for p in sentence.split("; ") if p.strip()]
    heads = [_subject_head(p) for p in parts]
    if len(parts) < 2 or not heads[0] or any(h != heads[0] for h in heads[1:]):
        return [sentence]
    ended = [p if p.endswith((".", "!", "?")) else f"{p}." for p in parts]
    return [ended[0], *(p[:1].upper() + p[1:] for p in ended[1:])]


def _subject_head(clause: str) -> str:
    """The head noun of the clause's opening subject, singular, or "" when it opens on
    none."""
    match = _CLAUSE_SUBJECT.match(clause)
    return singular(match.group("np").split()[-1].lower()) if match else ""


# A finding placed at a site an operation made ("enhancement at the outflow tract patch and
# the site of septal defect repair", "at the anastomosis", "in the resection bed"): it belongs
# to the treated state, not to the disease, and a card under the disease's name would teach it
# as the disease's own.
_TREATED_SITE = re.compile(
    r"\b(?:at|in|along|around|near|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:patch(?:es)?|grafts?|anastomos[ie]s|anastomotic|conduits?|resection\s+(?:bed|cavity)|"
    r"surgical\s+(?:bed|site|cavity)|operative\s+(?:bed|site)|"
    r"site\s+of\s+(?:[\w-]+\s+){0,4}?(?:repair|resection|surgery|anastomosis|closure))\b|"
    r"\b(?:post-?operative(?:ly)?|post-?surgical|after\s+(?:surgical\s+)?(?:repair|surgery|"
    r"resection|operation))\b",
    re.I,
)


def treated_site(sentence: str) -> bool:
    """Whether ``sentence`` places its finding at a site made by surgery or after it."""
    return _TREATED_SITE.search(sentence) is not None


def extract_prose_appearances(article: Article) -> Iterator[Fact]:
    """Findings of the imaging vocabulary stated in sentences, one fact per subject,
    sequence and part."""
    for section in article.sections:
        if _SKIP_SECTION.search(section.path):
            continue
        fallback = _section_context(section)
        previous: str | None = article.title
        paragraph_context = fallback
        pending = ""  # the last sentence without a finding, its subject read only if needed
        before = ""  # the last sentence read, for "These nodules …"
        for sentence, opens_paragraph, topic_item, in_list in _texts(section, article):
            prior, before = before, sentence
            if opens_paragraph:  # the modality a paragraph opened on holds for what follows
                previous, pending = article.title, ""
            if treated_site(sentence):
                pending = ""
                continue
            named = sequences_in(sentence)
            # "Enhancement after gadolinium is variable": a property of the topic, read when
            # the vocabulary finds nothing else in the sentence
            topic = previous
            if not has_finding_words(sentence):
                properties = _property_facts(article, section, sentence, topic, paragraph_context)
                yield from properties
                if len({n.split()[0] for n in named}) == 1 and not properties:
                    paragraph_context = named[0]
                pending = "" if properties else sentence
                continue
            if pending and not _names_only_a_modality(pending):
                # "They" and "MRI shows …" refer to the sentence before; after "CT is
                # insensitive." the topic is still the one before, and "It" is the modality
                previous = (
                    _subject_of(pending, article, previous)[0].name
                    or _opens_on_title(pending, article)
                    or None
                )
            pending = ""
            subject, rest = _sentence_subject(sentence, article, previous)
            subject = replace(subject, name=_named_subject(subject.name, sentence, prior, article))
            subject, rest = _described_or(subject, rest, sentence, article, fallback)
            if (
                not subject.name
                and (
                    topic_item
                    or (
                        not in_list
                        and (
                            telegraphic(sentence, fallback) or described_lesion(sentence, fallback)
                        )
                    )
                )
                # a verb after ", which" or a hedge is another clause's: "mural hyperaemia
                # on colour Doppler, which may be lost" is still a fragment of findings
                and not _VERB.search(_main_clause(sentence))
                and "=" not in sentence
            ):
                # "- irregular, lobulated or spiculated margins" under the topic's findings
                subject, rest = _Subject(article.title), sentence
            if len({n.split()[0] for n in named}) == 1:
                paragraph_context = subject.context or named[0]
            if not subject.name:
                properties = _property_facts(article, section, sentence, topic, paragraph_context)
                previous = _topic_after(sentence, article, topic, bool(properties))
                # "Pseudopolyps are common, and fibrotic strictures are …": the second
                # clause names its own subject
                yield from properties or _coordinated_clause(
                    article, section, sentence, rest, first=subject, context=paragraph_context
                )
                continue
            previous = subject.name
            clause = _main_clause(rest)
            if set(_words(subject.name)) & (_PART - _LESION) and (
                there := _THERE_CLAUSE.search(clause)
            ):
                # the wall's clause, not the lesion's; what "there is" names is the lesion's
                clause, whole = clause[: there.start()], clause[there.end() :]
                yield from _facts_of(
                    article,
                    section,
                    sentence,
                    subject=replace(subject, name=article.title),
                    clause=whole,
                    context=subject.context or paragraph_context,
                )
            yield from list(
                _facts_of(
                    article,
                    section,
                    sentence,
                    subject=subject,
                    clause=clause,
                    context=subject.context or paragraph_context,
                )
            ) or _property_facts(article, section, sentence, topic, paragraph_context)
            yield from _second_clause(article, section, sentence, rest, subject)
            yield from _coordinated_clause(
                article,
                section,
                sentence,
                rest,
                first=subject,
                context=subject.context or paragraph_context,
            )
            yield from _contrast_clause(
                article,
                section,
                sentence,
                rest,
                first=subject,
                context=subject.context or paragraph_context,
            )


# The words that may follow a sentence's opening subject: its verb ("Oncocytomas concentrate
# …") or an aside ("Oncocytomas, like …"); never a noun or a joiner that would make the
# opening a modifier ("Oncocytoma mimics …", "Adenoma and carcinoma …").
_AFTER_OPENING_SUBJECT = re.compile(
    r"^(?:,|(?!(?:and|or|of|with|in|on|at|to|for|such|mimics?|variants?|types?|subtypes?|"
    r"cells?)\b)[a-z]+(?<!tion)(?<!ment)(?<!ity)(?<!ness)(?<!ers)(?<!ors)\b)"
)
_OPENING_WORDS = 3


def _opens_on_title(sentence: str, article: Article) -> str:
    """The article's title when a sentence whose verb the vocabulary does not know opens on
    the article's own name ("Oncocytomas concentrate pertechnetate"), so that "They" in the
    next sentence is the article's; else ""."""
    words = sentence.split(maxsplit=_OPENING_WORDS + 1)
    for count in range(min(_OPENING_WORDS, len(words) - 1), 0, -1):
        phrase = " ".join(words[:count]).rstrip(",")
        after = (
            sentence[len(" ".join(words[:count])) :].lstrip()
            if not words[count - 1].endswith(",")
            else ","
        )
        if (
            _AFTER_OPENING_SUBJECT.match(after)
            and _classify(phrase, article, None) == article.title
        ):
            return article.title
    return ""


# "These nodules", "Such cysts": a demonstrative points back to the noun just named.
_DEMONSTRATIVE = re.compile(r"^(?:these|those|such|this|that)\s+(?P<noun>[A-Za-z-]{3,30})\s", re.I)
# Words that end a noun phrase's modifiers, read leftwards from its noun.
_NP_STOP = frozenset(
    (
        *("and", "or", "but", "the", "a", "an", "of", "with", "without", "in", "on", "at"),
        *("to", "by", "from", "as", "into", "within", "which", "that", "its", "their"),
        *("shows", "show", "showing", "is", "are", "has", "have", "contain", "contains"),
        *("may", "can", "also", "multiple", "several", "many", "numerous", "some", "few"),
        *("typically", "usually", "often", "other", "these", "those", "such"),
    )
)
_NP_MODIFIERS = 3


def _antecedent(sentence: str, before: str) -> str:
    """What "These nodules" in ``sentence`` names when the sentence before named nodules with
    words of their own ("large regenerative nodules"); "" when it names none."""
    demonstrative = _DEMONSTRATIVE.match(sentence)
    if not demonstrative or not before:
        return ""
    noun = _singular(demonstrative.group("noun"))
    tokens = re.findall(r"[A-Za-z][\w-]*|[^\sA-Za-z]", before)
    for index in range(len(tokens) - 1, -1, -1):
        if _singular(tokens[index]) != noun:
            continue
        start = index
        while (
            start > 0
            and index - start < _NP_MODIFIERS
            and tokens[start - 1][:1].isalpha()
            and tokens[start - 1].lower() not in _NP_STOP
        ):
            start -= 1
        if start == index:
            return ""
        phrase = " ".join(tokens[start : index + 1])
        return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    return ""


def _named_subject(name: str, sentence: str, prior: str, article: Article) -> str:
    """The sentence's subject as the sentence before and its opening name it: "These nodules
    …" after "… and large regenerative nodules."; "In the active phase, the muscles are …"
    names the phase."""
    if name and name != article.title:
        name = _antecedent(sentence, prior) or name
    if name and (group := subgroup_opening(sentence, (article.title, *article.synonyms))[0]):
        name = _of_subgroup(name, group, article)
    return name


def _of_subgroup(name: str, group: str, article: Article) -> str:
    """The article's lesion, or a part of it, in a stage or form: "Cirrhosis (early disease)",
    "wall of thyroglossal duct cyst (infected)"; another subject stays as it is."""
    if name == article.title:
        return subgroup_subject(article.title, group)
    if name.endswith(f" of {_lower_title(article)}"):
        return f"{name} ({group})"
    return name


def _property_facts(
    article: Article, section: Section, sentence: str, owner: str | None, context: str
) -> list[Fact]:
    """The fact of a sentence whose subject is a property of ``owner`` (the topic), read
    after its openings ("On T1, signal is variable"); none for any other sentence, or when
    the topic is unknown (a pronoun after another thing's sentence)."""
    if not owner or _GROSS_SECTION.search(section.path):
        return []
    opened, rest = _openings(sentence)
    found = property_finding(rest, opened or context)
    if not found:
        return []
    return [
        make_fact(
            FactKind.APPEARANCE,
            article,
            section,
            sentence,
            key=(owner, found.attribute, "", found.value),
            subject=owner,
            attribute=found.attribute,
            value=found.value,
            statement=sentence,
        )
    ]


# A differential's entry is written "name: how it looks"; a label that is a sequence or a
# condition ("T2: …", "When large: …") names no other lesion.
_DIFFERENTIAL_SECTION = re.compile(r"differential|mimic", re.I)
_ENTRY_NAME_WORDS = 7
_NOT_A_NAME = re.compile(r"^(?:when|if|where|on|in|after|with|for|note|tip|see)\b", re.I)


def _entries(section: Section) -> Iterator[str]:
    """Every "name: description" line of a section: list items (and their children),
    standalone key-value lines and one-line paragraphs (plain text loses the list)."""

    def items(entries: tuple[ListItem, ...]) -> Iterator[str]:
        for entry in entries:
            yield entry.text
            yield from items(entry.children)

    for block in section.blocks:
        if block.kind is BlockKind.LIST:
            yield from items(block.items)
        elif block.kind is BlockKind.KEY_VALUE or (
            block.kind is BlockKind.PARAGRAPH and "\n" not in block.text
        ):
            yield block.text


def extract_differential_appearances(article: Article) -> Iterator[Fact]:
    """How each listed differential looks, in the imaging vocabulary: "fat-poor
    angiomyolipoma: homogeneous, hyperattenuating on non-contrast CT and T2 hypointense" →
    two findings of fat-poor angiomyolipoma (never of the article's own lesion). Each piece
    between semicolons is read up to its hedge or comparison ("may show …", "rather than …")."""
    for section in article.sections:
        if not _DIFFERENTIAL_SECTION.search(section.path):
            continue
        for text in _entries(section):
            name, description = split_differential_entry(text)
            name = name.strip()
            if (
                not description
                or not has_finding_words(description)
                or len(name.split()) > _ENTRY_NAME_WORDS
                or _NOT_A_NAME.match(name)
                or sequences_in(name)
                or _VERB.search(f" {name} ")
            ):
                continue
            subject = _Subject(name)
            for piece in description.split(";"):
                yield from _facts_of(
                    article,
                    section,
                    text,
                    subject=subject,
                    clause=_main_clause(piece),
                    context="",
                )
