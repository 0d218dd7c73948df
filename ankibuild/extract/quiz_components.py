"""Quizzes written with a documentation system's quiz markup, which flags the right choice: an MDX
`<Question>` component under a question heading (the Hugging Face course's doc-builder), or a Markua
`{quiz}` … `{/quiz}` block (Leanpub books).

    ### 2. Which gas do plants take in?[[which-gas]]

    <Question
        choices={[
            { text: "Oxygen", explain: "That is what they give off." },
            { text: "Carbon dioxide", explain: "Through the stomata.", correct: true }
        ]}
    />

    {quiz, id: ch3, attempts: 2}

    ? Which gas do plants take in?

    a) Oxygen
    B) Carbon dioxide

    ? What are the openings in a leaf called?

    ! Stomata

    {/quiz}

A `<Question … />` component is a question: its front is the heading of its section (its number left off)
with what stands between that heading and the component (the code or text it asks about); its back the
`text` of each choice marked `correct: true` (one alone, several as a list), then their `explain` lines
(a heading over two components asks one question only when they are its versions, split by Svelte's
`{:else}`: the first is read). In
a Markua block (also `{exam}`, `{exercise}`) each line opening with `? ` opens a question, its text going on
to the first answer line; options are lettered `a)`, the letter in capitals marking the right ones
(`B)`, Markua's mandatory `m)` and optional `o)` wrong ones in lower case), and a line opening with `!`
gives the expected answer of an open question. A question with no choice marked right, no choices, or an
empty `!` line is reported `unanswered`; so, on a page of such components, is a sibling question heading
(numbered like them) under which none stands yet. Markup inside code fences is left alone, and so are
components without a `choices` list written as a literal and blocks never closed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import placeholder_reason, unanswered
from .document import Document, Section, block_at, fence_step, mark_followed_by
from .outline import clean_heading, heading_path, heading_question, topic_tags
from .questions import clean_question

CONVENTION = "quiz-component"

_COMPONENT = re.compile(r"^[ \t]*<Question(?=[\s/>]|$)")
_CHOICES = re.compile(r"\bchoices[ \t\n]*=[ \t\n]*\{")
_MAX_COMPONENT = 400
"""A `<Question` not closed within this many lines is not a component."""
# A JavaScript literal's tokens: blanks and comments, strings, punctuation, words (`true`, numbers).
_JS_TOKEN = re.compile(
    r"""(?P<blank>\s+|//[^\n]*|/\*.*?\*/)|(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)"""
    r"|(?P<mark>[{}\[\],:])|(?P<word>[\w$.+-]+)",
    re.S,
)
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}

