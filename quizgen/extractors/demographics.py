"""Ages and age limits, and sex ratios, as the article states them, about the sentence's
subject (``clauses``). An age fact's ``item`` says which age statement it is ("peak
incidence", "mean age", "uncommon before", "typical age", "age group")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import CONTRAST, Clause, iter_clauses
from quizgen.extractors.owners import about_the_case, age_subgroup, other_condition_of
from quizgen.extractors.subgroups import opening_owner
from quizgen.extractors.text import make_fact, mask_numbers
from quizgen.model import Article, Fact, FactKind
from quizgen.normalize import stem_prefixes

__all__ = ["extract_ages", "extract_sex_ratios"]

_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# "the second decade", "in the second or third week of life": an ordinal period of life.
_DECADES = (
    rf"{_ORDINAL}(?:\s*(?:-|–|to|and|or)\s*{_ORDINAL})?\s+"
    r"(?:decades?(?: of life)?|(?:weeks?|months?|years?) of life)"
    # "in the first two decades": the first few decades counted together
    r"|first\s+(?:two|three|four|five)\s+decades(?: of life)?"
)
# Ages written in words ("before the age of forty", "between twenty and forty years").
_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
_ONE_NUMBER = rf"(?:\d{{1,4}}(?:\.\d{{1,3}})?|\b{_WORD_NUMBER}\b)"
# "under three years of age": a small number in words, an age only with its "years"
_SMALL_NUMBER = r"\b(?:two|three|four|five|six|seven|eight|nine)\b"
_NUMBER = rf"{_ONE_NUMBER}(?:\s{{0,3}}(?:-|–|to|and)\s{{0,3}}(?:about\s+)?{_ONE_NUMBER})?"
# One decade of life in words or figures: "sixties", "mid-forties", "40s".
_DECADE_WORD = (
    r"(?:(?:early|mid|late)[- ]?)?(?:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|nineties|[1-9]0s)"
)
# "in the mid-fifties", "in their forties": an age stated as a decade in words.
_DECADE_WORDS = rf"(?:the|their)\s+{_DECADE_WORD}"
_NOT_A_UNIT = r"(?![\d.]{0,12}\s{0,3}(?:%|ppm|mm|cm|ml|mg|kg|hu|g\b|months?|weeks?|days?))"
_YEARS = rf"{_NUMBER}{_NOT_A_UNIT}(?:\s*(?:years|yrs|y)\b(?: of age| old)?)?"
# Without a word that names an age, a number is an age only with its unit; an infant's age
# is in months or weeks ("a peak at 3-6 weeks"), but not a time after an event.
_AGED_YEARS = (
    rf"{_NUMBER}\s*(?:years|yrs|(?:months|weeks)(?!\s+(?:after|post|following|from)\b))\b"
    r"(?: of age| old)?"
)
# "between 3 months and 3 years of age": a range across two units.
_MIXED_RANGE = (
    rf"between\s+{_ONE_NUMBER}\s+(?:weeks|months)\s+and\s+{_ONE_NUMBER}\s+"
    r"(?:months|years)(?: of age)?"
)
_APPROX = r"(?:(?:approximately|about|around|roughly|~|≈)\s*)?"
# A limit's age: "the age of 40", "forty", "30 years of age".
_LIMIT_AGE = rf"(?:the\s+age\s+of\s+)?{_ONE_NUMBER}(?:\s*years(?: of age)?)?\b"
_RARE = r"(?:rare|uncommon|unusual|exceptional|infrequent|seldom)"
_DEGREE = r"(?:(?:very|distinctly|extremely|relatively)\s+)?"
# The ages of life by name: "presents in childhood", "rare in children".
_LIFE_STAGE = (
    r"(?:(?:early|late|young|middle|old)\s+)?(?:childhood|adolescence|infancy|adulthood)"
    r"|middle\s+age|old\s+age|the\s+neonatal\s+period"
)
_AGE_GROUP = (
    # "middle-aged women", "elderly men": one sex named by its age (men or women alone tell
    # no age)
    r"(?:(?:older|younger|elderly|young|middle-aged)\s+(?:men|women)\b|"
    # "young and middle-aged adults": two ages of one group
    r"(?:(?:older|younger|young|middle-aged)\s+(?:and|or)\s+(?=(?:older|young|middle-aged)\s))?"
    r"(?:(?:older|younger|elderly|young|middle-aged|adult|paediatric|pediatric)\s+)?"
    r"(?:children|adolescents|infants|neonates|newborns|toddlers|adults|the elderly|"
    r"elderly patients|"
    # a group of women named by the age of their life
    r"women\s+of\s+(?:reproductive|childbearing|child-bearing)\s+age|"
    r"(?:post|pre|peri)-?menopausal\s+women))"
)
_AGE_GROUP_ADVERB = (
    r"(?:predominantly|mainly|mostly|typically|usually|primarily|most commonly|"
    r"almost exclusively|exclusively|chiefly|largely|most often|commonly|often|first)"
)
_PRESENTS = r"\b(?:present\w*|diagnosed|affected|aged?|occurs?|arises?)\b[^.;]{0,60}?\b"
# Statements that name the age they are about, most specific first; group "value" is the age.
_NAMED_AGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (item, re.compile(pattern, re.I))
    for item, pattern in (
        (
            "peak incidence",
            rf"\bpeak(?:s|ing)?\s+(?:incidence|age|prevalence|onset)(?:\s+(?:is|occurs|of))?"
            rf"\s+(?:(?:in|at|between|around|during)\s+)?(?:the\s+)?(?:ages?\s+(?:of\s+)?)?"
            rf"(?P<value>{_APPROX}(?:{_DECADES}|{_AGED_YEARS}|{_YEARS}))",
        ),
        (
            # "a second, smaller peak in adolescence": not the peak, which lies elsewhere
            "second peak",
            r"\bsecond(?:,?\s+(?:smaller|lesser|minor|larger|later))?\s+peak"
            r"(?:\s+(?:incidence|age))?\s+(?:(?:is|occurs)\s+)?(?:in|at|around|during|among)\s+"
            rf"(?:the\s+)?(?P<value>{_APPROX}(?:{_DECADES}|{_AGED_YEARS}|{_LIFE_STAGE}|{_AGE_GROUP}))",
        ),
        (
            "peak incidence",
            rf"\bpeak(?:s|ing)?\s+(?:in|at|between|around|during)\s+(?:the\s+)?"
            rf"(?:ages?\s+(?:of\s+)?)?(?P<value>{_APPROX}(?:{_DECADES}|{_AGED_YEARS}))",
        ),
        (
            "mean age",
            rf"\b(?:mean|average)\s+age(?:\s+(?:at|of)\s+(?:diagnosis|presentation|onset))?"
            rf"(?:\s+(?:is|was|of|=|:))?\s*(?:in\s+)?"
            rf"(?P<value>{_APPROX}(?:{_AGED_YEARS}|{_YEARS}|{_DECADE_WORDS}))",
        ),
        (
            "median age",
            rf"\bmedian\s+age(?:\s+(?:at|of)\s+(?:diagnosis|presentation|onset))?"
            rf"(?:\s+(?:is|was|of|=|:))?\s*(?:in\s+)?"
            rf"(?P<value>{_APPROX}(?:{_AGED_YEARS}|{_YEARS}|{_DECADE_WORDS}))",
        ),
        (
            # "present between 30 and 60 years, with a mean of about 50 years": a mean of
            # years is an age only after a word of presenting or ageing in its clause
            "mean age",
            rf"{_PRESENTS}(?:a|the)\s+(?:mean|average)\s+of\s+(?P<value>{_APPROX}{_AGED_YEARS})",
        ),
        (
            "median age",
            rf"{_PRESENTS}(?:a|the)\s+median\s+of\s+(?P<value>{_APPROX}{_AGED_YEARS})",
        ),
        (
            "uncommon before",
            rf"\b{_RARE}(?:ly)?(?:\s+(?:seen|found|encountered|diagnosed|occurring))?\s+"
            rf"(?:before|under|below|in patients younger than)\s+(?P<value>{_LIMIT_AGE}"
            r"|puberty|menarche)",
        ),
        (
            "uncommon before",
            rf"\b{_RARE}(?:ly)?\s+(?:in|during)\s+the\s+"
            r"(?P<value>first\s+(?:\d+|two|three|four|five|six|twelve|eighteen)\s+"
            r"(?:months|years)(?:\s+of\s+life)?)",
        ),
        (
            "uncommon after",
            rf"\b{_RARE}(?:ly)?(?:\s+(?:seen|found|encountered|diagnosed|occurring))?\s+"
            rf"(?:after|over|above|in patients older than)\s+(?P<value>{_LIMIT_AGE}"
            r"|puberty|the\s+menopause|menopause)",
        ),
        (
            # "presentation after 30 is unusual", "onset before the age of 5 … is rare"
            "uncommon before",
            r"\b(?:presentation|onset|diagnosis|occurrence|disease|development|cases?)\s+"
            rf"before\s+(?P<value>{_LIMIT_AGE})(?=(?:\s+or\s+after\s+{_LIMIT_AGE})?"
            rf"\s+(?:is|are)\s+{_DEGREE}{_RARE})",
        ),
        (
            "uncommon after",
            r"\b(?:presentation|onset|diagnosis|occurrence|disease|development|cases?|or)\s+"
            rf"after\s+(?P<value>{_LIMIT_AGE})(?=\s+(?:is|are)\s+{_DEGREE}{_RARE})",
        ),
        (
            # "rare in children", "distinctly uncommon in adults": men and women are no age
            "uncommon in",
            rf"\b{_RARE}\s+(?:in|among)\s+(?P<value>{_AGE_GROUP})\b",
        ),
        ("age distribution", r"\b(?P<value>bimodal)\s+age\s+distribution"),
        ("age distribution", r"\bage\s+distribution\s+(?:is|was)\s+(?:\w+\s+)?(?P<value>bimodal)"),
        (
            # "most patients are over 60 at diagnosis", "in men over 65": a person's age
            "typical age",
            r"\b(?:are|men|women|patients|adults|people|individuals)\s+"
            r"(?P<value>(?:over|under|above|below)\s+\d{1,3})\b"
            r"(?!\s?(?:%|per\b|mm|cm|ml|mg|kg|g\b|months?|weeks?|days?|years))",
        ),
        (
            # "Patients are typically in their sixties", "presents in the mid-forties", "in
            # their 40s or 50s" (both decades)
            "typical age",
            rf"\bin\s+(?:the|their|his|her)\s+(?P<value>{_DECADE_WORD}(?:\s(?:or|and|to)\s"
            rf"(?:their\s|the\s)?{_DECADE_WORD})?)(?![\w-])",
        ),
        (
            # "Patients are usually young and male", "Most patients are older men": the age
            # of the people a predicate names (not "older than 40", a limit read below)
            "age group",
            r"\b(?:patients|individuals|people)\s+are\s+(?:(?:usually|typically|mostly|mainly|"
            r"predominantly|generally|often|largely)\s+)?"
            r"(?P<value>(?:young|older|elderly|middle-aged)(?:\s+adults)?)"
            # (not "young women or older men": two groups, no one age)
            r"(?=\s+(?:and\s+)?(?:men|males?|women|females?)\b(?!\s+(?:or|and)\s)|\s*[,.;]|\s*$)",
        ),
        (
            # "Young adults are typically affected", "Older children are most often affected"
            "age group",
            rf"^(?P<value>{_AGE_GROUP})\s+are\s+(?:{_AGE_GROUP_ADVERB}\s+|most\s+often\s+|"
            r"most\s+commonly\s+|most\s+frequently\s+)?(?:affected|involved)\b(?!\s+by\b)",
        ),
        (
            "age group",
            r"\b(?:(?:affects?|affecting)\s+(?:(?:predominantly|mainly|mostly|typically|"
            r"usually|primarily)\s+)?|(?:occurs?|occurring|seen|found|presents?|presenting|"
            r"arises?|tumou?rs?|diseases?|most\s+common|predominantly|mainly|typically|"
            r"usually|discovered|diagnosed|detected|appears?|manifests?|develops?|made|"
            # "the condition becomes apparent in late childhood"
            r"(?:becomes?|became)\s+(?:apparent|evident|symptomatic|manifest|clinically\s+evident))\s+"
            rf"(?:{_AGE_GROUP_ADVERB}\s+)?(?:in|of|among|during)\s+)"
            rf"(?P<value>(?:{_AGE_GROUP}|patients|women|men|{_LIFE_STAGE})"
            r"(?:\s+(?:and|or)\s+(?:(?:older|younger|young|middle-aged)\s+)?(?:children|"
            rf"adolescents|infants|adults|the elderly|{_LIFE_STAGE}))?)\b",
        ),
    )
)
# Other ages: a limit, a range or decades, the "typical age" of the sentence's subject.
_AGE = re.compile(
    r"(?P<value>"
    rf"(?:older|younger) than (?:the age of )?{_ONE_NUMBER}"
    r"(?: years|(?!\s{0,3}(?:months?|weeks?|days?|cm|mm)\b))"
    rf"|(?:over|under|above|below) (?:the age of )?(?:{_ONE_NUMBER}|{_SMALL_NUMBER}) years"
    # "usually presenting after the age of 60 years", "most present after 60 years of age"
    rf"|(?:after|beyond) (?:the age of {_ONE_NUMBER}(?: years)?|{_ONE_NUMBER} years of age)"
    r"|\(?[<>≤≥]\s{0,3}\d{1,3}\s{0,3}(?:years|yrs|y)\)?"
    r"|(?:aged|age|ages) (?:of )?\d{1,3}\s{0,3}(?:-|–|to)\s{0,3}\d{1,3}(?: years)?"
    rf"|between (?:the ages of )?(?:about )?{_ONE_NUMBER} and {_ONE_NUMBER} years"
    rf"|between the ages of (?:about )?{_ONE_NUMBER} and {_ONE_NUMBER}\b"
    rf"|between {_ONE_NUMBER} and {_ONE_NUMBER} (?:weeks|months) of (?:age|life)"
    rf"|{_MIXED_RANGE}"
    r"|(?<!\d)\d{1,3}\s{0,3}(?:-|–|to)\s{0,3}\d{1,3} years(?: of age)?"
    rf"|{_DECADES}"
    r")",
    re.I,
)
# Every alternative of _AGE holds a digit (\d: any decimal digit), the word "decade", "of
# life" or a number in words before "years", "weeks" or "months" or after "than"/"age of": most
# sentences have none, and _AGE, tried at each of their positions, was half of the age
# extractor's time. Keep this true when adding to _AGE.
_AGE_NEEDS = re.compile(
    rf"\d|decade|of life|\b(?:{_WORD_NUMBER}|{_SMALL_NUMBER})\s+(?:years|weeks|months)|"
    rf"(?:than|age of) {_WORD_NUMBER}",
    re.I,
)


def _may_hold_age(text: str) -> bool:
    """Whether ``_AGE`` can match in ``text`` at all."""
    return _AGE_NEEDS.search(text) is not None


# "Patients" alone, or men or women, tell no age group.
_NO_AGE_GROUP = frozenset({"patients", "women", "men"})
# "the most common salivary gland tumour in children": a rank among the tumours of children,
# not the age the disease affects ("most common in children" is that age, and stays).
# Likewise "the most common cause of bowel obstruction between 6 months and 3 years of age".
_RANK_WITHIN = re.compile(
    r"\b(?:most\s+common|commonest|leading)\s+(?!in\b|among\b)[\w-]+(?:\s+[\w-]+){0,5}\s+"
    r"(?:(?:in|among)\s+)?$",
    re.I,
)
_DURATION = re.compile(
    r"\b(?:after|within|latency|latent|interval|period|duration|for|over|survival|follow-up|every|"
    r"later|lasting|since)\b[^.;]*$",
    re.I,
)


# An age limit in a staging, scoring, treatment or prognostic rule is that rule's cut-off.
_STAGING = re.compile(
    r"\b(?:classif\w+|stag(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|criteria|eligib\w+|indicat\w+|"
    r"treated|treatment|harness|screen(?:ed|ing)?|invited|recommended|"
    # "Patients older than 70 years have a worse prognosis": a prognostic cut-off
    r"prognos\w+|survival|outcomes?|mortality|predict\w*)\b",
    re.I,
)


# A figure of how common the disease is, just before an age group: the group is the figure's.
_GROUP_OF_A_FIGURE = re.compile(
    r"\b(?:prevalence|incidence|risk|rate)\b[^.;]*$|%[^.;]{0,30}$", re.I
)
# "with peaks at 20 and 60 years": a bimodal distribution's two ages, not one range.
_TWO_PEAKS = re.compile(r"peaks\s+(?:at|in|around)\b", re.I)


_MEANS = frozenset({"mean age", "median age"})
_MEAN_WORD = re.compile(r"(?:mean|median|average)\b", re.I)


def _ages(text: str) -> Iterator[tuple[str, str, int]]:
    """(item, value, start) for every age statement of a sentence, each span once."""
    taken: list[tuple[int, int]] = []
    for item, pattern in _NAMED_AGES:
        for match in pattern.finditer(text):
            value = _tidy_age(match.group("value"))
            if _TWO_PEAKS.match(match.group(0)) and " and " in match.group("value"):
                value = match.group("value").strip(" ,")  # two peaks, not a range between them
            if item == "age group" and (
                value.lower() in _NO_AGE_GROUP
                or _RANK_WITHIN.search(text[max(0, match.start() - 80) : match.start("value")])
            ):
                continue
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if item == "typical age" and _GROUP_OF_A_FIGURE.search(
                text[max(0, match.start() - 80) : match.start()]
            ):
                continue  # "prevalence rises to 6% in people over 80": that figure's group
            # "present between 30 and 60 years, with a mean of 50 years": the verb that opens
            # the mean's match leaves the range before the mean free for its own fact
            led_by_verb = item in _MEANS and not _MEAN_WORD.match(match.group(0))
            taken.append(match.span("value") if led_by_verb else match.span())
            yield item, value, match.start("value")
    if not _may_hold_age(text):
        return
    for match in _AGE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if _RANK_WITHIN.search(text[max(0, match.start() - 80) : match.start()]):
            continue
        if _AFTER_AN_EVENT.match(text, match.end()):
            continue  # "Symptoms develop 20-40 years after rheumatic fever": a time, no age
        yield "typical age", _tidy_range(match.group("value").strip("() ")), match.start()


_AFTER_AN_EVENT = re.compile(
    r"\s{1,3}(?:after|following|post|since|from|before|prior\sto|later)\b", re.I
)
_BETWEEN = re.compile(r"between\s+(?:the\s+ages\s+of\s+)?(\d+)\s+and\s+(\d+)(\s+.*)?", re.I)


def _tidy_range(value: str) -> str:
    """ "between 5 and 25 years" → "5-25 years": a range is one answer, not a list of two
    (a card hiding "5 and 25" asks a list: C3); other ages stay as written."""
    match = _BETWEEN.fullmatch(value)
    return f"{match.group(1)}-{match.group(2)}{match.group(3) or ''}" if match else value


def _tidy_age(value: str) -> str:
    """ "65 and 75 years" → "65-75 years", "the age of 40" → "40 years"."""
    value = re.sub(r"(\d)\s*(?:and|to|–|-)\s*(\d)", r"\1-\2", value.strip(" ,"))
    return re.sub(r"^the\s+age\s+of\s+(\S+)$", r"\1 years", value, flags=re.I)


# After "whereas"/"while"/"but", a noun phrase of its own is another subject; no subject
# ("…, but is rare before 40"), a bare ";" or a phrase about ages ("…; the median age is 62
# years") goes on about the sentence's.
_ANOTHER_SUBJECT = re.compile(
    r"(?:the|this|these|those|that|other|a|an)\s+"
    r"(?!(?:\w+\s+)?(?:age|ages|peak|diagnosis|incidence|onset|presentation|majority|"
    r"minority|proportion|ratio)\b)[a-z]"
    # "…, while patients with predominantly neuropsychiatric disease present later": people
    # with another form are another subject
    r"|(?:patients|people|individuals|children|adults|those)\s+with\s",
    re.I,
)


_TURNING_WORD = re.compile(r"whereas|while|but", re.I)
# "…, and supratentorial tumours in older children": a second group whose verb is left out
_GAPPED_SUBJECT = re.compile(
    r",\s(?:and|whereas|while|but)\s(?:the\s)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}\s"
    r"(?:tumou?rs|lesions|cases|forms|types|patients\swith\s[\w\s-]{3,40}?)\s(?:in|at|among)\s"
    r"[^,;]*$",
    re.I,
)


def _unnamed_contrast(clause: Clause, start: int) -> bool:
    """Whether the words at ``start`` follow a "whereas"/"while"/"but" whose subject the
    clause could not name ("…, whereas the intralobar form has no sex predilection"): that
    part is about another thing, and giving it to the sentence's subject is a wrong fact."""
    text = clause.sentence.text
    if _GAPPED_SUBJECT.search(text, 0, start):
        return True  # "…, and supratentorial tumours in older children": that group's age
    named = [offset for offset, _ in clause.contrasts]
    return any(
        _ANOTHER_SUBJECT.match(text, match.end())
        and _TURNING_WORD.search(match.group())
        and not any(match.end() <= offset <= start for offset in named)
        for match in CONTRAST.finditer(text, 0, start)
    )


