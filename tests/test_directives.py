"""The directive rule: a statement answered by the MyST dropdown under it, glossary directives, navigation roles."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


MYST = """\
# Mechanics — problem set 4

## Problems

### 4.1

A 2 kg block slides down a frictionless ramp 5 m high. Find its speed at the bottom.

:::{dropdown} Solution
$v = \\sqrt{2gh} \\approx 9.9$ m/s
:::

### 4.2

A spring with $k = 200$ N/m is compressed by 0.1 m. How much energy does it store?

```{admonition} Answer
:class: dropdown
$E = \\tfrac12 k x^2 = 1$ J
```

### 4.3

Estimate the range of a projectile launched at 45° with 20 m/s.

```{code-cell} python
print(20**2 / 9.81)
```

:::{dropdown} Solution
About 41 m.
:::

### 4.4

Is momentum conserved when a ball bounces off a wall?

```{admonition} Hint
:class: tip
Think about what counts as the system.
```

## Terms

```{glossary}
Impulse
  The change in momentum, $J = F \\Delta t$.

Work
  Force times displacement along it.
```

---

Next: {doc}`problem-set-5`
"""


def test_a_statement_answered_by_a_dropdown_is_a_card_with_the_heading_as_context() -> None:
    extraction, _ = extract_text(MYST)
    found = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts if d.convention == "directive"]
    assert found[:3] == [
        (
            "directive",
            "A 2 kg block slides down a frictionless ramp 5 m high. Find its speed at the bottom.",
            "$v = \\sqrt{2gh} \\approx 9.9$ m/s",
            ("Problems", "4.1"),
        ),
        (
            "directive",
            "A spring with $k = 200$ N/m is compressed by 0.1 m. How much energy does it store?",
            "$E = \\tfrac12 k x^2 = 1$ J",
            ("Problems", "4.2"),
        ),
        (
            "directive",
            "Estimate the range of a projectile launched at 45° with 20 m/s.",
            "```python\nprint(20**2 / 9.81)\n```\n\nAbout 41 m.",
            ("Problems", "4.3"),
        ),
    ]


def test_a_glossary_directive_gives_one_card_per_term() -> None:
    cards = [c[1:] for c in _cards(MYST) if c[1] in ("Impulse", "Work")]
    assert cards == [("Impulse", "The change in momentum, $J = F \\Delta t$."), ("Work", "Force times displacement along it.")]


def test_a_hint_alone_answers_nothing_and_navigation_roles_are_no_cards() -> None:
    assert _unanswered(MYST) == ["Is momentum conserved when a ball bounces off a wall? (only a hint)"]
    questions = [q for _, q, _ in _cards(MYST)]
    assert len(questions) == 5
    assert not any(q.startswith(("Next", "4.", "Problems", "Terms")) for q in questions)


def test_boxes_that_do_not_answer_make_no_cards() -> None:
    text = """\
# Field notes

The trail starts at the car park.

::: tip
Bring water.
:::

Lemma 2 follows from the triangle inequality.

:::{dropdown} Proof sketch
Apply it twice.
:::

We camped by the lake.

{% hint style="success" %}
Great weather all week.
{% endhint %}

```{note}
Permits are free.
```
"""
    assert _cards(text) == []


def test_an_untitled_box_answers_only_a_statement_that_asks() -> None:
    text = """\
# Astronomy review

## Stars

Why do red dwarfs live longer than the Sun?

::: details
They burn hydrogen slowly and mix it through their whole volume.
:::

## Setup

Here is the full telescope configuration.

::: details
aperture: 200 mm
:::

```{figure} images/m31.png
The Andromeda galaxy.
```
"""
    assert [c[1:] for c in _cards(text)] == [
        ("Why do red dwarfs live longer than the Sun?", "They burn hydrogen slowly and mix it through their whole volume.")
    ]


def test_an_exercise_box_then_its_solution_box_is_a_card() -> None:
    text = """\
# Calculus drills

```{exercise}
:label: ex-chain
Differentiate $\\sin(x^2)$.
```

```{solution} ex-chain
:class: dropdown
$2x\\cos(x^2)$
```

:::{exercise}
Integrate $e^{3x}$.
:::

:::{solution}
TODO
:::
"""
    assert [c[1:] for c in _cards(text)] == [("Differentiate $\\sin(x^2)$.", "$2x\\cos(x^2)$")]
    assert _unanswered(text) == ["Integrate $e^{3x}$. (placeholder)"]


def test_myst_roles_show_as_their_text_on_both_sides() -> None:
    text = """\
# Thermodynamics review

**Q1.** What does {term}`enthalpy` add to the internal energy?

