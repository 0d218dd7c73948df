"""Extraction gaps found in review, each pinned by a fixture in tests/fixtures/extract/ (run through the
whole rule chain, so the golden file also says which rule takes each block) and by focused tests:

1. a `Q:`/`A:` answer stops where the next bold, labelled or bare question, or question box, starts;
2. Obsidian callouts (`> [!question] Title`, `> [!faq]- Title`, `> [!answer]`) read as MkDocs admonitions do;
3. `Q:` / `Question:` labels leave questions, numbered or not;
4. comparison headings (`X vs Y`, `Difference between X and Y`, `Pros and cons of X`) are heading questions;
5. glossaries written as `**Term**: definition` paragraphs under a glossary heading;
6. one answer label and one heading path, shared by the rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from ankibuild.extract import Extraction, details, explicit, glossary, outline
from ankibuild.extract.answers import Box, read_box
from ankibuild.extract.questions import ANSWER_LABEL, clean_question, is_comparison, strip_answer_label
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import extract_only, extract_text, write_tree

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def _golden(extraction: Extraction) -> dict[str, object]:
    """Cards with the rule that made them and their context; unanswered questions; unclassified lines."""
    return {
        "cards": [
            {
                "line": d.loc.line,
                "convention": d.convention,
                "question": d.question,
                "answer": d.answer,
                "context": list(d.context),
                "tags": list(d.tags),
            }
            for d in extraction.drafts
        ],
        "unanswered": [f"{d.loc.line}: {d.message}" for d in extraction.diagnostics if d.kind == "unanswered"],
        "unclassified": [d.loc.line for d in extraction.diagnostics if d.kind == "unclassified"],
    }


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction, _ = extract_text(text, f"{name}.md")
    assert _golden(extraction) == expected


# 1. Q: / A: answers stop at the next question ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "convention", "question"),
    [
        ("What is ATP?\nEnergy.", "bare-line", "What is ATP?"),
        ("**What is ATP?**\nEnergy.", "bold-question", "What is ATP?"),
        ("**Question**: What is ATP?\n\nEnergy.", "bold-question", "What is ATP?"),
        ('!!! question "What is ATP?"\n    Energy.', "details", "What is ATP?"),
        ("> [!faq]- What is ATP?\n> Energy.", "details", "What is ATP?"),
    ],
)
def test_explicit_answer_stops_at_a_question_of_another_convention(after: str, convention: str, question: str) -> None:
    extraction, _ = extract_text(f"# T\n\nQ: What is a cell?\nA: A unit of life.\n\n{after}\n")
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("explicit", "What is a cell?", "A unit of life."),
        (convention, question, "Energy."),
    ]


def test_explicit_answer_still_runs_over_plain_blocks() -> None:
    text = "Q: What is a cell?\nA: A unit of life.\n\nIt has a membrane.\n\n- nucleus\n- ribosomes\n"
    (draft,) = extract_only(text, "explicit").drafts
    assert draft.answer == "A unit of life.\n\nIt has a membrane.\n\n- nucleus\n- ribosomes"


# 2. Obsidian callouts -----------------------------------------------------------------------------------------


def _first_box(text: str) -> Box | None:
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    return read_box(doc, doc.tokens[doc.blocks[0].start])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("> [!faq]- Why?\n> Because.\n", Box("faq", "Why?", True, 0, 2, 1, "[!faq]- Why?")),
        ("> [!QUESTION]+\n> Body.\n", Box("question", None, True, 0, 2, 1, "[!QUESTION]+")),
        ("> [!note] Title\n", Box("note", "Title", False, 0, 1, 1, "[!note] Title")),
        ('??? success "View Answer"\n    Yes.\n', Box("success", "View Answer", True, 0, 2, 0, ' success "View Answer"')),
        ("> A quote [!note] later.\n", None),
        ("> [link](x) [!note]\n", None),
    ],
)
def test_read_box_reads_admonitions_and_callouts_alike(text: str, expected: Box | None) -> None:
    assert _first_box(text) == expected


def test_callout_answer_renders_without_its_head(tmp_path: Path) -> None:
    """A heading answer unwrapped from a callout must be rendered from its Markdown, not from the tokens of
    the whole blockquote (whose first paragraph holds the `[!success]` head)."""
    write_tree(tmp_path, {"notes.md": "# T\n\n## What is a vacuole?\n\n> [!success]- Answer\n> A **storage** sac.\n"})
    result = CliRunner().invoke(main, ["cards", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    (card,) = json.loads(result.stdout)
    assert card["answer_html"].strip() == "<p>A <strong>storage</strong> sac.</p>"


# 3. Question labels -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: What is an atom?", "What is an atom?"),
        ("Question: Why?", "Why?"),
        ("QUESTION : Why?", "Why?"),
        ("q: lower case?", "lower case?"),
        ("Q7: Numbered?", "Numbered?"),
        ("Q-learning basics", "Q-learning basics"),
        ("Q:: a pair", "Q:: a pair"),
        ("Questions to ask", "Questions to ask"),
    ],
)
def test_question_labels_are_stripped_with_or_without_a_number(text: str, expected: str) -> None:
    assert clean_question(text)[0] == expected


# 4. Comparison headings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bagging vs Boosting", True),
        ("Bagging vs. Boosting", True),
        ("L1 VERSUS L2", True),
        ("Data Science vs ML vs AI vs Deep Learning", True),
        ("Difference between precision and recall", True),
        ("Main differences between RNNs and Transformers", True),
        ("Pros and cons of dropout", True),
        ("Pros & cons of dropout", True),
        ("Advantages and disadvantages of early stopping", True),
        ("Scenario 2: Batch vs Real-Time", False),  # a case study, for the bold-question rule
        ("Pros and cons", False),  # a facet of the topic above
        ("Differences", False),
        ("Difference between", False),
        ("vs", False),
        ("Bagging vs", False),
        ("The vs keyword in a sentence about something much longer than a name would be", False),
    ],
)
def test_is_comparison(title: str, expected: bool) -> None:
    assert is_comparison(title) is expected


def test_comparison_is_a_heading_question_only() -> None:
    """A bold `**Bagging vs Boosting**` line is a label, not a question: only headings read comparisons."""
    extraction, _ = extract_text("# T\n\n## Bagging vs Boosting\n\nParallel against sequential.\n\n**X vs Y**\n\nText.\n")
    assert [(d.convention, d.question) for d in extraction.drafts] == [("heading", "Bagging vs Boosting")]
    assert extraction.drafts[0].answer == "Parallel against sequential.\n\n**X vs Y**\n\nText."


# 5. Glossary paragraphs ---------------------------------------------------------------------------------------


def test_glossary_paragraph_lines_are_claimed() -> None:
    text = "# T\n\n## Glossary\n\n**Epoch**: one pass.\n**Batch**: a subset  \nof the data.\n"
    extraction = extract_only(text, "glossary")
    assert [(d.question, d.answer, d.loc.line) for d in extraction.drafts] == [
        ("Epoch", "one pass.", 5),
        ("Batch", "a subset\nof the data.", 6),
    ]
    assert extraction.unclassified == 0


def test_glossary_paragraph_of_links_defines_nothing() -> None:
    text = "# T\n\n## Glossary\n\nWikipedia: https://en.wikipedia.org\n\n**Logit**:\n"
    extraction = extract_only(text, "glossary")
    assert (extraction.drafts, extraction.unanswered) == ((), 0)


def test_definition_paragraphs_outside_a_glossary_section_are_not_a_glossary() -> None:
    extraction = extract_only("# T\n\n## Training\n\n**Epoch**: one pass.\n\nDropout — a regulariser.\n", "glossary")
    assert extraction.drafts == ()


# 6. One answer label, one heading path ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Answer: Yes.", "Yes."),
        ("**Answer**: Yes.", "Yes."),
        ("**Answer:** Yes.", "Yes."),
        ("__A:__ Yes.", "Yes."),
        ("**A.** Yes.", "Yes."),
        ("Ans. Yes.", "Yes."),
        ("A1: Yes.", "Yes."),
        ("answer:\n\n- yes", "- yes"),
        ("**Answer: 42**", "**Answer: 42**"),  # removing the label would break the bold
        ("A:B testing splits traffic.", "A:B testing splits traffic."),
        ("A. Smith showed it.", "A. Smith showed it."),
        ("Answer :: reply", "Answer :: reply"),
        ("Answers vary.", "Answers vary."),
    ],
)
def test_strip_answer_label(text: str, expected: str) -> None:
    assert strip_answer_label(text) == expected


@pytest.mark.parametrize("label", ["Answer:", "**Answer**:", "**Answer:**", "**A:**", "Ans:", "A1:", "ANSWER:", "Ans."])
def test_rules_agree_on_answer_labels(label: str) -> None:
    """The heading rule, the explicit rule (its answer line, and after `?` on the question's line) and the
    numbered rule all read the same labels."""
    assert ANSWER_LABEL.match(f"{label} Yes.")
    heading, _ = extract_text(f"# T\n\n## What is X?\n\n{label} Yes.\n")
    same_paragraph = extract_only(f"Q: What is X?\n{label} Yes.\n", "explicit")
    next_paragraph = extract_only(f"Q: What is X?\n\n{label} Yes.\n", "explicit")
    inline = extract_only(f"Q: What is X? {label} Yes.\n", "explicit")
    numbered = extract_only(f"1. What is X?\n\n{label} Yes.\n", "numbered")
    for extraction in (heading, same_paragraph, next_paragraph, inline, numbered):
        assert [(d.question, d.answer) for d in extraction.drafts] == [("What is X?", "Yes.")]


def test_one_heading_path_for_every_rule() -> None:
    assert explicit.heading_path is outline.heading_path
    assert details.heading_path is outline.heading_path
    assert not hasattr(glossary, "_heading_path")
    text = "# Title\n\nA :: b\n\n## Glossary\n\n### A-D\n\n| Term | Definition |\n|---|---|\n| AUC | Area under the curve |\n"
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    assert outline.heading_path(doc, 1) == ()
    assert outline.heading_path(doc, len(doc.blocks) - 1) == ("Glossary", "A-D")
    # the glossary rule leaves alphabet buckets out of the shared path
    (card,) = extract_only(text, "glossary").drafts
    assert card.context == ("Glossary",)
