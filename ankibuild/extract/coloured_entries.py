"""Entries answered in colour: a question whose last line (or lines) is wholly one coloured
`<span style="color:…">` or `<font color="…">`, or one Obsidian highlight (`==…==`). Shared by the
coloured-answer rule, which cards them, and the explicit rule, which reads such a highlight as an answer,
not a cloze deletion."""

from __future__ import annotations

import re

from .questions import asks_by_label_or_request, clean_question, ends_with_question_mark, is_question

# The coloured tag closing an entry on lines of its own: `<span style="color:red">…</span>`, `<font color=…>`.
_COLOURED = re.compile(
    r"(?:^|\n)[ \t]*<(?P<tag>span|font)\b[^>\n]*?\b(?:style[ \t]*=[ \t]*[\"'][^\"'\n]*\bcolou?r[ \t]*:|color[ \t]*=)[^>\n]*>"
    r"(?P<answer>(?:(?!</?(?P=tag)\b).)*?)</(?P=tag)>[ \t]*$",
    re.S | re.I,
)
# An Obsidian highlight closing an entry on lines of its own: `==Helium, Neon, Argon==`.
_HIGHLIGHTED = re.compile(r"(?:^|\n)[ \t]*==(?P<answer>[^=\s](?:(?!==).)*?)==[ \t]*$", re.S)


def highlight_answers(text: str) -> bool:
    """True when a paragraph's TEXT is a question over a last line wholly highlighted (`Name two noble
    gases.` over `==Helium, Neon==`): a question and its answer, not a cloze deletion."""
    match = _HIGHLIGHTED.search(text.strip())
    return match is not None and match.start() > 0 and coloured_entry(text) is not None


def coloured_entry(text: str) -> tuple[str, str | None] | None:
    """The question of an entry and its coloured answer (None when it has none); None when it does not ask
    before a coloured last line."""
    match = _COLOURED.search(text.strip()) or _HIGHLIGHTED.search(text.strip())
    asked = text.strip()[: match.start()] if match else text
    question = " ".join(asked.split())
    if not question or not _asks(question):
        return None
    front, _ = clean_question(question)
    return front, (match.group("answer").strip() if match else None)


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word, a request closing it) or ends with its script's question mark
    (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text) or asks_by_label_or_request(text)