_BLOCK_OPEN = re.compile(r"^\{(?P<kind>quiz|exam|exercise)(?:[ \t]*,[^}\n]*)?\}[ \t]*$")
_BLOCK_CLOSE = "{/%s}"
_MAX_BLOCK = 1000
_ASK = re.compile(r"^\?[ \t]+(?P<text>\S.*?)[ \t]*$")
_OPTION = re.compile(r"^(?P<letter>[A-Za-z])\)[ \t]+(?P<text>\S.*?)[ \t]*$")
_EXPECTED = re.compile(r"^![ \t]*(?P<text>.*?)[ \t]*$")
_SETTING = re.compile(r"^\{[\w-]+[ \t]*:[^}\n]*\}[ \t]*$")
"""`{choose-answers: 4}`, `{points: 2}`: a Markua setting line over a question."""
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s")
# `{#if fw === 'pt'}`, `{:else}`, `{/if}`: Svelte's block tags, which show one of two versions of a question.
_ELSE = re.compile(r"^[ \t]*\{:else\b", re.M)
_SVELTE_TAG = re.compile(r"^[ \t]*\{[#:/](?:if|else|each|await|then|catch|key)\b[^}\n]*\}[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from quiz components and Markua quiz blocks (see the module docstring)."""
    components = mark_followed_by(doc, "<", ("Question",))
    blocks = mark_followed_by(doc, "{", ("quiz", "exam", "exercise"))
    if not components and not blocks:
        return RuleResult()  # neither mark: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    if components:
        _read_components(doc, taken, drafts, diagnostics, claims)
    if blocks:
        _read_blocks(doc, taken, drafts, diagnostics, claims)
    drafts.sort(key=lambda d: d.loc.line)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# --- MDX `<Question choices={[…]} />` components ------------------------------------------------------------


def _read_components(
    doc: Document, taken: Mapping[int, str], drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """Each `<Question>` component outside code, read with the heading of its section; then the sibling
    question headings that no component answers yet."""
    lines = doc.lines
    read: dict[int, list[tuple[int, int, list[dict[str, object]] | None]]] = {}  # section → [(first, last, choices)]
    fence = ""
    n = 0
    while n < len(lines):
        fence, code = fence_step(fence, lines[n])
        if not code and n not in taken and _COMPONENT.match(lines[n]):
            component = _component(lines, n)
            block = block_at(doc, n)
            at = _section_of(doc, block) if block is not None else None
            if component is not None and at is not None:
                read.setdefault(at, []).append((n, *component))
                n = component[0]
        n += 1
    # A section asks one question: its heading's. Two components under one heading are one question only as
    # versions of it (`{#if fw === 'pt'}` … `{:else}` … `{/if}`: the first is read); the page title asks none.
    found = {
        at: components[0]
        for at, components in read.items()
        if not (doc.sections[at].level == 1 and doc.sections[at].title == doc.title)
        and all(_ELSE.search(doc.text(a[1], b[0])) for a, b in zip(components, components[1:], strict=False))
    }
    if not found:
        return
    levels = {doc.sections[s].level for s in found}
    numbered = all(_NUMBERED.match(doc.sections[s].title) for s in found)
    for index, section in enumerate(doc.sections):
        head = doc.blocks[section.block]
        if head.first in taken:
            continue
        if index in found:
            _component_card(doc, taken, section, found[index], drafts, diagnostics, claims)
        elif len(found) >= 2 and section.level in levels and (not numbered or _NUMBERED.match(section.title)):
            asked = heading_question(doc, section)
            if asked is not None:  # `### 9. What does this print?` over code and no component yet
                diagnostics.append(unanswered(doc.loc(head.first), asked[0], "no choices"))
                claims.update(claim(head.first, head.last, "unanswered"))
                for i in _free_body(doc, taken, section):
                    claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))


def _section_of(doc: Document, index: int) -> int | None:
    """The index of the section whose heading is block INDEX or the last one before it."""
    found = bisect_right([section.block for section in doc.sections], index) - 1
    return found if found >= 0 else None


def _free_body(doc: Document, taken: Mapping[int, str], section: Section) -> list[int]:
    """The blocks of SECTION's own body (up to its first subheading) that no rule claimed."""
    return [i for i in section.body if doc.blocks[i].kind != "heading" and doc.blocks[i].first not in taken]


def _component_card(
    doc: Document,
    taken: Mapping[int, str],
    section: Section,
    read: tuple[int, int, list[dict[str, object]] | None],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The card (or the unanswered question) of the component READ under SECTION's heading."""
    first, last, choices = read
    head = doc.blocks[section.block]
    asked = heading_question(doc, section)
    question = asked[0] if asked is not None else clean_question(section.title)[0]
    shown = [
        i for i in _free_body(doc, taken, section) if doc.blocks[i].last <= first and not _SVELTE_TAG.match(doc.block_text(i))
    ]
    extra = "\n\n".join(doc.text(doc.blocks[i].first, doc.blocks[i].last).strip() for i in shown)
    extra = _COMMENT.sub("", extra).strip() if "<!--" in extra else extra
    front = f"{question}\n\n{extra}" if extra else question
    loc = doc.loc(head.first)
    right = [c for c in choices or () if c.get("correct") is True and str(c.get("text", "")).strip()]
    reason = "no choices" if not choices else "no choice marked right" if not right else None
    # The heading, what it shows, the component and the lines after it up to the next heading (the
    # framework switches `{#if fw === 'pt'}` … `{/if}` around a question are markup).
    end = max([last + 1] + [doc.blocks[i].last for i in _free_body(doc, taken, section)])
    claims.update(claim(head.first, end, "unanswered" if reason else "card"))
    if reason:
        diagnostics.append(unanswered(loc, question, reason))
        return
    texts = [str(c["text"]).strip() for c in right]
    key = texts[0] if len(texts) == 1 else "\n".join(f"- {t}" for t in texts)
    explained = list(dict.fromkeys(str(c.get("explain", "")).strip() for c in right))
    back = "\n\n".join([key, *(e for e in explained if e)])
    context = tuple(clean_heading(p) for p in section.path)
    drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(section.path)))


