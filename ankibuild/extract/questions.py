"""What makes a line of text a question, and how a question is cleaned of its dressing.

Shared by the rules that find questions in headings, bold lines, list items and bare lines.
"""

from __future__ import annotations

import re
import unicodedata

QUESTION_WORDS = frozenset(
    ["what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "has", "have", "had"]
)
IMPERATIVES = frozenset(
    ["explain", "describe", "compare", "contrast", "define", "discuss", "differentiate", "distinguish", "derive", "prove", "show", "list", "name", "give", "state", "outline", "summarize", "summarise", "illustrate", "elaborate", "justify", "calculate", "compute", "design", "implement", "write", "walk", "tell", "identify", "evaluate", "interpret", "estimate", "analyze", "analyse"]
)

_NUMBERING = re.compile(r"^\s*(?:(?:Q|Question)\s*\d+\s*[:.)-]\s*|\d+(?:\.\d+)*\s*[.):]\s+|\(\d+\)\s+|\d+(?:\.\d+)+\s+)", re.I)
_SOURCE_LINK = re.compile(r"\s*\[\s*\[[^\]]*\]\([^)]*\)\s*\]\s*$|\s*\[[^\]]*\]\([^)]*\)\s*$")
_COMPANY_SUFFIX = re.compile(r"\s+[-–—]\s+((?:[A-Z][\w.&' ]*?)(?:,\s*[A-Z][\w.&' ]*?)*)\s+Interview\s+Questions?\s*$")
_DIFFICULTY = re.compile(r"^\s*\[(E|M|H)\]\s*", re.I)
_ANSWER_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?:Answer|Ans|A)\s*:(?:\*\*|__)?(?:[ \t]+|\n|$)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")

DIFFICULTY_NAMES = {"e": "easy", "m": "medium", "h": "hard"}


def is_question(text: str) -> bool:
    """True when a heading or line reads as a question: it asks (`?`) or commands (`Explain …`)."""
    text = text.strip()
    if not text or len(text) > 400:
        return False
    if "?" in text:
        # A question mark inside a link or code is not a question of the line itself.
        visible = re.sub(r"\([^)]*\)|`[^`]*`", "", text)
        return "?" in visible
    return starts_with_imperative(text)


def starts_with_imperative(text: str) -> bool:
    """True when the text opens with a command word of exam questions (`Explain`, `Compare` …)."""
    match = _WORD.search(text)
    # `Write-ahead logging` is a topic, `Write a function` a command: the word must stand alone.
    return bool(
        match
        and match.start() < 3
        and match.group(0).lower() in IMPERATIVES
        and text[match.end() : match.end() + 1] in (" ", "\t")
        and len(text.split()) >= 2
    )


def starts_like_question(text: str) -> bool:
    """True when the text opens with a question word or a command word."""
    match = _WORD.search(text)
    if not match or match.start() > 2:
        return False
    word = match.group(0).lower()
    return word in QUESTION_WORDS or word in IMPERATIVES


def clean_question(text: str) -> tuple[str, tuple[str, ...]]:
    """Strip numbering, `Q3:` labels, a trailing source link and a `- Google, Amazon Interview Question`
    suffix. Returns the question and the companies named in the suffix."""
    text = text.strip().rstrip("#").strip()
    companies: tuple[str, ...] = ()
    match = _COMPANY_SUFFIX.search(text)
    if match:
        companies = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
        text = text[: match.start()]
    previous = None
    while previous != text:
        previous = text
        text = _SOURCE_LINK.sub("", text)
        text = _NUMBERING.sub("", text, count=1)
    return text.strip(), companies


def take_difficulty(text: str) -> tuple[str, str | None]:
    """`[E] What …` → (`What …`, `easy`)."""
    match = _DIFFICULTY.match(text)
    if not match:
        return text, None
    return text[match.end() :], DIFFICULTY_NAMES[match.group(1).lower()]


def strip_answer_label(markdown: str) -> str:
    """Drop a leading `Answer:` label from an answer."""
    return _ANSWER_LABEL.sub("", markdown, count=1) if _ANSWER_LABEL.match(markdown) else markdown


def normalise_question(text: str) -> str:
    """The form of a question used for identity and duplicate checks: case, spacing, ASCII punctuation and
    markup do not matter; mathematical symbols do (`X⊤` and `‖x‖` are different questions)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[`*_~]", "", text)
    return " ".join(t for t in re.findall(r"\w+|[^\w\s]", text) if t[0].isalnum() or t[0] == "_" or ord(t[0]) > 127)


def tag_slug(text: str) -> str:
    """`Model Evaluation` → `model_evaluation`: the form of a tag component Anki accepts (no spaces)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w]+", "_", text)
    return text.strip("_")
