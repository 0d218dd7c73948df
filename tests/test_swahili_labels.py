"""Swahili question and answer labels (`**Swali 1.**`, `**Jibu:**`, `**Majibu:**`) read wherever the other
languages' labels are, stems in the exam's command words (`Taja …`, `Eleza …`) ask without a `?`, and the
Swahili "not finished yet" notes (`sijakamilisha`, `sijaandika bado`) are placeholders, not answers."""

from __future__ import annotations

from ankibuild.extract.questions import starts_like_question
from tests.helpers import cards_and_unanswered


def test_numbered_swahili_labels_answered_in_the_next_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Historia\n\n## Sehemu A\n\n"
        "**Swali 1.** Taja sababu mbili za vita vya Maji Maji.\n\n"
        "**Jibu:**\n- Kodi ya kichwa.\n- Kilimo cha lazima cha pamba.\n\n"
        "**Swali 2.** Mkutano wa Berlin ulifanyika mwaka gani?\n\n**Jibu:** 1884–1885.\n\n"
        "## Sehemu B\n\n"
        "**Swali 1.** Eleza maana ya ukoloni.\n\n**Majibu:** Utawala wa nchi moja juu ya nchi nyingine.\n\n"
        "**Swali 2.** Linganisha utawala wa moja kwa moja na usio wa moja kwa moja.\n\n"
        "**Jibu:** _(sijaandika bado)_\n\n"
        "**Swali 3.** Kwa nini Wajerumani walijenga reli ya kati?\n\n---\n"
    )
    assert [(c[0], c[2]) for c in cards] == [
        (5, "Taja sababu mbili za vita vya Maji Maji."),
        (11, "Mkutano wa Berlin ulifanyika mwaka gani?"),
        (17, "Eleza maana ya ukoloni."),
    ]
    assert cards[0][3].startswith("- Kodi ya kichwa.")
    assert cards[2][3] == "Utawala wa nchi moja juu ya nchi nyingine."
    assert [line for line, _ in unanswered] == [21, 25]


def test_swahili_answer_label_on_a_plain_line() -> None:
    cards, _ = cards_and_unanswered(
        "# Kemia\n\nSwali 4: Fafanua maana ya asidi.\n\nJibu: Dutu inayotoa ioni za hidrojeni katika maji.\n"
    )
    assert [(c[2], c[3]) for c in cards] == [("Fafanua maana ya asidi.", "Dutu inayotoa ioni za hidrojeni katika maji.")]


def test_swahili_command_words_ask() -> None:
    assert starts_like_question("Taja aina tatu za miamba.")
    assert starts_like_question("Eleza jinsi moyo unavyofanya kazi.")
    assert not starts_like_question("Tanzania ilipata uhuru mwaka 1961.")


def test_a_labelled_placeholder_before_a_tip_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Jiografia\n\n**Swali 1.** Eleza jinsi mvua ya milima inavyotokea.\n\n"
        "**Jibu:** _(sijakamilisha — nitaongeza baadaye)_\n\n> 💡 **Kumbuka:** soma ramani kwanza.\n\n"
        "**Swali 2.** Taja bahari inayopakana na Tanzania.\n\n**Jibu:** Bahari ya Hindi.\n\n"
        "## Physics\n\n**Question 1.** What is inertia?\n\n**Answer:** TODO\n\n> **Tip:** think of Newton's first law.\n"
    )
    assert [c[2] for c in cards] == ["Taja bahari inayopakana na Tanzania."]
    assert [line for line, _ in unanswered] == [3, 15]
