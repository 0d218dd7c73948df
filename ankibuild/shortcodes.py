"""GitHub emoji shortcodes (`:orange_book:`) turned into the emoji they stand for.

Notes copied from GitHub READMEs write emoji as shortcodes, which GitHub shows as pictures and Anki would
show as typed. The `emoji` package knows GitHub's aliases; a shortcode it does not know stays as written
(`10:30:00`, `:not_an_emoji:`).
"""

from __future__ import annotations

import re

_SHORTCODE = re.compile(r":[A-Za-z0-9_+\-]+:")
"""Something that may be a shortcode: the `emoji` package (40 ms to import) is only loaded when one is seen."""


def emojize(text: str) -> str:
    """TEXT with every known shortcode replaced by its emoji."""
    if ":" not in text or not _SHORTCODE.search(text):
        return text
    import emoji

    return str(emoji.emojize(text, language="alias"))
