"""Turning the blocks after a question into answer Markdown: shared by the question rules.

Handles the dressing answers come in: a box holding the answer (a collapsible MkDocs admonition or an
Obsidian callout, see `Box`), a metadata line of `**Label:** value` pairs that belongs in tags, an answer
label, trailing rules, `NOT ANSWERED` placeholders, link-only bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from markdown_it.token import Token

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic, Loc
from .collapsibles import unwrap_answer_details
from .document import STRUCTURAL, Block, Document, dedent, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, clean_question, is_back_to_top, strip_answer_label

QUESTION_TYPES = frozenset({"question", "faq", "help"})
"""Box types (admonition or callout) that hold a question."""
ANSWER_TYPES = frozenset({"answer", "answers", "solution", "success", "check", "done"})
"""Box types that hold an answer."""

_ANSWERISH = re.compile(r"\b(answer|solution|explanation|reveal|show|spoiler|details)\b", re.I)
_ADMONITION_TITLE = re.compile(r'^\s*\S+(?:\s+"(?P<title>[^"]*)")?')
# `[!question] Title`, `[!faq]- Title` (folded), `[!tip]+` (foldable, open): the head of an Obsidian callout.
_CALLOUT = re.compile(r"^\[!(?P<kind>[A-Za-z][\w-]*)\](?P<fold>[+-]?)(?:[ \t]+(?P<title>.*?))?[ \t]*$")
_META_SEGMENT = re.compile(r"^\s*(?:\*\*|__)([^*_:|]{1,40}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(.*?)\s*$")
_PLACEHOLDER = re.compile(r"^\W*(not answered|no answer|todo|tbd|\.\.\.|…)\W*$", re.I)
_URL_LINE = re.compile(r"^\s*(?:[-*+]\s*)?(?:<?https?://\S+>?|\[[^\]]*\]\(\S+\))\s*$")
_POINTER_LINE = re.compile(
    r"^\s*(?:[-*+]\s*)?(?:(?:please\s+)?(?:see|read|check(?:\s+out)?|refer\s+to|look\s+at|go\s+to|details\s+in|more\s+in|"
    r"veja|ver|voir|siehe|consulta|consultez|vedi)(?:\s+(?:the|our|this|a))?\s+|→\s*|➡️?\s*)"
    r"(?:\[[^\]]*\]\(\S+\)|<?https?://\S+?>?)(?:\s*(?:,|and|or|e|et|und|y)\s*(?:\[[^\]]*\]\(\S+\)|<?https?://\S+?>?))*\s*[.!]?\s*$",
    re.I,
)
"""`See [CONTRIBUTING.md](CONTRIBUTING.md).`: a pointer to a link and nothing else."""
# An option of a multiple-choice question, one a line: `A) …`, `(b) …`, and the Tamil letters `(அ) …` to `(ஊ) …`.
_OPTION_LINE = re.compile(r"^\s*(?:[-*+]\s+)?\(?([A-Fஅஆஇஈஉஊ])[).:]\s+\S.*?(?:<br\s*/?>|\\)?\s*$")
# The options all on one line: `(a) 42 (b) 44 (c) 73 (d) 86`, `(அ) … (ஆ) …`.
_INLINE_OPTION = re.compile(r"(?:^|(?<=\s))\(([a-fஅஆஇஈஉஊ])\)\s*(?=\S)", re.I)
_OPTION_ORDER = {letter: n for n, letter in enumerate("ABCDEF")} | {letter: n for n, letter in enumerate("அஆஇஈஉஊ")}
_LEVELS = frozenset({"easy", "medium", "hard", "beginner", "intermediate", "advanced", "expert", "basic"})
_LABEL_NAMES = {
    "difficulty": "difficulty",
    "level": "difficulty",
    "tags": "topic",
    "topics": "topic",
    "topic": "topic",
    "asked by": "asked_by",
    "companies": "asked_by",
    "company": "asked_by",
}


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer ready for a draft."""

    markdown: str
    """The answer's Markdown ('' when there is none)."""
    tags: tuple[str, ...]
    """Tags found in a metadata line."""
    claimed: tuple[int, ...]
    """Indices of the blocks the answer used (metadata and separators included)."""
    empty_reason: str | None
    """Why the answer does not count (`no answer`, `placeholder`, `only links`), else None."""
    tokens: tuple[tuple[int, int], ...] = ()
    """Token ranges of the parsed document that render to exactly this answer (empty when the answer
    was cut or relabelled and must be parsed from its Markdown)."""


@dataclass(frozen=True, slots=True)
class Box:
    """A typed, titled container: a MkDocs admonition (`!!! question "Title"`, `??? success`) or an Obsidian
    callout (`> [!question] Title`, `> [!faq]- Title`). The rules read both the same way."""

    kind: str
    """Its type in lower case: `question`, `faq`, `success`, `note` …"""
    title: str | None
    """The title as written, None when there is none (the type then stands in for it)."""
    collapsible: bool
    """Folded or foldable: `???`/`???+`, or a callout marked `-`/`+`."""
    first: int
    """Line of its head (`!!! …`, `> [!…]`), 0-based."""
    last: int
    """Line after its last line."""
    quotes: int
    """How many `>` markers stand before its lines (0 for an admonition outside quotes)."""
    head: str
    """The head after its marker (type, fold mark, title, as written): where answer words are looked for."""


def read_box(doc: Document, token: Token, quotes: int = 0) -> Box | None:
    """The admonition or callout that an opening token starts, else None. `quotes` counts the `>` markers
    around the token (1 for a callout nested in a callout)."""
    if token.map is None:
        return None
    first, last = token.map
    if token.type == "admonition_open":
        match = _ADMONITION_TITLE.match(token.info)
        title = match.group("title") if match else None
        kind = str(token.meta.get("tag", "")).lower()
        return Box(kind, title, token.markup.startswith("???"), first, last, quotes, token.info)
    if token.type == "blockquote_open":
        head = _unquote(doc.lines[first], quotes + 1).strip()
        callout = _CALLOUT.match(head)
        if callout is not None:
            kind, fold, title = callout.group("kind", "fold", "title")
            return Box(kind.lower(), title or None, bool(fold), first, last, quotes + 1, head)
    return None


def box_body(doc: Document, box: Box, end: int | None = None) -> str:
    """The Markdown inside a box: its lines after the head (up to line `end`), `>` markers and the
    admonition's indentation removed."""
    lines = doc.lines[box.first + 1 : box.last if end is None else end]
    return dedent(_unquote(line, box.quotes) for line in lines)


def answer_box(doc: Document, block: Block) -> Box | None:
    """The box of a block that holds the answer to the question before it: collapsible (`???`, a folded
    callout), typed as an answer (`!!! success`, `> [!check]`) or titled like one (`> [!note] Solution`).
    A question box asks rather than answers."""
    if block.kind not in ("admonition", "blockquote"):
        return None
    box = read_box(doc, doc.tokens[block.start])
    if box is None or box.kind in QUESTION_TYPES:
        return None
    return box if box.collapsible or box.kind in ANSWER_TYPES or _ANSWERISH.search(box.head) else None


def _unquote(line: str, times: int) -> str:
    for _ in range(times):
        line = unquote(line)
    return line


def metadata_tags(text: str) -> tuple[str, ...] | None:
    """Tags from a `**Difficulty:** Medium | **Tags:** `A`, `B` | **Asked by:** X, Y` line, or None when
    the text is not such a line."""
    if not text.lstrip().startswith(("**", "__")):
        return None  # the first segment does not open with a bold label (`_META_SEGMENT`): most answers
    segments = [s for s in text.replace("\n", " ").split(" | ")]
    matches = [_META_SEGMENT.match(s) for s in segments]
    if not all(matches):
        return None
    labelled = [(m.group(1).strip().lower(), m.group(2)) for m in matches if m]
    if len(labelled) < 2 and not any(label in _LABEL_NAMES for label, _ in labelled):
        return None
    tags: list[str] = []
    for label, value in labelled:
        prefix = _LABEL_NAMES.get(label, tag_slug(label))
        values = [v.strip(" `*_") for v in value.split(",")] if prefix != "difficulty" else [_difficulty(value)]
        for item in values:
            slug = tag_slug(re.sub(r"[^\w\s-]", " ", item))
            if slug:
                tags.append(f"{prefix}::{slug}")
    return tuple(tags)


def _difficulty(value: str) -> str:
    """`🟡 Medium` → `medium`: the level word, whatever emoji or decoration surrounds it."""
    words = re.findall(r"[a-z]+", value.lower())
    return next((w for w in words if w in _LEVELS), value)


def build_answer(doc: Document, indices: Sequence[int], stop_line: int | None = None) -> Answer:
    """The answer made of the given blocks (already known to be free). With `stop_line`, the last block
    ends before that line (a bare question line inside a paragraph starts the next card)."""
    blocks = doc.blocks
    used = tuple(indices)
    tags: tuple[str, ...] = ()
    body = list(used)
    if body and blocks[body[0]].kind == "paragraph" and _may_open_metadata(doc, blocks[body[0]]):
        found = metadata_tags(doc.block_text(body[0]))
        if found is not None:
            tags = found
            body = body[1:]
    while body and blocks[body[-1]].kind == "hr":
        body.pop()
    while body and blocks[body[0]].kind == "hr":
        body.pop(0)
    # The first block's answer box (if any) gives both its Markdown and its tokens: read it once.
    box = answer_box(doc, blocks[body[0]]) if body else None
    parts = [doc.text(blocks[i].first, blocks[i].last) for i in body]
    if box is not None:
        parts[0] = box_body(doc, box)
    cut = stop_line is not None and body and blocks[body[-1]].first < stop_line < blocks[body[-1]].last
    if cut:
        parts[-1] = doc.text(blocks[body[-1]].first, cast(int, stop_line))
    # `p and not p.isspace()` is `p.strip()` being non-empty, without the copy.
    joined = "\n\n".join(p.strip("\n") for p in parts if p and not p.isspace())
    markdown = strip_answer_label(_unwrap_details(joined))
    tokens: tuple[tuple[int, int], ...] = ()
    if not cut and markdown == joined and not (box is not None and box.quotes):
        # Every block renders from its own tokens, an admonition's body from those after its title (a callout's
        # head shares its first paragraph with the body: only the unwrapped Markdown is exact, no tokens).
        ranges = [(blocks[i].start, blocks[i].end) for i in body]
        if box is not None:
            ranges[0] = _box_tokens(doc, blocks[body[0]])
        tokens = tuple(ranges)
    return Answer(markdown, tags, used, empty_reason(markdown), tokens)


def _may_open_metadata(doc: Document, block: Block) -> bool:
    """False only when `metadata_tags` of the block's text is None: its first line is not blank and does not
    open with `**` or `__` (the joined text then opens as that line does)."""
    head = doc.lines[block.first].lstrip() if block.first < block.last else ""
    return not head or head.startswith(("**", "__"))


def _box_tokens(doc: Document, block: Block) -> tuple[int, int]:
    """The token range of an admonition's body (after its title), else of the whole block."""
    for n in range(block.start, block.end):
        if doc.tokens[n].type == "admonition_title_close":
            return (n + 1, block.end - 1)
    return (block.start, block.end)


def _unwrap_details(markdown: str) -> str:
    """`<details><summary>Answer</summary>…</details>` under a question is the answer's container."""
    return unwrap_answer_details(markdown) or markdown if "<details" in markdown else markdown


# `<sub>**Answer:** 42</sub>`, `<small>…</small>`: a whole line in small print, as READMEs hide an answer
# under its question; the tags are only the print size.
_SMALL_PRINT = re.compile(r"^(?P<indent>[ \t]*)<(?P<tag>sub|small)>(?P<inner>.*)</(?P=tag)>[ \t]*$", re.I)


def without_small_print(line: str) -> str:
    """The line without the `<sub>`/`<small>` tags wrapping it whole (`<sub>Ans: 4</sub>` → `Ans: 4`)."""
    if "<" not in line:
        return line
    match = _SMALL_PRINT.match(line)
    return match.group("indent") + match.group("inner").strip() if match else line


def empty_reason(markdown: str) -> str | None:
    """Why an answer is not one, or None when it is."""
    commented = "<!--" in markdown
    if len(markdown) <= _PLACEHOLDER_MAX or commented:
        held = placeholder_reason(markdown)
        if held is not None:
            return held
        if "**" in markdown and _only_empty_fields(markdown):
            return "no answer"
        if markdown.lstrip().startswith("|") and (held := _empty_table(markdown)) is not None:
            return held
    head = markdown.lstrip()
    first_end = head.find("\n")  # the option pattern is tried on the first line only (`endpos`), not on a copy
    if _OPTION_LINE.match(head, 0, len(head) if first_end == -1 else first_end) and options_only(markdown):
        return "only options"
    if head.startswith("(") and "\n" not in markdown.strip() and inline_options_only(markdown.strip()):
        return "only options"
    if head.startswith("(1)") and "\n" not in markdown.strip() and spaced_numbered_options_only(markdown):
        return "only options"
    if commented and _options_beside_comments(markdown):
        return "only options"
    if "_" in markdown and options_then_blank_answer(markdown):
        return "placeholder"
    if "utput" in markdown and only_the_problem(markdown):
        return "only the problem"
    lines: list[str] = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("```"):
            lines.append(line)
            if len(lines) >= 2 and not _URL_LINE.match(line):
                return None  # two lines or more, not all links: an answer (the usual case, decided early)
    if not lines:
        return "no answer"
    if len(lines) == 1 and _PLACEHOLDER.match(lines[0]):
        return "placeholder"
    if all(_URL_LINE.match(line) for line in lines) or (len(lines) == 1 and _POINTER_LINE.match(lines[0])):
        return "only links"
    return None


