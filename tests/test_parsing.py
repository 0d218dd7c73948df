"""The parser speed-ups keep every token: block rules tried by first character (checked against the
parser without them on notes, fixtures, the benchmark corpus and random documents in
test_parser_variants.py) and the written-out `Token` initialiser (checked here)."""

from __future__ import annotations

import gc
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from ankibuild import lean_rules, parsing
from ankibuild.markdown import _configured_parser, make_parser, parser_for
from ankibuild.parsing import STOCK_TOKEN_INIT, fast_token_init, install_fast_tokens
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


def _built(init: Any, *args: Any, **kwargs: Any) -> Token:
    token = Token.__new__(Token)
    init(token, *args, **kwargs)
    return token


PAIRS = [("href", "u"), ("title", "t")]
CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("text", "", 0), {}),
    (("link_open", "a", 1), {"attrs": PAIRS}),
    (("link_open", "a", 1), {"attrs": {"href": "u"}}),
    (("p", "p", 1), {"attrs": None}),
    (("p", "p", 1), {"attrs": []}),
    (("p", "p", 1), {"attrs": {}}),
    (("fence", "code", 0, {}, [1, 3], 2, None, "x = 1\n", "```", "python", {"k": 1}, True, True), {}),
    ((), {"type": "inline", "tag": "", "nesting": 0, "children": [], "content": "a *b*", "map": [0, 1]}),
    (("math_block", "math", 0), {"meta": None, "block": True}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_fast_token_init_builds_the_dataclass_token(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    fast, stock = _built(fast_token_init, *args, **kwargs), _built(STOCK_TOKEN_INIT, *args, **kwargs)
    assert fast == stock
    given = kwargs.get("attrs", args[3] if len(args) > 3 else None)
    # a mapping given is kept as it is; anything else (nothing, empty, a list of pairs) becomes a new dict
    assert (fast.attrs is given) == (stock.attrs is given)
    given_meta = kwargs.get("meta", args[10] if len(args) > 10 else None)
    assert (fast.meta is given_meta) == (stock.meta is given_meta)


def test_the_fast_init_is_in_use_with_this_markdown_it() -> None:
    make_parser()
    assert Token.__init__ is fast_token_init
    assert install_fast_tokens()


def test_a_token_with_other_fields_keeps_its_own_init(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Token, "__init__", STOCK_TOKEN_INIT)
    monkeypatch.setattr(parsing, "_EXPECTED_FIELDS", parsing._EXPECTED_FIELDS[:-1])  # as if a field were added
    assert not install_fast_tokens()
    assert Token.__init__ is STOCK_TOKEN_INIT


def _documents() -> Iterator[str]:
    for path in sorted([*SOURCE.glob("*.md"), *(ROOT / "tests" / "fixtures").rglob("*.md")]):
        yield path.read_bytes().decode("utf-8", "replace")
    with tempfile.TemporaryDirectory() as folder:
        for path in generate_corpus(Path(folder) / "c", 200, seed=5, notes_per_file=40):
            yield path.read_text(encoding="utf-8")


def test_documents_give_the_same_tokens_with_the_stock_init(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(_documents())
    fast = [parser_for(text).parse(text, {}) for text in texts]
    monkeypatch.setattr(Token, "__init__", STOCK_TOKEN_INIT)
    assert [parser_for(text).parse(text, {}) for text in texts] == fast


def test_a_block_rule_the_table_does_not_know_is_tried_at_every_line() -> None:
    def percent_line(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        if state.src[begin : state.eMarks[start]].strip() != "%%":
            return False
        if not silent:
            token = state.push("percent", "hr", 0)
            token.map = [start, start + 1]
        state.line = start + 1
        return True

    md = _configured_parser()
    md.block.ruler.before("paragraph", "percent", percent_line)
    tokens = md.parse("Text\n\n%%\n\n- item\n\n  %%\n")
    assert [t.type for t in tokens].count("percent") == 2
    md.disable("percent")  # the ruler's new rule list is seen
    assert "percent" not in [t.type for t in md.parse("%%\n")]


def test_block_rules_are_tried_by_the_first_character_after_indentation() -> None:
    md = make_parser()
    md.parse("# H\n\ntext\n")  # builds the table
    table = parsing._Dispatch(md, md.block.ruler.getRules(""))
    names = {fn: name for name, fn in zip(table.names, table.rules, strict=True)}
    assert [names[r] for r in table.for_char("#")] == ["table", "heading", "lheading", "deflist", "paragraph"]
    assert "fence" in [names[r] for r in table.for_char("`")] and "list" in [names[r] for r in table.for_char("7")]
    assert [names[r] for r in table.for_char("a")] == ["table", "lheading", "deflist", "paragraph"]


def test_a_plain_inline_run_is_the_one_text_token_of_the_full_parser() -> None:
    reference = _configured_parser(narrow=False)  # no speed-ups
    for text in ("Plain words, numbers 1-2 and colons: here", "x", "tab\tand % and # and @"):
        md = parser_for(text)
        assert md.inline.terminator_re.search(text) is None
        assert md.parseInline(text, {}) == reference.parseInline(text, {})
        assert md.parse(text, {}) == reference.parse(text, {})


def test_a_post_rule_not_known_to_be_quiet_gets_the_full_inline_parse() -> None:
    seen: list[int] = []
    md = _configured_parser()
    md.inline.ruler2.push("count", lambda state: seen.append(len(state.tokens)))
    tokens = md.parseInline("plain words", {})
    assert seen == [1] and tokens[0].children is not None and tokens[0].children[0].content == "plain words"


def test_inline_rules_are_tried_by_the_character_at_the_position() -> None:
    md = make_parser()
    md.parseInline("a *b* `c` $x$", {})  # builds the table
    table = parsing._InlineDispatch(md, md.inline.ruler.getRules(""), md.inline.terminator_re)
    names = {fn: name for name, fn in zip(table.names, table.rules, strict=True)}
    assert [names[r] for r in table.for_char("a")] == ["text"]  # plain text: only the text rule
    assert [names[r] for r in table.for_char("*")] == ["emphasis"]
    assert [names[r] for r in table.for_char("\\")] == ["math_inline", "escape"]
    assert [names[r] for r in table.for_char("[")] == ["link", "footnote_ref"]


def test_an_inline_rule_the_table_does_not_know_is_tried_at_every_character() -> None:
    def at_sign(state: Any, silent: bool) -> bool:
        if state.src[state.pos] != "@":
            return False
        if not silent:
            state.push("mention", "span", 0).content = "@"
        state.pos += 1
        return True

    md = _configured_parser(narrow=False)
    md.inline.ruler.push("mention", at_sign)
    md.inline.add_terminator_char("@")
    parsing.dispatch_inline_rules(md)
    tokens = md.parseInline("to @me and *@you*", {})[0].children or []
    assert [t.type for t in tokens].count("mention") == 2


def test_text_is_tried_everywhere_with_a_terminator_pattern_of_another_shape() -> None:
    md = _configured_parser()
    rules = md.inline.ruler.getRules("")
    odd = parsing._InlineDispatch(md, rules, re.compile("[*]|ab"))  # `text` would stop before "ab" too
    assert parsing._text_rule in odd.for_char("*") and parsing._text_rule in odd.for_char("a")
    plain = parsing._InlineDispatch(md, rules, re.compile("[*]"))
    assert parsing._text_rule not in plain.for_char("*") and parsing._text_rule in plain.for_char("a")


def test_a_terminator_chain_is_one_rule_asking_the_candidates_for_the_line() -> None:
    md = make_parser()
    chain = md.block.ruler.getRules("paragraph")
    assert len(chain) == 1 and md.block.ruler.getRules("paragraph") is chain
    assert md.block.ruler.getRules("") is md.block.ruler.getRules("")  # the tokenizer's chain is the ruler's own
    text = "para\n- item\n\npara\n> quote\n\npara\n# heading\n\npara\n2) x\n\npara\n1) x\n\n- a\n  b\n- c\n"
    tokens = md.parse(text)
    assert [t.type for t in tokens if t.type.endswith("_open")] == [
        "paragraph_open", "bullet_list_open", "list_item_open", "paragraph_open",
        "paragraph_open", "blockquote_open", "paragraph_open",
        "paragraph_open", "heading_open",
        "paragraph_open",  # `2)` cannot start a list that interrupts a paragraph ...
        "paragraph_open", "ordered_list_open", "list_item_open", "paragraph_open",  # ... `1)` can
        "bullet_list_open", "list_item_open", "paragraph_open", "list_item_open", "paragraph_open",
    ]  # fmt: skip
    assert tokens == _configured_parser(narrow=False).parse(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\nab\r#", max_size=14))
def test_the_lean_block_state_has_the_stock_line_marks(src: str) -> None:
    md = make_parser()
    assert vars(parsing.LeanStateBlock(src, md, {}, [])) == vars(StateBlock(src, md, {}, []))


def test_the_lean_block_state_is_in_use_when_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    md = make_parser()
    assert md.block.parse.__func__ is not type(md.block).parse  # type: ignore[attr-defined]
    monkeypatch.setattr(parsing, "line_marks", lambda src: ([0], [0], [0], [0]))  # as if the library counted otherwise
    fresh = _configured_parser(narrow=False)
    assert not parsing.lean_block_state(fresh)
    assert fresh.block.parse.__func__ is type(fresh.block).parse  # type: ignore[attr-defined]


def test_the_lean_inline_state_is_exact_and_a_changed_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    md = make_parser()
    assert parsing._lean_inline_state_is_exact(md)
    stock_push = parsing.LeanStateInline.push

    def push_without_meta(self: Any, ttype: str, tag: str, nesting: Any) -> Token:
        token = stock_push(self, ttype, tag, nesting)
        self.tokens_meta[-1] = None  # as if the library kept something more per token
        return token

    monkeypatch.setattr(parsing.LeanStateInline, "push", push_without_meta)
    assert not parsing._lean_inline_state_is_exact(md)


ADDRESS_EDGES = [
    "https://papers.example.edu/skip-list/37", "http://a.b", "https://a.b?x=1&y=2#f", "https://a", "http://1.2.3.4/x",
    "https://" + "a" * 63 + ".c/", "https://" + "a" * 64 + ".c/", "https://" + ("a" * 62 + ".") * 4 + "c/",
    "https://-a-.b/", "https://a.b//", "https://a.b#", "https://a.b?", "https://xn--a.b/~x_y.z",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.from_regex(parsing._PLAIN_ADDRESS, fullmatch=True), st.from_regex(r"https?://[a-zA-Z0-9.:@%\[\]/?#=&-]{0,80}", fullmatch=True), st.sampled_from(ADDRESS_EDGES)))
def test_a_plain_address_is_normalised_as_markdown_it_does(url: str) -> None:
    assert make_parser().normalizeLink(url) == normalizeLink(url)
    assert make_parser().normalizeLink is not MarkdownIt.normalizeLink


def test_the_lean_emphasis_rule_is_in_use_only_in_place_of_the_stock_one() -> None:
    assert parsing.lean_emphasis in make_parser().inline.ruler.getRules("")
    md = _configured_parser(narrow=False)
    md.inline.ruler.at("emphasis", lambda state, silent: False)  # another plugin's emphasis stays
    assert not parsing.install_lean_emphasis(md)
    assert parsing.lean_emphasis not in md.inline.ruler.getRules("")


def test_collection_is_paused_for_a_parse_and_left_as_it_was() -> None:
    assert gc.isenabled()
    with parsing.paused_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), parsing.paused_collection():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with parsing.paused_collection():
            pass
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_the_tokenizer_scans_a_paragraph_once_after_lheading() -> None:
    md = parser_for("text\n")  # without the definition list rule, which comes between them
    fused = parsing._Dispatch(md, md.block.ruler.getRules(""), fuse=True)
    assert lean_rules.lheading_then_paragraph in fused.for_char("a") and lean_rules._paragraph not in fused.for_char("a")
    assert lean_rules._lheading not in fused.for_char("#") and lean_rules.lheading_then_paragraph in fused.for_char("#")
    # with a rule between them (definition lists), both stay as they are
    everything = make_parser()
    assert lean_rules.lheading_then_paragraph not in parsing._Dispatch(everything, everything.block.ruler.getRules(""), fuse=True).for_char("a")
    text = "Title\n===\n\npara\nlazy\n    code-like\n- item\n  ---\nnext\n\n> q\nlazy\n---\n\n- a\n  b\n  ==\n"
    assert parser_for(text).parse(text) == _configured_parser(narrow=False).parse(text)


def test_another_markdown_it_keeps_lheading_and_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lean_rules, "_FOLLOWED_RELEASES", ())
    md = parser_for("text\n")
    table = parsing._Dispatch(md, md.block.ruler.getRules(""), fuse=True)
    assert lean_rules.lheading_then_paragraph not in table.for_char("a") and lean_rules._paragraph in table.for_char("a")


BLOCK_LINES = ["text", "  two", "    four", "\tab", "===", "---", "  -- ", "- item", "1. one", "2) two", "> q", "# h", "```", "| a |", "$$", "", " ", "a | b", "-x", "= ="]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["Text", "  text", "a | b", "Para -"]), st.lists(st.sampled_from(BLOCK_LINES), max_size=7), st.sampled_from([0, 2]), st.sampled_from(["root", "list", "paragraph"]), st.booleans())
def test_lheading_then_paragraph_leaves_the_state_both_rules_leave(first: str, rest: list[str], indent: int, parent: str, shorter: bool) -> None:
    text = "\n".join([first, *rest]) + "\n"
    md = make_parser()

    def run(rule: Any) -> tuple[bool, dict[str, Any]]:
        state = StateBlock(text, md, {}, [])
        state.blkIndent, state.parentType = indent, parent
        end = max(1, state.lineMax - 1) if shorter else state.lineMax  # a container's end before the text's
        return rule(state, 0, end, False), vars(state)

    def both(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        return lean_rules._lheading(state, start, end, silent) or lean_rules._paragraph(state, start, end, silent)

    assert run(lean_rules.lheading_then_paragraph) == run(both)


SHAPES = [("text", 0), ("text_special", 0), ("em_open", 1), ("em_close", -1), ("code_inline", 0), ("softbreak", 0), ("image", 0)]


def _tokens(shapes: list[tuple[str, int]], contents: list[str]) -> list[Token]:
    """Tokens of the given types and nestings, each marked with its place (so that which token survives
    a join shows in a comparison), an image with children of its own."""
    made = []
    for at, ((kind, nesting), content) in enumerate(zip(shapes, contents, strict=False)):
        token = Token(kind, "", nesting, content=content, meta={"at": at}, level=at % 3)
        if kind == "image":
            token.children = _tokens(shapes[:at][::-1], contents[::-1])
        made.append(token)
    return made


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SHAPES), max_size=12), st.lists(st.sampled_from(["a", "b", "*", ""]), min_size=12, max_size=12))
def test_the_lean_joins_join_as_markdown_it_does(shapes: list[tuple[str, int]], contents: list[str]) -> None:
    from markdown_it.rules_core.state_core import StateCore
    from markdown_it.rules_core.text_join import text_join
    from markdown_it.rules_inline.fragments_join import fragments_join

    md = make_parser()
    lean, stock = StateInline("", md, {}, _tokens(shapes, contents)), StateInline("", md, {}, _tokens(shapes, contents))
    lean_rules.lean_fragments_join(lean)
    fragments_join(stock)
    assert lean.tokens == stock.tokens

    def core(children: list[Token]) -> StateCore:
        state = StateCore("", md, {})
        state.tokens = [Token("paragraph_open", "p", 1), Token("inline", "", 0, children=children), Token("inline", "", 0)]
        return state

    lean_core, stock_core = core(_tokens(shapes, contents)), core(_tokens(shapes, contents))
    lean_rules.lean_text_join(lean_core)
    text_join(stock_core)
    assert lean_core.tokens == stock_core.tokens