# "Below 50 years men are affected more often than women", "above 50 years there is a female
# predominance": the age splits a sex ratio into brackets; it is no age of the disease.
_SEX_BRACKET = re.compile(
    r"\W{0,3}(?:(?:there\s+is\s+)?(?:an?\s+|the\s+)?(?:male|female|sex)\s+"
    r"(?:predominance|preponderance|ratio)\b"
    r"|(?:the\s+)?(?:men|women|males|females|boys|girls)\b(?=[^.;]{0,40}?\b(?:more|less|than|"
    r"predominat\w*|outnumber\w*)\b))",
    re.I,
)
# "In patients older than 40 years, cardiac emboli are the leading cause": an opening bracket
# of people by age sets the scene for what follows; it is the age of the patients that clause
# speaks of, not of the thing it names.
_OPENING_BRACKET = re.compile(
    r"^(?:in|among|for)\s+(?:the\s+)?(?:patients|people|adults|individuals|those|persons)\s",
    re.I,
)


def _age_is_bracket(clause: Clause, start: int, subject: str, title: str) -> bool:
    """Whether the age at ``start`` only brackets a sex ratio or the clause that follows."""
    text = clause.sentence.text
    end = _AGE.match(text, start)
    if end is not None and _SEX_BRACKET.match(text, end.end()):
        return True
    opening = _OPENING_BRACKET.match(text.lstrip())
    return (
        opening is not None
        and start - (len(text) - len(text.lstrip())) < 60
        and "," in text[start : start + 40]
        and subject != title
    )


