"""The HTML safelist every card side passes through, and a report of what it took out.

Cleaning is nh3's (Ammonia, an html5ever-based sanitiser), configured once at import. nh3 does not say
what it removed, so the same policy is audited here with `html.parser` to produce descriptions the build
turns into warnings. The audit is skipped when a single regular expression proves every tag of the input
already fits the safelist, which is the case for ordinary Markdown output.

Policy, beyond the element and attribute safelist:
- `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>` and other active or raw-text
  elements are removed with their content; other unknown tags lose the tag and keep their text.
- URLs in `href`/`src` may be relative or use http, https or mailto. `data:` URLs are dropped too, even
  for images: Anki keeps pictures as media files, and a data: URL bloats every review and can carry SVG.
- `style` survives only on `th`/`td` and only its `text-align` (Markdown's table alignment).
- Every `<input>` becomes `type="checkbox"`: task lists are the only reason to allow the element.
- Links get no `rel` added: no `target` attribute survives, so no page opens with an opener to protect.
- HTML comments are removed silently (they are hidden notes, not a hazard).

Markup that Markdown generated itself (no raw HTML in the notes it came from) is usually already in the
form html5ever would write: every element closed in order, text and attribute values escaped. When every
tag of it is safe and nothing in it is one of the few things html5ever writes differently (listed at
`_written_as_html5ever`), the cleaner would return it unchanged but for quote entities in text, so it is
returned without the cleaner's parse and serialisation, a tenth of a build's time otherwise. A test
checks this against nh3 on the notes in source/, the benchmark corpus and random Markdown.

Output is re-serialised by html5ever, which changes the text but not the meaning of benign HTML:
in text `&quot;` and `&#39;` become `"` and `'` (other character references become characters, except
`&amp;`, `&lt;`, `&gt;`, and a no-break space, written `&nbsp;`); void elements lose the XHTML slash
(`<br />` → `<br>`); an attribute without a value gets `=""` (`<details open="">`). Escapes in MathJax
text (`\\(a &lt; b\\)`) and Anki cloze markers (`{{c1::…}}`) come through unchanged.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

__all__ = ["sanitize_html"]

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "div", "span"),
        *("ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td"),
        *("em", "strong", "b", "i", "del", "s", "u", "ins", "mark", "small", "sup", "sub", "kbd", "abbr"),
        *("a", "img", "input", "details", "summary", "section", "footer", "figure", "figcaption"),
        *("ruby", "rt", "rp"),
    }
)
"""Elements that survive: what Markdown and its plugins produce, plus `b`/`i` from Anki's own editor, and the
ruby annotations Japanese and Chinese notes write readings with (`<ruby>経験<rt>けいけん</rt></ruby>`)."""

ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"class"}),
    "a": frozenset({"href", "title", "id"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "th": frozenset({"colspan", "rowspan", "style"}),
    "td": frozenset({"colspan", "rowspan", "style"}),
    "details": frozenset({"open"}),
    "ol": frozenset({"start"}),
    "abbr": frozenset({"title"}),
    "li": frozenset({"id"}),
    "sup": frozenset({"id"}),
    "input": frozenset({"checked", "disabled"}),
}
"""Attributes per element (`*`: on every element). `input`'s `type` is forced, not allowed."""

REMOVED_WITH_CONTENT = frozenset(
    {
        *("script", "style", "iframe", "object", "embed", "form", "noscript", "template", "textarea", "select"),
        *("svg", "math", "applet", "frame", "frameset", "noembed", "noframes", "xmp", "plaintext"),
    }
)
"""Elements dropped together with everything inside them."""

