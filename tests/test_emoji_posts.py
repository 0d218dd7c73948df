"""The emoji-post rule: a question-emoji paragraph answered by the next answer-emoji paragraph."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

POSTS = """\
# Chemie-Fragen des Tages

Legende: ❓ Frage, ✔️ Antwort, 📌 Merksatz.

## Woche 3

🤔 **Q: Warum ist Wasser ein Dipol?**

✔️ **Antwort:** Sauerstoff ist elektronegativer als Wasserstoff, und das Molekül ist gewinkelt.

📌 Gewinkelt: 104,5°.

---

❓ What does this print?

```python
print(0.1 * 3 == 0.3)
```

👉 `False`: binary floating point cannot hold 0.1 exactly.

---

❓ List the noble gases.

✅ The elements of group 18:

- helium, neon, argon
- krypton, xenon, radon

---

🙋 ¿Qué es un catalizador?

🚧 respuesta mañana

---

❔ Is glass a liquid?

---

❓ What is a buffer?

💡 Answer: A solution that resists changes of pH when acid or base is added.

Thanks for reading!
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_an_emoji_question_is_answered_by_the_next_answer_emoji_paragraph() -> None:
    cards = [c for c in drafted_cards(POSTS) if c[0] == "emoji-post"]
    assert cards == [
        (
            "emoji-post",
            "Warum ist Wasser ein Dipol?",
            "Sauerstoff ist elektronegativer als Wasserstoff, und das Molekül ist gewinkelt.",
        ),
        (
            "emoji-post",
            "What does this print?\n\n```python\nprint(0.1 * 3 == 0.3)\n```",
            "`False`: binary floating point cannot hold 0.1 exactly.",
        ),
        (
            "emoji-post",
            "List the noble gases.",
            "The elements of group 18:\n\n- helium, neon, argon\n- krypton, xenon, radon",
        ),
        ("emoji-post", "What is a buffer?", "A solution that resists changes of pH when acid or base is added."),
    ]


def test_a_tip_after_the_answer_is_not_part_of_it_and_becomes_no_card() -> None:
    cards = drafted_cards(POSTS)
    assert not any("104,5" in answer or "104,5" in question for _, question, answer in cards)
    assert not any("Thanks for reading" in answer for _, _, answer in cards)


def test_a_placeholder_or_a_missing_answer_leaves_the_question_unanswered() -> None:
    missing = _unanswered(POSTS)
    assert "¿Qué es un catalizador?" in missing
    assert "Is glass a liquid?" in missing


def test_one_emoji_question_alone_is_no_convention() -> None:
    text = "# Notes\n\n🤔 I wonder whether this works.\n\n✅ Done: the build passes now.\n"
    assert not [c for c in drafted_cards(text) if c[0] == "emoji-post"]


def test_a_legend_line_naming_the_marks_asks_nothing() -> None:
    extraction, _ = extract_text(POSTS)
    assert not any("Legende" in d.question for d in extraction.drafts)


def test_an_answer_on_the_next_line_of_the_question_paragraph_is_its_answer() -> None:
    text = (
        "# Geografia\n\n"
        "❓ Qual é a capital da Austrália?\n✅ Camberra, não Sydney.\n\n"
        "❓ Qual é o maior oceano?\n✔️ O Pacífico.\n\n"
        "❓ Quantos países tem a América do Sul?\n"
    )
    cards = [(q, a) for c, q, a in drafted_cards(text) if c == "emoji-post"]
    assert cards == [("Qual é a capital da Austrália?", "Camberra, não Sydney."), ("Qual é o maior oceano?", "O Pacífico.")]
    assert "Quantos países tem a América do Sul?" in _unanswered(text)


SQ3R_FR = """\
# Histoire — chapitre 4 (méthode SQ3R)

❓ **Question :** Pourquoi la monarchie de Juillet tombe-t-elle en 1848 ?

🗣️ **Récitation :** La crise économique et le refus d'élargir le suffrage.

❓ **Question :** Qui dirige le gouvernement provisoire ?

🗣️ **Récitation :**

❓ **Question :** Que proclame-t-on le 25 février 1848 ?

📌 Voir la frise p. 52.
"""


