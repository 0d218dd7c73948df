"""Planning: give every card its lasting identity and `mod`, using the lockfile.

A card whose identity key is in the lockfile keeps the GUID recorded there. Cards with a new key and
lockfile notes whose key vanished are paired: first those whose normalised questions are equal and unique on
both sides (a renamed file, an `<!-- id: … -->` added or taken away), then the rest by similarity of question
and answer (a reworded question, a section moved to another file); the best pair above the threshold wins, a
near tie makes a new note and a warning. Pairing stays near-linear on large renames: past a small number of
pairs, only candidates sharing a rare question word or answer shingle are scored, and only when an upper
bound says they can match. Notes left unpaired are removed: the lockfile keeps them (state `removed`, their
`mod` the time the removal was noticed) and every package sent within the retention period carries them with
the tag `ankibuild::removed`, so the user finds them in Anki whichever later package they import. The new
lockfile records every decision, so the next build is exact.
"""

from __future__ import annotations

import difflib
import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from .config import KEEP_REMOVED_DAYS
from .ids import document_key, note_guid
from .lock import LockEntry, content_hash
from .normalise import normalise_question
from .records import Card, Diagnostic, Loc, source_field

REMOVED_TAG = "ankibuild::removed"
_TAG = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"\w+")
_NON_WORD_TO_SPACE = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256))
r"""For ASCII bytes, every byte `\w` does not match becomes a space: `.translate(_NON_WORD_TO_SPACE).split()` gives
the words `re.findall(rb"\w+", …)` gives, in a third less time (a sketch is made for every card)."""
_LOWER_WORDS = bytes(ord(chr(b).lower()) if b != 32 else b for b in _NON_WORD_TO_SPACE)
"""`_NON_WORD_TO_SPACE` with capitals made small: for ASCII text, casefolding is lowering A–Z."""
_ASCII_NON_WORD_TO_SPACE = _NON_WORD_TO_SPACE[:128] + bytes(range(128, 256))
"""`_NON_WORD_TO_SPACE` with the bytes of non-ASCII characters (128–255) kept as they are."""
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")
r"""A non-ASCII character `\w` does not match (`—`, `›`, a no-break space, a combining accent)."""
SKETCH = 8
MATCH_THRESHOLD = 0.72
"""Similarity a new card needs to inherit a vanished note's identity."""
TIE_MARGIN = 0.04
"""Two candidates closer than this are ambiguous: the card becomes a new note and the user is warned."""
EXPLICIT_PREFIX = "id:"
"""How an identity key written by the user (`<!-- id: … -->`) starts."""
EXHAUSTIVE_PAIRS = 2_500
"""Up to this many (card, vanished note) pairs left after the exact pass, every pair is considered."""
CANDIDATES = 8
"""Beyond that, each card is scored against at most this many vanished notes, those sharing most rare keys."""
COMMON_KEY = 32
"""A question word or answer shingle held by more vanished notes than this is too common to find candidates."""
_SEARCH_SPECIAL = re.compile(r'[\\"*_]')


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
    """added / updated / unchanged / removed (noticed by this build) / moved counts, and `carried_removed`:
    removed notes the package carries, tagged, those just noticed included."""
    diagnostics: tuple[Diagnostic, ...]
    """Moves Anki will not follow, ambiguous matches."""
    expires: int | None = None
    """When the first removed note this package carries stops being sent (then a rebuild differs even if
    no file changed); None when it carries none."""


