"""Solution posts written in a site's post template: a problem heading over its statement, then the
template's part headings (`Intuition`, `Approach`, `Complexity`, `Code`) holding the write-up.

    ## 3. Longest Substring Without Repeating Characters · Medium

    > Given a string `s`, find the length of the longest substring without repeating characters.

    # Intuition
    Sliding window …

    # Approach
    …

    # Complexity
    - Time complexity: $O(n)$

    # Code
    ```python
    …
    ```

Judges' discussion boards hand every solution post the same headings, and people paste their posts into
their notes as they are: the part headings keep the editor's own level, often above the problem's (`#`
under a `##` problem), so they are no sub-sections of it. A heading that does not ask, followed directly
by a run of two part headings or more (`_PART_TITLE`: `Intuition`, `Approach`, `Idea`, `Algorithm`,
`Complexity`, `Code`, `Explanation` …, and `思路`, `复杂度`, `代码`, `Idée`, `Approche`, `Complexité`, `Ansatz`,
`Komplexität`, `Enfoque`, `Complejidad`, `Código`, `Идея`, `Подход`, `Сложность`, `Код` …), whatever their
level, is a problem: the front is its statement (the body under its heading, a quote unwrapped; the title
without its number when there is none), the back the parts that are filled in, each under its title in
bold. The run ends at the first heading that names no part. A part still holding the template's
placeholder (an HTML comment, a label such as `- Time complexity:` with nothing after it, a code stub whose
body is only `pass` or `# TODO`) is no answer; a problem whose parts are all such is `unanswered`. An
`Easy`/`Medium`/`Hard` word in the problem's title becomes the difficulty tag.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Document, Section, lazy_pattern, titles_may_hold
from .outline import clean_heading, heading_question, topic_tags

CONVENTION = "solution-post"

_PART_TITLE = lazy_pattern(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?:"
    r"intuition|approach(?:es)?|ideas?|algorithm|explanation|complexity(?:\s+analysis)?|(?:time|space)\s+complexity|"
    r"code|implementation|solution|"
    r"intuici[oó]n|enfoque|complejidad|c[oó]digo|idée|approche|complexité|"
    r"ansatz|idee|komplexität|laufzeit|implementierung|"
    r"идея|подход|сложность|код|решение|"
    r"思路|解题思路|解題思路|方法|复杂度(?:分析)?|複雜度(?:分析)?|代码|代碼|算法|演算法|"
    r"직관|접근(?:\s*방법)?|복잡도|코드|아이디어"
    r")\W*$",
    re.I,
)
# Every match of `_PART_TITLE` holds one of these (lower case): `titles_may_hold`.
# fmt: off
_PART_WORDS = (
    "intuition", "approach", "idea", "algorithm", "explanation", "complexity", "code", "implementation", "solution",
    "intuici", "enfoque", "complejidad", "digo", "idée", "approche", "complexité", "ansatz", "idee", "komplexität",
    "laufzeit", "implementierung", "идея", "подход", "сложность", "код", "решение", "思路", "方法", "复杂度",
    "複雜度", "代码", "代碼", "算法", "演算法", "직관", "접근", "복잡도", "코드", "아이디어",
)
# fmt: on
_MIN_PARTS = 2
_DIFFICULTY = lazy_pattern(r"\b(easy|medium|hard)\b", re.I)
_HTML_COMMENT = lazy_pattern(r"<!--.*?-->", re.S)
# `- Time complexity:`, `Space complexity:` alone: the template's label with nothing after it.
_EMPTY_LABEL = lazy_pattern(r"^[ \t]*(?:[-*+][ \t]+)?[^\W\d_][^:\n]{0,40}:[ \t]*$")
_FENCE = lazy_pattern(r"^[ \t]*(?:```|~~~)")
# `class Solution:`, `def f(self, s: str) -> int:`, `public int f(int[] a) {`, `}`: a stub's frame.
_STUB_FRAME = lazy_pattern(r"^[ \t]*(?:(?:class|def|fn|func|function|public|private|impl)\b[^\n]*[:{]|[{}];?)[ \t]*$")
# `pass`, `pass  # TODO`, `...`, `// TODO`, `# your code here`: the body the template leaves to fill.
_STUB_BODY = lazy_pattern(r"^[ \t]*(?:pass|\.\.\.|…)?[ \t]*(?:(?:#|//)[^\n]*)?$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from problems followed by a run of the post template's part headings (see the module docstring)."""
    if len(doc.sections) < _MIN_PARTS + 1 or not titles_may_hold(doc, _PART_WORDS):
        return RuleResult()  # no title names a part of a solution post: nearly every document
    parts_of = [_PART_TITLE.match(section.title) is not None for section in doc.sections]
    if sum(parts_of) < _MIN_PARTS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, section in enumerate(doc.sections):
        if parts_of[n] or (section.level == 1 and section.title == doc.title):
            continue
        run = _part_run(parts_of, n)
        if len(run) < _MIN_PARTS or heading_question(doc, section) is not None:
            continue
        indices = [section.block, *section.body]
        for p in run:
            indices += [doc.sections[p].block, *doc.sections[p].body]
        if not all(is_free(doc, taken, i) for i in indices):
            continue
        statement = _statement(doc, section)
        question = statement or clean_heading(section.title)
        filled = [f"**{clean_heading(doc.sections[p].title)}**\n\n{text}" for p in run if (text := _part_text(doc, doc.sections[p]))]
        loc = doc.loc(doc.blocks[section.block].first)
        path = section.path + ((section.title,) if statement else ())
        if not filled:
            diagnostics.append(unanswered(loc, question, "placeholder"))
            kind = "unanswered"
        else:
            level = _DIFFICULTY.search(section.title)
            tags = ((f"difficulty::{level.group(1).lower()}",) if level else ()) + topic_tags(path)
            drafts.append(CardDraft(loc, CONVENTION, question, "\n\n".join(filled), path, tags))
            kind = "card"
        for i in indices:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _part_run(parts_of: list[bool], n: int) -> list[int]:
    """The part headings right after heading N, up to the first heading naming no part."""
    run: list[int] = []
    for p in range(n + 1, len(parts_of)):
        if not parts_of[p]:
            break
        run.append(p)
    return run


def _statement(doc: Document, section: Section) -> str:
    """The problem's statement: its body without rules, quotes unwrapped."""
    parts: list[str] = []
    for i in section.body:
        block = doc.blocks[i]
        if block.kind == "hr":
            continue
        text = doc.block_text(i).strip()
        parts.append(unquote(text) if block.kind == "blockquote" else text)
    return "\n\n".join(p for p in parts if p)


def _part_text(doc: Document, section: Section) -> str:
    """A part's body as Markdown, or '' when it only holds the template's placeholder."""
    text = "\n\n".join(doc.block_text(i).strip() for i in section.body if doc.blocks[i].kind != "hr").strip()
    if not text:
        return ""
    bare = _HTML_COMMENT.sub("", text) if "<!--" in text else text
    lines = [line for line in bare.splitlines() if line.strip() and not _EMPTY_LABEL.match(line)]
    if not lines or _is_stub(lines) or empty_reason("\n".join(lines)) is not None:
        return ""
    return text


def _is_stub(lines: list[str]) -> bool:
    """True for a code fence that only frames an empty body (`class Solution:` / `def f(…):` / `pass  # TODO`)."""
    if not _FENCE.match(lines[0]) or not _FENCE.match(lines[-1]) or len(lines) < 3:
        return False
    return all(_STUB_FRAME.match(line) or _STUB_BODY.match(line) for line in lines[1:-1])
