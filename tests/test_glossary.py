"""The glossary rule: term / definition tables, definition lists and bullet glossaries.

Fixtures are `tests/fixtures/glossary/<name>.md` with `<name>.json` beside it: the list of cards the
rule makes (question, answer, 1-based line, context, tags). Only the glossary rule (and the closing skip
rule) runs, so the fixtures pin this rule's decisions whatever the other rules do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ankibuild.extract import Extraction, extract_cards
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import drafted_cards

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "glossary"
GOLDEN = HERE / "golden"
SEED = HERE.parent / "source"


def run_glossary(text: str, path: str = "notes.md") -> Extraction:
    """Parse a document and run only the glossary rule over it."""
    doc = parse_document(SourceFile(path, None, text, "0"), [])
    return extract_cards(doc, enabled=("glossary",))


def glossary_cards(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, str]], int]:
    """The cards as fixture dictionaries, the unanswered diagnostics, and the unclassified count."""
    extraction = run_glossary(text)
    cards = [
        {
            "question": d.question,
            "answer": d.answer,
            "line": d.loc.line,
            "context": list(d.context),
            "tags": list(d.tags),
        }
        for d in extraction.drafts
    ]
    unanswered = [(d.loc.line, d.message) for d in extraction.diagnostics if d.kind == "unanswered"]
    return cards, unanswered, extraction.unclassified


def _fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture(name: str) -> None:
    cards, _, _ = glossary_cards((FIXTURES / f"{name}.md").read_text(encoding="utf-8"))
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert cards == expected


def test_fixtures_report_empty_definitions_as_unanswered() -> None:
    found = {name: glossary_cards((FIXTURES / f"{name}.md").read_text(encoding="utf-8"))[1] for name in _fixture_names()}
    assert found == {
        "arrow-bullets": [],
        "bold-terms": [(21, "Talus")],
        "bullets": [(39, "Max depth")],
        "bullets-to-define": [(7, "RAID 10"), (9, "LVM snapshot")],
        "command-tables": [],
        "dash-lines": [],
        "dash-paragraphs": [(20, "Privity")],
        "deflists": [(14, "Warmup (placeholder)")],
        "french-dresses": [],
        "heading-entries": [(25, "Beta blocker")],
        "heading-runs": [],
        "keyed-tables": [],
        "law-variants": [],
        "tables": [(9, "Stride")],
    }


def _claims(text: str, taken: dict[int, str] | None = None) -> tuple[Any, dict[int, str]]:
    from ankibuild.extract import glossary

    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    result = glossary.extract(doc, taken or {})
    return result, dict(result.claims)


def test_glossary_table_claims_header_rows_and_each_row() -> None:
    text = "| Term | Definition |\n|---|---|\n| **Epoch** | One pass |\n| **Stride** | — |\n"
    result, claims = _claims(text)
    assert [(d.question, d.answer, d.convention) for d in result.drafts] == [("Epoch", "One pass", "glossary")]
    assert claims == {0: "card", 1: "card", 2: "card", 3: "unanswered"}
    assert [d.message for d in result.diagnostics] == ["Stride"]


@pytest.mark.parametrize(
    "header",
    [
        "| Framework | Strengths |",
        "| Test | Use Case |",
        "| Metric | Value |",
        "| Problem | Solutions |",
        "| Optimizer | Description |",  # a description of things, not of words, outside a glossary section
    ],
)
def test_two_column_tables_that_are_not_glossaries_are_left_unclaimed(header: str) -> None:
    text = f"## Tools\n\n{header}\n|---|---|\n| PyTorch | Dynamic graphs and eager execution |\n| JAX | 0.93 |\n"
    result, claims = _claims(text)
    assert result.drafts == () and claims == {}


@pytest.mark.parametrize(
    "header",
    [
        "| Term | Definition |",
        "| Word | Description |",
        "| Concept | Explanation |",
        "| Notation | Meaning |",
        "| Acronym | Stands for |",
    ],
)
def test_term_definition_headers_make_a_glossary(header: str) -> None:
    text = f"## Basics\n\n{header}\n|---|---|\n| SGD | Stochastic gradient descent |\n"
    result, _ = _claims(text)
    assert [d.question for d in result.drafts] == ["SGD"]


def test_glossary_section_title_lends_weight_to_weaker_headers() -> None:
    table = "| | |\n|---|---|\n| Epoch | One full pass over the training data |\n"
    outside, _ = _claims("## Training\n\n" + table)
    inside, _ = _claims("## Terminology\n\n### E\n\n" + table)
    assert outside.drafts == ()
    (draft,) = inside.drafts
    assert draft.question == "Epoch" and draft.context == ("Terminology",) and draft.tags == ("topic::terminology",)


def test_table_of_numbers_in_a_glossary_section_is_not_a_glossary() -> None:
    text = "## Glossary\n\n| Term | |\n|---|---|\n| Accuracy | 0.93 |\n| Recall | 0.81 |\n"
    result, _ = _claims(text)
    assert result.drafts == ()


def test_bold_is_kept_when_it_tells_terms_apart() -> None:
    text = "| Symbol | Meaning |\n|---|---|\n| **x** | Vector |\n| x | Scalar |\n| **X** | Matrix |\n"
    result, _ = _claims(text)
    assert [d.question for d in result.drafts] == ["**x**", "x", "**X**"]


def test_rows_already_taken_by_an_earlier_rule_are_left_alone() -> None:
    text = "| Term | Definition |\n|---|---|\n| Epoch | One pass |\n"
    result, claims = _claims(text, taken={2: "card"})
    assert result.drafts == () and claims == {}


def test_mixed_list_with_a_few_labelled_items_is_not_a_glossary() -> None:
    text = (
        "## Evaluation metrics\n"
        "- Accuracy\n"
        "- Precision, Recall\n"
        "- R-squared: the share of variance the model explains.\n"
        "- Mean reciprocal rank\n"
        "- Equal error rate: where false accepts equal false rejects.\n"
        "- Lower: better performance\n"
        "- A/B testing fundamentals: https://example.org/ab\n"
    )
    result, claims = _claims(text)
    assert result.drafts == () and claims == {}


def test_list_under_a_lead_in_enumerates_its_topic() -> None:
    items = "- **Too high**: Overshoots, may diverge\n- **Too low**: Very slow convergence\n"
    led, _ = _claims("## Gradient descent\n\n**Learning rate impact**:\n" + items)
    bare, _ = _claims("## Gradient descent\n\n" + items)
    assert led.drafts == ()
    assert [d.question for d in bare.drafts] == ["Too high", "Too low"]


def test_lead_in_naming_terms_is_claimed_with_its_glossary() -> None:
    text = "## Trees\n\nKey terms:\n- Gini — Impurity of a node\n- Leaf — A node without children\n"
    result, claims = _claims(text)
    assert [(d.question, d.loc.line) for d in result.drafts] == [("Gini", 4), ("Leaf", 5)]
    assert claims == {2: "card", 3: "card", 4: "card"}


def test_item_definition_keeps_its_nested_blocks() -> None:
    text = "## Glossary\n\n- **Model selection**:\n  - ARIMA for one season\n  - Prophet for several\n- **Lag**: A past value\n"
    result, _ = _claims(text)
    assert [(d.question, d.answer) for d in result.drafts] == [
        ("Model selection", "- ARIMA for one season\n- Prophet for several"),
        ("Lag", "A past value"),
    ]


def test_pictograph_labels_are_verdicts_not_terms() -> None:
    text = "- ✅ Distance-based: KNN, K-Means, SVM\n- ✅ Gradient-based: Neural networks\n- ❌ Tree-based: Random forest\n"
    result, _ = _claims(text)
    assert result.drafts == ()


# The seeds ------------------------------------------------------------------------------------------------

HANDBOOK = SEED / "ds-ai-ml-interview-handbook.md"


def _seed(name: str) -> str:
    path = SEED / name
    if not path.exists():
        pytest.skip(f"seed {name} not present")
    return path.read_text(encoding="utf-8")


def test_handbook_glossary_cards_match_the_golden_list() -> None:
    extraction = run_glossary(_seed(HANDBOOK.name), HANDBOOK.name)
    found = [f"{d.loc.line}\t{d.question}" for d in extraction.drafts]
    golden = (GOLDEN / "ds-ai-ml-interview-handbook.glossary.txt").read_text(encoding="utf-8").splitlines()
    assert found == golden
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_handbook_every_glossary_row_is_a_card_and_no_other_table_is() -> None:
    text = _seed(HANDBOOK.name)
    lines = text.split("\n")
    extraction = run_glossary(text, HANDBOOK.name)

    def section_of(line: int) -> str:
        return next(lines[n].lstrip("# ") for n in range(line - 1, -1, -1) if lines[n].startswith("#"))

    per_section: dict[str, int] = {}
    for draft in extraction.drafts:
        if lines[draft.loc.line - 1].startswith("|"):
            key = section_of(draft.loc.line)
            per_section[key] = per_section.get(key, 0) + 1
    assert per_section == {
        "A-D": 18,
        "E-L": 20,
        "M-R": 24,
        "S-Z": 21,
        "Section 22 — Mathematical Notations Cheat Sheet": 18,
    }
    # Every bold-term row of Section 21 became a card: none was missed or merged.
    rows = [
        n + 1 for n, line in enumerate(lines) if line.startswith("| **") and section_of(n + 1) in ("A-D", "E-L", "M-R", "S-Z")
    ]
    assert sorted(d.loc.line for d in extraction.drafts if d.loc.line in rows) == rows


@pytest.mark.parametrize(
    "name", ["amazon-breadth-and-depth.md", "guide-to-ml-interviews.md", "machine-learning-interview-questions.md"]
)
def test_other_seeds_have_no_glossary(name: str) -> None:
    extraction = run_glossary(_seed(name), name)
    assert [d.question for d in extraction.drafts] == []


@pytest.mark.parametrize(
    "odd_row",
    [
        "| Use it when the data has many more features than rows and little noise | Lasso |",
        "| ✅ Tree-based | Decision trees, random forests |",
        "| 42 | The answer |",
    ],
)
def test_a_row_without_a_term_means_the_table_is_not_a_glossary(odd_row: str) -> None:
    text = f"| Term | Definition |\n|---|---|\n| Epoch | One pass over the data |\n{odd_row}\n"
    result, claims = _claims(text)
    assert result.drafts == () and claims == {}


def test_term_list_inside_an_explained_topic_stays_with_the_topic() -> None:
    text = (
        "# Handbook\n\n## Hypothesis Testing\n\nWe test a null hypothesis against an alternative.\n\n"
        "- **Type I**: a false positive\n- **Type II**: a false negative\n\n## Glossary\n\n"
        "- **Power**: one minus beta\n- **Alpha**: the significance level\n"
    )
    extraction = run_glossary(text, "h.md")
    assert [d.question for d in extraction.drafts] == ["Power", "Alpha"]


# Glossaries written one heading per term --------------------------------------------------------------


def test_heading_entries_under_a_glossary_title_are_terms_with_their_bodies() -> None:
    text = (FIXTURES / "heading-entries.md").read_text(encoding="utf-8")
    cards, unanswered, unclassified = glossary_cards(text)
    assert [c["question"] for c in cards] == [
        "Arrhythmia",
        "Atrial fibrillation",
        "Bradycardia",
        "Systole and diastole",
        "ACE inhibitor",
        "Statin",
    ]
    # The term's bullets stay in its answer; a `---` between entries belongs to neither; alphabet buckets
    # (`## A`) are in no context.
    assert cards[0]["answer"].endswith("- Diagnosed on an ECG.") and "---" not in cards[0]["answer"]
    assert all(c["context"] in ([], ["Drug classes"]) for c in cards)
    assert unanswered == [(25, "Beta blocker")]
    assert unclassified == 1  # the quoted lead-in, which defines nothing


def test_sibling_headings_that_define_their_terms_are_a_glossary_without_the_word() -> None:
    cards, _, unclassified = glossary_cards((FIXTURES / "heading-runs.md").read_text(encoding="utf-8"))
    assert [c["question"] for c in cards] == ["Sonnet", "Haiku", "Villanelle"]
    assert unclassified == 4  # the week headings' bodies define nothing: left to the other rules


def test_heading_entries_through_the_whole_chain_take_the_term_headings_first() -> None:
    from tests.helpers import extract_text

    extraction, _ = extract_text((FIXTURES / "heading-entries.md").read_text(encoding="utf-8"))
    assert {d.convention for d in extraction.drafts} == {"glossary"}
    assert len(extraction.drafts) == 6


def test_sub_bullets_that_define_sub_terms_are_cards_of_their_own() -> None:
    text = "## Glossary\n\n- Mens rea: the guilty mind.\n  - Intention: aiming at the result.\n  - Recklessness: a known risk taken.\n- Actus reus: the guilty act.\n  - It includes omissions.\n"
    cards, _, _ = glossary_cards(text)
    assert [(c["question"], c["context"]) for c in cards] == [
        ("Mens rea", ["Glossary"]),
        ("Intention", ["Glossary", "Mens rea"]),
        ("Recklessness", ["Glossary", "Mens rea"]),
        ("Actus reus", ["Glossary"]),
    ]
    assert cards[0]["answer"] == "the guilty mind.\n- Intention: aiming at the result.\n- Recklessness: a known risk taken."
    assert cards[3]["answer"] == "the guilty act.\n- It includes omissions."


def test_dash_lines_outside_a_glossary_section_need_a_section_of_them() -> None:
    cards, _, unclassified = glossary_cards((FIXTURES / "dash-lines.md").read_text(encoding="utf-8"))
    assert [c["question"] for c in cards] == ["Habeas corpus", "Obiter dictum", "Ratio decidendi"]
    assert unclassified == 2  # the timeline's prose, dashes or not


def test_setext_glossary_headings_read_like_atx_ones() -> None:
    setext = "Glossary\n========\n\nTerms\n-----\n\n**Tort**: a civil wrong.\n\n**Bail**: release pending trial.\n"
    atx = "# Glossary\n\n## Terms\n\n**Tort**: a civil wrong.\n\n**Bail**: release pending trial.\n"
    assert glossary_cards(setext)[0] == [dict(c, line=c["line"] + 2) for c in glossary_cards(atx)[0]]
    assert [c["question"] for c in glossary_cards(setext)[0]] == ["Tort", "Bail"]


def test_heading_entries_leave_back_to_top_lines_furniture_and_badges_out() -> None:
    text = (
        "# Nursing Glossary\n\n[![Build](https://img.shields.io/badge/build-ok-green)](https://ci.example)\n\n"
        "## Contents\n\n- [Triage](#triage)\n\n### Triage\nSorting patients by the urgency of their need.\n\n"
        "[⬆ back to top](#top)\n\n---\n\n### Sepsis\nA dysregulated response to infection.\n\n[⬆ back to top](#top)\n\n"
        "## License\n\nCC BY 4.0, share alike.\n"
    )
    cards, unanswered, _ = glossary_cards(text)
    assert [(c["question"], c["answer"]) for c in cards] == [
        ("Triage", "Sorting patients by the urgency of their need."),
        ("Sepsis", "A dysregulated response to infection."),
    ]
    assert unanswered == []


def test_a_lone_section_under_a_glossary_title_is_not_a_term() -> None:
    text = "# Spanish vocabulary\n\n## Verbs\n\n- tener: to have\n- hacer: to do\n\n## Near misses\n\n> A quote about ser and estar.\n"
    cards, unanswered, _ = glossary_cards(text)
    assert [c["question"] for c in cards] == ["tener", "hacer"]
    assert unanswered == []


def test_one_dash_paragraph_alone_is_prose_but_two_in_a_row_are_a_glossary() -> None:
    alone = (
        "# Trip notes\n\nMonday — we walked along the harbour and ate on the quay.\n\nThen it rained for the rest of the week.\n"
    )
    assert glossary_cards(alone)[0] == []
    run = "# Pharmacology\n\nAgonist — a drug that binds a receptor and activates it.\n\nAntagonist ★ — a drug that binds a\nreceptor and blocks it.\n"
    cards, _, unclassified = glossary_cards(run)
    assert [(c["question"], c["answer"]) for c in cards] == [
        ("Agonist", "a drug that binds a receptor and activates it."),
        ("Antagonist", "a drug that binds a\nreceptor and blocks it."),
    ]
    assert unclassified == 0


def test_a_heading_over_one_dash_paragraph_per_term_is_their_section_not_a_term() -> None:
    text = "Glossary of poetry\n==================\n\nMetre\n-----\n\nIamb — an unstressed syllable then a stressed one.\n\nTrochee — a stressed syllable then an\nunstressed one.\n\nRhyme\n-----\n\nThe echo of sounds at the ends of lines.\n\nStanza\n------\n\nA group of lines set apart as a unit of a poem.\n"
    cards, _, _ = glossary_cards(text)
    assert [c["question"] for c in cards] == ["Iamb", "Trochee", "Rhyme", "Stanza"]


def test_wikilinks_define_nothing_and_a_heading_over_a_to_do_list_is_no_term() -> None:
    text = (
        "# Pharmacology vocabulary\n\nRelated notes: [[Drugs MOC]] · [[Receptors]]\n\n"
        "## Agonist\n\nA drug that activates a receptor.\n\n## Antagonist\n\nA drug that blocks a receptor.\n\n"
        "## Backlog\n\n- [ ] add inverse agonists\n- [x] add partial agonists\n"
    )
    cards, _, _ = glossary_cards(text)
    assert [c["question"] for c in cards] == ["Agonist", "Antagonist"]


@pytest.mark.parametrize(
    "table",
    [
        # a table of contents: numbered rows, linked titles
        "| # | Chapter | Description |\n|---|---|---|\n| 1 | [Torts](#torts) | Civil wrongs |\n"
        "| 2 | [Contracts](#contracts) | Binding promises |\n| 3 | [Crimes](#crimes) | Public wrongs |\n",
        # an attribute shared by rows (`Type`): the table describes options, it does not key them
        "| Option | Type | Description |\n|---|---|---|\n| verbose | bool | Print every step taken |\n"
        "| quiet | bool | Print nothing at all |\n| depth | int | How far the walk goes down |\n",
        # values, not descriptions
        "| Grade | Points | Meaning |\n|---|---|---|\n| A | 90 | 4.0 |\n| B | 80 | 3.0 |\n| C | 70 | 2.0 |\n",
    ],
)
def test_tables_that_only_look_keyed_are_not_glossaries(table: str) -> None:
    result, claims = _claims(f"## Course\n\n{table}")
    assert result.drafts == () and claims == {}


def test_keyed_table_takes_the_named_column_as_term_and_the_key_into_the_back() -> None:
    text = (
        "## Signals\n\n| Number | Signal | Description |\n|---:|---|---|\n| 2 | SIGINT | Interrupt from the keyboard |\n"
        "| 9 | SIGKILL | Kill at once, cannot be caught |\n| 15 | SIGTERM | Polite request to terminate |\n"
    )
    result, claims = _claims(text)
    assert [(d.loc.line, d.question, d.answer) for d in result.drafts] == [
        (5, "SIGINT", "Interrupt from the keyboard\n\n**Number:** 2"),
        (6, "SIGKILL", "Kill at once, cannot be caught\n\n**Number:** 9"),
        (7, "SIGTERM", "Polite request to terminate\n\n**Number:** 15"),
    ]
    assert sorted(claims) == list(range(2, 7))  # 0-based: the header and delimiter rows go with the cards


def test_labels_counting_off_one_stem_are_no_terms() -> None:
    counted = "# Week 5\n\n## Homework\n\n- Ejercicio 1 (vectores): ver la hoja\n- Ejercicio 2 (matrices): en la pizarra\n- Ejercicio 3: **entrega el viernes**\n"
    assert all(rule != "glossary" for rule, _q, _a in drafted_cards(counted))
    terms = "# Week 5\n\n## Terms\n\n- Vector: a quantity with size and direction\n- Matrix: a table of numbers\n"
    assert [q for rule, q, _a in drafted_cards(terms) if rule == "glossary"] == ["Vector", "Matrix"]
