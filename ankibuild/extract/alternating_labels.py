"""Alternating labels: two short labels of any language taking turns through a document, the first one's
lines asking, the second one's answering.

    **C:** Cad is ainm duit?
    **F:** Aoife is ainm dom.

    ചോദ്യം: ഭരണഘടനയുടെ ശില്പി?
    ഉത്തരം: ഡോ. ബി.ആർ. അംബേദ്കർ

    **Frage 1.** Wann begann der Krieg?
    *Antwort:* 1914.

No list of label words: the shape decides. A **label line** opens with a label of one to three short words
(any script, a number may follow it, then maybe who speaks in brackets: `**T (Rina):**`), plain or in
emphasis, then `:` / `：` (or, emphasised, `.`:
`**Pyetja 1.**`, `**P.**`), then its text. Within the free paragraphs, block quotes and lists that open with
one (read inside their `>` and list markers), a label line followed by the next label line with another
label, on the next lines of its block or opening the next paragraph, is a **pair**.
The pairs of one label over another are cards when

1. there are two of them or more, the first label's lines asking: two thirds of them or more end with a
   question mark, the others end as a sentence does (an imperative, `Describe the cycle.`);
2. no line of the second label asks (a dialogue, whose speakers ask each other, is no drill), and neither
   label takes the other's turn in another pair (`A:` over `B:` and `B:` over `A:`: a conversation).

A label that is an accepted asking label with a qualifier after it (`**Question for the exam:**` where `**Question
1.**` asks) pairs with that label's answer label too, once being enough.

A glossary's labels (`**Term:** …`) differ on every line and never pair twice. The question is the first
label's text (and its paragraph's lines up to the second label); the answer the second's, to the next label
line of its paragraph or the paragraph's end, then the lists, code, math and tables right under it (`*Answer:*`
alone over a bullet list). An empty answer, a dash, or a note in parentheses about the answer (`(didn't know
it, the examiner moved on)`, `*(still to write)*`) leaves the question `unanswered`; so does an asking line
of the first label that nothing answers.

Context: the cleaned heading path of the pair's section (document title excluded).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern
from .label_turns import Label, accepted_pairs, asks, label_lines, label_pairs, opens_with_label, with_qualified
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "alternating-label"

# An answer that says there is none: a dash or an ellipsis alone, or one note in parentheses (in emphasis
# or not) about the answer, several words long.
_DASH = lazy_pattern(r"^[\s\-–—…?？.*_]*$")
_ASIDE = lazy_pattern(r"^(?P<e>\*\*|\*|_)?[(（][^()（）]*\S\s+\S+\s+\S[^()（）]*[)）](?(e)(?P=e))$")
_UNDER = ("bullet_list", "ordered_list", "fence", "code_block", "math_block", "table")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from two labels taking turns as question and answer (see the module docstring)."""
    labels, texts = label_lines(doc, taken)
    if len(labels) < 4:
        return RuleResult()
    pairs, alone = label_pairs(doc, labels)
    accepted = with_qualified(pairs, accepted_pairs(pairs))
    if not accepted:
        return RuleResult()
    askers = {x for x, _ in accepted}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    ends = _label_ends(doc, labels)
    for ask, answer in pairs:
        if (ask.key, answer.key) in accepted:
            _card(doc, taken, texts, (ask, answer), ends[answer.line], drafts, diagnostics, claims)
    for ask in alone:
        if ask.key in askers and asks(ask.said):
            question = _question(doc, texts, ask, None)
            diagnostics.append(unanswered(doc.loc(ask.line), question, None))
            claims.update(claim(ask.line, ends[ask.line], "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _label_ends(doc: Document, labels: list[Label]) -> dict[int, int]:
    """For each label line, the line after its text: the next label line of its paragraph, else the
    paragraph's end."""
    ends: dict[int, int] = {}
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        same = after is not None and after.block == label.block
        ends[label.line] = after.line if same and after is not None else doc.blocks[label.block].last
    return ends


def _question(doc: Document, texts: Mapping[int, str], ask: Label, answer: Label | None) -> str:
    end = answer.line if answer is not None and answer.block == ask.block else doc.blocks[ask.block].last
    text = " ".join([ask.said, *(texts[n].strip() for n in range(ask.line + 1, end))]).strip()
    return clean_question(text)[0]


def _card(
    doc: Document,
    taken: Mapping[int, str],
    texts: Mapping[int, str],
    pair: tuple[Label, Label],
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The card (or the `unanswered` report) of one accepted pair."""
    ask, answer = pair
    question = _question(doc, texts, ask, answer)
    lines = [answer.said, *(texts[n] for n in range(answer.line + 1, end))]
    last = end
    if end == doc.blocks[answer.block].last and doc.blocks[answer.block].kind == "paragraph":
        index = answer.block + 1
        while index < len(doc.blocks) and doc.blocks[index].kind in _UNDER and doc.blocks[index].first >= last:
            block = doc.blocks[index]
            if not is_free(doc, taken, index) or opens_with_label(doc, index):
                break  # claimed, or a list of label lines of its own
            lines.extend(doc.lines[last : block.last])
            last = block.last
            index += 1
    text = "\n".join(lines).strip()
    loc = doc.loc(ask.line)
    reason = _placeholder(text)
    if reason is not None:
        diagnostics.append(unanswered(loc, question, reason))
        claims.update(claim(ask.line, last, "unanswered"))
        return
    path = heading_path(doc, ask.block)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, question, text, context, topic_tags(path)))
    claims.update(claim(ask.line, last, "card"))


def _placeholder(text: str) -> str | None:
    """Why an answer is none, or None when it is one."""
    if _DASH.match(text):
        return "no answer" if not text.strip() else "placeholder"
    if "\n" not in text and _ASIDE.match(text):
        return "placeholder"
    return empty_reason(text)
