"""Answer tables: a two-column table whose header names its second column as the answer, one card per row.

    | Requirement in the question          | Answer        |
    |--------------------------------------|---------------|
    | Relational, global, strong consistency | Cloud Spanner |
    | Document database for mobile apps    | Firestore     |

gives the cards `Relational, global, strong consistency` → `Cloud Spanner` … A cram sheet states a situation
or a description in the first column and what to answer in the second. The header decides: its second cell
is an answer label (`Answer`, `Solution`, `Fix`, `Use`, `Pick`, `Choose`, `Best choice`, an arrow `→`, and in
other languages `Antwort`/`Lösung`, `Respuesta`/`Solución`, `Réponse`, `Risposta`, `Resposta`, `Ответ`/
`Решение`, `答案`/`回答`, `答え`/`解答`, `답`/`정답` …), its first cell is not one. The first column is worded
(two words a cell on average, not code); after a label that names a solution or a choice (`Solution`, `Fix`,
`Use`, `Pick`, an arrow) the second column is also shorter than the first, the way a choice answers a
description (`| Problem | Solutions |` over two-word problems and their longer remedies, or `| Tool | Use |`
over tool names, are reference tables). Answers that are only links (`| Problem | Solution |` over links to
solution files) make an index, not cards. At least two rows. A table of data (`| Year | Event |`) names no answer and
stays out; a question table (`| Question | Answer |`) and a command table were taken by their own rules.

A row whose second cell is empty (a dash, `TODO`, `???`) is reported `unanswered`. The heading above an
answer table is the cards' context, never a topic card (the table joins `document.QUESTION_TABLES`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import CELL_FILLER, empty_reason, row_cards
from .document import QUESTION_TABLES, Document, lazy_pattern, table_cells, word_set
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "answer-table"

# Labels that name the answer outright.
_ANSWER_LABELS = word_set(
    "answer|answers|correct answer|right answer|"
    "antwort|respuesta|réponse|risposta|resposta|antwoord|"
    "ответ|відповідь|odpowiedź|cevap|đáp án|jawaban|答案|回答|解答|答え|答|正解|답|정답|답변"
)
# Labels that name a solution or a choice: they answer a description only when shorter than it (`| Problem |
# Solutions |` over two-word problems and the remedies for each is a topic's reference table).
_CHOICE_LABELS = word_set(
    "solution|solutions|fix|use|pick|choose|choice|best choice|go with|→|->|=>|"
    "lösung|solución|soluzione|solução|oplossing|решение|"
    "verwenden|nutze|wähle|usar|usa|elige|utiliser|choisir|scegli|использовать|выбор|"
    "选择|选用|使用|用|選ぶ|使う|선택|사용"
)
_ARROWS = "→⇒➔➜->=>"
_CODE_OPENING = lazy_pattern(r"^\s*(?:\*\*|__)?`")
_WORD = lazy_pattern(r"[^\W\d_]{2,}")
_FILLER = CELL_FILLER
_MIN_ROWS = 2
_MIN_WORDS = 2.0


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free two-column tables whose header's second cell names the answer."""
    if "|" not in doc.source.text or not any(block.kind == "table" for block in doc.blocks):
        return RuleResult()  # no table: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    found: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        head, body = table_cells(doc, block)
        header = [cell.content.strip() for cell in head]
        rows = [(line, [cell.content.strip() for cell in cells]) for line, cells in body]
        if len(header) != 2 or any(len(cells) > 2 for _, cells in rows):
            continue
        pairs = [(line, (cells + ["", ""])[0], (cells + ["", ""])[1]) for line, cells in rows]
        if not is_answer_table(header, [(left, right) for _, left, right in pairs]):
            continue
        found.add(index)
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        cards = row_cards(doc, CONVENTION, pairs, (block.first, block.last), context, tags, CELL_FILLER)
        drafts += cards.drafts
        diagnostics += cards.diagnostics
        claims.update(cards.claims)
    if found:
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def is_answer_table(header: list[str], rows: list[tuple[str, str]]) -> bool:
    """Whether a two-column table describes something on the left and names its answer on the right, by its
    header's labels and the shape of its columns (see the module docstring)."""
    first, second = (_label(cell) for cell in header)
    strong = second in _ANSWER_LABELS
    if not (strong or second in _CHOICE_LABELS) or first in _ANSWER_LABELS or first in _CHOICE_LABELS:
        return False
    lefts = [left for left, _ in rows if left.strip(_FILLER)]
    rights = [right for left, right in rows if left.strip(_FILLER) and right.strip(_FILLER)]
    if len(lefts) < _MIN_ROWS or len(rights) < _MIN_ROWS - 1 or not rights:
        return False
    if any(_CODE_OPENING.match(left) for left in lefts) or not all(_WORD.search(left) for left in lefts):
        return False
    if sum(_words(left) for left in lefts) < _MIN_WORDS * len(lefts):
        return False
    if 2 * sum(1 for right in rights if empty_reason(right) is not None) > len(rights):
        return False  # `| Problem | Solution |` over links to solution files: an index, not answers
    if strong:
        return True
    return sum(len(right) for right in rights) / len(rights) < sum(len(left) for left in lefts) / len(lefts)


def _words(text: str) -> int:
    """Words of a cell; a CJK cell counts a word for every two characters."""
    spaced = len(text.split())
    dense = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af") // 2
    return max(spaced, dense)


def _label(text: str) -> str:
    """A header cell as a label: markup, parentheses and punctuation gone, lower case; an arrow alone stays."""
    text = unicodedata.normalize("NFKC", re.sub(r"<[^<>]*>|\([^)]*\)", " ", text)).casefold().strip(" *_`:")
    if text and all(ch in _ARROWS or ch.isspace() for ch in text):
        return "→" if any(ch in "→⇒➔➜" for ch in text) else text.replace(" ", "")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