def test_the_lean_joins_are_in_use_only_for_the_release_they_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    names = {rule.fn for rule in make_parser().core.ruler.__rules__} | {rule.fn for rule in make_parser().inline.ruler2.__rules__}
    assert lean_rules.lean_text_join in names and lean_rules.lean_fragments_join in names
    monkeypatch.setattr(lean_rules, "_FOLLOWED_RELEASES", ())
    assert not lean_rules.install_lean_joins(_configured_parser(narrow=False))


def test_the_table_rule_is_tried_only_at_lines_holding_a_pipe() -> None:
    md = make_parser()
    table = parsing._Dispatch(md, md.block.ruler.getRules(""))
    names = {fn: name for name, fn in zip(table.names, table.rules, strict=True)}
    assert [names[r] for r in table.for_char("a", False)] == ["lheading", "deflist", "paragraph"]
    assert [names[r] for r in table.for_char("a")] == ["table", "lheading", "deflist", "paragraph"]
    reference = _configured_parser(narrow=False)
    for text in ("a |\n--|\n", "para\na |\n--|\n", "- x\n  y |\n  -|-\n", "> q |\n> -|\n", "|\n-|\n", "x\n|a|\n|-|\n", "para\n| a\n|-\n", "a\n\\| b\n-|-\n"):
        assert parser_for(text).parse(text) == reference.parse(text), text
    assert "table_open" in [t.type for t in make_parser().parse("para\na |\n--|\n")]


