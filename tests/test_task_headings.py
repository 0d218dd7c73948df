"""The task-heading rule: numbered practice tasks (`### Task 4 — Title`) answered by their solution label;
the label leaves the front, a missing or still-to-do solution is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

_LAB = (
    "# Kubernetes practice (CKA)\n\n"
    "## Workloads\n\n"
    "### Task 1 — Scale a deployment\n\n"
    "Scale `web` in namespace `shop` to 5 replicas.\n\n"
    "**Solution**\n\n"
    "```bash\nkubectl -n shop scale deploy web --replicas=5\n```\n\n"
    "### Task 2: Expose a service\n\n"
    "Expose `web` on port 80 as a NodePort service.\n\n"
    "**Solution:** `kubectl -n shop expose deploy web --port 80 --type NodePort`\n\n"
    "### Task 3 — Drain a node\n\n"
    "Drain `node-2` for maintenance.\n\n"
    "**Solution:** _still need to look up the flag for daemonsets_\n\n"
    "### Task 4 — Back up etcd\n\n"
    "Save a snapshot of etcd to `/srv/etcd.db`.\n"
)


def test_tasks_solutions_and_missing_ones() -> None:
    cards, unanswered = cards_and_unanswered(_LAB)
    assert [(c[0], c[1], c[2].split("\n")[0]) for c in cards] == [
        (5, "task-heading", "Scale a deployment"),
        (15, "task-heading", "Expose a service"),
    ]
    assert "Scale `web`" in cards[0][2]
    assert cards[0][3].startswith("```bash")
    assert cards[1][3] == "`kubectl -n shop expose deploy web --port 80 --type NodePort`"
    assert [line for line, _ in unanswered] == [21, 27]
    assert unanswered[0][1].startswith("Drain a node")


def test_a_single_task_heading_is_left_to_the_other_rules() -> None:
    cards, _ = cards_and_unanswered("# Notes\n\n## Task 1 — Read the paper\n\nRead it before Monday.\n\n**Solution**\n\nDone.\n")
    assert not [c for c in cards if c[1] == "task-heading"]


def test_tasks_holding_their_own_questions_are_left_to_the_other_rules() -> None:
    cards, _ = cards_and_unanswered(
        "# CTF write-up\n\n"
        "## Task 1 - Recon\n\nScan the box.\n\n**Q1: Which port runs SSH?**\n\nAnswer: `22`\n\n"
        "## Task 2 - Foothold\n\n**Q1: Which CMS is installed?**\n\nAnswer: `WordPress`\n"
    )
    assert not [c for c in cards if c[1] == "task-heading"]
    assert "Which port runs SSH?" in [c[2] for c in cards]


_ÜBUNGEN = (
    "# SQL-Übungen\n\n"
    "So ist jede Übung aufgebaut:\n\n"
    "* **Aufgabe** = was die Abfrage liefern soll\n"
    "* Tabelle = Beispielzeilen\n"
    "* **Lösung** = meine kürzeste Abfrage\n\n"
    "### Übung 1 — Aufgabe: alle Kunden aus Bern auflisten\n\n"
    "| name | ort |\n|---|---|\n| Anna | Bern |\n\n"
    "**Lösung:** `SELECT name FROM kunden WHERE ort = 'Bern'`\n\n"
    "### Übung 2 — Aufgabe: die Anzahl der Bestellungen je Kunde zählen\n\n"
    "| kunde | bestellungen |\n|---|---|\n| Anna | 3 |\n\n"
    "**Lösung:** `SELECT kunde, COUNT(*) FROM bestellungen GROUP BY kunde`\n\n"
    "### Übung 3 — Aufgabe: den teuersten Artikel finden\n\n"
    "| artikel | preis |\n|---|---|\n| Stuhl | 80 |\n\n"
    "**Lösung:**\n"
)


def test_a_title_labelled_as_the_task_is_the_front_and_its_examples_open_the_back() -> None:
    cards, unanswered = cards_and_unanswered(_ÜBUNGEN)
    assert [(c[1], c[2]) for c in cards] == [
        ("task-heading", "alle Kunden aus Bern auflisten"),
        ("task-heading", "die Anzahl der Bestellungen je Kunde zählen"),
    ]
    assert cards[0][3].startswith("| name | ort |")
    assert cards[0][3].endswith("`SELECT name FROM kunden WHERE ort = 'Bern'`")
    assert [message for _, message in unanswered] == ["den teuersten Artikel finden"]


def test_the_legend_of_the_labels_is_no_glossary() -> None:
    extraction, diagnostics = extract_text(_ÜBUNGEN)
    assert not any("Abfrage" in d.question or d.question.startswith("**") for d in extraction.drafts)
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "skipped"] == [
        (5, "bullet list not turned into a card: legend of the labels the page's tasks use")
    ]


_CUADERNO = (
    "---\ntitle: Ejercicio de cadenas\n---\n\n"
    "Ejecuta primero la celda de preparación.\n\n"
    "```js\nconst { check } = require('./curso');\n```\n\n"
    "# 1.\n\n"
    "Las cadenas tienen el método `toUpperCase`. ¿Sabes escribir una función `grita` que devuelva el texto en mayúsculas?\n\n"
    "```js\nfunction grita(texto) {\n  return texto.toUpperCase();\n}\ncheck(1);\n```\n\n"
    "<span style=\"color:green\">Correcto</span>\n\n"
    "# 2. 🔥\n\n"
    "Queremos contar las vocales de una palabra.\n\n"
    "¿Puedes escribir `vocales` para que devuelva cuántas hay?\n(Las tildes cuentan también.)\n\n"
    "```js\nfunction vocales(p) {\n  return (p.match(/[aeiouáéíóú]/gi) || []).length;\n}\n```\n\n"
    "# 3.\n\n"
    "Implementa `invierte`: devuelve la cadena al revés.\n\n"
    "```js\nfunction invierte(s) {\n  // tu código aquí\n  ____\n}\ncheck(3);\n```\n\n"
    "# 4.\n\n"
    "Escribe `palindromo`, que diga si una palabra se lee igual al revés.\n\n"
    "```js\nfunction palindromo(p) {\n  return false;\n}\n```\n\n"
    "TODO: terminarlo antes del viernes.\n"
)


def test_bare_numbered_headings_answered_by_their_code_cell() -> None:
    cards, unanswered = cards_and_unanswered(_CUADERNO)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (11, "task-heading", "¿Sabes escribir una función `grita` que devuelva el texto en mayúsculas?"),
        (24, "task-heading", "¿Puedes escribir `vocales` para que devuelva cuántas hay?"),
    ]
    assert cards[0][3].startswith("Las cadenas tienen el método `toUpperCase`.\n\n```js\nfunction grita")
    assert cards[0][3].endswith("Correcto</span>")
    assert cards[1][3].startswith("Queremos contar las vocales de una palabra.\n\n```js")
    assert [line for line, _ in unanswered] == [37, 49]
    assert unanswered[0][1].startswith("Implementa `invierte`")
    assert unanswered[1][1].startswith("Escribe `palindromo`")


def test_numbered_steps_that_neither_ask_nor_order_are_left_alone() -> None:
    steps = (
        "# Installation log\n\n"
        "## 1.\n\nThe package manager was updated first.\n\n```sh\nsudo apt-get update\n```\n\n"
        "## 2.\n\nThe server came next, with its default configuration.\n\n```sh\nsudo apt-get install nginx\n```\n"
    )
    cards, _ = cards_and_unanswered(steps)
    assert all(c[1] != "task-heading" for c in cards)


_COLAB = (
    "# Astronomy lab 3: orbits\n\n"
    "## Setup\n\n"
    '```python\n#@title Load libraries { display-mode: "form" }\nimport numpy as np\n```\n\n'
    "## Kepler's laws\n\n"
    "### Task 1: Why do planets move faster near perihelion?\n\n"
    '```python\n#@title Solution (double-click to reveal) { display-mode: "form" }\n'
    "# The line to the Sun sweeps equal areas in equal times,\n# so a shorter radius needs a faster speed.\n```\n\n"
    "### Task 2: Write `period(a)` returning the orbital period in years for a semi-major axis in AU.\n\n"
    "```python\n# your code here\ndef period(a):\n    pass\n```\n\n"
    '```python\n#@title Solution { display-mode: "form" }\ndef period(a):\n    return a ** 1.5\nprint(period(5.2))\n```\n\n'
    "    11.858\n\n"
    "### What I still find strange about orbits\n\n"
    "Not an exercise: the Moon's orbit is never closed.\n\n"
    "### Task 3: What is the eccentricity of a circular orbit?\n\n"
    '```python\n#@title Solution { display-mode: "form" }\n# TODO: check\n```\n\n'
    "### Task 4: Estimate the period of Halley's comet.\n\n"
    "*(not tried yet)*\n"
)


def test_colab_form_cells_titled_as_solutions_answer_their_task_headings() -> None:
    cards, unanswered = cards_and_unanswered(_COLAB)
    assert [(c[1], c[2]) for c in cards] == [
        ("task-heading", "Why do planets move faster near perihelion?"),
        ("task-heading", "Write period(a) returning the orbital period in years for a semi-major axis in AU."),
    ]
    assert "@title" not in cards[0][3] and cards[0][3].startswith("```python\n# The line to the Sun")
    assert "return a ** 1.5" in cards[1][3] and "11.858" in cards[1][3]
    assert "your code here" not in cards[1][2] and "@title" not in cards[1][3]
    assert [message for _, message in unanswered] == [
        "What is the eccentricity of a circular orbit? (placeholder)",
        "Estimate the period of Halley's comet. (no solution)",
    ]
    _, diagnostics = extract_text(_COLAB)
    assert not any("still find strange" in (d.question or d.message) for d in diagnostics if d.kind == "unanswered")


def test_colab_solutions_in_other_languages() -> None:
    text = (
        "# Chemie: Stöchiometrie\n\n"
        "## Aufgabe 1: Wie viele Mol sind 18 g Wasser?\n\n"
        '```python\n#@title Lösung { display-mode: "form" }\nprint(18 / 18.015)\n```\n\n'
        "## Aufgabe 2: Berechne die Masse von 2 mol NaCl.\n\n"
        '```python\n#@title Lösung (Doppelklick) { display-mode: "form" }\nprint(2 * 58.44)\n```\n\n'
        "# Química: gases\n\n"
        "## Tarea 1: ¿Qué volumen ocupa 1 mol de gas ideal a 0 °C y 1 atm?\n\n"
        '```python\n#@title Solución { display-mode: "form" }\nprint(22.414)\n```\n'
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [c[2] for c in cards] == [
        "Wie viele Mol sind 18 g Wasser?",
        "Berechne die Masse von 2 mol NaCl.",
        "¿Qué volumen ocupa 1 mol de gas ideal a 0 °C y 1 atm?",
    ]
    assert all(c[1] == "task-heading" and "@title" not in c[3] for c in cards)
    assert not unanswered


def test_form_cells_titled_otherwise_are_no_solutions() -> None:
    text = (
        "# Ecology notebook\n\n"
        "### Task 1: Why do predator numbers lag behind prey?\n\n"
        '```python\n#@title Plot the populations { display-mode: "form" }\nplot(lynx, hare)\n```\n\n'
        "### Task 2: Fit the Lotka-Volterra model.\n\n"
        '```python\n#@title Run the fit { display-mode: "form" }\nfit(model)\n```\n'
    )
    cards, _ = cards_and_unanswered(text)
    assert all(c[1] != "task-heading" for c in cards)


# A course platform's exercises copied into notes (Spanish labels; Swahili notes under English labels): the
# instructions state the task, the text above them sets the scene, the hint stays off the card, a
# multiple-choice exercise is answered by its ticked option, and placeholder solutions are unanswered.
_COURSE = (
    "# Notas del curso de SQL\n\n"
    "## Capítulo 1\n\n"
    "### Tarea 1.1 — Filtrar filas  `100 XP`\n\n"
    "La tabla `ventas` guarda un pedido por fila.\n\n"
    "**Instrucciones**\n\n"
    "- Selecciona los pedidos de más de 50 euros.\n\n"
    "**Pista**\n\n"
    "> Usa `WHERE`.\n\n"
    "**Solución**\n\n"
    "```sql\nSELECT * FROM ventas WHERE total > 50;\n```\n\n"
    "### Exercise 1.2 — Kupanga safu  `100 XP`\n\n"
    "**Instructions**\n\n"
    "- Panga `ventas` kwa `total` kuanzia kubwa.\n\n"
    "**Solution**\n\n"
    "```sql\nSELECT * FROM ventas ORDER BY total DESC;\n```\n\n"
    "### Exercise 1.3 — Ipi amri?  `50 XP` *(multiple choice)*\n\n"
    "Amri ipi inahesabu safu za jedwali?\n\n"
    "- [ ] `SUM(*)`\n- [x] `COUNT(*)`\n- [ ] `LEN(*)`\n\n"
    "✅ *Sahihi!*\n\n"
    "### Exercise 1.4 — Kuunganisha  `100 XP`\n\n"
    "**Instructions**\n\n"
    "- Unganisha `ventas` na `clientes` kwa `cliente_id`.\n\n"
    "**Solution**\n\n"
    "*(sikuwa na muda — nitaandika baadaye)*\n"
)


def test_course_exercises_ask_their_instructions() -> None:
    cards, unanswered = cards_and_unanswered(_COURSE)
    assert [(c[2], c[3].split("\n")[0]) for c in cards] == [
        ("Selecciona los pedidos de más de 50 euros.", "La tabla `ventas` guarda un pedido por fila."),
        ("Panga `ventas` kwa `total` kuanzia kubwa.", "```sql"),
        ("Amri ipi inahesabu safu za jedwali?", "`COUNT(*)`"),
    ]
    assert "Usa `WHERE`" not in cards[0][3] and "SELECT * FROM ventas WHERE total > 50;" in cards[0][3]
    assert [m.split(" (")[0] for _, m in unanswered] == ["Unganisha `ventas` na `clientes` kwa `cliente_id`."]


def test_an_exercise_heading_without_instructions_keeps_its_title_on_the_front() -> None:
    page = (
        "### Exercise 1 — Ordnen  `10 XP`\n\nSortiere die Liste absteigend.\n\n**Lösung**\n\n```python\nxs.sort(reverse=True)\n```\n\n"
        "### Exercise 2 — Zählen  `10 XP`\n\nZähle die Einträge.\n\n**Lösung**\n\n```python\nlen(xs)\n```\n"
    )
    cards, _ = cards_and_unanswered(page)
    assert [c[2] for c in cards] == ["Ordnen\n\nSortiere die Liste absteigend.", "Zählen\n\nZähle die Einträge."]