def _component(lines: tuple[str, ...], start: int) -> tuple[int, list[dict[str, object]] | None] | None:
    """The last line of the component opening at START and its choices (None when it has no `choices`
    literal), or None when no `/>` or `</Question>` closes it."""
    text = "\n".join(lines[start : start + _MAX_COMPONENT])
    end = _tag_end(text)
    if end is None:
        return None
    tag = text[:end]
    if not tag.endswith("/>"):
        close = text.find("</Question>", end)
        if close == -1:
            return None
        end = close + len("</Question>")
    last = start + text.count("\n", 0, end)
    match = _CHOICES.search(tag)
    choices = _choices(tag, match.end()) if match is not None else None
    return last, choices


def _tag_end(text: str) -> int | None:
    """The offset just past the `>` (or `/>`) that ends the opening tag at the start of TEXT, braces and
    the strings inside them skipped."""
    depth = 0
    at = 0
    while at < len(text):
        char = text[at]
        if char in "\"'" or (depth and char == "`"):
            match = _JS_TOKEN.match(text, at)
            if match is None or match.group("string") is None:
                return None
            at = match.end()
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == ">" and depth == 0:
            return at + 1
        at += 1
    return None


def _choices(tag: str, at: int) -> list[dict[str, object]] | None:
    """The list of choice objects of the `choices={[…]}` literal starting at offset AT (just past its `{`)."""
    tokens: list[tuple[str, str]] = []
    while at < len(tag):
        match = _JS_TOKEN.match(tag, at)
        if match is None:
            return None
        at = match.end()
        kind = match.lastgroup or ""
        if kind == "blank":
            continue
        tokens.append((kind, match.group(kind)))
        if kind == "mark" and match.group(kind) == "}" and _balanced(tokens):
            break
    value, rest = _js_value(tokens[:-1], 0)
    if rest != len(tokens) - 1 or not isinstance(value, list):
        return None
    return [c for c in value if isinstance(c, dict)]


def _balanced(tokens: list[tuple[str, str]]) -> bool:
    """True when the marks read so far close the expression's opening brace."""
    depth = 1
    for kind, text in tokens:
        if kind == "mark" and text in "{[":
            depth += 1
        elif kind == "mark" and text in "}]":
            depth -= 1
    return depth == 0


def _js_value(tokens: list[tuple[str, str]], at: int) -> tuple[object, int]:
    """The value of the literal at token AT (an array, an object, a string, `true`/`false`, a word) and the
    token after it; a malformed literal gives (None, -1)."""
    if at >= len(tokens):
        return None, -1
    kind, text = tokens[at]
    if kind == "string":
        return _js_string(text), at + 1
    if kind == "word":
        return {"true": True, "false": False}.get(text, text), at + 1
    if text == "[":
        items: list[object] = []
        at += 1
        while at < len(tokens) and tokens[at][1] != "]":
            item, at = _js_value(tokens, at)
            if at < 0:
                return None, -1
            items.append(item)
            if at < len(tokens) and tokens[at][1] == ",":
                at += 1
        return (items, at + 1) if at < len(tokens) else (None, -1)
    if text == "{":
        fields: dict[str, object] = {}
        at += 1
        while at < len(tokens) and tokens[at][1] != "}":
            key_kind, key = tokens[at]
            if key_kind not in ("word", "string") or at + 1 >= len(tokens) or tokens[at + 1][1] != ":":
                return None, -1
            value, at = _js_value(tokens, at + 2)
            if at < 0:
                return None, -1
            fields[_js_string(key) if key_kind == "string" else key] = value
            if at < len(tokens) and tokens[at][1] == ",":
                at += 1
        return (fields, at + 1) if at < len(tokens) else (None, -1)
    return None, -1


