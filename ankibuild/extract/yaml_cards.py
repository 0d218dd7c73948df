"""Cards kept as data (YAML or TOML) inside a fence, the way a note-taker's own deck script, or a quiz
tool, reads them.

    ```yaml
    - q: What is the rate-limiting enzyme of glycolysis?
      a: Phosphofructokinase-1
    - question: Why does arsenic cause lactic acidosis?
      answer:   # TODO
    - front: Products of one TCA turn?
      back: |
        3 NADH, 1 FADH2,
        1 GTP, 2 CO2
    ```

A `yaml` (or `yml`) fence whose data is a list of mappings (or a mapping holding one such list, `cards:`),
each with a question key (`q`, `question`, `front`, `prompt`) and most with an answer key (`a`, `answer`,
`back`), gives one card per mapping; an answer that is empty or only a comment (`a:   # TODO`) leaves its
question `unanswered`. A list of answers becomes a Markdown list; an explanation key (`explanation`,
`explain`, `context`: shown once the question is answered) goes on the back under the answer.

A ```` ```toml ```` fence holds the same list as an array of tables, as mdbook-quiz's quiz files do:

    [[questions]]
    type = "MultipleChoice"
    prompt.prompt = "Which layer of the OSI model routes packets?"
    prompt.distractors = ["Data link", "Transport"]
    answer.answer = "Network"
    context = "Routers work at layer 3."

A ```` ```json ```` fence (```` ```json deck ````, as a small flashcard tool reads its README) holds the same
list as an array of objects:

    [
      {"q": "What does ATP stand for?", "a": "Adenosine triphosphate", "tags": ["energy"]},
      {"q": "Where is ATP synthase?", "a": null}
    ]

A lone object (the format's example, `{"q": "Your question here?", …}`) is no list and no card.

A question or answer key whose value is a table holding the same kind of key (`prompt.prompt`,
`answer.answer`) is read through that key; the table's other keys (the wrong options `distractors`) stay
off the card, and an answer table without such a key shows its fields one a line. An answer line commented
out, or left `""` (`null` in JSON), leaves the question `unanswered`. The fence is claimed whole, and, like the
explicit rule's cards, its lines are recorded in `EXPLICIT_CARDED_LINES` so that the heading over it (`L14 —
Glycolysis`) is the cards' context, never a topic card of its own. Any other YAML (configuration, front
matter shown as an example) has no such keys and is left alone; YAML that does not parse is left alone too.

The same list may be a key of the document's own front matter, as static-site generators (Hugo, Jekyll,
Eleventy) keep a page's FAQ for a template or a shortcode to render:

    ---
    title: Cell respiration
    faq:
      - question: "Where does glycolysis take place?"
        answer: >-
          In the cytosol.
      - question: "Why do muscles ache?"
        answer: ""   # TODO
    ---

Each top-level key whose value is such a list (every item a mapping with a question key) gives its cards
the same way, located at their question lines. The page body then only shows where the list is rendered:
its questions count as the document's questions when the topic rule decides whether the page is a
handbook (a page of prose and reference tables around an FAQ is not one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import card_or_report, empty_reason, unanswered
from .document import EXPLICIT_CARDED_LINES, SECTION_ANSWERED, Document, a_line_opens_with, block_kinds, free_blocks_of
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "yaml-card"

_QUESTION_KEYS = ("q", "question", "front", "prompt")
_ANSWER_KEYS = ("a", "answer", "back")
_EXPLANATION_KEYS = ("explanation", "explain", "context")
_INFO = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[ \t]*\{?[ \t]*\.?(?P<language>ya?ml|toml|json)\b", re.I)
# `- q: …`, `  question: …`: a line that opens a mapping's question (where the card's location is).
_QUESTION_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:q|question|front|prompt)[ \t]*:", re.I)
# `q = …`, `prompt.prompt = …`, `prompt = { prompt = … }`: the same line in TOML.
_TOML_QUESTION_LINE = re.compile(
    r"^[ \t]*[\"']?(?:q|question|front|prompt)[\"']?(?:[ \t]*\.[ \t]*[\"']?(?:q|question|front|prompt|text)[\"']?)?[ \t]*=",
    re.I,
)
# `{ "q": …`, `  "question": …`: the same line in JSON.
_JSON_QUESTION_LINE = re.compile(r"^[ \t]*[\[{]?[ \t]*\"(?:q|question|front|prompt)\"[ \t]*:", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from YAML question lists in `yaml` fences and in the front matter (see the module docstring)."""
    front = _front_matter_cards(doc) if doc.meta and _holds_a_list_of_mappings(doc.meta) else RuleResult()
    fenced = _fenced_cards(doc, taken)
    if not front.drafts and not front.diagnostics:
        return fenced
    claims = dict(front.claims)
    claims.update(fenced.claims)
    return RuleResult(front.drafts + fenced.drafts, front.diagnostics + fenced.diagnostics, claims)


def _holds_a_list_of_mappings(meta: Mapping[str, Any]) -> bool:
    """True when a front matter value is a list opening with a mapping: the cheap test before the YAML is read."""
    return any(isinstance(v, list) and v and isinstance(v[0], dict) for v in meta.values())


