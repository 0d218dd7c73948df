"""Identity planning fixes: explicit ids added or removed keep the note, large renames stay near-linear,
and the deck-moved hint searches exactly one deck."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import ankibuild.plan as plan
from ankibuild.build import run_build
from ankibuild.config import load_config
from ankibuild.ids import identity_key
from ankibuild.lock import LockEntry
from ankibuild.plan import deck_only_search, plan_notes, similarity, sketch_of
from ankibuild.records import BuildReport, Card, Loc
from tests.helpers import write_tree

EPOCH = 1_700_000_000


def build(source: Path, epoch: int) -> BuildReport:
    report = run_build(load_config(source, source.parent / "out", timestamp=float(epoch)))
    assert not report.errors, report.errors
    return report


def guids(report: BuildReport) -> dict[str, str]:
    """GUID by question of the live (not removed) notes."""
    return {c.question_text: c.guid for c in report.cards if c.convention != "removed"}


def make_card(question: str, answer: str, path: str = "a.md", deck: str = "Root", key: str | None = None) -> Card:
    return Card(
        loc=Loc(path, 1),
        deck=deck,
        note_type="basic",
        convention="headings",
        question_text=question,
        question_html=question,
        answer_html=f"<p>{answer}</p>",
        context="",
        tags=(),
        guid="",
        key=key or identity_key(path, question),
    )


def entry_for(card: Card, guid: str, question: str | None = None) -> LockEntry:
    return LockEntry(card.key, guid, EPOCH, "old-content", "active", card.deck, sketch_of(card), card.question_text if question is None else question)


# 1. Explicit ids --------------------------------------------------------------------------------------

TWO = "# Notes\n\n## What is bias?\nSystematic error of an estimator.\n\n## What is variance?\nSpread of an estimator around its mean.\n"


@pytest.mark.parametrize(
    "pinned",
    [
        TWO.replace("## What is bias?", "## What is bias? <!-- id: bias-1 -->"),
        TWO.replace("## What is bias?\n", "## What is bias?\n<!-- id: bias-1 -->\n"),
    ],
    ids=["same-line", "next-line"],
)
def test_adding_then_removing_an_explicit_id_keeps_the_note(tmp_path: Path, pinned: str) -> None:
    source = write_tree(tmp_path, {"source/a.md": TWO}) / "source"
    first = guids(build(source, EPOCH))
    (source / "a.md").write_text(pinned)
    report = build(source, EPOCH + 10)
    assert next(c.key for c in report.cards if c.question_text == "What is bias?") == "id:bias-1"
    assert guids(report) == first
    assert (report.changes["added"], report.changes["removed"]) == (0, 0)
    (source / "a.md").write_text(TWO)  # and take the id away again
    report = build(source, EPOCH + 20)
    assert guids(report) == first
    assert (report.changes["added"], report.changes["removed"]) == (0, 0)


def test_explicit_id_added_while_moving_to_another_file_keeps_the_note(tmp_path: Path) -> None:
    source = write_tree(tmp_path, {"source/a.md": TWO, "source/b.md": "# B\n\n## What is a prior?\nBelief before data.\n"}) / "source"
    first = guids(build(source, EPOCH))
    (source / "a.md").write_text(TWO.replace("## What is bias?\nSystematic error of an estimator.\n\n", ""))
    (source / "b.md").write_text("# B\n\n## What is a prior?\nBelief before data.\n\n## What is bias? <!-- id: b -->\nSystematic error of an estimator.\n")
    report = build(source, EPOCH + 10)
    assert guids(report) == first


def test_similarity_reads_the_question_and_document_of_an_explicit_id_card() -> None:
    pinned = make_card("What is bias?", "Systematic error.", path="a.md", key="id:foo")
    here = entry_for(make_card("What is bias?", "Systematic error.", path="a.md"), "g1")
    elsewhere = entry_for(make_card("What is bias?", "Systematic error.", path="b.md"), "g2")
    assert similarity(pinned, sketch_of(pinned), here) == 1.0
    # The document comes from the card's place, not from its `id:` key: the same question in another
    # file scores lower (a question match alone, across files).
    assert similarity(pinned, "", elsewhere) == pytest.approx(0.95)
    assert similarity(pinned, "", here) == 1.0


def test_similarity_of_an_old_lock_entry_without_question_uses_its_key() -> None:
    card = make_card("What is BIAS??", "Something unrelated.", path="a.md", key="id:foo")
    old = LockEntry("a.md::what is bias", "g", EPOCH, "c", "active", "Root", "", "")
    assert similarity(card, sketch_of(card), old) == 1.0
    pinned_old = LockEntry("id:bar", "g", EPOCH, "c", "active", "Root", "", "")
    assert similarity(card, sketch_of(card), pinned_old) == 0.0  # nothing known of its question


def test_removing_an_explicit_id_keeps_the_note_at_plan_level() -> None:
    before = make_card("What is bias?", "Systematic error.", key="id:foo")
    after = make_card("What is bias?", "Systematic error.")
    result = plan_notes([after], {"g1": entry_for(before, "g1")}, "Root", EPOCH + 1)
    assert [n.card.guid for n in result.notes] == ["g1"]
    assert result.changes["removed"] == 0


# 2. Near-linear pairing -------------------------------------------------------------------------------


def term(i: int) -> str:
    """A made-up word, different for every i (a base-20/base-5 spelling of an odd multiple)."""
    n, out = i * 7919 + 12345, ""
    for _ in range(6):
        out += "bcdfghjklmnpqrstvwxz"[n % 20] + "aeiou"[(n // 20) % 5]
        n //= 100
    return out


def big_file(count: int, reworded: set[int]) -> str:
    def question(i: int) -> str:
        return f"What exactly is the role of {term(i)} in topic {i % 40}?" if i in reworded else f"What is the role of {term(i)} in topic {i % 40}?"

    return "# Big\n\n" + "".join(f"## {question(i)}\n\nIt binds {term(i)} to layer {i % 97} of stack {i % 13}.\n\n" for i in range(count))


def count_similarity(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = plan.similarity

    def counted(card: Card, answer: str, entry: LockEntry) -> float:
        calls[0] += 1
        return real(card, answer, entry)

    monkeypatch.setattr(plan, "similarity", counted)
    return calls


@pytest.mark.parametrize("reword_every", [0, 10], ids=["rename", "rename-and-reword"])
def test_renaming_a_file_of_3000_questions_keeps_every_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reword_every: int) -> None:
    count = 3000
    source = write_tree(tmp_path, {"source/big.md": big_file(count, set())}) / "source"
    first = build(source, EPOCH)
    by_answer = {c.answer_html: c.guid for c in first.cards}
    assert len(by_answer) == count
    reworded = set(range(0, count, reword_every)) if reword_every else set()
    (source / "big.md").unlink()
    (source / "renamed.md").write_text(big_file(count, reworded))
    calls = count_similarity(monkeypatch)
    report = build(source, EPOCH + 10)
    assert {c.answer_html: c.guid for c in report.cards} == by_answer  # every note kept, none removed
    assert report.changes["added"] == report.changes["removed"] == 0
    # Scoring every fresh card against every vanished entry would be len(reworded) ** 2 calls (90,000).
    assert calls[0] <= 8 * count


def test_pairing_thousands_of_reworded_questions_scores_few_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 3000
    old = [make_card(f"What is the role of {term(i)} in topic {i % 40}?", f"It binds {term(i)} to layer {i % 97}.", path="old.md") for i in range(count)]
    new = [make_card(f"What exactly is the role of {term(i)} in topic {i % 40}?", f"It binds {term(i)} to layer {i % 97}.", path="new.md") for i in range(count)]
    lock = {f"g{i}": entry_for(card, f"g{i}") for i, card in enumerate(old)}
    calls = count_similarity(monkeypatch)
    result = plan_notes(new, lock, "Root", EPOCH + 1)
    assert [n.card.guid for n in result.notes] == [f"g{i}" for i in range(count)]
    assert calls[0] <= 8 * count  # all pairs would be 9,000,000


def test_equal_questions_that_are_not_unique_are_paired_by_their_answers(tmp_path: Path) -> None:
    a = "# A\n\n## What is the kernel?\nThe core of an operating system, managing memory and processes.\n"
    b = "# B\n\n## What is the kernel?\nThe null space of a linear map: vectors sent to zero.\n"
    source = write_tree(tmp_path, {"source/a.md": a, "source/b.md": b}) / "source"
    first = {c.answer_html: c.guid for c in build(source, EPOCH).cards}
    (source / "a.md").rename(source / "os.md")
    (source / "b.md").rename(source / "algebra.md")
    report = build(source, EPOCH + 10)
    assert {c.answer_html: c.guid for c in report.cards} == first


def test_a_unique_equal_question_wins_over_a_near_tie() -> None:
    # Before the exact pass, the near-identical second question made this an ambiguous match.
    long = "Explain the difference between the bias of an estimator and its variance in detail please"
    near = long.replace("please", "plz")
    old = [make_card(long, "Answer one about estimators."), make_card(near, "A different answer entirely.")]
    lock = {"g1": entry_for(old[0], "g1"), "g2": entry_for(old[1], "g2")}
    moved = make_card(long, "Unrelated words now.", path="b.md")
    result = plan_notes([moved], lock, "Root", EPOCH + 1)
    assert result.notes[0].card.guid == "g1"
    assert not [d for d in result.diagnostics if d.kind == "identity"]


# 3. Deck-moved search ---------------------------------------------------------------------------------


def moved_message(old_deck: str, new_deck: str) -> str:
    card = make_card("What is bias?", "Systematic error.", deck=new_deck)
    old = replace(entry_for(card, "g1"), deck=old_deck)
    result = plan_notes([card], {"g1": old}, "Root", EPOCH + 1)
    (warning,) = [d for d in result.diagnostics if d.kind == "deck-moved"]
    return warning.message


def test_deck_moved_search_excludes_subdecks() -> None:
    message = moved_message("Root::Old", "Root::New")
    assert '"deck:Root::Old" -"deck:Root::Old::*"' in message
    assert "'Root::New'" in message


@pytest.mark.parametrize(
    ("deck", "search"),
    [
        ("Root::A_b", r'"deck:Root::A\_b" -"deck:Root::A\_b::*"'),
        ("Root::C*", r'"deck:Root::C\*" -"deck:Root::C\*::*"'),
        ('Root::Say "hi"', r'"deck:Root::Say \"hi\"" -"deck:Root::Say \"hi\"::*"'),
        ("Root::Back\\slash", r'"deck:Root::Back\\slash" -"deck:Root::Back\\slash::*"'),
        ("Root::Ratio: odds", r'"deck:Root::Ratio: odds" -"deck:Root::Ratio: odds::*"'),
    ],
)
def test_deck_moved_search_escapes_wildcards_and_quotes(deck: str, search: str) -> None:
    assert deck_only_search(deck) == search
    assert search in moved_message(deck, "Root::New")


@pytest.mark.anki
def test_deck_only_search_finds_exactly_that_deck_in_anki(tmp_path: Path) -> None:
    from tests.anki_support import fresh_collection

    names = ["Old", "Old::Sub", "Olde", "A_b", "Axb", "A*b", "Azzb", 'Say "hi"', "Back\\slash", "Ratio: odds", "Ratio: odds::X"]
    with fresh_collection(tmp_path / "col") as col:
        model = col.models.by_name("Basic")
        assert model is not None
        for name in names:
            note = col.new_note(model)
            note["Front"] = name
            col.add_note(note, col.decks.id(name))
        for name in names:
            found = {col.get_card(cid).note()["Front"] for cid in col.find_cards(deck_only_search(name))}
            assert found == {name}, (name, deck_only_search(name))


# 4. Rebuilds ------------------------------------------------------------------------------------------


def test_an_unchanged_note_keeps_its_entry_and_a_changed_one_gets_a_new_entry() -> None:
    """A rebuild reuses the lockfile entry of a note that did not change (the entry it would make is equal
    field by field), and makes a new one for a note whose content or question text changed."""
    same, edited, reworded = make_card("What is bias?", "Error."), make_card("What is variance?", "Spread."), make_card("What is a mean?", "Average.")
    lock = {}
    for guid, card in (("g1", same), ("g2", edited), ("g3", reworded)):
        card = replace(card, guid=guid, content=f"content-{guid}")
        lock[guid] = replace(entry_for(card, guid), content=card.content)
    now = [
        replace(same, guid="g1", content="content-g1"),
        replace(edited, guid="g2", content="changed"),
        replace(reworded, guid="g3", content="content-g3", question_text="What is a MEAN?"),
    ]
    result = plan_notes(now, lock, "Root", EPOCH + 1)
    assert result.lock["g1"] is lock["g1"]
    assert result.lock["g2"] == replace(lock["g2"], content="changed", mod=EPOCH + 1)
    assert result.lock["g3"] == replace(lock["g3"], question="What is a MEAN?")
    assert result.changes["unchanged"] == 2 and result.changes["updated"] == 1


def test_two_entries_with_one_key_are_still_reported_among_many() -> None:
    cards = [replace(make_card(f"What is thing {n}?", "It."), guid=f"g{n}") for n in range(50)]
    lock = {c.guid: entry_for(c, c.guid) for c in cards}
    lock["twin"] = replace(lock["g7"], guid="twin", mod=EPOCH - 5)
    result = plan_notes(cards, lock, "Root", EPOCH + 1)
    (warning,) = [d for d in result.diagnostics if d.kind == "identity"]
    assert "note g7 keeps it" in warning.message and "twin is sent" in warning.message
    assert result.lock["twin"].state == "removed"
