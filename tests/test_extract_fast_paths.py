"""The extraction speed-ups change no result. Each precheck that lets a rule skip work claims to be a
necessary condition of the slow path finding anything; here every one of them is switched off (made to
answer "maybe", so the slow path runs) and the chain's whole outcome, with the facts the rules leave in
`doc.derived`, must be the same with and without them: on the seed notes, the fixtures, the test corpus,
a generated benchmark corpus and random documents made of the marks the rules look for. The rewritten
helpers (`is_log_heading`, the card-tag pattern) are checked against their former code the same way."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ankibuild.extract import (
    admonition_blocks,
    answer_lines,
    blank_keys,
    bullet_cards,
    collapsibles,
    course_items,
    details,
    dotted_pairs,
    exam_parts,
    explicit,
    extract_cards,
    fenced_divs,
    follow_ups,
    footnote_answers,
    glossary,
    inline_fields,
    interview_dialogues,
    label_headings,
    labelled_exercises,
    labelled_fields,
    labelled_pairs,
    marking_schemes,
    mochi_cards,
    numbered,
    outline,
    outline_questions,
    plugin_blocks,
    points_labels,
    problem_details,
    prompt_lists,
    questions,
    remnote_cards,
    slides,
    solution_sections,
    statement_headings,
    topics,
    transcripts,
    verdict_items,
)
from ankibuild.extract.document import EXPLICIT_CARD_FILE, EXPLICIT_CARDED_LINES, holds, may_hold
from ankibuild.process import parse_document
from ankibuild.sources import parse_source_bytes
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


def _maybe(*_: Any) -> bool:
    return True


class _Everything:
    """A set that holds everything and a pattern found everywhere: a first-letter or first-word test switched off."""

    def __contains__(self, _: object) -> bool:
        return True

    def search(self, _: str) -> bool:
        return True


def _searched(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _searched_in(doc: Any, pattern: re.Pattern[str], _marks: str) -> bool:
    return pattern.search(doc.source.text) is not None


# (module, name, what the slow path does): every precheck, switched off.
FAST_PATHS: list[tuple[Any, str, Callable[..., Any]]] = [
    (explicit, "_may_hold_syntax", _maybe),
    (explicit, "_may_hold_card_tag", _maybe),
    *((module, "may_hold", _maybe) for module in (details, glossary, numbered, questions)),
    (numbered, "_has_free_lists", _maybe),
    (topics, "_may_be_handbook", _maybe),
    *((module, "may_open_a_line", _maybe) for module in (follow_ups, labelled_exercises)),
    *((module, "search_lines", _searched) for module in (exam_parts, dotted_pairs)),
    *((module, "search_lines_holding", _searched_in) for module in (labelled_pairs, labelled_fields)),
    (solution_sections, "_names_a_solution", lambda text: solution_sections._PRECHECK.search(text) is not None),
    (problem_details, "_tag_opens", lambda text: problem_details._MIN_RUN),
    (collapsibles, "_may_open_details", _maybe),
    *((module, "may_hold_sheet_answer", _maybe) for module in (course_items, label_headings)),
    (marking_schemes, "may_open_a_line", _maybe),
    (blank_keys, "_may_hold_blanks", lambda text: blank_keys._PRECHECK.search(text) is not None),
    (verdict_items, "_may_hold_verdicts", _maybe),
    (interview_dialogues, "may_mention", _maybe),
    (points_labels, "_LABEL_HEAD", _Everything()),
    (answer_lines, "search_lines", _searched),
    (statement_headings, "_INITIALS", _Everything()),
    (prompt_lists, "search_lines_holding", _searched_in),
    (prompt_lists, "may_mention", _maybe),
    # sp-early
    (outline_questions, "search_lines", _searched),
    *((module, "may_open_a_line", _maybe) for module in (interview_dialogues, transcripts)),
    *((module, "text_holds", _maybe) for module in (inline_fields, fenced_divs, bullet_cards)),
    *((module, "holds", _maybe) for module in (explicit, footnote_answers)),
    *((module, "block_kinds", lambda _doc: _Everything()) for module in (mochi_cards, slides)),
    (labelled_fields, "a_line_opens_with", _maybe),
    (plugin_blocks, "a_line_opens_with", _maybe),
    (admonition_blocks, "_asks", _maybe),
    (explicit, "_all_blocks_open_with_text", lambda _doc: False),
]


@contextmanager
def fast_paths_off() -> Iterator[None]:
    with ExitStack() as stack:
        for module, name, slow in FAST_PATHS:
            stack.enter_context(mock.patch.object(module, name, slow))
        yield


def outcome(raw: bytes, name: str = "notes.md") -> list[tuple[Any, ...]]:
    """Everything the chain derives from a file: per document, the extraction and the facts it shares."""
    found: list[tuple[Any, ...]] = []
    for source in parse_source_bytes(raw, name)[0]:
        doc = parse_document(source, [])
        extraction = extract_cards(doc)
        found.append((extraction, doc.derived.get(EXPLICIT_CARDED_LINES), doc.derived.get(EXPLICIT_CARD_FILE)))
    return found


def same_either_way(raw: bytes, name: str = "notes.md") -> None:
    fast = outcome(raw, name)
    with fast_paths_off():
        slow = outcome(raw, name)
    assert fast == slow, name


def _files() -> Iterator[tuple[str, bytes]]:
    for folder in (SOURCE, ROOT / "tests" / "corpus", ROOT / "tests" / "fixtures"):
        for path in sorted(folder.rglob("*.md")):
            yield path.name, path.read_bytes()
    with tempfile.TemporaryDirectory() as scratch:
        for path in generate_corpus(Path(scratch) / "c", 300, seed=7, notes_per_file=30):
            yield path.name, path.read_bytes()


def test_notes_fixtures_and_corpora_give_the_same_cards_without_the_prechecks() -> None:
    for name, raw in _files():
        same_either_way(raw, name)


# Random documents: lines of the marks each rule reads, inside the containers that hold them.
_BODIES = st.sampled_from(
    [
        "Q: What is X?",
        "Question 3: Why?",
        "QUESTION 2b: How?",
        "Q3:",
        "Q：x",
        "A: yes",
        "Answer: it is.",
        "?",
        "??",
        "? ",
        "\u00a0?",
        "front::back",
        "Term:::Definition",
        "a :: b",
        "std::vector<int>",
        "author:: Jane",
        "x==y",
        "The ==highlight== here",
        "{{c1::Paris}} is the capital",
        "#flashcards",
        "#flashcards/spanish #law",
        "<!--SR:!2025-01-03,3,250-->",
        "<!-- id: pinned -->",
        "`Q: code`",
        "$a::b$",
        "What is X?",
        "Explain the thing.",
        "Some prose that explains a point.",
        "**What is bold?**",
        "[!tip] Cells",
        "**Follow-up:** Why?",
        "💡 Interviewer's follow-up: how?",
        "_Bonus_ what is more?",
        "追问：为什么？",
        "**Exercise 3.** Prove it.",
        "Übung 2: Zeige es.",
        "## Solution",
        "#### Lösung",
        "Q. What?",
        "A. This.",
        "**1.** Explain it. [2 marks]",
        "Frage: Was?",
        "Antwort: Das.",
        "Front: x",
        "Back: y",
        "Is it so? — **True**.",
        "<details><summary>Why does the build fail?</summary>",
        "Check the cache.",
        "</details>",
        "<DETAILS>",
        "<DETAILS><SUMMARY>What is the cause?</SUMMARY>",
        "</DETAILS>",
    ]
)
_PREFIXES = st.sampled_from(["", "", "", "- ", "> ", "1. ", "  ", "- [ ] ", ">", "\t", "- > ", "    ", "* "])
_LINE = st.one_of(
    st.tuples(_PREFIXES, _BODIES).map("".join),
    _BODIES.map(lambda body: "## " + body),
    _BODIES.map(lambda body: "### " + body + " #card"),
    st.sampled_from(["", "", "---", "```", "```python", "$$", "| a | b |", "|---|---|", "!!! note", "??? success"]),
)
MARKDOWN = st.lists(_LINE, max_size=30).map("\n".join)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_random_documents_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


# --- rewritten helpers against their former code ---------------------------------------------------------

_FORMER_CARD_TAG = re.compile(r"(?:^|\s)#(?:flashcards?|cards?|anki|srs|spaced-repetition)(?:/[\w/-]*)?(?=\s|$)", re.I | re.M)
_TAG_TEXT = st.lists(
    st.sampled_from(
        ["#", "#", "card", "cards", "flashcard", "Anki", "SRS", "spaced-repetition"]
        + ["/", "-", "x", " ", "\n", "\u00a0", "\t", "\u017f"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_TAG_TEXT)
def test_the_card_tag_pattern_finds_what_it_found(text: str) -> None:
    assert (explicit._CARD_TAG.search(text) is None) == (_FORMER_CARD_TAG.search(text) is None)


@cache
def _former_is_log_heading(title: str) -> bool:
    text = re.sub(r"[*_`~#]+", " ", title)
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace() or ch in "—–-:|()[],/.#")
    pieces = [p.strip(" .") for p in outline._LOG_SEPARATORS.split(text.strip()) if p.strip(" .")]
    years = sum(1 for p in pieces if re.fullmatch(r"\d{4}", p))
    return len(pieces) > years and all(outline._LOG_PIECE.match(p) or re.fullmatch(r"\d{4}", p) for p in pieces)


_TITLE = st.lists(
    st.sampled_from(
        ["Day", "week", "Monday", "mon", "5", "2024", "03/01/2024", "2024-01-05", "March", "5th", "of", "3", "What", "is"]
        + [*"—-:,()[]|./#*_`~٣²📅", " - ", " ", "\u00a0", "\u200b"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=800, deadline=None, derandomize=True)
@given(_TITLE)
def test_log_headings_are_the_ones_they_were(title: str) -> None:
    assert outline.is_log_heading.__wrapped__(title) == _former_is_log_heading(title)


def test_log_headings_of_the_notes_are_the_ones_they_were() -> None:
    for _, raw in _files():
        for line in raw.decode("utf-8", "replace").split("\n"):
            if line.startswith("#"):
                title = line.lstrip("#").strip()
                assert outline.is_log_heading.__wrapped__(title) == _former_is_log_heading(title), title


# Case-insensitive patterns tried only when an ASCII text holds one of their words (`document.may_hold`).
WORDED_PATTERNS = [
    (numbered._QUESTION_TITLE, numbered._QUESTION_TITLE_WORDS),
    (questions._REFERS_TO_CODE, questions._REFERS_TO_CODE_WORDS),
    (glossary._GLOSSARY_TITLE, glossary._GLOSSARY_TITLE_WORDS),
    (details._NESTED_MARK, details._NESTED_MARK_WORDS),
]


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The literal runs of a pattern's source, the pieces its matches are made of."""
    return [w.strip(":") for w in re.findall(r"[^\\()|?*+\[\]{}^$.]+", pattern.pattern) if w.strip(" :")]


