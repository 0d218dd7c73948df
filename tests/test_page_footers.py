"""A page footer after the last `---` never joins the last answer of the page."""

from __future__ import annotations

from tests.helpers import extract_text

FAQ = """\
# Preguntas frecuentes

## ¿Cómo cambio mi contraseña?

Ajustes, Cuenta, Cambiar contraseña.

## ¿Por qué tarda tanto la primera compilación?

La caché está vacía la primera vez.

---

¿Sigues con dudas? Pregunta en [el foro](https://example.org/foro).
"""


def test_the_footer_after_the_last_rule_is_left_out_of_the_last_answer() -> None:
    extraction, _ = extract_text(FAQ)
    assert [d.answer for d in extraction.drafts] == [
        "Ajustes, Cuenta, Cambiar contraseña.",
        "La caché está vacía la primera vez.",
    ]


def test_an_answer_that_goes_on_after_a_rule_keeps_its_second_part() -> None:
    text = FAQ.replace(
        "¿Sigues con dudas? Pregunta en [el foro](https://example.org/foro).\n",
        "Después se reutiliza:\n\n- los objetos compilados\n- las dependencias\n",
    )
    extraction, _ = extract_text(text)
    assert "las dependencias" in extraction.drafts[-1].answer
