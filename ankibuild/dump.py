"""Repository dumps: one file concatenating a repository's files, split back into those files.

The format (as written by tools such as uithub) is a tree listing, then for each file::

    /path/to/file.md:
    --------------------------------------------------------------------------------
    1 | first line
    2 | second line
    --------------------------------------------------------------------------------

Dumps are also met *flattened*, every newline turned into a space (and often every run of spaces squeezed
to one), so the whole dump is one line; then the only line breaks left are the numbers `k |`, and content
that itself contains `k |` (a table row `| 3 | 4 |`) makes them ambiguous. Pure functions of strings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from .records import Severity

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
"""Inner files with these endings (any case) are returned as parts; the others are skipped."""

MAX_CANDIDATES = 8
"""How many candidates for the next line number are weighed after each marker of a flattened dump."""

_RULE = r"-{40,}"
# A header is `/path:` then a dash rule, then a numbered line (or at once the closing rule of an empty
# file). On its own line the path may contain spaces; flattened, it is one word.
_HEADER_TEMPLATE = rf"""
    (?:
        ^/(?P<line_path>[^\n]+):[ \t]*\n(?P<line_rule>{_RULE})[ \t]*\n
      | (?<!\S)/(?P<flat_path>\S+):[ \t]+(?P<flat_rule>{_RULE})[ \t]+
    )
    (?=[ \t]*FIRST[ \t]\||{_RULE})
    """
# Splitting accepts any first number (and reports it) so that a damaged part is never glued to the one
# before; recognising a dump asks for `1 |`, which ordinary Markdown does not produce.
_HEADER = re.compile(_HEADER_TEMPLATE.replace("FIRST", r"\d+"), re.MULTILINE | re.VERBOSE)
_DUMP_START = re.compile(_HEADER_TEMPLATE.replace("FIRST", "1"), re.MULTILINE | re.VERBOSE)
_NON_SPACE = re.compile(r"\S")
_FENCE_RUN = re.compile(r"`{3,}|~{3,}")
_MARKER = re.compile(r"(?<!\S)(\d+) \|(?=\s|\Z)")
_NUMBERED_LINE = re.compile(r"[ \t]*(\d+) \|(.*)")
_FENCE_OR_ITEM = re.compile(r"^[ \t]*(?:```|~~~|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)

Found = list[tuple[int, str]]
"""(line, message) pairs of numbering problems in one part."""

FLATTENED_MESSAGE = "indentation was lost when this file was flattened; nested lists and code indentation may be wrong"


@dataclass(frozen=True, slots=True)
class DumpPart:
    """One inner file of a dump."""

    path: str
    """Inner path without the leading slash, e.g. `MLE_Interview_QnA/PythonQnA.md`."""
    text: str
    """The inner file's lines joined with \\n: line k of `text` is the inner file's line k."""
    flattened: bool
    """True when the dump had lost its newlines and they were recovered from the line numbers."""


@dataclass(frozen=True, slots=True)
class PartProblem:
    """Something found while splitting a dump."""

    part: str | None
    """Inner path of the part concerned, or None for the dump as a whole."""
    line: int
    """1-based line in the inner file; 0 when the whole part is meant."""
    severity: Severity
    """`warning` for damage, `info` for parts left out on purpose."""
    kind: str
    """A short stable name: `skipped`, `flattened`, `numbering`, `truncated`."""
    message: str
    """What happened, for a person."""


@dataclass(frozen=True, slots=True)
class DumpResult:
    """The Markdown files of a dump and what went wrong splitting it."""

    parts: tuple[DumpPart, ...]
    """The Markdown and text files, in dump order."""
    problems: tuple[PartProblem, ...]
    """Problems in dump order."""


def looks_like_dump(text: str) -> bool:
    """Whether text is a repository dump: a `/path:` header, then a dash rule, then a line numbered `1 |`."""
    # Every header holds a rule of 40 dashes: without one, the (slow) header search cannot match.
    return "-" * 40 in text and _DUMP_START.search(text) is not None


def unflatten_dump(text: str) -> DumpResult:
    """Split a dump, flattened or not, into its Markdown files; other files are reported as skipped."""
    headers = list(_HEADER.finditer(text))
    parts: list[DumpPart] = []
    problems: list[PartProblem] = []
    for index, header in enumerate(headers):
        path = header["line_path"] or header["flat_path"]
        rule = header["line_rule"] or header["flat_rule"]
        end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        body, closed = _strip_closing_rule(text[header.end() : end], rule)
        if not path.lower().endswith(MARKDOWN_SUFFIXES):
            problems.append(PartProblem(path, 0, "info", "skipped", "not a Markdown file"))
            continue
        flattened = header["flat_path"] is not None and "\n" not in body
        lines, found = _split_flat(body) if flattened else _split_lines(body)
        problems.extend(PartProblem(path, line, "warning", "numbering", message) for line, message in found)
        if not closed:
            problems.append(
                PartProblem(
                    path, len(lines), "warning", "truncated", "the closing dash rule is missing; the dump may be cut short"
                )
            )
        part_text = "\n".join(lines)
        if flattened and _FENCE_OR_ITEM.search(part_text):
            problems.append(PartProblem(path, 0, "warning", "flattened", FLATTENED_MESSAGE))
        parts.append(DumpPart(path, part_text, flattened))
    return DumpResult(tuple(parts), tuple(problems))


def _strip_closing_rule(body: str, rule: str) -> tuple[str, bool]:
    """The body without the dump's closing rule (which belongs to the format, not to the file)."""
    trimmed = body.rstrip()
    if trimmed.endswith(rule) and (len(trimmed) == len(rule) or trimmed[-len(rule) - 1].isspace()):
        return trimmed[: -len(rule)], True
    return trimmed, False