def _js_string(literal: str) -> str:
    """The text of a quoted JavaScript string, its escapes decoded."""
    return _JS_ESCAPE.sub(_unescaped, literal[1:-1])


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    if code.startswith("u") and len(code) > 1:
        return chr(int(code[1:].strip("{}"), 16))
    if code.startswith("x") and len(code) == 3:
        return chr(int(code[1:], 16))
    return _JS_ESCAPES.get(code, code if code != "\n" else "")


# --- Markua `{quiz}` … `{/quiz}` blocks ---------------------------------------------------------------------


def _read_blocks(
    doc: Document, taken: Mapping[int, str], drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """Each Markua quiz, exam or exercise block outside code."""
    lines = doc.lines
    fence = ""
    n = 0
    while n < len(lines):
        fence, code = fence_step(fence, lines[n])
        opening = _BLOCK_OPEN.match(lines[n]) if not code and n not in taken and lines[n].startswith("{") else None
        if opening is not None:
            close = _BLOCK_CLOSE % opening.group("kind")
            end = next(
                (m for m in range(n + 1, min(len(lines), n + _MAX_BLOCK)) if lines[m].strip() == close or m in taken), None
            )
            if end is not None and end not in taken:
                _read_block(doc, n, end, drafts, diagnostics, claims)
                n = end
        n += 1


def _read_block(
    doc: Document, start: int, end: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """The questions of the block from line START to its closing line END."""
    asks = [n for n in range(start + 1, end) if _ASK.match(doc.lines[n])]
    if not asks:
        return
    index = block_at(doc, start)
    path = heading_path(doc, index) if index is not None else ()
    context = tuple(clean_heading(p) for p in path)
    tags = topic_tags(path)
    reasons: list[str] = []
    for first, after in zip(asks, [*asks[1:], end], strict=True):
        question, right, expected, reason = _question_parts(doc.lines, first, after)
        loc = doc.loc(first)
        answers = right or expected[:1]
        if not answers:
            diagnostics.append(unanswered(loc, question, reason))
            reasons.append("unanswered")
            claims.update(claim(first, after, "unanswered"))
            continue
        back = answers[0] if len(answers) == 1 else "\n".join(f"- {a}" for a in answers)
        drafts.append(CardDraft(loc, CONVENTION, question, back, context, tags))
        reasons.append("card")
        claims.update(claim(first, after, "card"))
    # The marker lines and the block's lead-in (instructions before its first question) go with it.
    claims.update(claim(start, asks[0], "card" if "card" in reasons else "unanswered"))
    claims.update(claim(end, end + 1, "card" if "card" in reasons else "unanswered"))


def _question_parts(lines: tuple[str, ...], first: int, after: int) -> tuple[str, list[str], list[str], str]:
    """The question opened at line FIRST (up to line AFTER): its text, its right options, its expected
    answers, and why it has none when it has none."""
    ask = _ASK.match(lines[first])
    text = [ask.group("text") if ask is not None else ""]
    right: list[str] = []
    expected: list[str] = []
    options = empty = answering = False
    for line in lines[first + 1 : after]:
        option = _OPTION.match(line)
        given = _EXPECTED.match(line) if option is None else None
        if option is not None:
            answering = options = True
            if option.group("letter").isupper():
                right.append(option.group("text"))
        elif given is not None:
            answering = True
            answer = given.group("text")
            if answer and placeholder_reason(answer) is None:
                expected.append(answer)
            else:
                empty = True
        elif not answering and not _SETTING.match(line):
            text.append(line)
    question = _COMMENT.sub("", "\n".join(text)).strip() if any("<!--" in t for t in text) else "\n".join(text).strip()
    question = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", question)
    reason = "no choice marked right" if options else "empty answer" if empty else "no answer"
    return question, right, expected, reason