LIST_LINES = ["- a", "-", "-\t", "- ", "-a", "* x", "+ y", "1. one", "1.", "1)", "2. two", "0) z", "1234567890. n", "123456789) n", "1.x", "12", "a", "", "    - code", "  - two", "\t1. tab", "-- x", "1.  "]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(LIST_LINES), st.sampled_from(["", "\n", "\nnext"]), st.sampled_from([0, 2, 4]), st.sampled_from([-1, 0, 2]), st.sampled_from(["root", "paragraph", "list"]))
def test_the_lean_list_rule_answers_a_terminator_as_markdown_it_does(line: str, after: str, indent: int, list_indent: int, parent: str) -> None:
    from markdown_it.rules_block.list import list_block

    md = make_parser()
    states = [StateBlock(line + after, md, {}, []) for _ in range(2)]
    for state in states:
        state.blkIndent, state.listIndent, state.parentType = indent, list_indent, parent
    assert lean_rules.lean_list(states[0], 0, states[0].lineMax, True) == list_block(states[1], 0, states[1].lineMax, True)
    assert vars(states[0]) == vars(states[1])
    assert lean_rules.lean_list in [rule.fn for rule in md.block.ruler.__rules__]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="**__ a.,!(\t\n\u00a0\u2003é—“", min_size=1, max_size=10), st.data())
