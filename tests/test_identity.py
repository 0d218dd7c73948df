"""Identity is a contract: these literal values must never change, or every user's notes are re-created."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.config import package_file_name
from ankibuild.ids import BASIC_MODEL_ID, CLOZE_MODEL_ID, deck_id, document_key, identity_key, note_guid
from ankibuild.notetypes import BASIC, CLOZE


def test_note_type_schema_is_frozen() -> None:
    assert (BASIC.model_id, BASIC.name, BASIC.fields, [t[0] for t in BASIC.templates]) == (
        1_731_954_401,
        "ankibuild Basic",
        ("Question", "Answer", "Context", "Source"),
        ["Card 1"],
    )
    assert (CLOZE.model_id, CLOZE.name, CLOZE.fields, [t[0] for t in CLOZE.templates]) == (
        1_731_954_402,
        "ankibuild Cloze",
        ("Text", "Extra", "Context", "Source"),
        ["Cloze"],
    )
    assert (BASIC_MODEL_ID, CLOZE_MODEL_ID) == (1_731_954_401, 1_731_954_402)
    assert CLOZE.cloze and not BASIC.cloze


def test_guid_derivation_is_pinned() -> None:
    key = identity_key(document_key("notes/stats.md", None), "What is a **p-value**?")
    assert key == "notes/stats.md::what is a p value"
    assert note_guid("ML Interview Prep", key) == "ab3e4f31a2d23a225ee5df"


def test_guid_ignores_case_spacing_and_markup_but_not_document_or_root() -> None:
    a = note_guid("Root", identity_key("a.md", "What is  *bias*?"))
    assert a == note_guid("Root", identity_key("a.md", "what is bias"))
    assert a != note_guid("Root", identity_key("b.md", "What is bias?"))
    assert a != note_guid("Other", identity_key("a.md", "What is bias?"))
    assert identity_key(document_key("dump.md", "inner/x.md"), "Q?") == "dump.md//inner/x.md::q"


def test_deck_ids_are_pinned_and_js_safe() -> None:
    assert deck_id("ML Interview Prep::Machine Learning Interview Questions") == 2_343_308_141_238_712
    assert 0 < deck_id("x") < 2**53


def test_package_never_named_collection() -> None:
    assert package_file_name("ML Interview Prep") == "ml-interview-prep.apkg"
    assert package_file_name("Collection") == "collection-deck.apkg"
    assert package_file_name("Backup 2024") == "backup-2024-deck.apkg"
    assert package_file_name("***") == "deck.apkg"


def test_answer_sketch_is_pinned() -> None:
    """Sketches are stored in lockfiles and compared with the next build's: their derivation must not drift."""
    from ankibuild.plan import answer_print

    assert answer_print("The quick brown fox jumps over the lazy dog, twice: the quick brown fox.") == (
        "31cffbac.4f7989cb.4f83ce84.5b4cbee3.67e175f2.6944827a.a8754224.cfc99cc4"
    )
    assert answer_print("Word") == "c3f17511"
    assert answer_print("") == ""


def reference_print(text: str) -> str:
    """The sketch by its definition: crc32 of each distinct word pair of the casefolded `\\w+` words (the
    word itself for a one-word text), the 8 smallest, as hex."""
    import re
    import zlib

    words = re.findall(r"\w+", text.casefold())
    shingles = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} if len(words) > 1 else set(words)
    return ".".join(f"{v:08x}" for v in sorted({zlib.crc32(s.encode()) for s in shingles})[:8])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd_9\n.,-'ÉéßŞıİ ǅ\u00a0\u2019Ωω日本ﬁK")), max_size=60))
def test_answer_sketch_follows_its_definition_for_ascii_and_other_text(text: str) -> None:
    from ankibuild.plan import answer_print

    assert answer_print(text) == reference_print(text)
    assert answer_print(text.encode("ascii", "ignore").decode()) == reference_print(text.encode("ascii", "ignore").decode())


def test_cards_carry_the_content_hash_and_sketch_planning_would_compute() -> None:
    """Workers hash and sketch each card as it is made; the values must be those of `content_of` and
    `sketch_of`, which planning falls back on and the lockfile stores."""
    from pathlib import Path

    from ankibuild.config import BuildConfig
    from ankibuild.plan import content_of, sketch_of
    from ankibuild.process import process_file
    from tests.helpers import SOURCE

    config = BuildConfig(SOURCE, Path("unused"), "Root", tag_prefix="t::")
    cards = [c for name in ("ds-ai-ml-interview-handbook.md", "mle-interview-questions-repo.md")
             for result in process_file(name, (SOURCE / name).read_bytes(), config, None)[0] for c in result.cards]
    assert len(cards) > 300 and any(c.loc.part for c in cards)
    for card in cards:
        assert card.content == content_of(card) and card.sketch == sketch_of(card)


def reference_normalised(text: str) -> str:
    """normalise_question by its definition, as first written."""
    import re
    import unicodedata

    text = re.sub(r"[`*_~]", "", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(t for t in re.findall(r"\w+|[^\w\s]", text) if t[0].isalnum() or t[0] == "_" or ord(t[0]) > 127)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_ `*~.,?!-'\"()[]{}|\\/ÉéßΩ⊤‖∑ﬁ①²\u00a0\u2009\u200b\t\n日")), max_size=40))
def test_normalised_questions_follow_their_definition(text: str) -> None:
    """Identity keys, and so GUIDs, are made of normalised questions: the form must not drift."""
    from ankibuild.normalise import normalise_question

    assert normalise_question(text) == reference_normalised(text)


def test_answer_sketch_follows_its_definition_for_every_ascii_character() -> None:
    """ASCII answers take words from a byte table: every ASCII character between and after words, then
    mixed texts (ASCII and not) made from a seed."""
    import random

    from ankibuild.plan import answer_print

    texts = [f"alpha{chr(c)}beta gamma{chr(c)}{chr(c)}delta {chr(c)}" for c in range(128)]
    rng = random.Random(7)
    alphabet = "abcXYZ019_ -.,;:!?'\"()[]{}<>/\\|@#$%^&*+=~`\t\n\x0b\x0c\r\x1c\x1féßİΣ中\u00a0"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(2_000)]
    for text in texts:
        assert answer_print(text) == reference_print(text), repr(text)


def test_answer_sketch_of_long_answers_follows_its_definition() -> None:
    """Long answers take the sketch's smallest values from those under a bound: answers of up to a few
    hundred words, from vocabularies small enough that pairs repeat and large enough that they do not."""
    import random

    from ankibuild.plan import answer_print

    rng = random.Random(11)
    for vocabulary_size in (2, 3, 5, 20, 400, 5_000):
        vocabulary = ["".join(rng.choice("abcdefgHIJK_9éß") for _ in range(rng.randrange(1, 8))) for _ in range(vocabulary_size)]
        for _ in range(60):
            words = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 500))]
            text = "".join(word + rng.choice([" ", ", ", "\n", "<", "-"]) for word in words)
            for sample in (text, text.encode("ascii", "ignore").decode()):
                assert answer_print(sample) == reference_print(sample)
