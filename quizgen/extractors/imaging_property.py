"""A property of the topic as a sentence's subject, its finding the predicate adjective:
"Enhancement after gadolinium is variable", "T2 signal is mildly hyperintense in most
adenomas", "FDG uptake is intense", "The kinetic curve is predominantly persistent",
"Diffusion is restricted, with low ADC values".

The property names the sequence or modality (enhancement → post-contrast, diffusion → DWI,
echogenicity → ultrasound, FDG uptake → PET); its owner is the topic the sentences before
named (the caller says which). The predicate must be words of a closed list of imaging
qualities, so "Enhancement is seen in the wall" or "Signal is lost" gives nothing; a hedged
second quality stays one ("heterogeneous enhancement, may be marked"), and a finding of a minority
("sometimes", "occasionally") or of a subgroup ("in children") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.extractors.imaging import sequences_in

__all__ = ["PropertyFinding", "property_finding"]

# Qualities a property takes on any image: how strong, how uniform, how timed, which level.
_QUALITY = (
    r"(?:variable|heterogeneous|homogeneous|uniform|intense|avid|marked|mild|moderate|minimal|"
    r"strong|weak|faint|poor|low|high|intermediate|increased|decreased|reduced|raised|"
    r"elevated|restricted|unrestricted|facilitated|persistent|progressive|delayed|early|"
    r"rapid|prolonged|non-?specific|diffuse|patchy|peripheral|central|nodular|irregular|"
    r"(?:hypo|iso|hyper|an)-?(?:intense|attenuating|dense|echoic)|echogenic|"
    r"increased|absent|"
    # "vascularity is normal and symmetrical": the property as in health, or on one side
    r"normal|symmetric(?:al)?|asymmetric(?:al)?)"
)
# A degree before a quality: kept in the value ("mildly hyperintense").
_DEGREE = (
    r"(?:(?:mildly|slightly|markedly|moderately|very|highly|predominantly|mostly|"
    r"relatively|extremely|intensely)\s+)"
)
_PREDICATE = (
    rf"(?P<pred>{_DEGREE}?{_QUALITY}(?:(?:\s{{0,2}},\s{{0,2}}|\s+(?:and|or|to)\s+)"
    # "variable and usually only mildly increased": a hedge before the second quality
    rf"(?:(?:usually|typically|often|generally)\s+)?(?:only\s+)?{_DEGREE}?{_QUALITY}){{0,3}})"
)
_PROPERTY = re.compile(
    r"^(?:(?:its|their|the)\s+)?"
    r"(?P<seq>(?:T1|T2|FLAIR|STIR|DWI|ADC)(?:[- ]weighted)?\s+)?"
    # "Internal vascularity": where in the lesion, kept in the value
    r"(?P<noun>(?:(?:internal|intralesional|intratumou?ral)\s+(?=enhancement|vascularity))?"
    r"(?:(?:(?:contrast|post-?contrast|gadolinium)\s+)?enhancement|"
    # "Diffusion restriction is marked": the restriction's degree
    r"signal(?:\s+intensity)?|diffusion(?:\s+restriction)?|(?:FDG|tracer|radiotracer|FDG-PET|PET)\s+"
    r"(?:uptake|avidity)|uptake|kinetic\s+curves?|kinetics|time-intensity\s+curves?|"
    r"attenuation|echogenicity|echotexture|vascularity))"
    r"(?P<post>\s+(?:after|following|with|on)\s+(?:the\s+)?(?:administration\s+of\s+)?"
    r"(?:intravenous\s+|IV\s+)?(?:contrast|gadolinium|T1|T2|FLAIR|DWI|PET|CT|MRI|"
    # "Vascularity on colour Doppler is …": the modality in the subject
    r"(?:colou?r\s+|power\s+|spectral\s+)?Doppler(?:\s+ultrasound)?|ultrasound|sonography)"
    r"(?:[- ](?:weighted|enhanced))?(?:\s+(?:images?|imaging|sequences?|administration|"
    r"medium|agent))?)?"
    r"\s+(?:is|are)\s+(?P<often>(?:often|frequently|commonly)\s+)?"
    r"(?:(?:usually|typically|generally|characteristically|classically|invariably|"
    r"always|also)\s+)?"
    + _PREDICATE
    # where the predicate ends: the sentence, a hedged or explained second part, the topic's
    # majority ("in most adenomas"), or the sequence it is read on
    + r"(?P<on>\s+on\s+(?:T1|T2|FLAIR|STIR|DWI|ADC)(?:[- ]weighted)?(?:\s+images?)?)?"
    r"(?:\s+in\s+(?:most|the\s+(?:vast\s+)?majority(?:\s+of)?|nearly\s+all|almost\s+all|"
    r"both|each)"
    r"\s+(?:\w+\s+){0,2}?(?:cases|lesions|tumou?rs|patients|\w+s))?"
    # "… and may be marked": a quality in some, kept as such after the finding
     + rf"(?:\s+and\s+(?:may|can)\s+be\s+(?P<hedged>{_DEGREE}?{_QUALITY}))?"
    # ", and foci of high signal indicate …" is another subject's clause: no end here
    # or an apposition about it (", a potential pitfall")
    r"\s*(?=[.;]|,\s*(?:with|which|reflecting|owing|due|a|an)\b|"
    r"\s+(?:and|but)\s+(?:may|can|might|does|do|is|are|not|often|sometimes|so)\b|$)",
    re.I,
)
# Qualities that are levels of a signal, density or echo: the value without the noun.
_LEVEL = re.compile(
    r"(?:(?:hypo|iso|hyper|an)-?(?:intense|attenuating|dense|echoic)|echogenic)$", re.I
)
_NOUN_LEAD = re.compile(r"^(?:contrast|post-?contrast|gadolinium|tracer|radiotracer)\s+", re.I)


@dataclass(frozen=True, slots=True)
class PropertyFinding:
    """The sequence or modality a property is read on and the finding as a card's answer."""

    attribute: str
    value: str


