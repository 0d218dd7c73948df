"""Entries answered in colour: a question whose last line (or lines) is wholly one coloured
`<span style="color:…">` or `<font color="…">`, one Obsidian highlight (`==…==`), or opens with coloured LaTeX
math (`$\\color{blue}{…}$`, under a question or a bold item number that need not ask). Shared by the
coloured-answer rule, which cards them, the explicit rule, which reads such a highlight as an answer, not a
cloze deletion, and the exam-part rule, which leaves an entry answered in coloured math to the coloured-answer
rule."""

from __future__ import annotations

import re

from .document import closing_mark
from .questions import asks_by_label_or_request, clean_question, ends_with_question_mark, is_question

# The coloured tag closing an entry on lines of its own: `<span style="color:red">…</span>`, `<font color=…>`.
_COLOURED = re.compile(
    r"(?:^|\n)[ \t]*<(?P<tag>span|font)\b[^>\n]*?\b(?:style[ \t]*=[ \t]*[\"'][^\"'\n]*\bcolou?r[ \t]*:|color[ \t]*=)[^>\n]*>"
    r"(?P<answer>(?:(?!</?(?P=tag)\b).)*?)</(?P=tag)>[ \t]*$",
    re.S | re.I,
)
# An Obsidian highlight closing an entry on lines of its own: `==Helium, Neon, Argon==`.
_HIGHLIGHTED = re.compile(r"(?:^|\n)[ \t]*==(?P<answer>[^=\s](?:(?!==).)*?)==[ \t]*$", re.S)
# `**5.**`, `__12)__`: the bold number of a sheet's item, opening its paragraph.
_BOLD_NUMBER = re.compile(r"^(?:\*\*|__)\d{1,3}[.):]?(?:\*\*|__)[ \t]+(?=\S)")
# The opening of LaTeX math coloured whole: `$\color{blue}{`, `$\textcolor{red}{`.
_MATH_COLOUR = re.compile(r"\$[ \t]*\\(?:text)?color\{[^{}$\n]{1,30}\}[ \t]*\{")
# `\text{…}` filling a coloured body: words, shown as words on the back.
_TEXT_ONLY = re.compile(r"^\\(?:text|textrm|mathrm|mbox)[ \t]*\{")


def highlight_answers(text: str) -> bool:
    """True when a paragraph's TEXT is a question over a last line wholly highlighted (`Name two noble
    gases.` over `==Helium, Neon==`): a question and its answer, not a cloze deletion."""
    match = _HIGHLIGHTED.search(text.strip())
    return match is not None and match.start() > 0 and coloured_entry(text) is not None


def ends_in_colour(text: str) -> bool:
    r"""True when a paragraph's TEXT closes with an answer in coloured math (`$\color{blue}{…}$` on its last
    line): an entry of this rule, whatever else numbers it."""
    return "olor" in text and _math_answer(text.strip()) is not None


def coloured_entry(text: str) -> tuple[str, str | None] | None:
    """The question of an entry and its coloured answer (None when it has none); None when it does not ask
    before a coloured last line."""
    maths = _math_answer(text.strip()) if "olor" in text else None
    if maths is not None:
        asked, answer = maths
        question = " ".join(asked.split())
        numbered = _BOLD_NUMBER.sub("", question, count=1)
        if not numbered or not (numbered != question or _asks(numbered)):
            return None
        front, _ = clean_question(numbered)
        return front, answer
    match = _COLOURED.search(text.strip()) or _HIGHLIGHTED.search(text.strip())
    asked = text.strip()[: match.start()] if match else text
    question = " ".join(asked.split())
    if not question or not _asks(question):
        return None
    front, _ = clean_question(question)
    return front, (match.group("answer").strip() if match else None)


def _math_answer(text: str) -> tuple[str, str] | None:
    r"""The text before an answer in coloured math and that answer, its colours dropped ("" when the coloured
    math holds no letter or digit: `$\color{red}{\text{?}}$`, an answer still to find); None when no line
    after the first opens with coloured math that closes by the text's end."""
    lines = text.split("\n")
    for n in range(1, len(lines)):
        line = lines[n].lstrip()
        if not line.startswith("$") or _MATH_COLOUR.match(line) is None:
            continue
        read = _uncoloured("\n".join([line, *lines[n + 1 :]]))
        if read is None:
            return None
        answer, coloured = read
        if not any(ch.isalnum() for part in coloured for ch in part):
            answer = ""
        return "\n".join(lines[:n]), answer
    return None


def _uncoloured(text: str) -> tuple[str, list[str]] | None:
    r"""TEXT with each coloured math span (`$\color{blue}{…}$`) replaced by what it shows (the words of a
    `\text{…}` filling it, else the math uncoloured), and the coloured bodies; None when a span does not
    close."""
    out: list[str] = []
    bodies: list[str] = []
    at = 0
    while (match := _MATH_COLOUR.search(text, at)) is not None:
        close = closing_mark(text, match.end(), "{", "}")
        dollar = close + 1 if close is not None else -1
        while 0 <= dollar < len(text) and text[dollar] in " \t":
            dollar += 1
        if close is None or not text.startswith("$", dollar):
            return None
        body = text[match.end() : close].strip()
        words = _TEXT_ONLY.match(body)
        inner = closing_mark(body, words.end(), "{", "}") if words else None
        shown = body[words.end() : inner].strip() if words and inner == len(body) - 1 else f"${body}$"
        out.extend((text[at : match.start()], shown))
        bodies.append(shown.strip("$") if shown.startswith("$") else shown)
        at = dollar + 1
    out.append(text[at:])
    return "".join(out).strip(), bodies


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word, a request closing it) or ends with its script's question mark
    (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text) or asks_by_label_or_request(text)
