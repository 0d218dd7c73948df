"""The passage-gloss rule: a passage to recall from (a quote, a plain-text fence) with the writer's gloss under it."""

from __future__ import annotations

from tests.helpers import extract_text

ZITATE = """\
# Faust I — Zitatesammlung fürs Abitur

Zitat lesen, alles darunter abdecken, Sprecher und Szene nennen.

## Studierzimmer

> „Da steh ich nun, ich armer Tor! / Und bin so klug als wie zuvor“

— **Faust, Nacht**
- Resignation des Gelehrten → Ausgangspunkt der Wette.

> „Zwei Seelen wohnen, ach! in meiner Brust“

— **Faust, Vor dem Tor**
- Antithese: Sinnlichkeit gegen Geist.
- Motiv der Zerrissenheit.

> „Ich bin der Geist, der stets verneint!“

— 🔁

## Gretchen

> „Nun sag, wie hast du's mit der Religion?“

— **Margarete, Marthens Garten**
- Die „Gretchenfrage“; sie prüft Fausts Glauben.

> „Heinrich! Mir graut's vor dir.“

—

> „Es irrt der Mensch, so lang er strebt.“

---

> „Grau, teurer Freund, ist alle Theorie“

Eine Randbemerkung ohne Gedankenstrich.
"""

JOURNAL = """\
# Journal des erreurs PostgreSQL

Je colle la première ligne de chaque erreur, puis j'explique **pourquoi** et **comment** je l'ai corrigée.

## Schémas

### 2025-03-02 · TP 3

```text
ERROR:  relation "clients" does not exist
```

**Pourquoi :** la table est dans le schéma `ventes`, absent du `search_path`.
**Correction :** `SET search_path TO ventes, public;`

### 2025-03-04 · TP 3

```text
ERROR:  column "nom" is of type integer but expression is of type text
```

**Pourquoi :** j'avais inversé deux colonnes dans l'`INSERT`.
**Correction :** nommer les colonnes dans l'`INSERT`.

## Contraintes

### 2025-03-09 · TP 4

```text
ERROR:  duplicate key value violates unique constraint "clients_pkey"
```

**Pourquoi :** la séquence était en retard sur les données importées.
**Correction :** `SELECT setval('clients_id_seq', max(id)) FROM clients;`

### 2025-03-11 · TP 4

```text
ERROR:  deadlock detected
```

**Pourquoi :**
**Correction :** relancé la transaction, ça a marché.

---

> « Lisez le message d'erreur en entier. » — le chargé de TD
"""


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


def test_quotes_are_glossed_by_the_dash_line_and_the_notes_under_it() -> None:
    cards, unanswered = _outcome(ZITATE)
    assert [(c[0], c[1]) for c in cards] == [
        ("passage-gloss", "„Da steh ich nun, ich armer Tor! / Und bin so klug als wie zuvor“"),
        ("passage-gloss", "„Zwei Seelen wohnen, ach! in meiner Brust“"),
        ("passage-gloss", "„Nun sag, wie hast du's mit der Religion?“"),
    ]
    assert cards[0][2] == "**Faust, Nacht**\n\n- Resignation des Gelehrten → Ausgangspunkt der Wette."
    assert cards[1][2].endswith("- Motiv der Zerrissenheit.")
    assert cards[2][3] == ("Gretchen",)
    assert any("der stets verneint" in u for u in unanswered)
    assert any("Mir graut's vor dir" in u for u in unanswered)
    assert any("Es irrt der Mensch" in u for u in unanswered)  # no gloss at all, a rule after it
    assert len(unanswered) == 3
    assert not any("Theorie" in c[1] for c in cards)
    assert not any("Theorie" in u for u in unanswered)
    assert not any(c[1] in ("Studierzimmer", "Gretchen") for c in cards)


def test_error_lines_are_glossed_by_labelled_lines() -> None:
    cards, unanswered = _outcome(JOURNAL)
    assert [c[0] for c in cards] == ["passage-gloss"] * 3
    assert cards[0][1] == '```text\nERROR:  relation "clients" does not exist\n```'
    assert cards[0][2].startswith("**Pourquoi :** la table est dans le schéma")
    assert cards[0][2].endswith("**Correction :** `SET search_path TO ventes, public;`")
    assert cards[2][3] == ("Contraintes", "2025-03-09 · TP 4")
    assert unanswered == ["ERROR: deadlock detected"]
    assert not any("2025-03" in c[1] for c in cards)  # the dated headings are context, not topics
    assert not any("chargé de TD" in c[1] for c in cards)


def test_epigraphs_remarks_on_code_and_too_few_passages_are_left_alone() -> None:
    epigraphs = """\
# Citas para el ensayo

> «En un lugar de la Mancha, de cuyo nombre no quiero acordarme»

— Cervantes

> «Caminante, no hay camino, se hace camino al andar»

— Antonio Machado

> «La vida es sueño»

— Calderón de la Barca
"""
    code = """\
# Snippets

```
print(1)
```

**Note:** it prints one.

```
print(2)
```

**Note:** it prints two.

```
print(3)
```

**Note:** it prints three.

> "Only two quotes here"

— **Someone**
- a note

> "and a second one"

— **Someone else**
- another note
"""
    for text in (epigraphs, code):
        cards, unanswered = _outcome(text)
        assert not [c for c in cards if c[0] == "passage-gloss"], text
        assert not unanswered
