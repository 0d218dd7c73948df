"""Bold questions, labelled question/answer pairs and scenario write-ups (the `bold-question` rule)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

import pytest

from ankibuild.extract import bold_questions
from ankibuild.extract.answers import unquote
from ankibuild.extract.bold_questions import write_up_label
from ankibuild.extract.questions import QuestionParagraph, drop_answer_label, question_paragraph
from ankibuild.process import parse_document
from ankibuild.records import CardDraft, SourceFile
from tests.helpers import SOURCE, cards_and_unanswered, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "bold_questions"
GOLDEN = Path(__file__).parent / "golden"
SEED = "ds-ai-ml-interview-handbook.md"


def _cards(text: str, path: str = "notes.md") -> list[CardDraft]:
    extraction, _ = extract_text(text, path)
    return [d for d in extraction.drafts if d.convention == "bold-question"]


def _tidy(answer: str) -> str:
    # answers.build_answer keeps a block's trailing blank line before its "\n\n" joint; Markdown reads one
    # blank line or three the same, and the goldens should not depend on that shared-helper detail.
    return re.sub(r"\n{3,}", "\n\n", answer)


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    found = [
        {"line": d.loc.line, "question": d.question, "answer": _tidy(d.answer), "context": list(d.context), "tags": list(d.tags)}
        for d in _cards(text, f"{name}.md")
    ]
    assert found == expected


def _paragraph(text: str) -> QuestionParagraph | None:
    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    assert doc.blocks[0].kind == "paragraph"
    return question_paragraph(doc, doc.blocks[0])


@pytest.mark.parametrize(
    ("text", "kind", "question", "lead"),
    [
        ("**Q20: What is dropout and why does it work?**", "bold", "What is dropout and why does it work?", ""),
        ("**Q: What is X?** It is Y.", "bold", "What is X?", "It is Y."),
        ("__Explain the kernel trick__\nIt maps implicitly.", "bold", "Explain the kernel trick", "It maps implicitly."),
        ("**What is a tensor\nof rank three?**", "bold", "What is a tensor of rank three?", ""),
        ("**Q3.** What is variance?\nSensitivity to data.", "label", "What is variance?", "Sensitivity to data."),
        (
            "**Question**: Why normalise\ninputs at all?\nFaster training.",
            "label",
            "Why normalise inputs at all?",
            "Faster training.",
        ),
        ("**Q:** Churn, which model\n**A:** Boosting.", "label", "Churn, which model", "**A:** Boosting."),
        ("**Situation**: Accuracy is 65%\non the test set.", "situation", "Accuracy is 65% on the test set.", ""),
    ],
)
def test_question_paragraphs(text: str, kind: Literal["bold", "label", "situation"], question: str, lead: str) -> None:
    assert _paragraph(text) == QuestionParagraph(kind, question, lead)


@pytest.mark.parametrize(
    "text",
    [
        "**Definition**: Data Science is an interdisciplinary field.",
        "**Mathematical Formulation:**",
        "**Why correlation ≠ causation**:",
        "**Explain the steps:**",
        "**Adam** is most common:",
        "**Compare models** on the held-out set.",
        "**Key Takeaways**",
        "**Target Role:** Data Scientist",
        "Plain text with **What is X?** in the middle.",
        "\\*\\*What is X?\\*\\*",
    ],
)
def test_not_question_paragraphs(text: str) -> None:
    assert _paragraph(text) is None


def test_difficulty_and_companies_become_tags() -> None:
    (card,) = _cards("## Optimisers\n\n**[H] Explain attention - Google, Meta Interview Question**\n\nWeighted sum.\n")
    assert card.question == "Explain attention"
    assert card.tags == ("difficulty::hard", "asked_by::google", "asked_by::meta", "topic::optimisers")


def test_write_up_label() -> None:
    assert write_up_label("Scenario 3: Model Drift") == "Scenario: Model Drift"
    assert write_up_label("case study 4 — Pricing") == "Case study: Pricing"
    assert write_up_label("Scenario #2 - Cold start") == "Scenario: Cold start"
    assert write_up_label("Scenario Planning") is None
    assert write_up_label("Use Case 1: Fraud") is None
    assert write_up_label("Scenario 3") is None


def test_unquote_keeps_markdown_and_lazy_lines() -> None:
    assert unquote("> - a\n>   - b\n>\n> > nested\nlazy line") == "- a\n  - b\n\n> nested\nlazy line"


def test_answer_labels() -> None:
    assert drop_answer_label("**Answer**: Yes.") == "Yes."
    assert drop_answer_label("**Answer:** Yes.") == "Yes."
    assert drop_answer_label("__A:__ Yes.") == "Yes."
    assert drop_answer_label("Answer: Yes.") == "Yes."
    assert drop_answer_label("A. Smith showed it.") == "A. Smith showed it."
    assert drop_answer_label("**Approach**: Try it.") == "**Approach**: Try it."


def test_unanswered_questions_are_diagnostics_not_cards() -> None:
    text = (
        "## Basics\n\n"
        "**What is entropy?**\n\n"
        "**What is KL divergence?**\n> TODO\n\n"
        "**Explain cross-entropy**\n\n- https://example.org/xent\n\n"
        "**What is mutual information?**\n\n---\n\n"
        "### Scenario 7: Cold Start\n\n"
        "## End\n\n**What is a prior?**\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d for d in extraction.drafts if d.convention == "bold-question"] == []
    unanswered = sorted((d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered")
    assert unanswered == [
        (3, "What is entropy?"),
        (5, "What is KL divergence? (placeholder)"),
        (8, "Explain cross-entropy (only links)"),
        (12, "What is mutual information?"),
        (16, "Scenario: Cold Start"),
        (20, "What is a prior?"),
    ]
    assert extraction.unclassified == 0


def test_case_study_made_of_question_subsections_is_left_to_them() -> None:
    text = "## Case Study: Ride Sharing\n\n### What is surge pricing?\n\nA demand multiplier.\n"
    extraction, diagnostics = extract_text(text)
    assert [(d.convention, d.question) for d in extraction.drafts] == [("heading", "What is surge pricing?")]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


def test_heading_questions_belong_to_the_heading_rule() -> None:
    text = "## What is a tensor?\n\n**What is its rank?**\n\nThe number of axes.\n"
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.convention == "heading"
    assert "**What is its rank?**" in draft.answer


def test_answer_claims_every_block_up_to_the_next_question() -> None:
    text = (
        "**What is bagging?**\nBootstrap aggregation.\n\n- variance down\n\n```python\nBagging()\n```\n\n"
        "**What is boosting?**\n> Sequential fitting.\n\nIt reduces bias.\n\n## Next\n\nTopic prose.\n"
    )
    extraction, diagnostics = extract_text(text)
    first, second = extraction.drafts
    assert _tidy(first.answer) == "Bootstrap aggregation.\n\n- variance down\n\n```python\nBagging()\n```"
    assert second.answer == "Sequential fitting.\n\nIt reduces bias."
    unclassified = [d.loc.line for d in diagnostics if d.kind == "unclassified"]
    assert unclassified == [17]


def test_rule_only_uses_free_lines() -> None:
    text = "**What is bagging?**\nBootstrap aggregation.\n\n**What is boosting?**\nSequential fitting.\n"
    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    result = bold_questions.extract(doc, {3: "card"})
    assert [d.question for d in result.drafts] == ["What is bagging?"]
    assert sorted(result.claims) == [0, 1]


def _golden(name: str) -> list[tuple[int, str]]:
    rows = []
    for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            number, question = line.split("\t", 1)
            rows.append((int(number), question.replace("\\n", "\n")))
    return rows


def test_seed_handbook_golden() -> None:
    text = (SOURCE / SEED).read_text(encoding="utf-8")
    extraction, diagnostics = extract_text(text, SEED)
    cards = [d for d in extraction.drafts if d.convention == "bold-question"]
    assert [(d.loc.line, d.question) for d in cards] == _golden(f"{SEED.removesuffix('.md')}.bold-question.txt")
    assert len(cards) == 65

    lines = text.split("\n")
    numbered = {n + 1 for n, line in enumerate(lines) if re.match(r"\*\*Q\d+:", line)}
    assert len(numbered) == 50
    by_line = {d.loc.line: d for d in cards}
    for number in numbered:
        # Each answer is the blockquote under the question, `>` markers removed and nothing else.
        quote = []
        for line in lines[number:]:
            if not line.startswith(">"):
                break
            quote.append(line[2:] if line.startswith("> ") else line[1:])
        assert by_line[number].answer == "\n".join(quote), lines[number - 1]
    assert by_line[1645].tags == ("topic::50_interview_questions_with_answers::statistics_probability_questions",)
    assert by_line[1645].context == ("50+ Interview Questions with Answers", "Statistics & Probability Questions")

    scenarios = [d for d in cards if d.loc.line not in numbered]
    assert len(scenarios) == 15
    assert by_line[1432].context[-1] == "Scenario 1: Model Selection"
    assert by_line[1432].answer.startswith("**Approach**:") and "(not accuracy!)" in by_line[1432].answer
    assert by_line[1445].answer.startswith("- **Aggregations**")  # the `**Answer**:` label is gone
    assert by_line[2026].answer.startswith("**Feature**: City with 50,000 unique values")
    assert by_line[2056].answer.endswith("6. **API services**: Use OpenAI, Anthropic APIs")

    # Sections 17, 19 and 20 are accounted for in full.
    start17, end17 = lines.index("## Section 17 — Interview Scenarios & Case Studies"), lines.index("## Quick Reference")
    start19, end20 = (
        lines.index("## Section 19 — 50+ Interview Questions with Answers"),
        lines.index("## Section 21 — Key Terminologies & Glossary"),
    )
    left = [d.loc.line for d in diagnostics if d.kind in ("unclassified", "unanswered")]
    assert [n for n in left if start17 < n <= end17 or start19 < n <= end20] == []


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "**Q:** What is inertia? **A:** Resistance to a change of motion.",
            "What is inertia?",
            "Resistance to a change of motion.",
        ),
        (
            "**Question:** Name the noble gases. **Answer:** He, Ne, Ar, Kr, Xe, Rn.",
            "Name the noble gases.",
            "He, Ne, Ar, Kr, Xe, Rn.",
        ),
        (
            "**Frage:** Was ist Trägheit? **Antwort:** Der Widerstand gegen Bewegungsänderung.",
            "Was ist Trägheit?",
            "Der Widerstand gegen Bewegungsänderung.",
        ),
        (
            "**Domanda:** Che cos'è l'inerzia? **Risposta:** La resistenza al cambiamento.",
            "Che cos'è l'inerzia?",
            "La resistenza al cambiamento.",
        ),
    ],
)
def test_bold_question_and_answer_labels_on_one_line(text: str, question: str, answer: str) -> None:
    extraction, diagnostics = extract_text("# Physics\n\n" + text + "\n")
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [("bold-question", question, answer)]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("**Frage 3.** Was speichert die DNA?\n**Antwort 3.** Die Erbinformation.\n", "Die Erbinformation."),
        ("**Pregunta 2:** ¿Qué es la ósmosis?\n**Respuesta 2:** Difusión de agua.\n", "Difusión de agua."),
        ("**Question 4.** What is a codon?\n**Answer 4.** Three bases.\n", "Three bases."),
    ],
)
def test_a_numbered_answer_label_leaves_the_back(text: str, back: str) -> None:
    extraction, _ = extract_text("# Review\n\n" + text)
    assert [d.answer for d in extraction.drafts] == [back]


def test_a_number_opening_the_answer_itself_stays() -> None:
    # The near miss: no label, the answer is a number.
    assert drop_answer_label("3. Die Erbinformation.") == "3. Die Erbinformation."


STATION = """\
# Estación 4 — Disnea aguda