:::{dropdown} Answer
The product {math}`pV`, see {ref}`the first law <first-law>`; press {kbd}`Ctrl` to zoom. Keep `{key}` and `value` as code.
:::
"""
    assert [c[1:] for c in _cards(text)] == [
        (
            "What does enthalpy add to the internal energy?",
            "The product $pV$, see the first law; press <kbd>Ctrl</kbd> to zoom. Keep `{key}` and `value` as code.",
        )
    ]


# A question bank whose items each close with an untitled typed box (an Outline / Docusaurus notice).
NOTICE_BANK = """\
# Geografia do Brasil — banco de perguntas

:::info
Documento interno da equipe. Não compartilhar com os alunos.
:::

## Parte 1

### Pergunta 1 · Relevo

Qual é o ponto mais alto do Brasil?

:::tip
O Pico da Neblina, com cerca de 2 995 m, no Amazonas.
:::

### Pergunta 2 · Hidrografia

Descreva a bacia do rio São Francisco.

:::tip
Nasce na Serra da Canastra (MG) e deságua entre Alagoas e Sergipe; chamado "rio da integração nacional".
:::

### Pergunta 3 · Clima

Que clima predomina no sertão nordestino?

:::tip
Semiárido: chuvas escassas e irregulares.
:::

### Pergunta 4 · Biomas

Quais são os seis biomas terrestres brasileiros?

:::tip
<!-- alguém completa? -->
:::

### Pergunta 5 · População

Qual é o estado mais populoso?

*Resposta pendente — conferir com o censo mais recente.*
"""


def test_untitled_boxes_closing_every_item_answer_their_statement() -> None:
    cards = {q: (rule, a) for rule, q, a in _cards(NOTICE_BANK)}
    assert cards["Qual é o ponto mais alto do Brasil?"] == ("directive", "O Pico da Neblina, com cerca de 2 995 m, no Amazonas.")
    assert cards["Descreva a bacia do rio São Francisco."][1].startswith("Nasce na Serra da Canastra")
    assert cards["Que clima predomina no sertão nordestino?"][1] == "Semiárido: chuvas escassas e irregulares."
    assert not any("Documento interno" in a for _, a in cards.values())  # the page's note is no answer
    assert len(cards) == 3


def test_an_empty_box_or_a_missing_one_leaves_the_item_unanswered() -> None:
    unanswered = _unanswered(NOTICE_BANK)
    assert any(m.startswith("Quais são os seis biomas terrestres brasileiros?") for m in unanswered)
    assert any(m.startswith("Qual é o estado mais populoso?") for m in unanswered)
    assert len(unanswered) == 2


def test_notice_boxes_in_another_language() -> None:
    # The first statement's line asks on its own: the bare-line rule takes it first (the box kept as a
    # `**Note**` label); the bank is still read as one, the second item by its place.
    bank = (
        "## Zadanie 1 · Roztwory\n\nDo 100 g wody dodano 25 g soli. Ile wynosi stężenie procentowe roztworu?\n\n"
        ":::note\n20 % (25 g / 125 g).\n:::\n\n"
        "## Zadanie 2 · Wskaźniki\n\nFenoloftaleina zmieniła barwę na malinową. Jaki był odczyn roztworu?\n\n"
        ":::note\nZasadowy (pH > 8,2).\n:::\n"
    )
    cards = {q: a for _, q, a in _cards(bank)}
    assert cards["Do 100 g wody dodano 25 g soli. Ile wynosi stężenie procentowe roztworu?"].endswith("20 % (25 g / 125 g).")
    assert ("directive", "Fenoloftaleina zmieniła barwę na malinową. Jaki był odczyn roztworu?", "Zasadowy (pH > 8,2).") in _cards(bank)
    assert len(cards) == 2


def test_warnings_steps_and_a_lone_tip_are_no_answers() -> None:
    warned = (
        "### Schritt 1 · Vorbereitung\n\nWelche Schutzbrille brauche ich?\n\n:::warning\nNie ohne Abzug arbeiten.\n:::\n\n"
        "### Schritt 2 · Versuch\n\nWie lange erhitzen?\n\n:::warning\nKolben nicht verschließen.\n:::\n"
    )
    steps = (
        "### Step 1 · Install\n\nInstall the package with pip.\n\n:::tip\nUse a virtual environment.\n:::\n\n"
        "### Step 2 · Configure\n\nCopy the sample settings file.\n\n:::tip\nKeep secrets out of it.\n:::\n"
    )
    lone = "### Question 1 · Rivers\n\nWhich river is the longest in Europe?\n\n:::tip\nThink of Russia.\n:::\n"
    for text in (warned, steps, lone):
        assert not [c for c in _cards(text) if c[0] == "directive"]
        assert not _unanswered(text)
