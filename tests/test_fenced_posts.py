"""The fenced-post rule: chat digests in Zulip's Markdown, a ```quote fence asking and the next post by
another name answering, or a paragraph answered by the ```spoiler fence under it."""

from __future__ import annotations

from tests.helpers import extract_text

DIGEST = """\
# Digest — #physik

## Thema: Optik

**Jonas B.** <time:2025-05-02T09:00:00+02:00>

```quote
Warum ist der Himmel blau?
```

**Frau Keller (Tutorin)**
Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut.

**Lucía M.**

```quote
> @**Frau Keller (Tutorin)** said:
> ...stärker gestreut...

¿Y por qué el atardecer es rojo?
```

**Frau Keller (Tutorin)**
Das Licht legt mehr Luft zurück; das Blau wird unterwegs weggestreut.

**Timo R.**

```quote
Gilt das auch auf dem Mars?
```

:eyes: hallo?

## Thema: Übungen

**A1.** Wie groß ist die Lichtgeschwindigkeit im Vakuum?

```spoiler Lösung
Etwa $3 \\cdot 10^8$ m/s.
```

**A2.** Was ist Totalreflexion?

```spoiler Lösung
will post after Friday's tutorial
```

**A3.** Erkläre die Dispersion am Prisma.
"""


def test_quoted_questions_take_the_next_post_and_spoilers_answer_the_paragraph_above() -> None:
    extraction, diagnostics = extract_text(DIGEST)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (
            5,
            "fenced-post",
            "Warum ist der Himmel blau?",
            "Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut.",
            ("Thema: Optik",),
        ),
        (
            14,
            "fenced-post",
            "¿Y por qué el atardecer es rojo?",
            "Das Licht legt mehr Luft zurück; das Blau wird unterwegs weggestreut.",
            ("Thema: Optik",),
        ),
        (
            36,
            "fenced-post",
            "Wie groß ist die Lichtgeschwindigkeit im Vakuum?",
            "Etwa $3 \\cdot 10^8$ m/s.",
            ("Thema: Übungen",),
        ),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Gilt das auch auf dem Mars?",
        "Was ist Totalreflexion?",
        "Erkläre die Dispersion am Prisma.",
    ]


def test_fence_markers_and_post_headers_never_reach_a_card() -> None:
    extraction, _ = extract_text(DIGEST)
    for draft in extraction.drafts:
        assert "```" not in draft.answer and "Tutorin" not in draft.answer and "@**" not in draft.question


def test_a_single_quote_fence_is_left_alone() -> None:
    text = "# Notes\n\n**Ana**\n\n```quote\nIs this on?\n```\n\n**Ben**\nYes.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "fenced-post"]
