"""Bold numbered questions with options, answered by hidden text (white `<font>` or `<span>`, a spoiler
span), and a bold question line holding a literal `*` (`**4. … the *-property …?**`), which CommonMark
does not read as bold."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_hidden_text_forms_answer_alike_and_a_literal_star_stays_in_the_question() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Networking\n\n## Practice\n\n"
        "**1. Which layer does a switch work at?**\n\nA. 1  B. 2  C. 3  D. 4\n\n"
        '<font color="#fff">Answer: B — the data link layer.</font>\n\n'
        "**2. Which protocol resolves names?**\n\nA. ARP  B. DNS\n\n"
        '<span class="spoiler">Answer: B</span>\n\n'
        "**3. Which of these is a *-wildcard mask?**\n\nA. 0.0.0.255  B. 255.0.0.0\n\n"
        '<font color="white">Answer: A</font>\n\n'
        "**4. Which of these uses the _-prefix convention?**\n\nA. Python  B. C\n\n"
        '<span style="color:white">Answer: A</span>\n\n'
        "**5. Which port does SSH use?**\n\nA. 22  B. 23\n\n<!-- not sure -->\n\n"
        "## Quick recall\n\n"
        '- What is ARP? — <font color="white">Address Resolution Protocol.</font>\n'
        '- What is DNS? — <span class="spoiler">Domain Name System.</span>\n'
        "- What is NAT?\n"
    )
    assert [(c[0], c[2]) for c in cards] == [
        (5, "Which layer does a switch work at?"),
        (11, "Which protocol resolves names?"),
        (17, "Which of these is a *-wildcard mask?"),
        (23, "Which of these uses the _-prefix convention?"),
        (37, "What is ARP?"),
        (38, "What is DNS?"),
    ]
    assert cards[2][3].endswith('<font color="white">Answer: A</font>')
    assert [line for line, _ in unanswered] == [29, 39]


def test_a_bold_line_with_a_lone_star_that_does_not_ask_is_no_question() -> None:
    cards, _ = cards_and_unanswered("# Notes\n\n**Note: the *-property is also called the star property**\n\nSome prose.\n")
    assert not [c for c in cards if c[1] == "bold-question"]