def test_delimiters_are_scanned_as_markdown_it_scans_them(src: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(src) - 1))
    maximum = data.draw(st.integers(start + 1, len(src)))
    state = StateInline(src, make_parser(), {}, [])
    state.posMax = maximum
    for can_split in (True, False):
        scanned = state.scanDelims(start, can_split)
        assert lean_rules.scan_delimiters(src, start, maximum, can_split) == (scanned.length, scanned.can_open, scanned.can_close)


HEADING_LINES = ["#", "# a", "#a", "####### x", "###### x", "## x ##", "## x#", "## ##", "# x \t", "#\tx", "    # x", "## x #  ", "#  ", "# #", "a", "", "# x\\#"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(HEADING_LINES), st.sampled_from(["", "\n", "\nnext"]), st.sampled_from([0, 2]), st.booleans())
def test_the_lean_heading_rule_is_the_stock_one(line: str, after: str, indent: int, silent: bool) -> None:
    from markdown_it.rules_block.heading import heading

    md = make_parser()
    states = [StateBlock(line + after, md, {}, []) for _ in range(2)]
    for state in states:
        state.blkIndent = indent
    assert lean_rules.lean_heading(states[0], 0, states[0].lineMax, silent) == heading(states[1], 0, states[1].lineMax, silent)
    assert vars(states[0]) == vars(states[1])


