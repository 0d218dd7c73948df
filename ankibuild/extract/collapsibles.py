"""`<details>` regions: finding matched `<details>` … `</details>` pairs in a document (nested ones
included), telling a summary that only labels an answer (`Show answer`) from one that asks or titles a hint
(`Hint 2`), a summary's text as Markdown, and unwrapping answer-labelled details inside an answer. Shared by
the rules that meet `<details>`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from ..records import SourceFile
from .document import Document, build_document, dedent, lazy_pattern, mark_followed_by, mark_tails, mask_code_and_math, may_hold

_OPEN = lazy_pattern(r"<details\b[^>]*>", re.I)


_CLOSE = lazy_pattern(r"</details\s*>", re.I)


_SUMMARY = lazy_pattern(r"\A\s*<summary\b[^>]*>(?P<inner>.*?)</summary\s*>", re.I | re.S)


TAG = re.compile(r"<[^>]+>")


# Words a summary may be made of when it only labels the hidden answer (`Click here to show the answer`).
_LABEL_WORDS = frozenset(
    {
        *("click", "tap", "here", "to", "show", "view", "see", "reveal", "check", "expand", "toggle", "display", "open"),
        *("the", "a", "an", "sample", "suggested", "possible", "my", "example", "model", "full", "hidden"),
        *("answer", "answers", "ans", "solution", "solutions", "explanation", "spoiler"),
    }
)


_LABEL_KEYS = frozenset(
    {"answer", "answers", "ans", "solution", "solutions", "explanation", "spoiler", "expand", "reveal", "show", "view"}
)


@dataclass(frozen=True, slots=True)
class DetailsRegion:
    """A matched `<details>` … `</details>` pair in the source."""

    first: int
    """Line of the opening tag, 0-based."""
    last: int
    """Line after the closing tag's line."""
    summary: str | None
    """The summary's inner HTML, None when there is no `<summary>`."""
    body: str
    """The Markdown between the summary (or the opening tag) and the closing tag, dedented."""
    children: tuple[DetailsRegion, ...]
    """`<details>` regions inside this one."""
    open_end: int = 0
    """Column after the opening tag on its line."""
    close_start: int = 0
    """Column of the closing tag on its line."""


def find_details(doc: Document) -> tuple[DetailsRegion, ...]:
    """The outermost `<details>` regions of a document, with their nested regions (found once: several
    rules ask)."""
    known = doc.derived.get(_REGIONS)
    if known is None:
        known = doc.derived[_REGIONS] = _find_details(doc) if _may_open_details(doc) else ()
    return known  # type: ignore[no-any-return]


_REGIONS = "details-regions"


def _may_open_details(doc: Document) -> bool:
    """False when a source holds no opening tag: `_OPEN` (`<details`, in any case: only `d` and `D` match
    its `d`) needs a `<d` or `<D`, and masking code, math and comments only blanks characters, it makes
    none. Most documents hold neither. Asked of the tails of the document's few `<` (`mark_tails`, shared)."""
    return mark_followed_by(doc, "<", ("d", "D"))


def _find_details(doc: Document) -> tuple[DetailsRegion, ...]:
    events: list[tuple[int, int, int, bool]] = []  # (line, start column, end column, is_opening)
    for block in doc.blocks:
        if block.kind not in ("html_block", "paragraph"):
            continue
        text = doc.text(block.first, block.last)
        if "<" not in text:
            continue  # no tag at all: most paragraphs, decided before masking
        text = mask_code_and_math(text) if block.kind == "paragraph" else text  # `<details>` in backticks is no tag
        text = _without_comments(text)
        for offset, source_line in enumerate(text.split("\n")):
            number = block.first + offset
            found = [(m.start(), m.end(), True) for m in _OPEN.finditer(source_line)]
            found += [(m.start(), m.end(), False) for m in _CLOSE.finditer(source_line)]
            events.extend((number, start, end, opening) for start, end, opening in sorted(found))
    stack: list[tuple[tuple[int, int, int], list[DetailsRegion]]] = []
    top: list[DetailsRegion] = []
    for line, start, end, opening in events:
        if opening:
            stack.append(((line, start, end), []))
            continue
        if not stack:
            continue  # a stray closing tag
        (o_line, o_start, o_end), children = stack.pop()
        region = _region(doc.lines, (o_line, o_end), (line, start), tuple(children))
        if o_start > len(doc.lines[o_line]) - len(doc.lines[o_line].lstrip()) and not stack:
            continue  # an opening tag in the middle of a line of prose is not a block of its own
        (stack[-1][1] if stack else top).append(region)
    return tuple(top)


