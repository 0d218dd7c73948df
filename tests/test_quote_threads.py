"""Questions posted as block quotes and answered by the replies nested inside them (the `quote-thread` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

# A study group's page in German (history), the editor's name and time tags on every post.
LERNGRUPPE = """\
# Geschichte — Lerngruppe

## Weimarer Republik

> Wann wurde die Weimarer Verfassung verabschiedet? [name=Lena] [time=Mo, 7. Okt 2024 18:02]
>> Am 31. Juli 1919 in Weimar. [name=Jonas]
>>> Und wann trat sie in Kraft? [name=Lena]
>>>> Am 14. August 1919. [name=Jonas] [color=#44aa88]

> Was regelte Artikel 48? [name=Jonas]
>> Das Notverordnungsrecht des Reichspräsidenten. [name=Mia]
>>> Stimmt, damit wurde später ohne Reichstag regiert. [name=Lena]

> Warum scheiterte die Große Koalition 1930? [name=Mia]
>> keine Ahnung, war das nicht in der Vorlesung, die ich verpasst habe?? [name=Lena]
>>> frag ich am Dienstag [name=Jonas]

> Wer war der erste Reichspräsident? [name=Lena]
"""

# The same layout in Spanish (chemistry), nested quotes written `> >`, a placeholder reply.
GRUPO = """\
## Química orgánica

> ¿Qué es un enlace sigma? [name=Carla]
> > Un enlace covalente por solapamiento frontal de orbitales. [name=Diego]

> ¿Qué grupo funcional tienen los alcoholes? [name=Diego]
> > Un grupo hidroxilo (–OH) unido a un carbono saturado. [name=Carla]

> ¿Qué es la quiralidad? [name=Carla]
> > TODO [name=Diego]
"""

# Near misses: a lesson box with a nested solution box (another layout), and one lone thread.
LESSON_BOX = """\
> ## Wie viele Chromosomen hat ein Mensch?
>
> Zählen Sie die Paare.
>
> > ## Lösung
> >
> > 46, also 23 Paare.
> {: .solution}
{: .challenge}

> ## Was ist ein Gen?
>
> > ## Lösung
> > Ein DNA-Abschnitt, der ein Protein codiert.
> {: .solution}
{: .challenge}
"""

ONE_THREAD = """\
## Correo

> ¿Nos vemos el martes para repasar?
>> Sí, a las cinco en la biblioteca.

Lo demás está en el resumen.
"""


def test_threads_become_cards_with_their_follow_ups_and_the_tags_left_off() -> None:
    cards, unanswered = cards_and_unanswered(LERNGRUPPE)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "quote-thread", "Wann wurde die Weimarer Verfassung verabschiedet?", "Am 31. Juli 1919 in Weimar."),
        (7, "quote-thread", "Und wann trat sie in Kraft?", "Am 14. August 1919."),
        (
            10,
            "quote-thread",
            "Was regelte Artikel 48?",
            "Das Notverordnungsrecht des Reichspräsidenten.\n\nStimmt, damit wurde später ohne Reichstag regiert.",
        ),
    ]
    assert [line for line, _ in unanswered] == [14, 18]
    assert unanswered[0][1].startswith("Warum scheiterte die Große Koalition 1930?")
    assert unanswered[1][1] == "Wer war der erste Reichspräsident?"
    extraction, _ = extract_text(LERNGRUPPE)
    assert extraction.unclassified == 0


def test_nested_quotes_written_with_spaces_and_a_placeholder_reply() -> None:
    cards, unanswered = cards_and_unanswered(GRUPO)
    assert [(q, a) for _, _, q, a in cards] == [
        ("¿Qué es un enlace sigma?", "Un enlace covalente por solapamiento frontal de orbitales."),
        ("¿Qué grupo funcional tienen los alcoholes?", "Un grupo hidroxilo (–OH) unido a un carbono saturado."),
    ]
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [(9, "¿Qué es la quiralidad?")]


def test_lesson_boxes_and_a_lone_thread_are_left_to_the_other_rules() -> None:
    for text in (LESSON_BOX, ONE_THREAD):
        cards, _ = cards_and_unanswered(text)
        assert all(rule != "quote-thread" for _, rule, _, _ in cards)
