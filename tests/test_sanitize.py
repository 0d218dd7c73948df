"""Tests for ankibuild.sanitize: the safelist, what it reports, and that benign Markdown passes unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ankibuild.highlight import highlight_code
from ankibuild.sanitize import _audit, _needs_audit, sanitize_html

FIXTURES = Path(__file__).parent / "fixtures" / "sanitize"


def _normalised(html: str) -> str:
    """What html5ever's serialiser does to benign markdown-it output, and nothing else."""
    html = re.sub(r"\s/>", ">", html)  # void elements lose the XHTML slash
    parts = re.split(r"(<[^>]*>)", html)  # in text (not in attributes), quote references become characters
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace("&quot;", '"').replace("&#39;", "'").replace("&#x27;", "'")
    return "".join(parts).replace("\xa0", "&nbsp;")


# --- hostile input ----------------------------------------------------------------------------------

JAVASCRIPT_HREFS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "jav&#x61;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#0000106&#0000097vascript:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#10;script:alert(1)",
    "javascript&colon;alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#32;javascript:alert(1)",
]


@pytest.mark.parametrize("href", JAVASCRIPT_HREFS)
def test_javascript_urls_in_any_encoding_are_removed(href: str) -> None:
    clean, removed = sanitize_html(f'<p><a href="{href}" title="t">click</a></p>')
    assert clean == '<p><a title="t">click</a></p>'
    assert removed == ("javascript: URL in <a href>",)


@pytest.mark.parametrize(
    ("dirty", "clean", "removed"),
    [
        ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>", ("<script> element",)),
        ("<p>a</p><SCRIPT src=//evil.js></SCRIPT>", "<p>a</p>", ("<script> element",)),
        ("<style>p { color: red }</style><p>ok</p>", "<p>ok</p>", ("<style> element",)),
        ('<iframe src="https://evil.example"><p>inside</p></iframe>after', "after", ("<iframe> element",)),
        ('<object data="x.swf"><param name="a" value="b"><p>fallback</p></object>ok', "ok", ("<object> element",)),
        ('<embed src="x.swf">ok', "ok", ("<embed> element",)),
        ('<form action="/x"><input type="text" name="q"><button>Go</button></form>ok', "ok", ("<form> element",)),
        ("<svg onload=alert(1)><circle r=1 /><text>t</text></svg>ok", "ok", ("<svg> element",)),
        ('<img src="x.png" onerror="alert(1)">', '<img src="x.png">', ("onerror attribute on <img>",)),
        ("<img src=x onerror=alert(1)//>", '<img src="x">', ("onerror attribute on <img>",)),
        ('<p onclick="steal()" class="a">t</p>', '<p class="a">t</p>', ("onclick attribute on <p>",)),
        (
            '<div onmouseover="x()" ONFOCUS="y()">t</div>',
            "<div>t</div>",
            ("onmouseover attribute on <div>", "onfocus attribute on <div>"),
        ),
        ('<img src="javascript:alert(1)" alt="x">', '<img alt="x">', ("javascript: URL in <img src>",)),
        ('<a href="vbscript:msgbox(1)">v</a>', "<a>v</a>", ("vbscript: URL in <a href>",)),
        ('<a href="file:///etc/passwd">f</a>', "<a>f</a>", ("file: URL in <a href>",)),
        ('<img src="data:image/png;base64,iVBORw0KGgo=">', "<img>", ("data: URL in <img src>",)),
        ('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">d</a>', "<a>d</a>", ("data: URL in <a href>",)),
        ('<a href="https://x.org" target="_blank">x</a>', '<a href="https://x.org">x</a>', ("target attribute on <a>",)),
        ('<p style="position:fixed;top:0">t</p>', "<p>t</p>", ("style attribute on <p>",)),
        ("<marquee>moving</marquee>", "moving", ("<marquee> tag",)),
        (
            '<input type="text" value="x">',
            '<input type="checkbox">',
            ("type='text' on <input> (made a checkbox)", "value attribute on <input>"),
        ),
        ("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)", ("<scr<script> tag",)),
    ],
)
def test_hostile_markup_is_removed_and_reported(dirty: str, clean: str, removed: tuple[str, ...]) -> None:
    assert sanitize_html(dirty) == (clean, removed)


