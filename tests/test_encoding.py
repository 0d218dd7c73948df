"""Tests for ankibuild.encoding: choosing the encoding, refusing binaries, repairing mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.encoding import Decoded, Problem, decode_note, repair_mojibake

FIXTURES = Path(__file__).parent / "fixtures" / "encoding"
SOURCE = Path(__file__).resolve().parent.parent / "source"
MOJIBAKE_SEED = SOURCE / "machine-learning-interview-questions.md"
CORRECT_SEEDS = [
    SOURCE / "ds-ai-ml-interview-handbook.md",
    SOURCE / "mle-interview-questions-repo.md",
    SOURCE / "amazon-breadth-and-depth.md",
    SOURCE / "guide-to-ml-interviews.md",
]


def as_cp1252(data: bytes) -> str:
    """How Windows tools show bytes: Windows-1252, with its five undefined bytes passed as Latin-1."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def mojibake(text: str, codec: str) -> str:
    """UTF-8 text read back with the wrong codec."""
    data = text.encode("utf-8")
    return as_cp1252(data) if codec == "cp1252" else data.decode(codec)


# --- decode_note ------------------------------------------------------------------------------------------


def test_plain_utf8() -> None:
    assert decode_note("# Café → λ\n".encode()) == Decoded("# Café → λ\n", "utf-8", ())


def test_empty_file_is_empty_text_without_problem() -> None:
    assert decode_note(b"") == Decoded("", "utf-8", ())


def test_utf8_bom_is_stripped() -> None:
    decoded = decode_note(codecs.BOM_UTF8 + "# Titre\r\nété\r\n".encode())
    assert decoded == Decoded("# Titre\nété\n", "utf-8-sig", ())


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom: bytes, codec: str) -> None:
    raw = bom + "# Q\r\nWhat is λ? 🟡\r\n".encode(codec)
    assert decode_note(raw) == Decoded("# Q\nWhat is λ? 🟡\n", codec, ())


def test_truncated_utf16_is_decoded_with_a_warning() -> None:
    raw = codecs.BOM_UTF16_LE + "a\nb\n".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    decoded = decode_note(raw)
    assert decoded.text is not None and decoded.text.startswith("a\nb\n")
    assert [(p.line, p.severity, p.kind) for p in decoded.problems] == [(3, "warning", "encoding")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ],
)
def test_newlines_are_normalised(raw: bytes, expected: str) -> None:
    assert decode_note(raw).text == expected


def test_nul_byte_means_binary_with_its_line() -> None:
    decoded = decode_note(b"line one\nline two\r\nthree\x00\x01\x02")
    assert decoded.text is None
    assert decoded.problems == (Problem(3, "error", "binary", "binary file, not Markdown (NUL byte at line 3)"),)