_PIECES = sorted({w for pattern, _ in WORDED_PATTERNS for w in _pattern_words(pattern)})
_WORDED_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", "\n", "- ", "> ", "1. ", "**", "?", ":", "!!!", "???", "[!", "<"])),
    max_size=8,
).flatmap(lambda parts: st.sampled_from([str.lower, str.upper, str.title, str.swapcase]).map(lambda case: case("".join(parts))))


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_WORDED_TEXT)
def test_a_worded_pattern_matches_only_text_holding_one_of_its_words(text: str) -> None:
    for pattern, words in WORDED_PATTERNS:
        assert pattern.search(text) is None or may_hold(text, words), (pattern.pattern, text)


def test_text_beyond_ascii_is_left_to_the_pattern() -> None:
    assert numbered._QUESTION_TITLE.search("Queſtions") and may_hold("Queſtions", numbered._QUESTION_TITLE_WORDS)
    assert not may_hold("Plain words", numbered._QUESTION_TITLE_WORDS)


def _former_decoration_free(title: str) -> str:
    title = glossary._DECORATION.sub("", title.strip()).strip()
    start = 0
    while start < len(title) and (unicodedata.category(title[start]) in ("So", "Sk", "Mn", "Cf") or title[start].isspace()):
        start += 1
    return title[start:]


