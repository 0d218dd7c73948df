"""Pygments' regular-expression lexers, tokenising faster with exactly their output.

A `RegexLexer` tries the rules of its current state one by one at each position, a Python call per
rule: for Python code that is about 35 tries per token, and most of a highlighted build's lexing time.
Here each state's rules are sorted by the characters they can start with, read off each compiled
pattern by the `re` module's own parser, and the rules that can start with the character at the
position are tried together in one expression `(rule1)|(rule2)|…`. The regex engine tries the branches
of an alternation in order and takes the first that matches, which is the rule the lexer's own loop
would take; the group that matched names it. A callback gets its rule's own match object, so it sees
the group numbers it was written for.

The first-character sets only ever over-approximate: a rule whose start cannot be pinned down (it may
match the empty string, starts with a construct not analysed here, or ignores case beyond ASCII) is
tried at every position. A state whose rules cannot be combined exactly (back-references, which the
renumbering of groups would break; differing flags other than i/m/s/x) runs the lexer's own loop. A
lexer with a tokeniser of its own is left as it is.
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]  # Python 3.11+: the `re` package's parts
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import types
from collections.abc import Callable, Iterator
from typing import Any

from pygments.lexer import Lexer, RegexLexer
from pygments.token import Error, Whitespace, _TokenType

__all__ = ["accelerate"]

Rule = tuple[Callable[..., Any], Any, Any]
"""A processed Pygments rule: (compiled pattern's `match`, token type or callback, new state)."""
Start = tuple[frozenset[str], bool]
"""The ASCII characters a rule can start with, and whether it can start with a non-ASCII one."""

_ASCII = tuple(map(chr, range(128)))
_SCOPED_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
_SCOPABLE = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_BACKREFERENCES = frozenset(
    op for op in (getattr(sre, n, None) for n in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE")) if op is not None
)


class _Unsupported(Exception):
    """A state whose rules cannot be combined exactly."""


def accelerate(lexer: Lexer, *, after: int = 0) -> Lexer:
    """The same lexer, tokenising through combined expressions when it is a plain `RegexLexer`.

    With AFTER, the texts it is given are lexed by Pygments' own loop until they add up to AFTER
    characters, and only then through the combined expressions. Analysing a lexer's rules costs about
    as much as lexing 50,000 characters of Python the plain way, which a build that highlights a handful
    of blocks (a rebuild after one edit) never earns back; spending that much first bounds the cost at
    twice the better choice made in hindsight.
    """
    if isinstance(lexer, RegexLexer) and type(lexer).get_tokens_unprocessed is RegexLexer.get_tokens_unprocessed:
        budget = after

        def tokens_unprocessed(self: RegexLexer, text: str, stack: tuple[str, ...] = ("root",)) -> Iterator[tuple[int, Any, str]]:
            nonlocal budget
            if budget > 0:
                budget -= len(text)
                return RegexLexer.get_tokens_unprocessed(self, text, stack)
            return _tokens_unprocessed(self, text, stack)

        # An instance attribute, not a subclass: a subclass would make Pygments process every rule again.
        lexer.get_tokens_unprocessed = types.MethodType(tokens_unprocessed, lexer)  # type: ignore[method-assign]
    return lexer


LONE_PATTERN = 400
"""A rule whose pattern is longer than this (a Unicode identifier class, a long word list) is tried on its
own rather than compiled into every combination that holds it: compiling it again and again would cost
more than the extra call saves."""

Segment = tuple[Callable[[str, int], "re.Match[str] | None"], bool, list["Rule | None"]]
"""(match, combined, rule by matched group): one expression of a choice. For a combined one the group is
the outer group that matched (its `lastindex`, since it closes last); for a lone rule it is 0. The rules
are a list indexed by group number (None at the inner groups), a faster look-up than a dict."""


CHOSEN_CHARACTERS = 1024
"""First characters whose expressions a state remembers by character (ASCII and the first non-ASCII ones
seen); beyond that, a character's choice is looked up through `by_char` each time."""


class _Choice:
    """The rules that can match at a position starting with a given character, in order, as few
    expressions as possible."""

    __slots__ = ("state", "indices", "segments")

    def __init__(self, state: _State, indices: tuple[int, ...]) -> None:
        self.state = state
        self.indices = indices
        self.segments: tuple[Segment, ...] | None = None
        """Built on first use."""

    def compile(self) -> tuple[Segment, ...]:
        state = self.state
        segments: list[Segment] = []
        run: list[int] = []
        for i in self.indices:
            if state.lone[i]:
                if run:
                    segments.append(state.segment(tuple(run)))
                    run = []
                segments.append(state.segment((i,)))
            else:
                run.append(i)
        if run:
            segments.append(state.segment(tuple(run)))
        self.segments = tuple(segments)
        return self.segments


class _State:
    """One lexer state's rules, with a choice per first character."""

    __slots__ = ("rules", "branches", "groups", "lone", "flags", "by_char", "non_ascii", "segments", "chosen")

    def __init__(self, rules: list[Rule], flags: int) -> None:
        self.rules = rules
        self.flags = flags
        base = re.compile("", flags).flags  # what every str pattern compiled with these flags carries
        starts: list[Start | None] = []
        self.branches: list[str] = []
        self.groups: list[int] = []
        self.lone: list[bool] = []
        for match, _, _ in rules:
            pattern: re.Pattern[str] = match.__self__  # type: ignore[attr-defined]  # a bound Pattern.match
            tree = sre_parse.parse(pattern.pattern, pattern.flags)
            if _MAY_REFER_BACK.search(pattern.pattern) and _has_backreference(tree):
                raise _Unsupported
            start, nullable = _first_chars(tree, pattern.flags)
            starts.append(None if start is None or nullable else start)
            self.branches.append(_branch(pattern, base))
            self.groups.append(pattern.groups)
            self.lone.append(len(pattern.pattern) > LONE_PATTERN)
        shared: dict[tuple[int, ...], _Choice] = {}

        def choice(can_start: Callable[[Start], bool]) -> _Choice:
            indices = tuple(i for i, s in enumerate(starts) if s is None or can_start(s))
            return shared.setdefault(indices, _Choice(self, indices))

        self.by_char = {c: choice(lambda s, c=c: c in s[0]) for c in _ASCII}  # type: ignore[misc]
        self.by_char[""] = choice(lambda s: False)  # at the end of the text only rules that match empty
        self.non_ascii = choice(lambda s: s[1])
        self.segments: dict[tuple[int, ...], Segment] = {}
        self.chosen: dict[str, tuple[Segment, ...]] = {}
        """The expressions of each first character met so far: one look-up per token in the lexing loop."""

    def choose(self, char: str) -> tuple[Segment, ...]:
        """The expressions to try at a position starting with CHAR ("" at the end of the text)."""
        choice = self.by_char.get(char, self.non_ascii)
        segments = choice.segments or choice.compile()
        if len(self.chosen) < CHOSEN_CHARACTERS:
            self.chosen[char] = segments
        return segments

    def segment(self, indices: tuple[int, ...]) -> Segment:
        """One expression trying these rules in order, shared by every choice that holds the same run."""
        found = self.segments.get(indices)
        if found is None:
            if len(indices) == 1:
                found = (self.rules[indices[0]][0], False, [self.rules[indices[0]]])
            else:
                rule_of_group: list[Rule | None] = [None]
                for i in indices:
                    rule_of_group += [self.rules[i]] + [None] * self.groups[i]
                found = (re.compile("|".join(self.branches[i] for i in indices), self.flags).match, True, rule_of_group)
            self.segments[indices] = found
        return found


class _States(dict[str, "_State | None"]):
    """One rule table's states, analysed on first use (None: run the lexer's own loop for it)."""

    def __init__(self, tokendefs: dict[str, list[Rule]], flags: int) -> None:
        super().__init__()
        self.tokendefs = tokendefs  # held, so the id keying `_STATES` is never reused while cached
        self.flags = flags

    def __missing__(self, name: str) -> _State | None:
        rules = self.tokendefs[name]
        try:
            state: _State | None = _State(rules, self.flags)
        except (_Unsupported, re.error, RecursionError, TypeError, ValueError, AttributeError):
            state = None
        self[name] = state
        return state


_STATES: dict[tuple[int, int], _States] = {}
"""By (id of a rule table, flags): a lexer class's table, or a per-instance one (C# keeps one per Unicode level)."""


def _tokens_unprocessed(self: RegexLexer, text: str, stack: tuple[str, ...] = ("root",)) -> Iterator[tuple[int, Any, str]]:
    """`RegexLexer.get_tokens_unprocessed`, rule for rule, with the rules tried through `_State`."""
    tokendefs = self._tokens  # type: ignore[attr-defined]  # set by Pygments' metaclass, or per instance
    states = _STATES.get((id(tokendefs), self.flags))
    if states is None:
        states = _STATES[id(tokendefs), self.flags] = _States(tokendefs, self.flags)
    pos = 0
    statestack = list(stack)
    state = states[statestack[-1]]
    rule: Rule | None = None
    while True:
        group = 0
        if state is not None:
            char = text[pos : pos + 1]
            m = None
            for match, combined, rule_of_group in state.chosen.get(char) or state.choose(char):
                m = match(text, pos)
                if m is not None:
                    if combined:
                        group = m.lastindex or 0  # a combination's outer group closes last (never None)
                    rule = rule_of_group[group]
                    break
        else:
            m, rule = _first_rule(tokendefs[statestack[-1]], text, pos)
        if m is None:
            # No rule matched: as Pygments does, a newline resets to the root state, anything else is an error.
            if pos >= len(text):
                break
            if text[pos] == "\n":
                statestack = ["root"]
                state = states["root"]
                yield pos, Whitespace, "\n"
            else:
                yield pos, Error, text[pos]
            pos += 1
            continue
        rexmatch, action, new_state = rule  # type: ignore[misc]  # a rule matched
        if action is not None:
            if type(action) is _TokenType:
                yield pos, action, m[group]
            else:
                # a callback reads groups by the numbers its rule was written with
                yield from action(self, m if group == 0 else rexmatch(text, pos))
        pos = m.end()
        if new_state is not None:
            _transition(statestack, new_state)
            state = states[statestack[-1]]


def _first_rule(rules: list[Rule], text: str, pos: int) -> tuple[re.Match[str] | None, Rule | None]:
    """Pygments' own loop: the first rule matching at `pos`, with its match."""
    for rule in rules:
        m = rule[0](text, pos)
        if m:
            return m, rule
    return None, None


def _transition(statestack: list[str], new_state: Any) -> None:
    """Apply a rule's state change to the stack, exactly as `RegexLexer` does."""
    if isinstance(new_state, tuple):
        for name in new_state:
            if name == "#pop":
                if len(statestack) > 1:
                    statestack.pop()
            elif name == "#push":
                statestack.append(statestack[-1])
            else:
                statestack.append(name)
    elif isinstance(new_state, int):
        # pop, but keep at least one state on the stack
        if abs(new_state) >= len(statestack):
            del statestack[1:]
        else:
            del statestack[new_state:]
    elif new_state == "#push":
        statestack.append(statestack[-1])
    else:
        raise AssertionError(f"wrong state def: {new_state!r}")


def _branch(pattern: re.Pattern[str], base: int) -> str:
    """The pattern as one branch of an alternation compiled with `base` flags: a capture group around it,
    its own flags scoped to it (a flag group must otherwise open the whole expression)."""
    if (pattern.flags ^ base) & ~_SCOPABLE:
        raise _Unsupported
    source = pattern.pattern
    while lead := _LEADING_FLAGS.match(source):
        source = source[lead.end() :]
    on = "".join(k for k, f in _SCOPED_FLAGS.items() if pattern.flags & f and not base & f)
    off = "".join(k for k, f in _SCOPED_FLAGS.items() if base & f and not pattern.flags & f)
    # In verbose mode a trailing `# comment` would swallow the closing parentheses: end its line first.
    end = "\n" if pattern.flags & re.VERBOSE else ""
    return f"((?{on}{'-' + off if off else ''}:{source}{end}))"


def _first_chars(tree: Any, flags: int) -> tuple[Start | None, bool]:
    """What a parsed pattern can start with (None: anything) and whether it can match the empty string."""
    ascii_chars: set[str] = set()
    non_ascii = False
    for op, av in tree:
        start, nullable = _first_of_item(tree.state, op, av, flags)
        if start is None:
            return None, False
        ascii_chars |= start[0]
        non_ascii = non_ascii or start[1]
        if not nullable:
            return (frozenset(ascii_chars), non_ascii), False
    return (frozenset(ascii_chars), non_ascii), True


def _first_of_item(parse_state: Any, op: Any, av: Any, flags: int) -> tuple[Start | None, bool]:
    if op in _ONE_CHARACTER:
        return _one_character(parse_state, op, av, flags), False
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _first_chars(sub, (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _first_chars(av, flags)
    if op is sre.BRANCH:
        chars: set[str] = set()
        non_ascii = nullable = False
        for alternative in av[1]:
            start, empty = _first_chars(alternative, flags)
            if start is None:
                return None, False
            chars |= start[0]
            non_ascii, nullable = non_ascii or start[1], nullable or empty
        return (frozenset(chars), non_ascii), nullable
    if op in _REPEATS:
        low, _high, sub = av
        start, nullable = _first_chars(sub, flags)
        return start, start is not None and (nullable or low == 0)
    if op in _ZERO_WIDTH:
        # Anchors and lookarounds consume nothing; ignoring what they demand only widens the set.
        return (frozenset(), False), True
    return None, False


def _one_character(parse_state: Any, op: Any, av: Any, flags: int) -> Start:
    """A one-character item's ASCII matches, found by running the item itself through the regex engine,
    and whether it may match beyond ASCII (assumed unless the item plainly lists ASCII characters only)."""
    key = (op, repr(av), flags)  # rules of a lexer mostly start with the same few items (`\s`, `[a-z]`)
    chars = _ONE_CHARACTER_MATCHES.get(key)
    if chars is None:
        match = sre_compile.compile(sre_parse.SubPattern(parse_state, [(op, av)]), flags).match
        chars = _ONE_CHARACTER_MATCHES[key] = frozenset(c for c in _ASCII if match(c))
    ascii_only = not flags & re.IGNORECASE and (
        (op is sre.LITERAL and av < 128)
        or (op is sre.IN and all((kind is sre.LITERAL and v < 128) or (kind is sre.RANGE and v[1] < 128) for kind, v in av))
    )
    return chars, not ascii_only


_ONE_CHARACTER_MATCHES: dict[tuple[Any, str, int], frozenset[str]] = {}
"""The ASCII characters a one-character item matches, by (opcode, argument, flags)."""


_MAY_REFER_BACK = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""What every back-reference is written with: `\\1` to `\\99`, `(?P=name)` or a conditional `(?(1)…)`. Most rules
hold none of these, so their parsed pattern need not be walked (`_has_backreference`) to know it refers
to no group."""


def _has_backreference(tree: Any) -> bool:
    """Whether a parsed pattern refers back to a group by number, which combining would renumber."""
    for op, av in tree:
        if op in _BACKREFERENCES:
            return True
        for item in av if isinstance(av, (list, tuple)) else (av,):
            for sub in item if isinstance(item, (list, tuple)) else (item,):
                if isinstance(sub, sre_parse.SubPattern) and _has_backreference(sub):
                    return True
    return False
