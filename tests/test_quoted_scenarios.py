"""Scenario write-ups whose question is a blockquote right under the heading: the quote is the front and
the heading its context; a scenario with nothing but a comment after its question is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text


def test_quoted_question_under_a_scenario_heading_is_the_front() -> None:
    text = (
        "# Database on-call scenarios\n\n## Postgres\n\n"
        "### Scenario 1: Replica lag keeps growing\n\n"
        "> The read replica is 20 minutes behind and the gap grows. What do you check first?\n\n"
        "- `pg_stat_replication` on the primary: `replay_lag`.\n- Long queries on the replica holding back replay.\n\n"
        "### Case study 2 — Disk fills overnight\n\n"
        "> Every night the data volume fills up. Explain how you would find the cause.\n\n"
        "<!-- write this up after the retro -->\n\n"
        "### Scenario 3: Slow checkout\n\n"
        "> Checkout got slow after the release. Walk me through it.\n\n"
        "Compare the query plans before and after; look for a missing index.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[0], c[2]) for c in cards] == [
        (5, "The read replica is 20 minutes behind and the gap grows. What do you check first?"),
        (18, "Checkout got slow after the release. Walk me through it."),
    ]
    assert cards[0][3].startswith("- `pg_stat_replication`")
    assert unanswered == [(12, "Every night the data volume fills up. Explain how you would find the cause.")]
    extraction, _ = extract_text(text)
    assert extraction.drafts[0].context == ("Postgres", "Scenario: Replica lag keeps growing")


def test_a_quote_that_does_not_ask_stays_in_the_answer() -> None:
    cards, _ = cards_and_unanswered(
        "# Incidents\n\n### Scenario 4: Expired certificate\n\n> It happened on a Sunday at 3 a.m.\n\nRenew it and add expiry alerts.\n"
    )
    assert [c[2] for c in cards] == ["Scenario: Expired certificate"]
    assert cards[0][3].startswith("> It happened")
