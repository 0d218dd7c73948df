"""Planning: give every card its lasting identity and `mod`, using the lockfile.

A card whose identity key is in the lockfile keeps the GUID recorded there. Cards with a new key and
lockfile notes whose key vanished are paired by similarity of question and answer (a reworded question, a
section moved to another file, a renamed file); the best pair above the threshold wins, a near tie makes a
new note and a warning. Notes left unpaired are removed: emitted once more with the tag
`ankibuild::removed` so the user can find them in Anki. The new lockfile records every decision, so the next
build is exact.
"""

from __future__ import annotations

import difflib
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .ids import note_guid
from .lock import LockEntry, content_hash
from .records import Card, Diagnostic, Loc

REMOVED_TAG = "ankibuild::removed"
_TAG = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"\w+")
SKETCH = 8
MATCH_THRESHOLD = 0.72
"""Similarity a new card needs to inherit a vanished note's identity."""
TIE_MARGIN = 0.04
"""Two candidates closer than this are ambiguous: the card becomes a new note and the user is warned."""


@dataclass(frozen=True, slots=True)
class PlannedNote:
    """A card with its final GUID and `mod`."""

    card: Card
    """The content."""
    mod: int
    """When its content last changed."""


@dataclass(frozen=True, slots=True)
class DeckPlan:
    """What to package and what to remember."""

    notes: tuple[PlannedNote, ...]
    """Every note of the package, removed ones included."""
    lock: dict[str, LockEntry]
    """The lockfile to write after the package."""
    changes: dict[str, int]
    """added / updated / unchanged / removed / moved counts."""
    diagnostics: tuple[Diagnostic, ...]
    """Moves Anki will not follow, ambiguous matches."""


def answer_print(text: str) -> str:
    """A bottom-k MinHash sketch of the answer's word pairs (8 hex words): answers sharing most of their
    wording share most of their sketch. Small enough for the lockfile, cheap to compute (crc32 is C)."""
    words = _WORDS.findall(text.casefold())
    shingles = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} or set(words)
    values = sorted({zlib.crc32(s.encode()) for s in shingles})[:SKETCH]
    return ".".join(f"{v:08x}" for v in values)


def answer_similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two answers from their sketches (0 when either is empty)."""
    left = {int(v, 16) for v in a.split(".") if v}
    right = {int(v, 16) for v in b.split(".") if v}
    if not left or not right:
        return 0.0
    union = sorted(left | right)[:SKETCH]
    return sum(1 for v in union if v in left and v in right) / len(union)


def similarity(card: Card, answer: str, entry: LockEntry) -> float:
    """How likely a card is the same note as a lockfile entry, from 0 to 1."""
    question = difflib.SequenceMatcher(None, _question_of(card.key), _question_of(entry.key)).ratio()
    same_file = _doc_of(card.key) == _doc_of(entry.key)
    answer_score = answer_similarity(answer, entry.answer)
    return max(question * (1.0 if same_file else 0.95), 0.55 * question + 0.45 * answer_score)


def plan_notes(cards: Sequence[Card], lock: Mapping[str, LockEntry], root: str, now: int) -> DeckPlan:
    """Resolve identities against the lockfile and stamp each note's `mod`."""
    # Removed entries count too: a question put back gets its old note (and history) back.
    by_key = {e.key: e for e in lock.values() if e.state == "removed"}
    by_key.update({e.key: e for e in lock.values() if e.state == "active"})
    diagnostics: list[Diagnostic] = []
    resolved: dict[str, str] = {}  # card key -> guid
    fresh = [c for c in cards if c.key not in by_key]
    current_keys = {c.key for c in cards}
    vanished = [e for e in by_key.values() if e.key not in current_keys]
    prints = {c.key: c.sketch or sketch_of(c) for c in fresh}
    for card, entry in _pair(fresh, vanished, prints, diagnostics):
        resolved[card.key] = entry.guid
    for card in cards:
        if card.key in by_key:
            resolved[card.key] = by_key[card.key].guid
    used = set(resolved.values()) | {e.guid for e in lock.values()}
    for card in cards:
        if card.key not in resolved:
            resolved[card.key] = _free_guid(root, card.key, used)
            used.add(resolved[card.key])

    notes: list[PlannedNote] = []
    entries: dict[str, LockEntry] = {}
    changes = {"added": 0, "updated": 0, "unchanged": 0, "removed": 0, "moved": 0}
    old_by_guid = dict(lock)
    moves: dict[tuple[str, str], int] = {}
    for card in cards:
        guid = resolved[card.key]
        card = card if card.guid == guid else replace(card, guid=guid)
        content = card.content or content_of(card)
        old = old_by_guid.get(guid)
        if old is None:
            mod, change = now, "added"
        elif old.content == content and old.state == "active":
            mod, change = old.mod, "unchanged"
        else:
            mod, change = max(now, old.mod + 1), "updated"
        if old is not None and old.deck and old.deck != card.deck:
            changes["moved"] += 1
            moves[(old.deck, card.deck)] = moves.get((old.deck, card.deck), 0) + 1
        changes[change] += 1
        notes.append(PlannedNote(card, mod))
        # The answer's sketch only changes with the content: reuse the recorded one when nothing changed.
        sketch = old.answer if change == "unchanged" and old is not None and old.answer else prints.get(card.key) or card.sketch or sketch_of(card)
        entries[guid] = LockEntry(card.key, guid, mod, content, "active", card.deck, sketch, card.question_text)
    for guid, old in lock.items():
        if guid in entries:
            continue
        if old.state == "active":
            changes["removed"] += 1
            mod = max(now, old.mod + 1)
            notes.append(PlannedNote(_removed_card(old, root), mod))
            entries[guid] = replace(old, state="removed", mod=mod)
        else:
            entries[guid] = old
    for (old_deck, new_deck), count in sorted(moves.items()):
        diagnostics.append(
            Diagnostic(
                Loc(new_deck),
                "warning",
                "deck-moved",
                f"{count} note(s) moved from deck {old_deck!r}; Anki keeps existing cards in their old deck. "
                f'In the Browser search  "deck:{old_deck}"  then Cards → Change Deck to {new_deck!r}',
            )
        )
    return DeckPlan(tuple(notes), entries, changes, tuple(diagnostics))


