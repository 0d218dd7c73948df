"""Template furniture that asks is no card: a worksheet's step (`What do we know?`), a closing `None.` after the
last rule, a lone first-person heading beside questions asked in another convention; and a glossary table
whose first header qualifies its terms (`Command term`) is read under a title naming terms."""

from __future__ import annotations

from tests.helpers import extract_text


def test_a_worksheet_step_heading_is_skipped_with_its_body() -> None:
    text = (
        "# Fall 2\n\n## Was wissen wir?\n\n| Symptom | Befund |\n|---|---|\n| Husten | Fieber |\n\n"
        "## Warum hustet der Patient?\n\nWeil Sekret die Bronchien reizt.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Warum hustet der Patient?"]


def test_a_question_heading_that_names_its_subject_stays_a_card() -> None:
    text = "# DB\n\n## Why do we need indexes?\n\nThey avoid full table scans.\n"
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Why do we need indexes?"]


def test_a_closing_item_answered_none_after_the_last_rule_is_no_card() -> None:
    text = (
        "# Séance\n\n**Qu'est-ce que l'osmose ?** Diffusion de l'eau à travers une membrane.\n\n"
        "**Qu'est-ce que la diffusion ?** Mouvement des particules vers la concentration basse.\n\n"
        "**Qu'est-ce qu'un soluté ?** Ce qui est dissous.\n\n**Qu'est-ce qu'un solvant ?** Ce qui dissout.\n\n"
        "---\n\n**Divers ?** Rien.\n"
    )
    extraction, _ = extract_text(text)
    assert "Divers ?" not in [d.question for d in extraction.drafts]
    assert len(extraction.drafts) == 4


def test_a_qualified_term_header_under_a_terms_title_is_a_glossary() -> None:
    text = (
        "# Prüfung\n\n## Operatoren (terms)\n\n| Command term | Bedeutung für die Prüfer |\n|---|---|\n"
        "| **Nennen** | Ohne Erläuterung aufzählen |\n| **Erklären** | Gründe und Zusammenhänge darlegen |\n"
        "| **Beurteilen** | Ein begründetes Urteil fällen |\n"
    )
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards.get("Nennen") == "Ohne Erläuterung aufzählen"