_DIAGNOSED_IN_CONTRAST = re.compile(
    r"\b(?:although|though|whereas|while|but)\s+(?:the\s+)?diagnosis\s+is\s+(?:\w+\s+)?"
    r"(?:made|established)\s+(?:in|during)\s+(?:the\s+)?$",
    re.I,
)


# A relative clause the age stands in, with the words before it back to the last break.
_RELATIVE_BEFORE = re.compile(r"(?P<antecedent>[^,;:()]*),\s(?:which|who)\s[^,;.()]*$", re.I)


def _in_relative_of_another(before: str, subject: str, title: str) -> bool:
    """Whether the age stands in a ", which …" clause on a thing the words before it name
    other than the fact's subject or the title: "associated with spontaneous coronary artery
    dissection, which affects middle-aged women" is the dissection's age."""
    relative = _RELATIVE_BEFORE.search(before)
    if relative is None:
        return False
    antecedent = stem_prefixes(relative.group("antecedent"))
    return not antecedent & (stem_prefixes(subject) | stem_prefixes(title))


# The verbs by which a manifestation shows itself.
_APPEAR_VERB = r"(?:appear|develop|begin|emerge|arise|manifest)\b"
# A sentence that opens on a manifestation named only by its kind ("Skin lesions usually
# appear in …", "Cutaneous features develop …"): no condition of its own whose age a card could
# ask for; the age is when the page's condition shows it.
_MANIFESTATION_APPEARS = re.compile(
    r"^(?P<np>(?!(?:the|these|those|its|their|such|all|most|some)\s)[A-Za-z][\w-]{2,20}\s(?:[a-z][\w-]{2,20}\s)?(?:lesions|macules|papules|symptoms|"
    r"signs|manifestations|features|findings|changes))\s(?:[a-z]{3,15}ly\s)?"
    rf"{_APPEAR_VERB}",
    re.I,
)


