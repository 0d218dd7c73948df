"""Code questions: study notes kept as code, each question a comment inside a fence and its answer the code
that goes with it.

Two layouts share the shape (a question comment, the answer in the code of the same item):

    ```python
    def test_floor_division():
        # What is -7 // 2 ?
        assert -7 // 2 == -4
    ```

    ```ts
    // ? What does `keyof` give?
    // #region answer
    // The union of the property names.
    // #endregion
    ```

A *koan* is a function (any language: `def name(…):`, `fn name() {`, `test("…", () => {`) whose body opens
with a comment, the question, and checks something (an assertion, an expected error): the rest of its body is
the answer. A body still holding the `__` blank, or nothing but `pass`, `...` or a to-do, is `unanswered`.

A *folded answer* is a comment opening with a `?` marker, answered by the editor fold (`#region` … `#endregion`,
`// region` … `// endregion`) that follows it before the next question: the fold's lines, comment marks kept,
are the answer; an empty fold or one holding only a to-do is `unanswered`. A comment without the marker
outside a checking function (a remark, a "not a card" aside) is left alone. Read where two such items or more
are found; only the fences that hold one are claimed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason
from .document import Document, block_kinds, blocks_of_kind, free_blocks

CONVENTION = "code-question"

_COMMENT = re.compile(r"^[ \t]*(?://+|#+|--|;+)[ \t]?")
# `// ? What …`, `# ? Why …`: a question comment marked by a leading `?`.
_MARKED = re.compile(r"^[ \t]*(?://+|#|--|;+)[ \t]*\?[ \t]+(?P<q>\S.*)$")
_REGION_OPEN = re.compile(r"^[ \t]*(?://|#|--|;+)?[ \t]*#?(?:region|pragma region)\b", re.I)
_REGION_CLOSE = re.compile(r"^[ \t]*(?://|#|--|;+)?[ \t]*#?(?:endregion|pragma endregion)\b", re.I)
# A function or test header whose body is indented under it: `def f():`, `fn f() {`, `it("…", () => {`.
_HEADER = re.compile(r"^(?P<indent>[ \t]*)\S.*\(.*[:{][ \t]*$")
# What a koan checks: an assertion or an expected error, in the usual test vocabularies.
_CHECK = re.compile(r"\b(?:assert\w*|expect|raises|assertThrows|should)\b|\bt\.(?:Error|Fatal)")
# The blank a learner fills in (`__`, `___`), not a dunder name.
_BLANK = re.compile(r"(?<![\w.])_{2,}(?![\w])")
_LETTER = re.compile(r"[^\W\d_]")
_STUB = re.compile(r"^(?:pass|\.\.\.|todo!\(\)|unimplemented!\(\)|}|\)|}\);?)?[ \t]*(?:(?:#|//).*)?$")
# A fence in the source: the first line of a `fence` block.
_PRECHECK = re.compile(r"^[ \t]*(?://+|#|--|;+)[ \t]*\?[ \t]|^[ \t]+(?:#|//)[ \t]*\S", re.M)
# Where an item can start: a comment mark before a `?` (what `_MARKED` needs), or a header's `(` and its
# closing `:` or `{` followed, past blank lines and indentation, by a comment mark (what `_koan` needs: its
# question is the comment that opens the body, blank lines before it skipped). A fence holding neither (an
# ordinary snippet, its comments after plain statements) yields no item. Each opens with a literal, which
# the regex engine skips to.
_MARKED_START = re.compile(r"(?://|#|--|;)[ \t]*\?[ \t]")
_KOAN_START = re.compile(r"\([^\n]*[:{][ \t]*\n\s*(?://|#|--|;)")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question comments in code answered by their koan's body or by a fold (module docstring)."""
    if "fence" not in block_kinds(doc):
        return RuleResult()  # no fence: nearly every note
    fences = [i for i in blocks_of_kind(doc, "fence") if _may_hold_items(doc.text(doc.blocks[i].first, doc.blocks[i].last))]
    if not fences:
        return RuleResult()  # no comment inside a fence could be a question
    free = set(free_blocks(doc, taken))
    items: list[tuple[int, int, str, str, str | None]] = []  # fence index, line, question, answer, reason
    for index in fences:
        if index in free:
            items.extend((index, *item) for item in _items(doc, index))
    if sum(1 for item in items if item[4] is None) < 2:
        return RuleResult()  # two answered items at least: a stray comment or two in a snippet is no drill
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, line, question, answer, reason in items:
        block_card(doc, CONVENTION, index, line + 1, question, answer, reason, (drafts, diagnostics, claims), line)
    for index in {item[0] for item in items}:  # the rest of each fence (set-up code) goes with its items
        block = doc.blocks[index]
        for n in range(block.first, block.last):
            claims.setdefault(n, "card")
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_items(text: str) -> bool:
    """False only when the fence TEXT holds no item `_items` reads: no comment marked with `?` and no header
    whose body opens with a comment (`_MARKED_START`, `_KOAN_START`), or no comment a question can be (`_PRECHECK`)."""
    may_start = _KOAN_START.search(text) is not None or ("?" in text and _MARKED_START.search(text) is not None)
    return may_start and _PRECHECK.search(text) is not None


