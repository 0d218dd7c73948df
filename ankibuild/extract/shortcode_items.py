"""Questions in the title of a paired Hugo shortcode that folds its answer.

    {{< accordion-item title="Is the final cumulative?" >}}
    Yes: about a third covers the material before the midterm.
    {{< /accordion-item >}}

A folding shortcode (`accordion-item`, `accordion`, `details`, `expand`, `faq`, `collapse`, `spoiler`,
`toggle`, `dropdown`, in `{{< … >}}` or `{{% … %}}`) whose title asks (questions.is_question: a `title=`,
`summary=`, `question=` attribute or a first positional string: `{{< details "Why …?" >}}`) is one card:
the title is the front, the Markdown between opener and closer the back (code fences included, nested
shortcode lines left out). An empty body, or only a placeholder, leaves the question `unanswered`. A folding
shortcode titled as the answer (`{{< details "Show answer" >}}`, `Solution`, `Lösung`, no title) answers the
paragraph right above it when that asks (a bold or labelled question, a `?`, a command word): that paragraph
is the front. Any other folding shortcode whose title does not ask is not a card; a group that only holds question items
(`{{< accordion id="faq" >}}`) has its own marker lines claimed as skipped. Context is the heading path.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import is_answer_summary
from .containers import ANSWER_LABEL
from .document import Document, block_at, mark_followed_by
from .hugo import Shortcode, find_shortcodes, without_shortcode_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, question_paragraph, starts_like_question

_FOLDING = frozenset(
    {
        "accordion-item",
        "accordionitem",
        "accordion",
        "details",
        "expand",
        "faq",
        "faq-item",
        "collapse",
        "collapsible",
        "spoiler",
        "toggle",
        "dropdown",
        "question",
    }
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from folding shortcodes whose title asks."""
    if not mark_followed_by(doc, "{", ("{<", "{%")):  # `hugo.has_shortcodes`, asked where a `{` stands
        return RuleResult()  # no shortcode: most documents
    shortcodes = find_shortcodes(doc.lines)
    if not shortcodes:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    done: list[Shortcode] = []
    done_end = -1  # the closer of the last carded item: what it holds is its answer (shortcodes are in line order)
    for at, item in enumerate(shortcodes):
        if item.name not in _FOLDING or item.first <= done_end:
            continue
        first = item.first
        if _labels_answer(item.title):
            # A group (`{{< accordion id="faq" >}}` over its items) hides no answer of its own.
            if item.name == "accordion" or (at + 1 < len(shortcodes) and shortcodes[at + 1].first < item.end):
                continue
            asked = _question_above(doc, item, taken, claims)
            if asked is None:
                continue
            question, first = asked
        else:
            question = clean_question(item.title)[0]
            if not is_question(question):
                continue
        if any(n in taken or n in claims for n in range(first, item.end + 1)):
            continue
        done.append(item)
        done_end = item.end
        body = without_shortcode_lines("\n".join(doc.lines[item.first + 1 : item.end]))
        loc = doc.loc(first)
        reason = "no answer" if not body.strip() else empty_reason(body)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(first, item.end + 1, "unanswered"))
            continue
        index = block_at(doc, item.first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "shortcode-item", question, body, context, topic_tags(path)))
        claims.update(claim(first, item.end + 1, "card"))
    if done:
        claims.update(_group_marks(doc, shortcodes, done, taken, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _labels_answer(title: str) -> bool:
    """`{{< details "Show answer" >}}`, `{{% expand "Lösung" %}}`, no title: a box that hides the answer to
    what stands above it (`Solution` in any language the shared layer knows)."""
    return not title or is_answer_summary(title) or bool(ANSWER_LABEL.match(title))


def _question_above(
    doc: Document, item: Shortcode, taken: Mapping[int, str], claims: Mapping[int, str]
) -> tuple[str, int] | None:
    """The question of the free paragraph right above an answer box, and its first line: a bold or labelled
    question (`**What is …?**`, `**Q:** …`) or a paragraph that asks (a `?`, a command word). None when the
    box follows anything else (a heading, a list, prose that states)."""
    index = block_at(doc, item.first)
    if index is None or doc.blocks[index].first != item.first or index == 0:
        return None
    block = doc.blocks[index - 1]
    if block.kind != "paragraph" or any(n in taken or n in claims for n in range(block.first, block.last)):
        return None
    found = question_paragraph(doc, block)
    if found is not None and found.kind in ("bold", "label") and not found.lead:
        return found.text, block.first
    text = " ".join(doc.text(block.first, block.last).split())
    question = clean_question(text)[0]
    if found is None and (is_question(question) or starts_like_question(question)) and len(question) <= 300:
        return question, block.first
    return None


def _group_marks(
    doc: Document, shortcodes: list[Shortcode], done: list[Shortcode], taken: Mapping[int, str], claims: Mapping[int, str]
) -> dict[int, str]:
    """The marker lines of the groups that hold carded items and nothing else: only dress around them."""
    marks: dict[int, str] = {}
    carded = {item.first for item in done}
    firsts = [item.first for item in done]  # in line order
    for group in shortcodes:
        if group.first in carded:
            continue
        at = bisect_right(firsts, group.first)
        if at == len(firsts) or firsts[at] >= group.end:
            continue  # no carded item inside
        if any(doc.lines[n].strip() and n not in claims and n not in taken for n in range(group.first + 1, group.end)):
            continue
        for n in (group.first, group.end):
            if n not in taken and n not in claims:
                marks[n] = "skip:shortcode"
    return marks