_WHEN_SHOWN = frozenset({"typical age", "age group"})
# A pronoun's referent that names a manifestation by its kind ("The characteristic
# mucocutaneous macules"), with the words that only describe it left off.
_MANIFESTATION_REFERENT = re.compile(
    r"^(?:(?:the|these|its|their)\s)?(?:(?:characteristic|typical|classic|cutaneous)\s(?=\S+\s))?"
    r"(?P<np>(?:[a-z][\w-]{2,20}\s){0,2}(?:lesions|macules|papules|freckles|nodules|patches))$",
    re.I,
)
_APPEARS = re.compile(
    r"^(?:they|these)\s(?:[a-z]{3,15}ly\s)?(?:(?:tend\sto|usually|typically)\s)?"
    rf"{_APPEAR_VERB}",
    re.I,
)


def _manifestation_shown(clause: Clause) -> str:
    """The manifestation an age sentence dates rather than the condition: the one it opens
    on ("Skin lesions usually appear in …") or the one its opening pronoun stands for ("They
    appear in infancy" after "The characteristic macules are …"); "" when neither."""
    text = clause.sentence.text
    if opening := _MANIFESTATION_APPEARS.match(text):
        return opening["np"]
    referent = _MANIFESTATION_REFERENT.match(clause.sentence.referent.strip())
    if clause.anaphor and referent and _APPEARS.match(text):
        return referent["np"]
    return ""


# When a normal structure grows or matures ("begins to pneumatise around 6-7 years", "the
# physis fuses at 14 years"): the age of the anatomy, not of the page's condition.
_NORMAL_GROWTH = re.compile(
    r"\b(?:pneumati[sz](?:es?|ed|ing|ation)|ossif(?:y|ies|ied|ying|ication)|fuses?|fused|"
    r"closes?|closed|closure|erupts?|erupted)\b[^,;.()]{0,30}$",
    re.I,
)


# A treatment named as the subject of an age: its timing, no age of the disease.
_TREATMENT_SUBJECT = re.compile(
    r"\b(?:transplant(?:ation)?|therapy|therapies|treatment|surgery|surgical|repair|resection|"
    r"excision|ablation|embolisation|embolization|operation|procedure|chemotherapy|"
    r"radiotherapy|screening|vaccination|immuni[sz]ation)\b",
    re.I,
)


def _age_facts(article: Article, clause: Clause) -> Iterator[Fact]:
    text = clause.sentence.text
    if about_the_case(text):
        return  # "The patient is aged 60-65 years": the case's age, not the disease's
    for found, value, start in _ages(text):
        item = found
        if _unnamed_contrast(clause, start):
            continue
        if item == "typical age" and _DURATION.search(text[max(0, start - 60) : start]):
            continue  # "a latency of 10-15 years", "within 5 years": a time, not an age
        if item == "typical age" and _STAGING.search(text):
            continue  # "patients younger than 55 years are staged …": a cut-off, not an age
        if _NORMAL_GROWTH.search(text[max(0, start - 60) : start]):
            continue  # "the frontal sinus begins to pneumatise around 6-7 years": anatomy's age
        # "The causative infection occurs in childhood, although the diagnosis is often made
        # in adulthood": when the disease is diagnosed, not when the infection occurs
        diagnosed = _DIAGNOSED_IN_CONTRAST.search(text[max(0, start - 80) : start]) is not None
        if diagnosed:
            item = "age at diagnosis"
        subject = article.title if diagnosed else _age_subject(clause, start, article)
        if subject is None or _TREATMENT_SUBJECT.search(subject):
            # "Gas within a collection is uncommon in children": a finding's age; "HSCT is
            # effective only … in the first month of life": when a treatment is given
            continue
        subject = _title_subgroup(subject, article.title) or subject
        shown = _manifestation_shown(clause) if item in _WHEN_SHOWN else ""
        if shown:
            # "Skin lesions usually appear in the third decade", "The macules are … They
            # appear in infancy": when the page's condition shows them, not its own age
            subject, item = article.title, f"onset of {shown[:1].lower()}{shown[1:]}"
        if _age_is_bracket(clause, start, subject, article.title):
            continue
        if _in_relative_of_another(text[:start], subject, article.title):
            continue  # "… with SCAD, which affects middle-aged women": SCAD's age
        yield make_fact(
            FactKind.AGE,
            article,
            clause.sentence.section,
            text,
            key=(mask_numbers(text), mask_numbers(value)),
            subject=subject,
            item=item,
            value=value,
            statement=text,
        )


# "Patients are usually in their 7th decade", "Men are affected more often": people with the
# disease, not with the subtype the paragraph opened on (unless the sentence names it).
# ("Nevertheless, diagnoses have been made in young children": a connective first, and the
# diagnoses or cases of the disease as a whole, are such an opening too)
_PEOPLE_OPENING = re.compile(
    r"^(?:(?:nevertheless|however|overall|still|also|in\s(?:general|practice)),\s)?"
    r"(?:(?:the\s)?(?:affected|most|many)\s)?(?:patients|people|individuals|men|women|males|"
    r"females|children|adults|infants|boys|girls|diagnoses|cases)\b",
    re.I,
)


def _people_subject(clause: Clause, subject: str, title: str) -> str:
    """The article's subject for a sentence that opens on the people it affects and names
    nothing of its own, where the running topic was carried over from a sentence before."""
    text = clause.sentence.text.strip()
    if clause.own or subject == title or subject != clause.topic:
        return subject
    if not _PEOPLE_OPENING.match(text) or subject.lower() in text.lower():
        return subject
    return title


def _age_subject(clause: Clause, start: int, article: Article) -> str | None:
    """Whose age it is: the clause's subject, or, where that fell back to the title, the
    other condition the sentence sets apart ("In Ollier disease, patients present …") or
    the subgroup it opens on ("Familial cases present …" → "<title> (familial cases)"): a
    subgroup's or another condition's age given to the whole teaches a wrong age. None when
    the sentence is about a thing that is no condition (``subgroups.opening_owner``)."""
    title = article.title
    subject = _people_subject(clause, clause.subject_at(start), title)
    if clause.own and subject == clause.subject:
        owner = opening_owner(clause, article)
        if owner not in (title, subject) and CONTRAST.search(clause.sentence.text, 0, start):
            return None  # "A carries …, whereas B and C, which occur in infants": whose?
        if owner != title:
            return owner
    if subject != title:
        return subject
    other = other_condition_of(clause.sentence.text, start, (title, *article.synonyms))
    if other:
        return other
    group = age_subgroup(clause.sentence.text)
    return f"{title} ({group})" if group else subject


