"""Small helpers shared by the tests: build a document from text, extract cards from it."""

from __future__ import annotations

from pathlib import Path

from ankibuild.extract import Extraction, extract_cards
from ankibuild.process import parse_document
from ankibuild.records import Diagnostic, SourceFile

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"


def extract_text(text: str, path: str = "notes.md") -> tuple[Extraction, list[Diagnostic]]:
    """Parse and extract one in-memory document."""
    diagnostics: list[Diagnostic] = []
    doc = parse_document(SourceFile(path, None, text, "0"), diagnostics)
    extraction = extract_cards(doc)
    return extraction, diagnostics + list(extraction.diagnostics)


def cards_and_unanswered(text: str) -> tuple[list[tuple[int, str, str, str]], list[tuple[int, str]]]:
    """The cards extracted from TEXT as (line, rule, question, answer), and its unanswered questions as
    (line, message)."""
    extraction, diagnostics = extract_text(text)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"]


def drafted_cards(text: str) -> list[tuple[str, str, str]]:
    """The (convention, question, answer) of each card extraction drafts from TEXT."""
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer) for d in extraction.drafts]


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create files under root (text or bytes) and return root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def extract_only(text: str, rule: str, name: str = "notes.md") -> Extraction:
    """Run one extraction rule (and the skip rule) over an in-memory document."""
    from ankibuild.extract import extract_cards as run_rules

    doc = parse_document(SourceFile(name, None, text, "0"), [])
    return run_rules(doc, enabled=(rule,))


def golden(extraction: Extraction) -> dict[str, object]:
    """The golden-file form of an extraction: its cards and its unanswered questions."""
    return {
        "cards": [
            {"line": d.loc.line, "question": d.question, "answer": d.answer, "tags": list(d.tags), "note_type": d.note_type}
            for d in extraction.drafts
        ],
        "unanswered": [f"{d.loc.line}: {d.message}" for d in extraction.diagnostics if d.kind == "unanswered"],
    }


def convention_golden(markdown: Path, convention: str) -> dict[str, list[object]]:
    """A fixture's outcome in the shape of its golden file: the CONVENTION's cards in full, every `unanswered`
    report, and the cards other rules made (line, convention, question)."""
    extraction, diagnostics = extract_text(markdown.read_text(encoding="utf-8"))
    cards: list[object] = [
        {
            "line": d.loc.line,
            "question": d.question,
            "answer": d.answer,
            "tags": list(d.tags),
            "context": list(d.context),
            "prose": d.answer_is_prose,
        }
        for d in extraction.drafts
        if d.convention == convention
    ]
    unanswered: list[object] = [[d.loc.line, d.message] for d in diagnostics if d.kind == "unanswered"]
    others: list[object] = [[d.loc.line, d.convention, d.question] for d in extraction.drafts if d.convention != convention]
    return {"cards": cards, "unanswered": unanswered, "other_cards": others}


def fixture_outcome(text: str) -> dict[str, list[list[object]]]:
    """The cards (line, rule, question, answer) and the `unanswered` reports (line, message) the whole chain
    makes of a note: what the JSON beside a line-pair or label-pair fixture holds."""
    extraction, diagnostics = extract_text(text)
    return {
        "cards": [[d.loc.line, d.convention, d.question, d.answer] for d in extraction.drafts],
        "unanswered": [[d.loc.line, d.message] for d in diagnostics if d.kind == "unanswered"],
    }