_COMMENT = lazy_pattern(r"<!--.*?(?:-->|\Z)", re.S)


def _without_comments(text: str) -> str:
    """The text with each HTML comment blanked (lines kept): `<!-- answers in <details> -->` holds no tag."""
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def is_answer_summary(summary: str | None) -> bool:
    """True when a summary only labels what it hides as the answer (`Show answer`, `Solution`, `Click to
    expand`), or is absent or empty."""
    if summary is None:
        return True
    words = re.findall(r"[a-z]+", TAG.sub(" ", summary).lower())
    if words and _OTHER_ANSWER_SUMMARY.match(TAG.sub(" ", summary)):
        return True
    if not words:
        # No Latin word: a label in another script (`답 보기`, `答えを見る`), unless it asks (`什么是闭包？`).
        return not _ASKS.search(TAG.sub(" ", summary))
    return set(words) <= _LABEL_WORDS and bool(_LABEL_KEYS & set(words))


_ASKS = lazy_pattern(r"[?？;\u037e؟]\W*$")  # a question mark: Latin, full-width, Greek (`;`), Arabic


# `Xem đáp án`, `Ver respuesta`, `Antwort anzeigen`, `Voir la réponse`, `Mostra la risposta`, `Показать ответ`,
# `Erantzuna ikusi`, `Dangos yr ateb`, `Vis svar` …: the answer's label in languages written with Latin or Cyrillic letters (scripts without Latin letters,
# `답 보기`, `答えを見る`, `查看答案`, already hold no English word and count as labels).
_OTHER_ANSWER_SUMMARY = lazy_pattern(
    r"^\W*(?:(?:xem|hiện|hiển\s+thị|ver|mostrar|voir|afficher|mostra|vedi|ver|zeige|anzeigen|показать|смотреть|"
    r"pokaż|zobacz|zobrazit|göster|lihat|tampilkan|dangos|vis|visa)\s+)?(?:la\s+|el\s+|a\s+|die\s+|yr\s+|'r\s+)?"
    r"(?:đáp\s+án|lời\s+giải|câu\s+trả\s+lời|respuesta|respuestas|solución|soluciones|réponse|réponses|corrigé|"
    r"solution|risposta|risposte|soluzione|resposta|respostas|solução|antwort|antworten|lösung|lösungen|"
    r"ответ|ответы|решение|odpowiedź|rozwiązanie|odpověď|řešení|cevap|çözüm|jawaban|pembahasan"
    # Basque (`Erantzuna`, `Ebazpena`), Welsh (`Ateb`, `Datrysiad`, `Dangos yr ateb`)
    r"|erantzuna|erantzunak|ebazpena|ateb|atebion|datrysiad"
    # Norwegian, Danish, Swedish (`Svar`, `Vis svar`, `Løsning`, `Visa lösning`)
    r"|svar|svaret|løsning|løsningen|lösning|lösningen)"
    r"(?:\s+(?:anzeigen|zeigen|ansehen|mostrar|afficher|mostra|göster|erakutsi|ikusi))?\W*$",
    re.I,
)


