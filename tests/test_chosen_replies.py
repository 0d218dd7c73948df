"""The chosen-reply rule: Q&A threads copied from a site, each question answered by its starred reply."""

from __future__ import annotations

from tests.helpers import extract_text

THREADS = """\
# Deutsch lernen — Forum-Sammlung

Nur die markierte Antwort (⭐) zählt.

---

*Was ist der Unterschied zwischen* **seit und seitdem** *?*

- 🇩🇪 **lena_k** ⭐
  > *seit* ist eine Präposition (seit zwei Jahren), *seitdem* eine Konjunktion oder ein Adverb.
- 🇦🇹 **mo_wien** 👍 2
  > Im Alltag hört man beides, aber nicht in der Prüfung.

---

*Klingt das natürlich?* **Ich freue mich auf das Wochenende.**

- 🇩🇪 **jonas**
  > Ja, völlig natürlich.
- 🇨🇭 **anna_zh** ✅
  > Ja! Umgangssprachlich auch: Ich freu mich aufs Wochenende.

---

*Was bedeutet* **Feierabend** *?*

- 🇩🇪 **peter**
  > Meinst du das Wort oder die Redewendung?

---

*Wie sagt man das auf Deutsch?* **"It's all the same to me."**

> *Noch keine Antworten* (gepostet am 3.5.)

---

## Notizen

- Der ⭐ steht immer bei der besten Antwort.
"""

HILOS = """\
# Dudas de gramática

---

_¿Cuándo se usa_ **por** _y cuándo_ **para** _?_

* **ana_r** 🌟
  > *por* para la causa y el medio, *para* para la finalidad y el destino.

---

_¿Es correcto decir_ **"habían muchas personas"** _?_

* 🇲🇽 **carlos** 👍 5
  > No: *haber* impersonal va en singular, "había muchas personas".
* 🇪🇸 **lucia** ⭐
  > No, lo correcto es "había muchas personas".
"""


def _found(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    extraction, _ = extract_text(text)
    cards = [(d.question, d.answer) for d in extraction.drafts if d.convention == "chosen-reply"]
    missing = [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]
    return cards, missing


def test_each_thread_is_answered_by_its_chosen_reply_and_the_template_italics_leave_the_question() -> None:
    cards, _ = _found(THREADS)
    assert cards == [
        (
            "Was ist der Unterschied zwischen **seit und seitdem**?",
            "*seit* ist eine Präposition (seit zwei Jahren), *seitdem* eine Konjunktion oder ein Adverb.",
        ),
        (
            "Klingt das natürlich? **Ich freue mich auf das Wochenende.**",
            "Ja! Umgangssprachlich auch: Ich freu mich aufs Wochenende.",
        ),
    ]


def test_a_thread_without_a_chosen_reply_or_with_only_a_note_is_unanswered() -> None:
    _, missing = _found(THREADS)
    assert "Was bedeutet Feierabend?" in missing
    assert 'Wie sagt man das auf Deutsch? "It\'s all the same to me."' in missing


def test_underscore_italics_and_other_chosen_marks_read_too() -> None:
    cards, missing = _found(HILOS)
    assert cards == [
        (
            "¿Cuándo se usa **por** y cuándo **para**?",
            "*por* para la causa y el medio, *para* para la finalidad y el destino.",
        ),
        ('¿Es correcto decir **"habían muchas personas"**?', 'No, lo correcto es "había muchas personas".'),
    ]
    assert not missing


def test_one_starred_list_is_no_thread_digest() -> None:
    text = """\
# Equipo

¿Quién revisa qué?

- 🇪🇸 **marta** ⭐
  > backend y base de datos
- 🇦🇷 **diego**
  > interfaz

El resto del equipo rota cada semana.
"""
    cards, missing = _found(text)
    assert not cards and not missing
