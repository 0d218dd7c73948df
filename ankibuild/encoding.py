"""Turning a note's bytes into text: picking the encoding, refusing binaries, repairing mojibake.

Pure functions of bytes and strings; `sources.py` does the reading and turns `Problem`s into diagnostics.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .records import Severity

SNIFF_BYTES = 8 * 1024
"""How much of the start of a file is inspected to decide that it is binary."""

CONTROL_SHARE = 0.10
"""A sample in which more than this share of bytes are control bytes (other than tab, newlines, form feed,
escape) is binary: real notes contain almost none."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a file's bytes, found while decoding it."""

    line: int
    """1-based line of the problem; 0 when the whole file is meant."""
    severity: Severity
    """`error` when the file cannot be used, else `warning` or `info`."""
    kind: str
    """A short stable name: `binary` or `encoding`."""
    message: str
    """What happened, for a person."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, or None when the file is not text at all."""

    text: str | None
    """The text with newlines normalised to \\n and any BOM removed; None when the file cannot be used."""
    encoding: str
    """The Python codec name the text was decoded with (`utf-8`, `utf-8-sig`, `utf-16-le`, `cp1252`, …)."""
    problems: tuple[Problem, ...]
    """What went wrong, in file order."""


def decode_note(raw: bytes) -> Decoded:
    """Decode a note: UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252 with a warning.

    A binary file gives text None and one `binary` error. An empty file gives "" and no problem:
    the caller reports empty documents.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            if encoding == "utf-8-sig":
                return _decode_utf8(raw[len(bom) :], encoding)
            return _decode_wide(raw[len(bom) :], encoding)
    return _decode_utf8(raw, "utf-8")


def _decode_utf8(raw: bytes, encoding: str) -> Decoded:
    binary = _binary_problem(raw)
    if binary is not None:
        return Decoded(None, "binary", (binary,))
    try:
        return Decoded(_normalise_newlines(raw.decode("utf-8")), encoding, ())
    except UnicodeDecodeError as exc:
        line = _line_of(raw, exc.start)
        problem = Problem(line, "warning", "encoding", f"not valid UTF-8 (first bad byte at line {line}); read as Windows-1252")
        # Latin-1 maps every byte, then the table turns 0x80–0x9F into Windows-1252's characters; the five
        # bytes Windows-1252 leaves undefined stay Latin-1 instead of failing.
        return Decoded(_normalise_newlines(raw.decode("latin-1").translate(_cp1252_table())), "cp1252", (problem,))


def _decode_wide(body: bytes, encoding: str) -> Decoded:
    """UTF-16 or UTF-32 announced by a BOM (their NUL bytes are normal, so binary means a NUL character)."""
    problems: list[Problem] = []
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        text = body.decode(encoding, errors="replace")
        line = _normalise_newlines(body[: exc.start].decode(encoding, errors="replace")).count("\n") + 1
        label = encoding.upper()
        problems.append(
            Problem(
                line, "warning", "encoding", f"not valid {label} (first bad bytes at line {line}); they were replaced with \ufffd"
            )
        )
    text = _normalise_newlines(text)
    nul = text.find("\0", 0, SNIFF_BYTES)
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        return Decoded(
            None, "binary", (Problem(line, "error", "binary", f"binary file, not Markdown (NUL character at line {line})"),)
        )
    return Decoded(text, encoding, tuple(problems))


def _binary_problem(raw: bytes) -> Problem | None:
    sample = raw[:SNIFF_BYTES]
    nul = sample.find(b"\0")
    if nul >= 0:
        line = _line_of(raw, nul)
        return Problem(line, "error", "binary", f"binary file, not Markdown (NUL byte at line {line})")
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls > CONTROL_SHARE * len(sample):
            return Problem(
                0, "error", "binary", f"binary file, not Markdown ({controls} control bytes in the first {len(sample)})"
            )
    return None


def _line_of(raw: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting CRLF, CR and LF as one line break each."""
    head = raw[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _normalise_newlines(text: str) -> str:
    # one scan for a CR (most files hold none) rather than one per replacement
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


@cache
def _cp1252_table() -> dict[int, str]:
    """Latin-1 → Windows-1252 translation; the five bytes Windows-1252 leaves undefined stay Latin-1."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


# --- mojibake -------------------------------------------------------------------------------------------

_BYTE_CLASSES = bytes(b"a"[0] if b < 0x80 else b"c"[0] if b < 0xC0 else b"l"[0] for b in range(256))
"""UTF-8 bytes by kind: `a` an ASCII character, `c` a continuation byte, `l` the lead byte of a longer one."""


def _has_non_ascii_pair(text: str) -> bool:
    """Whether two non-ASCII characters stand side by side in TEXT.

    In UTF-8 a non-ASCII character ends with a continuation byte and starts with a lead byte, and a
    continuation byte is always part of one: such a pair is exactly a continuation byte followed by a lead
    byte. Encoding and a byte table are C loops over the text, some times faster than a regular expression
    trying a character class at every position (this runs for every file holding non-ASCII text)."""
    return b"cl" in text.encode("utf-8", "surrogatepass").translate(_BYTE_CLASSES)

MOJIBAKE_CODECS = ("mac_roman", "cp1252", "latin-1")
"""The wrong codecs UTF-8 is commonly read with, in order of preference when two explain a file equally."""


@dataclass(frozen=True, slots=True)
class _Codec:
    name: str
    runs: re.Pattern[str]
    """Maximal runs of characters this codec produces from bytes 0x80–0xFF (what mojibake is made of)."""
    encode: dict[int, int]
    """Character → byte, for the characters of `runs`."""


@cache
def _codec(name: str) -> _Codec:
    chars: dict[int, int] = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode(name)
        except UnicodeDecodeError:
            # Windows-1252 leaves five bytes undefined; tools that produce its mojibake pass them as Latin-1.
            char = chr(byte)
        chars[ord(char)] = byte
    char_class = "".join(re.escape(chr(c)) for c in sorted(chars))
    return _Codec(name, re.compile(f"[{char_class}]+"), chars)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Repair UTF-8 that was decoded as Mac Roman, Windows-1252 or Latin-1.

    Returns (repaired text, name of the wrong codec) or (text unchanged, None). Each maximal run of
    characters the wrong codec can produce is repaired on its own, and only when its bytes under that codec
    are valid UTF-8 giving plausible characters, so correct text mixed with broken text is left alone.

    A file is repaired only on strong evidence: a run that decodes to a character of three or more UTF-8
    bytes (arrows, emoji, CJK…) or to several characters; or, for text whose mojibake holds only lone
    two-byte characters (`GrÃ¶ÃŸe`), at least two different such runs and no run the codec cannot explain (correct
    accented text always has some). A lone coincidence such as `√π` in correct text never triggers a
    repair. The codec with most strong runs, then most explained runs, is used for the whole file.
    """
    # Mojibake of a UTF-8 character is at least two non-ASCII characters in a row.
    if text.isascii() or not _has_non_ascii_pair(text):
        return text, None
    best: tuple[int, int, int] | None = None
    chosen: _Repairer | None = None
    for name in MOJIBAKE_CODECS:
        repairer = _Repairer(_codec(name), text)
        strong = explained = unexplained = 0
        distinct: set[str] = set()
        for match in repairer.codec.runs.finditer(text):
            fixed = repairer.fix(match)
            if fixed is None:
                unexplained += 1
            else:
                explained += 1
                distinct.add(fixed)
                strong += len(fixed) > 1 or ord(fixed) >= 0x800
        if not strong and (len(distinct) < 2 or unexplained):
            continue
        score = (strong, explained, -unexplained)
        if best is None or score > best:
            best, chosen = score, repairer
    if chosen is None:
        return text, None
    repaired = chosen.codec.runs.sub(lambda m: chosen.fix(m) or m.group(), text)
    return (repaired, chosen.codec.name) if repaired != text else (text, None)


class _Repairer:
    """Repairs runs of one codec's characters in one text, remembering each distinct run's answer."""

    __slots__ = ("codec", "text", "_answers")

    def __init__(self, codec: _Codec, text: str) -> None:
        self.codec = codec
        self.text = text
        self._answers: dict[tuple[str, bool], str | None] = {}

    def fix(self, match: re.Match[str]) -> str | None:
        start = match.start()
        # The only context a repair looks at: whether the run follows an ASCII letter (see _plausible_alone).
        after_letter = start > 0 and self.text[start - 1].isascii() and self.text[start - 1].isalpha()
        key = (match.group(), after_letter)
        if key not in self._answers:
            self._answers[key] = _repair_run(key[0], self.codec, after_letter)
        return self._answers[key]


def _repair_run(run: str, codec: _Codec, after_letter: bool) -> str | None:
    """The UTF-8 text a run of mojibake stands for, or None when the run is more likely correct text."""
    try:
        fixed = run.translate(codec.encode).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if any(unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") for c in fixed):
        return None
    if len(fixed) == 1 and not _plausible_alone(fixed, after_letter, codec.name):
        return None
    return fixed


def _plausible_alone(char: str, after_letter: bool, codec: str) -> bool:
    """Whether one character standing among correct text is a believable repair.

    Two wrong-codec characters side by side in correct text (`’é`, `“É`, `—à`) often form valid UTF-8 for a
    letter of some other script; mojibake of such scripts comes in whole words, so a lone letter of them is
    rejected. Symbols, punctuation, digits, Latin and Greek letters (λ, σ) are accepted alone. A lone CJK
    or other letter of three bytes is accepted only from Mac Roman: under Windows-1252 its mojibake looks
    like an accented letter and two punctuation marks (`é—“` would become 闓), which correct text has.
    """
    code = ord(char)
    if 0xA0 <= code <= 0x17F or 0x370 <= code <= 0x3FF:
        return True
    if 0x300 <= code <= 0x36F:
        # A combining accent from decomposed (NFD) text only makes sense after a letter.
        return after_letter
    if code < 0x800:
        return False
    return unicodedata.category(char)[0] in "SPNZ" or (codec == "mac_roman" and unicodedata.category(char)[0] == "L")
