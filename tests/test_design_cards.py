"""The design-card rule: sphinx-design cards (Jupyter Book, MyST) whose header asks and whose body answers."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

PAGE = """\
# Chapitre 4 — La Révolution française

```{admonition} Mode d'emploi
:class: tip
Lisez la question en haut de chaque carte, répondez, puis lisez la réponse.
```

## Repères

| Date | Événement |
|---|---|
| 1789 | États généraux |

## Cartes de révision

::::{grid} 1 1 2 2
:gutter: 2

:::{card}
**1.** En quelle année a eu lieu la prise de la Bastille ?
^^^
Le 14 juillet 1789.
+++
Leçon 4.1 · ⭐
:::

:::{card}
**2.** Qu'est-ce que la Déclaration des droits de l'homme ?
^^^
Un texte adopté en août 1789 :
```text
Les hommes naissent et demeurent libres et égaux en droits.
```
+++
Leçon 4.2
:::

:::{card}
**3.** Qui était Robespierre ?
^^^
TODO
+++
Leçon 4.3
:::

:::{card}
**4.** Que fut la Terreur ?
^^^
+++
Leçon 4.3
:::

::::

## Navigation

::::{grid} 2
:::{card} ← Chapitre 3
:link: chapitre-3
:::
:::{card} Chapitre 5 →
:link: chapitre-5
:::
::::
"""


def test_the_header_asks_and_the_body_answers_the_footer_off_the_card() -> None:
    cards, unanswered = cards_and_unanswered(PAGE)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (19, "design-card", "En quelle année a eu lieu la prise de la Bastille ?", "Le 14 juillet 1789."),
        (
            27,
            "design-card",
            "Qu'est-ce que la Déclaration des droits de l'homme ?",
            "Un texte adopté en août 1789 :\n```text\nLes hommes naissent et demeurent libres et égaux en droits.\n```",
        ),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Qui était Robespierre ?", "Que fut la Terreur ?"]


def test_navigation_cards_and_the_sections_around_the_grid_are_no_cards() -> None:
    extraction, _ = extract_text(PAGE)
    assert {d.convention for d in extraction.drafts} == {"design-card"}
    assert extraction.drafts[0].context == ("Cartes de révision",)


def test_backtick_cards_asking_by_their_title() -> None:
    text = (
        "# Biologi sel\n\n"
        "`````{grid} 2\n\n"
        "````{card} Apa fungsi ribosom?\nMembuat protein.\n````\n\n"
        "````{card} Di mana fotosintesis terjadi?\nDi kloroplas.\n````\n\n"
        "`````\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "design-card"] == [
        ("Apa fungsi ribosom?", "Membuat protein."),
        ("Di mana fotosintesis terjadi?", "Di kloroplas."),
    ]


def test_a_grid_of_feature_boxes_asks_nothing() -> None:
    text = (
        "# Dokumentasi\n\n"
        "::::{grid} 3\n\n"
        ":::{card} Instalasi\nPasang paket dengan pip.\n:::\n\n"
        ":::{card} Konfigurasi\nAtur berkas `config.toml`.\n:::\n\n"
        ":::{card} Rilis\nLihat catatan rilis.\n:::\n\n"
        "::::\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "design-card"]
    assert not unanswered


GRID = """\
# Repaso de redes

<div class="grid cards" markdown>

-   :material-lan:{ .lg .middle } __¿Qué diferencia hay entre TCP y UDP?__

    ---

    TCP garantiza el orden y la entrega; UDP no, pero es más ligero.

-   :material-dns: **Explica qué hace un servidor DNS.**

    ---

    Traduce nombres de dominio en direcciones IP.

    ```text
    ejemplo.org -> 93.184.216.34
    ```

-   :material-router:{ .lg .middle } __¿Para qué sirve una máscara de subred?__

    ---

    *(me falta — preguntar a Lucía el jueves)*

