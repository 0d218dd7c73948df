"""Topic notes: leaf headings of a handbook whose body explains something become cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract import extract_cards, rule_chain, topics
from ankibuild.extract.document import Document
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import SOURCE, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "topics"
GOLDEN = Path(__file__).parent / "golden"
HANDBOOK = SOURCE / "ds-ai-ml-interview-handbook.md"


def _doc(text: str, path: str = "notes.md") -> Document:
    return parse_document(SourceFile(path, None, text, "0"), [])


def _claims(doc: Document) -> dict[int, tuple[str, str]]:
    """Run the whole chain by hand: 0-based line → (rule, reason) of whoever claimed it first."""
    taken: dict[int, str] = {}
    owners: dict[int, tuple[str, str]] = {}
    for name, rule in rule_chain():
        for line, reason in rule(doc, taken).claims.items():
            if line not in taken:
                taken[line] = reason
                owners[line] = (name, reason)
    return owners


def _topic_cards(text: str) -> list[tuple[int, str]]:
    extraction, _ = extract_text(text)
    return [(d.loc.line, d.question) for d in extraction.drafts if d.convention == "topic"]


def _handbook_text(*bodies: str) -> str:
    """A small handbook: three structured topics, then the sections under test."""
    base = (
        "# Notes\n\n## Basics\n\n### Mean\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "### Median\n\n```\nsort, take the middle\n```\n\n### Mode\n\n**Mode**: the most frequent value.\n\n"
    )
    return base + "".join(bodies)


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    extraction, _ = extract_text((FIXTURES / f"{name}.md").read_text(encoding="utf-8"))
    found = [
        {"line": d.loc.line, "question": d.question, "answer": d.answer, "context": list(d.context), "tags": list(d.tags)}
        for d in extraction.drafts
        if d.convention == "topic"
    ]
    assert found == json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def test_leaf_topic_takes_whole_body_and_claims_every_line() -> None:
    text = _handbook_text(
        "### Variance\n\n**Formula**:\n\n```\nmean((x - mu)^2)\n```\n\n- Squared units: take the root for std.\n\n---\n"
    )
    doc = _doc(text)
    result = topics.extract(doc, {})
    variance = next(d for d in result.drafts if d.question == "Variance")
    assert variance.answer.startswith("**Formula**:") and variance.answer.endswith("take the root for std.")
    assert variance.context == ("Basics",) and variance.tags == ("topic::basics",)
    first = text.split("\n").index("### Variance")
    assert all(result.claims.get(n) == "card" for n in range(first, len(doc.lines) - 1) if doc.lines[n].strip())


def test_not_a_handbook_below_three_structured_topics() -> None:
    text = "# Notes\n\n## Mean\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Median\n\n```\nmiddle\n```\n"
    assert _topic_cards(text) == []
    assert _topic_cards(text + "\n## Mode\n\n**Mode**: the most frequent value.\n") == [(3, "Mean"), (9, "Median"), (15, "Mode")]


def test_question_headings_outnumbering_topics_mean_a_question_bank() -> None:
    questions = "".join(f"## What is thing {n}?\n\nThing {n} is a thing.\n\n" for n in range(4))
    text = _handbook_text(questions)
    assert _topic_cards(text) == []
    assert len(_topic_cards(_handbook_text(questions[: questions.index("## What is thing 3?")]))) == 3


def test_outlines_and_prose_must_not_dominate() -> None:
    outlines = "".join(f"## Area {n}\n\n- Trees\n- Forests\n- Boosting\n\n" for n in range(4))
    assert _topic_cards(_handbook_text(outlines)) == []
    assert len(_topic_cards(_handbook_text(outlines[: outlines.index("## Area 3")]))) == 3


def test_bodies_that_are_not_knowledge() -> None:
    text = _handbook_text(
        "### Range\n\n$$\\max - \\min$$\n\n### Quartiles\n\n> Q1 and Q3 cut the sorted data in quarters.\n\n"
        "### Libraries\n\n```python\n# data\nimport numpy as np\nfrom sklearn.svm import SVC\n```\n\n"
        "### To study\n\n- Bagging\n- Boosting, stacking and blending\n\n"
        "### Reading\n\n- [Paper](https://example.org/p)\n- https://example.org/q\n\n"
        "### Bank\n\n| # | Question | Practice |\n|---|---|---|\n| 1 | Bias | [link](https://example.org/1) |\n\n"
        "### Container\n\n---\n\n## License\n\nMIT licensed; share it as you please.\n"
    )
    doc = _doc(text)
    result = topics.extract(doc, {})
    assert [d.question for d in result.drafts] == ["Mean", "Median", "Mode", "Range", "Quartiles"]
    fence = text.split("\n").index("```python")
    assert {result.claims.get(n) for n in range(fence, fence + 5)} == {"skip:imports"}


def test_section_asking_questions_is_left_to_the_question_rules() -> None:
    text = _handbook_text("### Stats Questions\n\n**Q1: What is a p-value?**\n\n**Q2: Why does the CLT hold?**\n")
    extraction = extract_cards(_doc(text), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode"]


@pytest.mark.parametrize(
    "body",
    [
        # labelled question lines in any language: the label says they ask, with or without a question word
        "P: Em que ano caiu o muro de Berlim?\nR: Em 1989.\n\nP: Qual rio passa por Lisboa?\nR: O Tejo.\n",
        "**F:** Wie heißt die Hauptstadt von Kanada?\n**A:** Ottawa.\n\n**F:** Welcher Fluss fließt durch Wien?\n**A:** Die Donau.\n",
        "Q. Why did the Roman Republic fall?\nA. Civil wars and the rise of generals.\n\n"
        "Q1. Who crossed the Rubicon?\nA1. Julius Caesar.\n\n```text\n49 BC\n```\n",
    ],
)
def test_labelled_question_lines_are_a_question_section(body: str) -> None:
    text = _handbook_text("### Revision\n\n" + body)
    extraction = extract_cards(_doc(text), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode"]


@pytest.mark.parametrize(
    "body",
    [
        "- break a leg → good luck\n- under the weather → ill\n- spill the beans → reveal a secret\n",
        "Dire fra:\n\n1. la mela = the apple\n2. il treno = the train\n3. la stazione = the station\n",
    ],
)
def test_a_section_of_one_line_pairs_is_not_a_topic(body: str) -> None:
    extraction = extract_cards(_doc(_handbook_text("### Idioms\n\n" + body)), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode"]


def test_a_list_explaining_with_arrows_among_prose_is_still_a_topic() -> None:
    body = "Too little data makes a model guess.\n\n- high bias → underfitting\n- high variance → overfitting\n"
    extraction = extract_cards(_doc(_handbook_text("### Bias and variance\n\n" + body)), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode", "Bias and variance"]


def test_a_section_mostly_carded_by_other_rules_is_their_context() -> None:
    body = (
        "1. Which gas do plants take in?\n   Carbon dioxide.\n2. Which gas do they give off?\n   Oxygen.\n"
        "3. Where does photosynthesis happen?\n   In the chloroplasts.\n\n---\n\nGood luck with the test, revise the diagrams too.\n"
    )
    text = _handbook_text("### Review questions\n\n" + body)
    assert [q for _, q in _topic_cards(text)] == ["Mean", "Median", "Mode"]


def test_a_topic_keeps_its_own_text_around_a_small_carded_block() -> None:
    body = (
        "The spread of the data around its mean, in squared units.\n\nIt grows with outliers, so it is read with care.\n\n"
        "It is the square of the standard deviation, which has the data's units.\n\n"
        "- **Variance**: the mean squared deviation.\n"
    )
    text = _handbook_text("### Variance\n\n" + body)
    assert "Variance" in [q for _, q in _topic_cards(text)]


def test_a_table_of_questions_is_a_question_section() -> None:
    table = (
        "| # | Frage | Antwort |\n|---|---|---|\n| 1 | Was ist ein Atom? | Der kleinste Baustein eines Elements. |\n"
        "| 2 | Ionenbindung vs. Atombindung? | Elektronen abgegeben oder geteilt. |\n"
    )
    extraction = extract_cards(_doc(_handbook_text("### Chemie\n\n" + table)), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode"]


@pytest.mark.parametrize(
    "title", ["Learning outcomes of the day", "Learning objectives", "Material", "Course materials", "Slides", "Schedule"]
)
def test_course_page_headings_are_not_topics(title: str) -> None:
    body = "**By the end you can:**\n\n- run a t-test and read its output\n- explain what a p-value says\n"
    extraction = extract_cards(_doc(_handbook_text(f"### {title}\n\n" + body)), enabled=("topic",))
    assert [d.question for d in extraction.drafts] == ["Mean", "Median", "Mode"]


def test_a_topic_named_after_materials_stays_a_topic() -> None:
    body = "| Material | Stiffness |\n|---|---|\n| Steel | high |\n"
    extraction = extract_cards(_doc(_handbook_text("### Materials science\n\n" + body)), enabled=("topic",))
    assert "Materials science" in [d.question for d in extraction.drafts]


def test_a_labelled_statement_is_not_a_question() -> None:
    text = _handbook_text("### Range\n\nR: max minus min. Is it robust? No.\n\nN: the count of values?\n")
    assert topics.question_lines(_doc(text), range(len(_doc(text).blocks))) == 1


def test_facet_subheadings_merge_into_their_topic() -> None:
    text = _handbook_text(
        "### Dropout\n\nZeroes units at random.\n\n#### Example\n\n```\nnn.Dropout(0.5)\n```\n\n#### In PyTorch:\n\nCall model.eval() at inference.\n"
    )
    extraction, _ = extract_text(text)
    dropout = next(d for d in extraction.drafts if d.question == "Dropout")
    assert "#### Example" in dropout.answer and dropout.answer.endswith("Call model.eval() at inference.")
    assert [d.question for d in extraction.drafts if d.convention == "topic"] == ["Mean", "Median", "Mode", "Dropout"]


def test_topic_subheadings_are_cards_and_generic_titles_keep_their_parent() -> None:
    text = _handbook_text(
        "## Validation\n\n| k | use |\n|---|---|\n| 5 | default |\n\n"
        "### K-Fold\n\n```\n[Test][Train][Train]\n```\n\n### Types\n\n- Stratified: keeps class ratios in every fold\n\n"
        "## Ensembles\n\nWe cover them below.\n\n### Bagging\n\n**Bagging**: averages bootstrapped models.\n"
    )
    extraction, _ = extract_text(text)
    cards = {d.question: d for d in extraction.drafts if d.convention == "topic"}
    assert list(cards) == ["Mean", "Median", "Mode", "Validation", "K-Fold", "Validation › Types", "Bagging"]
    assert cards["Validation"].answer.startswith("| k | use |") and "K-Fold" not in cards["Validation"].answer
    assert cards["Validation › Types"].context == ("Validation",)
    assert extraction.unclassified == 1  # the prose lead-in of a container is no card of its own


def test_blocks_claimed_earlier_are_left_out_of_the_body() -> None:
    text = _handbook_text(
        "### GANs\n\n**Concept**: two networks compete.\n\n- G: makes fakes\n- D: spots fakes\n\n**Challenges**: mode collapse.\n"
    )
    doc = _doc(text)
    start = text.split("\n").index("- G: makes fakes")
    result = topics.extract(doc, {start: "card", start + 1: "card"})
    gans = next(d for d in result.drafts if d.question == "GANs")
    assert gans.answer == "**Concept**: two networks compete.\n\n**Challenges**: mode collapse."
    assert start not in result.claims


def test_question_headings_and_toc_are_never_topics() -> None:
    text = _handbook_text(
        "## Table of Contents\n\n### Part 1\n\n| a | b |\n|---|---|\n| x | y |\n\n## What is a mode?\n\n| a | b |\n|---|---|\n| x | y |\n"
    )
    assert [q for _, q in _topic_cards(text)] == ["Mean", "Median", "Mode"]


def test_block_classes() -> None:
    doc = _doc(
        "- Pearson: linear relationship between two variables\n- Spearman: rank-based relationship\n\n"
        "* Ensembles: Stacking and Blending\n* Deployment: From Prototype to Production\n\n"
        "+ Bayesian estimation, class imbalance, K-fold cross validation, bias, and variance\n\n"
        "**Steps**:\n\n**Concept**: move against the gradient.\n\ndebugging\n\n"
        "```js\nconst fs = require('fs');\n```\n"
    )
    assert [topics.block_class(doc, b) for b in doc.blocks] == [
        "rich",
        "outline",
        "outline",
        "label",
        "labelled",
        "stub",
        "imports",
    ]
    assert topics.is_facet("Pros & Cons") and topics.is_facet("Example (rolling mean)") and topics.is_facet("In Python:")
    assert not topics.is_facet("Gradient Descent")


def test_guide_prose_is_skipped_only_when_it_is_personal() -> None:
    impersonal = "# Notes\n\n## Coding\n\nThere are usually one or two rounds of coding questions at most companies.\n"
    doc = _doc(impersonal)
    assert topics.extract(doc, {}).claims == {}
    personal = impersonal + "\n## Study\n\nI found the daily practice of small problems the most useful habit of all.\n"
    doc = _doc(personal)
    assert sorted(topics.extract(doc, {}).claims.items()) == [(4, "skip:prose"), (8, "skip:prose")]


# --- the user's seeds, checked by hand ---------------------------------------------------------------


def _read_golden(path: Path) -> list[tuple[int, str]]:
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(int(line), question) for line, question in rows]


def _pinned(doc: Document) -> set[int]:
    """1-based lines of the handbook's sections pinned by the golden list. Sections 17 (scenarios), 19 (Q&A),
    20 (scenarios) and 21 (glossary) belong to other rules and are excluded."""
    excluded = ("Section 17 ", "Section 19 ", "Section 20 ", "Section 21 ")
    tops = [s for s in doc.sections if s.level == 2 and not s.title.startswith("Table of Contents")]
    lines: set[int] = set()
    for n, section in enumerate(tops):
        start = doc.blocks[section.block].first + 1
        end = doc.blocks[tops[n + 1].block].first + 1 if n + 1 < len(tops) else len(doc.lines) + 1
        if not section.title.startswith(excluded):
            lines.update(range(start, end))
    return lines


@pytest.mark.skipif(not HANDBOOK.exists(), reason="seed notes not present")
def test_handbook_topics_match_the_hand_checked_list() -> None:
    """The rule on its own (only the heading rule before it): one card per leaf topic with a body."""
    doc = _doc(HANDBOOK.read_text(encoding="utf-8"), HANDBOOK.name)
    pinned = _pinned(doc)
    extraction = extract_cards(doc, enabled=("heading", "topic"))
    found = [(d.loc.line, d.question) for d in extraction.drafts if d.convention == "topic" and d.loc.line in pinned]
    golden = _read_golden(GOLDEN / "ds-ai-ml-interview-handbook.topic.txt")
    assert len(golden) == 65
    assert found == golden


@pytest.mark.skipif(not HANDBOOK.exists(), reason="seed notes not present")
def test_handbook_full_chain_cards_every_golden_topic_once() -> None:
    """With every rule on, a hand-checked topic is carded by this rule or, when an earlier rule took its
    body, by that rule; never by both, never by none."""
    doc = _doc(HANDBOOK.read_text(encoding="utf-8"), HANDBOOK.name)
    owners = _claims(doc)
    by_line = {doc.blocks[s.block].first + 1: s for s in doc.sections}
    for line, question in _read_golden(GOLDEN / "ds-ai-ml-interview-handbook.topic.txt"):
        section = by_line[line]
        head = owners.get(line - 1)
        content = [n for i in section.body for n in range(doc.blocks[i].first, doc.blocks[i].last) if doc.blocks[i].kind != "hr"]
        if head == ("topic", "card"):
            continue
        assert head is None, question
        assert owners.get(content[0], ("", ""))[1] in ("card", "unanswered"), question


@pytest.mark.parametrize(
    ("name", "count"),
    [("amazon-breadth-and-depth.md", 0), ("guide-to-ml-interviews.md", 0), ("machine-learning-interview-questions.md", 0)],
)
def test_other_seeds_give_no_topic_cards(name: str, count: int) -> None:
    path = SOURCE / name
    if not path.exists():
        pytest.skip("seed notes not present")
    assert len(_topic_cards(path.read_text(encoding="utf-8"))) == count


def test_guide_seed_prose_is_skipped_by_hand_checked_lines() -> None:
    path = SOURCE / "guide-to-ml-interviews.md"
    if not path.exists():
        pytest.skip("seed notes not present")
    owners = _claims(_doc(path.read_text(encoding="utf-8"), path.name))
    prose = sorted(n + 1 for n, owner in owners.items() if owner == ("topic", "skip:prose"))
    assert prose == [3, 5, 7, 9, 11, 14, 16, 18, 22]


def test_repository_dump_gives_no_topic_cards() -> None:
    path = SOURCE / "mle-interview-questions-repo.md"
    if not path.exists():
        pytest.skip("seed notes not present")
    from ankibuild.sources import parse_source_bytes

    documents, _ = parse_source_bytes(path.read_bytes(), path.name)
    if len(documents) < 2:
        pytest.skip("repository dumps are not unflattened yet")
    assert len(documents) == 10
    for source in documents:
        extraction = extract_cards(parse_document(source, []))
        assert [d.question for d in extraction.drafts if d.convention == "topic"] == [], source.part


@pytest.mark.parametrize(
    ("title", "log"),
    [
        ("Day 2 — 03/01/2024", True),
        ("2024-01-05", True),
        ("Week 3", True),
        ("📅 Day 12/100", True),
        ("March 5, 2024", True),
        ("Session 4 (2024-02-01)", True),
        ("Day 2 — Linear regression", False),  # the title names what was studied
        ("Week 1 recap", False),
        ("Dates in SQL", False),
        ("1984", False),  # a year alone can be a subject (a novel, a period)
        ("Weekly review", False),
    ],
)
def test_journal_headings_are_dates_or_counters(title: str, log: bool) -> None:
    from ankibuild.extract.outline import is_log_heading

    assert is_log_heading(title) is log


def test_heading_over_a_keyed_table_is_not_a_topic_and_keeps_the_handbook() -> None:
    """`## Ports` over a `| Port | Protocol | Description |` table: its rows are term cards (glossary), the
    heading only introduced them; the document's other topics stay cards."""
    table = (
        "### Units\n\n| Symbol | Unit | Description |\n|---|---|---|\n| m | Metre | Length, the path of light in a set time |\n"
        "| s | Second | Time, from a caesium transition |\n| K | Kelvin | Thermodynamic temperature |\n\n"
    )
    extraction, _ = extract_text(_handbook_text(table))
    assert [(d.convention, d.question) for d in extraction.drafts] == [
        ("topic", "Mean"),
        ("topic", "Median"),
        ("topic", "Mode"),
        ("glossary", "Metre"),
        ("glossary", "Second"),
        ("glossary", "Kelvin"),
    ]


