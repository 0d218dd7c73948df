"""The filled-item rule: a numbered worksheet filled in by hand, each item answered by the learner's mark
written into it (bold in a blank, a ticked box, a bold bracket, a bold list or quote under it); an item left
with only blanks, an empty bracket or an empty bullet is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Chemistry in French: a blank filled in bold, ticked boxes on the line and one a line, a bold list, a quote.
CHIMIE = """\
# Chimie — fiche de révision 3

Réponses en **gras** : ce que j'ai écrit en classe.

## Questions

1. L'eau bout à ___**100**___ °C au niveau de la mer. ✔

2. Vrai ou faux : le sel de table est un corps pur simple.
   ☐ Vrai ☒ **Faux** ✔

3. Cochez le gaz rejeté par la photosynthèse :
   ☐ a. le diazote
   ☒ b. **le dioxygène**
   ☐ c. le méthane

4. Citez deux gaz nobles.
   - **l'hélium**
   - **le néon** ✔

5. Expliquez pourquoi un glaçon flotte.
   > **La glace est moins dense que l'eau liquide.**
   > (prof : « pense aux liaisons hydrogène »)

6. Le symbole du sodium est ________.

7. Donnez trois propriétés des métaux : ________, ________ et ________.
   -
"""

# Geography in Spanish: bold brackets closing the items, a lettered key naming an option, an empty bracket.
GEOGRAFIA = """\
# Geografía — ficha 2

1. El río más largo de Europa es el Volga. **(verdadero)**
2. Madrid está a orillas del mar. **(falso — está en el interior)**
3. ¿Cuál es la capital de Perú? **(b)**
    - a) Cusco
    - b) Lima
    - c) Arequipa
4. ¿Qué cordillera separa España de Francia? **( )**
5. Nombra dos afluentes del Ebro.
"""

# German cooking steps ending with bold asides: no blank, no question, no tick.
REZEPT = """\
# Brotrezept

1. Mehl abwiegen **(500 g)**
2. Hefe auflösen **(lauwarm)**
3. Zehn Minuten kneten **(von Hand)**
"""

# Biology in Italian: numbered questions answered by plain paragraphs under them, another convention.
BIOLOGIA = """\
# Biologia

1. Che cos'è l'osmosi?

   Il passaggio di acqua attraverso una membrana semipermeabile.

2. Che cosa fa il ribosoma? **(importante)**

   Sintetizza le proteine.
"""


def test_marks_written_into_the_items_answer_them() -> None:
    cards, unanswered = cards_and_unanswered(CHIMIE)
    assert [(rule, front, back) for _, rule, front, back in cards] == [
        ("filled-item", "L'eau bout à ___ °C au niveau de la mer.", "100"),
        ("filled-item", "Vrai ou faux : le sel de table est un corps pur simple.", "Faux"),
        ("filled-item", "Cochez le gaz rejeté par la photosynthèse :", "b. le dioxygène"),
        ("filled-item", "Citez deux gaz nobles.", "- l'hélium\n- le néon"),
        (
            "filled-item",
            "Expliquez pourquoi un glaçon flotte.",
            "La glace est moins dense que l'eau liquide.\n(prof : « pense aux liaisons hydrogène »)",
        ),
    ]
    assert [line for line, _, _, _ in cards] == [7, 9, 12, 17, 21]
    assert unanswered == [
        (25, "Le symbole du sodium est ________."),
        (27, "Donnez trois propriétés des métaux : ________, ________ et ________."),
    ]


def test_a_bold_bracket_closing_the_item_answers_it_and_a_letter_gives_its_option() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAFIA)
    assert [(rule, front, back) for _, rule, front, back in cards] == [
        ("filled-item", "El río más largo de Europa es el Volga.", "verdadero"),
        ("filled-item", "Madrid está a orillas del mar.", "falso — está en el interior"),
        ("filled-item", "¿Cuál es la capital de Perú?", "b) Lima"),
    ]
    assert unanswered == [
        (9, "¿Qué cordillera separa España de Francia?"),
        (10, "Nombra dos afluentes del Ebro."),
    ]


def test_steps_with_bold_asides_are_no_worksheet() -> None:
    cards, unanswered = cards_and_unanswered(REZEPT)
    assert all(rule != "filled-item" for _, rule, _, _ in cards)
    assert unanswered == []


def test_questions_answered_by_paragraphs_are_left_to_their_rule() -> None:
    cards, _ = cards_and_unanswered(BIOLOGIA)
    assert cards
    assert all(rule != "filled-item" for _, rule, _, _ in cards)


# A reading group in Portuguese: questions answered by bullets that open with a bold speaker label.
LEITURA = """\
# Clube de leitura — capítulo 4

1. Por que o narrador mente ao leitor?
   - **@ana:** para esconder a própria culpa.
   - **Consenso:** culpa e vergonha.

2. O final é ambíguo?
   - **@rui:** sim, de propósito.
"""


def test_bullets_opening_with_a_bold_label_are_no_filled_answer() -> None:
    cards, _ = cards_and_unanswered(LEITURA)
    assert cards
    assert all(rule != "filled-item" for _, rule, _, _ in cards)
    assert any("**@ana:**" in back for _, _, _, back in cards)