URL_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link or image may use; relative URLs are always allowed."""

_URL_ATTRIBUTES = frozenset({"href", "src"})
_STYLE_PROPERTIES = frozenset({"text-align"})

_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    set_tag_attribute_values={"input": {"type": "checkbox"}},
    url_schemes=set(URL_SCHEMES),
    filter_style_properties=set(_STYLE_PROPERTIES),
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(html: str, *, generated: bool = False) -> tuple[str, tuple[str, ...]]:
    """Clean one side's HTML; return it with what was removed (e.g. `"<script> element"`), deduplicated.

    The descriptions name the element or attribute and, for URLs, the scheme:
    `"onerror attribute on <img>"`, `"javascript: URL in <a href>"`, `"color style on <td>"`.
    `generated`: the markup is markdown-it's rendering of Markdown holding no raw HTML, so its elements
    nest as written.
    """
    tags = _TAGS_TO_CHECK.findall(html)
    if _needs_audit(html, tags):
        return _CLEANER.clean(html), _audit(html)
    if generated and _written_as_html5ever(html, tags):
        # What html5ever would change: a quote written as an entity in text becomes the character (the
        # tags hold none, checked above), so the result equals the cleaner's.
        return html.replace("&quot;", '"').replace("&#39;", "'"), ()
    return _CLEANER.clean(html), ()


def _written_as_html5ever(html: str, tags: list[str]) -> bool:
    """Whether safe, well-nested markup is already as html5ever serialises it, quote entities in text aside.
    html5ever writes void elements without a slash (`<br>`), a no-break space as `&nbsp;`, drops a byte
    order mark and the newline that opens a `<pre>`, turns CR into LF, and reads character references
    other than `&amp;`, `&lt;`, `&gt;` (and writes them back as characters); attributes with entities
    other than those are left to it too. TAGS: the markup's tags but its plain spans (`_TAGS_TO_CHECK`),
    which hold no `&`."""
    if "/>" in html or "\xa0" in html or "\ufeff" in html or "\r" in html or "\0" in html or _PRE_NEWLINE.search(html):
        return False
    if "&" in html:
        if not _PLAIN_ENTITIES.issuperset(_ENTITY.findall(html)):
            return False
        for tag in set(tags):
            if "&" in tag and _TAG_ENTITY.search(tag):
                return False
    return True


def _needs_audit(html: str, tags: list[str] | None = None) -> bool:
    """False when every tag is one the cleaner keeps untouched, so there is nothing to report. TAGS: the
    markup's `_TAGS_TO_CHECK`, when the caller has them.

    A safe tag holds no `<` or `>` inside, so each `<` must open a `<…>` span that is a safe tag: the
    spans `_TAGS_TO_CHECK` passes over are, and what it gives for any other `<` is its span, or, where
    the `<` opens none, a piece without the closing `>` that no safe tag lacks. The same few dozen tags
    make up nearly all Markdown output, so each distinct one is checked once."""
    if tags is None:
        tags = _TAGS_TO_CHECK.findall(html)
    distinct = set(tags)
    if distinct <= _SAFE_SEEN:
        return False
    for tag in distinct - _SAFE_SEEN:
        if tag in _UNSAFE_SEEN:
            return True
        safe = _SAFE_TAG.fullmatch(tag) is not None
        if len(_SAFE_SEEN) + len(_UNSAFE_SEEN) < 4096:
            (_SAFE_SEEN if safe else _UNSAFE_SEEN).add(tag)
        if not safe:
            return True
    return False


def _audit(html: str) -> tuple[str, ...]:
    """What the cleaning policy removes from `html`, each description once, in order of appearance."""
    audit = _Audit()
    audit.feed(html)
    audit.close()
    return tuple(dict.fromkeys(audit.removed))


def _safe_tag_regex() -> re.Pattern[str]:
    """A tag that the cleaner keeps untouched: allowed element, allowed attributes, harmless values."""
    # A URL passes if it starts with an allowed scheme or has no colon before its path, query or
    # fragment (relative); entities other than &amp; could hide a colon, so they send it to the audit.
    url = r'"(?:(?:https?|mailto):|(?![^"/?#]*:))(?:[^"<>&]|&amp;)*"'
    quoted = r'"[^"<>]*"'
    values = {"href": url, "src": url, "style": r'"text-align:(?:left|right|center|justify)"'}
    by_attributes: dict[frozenset[str], list[str]] = {}
    for tag in sorted(ALLOWED_TAGS):
        by_attributes.setdefault(ALLOWED_ATTRIBUTES.get(tag, frozenset()), []).append(tag)
    branches = []
    for names, tags in by_attributes.items():
        attributes = [f"{name}(?:={values.get(name, quoted)})?" for name in sorted(names | ALLOWED_ATTRIBUTES["*"])]
        if "input" in tags:
            attributes.append('type="checkbox"')
        branches.append(f"(?:{'|'.join(tags)})(?:\\s+(?:{'|'.join(attributes)}))*")
    closing = "|".join(sorted(ALLOWED_TAGS))
    return re.compile(f"<(?:{'|'.join(branches)})\\s*/?>|</(?:{closing})\\s*>")


_SAFE_TAG = _safe_tag_regex()
_PLAIN_SAFE_TAGS = "|".join(sorted(ALLOWED_TAGS, key=lambda name: (-len(name), name)))
_TAGS_TO_CHECK = re.compile(f'<(?!span class="[^"<>&]*">|/span>|/?(?:{_PLAIN_SAFE_TAGS})>)[^<>]*>?')
"""From each `<` of the markup, its `<…>` span, or as far as it goes when no `>` closes it before the next
`<`: every tag but the commonest of highlighted code, `<span class="…">` and `</span>`, and an allowed
element's tag without attributes (`<li>`, `</p>`: most of Markdown's), which are safe and hold no `&`
(`_SAFE_TAG` allows a span's class attribute with any value of those characters, and every allowed
element with no attribute). Leaving them out of the list spares building a string for each; a span
passed over is one `[^<>]*>?` would have matched whole, so the spans after it are the same."""
_SAFE_SEEN: set[str] = set()
_UNSAFE_SEEN: set[str] = set()
_PRE_NEWLINE = re.compile(r"<pre\b[^>]*>\n")
_ENTITY = re.compile(r"&[^;&<>\s]*;?")
_PLAIN_ENTITIES = frozenset({"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"})
_TAG_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")
"""Tags already checked against `_SAFE_TAG` (bounded: URLs make tags endless in variety)."""
# What browsers ignore when reading a URL: tab and newline anywhere, C0 controls and spaces at the ends.
_URL_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_URL_EDGES = "".join(map(chr, range(0x21)))
_VOID = frozenset({"embed", "frame"})
_URL_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")


class _Audit(HTMLParser):
    """Walks the input once and notes each thing the cleaner's policy removes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: list[str] = []
        self._dropping: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._visit(tag, attrs, opens=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._visit(tag, attrs, opens=False)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping == tag:
            self._depth -= 1
            if self._depth == 0:
                self._dropping = None

    def _visit(self, tag: str, attrs: list[tuple[str, str | None]], *, opens: bool) -> None:
        if self._dropping is not None:
            # Inside a removed element everything goes with it; only nesting of the same tag matters.
            if opens and tag == self._dropping:
                self._depth += 1
            return
        if tag in REMOVED_WITH_CONTENT:
            self.removed.append(f"<{tag}> element")
            if opens and tag not in _VOID:
                self._dropping, self._depth = tag, 1
            return
        if tag not in ALLOWED_TAGS:
            self.removed.append(f"<{tag}> tag")
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, frozenset()) | ALLOWED_ATTRIBUTES["*"]
        for name, value in attrs:
            if tag == "input" and name == "type":
                if (value or "").strip().lower() != "checkbox":
                    self.removed.append(f"type={value!r} on <input> (made a checkbox)")
            elif name not in allowed:
                self.removed.append(f"{name} attribute on <{tag}>")
            elif value is not None and name in _URL_ATTRIBUTES:
                scheme = _url_scheme(value)
                if scheme is not None and scheme not in URL_SCHEMES:
                    self.removed.append(f"{scheme}: URL in <{tag} {name}>")
            elif value is not None and name == "style":
                for declaration in value.split(";"):
                    prop = declaration.partition(":")[0].strip()
                    if prop and prop not in _STYLE_PROPERTIES:
                        self.removed.append(f"{prop} style on <{tag}>")


def _url_scheme(url: str) -> str | None:
    """The scheme a browser would read from an (entity-decoded) URL, case-folded; None if relative."""
    cleaned = _URL_TAB_NEWLINE.sub("", url).strip(_URL_EDGES)
    match = _URL_SCHEME.match(cleaned)
    return match.group(1).lower() if match else None
