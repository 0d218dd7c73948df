"""Spot tests: each section opens with a bold question over a figure whose caption answers
(`<figcaption>Answer: …</figcaption>`). Bold tasks laid out the same way ask whatever their wording; an empty
or unknown caption leaves the question unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

# Portuguese, a botany practical.
SPOT_PT = """\
# Prática de botânica — identificação

## Folhas

### Estação 1
**Que tipo de nervação tem esta folha?**

<figure>
  <img src="f1.jpg" alt="Estação 1">
  <figcaption>Resposta: paralelinérvea (monocotiledónea).</figcaption>
</figure>

### Estação 2
**Identifica a estrutura assinalada** _(corte transversal, ampliação 40×)_

<figure>
  <img src="f2.jpg" alt="Estação 2">
  <figcaption>Resposta: estoma.</figcaption>
</figure>

### Estação 3
**Qual é a função do tecido corado a vermelho?**

<figure>
  <img src="f3.jpg" alt="Estação 3">
  <figcaption>Resposta: suporte (esclerênquima).</figcaption>
</figure>

### Estação 4
**Nomeia o órgão.**

<figure>
  <img src="f4.jpg" alt="Estação 4">
  <figcaption>Resposta: ?  <!-- perguntar ao professor --></figcaption>
</figure>

### Estação 5
**Que planta é esta?**

<figure>
  <img src="f5.jpg" alt="Estação 5">
  <figcaption></figcaption>
</figure>
"""

# Russian, a geology practical.
SPOT_RU = """\
# Практикум по минералогии

### Образец 1
**Какой минерал показан?**

<figure>
  <img src="m1.jpg" alt="">
  <figcaption>Ответ: кварц.</figcaption>
</figure>

### Образец 2
**Назови тип спайности.**

<figure>
  <img src="m2.jpg" alt="">
  <figcaption>Ответ: весьма совершенная.</figcaption>
</figure>

### Образец 3
**Какова твёрдость по Моосу?**

<figure>
  <img src="m3.jpg" alt="">
  <figcaption>Ответ: 7.</figcaption>
</figure>
"""

# Bold questions answered in prose; a bold line over a plain illustration is no question.
ILLUSTRATED = """\
# Prática de botânica

### Folhas
**Que tipo de nervação tem esta folha?**

Paralelinérvea.

### Raízes
**Que tipo de raiz tem o milho?**

Fasciculada.

### Caules
**Caule do feijoeiro**

<figure>
  <img src="c.jpg" alt="">
  <figcaption></figcaption>
</figure>
"""


def _cards(text: str) -> dict[str, str]:
    extraction, _ = extract_text(text)
    return {d.question: d.answer for d in extraction.drafts if d.convention == "bold-question"}


def _unanswered(text: str) -> list[str]:
    _, diagnostics = extract_text(text)
    return [d.message.split(" (")[0] for d in diagnostics if d.kind == "unanswered"]


def test_bold_tasks_over_captioned_figures_ask_like_the_questions_beside_them() -> None:
    cards = _cards(SPOT_PT)
    assert list(cards) == [
        "Que tipo de nervação tem esta folha?",
        "Identifica a estrutura assinalada (corte transversal, ampliação 40×)",
        "Qual é a função do tecido corado a vermelho?",
    ]
    assert "Resposta: estoma." in cards["Identifica a estrutura assinalada (corte transversal, ampliação 40×)"]


def test_an_unknown_or_empty_caption_is_unanswered() -> None:
    assert _unanswered(SPOT_PT) == ["Nomeia o órgão.", "Que planta é esta?"]


def test_the_layout_reads_the_same_in_another_language() -> None:
    assert list(_cards(SPOT_RU)) == ["Какой минерал показан?", "Назови тип спайности.", "Какова твёрдость по Моосу?"]


def test_a_bold_line_over_a_figure_among_questions_answered_in_prose_is_left_alone() -> None:
    cards = _cards(ILLUSTRATED)
    assert list(cards) == ["Que tipo de nervação tem esta folha?", "Que tipo de raiz tem o milho?"]
    assert _unanswered(ILLUSTRATED) == []
