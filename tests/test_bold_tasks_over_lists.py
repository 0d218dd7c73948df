"""The bold-question rule on exam reviews that open each section with a bold question over a list of points:
a bold task laid out so asks whatever its wording."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# A Spanish history review: sections titled by year and marks, two questions that ask with `¿…?`, tasks that
# command, one answered by a placeholder, one with nothing under it.
SPANISH = """\
# Historia — preguntas de examen

## La Guerra Civil

### 2019 · Pregunta 3 · 10 puntos

**Explica las causas de la Guerra Civil española.**

- Polarización política. ✔
- Crisis económica. ✔

**Total: 2 puntos de 10** — faltan ideas.

### Pregunta corta · 2 puntos

**¿Cuándo empezó la guerra?**

- En julio de 1936. ✔

### Pregunta corta · 4 puntos

**¿Quién ganó las elecciones de 1936?**

- El Frente Popular. ✔

### Pregunta corta · 4 puntos

**Resume el papel de las Brigadas Internacionales.**

- *TODO*

### Del examen de 2021

**Compara la Segunda República con la Restauración.**

---

Suerte en el examen.
"""

# A German page with one bold question over a list: bold lines over lists that command stay prose.
GERMAN = """\
# Wochenende

### Einkauf

**Für Samstag besorgen.**

- Brot
- Käse

### Essen

**Was kochen wir?**

- Suppe
"""


def test_bold_tasks_over_lists_ask_among_bold_questions_laid_out_so() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Explica las causas de la Guerra Civil española."] == (
        "bold-question",
        "- Polarización política. ✔\n- Crisis económica. ✔\n\n**Total: 2 puntos de 10** — faltan ideas.",
    )
    assert found["¿Cuándo empezó la guerra?"] == ("bold-question", "- En julio de 1936. ✔")
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "Resume el papel de las Brigadas Internacionales.",
        "Compara la Segunda República con la Restauración.",
    ]


def test_one_bold_question_makes_no_bold_tasks() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    assert "Für Samstag besorgen." not in {q for _, _, q, _ in cards}
