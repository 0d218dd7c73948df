"""The writer's asides in notes that ask in another convention: question headings, `Label:` paragraphs under a
title naming terminology, a question in the page footer."""

from __future__ import annotations

from tests.helpers import extract_text

TAB_EXPORT = """\
# Erdkunde – Grundbegriffe (Export)

Roh aus dem Lernkartenprogramm kopiert (Begriff TAB Erklärung).

## Wie importiere ich das?

Datei → Importieren, Trennzeichen Tab wählen, fertig.

## Klima

Passat\tbeständiger Ostwind zwischen den Wendekreisen
Monsun\tjahreszeitlich wechselnder Wind in Südasien
Föhn\twarmer, trockener Fallwind im Lee eines Gebirges
Inversion\tTemperaturzunahme mit der Höhe
Zenitalregen\tStarkregen, wenn die Sonne im Zenit steht

## Böden

Podsol\tausgewaschener, saurer Boden der Nadelwälder
Schwarzerde\thumusreicher Steppenboden
Laterit\teisenreicher Boden der Tropen
Gley\tvom Grundwasser geprägter Boden
"""

SETEXT_NUMBERED = """\
Historia gospodarcza — pytania egzaminacyjne
============================================

Dlaczego w ogóle to zapisuję?
-----------------------------

Bo na egzaminie pytania się powtarzają, a notatki z wykładu są chaotyczne.

1. Czym był merkantylizm?
-------------------------

Doktryną, według której bogactwo państwa mierzy się zasobem kruszców.

2. Kiedy zniesiono pańszczyznę w zaborze pruskim?
-------------------------------------------------

W latach 1807–1823, w ramach reform uwłaszczeniowych.

3. Czym był system nakładczy?
-----------------------------

Organizacją produkcji, w której kupiec dostarcza surowiec chałupnikom.

4. Co to jest cło prohibicyjne?
-------------------------------

Cło tak wysokie, że praktycznie wstrzymuje import towaru.

5. Kto napisał „Bogactwo narodów”?
----------------------------------

Adam Smith, w 1776 roku.

6. Czym była rewolucja cen?
---------------------------

Wzrostem cen w Europie XVI wieku po napływie srebra z Ameryki.

7. Co to jest fizjokratyzm?
---------------------------

Doktryną, według której źródłem bogactwa jest ziemia.

8. Czym był Hanza?
------------------

Związkiem miast kupieckich nad Bałtykiem i Morzem Północnym.

Pytania?
--------

Pisz na grupie roku.
"""

FEW_ELSEWHERE = """\
# Processos — notas de aula

Pergunta?\tResposta

O que é um processo?\tUm programa em execução.
O que é uma thread?\tUma linha de execução dentro de um processo.
O que é um escalonador?\tA parte do sistema que escolhe o próximo processo.

## Por que usar memória virtual?

Para isolar os processos e executar programas maiores que a memória física.
"""


def _cards(text: str) -> list[tuple[str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question.splitlines()[0]) for d in extraction.drafts]


def test_a_question_heading_among_many_tab_lines_is_skipped_as_an_aside() -> None:
    extraction, diagnostics = extract_text(TAB_EXPORT)
    assert [d.convention for d in extraction.drafts] == ["tab-line"] * 9
    assert not any(d.kind == "unanswered" for d in diagnostics)
    assert not any(d.kind == "unclassified" and "Importieren" in d.message for d in diagnostics)
    assert any(d.kind == "skipped" and "aside" in d.message for d in diagnostics)


def test_question_headings_beside_numbered_questions_written_as_setext_headings_are_asides() -> None:
    cards = _cards(SETEXT_NUMBERED)
    assert ("heading", "Dlaczego w ogóle to zapisuję?") not in cards
    assert ("heading", "Pytania?") not in cards
    assert len(cards) == 8 and all(rule == "numbered" for rule, _ in cards)


def test_a_question_heading_beside_a_few_questions_of_another_convention_stays_a_card() -> None:
    cards = _cards(FEW_ELSEWHERE)
    assert ("heading", "Por que usar memória virtual?") in cards
    assert sum(1 for rule, _ in cards if rule == "tab-line") == 3


def test_question_headings_as_many_as_a_quarter_of_the_other_questions_stay_cards() -> None:
    headed = TAB_EXPORT.replace("## Klima\n", "## Was ist ein Passat?\n\nEin Ostwind.\n\n## Was ist Föhn?\n\nEin Fallwind.\n\n## Klima\n")
    cards = _cards(headed)
    assert ("heading", "Wie importiere ich das?") in cards
    assert ("heading", "Was ist ein Passat?") in cards


TERMINOLOGY_EXPORT = """\
# Terminologia di anatomia (esportazione)

Contesto d'esame: sono sessanta domande a scelta multipla, la terminologia non è valutata da sola.

## Ossa

omero\tosso del braccio
radio\tosso laterale dell'avambraccio
ulna\tosso mediale dell'avambraccio
femore\tosso della coscia
tibia\tosso mediale della gamba
perone\tosso laterale della gamba
rotula\tosso sesamoide del ginocchio
sterno\tosso piatto al centro del torace

> Trucco del corso: il suffisso indica la forma, la radice indica l'organo.
"""

