"""The quiz-heading rule: a bare `### Question N` entry with no answer is reported, never lost."""

from __future__ import annotations

from tests.helpers import extract_only, extract_text

QUIZ = """\
# Networking quiz

## Routing

### Frage 1

Which protocol finds the MAC address of an IPv4 host?

- A. DNS
- B. ARP
- C. DHCP

<details>
<summary>Answer</summary>

**B.** ARP.

</details>

### Frage 2

Which port does HTTPS use by default?

- A. 80
- B. 443
- C. 22

<!-- B, add the details later -->

### Frage 3

What does TTL stand for?

Time to live: the hop limit of a packet.
"""


def test_an_entry_without_its_answer_box_is_reported_unanswered() -> None:
    extraction, _ = extract_text(QUIZ)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Which port does HTTPS use by default?"]
    questions = [d.question for d in extraction.drafts]
    assert "Routing" not in questions and not any("Frage 2" in q for q in questions)


def test_the_rule_reports_entries_of_a_quiz_only() -> None:
    reported = extract_only(QUIZ, "quiz-heading").diagnostics
    assert [d.question for d in reported if d.kind == "unanswered"] == ["Which port does HTTPS use by default?"]
    single = "# Notes\n\n### Question 1\n\nWhat is a VLAN?\n\n- A. a cable\n- B. a virtual LAN\n"
    assert not [d for d in extract_only(single, "quiz-heading").diagnostics if d.kind == "unanswered"]