def _split_lines(body: str) -> tuple[list[str], Found]:
    """Lines of a dump that kept its newlines: each must read `k | text` with k counting up from 1."""
    raw = body.strip("\n").split("\n") if body.strip() else []
    lines: list[str] = []
    for index, row in enumerate(raw):
        match = _NUMBERED_LINE.fullmatch(row)
        if match is None or int(match[1]) != len(lines) + 1:
            return _keep_rest(lines, raw[index:], row, match)
        content = match[2]
        lines.append(content[1:] if content.startswith(" ") else content)
    return lines, []


def _keep_rest(lines: list[str], rest: list[str], row: str, match: re.Match[str] | None) -> tuple[list[str], Found]:
    expected = len(lines) + 1
    seen = f"line numbered {match[1]}" if match else f"unnumbered text {row[:30]!r}"
    if not lines:
        return ["\n".join(rest)], [(1, f"line numbering does not start at 1 ({seen}); the part is kept as is")]
    # The rest stays as it is, numbers and all, after the last good line: damaged but never dropped.
    lines[-1] = "\n".join([lines[-1], *rest])
    last = len(lines)
    return lines, [
        (
            last,
            f"line numbering breaks after line {last} (expected {expected}, found {seen}); the rest is kept as is after line {last}",
        )
    ]


