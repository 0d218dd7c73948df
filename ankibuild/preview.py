"""The preview: one self-contained HTML page showing every card as Anki shows it.

Each card is rendered with the note type's own templates and CSS (`notetypes.py`) through a small
subset of Anki's template language: `{{Field}}`, `{{FrontSide}}`, `{{#Field}}…{{/Field}}`,
`{{^Field}}…{{/Field}}`, and the `cloze:` and `text:` filters. Cloze notes give one card per cloze
number, with Anki's markup (`<span class="cloze">[...]</span>` on the front).

Anki typesets `\\(…\\)` and `\\[…\\]` with MathJax when a card is shown. The page must work offline and
without a script library, so formulas are converted to MathML here (`latex2mathml`), which browsers lay
out natively; a formula that cannot be converted is shown as its TeX source in a marked box. Local images
are inlined as `data:` URLs and remote ones replaced by a placeholder, and a Content-Security-Policy
forbids every fetch, so opening the page never touches the network.

The page's script filters by deck, tag and text, and switches the cards between day and night mode
by setting Anki's `nightMode night_mode` classes on each card container. Its state lives in the URL
fragment (`#card=<guid>&theme=dark&deck=…&tag=…&q=…`), so a link (or a screenshot tool) can show one
card in one theme.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import os
import re
import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal
from xml.etree.ElementTree import Element

from .notetypes import NOTE_TYPES, NoteType
from .records import BuildReport, Card

__all__ = [
    "CardFaces",
    "cloze_numbers",
    "render_cloze",
    "render_faces",
    "render_preview",
    "render_template",
    "tex_to_mathml",
    "typeset_side",
    "write_preview",
]

Side = Literal["front", "back"]


@dataclass(frozen=True, slots=True)
class CardFaces:
    """Both sides of one card of a note, as Anki renders them before MathJax runs."""

    ordinal: int
    """1-based card number: the template's for a basic note, the cloze number for a cloze note."""
    front_html: str
    """The question side."""
    back_html: str
    """The answer side."""


# --- Anki's template language (the subset our note types use) ---------------------------------

_TAG = re.compile(r"\{\{([#^/]?)([^{}]*?)\}\}")
# Anki's `field_is_empty`: whitespace, line breaks and empty divs do not make a field non-empty
_EMPTY_FIELD = re.compile(r"(?:\s|\u200b|&nbsp;|<br\s*/?>|<div>\s*</div>)*", re.IGNORECASE)
_CLOZE_PART = re.compile(r"\{\{c(\d+)::|\}\}")
_HTML_TAG = re.compile(r"<[^>]*>")


def render_template(template: str, fields: Mapping[str, str], *, side: Side = "front", cloze: int = 0) -> str:
    """Fill a card template as Anki does; `fields` includes specials such as `FrontSide` and `Tags`.

    `cloze` is the cloze number of the card (0 for a basic note). An unknown field renders as Anki's
    `{unknown field …}` message; an unbalanced section is a bug in the template and raises ValueError.
    """
    matches = list(_TAG.finditer(template))
    out, end, closed = _render_span(template, matches, 0, 0, fields, side, cloze)
    if closed is not None:
        raise ValueError(f"template closes a section never opened: {{{{/{closed}}}}}")
    return out + template[end:]


def _render_span(
    template: str, matches: list[re.Match[str]], index: int, pos: int, fields: Mapping[str, str], side: Side, cloze: int
) -> tuple[str, int, str | None]:
    """Render from matches[index] until a closing tag: (text, position after it, its name or None at the end)."""
    out: list[str] = []
    while index < len(matches):
        match = matches[index]
        out.append(template[pos : match.start()])
        kind, name = match[1], match[2].strip()
        index, pos = index + 1, match.end()
        if kind == "/":
            return "".join(out), pos, name
        if kind in ("#", "^"):
            inner, pos, closed = _render_span(template, matches, index, pos, fields, side, cloze)
            if closed != name:
                raise ValueError(f"section {{{{{kind}{name}}}}} is not closed by {{{{/{name}}}}}")
            while index < len(matches) and matches[index].start() < pos:
                index += 1
            present = not _EMPTY_FIELD.fullmatch(fields.get(name, ""))
            if present != (kind == "^"):
                out.append(inner)
            continue
        out.append(_field(name, fields, side, cloze))
    out.append(template[pos:])
    return "".join(out), len(template), None


