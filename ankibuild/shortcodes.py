"""GitHub emoji shortcodes (`:orange_book:`) turned into the emoji they stand for.

Notes copied from GitHub READMEs write emoji as shortcodes, which GitHub shows as pictures and Anki would
show as typed. The `emoji` package knows GitHub's aliases; a shortcode it does not know stays as written
(`10:30:00`, `:not_an_emoji:`). A name between colons that belong to something else is no shortcode: a
cloze deletion `{{c1::fire::hint}}`, a path `a::fire::b`, a time.
"""

from __future__ import annotations

import re

_SHORTCODE = re.compile(r":([A-Za-z0-9_+\-]+):")
"""Something that may be a shortcode: the `emoji` package (40 ms to import) is only loaded when one is seen."""


def emojize(text: str) -> str:
    """TEXT with every known shortcode replaced by its emoji."""
    if ":" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for match in _SHORTCODE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        # a colon or letter just before belongs to something else, unless it closed the shortcode before
        if (before == ":" and start != done) or before.isalnum() or before == "_":
            continue
        after = text[end] if end < len(text) else ""
        if after.isalnum() or after == "_" or (after == ":" and not _SHORTCODE.match(text, end)):
            continue
        emoji = _emoji_for(match.group(0))
        if emoji is None:
            continue
        pieces += [text[done:start], emoji]
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def is_shortcode(text: str) -> bool:
    """True when TEXT (`:pill:`) is a shortcode of a known emoji (`:drill:`, an org-mode tag, is not)."""
    return _SHORTCODE.fullmatch(text) is not None and _emoji_for(text) is not None


def _emoji_for(shortcode: str) -> str | None:
    import emoji

    found = emoji.emojize(shortcode, language="alias")
    return str(found) if found != shortcode else None
