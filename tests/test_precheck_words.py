"""`document.may_mention` and `document.search_at_words`: the quick whole-document prechecks of the rules
whose case-insensitive patterns open with an alternation of words (follow-up labels, numbered exercise
labels, solution headings). They must answer exactly what the pattern's own search answers, in any script,
with the characters `re.I` folds otherwise than `str.lower` (µ, ſ, ı, İ, the Kelvin sign, Greek and Cyrillic
variant letters) anywhere in the text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.build import parse_document
from ankibuild.extract import (
    dotted_pairs,
    exam_parts,
    follow_ups,
    labelled_exercises,
    labelled_fields,
    labelled_pairs,
    line_pairs,
    solution_sections,
)
from ankibuild.extract.document import (
    _FOLDS_APART,
    Document,
    may_mention,
    search_at_words,
    search_lines,
    search_lines_holding,
)
from ankibuild.records import SourceFile

# (pattern, the words every match starts with or holds, whether they start every match)
PRECHECKS = [
    (follow_ups._PRECHECK, follow_ups._PRECHECK_STARTS, True),
    (labelled_exercises._PRECHECK, labelled_exercises._PRECHECK_STARTS, True),
    (solution_sections._PRECHECK, solution_sections._PRECHECK_WORDS, False),
]
PIECES = [
    "Follow-up", "FOLLOW UP", "further question", "Bonus", "Exercise 3", "EXERCISE #4", "Übung 2", "übung 2",
    "Aufgabe 1", "problem 7", "Task  9", "задача 5", "Задача 5", "练习 3", "연습 문제 2", "## Solution", "### Lösung",
    "## Réponse", "## РЕШЕНИЕ", "#### 解答", "Exerciſe 3", "Bonuſ", "FOLLOW-UP", "TASK 1", "taſk 1", "İ", "ı", "µ",
    "\u212a", "ﬅ", "ᲀ", "ς", "\n", " ", "#", "1", "text ", "## ", "\t",
]  # fmt: skip


def _document(text: str) -> Document:
    return parse_document(SourceFile("a.md", None, text, ""), [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_word_prechecks_answer_what_the_patterns_answer(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = _document(text)
    for pattern, words, starting in PRECHECKS:
        expected = pattern.search(text) is not None
        if starting:
            assert search_at_words(doc, pattern, words) == expected, (pattern.pattern[:40], text)
        if expected:
            assert may_mention(doc, words), (pattern.pattern[:40], text)


def test_the_folding_table_holds_every_character_re_folds_apart_from_lower() -> None:
    """Every character that `re.I` matches with another although `str.lower` (of both) tells them apart,
    among the letters of the scripts the rules' words use."""
    letters = sorted({c for _, words, _ in PRECHECKS for word in words for c in word if c.isalpha()})
    ranges = [(0x80, 0x3000), (0x1C80, 0x1C90), (0x1E00, 0x2000), (0x2100, 0x2150), (0xA640, 0xA6A0), (0xFB00, 0xFB50)]
    for letter in letters:
        pattern = re.compile(re.escape(letter), re.I)
        for low, high in ranges:
            for code in range(low, high):
                char = chr(code)
                if pattern.fullmatch(char) and char.lower() != letter.lower():
                    assert char in _FOLDS_APART, (letter, hex(code))


def test_a_long_s_in_the_text_still_finds_the_label() -> None:
    doc = _document("**Exerciſe 2** Do it.\n")
    assert labelled_exercises._PRECHECK.search(doc.source.text)
    assert search_at_words(doc, labelled_exercises._PRECHECK, labelled_exercises._PRECHECK_STARTS)


def test_the_notes_answer_alike() -> None:
    for path in sorted(Path(__file__).parent.joinpath("corpus").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        doc = _document(text)
        for pattern, words, starting in PRECHECKS:
            expected = pattern.search(text) is not None
            if starting:
                assert search_at_words(doc, pattern, words) == expected, path.name
            assert may_mention(doc, words) or not expected, path.name


# --- line-start prechecks: `document.search_lines` and `document.search_lines_holding` ------------------

# (pattern, the marks every match holds on its first line, or None for `search_lines`)
LINE_PRECHECKS = [
    (labelled_pairs._PRECHECK, ":："),
    (labelled_fields._PRECHECK, ":："),
    (exam_parts._PRECHECK, None),
    (dotted_pairs._PRECHECK, None),
]
LINE_PIECES = [
    "Q", "Q:", "P: ", "**Frage**:", "Question 3 :", "问：", "Front:", "text:", "T:", "**Q.** ", "A.", "Ans.", "Qn. ",
    "**1.**", "__(a)__", "**iv)**", " x", "  ", "\t", "- ", "1. ", "> ", "**", "__", ":", "：", "\n", "\n", "word", "?",
]  # fmt: skip


def _search_lines_agree(text: str) -> None:
    doc = _document(text)
    for pattern, marks in LINE_PRECHECKS:
        expected = pattern.search(text) is not None
        found = search_lines(pattern, text) if marks is None else search_lines_holding(doc, pattern, marks)
        assert found == expected, (pattern.pattern[:40], text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=16))
def test_the_line_prechecks_answer_what_the_patterns_answer(pieces: list[str]) -> None:
    _search_lines_agree("".join(pieces))


def test_the_line_prechecks_answer_alike_on_the_notes() -> None:
    for folder in ("corpus", "fixtures"):
        for path in sorted(Path(__file__).parent.joinpath(folder).rglob("*.md")):
            _search_lines_agree(path.read_text(encoding="utf-8"))


_FORMER_VERDICT_MARK = re.compile(r"[—–-][ \t]+" + line_pairs._VERDICTS, re.M)


@settings(max_examples=800, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["—", "–", "-", " ", "\t", "\n", "**", "_", "True", "falsch", "верно", "对", ".", "x", "$"]), max_size=10
    )
)
def test_the_verdict_marks_find_what_the_verdict_mark_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert any(m.search(text) for m in line_pairs._VERDICT_MARKS) == (_FORMER_VERDICT_MARK.search(text) is not None), text
