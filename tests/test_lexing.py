"""ankibuild.lexing: combined-expression tokenising gives exactly the tokens of Pygments' own loop.

Every test compares the accelerated lexer with a plain instance of the same class, token for token
(position, type, text), on hand-written snippets, on the code blocks of the notes in source/, and on
random text made of the characters code is made of (a fixed example budget).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pygments.lexer import RegexLexer, bygroups, default, include, this, using, words
from pygments.lexers import get_lexer_by_name
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ankibuild.lexing import _MAY_REFER_BACK, _STATES, _has_backreference, accelerate

SOURCE = Path(__file__).resolve().parents[1] / "source"

LANGUAGES = [
    *("python", "bash", "javascript", "typescript", "java", "c", "cpp", "csharp", "go", "rust", "sql"),
    *("json", "yaml", "html", "xml", "css", "r", "scala", "kotlin", "ruby", "swift", "latex", "markdown"),
    *("diff", "ini", "toml", "docker", "make", "haskell", "lua", "perl", "matlab", "julia", "ocaml"),
    *("elixir", "dart", "powershell", "graphql", "protobuf", "php", "mysql", "scheme", "fortran"),
]
"""Languages people put in study notes; Pygments' lexers for them span most of its rule constructs."""

SNIPPETS = [
    'def f(x: int = 0x1F) -> str:\n    """doc"""\n    return f"{x!r:>{w}}" + r\'\\d+\' # note\n',
    "for (int i = 0; i < n; ++i) { s += a[i] * 1.5e-3; } // loop\n/* block\n comment */\n",
    "SELECT a.name, COUNT(*) FROM users a WHERE a.id IN (1, 2) AND x LIKE '%y%' -- c\n",
    "if [ -f \"$HOME/.rc\" ]; then echo 'yes' | grep -E \"^y\"; fi\n<<EOF\nheredoc\nEOF\n",
    '{"key": [1, 2.5, true, null, "s\\u00e9"], "n": {"a": -0.1e10}}\n',
    "<div class=\"x\" id='y'><!-- c --><script>var a = 1;</script><style>p{color:red}</style></div>\n",
    "résumé = λ x → x² ; naïve “quotes” — K ſ İ ı 🙂 \t\x0b\x0c\r\n",
    "",
    "\n\n\n",
    "unterminated 'string\nand \"another\n`tick\n",
]


def plain(name: str) -> RegexLexer:
    return get_lexer_by_name(name, stripnl=False, ensurenl=False)


def tokens(lexer: RegexLexer, text: str) -> list[tuple[int, object, str]]:
    return list(lexer.get_tokens_unprocessed(text))


def states_of(lexer: RegexLexer) -> dict[str, object]:
    return _STATES[id(lexer._tokens), lexer.flags]


def fenced_code(folder: Path) -> list[str]:
    blocks = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        blocks += re.findall(r"```python\n(.*?)```", text, re.S)
        # the flattened repository dump keeps its newlines as the two characters \n
        blocks += [b.replace("\\n", "\n") for b in re.findall(r"```python\\n(.*?)```", text, re.S)]
    return blocks


@pytest.mark.parametrize("name", LANGUAGES)
def test_snippets_lex_exactly_as_pygments(name: str) -> None:
    fast = accelerate(plain(name))
    reference = plain(name)
    for snippet in SNIPPETS:
        assert tokens(fast, snippet) == tokens(reference, snippet), (name, snippet)


def test_every_python_block_of_the_seed_notes_lexes_exactly_as_pygments() -> None:
    blocks = fenced_code(SOURCE)
    assert len(blocks) > 100  # the notes really hold this much Python
    fast, reference = accelerate(plain("python")), plain("python")
    for block in blocks:
        assert tokens(fast, block) == tokens(reference, block), block


def test_python_states_are_really_combined() -> None:
    """The fast path is taken: every state the Python lexer entered was analysed, none fell back."""
    fast = accelerate(plain("python"))
    tokens(fast, SNIPPETS[0] + "import os\nclass A(B):\n    x = b'\\x00' + u'\\n'\n")
    states = states_of(fast)
    assert len(states) >= 10
    assert all(state is not None for state in states.values()), [n for n, s in states.items() if s is None]
    root = states["root"]
    assert root is not None
    # a letter can start far fewer of the root rules than there are rules
    assert len(root.by_char["d"].indices) < len(root.rules) / 3


CODE_CHARS = st.sampled_from(
    list("abcdefxyzABCXYZ_0123456789 \t\n()[]{}<>=+-*/%!&|^~.,;:?@#$\\'\"`")
    + ["def ", "class ", "return ", "0x", "1e5", '"""', "'''", "/*", "*/", "//", "<!--", "-->", "${", "é", "λ", "K", "ſ", "🙂"]
)
CODE = st.lists(CODE_CHARS, max_size=60).map("".join)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LANGUAGES), CODE)
def test_random_code_lexes_exactly_as_pygments(name: str, text: str) -> None:
    assert tokens(accelerate(plain(name)), text) == tokens(plain(name), text)