## Preguntas del examinador

**PE1. ¿Cuál es el diagnóstico más probable?**

| Respuesta esperada | Punto |
|---|---|
| Tromboembolismo pulmonar | 1 |

**PE2. ¿Qué prueba pedirías primero?**

| Respuesta esperada | Punto |
|---|---|
| Angio-TC de tórax (o gammagrafía V/Q si está contraindicada) | 1 |

**PE3. Nombra dos factores de riesgo.**

| Respuesta esperada | Punto |
|---|---|
| Dos de: inmovilización, cirugía reciente, cáncer, anticonceptivos orales | 1 |

**PE4. ¿Qué anticoagulante usarías al alta?**

| Respuesta esperada | Punto |
|---|---|
|  |  |

## Instrucciones para el candidato

> Eres residente de urgencias. La señora López, de 64 años, consulta por disnea.

## Hoja de evaluación

| # | Dominio | ¿Hecho? |
|---|---|---|
| 1 | Presentación | ✔ |
| 2 | Anamnesis | ✔ |

## Enlaces

- Guía ESC 2019 (tromboembolismo) — leer el algoritmo
"""


def test_a_bold_line_of_a_labelled_series_asks_whatever_its_wording() -> None:
    cards, unanswered = cards_and_unanswered(STATION)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("bold-question", "¿Cuál es el diagnóstico más probable?"),
        ("bold-question", "¿Qué prueba pedirías primero?"),
        ("bold-question", "Nombra dos factores de riesgo."),
    ]
    assert "Tromboembolismo pulmonar" in cards[0][3] and "PE3" not in cards[1][3]
    assert [m.split(" (")[0] for _, m in unanswered] == ["¿Qué anticoagulante usarías al alta?"]


def test_a_labelled_series_makes_the_page_a_question_set_with_no_topic_cards() -> None:
    cards, _ = cards_and_unanswered(STATION)
    assert "topic" not in {rule for _, rule, _, _ in cards}


def test_one_labelled_question_makes_no_series() -> None:
    notes = """\
