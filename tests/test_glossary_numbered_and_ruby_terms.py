"""Word lists in a glossary section read as its bullets are: a numbered list (`1. word — gloss`), words written
with their reading in ruby markup (`<ruby>漢字<rt>かんじ</rt></ruby>`), a term in code with a word and an
example after it, a section titled as a list of contractions, and a gloss of full-width question marks
still to look up (the `glossary` rule); a word table whose meaning column comes after the readings (the
`vocabulary` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHINESE_WORDS = """\
# 汉语 · 第三课

## Vocabulario

1. <ruby>朋友<rt>péngyou</rt></ruby> — amigo
2. <ruby>学校<rt>xuéxiào</rt></ruby> — escuela
3. <ruby>图书馆<rt>túshūguǎn</rt></ruby> — ？？ (buscar en el diccionario)
4. <ruby>喜欢<rt>xǐhuan</rt></ruby> — gustar
"""

# The same numbered list under a title that names no glossary: steps, left alone.
STEPS = """\
# Montage

## Étapes

1. Visser — serrer à la main
2. Coller — attendre une heure
3. Peindre — deux couches
"""

CONTRACTIONS = """\
# Chat abbreviations

## Common contractions

Cover the right side and say it aloud.

- `BRB`: be right back
- `AFAIK`: as far as I know
- `IIRC`:
- `TL;DR` suffix (e.g. `tldr`): a one-line summary of a long text
"""

KANJI_TABLE = """\
# Kanji N5

| Kanji | On | Kun | Meaning |
|---|---|---|---|
| <ruby>山<rt>やま</rt></ruby> | サン | やま | mountain |
| <ruby>川<rt>かわ</rt></ruby> | セン | かわ | river |
| <ruby>火<rt>ひ</rt></ruby> | カ | ひ | |
"""


def test_a_numbered_word_list_with_ruby_readings_in_a_glossary_section() -> None:
    cards, unanswered = cards_and_unanswered(CHINESE_WORDS)
    assert [(q, a) for _, c, q, a in cards if c == "glossary"] == [
        ("<ruby>朋友<rt>péngyou</rt></ruby>", "amigo"),
        ("<ruby>学校<rt>xuéxiào</rt></ruby>", "escuela"),
        ("<ruby>喜欢<rt>xǐhuan</rt></ruby>", "gustar"),
    ]
    assert [m for _, m in unanswered] == ["<ruby>图书馆<rt>túshūguǎn</rt></ruby> (placeholder)"]


def test_a_numbered_list_outside_a_glossary_section_is_no_glossary() -> None:
    cards, _ = cards_and_unanswered(STEPS)
    assert not any(c == "glossary" for _, c, _, _ in cards)


def test_contractions_in_code_with_an_instruction_above_them() -> None:
    cards, unanswered = cards_and_unanswered(CONTRACTIONS)
    assert [q for _, c, q, _ in cards if c == "glossary"] == [
        "`BRB`",
        "`AFAIK`",
        "`TL;DR` suffix (e.g. `tldr`)",
    ]
    assert [m for _, m in unanswered] == ["`IIRC`"]


def test_a_word_table_whose_meaning_column_follows_the_readings() -> None:
    cards, unanswered = cards_and_unanswered(KANJI_TABLE)
    assert [(q, a.split("\n\n")[0]) for _, c, q, a in cards if c == "vocabulary"] == [
        ("<ruby>山<rt>やま</rt></ruby>", "mountain"),
        ("<ruby>川<rt>かわ</rt></ruby>", "river"),
    ]
    assert "**On:** サン" in cards[0][3]
    assert [m for _, m in unanswered] == ["<ruby>火<rt>ひ</rt></ruby>"]