# Words that set a subgroup of a condition's cases apart (a closed set): "Sporadic tumours
# present in the 5th decade" is the age of the title's sporadic form.
_SUBGROUP_WORDS = (
    r"sporadic|familial|hereditary|inherited|syndromic|bilateral|unilateral|multiple|solitary|"
    r"primary|secondary|congenital|acquired|acute|chronic|traumatic|degenerative|symptomatic|"
    r"asymptomatic|incidental|recurrent|paediatric|pediatric|adult|juvenile|infantile|neonatal|"
    r"benign|malignant|partial|complete|full-thickness|partial-thickness|isolated|idiopathic|"
    # where the lesion lies: "Infratentorial tumours are more frequent under 2 years"
    r"infratentorial|supratentorial|superficial|deep|intramedullary|extramedullary|intradural|"
    r"extradural|intraosseous|extraosseous|intra-articular|extra-articular|intraventricular|"
    r"intracranial|extracranial|intrahepatic|extrahepatic|intrathoracic|extrathoracic"
)
# "Symptomatic disease", "These injuries", "Chronic disorder": a class noun that names no
# condition of its own stands for the article's, as "tumours" does.
_BARE_HEADS = (
    r"tumou?rs?|lesions?|cases?|forms?|masses|nodules?|cysts?|neoplasms?|diseases?|"
    r"conditions?|disorders?|syndromes?|infections?|injur(?:y|ies)"
)
_SUBGROUP_OF_TITLE = re.compile(
    rf"^(?:(?:the|these|this|such)\s+)?(?P<words>(?:(?:{_SUBGROUP_WORDS})\s+){{0,2}})(?P<head>[a-z-]{{2,30}})$",
    re.I,
)
# "Hepatic disease presents in childhood" on a page about a systemic condition: the condition
# itself in one organ or system (not a lesion or tumour of that organ, which is a thing of
# its own: "Renal lesions show a female predominance")
_ORGAN_FORM = re.compile(
    r"^(?:the\s)?(?:predominantly\s)?(?P<organ>hepatic|renal|pulmonary|cardiac|cutaneous|skin|"
    r"neurological|neuropsychiatric|neurologic|ocular|skeletal|bone|gastrointestinal|cerebral|"
    r"spinal|articular|joint|vascular|splenic|pancreatic|biliary|intestinal|gastric|"
    r"oesophageal|thyroid|adrenal|testicular|ovarian|orbital|sinonasal|laryngeal|pleural|"
    r"pericardial|peritoneal|nodal|mediastinal|systemic|visceral|intracranial|extracranial|"
    r"abdominal|pelvic|thoracic|muscular|myocardial|airway)\s"
    r"(?P<head>disease|involvement|manifestations?|presentation|forms?)$",
    re.I,
)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("ses", "xes")) else word.rstrip("s")


def _title_subgroup(subject: str, title: str) -> str | None:
    """The title for a subject that is only the title's head noun or a bare generic noun
    ("Tears" in "Rotator cuff tear"), the title with the phrase for a subgroup of it
    ("Sporadic tumours" → "<title> (sporadic tumours)"); None for any other subject, and for a
    subgroup named with a one-word title's own noun ("Secondary glioblastomas" says what it
    is; "Bilateral ruptures" does not say of what)."""
    if _ORGAN_FORM.match(subject.strip()) and subject.strip() != title:
        phrase = re.sub(r"^the\s+", "", subject.strip(), flags=re.I)
        return f"{title} ({phrase[:1].lower() + phrase[1:]})"
    match = _SUBGROUP_OF_TITLE.match(subject.strip())
    if match is None or subject.strip() == title:
        return None
    head = match.group("head")
    title_head = title.rsplit(maxsplit=1)[-1] if title.split() else ""
    if _singular(head) != _singular(title_head) and not re.fullmatch(_BARE_HEADS, head, re.I):
        return None
    if not match.group("words"):
        return title
    if len(title.split()) == 1 and not re.fullmatch(_BARE_HEADS, head, re.I):
        return None  # "Secondary glioblastomas" names its subgroup and the title itself
    phrase = re.sub(r"^(?:the|these|this|such)\s+", "", subject.strip(), flags=re.I)
    return f"{title} ({phrase[:1].lower() + phrase[1:]})"


def extract_ages(article: Article) -> Iterator[Fact]:
    """ "older than the age of 40", "(>50 years)", "peak incidence in the 6th decade",
    "mean age at diagnosis 61 years", "uncommon before the age of 40", "in children"."""
    for clause in iter_clauses(article):
        yield from _age_facts(article, clause)


