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

from ankibuild.extract import (
    case_studies,
    dotted_pairs,
    exam_parts,
    follow_ups,
    labelled_exercises,
    labelled_fields,
    labelled_pairs,
    line_pairs,
    objectives,
    problem_details,
    questions,
    solution_sections,
)
from ankibuild.extract.document import (
    _FOLDS_APART,
    Document,
    lazy_pattern,
    may_mention,
    may_open_a_line,
    search_at_words,
    search_lines,
    search_lines_holding,
)
from ankibuild.process import parse_document
from ankibuild.records import SourceFile

# (pattern, the words every match starts with or holds, whether they start every match)
PRECHECKS = [
    (follow_ups._PRECHECK, follow_ups._PRECHECK_STARTS, True),
    (labelled_exercises._PRECHECK, labelled_exercises._PRECHECK_STARTS, True),
    (solution_sections._PRECHECK, solution_sections._PRECHECK_WORDS, False),
]
# Patterns matched at the start of a line, and the words every match opens with (`document.may_open_a_line`).
LINE_LABELS = [
    (case_studies._MARK, case_studies._CASE_STARTS),
    (follow_ups._LABEL, follow_ups._LABEL_STARTS),
    (labelled_exercises._LABEL, labelled_exercises._PRECHECK_STARTS),
]
PIECES = [
    "Follow-up", "FOLLOW UP", "further question", "Bonus", "Exercise 3", "EXERCISE #4", "Übung 2", "übung 2",
    "Aufgabe 1", "problem 7", "Task  9", "задача 5", "Задача 5", "练习 3", "연습 문제 2", "## Solution", "### Lösung",
    "## Réponse", "## РЕШЕНИЕ", "#### 解答", "Exerciſe 3", "Bonuſ", "FOLLOW-UP", "TASK 1", "taſk 1", "İ", "ı", "µ",
    "\u212a", "ﬅ", "ᲀ", "ς", "\n", " ", "#", "1", "text ", "## ", "\t",
    "Interviewer's ", "possible ", "Common ", "questions de suivi", "Domande di approfondimento", "Perguntas adicionais",
    "Preguntas de seguimiento", "Pregunta extra", "面试官追问", "继续追问", "深掘り質問", "후속 질문", "꼬리질문", "附加题",
    "**", "__", "_", "*", ":", "：", ".", "💡 ", "> ", "?", "Why", " #2", "Bonusfrage", "Extra question",
    "Case 2", "CASE STUDY 3", "Kazus nr 1", "FALL 4", "Caso 5", "Кейс 6", "казус 7", "ſ", " 8",
]  # fmt: skip


def _document(text: str) -> Document:
    return parse_document(SourceFile("a.md", None, text, ""), [])


@settings(max_examples=1500, deadline=None, derandomize=True)
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
    assert solution_sections._names_a_solution(text) == (solution_sections._PRECHECK.search(text) is not None), text
    for label, starts in LINE_LABELS:
        if any(label.match(line) for line in text.split("\n")):
            assert may_open_a_line(doc, starts), (label.pattern[:40], text)


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
        assert solution_sections._names_a_solution(text) == (solution_sections._PRECHECK.search(text) is not None), path.name
        for label, starts in LINE_LABELS:
            if any(label.match(line) for line in text.split("\n")):
                assert may_open_a_line(doc, starts), path.name


# --- line-start prechecks: `document.search_lines` and `document.search_lines_holding` ------------------

# (pattern, the marks every match holds on its first line, or None for `search_lines`)
LINE_PRECHECKS = [
    (labelled_pairs._PRECHECK, ":："),
    (labelled_fields._PRECHECK, ":："),
    (exam_parts._PRECHECK, None),
    (dotted_pairs._PRECHECK, None),
    (objectives._MARK, None),
]
LINE_PIECES = [
    "Q", "Q:", "P: ", "**Frage**:", "Question 3 :", "问：", "Front:", "text:", "T:", "**Q.** ", "A.", "Ans.", "Qn. ",
    "**1.**", "__(a)__", "**iv)**", " x", "  ", "\t", "- ", "1. ", "> ", "**", "__", ":", "：", "\n", "\n", "word", "?",
    "## ", "# ", "###### ", "Objective 1", "LEARNING outcome", "Lernziel", "ЦЕЛЬ",
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


def _alternatives(spec: str) -> list[str]:
    """The top-level branches of a regular expression's source."""
    branches, depth, start = [], 0, 0
    for n, char in enumerate(spec):
        if char == "(" and spec[n - 1 : n] != "\\":
            depth += 1
        elif char == ")" and spec[n - 1 : n] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(spec[start:n])
            start = n + 1
    return [*branches, spec[start:]]


# (label pattern, its words' alternatives, the words every label opens with, how a label line is written)
LABEL_WORDS = [
    (
        follow_ups._LABEL,
        _alternatives(follow_ups._FOLLOW_UP_WORDS) + _alternatives(follow_ups._BONUS_WORDS),
        follow_ups._LABEL_STARTS,
        "**{}:** Why?",
    ),
    (
        labelled_exercises._LABEL,
        _alternatives(questions.EXERCISE_LABEL_WORDS),
        labelled_exercises._PRECHECK_STARTS,
        "**{} 3.** Prove it.",
    ),
]
WORD_FORMS = st.sampled_from([(n, alt) for n, (_, alts, _, _) in enumerate(LABEL_WORDS) for alt in alts]).flatmap(
    lambda drawn: st.tuples(st.just(drawn[0]), st.from_regex(drawn[1], fullmatch=True))
)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(WORD_FORMS, st.sampled_from([str.lower, str.upper, str.title]))
def test_every_label_opens_a_line_with_one_of_the_label_words(drawn: tuple[int, str], case: object) -> None:
    """Each branch of the label words, in each of its forms: the label line opens with one of the words."""
    n, word = drawn
    label, _, starts, template = LABEL_WORDS[n]
    line = template.format(case(word.replace("\n", " ")))  # type: ignore[operator]
    if label.match(line):
        assert may_open_a_line(_document(line), starts), line


@settings(max_examples=800, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["<", "d", "D", "<details", "<DETAILS", "<Details>", "etails", "\u0130", "\u212a", "x", " "]), max_size=12
    )
)
def test_the_details_tag_count_bounds_the_lower_case_count(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert problem_details._tag_opens(text) >= text.lower().count("<details"), text


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"(?P<word>f\w+)|(b)(?(2)x|y)", re.I | re.M
    lazy, compiled = lazy_pattern(source, flags), re.compile(source, flags)
    assert lazy.pattern == compiled.pattern  # read before it is compiled
    text = "Foo bx\nFIX by"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("-", text) == compiled.sub("-", text) and lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (compiled.flags, compiled.groups, dict(compiled.groupindex))
    assert lazy.match(text) is not None and lazy.fullmatch("bx") is not None and lazy.search("zzz") is None


ASKER_PIECES = ["**", "__", "*", "_", " ", "Student", "STUDENTS", "Estudiante", "Étudiante", "学生", "Prof", ":", "\n", "ſtudent"]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(ASKER_PIECES), max_size=10))
def test_the_split_asker_marks_find_what_one_pattern_found(pieces: list[str]) -> None:
    from ankibuild.extract import transcripts

    text = "".join(pieces)
    combined = re.compile(rf"(?:\*\*|__){transcripts._ASKER}", re.I)
    assert any(mark.search(text) for mark in transcripts._MARKS) == (combined.search(text) is not None), text
