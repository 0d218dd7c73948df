"""Quiz markup that flags the right choice: MDX `<Question choices={[…]} />` components under question
headings (with the doc-builder's `[[anchor]]` heading ids) and Markua `{quiz}` … `{/quiz}` blocks."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

COMPONENTS = """\
# Quiz zum Kapitel 4[[quiz-kapitel-4]]

Versuche die Fragen, bevor du weiterliest.

### 1. Welches Organell betreibt die Zellatmung?[[zellatmung]]

<Question
\tchoices={[
\t\t{
\t\t\ttext: "Der Zellkern",
\t\t\texplain: "Er speichert die DNA."
\t\t},
\t\t{
\t\t\ttext: "Das Mitochondrium",
\t\t\texplain: "Richtig \\u2014 hier entsteht das meiste ATP.",
\t\t\tcorrect: true
\t\t}
\t]}
/>

### 2. Welche Basen kommen in der DNA vor?[[basen]]

<Question
\tchoices={[
\t\t{ text: "Adenin", explain: "", correct: true },
\t\t{ text: 'Uracil', explain: "Nur in der RNA." },
\t\t{ text: "Thymin", explain: "", correct: true }
\t]}
/>

{#if fw === 'pt'}
### 3. Was gibt dieser Aufruf aus?[[aufruf]]

```py
print(len("ATGC"))
```

<Question
\tchoices={[
\t\t{ text: "<code>4</code>", explain: "Vier Zeichen.", correct: true },
\t\t{ text: "<code>ATGC</code>", explain: "" }
\t]}
/>
{/if}

### 4. Wie viele Chromosomen hat eine menschliche Körperzelle?[[chromosomen]]

<Question
\tchoices={[
\t\t{ text: "23", explain: "" },
\t\t{ text: "46", explain: "" }
\t]}
/>

### 5. Wozu dient die Zellmembran?[[membran]]

<!-- Auswahl fehlt noch -->

## Noch Fragen?[[noch-fragen]]

Frag im [Forum](https://forum.example.org) nach.
"""


def test_each_component_is_a_card_answered_by_its_right_choices():
    cards, unanswered = cards_and_unanswered(COMPONENTS)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (
            5,
            "quiz-component",
            "Welches Organell betreibt die Zellatmung?",
            "Das Mitochondrium\n\nRichtig — hier entsteht das meiste ATP.",
        ),
        (21, "quiz-component", "Welche Basen kommen in der DNA vor?", "- Adenin\n- Thymin"),
        (
            32,
            "quiz-component",
            'Was gibt dieser Aufruf aus?\n\n```py\nprint(len("ATGC"))\n```',
            "<code>4</code>\n\nVier Zeichen.",
        ),
    ]
    assert unanswered == [
        (46, "Wie viele Chromosomen hat eine menschliche Körperzelle? (no choice marked right)"),
        (55, "Wozu dient die Zellmembran? (no choices)"),
    ]


def test_the_heading_id_and_the_question_signpost_stay_off_the_cards():
    cards, unanswered = cards_and_unanswered(COMPONENTS)
    assert not any("[[" in q or "Noch Fragen" in q for _, _, q, _ in cards)
    assert not any("Noch Fragen" in m for _, m in unanswered)


MARKUA = """\
# Chapitre 3 : les fonctions

{quiz, id: ch3-a, attempts: 2}

Choisis la bonne réponse.

? Quel mot-clé définit une fonction en Python ?

a) `func`
B) `def`
c) `lambda`

{choose-answers: 3}
? Quelles valeurs sont fausses en Python ?

A) `0`
m) `"0"`
C) `None`
o) `[0]`

? Que renvoie une fonction sans `return` ?

! `None`

? Qu'est-ce qu'une fermeture ?

!

? Quelle est la portée d'une variable globale ?

a) le module
b) la fonction

{/quiz}

{exercise, id: ch3-ex}
? Écris une fonction qui inverse une chaîne.

<!-- TODO : corrigé -->
{/exercise}
"""


def test_each_markua_question_is_a_card_answered_by_its_capital_options_or_expected_answer():
    cards, unanswered = cards_and_unanswered(MARKUA)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (7, "quiz-component", "Quel mot-clé définit une fonction en Python ?", "`def`"),
        (14, "quiz-component", "Quelles valeurs sont fausses en Python ?", "- `0`\n- `None`"),
        (21, "quiz-component", "Que renvoie une fonction sans `return` ?", "`None`"),
    ]
    assert unanswered == [
        (25, "Qu'est-ce qu'une fermeture ? (empty answer)"),
        (29, "Quelle est la portée d'une variable globale ? (no choice marked right)"),
        (37, "Écris une fonction qui inverse une chaîne."),
    ]


def test_portuguese_markua_quiz_keeps_its_heading_as_context():
    text = """\
# Geografia

## Capitais

{quiz, id: capitais}

? Qual é a capital da Austrália?

a) Sydney
B) Camberra
c) Melbourne

? Qual é a capital do Canadá?

! Otava

{/quiz}
"""
    extraction_cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in extraction_cards] == [
        ("Qual é a capital da Austrália?", "Camberra"),
        ("Qual é a capital do Canadá?", "Otava"),
    ]
    assert unanswered == []


def test_markup_shown_as_code_unclosed_or_without_a_literal_is_left_alone():
    text = """\
# Wie man ein Quiz schreibt

```markdown
{quiz, id: beispiel}
? Wie viel ist 2 + 2?
B) 4
{/quiz}
```

```mdx
<Question choices={[{ text: "Ja", correct: true }]} />
```

### Welche Farbe hat der Himmel?

<Question choices={antworten} />

{quiz, id: offen}

? Ein Block, der nie endet?

A) ja
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "quiz-component" for _, rule, _, _ in cards)
    assert not any("2 + 2" in m or "nie endet" in m for _, m in unanswered)


def test_an_obsidian_link_after_a_heading_stays_in_it():
    text = """\
# Notizen

## Warum ist der Himmel blau? [[Rayleigh-Streuung]]

Kurzwelliges Licht wird stärker gestreut.
"""
    cards, _ = cards_and_unanswered(text)
    assert [q for _, _, q, _ in cards] == ["Warum ist der Himmel blau? [[Rayleigh-Streuung]]"]


def test_framework_versions_of_a_question_give_one_card_and_a_heading_over_two_components_none():
    text = """\
# Quiz

### 1. Quelle méthode charge un modèle ?[[charger]]

{#if fw === 'pt'}
<Question choices={[{ text: "<code>from_pretrained()</code>", correct: true }, { text: "<code>load()</code>" }]} />
{:else}
<Question choices={[{ text: "<code>TFAutoModel.from_pretrained()</code>", correct: true }]} />
{/if}

### 2. Questions en vrac[[vrac]]

<Question choices={[{ text: "Oui", correct: true }]} />

<Question choices={[{ text: "Non", correct: true }]} />
"""
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards if rule == "quiz-component"] == [
        ("quiz-component", "Quelle méthode charge un modèle ?", "<code>from_pretrained()</code>")
    ]
