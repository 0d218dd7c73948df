"""Questions in the title of a paired Hugo shortcode that folds its answer.

    {{< accordion-item title="Is the final cumulative?" >}}
    Yes: about a third covers the material before the midterm.
    {{< /accordion-item >}}

A folding shortcode (`accordion-item`, `accordion`, `details`, `expand`, `faq`, `collapse`, `spoiler`,
`toggle`, `dropdown`, in `{{< … >}}` or `{{% … %}}`) whose title asks (questions.is_question: a `title=`,
`summary=`, `question=` attribute or a first positional string: `{{< details "Why …?" >}}`) is one card:
the title is the front, the Markdown between opener and closer the back (code fences included, nested
shortcode lines left out). An empty body, or only a placeholder, leaves the question `unanswered`. A folding
shortcode whose title does not ask is not a card; a group that only holds question items
(`{{< accordion id="faq" >}}`) has its own marker lines claimed as skipped. Context is the heading path.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_at
from .hugo import Shortcode, find_shortcodes, has_shortcodes, without_shortcode_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

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
    if not has_shortcodes(doc.source.text):
        return RuleResult()  # no shortcode: most documents
    shortcodes = find_shortcodes(doc.lines)
    if not shortcodes:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    done: list[Shortcode] = []
    done_end = -1  # the closer of the last carded item: what it holds is its answer (shortcodes are in line order)
    for item in shortcodes:
        if item.name not in _FOLDING or not item.title or item.first <= done_end:
            continue
        question = clean_question(item.title)[0]
        if not is_question(question):
            continue
        if any(n in taken or n in claims for n in range(item.first, item.end + 1)):
            continue
        done.append(item)
        done_end = item.end
        body = without_shortcode_lines("\n".join(doc.lines[item.first + 1 : item.end]))
        loc = doc.loc(item.first)
        reason = "no answer" if not body.strip() else empty_reason(body)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(item.first, item.end + 1, "unanswered"))
            continue
        index = block_at(doc, item.first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "shortcode-item", question, body, context, topic_tags(path)))
        claims.update(claim(item.first, item.end + 1, "card"))
    if done:
        claims.update(_group_marks(doc, shortcodes, done, taken, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _group_marks(
    doc: Document, shortcodes: list[Shortcode], done: list[Shortcode], taken: Mapping[int, str], claims: Mapping[int, str]
) -> dict[int, str]:
    """The marker lines of the groups that hold carded items and nothing else: only dress around them."""
    marks: dict[int, str] = {}
    for group in shortcodes:
        if group in done:
            continue
        inside = [d for d in done if group.first < d.first and d.end < group.end]
        if not inside:
            continue
        rest = [n for n in range(group.first + 1, group.end) if doc.lines[n].strip() and n not in claims and n not in taken]
        if rest:
            continue
        for n in (group.first, group.end):
            if n not in taken and n not in claims:
                marks[n] = "skip:shortcode"
    return marks
