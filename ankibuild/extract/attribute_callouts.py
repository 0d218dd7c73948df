"""Questions answered in a titled callout of a kramdown site (Jekyll, Just the Docs):

    What does status code `304 Not Modified` tell the client to do?
    {: .fs-5 }

    {: .note-title }
    > Answer
    >
    > Use its cached copy: the resource has not changed.

A question paragraph (it ends with `?` or reads as a question or a command; a kramdown attribute line
`{: .fs-5 }` under it styles it) followed by a callout whose attribute line names a titled class
(`{: .note-title }`, `{: .tip-title }`): the callout's first line is its title (`Answer`), a label, and the
rest of it the answer. Attribute lines are markup, never text of either side.

In a document with two such answered questions or more, a question paragraph styled the same way (an
attribute line under it) that no titled callout answers is reported `unanswered`, with the notes that follow
it under an attribute line (`{: .warning }` over `Answer in answers.txt.`), which only say where the answer
goes.

Without callouts, the class names carry the layout: a question paragraph closed by an attribute line of one
class (`{: .frage }`), its answer the very next block closed by one of another class (`{: .antwort }`, a
paragraph or a list, the attribute line on its last line):

    Wofür steht DNS?
    {: .frage }

    Domain Name System.
    {: .antwort }

The pair of classes is the one that most often follows a paragraph that asks, two times or more, whatever
the words; then every paragraph of the first class asks (an order too: `Décrire …`), and the code block or
table right after its answer belongs to the answer. A question whose next block is not of the answer class,
or whose answer block is empty (`{: .antwort }` alone) or a placeholder, is `unanswered`; paragraphs of
other classes (`{: .remark }`) are left alone.

A quote closed by an attribute line is a box of its class (Chirpy's `{: .prompt-tip }` under `> …`). Where
a box of one class follows a paragraph that asks, two times or more, that class answers: every paragraph it
follows is a question (an order too), the box's text (attribute line gone, a label its answers share, `Svar:`,
dropped) the answer. A question whose box is of another class (`{: .prompt-warning }` over `TODO`: a note
where the answer would be) is `unanswered`; boxes under paragraphs that ask nothing (an `{: .prompt-info }`
under the introduction) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Document, lazy_pattern, mark_followed_by
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question, question_paragraph

CONVENTION = "attribute-callout"

_ATTRIBUTES = lazy_pattern(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$")
"""A kramdown attribute line: `{: .fs-5 }`, `{: .note-title }`, `{:toc}`."""
_TITLED = lazy_pattern(r"^[ \t]*\{:[^{}\n]*\.[\w-]+-title\b[^{}\n]*\}[ \t]*$")
"""The attribute line of a callout whose first line is its title."""
_CLASS = lazy_pattern(r"\.([\w-]+)")
"""A class name in an attribute line (`.question` in `{: .question }`)."""
_TITLE_MAX = 40
_MIN_ANSWERED = 2


def _may_hold_attributes(doc: Document) -> bool:
    """False only when no `{:` opens an attribute list (`mark_followed_by`, shared with the rules that read `{`)."""
    return mark_followed_by(doc, "{", (":",))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions that titled callouts answer (see the module docstring)."""
    if not _may_hold_attributes(doc):
        return RuleResult()
    blocks = doc.blocks
    found: list[tuple[int, str, str | None, list[int]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        lines = doc.lines[block.first : block.last]
        styled = [line for line in lines if _ATTRIBUTES.match(line)]
        if len(styled) == len(lines):
            continue  # an attribute line alone: markup
        question = " ".join(" ".join(line for line in lines if not _ATTRIBUTES.match(line)).split())
        if not (question.endswith(("?", "？")) or is_question(question)):
            continue
        answer, used = _titled_answer(doc, taken, index + 1)
        if answer is not None:
            found.append((index, question, answer, [index, *used]))
        elif styled:
            found.append((index, question, None, [index, *_notes(doc, taken, index + 1)]))
    if sum(answer is not None for _, _, answer, _ in found) < _MIN_ANSWERED:
        found = _classed_pairs(doc, taken)
        if sum(answer is not None for _, _, answer, _ in found) < _MIN_ANSWERED:
            found = _classed_quotes(doc, taken)
            if sum(answer is not None for _, _, answer, _ in found) < _MIN_ANSWERED:
                return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question, answer, used in found:
        loc = doc.loc(blocks[index].first)
        reason = "no answer" if answer is None else empty_reason(answer)
        if answer is None or reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            outcome = "card"
        for i in used:
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _titled_answer(doc: Document, taken: Mapping[int, str], at: int) -> tuple[str | None, list[int]]:
    """The answer of the titled callout at block AT (its attribute line in a paragraph of its own or on the
    quote's first line), its title dropped, and the blocks it takes; (None, []) when there is none."""
    blocks = doc.blocks
    used: list[int] = []
    if at < len(blocks) and blocks[at].kind == "paragraph" and is_free(doc, taken, at):
        lines = doc.lines[blocks[at].first : blocks[at].last]
        if not all(_TITLED.match(line) for line in lines):
            return None, []
        used.append(at)
        at += 1
    if at >= len(blocks) or blocks[at].kind != "blockquote" or not is_free(doc, taken, at):
        return None, []
    body = unquote(doc.block_text(at)).strip("\n").split("\n")
    if not used:
        if not body or not _TITLED.match(body[0]):
            return None, []
        body = body[1:]
    title = body[0].strip() if body else ""
    if not title or len(title) > _TITLE_MAX or title.endswith((".", "?", "!")):
        return None, []
    rest = "\n".join(line for line in body[1:] if not _ATTRIBUTES.match(line)).strip("\n")
    if not rest.strip():
        return None, []
    return rest, [*used, at]


def _notes(doc: Document, taken: Mapping[int, str], at: int) -> list[int]:
    """The blocks from AT that open with an attribute line (`{: .warning }` over a note), with the quote an
    attribute paragraph of its own styles: what follows an unanswered question and is no answer."""
    blocks = doc.blocks
    used: list[int] = []
    while at < len(blocks) and blocks[at].kind in ("paragraph", "blockquote") and is_free(doc, taken, at):
        if not _ATTRIBUTES.match(doc.lines[blocks[at].first]):
            break
        used.append(at)
        alone = blocks[at].last - blocks[at].first == 1
        at += 1
        if alone and at < len(blocks) and blocks[at].kind == "blockquote" and is_free(doc, taken, at):
            used.append(at)
            at += 1
    return used


# Illustrations an answer may carry after its classed block (a configuration listing, a table): untagged.
_ANSWER_EXTRAS = frozenset({"fence", "code_block", "table", "math_block"})


def _classes(doc: Document, index: int) -> frozenset[str] | None:
    """The classes of the attribute line that closes block INDEX (`{: .reponse }` under a paragraph or on
    a list's last line, or alone), or None when its last line is not an attribute line with a class."""
    block = doc.blocks[index]
    if block.kind not in ("paragraph", "bullet_list", "ordered_list"):
        return None
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    line = lines[-1] if lines else ""  # a list's map may end on the blank line after it
    if not _ATTRIBUTES.match(line):
        return None
    names = frozenset(_CLASS.findall(line))
    return names or None


def _classed_pairs(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, str, str | None, list[int]]]:
    """Questions tagged by a class and answered by the next block tagged by another class (see the module
    docstring): the pair of classes is the one that most often follows an asking block, two times or more."""
    blocks = doc.blocks
    tagged = {i: names for i in range(len(blocks)) if is_free(doc, taken, i) and (names := _classes(doc, i))}
    texts = {i: _text_without_attributes(doc, i) for i in tagged}
    pairs: dict[tuple[frozenset[str], frozenset[str]], int] = {}
    for i, names in tagged.items():
        following = tagged.get(i + 1)
        if following is None or following == names or blocks[i].kind != "paragraph" or not _asks(texts[i]):
            continue
        pairs[(names, following)] = pairs.get((names, following), 0) + 1
    if not pairs:
        return []
    (asking, answering), count = max(pairs.items(), key=lambda item: item[1])
    if count < _MIN_ANSWERED:
        return []
    found: list[tuple[int, str, str | None, list[int]]] = []
    for i, names in tagged.items():
        if names != asking or blocks[i].kind != "paragraph" or not texts[i].strip():
            continue  # the class, once shown to ask, marks a question even in an order (`Décrire …`)
        question = " ".join(texts[i].split())
        if tagged.get(i + 1) != answering:
            found.append((i, question, None, [i]))
            continue
        used = [i, i + 1]
        parts = [texts[i + 1]]
        for extra in range(i + 2, len(blocks)):
            if blocks[extra].kind not in _ANSWER_EXTRAS or not is_free(doc, taken, extra):
                break
            used.append(extra)
            parts.append(doc.block_text(extra).strip("\n"))
        found.append((i, question, "\n\n".join(part for part in parts if part.strip()), used))
    return found


def _text_without_attributes(doc: Document, index: int) -> str:
    block = doc.blocks[index]
    return "\n".join(line for line in doc.lines[block.first : block.last] if not _ATTRIBUTES.match(line)).strip("\n")


def _asks(text: str) -> bool:
    question = " ".join(text.split())
    return question.endswith(("?", "？", "؟")) or is_question(question)


# `**4. Describe the two main …**`: a bold paragraph, its number inside the bold.
_BOLD_NUMBERED = lazy_pattern(r"^(\*\*|__)(?:\d{1,3}[.)][ \t]+)?(?P<text>[^*_\n].*?)\1$", re.S)
# `Svar:`, `Jawaban:`: a word or two and a colon opening an answer, a label when the answers share it.
_OPENING_LABEL = lazy_pattern(r"^(?:\*\*|__)?(?P<label>[^\W\d_][^\s:*_]{0,20}(?:[ \t][^\W\d_][^\s:*_]{0,20})?)(?:\*\*|__)?[:：](?:\*\*|__)?(?:[ \t]+|\n|$)")


def _quote_classes(doc: Document, index: int) -> frozenset[str] | None:
    """The classes of the attribute line that closes the quote at block INDEX (`{: .prompt-tip }` right under
    its last line, or quoted on it), or None when the block is no quote so closed."""
    block = doc.blocks[index]
    if block.kind != "blockquote":
        return None
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    last = lines[-1].lstrip(" \t>") if lines else ""
    if not last.startswith("{:") or not _ATTRIBUTES.match(last):
        return None
    return frozenset(_CLASS.findall(last)) or None


def _paragraph_question(doc: Document, index: int) -> str:
    """The question of a paragraph over a box: what it asks when it opens with a bold question, else its
    text without attribute lines, bold and number (`**4. Describe …**` → `Describe …`)."""
    found = question_paragraph(doc, doc.blocks[index])
    if found is not None and found.text:
        return found.text
    text = " ".join(_text_without_attributes(doc, index).split())
    bold = _BOLD_NUMBERED.match(text)
    return bold.group("text").strip() if bold else text


def _classed_quotes(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, str, str | None, list[int]]]:
    """Questions answered by the box (a quote closed by an attribute line) of the class that most often
    follows a paragraph that asks, two times or more; a question over a box of another class is unanswered."""
    blocks = doc.blocks
    boxed: dict[int, frozenset[str]] = {}
    for i in range(1, len(blocks)):
        names = _quote_classes(doc, i) if blocks[i - 1].kind == "paragraph" else None
        if names is not None and is_free(doc, taken, i) and is_free(doc, taken, i - 1):
            boxed[i - 1] = names
    questions = {i: _paragraph_question(doc, i) for i in boxed}
    counts: dict[frozenset[str], int] = {}
    for i, names in boxed.items():
        if _asks(questions[i]):
            counts[names] = counts.get(names, 0) + 1
    if not counts:
        return []
    answering, count = max(counts.items(), key=lambda item: item[1])
    if count < _MIN_ANSWERED:
        return []
    bodies = {
        i: "\n".join(line for line in unquote(doc.block_text(i + 1)).strip("\n").split("\n") if not _ATTRIBUTES.match(line)).strip()
        for i, names in boxed.items()
        if names == answering
    }
    label = _shared_label(bodies.values())
    # A paragraph that asks nothing is a question (an order: `Describe …`) only when it is dressed as most of
    # the asking ones are (bold, numbered): prose above a tip box stays prose.
    shapes: dict[tuple[bool, bool], int] = {}
    for i, names in boxed.items():
        if names == answering and _asks(questions[i]):
            shapes[_dress(doc, i)] = shapes.get(_dress(doc, i), 0) + 1
    dress = max(shapes.items(), key=lambda item: item[1])[0]
    found: list[tuple[int, str, str | None, list[int]]] = []
    for i, names in boxed.items():
        if names == answering and not _asks(questions[i]) and (not any(dress) or _dress(doc, i) != dress):
            continue
        if names == answering:
            body = bodies[i]
            if label is not None and (opening := _OPENING_LABEL.match(body)) and opening.group("label") == label:
                body = body[opening.end() :].strip()
            found.append((i, questions[i], body, [i, i + 1]))
        elif _asks(questions[i]):
            found.append((i, questions[i], None, [i, i + 1]))
    return found


# `**4. …`, `1) …`: a paragraph opening in bold, a number opening its text.
_NUMBER_LEAD = lazy_pattern(r"^(?:\*\*|__)?\d{1,3}[.)][ \t]")


def _dress(doc: Document, index: int) -> tuple[bool, bool]:
    """How a paragraph over a box is dressed: (opens in bold, opens with a number)."""
    text = doc.block_text(index).lstrip()
    return text.startswith(("**", "__")), _NUMBER_LEAD.match(text) is not None


def _shared_label(bodies: Iterable[str]) -> str | None:
    """The label (`Svar:`) that opens most answers, two at least, or None."""
    said = list(bodies)
    labels: dict[str, int] = {}
    for body in said:
        if (opening := _OPENING_LABEL.match(body)) is not None:
            labels[opening.group("label")] = labels.get(opening.group("label"), 0) + 1
    if not labels:
        return None
    label, count = max(labels.items(), key=lambda item: item[1])
    return label if count >= _MIN_ANSWERED and 2 * count > len(said) else None
