"""Tab-separated card lines, as flashcard apps export them and Anki imports them:

    cardi/o<TAB>heart
    -itis<TAB>inflammation

    ```tsv
    #separator:tab
    #columns:Front<TAB>Back<TAB>Tags
    #tags column:3
    What is osmosis?<TAB>Diffusion of water through a membrane.<TAB>cells
    ```

One card per line: the first field is the front, the second the back. Two layouts are read:

- a **paragraph** of two lines or more, every one of them `front<TAB>back` (two fields, the back may be
  empty): a pasted export (Quizlet, Brainscape, Knowt: term TAB definition, one pair a row);
- a **block** (a fenced block or a paragraph) whose lines open with Anki's import headers (`#separator:tab`,
  `#columns:…`, `#tags column:3`, `#deck:…`, `#html:false` …), the rest tab-separated lines: the headers are
  no cards; the column `#tags column:` names gives the note's tags, the others after the back join it.

A line whose back is empty or a placeholder (`??`, `TODO`) is reported `unanswered`. A fenced block of
tab-separated data without the import headers (a data sample, a Makefile) is left alone, and so is a
paragraph whose lines hold more than two fields, or any line without a tab.

A learning platform's question upload file (Blackboard's *Upload Questions*) is read too: a block (fenced
or not) of two lines or more, each opening with a question-type code, a tab and the question, the fields
after it saying what is right:

    MC<TAB>Which gas do plants take in?<TAB>Oxygen<TAB>incorrect<TAB>Carbon dioxide<TAB>correct
    TF<TAB>Sound travels faster than light.<TAB>false
    NUM<TAB>How many bones has an adult?<TAB>206
    ESS<TAB>Describe the water cycle.<TAB>

The back is the options flagged `correct` (`MC`, `MA`; several as a list), `True`/`False` (`TF`), the first
accepted answer (`FIB`), the value and a tolerance (`NUM`), the sample answer (`ESS`, `SR`), the order
(`ORD`), the pairs (`MAT`), each blank's answer (`FIB_PLUS`). A line with nothing after its question (an
essay without a sample answer), a file upload or opinion scale (`FIL`, `OP`), or options none of which is
flagged `correct`, is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import CELL_FILLER, empty_reason, unanswered
from .document import Document, free_blocks, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "tab-line"

# A line holding a tab after some text: the precheck of the rule (most notes hold no tab at all).
_TAB_AFTER_TEXT = re.compile(r"^[^\t\n]*[^\s][^\t\n]*\t", re.M)
# Anki's import file headers: `#separator:tab`, `#columns:Front	Back`, `#tags column:3`, `#deck:…`.
_HEADER = lazy_pattern(r"^#(?P<key>[a-z][a-z ]{1,20}):(?P<value>.*)$")
_TAB_SEPARATORS = frozenset({"tab", "\t"})
_MIN_LINES = 2


def _may_hold_tab_lines(doc: Document) -> bool:
    """False only when no line holds a tab after some text."""
    return text_holds(doc, "\t") and _TAB_AFTER_TEXT.search(doc.source.text) is not None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free blocks of tab-separated lines (see the module docstring)."""
    if not _may_hold_tab_lines(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in free_blocks(doc, taken):
        block = doc.blocks[index]
        if block.kind == "paragraph":
            first, last = block.first, block.last
        elif block.kind == "fence":
            first, last = block.first + 1, block.last - 1
        else:
            continue
        uploads = _upload_rows(doc, first, last)
        if uploads is not None:
            _read_uploads(doc, index, uploads, drafts, diagnostics, claims)
            continue
        rows = _rows(doc, first, last, fenced=block.kind == "fence")
        if rows is None:
            continue
        lines, tags_column = rows
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        topic = tuple(topic_tags(path))
        made = "unanswered"
        for line, fields in lines:
            front = fields[0].strip()
            back_fields = [f.strip() for n, f in enumerate(fields[1:], 1) if n != tags_column]
            back = back_fields[0] if back_fields else ""
            reason = "no answer" if not back.strip(CELL_FILLER) else empty_reason(back)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), front, reason))
                claims[line] = "unanswered"
                continue
            back = "\n\n".join(f for f in back_fields if f)
            tags = topic
            if tags_column is not None and tags_column < len(fields):
                tags += tuple(t for t in (tag_slug(w) for w in fields[tags_column].split()) if t)
            drafts.append(CardDraft(doc.loc(line), CONVENTION, front, back, context, tags))
            claims[line] = "card"
            made = "card"
        # The headers, blank lines and fence marks belong to the cards the block made.
        claims.update(claim(block.first, block.last, made) | claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _rows(doc: Document, first: int, last: int, fenced: bool) -> tuple[list[tuple[int, list[str]]], int | None] | None:
    """The card lines of a block (line, fields) and the 0-based tags column, or None when the block is not
    made of tab-separated card lines."""
    headers: dict[str, str] = {}
    lines: list[tuple[int, list[str]]] = []
    for line in range(first, last):
        text = doc.lines[line]
        if not text.strip():
            continue
        header = _HEADER.match(text) if not lines else None
        if header is not None:
            headers[header.group("key").strip()] = header.group("value").strip()
            continue
        fields = text.rstrip("\r").split("\t")
        if len(fields) < 2 or not fields[0].strip():
            return None
        lines.append((line, fields))
    if not lines:
        return None
    separator = headers.get("separator")
    if separator is not None and separator.lower() not in _TAB_SEPARATORS:
        return None
    if not headers and (fenced or len(lines) < _MIN_LINES or any(len(fields) > 2 for _, fields in lines)):
        return None  # data in a fence, or a table of several columns: not cards
    tags_column = None
    if headers.get("tags column", "").isdigit():
        tags_column = int(headers["tags column"]) - 1
        if tags_column < 1:
            return None  # the front is never the tags
    return lines, tags_column


# A learning platform's question upload file (Blackboard's "Upload Questions"): one question a line, its type
# code first. The codes whose fields after the question say what is right, and those that ask without a key.
_KEYED_TYPES = frozenset({"MC", "MA", "TF", "FIB", "FIB_PLUS", "NUM", "ESS", "SR", "ORD", "MAT"})
_OPEN_TYPES = frozenset({"FIL", "OP"})  # a file to upload, an opinion scale: nothing is right
_RIGHT, _WRONG = "correct", "incorrect"
_TRUTH = {"true": "True", "false": "False"}


def _upload_rows(doc: Document, first: int, last: int) -> list[tuple[int, str, list[str]]] | None:
    """The lines of a question upload file as (line, type code, fields after it), or None when some line
    of the block opens with no type code and a question, or it holds fewer than two."""
    rows: list[tuple[int, str, list[str]]] = []
    for line in range(first, last):
        text = doc.lines[line].rstrip("\r")
        if not text.strip():
            continue
        code, _, rest = text.partition("\t")
        fields = rest.split("\t")
        if (code not in _KEYED_TYPES and code not in _OPEN_TYPES) or not fields[0].strip():
            return None
        while len(fields) > 1 and not fields[-1].strip():
            fields.pop()
        rows.append((line, code, [f.strip() for f in fields]))
    return rows if len(rows) >= _MIN_LINES else None


def _read_uploads(
    doc: Document,
    index: int,
    rows: list[tuple[int, str, list[str]]],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """One card per upload line: the question on the front, what its type marks right on the back."""
    block = doc.blocks[index]
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    topic = tuple(topic_tags(path))
    made = "unanswered"
    for line, code, fields in rows:
        question, rest = fields[0], fields[1:]
        back = _upload_key(code, rest)
        reason = "no answer" if not back else empty_reason(back)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(line), question, reason))
            claims[line] = "unanswered"
            continue
        drafts.append(CardDraft(doc.loc(line), CONVENTION, question, back, context, topic))
        claims[line] = "card"
        made = "card"
    claims.update(claim(block.first, block.last, made) | claims)