def test_a_labelled_question_is_answered_by_the_next_labelled_emoji_paragraph() -> None:
    extraction, diagnostics = extract_text(SQ3R_FR)
    cards = [(d.question, d.answer) for d in extraction.drafts if d.convention == "emoji-post"]
    assert cards == [
        ("Pourquoi la monarchie de Juillet tombe-t-elle en 1848 ?", "La crise économique et le refus d'élargir le suffrage."),
    ]
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert any("gouvernement provisoire" in u for u in unanswered)
    assert any("25 février" in u for u in unanswered)  # a note without a label answers nothing


# Question → evidence → conclusion, as revision methods that reason in steps lay it out (here in Spanish and
# Indonesian): the conclusion after the points is the answer.
STEPS_ES = """\
# Biología — repaso por pasos

## Célula

❓ **Pregunta guía:** ¿Por qué las células son pequeñas?

🔎 **Pruebas:**
- La superficie crece al cuadrado, el volumen al cubo.
- La difusión es lenta a grandes distancias.

✅ **Conclusión:** Porque una célula pequeña intercambia sustancias con rapidez suficiente para su volumen.

---

❓ **Pregunta guía:** ¿Por qué las mitocondrias tienen ADN propio?

🔎 **Pruebas:**
- Se dividen por fisión, como las bacterias.

✅ **Conclusión:** _[por terminar — falta la teoría endosimbiótica]_

---

❓ **Pregunta guía:** ¿Qué hace el aparato de Golgi?

🔎 **Pruebas:**

✅ **Conclusión:** TODO
"""

STEPS_ID = """\
# Sejarah — metode bertahap

❓ **Pertanyaan:** Mengapa VOC dibubarkan pada 1799?

📚 **Bukti:**
- Korupsi pegawai.
- Utang yang menumpuk.

☑️ **Simpulan:** Karena korupsi dan utang membuat kongsi dagang itu bangkrut.

❓ **Pertanyaan:** Kapan Sumpah Pemuda diikrarkan?

📚 **Bukti:**
- Kongres Pemuda II di Batavia.

☑️ **Simpulan:** 28 Oktober 1928.
"""


def test_a_conclusion_after_the_evidence_is_the_answer() -> None:
    extraction, _ = extract_text(STEPS_ES)
    cards = [(d.question, d.answer) for d in extraction.drafts if d.convention == "emoji-post"]
    assert [q for q, _ in cards] == ["¿Por qué las células son pequeñas?"]
    answer = cards[0][1]
    assert answer.startswith("**Pruebas:**\n\n- La superficie")
    assert answer.endswith(
        "**Conclusión:** Porque una célula pequeña intercambia sustancias con rapidez suficiente para su volumen."
    )


def test_a_conclusion_left_as_a_note_leaves_the_question_unanswered_whatever_the_evidence() -> None:
    assert _unanswered(STEPS_ES) == [
        "¿Por qué las mitocondrias tienen ADN propio?",
        "¿Qué hace el aparato de Golgi?",
    ]


def test_the_steps_read_the_same_in_another_language_and_another_answer_mark() -> None:
    extraction, _ = extract_text(STEPS_ID)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "emoji-post"}
    assert list(cards) == ["Mengapa VOC dibubarkan pada 1799?", "Kapan Sumpah Pemuda diikrarkan?"]
    assert cards["Kapan Sumpah Pemuda diikrarkan?"].endswith("**Simpulan:** 28 Oktober 1928.")
    assert _unanswered(STEPS_ID) == []


def test_a_labelled_reply_without_a_concluding_answer_emoji_stays_the_answer() -> None:
    text = STEPS_ID.replace("☑️ **Simpulan:** 28 Oktober 1928.\n", "")
    cards = {d.question: d.answer for d in extract_text(text)[0].drafts if d.convention == "emoji-post"}
    assert cards["Kapan Sumpah Pemuda diikrarkan?"] == "- Kongres Pemuda II di Batavia."