# Notizen

**AB1. Was ist Osmose?**

Diffusion von Wasser durch eine semipermeable Membran.

**AB2. Nenne ein Beispiel.**

Rote Blutkörperchen in reinem Wasser.
"""
    cards, _ = cards_and_unanswered(notes)
    assert [q for _, _, q, _ in cards] == ["AB1. Was ist Osmose?"]


# Guiding questions of a reading guide: a bold label that qualifies its `Q` (`GQ`, `RQ`) and numbers it, the
# question run in after it, the answer in the paragraphs below, with pandoc citations.
GUIDING = """\
# Semana 3: Revolución industrial

## Causas

**GQ 3.1** ¿Por qué empezó la revolución industrial en Gran Bretaña?

Carbón abundante, capital de las colonias y un mercado interior unido [@allen2009, p. 12].

**GQ 3.2** Explica el papel de la máquina de vapor.

Movió las bombas de las minas y, después, los telares y los trenes [@mokyr1990].

**GQ 3.3** ¿Qué cambió en la vida de los obreros?

<!-- mirar el capítulo 4 -->

## Wirkungen

**RQ 4** Warum wuchsen die Städte so schnell?

*(noch offen — nach der Vorlesung)*
"""


def test_a_qualified_question_label_opens_a_bold_question() -> None:
    cards, unanswered = cards_and_unanswered(GUIDING)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("bold-question", "¿Por qué empezó la revolución industrial en Gran Bretaña?"),
        ("bold-question", "Explica el papel de la máquina de vapor."),
    ]
    assert cards[1][3].startswith("Movió las bombas")
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "¿Qué cambió en la vida de los obreros?",
        "Warum wuchsen die Städte so schnell?",
    ]


def test_a_bold_abbreviation_that_is_no_question_label_stays_untouched() -> None:
    notes = """\
# Notes

**GDP 2** Gross domestic product in 2020 fell by a tenth.

**MQTT 3** is the protocol version the sensors speak.
"""
    cards, unanswered = cards_and_unanswered(notes)
    assert "bold-question" not in {rule for _, rule, _, _ in cards}
    assert unanswered == []
