"""The normal forms notes are compared by: a question's (identities, duplicate checks, re-finding a reworded
note) and a tag component's.

A module of its own, apart from the extraction rules, so that planning, packaging and the build's parent
process compare questions without importing the parser and the rules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .records import EXPLICIT_PREFIX

if TYPE_CHECKING:
    from .records import Card


def normalise_question(text: str) -> str:
    """The form of a question used for identity and duplicate checks: case, spacing, ASCII punctuation and
    markup do not matter; mathematical symbols do (`X⊤` and `‖x‖` are different questions)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_MARKUP_CHARS)
    # Words, and symbols beyond ASCII one by one; ASCII punctuation only separates.
    return " ".join(_QUESTION_TOKENS.findall(text))


_MARKUP_CHARS = str.maketrans("", "", "`*_~")
_QUESTION_TOKENS = re.compile(r"\w+|[^\w\s\x00-\x7f]")


def tag_slug(text: str) -> str:
    """`Model Evaluation` → `model_evaluation`: the form of a tag component Anki accepts (no spaces)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w]+", "_", text)
    return text.strip("_")


def normalised_question_of(card: Card) -> str:
    """A card's normalised question, taken from its identity key when the key was derived from it."""
    if card.key.startswith(EXPLICIT_PREFIX):
        return normalise_question(card.question_text)
    return card.key.rsplit("::", 1)[-1]