def _info(doc: Document, index: int) -> str:
    """The fence's language, from its info string."""
    words = doc.lines[doc.blocks[index].first].strip().lstrip("`~").split()
    return words[0] if words else ""


def _fenced(answer: Sequence[str], info: str) -> str:
    """ANSWER's lines, dedented, as a fence in language INFO."""
    kept = [line for line in answer if line.strip()]
    cut = min((len(line) - len(line.lstrip()) for line in kept), default=0)
    body = "\n".join(line[cut:] for line in answer).strip("\n")
    return f"```{info}\n{body}\n```"


def _items(doc: Document, index: int) -> list[tuple[int, str, str, str | None]]:
    """The items of the fence at INDEX: (question line, question, answer markdown, unanswered reason)."""
    block = doc.blocks[index]
    first, last = block.first + 1, block.last
    if last - 1 > first and doc.lines[last - 1].strip().startswith(("```", "~~~")):
        last -= 1
    info = _info(doc, index)
    found: list[tuple[int, str, str, str | None]] = []
    marked = [n for n in range(first, last) if _MARKED.match(doc.lines[n])]
    for k, n in enumerate(marked):
        end = marked[k + 1] if k + 1 < len(marked) else last
        item = _folded(doc, n, end, info)
        if item is not None:
            found.append(item)
    if marked:
        return found
    n = first
    while n < last:
        header = _HEADER.match(doc.lines[n])
        if header is None:
            n += 1
            continue
        end = _body_end(doc, n, last, len(header.group("indent").expandtabs()))
        item = _koan(doc, n + 1, end, info)
        if item is not None:
            found.append(item)
            n = end
        else:
            n += 1
    return found


def _body_end(doc: Document, header: int, last: int, indent: int) -> int:
    """The line after the body indented under the header at line HEADER (a closing brace at its indent kept)."""
    end = header + 1
    while end < last:
        line = doc.lines[end]
        if line.strip():
            depth = len(line.expandtabs()) - len(line.expandtabs().lstrip())
            if depth <= indent:
                return end + 1 if line.strip()[0] in "})]" else end
        end += 1
    return end


def _koan(doc: Document, start: int, end: int, info: str) -> tuple[int, str, str, str | None] | None:
    """A checking function's body from START to END: its opening comment the question, the rest the answer."""
    lines = doc.lines[start:end]
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    asked: list[str] = []
    at = start + n
    while n < len(lines) and _COMMENT.match(lines[n]) and lines[n].strip():
        asked.append(_COMMENT.sub("", lines[n], count=1).strip())
        n += 1
    rest = lines[n:]
    code = "\n".join(_COMMENT.sub("", line) if _COMMENT.match(line) else line for line in rest)
    question = _as_markdown(" ".join(part for part in asked if part))
    if _LETTER.search(question) is None:
        return None  # `// ...`: an elided body, not a question
    if _CHECK.search(code) is None and not (_stub(rest) and question.rstrip().endswith("?")):
        return None  # a function that checks nothing is a koan only while its body is a stub under a question
    if _BLANK.search(code) is not None:
        return at, question, "", "placeholder"
    if _stub(rest):
        return at, question, "", "no answer"
    while rest and (not rest[-1].strip() or rest[-1].strip()[0] in "})]"):
        rest = rest[:-1]
    return at, question, _fenced(rest, info), None


def _stub(lines: Sequence[str]) -> bool:
    """True when LINES hold no code but a stub (`pass`, `...`, a closing brace) and comments."""
    return all(_STUB.match(line.strip()) for line in lines)


def _folded(doc: Document, line: int, end: int, info: str) -> tuple[int, str, str, str | None] | None:
    """A marked question at LINE answered by the fold before END, or None when no fold follows it."""
    question = _MARKED.match(doc.lines[line])
    assert question is not None
    opening = next((n for n in range(line + 1, end) if _REGION_OPEN.match(doc.lines[n])), None)
    if opening is None:
        return None
    closing = next((n for n in range(opening + 1, end) if _REGION_CLOSE.match(doc.lines[n])), end)
    inside = doc.lines[opening + 1 : closing]
    said = " ".join(_COMMENT.sub("", text, count=1).strip() for text in inside if text.strip())
    reason = empty_reason(said) if said else "no answer"
    return line, _as_markdown(question.group("q").strip()), _fenced(inside, info), reason


_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def _as_markdown(text: str) -> str:
    """A comment's text as the front's Markdown: code spans kept, a `<` outside them escaped so that a type's
    brackets (`Pick<T, K>`) are not read as an HTML tag."""
    parts: list[str] = []
    at = 0
    for span in _CODE_SPAN.finditer(text):
        parts.extend((text[at : span.start()].replace("<", "\\<"), span.group()))
        at = span.end()
    parts.append(text[at:].replace("<", "\\<"))
    return "".join(parts)
