"""Link-reference comments: a link reference definition to nothing with a title (`[//]: # (…)`,
`[comment]: <> (…)`, `[_]: # "…"`), which no renderer shows, so notes hide answers in them. Shared by the
link-comment rule, which cards them, and the exam-part rule, which leaves a question answered so to it."""

from __future__ import annotations

import re

from .answers import is_blank_to_fill
from .document import Document

# `[//]: # (text)`, `[comment]: <> (text)`, `[_]: # "text"`: a link reference to nothing, with a title.
LINK_COMMENT = re.compile(
    r"^[ \t]*\[[^\]\n]{1,20}\]:[ \t]*(?:#|<>)[ \t]+(?:\((?P<p>[^\n]*)\)|\"(?P<q>[^\n]*)\"|'(?P<s>[^\n]*)')[ \t]*$", re.M
)


def comment_follows(doc: Document, line: int) -> bool:
    """True when the next line from LINE on that is neither blank nor a blank answer line (`________`) is a
    link-reference comment: the answer of the question above LINE, hidden for the link-comment rule."""
    while line < len(doc.lines) and (not doc.lines[line].strip() or is_blank_to_fill(doc.lines[line])):
        line += 1
    return line < len(doc.lines) and LINK_COMMENT.match(doc.lines[line]) is not None