_RATIO_VALUE = (
    r"\d{1,4}(?:\.\d{1,3})?(?:\s{0,3}(?:-|–|to)\s{0,3}\d{1,4}(?:\.\d{1,3})?)?"
    r"\s{0,3}:\s{0,3}\d{1,4}(?:\.\d{1,3})?"
    # "male to female ratio approximately 3 to 1": the ratio in words after its label
    r"|\d{1,2}(?:\.\d)?(?:\s?[-–]\s?\d{1,2})?\s+to\s+1(?![\d:]|\.\d)"
)
_LABEL = (
    r"M\s*:\s*F|F\s*:\s*M|males?\s*(?:-\s*to\s*-|to|-|:|/)\s*females?|"
    r"females?\s*(?:-\s*to\s*-|to|-|:|/)\s*males?"
)
_RATIO = re.compile(
    rf"(?P<label>{_LABEL})(?:\s+(?:ratio|sex ratio))?"
    r"(?:\s*(?:of|is|was|=|approximately|about|around|roughly|up\s+to|approaches|reaches|~|≈|,))"
    r"{0,3}\s*"
    rf"(?P<value>{_RATIO_VALUE})",
    re.I,
)
_RATIO_FIRST = re.compile(
    rf"(?P<value>{_RATIO_VALUE})\s+(?P<label>{_LABEL})\s+(?:sex\s+)?ratio",
    re.I,
)
# "roughly three women for every two men": a ratio in words, the first sex first.
_COUNTED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)"
_FOR_EVERY = re.compile(
    rf"\b(?P<a>{_COUNTED})\s+(?P<who>men|males|women|females|boys|girls)\s+(?:for|to)\s+"
    rf"every\s+(?:(?P<b>{_COUNTED})\s+(?:men|males|women|females|boys|girls)"
    # "1.5 males for every female": one of the other sex
    r"|(?:man|male|woman|female|boy|girl))\b",
    re.I,
)
_TIMES = {
    "twice": "2",
    "thrice": "3",
    **{
        word: str(n)
        for n, word in enumerate(
            ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 2
        )
    },
}
_FACTOR_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
_FACTOR = rf"(?P<factor>twice|thrice|{_FACTOR_WORD}(?:\s*(?:-|–|to)\s*{_FACTOR_WORD})?\s+times)"
_WHO = r"(?P<who>men|males|women|females|boys|girls)"
# "more common in women of African descent", "in women over 50", "in women taking …": a group
# of one sex set apart, compared with others of that sex, states no sex ratio.
_NOT_QUALIFIED = (
    r"(?!\s+(?:older|younger|aged|over|under|of|who|with|from|taking|on|after|before|during|"
    r"in\s+their)\b)"
)
_WORDS = (
    re.compile(
        # "with men affected roughly twice as often": the participle without "are" too
        rf"\b{_WHO}(?:\s*,\s*who)?(?:\s+are)?\s+(?:affected|involved|diagnosed)\s+(?:about\s+|approximately\s+|"
        rf"roughly\s+|around\s+)?{_FACTOR}\s+(?:as\s+(?:often|frequently|commonly)|more\s+"
        r"(?:often|frequently|commonly))",
        re.I,
    ),
    re.compile(
        rf"\b(?:about\s+|approximately\s+|roughly\s+|around\s+)?{_FACTOR}\s+(?:as|more)\s+"
        rf"(?:common|frequent|often|commonly|frequently|likely)\s+(?:in|among)\s+{_WHO}\b"
        rf"{_NOT_QUALIFIED}",
        re.I,
    ),
    re.compile(
        rf"\baffects?\s+{_WHO}\s+(?:about\s+|approximately\s+)?{_FACTOR}\s+(?:as\s+often|more\s+"
        r"(?:often|frequently|commonly))",
        re.I,
    ),
    # "Women are affected more often than men, roughly three times as often": the factor in
    # an aside after the comparison
    re.compile(
        rf"\b{_WHO}\s+are\s+(?:affected|involved)\s+more\s+(?:often|frequently|commonly)\s+"
        r"than\s+(?:men|males|women|females|boys|girls)\s?[,(]\s?(?:about\s+|approximately\s+|"
        rf"roughly\s+|around\s+|some\s+)?{_FACTOR}\s+(?:as\s+(?:often|frequently|commonly)|"
        r"more\s+(?:often|frequently|commonly))",
        re.I,
    ),
)
# Words that place the people of one sex in life ("middle-aged women", "young men").
_PEOPLE_ADJECTIVE = (
    r"(?:(?:young|adolescent|older|middle-aged|elderly|adult|postmenopausal|premenopausal)"
    # "young and male": an age, then the sex as a second predicate
    r"(?:\s+and)?\s+){0,2}"
)
# The people a share of them names ("patients", "affected children", "those affected").
_AFFECTED_PEOPLE = (
    r"(?:(?:the\s+)?(?:affected\s+|reported\s+)?(?:patients|cases|individuals|people|children|"
    r"adults|infants)|those\s+affected)"
)
# One sex, as a noun or as the adjective a predicate uses ("patients are male").
_SEX_NOUN = r"men|males?|women|females?|boys|girls"
_PREDOMINANCE = re.compile(
    r"\b(?P<value>male|female)\s+(?:predominance|preponderance|predilection)"
    # "a male predominance of about 2:1": the ratio the predominance is stated with
    r"(?:\s+of\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?"
    # a plain-text page glues a citation to its end ("about 2:16." = "2:1" + ref 6): a
    # predominance's ratio is always N:1, so digits glued after the 1 before a stop are a ref
    r"(?P<ratio>\d{1,2}(?:\.\d)?\s?:\s?1)(?:\d{1,3}(?=[.;,](?:\s|$)|$))?\b)?"
    # "predominantly a disease of women", "occurs almost exclusively in adolescent males"
    r"|\b(?:predominantly|almost\s+exclusively|exclusively|overwhelmingly|largely|mainly|"
    r"mostly|chiefly|primarily)\s+(?:a\s+"
    r"(?:disease|condition|tumou?r|disorder)\s+of|(?:affects|in|among))\s+(?:(?:young|"
    r"adolescent|older|middle-aged|elderly|adult)\s+)?(?P<who4>men|males|women|females|boys|"
    rf"girls)\b{_NOT_QUALIFIED}"
    r"|\b(?P<who2>men|males|women|females|boys|girls)\s+are\s+(?:affected|involved)\s+"
    r"(?:slightly\s+|somewhat\s+|a\s+little\s+|much\s+|far\s+|[a-z]{3,15}ly\s+)?more\s+"
    r"(?:often|frequently|commonly)"
    # "men are more often affected than women": the adverb first, the other sex named
    r"|\b(?P<who5>men|males|women|females|boys|girls)\s+are\s+more\s+(?:often|frequently|"
    r"commonly)\s+(?:affected|involved)\b(?!\s+(?:by|in|at|with|when|if)\b)"
    rf"|\bpredominates?\s+(?:in|among)\s+(?P<who3>men|males|women|females|boys|girls)\b"
    rf"{_NOT_QUALIFIED}"
    r"|\b(?:(?:more|most)\s+(?:common|frequent|often|commonly|frequently|prevalent)|commoner)"
    rf"\s+(?:seen\s+)?(?:in|among)\s+(?P<who>men|males|women|females)\b{_NOT_QUALIFIED}"
    # "a predilection for middle-aged women", "a marked female bias" (not "no predilection")
    r"|(?<!\bno\s)\b(?:predilection|preference|predisposition)\s+(?:for|towards?)\s+"
    rf"{_PEOPLE_ADJECTIVE}(?P<who6>men|males|women|females|boys|girls)\b{_NOT_QUALIFIED}"
    r"|\b(?P<who7>male|female)\s+(?:bias|predisposition)\b"
    # "the incidence is higher in men than in women"
    r"|\b(?:higher|greater)\s+(?:in|among)\s+(?P<who8>men|males|women|females|boys|girls)\s+"
    r"than\s+(?:in\s+|among\s+)?(?:men|males|women|females|boys|girls)\b"
    # "most patients are women", "patients are mostly young men": the people affected
    # "almost all affected patients are male", "virtually all cases occur in boys"
    r"|\b(?:most|(?:almost|nearly|virtually)\s+all|the\s+(?:great\s+|vast\s+|overwhelming\s+)?"
    rf"majority\s+of)\s+{_AFFECTED_PEOPLE}\s+(?:are|occur\s+in|are\s+seen\s+in|arise\s+in)\s+"
    rf"{_PEOPLE_ADJECTIVE}(?P<who9>{_SEX_NOUN})\b(?!\s+(?:and|or)\s)"
    rf"|\b{_AFFECTED_PEOPLE}\s+are\s+(?:mostly|mainly|predominantly|usually|typically|largely|"
    r"overwhelmingly|almost\s+always)\s+"
    rf"{_PEOPLE_ADJECTIVE}(?P<who10>{_SEX_NOUN})\b(?!\s+(?:and|or)\s)"
    # "most often affects women", "typically affects young men", "men (therefore) predominate"
    r"|\b(?:most\s+(?:often|commonly|frequently)|predominantly|mainly|mostly|typically|"
    r"usually|chiefly|largely)\s+affects?\s+"
    rf"{_PEOPLE_ADJECTIVE}(?P<who12>men|males|women|females|boys|girls)\b"
    r"|\b(?P<who13>men|males|women|females|boys|girls)\s+(?:(?:therefore|thus|also|still|"
    r"[a-z]{3,15}ly)\s+)?predominate\b"
    # "They typically occur in young adult men" (not "in men and women")
    r"|\b(?:typically|usually|mainly|mostly|predominantly|chiefly|largely)\s+(?:occurs?|arises?|"
    r"presents?|(?:is|are)\s+seen)\s+in\s+"
    rf"{_PEOPLE_ADJECTIVE}(?P<who14>men|males|women|females|boys|girls)\b"
    r"(?!\s+(?:and|or)\s)"
    # "males are affected more than females"
    r"|\b(?P<who11>men|males|women|females|boys|girls)\s+are\s+(?:affected|involved)\s+more\s+"
    r"than\s+(?:men|males|women|females|boys|girls)\b"
    # "…, with men affected more often than women": the same without its verb
    r"|\bwith\s+(?P<who15>men|males|women|females|boys|girls)\s+(?:being\s+)?(?:affected|"
    r"involved)\s+(?:slightly\s+|somewhat\s+|much\s+|far\s+)?more\s+(?:often|frequently|"
    r"commonly)?\s?than\s+(?:men|males|women|females|boys|girls)\b",
    re.I,
)
# "males outnumber females by roughly two to one"
_OUTNUMBER = re.compile(
    rf"\b{_WHO}\s+outnumber\s+(?:men|males|women|females|boys|girls)\s+(?:by\s+)?"
    rf"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?(?P<a>{_COUNTED})"
    # "by three or four to one": a range of the first figure
    rf"(?:\s*(?:or|-|–|to)\s*(?P<a2>{_COUNTED}))?\s*(?:to|:)\s*(?P<b>{_COUNTED})\b",
    re.I,
)
# The ratio a predominance is stated with beside it ("a 2:1 male predominance", "men are
# affected more often, by a ratio of about 3 to 1", "(4:1)"): N:1 not glued to more digits
# (a plain-text citation), or N to 1, right before the predominance or right after it.
# ("at a ratio of roughly three to two": a second figure above one, below the first)
_N_TO_ONE = (
    r"(?P<n>\d{1,2}(?:\.\d)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s?:\s?|\s+to\s+)(?P<d>1|one|[2-5]|two|three|four|five)(?!\d|[.:]\d|\s+times)"
)
_APPROXIMATELY = r"(?:(?:about|approximately|roughly|around|nearly|~)\s*)?"
_RATIO_REACH = 60  # characters a ratio beside a predominance spans
_RATIO_BEFORE = re.compile(rf"(?<![\d:.]){_APPROXIMATELY}{_N_TO_ONE}\s{{0,2}}$", re.I)
# "Men are affected more often and more severely than women, at a ratio of about 3:1": a
# second comparative and the sex compared with may stand between the predominance and its
# ratio.
_COMPARED_SEX = (
    r"(?:\s+and\s+more\s+[a-z]{3,15})?"
    r"(?:\s+than\s+(?:in\s+|among\s+)?(?:men|males|women|females|boys|girls))?"
)
_RATIO_AFTER = re.compile(
    rf"^{_COMPARED_SEX}"
    r"\s{0,2}[,(]?\s{0,2}(?:(?:by|with|in|at)\s+an?\s+(?:sex\s+)?ratio\s+of\s+|ratio\s+|of\s+)?"
    rf"{_APPROXIMATELY}{_N_TO_ONE}"
    # "in a ratio of about 2:1 to 3:1": a range of ratios
    r"(?:\s{0,2}(?:-|–|to)\s{0,2}(?P<n2>\d{1,2}(?:\.\d)?)\s?:\s?1(?!\d|[.:]\d))?",
    re.I,
)
_EQUAL = re.compile(
    # "no significant sex predilection", "no recognised sex or ethnic predilection"
    r"\b(?:no|without)\s+(?:(?:a|any)\s+)?(?:(?:significant|recognised|recognized|known|clear|definite|"
    r"particular|obvious|appreciable|consistent|apparent|major|strong|convincing)\s+)?"
    r"(?:sex|gender)(?:\s+or\s+(?:ethnic|racial|age|side))?\s+"
    r"(?:predilection|predominance|preference|bias)"
    r"|\b(?:both\s+sexes|(?:men|males|boys)\s+and\s+(?:women|females|girls)|"
    r"(?:women|females|girls)\s+and\s+(?:men|males|boys))\s+(?:are\s+)?(?:affected\s+)?"
    r"(?:(?:almost|about|roughly|approximately|nearly)\s+)?(?:equally|with\s+"
    r"(?:(?:almost|about|roughly|approximately|nearly)\s+)?equal\s+frequency)"
    # "the sexes are (now) affected roughly equally"
    r"|\bthe\s+sexes\s+are\s+(?:now\s+)?(?:affected\s+)?(?:(?:almost|about|roughly|"
    r"approximately|nearly)\s+)?equally\b"
    r"|\bequal\s+(?:sex|gender)\s+(?:distribution|incidence)"
    # "seen roughly equally in both sexes", "affect the sexes about equally"
    r"|\b(?:seen|affected|found|occurs?|occurring)\s+(?:(?:almost|about|roughly|approximately|"
    r"nearly)\s+)?equally\s+(?:in|among)\s+(?:both|the\s+two)\s+sexes\b"
    r"|\baffects?\s+(?:both|the)\s+sexes\s+(?:(?:almost|about|roughly|approximately|nearly)\s+)?"
    r"equally\b"
    r"|\b(?:sex|gender)\s+(?:distribution|incidence|ratio)\s+is\s+"
    r"(?:(?:about|roughly|approximately|nearly)\s+)?equal\b",
    re.I,
)


