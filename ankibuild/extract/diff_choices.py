"""Diff-marked choices: question headings over a ```` ```diff ```` fence of options, the right one marked `+`.

    ### Which planet is the largest?

    ```diff
      A) Saturn
    + B) Jupiter
    - C) Neptune
    ```

    > Jupiter has more than twice the mass of all the other planets together.

Practice logs kept on a forge that colours `diff` fences write each multiple-choice question as a heading
over its options in such a fence: a `+` line (green) marks the right option, a `-` line (red) the option
picked by mistake, and an unmarked line the other options. The heading is the front; the back is the
right option (several as a list), then whatever else the section holds (the explanation quoted under the
fence). A fence that marks no option `+` is `unanswered`, with what follows it (a note to self, a comment).

Every line of the fence must read as an option (a sign or spaces, then text); a fence holding a patch
(`@@ … @@`, `--- a/…`, `diff --git`) is code. The layout needs `_MIN_QUESTIONS` such sections, most of
whose headings ask, so a lone heading over a patch is left alone. Runs before the heading rule, which would
card a question heading over the whole fence, and reads a heading that states rather than asks
(`True or false: … .`) among them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, Section, block_kinds, text_holds
from .outline import clean_heading, topic_tags
from .questions import is_question

CONVENTION = "diff-choice"

_MIN_QUESTIONS = 2
"""Sections over an option fence the layout needs: one could be any heading over a short patch."""
# `+ B) Jupiter`, `- C) Neptune`, `  A) Saturn`: the mark (or none), then the option.
_OPTION = re.compile(r"^(?P<mark>[+\- ]?)[ \t]*(?P<text>\S.*?)[ \t]*$")
# `@@ -1,3 +1,4 @@`, `--- a/x.py`, `+++ b/x.py`, `diff --git …`, `index 83db48f..bf269f4`: a patch's own lines.
_PATCH_LINE = re.compile(r"^(?:@@|---|\+\+\+|diff[ \t]|index[ \t])")


def _may_hold_choices(doc: Document) -> bool:
    """False only when the document has no top-level fence (`block_kinds`, shared) or no fence info `diff`
    (`text_holds`, shared): the options sit in a `diff` fence."""
    return "fence" in block_kinds(doc) and text_holds(doc, "diff")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the option fences under question headings (see the module docstring)."""
    if not _may_hold_choices(doc):
        return RuleResult()
    found: list[tuple[Section, int, list[tuple[str, str]]]] = []
    for section in doc.sections:
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if not body or doc.blocks[body[0]].kind != "fence" or not is_free(doc, taken, section.block):
            continue
        if not all(is_free(doc, taken, i) for i in section.body):
            continue
        options = _options(doc, body[0])
        if options is not None:
            found.append((section, body[0], options))
    if len(found) < _MIN_QUESTIONS or 2 * sum(is_question(clean_heading(s.title)) for s, _, _ in found) < len(found):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, fence, options in found:
        head = doc.blocks[section.block]
        question = clean_heading(section.title)
        loc = doc.loc(head.first)
        right = [text for mark, text in options if mark == "+"]
        rest = [i for i in section.body if i > fence and doc.blocks[i].kind != "hr"]
        if not right:
            diagnostics.append(unanswered(loc, question, "no option marked right"))
            outcome = "unanswered"
        else:
            back = right[0] if len(right) == 1 else "\n".join(f"- {text}" for text in right)
            explained = build_answer(doc, rest) if rest else None
            if explained is not None and explained.empty_reason is None:
                back = f"{back}\n\n{explained.markdown}"
            context = tuple(clean_heading(p) for p in section.path)
            drafts.append(CardDraft(loc, CONVENTION, question, back, context, topic_tags(section.path)))
            outcome = "card"
        claims.update(claim(head.first, head.last, outcome))
        for i in section.body:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _options(doc: Document, index: int) -> list[tuple[str, str]] | None:
    """The (mark, text) of each option of the `diff` fence at block INDEX, or None when it is another fence
    or holds a line that is no option."""
    block = doc.blocks[index]
    info = doc.tokens[block.start].info.strip().split(maxsplit=1)
    if not info or info[0].lower() != "diff":
        return None
    closed = block.last - block.first >= 2 and doc.lines[block.last - 1].strip()[:3] in ("```", "~~~")
    options: list[tuple[str, str]] = []
    for line in doc.lines[block.first + 1 : block.last - 1 if closed else block.last]:
        if not line.strip():
            continue
        if _PATCH_LINE.match(line):
            return None
        match = _OPTION.match(line)
        if match is None:
            return None
        options.append((match.group("mark").strip(), match.group("text")))
    return options if len(options) >= 2 else None