def test_table_style_keeps_only_text_align() -> None:
    dirty = '<table><tbody><tr><td style="text-align:right;background:url(https://x/t.png)">1</td></tr></tbody></table>'
    clean, removed = sanitize_html(dirty)
    assert clean == '<table><tbody><tr><td style="text-align:right">1</td></tr></tbody></table>'
    assert removed == ("background style on <td>",)


def test_nothing_hostile_survives_in_the_output() -> None:
    dirty = "\n".join(
        [f'<a href="{h}">x</a>' for h in JAVASCRIPT_HREFS]
        + [
            "<img src=x onerror=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            '<body onload="x()">',
            "<math><mi>x</mi></math>",
        ]
    )
    clean, _ = sanitize_html(dirty)
    assert "script" not in clean.lower()
    assert not re.search(r"\bon\w+\s*=", clean, re.IGNORECASE)
    assert "href" not in clean
    assert "<math" not in clean and "<svg" not in clean


def test_repeated_removals_are_reported_once_in_order() -> None:
    dirty = '<img src="a" onerror="x"><script>1</script><img src="b" onerror="y">'
    assert sanitize_html(dirty)[1] == ("onerror attribute on <img>", "<script> element")


def test_comments_are_removed_without_a_report() -> None:
    assert sanitize_html("<p>a<!-- private note -->b</p>") == ("<p>ab</p>", ())


# --- what must survive ----------------------------------------------------------------------------


def test_math_and_cloze_survive_unchanged() -> None:
    html = (
        '<p>Inline \\(a &lt; b\\) and <span class="math inline">\\(x^2 &gt; 0 \\land y &amp; z\\)</span>.</p>\n'
        '<div class="math display">\\[\\sum_{i=1}^{n} x_i &lt; \\infty\\]</div>\n'
        "<p>{{c1::gradient descent::an optimiser}} and {{c2::\\(\\nabla L\\)}} and {{c3::<b>bold</b>}}</p>"
    )
    assert sanitize_html(html) == (html, ())


def test_links_keep_working_without_added_rel() -> None:
    html = '<p><a href="https://example.org/s?q=a&amp;b=2#top" title="t">x</a> <a href="notes/a.md">r</a> <a href="#fn1">f</a> <a href="mailto:a@b.org">m</a></p>'
    assert sanitize_html(html) == (html, ())


def test_details_summary_and_task_list_survive() -> None:
    html = (
        '<details open=""><summary>Hint</summary><p>Hidden</p></details>\n'
        '<ul class="contains-task-list"><li class="task-list-item">'
        '<input class="task-list-item-checkbox" checked="checked" disabled="disabled" type="checkbox"> done</li></ul>'
    )
    assert sanitize_html(html) == (html, ())


def test_ruby_readings_survive() -> None:
    """Readings written over words (Japanese furigana, Chinese pinyin) keep their markup: without it a front
    shows the word and its reading run together (`漢字かんじ`)."""
    html = "<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> and <ruby>汉<rt>hàn</rt></ruby></p>"
    assert sanitize_html(html) == (html, ())


def test_highlighted_code_survives_byte_for_byte() -> None:
    block = highlight_code("def f(x):\n    return x < 1 & 2  # done\n", "python")
    assert sanitize_html(block) == (block, ())


