"""Numbered questions: fenced answers, context items (nested and flattened), answers after the list.

Golden fixtures live in tests/fixtures/numbered: `name.md` is extracted and its `numbered` cards and all
`unanswered` reports are compared with `name.json`. The seed check reads three inner files of the user's
repository dump and compares with tests/golden/mle-interview-questions-repo.numbered.txt, a list checked
by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it.token import Token

from ankibuild.extract import numbered
from ankibuild.extract.document import Document
from ankibuild.extract.numbered import fence_is_prose
from ankibuild.extract.question_lists import item_asks
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import SOURCE, cards_and_unanswered, convention_golden, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "numbered"
GOLDEN = Path(__file__).parent / "golden" / "mle-interview-questions-repo.numbered.txt"
SEED = SOURCE / "mle-interview-questions-repo.md"
SEED_FILES = (
    "Chips_Machine_Learning_Interviews_Book/chapter5.md",
    "Chips_Machine_Learning_Interviews_Book/chapter7.md",
    "MLE_Interview_QnA/case_study_company_A.md",
)


def _document(text: str) -> Document:
    return parse_document(SourceFile("notes.md", None, text, "0"), [])


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    found = convention_golden(FIXTURES / f"{name}.md", "numbered")
    assert found["cards"] == expected["cards"]
    assert found["unanswered"] == expected["unanswered"]
    assert found["other_cards"] == expected.get("other_cards", [])


def test_every_line_of_a_question_list_and_its_answers_is_claimed() -> None:
    text = "## Vectors\n\n1. Dot product\n1. [E] What is it?\n```text\nA scalar.\n```\n2. [E] When is it zero?\n```text\nNOT ANSWERED\n```\n"
    doc = _document(text)
    result = numbered.extract(doc, {})
    assert result.claims == {
        2: "card",  # the context item: one of its questions became a card
        3: "card",
        4: "card",
        5: "card",
        6: "card",
        7: "unanswered",
        8: "unanswered",
        9: "unanswered",
        10: "unanswered",
    }
    extraction, _ = extract_text(text)
    assert extraction.unclassified == 0 and extraction.unanswered == 1


def test_statement_lists_are_left_alone() -> None:
    text = "## Notes\n\n- Tensors have a shape.\n- Tensors have a dtype.\n\n1. Install the package.\n2. Write the config.\n\nThen run it.\n"
    result = numbered.extract(_document(text), {})
    assert result.drafts == () and result.diagnostics == () and dict(result.claims) == {}


def test_bulleted_questions_without_answers_are_reported_one_by_one() -> None:
    # Issue 17, format 2: a bulleted list of questions is a list of questions to practise, each reported on
    # its own line; the paragraph after a bulleted list never answers its last item (only a fence does).
    text = "## Notes\n\n- What is a GPU?\n- Why is it fast?\n\nBecause of parallelism.\n"
    result = numbered.extract(_document(text), {})
    assert result.drafts == ()
    assert [(d.loc.line, d.message) for d in result.diagnostics] == [(3, "What is a GPU?"), (4, "Why is it fast?")]
    assert dict(result.claims) == {2: "unanswered", 3: "unanswered", 4: "unanswered"}  # the list and its blank end


def test_lines_taken_by_an_earlier_rule_are_not_used() -> None:
    text = "1. What is bagging?\n```text\nAveraging bootstrapped models.\n```\n"
    doc = _document(text)
    result = numbered.extract(doc, {0: "card"})
    assert result.drafts == () and dict(result.claims) == {}
    # The list is free but its answer is not: the question stays unanswered and the fence untouched.
    result = numbered.extract(doc, {2: "card"})
    assert [d.message for d in result.diagnostics] == ["What is bagging?"]
    assert 2 not in result.claims


def test_answer_stops_at_heading_rule_and_next_question_list() -> None:
    text = (
        "1. What is a tree?\n\nA graph without cycles.\n\n---\n\nLoose text.\n\n"
        "2. What is a forest?\n\nMany trees.\n\n1. Why prune trees?\n"
    )
    extraction, diagnostics = extract_text(text)
    answers = {d.question: d.answer for d in extraction.drafts if d.convention == "numbered"}
    assert answers == {"What is a tree?": "A graph without cycles.", "What is a forest?": "Many trees."}
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == ["Why prune trees?"]


def test_code_fence_inside_an_item_stays_code_and_answer_label_is_dropped() -> None:
    text = "1. Show how to reverse a list in Python.\n   ```python\n   xs[::-1]\n   ```\n2. What does `len` return?\n   Answer: the size.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer, d.answer_is_prose) for d in extraction.drafts] == [
        ("Show how to reverse a list in Python.", "```python\nxs[::-1]\n```", False),
        ("What does `len` return?", "the size.", False),
    ]


def test_questions_in_a_bare_line_answer_are_not_taken() -> None:
    # "1. Target encoding" continues lazily with lines of the answer: the item does not ask.
    text = "How would you encode a feature?\nSeveral options:\n1. Target encoding\nWhen to use what?\nTrees: frequency.\n"
    result = numbered.extract(_document(text), {})
    assert result.drafts == () and dict(result.claims) == {}


def test_scenario_context_is_kept_but_not_made_a_tag() -> None:
    text = "## Evaluation\n\n8. Given a classifier with the following confusion matrix.\n1. [E] Calculate the precision.\n```text\nTP / (TP + FP).\n```\n"
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.context == ("Evaluation", "Given a classifier with the following confusion matrix.")
    assert draft.tags == ("difficulty::easy", "topic::evaluation")


@pytest.mark.parametrize(
    ("text", "ordered", "asks"),
    [
        ("Explain how SVM works.", True, True),
        ("Explain how SVM works.", False, False),
        ("Where should we use relu", True, True),
        ("[M] Given a vector, find its unit vector.", False, True),
        ("What is the F1 score? (hint: a mean)", False, True),
        ("Tensors have a shape.", True, False),
        ("**Define metric**: do we have enough power?", True, False),
        ("Target encoding When to use what? Trees: frequency.", True, False),
        ("Given 2 sets of inputs x and y calculate relu", True, False),
    ],
)
def test_item_asks(text: str, ordered: bool, asks: bool) -> None:
    assert item_asks(text, ordered=ordered) is asks


@pytest.mark.parametrize(
    ("info", "content", "prose"),
    [
        ("text", "x = 1;\n", True),
        ("markdown", "- a\n", True),
        ("python", "The answer is a sentence of words.\n", False),
        ("output", "8\n", False),
        ("mermaid", "graph TD; A-->B\n", False),
        ("", "The product of the lengths and the cosine of the angle.\n", True),
        ("", "def f(x):\n    return x;\n", False),
        ("", "\n", True),
    ],
)
def test_fence_is_prose(info: str, content: str, prose: bool) -> None:
    token = Token("fence", "code", 0, info=info, content=content, markup="```")
    assert fence_is_prose(token) is prose


def _inner_file(dump: str, path: str) -> str:
    """One inner file of a `tree + /path: ---- + 1 | line 2 | line …` dump flattened to one line. A small
    reader for this test only (the build's own unflattener lives elsewhere): each line marker must carry
    the next number, which keeps `|` inside the text from being read as a marker."""
    header = re.search(r"(?:^|\s)/" + re.escape(path) + r":\s+-{10,}\s+", dump)
    assert header, path
    end = re.compile(r"\s-{80}\s").search(dump, header.end())
    body = dump[header.end() : end.start() if end else len(dump)]
    first = re.match(r"1 \| ?", body)
    assert first
    lines: list[str] = []
    number, pos = 1, first.end()
    while True:
        marker = re.compile(rf"(?:(?<= )|^){number + 1} \| ?").search(body, pos)
        if marker is None:
            lines.append(body[pos:].rstrip())
            return "\n".join(lines) + "\n"
        lines.append(body[pos : marker.start()].removesuffix(" "))
        number, pos = number + 1, marker.end()


def _seed_report() -> str:
    dump = SEED.read_text(encoding="utf-8")
    out: list[str] = []
    for path in SEED_FILES:
        extraction, diagnostics = extract_text(_inner_file(dump, path), path.rsplit("/", 1)[-1])
        out.append(f"# {path}")
        found = [(d.loc.line, f"card {d.loc.line}: {d.question}") for d in extraction.drafts if d.convention == "numbered"]
        found += [(d.loc.line, f"unanswered {d.loc.line}: {d.message}") for d in diagnostics if d.kind == "unanswered"]
        out.extend(line for _, line in sorted(found))
        cards = sum(1 for d in extraction.drafts if d.convention == "numbered")
        out.append(f"= {cards} cards, {extraction.unanswered} unanswered, {extraction.unclassified} unclassified")
    return "\n".join(out) + "\n"


@pytest.mark.skipif(not SEED.exists(), reason="the user's notes are not in this checkout")
def test_seed_golden() -> None:
    assert _seed_report() == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.skipif(not SEED.exists(), reason="the user's notes are not in this checkout")
def test_seed_counts_checked_by_hand() -> None:
    report = _seed_report()
    assert "= 2 cards, 7 unanswered, 0 unclassified" in report  # chapter5: two answers, seven NOT ANSWERED
    assert report.count("(placeholder)") == 7
    assert "= 15 cards, 64 unanswered, 0 unclassified" in report  # chapter7
    assert "= 13 cards, 12 unanswered, 0 unclassified" in report  # case study


# A numbered question underlined as a setext heading: CommonMark reads `1. …` as a list and `---` as a rule.
UNDERLINED = """\
Física — preguntas
==================

1. ¿Qué es la inercia?
----------------------

La tendencia de un cuerpo a conservar su estado de movimiento.

2. ¿Qué mide un dinamómetro?
----------------------------

TODO

Notes
-----

1. First item of a plain list

---

A paragraph after a real rule.
"""


def test_a_numbered_question_over_an_underline_is_answered_below_it() -> None:
    from tests.helpers import cards_and_unanswered

    cards, unanswered = cards_and_unanswered(UNDERLINED)
    assert [(rule, q, a) for _, rule, q, a in cards if rule == "numbered"] == [
        ("numbered", "¿Qué es la inercia?", "La tendencia de un cuerpo a conservar su estado de movimiento.")
    ]
    assert [m.split(" (")[0] for _, m in unanswered] == ["¿Qué mide un dinamómetro?"]
    assert not any("A paragraph after a real rule." in a for _, _, _, a in cards)


RELATED_PAGES_BOX = """\
# Fragen für das Gespräch

1. Wie sieht die Rufbereitschaft aus?
2. Wer entscheidet über technische Schulden?

<seealso>
<category ref="related">
<a href="vorbereitung.md">Vorbereitung</a>
<a href="geschichten.md">Geschichten</a>
</category>
</seealso>
"""

RELATED_PAGES_ANSWER = """\
# Preguntas

1. ¿Dónde está la guía de estilo?

<p>En el <a href="estilo.md">repositorio de estilo</a>, sección 2.</p>
"""


def test_a_box_of_related_links_closing_the_page_answers_no_question() -> None:
    from tests.helpers import cards_and_unanswered

    cards, unanswered = cards_and_unanswered(RELATED_PAGES_BOX)
    assert cards == []
    assert [line for line, _ in unanswered] == [3, 4]
    cards, _ = cards_and_unanswered(RELATED_PAGES_ANSWER)
    assert [q for _, _, q, _ in cards] == ["¿Dónde está la guía de estilo?"]


def _quiz_with_closing_notes(asked: int) -> str:
    items = "\n".join(f"**Domanda {n}.** Quanto fa {n} per {n}?\n\nFa {n * n}.\n" for n in range(1, asked + 1))
    return f"""\
# Tabelline

{items}
---

### Notizen

- Brauche ich das wirklich für die Prüfung? Der Lehrer sagt nein. Weiter geht's.
- Fragen? → im Forum stellen, nicht per Mail.
"""


def test_a_list_of_closing_notes_after_the_last_rule_of_a_question_page_is_no_card() -> None:
    cards, unanswered = cards_and_unanswered(_quiz_with_closing_notes(8))
    assert len(cards) == 8 and "numbered" not in {rule for _, rule, _, _ in cards}
    assert not any("Prüfung" in m or "Fragen" in m for _, m in unanswered)


def test_the_same_list_on_a_page_of_few_questions_stays_the_numbered_rules() -> None:
    cards, _ = cards_and_unanswered(_quiz_with_closing_notes(2))
    assert "Brauche ich das wirklich für die Prüfung?" in [q for _, rule, q, _ in cards if rule == "numbered"]


def test_bare_questions_after_the_last_rule_of_a_question_page_stay_unanswered() -> None:
    notes = (
        _quiz_with_closing_notes(8).split("### Notizen")[0]
        + "Da rivedere:\n\n- Perché 0 per 0 fa 0?\n- Chi ha inventato le tabelline?\n"
    )
    _, unanswered = cards_and_unanswered(notes)
    assert [m for _, m in unanswered] == ["Perché 0 per 0 fa 0?", "Chi ha inventato le tabelline?"]
