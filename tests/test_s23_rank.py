"""Issue 11, session 23 (helper s23-rank): ranked runs ("typically involves A, followed by B,
and then C"), passive ranks of injury, "the largest of which is X", ranks in a list entry's
later clauses, quality superlatives ("the most accurate investigation"); sex ratios that are
hedged ("although some series report …"), offered as an alternative to an equality, or
stated twice (a figure and its predominance). Every sentence here is invented."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Rank = tuple[str, str, str, str]  # subject, item, value, group


def _article(title: str, *paragraphs: str, items: tuple[str, ...] = ()) -> Article:
    blocks = [Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs]
    if items:
        blocks.append(Block(BlockKind.LIST, items=tuple(ListItem(text=t) for t in items)))
    return Article(slug="t", title=title, sections=(Section("Pathology", tuple(blocks)),))


def _ranks(title: str, *paragraphs: str, items: tuple[str, ...] = ()) -> set[Rank]:
    return {
        (f.subject, f.item, f.value, f.group)
        for f in extract_facts(_article(title, *paragraphs, items=items))
        if f.kind is FactKind.RANK
    }


def _ratios(title: str, sentence: str) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(_article(title, sentence))
        if f.kind is FactKind.SEX_RATIO
    }


# --- ranked runs of places -------------------------------------------------------------


def test_a_habit_verb_of_place_with_a_run_ranks_each_place() -> None:
    found = _ranks(
        "Crystal arthropathy",
        "Acute gouty arthritis usually affects the first toe, followed by the ankle.",
    )
    assert found == {
        ("Acute gouty arthritis", "first toe", "most common", "site"),
        ("Acute gouty arthritis", "ankle", "second most common", "site"),
    }


def test_a_habit_verb_of_place_alone_ranks_nothing() -> None:
    found = _ranks("Gout", "Gout usually affects the first toe, and most attacks resolve.")
    assert found == set()


def test_the_title_as_the_owner_of_a_run_keeps_the_title() -> None:
    found = _ranks("Gout", "Gout typically involves the first toe, followed by the midfoot.")
    assert found == {
        ("Gout", "first toe", "most common", "site"),
        ("Gout", "midfoot", "second most common", "site"),
    }


def test_a_passive_rank_with_a_run_of_three() -> None:
    found = _ranks(
        "Lobar emphysema",
        "The anterior segment of the right upper lobe is by far the most frequently involved, "
        "followed by the lingula, and then the middle lobe and lower lobes.",
    )
    assert found == {
        ("Lobar emphysema", "anterior segment of the right upper lobe", "most common", "site"),
        ("Lobar emphysema", "lingula", "second most common", "site"),
        ("Lobar emphysema", "middle lobe and lower lobes", "third most common", "site"),
    }


def test_a_run_whose_next_is_two_names_names_no_second() -> None:
    found = _ranks(
        "Lobar emphysema",
        "The left upper lobe is the most frequently involved, followed by the lingula and "
        "the middle lobe.",
    )
    assert found == {("Lobar emphysema", "left upper lobe", "most common", "site")}


def test_an_injury_participle_ranks_by_its_own_words() -> None:
    found = _ranks(
        "Seat-belt injury",
        "The jejunum and its mesentery are the most frequently injured, followed by the colon.",
    )
    assert found == {
        ("Seat-belt injury", "jejunum and its mesentery", "most frequently injured", ""),
        ("Seat-belt injury", "colon", "second most frequently injured", ""),
    }


def test_a_place_with_an_of_phrase_before_a_new_clause() -> None:
    found = _ranks(
        "Cerebellar infarction",
        "Cerebellar infarction most often occurs in the territory of the posterior inferior "
        "cerebellar artery and presents with vertigo.",
    )
    assert found == {
        (
            "Cerebellar infarction",
            "territory of the posterior inferior cerebellar artery",
            "most common",
            "site",
        )
    }


# --- how good a test is, how bad a form is ----------------------------------------------


def test_a_quality_superlative_ranks_its_subject() -> None:
    found = _ranks("Renal colic", "Unenhanced CT is the most accurate investigation.")
    assert found == {("Renal colic", "Unenhanced CT", "most accurate", "investigation")}


def test_a_rank_of_a_coordination_ranks_it_whole() -> None:
    found = _ranks("Renal colic", "Pain and haematuria are the most useful clues.")
    assert found == {("Renal colic", "Pain and haematuria", "most useful", "clues")}


def test_a_coordination_after_a_semicolon_is_ranked_whole() -> None:
    found = _ranks(
        "Renal colic",
        "Calcium oxalate is the commonest stone; struvite and urate are the most radiolucent "
        "ones; the pelvis and upper ureter are the most frequently involved sites.",
    )
    assert (
        "Renal colic",
        "pelvis and upper ureter",
        "most frequently involved",
        "sites",
    ) in found


def test_a_run_of_names_with_commas_before_and_ranks_none_of_them() -> None:
    found = _ranks("Renal colic", "Age, pain and haematuria are the most useful clues.")
    assert found == set()


def test_a_rank_after_a_clause_joined_by_a_comma_and_keeps_its_subject() -> None:
    found = _ranks("Renal colic", "Stones form in the kidney, and calculi are the commonest cause.")
    assert ("Renal colic", "calculi", "most common", "cause") in found


def test_a_category_first_item_cut_before_or_is_no_item() -> None:
    found = _ranks(
        "Ovarian fibroma",
        "The most common finding is a solid, or mixed solid and cystic, adnexal mass.",
    )
    assert found == set()


# --- "the largest of which is X" -------------------------------------------------------


def test_a_superlative_of_a_set_named_before_it() -> None:
    found = _ranks(
        "Hepatic venous anatomy",
        "The liver drains through several hepatic veins, the largest of which is the right "
        "hepatic vein.",
    )
    assert found == {("hepatic veins", "right hepatic vein", "largest", "hepatic vein")}


def test_how_common_a_member_of_a_set_is_ranks_it_for_the_subject() -> None:
    found = _ranks(
        "Coarctation of the aorta",
        "Coarctation often coexists with other cardiac anomalies, the most common of which is "
        "a bicuspid aortic valve.",
    )
    assert found == {
        ("Coarctation of the aorta", "bicuspid aortic valve", "most common", "cardiac anomaly")
    }


def test_of_which_without_a_superlative_ranks_nothing() -> None:
    found = _ranks(
        "Coarctation of the aorta",
        "Coarctation often coexists with other cardiac anomalies, some of which are severe.",
    )
    assert found == set()


# --- a list entry's later clauses ------------------------------------------------------


def test_a_rank_in_a_list_entrys_second_clause() -> None:
    found = _ranks(
        "Capillary telangiectasia",
        "Capillary telangiectasias are found as follows.",
        items=("supratentorial: ~30%", "infratentorial: ~70%; the pons is the commonest site"),
    )
    assert ("Capillary telangiectasia", "pons", "most common", "site") in found


def test_a_pronoun_in_a_list_entrys_clause_is_ranked_nowhere() -> None:
    found = _ranks(
        "Capillary telangiectasia",
        "Capillary telangiectasias are found as follows.",
        items=("brainstem: ~70%; it is the commonest site of bleeding",),
    )
    assert found == set()


# --- sex ratios ------------------------------------------------------------------------


def test_a_minority_report_beside_an_equality_gives_the_equality_only() -> None:
    found = _ratios(
        "Chondrocalcinosis",
        "There is no clear sex predilection, although some studies report a slight male "
        "predominance.",
    )
    assert found == {("Chondrocalcinosis", "M:F", "1:1")}


def test_reports_that_disagree_give_no_ratio() -> None:
    found = _ratios(
        "Fungal sinusitis",
        "Some series report a mild female predominance and others no difference at all.",
    )
    assert found == set()


def test_a_report_without_a_hedge_is_kept() -> None:
    found = _ratios("Fungal sinusitis", "There is a mild female predominance.")
    assert found == {("Fungal sinusitis", "predominance", "female")}


def test_a_plain_predominance_beside_an_equality_of_another_group_is_kept() -> None:
    found = _ratios(
        "Tuberous sclerosis",
        "Renal lesions show a female predominance, whereas brain lesions affect the sexes equally.",
    )
    assert ("Renal lesions", "predominance", "female") in found


def test_an_alternative_after_an_equality_is_no_predominance_of_its_own() -> None:
    found = _ratios(
        "Germ cell tumour",
        "Pineal tumours show a striking male predominance (about 8:1), whereas basal ganglia "
        "tumours occur roughly equally in both sexes or with a slight male predominance.",
    )
    assert found == {
        ("Pineal tumours", "M:F", "8:1"),
        ("basal ganglia tumours", "M:F", "1:1"),
    }


def test_the_sexes_affected_equally_with_the_sexes_as_object() -> None:
    found = _ratios("Chordoma", "Clival chordomas affect the sexes about equally.")
    assert found == {("Clival chordomas", "M:F", "1:1")}


def test_a_factor_in_words_states_the_predominance_once() -> None:
    found = _ratios("Valve disease", "Valve disease is about three times more common in women.")
    assert found == {("Valve disease", "F:M", "3:1")}


def test_outnumbering_by_a_range() -> None:
    found = _ratios("Silicosis", "Men outnumber women by two or three to one.")
    assert found == {("Silicosis", "M:F", "2-3:1")}
