"""The quoted-points rule: a quoted exam question with a bold label and its points, its marking scheme under
a bold title in the same quote, in any language; a quote with the question alone is `unanswered`."""

from __future__ import annotations

from tests.helpers import extract_text

ESSAYS = """\
# Historia — matura

## Wypracowania

> **Zadanie:** Wyjaśnij przyczyny rozbiorów Polski. (4 pkt)
>
> **Schemat oceniania:**
> - 1 pkt: liberum veto
> - 1 pkt: słabość armii

> **Zadanie:** Porównaj konstytucję 3 maja z konstytucją marcową. (6 pkt)

> **Zadanie:** Dlaczego upadło powstanie listopadowe? [3 pkt]
>
> **Klucz:**
> Przewaga wojsk rosyjskich; brak poparcia chłopów.
"""

TIPS = """\
# Reading list

> **Tip:** Read the first chapter before the lecture. (5 min)
>
> It makes the rest easier.

> **Note:** Skim the appendix. (10 min)
"""


def test_quoted_questions_with_points_and_a_scheme_are_cards() -> None:
    extraction, diagnostics = extract_text(ESSAYS)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("quoted-points", "Wyjaśnij przyczyny rozbiorów Polski.", "- 1 pkt: liberum veto\n- 1 pkt: słabość armii"),
        ("quoted-points", "Dlaczego upadło powstanie listopadowe?", "Przewaga wojsk rosyjskich; brak poparcia chłopów."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == ["Porównaj konstytucję 3 maja z konstytucją marcową."]
    assert extraction.drafts[0].context == ("Wypracowania",)


def test_quoted_tips_with_minutes_are_no_cards() -> None:
    extraction, diagnostics = extract_text(TIPS)
    assert not [d for d in extraction.drafts if d.convention == "quoted-points"]
    assert not [d for d in diagnostics if d.kind == "unanswered"]
