"""Closed vocabulary of imaging findings, sequences and modalities, and a reader of the
findings one clause of prose states ("isointense to grey matter on T1 and T2 with
homogeneous enhancement after gadolinium" → three findings, each bound to its sequence).

Only words of this vocabulary become findings: signal (hypo-/iso-/hyperintense, high/low
signal, bright/dark), density (hypo-/iso-/hyperdense, -attenuating), echogenicity,
enhancement patterns, diffusion, susceptibility, uptake and chemical shift. Nothing here
names an organ or a disease, so the rules hold for any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from quizgen.extractors.text import cached_list
from quizgen.phrases import PART_NOUNS, SCATTERED_PARTS

__all__ = [
    "ENHANCEMENT_PREDICATE",
    "MORPHOLOGY",
    "REFERENCE_TISSUE_AHEAD",
    "SEQUENCE_GROUP",
    "ClauseFinding",
    "graded_against",
    "has_finding_words",
    "modality_in",
    "read_findings",
    "sequences_in",
]

# --- sequences and modalities --------------------------------------------------------------

_WEIGHTED = r"(?:[- ]?weighted|WI)?(?:\s+(?:images?|imaging|sequences?|MRI))?"
# One sequence or modality as written; the order of alternatives matters (longest first).
_SEQ = (
    r"(?<![\w-])(?:(?:post[- ]?(?:contrast|gadolinium)\s+T1|"
    r"T1\s*(?:C\s*\+|\+\s*C|post[- ]?(?:contrast|gadolinium))|contrast[- ]enhanced\s+T1|"
    r"T1\s+with\s+(?:contrast|gadolinium))" + _WEIGHTED + r"|"
    r"T2\s*\*" + _WEIGHTED + r"|T1-(?=\s+and)|T2-(?=\s+and)|T[12]" + _WEIGHTED + r"|"
    r"FLAIR|STIR|DWI|diffusion[- ]weighted\s+(?:imaging|images|sequences?)|ADC(?:\s+maps?)?|"
    r"SWI|GRE|gradient[- ]echo|susceptibility[- ]weighted\s+(?:imaging|images|sequences?)|"
    # cardiac MRI's bright-blood cine sequences: "cine SSFP", "balanced steady-state"
    r"(?:cine\s+)?(?:b?SSFP|balanced\s+steady[- ]state(?:\s+free\s+precession)?)|"
    r"cine\s+(?:MRI?\b|imaging)|"
    r"hepatobiliary[- ]phase|in[- ]phase|(?:out[- ]of|opposed)[- ]phase|"
    r"chemical[- ]shift(?:\s+imaging)?|"
    r"(?:non[- ]?contrast(?:[- ]enhanced)?|unenhanced|plain)\s+CT|NECT|CECT|"
    # "hypointense on all sequences": every MRI sequence at once
    r"all\s+(?:(?:MRI?|pulse)\s+)?sequences|(?:every|each)\s+(?:(?:MRI?|pulse)\s+)?sequence|"
    r"contrast[- ]enhanced\s+(?:CT|ultrasound|US)|CEUS|CT|MRI?|"
    r"(?:colou?r\s+|power\s+)?Doppler|ultrasound|sonography|(?-i:US)|"
    r"(?:FDG[- ])?PET(?:[- ]?CT)?|bone\s+scans?|bone\s+scintigraphy|scintigraphy|"
    r"(?:plain\s+)?radiographs?|radiography|plain\s+films?|x-rays?|mammograph(?:y|ic)|"
    r"mammograms?|fluoroscopy)(?![\w])"
)
_SEQ_GROUP = rf"{_SEQ}(?:\s*(?:/|,|\band\b|\bor\b|,\s*and)\s*(?:both\s+)?{_SEQ})*"
_SEQ_ONE = re.compile(_SEQ, re.I)
SEQUENCE_GROUP = _SEQ_GROUP  # "T1 and T2", "T2/FLAIR": one or more sequences as written

_CANONICAL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), name)
    for p, name in (
        (r"^(?:all|every|each)\s", "MRI all sequences"),
        (r"post|C\s*\+|\+\s*C|contrast|gadolinium", "MRI T1 C+"),
        (r"^T2\s*\*|^SWI|^GRE|gradient|susceptibility", "MRI SWI/GRE"),
        (r"SSFP|steady|^cine", "MRI cine SSFP"),
        (r"^T1", "MRI T1"),
        (r"^T2", "MRI T2"),
        (r"^FLAIR", "MRI FLAIR"),
        (r"^STIR", "MRI STIR"),
        (r"^DWI|^diffusion", "MRI DWI"),
        (r"^ADC", "MRI ADC"),
        (r"hepatobiliary", "MRI hepatobiliary phase"),  # a liver-specific agent: MRI only
        (r"phase|chemical", "MRI chemical shift"),
        (r"^MRI?$", "MRI"),
        (r"non[- ]?contrast|unenhanced|plain\s+CT|NECT", "CT non-contrast"),
        (r"CECT|enhanced\s+CT", "contrast-enhanced CT"),
        (r"^CT$", "CT"),
        (r"CEUS|enhanced\s+(?:ultrasound|US)", "contrast-enhanced ultrasound"),
        (r"doppler", "colour Doppler"),
        (r"ultrasound|sonography|^US$", "ultrasound"),
        (r"PET[- /]?CT", "PET-CT"),  # as written: a card's cue names the hybrid
        (r"PET", "PET"),
        (r"bone", "bone scan"),
        (r"scintigraphy", "scintigraphy"),  # as written: "thyroid scintigraphy", "on scintigraphy"
        (r"radiograph|film|x-ray", "radiograph"),
        (r"mammogra", "mammography"),
        (r"fluoroscopy", "fluoroscopy"),
    )
)
_CT_ATTRIBUTES = frozenset({"CT", "CT non-contrast", "contrast-enhanced CT"})


def _canonical(label: str) -> str:
    label = label.strip()
    if label.endswith("-") and label[:-1] in ("T1", "T2", "t1", "t2"):
        label = label[:-1]
    for pattern, name in _CANONICAL:
        if pattern.search(label):
            # A bare "T1"/"T2" inside "post-contrast …" was caught by the first rule.
            if name == "MRI T1 C+" and not re.search(r"T1|^post|C\s*\+", label, re.I):
                continue
            return name
    return ""


@cached_list
def sequences_in(text: str) -> list[str]:
    """Canonical names of every sequence or modality a group names ("T2/FLAIR" → two)."""
    if not may_name_sequences(text):
        return []
    names = [_canonical(m.group(0)) for m in _SEQ_ONE.finditer(text)]
    return list(dict.fromkeys(n for n in names if n))


def modality_in(text: str) -> str:
    """ "MRI", "CT" or another modality when ``text`` names exactly one family, else ""."""
    families = {_family(n) for n in sequences_in(text)}
    return families.pop() if len(families) == 1 else ""


def _family(name: str) -> str:
    if name.startswith("MRI"):
        return "MRI"
    if name in _CT_ATTRIBUTES:
        return "CT"
    if "ultrasound" in name:
        return "ultrasound"
    if "Doppler" in name:
        return "Doppler"
    return name


# --- findings ------------------------------------------------------------------------------

_DEGREE = (
    r"(?:(?:mildly|slightly|moderately|markedly|very|intensely|heterogeneously|homogeneously|"
    r"predominantly|diffusely|uniformly|strongly|faintly)\s+)?"
)
_LEVEL = r"(?:hypo|iso|hyper|an)"


def _range(suffix: str) -> str:
    """ "iso- to", "isodense or": the first level of a range ("iso- to hyperintense")."""
    return rf"(?:{_LEVEL}(?:{suffix})?-?\s*(?:to|or|and(?:/or)?)\s+{_DEGREE})?"


# The tissues a signal, density or echogenicity is graded against.
_TISSUE = (
    r"(?:grey matter|gray matter|white matter|muscle|skeletal muscle|"
    r"liver|spleen|CSF|cerebrospinal fluid|fat|brain|(?:spinal\s+)?cord|renal cortex|cortex|"
    r"parenchyma|myometrium|thyroid|bone marrow|marrow|kidney|pancreas|blood pool|water|"
    r"fluid|soft tissue|bone|vitreous|bile|urine|myocardium|blood)"
)
_REFERENCE_BODY = (
    r"\s{1,3}(?:(?:relative|compared)\s+(?:to|with)|to)\s+(?:the\s+)?(?:normal\s+|adjacent\s+|"
    r"surrounding\s+)?(?P<ref>(?:(?!on\b|in\b|at\b|with\b)[a-z]{3,16}\s+)?" + _TISSUE + ")"
)
# What follows "compared with" when it names the tissue a level is graded against ("…
# hyperattenuating compared with subcutaneous fat"), not another lesion or group.
REFERENCE_TISSUE_AHEAD = (
    r"\s{1,3}(?:the\s+)?(?:normal\s+|adjacent\s+|surrounding\s+)?"
    r"(?:(?!on\b|in\b|at\b|with\b)[a-z]{3,16}\s+)?" + _TISSUE + r"(?![\w-])"
)
_REFERENCE = "(?:" + _REFERENCE_BODY.replace("(?P<ref>", "(?:") + ")?"
_REFERENCE_TAIL = re.compile(_REFERENCE_BODY + "$", re.I)
# the noun says the same as the adjective: "T2 hyperintensity", "hypoattenuation"
_INTENSITY = rf"{_DEGREE}{_range('intense')}{_LEVEL}intens(?:e|ity)\b"
_DENSITY = (
    rf"{_DEGREE}{_range('dense|attenuating')}{_LEVEL}(?:dense|attenuating|density|attenuation)\b"
)
_ECHO = rf"(?:{_DEGREE}{_range('echoic')}{_LEVEL}echoic\b|{_DEGREE}echogenic\b)"
_LEVEL_WORD = r"(?P<lvl>high|low|intermediate|increased|decreased|reduced|bright|dark)"
_ENH_MOD = (
    r"(?:no|non-?|absent|little|minimal|reduced|decreased|diminished|poor|increased|"
    r"mild|moderate|avid|intense|vivid|marked|strong|gadolinium|"
    r"homogeneous|heterogeneous|uniform|rim|ring|peripheral|nodular|central|delayed|"
    r"progressive|centripetal|centrifugal|patchy|solid|septal|wall|early|late|persistent|"
    r"gyriform|discontinuous|interrupted|irregular|thick|thin|smooth|arterial(?:[- ]phase)?|"
    r"(?:portal\s+)?venous(?:[- ]phase)?|hepatobiliary(?:[- ]phase)?|(?:and|or|,)|-)"
)
# Morphology: a closed vocabulary of margin, shape and content descriptors that holds for any
# organ. It is read on no particular sequence: its attribute is what it describes.
_MARGIN_WORD = (
    r"(?:(?:well|ill|poorly|sharply|clearly)[- ](?:circumscribed|defined|demarcated|marginated)|"
    r"circumscribed|(?:micro|macro)?lobulated|spiculated|"
    r"(?:smooth|irregular|indistinct|infiltrative|angular|obscured|lobulated|spiculated)"
    r"\s+(?:margins?|borders?|contours?|outlines?))"
)
_JOIN = r"\s{0,2}(?:,\s{0,2}(?:or\s|and\s)?|or\s|and\s)\s{0,2}"
_EDGE = r"(?:margins?|borders?|contours?|outlines?)"
_MARGIN_ADJ = rf"(?:irregular|smooth|indistinct|infiltrative|angular|obscured|{_MARGIN_WORD})"
_MARGIN_RUN = (
    # "irregular, lobulated or spiculated margins": plain adjectives only before "margins"
    rf"{_MARGIN_ADJ}(?:{_JOIN}{_MARGIN_ADJ}){{0,3}}\s+{_EDGE}"
    rf"|{_MARGIN_WORD}(?:{_JOIN}{_MARGIN_WORD}){{0,3}}(?:\s+{_EDGE})?"
)
_SHAPE_WORD = r"(?:round|oval|ovoid|fusiform|saccular|taller[- ]than[- ]wide|wider[- ]than[- ]tall)"
_SHAPE_RUN = rf"{_SHAPE_WORD}(?:\s{{1,2}}(?:or|and)\s{{1,2}}{_SHAPE_WORD})?(?:\s+shape)?"
# Bone lesions, whatever the bone: matrix, margin, cortex and periosteum as radiographs,
# CT and MRI describe them.
_BONE = (
    r"(?:thin\s+|thick\s+)?sclerotic\s+(?:rim|margins?|borders?)|"
    r"(?:(?:purely|predominantly|mainly|mixed|entirely|largely)\s+)?(?:osteo)?(?:lytic|sclerotic)"
    r"(?:\s{1,2}(?:and|or)\s{1,2}(?:osteo)?(?:lytic|sclerotic|blastic))?|osteoblastic(?!\s+(?:rim|margins?|borders?))|"
    r"(?:narrow|wide|broad|short|long|imperceptible)\s+zones?\s+of\s+transition|"
    r"(?:(?:chondroid|osteoid)\s+)?matrix\s+(?:minerali[sz]ation|calcification)|"
    r"(?:chondroid|osteoid)\s+matrix|"
    r"(?:(?:aggressive|lamellated|laminated|multilamellated|onion[- ]skin|sunburst|"
    r"hair[- ]on[- ]end|solid|interrupted|spiculated)\s+)?periosteal\s+(?:reaction|new\s+bone)|"
    r"(?:cortical|endosteal)\s+(?:thinning|expansion|scalloping|destruction|breach)|"
    r"expansion\s+and\s+thinning\s+of\s+the\s+cortex|(?:bony\s+)?expansile|"
    r"(?:air|gas)[- ]fluid\s+levels?"
)
_CONTENT = (
    r"(?:(?:fat|fluid)[- ](?:fluid|fat)[- ]levels?|central\s+scar|" + _BONE + r"|"
    r"ground[- ]glass(?:\s+(?:opacit(?:y|ies)|opacification|attenuation))?|honeycombing|"
    r"tree[- ]in[- ]bud(?:\s+(?:nodules|opacities|pattern))?|crazy[- ]paving|mosaic\s+attenuation|"
    r"traction\s+bronchiectasis|(?:perilymphatic|centrilobular|subpleural|miliary)\s+nodules|"
    r"(?:(?:punctate|coarse|popcorn|peripheral|rim|curvilinear|eggshell|chondroid|dystrophic|"
    r"central|internal)\s+)?(?:micro)?calcifications?|"
    # the adjective says the same: "often partly calcified", "densely calcified"
    r"(?:(?:partly|partially|densely|heavily|coarsely|peripherally|centrally)\s+)?calcified"
    # only as a predicate ("are often calcified."), never before a noun ("calcified nodes")
    r"(?=\s{0,2}(?:[,.;:)]|$)|\s(?:and|or|in|on|at|with|but|whereas|while)\b))"
)
# "slightly denser than CSF", "enhances less than the adjacent renal parenchyma", "uptake
# lower than that of the liver": a comparison with a named tissue is the finding.
_COMPARED_TO = (
    r"\s+than\s+(?:that\s+of\s+)?(?:the\s+)?(?:normal\s+|adjacent\s+|surrounding\s+)?"
    r"(?P<cref>(?:(?!on\b|in\b|at\b|with\b)[a-z]{3,16}\s+)?(?:grey matter|gray matter|"
    r"white matter|muscle|liver|spleen|CSF|cerebrospinal fluid|fat|brain|cord|cortex|"
    r"parenchyma|myometrium|thyroid|marrow|kidney|pancreas|blood pool|mediastinum|water|"
    r"fluid|soft tissue|bone))\b"
)
_COMPARED = (
    r"(?P<cdeg>(?:slightly|mildly|markedly|much)\s+)?(?P<cword>denser|less\s+dense|"
    r"enhanc(?:es|e)\s+(?:less|more)(?:\s+(?:avidly|intensely|strongly))?|"
    r"uptake\s+(?:lower|higher|less|greater)|"
    # "lower in attenuation than muscle": a density level graded against the tissue
    r"(?:lower|higher)\s+(?:in\s+)?(?:attenuation|density)|(?:less|more)\s+attenuating)"
    + _COMPARED_TO
)
# "Enhancement is avid": how a lesion enhances, said of the word "enhancement".
ENHANCEMENT_PREDICATE = (
    r"(?:is|are|tends?\s+to\s+be)\s+(?:(?:typically|usually|often|generally|characteristically|invariably|"
    r"always)\s+)?(?P<ehow>avid|intense|vivid|marked|strong|mild|minimal|poor|faint|homogeneous|"
    r"heterogeneous|uniform|peripheral|nodular|patchy|progressive|delayed|early|moderate)\b"
    # "mild and heterogeneous": both words are the finding
    r"(?:\s{1,2}(?:and|but)\s{1,2}(?P<ehow2>homogeneous|heterogeneous|patchy|peripheral|"
    r"nodular|progressive|delayed|uniform)\b)?"
)
# "after gadolinium", "following intravenous contrast administration"
_ENH_AGENT = (
    r"(?:after|following|with|on)\s+(?:(?:intravenous|IV|iodinated)\s+)?(?:contrast|gadolinium)"
    r"(?:\s+(?:administration|agent|injection))?"
)
_FINDING = re.compile(
    # every finding starts a word: the alternatives are tried there only ("non-expansile",
    # "non calcified": the prefix denies the finding, so the word after it is none)
    r"(?<!\w)(?<!non-)(?<!non\s)(?<!Non-)(?=\w)(?:"
    r"(?P<margin>" + _MARGIN_RUN + r")(?![\w-])(?!\s+(?:clinical\s+)?(?:entity|entities|syndrome|"
    r"disease|condition|group|population|risk))"
    r"|(?P<shape>" + _SHAPE_RUN + r")(?![\w-])(?!\s+(?:blue\s+)?cells?)"
    # "the zone of transition is narrow": the predicate names the finding
    r"|(?P<zot>zones?\s+of\s+transition\s+(?:is|are|was)\s+(?:(?:usually|typically|often|"
    r"generally|characteristically)\s+)?(?P<zotw>narrow|wide|broad|short|long)\b)"
    r"|(?P<content>" + _CONTENT + r")(?![\w-])"
    # "the mass is heterogeneous", "small tumours tend to be homogeneous": the texture as a
    # predicate; before a noun ("a heterogeneous mass", "homogeneous enhancement") it is that
    # noun's, and other readers take it
    # ("more heterogeneous" compares with another thing: no texture of its own)
    r"|(?P<texture>(?<!more\s)(?<!less\s)"
    r"(?:(?:markedly|mildly|slightly|subtly|predominantly|relatively|very)\s+)?"
    r"(?:hetero|homo)geneous(?:\s+(?:echotexture|texture|appearance))?"
    r"(?=\s{0,2}(?:[,.;:)]|$)|\s(?:and|or|in|on|at|with|but|whereas|while|due|because|owing|"
    r"after|before)\b))"
    r"|"
    r"(?P<signal>" + _INTENSITY + _REFERENCE + r")"
    r"|(?P<level>(?:(?P<lvlfrom>low|high|intermediate)\s+(?:to|or)\s+)?"
    + _LEVEL_WORD
    + r"\s+(?:(?P<lvlseq>"
    + _SEQ_GROUP
    + r")\s+)?(?:in\s+)?signal"
    r"(?:\s+intensity)?" + _REFERENCE + r")"
    r"|(?P<bright>\b(?:bright|dark)\b)"
    # a vessel's signal void on MRI: "appears as a flow void on T2-weighted images"
    r"|(?P<void>\bflow[- ]voids?\b)"
    # "follows CSF on all sequences", "follows fat signal": the signal of a known tissue
    r"|(?P<follow>\bfollows?\s+"
    r"(?P<ftissue>CSF|fat|simple\s+fluid|fluid|water)(?:\s+signal)?\b)"
    r"|(?P<var>\bvariable(?:\s+(?P<varseq>" + _SEQ_GROUP + r"))?\s+signal(?:\s+intensity)?\b"
    r"|\bvariable(?=\s+on\s))"
    r"|(?P<density>" + _DENSITY + _REFERENCE + r")"
    r"|(?P<atten>(?:(?P<afrom>equal|similar|iso|low|high)\s+or\s+)?(?P<alvl>high|low)\s+"
    r"(?:attenuation|density)\b)"
    r"|(?P<echo>" + _ECHO + _REFERENCE + r")"
    r"|(?P<acoustic>(?:posterior\s+)?acoustic\s+(?:enhancement|shadowing)|"
    r"(?:dirty|clean)\s+(?:posterior\s+)?(?:acoustic\s+)?shadowing|"
    r"(?:ring[- ]down|comet[- ]tail|twinkling|reverberation)\s+artefacts?|"
    r"(?:ring[- ]down|comet[- ]tail|twinkling|reverberation)\s+artifacts?)"
    # "enhancement after gadolinium is heterogeneous": the agent between noun and predicate
    # names the sequence (read from the eagent group)
    r"|(?P<enhis>\benhancement(?P<eagent>\s+" + _ENH_AGENT + r")?\s+" + ENHANCEMENT_PREDICATE + r")"
    # "and enhancement is avid" is the predicate's finding (enhis), not "and enhancement"
    r"|(?P<enh>(?!(?:and|or)\s+enhancement\s+(?:"
    + _ENH_AGENT
    + r"\s+)?(?:is|are)\s)(?:(?:"
    + _ENH_MOD
    + r")\s*){0,5}"
    # "increased mucosal enhancement", "reduced bowel wall enhancement": the structure that
    # enhances, an adjective or a noun before "wall", stays with its degree
    r"(?:[a-z]{3,20}(?:al|ar|ic|ous)\s+|[a-z]{3,20}\s+(?=wall\s))?(?:wall\s+)?"
    r"(?:enhancement|hyperenhancement)"
    r"(?:\s+(?:with|and|followed by)\s+(?:(?:early|late|mild|marked|rapid|delayed)\s+)?"
    r"(?P<washout>washout|wash-out))?)"
    # "hypoenhancing relative to the myometrium": enhancement graded against a tissue
    r"|(?P<enhlvl>\b(?:hypo|iso|hyper)-?enhanc(?:ing|ement)\b" + _REFERENCE + r")"
    # "enhance, often heterogeneously": the usual manner after a comma is the same finding
    r"|(?P<enhv>\b(?:enhances?|enhancing)(?:\s*,\s*(?:often|usually|typically|mostly|"
    r"generally|commonly))?\s+(?P<how>avidly|intensely|vividly|homogeneously|"
    r"heterogeneously|uniformly|strongly|mildly|poorly|peripherally|moderately|markedly|"
    r"faintly)\b)"
    # "with non-enhancing necrotic areas" describes a part, not the lesion as a whole
    r"|(?P<noenh>\b(?:does\s+not|do\s+not|doesn't|don't)\s+enhance\b|\bnon-?enhancing\b"
    r"(?!\s+(?:necrotic|cystic|central|components?|areas?|portions?|parts?|foci|focus|"
    r"regions?|cysts?|septa|fluid|cores?|centres?|centers?|necrosis)\b))"
    r"|(?P<washonly>\b(?:washout|wash-out)\b)"
    r"|(?P<restrict>\b(?:restricted\s+diffusion|diffusion\s+restriction|restricts?\s+diffusion|"
    r"facilitated\s+diffusion)\b"
    # "Diffusion is (not) restricted": the match is the participle, so a "not" before it
    # says the restriction is absent
    r"|(?:(?<=diffusion\sis\s)|(?<=diffusion\sis\snot\s))restricted\b)"
    r"|(?P<adc>\b(?P<adclvl>low|high|reduced|increased)\s+ADC\b)"
    r"|(?P<bloom>\bblooming\b|\bblooms?\b|\bsusceptibility\s+artefact\b|\bsusceptibility\s+artifact\b)"
    r"|(?P<fdg>\b(?:intensely\s+|highly\s+|markedly\s+)?(?:non-)?FDG[- ]avid\b|"
    r"\bhypermetabolic\b)"
    r"|(?P<photo>\bphotopenic\b)"
    # "intense uptake on bone scintigraphy", "avid FDG uptake": the strength as written
    r"|(?P<uptake>\b(?P<upwhy>increased|intense|intensely\s+increased|avid|marked|markedly\s+"
    r"increased|strong|high)\s+(?:tracer\s+|radiotracer\s+|FDG\s+|isotope\s+)?uptake\b)"
    r"|(?P<drop>\bsignal\s+(?:loss|drop(?:[- ]?out)?)\b|\b(?:loss|drop(?:[- ]?out)?)\s+of\s+"
    r"signal\b|\b(?:lose|loses|losing|lost|drops?)\s+(?:its\s+|their\s+)?signal\b)"
    r"|(?P<cmp>" + _COMPARED + r")"
    # "little vascularity" says the opposite of "vascularity": the amount is the finding
    r"|(?P<vasc>(?:(?:increased|internal|intralesional|marked|mural|peripheral|central|little|"
    r"minimal|scant|sparse|poor|reduced|decreased|low|absent|variable|rich|abundant|"
    # "preserved hilar vascularity": where the vessels run is the finding (a benign node's)
    r"prominent|preserved|normal|hilar|chaotic|disorganised|disorganized|capsular)\s+){0,2}"
    r"(?:vascularity|hyperaemia|hyperemia|(?<=l\s)(?:blood\s+)?flow)\b))",
    re.I,
)
_SUFFIX_SEQ = re.compile(
    r"^\s*,?\s*\(?\s*(?:on|at|in|with|using)\s+(?:both\s+|all\s+|the\s+)?(?P<seq>"
    + _SEQ_GROUP
    + r")(?:\s+(?:images?|imaging|sequences?|scans?))?",
    re.I,
)
_AFTER_CONTRAST = re.compile(
    r"^\s*(?:after|following|with|on)\s+(?:(?:intravenous|IV|iodinated)\s+)?"
    r"(?P<agent>gadolinium|contrast(?:\s+(?:administration|agent))?|(?:contrast|gadolinium)"
    r"\s+administration)\b",
    re.I,
)
_SHARE = re.compile(
    # "calcification is seen in about 10%": the share a finding is stated for
    r"^\s*,?\s*\(?\s*(?:(?:is|are)\s+(?:seen|present|found|identified|visible|noted|"
    r"demonstrated)\s+)?(?:in\s+)?(?P<q>~|≈|approximately|about|around|up to|over|>|<)?\s*"
    # a range counts by its upper bound: "in 10-20%" is a minority
    r"(?:\d{1,3}(?:\.\d)?\s?%?\s?(?:[-–—]|to)\s?)?(?P<n>\d{1,3}(?:\.\d)?)\s*%",
    re.I,
)
# with the nouns that may also be the lesion itself ("a T2 bright nodule")
_PARTS = (
    rf"{PART_NOUNS}|margins?|nodules?|foci|focus|areas?|regions?|calcifications?|fluid|"
    + "|".join(f"{noun}s?" for noun in SCATTERED_PARTS)
)
_PART_AFTER = re.compile(
    rf"^\s+(?P<phrase>(?:(?:central|peripheral|internal|solid|thin|thick|stellate)\s+){{0,2}}"
    rf"(?P<part>{_PARTS}))\b",
    re.I,
)
# "low T1 signal in fibrotic areas", "hyperintense within the centre": a finding of one part,
# not of the whole ("hypointense in fibrotic areas")
_PART_IN_AFTER = re.compile(
    r"^\s+(?:in|within)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<phrase>(?:[a-z-]{{3,20}}\s+){{0,2}}(?P<part>{_PARTS}))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|nor)\s+(?:\w+\s+)?$", re.I)
# "echogenic thrombus in the hepatic veins", "echogenic, inflamed periappendiceal fat",
# "hyperdense clot": a level said of a named thing, which is that thing's look, not the
# lesion's (a closed list of contents and materials an image shows; the lesion's own parts
# are _PARTS, read above).
_OTHER_THING = re.compile(
    r"^(?:,?\s{1,2}(?!(?:and|or|with|without|on|in|at|to|than|compared|relative|but|"
    r"which|that|is|are|from|of)\b)[a-z-]{2,25}){0,3}?\s{1,2}"
    r"(?:thromb(?:us|i)|clots?|debris|sludge|stones?|calcul(?:us|i)|gas|air|blood|pus|"
    r"mucus|mucin|secretions?|fat|bile|urine|haematomas?|hematomas?|effusions?|ascites|"
    r"plaques?|material|fragments?|foreign\s+bod(?:y|ies)|bowel|vessels?|veins?|arter(?:y|ies)|"
    r"nodes?|lymph\s+nodes?)(?![\w-])",  # "fat-suppressed" names no fat
    re.I,
)
# "…, with central necrosis of high signal": the signal of the noun before "of", another
# thing's (areas, foci and other parts of the lesion stay the lesion's).
_OF_ANOTHER = re.compile(
    r"\b(?:with|and|plus)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]{3,25})\s+of\s+(?:(?:very|slightly|mildly|markedly|intermediate)\s+)?$",
    re.I,
)
_OWN_PARTS = frozenset(
    (
        *("area", "areas", "focus", "foci", "region", "regions", "zone", "zones"),
        # "… and are of low signal": a verb, no noun
        *("is", "are", "was", "were", "be", "been", "being"),
    )
)
_ABSENT = re.compile(
    r"\b(?:no|without|absence\s+of|lack\s+of|lacks?|lacking|relatively|deceptively|apparently|"
    r"seemingly|fairly)\s+(?:\w+\s+)?$",
    re.I,
)
# "no restricted diffusion", "without acoustic shadowing", "lacks enhancement": the finding
# is stated absent, and its absence is the fact.
_ABSENT_BEFORE = re.compile(
    # "loses its normal high signal": the signal it had is gone
    r"\b(?:no|without|absence\s+of|absent|lack\s+of|lacks?|lacking|loses?|losing|loss\s+of)\s+"
    r"(?:(?!(?:or|and|but)\b)[\w-]+\s+){0,2}$",
    re.I,
)
# "Calcification is absent", "restricted diffusion is not seen"; "Internal flow on colour
# Doppler is usually absent": the modality it is sought on may come between.
_ABSENT_AFTER = re.compile(
    r"^(?:\s+(?:on|at|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:is|are)\s+(?:typically\s+|usually\s+|characteristically\s+)?(?:absent|"
    r"not\s+(?:seen|present|identified|visible|a\s+feature))\b",
    re.I,
)
# Families whose absence is a fact a card can ask ("no enhancement"); an absent signal or
# shape ("not hyperintense", "not round") says too little and is left out.
_NEGATABLE = frozenset(
    {"enhancement", "phase", "diffusion", "susceptibility", "pet", "uptake", "vascularity", "drop"}
)
_NEGATABLE_GROUPS = frozenset({"content", "acoustic"})
# Families of morphology descriptors; each is its own attribute unless a modality is known.
MORPHOLOGY = frozenset({"margins", "shape", "morphology"})
# Modalities on which margins, shape and contents are read ("ultrasound": "oval shape").
_MORPHOLOGY_MODALITIES = frozenset(
    {"MRI", "CT", "ultrasound", "radiograph", "mammography", "fluoroscopy"}
)


_OF_PART = re.compile(
    rf"^\s+(?:(?!(?:and|or|with|but|in|of)\b)[\w-]+\s+){{0,2}}?(?:{_PARTS})\b", re.I
)


_EITHER = re.compile(r"\beither\b|\bversus\b|\bvs\b", re.I)


def _morphology_holds(clause: str, match: re.Match[str]) -> bool:
    """A morphology word describes the subject itself: not absent or hedged ("no
    calcification", "deceptively well-circumscribed") and not the shape of a part named
    after it ("a round lucent nidus" is the nidus's shape, not the lesion's)."""
    before = clause[max(0, match.start() - 25) : match.start()]
    if _EITHER.search(clause[max(0, match.start() - 60) : match.end() + 30]):
        return False  # "either osteoblastic or osteolytic": neither is how it looks
    if _ABSENT.search(before) or _in_absent_list(clause, match):
        return False
    if _IN_THE_PLACE.search(before) and _NOUN_NEXT.match(clause[match.end() : match.end() + 25]):
        return False  # "signal in the sclerotic bone": where the signal is, not a look
    return not _OF_PART.match(clause[match.end() : match.end() + 60])


# A morphology word inside a phrase of place after a finding ("low T2 signal in the sclerotic
# bone") qualifies the place; the look is the finding's, read by its own word.
_IN_THE_PLACE = re.compile(
    r"\b(?:signal|intensity|attenuation|density|echogenicity)\s(?:in|within)\sthe\s$", re.I
)
_NOUN_NEXT = re.compile(
    r"^\s(?:bone|marrow|tissue|portion|part|area|region|component|segment)s?\b", re.I
)


@dataclass(frozen=True, slots=True)
class ClauseFinding:
    """One finding a clause states: on which sequence or modality, what, and of what part."""

    attribute: str
    value: str
    part: str = ""  # "rim" for "a T2 hypointense rim"; "" for the lesion as a whole
    share: float | None = None  # "hyperdense in 70%" → 70.0
    family: str = ""  # "margins" for "smooth margins" read on "CT"; "" for the others
    within: str = ""  # "fibrotic areas" for "low T1 signal in fibrotic areas": whose look it is


_PREFIX_HYPHEN = re.compile(r"\b(hypo|iso|hyper|an)\s*-\s*(?=to|or|and)")


_SPACES = re.compile(r"\s+")


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text.strip().lower())
    return _PREFIX_HYPHEN.sub(r"\1- ", text)


MAX_VALUE_WORDS = 5  # a card's answer stays short (card rule C1)


# References whose signal is far from the soft tissue a finding is read against by default:
# "hyperintense to CSF" on T1 is hypointense to brain, so the reference is never left out.
_FLUID_REFERENCE = re.compile(r"\b(?:csf|fluid|water|fat|bile|urine|vitreous)\b", re.I)


def _signal_value(core: str, ref: str | None) -> str:
    """ "isointense" + "grey matter" → "isointense to grey matter"; the reference is left
    out when it would make the answer longer than a card allows, unless it is a fluid or fat
    (without it the finding reads as against soft tissue, which is false)."""
    value = _tidy(core)
    if not ref:
        return value
    # "CSF" stays an abbreviation: "to csf" is no word a reader knows.
    ref = " ".join(
        word if word.isupper() and len(word) > 1 else word.lower() for word in ref.split()
    )
    with_ref = f"{value} to {ref}"
    keep = len(with_ref.split()) <= MAX_VALUE_WORDS or _FLUID_REFERENCE.search(ref)
    return with_ref if keep else value


# A level with no tissue of its own: "mildly hyperintense", "iso- to hypodense".
_BARE_LEVEL = re.compile(
    r"(?:[a-z]+ly\s+)?(?:(?:hypo|iso|hyper)-?(?:intense|dense|echoic)?\s+(?:to|or)\s+"
    r"(?:[a-z]+ly\s+)?)?(?:hypo|iso|hyper)-?(?:intense|dense|echoic)",
    re.I,
)


def graded_against(value: str, tissue: str) -> str:
    """A bare level graded against a tissue named elsewhere in its sentence ("Relative to
    vitreous, the tumour is mildly hyperintense on T1" → "mildly hyperintense to vitreous");
    any other finding as it is."""
    if not _BARE_LEVEL.fullmatch(value):
        return value
    return _signal_value(value, tissue)


def _level_value(level: str) -> str:
    level = level.lower()
    if level in ("high", "increased", "bright"):
        return "hyperintense"
    if level in ("low", "decreased", "reduced", "dark"):
        return "hypointense"
    return "intermediate signal"


_STRENGTH = re.compile(r"^(?:intense|avid|vivid|marked|strong|mild|moderate)\s+")


def _enhancement_value(text: str) -> str:
    value = _tidy(text)
    value = re.sub(r"\bwash-out\b", "washout", value)
    value = re.sub(r"\s*,\s*", " ", value).replace(" and enhancement", " enhancement")
    value = re.sub(r"\bnon-? ?enhancement", "no enhancement", value)
    value = re.sub(r"^(?:(?:and|or)\s+)+", "", value)  # "…, calcification or enhancement"
    while len(value.split()) > MAX_VALUE_WORDS and _STRENGTH.match(value):
        value = _STRENGTH.sub("", value, count=1)  # the pattern matters more than its strength
    return value


def _core(match: re.Match[str], name: str) -> str:
    return _REFERENCE_TAIL.sub("", match.group(name))


_Read = tuple[str, str, str | None]  # (family, value, sequences written before the finding)


def _adjective(value: str) -> str:
    """ "hyperintensity" → "hyperintense", "hypoattenuation" → "hypoattenuating"."""
    value = re.sub(r"intensity\b", "intense", value)
    value = re.sub(r"(?<=[a-z])density\b", "dense", value)
    return re.sub(r"(?<=[a-z])attenuation\b", "attenuating", value)


def _read_signal(m: re.Match[str], ref: str | None) -> _Read:
    return "signal", _signal_value(_adjective(_core(m, "signal")), ref), None


def _read_level(m: re.Match[str], ref: str | None) -> _Read:
    if m.group("lvlfrom"):  # "low to intermediate signal": the range as written
        value = f"{m.group('lvlfrom').lower()} to {m.group('lvl').lower()} signal"
        return "signal", _signal_value(value, ref), m.group("lvlseq")
    return "signal", _signal_value(_level_value(m.group("lvl")), ref), m.group("lvlseq")


def _read_bright(m: re.Match[str], ref: str | None) -> _Read:
    return "bright", _level_value(m.group("bright")), None


def _read_density(m: re.Match[str], ref: str | None) -> _Read:
    value = _tidy(_adjective(_core(m, "density"))).replace("attenuating", "dense")
    return "density", _signal_value(value, ref), None


_DENSITY_WORD = {"high": "hyperdense", "low": "hypodense"}


def _read_attenuation(m: re.Match[str], ref: str | None) -> _Read:
    value = _DENSITY_WORD[m.group("alvl").lower()]
    if m.group("afrom"):  # "of equal or low density": both, as written
        value = f"{_DENSITY_WORD.get(m.group('afrom').lower(), 'isodense')} or {value}"
    return "density", value, None


def _read_echo(m: re.Match[str], ref: str | None) -> _Read:
    value = _tidy(_core(m, "echo")).replace("echogenic", "hyperechoic")
    return "echo", _signal_value(value, ref), None


def _read_enhancement(m: re.Match[str], ref: str | None) -> _Read:
    value = _enhancement_value(m.group("enh"))
    phase = re.search(r"arterial|venous|washout|hepatobiliary", value)
    return "phase" if phase else "enhancement", value, None


def _read_enhancement_is(m: re.Match[str], ref: str | None) -> _Read:
    """ "Enhancement is mild and heterogeneous" → "mild and heterogeneous enhancement"."""
    how = m.group("ehow").lower()
    if m.group("ehow2"):
        how = f"{how} and {m.group('ehow2').lower()}"
    return "enhancement", f"{how} enhancement", None


def _read_enhances(m: re.Match[str], ref: str | None) -> _Read:
    # "avidly" → "avid", "peripherally" → "peripheral" (only the adverb's "-ly" goes)
    how = re.sub(r"ly$", "", m.group("how").lower())
    return "enhancement", f"{how} enhancement", None


def _read_restriction(m: re.Match[str], ref: str | None) -> _Read:
    facilitated = "facilitated" in m.group("restrict").lower()
    return "diffusion", "facilitated diffusion" if facilitated else "restricted diffusion", None


def _read_adc(m: re.Match[str], ref: str | None) -> _Read:
    return "adc", "low" if m.group("adclvl").lower() in ("low", "reduced") else "high", None


def _read_fdg(m: re.Match[str], ref: str | None) -> _Read:
    return "pet", "not FDG-avid" if "non-" in m.group("fdg").lower() else "FDG-avid", None


def _read_compared(m: re.Match[str], ref: str | None) -> _Read:
    """ "slightly denser than CSF" (density), "enhances less than renal parenchyma"
    (enhancement), "uptake lower than liver" (uptake): the comparison as written."""
    word = " ".join(m.group("cword").lower().split())
    degree = (m.group("cdeg") or "").lower()
    family = "density" if "dense" in word else "enhancement" if "enhanc" in word else "uptake"
    if "attenuati" in word or "density" in word:  # the level's own word, as elsewhere
        level = "hypo" if word.startswith(("lower", "less")) else "hyper"
        return "density", f"{degree}{level}dense to {m.group('cref')}", None
    return family, f"{degree}{word} than {m.group('cref')}", None


def _bare(text: str, noun: str) -> str:
    """ "irregular margins" → "irregular": the card's cue names the attribute already."""
    return re.sub(rf"\s+{noun}$", "", _tidy(text), flags=re.I)


def _enhancing(match: re.Match[str]) -> str:
    """ "hypoenhancement relative to the pancreas" reads as "hypoenhancing"."""
    return re.sub(r"enhancement$", "enhancing", _core(match, "enhlvl").strip(), flags=re.I)


def _fixed(family: str, value: str) -> Callable[[re.Match[str], str | None], _Read]:
    return lambda m, ref: (family, value, None)


# Named group of _FINDING → how to read it; the first group that matched decides.
_READERS: tuple[tuple[str, Callable[[re.Match[str], str | None], _Read]], ...] = (
    ("margin", lambda m, ref: ("margins", _bare(m.group("margin"), _EDGE), None)),
    ("shape", lambda m, ref: ("shape", _bare(m.group("shape"), "shape"), None)),
    ("zot", lambda m, ref: ("morphology", f"{m.group('zotw').lower()} zone of transition", None)),
    ("content", lambda m, ref: ("morphology", _tidy(m.group("content")), None)),
    ("texture", lambda m, ref: ("morphology", _tidy(m.group("texture")), None)),
    ("signal", _read_signal),
    ("level", _read_level),
    ("bright", _read_bright),
    # "variable on T2", "variable T2 signal", "variable signal" under a T2 heading
    ("var", lambda m, ref: ("signal", "variable signal", m.group("varseq"))),
    ("void", _fixed("signal", "flow void")),
    ("follow", lambda m, ref: ("signal", f"follows {m.group('ftissue')}", None)),
    ("density", _read_density),
    ("atten", _read_attenuation),
    ("echo", _read_echo),
    ("acoustic", lambda m, ref: ("echo", _tidy(m.group("acoustic")), None)),
    ("enhis", _read_enhancement_is),
    ("enh", _read_enhancement),
    ("enhlvl", lambda m, ref: ("enhancement", _signal_value(_enhancing(m), ref), None)),
    ("enhv", _read_enhances),
    ("noenh", _fixed("enhancement", "no enhancement")),
    ("washonly", _fixed("phase", "washout")),
    ("restrict", _read_restriction),
    ("adc", _read_adc),
    ("bloom", _fixed("susceptibility", "blooming")),
    ("fdg", _read_fdg),
    ("photo", _fixed("uptake", "photopenic")),
    ("uptake", lambda m, ref: ("uptake", _tidy(m.group("uptake")).replace("fdg", "FDG"), None)),
    ("drop", _fixed("drop", "signal loss")),
    ("cmp", _read_compared),
    ("vasc", lambda m, ref: ("vascularity", _tidy(m.group("vasc")), None)),
)


def _group(match: re.Match[str]) -> str:
    """The named alternative of _FINDING that matched ("margin", "echo", ...)."""
    return next(name for name, _ in _READERS if match.group(name))


def _classify(match: re.Match[str]) -> _Read:
    """(family, value, sequences written before the finding) of one finding match."""
    tail = _REFERENCE_TAIL.search(match.group(0))
    ref = tail.group("ref") if tail else None
    return dict(_READERS)[_group(match)](match, ref)


# Which sequences or modalities a finding family may be read on, and its default.
_FAMILY_DEFAULT = {
    "echo": "ultrasound",
    "diffusion": "MRI DWI",
    "adc": "MRI ADC",
    "susceptibility": "MRI SWI/GRE",
    "pet": "PET",
}


def _fits(family: str, attribute: str) -> bool:
    """Can a finding of ``family`` be read on ``attribute``? (no "hyperintense on CT")."""
    fam = _family(attribute)
    return {
        "signal": fam == "MRI" and attribute != "MRI",
        "density": fam in ("CT", "radiograph", "mammography"),
        "echo": fam == "ultrasound",
        "enhancement": attribute
        in ("MRI T1 C+", "contrast-enhanced CT", "contrast-enhanced ultrasound"),
        "phase": fam in ("CT", "MRI"),
        "diffusion": attribute in ("MRI DWI", "MRI ADC"),
        "adc": attribute == "MRI ADC",
        "susceptibility": attribute == "MRI SWI/GRE",
        "pet": attribute in ("PET", "PET-CT"),
        "uptake": attribute in ("PET", "PET-CT", "bone scan", "nuclear medicine", "scintigraphy"),
        "vascularity": attribute == "colour Doppler",
        # chemical shift above all, but also T2 "shading" or loss on fat-suppressed images
        "drop": fam == "MRI" and attribute != "MRI",
    }.get(family, False)


# Contexts a density is read on as such; any other (an MRI heading) gives plain "CT".
_DENSITY_CONTEXTS = frozenset(
    {"radiograph", "mammography", "CT non-contrast", "contrast-enhanced CT"}
)
_CONTRAST = {
    "MRI": "MRI T1 C+",
    "CT": "contrast-enhanced CT",
    "ultrasound": "contrast-enhanced ultrasound",
}


def _implied_enhancement(context: str, after: str) -> list[str]:
    agent = _AFTER_CONTRAST.match(after)
    if agent and "gadolinium" in agent.group("agent").lower():
        return ["MRI T1 C+"]
    return [_CONTRAST.get(_family(context) if context else "", "post-contrast")]


def _implied_phase(context: str) -> list[str]:
    fam = _family(context) if context else ""
    if fam == "ultrasound":
        return ["contrast-enhanced ultrasound"]
    return [f"{fam} multiphase" if fam in ("CT", "MRI") else "CT/MRI multiphase"]


def _implied(family: str, context: str, after: str) -> list[str]:
    """The sequence a finding is read on when the clause names none next to it."""
    if family == "pet" and context == "PET-CT":  # "FDG-avid" under a "PET-CT" heading
        found = [context]
    elif family in _FAMILY_DEFAULT:
        found = [_FAMILY_DEFAULT[family]]
    elif family == "density":
        found = [context if context in _DENSITY_CONTEXTS else "CT"]
    elif family == "enhancement":
        found = _implied_enhancement(context, after)
    elif family == "phase":
        found = _implied_phase(context)
    elif family == "vascularity":  # flow is seen on Doppler, named or set by an US section
        found = (
            ["colour Doppler"] if context and _family(context) in ("ultrasound", "Doppler") else []
        )
    else:  # signal or uptake: only a heading or an opening that names the sequence
        found = [context] if context and _fits(family, context) else []
    return found


# Word parts every finding of _FINDING contains: a cheap test (substring search is much
# faster than a case-insensitive alternation) before the full vocabulary.
_TRIGGERS = (
    *("intens", "dense", "densit", "attenuat", "echo", "enhanc", "wash", "diffusion", "adc"),
    *("bloom", "acoustic", "shadow", "artefact", "artifact"),
    *("susceptib", "fdg", "metabolic", "photopenic", "uptake", "signal", "bright", "dark"),
    # morphology
    *("circumscri", "defined", "demarcat", "marginat", "lobulat", "spiculat", "margin", "border"),
    *("contour", "outline", " round", " oval", "ovoid", "fusiform", "saccular", "than-wide"),
    *("than wide", "than-tall", "than tall"),
    *("level", "scar", "glass", "honeycomb", "tree", "paving", "mosaic", "bronchiect", "nodules"),
    *("calcif", "variable", "vascular", "hyperaem", "hyperem", "l flow", "l blood flow"),
    *("lytic", "sclerotic", "blastic", "transition", "matrix", "periosteal", "cortical"),
    *("endosteal", "flow void", "flow-void"),
    *("follows csf", "follows fat", "follows fluid", "follows simple", "follows water"),
    *("follow csf", "follow fat", "follow fluid", "follow simple", "follow water"),
    *("expansi", "cortex", "geneous"),
)
_MODALITY_WORDS = (
    *("flair", "stir", "dwi", "adc", "swi", "gre", "pet", "ultraso", "sonograph", "doppler"),
    *("scan", "scintigraph", "radiograph", "film", "x-ray", "mammogra", "fluoroscop", "phase"),
    *("diffusion", "gradient", "susceptib", "contrast", "gadolinium", "chemical", "weighted"),
    *("ssfp", "cine", "steady", "sequence"),
)
_MODALITY_ACRONYMS = ("T1", "T2", "CT", "MR", "US", "t1", "t2")


@lru_cache(maxsize=8192)
def has_finding_words(text: str) -> bool:
    """Whether ``text`` may state a finding of the vocabulary (no false "no")."""
    lower = text.lower()
    return any(word in lower for word in _TRIGGERS)


@lru_cache(maxsize=8192)
def may_name_sequences(text: str) -> bool:
    """Whether ``text`` may name a sequence or modality (no false "no")."""
    if any(word in text for word in _MODALITY_ACRONYMS):
        return True
    lower = text.lower()
    return any(word in lower for word in _MODALITY_WORDS)


# Families whose sequence may be written just before them; found by a search behind the
# finding (one bounded search per finding, not the sequence vocabulary at every position).
_PREFIXED = frozenset({"signal", "bright", "density"})
_PREFIX = re.compile(rf"(?P<seq>{_SEQ_GROUP})[- ]?$", re.I)


# "no septa, calcification or enhancement": the "no" holds for every member of the list
# it opens (members of up to four words, joined by commas and a last "or"/"nor"). A member
# before the last is followed by the rest of the list; the last follows it.
_ABSENT_OPENS = r"\b(?:no|without|absence\s+of|lack\s+of)\s+(?:[\w-]+\s+){0,3}[\w-]+"
_ABSENT_LIST_BEFORE = re.compile(
    rf"{_ABSENT_OPENS}(?:,\s*(?:[\w-]+\s+){{0,3}}[\w-]+){{0,4}},?\s+(?:or|nor)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ABSENT_LIST_OPEN = re.compile(
    rf"{_ABSENT_OPENS}(?:,\s*(?:[\w-]+\s+){{0,3}}[\w-]+){{0,3}},\s*(?:[\w-]+\s+){{0,2}}$",
    re.I,
)
_LIST_GOES_ON = re.compile(
    r"^(?:\s+[\w-]+){0,3}(?:,\s*(?:[\w-]+\s+){0,3}[\w-]+){0,3},?\s+(?:or|nor)\s", re.I
)


_OR_NOR = re.compile(r"(?:or|nor)\s+", re.I)


def _in_absent_list(clause: str, match: re.Match[str]) -> bool:
    """Whether the finding at ``match`` is a member of a list that "no" or "without" opens
    ("no cortical destruction, periosteal reaction or soft-tissue mass")."""
    # An enhancement match may open on the list's own "or" ("… calcification or enhancement").
    joined = _OR_NOR.match(match.group())
    end = match.start() + (joined.end() if joined else 0)
    before = clause[max(0, end - 90) : end]
    if _ABSENT_LIST_BEFORE.search(before):
        return True
    after = clause[match.end() : match.end() + 90]
    return bool(_ABSENT_LIST_OPEN.search(before) and _LIST_GOES_ON.match(after))


def _absence(clause: str, match: re.Match[str]) -> str:
    """ "not" or "no" when the clause states the finding absent, else ""."""
    if _NEGATED.search(clause[max(0, match.start() - 20) : match.start()]):
        return "not"
    before = clause[max(0, match.start() - 40) : match.start()]
    if _ABSENT_BEFORE.search(before) or _ABSENT_AFTER.match(clause[match.end() : match.end() + 40]):
        return "no"
    return "no" if _in_absent_list(clause, match) else ""


# "little or no internal vascularity", "is absent or mild": absent in some, slight in others;
# "no vascularity" would overstate it, and the finding itself would contradict the text.
_PARTLY_BEFORE = re.compile(
    r"\b(?:little|minimal|scant|slight|mild)\s+or\s+no\s+(?:[\w-]+\s+){0,2}$", re.I
)
_PARTLY_AFTER = re.compile(
    r"^\s+(?:is|are)\s+(?:\w+ly\s+)?absent\s+or\s+(?:mild|minimal|slight|subtle|faint)\b", re.I
)


def _partly_absent(clause: str, match: re.Match[str]) -> bool:
    """Whether the text says the finding is absent or slight, not one of the two."""
    before = clause[max(0, match.start() - 40) : match.start()]
    after = clause[match.end() : match.end() + 50]
    return bool(_PARTLY_BEFORE.search(before) or _PARTLY_AFTER.match(after))


def _negated(value: str, absent: str) -> str:
    """The value with its absence kept: "no restricted diffusion", "not FDG-avid"."""
    if value.startswith(("no ", "non", "not ")):
        return value
    return f"not {value}" if value.endswith(("avid", "metabolic")) else f"no {value}"


def _morphology(family: str, value: str, *, context: str) -> ClauseFinding:
    """A margin, shape or content finding, read on the context's modality when one is known
    ("CT margins": "smooth"; "ultrasound": "calcification"), else its family is the
    attribute ("margins": "smooth"). Margins and shape keep their own word in the attribute,
    so a card's cue tells them from the modality's signal or density."""
    modality = _family(context) if context else ""
    if modality not in _MORPHOLOGY_MODALITIES:
        return ClauseFinding(attribute=family, value=value)
    attribute = modality if family == "morphology" else f"{modality} {family}"
    return ClauseFinding(attribute=attribute, value=value, family=family)


def _described(family: str, value: str, context: str, after: str) -> ClauseFinding:
    """A morphology finding with the share written after it: "calcification is seen in about
    10%" is a minority's, not how the lesion looks."""
    described = _morphology(family, value, context=context)
    if share := _SHARE.match(after[:60]):
        described = replace(described, share=float(share.group("n")))
    return described


_NOUN_FORM = re.compile(r"(?:intensity|density|attenuation)$", re.I)
_AROUND = re.compile(
    r"\b(?:surrounding|perilesional|peritumou?ral|perifocal|adjacent|vasogenic|"
    r"(?:white|grey|gray)\s+matter)\b[^,;.]{0,20}$",
    re.I,
)


def _left_out(clause: str, match: re.Match[str], family: str, absent: str) -> bool:
    """Whether a finding is another thing's ("with central necrosis of high signal") or
    stated absent with too little to ask ("not hyperintense", "no irregular margins")."""
    if _NOUN_FORM.search(match.group(0)) and _AROUND.search(
        clause[max(0, match.start() - 30) : match.start()]
    ):
        return True  # "surrounding T2 hyperintensity" is the oedema around it, not its signal
    other = _OF_ANOTHER.search(clause[max(0, match.start() - 60) : match.start()])
    if other and other.group("noun").lower() not in _OWN_PARTS:
        return True
    after = clause[match.end() : match.end() + 120]
    if not _PART_AFTER.match(after) and _OTHER_THING.match(after):
        return True  # "echogenic thrombus": the named thing's look, not the subject's
    return bool(absent) and family not in _NEGATABLE and _group(match) not in _NEGATABLE_GROUPS


def _after(clause: str, match: re.Match[str]) -> str:
    """The text after a finding, where a sequence written after it is read; the agent of
    "enhancement after gadolinium is avid" lies inside the match and is read there too."""
    after = clause[match.end() : match.end() + 120]
    agent = match.groupdict().get("eagent")
    return agent + after if agent else after


_LEVEL_ONLY = r"(?:high|low|intermediate|increased|decreased|reduced)"
_COORDINATED_LEVELS = re.compile(
    rf"\b(?P<l1>{_LEVEL_ONLY})\s(?P<s1>{_SEQ})\s(?P<conj>and|or)\s(?P<l2>{_LEVEL_ONLY})\s"
    rf"(?P<s2>{_SEQ})(?=\s(?:signal|intensity)\b)",
    re.I,
)


def _with_part(value: str, phrase: str) -> str:
    """A finding said of a part: "hypointense rim"; a denied enhancement reads as written,
    "non-enhancing wall" (not "no enhancement wall")."""
    if value == "no enhancement":
        return f"non-enhancing {phrase}"
    return f"{value} {phrase}"


def read_findings(clause: str, context: str = "") -> list[ClauseFinding]:
    """Every finding of the vocabulary in ``clause`` with the sequence it is read on.

    ``context`` is the sequence or modality the surrounding text sets ("MRI T2" under a
    "T2" heading, "CT" after "On CT,"); a finding whose sequence is neither written next
    to it, implied by its kind (echogenicity → ultrasound) nor given by the context is
    left out, as are negated findings ("not hyperintense").
    """
    found: list[ClauseFinding] = []
    if not has_finding_words(clause):
        return found
    # "low T1 and high T2 signal": each level names its own sequence's signal
    clause = _COORDINATED_LEVELS.sub(r"\g<l1> \g<s1> signal \g<conj> \g<l2> \g<s2>", clause)
    for match in _FINDING.finditer(clause):
        family, value, pre = _classify(match)
        absent = _absence(clause, match)
        if _left_out(clause, match, family, absent) or _partly_absent(clause, match):
            continue
        value = _negated(value, absent) if absent else value
        if family in MORPHOLOGY:  # described, not read on a sequence
            if absent or _morphology_holds(clause, match):
                found.append(_described(family, value, context, clause[match.end() :]))
            continue
        after = _after(clause, match)
        if family in _PREFIXED and not pre:  # "T2 hyperintense", "CT hypodense", "T2 bright"
            before = _PREFIX.search(clause[max(0, match.start() - 40) : match.start()])
            pre = before.group("seq") if before else None
        attributes = sequences_in(pre) if pre else []
        suffix = _SUFFIX_SEQ.match(after)
        if not attributes and suffix:
            attributes = sequences_in(suffix.group("seq"))
            after = after[suffix.end() :]
        if family == "enhancement" and attributes and all(_family(a) == "MRI" for a in attributes):
            attributes = ["MRI T1 C+"]  # "enhancement on MRI" is read on post-contrast T1
        elif family == "enhancement" and attributes == ["CT"]:
            attributes = ["contrast-enhanced CT"]
        elif family == "phase" and attributes:
            attributes = [f"{_family(a)} multiphase" for a in attributes]
        if family == "bright":  # "bright" alone is no finding; "T2 bright", "bright on T2" are
            if not attributes:
                continue
            family = "signal"
        attributes = [a for a in attributes if _fits(family, a)] or (
            [] if attributes else _implied(family, context, after)
        )
        share = _SHARE.match(after)
        part = _PART_AFTER.match(after)
        inside = None if part else _PART_IN_AFTER.match(after)
        of_part = part or inside
        found.extend(
            ClauseFinding(
                attribute=attribute,
                value=_with_part(value, part.group("phrase").lower()) if part else value,
                part=of_part.group("part").lower() if of_part else "",
                within=inside.group("phrase").lower() if inside else "",
                share=float(share.group("n")) if share else None,
                # shadowing is a fact of its own beside the echogenicity on ultrasound
                family="acoustic" if match.group("acoustic") else "",
            )
            for attribute in dict.fromkeys(attributes)
        )
    return [f for f in found if len(f.value.split()) <= MAX_VALUE_WORDS]