NOTES_BESIDE_CARDS = """\
# Chemistry lab notebook

## Titration

Always rinse the burette with the titrant first, then fill it to the zero mark.

```text
moles = concentration × volume
```

| Indicator | Colour change |
|-----------|---------------|
| phenolphthalein | colourless → pink |
| methyl orange | red → yellow |

**P:** ¿Por qué se enjuaga la bureta con el titulante?
**R:** Para que el agua no diluya la disolución.

**P:** ¿Qué indicador se usa con un ácido débil?
**R:** La fenolftaleína.

## Distillation

Heat the flask gently and collect the fraction that boils at a steady temperature.

```text
b.p. ethanol = 78 °C
```

The condenser water runs in at the bottom and out at the top, so that the jacket stays full.

## Filtration

Fold the filter paper into a cone, wet it so that it sticks to the funnel, and pour along a glass rod.

```text
residue: the solid left on the paper; filtrate: the liquid that passes
```

Gravity filtration is slow; a Büchner funnel under vacuum is faster for fine crystals.

## Recrystallisation

Dissolve the crude solid in the least hot solvent, let it cool slowly, then filter off the crystals.

```text
yield = mass of pure product / mass of crude product × 100 %
```

Cooling too fast traps impurities in the crystal lattice, so let the flask stand on the bench first.
"""