def _field(spec: str, fields: Mapping[str, str], side: Side, cloze: int) -> str:
    """One `{{filter:…:Field}}` replacement; filters apply right to left, unknown ones are ignored."""
    *filters, name = spec.split(":")
    if name not in fields:
        return f"{{unknown field {html.escape(name)}}}"
    value = fields[name]
    for name_of_filter in reversed(filters):
        if name_of_filter == "cloze":
            value = render_cloze(value, cloze, side)
        elif name_of_filter == "text":
            value = html.unescape(_HTML_TAG.sub("", value))
    return value


@dataclass(frozen=True, slots=True)
class _Cloze:
    """One `{{cN::…}}` deletion, possibly holding nested ones."""

    ordinal: int
    """The N of `cN`."""
    parts: tuple[str | _Cloze, ...]
    """Its content: text and nested deletions."""
    hint: str | None
    """The text after `::`, shown in place of `...` on the front."""


def _parse_cloze(text: str) -> tuple[str | _Cloze, ...]:
    """Text and deletions; an unclosed `{{cN::` or a stray `}}` stays text, as in Anki."""
    stack: list[tuple[int, str, list[str | _Cloze]]] = [(0, "", [])]
    pos = 0
    for match in _CLOZE_PART.finditer(text):
        stack[-1][2].append(text[pos : match.start()])
        pos = match.end()
        if match[1] is not None:
            stack.append((int(match[1]), match[0], []))
        elif len(stack) > 1:
            ordinal, _, parts = stack.pop()
            hint = None
            if parts and isinstance(parts[-1], str) and "::" in parts[-1]:
                parts[-1], hint = parts[-1].split("::", 1)
            stack[-1][2].append(_Cloze(ordinal, tuple(p for p in parts if p != ""), hint))
        else:
            stack[-1][2].append(match[0])
    stack[-1][2].append(text[pos:])
    while len(stack) > 1:  # unclosed openers become text again
        _, opener, parts = stack.pop()
        stack[-1][2].extend([opener, *parts])
    return tuple(p for p in stack[0][2] if p != "")


def cloze_numbers(text: str) -> tuple[int, ...]:
    """The cloze numbers a Text field holds, sorted: Anki makes one card for each."""
    found: set[int] = set()

    def visit(parts: Sequence[str | _Cloze]) -> None:
        for part in parts:
            if isinstance(part, _Cloze):
                found.add(part.ordinal)
                visit(part.parts)

    visit(_parse_cloze(text))
    return tuple(sorted(found))


def render_cloze(text: str, ordinal: int, side: Side) -> str:
    """Anki's `cloze:` filter: card `ordinal` hides its deletions on the front, highlights them on the back."""
    if ordinal not in cloze_numbers(text):
        return ""

    def show(parts: Sequence[str | _Cloze]) -> str:
        out: list[str] = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
                continue
            inner = show(part.parts)
            if part.ordinal != ordinal:
                out.append(f'<span class="cloze-inactive" data-ordinal="{part.ordinal}">{inner}</span>')
            elif side == "back":
                out.append(f'<span class="cloze" data-ordinal="{part.ordinal}">{inner}</span>')
            else:
                shown = f"[{part.hint}]" if part.hint else "[...]"
                out.append(f'<span class="cloze" data-cloze="{html.escape(inner)}" data-ordinal="{part.ordinal}">{shown}</span>')
        return "".join(out)

    return show(_parse_cloze(text))