def test_the_lean_block_rules_are_in_use_only_for_the_release_they_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    md = make_parser()
    assert {lean_rules.lean_list, lean_rules.lean_heading} <= {rule.fn for rule in md.block.ruler.__rules__}
    assert lean_rules.lean_inline in [rule.fn for rule in md.core.ruler.__rules__]
    monkeypatch.setattr(lean_rules, "_FOLLOWED_RELEASES", ())
    assert not lean_rules.install_lean_block_rules(_configured_parser(narrow=False))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\nab>-", max_size=20), st.data())
def test_the_lean_block_state_cuts_lines_as_the_stock_one(src: str, data: st.DataObject) -> None:
    md = make_parser()
    lean, stock = parsing.LeanStateBlock(src, md, {}, []), StateBlock(src, md, {}, [])
    for line in range(lean.lineMax):  # as a blockquote moves a line's begin mark past its `>`
        moved = data.draw(st.integers(0, lean.eMarks[line] - lean.bMarks[line]))
        lean.bMarks[line] += moved
        stock.bMarks[line] += moved
    begin = data.draw(st.integers(0, lean.lineMax))
    end = data.draw(st.integers(begin, lean.lineMax))

    def cut(state: StateBlock, indent: int, keep: bool) -> str | type[Exception]:
        try:
            return state.getLines(begin, end, indent, keep)
        except IndexError as error:  # the stock loop can read past the text's end
            return type(error)

    for indent in (0, 1, 4, -1):
        for keep in (True, False):
            assert cut(lean, indent, keep) == cut(stock, indent, keep)