# `|---|:--:|`: the row under a table's header.
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


def _empty_table(markdown: str) -> str | None:
    """`no answer` for an answer that is only a table whose rows under the header are empty (`|  |  |`: a mark
    scheme to fill in), `placeholder` when their only text is a note to self (`| *not on the sheet — look up* | |`),
    else None."""
    lines = [line for line in markdown.strip().splitlines() if line.strip()]
    if len(lines) < 3 or not all(line.lstrip().startswith("|") for line in lines) or not _DELIMITER_ROW.match(lines[1]):
        return None
    cells = [cell.strip() for line in lines[2:] for cell in line.strip().strip("|").split("|") if cell.strip()]
    if not cells:
        return "no answer"
    return "placeholder" if all(placeholder_reason(cell) is not None for cell in cells) else None


# `**Claim:**` alone on its line: the label of a part of the answer, left empty.
_EMPTY_FIELD = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\*\*[^*\n]{1,40}?(?:[:：]\*\*|\*\*[ \t]*[:：])[ \t]*$")
# `*(I was absent for this lab — need the data!)*`: an aside in brackets, the reason the fields are empty.
_BRACKETED_ASIDE = re.compile(r"^[ \t]*[*_]{0,2}[(（][^()（）\n]{1,200}[)）][*_]{0,2}[ \t]*$")


def _only_empty_fields(markdown: str) -> bool:
    """True for a body made of two answer-part labels or more left empty (`**Claim:**`, `**Evidence:**` …, one
    a line), with at most a bracketed aside saying why: a template not filled in."""
    lines = [line for line in markdown.splitlines() if line.strip()]
    fields = sum(1 for line in lines if _EMPTY_FIELD.match(line))
    asides = sum(1 for line in lines if _BRACKETED_ASIDE.match(line))
    return fields >= 2 and asides <= 1 and fields + asides == len(lines)


# `Desired output: \`18.165\``, `**Expected Output:**`: what an exercise must produce, stated with the problem.
_EXPECTED_OUTPUT = re.compile(r"^[ \t>]*(?:\*\*|__)?(?:desired|expected|sample|required)[ \t]+output\b", re.I | re.M)
# `Input:`, `Desired output:` alone on a line: the label of the given data or expected output below it.
_GIVEN_LABEL = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:input|given|(?:desired|expected|sample|required)[ \t]+(?:input|output)|output)[ \t]*:?"
    r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$",
    re.I,
)


def only_the_problem(markdown: str) -> bool:
    """True for a body that states an exercise's expected output and holds no code but the given input and
    expected output under their labels (`Input:` over a fence, `Desired output: 18.165`): the
    problem's own data, no solution."""
    if not _EXPECTED_OUTPUT.search(markdown):
        return False
    previous = ""
    inside = False
    prose = 0
    for line in markdown.splitlines():
        if _FENCE_LINE.match(line):
            if not inside and not _GIVEN_LABEL.match(previous):
                return False  # a code block of its own: the solution
            inside = not inside
            continue
        if not inside and line.strip():
            previous = line
            prose += len(line.strip())
    return prose <= _PROBLEM_PROSE_MAX  # longer, the prose may well explain the solution


_PROBLEM_PROSE_MAX = 300


def _options_beside_comments(markdown: str) -> bool:
    """The options of a multiple-choice question with only HTML comments beside them (`<!-- B, add the
    answer later -->`): a note to self is no answer."""
    text = _HTML_COMMENT.sub("", markdown).strip()
    return bool(text) and bool(_OPTION_LINE.match(text.split("\n", 1)[0])) and options_only(text)


_PLACEHOLDER_MAX = 300
"""Longer than this, an answer says something (placeholders are a few words, an HTML comment aside)."""
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# `%% note to self %%` on lines of its own: a comment Obsidian hides when reading.
_OBSIDIAN_COMMENT = re.compile(r"^[ \t]*%%.*?%%[ \t]*$", re.S | re.M)
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
_RULE_LINE = re.compile(r"^\s*(?:(?:[-*_][ \t]*){3,}|<hr\s*/?>)\s*$", re.I)
_FENCE_LINE = re.compile(r"^\s*(?:`{3,}|~{3,})")
# `:::` alone: the line closing a container (`:::warning` … `:::`), which shows nothing; a list item's
# lazy continuation line when the box holds a list.
_CLOSING_COLONS = re.compile(r"^\s*:{3,}\s*$")
_CODE_COMMENT = re.compile(r"^\s*(?:#+|//+|--|%+|/\*+|\*+/?|<!--)\s*|\s*(?:\*/|-->)\s*$")
# A note to self where the answer will go, in the languages notes are written in: `TODO`, `TBD`, `WIP`,
# `*Write-up in progress.*`, `Solution coming soon`, `(unsolved)`, `Sin resolver`, `À compléter`, `In Arbeit`,
# `待补充 🚧`, `作成中`. Read on the line lower-cased, punctuation, emphasis and emoji removed.
_QUALIFIER = (
    r"(?:(?:the|my|full|an?)\s+)?(?:write\s?up|answer|solution|explanation|notes?|content|details|section|proof|code|outline|plan|"
    r"respuesta|soluci[oó]n|r[eé]ponse|antwort|l[oö]sung|risposta|soluzione|resposta|solu[cç][aã]o|"
    r"kidolgoz[aá]s|megold[aá]s|v[aá]lasz)\s+(?:is\s+|are\s+)?(?:still\s+)?"
)
# "To be written" and "ask in class" in more languages: `(작성 예정)`, `추가 예정`, `執筆中`, `未完成`,
# `đang cập nhật`, `sẽ cập nhật sau`, `chưa có đáp án`, `*ask in office hours*`, `preguntar a la profe`.
_TO_BE_WRITTEN = (
    r"(?:작성|추가|업데이트|정리)\s*예정|執筆中|未完成|未作成|編集中|整理中|"
    r"(?:đang|sẽ)\s+cập\s+nhật(?:\s+sau)?|chưa\s+có(?:\s+(?:đáp\s+án|lời\s+giải))?|đang\s+viết|"
    r"ask\s+(?:in\s+(?:office\s+hours|class|lecture)|the\s+(?:prof|professor|ta|tutor|teacher|lecturer))|"
    r"preguntar\s+(?:en\s+clase|al\s+profe(?:sor)?|a\s+la\s+profe(?:sora)?)"
)
# "Missing" in Danish, Norwegian and Swedish, where the answer will go: `_mangler_`, `Mangler stadig`, `Svar
# mangler`, `saknas`, `Saknas än`; "coming soon / later": `Kommer snart ✍️`, `Svar kommer senere`.
_NORDIC_MISSING = (
    r"(?:svar\s+)?(?:mangler|saknas)(?:\s+(?:stadig|endnu|enn[åa]|fortsatt|fortfarande|än|ennu))?"
    r"|(?:svar(?:et)?\s+)?kommer\s+(?:snart|senere|senare|siden)"
)
_ALONE = (
    r"todo|tbd|tba|tbc|wip|fixme|work\s+in\s+progress|coming\s+soon|"
    # `YOUR ANSWER HERE`: the text cell a graded notebook hands out, left as it came.
    r"(?:(?:write|put|type|enter)\s+)?your\s+(?:answer|solution|response)(?:\s+goes)?\s+here|"
    r"to\s+be\s+(?:written|added|done|completed|continued|determined|announced)|"
    r"not\s+(?:yet\s+)?(?:answered|solved|written|done)|unsolved|unanswered|under\s+construction|"
    # `— no idea yet` after a question: the writer does not know the answer yet.
    r"(?:i\s+have\s+)?no\s+idea|"
    r"sin\s+resolver|sin\s+respuesta|por\s+(?:completar|resolver|escribir)|pr[oó]ximamente|"
    r"en\s+(?:construcci[oó]n|progreso|preparaci[oó]n)|[aà]\s+(?:compl[eé]ter|r[eé]diger)|"
    r"non\s+r[eé]solu|en\s+cours\s+de\s+r[eé]daction|in\s+arbeit|kommt\s+(?:noch|bald)|ungel[oö]st|"
    # `_noch ausarbeiten_`, `noch zu ergänzen`, `fehlt noch`: German "still to write up".
    r"noch\s+(?:zu\s+)?(?:ausarbeiten|auszuarbeiten|ergänzen|ausformulieren|auszuformulieren|schreiben)|fehlt\s+noch|"
    r"em\s+(?:breve|constru[cç][aã]o)|n[aã]o\s+resolvid[oa]|in\s+arrivo|"
    r"da\s+(?:completare|scrivere)|non\s+risolto|in\s+lavorazione|не\s+решено|"
    r"待补充|待補充|待完善|待更新|待续|待續|暂无|暫無|敬请期待|準備中|作成中|未回答|작성\s*중|준비\s*중|"
    r"(?:m[eé]g\s+)?nincs\s+(?:m[eé]g\s+)?kidolgozva|kidolgozatlan|hamarosan|"
    # `poko ekri`, `poko fini`: Haitian Creole "not written / not finished yet".
    r"poko\s+(?:ekri|fini|reponn|fèt)|"
    # `(doplním po přednášce)`, `bude doplněno`: Czech and Slovak "I will add it (after …)", "to be added".
    # `доплнити`: the same in Rusyn, written in Cyrillic.
    r"(?:bude\s+)?dopln(?:ím|íme|it|[eě]no)(?:\s+pozd[eě]ji)?|доплн(?:ити|ю|име|ено)|" + _TO_BE_WRITTEN + "|" + _NORDIC_MISSING
)
# Words that are a placeholder only after what they stand for (`Solution pending`; a bare `Pending` may
# well answer which phase a Pod is in).
_AFTER_QUALIFIER = (
    r"pending|soon|in\s+progress|pendiente|pendente|folgt|offen|en\s+cours|em\s+andamento|скоро|в\s+процессе|"
    r"folyamatban|k[eé]sz[uü]l"  # Hungarian: `Kidolgozás folyamatban…`, `Megoldás készül`
)
# A note to self where the answer will go, in the languages notes are written in: `TODO`, `TBD`, `WIP`,
# `*Write-up in progress.*`, `Solution coming soon`, `(unsolved)`, `Sin resolver`, `À compléter`, `In Arbeit`,
# `待补充 🚧`, `作成中`, `Kidolgozás folyamatban…`. Read on the line lower-cased, punctuation, emphasis and emoji removed.
_PLACEHOLDER_TEXT = re.compile(
    rf"^(?:{_QUALIFIER}(?:{_ALONE}|{_AFTER_QUALIFIER})|(?:{_ALONE}))(?:\s+(?:yet|still|todav[ií]a|a[uú]n|encore|noch))?"
    # `À compléter après le TP 4`, `to be added after lab 3`: when it will be written, a few words.
    r"(?:\s+(?:after|once|après|nach|después\s+de|tras|dopo|depois\s+d[aeo]|po)(?:\s+\w+){1,4})?$",
    re.I,
)
# `TODO: write up the BFS version`, `TBD (ask Ana)`: a note that opens with the marker is one whatever it says.
_PLACEHOLDER_LEAD = re.compile(r"^\W*(?:todo|tbd|fixme|wip)(?:[ \t]*[:(：]|[ \t]+[-–—][ \t]|\W*$)", re.I)
# A code cell left to fill in: `# your code here`, `pass`, `...`.
_CODE_PLACEHOLDER = re.compile(
    r"^(?:pass|\.\.\.|…|(?:write\s+|put\s+|insert\s+|add\s+)?(?:your|the)\s+(?:code|solution|answer)(?:\s+goes)?\s+here|"
    r"(?:code|solution|answer)\s+(?:goes\s+)?here)$",
    re.I,
)
_NOT_WORDS = re.compile(r"[^\w\s]+|_+")


def placeholder_reason(markdown: str) -> str | None:
    """`no answer` for a body made only of HTML comments, rules and back-to-top lines (`<!-- solution coming
    soon -->`, `<hr>`); `placeholder` for one made of a single note to self (`TODO`, `*Write-up in
    progress.*`, `(unsolved)`, `待补充 🚧`) or of a code cell left to fill in (`# your code here`, `pass`),
    with such lines around it; None otherwise."""
    text = _HTML_COMMENT.sub("", markdown) if "<!--" in markdown else markdown
    if "%%" in text:
        text = _OBSIDIAN_COMMENT.sub("", text)  # `%% to write up %%`: Obsidian's comment, as good as an HTML one
    if "{/*" in text:
        text = _MDX_COMMENT.sub("", text)  # `{/* TODO */}`: MDX's comment, as good as an HTML one
    if len(text) > _PLACEHOLDER_MAX:
        return None
    lines = [
        line
        for line in text.splitlines()
        if line.strip() and not _RULE_LINE.match(line) and not is_back_to_top(line) and not _CLOSING_COLONS.match(line)
    ]
    if not lines:
        return "no answer" if markdown.strip() else None
    fenced = [line for line in lines if not _FENCE_LINE.match(line)]
    if len(fenced) < len(lines):
        if fenced and all(
            _CODE_PLACEHOLDER.match(_words_of(_CODE_COMMENT.sub("", line))) or _is_note_to_self(_CODE_COMMENT.sub("", line))
            for line in fenced
        ):
            return "placeholder"
        return None
    if len(lines) == 1 and _is_note_to_self(unquote(lines[0])):
        return "placeholder"
    if len(lines) <= _WRAPPED_NOTE_LINES + 1 and _TODO_BOX.match(lines[0]):
        return "placeholder"  # `> [!TODO]` over `> Write this one up …`: a box the writer typed as a note to self
    if 1 < len(lines) <= _WRAPPED_NOTE_LINES and _one_paragraph(text, lines) and _WRAPPED_LEAD.match(unquote(lines[0])):
        return "placeholder"  # `TODO — the video covered it …` wrapped over a second line: a note to self all the same
    return None