def _pair(fresh: Sequence[Card], vanished: Sequence[LockEntry], prints: Mapping[str, str], diagnostics: list[Diagnostic]) -> list[tuple[Card, LockEntry]]:
    if not fresh or not vanished:
        return []
    scored: list[tuple[float, int, int]] = []
    for i, card in enumerate(fresh):
        for j, entry in enumerate(vanished):
            score = similarity(card, prints[card.key], entry)
            if score >= MATCH_THRESHOLD:
                scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    taken_cards: set[int] = set()
    taken_entries: set[int] = set()
    pairs: list[tuple[Card, LockEntry]] = []
    for score, i, j in scored:
        if i in taken_cards or j in taken_entries:
            continue
        rivals = [s for s, ci, cj in scored if (ci == i) != (cj == j) and ci not in taken_cards and cj not in taken_entries and s > score - TIE_MARGIN]
        if rivals:
            taken_cards.add(i)
            diagnostics.append(
                Diagnostic(fresh[i].loc, "warning", "identity", f"ambiguous match for {fresh[i].question_text!r}: made a new note; add <!-- id: … --> to pin it")
            )
            continue
        taken_cards.add(i)
        taken_entries.add(j)
        pairs.append((fresh[i], vanished[j]))
    return pairs


def _free_guid(root: str, key: str, used: set[str]) -> str:
    guid = note_guid(root, key)
    n = 1
    while guid in used:
        n += 1
        guid = note_guid(root, f"{key}#{n}")
    return guid


def content_of(card: Card) -> str:
    """Hash of the note content Anki sees. The Source field's line number is left out on purpose: editing
    one answer shifts the lines of every later question, and bumping their `mod` would make Anki rewrite
    them all (and drop the user's tags)."""
    return content_hash(card.question_html, card.answer_html, card.context, card.deck, card.note_type, card.loc.path, card.loc.part or "", card.tags)


def sketch_of(card: Card) -> str:
    """The answer sketch of a card."""
    return answer_print(_TAG.sub(" ", card.answer_html))


def _removed_card(entry: LockEntry, root: str) -> Card:
    doc = _doc_of(entry.key)
    path, _, part = doc.partition("//")
    question = entry.question or _question_of(entry.key)
    answer = (
        "<p><i>This question is no longer in your notes "
        f"({doc}). Delete this note in Anki, or put the question back to keep it.</i></p>"
    )
    from html import escape

    return Card(
        loc=Loc(path, 0, part or None),
        deck=entry.deck or root,
        note_type="basic",
        convention="removed",
        question_text=question,
        question_html=escape(question),
        answer_html=answer,
        context="",
        tags=(REMOVED_TAG,),
        guid=entry.guid,
        key=entry.key,
    )


def _doc_of(key: str) -> str:
    return key.rsplit("::", 1)[0] if "::" in key else ""


def _question_of(key: str) -> str:
    return key.rsplit("::", 1)[-1]
