"""Presenter notes as answers: remark.js quiz decks ask on the slide and answer in its notes, which only the
presenter sees.

    ---                                    ---
    ## Frage 3                             name: q4
                                           ## 問4
    Welcher Fluss trennt Gallien …?
                                           日本で一番高い山は？
    ???
                                           ???
    Der **Rubikon**.
                                           富士山（3776 m）。

Slides are separated by `---` lines; a line that is only `???` starts the slide's presenter notes. A slide
whose own text asks in a paragraph (its title then only a label: `## Q3`), or whose title asks over no text
of its own but pictures, is a card: the question, then what else the slide shows (a picture, a table), is
the front, the notes the back. A slide's
properties (`class: center, middle`, `name: q4`) are no content. Read where two slides or more are answered
so. A question slide without notes, or whose notes are empty, a placeholder or only a remark in brackets
(`(look this up before Thursday)`), is `unanswered`. The other slides with notes are the talk around the
quiz (a title slide and its welcome, an agenda, a closing `# Questions?` over the next session's date): no
cards; slides without notes are left to the other rules.

iA Presenter decks split their slides the same way but mark the other side: what the audience sees is
indented by a tab (a block of tab-indented lines, which Markdown reads as code), the slide's headings shown
too, and every plain paragraph is the speaker's notes.

    ---                                    ---
    ## Q3                                  ## Pregunta 2
    <TAB>Which river crossed Caesar …?      <TAB>¿Qué órgano produce la bilis?

    The **Rubicon**, in 49 BC.             El hígado; la vesícula la almacena.

In a deck without `???` whose slides show text so, a slide whose tab-indented text asks is a card: that
text, its tab taken off, is the front (a picture on the slide after it), the slide's other blocks the back.
Its title is only a label there: a slide that shows nothing but a title asking (`## Why …?` over notes
calling it rhetorical) is the talk around the quiz, like a slide whose shown text does not ask. Read, and
unanswered slides reported, as above.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import remark_or_empty_reason, unanswered
from .document import Document, block_kinds, text_holds
from .outline import clean_heading, topic_tags
from .questions import clean_question, ends_with_question_mark, is_question

CONVENTION = "presenter-note"

_MIN_ANSWERED = 2
_NOTES = "???"
# `class: center, middle, inverse`, `name: agenda`, `background-image: url(…)`: a remark slide property line.
_PROPERTY = re.compile(r"^[a-z][a-z-]*:[ \t]*\S[^\n]*$")
# `<TAB>Which river …?`: a line an iA Presenter slide shows.
_SHOWN_LINE = re.compile(r"^\t[^\n]*$")
# `![Denarius of 44 BC](img/coin.jpg)`: a paragraph that is only pictures.
_PICTURES = re.compile(r"^(?:[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*\n?)+$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from quiz slides answered in their presenter notes."""
    kinds = block_kinds(doc)
    if "hr" not in kinds or not (text_holds(doc, "\n???") or ("code_block" in kinds and text_holds(doc, "\n\t"))):
        return RuleResult()  # no slide separator, no presenter notes, no text shown by a tab: nearly every document
    blocks = doc.blocks
    slides: list[list[int]] = [[]]
    for index, block in enumerate(blocks):
        if block.kind == "hr":
            slides.append([])
        else:
            slides[-1].append(index)
    if any(block.kind == "paragraph" and doc.block_text(i).strip() == _NOTES for i, block in enumerate(blocks)):
        reader = _read
    elif any(block.kind == "code_block" and _is_shown(doc, i) for i, block in enumerate(blocks)):
        reader = _read_shown
    else:
        return RuleResult()
    # (question or None, notes or None when the slide has none) and the slide's blocks
    read = [(reader(doc, slide), slide) for slide in slides if slide]
    answered = sum(
        1 for (question, notes), _ in read if question is not None and notes is not None and remark_or_empty_reason(_text(doc, notes)) is None
    )
    if answered < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for (question, notes), slide in read:
        if not all(is_free(doc, taken, i) for i in slide):
            continue
        if question is None:
            if notes is not None:  # a slide with notes that asks nothing: the talk around the quiz
                for i in slide:
                    claims.update(claim(blocks[i].first, blocks[i].last, "skip:slide"))
            continue
        front, shown = question
        answer = _text(doc, notes) if notes is not None else ""
        reason = remark_or_empty_reason(answer)
        loc = doc.loc(blocks[shown[0]].first)
        if reason is None:
            section = doc.section_of_block(slide[0])
            path = section.path if section is not None else ()
            drafts.append(CardDraft(loc, CONVENTION, front, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
        else:
            diagnostics.append(unanswered(loc, " ".join(front.split()), reason))
        for i in slide:
            claims.update(claim(blocks[i].first, blocks[i].last, "card" if reason is None else "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _read(doc: Document, slide: Sequence[int]) -> tuple[tuple[str, list[int]] | None, list[int] | None]:
    """A slide's question (its front and the blocks it shows) and its notes' blocks (None without `???`)."""
    blocks = doc.blocks
    cut = next((n for n, i in enumerate(slide) if blocks[i].kind == "paragraph" and doc.block_text(i).strip() == _NOTES), None)
    shown = list(slide if cut is None else slide[:cut])
    notes = None if cut is None else list(slide[cut + 1 :])
    if shown and blocks[shown[0]].kind == "paragraph" and all(_PROPERTY.match(line) for line in doc.block_text(shown[0]).splitlines()):
        shown = shown[1:]  # the slide's properties
    titles = [i for i in shown if blocks[i].kind == "heading"]
    texts = [i for i in shown if blocks[i].kind == "paragraph" and not _PICTURES.match(doc.block_text(i).strip())]
    content = [i for i in shown if blocks[i].kind != "heading" and blocks[i].kind != "html_block"]
    asking = [i for i in texts if _asks(" ".join(doc.block_text(i).split()))]
    if asking:  # the question first, then what the slide shows with it (a picture, a table)
        front = "\n\n".join(doc.block_text(i).strip("\n") for i in [*asking, *(i for i in content if i not in asking)])
        return (front, content), notes
    if len(titles) == 1 and not texts:
        title, _ = clean_question(doc.block_text(titles[0]).strip().lstrip("#").strip())
        if title and _asks(title):
            pictures = [doc.block_text(i).strip("\n") for i in content]
            return ("\n\n".join([title, *pictures]), [titles[0], *content]), notes
    return None, notes


def _read_shown(doc: Document, slide: Sequence[int]) -> tuple[tuple[str, list[int]] | None, list[int]]:
    """An iA Presenter slide's question (its tab-indented text, when that asks, and a picture after it) and
    its notes' blocks (the plain paragraphs and whatever else the slide does not show)."""
    blocks = doc.blocks
    shown = [i for i in slide if blocks[i].kind == "code_block" and _is_shown(doc, i)]
    notes = [i for i in slide if blocks[i].kind not in ("heading", "html_block") and i not in shown]
    asking = [i for i in shown if _asks(" ".join(doc.block_text(i).split()))]
    if not asking:
        return None, notes
    pictures = [i for i in notes if blocks[i].kind == "paragraph" and _PICTURES.match(doc.block_text(i).strip())]
    notes = [i for i in notes if i not in pictures]
    front = "\n\n".join([*(_unindented(doc, i) for i in shown), *(doc.block_text(i).strip("\n") for i in pictures)])
    return (front, [*shown, *pictures]), notes


def _is_shown(doc: Document, index: int) -> bool:
    """True for an indented block every line of which opens with a tab: text an iA Presenter slide shows."""
    return all(_SHOWN_LINE.match(line) for line in doc.block_text(index).strip("\n").splitlines() if line.strip())


def _unindented(doc: Document, index: int) -> str:
    """A shown block's text, each line without its tab."""
    lines = doc.block_text(index).strip("\n").splitlines()
    return "\n".join(line[1:] if line.startswith("\t") else line.strip() for line in lines)


def _text(doc: Document, indexes: Sequence[int]) -> str:
    """The blocks' source, joined."""
    return "\n\n".join(doc.block_text(i).strip("\n") for i in indexes).strip()


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word) or ends with its script's question mark (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text)