TERMINOLOGY_SECTION = """\
# Kardiologie – Wiederholung

## Physiologie

Herzzeitvolumen ? Schlagvolumen mal Herzfrequenz
Mittlerer arterieller Druck ? zwei Drittel diastolisch plus ein Drittel systolisch
Erster Herzton ? Schluss der AV-Klappen
Zweiter Herzton ? Schluss der Taschenklappen
Dritter Herzton ? frühdiastolische Füllung
Vierter Herzton ? Vorhofkontraktion
Sinusknoten ? primärer Schrittmacher
AV-Knoten ? Verzögerung der Erregung

## Begriffe

Vorlast — enddiastolisches Volumen
Nachlast — Widerstand beim Auswurf
"""

FOOTER_QUESTION = """\
---
faq:
  - q: Wann begann der Erste Weltkrieg?
    a: 1914.
  - q: Wann endete der Erste Weltkrieg?
    a: 1918.
  - q: Wann wurde die Weimarer Verfassung verabschiedet?
    a: 1919.
  - q: Wann war die Hyperinflation?
    a: 1923.
  - q: Wann begann die Weltwirtschaftskrise?
    a: 1929.
  - q: Wann kam Hitler an die Macht?
    a: 1933.
  - q: Wann begann der Zweite Weltkrieg?
    a: 1939.
  - q: Wann endete der Zweite Weltkrieg?
    a: 1945.
---

# Geschichte — Daten

Die Fragen stehen oben in der Kopfzeile.

---

*Fehler gefunden?* Schreib mir eine Nachricht.
"""


def test_label_paragraphs_under_a_title_naming_terminology_are_asides_beside_tab_lines() -> None:
    extraction, diagnostics = extract_text(TERMINOLOGY_EXPORT)
    assert [d.convention for d in extraction.drafts] == ["tab-line"] * 8
    assert sum(1 for d in diagnostics if d.kind == "skipped" and "aside" in d.message) == 2


def test_definitions_in_a_section_of_their_own_stay_cards_beside_other_lines() -> None:
    cards = _cards(TERMINOLOGY_SECTION)
    assert ("glossary", "Vorlast") in cards and ("glossary", "Nachlast") in cards


def test_a_question_in_the_page_footer_is_an_aside_beside_a_front_matter_faq() -> None:
    cards = _cards(FOOTER_QUESTION)
    assert len(cards) == 8 and not any("Fehler" in q for _, q in cards)


def test_a_footer_question_in_notes_without_another_convention_stays_a_card() -> None:
    alone = FOOTER_QUESTION[FOOTER_QUESTION.index("# Geschichte") :]
    assert ("bold-question", "Fehler gefunden?") in _cards(alone)


def _label_post(pairs: int) -> str:
    body = "".join(
        f"**{n}. Pyetja.** Cili është simboli i elementit numër {n}?\n\n**Përgjigja.** Simboli {n}.\n\n✦ ✦ ✦\n\n"
        for n in range(1, pairs + 1)
    )
    return f"# Kimi: pyetje përsëritëse\n\nMbledhur nga grupi.\n\n## Pse përsërisim kështu?\n\nSepse funksionon.\n\n✦ ✦ ✦\n\n{body}"


def test_a_question_heading_over_many_label_pairs_is_an_aside() -> None:
    cards = _cards(_label_post(8))
    assert ("heading", "Pse përsërisim kështu?") not in cards
    assert len(cards) == 8 and all(rule == "alternating-label" for rule, _ in cards)


def test_a_question_heading_over_a_few_label_pairs_stays_a_card() -> None:
    extraction, _ = extract_text(_label_post(3))
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts][0] == (
        "heading", "Pse përsërisim kështu?", "Sepse funksionon.\n\n✦ ✦ ✦"
    )
    assert sum(1 for d in extraction.drafts if d.convention == "alternating-label") == 3


def _bold_bank(closing: str) -> str:
    """A Spanish question bank asking in bold paragraphs under topic headings, CLOSING after its last one."""
    topics = []
    for topic in ("Redes", "Bases de datos", "Sistemas operativos"):
        topics.append(f"## {topic}\n")
        for n in range(1, 4):
            topics.append(f"**¿Qué explica la pregunta {n} de {topic.lower()}?**\n\nLa respuesta {n} de {topic.lower()}.\n")
    return "# Banco de preguntas\n\n" + "\n".join(topics) + "\n" + closing


def test_a_question_heading_below_the_last_bold_question_is_the_page_s_closing_aside() -> None:
    extraction, _ = extract_text(_bold_bank("## ¿Dudas sobre esta página?\n\nEscríbenos en el canal #estudio.\n"))
    fronts = [d.question for d in extraction.drafts]
    assert len(fronts) == 9
    assert all(d.convention == "bold-question" for d in extraction.drafts)


def test_a_question_heading_above_the_bold_questions_stays_a_card() -> None:
    text = _bold_bank("").replace("## Redes\n", "## ¿Qué es una red?\n\nUn conjunto de equipos conectados.\n\n## Redes\n", 1)
    extraction, _ = extract_text(text)
    assert "¿Qué es una red?" in [d.question for d in extraction.drafts]