_CODE_TAG = lazy_pattern(r"<code>(.*?)</code>", re.I | re.S)
_INLINE_TAG = lazy_pattern(r"</?(?:b|strong|i|em|u|span|mark|small|sub|sup|kbd|var|abbr|cite|q|s|del|ins)\b[^>]*>", re.I)
# One bold span from end to end: `**Ex. 1** — … **How is it classified?**` is two, and keeps its marks.
WHOLE_BOLD = lazy_pattern(r"^(\*\*|__)(?P<inner>(?:(?!\1).)+)\1$", re.S)


def summary_text(summary: str) -> str:
    """A summary as question Markdown: `<code>` becomes backticks, other tags go."""
    text = _CODE_TAG.sub(lambda m: f"`{m.group(1)}`", summary)
    text = _INLINE_TAG.sub("", text)  # `<b>Who wrote <i>Don Quixote</i>?</b>`: no space before the `?`
    text = " ".join(TAG.sub(" ", text).split())
    match = WHOLE_BOLD.match(text)
    text = match.group("inner").strip() if match else text
    return text.replace("\uff1f", "?")  # `什么是闭包？` asks as a heading's `？` does (`strip_dress`)


_HINT_SUMMARY = lazy_pattern(
    r"^\W*(?:hints?|tips?|clues?|indices?|indice|pistas?|dicas?|tipps?|hinweise?|astuces?|suggerimenti|suggerimento)"
    r"(?:[ \t]*#?\d+)?\W*$",
    re.I,
)


def is_hint(region: DetailsRegion) -> bool:
    """True for a `<details>` titled as a hint (`Hint`, `Hint 2`, `💡 Tip`, `Pista`) holding no details."""
    return region.summary is not None and not region.children and bool(_HINT_SUMMARY.match(summary_text(region.summary)))


def unwrap_answer_details(markdown: str) -> str | None:
    """The Markdown with every top-level answer-labelled `<details>` wrapper removed (its inside kept in its
    place), or None when there is none. For the question rules whose answer holds a
    `<details><summary>Answer</summary> … </details>` block (the heading rule, for one)."""
    doc = build_document(SourceFile("answer.md", None, markdown, ""), _parse(markdown), {})
    targets = [r for r in find_details(doc) if is_answer_summary(r.summary)]
    if not targets:
        return None
    parts: list[str] = []
    line = 0
    for region in targets:
        parts.append(doc.text(line, region.first))
        parts.append(region.body)
        closes = list(_CLOSE.finditer(doc.lines[region.last - 1]))
        parts.append(doc.lines[region.last - 1][closes[-1].end() :] if closes else "")
        line = region.last
    parts.append(doc.text(line, len(doc.lines)))
    return "\n\n".join(part.strip("\n") for part in parts if part.strip())


def _parse(markdown: str) -> list[Token]:
    from ..markdown import make_parser

    return make_parser().parse(markdown, {})


def _region(
    lines: Sequence[str], opened: tuple[int, int], closed: tuple[int, int], children: tuple[DetailsRegion, ...]
) -> DetailsRegion:
    (o_line, o_end), (c_line, c_start) = opened, closed
    inner = "\n".join(lines[o_line : c_line + 1])
    # Offsets inside `inner`: the opening tag's end on the first line, the closing tag's start on the last.
    begin = o_end
    end = sum(len(line) + 1 for line in lines[o_line:c_line]) + c_start
    text = inner[begin:end]
    summary = None
    match = _SUMMARY.match(text)
    if match:
        summary = match.group("inner")
        text = text[match.end() :]
    return DetailsRegion(o_line, c_line + 1, summary, dedent(text.split("\n")).strip(), children, o_end, c_start)


def body_without(doc: Document, region: DetailsRegion, removed: Sequence[DetailsRegion]) -> str:
    """A region's body with some of its nested regions taken out (each one on lines of its own; one that
    shares a line with other text stays): the outer answer once its nested questions are cards."""
    lines = list(doc.lines)
    for child in removed:
        if region.first < child.first and child.last < region.last:
            for n in range(child.first, child.last):
                lines[n] = ""
    rebuilt = _region(lines, (region.first, region.open_end), (region.last - 1, region.close_start), ())
    return re.sub(r"\n{3,}", "\n\n", rebuilt.body)