@settings(max_examples=800, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["Router", " ", "\n", "\u00a0", "{#id}", "{", "}", "#", "*", "_", "`", "🔹", "x"]), max_size=8).map(
        "".join
    )
)
def test_glossary_titles_lose_the_decoration_they_lost(title: str) -> None:
    assert glossary._decoration_free(title) == _former_decoration_free(title)


# Handbooks and question banks around the handbook test's bounds: topic sections (structured or prose),
# question headings, facets, a title or none.
_SECTION = st.sampled_from(
    [
        "## Gradient boosting\n\n| Step | Effect |\n|---|---|\n| fit | reduces bias |\n",
        "## Hash tables\n\n```python\ntable = {}\n```\n",
        "## Bloom filters\n\nA Bloom filter answers set membership with false positives but no false negatives.\n",
        "## What is a B-tree?\n\nA balanced search tree with many keys per node.\n",
        "## Explain the CAP theorem\n\nA store cannot be consistent, available and partition tolerant at once.\n",
        "## Caching\n\n### Example\n\n| key | value |\n|---|---|\n| a | 1 |\n",
        "## 2024-01-05\n\nToday I read about queues.\n",
        "## References\n\n- [Book](https://example.org)\n",
        "### Why do queues grow?\n\nArrivals outpace service.\n",
    ]
)
HANDBOOKS = st.tuples(st.booleans(), st.lists(_SECTION, max_size=9)).map(
    lambda drawn: ("# Notes\n\n" if drawn[0] else "") + "\n".join(drawn[1])
)