def answer_print(text: str) -> str:
    """A bottom-k MinHash sketch of the answer's word pairs (8 hex words): answers sharing most of their
    wording share most of their sketch. Small enough for the lockfile, cheap to compute (crc32 is C)."""
    # Words as UTF-8, casefolded. Most answers are ASCII: there `\w` is [A-Za-z0-9_], so the runs of those
    # bytes are the same words, already encoded, and casefolding is lowering (one table does both). Other
    # text may casefold to ASCII (`ß` → `ss`), which the byte table then splits as well.
    if text.isascii():
        words = text.encode().translate(_LOWER_WORDS).split()
    else:
        folded = text.casefold()
        if folded.isascii():
            words = folded.encode().translate(_NON_WORD_TO_SPACE).split()
        elif _NON_ASCII_NON_WORD.search(folded) is None:
            # Every non-ASCII character is a word character (`µs`, `café`): the words are the runs of ASCII
            # word bytes and non-ASCII bytes, so only ASCII bytes are made spaces.
            words = folded.encode().translate(_ASCII_NON_WORD_TO_SPACE).split()
        else:
            # the words joined by spaces and encoded once: a `\w` word holds no whitespace to split at
            words = " ".join(_WORDS.findall(folded)).encode().split()
    if len(words) < 2:
        return ".".join(f"{v:08x}" for v in map(zlib.crc32, words))  # one word (or none) is its own shingle
    # Word pairs `"a b"`, hashed in iterators that stay in C.
    values = list(map(zlib.crc32, map(b" ".join, zip(words, islice(words, 1, None), strict=False))))
    # The SKETCH smallest distinct values are those of the values under any bound that at least SKETCH
    # distinct ones fall under. crc32 spreads values evenly over 32 bits, so about 4 * SKETCH fall under
    # this bound, and only they are deduplicated and sorted; when fewer than SKETCH distinct ones do (few
    # pairs, or many repeated), all are.
    bound = (4 * SKETCH << 32) // len(values)
    low = {v for v in values if v < bound}  # a comparison in the loop is cheaper than a call per value
    if len(low) < SKETCH:
        low = set(values)
    smallest = sorted(low)[:SKETCH]
    return ("%08x." * len(smallest) % tuple(smallest))[:-1]  # one formatting call: "….…" with no trailing dot


