"""Practice-test reviews: the review page of an online practice test (Udemy's) copied as text, one question
after another, each block a paragraph of its own.

    Question 4Incorrect                      Pregunta 7Omitida
    Which tool resizes a disk online?        ¿Qué comando crea una rama?
    Your answer is incorrect                 Respuesta correcta
    fdisk                                    git branch nombre
    Correct answer                           git init nombre
    resize2fs                                Explicación general
    parted                                   `git branch` crea la rama sin cambiarse a ella.
    Overall explanation                      Dominio
    resize2fs grows a mounted ext4 …         Ramas
    Domain
    Storage

1. **Entries.** A one-line paragraph that is a question label, its number and the result glued to it or
   not (`Question 4Incorrect`, `Question 9 Skipped`, `Frage 3Richtig`, `Pregunta 7Omitida`, a remark in
   parentheses after it allowed) opens an entry, which runs to the next one, a rule or a heading.
2. **Cards.** The paragraph under the label is the stem, the front. The paragraph after the key marker
   (`Correct answer`, `Richtige Antwort`, `Respuesta correcta`) is the right option, or, without a key,
   the one after a right verdict (`Your answer is correct`); the back is that option over the blocks after
   the explanation label (`Overall explanation`) up to the domain label (`Domain`), which with the line
   under it is on neither side. The other options and the verdict markers are on neither side.
3. **Unanswered.** An entry with no right option and no explanation (the copy stopped after the stem, a
   note to self in its place), or whose explanation is a placeholder, is `unanswered`.
4. **Results.** After the last entry, a section holding a table of scores (percentages, `n/m`) is the
   page's results summary: its free blocks are skipped, the questions to self among them too.
5. Read where two entries or more are answered.

Context: the cleaned heading path of the section holding the entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import placeholder_reason, unanswered
from .document import Document, lazy_pattern, may_open_a_line
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "practice-review"

_LABEL_WORDS = ("question", "frage", "pregunta", "questão", "questao", "domanda", "vraag", "pytanie")
_RESULTS = (
    "correct|incorrect|skipped|unanswered|"  # English
    "richtig|falsch|übersprungen|"  # German
    "correcta|incorrecta|correcto|incorrecto|omitida|omitido|"  # Spanish
    "correcte|incorrecte|ignorée|"  # French
    "correta|incorreta|pulada|"  # Portuguese
    "corretta|errata|saltata"  # Italian
)
_HEADER = lazy_pattern(rf"^(?:{'|'.join(_LABEL_WORDS)})[ \t]*\d+[ \t]*(?:{_RESULTS})(?:[ \t]*\([^()\n]*\))?[ \t]*$", re.I)
_VERDICT = lazy_pattern(
    r"^(?:your (?:answer|selection) is (?P<en>in)?correct|ihre antwort ist (?:(?P<de>falsch)|richtig)"
    r"|tu respuesta es (?P<es>in)?correcta|votre réponse est (?P<fr>in)?correcte"
    r"|sua resposta está (?P<pt>in)?correta|la tua risposta è (?:(?P<it>errata)|corretta))[ \t.!]*$",
    re.I,
)
_KEY = lazy_pattern(
    r"^(?:correct (?:answer|selection)|richtige antwort|respuesta correcta|bonne réponse|resposta correta"
    r"|risposta corretta)[ \t:]*$",
    re.I,
)
_EXPLANATION = lazy_pattern(
    r"^(?:overall explanation|explanation|gesamterklärung|erklärung|explicación general|explicación"
    r"|explication générale|explication|explicação geral|explicação|spiegazione generale|spiegazione)[ \t:]*$",
    re.I,
)
_DOMAIN = lazy_pattern(r"^(?:domain|bereich|domäne|dominio|domaine|domínio)[ \t:]*$", re.I)
_SCORE_CELL = lazy_pattern(r"^\s*\d+(?:[.,]\d+)?\s*%\s*$|^\s*\d+\s*/\s*\d+\s*$")
_MIN_ANSWERED = 2


def _may_hold_entries(doc: Document) -> bool:
    """False only when no line opens with a question label word."""
    return may_open_a_line(doc, _LABEL_WORDS)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the entries of a copied practice-test review (see the module docstring)."""
    if not _may_hold_entries(doc):
        return RuleResult()
    blocks = doc.blocks
    starts = [
        i
        for i, block in enumerate(blocks)
        if block.kind == "paragraph"
        and block.last - block.first == 1
        and _HEADER.match(doc.lines[block.first].strip())
        and is_free(doc, taken, i)
    ]
    if len(starts) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for k, start in enumerate(starts):
        end = start + 1
        stop = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        while end < stop and blocks[end].kind not in ("hr", "heading") and is_free(doc, taken, end):
            end += 1
        body = list(range(start + 1, end))
        if not body or blocks[body[0]].kind != "paragraph" or _marker(doc, body[0]):
            continue
        stem = body[0]
        key: int | None = None
        chosen_right: int | None = None
        explanation: list[int] = []
        reading = ""
        for i in body[1:]:
            line = _one_line(doc, i)
            verdict = _VERDICT.match(line) if line is not None else None
            if verdict is not None:
                reading = "wrong" if any(verdict.groupdict().values()) else "right"
            elif line is not None and _KEY.match(line):
                reading = "key"
            elif line is not None and _EXPLANATION.match(line):
                reading = "explanation"
            elif line is not None and _DOMAIN.match(line):
                reading = "domain"
            elif reading == "key":
                key, reading = i, "options"
            elif reading == "right":
                chosen_right, reading = i, "options"
            elif reading == "explanation":
                explanation.append(i)
            elif reading in ("wrong", "domain"):
                reading = "options" if reading == "wrong" else "done"
        option = key if key is not None else chosen_right
        question = doc.text(blocks[stem].first, blocks[stem].last).strip()
        loc = doc.loc(blocks[stem].first)
        path = heading_path(doc, stem)
        explained = "\n\n".join(doc.text(blocks[i].first, blocks[i].last).strip() for i in explanation)
        reason = placeholder_reason(explained) if explained else None
        if option is None and (not explained or reason is not None):
            note = "\n\n".join(doc.text(blocks[i].first, blocks[i].last).strip() for i in body[1:])
            diagnostics.append(unanswered(loc, question, reason or placeholder_reason(note) or "no answer"))
            claims.update(claim(blocks[start].first, blocks[end - 1].last, "unanswered"))
            continue
        parts = [doc.text(blocks[option].first, blocks[option].last).strip()] if option is not None else []
        if explained and reason is None:
            parts.append(explained)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, "\n\n".join(parts), context, topic_tags(path)))
        claims.update(claim(blocks[start].first, blocks[end - 1].last, "card"))
    if len(drafts) < _MIN_ANSWERED:
        return RuleResult()
    claims.update(_results_summary(doc, taken, starts[-1]))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _one_line(doc: Document, index: int) -> str | None:
    """The text of a one-line paragraph, None for any other block."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or block.last - block.first != 1:
        return None
    return doc.lines[block.first].strip()


def _marker(doc: Document, index: int) -> bool:
    line = _one_line(doc, index)
    return line is not None and any(p.match(line) for p in (_VERDICT, _KEY, _EXPLANATION, _DOMAIN, _HEADER))


def _results_summary(doc: Document, taken: Mapping[int, str], last_entry: int) -> dict[int, str]:
    """Claims for the free blocks of the sections after the last entry that hold a table of scores."""
    claims: dict[int, str] = {}
    for section in doc.sections:
        if section.block < last_entry:
            continue
        tables = [i for i in section.body if doc.blocks[i].kind == "table"]
        if not any(_SCORE_CELL.match(cell) for i in tables for cell in _cells(doc, i)):
            continue
        for i in section.body:
            if is_free(doc, taken, i):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:results"))
    return claims


def _cells(doc: Document, index: int) -> list[str]:
    block = doc.blocks[index]
    return [cell for line in doc.lines[block.first + 2 : block.last] for cell in line.strip().strip("|").split("|")]
