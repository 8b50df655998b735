"""Growths among the options of a question (M5): where the category a question asks about
is one of growths ("the most common functioning pancreatic neuroendocrine tumour", "a benign
tumour of Schwann cells"), every option must name a growth too. A differential list or the
library also holds vessels, organs and inflammations ("Splenic artery aneurysm",
"Intrapancreatic accessory spleen", "Acute cholecystitis"), which no one would pick; those
are left out."""

from __future__ import annotations

import re

__all__ = ["is_catch_all", "is_growth_category", "may_be_a_growth", "names_a_growth"]

# The category ends on a noun of growth: "… neuroendocrine tumour", "… malignancy".
_GROWTH_CATEGORY = re.compile(
    r"\b(?:tumou?rs?|neoplasms?|malignanc(?:y|ies)|cancers?|carcinomas?|sarcomas?|lymphomas?)"
    r"(?:\s(?:of|in|arising)\s[^,;.]{1,60})?$",
    re.I,
)
# What is plainly no growth: an inflammation, a collection, a vessel's dilatation, a bleed, a
# dead or twisted part, an extra organ. (A tumour-like lesion, "focal nodular hyperplasia",
# "simple bone cyst", is listed among tumours by the pages themselves: it stays.)
_NO_GROWTH = re.compile(
    r"(?:itis|itides)\b|\b(?:abscess(?:es)?|empyema|aneurysms?|pseudoaneurysms?|varix|varices|"
    r"haematomas?|hematomas?|infarcts?|infarction|thrombosis|thrombus|embol(?:us|ism)|"
    r"torsion|volvulus|hernias?|fractures?|accessory|splenules?|spleen|ectopic|"
    r"malformations?|fistulas?|diverticul(?:um|a|itis)|stones?|calculi|calculus)\b",
    re.I,
)
# A name that says it is a growth: a noun of growth, a metastasis, a hyperplasia, or a word
# in "-oma" that is no bleed, granuloma, plaque or eye disease.
_GROWTH_NAME = re.compile(
    r"\b(?:tumou?rs?|neoplasms?|cancers?|metastas[ie]s|malignanc(?:y|ies)|hyperplasia)\b"
    r"|(?<!haemat)(?<!hemat)(?<!granul)(?<!ather)(?<!glauc)oma(?:s|ta)?\b",
    re.I,
)
# "Other pancreatic neuroendocrine tumours, e.g. gastrinoma": a catch-all, true of anything in
# its category, so no fair option (M3).
_CATCH_ALL = re.compile(r"^(?:other|miscellaneous|unknown)\b|\b(?:e\.g\.|i\.e\.)", re.I)


def is_growth_category(text: str) -> bool:
    """Whether ``text`` (a rank's category, a definition's genus) names a kind of growth."""
    return bool(_GROWTH_CATEGORY.search(text.strip(" .")))


def may_be_a_growth(name: str) -> bool:
    """Whether ``name`` may stand among growths: anything but what plainly is none."""
    return not _NO_GROWTH.search(name)


def is_catch_all(name: str) -> bool:
    return bool(_CATCH_ALL.search(name))


def names_a_growth(name: str) -> bool:
    """Whether ``name`` says it is a growth: the test for a name drawn from the library,
    which a page did not choose as comparable ("Crohn disease" beside "Insulinoma")."""
    return bool(_GROWTH_NAME.search(name))