def _split_flat(body: str) -> tuple[list[str], Found]:
    """Lines of a flattened part, recovered from its `k |` numbers.

    Every `k |` preceded by a space is a candidate, and content such as a table row `| 3 | 4 |` or a shell
    pipeline `head -n 20 | uniq` offers false ones. The chosen markers form a chain 1, 2, 3, … at increasing
    positions that goes on while it can (it may stop only where no next number follows). Among such chains
    the one whose lines look least damaged wins (see `_damage`), then the longest, then the one taking the
    earliest candidates. Found by dynamic programming from the highest number down.
    """
    body = body.strip()
    if not body:
        return [], []
    by_number: defaultdict[int, list[re.Match[str]]] = defaultdict(list)
    for marker in _MARKER.finditer(body):
        by_number[int(marker[1])].append(marker)
    first = by_number.get(1, [])
    if not first or first[0].start() != 0:
        return [body], [(1, "line numbering does not start at 1; the part is kept as one line")]
    fences = [m.start() for m in _FENCE_RUN.finditer(body)]
    # best[start of a marker] = (-damage, length, next marker) of the best chain from that marker on.
    best: dict[int, tuple[int, int, re.Match[str] | None]] = {}
    for number in sorted(by_number, reverse=True):
        following = by_number.get(number + 1, [])
        starts = [successor.start() for successor in following]
        for marker in by_number[number]:
            choice: tuple[int, int, re.Match[str] | None] | None = None
            nearest = bisect_left(starts, marker.end())
            # The true next marker is among the first few after this one (a line rarely holds more than a
            # couple of false ones); the bound keeps pathological content (a table of small numbers) linear.
            for successor in following[nearest : nearest + MAX_CANDIDATES]:
                score, length, _ = best[successor.start()]
                option = (score - _damage(body, fences, marker, successor), length + 1, successor)
                # Strictly better only: among equals the earliest successor, met first, is kept.
                if choice is None or option[:2] > choice[:2]:
                    choice = option
            best[marker.start()] = choice or (-_damage(body, fences, marker, None), 1, None)
    chain = [first[0]]
    while (following_marker := best[chain[-1].start()][2]) is not None:
        chain.append(following_marker)
    lines = [_content(body, marker, successor) for marker, successor in zip(chain, [*chain[1:], None], strict=True)]
    return lines, _flat_break(body, chain)


def _content(body: str, marker: re.Match[str], successor: re.Match[str] | None) -> str:
    """The text of a line: after `k | ` up to the next chosen marker, less the space that was a newline."""
    text = body[marker.end() : successor.start() if successor else len(body)]
    return text[1:].rstrip() if text.startswith(" ") else text.rstrip()


def _damage(body: str, fences: list[int], marker: re.Match[str], successor: re.Match[str] | None) -> int:
    """How much the line between two markers looks cut or glued at a false marker (0 for a sound line).

    Signs, each counting 1: a table row cut in two (a line that starts with `|` but does not end with one,
    or the reverse, or a lone `|`); an empty line between two table rows; after a table row, a line that
    opens with its own number and a pipe; each code fence that is not at the start of its line. Only the ends of the line are read, and fences are counted by bisection, so
    weighing a candidate costs the same however long its line is.
    """
    start, stop = marker.end(), (successor.start() if successor else len(body))
    first = _NON_SPACE.search(body, start, stop)
    if first is None:
        before = body[max(0, marker.start() - 64) : marker.start()].rstrip()
        after = body[successor.end() : successor.end() + 64].lstrip() if successor else ""
        return int(before.endswith("|") and after.startswith("|"))
    last = _last_non_space(body, first.start(), stop)
    opens, closes = first.group() == "|", body[last] == "|"
    damage = int(opens != closes or (opens and last == first.start()))
    # After a table row, a line opening with its own number and a pipe means the marker taken was the row's
    # last cell, just before the real marker.
    after_own_number = first.start() + len(marker[0])
    if body.startswith(marker[0], first.start()) and body[after_own_number : after_own_number + 1] in (" ", ""):
        damage += body[max(0, marker.start() - 64) : marker.start()].rstrip().endswith("|")
    inner_fences = bisect_left(fences, stop) - bisect_left(fences, first.start())
    return damage + inner_fences - (inner_fences > 0 and fences[bisect_left(fences, first.start())] == first.start())


def _last_non_space(body: str, start: int, stop: int) -> int:
    """Index of the last non-space character in body[start:stop], which has one at `start` or later."""
    window = max(start, stop - 64)
    tail = body[window:stop].rstrip()
    return window + len(tail) - 1 if tail else start + len(body[start:stop].rstrip()) - 1


def _flat_break(body: str, chain: list[re.Match[str]]) -> Found:
    """A numbering break: after the last chosen line, numbers n and n+1 beyond the next expected one."""
    last = len(chain)
    later = [int(m[1]) for m in _MARKER.finditer(body, chain[-1].end())]
    last_seen = {number: index for index, number in enumerate(later)}
    for index, number in enumerate(later):
        if number > last + 1 and last_seen.get(number + 1, -1) > index:
            return [
                (
                    last,
                    f"line numbering breaks after line {last} (expected {last + 1}, found {number}); the rest is kept in line {last}",
                )
            ]
    return []
