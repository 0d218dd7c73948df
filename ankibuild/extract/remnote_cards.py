"""RemNote's flashcard syntax in exported outlines: `>>` questions and `;;` descriptors.

    - What does the mitral valve separate? >> left atrium and left ventricle
    - Name the layers of the heart wall >>
        - endocardium
        - myocardium
    - Aortic stenosis
        - Typical murmur >> crescendo-decrescendo, radiating to the carotids
        - Cause ;; calcification in the elderly
        - Sign ;; pulsus parvus et tardus
    - Which drug closes a patent ductus? >>

A bullet `Question >> answer` is a card (RemNote's forward card; `<>`, the two-way card, reads the same on
a page that also holds `>>`); `Question >>` with nothing after the arrows (or the list-answer marks `>>>`,
`>>1.`) takes its nested bullets as the answer, and with none is `unanswered`. The bullets above a `>>`
bullet are its context. A bullet whose children hold `Label ;; text` descriptors is the question, the
descriptors (as `Label: text` list items) its answer; a `;;` bullet at the top level is a card of its own.
`Term :: definition` is the explicit rule's. The rule reads only pages with two `>>`/`;;` bullets or more,
and only arrows spaced on both sides (or ending the line) outside code, so that `cin >> x` in a code span,
a shell redirect or a nested quote (`>> quoted`) is never a card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .bullets import PROPERTY, Bullet, bullet_outline
from .document import Document, block_at, dedent, mask_code_and_math
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "remnote-card"

_FORWARD = re.compile(r"^(?P<q>\S.*?)[ \t]+(?P<arrow>>>>|>>(?:\d+\.)?|<>)(?:[ \t]+(?P<a>\S.*))?[ \t]*$")
_DESCRIPTOR = re.compile(r"^(?P<q>\S.*?)[ \t]+;;[ \t]+(?P<a>\S.*)$")
_MIN_MARKS = 2


def _mark_count(text: str, limit: int = 64) -> int:
    """`text.count(" >>") + text.count(" ;; ") + text.count(" <>")`, counted at the `>` and `;` characters
    (a fast one-character search each, most texts holding few) rather than in three scans of the text.

    A ` >>` has a `>` right after its start, a ` <>` two characters after it, a ` ;; ` a `;` right after
    it, and a `>` or `;` is that character of at most one of them (the character before it tells which).
    Neither ` >>` nor ` <>` can overlap itself, so its count is the number of places where it starts; two
    ` ;; ` can share a space (` ;; ;; `), and `str.count` takes the first and goes on after its end, as the
    walk below does. After LIMIT characters of a text full of them, the text's own counts are cheaper."""
    count = 0
    seen = 0
    free = 0  # where a ` ;; ` counted next may start: after the last one counted
    for mark in ">;":
        found = text.find(mark)
        while found != -1:
            seen += 1
            if seen > limit:
                return text.count(" >>") + text.count(" ;; ") + text.count(" <>")
            if mark == ";":
                if found - 1 >= free and text.startswith(" ;; ", found - 1):
                    count += 1
                    free = found + 3
            elif found >= 1 and text[found - 1] == " ":
                count += text.startswith(">", found + 1)
            else:
                count += found >= 2 and text.startswith(" <", found - 2)
            found = text.find(mark, found + 1)
    return count


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `>>` and `;;` bullets (see the module docstring)."""
    text = doc.source.text
    if _mark_count(text) < _MIN_MARKS:
        return RuleResult()  # no RemNote marks: nearly every document
    nodes = bullet_outline(doc.lines)
    kinds = {id(n): _kind(n) for n in nodes}
    if sum(1 for kind in kinds.values() if kind) < _MIN_MARKS:
        return RuleResult()
    if not any(kind == ">>" for kind in kinds.values()):
        kinds = {key: None if kind == "<>" else kind for key, kind in kinds.items()}  # `<>` alone: SQL's not-equal
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}

    def free(node: Bullet) -> bool:
        return node.first not in taken and node.first not in claims

    for node in nodes:
        kind = kinds[id(node)]
        if not free(node):
            continue
        if kind in (">>", "<>"):
            match = _FORWARD.match(node.text)
            assert match is not None
            question, answer = match.group("q").strip(), (match.group("a") or "").strip()
            end = node.first + 1
            if not answer and node.children:
                end = node.end
                answer = _children(doc.lines, node)
            _card(doc, node, question, answer, drafts, diagnostics)
            claims.update(dict.fromkeys(range(node.first, end), "card" if empty_reason(answer) is None else "unanswered"))
        elif kind == ";;" and node.parent is None:
            match = _DESCRIPTOR.match(node.text)
            assert match is not None
            _card(doc, node, match.group("q").strip(), match.group("a").strip(), drafts, diagnostics)
            claims[node.first] = "card"
        descriptors = [c for c in node.children if kinds[id(c)] == ";;" and free(c)]
        if descriptors and kind is None and free(node):
            items = []
            for child in descriptors:
                match = _DESCRIPTOR.match(child.text)
                assert match is not None
                items.append(f"- {match.group('q').strip()}: {match.group('a').strip()}")
                claims[child.first] = "card"
            _card(doc, node, node.text, "\n".join(items), drafts, diagnostics)
            claims[node.first] = "card"
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _kind(node: Bullet) -> str | None:
    """`>>` or `;;` for a bullet of that syntax, else None."""
    if ">>" not in node.text and ";;" not in node.text and "<>" not in node.text:
        return None
    masked = mask_code_and_math(node.text)
    forward = _FORWARD.match(masked)
    if forward is not None and masked.count(">>") + masked.count("<>") == 1:
        return "<>" if forward.group("arrow") == "<>" else ">>"
    if _DESCRIPTOR.match(masked) and masked.count(";;") == 1:
        return ";;"
    return None


def _children(lines: tuple[str, ...], node: Bullet) -> str:
    kept = [line.expandtabs(4) for line in lines[node.first + 1 : node.end] if not PROPERTY.match(line)]
    return dedent(kept).strip() if any(line.strip() for line in kept) else ""


def _card(
    doc: Document, node: Bullet, question: str, answer: str, drafts: list[CardDraft], diagnostics: list[Diagnostic]
) -> None:
    if empty_reason(answer) is not None:
        diagnostics.append(unanswered(doc.loc(node.first), question, "no answer"))
        return
    index = block_at(doc, node.first)
    path = heading_path(doc, index) if index is not None else ()
    parents: list[str] = []
    parent = node.parent
    while parent is not None:
        parents.append(parent.text)
        parent = parent.parent
    context = tuple(clean_heading(p) for p in path) + tuple(reversed(parents))
    drafts.append(CardDraft(doc.loc(node.first), CONVENTION, question, answer, context, topic_tags(path)))
