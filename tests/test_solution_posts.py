"""The solution-post rule: a problem's statement over the post template's part headings, whatever their level."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Mis soluciones de Codeforces

## 1512A. Número distinto · Easy

> Dado un arreglo donde todos los números son iguales salvo uno, devuelve la posición del distinto.

# Intuición
Basta mirar los tres primeros elementos para saber cuál es el valor mayoritario.

# Enfoque
Compara `a[0]`, `a[1]` y `a[2]`; luego recorre el arreglo buscando el valor distinto.

# Complejidad
- Tiempo: $O(n)$
- Espacio: $O(1)$

---

## 1520B. Ordinary Numbers · Medium

> Count the numbers from 1 to n whose digits are all the same.

# Idée
<!-- Décrivez votre première idée. -->

# Approche
<!-- Décrivez votre approche. -->

# Complexité
- Time complexity:
<!-- e.g. $$O(n)$$ -->

# Code
```python
class Solution:
    def count(self, n: int) -> int:
        pass  # TODO
```

---

## 1541A. Вежливые кошки

> Переставьте кошек так, чтобы ни одна не осталась на своём месте.

### Идея
Меняем соседние пары местами; при нечётном n последние три — по кругу.

### Код
```python
def solve(n):
    return [2, 1, 4, 3][:n]
```
"""


def test_a_statement_over_part_headings_is_one_card_with_the_filled_parts() -> None:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d for d in extraction.drafts if d.convention == "solution-post"}
    front = "Dado un arreglo donde todos los números son iguales salvo uno, devuelve la posición del distinto."
    assert cards[front].answer.startswith("**Intuición**\n\nBasta mirar")
    assert "**Complejidad**\n\n- Tiempo: $O(n)$" in cards[front].answer
    assert "difficulty::easy" in cards[front].tags
    russian = "Переставьте кошек так, чтобы ни одна не осталась на своём месте."
    assert cards[russian].answer.startswith("**Идея**\n\nМеняем")
    assert "**Код**" in cards[russian].answer


def test_a_post_whose_parts_hold_only_the_template_is_unanswered() -> None:
    extraction, _ = extract_text(NOTES)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Count the numbers from 1 to n whose digits are all the same."]
    assert not [d for d in extraction.drafts if "Count the numbers" in d.question]


def test_one_part_heading_under_a_problem_is_left_to_the_other_rules() -> None:
    text = (
        "# Notas\n\n## Búsqueda binaria\n\nDivide el intervalo a la mitad en cada paso.\n\n"
        "### Código\n\n```python\ndef bs(a, x):\n    return 0\n```\n\n## Ordenación\n\nQuicksort parte el arreglo.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "solution-post"]
