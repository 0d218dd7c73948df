"""TIL and log headings: the date an entry was written is no part of its question."""

from __future__ import annotations

from ankibuild.extract.questions import clean_question
from tests.helpers import cards_and_unanswered

TIL = """\
# Rust — today I learned

## 2025-04-01 — Why can't I move out of a borrowed `Vec`?

Moving would leave the owner with a hole; use `std::mem::take` or clone.

## 2025-04-09 — `String` vs `&str`

One owns its heap buffer, the other borrows a slice of UTF-8 bytes.

## 2025-05-02 — Cargo workspaces

Several crates sharing one `Cargo.lock` and target directory.

## 2025/05/20: How does `?` convert errors?

<!-- look at the From impls first -->

TODO
"""


def test_the_date_stamp_leaves_the_front() -> None:
    cards, unanswered = cards_and_unanswered(TIL)
    fronts = [q for _, _, q, _ in cards]
    assert "Why can't I move out of a borrowed `Vec`?" in fronts
    assert "`String` vs `&str`" in fronts
    assert not any(q[:1].isdigit() for q in fronts)
    assert [message for _, message in unanswered] == ["How does `?` convert errors? (placeholder)"]


def test_only_a_leading_date_with_a_separator_is_a_stamp() -> None:
    assert clean_question("2024-11-19 — is vs ==")[0] == "is vs =="
    assert clean_question("2024-11-19: What changed?")[0] == "What changed?"
    assert clean_question("2024-11-19 release notes")[0] == "2024-11-19 release notes"
    assert clean_question("1914-06-28")[0] == "1914-06-28"