def test_a_section_around_two_cards_of_other_rules_is_their_context() -> None:
    extraction, _ = extract_text(NOTES_BESIDE_CARDS)
    fronts = [(d.convention, d.question) for d in extraction.drafts]
    assert ("topic", "Titration") not in fronts
    assert [f for f in fronts if f[0] == "label-pair"] == [
        ("label-pair", "¿Por qué se enjuaga la bureta con el titulante?"),
        ("label-pair", "¿Qué indicador se usa con un ácido débil?"),
    ]
    assert ("topic", "Distillation") in fronts


TODO_SECTION = """\
# Biologie cellulaire

## Mitochondrie

| Partie | Rôle |
|---|---|
| Matrice | cycle de Krebs |
| Crêtes | chaîne respiratoire |

## Ribosome

| Sous-unité | Taille |
|---|---|
| petite | 30S |
| grande | 50S |

## Noyau

```
enveloppe → pores → nucléoplasme
```

## À faire

- [ ] ajouter le réticulum endoplasmique
- [x] relire les schémas du chapitre

Source : le manuel de première, chapitre deux.
"""


def test_a_section_holding_a_to_do_list_is_no_topic() -> None:
    extraction, _ = extract_text(TODO_SECTION)
    topics = [d.question for d in extraction.drafts if d.convention == "topic"]
    assert "Mitochondrie" in topics and "À faire" not in topics