class Tricky(RegexLexer):
    """Rule constructs the analysis must get right: flags per rule, verbose comments, callbacks,
    nested lexing, includes, defaults and every kind of state change."""

    name = "tricky"
    flags = re.MULTILINE
    tokens = {
        "root": [
            (r"(?i)select\b", Keyword),  # case-insensitive: starts with s, S and more
            (r"(?x) \d+ (\.\d*)?  # a number, verbose with a trailing comment", Number),
            (r"(def)(\s+)(\w+)", bygroups(Keyword, Text, Name.Function)),
            (r"\{", Punctuation, "block"),
            (r"<<", Operator, ("one", "two")),
            (r"\[(.*?)\]", using(this, state="inner")),
            (r"(?=\()", Text, "parens"),
            include("common"),
        ],
        "common": [
            (r"\s+", Text),
            (words(("alpha", "beta", "gamma"), suffix=r"\b"), Name.Builtin),
            (r"[^\W\d]\w*", Name),
            (r"#.*$", Comment),
        ],
        "block": [(r"\}", Punctuation, "#pop"), (r"\{", Punctuation, "#push"), include("common"), (r"[^{}\s]+", Text)],
        "one": [(r"1", Number, "#pop"), default("#pop")],
        "two": [(r"2", Number, "#pop:2"), default("#pop")],
        "inner": [(r"\w+", String), (r"\W", Text)],
        "parens": [(r"\(", Punctuation), (r"\)", Punctuation, "#pop"), include("common"), (r".", Text)],
    }


class BackReference(RegexLexer):
    """A state with a back-reference cannot be combined: it runs Pygments' own loop."""

    name = "backref"
    tokens = {"root": [(r"([\"'])(?:(?!\1).)*\1", String), (r"\s+", Text), (r"\w+", Name), (r".", Text)]}


TRICKY_TEXTS = [
    "SELECT Select sElEcT ſelect 12.5 def  foo {a {b} c} << 1 2 [x y] (a (b)) alpha gamma # c\n",
    "<<2<<<<1\n{{{ unclosed\n(((\n]] [[ \n",
    "'a' \"b\" 'c\" \"d' \n",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
@pytest.mark.parametrize("cls", [Tricky, BackReference])
def test_hand_made_lexer_constructs_match(cls: type[RegexLexer], text: str) -> None:
    assert tokens(accelerate(cls()), text) == tokens(cls(), text)


def test_a_state_with_a_back_reference_falls_back_to_the_loop() -> None:
    lexer = accelerate(BackReference())
    assert tokens(lexer, "'x' y") == tokens(BackReference(), "'x' y")
    assert states_of(lexer)["root"] is None


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("SselectſK 0123456789.def{}<<12[]()alphgm#\n'\"xy_é")), max_size=50))
def test_random_text_through_hand_made_constructs(text: str) -> None:
    for cls in (Tricky, BackReference):
        assert tokens(accelerate(cls()), text) == tokens(cls(), text)


def test_lexers_with_their_own_tokeniser_are_left_alone() -> None:
    console = plain("pycon")  # PythonConsoleLexer delegates line by line: not a RegexLexer loop
    assert accelerate(console).get_tokens_unprocessed.__func__ is type(console).get_tokens_unprocessed  # type: ignore[attr-defined]


class Budgeted(RegexLexer):
    """A rule table of its own, so whether it has been analysed says which path lexed a text."""

    name = "budgeted"
    tokens = {"root": [(r"\d+", Number), (r"\w+", Name), (r"\s+", Text), (r".", Punctuation)]}


def test_the_plain_loop_lexes_until_the_budget_is_spent_then_the_rules_are_analysed() -> None:
    lexer, reference = accelerate(Budgeted(), after=30), Budgeted()
    key = (id(Budgeted._tokens), Budgeted.flags)  # type: ignore[attr-defined]
    for text in ("ab 12, cd 34.", "efgh 5678 ij"):  # 13 + 12 characters: within the budget
        assert tokens(lexer, text) == tokens(reference, text)
        assert key not in _STATES  # not analysed: Pygments' own loop did it
    assert tokens(lexer, "x 9.y") == tokens(reference, "x 9.y")  # spends the last 5
    assert key not in _STATES
    assert tokens(lexer, "zz 42!") == tokens(reference, "zz 42!")
    assert states_of(lexer)["root"] is not None  # analysed and used from now on


def _refers_back(pattern: str) -> bool:
    return _has_backreference(re._parser.parse(pattern, 0))  # type: ignore[attr-defined]


def test_every_rule_that_refers_back_is_written_so() -> None:
    """`_MAY_REFER_BACK` is a necessary condition of `_has_backreference`: no rule of the lexers above (nor of the
    hand-made ones) that it passes over refers back to a group, and the hand-made back-reference is seen."""
    patterns = set()
    for lexer in [*(plain(name) for name in LANGUAGES), Tricky(), BackReference()]:
        for rules in getattr(lexer, "_tokens", {}).values():  # a lexer with a tokeniser of its own has no rule table
            patterns.update(rule[0].__self__ for rule in rules)
    referring = [p.pattern for p in patterns if _has_backreference(re._parser.parse(p.pattern, p.flags))]  # type: ignore[attr-defined]
    assert referring  # the back-references of BackReference at least
    assert [p for p in referring if not _MAY_REFER_BACK.search(p)] == []


PATTERN_PIECES = st.sampled_from(
    [*("(a)", "(?P<n>b)", "\\1", "\\2", "\\12", "(?P=n)", "(?(1)c|d)", "(?(n)e)", "\\\\", "\\0", "1", "[\\1]")]
    + [*("(?:", ")", "|", "*", "\\d", "x")]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(PATTERN_PIECES, max_size=8).map("".join))
def test_random_patterns_refer_back_only_when_written_so(pattern: str) -> None:
    try:
        refers = _refers_back(pattern)
    except (re.error, RecursionError):
        return
    assert not refers or _MAY_REFER_BACK.search(pattern)


def test_back_references_are_written_with_a_mark() -> None:
    assert all(_refers_back(p) and _MAY_REFER_BACK.search(p) for p in ("(a)\\1", "(?P<n>a)(?P=n)", "(a)?(?(1)b|c)"))