TIGHT_HANDBOOK = "\n".join(
    [
        "## Gradient boosting\n\n| Step | Effect |\n|---|---|\n| fit | reduces bias |\n",
        "## Hash tables\n\n```python\ntable = {}\n```\n",
        "## Tries\n\n| Operation | Cost |\n|---|---|\n| insert | O(k) |\n",
        "## What is a B-tree?\n\nA balanced search tree with many keys per node.\n",
        "## Explain the CAP theorem\n\nA store cannot be consistent, available and partition tolerant at once.\n",
        "## Why do queues grow?\n\nArrivals outpace service.\n",
    ]
)
"""Exactly as many question headings as structured topics, and no title: a handbook at the bound."""


def test_a_handbook_at_the_bound_is_one() -> None:
    assert [d.convention for d in outcome(TIGHT_HANDBOOK.encode("utf-8"))[0][0].drafts] == ["topic"] * 3 + ["heading"] * 3
    same_either_way(TIGHT_HANDBOOK.encode("utf-8"))


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(HANDBOOKS)
def test_handbooks_and_question_banks_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


UPPER_CASE_DETAILS = (
    "## Networking\n\n<DETAILS>\n<SUMMARY>What does DNS do?</SUMMARY>\n\nIt maps names to addresses.\n\n</DETAILS>\n"
)
"""A `<details>` block written in capitals: its opening tag holds `<D`, not `<d`."""


def test_details_in_capitals_are_found_with_the_prechecks() -> None:
    drafts = outcome(UPPER_CASE_DETAILS.encode("utf-8"))[0][0].drafts
    assert [d.question for d in drafts] == ["What does DNS do?"]
    same_either_way(UPPER_CASE_DETAILS.encode("utf-8"))


# --- sp-early: the first rules of the chain ----------------------------------------------------------------

