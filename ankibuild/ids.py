"""Identity: note GUIDs, deck ids and note type ids.

These derivations are a contract with every user's collection: a change re-creates every note and loses
its review history. Tests pin them with literal values.
"""

from __future__ import annotations

import hashlib

from .normalise import normalise_question

GUID_SCHEME = "ankibuild-guid-v1"
DECK_SCHEME = "ankibuild-deck-v1"
BASIC_MODEL_ID = 1_731_954_401
"""Note type id of `ankibuild Basic`. Frozen forever."""
CLOZE_MODEL_ID = 1_731_954_402
"""Note type id of `ankibuild Cloze`. Frozen forever."""


def document_key(path: str, part: str | None) -> str:
    """The identity of a document: its path under the source folder (and inner path in a dump)."""
    return f"{path}//{part}" if part else path


def identity_key(doc_key: str, question_text: str) -> str:
    """What a note's GUID is derived from: the document and the normalised question, never the answer."""
    return f"{doc_key}::{normalise_question(question_text)}"


def note_guid(root_deck: str, key: str) -> str:
    """A GUID from an identity key, namespaced by the root deck so unrelated decks cannot collide."""
    digest = hashlib.sha256(f"{GUID_SCHEME}\x1f{root_deck}\x1f{key}".encode()).hexdigest()
    return "ab" + digest[:20]


def deck_id(name: str) -> int:
    """A deck id from the deck's full name. Anki matches decks by name; the id only has to be stable.
    Kept below 2**53 so that JavaScript in Anki's UI reads it exactly."""
    digest = hashlib.sha256(f"{DECK_SCHEME}\x1f{name}".encode()).digest()
    return (1 << 40) + int.from_bytes(digest[:8], "big") % ((1 << 52) - (1 << 40))