def _enhanced(written: str, named: list[str], family: str) -> str:
    """ "after gadolinium", "on MRI" or an MRI context: post-contrast T1; CT's likewise."""
    family = named[0].split(maxsplit=1)[0] if named else family
    if "gadolinium" in written.lower() or family == "MRI":
        return "MRI T1 C+"
    if family in ("CT", "contrast-enhanced"):
        return "contrast-enhanced CT"
    return "" if named else "post-contrast"


def _uptake(noun: str, context: str, _family: str) -> str:
    if re.search(r"FDG|PET", noun, re.I) or context.startswith("PET"):
        return "PET"
    return context if context in ("bone scan", "scintigraphy") else ""


# The sequence or modality a property's noun implies, given the context's.
_BY_NOUN: tuple[tuple[re.Pattern[str], Callable[[str, str, str], str]], ...] = (
    (re.compile(r"^(?:kinetic|time-intensity)"), lambda n, c, f: "MRI T1 C+" if f == "MRI" else ""),
    (re.compile(r"^diffusion(?: restriction)?$"), lambda n, c, f: "MRI DWI"),
    (re.compile(r"uptake|avidity"), _uptake),
    (re.compile(r"^echo"), lambda n, c, f: "ultrasound"),
    # vascularity is read with Doppler: an ultrasound context is its study
    (
        re.compile(r"vascularity$"),
        lambda n, c, f: c if c in ("colour Doppler", "ultrasound") else "",
    ),
    (re.compile(r"^attenuation$"), lambda n, c, f: c if f == "CT" else "CT"),
    # a bare "signal" is read on the sequence the context names, or on MRI as a whole
    (re.compile(r"^signal"), lambda n, c, f: c if f == "MRI" else ""),
)


def _attribute(noun: str, written: str, context: str) -> str:
    """The sequence or modality of a property: the one written beside it, else the one its
    noun implies, else the context's when it fits; "" when none is known."""
    named = sequences_in(written)
    low = noun.lower()
    family = context.split(maxsplit=1)[0] if context else ""
    if "enhancement" in low:
        return _enhanced(written, named, family)
    if named:
        return named[0]
    return next((pick(noun, context, family) for p, pick in _BY_NOUN if p.search(low)), "")


def property_finding(sentence: str, context: str = "") -> PropertyFinding | None:
    """The finding of a sentence whose subject is a property of the topic, or None."""
    match = _PROPERTY.match(sentence.strip())
    if not match:
        return None
    noun = " ".join(match.group("noun").split())
    written = " ".join(f"{match.group(g) or ''}" for g in ("seq", "post", "on"))
    attribute = _attribute(noun, written, context)
    if not attribute:
        return None
    pred = " ".join(match.group("pred").split())
    if re.search(r"\babsent\b", pred, re.I):
        return None  # "absent" beside another quality says two things; the presence readers'
    often = (match.group("often") or "").strip().lower()
    core = _NOUN_LEAD.sub("", noun)
    core = core if core[:3].isupper() else core.lower()  # "FDG uptake", "PET uptake"
    # "mildly hyperintense" says its level alone; "variable" needs its noun
    value = pred.lower() if _LEVEL.search(pred) else f"{pred.lower()} {core}"
    hedged = match.group("hedged")
    value = f"{value}, may be {hedged.lower()}" if hedged else value
    return PropertyFinding(attribute, f"{often} {value}".strip())