# "Men account for about two-thirds of cases": a share of the cases that gives a ratio.
_SHARES = {"two-thirds": "2:1", "three-quarters": "3:1", "four-fifths": "4:1"}
_SHARE_OF_CASES = re.compile(
    rf"\b{_WHO}\s+(?:account\s+for|make\s+up|represent|comprise)\s+(?:about\s+|approximately\s+|"
    r"roughly\s+|around\s+|nearly\s+)?(?P<share>two-thirds|three-quarters|four-fifths)\s+of\s+"
    r"(?:all\s+)?(?:cases|patients|tumou?rs|those\s+affected)",
    re.I,
)


_PREDOMINANCE_WHO = ("value", *(f"who{n}" for n in ("", *range(2, 16))))


def _count(word: str) -> str:
    """ "three" → "3", "one" → "1", "4" → "4"."""
    return "1" if word.lower() == "one" else _TIMES.get(word.lower(), word)


def _factor(words: str) -> str:
    """ "twice" → "2", "two to three times" → "2-3", "1.5 times" → "1.5"."""
    numbers = [_TIMES.get(word.lower(), word) for word in re.findall(r"[\w.]+", words)]
    numbers = [n for n in numbers if re.fullmatch(r"\d+(?:\.\d+)?", n)]
    return "-".join(numbers)


def _attribute(who: str) -> str:
    return "M:F" if who.lower().startswith(("m", "boy")) else "F:M"


# Every pattern _ratios tries names a sex ("M:F", male/female, men/women, boys/girls; "men"
# always at a word's start) or the words "sex"/"gender": most sentences have none, and the
# eleven patterns tried at each of their positions were a tenth of the age and sex
# extractors' time. Keep this true when adding a pattern.
_RATIO_NEEDS = re.compile(r"m\s*:\s*f|f\s*:\s*m|male|\bmen|women|boys|girls|sex|gender", re.I)


# A plain-text page glues a citation to the figure before it: "a F:M ratio of about 5:13."
# is "5:1" and reference 3. A sex ratio is written to 1 (or as small whole numbers, "3:2"),
# so a "1" followed by one or two digits just before a stop is the 1 and a reference.
_GLUED_REFERENCE = re.compile(r"(?P<ratio>\d{1,2}(?:\.\d)?(?:-\d{1,2}(?:\.\d)?)?):1\d{1,2}$")
_AT_STOP = re.compile(r"[.;,](?:\s|$)|$")


_RANGE_DASH = re.compile(r"\s*(?:-|–|to)\s*")
_COLON_SPACES = re.compile(r"\s*:\s*")


def _ratios(text: str) -> Iterator[tuple[str, str, int]]:
    """(attribute, value, start) for what a sentence states: "M:F" or "F:M" with "2:1", or
    "predominance" with "male"/"female"."""
    if _RATIO_NEEDS.search(text) is None:
        return
    for pattern in (_RATIO, _RATIO_FIRST):
        for match in pattern.finditer(text):
            label = match.group("label").lower().replace(" ", "")
            written = re.sub(r"\s+to\s+1$", ":1", match.group("value"))  # "3 to 1" is 3:1
            value = _RANGE_DASH.sub("-", _COLON_SPACES.sub(":", written))
            if (glued := _GLUED_REFERENCE.match(value)) and _AT_STOP.match(text, match.end()):
                value = f"{glued.group('ratio')}:1"  # "about 5:13." = "5:1" + reference 3
            yield _attribute(label), value, match.start()
    for pattern in _WORDS:
        for match in pattern.finditer(text):
            factor = _factor(match.group("factor"))
            yield _attribute(match.group("who")), f"{factor}:1", match.start()
    for match in _FOR_EVERY.finditer(text):
        a, b = _count(match.group("a")), _count(match.group("b") or "1")
        yield _attribute(match.group("who")), f"{a}:{b}", match.start()
    for match in _SHARE_OF_CASES.finditer(text):
        yield _attribute(match.group("who")), _SHARES[match.group("share").lower()], match.start()
    for match in _OUTNUMBER.finditer(text):
        a, b = (_count(match.group(side)) for side in ("a", "b"))
        if match.group("a2"):
            a = f"{a}-{_count(match.group('a2'))}"
        yield _attribute(match.group("who")), f"{a}:{b}", match.start()
    yield from _predominances(text)
    if equal := _EQUAL.search(text):
        yield "M:F", "1:1", equal.start()


# "Older series reported a male predominance, but more recent data suggest the sexes are
# affected equally": a ratio that a later clause's newer data overturn is no fact.
_NEWER_DATA = re.compile(
    r",\s*but\s+(?:[^,;.]{0,60}?\b(?:more\s+recent|recent|newer|larger|current|now)\b)",
    re.I,
)


def _overturned(text: str, start: int, starts: list[int]) -> bool:
    """Whether the ratio at ``start`` is followed, after ", but … recent …", by another."""
    return any(
        start < turn.start() and any(other > turn.start() for other in starts)
        for turn in _NEWER_DATA.finditer(text)
    )


# "There is no strong sex predilection, although some series report a mild female
# predominance": a minority report beside the sentence's own equality; "Some series show a
# slight male predominance and others no difference": reports that disagree. Neither states
# the sentence's fact.
_MINORITY = re.compile(
    r"\bsome\s+(?:series|studies|reports|authors|investigators|cohorts)\b[^;:.]{0,60}$", re.I
)
_OTHERS_DIFFER = re.compile(r"^[^;:.]{0,80}?\b(?:and|while|whereas|but)\s+others\b", re.I)
# "seen roughly equally in both sexes or with a slight female predominance": an alternative
# offered after an equality
# ("no significant gender predilection, or perhaps a slight male predominance")
_OR_AFTER_EQUAL = re.compile(
    r"^[^;:.]{0,40}?\bor\s+(?:(?:perhaps|possibly|maybe)\s+)?(?:with\s+)?(?:an?\s+)?(?:[a-z]+\s+)?$",
    re.I,
)