def render_faces(card: Card) -> tuple[CardFaces, ...]:
    """Every card Anki makes from the note, each side filled from the note type's templates."""
    note_type = NOTE_TYPES[card.note_type]
    values = (card.question_html, card.answer_html, card.context, html.escape(card.source, quote=False))
    fields = dict(zip(note_type.fields, values, strict=True))
    fields |= {"Tags": " ".join(card.tags), "Deck": card.deck, "Subdeck": card.deck.rsplit("::", 1)[-1], "Type": note_type.name}
    faces: list[CardFaces] = []
    if note_type.cloze:
        name, front, back = note_type.templates[0]
        for ordinal in cloze_numbers(fields[note_type.fields[0]]) or (1,):
            faces.append(_faces(ordinal, front, back, {**fields, "Card": f"{name} {ordinal}"}, ordinal))
    else:
        for number, (name, front, back) in enumerate(note_type.templates, 1):
            faces.append(_faces(number, front, back, {**fields, "Card": name}, 0))
    return tuple(faces)


def _faces(ordinal: int, front: str, back: str, fields: dict[str, str], cloze: int) -> CardFaces:
    question = render_template(front, fields, side="front", cloze=cloze)
    answer = render_template(back, {**fields, "FrontSide": question}, side="back", cloze=cloze)
    return CardFaces(ordinal, question, answer)


# --- math and media: what MathJax and the media folder do in Anki -------------------------------

_SKIPPED = frozenset({"pre", "code", "script", "style", "textarea"})
"""Elements whose text MathJax leaves alone (its default `skipHtmlTags`)."""
_RAW_TEXT = frozenset({"script", "style"})
_CHARREF = re.compile(r"&#x([0-9a-fA-F]+);")
_UNKNOWN_COMMAND = re.compile(r"\\[A-Za-z]+")
# latex2mathml numbers `align` rows; MathJax as Anki configures it numbers nothing
_NUMBERED_ENV = re.compile(r"\\(begin|end)\{align\}")


def tex_to_mathml(tex: str, *, display: bool) -> str | None:
    """A `<math>` element for a TeX formula, or None when latex2mathml cannot convert all of it."""
    from latex2mathml.converter import convert_to_element

    try:
        element = convert_to_element(_NUMBERED_ENV.sub(r"\\\1{align*}", tex), display="block" if display else "inline")
    except Exception:  # noqa: BLE001 - the converter raises many kinds on bad TeX; every one means "show the source"
        return None
    if any(_UNKNOWN_COMMAND.search(_characters(node.text or "")) for node in element.iter()):
        return None  # an unknown command comes through as text (`<mi>\foo</mi>`), which would look typeset
    return _serialise(element)


def _characters(text: str) -> str:
    """latex2mathml writes symbols as `&#x…;` inside element text; turn them into the characters."""
    return _CHARREF.sub(lambda m: chr(int(m[1], 16)), text)


def _serialise(element: Element) -> str:
    """HTML for a MathML tree, escaping text (latex2mathml's own serialiser leaves `<` raw in `\\text{}`)."""
    attrs = "".join(f' {key}="{html.escape(_characters(value))}"' for key, value in element.attrib.items() if key != "xmlns")
    inner = html.escape(_characters(element.text or ""), quote=False)
    inner += "".join(_serialise(child) + html.escape(_characters(child.tail or ""), quote=False) for child in element)
    return f"<{element.tag}{attrs}>{inner}</{element.tag}>"


