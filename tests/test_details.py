"""Collapsible answers: `<details>` blocks and MkDocs question admonitions (the `details` rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract import Extraction, details
from ankibuild.extract.collapsibles import find_details, is_answer_summary, unwrap_answer_details
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from ankibuild.sources import parse_source_bytes
from tests.helpers import SOURCE, drafted_cards, extract_only, extract_text, golden

FIXTURES = Path(__file__).parent / "fixtures" / "details"


def _only_details(text: str, name: str = "notes.md") -> Extraction:
    return extract_only(text, "details", name)


_golden = golden


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction = _only_details(text, f"{name}.md")
    assert _golden(extraction) == expected
    assert all(d.convention == "details" for d in extraction.drafts)


def test_a_card_accounts_for_all_its_lines() -> None:
    text = "# T\n\n<details>\n<summary>What is X?</summary>\n\nPara.\n\n```python\nx = 1\n```\n\n</details>\n"
    extraction = _only_details(text)
    assert [d.answer for d in extraction.drafts] == ["Para.\n\n```python\nx = 1\n```"]
    assert extraction.unclassified == 0


def test_nested_details_are_matched_not_cut_at_the_first_close() -> None:
    text = "<details><summary>Q?</summary>\n\nA.\n\n<details><summary>Inner?</summary>\n\nB.\n\n</details>\n\nC.\n\n</details>\n"
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    (outer,) = find_details(doc)
    assert (outer.first, outer.last, outer.summary) == (0, 13, "Q?")
    assert [(c.first, c.last, c.summary) for c in outer.children] == [(4, 9, "Inner?")]
    assert outer.body.endswith("</details>\n\nC.")


def test_tags_in_code_are_not_details() -> None:
    text = "Use `<details>` here.\n\n```html\n<details><summary>Q?</summary>A</details>\n```\n\n    <details>\n"
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    assert find_details(doc) == ()


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Answer", True),
        ("<b>Show answer</b>", True),
        ("Click here to see the solution", True),
        ("Click to expand", True),
        ("Solution:", True),
        ("", True),
        (None, True),
        ("Hint", False),
        ("Details", False),
        ("Python basics", False),
        ("What is the answer?", False),
    ],
)
def test_answer_summaries(summary: str | None, expected: bool) -> None:
    assert is_answer_summary(summary) is expected


def test_unwrap_answer_details_for_the_heading_rule() -> None:
    assert unwrap_answer_details("<details><summary>Answer</summary>\n\nX is **Y**.\n\n</details>\n\nAfter.") == "X is **Y**.\n\nAfter."
    assert unwrap_answer_details("<details><summary>Show answer</summary>inline</details>") == "inline"
    assert unwrap_answer_details("<details><summary>Hint</summary>\nno\n</details>") is None
    assert unwrap_answer_details("Text first.\n\n<details><summary>Answer</summary>\nx\n</details>\n\nEnd.") == "Text first.\n\nx\n\nEnd."
    assert unwrap_answer_details("No details here.") is None


def test_question_heading_with_answer_details_is_left_to_the_heading_rule() -> None:
    text = "# T\n\n## What is a decorator?\n\n<details><summary>Answer</summary>\n\nA wrapper.\n\n</details>\n"
    assert _only_details(text).drafts == ()
    extraction, _ = extract_text(text)
    assert [(d.convention, d.question) for d in extraction.drafts] == [("heading", "What is a decorator?")]


def test_answer_details_after_a_bold_question_beats_the_bold_rule() -> None:
    extraction, _ = extract_text("# T\n\n**What is X?**\n\n<details><summary>Answer</summary>\nY.\n</details>\n")
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [("details", "What is X?", "Y.")]
    assert extraction.unclassified == 0


def test_hint_details_stay_with_the_question_they_follow() -> None:
    text = "# T\n\n## What is X?\n\nY.\n\n<details><summary>Hint</summary>\n\nThink.\n\n</details>\n"
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.convention == "heading" and "Think." in draft.answer


def test_question_admonition_followed_by_a_plain_paragraph_is_an_faq_without_answer() -> None:
    extraction = _only_details('!!! question "What is X?"\n\nNot part of it.\n')
    assert extraction.drafts == ()
    assert [d.message for d in extraction.diagnostics if d.kind == "unanswered"] == ["What is X?"]


@pytest.mark.parametrize("seed", sorted(p.name for p in SOURCE.glob("*.md")))
def test_seeds_have_no_details_or_question_admonitions(seed: str) -> None:
    # Checked by hand: the seeds hold no `<details>` and no question/faq/help admonitions; their
    # `??? success "View Answer"` blocks answer question headings and belong to the heading rule.
    files, _ = parse_source_bytes((SOURCE / seed).read_bytes(), seed)
    for source in files:
        result = details.extract(parse_document(source, []), {})
        assert (result.drafts, result.diagnostics, dict(result.claims)) == ((), (), {}), source.part


def test_hints_and_tips_between_a_task_and_its_answer_go_to_the_context() -> None:
    text = (
        "# Sysadmin\n\n## Disks\n\n**Exercise:** Find the largest directory under `/var`.\n\n"
        '!!! tip "Tip"\n    `du` can sort.\n\n??? info "Hint 2"\n    Try `du -sh /var/* | sort -h`.\n\n'
        '??? done "Answer"\n    `/var/log`, usually.\n'
    )
    (card,) = _only_details(text).drafts
    assert card.question == "Find the largest directory under `/var`."
    assert card.answer == "`/var/log`, usually."
    assert card.context == ("Disks", "Tip: `du` can sort.", "Hint 2: Try `du -sh /var/* | sort -h`.")


def test_lettered_questions_share_an_unlettered_answer_box_whole() -> None:
    text = (
        "Answer these questions:\n\n**a)** What is the capital of Peru?\n\n**b)** What is its altitude?\n\n"
        '??? success "Answers"\n    Lima, at sea level.\n'
    )
    cards = _only_details(text).drafts
    assert [c.question for c in cards] == ["What is the capital of Peru?", "What is its altitude?"]
    assert [c.answer for c in cards] == ["Lima, at sea level.", "Lima, at sea level."]
    assert cards[0].context == ("Answer these questions:",)


def test_an_answer_box_stops_at_the_previous_answer_label_and_a_question_heading_keeps_its_section() -> None:
    text = (
        "## Contracts\n\nState the postal rule.\n\nAnswer: acceptance takes effect when posted.\n\n"
        '??? done "Answer"\n    Orphan box.\n\n### What is an offer?\n\n??? done "Answer"\n    A promise to be bound.\n'
    )
    extraction = _only_details(text)
    # The label answers the statement; the box after it has no question of its own; the heading rule owns the second.
    assert [(c.question, c.answer) for c in extraction.drafts] == [("State the postal rule.", "acceptance takes effect when posted.")]


def test_aside_boxes_alone_are_not_answers() -> None:
    text = 'Why is the sky blue?\n\n!!! note "Rayleigh"\n    Scattering goes as the inverse fourth power.\n'
    assert _only_details(text).drafts == ()


def test_a_problem_page_puts_the_section_title_on_the_front_and_the_hints_in_the_context() -> None:
    text = (
        "# Set\n\n## Knight moves\n\n!!! question\n    How many squares can a knight reach from a corner?\n\n"
        '??? info "Hint 1"\n    Draw it.\n\n??? success "Answer"\n    Two.\n'
    )
    extraction = _only_details(text)
    (card,) = extraction.drafts
    assert (card.loc.line, card.question, card.answer) == (3, "Knight moves\n\nHow many squares can a knight reach from a corner?", "Two.")
    assert card.context == ("Hint 1: Draw it.",)
    assert extraction.unclassified == 0


def test_cards_nested_in_a_list_keep_their_lines_and_the_heading_path() -> None:
    text = "# Q\n\n## Capitals\n\n- What is the capital of Chile?\n\n    ??? success \"Answer\"\n        Santiago.\n\n- Which city is Bolivia's seat of government?\n"
    extraction, _ = extract_text(text)
    (card,) = extraction.drafts
    assert (card.loc.line, card.question, card.answer, card.context) == (5, "What is the capital of Chile?", "Santiago.", ("Capitals",))
    assert [(d.loc.line, d.message) for d in extraction.diagnostics if d.kind == "unanswered"] == [
        (10, "Which city is Bolivia's seat of government?")
    ]
    assert extraction.unclassified == 0


def test_containers_nested_thousands_deep_are_read_to_a_bounded_depth() -> None:
    text = "".join("  " * i + "- <details><summary>Why?</summary>Because.</details>\n" for i in range(1500))
    extraction, _ = extract_text(text)  # no RecursionError
    assert [d.question for d in extraction.drafts] == ["Why?"]


def test_block_at_and_section_of_block_find_by_position() -> None:
    from ankibuild.extract.document import block_at

    text = "# T\n\nPara.\n\n## A\n\n- item\n\n```\ncode\n```\n"
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    want = [next((i for i, b in enumerate(doc.blocks) if b.first <= n < b.last), None) for n in range(len(doc.lines))]
    assert [block_at(doc, n) for n in range(len(doc.lines))] == want
    assert want[1] is None and want[2] == 1
    sections = [doc.section_of_block(i) for i in range(len(doc.blocks))]
    assert [s.title if s else None for s in sections] == ["T", "T", "A", "A", "A"]


def test_a_group_details_tags_are_accounted_for_and_never_an_answer() -> None:
    text = "## Lab\n\n<details>\n<summary>Lab questions</summary>\n\n1. Which command shows the ACL of a file?\n\n</details>\n"
    extraction, _ = extract_text(text)
    assert extraction.drafts == ()
    assert [d.message for d in extraction.diagnostics if d.kind == "unanswered"] == ["Which command shows the ACL of a file?"]
    assert extraction.unclassified == 0


def test_a_hint_details_goes_to_the_context_of_the_answered_task() -> None:
    text = (FIXTURES / "hint-boxes.md").read_text(encoding="utf-8")
    extraction = _only_details(text, "hint-boxes.md")
    (card,) = extraction.drafts
    assert card.context[-1] == "Hint: Think about droplet size."
    assert "Think about" not in card.question and "Think about" not in card.answer


def test_a_hint_details_after_prose_that_sets_no_task_is_no_question() -> None:
    text = "# Reading\n\nThe chapter ends with a story.\n\n<details>\n<summary>Tip</summary>\n\nRead it aloud.\n\n</details>\n"
    extraction = _only_details(text)
    assert not extraction.drafts and extraction.unanswered == 0


def test_a_bold_label_and_a_bold_question_in_one_paragraph_keep_their_own_marks() -> None:
    """`**Ex. 1** — … **How is it classified?**` is two bold spans, not one from end to end: stripping the
    outer marks would leave `Ex. 1** — … **How …` on the front."""
    text = (
        "# Leases\n\n## Examples\n\n"
        "**Ex. 1** — A firm leases a crane for 5 of its 6 years of life. **How is the lease classified?**\n\n"
        "Answer: a finance lease.\n\n"
        "**Ex. 2** — A tenant rents a flat for 12 months. **Is it a short-term lease?**\n\n"
        "Answer: yes.\n"
    )
    fronts = [question for _, question, _ in drafted_cards(text)]
    assert fronts == [
        "**Ex. 1** — A firm leases a crane for 5 of its 6 years of life. **How is the lease classified?**",
        "**Ex. 2** — A tenant rents a flat for 12 months. **Is it a short-term lease?**",
    ]