-   :material-book:{ .lg .middle } __Lecturas__

    ---

    Repasa [el capítulo 3 del libro](https://example.org/cap3) antes del examen.

-   :material-chat:{ .lg .middle } __¿Dudas?__

    ---

    Escribe en [el foro del curso](https://example.org/foro).

</div>
"""


def test_a_material_grid_of_cards_title_over_the_rule_answer_under_it() -> None:
    cards, unanswered = cards_and_unanswered(GRID)
    assert [(q, a) for _, rule, q, a in cards if rule == "design-card"] == [
        ("¿Qué diferencia hay entre TCP y UDP?", "TCP garantiza el orden y la entrega; UDP no, pero es más ligero."),
        (
            "Explica qué hace un servidor DNS.",
            "Traduce nombres de dominio en direcciones IP.\n\n```text\nejemplo.org -> 93.184.216.34\n```",
        ),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["¿Para qué sirve una máscara de subred?"]


def test_grid_cards_pointing_to_a_link_are_navigation() -> None:
    extraction, _ = extract_text(GRID)
    assert not [d for d in extraction.drafts if "Lecturas" in d.question or "Dudas" in d.question]


def test_a_grid_of_feature_cards_in_polish_asks_nothing() -> None:
    text = (
        "# Dokumentacja\n\n"
        '<div class="grid cards" markdown>\n\n'
        "-   :material-download: __Instalacja__\n\n    ---\n\n    Zainstaluj pakiet przez `pip`.\n\n"
        "-   :material-cog: __Konfiguracja__\n\n    ---\n\n    Ustaw plik `config.toml`.\n\n"
        "</div>\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "design-card"]


def test_a_grid_whose_items_have_no_rule_is_left_alone() -> None:
    text = (
        "# Pytania\n\n"
        '<div class="grid cards" markdown>\n\n'
        "-   __Czym jest DNS?__ System nazw domen.\n"
        "-   __Czym jest DHCP?__ Przydziela adresy.\n\n"
        "</div>\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "design-card"]


PRINTED = """\
# Kemia — tulostettavat kortit

Tulosta, leikkaa ja taita jokainen kortti viivan kohdalta.

<table>
<tr>
<td width="50%">
<b>Mikä on katalyytti?</b>
<hr>
Aine, joka nopeuttaa reaktiota kulumatta itse.
</td>
<td width="50%">
<strong>Selitä, mitä hapettuminen tarkoittaa.</strong>
<hr>
Aine luovuttaa elektroneja; sen <i>hapetusluku</i> kasvaa.
</td>
</tr>
<tr>
<td><b>Mikä on moolimassa?</b><hr></td>
<td><b>Mitä pH kertoo?</b><hr>TODO</td>
</tr>
<tr>
<td colspan="2">✂ leikkaa tästä ✂</td>
</tr>
</table>
"""


def test_a_printed_table_of_cards_bold_title_fold_line_answer() -> None:
    cards, unanswered = cards_and_unanswered(PRINTED)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "design-card"] == [
        (7, "Mikä on katalyytti?", "Aine, joka nopeuttaa reaktiota kulumatta itse."),
        (12, "Selitä, mitä hapettuminen tarkoittaa.", "Aine luovuttaa elektroneja; sen *hapetusluku* kasvaa."),
    ]
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [
        (19, "Mikä on moolimassa?"),
        (20, "Mitä pH kertoo?"),
    ]


def test_printed_cards_in_another_language() -> None:
    text = (
        "# Historia\n\n"
        "<table>\n<tr>\n"
        "<td><b>Kiedy odbył się chrzest Polski?</b><hr>W 966 roku.</td>\n"
        "<td><b>Kto był pierwszym królem Polski?</b><hr>Bolesław Chrobry (1025).</td>\n"
        "</tr>\n</table>\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "design-card"] == [
        ("Kiedy odbył się chrzest Polski?", "W 966 roku."),
        ("Kto był pierwszym królem Polski?", "Bolesław Chrobry (1025)."),
    ]
    assert not unanswered


def test_a_table_of_bold_names_over_a_rule_is_no_deck() -> None:
    text = (
        "# Zespół\n\n"
        "<table>\n<tr>\n"
        "<td><b>Anna Kowalska</b><hr>Kierowniczka projektu.</td>\n"
        "<td><b>Jan Nowak</b><hr>Programista.</td>\n"
        "</tr>\n</table>\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "design-card"]