_WRAPPED_NOTE_LINES = 3
"""Lines a note to self opening with its marker may be wrapped over."""
# `> [!TODO]`, `> [!fixme]-`, `!!! todo`: the head of a callout or admonition whose type is a note to self.
_TODO_BOX = re.compile(r"^[ \t]*(?:>[ \t]*\[!(?:todo|fixme|tbd|wip)\][+-]?|[!?]{3}\+?[ \t]+(?:todo|fixme|tbd|wip)\b)", re.I)
# `TODO — the video covered it …`, `FIXME: copy …`: the marker, its dash or colon, and the note going on (a bare
# `TODO` line over text is a marker left above an answer).
# `??? — the two of us disagreed on this one; ask at …`: the unknown mark, a dash and why, wrapped or not.
_WRAPPED_LEAD = re.compile(
    r"^(?:\W*(?:todo|tbd|fixme|wip)(?:[ \t]*[:(：]|[ \t]+[-–—][ \t])|[*_ \t]*\?{3,}[*_]*[ \t]+[-–—][ \t])[ \t]*\S", re.I
)
_BLOCK_OPENING = re.compile(r"^\s*(?:[-*+>#|]|\d+[.)])")


def _one_paragraph(text: str, lines: list[str]) -> bool:
    """True when LINES (the non-blank lines of TEXT) are one paragraph: no blank line between them, none after
    the first opening a list item, a quote, a heading or a table row."""
    return "\n\n" not in text.strip().replace("\r", "") and not any(_BLOCK_OPENING.match(line) for line in lines[1:])


_CODE_COMMENT_MARK = re.compile(r"^\s*(?:#+|//+|--|%+|/\*+)\s*")


def code_left_to_fill(markdown: str) -> str | None:
    """`placeholder` when a code block of the answer holds a comment that marks where the code is still to be
    written (`# YOUR CODE HERE` over a stub, as graded notebooks hand them out), whatever else the block
    holds; None otherwise."""
    if "```" not in markdown and "~~~" not in markdown:
        return None
    fenced = False
    for line in markdown.splitlines():
        if _FENCE_LINE.match(line):
            fenced = not fenced
            continue
        if fenced:
            mark = _CODE_COMMENT_MARK.match(line)
            if mark is not None and _CODE_PLACEHOLDER.match(_words_of(_CODE_COMMENT.sub("", line))):
                words = _words_of(line[mark.end() :]).lower()
                if words not in ("pass", "...", "…"):
                    return "placeholder"
    return None


