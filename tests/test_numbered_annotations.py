"""The numbered-annotation rule: Material for MkDocs annotations, questions closed by markers `(1)`, `(2)` …
in a paragraph or list carrying an attribute list, or in a code fence's comments, each answered by the item
of that number in the ordered list right after."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Química orgánica — repaso

## Grupos funcionales

- ¿Qué grupo funcional tienen los alcoholes? (1)
- ¿Qué diferencia a una cetona de un aldehído? (2)
- ¿Cuál es el producto de oxidar un alcohol primario? (3)
{ .annotate }

1.  El grupo hidroxilo, `-OH`, unido a un carbono saturado.
2.  En la cetona el carbonilo está entre dos carbonos; en el aldehído,
    en el extremo de la cadena.
3.  TODO

¿Por qué el etanol se disuelve en agua? (1)
{ .annotate }

1.  Forma puentes de hidrógeno con el agua a través de su grupo `-OH`.

¿Qué es la quiralidad?

## Pendiente

- [ ] ¿Cómo se nombra un éster según la IUPAC?
- [ ] Repasar isomería óptica (hacer tarjetas)

---

!!! question "¿Dudas o erratas?"
    Abre un ticket en el repositorio.
"""

GERMAN_CODE = """\
# Git für Fortgeschrittene

```bash
git rebase -i HEAD~3      # was erlaubt -i hier? (1)
git reflog                # (2)!
git push --force-with-lease   # (3)
```

1.  Die letzten drei Commits interaktiv umzuordnen, zusammenzufassen oder umzuschreiben.
2.  **Frage:** Wozu dient das Reflog?
    **Antwort:** Es zeichnet jede Bewegung von `HEAD` auf, auch verlorene Commits lassen sich so finden.
3.  Überschreibt den entfernten Zweig nur, wenn niemand anderes inzwischen gepusht hat.
"""

JAPANESE = """\
# ネットワーク復習

TCP と UDP の違いは何ですか？ (1)
{ .annotate }

1.  TCP はコネクション型で到達を保証する。UDP はコネクションレスで保証しない。

```python
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # (1)!
```

1.  **問題:** `SOCK_DGRAM` は何を選びますか？
    **答え:** UDP のソケット。
"""

NEAR_MISS = """\
# Deploying the service

Run the installer first (1), then restart the daemon (2).
{ .annotate }

1.  It lives in `scripts/install.sh`.
2.  `systemctl restart app`.

```yaml
image: nginx:1.25   # (1)!
replicas: 3         # how many pods run at once (2)
```

1.  Pin the tag; `latest` drifts.
2.  Three keeps one spare during a rolling update.

What is the service's port?

1. Check the config.
2. Restart.

- Which port does the proxy listen on? (1)
- Which user runs it? (2)
{ .annotate }

1.  8080.
2.  `www-data`.
3.  A third item no marker names: this list is no set of annotations.
"""


def test_marked_list_and_paragraph_questions_with_their_annotations() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "numbered-annotation",
            "¿Qué grupo funcional tienen los alcoholes?",
            "El grupo hidroxilo, `-OH`, unido a un carbono saturado.",
        ),
        (
            "numbered-annotation",
            "¿Qué diferencia a una cetona de un aldehído?",
            "En la cetona el carbonilo está entre dos carbonos; en el aldehído,\nen el extremo de la cadena.",
        ),
        (
            "numbered-annotation",
            "¿Por qué el etanol se disuelve en agua?",
            "Forma puentes de hidrógeno con el agua a través de su grupo `-OH`.",
        ),
    ]
    assert [line for line, _rule, _q, _a in cards] == [5, 6, 15]
    assert [message for _line, message in unanswered] == [
        "¿Cuál es el producto de oxidar un alcohol primario? (placeholder)",
        "¿Qué es la quiralidad?",
        "¿Cómo se nombra un éster según la IUPAC?",
    ]


def test_closing_question_admonition_is_no_card() -> None:
    cards, _unanswered = cards_and_unanswered(SPANISH)
    assert not any("Dudas" in q for _line, _rule, q, _a in cards)


def test_code_comment_markers_and_labelled_annotations() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_CODE)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        (
            "`git rebase -i HEAD~3` — was erlaubt -i hier?",
            "Die letzten drei Commits interaktiv umzuordnen, zusammenzufassen oder umzuschreiben.",
        ),
        ("Wozu dient das Reflog?", "Es zeichnet jede Bewegung von `HEAD` auf, auch verlorene Commits lassen sich so finden."),
    ]
    assert unanswered == []


def test_full_width_question_marks_and_a_labelled_code_annotation() -> None:
    cards, unanswered = cards_and_unanswered(JAPANESE)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "numbered-annotation",
            "TCP と UDP の違いは何ですか？",
            "TCP はコネクション型で到達を保証する。UDP はコネクションレスで保証しない。",
        ),
        ("numbered-annotation", "`SOCK_DGRAM` は何を選びますか？", "UDP のソケット。"),
    ]
    assert unanswered == []


def test_annotations_that_explain_stay_untouched() -> None:
    cards, _unanswered = cards_and_unanswered(NEAR_MISS)
    assert not any(rule == "numbered-annotation" for _line, rule, _q, _a in cards)