def test_markdown_it_style_output_is_unchanged_but_for_stated_normalisation() -> None:
    html = (
        "<h2>Why &quot;bias&quot;?</h2>\n"
        '<p>Text<br />\nmore with <code>x &lt; y</code> and <img src="a.png" alt="a &quot;b&quot;" />.</p>\n'
        '<ol start="3">\n<li>three</li>\n</ol>\n'
        '<table>\n<thead>\n<tr>\n<th style="text-align:right">n</th>\n<th>m</th>\n</tr>\n</thead>\n'
        '<tbody>\n<tr>\n<td style="text-align:right">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n'
        '<hr class="footnotes-sep" />\n<section class="footnotes">\n<ol class="footnotes-list">\n'
        '<li id="fn1" class="footnote-item"><p>Note <a href="#fnref1" class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n</section>\n'
    )
    expected = html.replace("&quot;bias&quot;", '"bias"').replace("<br />", "<br>").replace('" />', '">')
    assert expected.count("&quot;") == 2  # the ones inside the alt attribute stay
    assert sanitize_html(html) == (expected, ())
    assert _normalised(html) == expected


def test_rendered_markdown_fixture_passes_with_only_stated_normalisation() -> None:
    from ankibuild.markdown import make_parser

    html = make_parser().render((FIXTURES / "benign.md").read_text(encoding="utf-8"), {})
    for expected in ('style="text-align:right"', "<details>", "\\(a &lt; b\\)", "{{c1::", '<span class="k">def</span>'):
        assert expected in html  # the fixture exercises what the test claims
    clean, removed = sanitize_html(html)
    assert removed == ()
    assert clean == _normalised(html)


# --- the fast path never hides a removal ------------------------------------------------------------

_ATTRIBUTES = [
    'class="x"',
    'href="https://a.org/?b=1&amp;c"',
    'href="rel/p"',
    'href="javascript:x"',
    'href="jav&#x61;script:x"',
    'href="HTTPS://a"',
    "href=javascript:x",
    'src="data:image/png;base64,AA"',
    'src="x.png"',
    'onclick="x"',
    'style="text-align:right"',
    'style="color:red"',
    'type="checkbox"',
    'type="text"',
    'id="fn1"',
    "open",
    'title="a&#58;b"',
    'target="_blank"',
    'alt="a"',
    'start="2"',
    'checked="checked"',
]
_TAGS = ["p", "a", "img", "td", "th", "input", "details", "ol", "li", "span", "script", "marquee", "iframe", "s", "section"]


@given(st.lists(st.tuples(st.sampled_from(_TAGS), st.lists(st.sampled_from(_ATTRIBUTES), max_size=3)), max_size=6))
def test_skipping_the_audit_never_hides_a_removal(tags: list[tuple[str, list[str]]]) -> None:
    html = "".join(f"<{tag}{''.join(' ' + a for a in attributes)}>x</{tag}>" for tag, attributes in tags)
    if not _needs_audit(html):
        assert _audit(html) == ()


def test_plain_text_and_benign_tags_skip_the_audit() -> None:
    assert not _needs_audit("just text with &lt;escaped&gt; markup")
    assert not _needs_audit(highlight_code("x = 1\n", "python"))
    assert _needs_audit('<a href="javascript:x">x</a>')
    assert _needs_audit("<p>a<!-- c --></p>")


_PIECES = [
    '<span class="k">', '<span class="a&amp;b">', '<span class="x" onclick="y">', "</span>", "<span>", "<p>", "</p>",
    '<a href="javascript:x">', '<a href="/ok">', "</a>", "<script>", "<", ">", "<<", "<p", "x", "&amp;", "&copy;", " ",
    '<span class="k"', '<span class="<">', "<br />",
]  # fmt: skip
_SPAN = re.compile(r"<[^<>]*>")


def _reference_needs_audit(html: str) -> bool:
    """The definition: some `<` opens no `<…>` span, or opens one that is not a safe tag."""
    from ankibuild.sanitize import _SAFE_TAG

    spans = _SPAN.findall(html)
    return len(spans) != html.count("<") or any(_SAFE_TAG.fullmatch(span) is None for span in spans)


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_audit_is_skipped_exactly_when_every_tag_is_safe(html: str) -> None:
    assert _needs_audit(html) == _reference_needs_audit(html)