def _words_of(line: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", line).split()) if line.strip() not in ("...", "…") else line.strip()


def _is_note_to_self(line: str) -> bool:
    return bool(
        _PLACEHOLDER_LEAD.match(line)
        or _is_not_done(line)
        or _PLACEHOLDER_TEXT.match(_words_of(line))
        or _is_answer_later(line)
        or _is_later_in_cjk(line)
        or _is_later_in_hindi(line)
        or _is_unknown_mark(line)
        or is_blank_to_fill(line)
        or _is_try_it_first(line)
        or _is_not_typed_up(line)
        or _is_capital_todo(line)
        or _is_still_to_write(line)
        or _is_to_write_out(line)
        or _is_still_to_write_more(line)
        or _is_bracketed_later(line)
        or _is_not_reached(line)
        or _is_left_to_reader(line)
        or _is_unsure_note(line)
        or _is_bcs_placeholder(line)
        or _is_chinese_later(line)
        or _is_pending_aside(line)
        or _is_later_note(line)
        or _is_deferred_note(line)
        or _is_carried_over(line)
        or _is_later_note_more(line)
        or _is_emphasised_todo(line)
        or _is_bracketed_placeholder_with_aside(line)
        or _is_placeholder_with_pointer(line)
        or _is_open_aside(line)
        or _is_ask_note(line)
        or _is_class_aside(line)
    )


# A bracketed aside standing where the answer goes and saying why it is not there yet: the item was skipped,
# is to be looked up, asked about or come back to (`*(skipped for now — come back to this)*`, `*(rule changed
# recently — look up the new value before writing this in)*`, `(übersprungen)`, `*(buscar en el libro)*`). Emphasis, even broken inside, is left aside.
_OPEN_ASIDE = re.compile(
    r"^\((?:\s*(?:skipped|übersprungen|saltad[oa]|omitid[oa])\b|[^()]*\b(?:look(?:ed)?\s+(?:it\s+)?up|come\s+back\s+to|"
    r"ask\s+(?:at|in|about|after|during)|nachschlagen|nachsehen|buscar|volver\s+a|[àa]\s+v[ée]rifier)\b)[^()]*\)$",
    re.I,
)
_OPEN_ASIDE_MAX = 200


# `→ ask Ms. Ortega after class, just curious.`: a note to ask someone at the next meeting, a short aside after it.
_ASK_NOTE = re.compile(
    r"^[\W_]*ask\s+(?:[\w.'’-]+\s+){0,3}(?:after|in|at|during|before)\s+(?:the\s+|next\s+)?"
    r"(?:class|lecture|section|seminar|tutorial|office\s+hours|meeting|practice)\b(?:\s*[,;–—-]\s*[^.!?]{0,40})?[\W_]*$",
    re.I,
)


# `(explained in class)`, `(to be discussed in the lecture)`, `(لە پۆلدا شیدەکرێتەوە)`, `(يُشرح في الصف)`, `(در
# کلاس توضیح داده می‌شود)`: a bracketed note that the teacher goes through the question in class, standing
# where the answer goes, in English, Kurdish (Sorani), Arabic and Persian. Both the class and the explaining
# must be named: `(as in class)` or `(explained above)` may stand before an answer's text.
_CLASS_WORD = re.compile(r"\b(?:class|lecture|lesson|tutorial|seminar)\b|پۆل|وانە|الصف|الحصة|المحاضرة|الدرس|کلاس|درس", re.I)
_EXPLAIN_WORD = re.compile(
    r"\b(?:explain(?:ed)?|discuss(?:ed)?|covered|gone\s+(?:over|through))\b|شی\s*دەکرێتەوە|ڕوون\s*دەکرێتەوە|باس\s*دەکرێت|"
    r"يُ?شرح|سيُ?شرح|سنشرح|شرحه|شرحها|يُ?ناقش|سنناقش|توضیح|بحث\s+(?:می|خواهد)",
    re.I,
)
_CLASS_ASIDE_MAX = 60


def _is_class_aside(line: str) -> bool:
    """A short bracketed "explained in class" note alone on the answer's line (`_CLASS_WORD`, `_EXPLAIN_WORD`)."""
    text = line.strip().strip("*_").strip()
    if not (len(text) <= _CLASS_ASIDE_MAX and text[:1] in "(（[" and text[-1:] in ")）]"):
        return False
    inner = text[1:-1]
    return "(" not in inner and _CLASS_WORD.search(inner) is not None and _EXPLAIN_WORD.search(inner) is not None


def _is_ask_note(line: str) -> bool:
    """A note to ask about the question at the next class or meeting (`_ASK_NOTE`), alone on its line."""
    text = line.strip()
    return len(text) <= _OPEN_ASIDE_MAX and _ASK_NOTE.match(text) is not None


def _is_open_aside(line: str) -> bool:
    """A bracketed note that the answer is still open (`_OPEN_ASIDE`), alone on its line."""
    text = line.strip().replace("*", "").replace("_", "").strip()
    return len(text) <= _OPEN_ASIDE_MAX and text.startswith("(") and _OPEN_ASIDE.match(text) is not None


# "left for later" notes where the answer goes: `🤔 *Left for discussion — nobody had it prepared.*`, `No
# answer yet — bring it to Thursday's section.`, `**Status:** ⏳ unresolved — staff discussing`, `(see his 2017
# comment — need to find the exact quote before answering)`, `*(I'll answer this one in class — …)*`, `Coming in part 2 —
# still writing it up`, `*Worked in recitation — solution posted after Thursday.*`, `look up before Thursday`, `_still thinking — need to read about …_`, `*not on the handout — look up*`: the answer is deferred to a meeting or a later post, or still to be looked up, whatever aside follows.
_DEFERRED = re.compile(
    r"^[\W_]*(?:left\s+(?:for|to)\s+(?:(?:the\s+)?(?:next\s+)?(?:discussion|session|meeting|class|lecture|section|time)|later)"
    r"|no\s+(?:answer|solution|reply|response)s?\s+yet|status[\W_]+(?:unresolved|unanswered)"
    r"|(?:i|we)(?:[’']ll|\s+will)\s+(?:answer|cover|discuss|address|explain|get\s+to|come\s+back\s+to)\s+(?:this|that|it)(?:\s+one)?"
    r"\s+(?:in|at|during)\s+(?:the\s+)?(?:next\s+)?(?:class|lecture|section|session|seminar|tutorial|recitation|office\s+hours)"
    r"|coming\s+(?:up\s+)?in\s+(?:the\s+|a\s+)?(?:next\s+|later\s+|future\s+)?(?:part|post|article|episode|instal+ment|issue|video)(?:\s+\d+)?"
    r"|(?:i[’']m|i\s+am)\s+still\s+writing\s+(?:this|it|that)(?:\s+one)?\s+up"
    r"|(?:worked|done|solved|gone\s+through)\s+(?:out\s+)?in\s+(?:the\s+)?(?:recitation|class|lecture|section|tutorial|seminar|lab)"
    r"(?=[ \t]*[-–—(]|[\W_]*$)"
    r"|(?:the\s+)?(?:solutions?|answers?)\s+(?:will\s+be\s+|to\s+be\s+)?(?:posted|released|shared|handed\s+out)\s+(?:after|later|next|on)\b[^.\n]{0,40}"
    # `…answer on the next slide once I've checked it`, `Respuesta en la siguiente diapositiva`, `Antwort auf der
    # nächsten Folie`, `Réponse sur la diapo suivante`: the answer put off to a later slide or page.
    r"|(?:(?:the\s+)?(?:solutions?|answers?)\s+(?:is\s+|will\s+be\s+|comes\s+)?(?:on|in)\s+(?:the\s+)?next\s+(?:slide|page)s?"
    r"|(?:la\s+)?(?:respuesta|soluci[oó]n)\s+(?:est[aá]\s+)?en\s+la\s+(?:siguiente|pr[oó]xima)\s+(?:diapositiva|p[aá]gina)"
    r"|(?:die\s+)?(?:antwort|l[oö]sung)\s+(?:steht\s+|kommt\s+)?auf\s+der\s+n[aä]chsten\s+(?:folie|seite)"
    r"|(?:la\s+)?(?:r[ée]ponse|solution)\s+(?:est\s+)?(?:sur|à)\s+la\s+(?:diapo(?:sitive)?|page)\s+suivante)"
    r"(?:\s+(?:once|after|when|cuando|wenn|sobald|quand|une\s+fois)\b[^.:\n]{0,40})?(?![ \t]*:)"
    r"|(?:to\s+)?look\s+(?:it\s+|this\s+|that\s+)?up\s+(?:later|tomorrow|tonight|(?:before|by|after|on|next)\s+\w+)"
    # `_still thinking — need to read about …_`: the writer has no answer yet and says what to read for it.
    r"|still\s+(?:thinking|working\s+on\s+(?:it|this|that)|figuring\s+(?:it|this|that)\s+out)"
    # `*not on the handout — look up*`: where the answer would be, why it is missing and that it is to look up.
    r"|[^\n]{1,120}?\s[-–—]\s+(?:(?:i\s+)?(?:need|have)\s+to\s+|to\s+)?look\s+(?:it\s+|this\s+|that\s+)?up(?=[\W_]*$))"
    r"(?:[ \t]*(?:[-–—:;,(]|\.(?:\s|$))|[\W_]*$)",
    re.I,
)
_LOOK_UP_ASIDE = re.compile(
    r"^[*_]*[(（][^()（）\n]{0,160}\b(?:(?:need|have|got)\s+to\s+(?:find|look\s+up|re-?read)\b|before\s+answering\b)"
    r"[^()（）\n]{0,100}[)）][*_]*[.!]?$",
    re.I,
)
# `Good question — hold that thought until week 8.`: the answer is put off to a later class, whatever the line says around it.
_HOLD_THAT_THOUGHT = re.compile(r"\bhold\s+(?:this|that)\s+thought\b", re.I)
_HOLD_THAT_THOUGHT_MAX = 120
# `???  (something about GPU parallelism — need to reread)`, `??? — lab 9, not done yet`: the marks of
# `_UNKNOWN_MARK` with a longer aside, in brackets or after a dash.
_QUERIED_ASIDE = re.compile(
    r"^[\W_]*(?:[?？][ \t]*){3,}[*_ \t]*(?:[(（][^()（）\n]{0,200}[)）]|[-–—][ \t]+[^\n]{1,200}?)[\W_]*$"
)


def _is_deferred_note(line: str) -> bool:
    """A note that the answer is deferred or still to be looked up (`_DEFERRED`, `_LOOK_UP_ASIDE`,
    `_QUERIED_ASIDE`, `_HOLD_THAT_THOUGHT`), alone on the answer's only line."""
    text = line.strip()
    if len(text) <= _HOLD_THAT_THOUGHT_MAX and _HOLD_THAT_THOUGHT.search(text) is not None:
        return True
    return len(text) <= _NOT_DONE_MAX + 40 and bool(
        _DEFERRED.match(text) or _LOOK_UP_ASIDE.match(text) or _QUERIED_ASIDE.match(text)
    )


# "Not written yet, I'll fill it in later", "will be added", "solution later" in Uzbek, Turkish, Kazakh and
# Lithuanian, alone where the answer will go: `_hali yozmadim, keyinroq to'ldiraman_ 🙈`, `_(yechim keyin)_`,
# `🤷‍♂️ (eklenecek)`, `(кейін толықтырамын)`, `bus papildyta`. A short line made only of such phrases (commas,
# brackets, emphasis and emoji aside): a sentence that merely holds one of the words answers.
_LATER_PHRASE = re.compile(
    r"(?:hali\s+(?:yozmadim|yozilmagan|yozilmadi|yo'q)|keyin(?:roq)?\s+(?:to'ldiraman|to'ldiriladi|yozaman|qo'shaman)|"
    r"(?:yechim|javob|javobi)\s+(?:keyin(?:roq)?|yo'q)|"
    r"(?:sonra\s+)?(?:eklenecek|yazılacak|doldurulacak)|henüz\s+(?:yazılmadı|yok|cevaplanmadı)|(?:cevap|yanıt)\s+(?:yok|sonra)|"
    r"кейін(?:ірек)?(?:\s+(?:толықтырамын|толықтырылады|жазамын|жазылады))?|әлі\s+(?:жазылмаған|жазбадым)|жауабы\s+жоқ|"
    r"bus\s+papildyta|dar\s+(?:nepara[sš]yta|neatsakyta)|papildysiu(?:\s+v[eė]liau)?)",
    re.I,
)
_LATER_NOTE_MAX = 80


def _is_later_note(line: str) -> bool:
    """A short "not written yet, later" note alone on the answer's line (`_LATER_PHRASE`)."""
    text = line.strip()
    if len(text) > _LATER_NOTE_MAX:
        return False
    text = text.replace("_", " ").replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    parts = [" ".join(p.split()) for p in re.split(r"[^\w\s']+", text)]
    parts = [p.strip("'") for p in parts if p.strip(" '")]
    return bool(parts) and all(_LATER_PHRASE.fullmatch(p) for p in parts)


# "The answer is not written yet, later" in Azerbaijani (`Cavab hələ yazılmayıb 🙈`, `hələ yazmamışam`, `sonra
# əlavə edəcəm`, `cavab yoxdur`) and in Franco-Arabic, Arabic written in Latin letters (`lessa hakteb-ha`, "I will
# still write it", `lessa makatabtohash`, `hakmelha ba3den`): alone where the answer goes, the line is a
# short run of such phrases (punctuation, emphasis and emoji aside); a sentence that holds them answers.
_LATER_PHRASE_MORE = re.compile(
    r"(?:(?:cavab(?:ı)?\s+)?(?:hələ\s+)?(?:yazılmayıb|yazılmamışdır|yazmamışam|yazmadım)|(?:cavab(?:ı)?\s+)?sonra\s+"
    r"(?:yazacam|yazacağam|yazılacaq|əlavə\s+(?:edəcəm|edəcəyəm|ediləcək))|cavab(?:ı)?\s+(?:yoxdur|yox|hələ\s+yoxdur)|"
    r"(?:el\s+gawab\s+)?(?:lessa|lsa|lissa)\s+(?:hakteb|ha\s?ktb|haktebha|makatabt\w*|mkatabt\w*|mesh\s+maktoob)(?:\s*-?\s*ha)?|"
    r"(?:hakmel|hakteb|haktb)(?:\s*-?\s*ha)?\s+(?:ba3den|ba3d\s+keda|b3den))",
    re.I,
)


def _is_emphasised_todo(line: str) -> bool:
    """`_TODO — didn't get to it, see lecture 7._`, `*TBD: ask the TA*`: the `TODO` lead of `_PLACEHOLDER_LEAD`
    inside italics or bold, whose underscores `\\W` does not skip."""
    text = line.strip()
    return text[:1] in ("_", "*") and len(text) <= _LATER_NOTE_MAX * 2 and bool(_PLACEHOLDER_LEAD.match(text.lstrip("*_ \t")))


def _is_later_note_more(line: str) -> bool:
    """A short "not written yet, later" note (`_LATER_PHRASE_MORE`) alone on the answer's line."""
    text = line.strip()
    if len(text) > _LATER_NOTE_MAX:
        return False
    parts = [" ".join(p.split()) for p in re.split(r"[^\w\s-]+|_+|(?<!\w)-|-(?!\w)", text)]
    parts = [p for p in parts if p.strip()]
    return bool(parts) and all(_LATER_PHRASE_MORE.fullmatch(p) for p in parts)


# "No answer (yet), ask the assistant, fill in later" in Serbian, Croatian and Bosnian, standing where the answer
# will go: `(nema odgovora — pitati asistenta)`, `Bez odgovora`, `dopuniti kasnije`, `Odgovor naknadno`,
# `pitati profesora`. A bare `pitati …` or `kasnije` may answer a question, so they count only with what they
# stand for (an assistant or teacher to ask, the answer to come).
_BCS_PLACEHOLDER = re.compile(
    r"^[\W_]*(?:nema\s+(?:jo[sš]\s+)?odgovora|bez\s+odgovora|odgovor\s+(?:kasnije|naknadno|slijedi|sledi)|"
    r"(?:dopuniti|dopisati|doraditi|dopuni|dopi[sš]i)(?:\s+(?:odgovor|kasnije|naknadno)){0,2}|"
    r"(?:pitati|pitaj|provjeriti|proveriti|provjeri|proveri)\s+(?:asistenta|asistentkinju|profesora|profesoricu|"
    r"profesorku|nastavnika|na\s+(?:konsultacijama|vje[zž]bama|ve[zž]bama|predavanju))(?:[ \t]+(?:u|na|za|do|sutra|kasnije)\b[^,;:()\[\]\n]{0,30})?)"
    r"(?:[ \t]*[,;:–—-][^()\[\]\n]{0,60})?[\W_]*$",
    re.I,
)


def _is_bcs_placeholder(line: str) -> bool:
    return len(line) <= 120 and _BCS_PLACEHOLDER.match(line.strip()) is not None


# "Not typed up / not done yet" where the answer will go, in English, German, Afrikaans and Chinese: `siehe Foto im Ordner …
# – hab's noch nicht abgetippt`, `Lösung fehlt noch`, `*(het nie tyd gehad nie — kyk handboek bl. 212)*`, `nog nie
# gedoen nie`, `略` (omitted), `（待整理，见 PPT 第 47 页）` (to be sorted out); a bracketed "still / later to write" in
# Punjabi and Hindi (`(ਅਜੇ ਲਿਖਣਾ ਹੈ — …)`, `(बाद में लिखना है)`) and "to be added" in Macedonian, Bulgarian and Serbian
# (`(да се дополни — …)`). Short lines only: a sentence that
# merely holds the words answers.
_NOT_TYPED_UP = re.compile(
    r"noch\s+nicht\s+(?:abgetippt|ausgearbeitet|gel[öo]st|bearbeitet|aufgeschrieben|beantwortet|abgeschrieben|eingetragen)"
    r"|not\s+(?:yet\s+)?typed\s+(?:up|out)|(?:haven'?t|have\s+not)\s+typed\s+(?:it\s+)?(?:up|out)"
    r"|(?:l[öo]sung|antwort)\s+fehlt(?:\s+noch)?|fehlt\s+noch"
    r"|het\s+nie\s+tyd\s+gehad\s+nie|nog\s+nie\s+(?:gedoen|beantwoord|klaar|voltooi|uitgewerk|ingevul)"
    r"|待整理|待補充|待补充|待填|待写|待寫"
    r"|[(（][ \t]*(?:ਬਾਅਦ[ \t]+ਵਿੱਚ|ਅਜੇ)[ \t]+ਲਿਖਣਾ[ \t]+ਹੈ|[(（][ \t]*(?:बाद[ \t]+में|अभी)[ \t]+लिखना[ \t]+है"
    r"|[(（][ \t]*да[ \t]+се[ \t]+(?:дополни|допълни|допуни)",
    re.I,
)
_NOT_TYPED_UP_MAX = 160
# `略`, `略。`, `（略）`: "omitted" alone where a Chinese answer would be.
_OMITTED = re.compile(r"^[\W_]*略[\W_]*$")


def _is_not_typed_up(line: str) -> bool:
    """A short note that the answer is not typed up or done yet, or a bare `略` (`_NOT_TYPED_UP`, `_OMITTED`)."""
    text = line.strip()
    return len(text) <= _NOT_TYPED_UP_MAX and (_NOT_TYPED_UP.search(text) is not None or _OMITTED.match(text) is not None)


# `(pendent, ho faig dimecres)`, `(pendiente — lo hago el lunes)`, `_(pendente: ver aula 5)_`: "pending" in
# Catalan, Spanish and Portuguese opening a short aside in brackets, alone where the answer will go (a bare
# `Pendiente` may answer which state something is in: only the bracketed note counts).
_PENDING_ASIDE = re.compile(
    r"^[*_]*[(（][ \t]*(?:pendent|pendiente|pendente|per[ \t]+(?:fer|completar|acabar)|por[ \t]+(?:hacer|completar)|a[ \t]+completar)"
    r"(?:[ \t]*[,;:–—-][^()（）\n]{0,60})?[ \t]*[)）][*_]*[.!]?$",
    re.I,
)


def _is_pending_aside(line: str) -> bool:
    """A short bracketed "pending" note alone on the answer's line (`_PENDING_ASIDE`)."""
    text = line.strip()
    return len(text) <= _NOT_DONE_MAX and text[:3].lstrip("*_")[:1] in ("(", "（") and _PENDING_ASIDE.match(text) is not None


# A Chinese note to self where the answer will go, alone on its line and often in full-width brackets:
# `（還沒想好，先跳過）` (not thought through yet, skip for now), `待補`, `之後再補` (fill in later), in
# traditional and simplified characters. Short lines only: a sentence that merely holds the words answers.
_CHINESE_LATER = re.compile(r"還沒想好|还没想好|先跳過|先跳过|待補|待补|之後再補|之后再补")
_CHINESE_LATER_MAX = 30


def _is_chinese_later(line: str) -> bool:
    """A short Chinese "fill in later" note alone on the answer's line (`_CHINESE_LATER`)."""
    text = line.strip().strip("*_()（）[]【】").strip()
    return len(text) <= _CHINESE_LATER_MAX and _CHINESE_LATER.search(text) is not None


# `(usikker – sjekk forelesning 3)`, `(osäker, kolla boken)`, `usikkert`: "not sure, check …" in the Nordic
# languages, standing where the answer will go. `Sjekk …` or `Kolla …` alone may be the answer (an order to
# check something), so those words count only in brackets; the unsure words count alone too.
_UNSURE_NOTE = re.compile(
    r"^[\W_]*(?:[(\[][ \t]*(?:usikker|usikkert|usikre|osäker|osäkert|usikkerhed|ikke\s+sikker|inte\s+säker|"
    r"sjekk|sjekke|kolla|tjek|tjekke|epävarma|tarkista)\b[^()\[\]]{0,80}[)\]]|"
    r"(?:usikker|usikkert|osäker|osäkert|ikke\s+sikker|inte\s+säker|epävarma)(?:[ \t]*[,;:–—-][^()\[\]\n]{0,60})?)[\W_]*$",
    re.I,
)
_UNSURE_MAX = 100


def _is_unsure_note(line: str) -> bool:
    """A short Nordic "not sure / check" note where the answer would be (`_UNSURE_NOTE`)."""
    text = line.strip()
    return len(text) <= _UNSURE_MAX and bool(_UNSURE_NOTE.match(text))


# `TODO look up — we moved in 2024`, `*FIXME check the year*`: the marker in capitals, then what is still to
# do in lower case, alone on a short line (lower-case `todo` is Spanish and Portuguese for "all", and `TODO
# lists …` names a thing: the rest must not open with `list`).
# `TODO look up …`, `→ TODO, à faire pour …`: the marker in capitals, a comma after it allowed, then lower case.
_CAPITAL_TODO = re.compile(r"^[\W_]*(?:TODO|TBD|FIXME),?[ \t]+(?!lists?\b)(?=[^\W\d_])(?![A-ZÀ-Þ])")
_CAPITAL_TODO_MAX = 120


def _is_capital_todo(line: str) -> bool:
    """A note to self opening with `TODO` in capitals, or with the construction sign 🚧 that marks a part
    still being written (`🚧 قيد الكتابة — …`, `🚧 Work in progress, see …`), alone on the answer's only
    line (`_CAPITAL_TODO`)."""
    if len(line.strip()) > _CAPITAL_TODO_MAX:
        return False
    return bool(_CAPITAL_TODO.match(line)) or line.lstrip(" \t>*_").startswith("\U0001f6a7")


# The Malay and Indonesian notes to self where the answer will go: `_(cuba sendiri dulu — jawapan minggu
# depan)_` (try it yourself first), `coba sendiri`, `belum dijawab` / `belum ada jawapan` (not answered yet),
# `akan ditambah` (to be added). Read at the start of the line's words, on a short line only.
_TRY_IT_FIRST = re.compile(
    r"^(?:(?:cuba|coba)\s+(?:sendiri|dulu)\b|belum(?:\s+(?:ada|di\w+|jawab|selesai|siap|lengkap|tersedia)\b|$)"
    r"|akan\s+(?:ditambah|ditulis|diisi|dikemas\s?kini|diperbarui|dilengkapi)\w*)",
    re.I,
)


def _is_try_it_first(line: str) -> bool:
    """A Malay or Indonesian note to self alone on the answer's line (`_TRY_IT_FIRST`)."""
    return len(line) <= _NOT_DONE_MAX and bool(_TRY_IT_FIRST.match(_words_of(line)))


# "The answer is still to be written": a note opening with what is missing and `to be added` (`*Approach to be
# added — see ch. 33 for now.*`, `Solution to be written.`, `Notes still to be typed up (see slides)`), whatever
# aside follows it after a dash, colon, semicolon or bracket.
_STILL_TO_WRITE = re.compile(
    r"^[\W_]*(?!(?:it|this|that|they|these|those|which|what|everything|nothing)\b)(?:[^\W\d_]+\s+){0,3}(?:is\s+|are\s+)?(?:still\s+)?to\s+be\s+"
    r"(?:added|written|done|completed|filled\s+in|typed\s+up|finished|drafted)"
    r"(?:[ \t]*(?:[-–—:;,(]|\.(?:\s|$))|[\W_]*$)",
    re.I,
)
_STILL_TO_WRITE_MAX = 200


def _is_still_to_write(line: str) -> bool:
    """A note that the answer is still to be written (`_STILL_TO_WRITE`), alone on the answer's only line."""
    text = line.strip()
    return len(text) <= _STILL_TO_WRITE_MAX and "to be" in text.lower() and bool(_STILL_TO_WRITE.match(text))


# "Need to write it out properly": a short note closed by the writer saying the answer is still to write out
# (`Two examples in mind. Need to write it up properly.`, `Rough idea only — still have to type it up.`).
_TO_WRITE_OUT = re.compile(
    r"(?:^|[.!?;:—–-][ \t]+)(?:i[ \t]+)?(?:still[ \t]+)?(?:need|have)[ \t]+to[ \t]+(?:write|type|work)[ \t]+"
    r"(?:it|this|that|this\s+one|them)[ \t]+(?:out|up)(?:[ \t]+(?:properly|in[ \t]+full|later|again))?[ \t.!…]*$",
    re.I,
)
_TO_WRITE_OUT_MAX = 160


# "Still to be written" opening a short note, in Irish and Kannada: `*SRPanna le scríobh — féach ar nótaí an
# ranga*` (points to write, see the class notes), `*ಉತ್ತರ ಇನ್ನೂ ಬರೆಯಬೇಕು — …*` (the answer is still to write).
# One word may name what is missing; an aside may follow after a dash, colon or bracket.
_STILL_TO_WRITE_MORE = re.compile(
    r"^[\W_]*(?:\S+\s+)?(?:le\s+scr[ií]obh|ಇನ್ನೂ\s+ಬರೆಯಬೇಕು)(?:[ \t]*[-–—:;,(.]|[\W_]*$)", re.I
)
_STILL_TO_WRITE_MORE_MAX = 160


def _is_still_to_write_more(line: str) -> bool:
    """A short note that the answer is still to be written, in the words of `_STILL_TO_WRITE_MORE`."""
    text = line.strip()
    return len(text) <= _STILL_TO_WRITE_MORE_MAX and bool(_STILL_TO_WRITE_MORE.match(text))


def _is_to_write_out(line: str) -> bool:
    """A short note ending with the writer's reminder that the answer is still to write out (`_TO_WRITE_OUT`)."""
    text = line.strip().strip("*_ \t")
    return len(text) <= _TO_WRITE_OUT_MAX and "to " in text and bool(_TO_WRITE_OUT.search(text))


# "I did not get to this one": `(didn't get to this one, TODO)`, `Ran out of time — redo`, `(never got to it)`, and a
# short aside in brackets that ends with the capital marker (`(skipped for now, TODO)`).
_NOT_REACHED = re.compile(
    r"^[\W_]*(?:(?:i\s+)?(?:didn[’']?t|did\s+not|never|haven[’']?t|have\s+not)\s+(?:get|got|gotten)\s+(?:to|round\s+to|around\s+to)\s+"
    r"(?:this|it|that)(?:\s+one)?(?:\s+yet)?|(?:i\s+)?ran\s+out\s+of\s+time)(?:[ \t]*(?:[-–—:;,()]|\.(?:\s|$))|[\W_]*$)",
    re.I,
)
_ASIDE_ENDING_IN_TODO = re.compile(r"^[*_]*[(（][^()（）\n]{1,80}?[,;:\s—–-](?:TODO|TBD|FIXME)[.!]?[)）][*_]*$")


def _is_not_reached(line: str) -> bool:
    """A note that the question was not reached (`_NOT_REACHED`, `_ASIDE_ENDING_IN_TODO`), alone on its line."""
    text = line.strip()
    return len(text) <= _NOT_DONE_MAX and bool(_NOT_REACHED.match(text) or _ASIDE_ENDING_IN_TODO.match(text))


# "The answer is left to the reader": `Left as an exercise — we'll go over it in recitation.`, `Exercise for the
# reader.`, `Laissé en exercice.`, `Queda como ejercicio.`, `Fica como exercício.`, `Lasciato come esercizio.`,
# `Bleibt als Übung.`, `Übung für den Leser.`, `Оставляется в качестве упражнения.`, `留作练习`, `読者への演習`.
_LEFT_TO_READER = re.compile(
    r"^[\W_]*(?:left\s+(?:as\s+an?\s+exercise|to\s+the\s+reader|for\s+the\s+reader)|(?:an?\s+)?exercise\s+(?:for|to)\s+the\s+reader"
    r"|laiss[ée]e?s?\s+(?:en|comme)\s+exercice|exercice\s+pour\s+le\s+lecteur"
    r"|(?:se\s+deja|queda|dejad[oa])\s+como\s+ejercicio|ejercicio\s+para\s+el\s+lector"
    r"|(?:fica|deixad[oa])\s+como\s+exerc[ií]cio|exerc[ií]cio\s+para\s+o\s+leitor"
    r"|lasciat[oa]\s+come\s+esercizio|esercizio\s+per\s+il\s+lettore"
    r"|bleibt\s+als\s+[üu]bung|(?:als\s+)?[üu]bung\s+f[üu]r\s+(?:den|die)\s+leser(?:in)?"
    r"|оставля\w*\s+(?:в\s+качестве|как)\s+упражнени|упражнение\s+для\s+читателя"
    r"|留作练习|留作練習|留给读者|留給讀者|読者への演習|演習問題とする)",
    re.I,
)


def _is_left_to_reader(line: str) -> bool:
    """A note that leaves the answer to the reader (`_LEFT_TO_READER`), alone on the answer's only line."""
    text = line.strip()
    return len(text) <= _NOT_DONE_MAX and bool(_LEFT_TO_READER.match(text))


# "I have not done or solved this": `*Not done yet — ask in office hours whether …*`, `(didn't figure this one
# out — something with -f?)`, `Couldn't solve it yet.`, `Ask in office hours.`: a note to self that opens with
# the admission, whatever aside follows it after a dash, colon, comma or bracket.
_NOT_DONE = re.compile(
    r"^[\W_]*(?:(?:(?:i\s+)?(?:have\s+)?not\s+(?:done|solved|attempted|started)|(?:i\s+)?haven[’']?t\s+(?:done|solved|attempted|started)\s+(?:this|it)(?:\s+one)?)\s+yet"
    r"|(?:i\s+)?(?:didn[’']?t|did\s+not|couldn[’']?t|could\s+not|can[’']?t|cannot)\s+(?:figure|work)\s+(?:this|it)(?:\s+one)?\s+out"
    r"|(?:i\s+)?(?:didn[’']?t|did\s+not|couldn[’']?t|could\s+not)\s+(?:solve|finish|get)\s+(?:this|it)(?:\s+one)?(?:\s+yet)?"
    r"|ask\s+(?:in|at|during)\s+(?:the\s+)?office\s+hours?"
    # French "not done (yet)", and a reminder to look the answer up: `*(pas fait – …)*`, `(buscar en el libro, p. 112)`
    r"|pas\s+(?:encore\s+)?fait|non\s+fait|(?:buscar|mirar)\s+en\s+(?:el\s+|los\s+)?(?:libro|apuntes|manual)"
    r"|look\s+(?:it\s+)?up\s+in\s+the\s+(?:book|textbook|notes))"
    r"(?:[ \t]*(?:[-–—:;,(]|\.(?:\s|$))|[\W_]*$)",
    re.I,
)
_NOT_DONE_MAX = 200
# `tried $u = \tan x$, got stuck?? ask at OH`, `Got stuck on the last step.`: an attempt broken off, the first
# steps named before it or not, whatever note follows.
_STUCK = re.compile(
    r"^[\W_]*(?:(?:i\s+)?tried\s+[^\n]{1,60}?(?:[,;–—]|\s+but)\s*(?:but\s+)?)?(?:i\s+)?(?:got|am|was|i[’']m)\s+stuck\b",
    re.I,
)


def _is_not_done(line: str) -> bool:
    """An admission that the question is not done yet (`_NOT_DONE`, `_STUCK`), alone on the answer's only line."""
    text = line.strip()
    return len(text) <= _NOT_DONE_MAX and (bool(_NOT_DONE.match(text)) or bool(_STUCK.match(text)))


# A blank where the answer goes: a run of underscores (`________`, a fill-in line) or a lone `❓`, alone or
# with an aside in brackets (`________ (ask Ana)`, `❓ (see slide 34)`, the aside itself naming options in
# brackets: `______ (check with the tutor — (a) or (b)?)`) or a few words of a note to self after it (`❓ check
# ch. 7`: the mark says the answer is not known yet).
_ASIDE_IN_BRACKETS = r"[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]"
_BLANK_TO_FILL = re.compile(
    r"^[\s*_]*?(?:\\?_){3,}[\s*_]*(?:" + _ASIDE_IN_BRACKETS + r")?\W*$|^\W*❓\W*(?:" + _ASIDE_IN_BRACKETS + r")?\W*$"
    r"|^[^\w❓]*❓\ufe0f?(?:[ \t]+[^\s❓]+){1,4}[ \t]*$"
)


def is_blank_to_fill(line: str) -> bool:
    """True for a line that is only a blank where the answer goes (`________`, `❓`, see `_BLANK_TO_FILL`)."""
    return bool(_BLANK_TO_FILL.match(line.strip()))


# `???` (or `？？？`, or `;;;` in the Greek question mark) where the answer goes, alone or with an aside in
# brackets (`??? (need to re-read this)`), after an answer label or not (`*Answer:* ???`), two marks with such
# an aside (`?? (look up rule 35)`) or a dashed note (`_?? — didn't write it down_`), an ellipsis with an aside in
# brackets (`… _(forgot it — ask on Monday)_`), a short guess queried with two marks or more and a dashed note
# (`lazy eval?? — check with the TA`), and a line opening with "still to fill in" in Chinese (`（待補，有人可以幫忙寫嗎 🙏）`,
# `待补：…`), whatever follows it: a short note to self, never an answer.
_UNKNOWN_MARK = re.compile(
    r"^(?:[*_]{0,2}\w{1,20}[ \t]*[:：][*_]{0,2}[ \t]*)?[\W_]*"
    r"(?:(?:[?？;;]\s*){3,}[*_\s]*(?:[(（\[][^)）\]]{0,80}[)）\]])?|[?？][ \t]*[?？][*_ \t]*[(（\[][^)）\]]{0,80}[)）\]]"
    r"|[?？][ \t]*[?？][ \t]+[—–][ \t]+[^\n]{1,80}?|\w[^?？\n]{0,40}?[?？]{2,}[ \t]+[—–][ \t]+[^\n]{1,80}?|(?:…|\.{3})[*_ \t]*[(（][^)）\n]{1,80}[)）])[\W_]*$"
)
_TO_FILL_IN = re.compile(r"^[\W_]*待[补補]")
# An hourglass, a roadworks sign or a pencil alone where the answer goes (`⏳`, `🚧`, `✏️`): the writer's mark
# for "still open".
_PENDING_MARK = re.compile(r"^[*_ \t]*[⏳⌛🚧✏]\ufe0f?[*_ \t]*$")
# The same mark opening a short note that trails off (`⏳ to write (GRUB → kernel → …)`, `🚧 outline: a, b...`):
# what the answer will cover, left unfinished, in whatever language the note is in.
_PENDING_NOTE = re.compile(r"^[*_ \t]*[⏳⌛🚧]\ufe0f?[ \t]+[^\n]{1,100}?(?:…|\.{3})[)）\]]?[*_ \t]*$")
# "I have not finished / written this (part) yet", in English, Arabic (`(لم أكمل هذا الجزء بعد ⏳)`) and
# Swahili (`(sijakamilisha — nitaongeza baadaye)`, `Sijaandika bado`: the `sija-` negative past of "finish",
# "write", "answer").
_NOT_FINISHED = re.compile(
    r"^[\W_]*(?:(?:i\s+)?(?:have\s+)?not\s+(?:yet\s+)?(?:finished|completed|written)(?:\s+(?:this|it|that))?(?:\s+(?:part|section|one))?"
    r"(?:\s+yet)?|لم\s+(?:أكمل|اكمل|يكتمل|أكتب|اكتب|أنته|انته)\S*(?:\s+\S+){0,3}"
    r"|sija(?:kamilisha|maliza|andika|jibu)\w*(?:\s+\S+){0,3})[\W_]*$",
    re.I,
)
_UNKNOWN_MAX = 80


def _is_unknown_mark(line: str) -> bool:
    """A question-mark run, a lone pending mark or a `待補` note standing where the answer will go
    (`_UNKNOWN_MARK`, `_PENDING_MARK`, `_TO_FILL_IN`)."""
    text = line.strip()
    if _UNKNOWN_MARK.match(text):  # bounded by its own pattern: a label, the marks and one short aside
        return True
    if len(text) <= 6 and _PENDING_MARK.match(text):
        return True
    if text.endswith(("…", "...", "…)", "...)", "…）", "...）")) and _PENDING_NOTE.match(text):
        return True
    return len(text) <= _UNKNOWN_MAX and bool(_TO_FILL_IN.match(text) or _NOT_FINISHED.match(text))


# "The answer comes later" in the languages above: `*Answer will be added later.*`, `Will answer later`, `More
# to come`, `Ответ будет позже.`, `Допишу позже`, `Respuesta más adelante`, `Réponse à venir`, `Antwort folgt
# später`, `Resposta mais tarde`, `Risposta più avanti`, `稍后补充`, `後で追記`, `나중에 추가`; the word `later`
# in Tatar and Kazakh too (`соңрак`, `кейінірек`). A bare `later`
# may answer a question (`When is the lock released?`), so the answer's name or a verb must go with it.
_LATER_NOUN = (
    r"(?:(?:the|my|an?|full)\s+)?(?:answer|solution|explanation|write\s?up|notes?|details|proof|code|"
    r"ответ|решение|объяснение|разбор|відповідь|respuesta|soluci[oó]n|r[eé]ponse|antwort|l[oö]sung|risposta|"
    r"soluzione|resposta|solu[cç][aã]o)"
)
_LATER_VERB = (
    r"(?:(?:i\s+)?(?:will|ll|shall)\s+(?:be\s+)?(?:answer|add|write|fill|finish|complete|post|update)(?:ed|ing)?(?:\s+(?:it|this|in|up)){0,2}|"
    r"(?:is\s+|are\s+)?(?:to\s+be|will\s+be)\s+(?:added|written|filled\s+in|posted|updated|completed|provided)|"
    r"(?:answer|add|write|fill\s+in|finish|complete)(?:\s+(?:it|this))?|coming|more|"
    r"будет|появится|допишу|дополню|добавлю|напишу|отвечу|заполню|буде|з[ʼ']?явиться|додам|"
    r"(?:lo\s+)?(?:completo|completar[eé]|a[nñ]adir[eé]|escribir[eé]|respondo)|llegar[aá]|"
    r"(?:je\s+)?(?:compl[eè]te(?:rai)?|ajouterai|r[eé]digerai)|folgt|kommt|wird\s+(?:noch\s+)?erg[aä]nzt|"
    r"ser[aá]\s+adicionad[ao]|vou\s+completar|sar[aà]\s+aggiunt[ao])"
)
_LATER_WORD = (
    r"(?:later(?:\s+on)?|soon|afterwards|to\s+(?:come|follow)|позже|потом|скоро|пізніше|згодом|m[aá]s\s+(?:adelante|tarde)|"
    r"luego|despu[eé]s|[aà]\s+venir|plus\s+tard|bient[oô]t|sp[aä]ter|mais\s+tarde|depois|pi[uù]\s+(?:tardi|avanti)|"
    r"in\s+seguito|a\s+breve|соңрак|кейінірек)"
)
_LATER_TEXT = re.compile(
    rf"^(?:(?P<noun>{_LATER_NOUN})(?:\s+(?:comes|will\s+come|is\s+coming))?\s+)?(?:(?P<verb>{_LATER_VERB})\s+)?{_LATER_WORD}(?:\s+(?P<after>{_LATER_VERB}))?$",
    re.I,
)
# `稍后补充`, `后续更新`, `後で追記`, `あとで書く`, `나중에 추가`, `추후 작성`: "to add later" in the CJK languages.
_LATER_CJK = re.compile(
    r"^(?:稍后|以后|之后|后续|後續|後で|あとで|後日|나중에|추후)\s*(?:补充|補充|更新|添加|再写|追記|書く|작성|추가|업데이트)"
)
_LATER_MAX = 60
# `*(later)*`, `(позже)`, `(соңрак)`: a bare "later" in brackets where the answer goes. Unbracketed, `later` may
# answer a question (`When is the lock released?`); wrapped in an aside it is a note to self.
_BRACKETED_LATER = re.compile(rf"^[*_]*[(（][ \t]*{_LATER_WORD}[ \t]*[)）][*_]*[.!]?$", re.I)


def _is_bracketed_later(line: str) -> bool:
    """A bracketed "later" alone on the answer's line (`_BRACKETED_LATER`)."""
    text = line.strip()
    return len(text) <= _LATER_MAX and text[:3].lstrip("*_")[:1] in ("(", "（") and _BRACKETED_LATER.match(text) is not None


# `*Solution will be released after the Thursday lab.*`, `Answers to be posted once the deadline has passed`,
# `will post after Friday's section`:
# the answer is handed out at a later time named in a few words.
_RELEASED_LATER = re.compile(
    rf"^(?:{_LATER_NOUN}s?\s+(?:is\s+|are\s+)?(?:will\s+be|to\s+be)\s+(?:released|posted|shared|published|uploaded|handed\s+out)"
    r"|(?:i\s+)?(?:will|ll|shall)\s+(?:post|release|share|publish|upload)(?:\s+(?:it|this|them|the\s+\w+))?)"
    r"\s+(?:after|once|when|on|at|in|next)(?:\s+\S+){1,5}$",
    re.I,
)


# "I'll write / check it later" inside a short Chinese, Cantonese or Japanese note, after its reason
# (`（勉強会で時間切れになったので後で書きます🙇）`, `呢題我答錯，遲啲睇返 marking scheme`, `（未抄，下次補）`,
# `稍後再補`): a word for "later" or "next time" with a verb of writing, filling in or looking up a few
# characters after it. `之後` / `以后` ("then", "after") are left out: `之後寫入磁碟` answers.
_LATER_CJK_INSIDE = re.compile(
    r"(?:遲啲|迟啲|遲[dD]|迟[dD]|遲點|迟点|遲些|迟些|下次|改天|回頭|回头|稍後|稍后|後で|あとで|後日|今度)"
    r"[^。.!！?？]{0,4}?(?:寫|写|書|补|補|追記|追加|睇|看|查|調べ|确认|確認|更新|填)"
)
# What may follow the verb: a verb ending (`きます`, `返`) and no more CJK words, only marks, emoji or Latin words
# (`… marking scheme 🙃`): `下次看到這個錯誤時，先重啟服務` goes on and answers.
_LATER_CJK_TAIL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{0,4}[^\u3040-\u30ff\u4e00-\u9fff]*")
_LATER_CJK_MAX = 50


def _is_later_in_cjk(line: str) -> bool:
    """A short CJK note that the answer will be written or checked later (`_LATER_CJK_INSIDE`) and says
    nothing after that promise."""
    text = line.strip()
    if len(text) > _LATER_CJK_MAX:
        return False
    match = _LATER_CJK_INSIDE.search(text)
    return match is not None and _LATER_CJK_TAIL.fullmatch(text, match.end()) is not None


# "I'll add / write / fill it in later" closing a short Hindi note, after its reason (`(चित्र कॉपी में बनाया है —
# यहाँ बाद में जोड़ूँगी)`, `उत्तर बाद में लिखूँगा`): `बाद में` ("later") with a verb of adding, writing or filling
# in, in the first person future (`-ूँगा`, `-ूँगी`), and nothing after it but marks.
_LATER_HINDI = re.compile(
    r"बाद\s+में\s+(?:(?:इसे|यह|यहाँ|यहां|उत्तर|जवाब)\s+)?(?:जोड़|जोड़|लिख|भर|डाल|पूरा\s+कर|अपडेट\s+कर)(?:ूँ|ूं)(?:गा|गी)"
    r"[^\w\u0900-\u0963\u0966-\u096f\u0971-\u097f]*$"
)
_LATER_HINDI_MAX = 120


def _is_later_in_hindi(line: str) -> bool:
    """A short Hindi note that ends promising the answer later (`_LATER_HINDI`)."""
    text = line.strip()
    return "में" in text and len(text) <= _LATER_HINDI_MAX and _LATER_HINDI.search(text) is not None


def _is_answer_later(line: str) -> bool:
    """A note that the answer will come later (`_LATER_TEXT`): a promise, not an answer."""
    words = _words_of(line)
    if not 0 < len(words) <= _LATER_MAX:
        return False
    if _LATER_CJK.match(words) or _RELEASED_LATER.match(words):
        return True
    match = _LATER_TEXT.match(words)
    return match is not None and bool(match.group("noun") or match.group("verb") or match.group("after"))


def options_only(markdown: str) -> bool:
    """True for a body made only of the options of a multiple-choice question (`A) …` to `D) …`, one a
    line, in order from A), with no line saying which is right: no answer."""
    lines = [line for line in markdown.splitlines() if line.strip() and not _BARE_ARROW.match(line)]
    if len(lines) == 1:
        return inline_options_only(lines[0]) or spaced_options_only(lines[0])
    letters = [m.group(1).upper() if (m := _OPTION_LINE.match(line)) else None for line in lines]
    return len(lines) >= 2 and [_OPTION_ORDER.get(letter or "?") for letter in letters] == list(range(len(lines)))


# A labelled answer line whose value is a blank to fill in: `**Answer:** _____`, `Answer: \_\_\_`.
_BLANK_VALUE = re.compile(r"^[\s*_\\.]*$")
_MIN_BLANK = 3


def options_then_blank_answer(markdown: str) -> bool:
    """True for the options of a multiple-choice question followed by an answer label whose value is left
    blank (`**Answer:** _____`, written to be filled in on paper): no answer."""
    body = markdown.rstrip()
    last = body[body.rfind("\n") + 1 :]  # the last line first: read alone, it rules out nearly every answer
    if last.count("_") < _MIN_BLANK or (label := ANSWER_LABEL.match(last)) is None:
        return False
    if not _BLANK_VALUE.match(last[label.end() :]) or last[label.end() :].count("_") < _MIN_BLANK:
        return False
    lines = [line for line in body.splitlines()[:-1] if line.strip()]
    return len(lines) >= 2 and options_only("\n".join(lines))


def inline_options_only(line: str) -> bool:
    """True for one line made only of three or more options in order, `(a) … (b) … (c) …` (or the Tamil
    `(அ) … (ஆ) … (இ) …`): the choices of a multiple-choice question, not its answer."""
    if not line.lstrip().startswith("("):
        return False
    found = list(_INLINE_OPTION.finditer(line))
    if len(found) < 3 or found[0].start() != len(line) - len(line.lstrip()):
        return False
    order = [_OPTION_ORDER.get(m.group(1).upper()) for m in found]
    return order == list(range(len(found)))


# `A. Biba  B. Bell-LaPadula  C. Brewer-Nash`: lettered options on one line, set apart by two spaces or a tab.
_SPACED_GAP = re.compile(r"[ \t]{2,}|\t")
_SPACED_OPTION = re.compile(r"^([A-F])[.)][ \t]+\S")


def spaced_options_only(line: str) -> bool:
    """True for one line made only of two or more options in order from A, each after a gap of two spaces
    or a tab (`A. 20  B. 40  C. 190  D. 400`): the choices of a multiple-choice question, not its answer."""
    parts = _SPACED_GAP.split(line.strip())
    if len(parts) < 2:
        return False
    order = [_OPTION_ORDER.get(m.group(1)) if (m := _SPACED_OPTION.match(part)) else None for part in parts]
    return order == list(range(len(parts)))


# `(1) 8   (2) 10   (3) 12   (4) 14`: numbered options laid out on one line, set apart by two spaces or more,
# as exam bit banks print the choices of a multiple-choice question.
_SPACED_NUMBERED_OPTION = re.compile(r"(?:^|[ \t]{2,}|\t)\((\d)\)[ \t]*(?=\S)")
_MIN_SPACED_OPTIONS = 3


def spaced_numbered_options_only(line: str) -> bool:
    """True for one line made only of three or more options numbered in order from `(1)`, each after a
    gap of two spaces or a tab (`(1) 8   (2) 10   (3) 12`): the choices of a multiple-choice question, not
    its answer. A sentence that counts its points, `(1) parse (2) check (3) emit`, answers."""
    text = line.strip()
    if not text.startswith("(1)"):
        return False
    found = list(_SPACED_NUMBERED_OPTION.finditer(text))
    if len(found) < _MIN_SPACED_OPTIONS or "(" + str(len(found) + 1) + ")" in text:
        return False
    return [int(m.group(1)) for m in found] == list(range(1, len(found) + 1))


_ONLY_TAGS = re.compile(r"^\s*(?:<[^<>]*>\s*)+$")
# `➜` alone on its line: the mark where a drill puts its answer, with nothing after it yet.
_BARE_ARROW = re.compile(r"^[ \t]*(?:➜|→|=>|->|⇒)[ \t]*$")


def without_navigation(markdown: str) -> str:
    """An answer without the back-to-top lines that end it (`**[⬆ Back to Top](#table-of-contents)**`,
    `<p align="right"><a href="#top">voltar ao topo</a></p>`, split over tag-only lines or not): navigation,
    never part of an answer. Anything else is returned unchanged."""
    if not _may_end_with_navigation(markdown):
        return markdown  # its last lines cannot be a back-to-top link: most answers, decided on their tail
    if "](" not in markdown and "href" not in markdown.lower():
        return markdown  # no link at all, so none back to the top (`is_back_to_top` needs one): most answers
    lines = markdown.rstrip().split("\n")
    end = len(lines)
    changed = False
    while end:
        stop = end
        while stop and (not lines[stop - 1].strip() or _ONLY_TAGS.match(lines[stop - 1])):
            stop -= 1  # `</p>`, `</div>` around a back-to-top link: kept unless one is found above
        start = stop
        while start and lines[start - 1].strip() and not _ONLY_TAGS.match(lines[start - 1]):
            start -= 1
        if stop == 0 or not is_back_to_top(" ".join(lines[start:stop])):
            break
        while start and _ONLY_TAGS.match(lines[start - 1]) and not lines[start - 1].lstrip().startswith("</"):
            start -= 1  # its opening `<p align="right">`
        end, changed = start, True
    return "\n".join(lines[:end]).rstrip() if changed else markdown


def _may_end_with_navigation(markdown: str) -> bool:
    """False only when `without_navigation` would find nothing to take off: the last run of lines that are
    neither blank nor only tags (what it hands to `is_back_to_top` first) holds no link (`](`, `href`). When
    the last line is no run of tags, that run ends the text and holds no empty line, so it lies after the
    text's last empty line: two searches in the tail instead of a split of the whole answer."""
    text = markdown.rstrip()
    if _ONLY_TAGS.match(text[text.rfind("\n") + 1 :]):
        return True  # `</p>` after the link: left to `without_navigation`
    run = text[text.rfind("\n\n") + 1 :]
    return "](" in run or "href" in run.lower()


_QUOTE_MARK = re.compile(r"^ {0,3}> ?")


def unquote(markdown: str) -> str:
    """The content of a blockquote: one level of `>` markers removed, the Markdown inside kept."""
    return "\n".join(_QUOTE_MARK.sub("", line, count=1) for line in markdown.split("\n")).strip("\n")


def question_box(doc: Document, block: Block) -> Box | None:
    """The box of a top-level admonition or callout that asks (type `question`, `faq`, `help`), else None."""
    if block.kind not in ("admonition", "blockquote"):
        return None
    box = read_box(doc, doc.tokens[block.start])
    return box if box is not None and box.kind in QUESTION_TYPES else None


def unanswered(loc: Loc, question: str, reason: str | None) -> Diagnostic:
    """The report of a question the notes do not answer: its text is the whole message, so that each
    question is accounted for one by one (`path:line: unanswered: What is X?`); a reason other than the
    plain absence of an answer (`placeholder`, `only links`) follows in parentheses."""
    text = " ".join(question.split())
    message = text if reason in (None, "no answer") else f"{text} ({reason})"
    return Diagnostic(loc, "info", "unanswered", message, text)



def card_or_report(
    loc: Loc,
    convention: str,
    question: str,
    answer: str,
    context: tuple[str, ...],
    tags: tuple[str, ...],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
) -> bool:
    """A card of QUESTION and ANSWER added to DRAFTS, or, when the answer is missing, empty or a placeholder
    (`empty_reason`), its `unanswered` report added to DIAGNOSTICS; True when it made a card."""
    reason = "no answer" if not answer else empty_reason(answer)
    if reason is not None:
        diagnostics.append(unanswered(loc, question, reason))
        return False
    drafts.append(CardDraft(loc, convention, question, answer, context, tags))
    return True

CELL_FILLER = " \t-–—?？.…_*/"
"""What a table cell may hold and still be empty: spaces, dashes, question marks, ellipses, emphasis marks."""


@dataclass(frozen=True, slots=True)
class RowCards:
    """What a two-column table's body rows give (`row_cards`)."""

    drafts: list[CardDraft]
    diagnostics: list[Diagnostic]
    claims: dict[int, str]


def row_cards(
    doc: Document,
    convention: str,
    rows: Sequence[tuple[int, str, str]],
    span: tuple[int, int],
    context: tuple[str, ...],
    tags: tuple[str, ...],
    left_filler: str | None = None,
) -> RowCards:
    """The cards of a two-column table whose rows (source line, left cell, right cell) each pair a prompt
    with its answer: a row whose right cell is empty or a placeholder is `unanswered`; a row whose left
    cell is empty (once stripped of LEFT_FILLER, else of whitespace) is claimed with what the rows above
    made. SPAN (the table's first and end lines): its header and delimiter rows are claimed with what the
    table made."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = "unanswered"
    for line, left, right in rows:
        if not left.strip(left_filler):
            claims[line] = made
            continue
        loc = doc.loc(line)
        reason = "no answer" if not right.strip(CELL_FILLER) else empty_reason(right)
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(left.split()), reason))
            claims[line] = "unanswered"
            continue
        drafts.append(CardDraft(loc, convention, left.strip(), right.strip(), context, tags))
        claims[line] = "card"
        made = "card"
    first, end = span
    claims.update(dict.fromkeys(range(first, rows[0][0] if rows else end), made))
    return RowCards(drafts, diagnostics, claims)


def entry_cards(
    doc: Document,
    convention: str,
    entries: Sequence[tuple[int, int, str, str]],
    context: tuple[str, ...],
    tags: tuple[str, ...],
) -> RowCards:
    """The cards of a list's entries (first line, end line, question, answer): an entry whose answer is
    empty or a placeholder is `unanswered`; each entry's lines are claimed with what it made."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for first, last, question, answer in entries:
        loc = doc.loc(first)
        reason = empty_reason(answer) if answer.strip() else "no answer"
        if reason:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(dict.fromkeys(range(first, last), "unanswered"))
        else:
            drafts.append(CardDraft(loc, convention, question, answer, context, tags))
            claims.update(dict.fromkeys(range(first, last), "card"))
    return RowCards(drafts, diagnostics, claims)




# `*(not covered in my answer key — see lecture 9 slides)*`, `*(didn't have time — see the textbook, p. 212)*`: a
# remark in brackets where the answer would be.
# `*(not covered in my key)*`, also after a dash that stands for the missing answer: `— *(to do after lecture 6)*`.
_BRACKETED_REMARK = re.compile(r"^\s*(?:[—–][ \t]*)?(?:[*_]{1,2})?[(\[][^()\[\]]*[)\]](?:[*_]{1,2})?[ \t]*[.!]?\s*$")
_REMARK_WORDS = re.compile(r"[^\W\d_]{2,}")


def remark_or_empty_reason(answer: str) -> str | None:
    """Why an answer is none: empty, a placeholder (`empty_reason`), or only a one-line remark in brackets that
    says something (two words or more), as answer sections and memos hold for a question left out."""
    if not answer.strip():
        return "no answer"
    if "\n" not in answer.strip() and _BRACKETED_REMARK.match(answer) and len(_REMARK_WORDS.findall(answer)) >= 2:
        return "placeholder"
    return empty_reason(answer)

def list_entry_cards(
    doc: Document,
    convention: str,
    indexes: Iterable[int],
    entries_of: Callable[[Document, int], Sequence[tuple[int, int, str, str]] | None],
) -> RowCards:
    """`entry_cards` of each list at INDEXES whose entries ENTRIES_OF reads (None: not a list of its kind),
    with the list's heading path as context and topic tags."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in indexes:
        entries = entries_of(doc, index)
        if entries is None:
            continue
        path = heading_path(doc, index)
        cards = entry_cards(doc, convention, entries, tuple(clean_heading(p) for p in path), topic_tags(path))
        drafts += cards.drafts
        diagnostics += cards.diagnostics
        claims.update(cards.claims)
    return RowCards(drafts, diagnostics, claims)

# A note to self where the answer would be, in the words `_is_note_to_self` does not know: German (`bitte
# ergänzen`, `Lösung fehlt noch, siehe …`, `kommt noch`, `noch offen`) and Japanese (`（あとで確認する）`,
# `後で確認`, `未回答`, `調査中`). Only on a short text: a long one that mentions them says something.
_NOTE_WORDS = re.compile(
    r"\berg(?:ä|ae)nzen\b|\bfehlt\s+noch\b|\bkommt\s+noch\b|\bnoch\s+offen\b|^\W*offen\W*$|"
    r"あとで|後で確認|未回答|調査中",
    re.I,
)
_NOTE_MAX = 160


def note_to_self_reason(markdown: str) -> str | None:
    """`empty_reason` of an answer, or `placeholder` for a short one that is only a note that the answer is
    still missing (`_NOTE_WORDS`: `*(bitte ergänzen)*`, `> Lösung fehlt noch, siehe Blatt 7`, `（あとで確認する）`)."""
    reason = empty_reason(markdown)
    if reason is not None:
        return reason
    text = unquote(markdown).strip()
    if len(text) <= _NOTE_MAX and "\n\n" not in text and _NOTE_WORDS.search(text):
        return "placeholder"
    return None


# Emphasised labels that open a paragraph of an exercise sheet or a past-paper review, in the languages such
# sheets are written in: the answer (`*Réponse :*`, `**Corrigé.**`, `**Solution.**`, `**Lösung.**`, `**[정답]**`),
# an explanation after it (`**[해설]**`, `*Explication :*`) and a hint before it (`*Indication :*`, `*Hint:*`).
# The label is inside bold or italics, in square brackets or not, with its `:` or `.` inside or after the
# emphasis (French puts a space before the colon).
_SHEET_ANSWER_WORDS = (
    r"r[ée]ponses?|corrig[ée]|correction|solutions?|preuve|d[ée]monstration|answers?|proof|l[öo]sung(?:en)?|antwort|"
    r"beweis|respuestas?|soluci[oó]n|resposta|solu[cç][aã]o|risposta|soluzione|antwoord|oplossing|uitwerking|jawaban|"
    r"penyelesaian|정답|답|풀이|해답|答案|解答|ratkaisu|vastaus|svar|l[øö]sning|odpowied[źz]|rozwi[ąa]zanie|"
    r"ответ|решение|җавап|чишү|жауабы?|шешуі"
)
# The data a worked problem is solved from, labelled where the solution is written out (`**Given:**` /
# `**Find:**`, `**Дано:**` / `**Найти:**`, `**Бирелгән:**` / `**Табарга:**`, `**Gegeben:**` / `**Gesucht:**`):
# neither the statement the problem sets nor its answer, but the first step of working it.
_SHEET_DATA_WORDS = (
    r"given|to\s+find|find|дано|найти|бирелгән|табарга|берілгені|табу\s+керек|gegeben|gesucht|donn[ée]es|"
    r"datos|dados|dati|gegevens|gevraagd"
)
_SHEET_EXPLANATION_WORDS = (
    r"해설|explications?|explanations?|erkl[äa]rung|explicaci[oó]n|pembahasan|uitleg|selitys|f[öo]rklaring|"
    r"解析|解説|commentaires?|remarques?"
)
_SHEET_HINT_WORDS = (
    r"indications?|hints?|astuces?|tipps?|hinweis|pistas?|sugerencias?|petunjuk|힌트|提示|vihje|ledtr[åa]d|aanwijzing"
)


def _sheet_label(words: str) -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?P<m>\*\*|__|\*|_)[ \t]*\[?(?:{words})\]?[ \t]*[.:：]?[ \t]*(?P=m)[ \t]*[.:：]?(?:[ \t]+|[ \t]*\n|$)", re.I
    )


_SHEET_ANSWER = _sheet_label(_SHEET_ANSWER_WORDS)
_SHEET_EXPLANATION = _sheet_label(_SHEET_EXPLANATION_WORDS)
_SHEET_HINT = _sheet_label(_SHEET_HINT_WORDS)
_SHEET_DATA = _sheet_label(_SHEET_DATA_WORDS)
# The labels of a worked solution written out before its answer line (`**Solution:**`, `**Решение:**`, `**Чишү:**`).
_SHEET_SOLUTION = _sheet_label(
    r"solutions?|l[öo]sung|l[öo]sungsweg|soluci[oó]n|resoluci[oó]n|r[ée]solution|solu[cç][aã]o|soluzione|oplossing|"
    r"uitwerking|penyelesaian|풀이|解答|ratkaisu|rozwi[ąa]zanie|решение|чишү|шешуі"
)
# Any emphasised answer label opening a line: the cheap test that a document may hold one (`may_hold_sheet_answer`).
_SHEET_ANSWER_LINE = re.compile(
    rf"^[ \t]*(?:\*\*|__|\*|_)[ \t]*\[?(?:{_SHEET_ANSWER_WORDS})\]?[ \t]*[.:：]?[ \t]*(?:\*\*|__|\*|_)", re.I | re.M
)


def may_hold_sheet_answer(text: str) -> bool:
    """False only when no line of TEXT opens with an emphasised answer label (`sheet_answer_label`)."""
    return ("*" in text or "_" in text) and search_lines(_SHEET_ANSWER_LINE, text)


def sheet_answer_label(text: str) -> int | None:
    """Where the answer starts after the emphasised answer label opening TEXT (`*Réponse :* …`,
    `**Corrigé.** …`, `**[정답]** 7`), or None when TEXT opens with none."""
    found = _SHEET_ANSWER.match(text)
    return found.end() if found is not None else None


def opening_answer_label(line: str) -> tuple[str, str] | None:
    """The answer label opening LINE, lower-cased as written (`**ans.**`, `**answer:**`, `**정답**`:
    questions.ANSWER_LABEL or an emphasised sheet label), and the text after it; None when LINE opens with
    none. Two lines open with the same label when the first items are equal."""
    match = ANSWER_LABEL.match(line)
    end = match.end() if match is not None else sheet_answer_label(line)
    if end is None:
        return None
    return line[:end].strip().lower(), line[end:]


# `<figure>` … `<figcaption>Answer: …</figcaption>` … `</figure>`: a figure and its caption, nothing around it.
_LONE_FIGURE = re.compile(r"^\s*<figure\b.*</figure>\s*$", re.S | re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<caption>.*?)</figcaption>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def caption_answer(line: str) -> bool:
    """True for a line holding a figure caption that opens with an answer label
    (`<figcaption>Answer: the radial nerve</figcaption>`)."""
    match = _FIGCAPTION.search(line)
    return match is not None and opening_answer_label(_TAG.sub("", match.group("caption")).strip()) is not None


def caption_reason(markdown: str) -> str | None:
    """Why a lone figure that answers in its caption (`<figcaption>Answer: …</figcaption>`, as a spot test
    shows a specimen) answers nothing: its caption is empty, only the answer label with a mark
    (`Answer: ?`) or a note to self; None when it answers, or when MARKDOWN is not a lone captioned figure."""
    if "<figcaption" not in markdown or not _LONE_FIGURE.match(markdown):
        return None
    captions = _FIGCAPTION.findall(markdown)
    if len(captions) != 1:
        return None
    caption = " ".join(_TAG.sub("", _HTML_COMMENT.sub("", captions[0])).split())
    labelled = opening_answer_label(caption)
    said = labelled[1].strip() if labelled is not None else caption
    if not any(ch.isalnum() for ch in said):
        return "no answer"
    return empty_reason(said)


def sheet_explanation_label(text: str) -> bool:
    """True when TEXT opens with an emphasised explanation label (`**[해설]**`, `*Explication :*`)."""
    return _SHEET_EXPLANATION.match(text) is not None


def sheet_data_label(text: str) -> bool:
    """True when TEXT opens with an emphasised label of a worked problem's data (`**Given:**`, `**Дано:**`,
    `**Gesucht:**`): the write-up of its solution begins there."""
    return _SHEET_DATA.match(text) is not None


def sheet_working_label(text: str) -> bool:
    """True when TEXT opens with an emphasised label of a problem's written-out working, its data
    (`sheet_data_label`) or its solution (`**Solution:**`, `**Решение:**`): a step before the answer line."""
    return _SHEET_DATA.match(text) is not None or _SHEET_SOLUTION.match(text) is not None


def sheet_hint_label(text: str) -> bool:
    """True when TEXT (a paragraph, or a blockquote's content) opens with an emphasised hint label
    (`*Indication :*`, `**Hint:**`, `*Tipp:*`): a hint, never the answer."""
    return _SHEET_HINT.match(text) is not None


# "Still missing, to add later", in the words of Korean and Finnish notes: `(복원 안 됨 — 나중에 추가)` (not
# recovered, add later), `모름` (don't know), `추가 예정`; `*HVP puuttuu vielä …*` (still missing), `kesken`
# (unfinished), `myöhemmin` (later), `tarkista` (check). Read on a short text only: a note to self.
_MISSING_NOTE = re.compile(r"나중에|추가\s*예정|복원\s*안\s*됨|모름|\bpuuttuu\b|\bmyöhemmin\b|\bkesken\b|\btarkista\b", re.I)
_MISSING_NOTE_MAX = 100


def is_missing_note(markdown: str) -> bool:
    """True for a short answer that only says it is missing (`_MISSING_NOTE`, or a placeholder
    `placeholder_reason` knows: `TODO — …`, `*Solution to be written.*`)."""
    text = markdown.strip()
    if not text:
        return True
    if placeholder_reason(text) is not None:
        return True
    return len(text) <= _MISSING_NOTE_MAX and "\n\n" not in text and _MISSING_NOTE.search(text) is not None


def block_card(
    doc: Document,
    convention: str,
    index: int,
    end: int,
    question: str,
    answer: str,
    reason: str | None,
    made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
    at: int | None = None,
) -> None:
    """One labelled block's outcome, added to MADE (drafts, diagnostics, claims): with a REASON, an
    `unanswered` report of QUESTION; else a card of QUESTION and ANSWER under block INDEX's headings. The
    lines from the block's first (or line AT, where a pair inside the block asks) to END (exclusive) are
    claimed with what it made."""
    drafts, diagnostics, claims = made
    first = doc.blocks[index].first if at is None else at
    loc = doc.loc(first)
    if reason is not None:
        diagnostics.append(unanswered(loc, question, reason))
        claims.update(dict.fromkeys(range(first, end), "unanswered"))
        return
    path = heading_path(doc, index)
    drafts.append(CardDraft(loc, convention, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
    claims.update(dict.fromkeys(range(first, end), "card"))


def answer_run_end(doc: Document, taken: Mapping[int, str], start: int, next_item: Callable[[Block], bool]) -> int:
    """The line after an answer whose last certain block is `start - 1`: the blocks from START on join it up
    to the next heading, rule, HTML block, claimed block, or paragraph opening in bold that NEXT_ITEM says
    starts the next item."""
    blocks = doc.blocks
    end = start
    while end < len(blocks):
        block = blocks[end]
        if block.kind in STRUCTURAL or block.kind == "html_block":
            break
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            break
        if block.kind == "paragraph" and doc.lines[block.first].startswith(("**", "__")) and next_item(block):
            break
        end += 1
    return blocks[end - 1].last


def label_mark_pairs(lines: Sequence[str], marks: Sequence[tuple[int, str, int]]) -> Iterator[tuple[int, int, str, str | None]]:
    """The pairs of a block's label marks: MARKS are `(line, "q" | "a", column where the text starts)` in LINES,
    in order. For each question mark: its line, the line after its span (its answer's, when an answer mark
    follows it), its question (`clean_question`, on one line) and its answer's text (None without one)."""
    for k, (n, kind, start) in enumerate(marks):
        if kind != "q":
            continue
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        answered = k + 1 < len(marks) and marks[k + 1][1] == "a"
        end = (marks[k + 2][0] if k + 2 < len(marks) else len(lines)) if answered else stop
        question, _ = clean_question(" ".join(" ".join([lines[n][start:], *lines[n + 1 : stop]]).split()))
        answer = None
        if answered:
            a_line, _, a_start = marks[k + 1]
            answer = "\n".join([lines[a_line][a_start:], *lines[a_line + 1 : end]]).strip()
        yield n, end, question, answer


# a reading group's "we did not get to it" notes where the answer goes: `*we ran out of time — carry
# over*`, `We didn't get to this one.`, `(carried over to next session)`: the question was not discussed.
_CARRIED_OVER = re.compile(
    r"^[\W_]*(?:(?:we|they)\s+(?:ran\s+out\s+of\s+time|(?:didn[’']?t|did\s+not|never)\s+(?:get|got)\s+(?:to|round\s+to|around\s+to)"
    r"\s+(?:this|it|that)(?:\s+one)?)|carr(?:y|ied)\s+(?:it\s+)?over(?:\s+to\s+(?:the\s+)?next\s+\w+)?)(?:[ \t]*(?:[-–—:;,()]|\.(?:\s|$))|[\W_]*$)",
    re.I,
)
_CARRIED_OVER_MAX = 80


def _is_carried_over(line: str) -> bool:
    """A note that the group did not reach the question (`_CARRIED_OVER`), alone on its line."""
    text = line.strip()
    return len(text) <= _CARRIED_OVER_MAX and _CARRIED_OVER.match(text) is not None


# a placeholder in brackets with an aside after a dash or a comma: `_(à compléter — le prof l'a expliqué
# au cours 11)_`, `(TBD, ask the TA)`, `（待补充：老师还没讲）`. The words before the aside must be a placeholder on
# their own (`_PLACEHOLDER_TEXT`); the brackets around the whole line keep a sentence that merely opens so an answer.
_BRACKETED_ASIDE = re.compile(r"^[*_]{0,2}[(（\[](?P<lead>[^()（）\[\]\n]{1,40}?)[ \t]*(?:[-–—][ \t]|[,;:，；：、])[^()（）\n]{0,160}[)）\]][*_]{0,2}\.?$")


def _is_bracketed_placeholder_with_aside(line: str) -> bool:
    """A bracketed placeholder followed by an aside, alone on the answer's line (`_BRACKETED_ASIDE`)."""
    match = _BRACKETED_ASIDE.match(line.strip())
    return match is not None and _PLACEHOLDER_TEXT.match(_words_of(match.group("lead"))) is not None


# a placeholder followed by a pointer in brackets to where the answer will come from: `to fill in (→ notes,
# p. 23?)`, `doplnit (skripta)`. The words before the brackets must be a placeholder on their own.
_POINTED_PLACEHOLDER = re.compile(r"^[*_]{0,2}(?P<lead>[^()（）\[\]\n]{1,40}?)[ \t]*[(（\[][^()（）\n]{1,160}[)）\]][*_]{0,2}\.?$")


def _is_placeholder_with_pointer(line: str) -> bool:
    """A placeholder followed by a bracketed pointer, alone on the answer's line (`_POINTED_PLACEHOLDER`)."""
    match = _POINTED_PLACEHOLDER.match(line.strip())
    return match is not None and _PLACEHOLDER_TEXT.match(_words_of(match.group("lead"))) is not None


# `$\textbf{(A) } 4 \qquad \textbf{(B) } 4\sqrt{2} \qquad …$`: contest options typeset in one math span, each
# letter in bold and set apart by `\qquad`.
_LATEX_OPTION_GAP = re.compile(r"\\q?quad\b|\\[,;: ]|~")
_LATEX_OPTION_LETTER = re.compile(r"\\(?:textbf|mathbf|text|mathrm)\s*\{\s*(\([A-E]\))\s*\}")


def latex_options_only(paragraph: str) -> bool:
    """True for a paragraph that is one math span holding only three or more options in order, their
    letters typeset (`$\\textbf{(A) } 4 \\qquad \\textbf{(B) } 6 \\qquad …$`): the choices of a contest
    problem, not part of what it asks."""
    text = paragraph.strip()
    if not (text.startswith("$") and text.endswith("$") and "\\q" in text) or "\n\n" in text:
        return False
    inner = text.strip("$").strip()
    unwrapped = _LATEX_OPTION_LETTER.sub(r"\1 ", inner)
    spaced = _LATEX_OPTION_GAP.sub("   ", unwrapped)
    return inline_options_only(" ".join(spaced.split("\n")))


# `**Exam tip:**`, `**Pro tip:**`, `**Side note:**`, `**Warning:**`, `**Consejo:**`, `**Совет:**` opening a quote: advice
# on the topic, not a term it defines nor an answer.
_ADVICE_SPEC = (
    "tip|tips|hint|hints|note|notes|nb|n b|warning|caution|reminder|remember|important|attention|heads up|"
    "pitfall|gotcha|trap|watch out|beware|mnemonic|advice|"
    "consejo|nota|ojo|astuce|conseil|remarque|rappel|hinweis|tipp|achtung|merke|dica|atenção|aviso|"
    "suggerimento|attenzione|совет|примечание|внимание|важно|заметка|порада|увага|提示|注意|ヒント|팁|참고|주의|lưu ý|mẹo|"
    "نصيحة|ملاحظة|تنبيه"
)
_ADVICE_WORDS = frozenset(word.casefold() for word in _ADVICE_SPEC.split("|"))
_ADVICE_QUALIFIER_WORDS = 2
_WHOLLY_BOLD = re.compile(r"^(\*\*|__)((?:(?!\1).)+)\1$", re.S)


def is_advice(label: str) -> bool:
    """True for a label that gives advice to the reader (`Exam tip`, `Quick note`, `**Warning**`): its last
    word, or the whole label, is an advice word, after at most two qualifying words."""
    bold = _WHOLLY_BOLD.match(label.strip())
    words = re.sub(r"[^\w\s]", " ", (bold.group(2) if bold else label).strip().casefold()).split()
    if not words or len(words) > _ADVICE_QUALIFIER_WORDS + 1:
        return False
    return " ".join(words) in _ADVICE_WORDS or words[-1] in _ADVICE_WORDS or " ".join(words[-2:]) in _ADVICE_WORDS