def _typeset_text(text: str) -> tuple[str, int]:
    """Escaped text with each `\\(…\\)` and `\\[…\\]` turned into MathML: (HTML, formulas that failed)."""
    out: list[str] = []
    failed = 0
    done = pos = 0
    while (pos := text.find("\\", pos)) != -1:
        opener = text[pos + 1 : pos + 2]
        if opener not in ("(", "["):
            pos += 2  # `\x` is a pair, as MathJax reads it: `\\(` is not an opener
            continue
        close = _find_closer(text, pos + 2, ")" if opener == "(" else "]")
        if close == -1:
            pos += 2
            continue
        tex = text[pos + 2 : close]
        mathml = tex_to_mathml(tex, display=opener == "[")
        out.append(html.escape(text[done:pos], quote=False))
        if mathml is None:
            failed += 1
            title = "could not be typeset offline; Anki's MathJax may still show it"
            out.append(f'<span class="pv-math-error" title="{title}">{html.escape(tex, quote=False)}</span>')
        else:
            out.append(mathml)
        done = pos = close + 2
    out.append(html.escape(text[done:], quote=False))
    return "".join(out), failed


def _find_closer(text: str, pos: int, closer: str) -> int:
    while (pos := text.find("\\", pos)) != -1:
        if text[pos + 1 : pos + 2] == closer:
            return pos
        pos += 2
    return -1


