"""A bold command answered on its own line (`**Define inflation.** A sustained rise …`) asks like the bold
questions answered the same way around it; alone, a bold command opening a paragraph is prose."""

from __future__ import annotations

from tests.helpers import extract_text

ECONOMICS = """\
# Macro — week 4

**Note.** The exam covers chapters 3 to 5.

**What is GDP?** The market value of all final goods and services produced in a period.

**Define inflation.** A sustained rise in the general price level.

**Why does the central bank raise rates?** To cool demand and bring inflation back to target.

**Name two tools of fiscal policy.** Government spending and taxation.
"""


def test_bold_commands_among_bold_questions_are_cards() -> None:
    extraction, _ = extract_text(ECONOMICS)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("What is GDP?", "The market value of all final goods and services produced in a period."),
        ("Define inflation.", "A sustained rise in the general price level."),
        ("Why does the central bank raise rates?", "To cool demand and bring inflation back to target."),
        ("Name two tools of fiscal policy.", "Government spending and taxation."),
    ]


def test_german_bold_command_among_questions() -> None:
    text = (
        "# Biologie\n\n**Was ist Osmose?** Diffusion von Wasser durch eine Membran.\n\n"
        "**Erkläre den Begriff Diffusion.** Ausgleich von Konzentrationsunterschieden.\n\n"
        "**Wozu dient ATP?** Als Energieträger der Zelle.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Was ist Osmose?", "Erkläre den Begriff Diffusion.", "Wozu dient ATP?"]


def test_a_bold_command_alone_is_prose() -> None:
    text = "# Setup\n\n**Install the package.** Run pip in a fresh environment.\n\n**Restart the shell.** Then check the path.\n"
    extraction, _ = extract_text(text)
    assert list(extraction.drafts) == []


def test_czech_command_heading_with_only_a_comment_is_unanswered() -> None:
    text = (
        "# Sítě\n\n## 1. Vrstvy\n\n### 1.1 Co je protokol TCP?\n\nSpojovaný transportní protokol.\n\n"
        "### 1.2 Vysvětlete rozdíl mezi TCP a UDP.\n\nUDP je nespojovaný.\n\n"
        "### 1.3 Porovnejte IPv4 a IPv6.\n\n<!-- TODO doplnit tabulku -->\n\n## 2. Směrování\n\n### 2.1 Co je BGP?\n\nProtokol mezi autonomními systémy.\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Co je protokol TCP?", "Vysvětlete rozdíl mezi TCP a UDP.", "Co je BGP?"]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Porovnejte IPv4 a IPv6."]