def test_a_parser_whose_inline_rules_change_between_runs_parses_with_the_new_ones() -> None:
    md = _configured_parser()

    def kinds(text: str) -> list[str]:
        return [t.type for t in md.parseInline(text, {})[0].children or []]

    assert "em_open" in kinds("*a* b")
    md.disable("emphasis")
    assert "em_open" not in kinds("*a* b")
    md.inline.ruler2.push("count", lambda state: state.tokens.append(Token("counted", "", 0)))
    assert kinds("plain") == ["text", "counted"]  # not plain any more: a post-processing rule of its own
    md.enable("emphasis")
    assert "em_open" in kinds("*a* b")


def test_the_tokenizers_read_the_same_rules_and_options_through_the_methods(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# T\n\n- a *b*\n- `c`\n\n> q [l](u)\n"
    direct = make_parser().parse(text)
    monkeypatch.setattr(parsing, "_DIRECT", False)  # as with another markdown-it-py
    assert make_parser().parse(text) == direct == _configured_parser(narrow=False).parse(text)
    monkeypatch.setattr(parsing, "_DIRECT", True)
    md, reference = _configured_parser(), _configured_parser(narrow=False)
    for parser in (md, reference):
        parser.options["maxNesting"] = 2  # read at every run, as the stock tokenizers read it
    assert md.parse("> > > deep *x*\n") == reference.parse("> > > deep *x*\n")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="|\\ a`$", max_size=14))
def test_a_table_row_is_split_as_markdown_it_splits_it(row: str) -> None:
    assert lean_rules.fast_escaped_split(row) == lean_rules.STOCK_ESCAPED_SPLIT(row)
    assert lean_rules.install_fast_escaped_split()


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \t\nab>-", max_size=20), st.data())
def test_the_lean_block_state_cuts_indented_lines_as_the_stock_one(src: str, data: st.DataObject) -> None:
    md = make_parser()
    lean, stock = parsing.LeanStateBlock(src, md, {}, []), StateBlock(src, md, {}, [])
    for line in range(lean.lineMax):  # as a list item sets its first line's marks past its marker
        moved = data.draw(st.integers(0, lean.eMarks[line] - lean.bMarks[line]))
        shift = data.draw(st.integers(0, lean.eMarks[line] - lean.bMarks[line]))
        for state in (lean, stock):
            state.bMarks[line] += moved
            state.tShift[line] = shift
    begin = data.draw(st.integers(0, lean.lineMax))
    end = data.draw(st.integers(begin, lean.lineMax))

    def cut(state: StateBlock, indent: int, keep: bool) -> str | type[Exception]:
        try:
            return state.getLines(begin, end, indent, keep)
        except IndexError as error:  # the stock loop can read past the text's end
            return type(error)

    for indent in (1, 2, 3, 4, 6):
        for keep in (True, False):
            assert cut(lean, indent, keep) == cut(stock, indent, keep)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="*_ a.", max_size=4), st.sampled_from(["*", "**", "***", "_", "__", "****"]), st.text(alphabet="*_ a.", max_size=4), st.booleans())
def test_the_lean_emphasis_rule_pushes_what_the_stock_one_pushes(before: str, run: str, after: str, lean_state: bool) -> None:
    from markdown_it.rules_inline.emphasis import tokenize as emphasis

    md = make_parser()
    src = before + run + after
    kind = parsing.LeanStateInline if lean_state else StateInline
    states = [kind(src, md, {}, []), StateInline(src, md, {}, [])]
    for state in states:
        state.append_pending(before)  # as the text rule leaves it
        state.pos = len(before)
    assert parsing.lean_emphasis(states[0], False) == emphasis(states[1], False)
    assert vars(states[0]) == vars(states[1])
