"""The bold-item rule: a numbered list of bold questions or tasks, answered by the blocks indented under them."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHEMISTRY = """\
# Organic chemistry — exam bank

## Mechanisms

1. 🔥 **Explain why tertiary carbocations are more stable than primary ones.**

    *Answer:* hyperconjugation and the inductive push of three alkyl groups spread the positive charge.

2. **What does a nucleophile attack in an SN2 reaction?**

    _Idea:_ the carbon bearing the leaving group, from the back side, inverting its configuration.

    ```text
    Nu:- + R-X -> Nu-R + X:-
    ```

3. **Draw the mechanism of an E1 elimination.**

    (ran out of time, TODO)

4. **Name the product of ozonolysis of 2-butene.**

    Two molecules of acetaldehyde.

5. **Compare SN1 and SN2 rates in polar protic solvents.**

## Next
"""


def test_bold_items_with_indented_answers_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (
            5,
            "bold-item",
            "Explain why tertiary carbocations are more stable than primary ones.",
            "hyperconjugation and the inductive push of three alkyl groups spread the positive charge.",
        ),
        (
            9,
            "bold-item",
            "What does a nucleophile attack in an SN2 reaction?",
            "the carbon bearing the leaving group, from the back side, inverting its configuration.\n\n"
            "```text\nNu:- + R-X -> Nu-R + X:-\n```",
        ),
        (21, "bold-item", "Name the product of ozonolysis of 2-butene.", "Two molecules of acetaldehyde."),
    ]
    assert unanswered == [
        (17, "Draw the mechanism of an E1 elimination. (placeholder)"),
        (25, "Compare SN1 and SN2 rates in polar protic solvents."),
    ]


def test_spanish_bank_with_star_markers() -> None:
    text = (
        "# Redes\n\n1. ★ **¿Qué es una máscara de subred?**\n\n    _Respuesta:_ indica qué bits de la dirección son de red.\n\n"
        "2. **Explica la diferencia entre TCP y UDP.**\n\n    TCP es orientado a conexión; UDP no.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bold-item", "¿Qué es una máscara de subred?", "indica qué bits de la dirección son de red."),
        ("bold-item", "Explica la diferencia entre TCP y UDP.", "TCP es orientado a conexión; UDP no."),
    ]


def test_bold_topic_names_with_prose_are_not_cards() -> None:
    text = (
        "# Ecology\n\n1. **Photosynthesis**\n\n    Plants turn light into sugar in their chloroplasts.\n\n"
        "2. **Food webs**\n\n    Who eats whom, drawn as a graph of energy flow.\n\n"
        "3. **Nitrogen cycle**\n\n    Bacteria fix nitrogen from the air into ammonia.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bold-item"]
    assert not [u for u in unanswered if "Photosynthesis" in u[1]]


def test_bold_tasks_without_any_answer_are_left_alone() -> None:
    text = "# Plan\n\n1. **Write the report.**\n2. **Email the reviewers.**\n3. **Book the room.**\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bold-item"]
    assert unanswered == []


def test_a_list_with_one_plain_item_is_not_this_rule() -> None:
    text = (
        "# Physics\n\n1. **What is inertia?**\n\n    Resistance to a change of motion.\n\n"
        "2. Newton's second law, in words.\n\n    Force equals mass times acceleration.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bold-item"]


def test_sayings_glossed_under_one_label_are_read_though_they_do_not_ask() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Refranes\n\n"
        "1. **Más vale tarde que nunca.**\n   - *Significado:* Es mejor hacer algo tarde que no hacerlo.\n"
        "2. **A quien madruga, Dios le ayuda.**\n   - *Significado:* El esfuerzo temprano trae recompensa.\n"
        "3. **No hay mal que por bien no venga.**\n   - *Significado:* _?? — no lo apunté_\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("bold-item", "Más vale tarde que nunca.", "Es mejor hacer algo tarde que no hacerlo."),
        ("bold-item", "A quien madruga, Dios le ayuda.", "El esfuerzo temprano trae recompensa."),
    ]
    assert [u[0] for u in unanswered] == [7]


def test_bold_topics_with_different_or_several_nested_notes_stay_outlines() -> None:
    for text in (
        "# Kapitel\n\n1. **Zellatmung.**\n   - *Ort:* Mitochondrien\n2. **Fotosynthese.**\n   - *Dauer:* tagsüber\n",
        "# Kapitel\n\n1. **Zellatmung.**\n   - *Ort:* Mitochondrien\n   - *Produkt:* ATP\n"
        "2. **Fotosynthese.**\n   - *Ort:* Chloroplasten\n   - *Produkt:* Glukose\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "bold-item"], text
