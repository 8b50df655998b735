"""Nested entries of a relation list are members of their own (issue 11, session 12): a cause
grouped under a kind of cause is a cause; the kind is a member when it names one, a category
when it only sorts ("chromosomal", "prothrombotic states"); criteria stay criteria."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.readers import read_text


def _article(intro: str, *items: ListItem, title: str = "Portal vein thrombosis") -> Article:
    blocks = (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=items))
    return Article(slug="t", title=title, sections=(Section("Aetiology", blocks),))


def _members(facts: list[Fact]) -> dict[str, tuple[str, str]]:
    return {
        f.item: (f.value, f.attribute)
        for f in facts
        if f.kind is FactKind.ASSOCIATION and f.group in {"causes", "associations"}
    }


def _group(name: str, *children: str) -> ListItem:
    return ListItem(name, tuple(ListItem(c) for c in children))


def test_children_of_a_named_cause_are_causes_and_the_parent_keeps_its_own_detail() -> None:
    article = _article(
        "Causes are usually grouped as follows:",
        _group("local inflammation: about a third of cases", "pancreatitis", "diverticulitis"),
        _group("hepatic cirrhosis", "alcohol-related liver disease", "chronic hepatitis B"),
    )
    members = _members(extract_facts(article))
    assert members["local inflammation"][0] == "about a third of cases"
    assert "pancreatitis" in members
    assert "diverticulitis" in members
    assert "chronic hepatitis B" in members
    assert members["hepatic cirrhosis"] == ("", "")  # no children glued into its value


def test_a_singular_noun_in_s_is_a_member_not_a_plural_category() -> None:
    article = _article(
        "Causes include:",
        _group("splenic vein stenosis", "pancreatic pseudocyst", "prior splenectomy"),
    )
    members = _members(extract_facts(article))
    assert "splenic vein stenosis" in members
    assert "pancreatic pseudocyst" in members


def test_a_plural_heading_or_a_lone_adjective_only_sorts_its_children() -> None:
    article = _article(
        "It is associated with:",
        _group("prothrombotic states", "polycythaemia vera", "protein C deficiency"),
        _group("congenital", "caval web"),
    )
    members = _members(extract_facts(article))
    assert "polycythaemia vera" in members
    assert "caval web" in members
    assert "prothrombotic states" not in members
    assert "congenital" not in members


def test_children_that_finish_the_parents_sentence_stay_its_detail() -> None:
    article = _article(
        "Causes include:",
        _group("umbilical vein catheterisation", "may be complicated by sepsis"),
    )
    members = _members(extract_facts(article))
    assert "may be complicated by sepsis" not in members
    assert "umbilical vein catheterisation" in members


def test_criteria_under_a_relation_word_are_no_members() -> None:
    article = _article(
        "The consensus criteria require a predisposing condition and the following:",
        _group("major criteria", "raised serum ferritin", "splenomegaly on imaging"),
    )
    members = {f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}
    assert "raised serum ferritin" not in members


_HTML = """<!DOCTYPE html><html><head><title>Portal vein thrombosis | Radiopaedia.org</title>
</head><body><h1 class="header-title">Portal vein thrombosis</h1><div class="body">
<h4>Aetiology</h4><p>Causes are conventionally grouped as follows:</p>
<ul><li>local inflammation<ul><li>pancreatitis</li><li>diverticulitis</li></ul></li>
<li>myeloproliferative neoplasm</li></ul>
<h4>Radiographic features</h4><p>Ultrasound shows echogenic thrombus in the portal vein.</p>
</div></body></html>"""


def test_html_keeps_the_group_each_child_is_listed_under() -> None:
    facts = extract_facts(read_text(_HTML))
    members = _members(facts)
    assert members["pancreatitis"][1] == "local inflammation"
    assert members["myeloproliferative neoplasm"][1] == ""
    assert members["local inflammation"][1] == ""
