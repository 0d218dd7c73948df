"""The dresses a question wears (questions.strip_dress), navigation lines (questions.is_back_to_top), code
shown with a question (questions.refers_to_code) and a table of contents written as a table."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import is_back_to_top, refers_to_code, strip_dress
from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("dressed", "plain"),
    [
        ('🔹 What is an inode? <a name="q3"></a>', "What is an inode?"),
        ("⚙️ Describe the boot process", "Describe the boot process"),
        ("Closures {#closures}", "Closures"),
        ("What is a tort? {: #tort .question}", "What is a tort?"),
        ("<b>What is a sonnet?</b>", "What is a sonnet?"),
        ("<strong>Why</strong> does ice float?", "Why does ice float?"),
        ("Qu'est-ce qu'un contrat ?", "Qu'est-ce qu'un contrat ?"),
        ("¿Qué es un contrato?", "¿Qué es un contrato?"),
        ("什么是闭包？", "什么是闭包?"),
        ("What does `x^` mean", "What does `x^` mean"),
    ],
)
def test_strip_dress(dressed: str, plain: str) -> None:
    assert strip_dress(dressed) == plain


@pytest.mark.parametrize(
    "line",
    [
        "**[⬆ Back to Top](#table-of-contents)**",
        '<div align="right"><a href="#top">↥ back to top</a></div>',
        "[↑ top](#)",
        "⬆️ [Back to Top](#contents)",
        "[Go back to the top of the page](#readme)",
    ],
)
def test_back_to_top(line: str) -> None:
    assert is_back_to_top(line)


@pytest.mark.parametrize(
    "line", ["Back to top", "Top is the best layer", "See [the list](#list) of items", "[Contents of a cell](#cells) matter"]
)
def test_not_back_to_top(line: str) -> None:
    assert not is_back_to_top(line)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the output of the following code", True),
        ("What does this snippet print?", True),
        ("Consider the query below:", True),
        ("What is wrong with these SQL statements?", True),
        ("What is a closure?", False),
        ("How do you deep clone an object", False),
    ],
)
def test_refers_to_code(question: str, expected: bool) -> None:
    assert refers_to_code(question) is expected


def test_a_table_of_anchor_links_is_a_skipped_table_of_contents() -> None:
    text = "# Notes\n\n| # | Question |\n|---|---|\n| 1 | [What is X?](#what-is-x) |\n| 2 | [What is Y?](#what-is-y) |\n"
    extraction, diagnostics = extract_text(text)
    assert extraction.unclassified == 0 and not extraction.drafts
    assert [d.message for d in diagnostics if d.kind == "skipped"] == ["table not turned into a card: table of contents"]


def test_a_table_with_one_row_of_plain_text_is_not_a_table_of_contents() -> None:
    text = "# Notes\n\n| # | Question |\n|---|---|\n| 1 | [What is X?](#what-is-x) |\n| 2 | plain text |\n"
    extraction, _ = extract_text(text)
    assert extraction.unclassified == 1


@pytest.mark.parametrize("question", ["What will each of these print?", "What does the snippet below return?"])
def test_refers_to_code_by_what_it_does(question: str) -> None:
    assert refers_to_code(question)


def test_a_numbered_command_is_a_question() -> None:
    from ankibuild.extract.questions import is_question

    assert is_question("18. Walk through the main prompting techniques.")
    assert is_question("3) Explain the mailbox rule")
    assert not is_question("18. Walkthrough of the setup")
