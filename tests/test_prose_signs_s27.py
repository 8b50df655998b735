"""Signs in other writers' words (session 13): phrasings written for these tests."""

from __future__ import annotations

from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _signs(sentence: str) -> list[tuple[str, str]]:
    facts = paragraph_facts("Sclerosing mesenteritis", "CT", sentence, FactKind.SIGN)
    return [(f.subject, f.item) for f in facts]


def test_a_sign_seen_in_a_bare_share_is_the_topic_s() -> None:
    """ "seen in up to 85%." is of the topic's own cases, as "in 85% of patients" is."""
    expected = [("Sclerosing mesenteritis", "halo sign")]
    assert _signs("The halo sign is seen in up to 85%.") == expected
    assert _signs("The halo sign is seen in 60-70%.") == expected
    # a share followed by another group names whose it may be: no subject is guessed
    assert _signs("The halo sign is seen in 20%, mostly in lymphoma.") == []