class _SideRewriter(HTMLParser):
    """Copies card HTML, typesetting formulas in text and making images work offline."""

    def __init__(self, media: Mapping[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.media = media
        self.out: list[str] = []
        self.skipping: list[str] = []
        self.failed = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.out.append(self._image(attrs))
            return
        self.out.append(self.get_starttag_text() or "")
        if tag in _SKIPPED:
            self.skipping.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._image(attrs) if tag == "img" else self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data: str) -> None:
        if self.skipping and self.skipping[-1] in _RAW_TEXT:
            self.out.append(data)
        elif self.skipping or "\\" not in data:
            self.out.append(html.escape(data, quote=False))
        else:
            typeset, failed = _typeset_text(data)
            self.out.append(typeset)
            self.failed += failed

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def _image(self, attrs: list[tuple[str, str | None]]) -> str:
        values = dict(attrs)
        src = values.get("src") or ""
        if src in self.media:
            values["src"] = self.media[src]
        elif re.match(r"[a-z][a-z0-9+.-]*:", src, re.IGNORECASE) and not src.startswith("data:"):
            alt = values.get("alt") or src
            return f'<span class="pv-remote-image" title="{html.escape(src)}">remote image, not loaded offline: {html.escape(alt)}</span>'
        return "<img" + "".join(f' {k}="{html.escape(v or "")}"' for k, v in values.items()) + ">"


def typeset_side(side_html: str, media: Mapping[str, str] | None = None) -> tuple[str, int]:
    """A card side ready for an offline page: formulas as MathML, images inlined: (HTML, formulas that failed).

    `media` maps packaged media names to `data:` URLs. Formulas inside `pre`, `code` and the other
    elements MathJax skips are left as text.
    """
    rewriter = _SideRewriter(media or {})
    rewriter.feed(side_html)
    rewriter.close()
    return "".join(rewriter.out), rewriter.failed


# --- the page -------------------------------------------------------------------------------------


def render_preview(cards: Sequence[Card], *, title: str, media: Mapping[str, str] | None = None) -> str:
    """The whole preview page for these cards, in their order. `media`: packaged name → `data:` URL."""
    note_css = "\n".join(dict.fromkeys(t.css for t in NOTE_TYPES.values()))
    items: list[str] = []
    failed = 0  # cards holding a formula that could not be converted
    for card in cards:
        item, item_failed = _item(card, NOTE_TYPES[card.note_type], media or {})
        items.append(item)
        failed += item_failed > 0
    decks = Counter(card.deck for card in cards)
    tags = Counter(prefix for card in cards for prefix in {p for tag in card.tags for p in _tag_prefixes(tag)})
    deck_options = "".join(
        f'<option value="{_attr(deck)}" title="{_attr(deck)}">{_text(deck.split("::", 1)[-1])} ({n})</option>'
        for deck, n in sorted(decks.items())
    )
    tag_options = "".join(f'<option value="{_attr(tag)}">{_text(tag)} ({n})</option>' for tag, n in sorted(tags.items()))
    warning = (
        f'<p class="pv-warning">{failed} card{"s have" if failed != 1 else " has"} formulas that could not be typeset offline '
        '(shown as <span class="pv-math-error">TeX</span>).</p>'
        if failed
        else ""
    )
    total = len(cards)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<title>{_text(title)} — card preview</title>
<style>
{note_css}
</style>
<style>
{_PAGE_CSS}
</style>
</head>
<body class="pv-page">
<header class="pv-bar">
<h1 class="pv-title">{_text(title)}</h1>
<span class="pv-count"><b id="pv-shown">{total}</b> of {total} cards · {len(decks)} decks · {len(tags)} tags</span>
<input id="pv-search" type="search" placeholder="Search questions and answers" aria-label="Search questions and answers">
<select id="pv-deck" aria-label="Deck"><option value="">All decks ({total})</option>{deck_options}</select>
<select id="pv-tag" aria-label="Tag"><option value="">All tags</option>{tag_options}</select>
<label class="pv-switch"><input id="pv-dark" type="checkbox"> Night mode</label>
</header>
{warning}<p id="pv-focus" class="pv-note" hidden>Showing one card. <a href="#">Show all cards</a></p>
<main class="pv-list">
{"".join(items)}</main>
<p id="pv-none" class="pv-note" hidden>No card matches.</p>
<script>
{_PAGE_JS}
</script>
</body>
</html>
"""


def _item(card: Card, note_type: NoteType, media: Mapping[str, str]) -> tuple[str, int]:
    """One note: its facts and, for each of its cards, the front and back side by side."""
    failed = 0
    blocks: list[str] = []
    all_faces = render_faces(card)
    for faces in all_faces:
        sides: list[str] = []
        for label, side_html in (("Front", faces.front_html), ("Back", faces.back_html)):
            typeset, side_failed = typeset_side(side_html, media)
            failed += side_failed
            if len(all_faces) > 1:
                label += f" · card {faces.ordinal}"
            sides.append(
                f'<section class="pv-side"><h2 class="pv-label">{label}</h2>'
                f'<div class="card card{faces.ordinal} pv-face">{typeset}</div></section>'
            )
        blocks.append(f'<div class="pv-sides">{"".join(sides)}</div>')
    chips = "".join(f'<button type="button" class="pv-tag" data-pv-tag="{_attr(tag)}">{_text(tag)}</button>' for tag in card.tags)
    meta = (
        f'<div class="pv-meta"><span class="pv-deck" title="deck">{_text(card.deck)}</span>'
        f'<span class="pv-source" title="source">{_text(card.source)}</span>'
        f'<span class="pv-kind">{_text(note_type.name)} · {_text(card.convention)}</span>'
        f'<a class="pv-link" href="#card={_attr(card.guid)}" title="show only this card">link</a>'
        f"{f'<span class=pv-tags>{chips}</span>' if chips else ''}</div>"
    )
    attrs = f'data-guid="{_attr(card.guid)}" data-deck="{_attr(card.deck)}" data-tags="{_attr(" ".join(card.tags))}"'
    return f'<article class="pv-item" {attrs}>{meta}{"".join(blocks)}</article>\n', failed


def _tag_prefixes(tag: str) -> list[str]:
    """`a::b::c` → `a`, `a::b`, `a::b::c`: Anki's browser matches a parent tag on all its children."""
    parts = tag.split("::")
    return ["::".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def write_preview(report: BuildReport, out_dir: Path, *, title: str) -> Path:
    """Write `out_dir/preview/index.html` for the report's cards, atomically, and return its path."""
    media = {m.name: _data_url(Path(m.path)) for card in report.cards for m in card.media}
    page = render_preview(report.cards, title=title, media=media)
    target = out_dir / "preview" / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    # Created with mode 0o666 less the umask, as the package is (mkstemp's 0o600 would make the page private).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp_name = target.with_name(f".index.html.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp_name, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.replace(tmp_name, target)
    finally:
        tmp_name.unlink(missing_ok=True)
    return target


def _data_url(path: Path) -> str:
    kind = "image/svg+xml" if path.suffix.lower() == ".svg" else mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
"""Nothing may be fetched: the page is whole by itself, and stays so when a card names a remote image."""

_PAGE_CSS = """\
[hidden] { display: none !important; }
:root { color-scheme: light; --pv-bg: #eef1f4; --pv-fg: #1f2328; --pv-muted: #59636e; --pv-panel: #ffffff;
  --pv-line: #d0d7de; --pv-accent: #0969da; --pv-chip: #ddf4ff; --pv-error: #cf222e; }
html.pv-dark { color-scheme: dark; --pv-bg: #111214; --pv-fg: #e6edf3; --pv-muted: #9198a1; --pv-panel: #1e1f22;
  --pv-line: #3d444d; --pv-accent: #4493f8; --pv-chip: #1c2d41; --pv-error: #f85149; }
body.pv-page { margin: 0; background: var(--pv-bg); color: var(--pv-fg);
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pv-bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center;
  padding: 10px 16px; background: var(--pv-panel); border-bottom: 1px solid var(--pv-line); }
.pv-title { margin: 0; font-size: 18px; }
.pv-count { color: var(--pv-muted); margin-right: auto; }
.pv-bar input[type=search], .pv-bar select { font: inherit; min-width: 0; max-width: 100%; padding: 4px 6px;
  color: var(--pv-fg); background: var(--pv-bg); border: 1px solid var(--pv-line); border-radius: 6px; }
.pv-bar input[type=search] { flex: 2 1 200px; }
.pv-bar select { flex: 1 1 130px; }
.pv-switch { white-space: nowrap; cursor: pointer; }
.pv-list { max-width: 1280px; margin: 0 auto; padding: 12px 16px; display: grid; gap: 16px; }
.pv-item { background: var(--pv-panel); border: 1px solid var(--pv-line); border-radius: 8px; overflow: hidden;
  content-visibility: auto; contain-intrinsic-size: auto 480px; }
.pv-meta { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; padding: 6px 12px; font-size: 13px;
  color: var(--pv-muted); border-bottom: 1px solid var(--pv-line); overflow-wrap: anywhere; }
.pv-deck { color: var(--pv-fg); font-weight: 600; }
.pv-link { color: var(--pv-accent); }
.pv-tags { display: flex; flex-wrap: wrap; gap: 4px; }
.pv-tag { font: inherit; font-size: 12px; padding: 0 8px; border: 0; border-radius: 10px; cursor: pointer;
  color: var(--pv-fg); background: var(--pv-chip); }
.pv-sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); }
.pv-sides + .pv-sides { border-top: 1px solid var(--pv-line); }
.pv-side { min-width: 0; }
.pv-side + .pv-side { border-left: 1px solid var(--pv-line); }
.pv-label { margin: 0; padding: 6px 12px 0; font-size: 11px; font-weight: 600; letter-spacing: 0.06em;
  text-transform: uppercase; color: var(--pv-muted); }
.pv-note, .pv-warning { max-width: 1280px; margin: 12px auto 0; padding: 0 16px; }
.pv-warning { color: var(--pv-error); }
.pv-math-error { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; white-space: pre-wrap;
  color: var(--pv-error); border: 1px dashed var(--pv-error); border-radius: 4px; padding: 0 0.25em; }
.pv-remote-image { font-size: 0.85em; font-style: italic; color: var(--pv-muted); border: 1px dashed var(--pv-line); padding: 0 0.25em; }
math { font-size: 1.05em; font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "TeX Gyre Termes Math",
  "TeX Gyre Pagella Math", "DejaVu Math TeX Gyre", "Noto Sans Math", math; }
/* without an OpenType math font, limits and scripts overhang the formula's box; the card CSS clips display math */
.pv-face .math.display { padding: 0.2em 0; }
@media (max-width: 760px) {
  .pv-bar { position: static; padding: 8px 10px; }
  .pv-bar input[type=search] { flex-basis: 100%; }
  .pv-list { padding: 8px 0; gap: 10px; }
  .pv-item { border-radius: 0; border-left: 0; border-right: 0; }
  .pv-sides { grid-template-columns: minmax(0, 1fr); }
  .pv-side + .pv-side { border-left: 0; border-top: 1px solid var(--pv-line); }
}
"""

_PAGE_JS = """\
(function () {
  "use strict";
  var doc = document;
  var items = Array.prototype.slice.call(doc.querySelectorAll(".pv-item"));
  var faces = doc.querySelectorAll(".pv-face");
  var search = doc.getElementById("pv-search");
  var deck = doc.getElementById("pv-deck");
  var tag = doc.getElementById("pv-tag");
  var dark = doc.getElementById("pv-dark");
  var shown = doc.getElementById("pv-shown");
  var none = doc.getElementById("pv-none");
  var focusNote = doc.getElementById("pv-focus");
  var texts = null;
  var focus = "";

  function setTheme(night) {
    doc.documentElement.classList.toggle("pv-dark", night);
    for (var i = 0; i < faces.length; i++) {
      faces[i].classList.toggle("nightMode", night);
      faces[i].classList.toggle("night_mode", night);
    }
    dark.checked = night;
  }
  function hasTag(tags, wanted) {
    var list = tags ? tags.split(" ") : [];
    for (var i = 0; i < list.length; i++) {
      if (list[i] === wanted || list[i].indexOf(wanted + "::") === 0) return true;
    }
    return false;
  }
  function textOf(index) {
    if (!texts) {
      texts = items.map(function (item) {
        var parts = item.querySelectorAll(".pv-face");
        var all = "";
        for (var i = 0; i < parts.length; i++) all += " " + parts[i].textContent;
        return all.toLowerCase();
      });
    }
    return texts[index];
  }
  function filter() {
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    items.forEach(function (item, index) {
      var visible = focus
        ? item.getAttribute("data-guid") === focus
        : (!deck.value || item.getAttribute("data-deck") === deck.value) &&
          (!tag.value || hasTag(item.getAttribute("data-tags"), tag.value)) &&
          words.every(function (word) { return textOf(index).indexOf(word) !== -1; });
      item.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
    none.hidden = count !== 0;
    focusNote.hidden = !focus;
  }
  function choose(select, value) {
    select.value = value || "";
    if (select.value !== (value || "")) select.value = "";
  }
  function saveState() {
    var state = new URLSearchParams();
    if (focus) state.set("card", focus);
    if (deck.value) state.set("deck", deck.value);
    if (tag.value) state.set("tag", tag.value);
    if (search.value) state.set("q", search.value);
    state.set("theme", dark.checked ? "dark" : "light");
    history.replaceState(null, "", "#" + state.toString());
  }
  function loadState() {
    var state = new URLSearchParams(location.hash.replace(/^#/, ""));
    focus = state.get("card") || "";
    choose(deck, state.get("deck"));
    choose(tag, state.get("tag"));
    search.value = state.get("q") || "";
    var theme = state.get("theme");
    if (theme === "dark" || theme === "light") setTheme(theme === "dark");
    filter();
    if (focus) window.scrollTo(0, 0);
  }
  function changed() {
    focus = "";
    filter();
    saveState();
  }
  search.addEventListener("input", changed);
  deck.addEventListener("change", changed);
  tag.addEventListener("change", changed);
  dark.addEventListener("change", function () { setTheme(dark.checked); saveState(); });
  doc.addEventListener("click", function (event) {
    var chip = event.target.closest && event.target.closest("[data-pv-tag]");
    if (!chip) return;
    choose(tag, chip.getAttribute("data-pv-tag"));
    changed();
    window.scrollTo(0, 0);
  });
  window.addEventListener("hashchange", loadState);
  setTheme(!!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches));
  loadState();
  doc.documentElement.setAttribute("data-pv-ready", "1");
})();
"""
