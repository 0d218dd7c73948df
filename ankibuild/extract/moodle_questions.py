"""Question banks in Moodle's XML format pasted into a code fence, as a course repository keeps the bank it
imports into the learning platform:

    ```xml
    <quiz>
      <question type="multichoice">
        <name><text>Q1 Mitochondria</text></name>
        <questiontext format="html"><text><![CDATA[<p>Which organelle makes most of the <b>ATP</b>?</p>]]></text></questiontext>
        <answer fraction="0"><text>Ribosome</text></answer>
        <answer fraction="100"><text>Mitochondrion</text>
          <feedback><text>Oxidative phosphorylation happens on its inner membrane.</text></feedback>
        </answer>
      </question>
      <question type="essay">
        <name><text>Q2 Krebs</text></name>
        <questiontext format="html"><text>Outline the Krebs cycle.</text></questiontext>
        <graderinfo format="html"><text></text></graderinfo>
      </question>
    </quiz>
    ```

A fence whose XML has a `<quiz>` root gives one item per `<question>`: its question text without the HTML is
the front. The back is what the bank marks right: the answers of full credit (`fraction="100"`; the answers
of positive credit when none has full credit), one alone or one a line, the spellings a short answer
accepts (`8 / eight`), `true` or `false`, a number with its tolerance, the pairs of a matching question one a
line, an essay's grader information; the feedback of a right answer and the question's general feedback go
under it. A question with no right answer (an essay with no grader information, answers all of credit 0)
is `unanswered`. Category entries and `description` items (instructions shown between questions) are no
questions. XML that does not parse, or declares a document type, is left alone.

The fence is claimed whole and, like the explicit rule's cards, its lines are recorded in
`EXPLICIT_CARDED_LINES`: the heading over it is the cards' context, never a topic card of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import card_or_report
from .document import EXPLICIT_CARDED_LINES, Document, block_kinds, free_blocks_of, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "moodle-question"

# `<question type="…">` opening a line of the fence: where each item (category entries too) is located.
_QUESTION_LINE = re.compile(r"^[ \t]*<question\b")
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(?:br|/p|/li|/div|/h\d)\b[^>]*>", re.I)
_NOT_QUESTIONS = frozenset({"category", "description"})
_FULL = 100.0


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from Moodle XML question banks in fences (see the module docstring)."""
    if "fence" not in block_kinds(doc) or not text_holds(doc, "<quiz"):
        return RuleResult()  # no fence, or no `<quiz` anywhere: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index in free_blocks_of(doc, taken, ("fence",)):
        block = doc.blocks[index]
        body = doc.lines[block.first + 1 : block.last - 1]
        questions = _questions("\n".join(body))
        if questions is None:
            continue
        starts = [block.first + 1 + n for n, line in enumerate(body) if _QUESTION_LINE.match(line)]
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        made = False
        reported = len(diagnostics)
        for n, (kind, question, answer) in enumerate(questions):
            if kind in _NOT_QUESTIONS or not question:
                continue
            loc = doc.loc(starts[n] if len(starts) == len(questions) else block.first)
            made = card_or_report(loc, CONVENTION, question, answer, context, tags, drafts, diagnostics) or made
        if not made and len(diagnostics) == reported:
            continue  # only instructions: no question
        claims.update(claim(block.first, block.last, "card" if made else "unanswered"))
        if made:
            carded.update(range(block.first, block.last))
    if carded:
        doc.derived[EXPLICIT_CARDED_LINES] = doc.derived.get(EXPLICIT_CARDED_LINES, frozenset()) | frozenset(carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _questions(source: str) -> list[tuple[str, str, str]] | None:
    """The (type, front, back) of each `<question>` of a Moodle XML quiz, or None when SOURCE is no such quiz."""
    if "<quiz" not in source or "<!doctype" in source.lower():
        return None
    from xml.etree import ElementTree  # only for the few documents with a quiz fence

    try:
        root = ElementTree.fromstring(source.strip())
    except (ElementTree.ParseError, ValueError):
        return None
    if root.tag != "quiz":
        return None
    found = [(q.get("type", "").lower(), _plain(_text_of(q.find("questiontext"))), _back(q)) for q in root.iter("question")]
    return found if any(kind not in _NOT_QUESTIONS for kind, _, _ in found) else None


def _text_of(element: Any) -> str:
    """The `<text>` of ELEMENT (a `questiontext`, `answer`, `feedback` …), '' when there is none."""
    if element is None:
        return ""
    text = element.find("text")
    return (text.text or "") if text is not None else ""


def _plain(markup: str) -> str:
    """HTML as one line of plain text: tags gone, entities read, white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", _BREAK.sub(" ", markup))).split())


def _lines(markup: str) -> str:
    """HTML as plain text that keeps its paragraphs and line breaks."""
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", markup)))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _credit(answer: Any) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


def _back(question: Any) -> str:
    """What the question marks right, with the right answers' feedback and the general feedback under it."""
    kind = question.get("type", "").lower()
    parts: list[str] = []
    if kind == "essay":
        parts.append(_lines(_text_of(question.find("graderinfo"))))
    elif kind == "matching":
        pairs = [(_plain(_text_of(sub)), _plain(_text_of(sub.find("answer")))) for sub in question.findall("subquestion")]
        parts.append("\n".join(f"- {left} → {right}" for left, right in pairs if left and right))
    else:
        answers = question.findall("answer")
        best = max((_credit(a) for a in answers), default=0.0)
        right = [a for a in answers if _credit(a) >= _FULL] if best >= _FULL else [a for a in answers if _credit(a) > 0]
        shown = [_shown(kind, a) for a in right]
        shown = [s for s in shown if s]
        if not shown:
            return ""
        if len(shown) == 1 or kind in ("shortanswer", "numerical"):
            parts.append(" / ".join(shown))
        else:
            parts.append("\n".join(f"- {s}" for s in shown))
        parts.extend(_lines(_text_of(a.find("feedback"))) for a in right)
    if not parts[0]:
        return ""
    parts.append(_lines(_text_of(question.find("generalfeedback"))))
    return "\n\n".join(p for p in parts if p)


def _shown(kind: str, answer: Any) -> str:
    """One right answer as shown: its text, a number with its tolerance (`11 ± 0.5`)."""
    text = _plain(_text_of(answer))
    tolerance = answer.findtext("tolerance", "").strip() if kind == "numerical" else ""
    if text and tolerance and tolerance.replace(".", "", 1).isdigit() and float(tolerance) > 0:
        return f"{text} ± {tolerance}"
    return text