def _hedged(text: str, start: int) -> bool:
    """Whether the ratio at ``start`` is only what some series report against the sentence's
    equality or other series, or an alternative to an equality the sentence states first."""
    equal = _EQUAL.search(text)
    if _MINORITY.search(text[max(0, start - 80) : start]):
        if equal is not None and not _MINORITY.search(
            text[max(0, equal.start() - 80) : equal.start()]
        ):
            return True
        if _OTHERS_DIFFER.match(text[start:]):
            return True
    return (
        equal is not None
        and equal.end() <= start
        and _OR_AFTER_EQUAL.match(text[equal.end() : start]) is not None
    )


_TURN = re.compile(r";|\b(?:while|whereas|but|however|although|in\s+contrast)\b", re.I)


def _same_clause(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans of a sentence stand in one clause (no turn between them)."""
    start, end = min(first[1], second[1]), max(first[0], second[0])
    return not _TURN.search(text[start:end]) if start <= end else True


def _favours_the_first(ratio: re.Match[str]) -> bool:
    """Whether a ratio beside a predominance favours its first figure ("3 to 2", "3:1"), not
    a range of times ("two to three")."""
    first, second = float(_count(ratio.group("n"))), float(_count(ratio.group("d")))
    return second == 1 or second < first


def _predominances(text: str) -> Iterator[tuple[str, str, int]]:
    """ "male"/"female" predominance, or its ratio where one stands beside it; none where
    the sentence labels its ratio ("Women are affected more often, with a F:M ratio of 5:1"
    says it once, as the ratio)."""
    # "two to three times more common in women": the figure states the predominance already
    labelled = [
        m.span()
        for pattern in (_RATIO, _RATIO_FIRST, *_WORDS, _FOR_EVERY)
        for m in pattern.finditer(text)
    ]
    for match in _PREDOMINANCE.finditer(text):
        if any(_same_clause(text, match.span(), span) for span in labelled):
            continue
        who = next(filter(None, match.group(*_PREDOMINANCE_WHO)))
        if match.group("ratio"):
            yield _attribute(who), re.sub(r"\s", "", match.group("ratio")), match.start()
            continue
        # a ratio just before ends there: look no further back (linear on long sentences)
        before = max(0, match.start() - _RATIO_REACH)
        beside = _RATIO_BEFORE.search(text, before, match.start()) or _RATIO_AFTER.match(
            text[match.end() : match.end() + 2 * _RATIO_REACH]
        )
        if beside and _favours_the_first(beside):
            upper = beside.groupdict().get("n2")
            low, other = _count(beside.group("n")), _count(beside.group("d"))
            yield _attribute(who), f"{low}-{upper}:1" if upper else f"{low}:{other}", match.start()
            continue
        yield (
            "predominance",
            "male" if who.lower().startswith(("m", "boy")) else "female",
            (match.start()),
        )


# "In neonates there is a male predominance, but no sex difference after infancy": a ratio
# stated for an age group holds only in it.
_IN_AGE_GROUP = re.compile(
    r"^in\s+(?P<group>children|adults|infants|neonates|newborns|adolescents|the\s+elderly|"
    r"(?:older|younger)\s+(?:patients|adults))(?=\s{0,2},|\s+there\s+(?:is|are)\b)",
    re.I,
)


# "In adults there is a female predominance, whereas in children boys are affected more
# often": a group set apart after a turn holds for the ratio right after it.
_GROUP_AFTER_TURN = re.compile(
    r"(?:[,;]\s(?:whereas|while|but)|;)\s+in\s+(?P<group>children|adults|infants|neonates|"
    r"newborns|adolescents|the\s+elderly|(?:older|younger)\s+(?:patients|adults))\s*,?\s"
    r"(?:[^,;:.()]{0,40})$",
    re.I,
)


# "most cases now occur in adults, …, with men affected twice as often": a ratio in a "with"
# clause after an age group the cases are placed in holds in that group.
_GROUP_BEFORE_WITH = re.compile(
    r"\b(?:occur|occurs|seen|arise|arises|present|presents)\s+(?:mainly\s+|mostly\s+|now\s+)?"
    r"in\s+(?P<group>children|adults|infants|neonates|adolescents|the\s+elderly)\b"
    r"[^;:.()]{0,80}\swith\s+$",
    re.I,
)


# "Below 50 years men are affected more often than women, whereas above 50 years there is a
# female predominance": a ratio right after an age bracket holds only in that bracket.
_AGE_BRACKET_BEFORE = re.compile(
    r"(?:^|\b)(?P<bracket>(?:below|above|under|over|(?:older|younger)\s+than)\s+"
    r"(?:the\s+age\s+of\s+)?\d{1,3}(?:\s+years)?)\s{0,3},?\s{0,3}(?:there\s+is\s+)?"
    r"(?:an?\s+|the\s+)?$",
    re.I,
)


# "Cam morphology predominates in men (M:F 3:1), whereas pincer morphology is more common in
# women": each ratio is the kind's its clause opens on, not the whole condition's.
_KIND_NOUN = r"(?:morphology|type|form|subtype|variant|pattern)s?"
_KIND_PHRASE = re.compile(rf"^[A-Za-z][\w-]*(?:\s[\w-]+)?\s{_KIND_NOUN}$", re.I)
_CONTRASTED_KIND = re.compile(
    rf"\s(?:whereas|while)\s(?:the\s)?(?P<np>[a-z][\w-]*(?:\s[\w-]+)?\s{_KIND_NOUN})\s", re.I
)


def _kind_of(text: str, start: int, own: str) -> str:
    """The kind of the condition a ratio at ``start`` is stated of, or ""."""
    contrasted = [m for m in _CONTRASTED_KIND.finditer(text) if m.end() <= start]
    if contrasted:
        return contrasted[-1].group("np")
    # (the opening kind's only in its own clause: "; there is an overall male predominance")
    return own if own and _KIND_PHRASE.match(own) and ";" not in text[:start] else ""


def extract_sex_ratios(article: Article) -> Iterator[Fact]:
    """ "M:F 2:1", "a 3:2 male-to-female ratio", "women are affected twice as often",
    "a slight male predominance", "no sex predilection"."""
    for clause in iter_clauses(article):
        text = clause.sentence.text
        keys: set[tuple[str, ...]] = set()
        said: set[tuple[str, str, str]] = set()  # one ratio said twice is one fact
        masked = mask_numbers(text)
        stated = list(_ratios(text))
        starts = [start for _, _, start in stated]
        for attribute, value, start in stated:
            if (
                _unnamed_contrast(clause, start)
                or _overturned(text, start, starts)
                or _hedged(text, start)
            ):
                continue
            subject = _people_subject(clause, clause.subject_at(start), article.title)
            subject = _title_subgroup(subject, article.title) or subject
            subject = _kind_of(text, start, clause.own) or subject
            if subject == article.title:
                # "In dysbaric osteonecrosis, men are more frequently affected": that one's
                subject = (
                    other_condition_of(text, start, (article.title, *article.synonyms)) or subject
                )
            in_group = (
                _GROUP_AFTER_TURN.search(text[max(0, start - 60) : start])
                or _IN_AGE_GROUP.match(text.strip())
                or _GROUP_BEFORE_WITH.search(text[max(0, start - 140) : start])
            )
            if in_group and in_group.group("group").lower() not in subject.lower():
                subject = f"{subject} in {in_group.group('group')}"
            elif bracket := _AGE_BRACKET_BEFORE.search(text[max(0, start - 60) : start]):
                subject = f"{subject} in patients {bracket.group('bracket').lower()}"
            if (subject, attribute, value) in said:
                continue  # "twice as often as women (M:F 2:1)": the words and the ratio agree
            said.add((subject, attribute, value))
            key: tuple[str, ...] = (masked, attribute)
            if key in keys:
                # "X shows a male predominance (M:F 4:1), whereas Y has no sex predilection":
                # a second ratio of the sentence is another subject's; the first keeps its id
                key = (*key, subject)
            keys.add(key)
            yield make_fact(
                FactKind.SEX_RATIO,
                article,
                clause.sentence.section,
                text,
                key=key,
                subject=subject,
                attribute=attribute,
                value=value,
                statement=text,
            )