def answer_similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two answers from their sketches (0 when either is empty)."""
    left = {int(v, 16) for v in a.split(".") if v}
    right = {int(v, 16) for v in b.split(".") if v}
    if not left or not right:
        return 0.0
    union = sorted(left | right)[:SKETCH]
    return sum(1 for v in union if v in left and v in right) / len(union)


def similarity(card: Card, answer: str, entry: LockEntry) -> float:
    """How likely a card is the same note as a lockfile entry, from 0 to 1.

    Questions are compared as text, never through the keys: a key may be an explicit `id:…` that says
    nothing of the question, and adding or removing such an id must not look like a new question."""
    question = difflib.SequenceMatcher(None, _card_question(card), _entry_question(entry)).ratio()
    same_file = _card_doc(card) == _doc_of(entry.key)
    answer_score = answer_similarity(answer, entry.answer)
    return _combine(question, answer_score, same_file)


def deck_only_search(deck: str) -> str:
    """An Anki Browser search for the cards of exactly this deck, not of its subdecks.

    `deck:X` alone also matches `X::Sub`. Inside the quoted terms Anki reads `*` and `_` as wildcards and
    `"` and `\\` as syntax, so they are escaped the way Anki's own search builder escapes them; `:` (the
    subdeck separator `::` included) is taken literally there and stays as it is."""
    name = _SEARCH_SPECIAL.sub(lambda m: "\\" + m.group(0), deck)
    return f'"deck:{name}" -"deck:{name}::*"'


def plan_notes(cards: Sequence[Card], lock: Mapping[str, LockEntry], root: str, now: int, keep_removed_days: int = KEEP_REMOVED_DAYS) -> DeckPlan:
    """Resolve identities against the lockfile and stamp each note's `mod`. Removed notes are carried,
    tagged, for KEEP_REMOVED_DAYS after their removal (0: only by the build that notices it)."""
    # Removed entries count too: a question put back gets its old note (and history) back. Of two entries
    # with one key (a merged lockfile), the newer one holds the key; the other is then retired as removed.
    by_key: dict[str, LockEntry] = {}
    for entry in lock.values():
        held = by_key.get(entry.key)
        if held is None or _key_rank(entry) > _key_rank(held):
            by_key[entry.key] = entry
    diagnostics: list[Diagnostic] = []
    _warn_shared_keys(lock, by_key, cards, diagnostics)
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
        if change == "unchanged" and old is not None and old.answer and (old.key, old.deck, old.question) == (card.key, card.deck, card.question_text):
            entries[guid] = old  # the entry it would make, equal field by field: most notes of a rebuild
            continue
        sketch = old.answer if change == "unchanged" and old is not None and old.answer else prints.get(card.key) or card.sketch or sketch_of(card)
        entries[guid] = LockEntry(card.key, guid, mod, content, "active", card.deck, sketch, card.question_text)
    carried = 0
    expires: int | None = None
    for guid, old in lock.items():
        if guid in entries:
            continue
        entry = old
        if old.state == "active":
            changes["removed"] += 1
            entry = replace(old, state="removed", mod=max(now, old.mod + 1))
        entries[guid] = entry
        if old.state == "active" or removal_carried(entry, now, keep_removed_days):
            carried += 1
            # The removed note keeps its `mod`: a collection that took it already skips it.
            notes.append(PlannedNote(removed_card(entry, root), entry.mod))
            if keep_removed_days:
                end = removal_ends(entry, keep_removed_days)
                expires = end if expires is None else min(expires, end)
    changes["carried_removed"] = carried
    for (old_deck, new_deck), count in sorted(moves.items()):
        diagnostics.append(
            Diagnostic(
                Loc(new_deck),
                "warning",
                "deck-moved",
                f"{count} note(s) moved from deck {old_deck!r}; Anki keeps existing cards in their old deck. "
                f"In the Browser search  {deck_only_search(old_deck)}  then Cards → Change Deck to {new_deck!r}",
            )
        )
    return DeckPlan(tuple(notes), entries, changes, tuple(diagnostics), expires)


def _warn_shared_keys(lock: Mapping[str, LockEntry], by_key: Mapping[str, LockEntry], cards: Sequence[Card], diagnostics: list[Diagnostic]) -> None:
    """Two active lockfile entries with one key (two builds each gave a question its own note, and their
    lockfiles were merged): one keeps the question, the other is retired as removed. Say which."""
    active = [entry.key for entry in lock.values() if entry.state == "active"]
    if len(set(active)) == len(active):
        return  # the usual case: nothing to say, and no need to group every entry
    twice = {key for key, count in Counter(active).items() if count > 1}
    shared: dict[str, list[LockEntry]] = defaultdict(list)
    for entry in lock.values():
        if entry.state == "active" and entry.key in twice:
            shared[entry.key].append(entry)
    places = {c.key: c.loc for c in cards if c.key in twice}
    for key, group in sorted(shared.items()):
        keeper = by_key[key]
        retired = sorted(e.guid for e in group if e is not keeper)
        others = ", ".join(retired) + (" is" if len(retired) == 1 else " are")
        question = keeper.question or _question_of(key)
        where = places.get(key) or Loc(_doc_of(key).partition("//")[0] or key)
        diagnostics.append(
            Diagnostic(
                where,
                "warning",
                "identity",
                f"the lockfile holds {len(group)} notes for {question!r} (merged from two builds): note {keeper.guid} keeps it, "
                f"{others} sent tagged ankibuild::removed; if more than one reached your collection, delete the tagged ones",
            )
        )


def _key_rank(entry: LockEntry) -> tuple[bool, int, str]:
    """Which of two lockfile entries with one key keeps it: an active one, then the newer, then by GUID."""
    return (entry.state == "active", entry.mod, entry.guid)


DAY = 86_400


def removal_ends(entry: LockEntry, keep_removed_days: int) -> int:
    """When a removed note stops being sent: KEEP_REMOVED_DAYS after its removal (its `mod`)."""
    return entry.mod + keep_removed_days * DAY


def removal_carried(entry: LockEntry, now: int, keep_removed_days: int) -> bool:
    """Whether a package built at NOW still carries this removed lockfile entry, tagged `ankibuild::removed`."""
    return entry.state == "removed" and now < removal_ends(entry, keep_removed_days)


def _pair(fresh: Sequence[Card], vanished: Sequence[LockEntry], prints: Mapping[str, str], diagnostics: list[Diagnostic]) -> list[tuple[Card, LockEntry]]:
    if not fresh or not vanished:
        return []
    card_questions = [_card_question(c) for c in fresh]
    entry_questions = [_entry_question(e) for e in vanished]
    exact = _pair_exact(card_questions, entry_questions)
    pairs = [(fresh[i], vanished[j]) for i, j in exact.items()]
    rest_cards = [i for i in range(len(fresh)) if i not in exact]
    paired_entries = set(exact.values())
    rest_entries = [j for j in range(len(vanished)) if j not in paired_entries]
    if not rest_cards or not rest_entries:
        return pairs
    letters = {i: Counter(card_questions[i]) for i in rest_cards}
    entry_letters = {j: Counter(entry_questions[j]) for j in rest_entries}
    scored: list[tuple[float, int, int]] = []
    for i, j in _candidates(fresh, vanished, prints, rest_cards, rest_entries, card_questions, entry_questions):
        card = fresh[i]
        answer = prints[card.key]
        # An upper bound of the question ratio (as difflib's quick_ratio) rules most pairs out cheaply.
        bound = _ratio_bound(letters[i], entry_letters[j], len(card_questions[i]), len(entry_questions[j]))
        if _combine(bound, answer_similarity(answer, vanished[j].answer), True) < MATCH_THRESHOLD:
            continue
        score = similarity(card, answer, vanished[j])
        if score >= MATCH_THRESHOLD:
            scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    # Each pair's rivals share its card or its note: index them so the tie check is not quadratic.
    by_card: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    by_entry: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for item in scored:
        by_card[item[1]].append(item)
        by_entry[item[2]].append(item)
    taken_cards: set[int] = set()
    taken_entries: set[int] = set()
    for score, i, j in scored:
        if i in taken_cards or j in taken_entries:
            continue
        floor = score - TIE_MARGIN
        rivals = any(s > floor and cj != j and cj not in taken_entries for s, _, cj in by_card[i]) or any(
            s > floor and ci != i and ci not in taken_cards for s, ci, _ in by_entry[j]
        )
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


def _pair_exact(card_questions: Sequence[str], entry_questions: Sequence[str]) -> dict[int, int]:
    """Card index → entry index for questions equal after normalising and unique on both sides. A question
    written twice is left to scoring, where the document and the answer tell the copies apart."""
    card_counts = Counter(card_questions)
    entry_index: dict[str, int] = {}
    entry_counts = Counter(entry_questions)
    for j, question in enumerate(entry_questions):
        if question and entry_counts[question] == 1:
            entry_index[question] = j
    return {i: entry_index[q] for i, q in enumerate(card_questions) if card_counts[q] == 1 and q in entry_index}


def _candidates(
    fresh: Sequence[Card],
    vanished: Sequence[LockEntry],
    prints: Mapping[str, str],
    rest_cards: Sequence[int],
    rest_entries: Sequence[int],
    card_questions: Sequence[str],
    entry_questions: Sequence[str],
) -> Iterator[tuple[int, int]]:
    """The (card, entry) pairs worth scoring, in card order."""
    if len(rest_cards) * len(rest_entries) <= EXHAUSTIVE_PAIRS:
        for i in rest_cards:
            for j in rest_entries:
                yield i, j
        return
    # A pair can only reach the threshold through a similar question or a similar answer, and either
    # almost always shares a rare word or answer shingle: an inverted index finds those few candidates.
    postings: dict[str, list[int]] = defaultdict(list)
    for j in rest_entries:
        for key in _match_keys(entry_questions[j], vanished[j].answer):
            postings[key].append(j)
    for i in rest_cards:
        weights: dict[int, float] = defaultdict(float)
        for key in _match_keys(card_questions[i], prints[fresh[i].key]):
            holders = postings.get(key)
            if holders and len(holders) <= COMMON_KEY:
                weight = 1.0 / len(holders)
                for j in holders:
                    weights[j] += weight
        for j, _ in heapq.nsmallest(CANDIDATES, weights.items(), key=lambda t: (-t[1], t[0])):
            yield i, j


def _match_keys(question: str, sketch: str) -> set[str]:
    return {f"w {w}" for w in question.split()} | {f"a {v}" for v in sketch.split(".") if v}


def _ratio_bound(left: Counter[str], right: Counter[str], left_len: int, right_len: int) -> float:
    """An upper bound of SequenceMatcher.ratio(): matched characters are at most the shared characters."""
    total = left_len + right_len
    if not total:
        return 1.0
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    return 2.0 * sum(min(n, large[ch]) for ch, n in small.items()) / total


def _combine(question: float, answer: float, same_file: bool) -> float:
    return max(question * (1.0 if same_file else 0.95), 0.55 * question + 0.45 * answer)


def _free_guid(root: str, key: str, used: set[str]) -> str:
    guid = note_guid(root, key)
    n = 1
    while guid in used:
        n += 1
        guid = note_guid(root, f"{key}#{n}")
    return guid


def content_of(card: Card) -> str:
    """Hash of the note content Anki sees: every field as packaged (the Source field included), the tags, the
    deck and the note type. A note's `mod` changes exactly when this does, so the package and Anki agree: a
    changed field always comes with a newer `mod`, an unchanged note keeps its own (and the user's tags)."""
    return note_content(card.question_html, card.answer_html, card.context, card.deck, card.note_type, card.loc, card.tags)


def note_content(question_html: str, answer_html: str, context: str, deck: str, note_type: str, loc: Loc, tags: tuple[str, ...]) -> str:
    """`content_of` a card with these fields, before the card exists. The Source field depends on the file
    and the heading path only (`source_field`), never on the line: an edit above a question leaves it alone."""
    return content_hash(question_html, answer_html, context, source_field(loc, context), deck, note_type, tags)


def sketch_of(card: Card) -> str:
    """The answer sketch of a card."""
    return answer_sketch(card.answer_html)


def answer_sketch(answer_html: str) -> str:
    """The sketch of an answer's HTML: of its text, tags left out."""
    return answer_print(_TAG.sub(" ", answer_html))


def removed_card(entry: LockEntry, root: str) -> Card:
    """The note a removed lockfile entry is sent as: its question, a line saying it left the notes, the tag
    `ankibuild::removed`. Made from the entry alone, so it is the same in every build (and its `mod` holds)."""
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
    # An explicit id may itself contain `::`; it names no document.
    if key.startswith(EXPLICIT_PREFIX):
        return ""
    return key.rsplit("::", 1)[0] if "::" in key else ""


def _card_doc(card: Card) -> str:
    """The card's document, from its place: an explicit `id:` key does not name it."""
    if card.key.startswith(EXPLICIT_PREFIX):
        return document_key(card.loc.path, card.loc.part)
    return _doc_of(card.key)


def _card_question(card: Card) -> str:
    return normalise_question(card.question_text)


def _entry_question(entry: LockEntry) -> str:
    """The normalised question of a lockfile entry; old lockfiles kept it only in the key (none for an id)."""
    if entry.question:
        return normalise_question(entry.question)
    return "" if entry.key.startswith(EXPLICIT_PREFIX) else _question_of(entry.key)


def _question_of(key: str) -> str:
    return key.rsplit("::", 1)[-1]