def test_png_is_binary() -> None:
    decoded = decode_note(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert decoded.text is None
    assert [(p.severity, p.kind) for p in decoded.problems] == [("error", "binary")]


def test_mostly_control_bytes_is_binary_even_without_nul() -> None:
    decoded = decode_note(bytes([1, 2, 3, 4, 5, 6, 7, 65, 66, 67]) * 50)
    assert decoded.text is None
    assert decoded.problems[0].kind == "binary"
    assert decoded.problems[0].line == 0


def test_a_few_control_bytes_are_still_text() -> None:
    raw = b"# Log\n" + b"\x1b[31mred\x1b[0m plain text here\n" * 5 + b"page\x0cbreak and a bell\x07\n" + b"words " * 40
    decoded = decode_note(raw)
    assert decoded.text is not None
    assert decoded.problems == ()


def test_nul_in_utf16_text_is_binary() -> None:
    decoded = decode_note(codecs.BOM_UTF16_LE + "ok\nbad\x00".encode("utf-16-le"))
    assert decoded.text is None
    assert decoded.problems == (Problem(2, "error", "binary", "binary file, not Markdown (NUL character at line 2)"),)


def test_invalid_utf8_is_read_as_windows_1252_with_the_line() -> None:
    raw = b"# Notes\r\nplain line\r\nhe said \x93hello\x94 \x96 caf\xe9 \x80 5\xb0C\r\n"
    decoded = decode_note(raw)
    assert decoded.text == "# Notes\nplain line\nhe said \u201chello\u201d \u2013 caf\u00e9 \u20ac 5\u00b0C\n"
    assert decoded.encoding == "cp1252"
    assert decoded.problems == (
        Problem(3, "warning", "encoding", "not valid UTF-8 (first bad byte at line 3); read as Windows-1252"),
    )


def test_bytes_windows_1252_leaves_undefined_fall_back_to_latin1() -> None:
    decoded = decode_note(b"a\x81b\x8dc\x8fd\x90e\x9df\xe9")
    assert decoded.text == "a\x81b\x8dc\x8fd\x90e\x9df\u00e9"


def test_cr_only_file_counts_lines_for_the_bad_byte() -> None:
    decoded = decode_note(b"one\rtwo\rthr\xe9e\r")
    assert decoded.text == "one\ntwo\nthr\u00e9e\n"
    assert decoded.problems[0].line == 3


def test_bom_then_invalid_utf8_falls_back_too() -> None:
    decoded = decode_note(codecs.BOM_UTF8 + b"ok\ncaf\xe9\n")
    assert decoded.text == "ok\ncaf\u00e9\n"
    assert decoded.encoding == "cp1252"
    assert decoded.problems[0].line == 2


def test_records_are_frozen() -> None:
    decoded = decode_note(b"x")
    with pytest.raises(AttributeError):
        decoded.text = "y"  # type: ignore[misc]


# --- repair_mojibake: correct text is never touched -------------------------------------------------------

CORRECT = [
    "café — 5 °C",
    "Straße, Größe, Äpfel, Öl und Übermut: „Grüße“ aus München, ‚einfach‘.",
    "Ça coûte 12 € — très « cher » ; l’été, déjà vu, cœur, «École», naïve façade.",
    "“Über” and “École” and —à and ’é: pairs that would form UTF-8 under Mac Roman.",
    "× ² ³ ½ ‚quote‘ – — … • ± ≤ ≥ ≠ ≈ ∞ √π ∑ ∫ ∂ µ",
    "√π and again √π",
    "é—“quoted”",
    "🟡🔴✅ 日本語 中文 한국어 Ελληνικά λσθ Привет мир שלום",
    "┌──────┐\n│ box  │──→\n└──────┘",
    "plain ASCII only",
]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_is_unchanged(text: str) -> None:
    assert repair_mojibake(text) == (text, None)


def test_correct_fixture_is_unchanged() -> None:
    text = (FIXTURES / "correct_utf8.md").read_text(encoding="utf-8")
    assert repair_mojibake(text) == (text, None)


@pytest.mark.parametrize("path", CORRECT_SEEDS, ids=lambda p: p.name)
def test_correct_seed_files_are_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert repair_mojibake(text) == (text, None)


# --- repair_mojibake: broken text is repaired -------------------------------------------------------------


@pytest.mark.parametrize("codec", ["mac_roman", "cp1252", "latin-1"])
@pytest.mark.parametrize("text", [t for t in CORRECT if not t.isascii()])
def test_generated_mojibake_is_repaired(text: str, codec: str) -> None:
    broken = mojibake(text, codec)
    assert broken != text
    assert repair_mojibake(broken) == (text, codec)


@pytest.mark.parametrize("codec", ["mac_roman", "cp1252", "latin-1"])
def test_fixture_mojibake_is_repaired(codec: str) -> None:
    text = (FIXTURES / "correct_utf8.md").read_text(encoding="utf-8")
    assert repair_mojibake(mojibake(text, codec)) == (text, codec)


def test_specific_mac_roman_sequences() -> None:
    text, codec = repair_mojibake("A ‚Üí B, \uf8ffüü° medium, Œª = 0.1, x¬≤, ‚àö2, ‚úÖ done")
    assert (text, codec) == ("A → B, 🟡 medium, λ = 0.1, x², √2, ✅ done", "mac_roman")


def test_mixed_file_repairs_only_the_broken_runs() -> None:
    correct = "Café — 5 °C, l’été, «École», „Grüße“. "
    broken = mojibake("Arrow → and 🟡 and λ", "mac_roman")
    text, codec = repair_mojibake(correct + broken + " " + correct)
    assert text == correct + "Arrow → and 🟡 and λ " + correct
    assert codec == "mac_roman"


def test_mixed_cp1252_file_keeps_correct_accents() -> None:
    text, codec = repair_mojibake("déjà vu — " + mojibake("naïve → café", "cp1252"))
    assert (text, codec) == ("déjà vu — naïve → café", "cp1252")


def test_one_lone_two_byte_run_is_not_enough_evidence() -> None:
    broken = mojibake("café", "cp1252")
    assert repair_mojibake(broken) == (broken, None)


def test_decomposed_accents_are_repaired_after_a_letter() -> None:
    nfd = "Cafe\u0301 and re\u0301sume\u0301 → here"
    assert repair_mojibake(mojibake(nfd, "mac_roman")) == (nfd, "mac_roman")


def test_lone_cjk_letter_is_repaired_from_mac_roman_only() -> None:
    assert repair_mojibake(mojibake("5日 → ok", "mac_roman")) == ("5日 → ok", "mac_roman")
    # Under Windows-1252 a lone CJK letter looks like correct text such as `é—“` and stays broken.
    text, codec = repair_mojibake(mojibake("5日 → ok", "cp1252"))
    assert (text, codec) == ("5" + mojibake("日", "cp1252") + " → ok", "cp1252")


def test_the_real_mac_roman_seed_is_repaired() -> None:
    original = MOJIBAKE_SEED.read_text(encoding="utf-8")
    text, codec = repair_mojibake(original)
    assert codec == "mac_roman"
    for broken in ("‚Üí", "\uf8ff", "Œª", "¬≤", "‚úÖ"):
        assert broken in original
        assert broken not in text
    for repaired in ("→", "🟡", "🔴", "🟢", "λ", "²", "✅", "❌", "√", "∞"):
        assert repaired in text
    # Only the broken runs changed: the ASCII skeleton is identical.
    assert [line for line in text.splitlines() if line.isascii()] == [line for line in original.splitlines() if line.isascii()]
    assert len(text.splitlines()) == len(original.splitlines())
    # Repairing twice changes nothing more.
    assert repair_mojibake(text) == (text, None)


# Lone CJK letters are left out: only Mac Roman repairs them alone (see test_lone_cjk_letter).
REPAIRABLE = st.sampled_from(list("éüößàçÉÜ°²λσπ→←✅❌🟡🔴🧠€—“”’…•√∞≤≥"))
ASCII_WORD = st.text(alphabet="abcdefghij XYZ.,;:()#-*|0123456789\n", min_size=1, max_size=12)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.tuples(ASCII_WORD, st.lists(REPAIRABLE, min_size=1, max_size=3)), min_size=1, max_size=12),
    strong=st.sampled_from(["→", "🟡", "✅", "日本"]),
    codec=st.sampled_from(["mac_roman", "cp1252", "latin-1"]),
)
def test_mojibake_round_trip(pieces: list[tuple[str, list[str]]], strong: str, codec: str) -> None:
    text = strong + " " + "".join(word + "".join(chars) for word, chars in pieces)
    assert repair_mojibake(mojibake(text, codec)) == (text, codec)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\r.\x7f\x80\xa0\xffµé€日ß\U0001d11e\ud800\udfff")), max_size=16))
def test_the_non_ascii_pair_check_follows_its_definition(text: str) -> None:
    """The byte-table check that gates the mojibake repair finds two non-ASCII characters side by side
    exactly where a regular expression does (one, two and four byte characters, lone surrogates)."""
    import re

    from ankibuild.encoding import _has_non_ascii_pair

    assert _has_non_ascii_pair(text) == (re.search(r"[^\x00-\x7f]{2}", text) is not None)