def _upload_key(code: str, fields: list[str]) -> str:
    """What an upload line of type CODE marks right ("" for nothing): the options flagged `correct` (`MC`,
    `MA`), `True`/`False` (`TF`), the first accepted answer (`FIB`), the value and its tolerance (`NUM`), the
    sample answer (`ESS`, `SR`), the order (`ORD`), the pairs (`MAT`), each blank's answer (`FIB_PLUS`)."""
    if code in ("MC", "MA"):
        pairs = list(zip(fields[::2], fields[1::2], strict=False))
        if any(flag.lower() not in (_RIGHT, _WRONG) for _, flag in pairs):
            return ""
        right = [option for option, flag in pairs if flag.lower() == _RIGHT]
        return "\n".join(f"- {option}" for option in right) if len(right) > 1 else "".join(right)
    if code == "TF":
        return _TRUTH.get(fields[0].lower(), "") if fields else ""
    if code == "NUM":
        if not fields or not fields[0]:
            return ""
        tolerance = fields[1] if len(fields) > 1 and fields[1].strip("0.") else ""
        return f"{fields[0]} ± {tolerance}" if tolerance else fields[0]
    if code in ("FIB", "ESS", "SR"):
        return fields[0] if fields else ""
    if code == "ORD":
        return "\n".join(f"{n}. {item}" for n, item in enumerate((f for f in fields if f), 1))
    if code == "MAT":
        return "\n".join(f"- {a} → {b}" for a, b in zip(fields[::2], fields[1::2], strict=False) if a and b)
    if code == "FIB_PLUS":
        blanks: list[str] = []
        for group in "\t".join(fields).split("\t\t"):
            name, *answers = group.split("\t")
            if name.strip() and answers and answers[0].strip():
                blanks.append(f"{name.strip()}: {answers[0].strip()}")
        return "\n".join(blanks)
    return ""
