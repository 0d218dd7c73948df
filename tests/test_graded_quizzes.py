"""The graded-quiz rule: quiz pages copied after submission, the picked option marked, verdicts under it."""

from __future__ import annotations

from tests.helpers import extract_text

QUIZ = """\
# Networking fundamentals
## Module 2 graded quiz: Routing

> **Academic integrity**: my own attempts, pasted after grading. Score: **75%**.

---

### Q1

**1 / 1 point**

Which protocol resolves an IPv4 address to a MAC address?

1. DNS
2. ARP ✔
3. DHCP

> **Correct**
> ARP broadcasts a request on the local segment.

---

### Q2

0/1 pts

Consider a router with two equal-cost paths to a prefix.

What does it do with the traffic by default?

- Drops half of it
- Load-balances it across both paths
- Sends all of it on the older path ❌ *(my pick)*

> **Incorrect**
> Review equal-cost multipath.

Correct answer: it load-balances across both paths (ECMP).

---

### Q3

**0 / 1 point**

Which field of the IPv4 header stops routing loops?

- Checksum ❌
- TTL
- Flags

> **Incorrect**
> Think about what each hop decrements.

---

### Q4

**1 / 1 point**

Which port does HTTPS use?

- 80
- 443
- 22

## After the quiz

Redo the subnetting lab before the exam.
"""


def _extraction():  # type: ignore[no-untyped-def]
    return extract_text(QUIZ)[0]


def test_the_question_paragraph_is_the_front_and_the_marked_option_the_back() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    back = cards["Which protocol resolves an IPv4 address to a MAC address?"]
    assert back.startswith("ARP") and "✔" not in back and "broadcasts" in back


def test_no_label_heading_or_score_line_becomes_a_front() -> None:
    fronts = [d.question for d in _extraction().drafts]
    assert not any(q.startswith(("Q1", "Q2", "1 / 1", "0/1", "**")) for q in fronts)
    assert "Module 2 graded quiz: Routing" not in fronts and "After the quiz" not in fronts


def test_a_lead_in_stays_off_the_front_and_a_given_answer_answers_a_wrong_pick() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    back = cards["What does it do with the traffic by default?"]
    assert "ECMP" in back and "older path" not in back and "equal-cost paths" in back


def test_a_wrong_pick_without_a_right_answer_is_unanswered() -> None:
    extraction = _extraction()
    reported = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert "Which field of the IPv4 header stops routing loops?" in reported
    assert "Which field of the IPv4 header stops routing loops?" not in {d.question for d in extraction.drafts}


def test_options_without_a_mark_are_left_to_the_other_rules() -> None:
    assert not [d for d in _extraction().drafts if d.question == "Which port does HTTPS use?" and d.convention == "graded-quiz"]