def _front_matter_cards(doc: Document) -> RuleResult:
    """Cards from the question lists held by top-level keys of the front matter."""
    block = doc.blocks[0] if doc.blocks and doc.blocks[0].kind == "front_matter" else None
    if block is None:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    lines = doc.lines
    for key, value in doc.meta.items():
        pairs = _pairs_of(value) if isinstance(value, list) else []
        if not pairs:
            continue
        span = _key_span(lines, block.first + 1, block.last - 1, key)
        starts = [n for n in range(*span) if _QUESTION_LINE.match(lines[n])] if span else []
        for n, (question, answer) in enumerate(pairs):
            loc = doc.loc(starts[n] if len(starts) == len(pairs) else span[0] if span else block.first)
            reason = "no answer" if not answer else empty_reason(answer)
            if reason is not None:
                diagnostics.append(unanswered(loc, question, reason))
                continue
            drafts.append(CardDraft(loc, CONVENTION, question, answer, (), ()))
        if span:
            claims.update(claim(span[0], span[1], "card" if drafts else "unanswered"))
    if drafts or diagnostics:
        doc.derived[SECTION_ANSWERED] = doc.derived.get(SECTION_ANSWERED, 0) + len(drafts) + len(diagnostics)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _key_span(lines: Sequence[str], first: int, end: int, key: str) -> tuple[int, int] | None:
    """The lines [start, stop) of a top-level KEY of the front matter between FIRST and END: its own line
    and the indented or listed lines under it."""
    opening = re.compile(rf"^['\"]?{re.escape(key)}['\"]?[ \t]*:")
    for n in range(first, end):
        if opening.match(lines[n]):
            stop = n + 1
            while stop < end and (not lines[stop].strip() or lines[stop][0] in " \t-#"):
                stop += 1
            return n, stop
    return None


def _fenced_cards(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question lists in `yaml` and `toml` fences."""
    # A card's fence opens with ```` ```yaml ````: a line whose first word is `yaml`, `yml` or `toml`.
    if "fence" not in block_kinds(doc) or not a_line_opens_with(doc, ("yaml", "yml", "toml", "json")):
        return RuleResult()  # no data fence: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index in free_blocks_of(doc, taken, ("fence",)):
        block = doc.blocks[index]
        info = _INFO.match(doc.lines[block.first])
        if not info:
            continue
        language = info.group("language").lower()
        body = doc.lines[block.first + 1 : block.last - 1]
        opening = _OPENINGS.get(language, _QUESTION_LINE)
        starts = [block.first + 1 + n for n, line in enumerate(body) if opening.match(line)]
        if not starts:
            continue  # no question key: configuration, not cards
        pairs = _pairs("\n".join(body), language=language)
        if not pairs:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        made = False
        for n, (question, answer) in enumerate(pairs):
            loc = doc.loc(starts[n] if len(starts) == len(pairs) else block.first)
            made = card_or_report(loc, CONVENTION, question, answer, context, tags, drafts, diagnostics) or made
        claims.update(claim(block.first, block.last, "card" if made else "unanswered"))
        if made:
            carded.update(range(block.first, block.last))
    if carded:
        doc.derived[EXPLICIT_CARDED_LINES] = doc.derived.get(EXPLICIT_CARDED_LINES, frozenset()) | frozenset(carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_OPENINGS = {"toml": _TOML_QUESTION_LINE, "json": _JSON_QUESTION_LINE}


def _pairs(source: str, *, language: str = "yaml") -> list[tuple[str, str]]:
    """The (question, answer) of each mapping of the YAML (TOML, JSON) list in SOURCE, or nothing when
    SOURCE is no such list: every mapping holds a question key, and most of them an answer key."""
    data: Any
    if language == "json":
        import json  # only for the few documents with a JSON fence of questions

        try:
            data = json.loads(source)
        except ValueError:
            return []
    elif language == "toml":
        import tomllib  # only for the few documents with a TOML fence of questions

        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError:
            return []
    else:
        import yaml  # only for the few documents with a YAML fence of questions

        try:
            data = yaml.safe_load(source)
        except yaml.YAMLError:
            return []
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else None
    return _pairs_of(data)


def _pairs_of(data: Any) -> list[tuple[str, str]]:
    """The (question, answer) of each mapping of the list DATA, or nothing when it is no list of questions."""
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        return []
    pairs: list[tuple[str, str]] = []
    answered = 0
    for item in data:
        keys = {str(k).lower(): v for k, v in item.items()}
        question = _through(next((keys[k] for k in _QUESTION_KEYS if k in keys), None), _QUESTION_KEYS)
        if not isinstance(question, (str, int, float)) or not str(question).strip():
            return []
        answer_key = next((k for k in _ANSWER_KEYS if k in keys), None)
        if answer_key is None:
            pairs.append((str(question).strip(), ""))
            continue
        answered += 1
        answer = _answer_text(_through(keys[answer_key], _ANSWER_KEYS))
        explanation = next((keys[k] for k in _EXPLANATION_KEYS if k in keys), None)
        if answer and isinstance(explanation, str) and explanation.strip():
            answer = f"{answer}\n\n{explanation.strip()}"
        pairs.append((str(question).strip(), answer))
    return pairs if 2 * answered >= len(pairs) else []


def _through(value: Any, names: tuple[str, ...]) -> Any:
    """VALUE, or, when it is a mapping holding one of the key NAMES (mdbook-quiz's `prompt.prompt`,
    `answer.answer`), that key's value: the mapping's other keys (its wrong options) stay off the card."""
    if isinstance(value, dict):
        keys = {str(k).lower(): v for k, v in value.items()}
        return next((keys[k] for k in names if k in keys), value)
    return value


def _answer_text(value: Any) -> str:
    """An answer value as Markdown: a list as a bulleted list, `None` (only a comment) as nothing."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(f"- {_answer_text(v)}" for v in value if v is not None)
    if isinstance(value, dict):
        return "\n".join(f"- {k}: {_answer_text(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip()
