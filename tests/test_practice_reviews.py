"""The practice-review rule: a practice test's review page copied as text; the stem is the front, the right
option and the explanation the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Linux-Prüfung — Übungstest 2, Auswertung

Frage 3Falsch

Welcher Befehl zeigt den belegten Speicherplatz eines Verzeichnisses an?

Ihre Antwort ist falsch

df -h

Richtige Antwort

du -sh

ls -s

Gesamterklärung

`du` summiert die Größe der Dateien; `df` zeigt nur den freien Platz der Dateisysteme.

Bereich

Dateisysteme

---

Frage 8Richtig

Welche Datei enthält die Einhängepunkte, die beim Booten gelten?

Ihre Antwort ist richtig

/etc/fstab

Gesamterklärung

Beim Start liest `mount -a` die Tabelle in `/etc/fstab`.

Bereich

Systemstart

---

Frage 12Übersprungen

Wie ändert man die Gruppe einer Datei?

(Seite hing — Optionen später nachtragen)

---

## Ergebnis nach Bereichen

| Bereich | Ergebnis |
|---|---|
| Dateisysteme | 60% |
| Systemstart | 90% |

**Bin ich bereit für die Prüfung?** Noch nicht.
"""

SPANISH = """\
# Repaso del test de práctica 1

Pregunta 2 Incorrecta

¿Qué capa del modelo OSI enruta los paquetes?

Tu respuesta es incorrecta

Enlace de datos

Respuesta correcta

Red

Explicación general

La capa de red decide la ruta con direcciones lógicas.

Dominio

Redes

Pregunta 5Omitida

¿Qué puerto usa HTTPS por defecto?

Respuesta correcta

443

Explicación general

HTTP usa el 80 y HTTPS el 443.

Dominio

Protocolos

Pregunta 9Incorrecta

¿Qué diferencia hay entre TCP y UDP?

Explicación general

TODO — resumir el enlace más tarde
"""

NEAR_MISS = """\
# Diario de estudio

Pregunta 1Correcta

Hoy acerté la primera pregunta del examen de prueba y fallé la segunda.

## ¿Qué es una subred?

Un rango de direcciones con el mismo prefijo.
"""


def test_the_stem_is_the_front_the_right_option_and_explanation_the_back() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "practice-review",
            "Welcher Befehl zeigt den belegten Speicherplatz eines Verzeichnisses an?",
            "du -sh\n\n`du` summiert die Größe der Dateien; `df` zeigt nur den freien Platz der Dateisysteme.",
        ),
        (
            "practice-review",
            "Welche Datei enthält die Einhängepunkte, die beim Booten gelten?",
            "/etc/fstab\n\nBeim Start liest `mount -a` die Tabelle in `/etc/fstab`.",
        ),
    ]


def test_an_entry_copied_without_its_answer_is_unanswered_and_the_results_are_skipped() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [m for _, m in unanswered] == ["Wie ändert man die Gruppe einer Datei?"]
    assert "Bin ich bereit für die Prüfung?" not in [q for _, _, q, _ in cards]


def test_spanish_entries_and_a_placeholder_explanation() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "practice-review",
            "¿Qué capa del modelo OSI enruta los paquetes?",
            "Red\n\nLa capa de red decide la ruta con direcciones lógicas.",
        ),
        ("practice-review", "¿Qué puerto usa HTTPS por defecto?", "443\n\nHTTP usa el 80 y HTTPS el 443."),
    ]
    assert [m for _, m in unanswered] == ["¿Qué diferencia hay entre TCP y UDP? (placeholder)"]


def test_a_lone_result_line_is_left_alone() -> None:
    cards, _ = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "practice-review" for _, rule, _, _ in cards)
    assert [q for _, _, q, _ in cards] == ["¿Qué es una subred?"]
