"""What a cut-off means: the consequence, state, class, eligibility or definition the
sentence ties to the figure, and the term an article defines."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import is_condition_name

__all__ = [
    "QUALIFIER",
    "bracketed_state",
    "class_defined",
    "class_having",
    "defined_name",
    "defined_term",
    "eligible_for",
    "intro_meaning",
    "meaning_after",
    "namely_term",
    "prior_meaning",
    "sentence_intro",
]


_CONSEQUENCE = re.compile(
    # a circumstance between the cut-off and its verb: "… of 40% or more at 15 minutes favour"
    r"^\s{0,3}(?:[,)]\s{0,3})?(?:(?:in|on|from|of|at|with|without|within|after|meeting|"
    # where it lies: "descent of more than 5 mm below the foramen magnum is significant"
    r"showing|containing|below|above|beyond|behind|distal\sto|proximal\sto)\s[^,;]{1,40}?\s"
    # where it is measured may take longer: "… of more than 20% on opposed-phase images
    # relative to in-phase images favours" (a condition, "with …", may not)
    r"|on\s[^,;]{41,60}?\s"
    # a place between two named parts: "a diastasis of more than 2 mm between the first and
    # second metatarsal bases is abnormal"
    r"|between\s[^,;]{1,60}?(?:\s|(?=,\s))"
    # a condition in a relative clause is part of the meaning: "larger than 2 cm that show
    # washout are diagnostic"
    r"|(?P<condition>(?:that|which)\s[^,;]{1,60}?\s))?"
    # a second figure or a note in brackets: "more than 3 mm in adults (5 mm in children) is"
    r"(?:\([^()]{1,60}\)\s{1,2})?"
    # an aside between commas: "greater than 15 mm, particularly with calcification, suggests"
    r"(?:,\s(?:particularly|especially|notably|even|usually|typically|often|"
    # … or a comparison or circumstance: ", compared with the other side,", ", as here,"
    r"as|compared|relative|measured|when|if|in|on|at|with|without)\s[^,;]{1,60}?,\s)?"
    r"(?P<meaning>(?:(?:usually|typically|often|generally|always|strongly|reliably|also)\s)?"
    # a participle of judgement without its copula: "with an APRPD of 15 mm or more
    # regarded as severe dilatation"
    r"(?:(?:regarded|taken|accepted|classed|classified|counted)\sas|considered|"
    # ("is typically present" says how often, not what the figure means)
    r"(?:is|are|was|were)(?!\s(?:(?:very|more|less|most|also|quite|typically|usually|often|"
    r"generally|commonly)\s)?(?:common|"
    r"rare|uncommon|unusual|frequent|infrequent|seen|present|found|noted|reported)\b)|"
    r"has|have|carries|carry|warrants?|suggests?|indicates?|makes?|renders?|excludes?|"
    r"confirms?|supports?|denotes?|constitutes?|prompts?|triggers?|mandates?|justifies|"
    r"corresponds?\sto|qualifies|argues?\s(?:against|for)|"
    # "a diameter exceeding 12 cm signals a risk of perforation" ("signal" alone is the noun
    # of MRI: "… below 10 HU and signal loss on opposed-phase imaging")
    r"signals|heralds?|portends?|points?\sto|predisposes?\sto|"
    # "rotation of more than 180° results in obstruction"
    r"results?\sin|leads?\sto|"
    r"requires?|predicts?|favou?rs?|implies|signifies|defines?|confers?|raises?|increases?|"
    r"should|must|may|can|merits?|suggesting|indicating|implying|favou?ring|warranting|"
    # "an attenuation above 10 HU, reflecting its low lipid content"
    r"reflecting|reflects?|"
    r"requiring|defining|needs?|(?:do|does)\snot\s(?:need|require))\s[^.;]{3,100}"
    # "Stones smaller than 5 mm usually pass spontaneously": what they usually do
    r"|(?:usually|typically|often|generally|rarely|seldom|frequently|commonly|invariably)\s"
    r"(?!(?:measure|measures|measuring|be|is|are|and|or|in|on|at|of)\b)[a-z]{3,20}\s[^.;]{3,100})",
    re.I,
)


QUALIFIER = re.compile(
    # ("usually defined as …" qualifies the definition, not the figure)
    r"(?<!more\s)(?<!less\s)\b(?P<typical>(?:usually|typically|generally|mostly|commonly|often|frequently)"
    r"(?!\s(?:defined|diagnosed)\b)|"
    # "Most hamartomas measure less than 4 cm": what most do is the typical size
    r"^most(?:\s[a-z-]{3,25}){0,2}\s(?:measure|are)|the\smajority\s(?:being|are|measure))\b|"
    r"\b(?P<normal>normal(?:ly)?|upper limit|cut-?off|threshold)\b|"
    r"\bby\s(?P<definition>convention|definition)\b|"
    # "Simple cysts rarely exceed 5 cm": a bound the measure seldom passes
    r"\b(?P<rare>rarely|seldom)(?:\s(?:measures?|reach(?:es)?|grows?(?:\sto)?|are|is))?\s{0,2}$|"
    # "should not exceed 120 mmHg", "must be kept below 40 mmHg": the figure is a limit
    r"\b(?P<limit>(?:should|must)\s(?:not|never)|(?:should|must)\s(?:be\s)?(?:kept|remain|stay))"
    r"\s{0,2}$",
    re.I,
)
_QUALIFIER_REACH = 40  # a qualifier belongs to a cut-off only when written just before it
_NEXT_FIGURE = (
    r"(?:(?:less|more|greater|fewer)\sthan\s|under\s|over\s|above\s|below\s|between\s|"
    r"[<>≤≥]\s?)?\d"
)
# A meaning ends where the sentence goes on to something else ("…, with a specificity of 98%").
_MEANING_END = re.compile(
    r",\s{0,2}(?:with|but|whereas|although|though|while|which|and|as)\b|\s\((?![^()]*\))"
    # the next figure of a contrast: "is abnormal, less than 60 minutes is normal and …"
    rf"|,\s{{0,2}}(?={_NEXT_FIGURE})|\s(?:and|or)\s(?={_NEXT_FIGURE}[^,;.]{{0,25}}\s(?:is|are)\s)",
    re.I,
)
# A definition of the article's subject: "An AAA is a ..." (the name compared apart).
_LEADING_ARTICLE = re.compile(r"an?\s|the\s", re.I)
_DEFINES_AFTER_NAME = re.compile(
    r"(?:\s\([^()]{1,30}\))?\s(?:is|are)\s(?:defined as\s)?(?:an?\s)", re.I
)


# The rest of a list the cut-off opens, up to the plural verb they share: ", eccentric
# bulging, and loss of the fatty hilum " before "are the most useful signs of …".
_LISTED_WITH = re.compile(
    r"\s{0,2},\s(?:[^,;.()]{1,60},\s){0,3}(?:and\s|or\s)?[^,;.()]{1,80}?\s(?=(?:are|were)\s)",
    re.I,
)


_CLOSED_BEFORE_OPENED = re.compile(r"^([^()]*)\).*$", re.S)


# "junctional zone thickness of 12 mm or more: highly predictive of X": the words after a
# colon that follows the cut-off are what it means.
_COLON_MEANING = re.compile(r"^\s{0,2}:\s{1,3}(?P<meaning>[^.;:()]{3,120})")
# "Lateral ventriculomegaly, defined as an atrial diameter of 10 mm or more, …": the cut-off
# defines the term named before "defined as" (not a pronoun: "it is defined as" is the topic's).
_DEFINED_TERM = re.compile(
    r"(?:^|[,;:(]\s{0,2}|\b(?:and|or|but|whereas|while)\s)"
    # (an adverb is no term: "…, usually defined as a diameter of 1.5 cm or more")
    r"(?P<term>(?!(?:it|this|they|these|which|that|the\sterm|usually|generally|typically|"
    r"commonly|conventionally|often|now|also|classically|traditionally)\b)[A-Za-z][\w'’-]{1,30}"
    r"(?:\s[\w'’-]{1,30}){0,4}?)\s{0,2}(?:,|\(|\s(?:is|are|being))?\s{0,2}"
    r"(?:usually\s|generally\s|conventionally\s)?(?:defined|diagnosed)\s"
    # "defined on CT as", "diagnosed at ultrasound when": the modality it is defined on
    r"(?:(?:on|at|by|with)\s(?:[\w-]{2,15}\s){1,2}?)?(?:as|by|when|if)\s"
    r"[^,;:()]{0,60}$",
    re.I,
)


def defined_term(before: str) -> str:
    """ "defines lateral ventriculomegaly" when the words before a cut-off say it defines a
    named term ("Lateral ventriculomegaly, defined as an atrial diameter of …"), else ""."""
    match = _DEFINED_TERM.search(before[-160:])
    if not match or _CLASS_DEFINED.search(before):
        return ""  # "Grade 3 is defined by …": a class's definition, read by class_defined
    term = match.group("term").strip()
    return f"defines {term[:1].lower() + term[1:] if term[1:2].islower() else term}"


_ONLY_A_CUTOFF = re.compile(
    r"^(?:is|are)\s(?:the|an?)\s(?=(?:[a-z-]{3,15}\s){0,2}(?:cut-?offs?|thresholds?)$)", re.I
)


def meaning_after(after: str, before: str, *, comma: bool = True) -> str:
    """What a cut-off means: the words after a colon after it ("…: highly predictive of
    X"), the clause after it ("warrants surgery"), else "typical", "normal" or "by
    definition" when written just before it ("is usually < 1.5 cm"), else "".
    ``comma=False`` refuses a clause after a comma (in a list entry of several features,
    "…, favouring the spine" is another feature)."""
    colon = _COLON_MEANING.match(after)
    if colon:
        return colon.group("meaning").strip()
    consequence = _CONSEQUENCE.match(after)
    listed = None if consequence or not comma else _LISTED_WITH.match(after)
    if listed:  # "a cortex thicker than 3 mm, hilar loss and X are signs of …": the list's
        consequence = _CONSEQUENCE.match(after[listed.end() :])
    if consequence and (comma or not after.lstrip().startswith(",")):
        meaning = _MEANING_END.split(consequence.group("meaning"))[0].strip()
        # a bracket the cut-off stood in ends its meaning ("(a level above 192 ng/mL favours
        # a mucinous cyst) and usually …"); a bracket of the meaning's own stays
        meaning = _CLOSED_BEFORE_OPENED.sub(r"\1", meaning).strip()
        condition = consequence.group("condition") or ""
        # "… are the usual cut-offs": the figure is a cut-off, said with a copula
        meaning = _ONLY_A_CUTOFF.sub("", meaning)
        return f"{condition}{meaning}"
    near = re.split(r"[,;:()]", before[-_QUALIFIER_REACH:])[-1]
    qualifier = QUALIFIER.search(near)
    if not qualifier:
        return ""
    said = ("typical", "limit", "rare", "normal")
    found = next((group for group in said if qualifier.group(group)), "by definition")
    return "rarely" if found == "rare" else found


def defined_name(text: str, names: tuple[str, ...]) -> str:
    """ "defines X" when the sentence defines the article's subject ("An AAA is a dilatation
    of the aorta to a diameter of 3 cm or more"), else ""."""
    # One generic pattern and a plain comparison of the name, not a regex built per title.
    article = _LEADING_ARTICLE.match(text)
    starts = (article.end(), 0) if article else (0,)
    for name in names:
        if len(name) > 2 and any(_defines_at(text, start, name) for start in starts):
            return f"defines {name[:1].lower() + name[1:] if name[1:2].islower() else name}"
    return ""


def _defines_at(text: str, start: int, name: str) -> bool:
    """``name`` (any case) at ``start`` of ``text``, then "is/are (defined as) a/an"."""
    end = start + len(name)
    found = text[start:end]
    if found.isascii() and name.isascii():
        same = found.lower() == name.lower()
    else:  # Unicode case folding ("K" and the Kelvin sign): as the regex compares
        same = re.fullmatch(re.escape(name), found, re.I) is not None
    return same and _DEFINES_AFTER_NAME.match(text, end) is not None


# A cut-off whose meaning is written before it: "repair is indicated for growth of more
# than 1 cm per year", "the diagnosis requires a wall thickness of 15 mm or more".
_PRIOR_MEANING = re.compile(
    r"(?P<meaning>\b(?:[A-Za-z][\w-]{1,25}\s){1,3}?(?:is|are)\s(?:also\s|generally\s|usually\s|"
    r"only\s)?(?:indicated|recommended|required|advised|reserved|performed|needed|considered|"
    # "Mastectomy is preferred when the lesion is larger than 5 cm": a choice it makes
    r"preferred|favou?red|"
    # "A stricture is suggested when … dilatation greater than 3 cm": what the cut-off shows
    r"suggested|diagnosed)\s"
    r"(?:for|when|"
    r"if|in)\b|\b(?:the\s)?diagnosis\s(?:requires|needs)"
    # "guidelines recommend surgical evacuation of a haematoma with a volume greater than"
    r"|\b(?:recommend|recommends|advise|advises|advocate|advocates)\s(?P<done>(?:[a-z][\w-]{1,25}"
    r"\s){0,2}[a-z][\w-]{1,25})\s(?:of|for|in)\b)(?P<rest>[^;:.]{0,80})$",
    re.I,
)


# A list's intro that names what its entries are: "Typical ultrasound findings include:".
_FINDINGS_INTRO = re.compile(
    r"(?:^|[.;]\s)(?P<what>(?:[A-Za-z][\w-]{1,25}\s){0,3}?(?:findings|features|signs|criteria|"
    r"appearances|measurements|thresholds|cut-offs|cutoffs)"
    # "Features that should prompt investigation include:"
    r"(?:\s(?:that|which)\s(?:should\s|may\s|can\s)?[a-z]{3,15}\s(?:[a-z-]{2,20}\s){0,3}?[a-z-]{3,20}"
    # "Features associated with progression to rupture include:", "Signs favouring malignancy"
    r"|\s(?:associated\swith|suggesting|suggestive\sof|favou?ring|predicting|predictive\sof|"
    r"indicating|of)\s[a-z][\w,'-]{0,25}(?:\s(?!(?:which|that|who)\b)[\w,'-]{1,25}){0,8}?)?)"
    r"\s(?:include|includes|are|comprise)\b"
    r"[^.;]{0,40}:?\s{0,2}$",
    re.I,
)


# A sentence that opens on what its listed entries are: "Poor prognostic factors include …".
_SENTENCE_INTRO = re.compile(
    r"^(?:the\s)?(?P<what>(?:[A-Za-z][\w-]{1,25}\s){0,4}?(?:findings|features|signs|criteria|"
    r"factors|predictors|indicators|markers)"
    # "Signs of pulmonary hypertension are usually present: …"
    r"(?:\sof\s(?:[A-Za-z][\w-]{1,25}\s){0,3}?[A-Za-z][\w-]{1,25}"
    # "Features favouring malignancy include …", "Findings that suggest infection are …":
    # what the entries point to
    r"|\s(?:(?:that|which)\s(?:favou?r|suggest|indicate|predict|support)s?|favou?ring|suggesting|"
    r"suggestive\sof|indicating|indicative\sof|predicting|predictive\sof|supporting)"
    # a thing with an article ("favouring a malignant rather than a benign cyst") owns the
    # cut-offs listed, not the article: left to the owner readers
    r"\s(?!(?:an?|the|this|these)\s)[A-Za-z][\w-]{0,25}(?:\s[A-Za-z][\w-]{0,25}){0,7}?)?)"
    r"\s(?:include|includes|are|comprise)\s",
    re.I,
)


def sentence_intro(before: str) -> str:
    """ "poor prognostic factors" when the sentence holding a cut-off opens by saying its
    entries are factors, signs or criteria, else ""."""
    match = _SENTENCE_INTRO.match(before)
    if not match:
        return ""
    what = match.group("what").strip()
    return what[:1].lower() + what[1:] if what[1:2].islower() else what


# "The following thresholds are used:": a lead-in that names only what its entries are
# (thresholds, cut-offs) says nothing of what any of them means.
_LEAD_IN_ONLY = re.compile(
    r"^(?:(?:the|these|following|some|other|several|various|common|commonly|used|main|"
    r"usual)\s){0,3}(?:measurements|thresholds|cut-offs|cutoffs|criteria)$",
    re.I,
)


# "Conservative management … may be chosen for a haematoma with all of the following:": the
# entries are the criteria of what the intro opens on.
_CRITERIA_FOR = re.compile(
    r"^(?P<what>[A-Za-z][\w-]{1,25}(?:\s[\w-]{1,25}){0,3}?)(?:\s(?:with|of|by)\s[^.;:]{1,80}?)?"
    r"\s(?:is|are|may\sbe|can\sbe|should\sbe)\s(?:(?:usually|generally|only|also)\s)?"
    r"(?:chosen|considered|indicated|recommended|reserved|appropriate|suitable|advised|"
    r"preferred|offered)\s(?:for|in|when|if)\b[^.;:]{0,100}?\b(?:all|any|each|one|two)\s"
    r"(?:\w+\s)?of\s(?:the\s)?following(?:\s[a-z]{3,12})?\s{0,2}:?\s{0,2}$",
    re.I,
)
_NOT_A_MANAGEMENT = re.compile(r"^(?:it|this|they|these|there|that|which)$", re.I)


# "Polycystic ovarian morphology is defined by either of the following:": the entries define
# what the intro opens on.
_DEFINED_BY_FOLLOWING = re.compile(
    r"(?:^|,\s)(?P<what>[A-Za-z][\w-]{1,25}(?:\s[\w-]{1,25}){0,4}?)\s(?:is|are)\s"
    r"(?:(?:usually|generally|now|conventionally)\s)?(?:defined|diagnosed)\s"
    r"(?:[a-z][\w-]{1,20}\s){0,4}?by\s(?:(?:either|any|all|one|two|three|each)\s(?:\w+\s)?"
    r"of\s)?(?:the\s)?following\b[^.;:]{0,60}:?\s{0,2}$",
    re.I,
)
# "The Hollis risk score estimates … from five features, one point each:": the entries are
# the score's items.
_SCORE_ITEMS = re.compile(
    r"\b(?P<what>(?:[A-Za-z][\w-]{1,25}\s){0,4}?(?:score|scale|index))\b(?:\s\([A-Z]{2,8}\))?"
    r"[^.;:]{0,160}?,\s(?:one|1|a)\spoint\seach\b[^.;:]{0,40}:?\s{0,2}$",
    re.I,
)


# A list's intro that says what its entries point to: "Several features favour malignancy:",
# "…, but several favour ALT:", "The following suggest a complicated course:".
_POINTING_INTRO = re.compile(
    r"(?:^|[.;,]\s)(?:(?:but|and)\s)?(?:(?:the\s)?following|several|(?:several\s|other\s|"
    r"imaging\s|the\s)?(?:features|findings|signs))\s(?:that\s|which\s)?(?:may\s|can\s)?"
    r"(?P<verb>favou?r|suggest|indicate|support|predict)\s"
    # not "Features that predict expansion include:": that intro names the entries
    r"(?P<what>(?!(?:the\s)?following\b)(?:(?!\b(?:include|includes|are|comprise)\b)"
    r"[^:;.,]){2,60}?):\s*$",
    re.I,
)


def intro_meaning(intro: str) -> str:
    """ "typical findings" when a list's intro says its entries are findings or criteria;
    "" for a lead-in that names nothing more ("The following thresholds are used:"); the
    management an intro opens on when the entries are its criteria ("Conservative
    management may be chosen when all of the following are met:")."""
    criteria = _CRITERIA_FOR.match(intro.strip()[-240:])
    if criteria and not _NOT_A_MANAGEMENT.match(criteria.group("what")):
        what = criteria.group("what")
        return f"{what[:1].lower() + what[1:] if what[1:2].islower() else what} criterion"
    defined = _DEFINED_BY_FOLLOWING.search(intro.strip()[-240:])
    if defined and not _NOT_A_MANAGEMENT.match(defined.group("what")):
        what = defined.group("what")
        return f"defines {what[:1].lower() + what[1:] if what[1:2].islower() else what}"
    scored = _SCORE_ITEMS.search(intro.strip()[-240:])
    if scored:
        what = re.sub(r"^(?:the|a|an)\s", "", scored.group("what").strip(), flags=re.I)
        return f"{what} item"  # a score's name as written ("Dorran score")
    pointing = _POINTING_INTRO.search(intro[-160:])
    if pointing:
        return f"{pointing.group('verb').lower()}s {pointing.group('what').strip()}"
    match = _FINDINGS_INTRO.search(intro[-160:])
    if not match or _LEAD_IN_ONLY.match(match.group("what").strip()):
        return ""
    what = match.group("what").strip()
    return what[:1].lower() + what[1:] if what[1:2].islower() else what


# "Grade 3 is defined by a pelvic diameter of more than 15 mm": the class it defines.
_CLASS_DEFINED = re.compile(
    r"\b(?P<cls>(?:grade|stage|type|class|category)\s[IVX\d]{1,4}[a-c]?)\s(?:is|are)\s"
    r"(?:defined|characteri[sz]ed)\sby\s[^;:.\d]{0,60}$",
    re.I,
)


# "macrocystic lesions contain cysts of 5 mm or more", "whereas microcystic lesions have cysts
# smaller than 5 mm": a class of lesion that the size of its parts defines.
_CLASS_HAVING = re.compile(
    r"(?:^|[:;,]\s|\b(?:whereas|while|but|and)\s)"
    r"(?P<cls>(?!(?:most|many|some|these|those|such|other|all|both|few|larger|smaller|small|"
    r"large|multiple|the|its|their)\b)[a-z][\w-]{3,25}\s(?:lesions|tumou?rs|forms|types|"
    r"variants))\s(?:contain|have|show|consist\sof)\s[^,;:.\d]{0,40}$",
    re.I,
)


def class_having(before: str) -> str:
    """ "macrocystic lesions" when the clause before a cut-off opens on a class of lesion
    whose parts the cut-off measures, else ""."""
    match = _CLASS_HAVING.search(before[-120:])
    return match.group("cls").lower() if match else ""


# "when the hyponatraemia is severe (serum sodium below 120 mmol/L)": the bracketed cut-off
# defines the state said of the noun before it.
_BRACKETED_STATE = re.compile(
    r"\b(?P<np>[a-z][\w-]{3,25})\s(?:is|are|was|were)\s(?:considered\s)?"
    r"(?P<state>mild|moderate|severe|profound|marked|significant|critical|raised|elevated|"
    r"low|high|abnormal)\s\(\s{0,2}[^()]{0,40}$",
    re.I,
)


def bracketed_state(before: str) -> str:
    """ "severe hyponatraemia" when a cut-off in brackets says when the noun before it is
    in that state, else ""."""
    match = _BRACKETED_STATE.search(before[-120:])
    return f"{match.group('state').lower()} {match.group('np')}" if match else ""


# "In stage IIIB the scaphoid is flexed … and the radioscaphoid angle exceeds 60°": a
# sentence that opens on a class says what its figures are in that class.
_FRONTED_CLASS = re.compile(
    r"^(?:In|At)\s(?P<cls>(?:grade|stage|type|class|category)\s[IVX\d]{1,4}[a-cA-C]?)\b(?!\s(?:and|or|to)\b)",
    re.I,
)


def class_defined(before: str) -> str:
    """ "grade 3" when the words before a cut-off say it defines grade 3 or the sentence
    opens on it ("In grade 3, …"), else ""."""
    match = _CLASS_DEFINED.search(before[-120:])
    if match:
        return match.group("cls").lower()
    fronted = _FRONTED_CLASS.match(before)
    if fronted is None:
        return ""
    noun, label = fronted.group("cls").split(maxsplit=1)
    return f"{noun.lower()} {label}"  # "stage IIIB"


# "pre-capillary pulmonary hypertension, namely a mean pressure greater than 20 mmHg with …":
# the figures after "namely" spell out the term before it.
_NAMELY = re.compile(
    r"(?:^|\b(?:requires?|needs?|is|are|shows?|with|of)\s)(?:an?\s|the\s)?"
    r"(?P<term>[A-Za-z][\w-]{1,30}(?:\s[\w-]{1,30}){0,3}?)(?:\s(?:on|at|by|in)\s[^,;:()]{1,40})?"
    r",\s(?:namely|that\sis|i\.e\.,?)\s[^;:()]{0,200}$",
    re.I,
)


def namely_term(before: str) -> str:
    """The term a run of cut-offs after "namely" spells out, else ""."""
    match = _NAMELY.search(before[-320:])
    if match is None:
        return ""
    term = match.group("term")
    return term[:1].lower() + term[1:] if term[1:2].islower() else term


# A sentence that opens on a treatment and the patients it suits: every cut-off in the
# criteria that follow is one for that treatment ("Methotrexate is suitable for stable women
# with an unruptured ectopic, a mass <35 mm and a β-hCG <5000 IU/L").
_ELIGIBLE = re.compile(
    r"^(?P<treatment>[A-Z][\w-]{1,25}(?:\s[\w-]{1,25}){0,3}?)(?:\s\([^()]{1,40}\))?"
    r"\s(?:is|are)\s(?:(?:usually|generally|only|also|often)\s)?"
    r"(?:suitable|appropriate|eligible|an\soption|a\s(?:reasonable\s|safe\s)?option)\s"
    r"(?:for|in)\s(?P<rest>[^;:.]{0,160})$",
    re.I,
)
_NOT_A_TREATMENT = re.compile(r"^(?:it|they|this|these|those|there|that)\b", re.I)


def eligible_for(before: str) -> str:
    """The treatment ("methotrexate") a sentence opens on when it says the treatment suits
    the patients a cut-off describes, else "" (a lesion or pronoun names no treatment). The
    cut-off is the treatment's criterion: what the cut-off means ("eligible for <it>")."""
    match = _ELIGIBLE.match(before)
    if match is None or re.search(r"\b(?:is|are|was|were|has|have)\b", match.group("rest")):
        return ""
    treatment = match.group("treatment")
    if _NOT_A_TREATMENT.match(treatment) or is_condition_name(treatment):
        return ""
    if treatment[1:2].islower():  # "Methotrexate" → "methotrexate"; "TACE" stays
        treatment = treatment[:1].lower() + treatment[1:]
    return treatment


def prior_meaning(before: str) -> str:
    match = _PRIOR_MEANING.search(before[-160:])
    if not match or re.search(r"\d", match.group("rest")):
        return ""  # another figure between them has the meaning
    if match.group("done"):
        return f"{match.group('done')} recommended"
    meaning = match.group("meaning").strip()
    return meaning[:1].lower() + meaning[1:] if meaning[1:2].islower() else meaning