_BOX_OPEN = lazy_pattern(r"<(?P<tag>div|section|aside)\b(?P<attrs>[^>]*)>", re.I)
_BOX_TAG = lazy_pattern(r"</?(?:div|section|aside)\b[^>]*>", re.I)


@dataclass(frozen=True, slots=True)
class HtmlBox:
    """A matched `<div …>` … `</div>` (or `<section>`, `<aside>`) pair whose tags stand at the start of
    their lines: the containers course pages and textbooks put exercises and solutions in."""

    first: int
    """Line of the opening tag, 0-based."""
    last: int
    """Line after the closing tag's line."""
    attrs: str
    """The opening tag's attributes as written (`data-type="problem" markdown="1"`)."""
    body: str
    """The Markdown between the tags, dedented."""
    children: tuple[HtmlBox, ...]
    """Boxes directly inside this one."""


_BOX_NAMES = ("div", "section", "aside")


def may_hold_html_boxes(doc: Document) -> bool:
    """False only when no `<` of the document opens a `<div>`, `<section>` or `<aside>` tag in any case (the
    containers `find_html_boxes` reads): looked for in the characters after each `<` (`mark_tails`, shared;
    `document.may_hold` answers True for those beyond ASCII)."""
    return any(may_hold(tail, _BOX_NAMES) for tail in mark_tails(doc, "<"))


def find_html_boxes(doc: Document) -> tuple[HtmlBox, ...]:
    """The outermost `<div>`/`<section>`/`<aside>` containers of a document, with the ones nested inside.
    Tags are looked for at the start of lines of top-level HTML blocks and paragraphs (never in code)."""
    events: list[tuple[int, str, bool]] = []  # (line, attributes, is_opening)
    for block in doc.blocks:
        if block.kind not in ("html_block", "paragraph"):
            continue
        for number in range(block.first, block.last):
            text = doc.lines[number].strip()
            if not text.startswith("<"):
                continue
            for match in _BOX_TAG.finditer(text):
                tag = _BOX_OPEN.fullmatch(match.group(0))
                events.append((number, tag.group("attrs") if tag else "", tag is not None))
    stack: list[tuple[int, str, list[HtmlBox]]] = []
    top: list[HtmlBox] = []
    for line, attrs, opening in events:
        if opening:
            stack.append((line, attrs, []))
            continue
        if not stack:
            continue  # a stray closing tag
        o_line, o_attrs, children = stack.pop()
        inner = [_after_tag(doc.lines[o_line])] if o_line != line else []
        inner += [doc.lines[n] for n in range(o_line + 1, line)]
        if o_line != line:
            inner.append(_before_close(doc.lines[line]))
        box = HtmlBox(o_line, line + 1, o_attrs.strip(), dedent(inner).strip(), tuple(children))
        (stack[-1][2] if stack else top).append(box)
    return tuple(top)


def _after_tag(line: str) -> str:
    """What follows the opening tags on their line (`<div><div class="q">What …` → `What …`)."""
    return re.sub(r"^\s*(?:<(?:div|section|aside)\b[^>]*>\s*)+", "", line, flags=re.I)


def _before_close(line: str) -> str:
    return re.sub(r"(?:\s*</(?:div|section|aside)\s*>)+\s*$", "", line, flags=re.I)


def html_box_text(doc: Document, box: HtmlBox, end: int | None = None) -> str:
    """The Markdown inside a container up to line `end` (a nested container's first line), dedented."""
    stop = box.last - 1 if end is None else end
    if end is None and box.last - 1 == box.first:  # `<div class="front">What …?</div>` on one line
        return _before_close(_after_tag(doc.lines[box.first])).strip()
    inner = [_after_tag(doc.lines[box.first])] + [doc.lines[n] for n in range(box.first + 1, stop)]
    if end is None and box.last - 1 > box.first:
        inner.append(_before_close(doc.lines[box.last - 1]))
    return dedent(inner).strip()