# Lines of the marks the first rules read, each in the shapes that make them count and those that do not.
_EARLY_BODIES = st.sampled_from(
    [
        "**Student:** Why does ice float?",
        "**Student (Ana):** How?",
        "__Audience member__: What is it?",
        "** Student:** Why?",
        "**Étudiante :** Pourquoi ?",
        "**学生：** 为什么？",
        "**Prof. Lee:** Because it is less dense.",
        "**Interviewer:** What is a hash table?",
        "__Interviewer 2__: Why?",
        "**面试官：** 什么是索引？",
        "**Me:** A map from keys to values.",
        "**Candidate:** I don't know.",
        "Students ask why.",
        "- Topic",
        "  - What is nested?",
        "    - It is an answer.",
        "\t- Q: tabbed",
        "  * Question 2: Why?",
        "front >> back",
        "term ;; meaning",
        "a <> b",
        "x >>> y",
        " ;; ;; ",
        "***",
        "* * *",
        "*  *  *",
        "---",
        "### Q3. Why does it resize?",
        "### A3",
        "## Answer",
        "What is TCP?[^1]",
        "[^1]: A protocol.",
        "| **Q** | What is the capital? |",
        "| **A** | Ulaanbaatar. |",
        "|---|---|",
        "Q | What is it? |",
        "question:: What is X?",
        "answer:: It is Y.",
        "Term::Definition",
        "tags:: card",
        "TAGS:: [[Flashcards]]",
        "What is X? #card",
        "Explain Y #FlashCard",
        "[[card]] What?",
        "::: {.question}",
        ":::",
        "1. Fill ( 1 ) in.",
        "2. Fill （ ② ） in.",
        "① answer",
        "Front: What is X?",
        "Back: Y.",
        "**T:** Apa itu X?",
        "J: Y",
        "T__: x",
        "frontier: x",
        "Câu hỏi: Là gì?",
        "प्रश्न: क्या?",
        "Text: {{c1::Paris}} is the capital",
        "ſoru: x",
        "TARGET DECK: Biology::Cells",
        "FILE TAGS: bio",
        "START",
        "Basic",
        "Back: The mitochondrion.",
        "END",
        "STARTI [Basic] What is DNA? Back: A molecule. ENDI",
        "```ad-question",
        "```ad-note",
        "title: Why?",
        "\u00a0",
    ]
)
_EARLY_LINE = st.one_of(
    st.tuples(st.sampled_from(["", "", "> ", "- ", "  "]), _EARLY_BODIES).map("".join),
    st.sampled_from(["", "", "## Lecture", "```", "---"]),
)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_EARLY_LINE, max_size=24).map("\n".join))
def test_random_early_rule_documents_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


def _former_mark_count(text: str) -> int:
    return text.count(" >>") + text.count(" ;; ") + text.count(" <>")


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([" ", ">", ";", "<", "a", "\n", " ;; ", " >>", " <>", ">>", ";;"]), max_size=40).map("".join))
def test_remnote_marks_are_counted_as_they_were(text: str) -> None:
    assert remnote_cards._mark_count(text) == _former_mark_count(text)
    assert remnote_cards._mark_count(text, limit=2) == _former_mark_count(text)


def _former_may_hold_card_tags(text: str) -> bool:
    lowered = text.lower()
    marked = "#card" in lowered or "#flashcard" in lowered or "[[card" in lowered or "[[flashcard" in lowered
    return (marked and bool(bullet_cards._TAG.search(text))) or (
        "tags::" in lowered and bool(bullet_cards._CARD_PROPERTY.search(text))
    )


_TAGGED_TEXT = st.lists(
    st.sampled_from(["#", "[[", "]]", "card", "CARD", "Flash", "flash", "tags", "TAGS", "::", ":", " ", "\n", "- "])
    | st.sampled_from(["\u212a", "\u0130", "\u017f", "\u03a3", "x", "s"]),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_TAGGED_TEXT)
def test_card_tags_are_looked_for_as_they_were(text: str) -> None:
    assert bullet_cards.may_hold_card_tags(text, "::" in text) == _former_may_hold_card_tags(text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["a", ":", "*", " ", "\n", "[", "^", "é", "€", "\\", ".", "(", "#"]), max_size=24).map("".join),
    st.lists(st.sampled_from(["a", ":", "*", " ", "\n", "[", "^", "é", "\\", "(", "#"]), min_size=1, max_size=4).map("".join),
)
def test_holds_is_in(text: str, needle: str) -> None:
    assert holds(text, needle) == (needle in text)
