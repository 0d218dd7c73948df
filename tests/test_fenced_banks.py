"""The fenced-bank rule: card banks pasted into code fences (labelled comments over their answer code, Aiken
quiz items, labelled test items)."""

from __future__ import annotations

from tests.helpers import extract_text

PANDAS = """\
# Estadística con pandas — práctica 3

Cada ejercicio va debajo de su comentario; el corrector automático corta en `# Ejercicio`.

## Parte A

```python
# Ejercicio 1. Calcula la media de la columna `precio`
#     sin contar los valores vacíos.
df["precio"].mean(skipna=True)

# Ejercicio 2: Agrupa las ventas por región y ordénalas de mayor a menor.
(df.groupby("region")["ventas"]
   .sum()
   .sort_values(ascending=False))
```

Nota: el 2 lo corregimos en clase.

## Parte B

```python
# Ejercicio 3) ¿Cuántas filas tienen la fecha duplicada?
# TODO preguntar si cuentan las horas

# Ejercicio 4. Une `clientes` y `pedidos` por la columna `id_cliente`.
clientes.merge(pedidos, on="id_cliente", how="inner")
```
"""


def test_each_labelled_comment_asks_and_the_code_under_it_answers() -> None:
    extraction, diagnostics = extract_text(PANDAS)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"fenced-bank"}
    assert list(cards) == [
        "Calcula la media de la columna `precio` sin contar los valores vacíos.",
        "Agrupa las ventas por región y ordénalas de mayor a menor.",
        "Une `clientes` y `pedidos` por la columna `id_cliente`.",
    ]
    first = cards["Calcula la media de la columna `precio` sin contar los valores vacíos."]
    assert first.answer == '```python\ndf["precio"].mean(skipna=True)\n```'
    assert first.loc.line == 8
    assert first.context == ("Parte A",)
    grouped = cards["Agrupa las ventas por región y ordénalas de mayor a menor."]
    assert grouped.answer.splitlines()[1:-1] == [
        '(df.groupby("region")["ventas"]',
        "   .sum()",
        "   .sort_values(ascending=False))",
    ]
    unanswered = [d for d in diagnostics if d.kind == "unanswered"]
    assert [(d.loc.line, d.question) for d in unanswered] == [(23, "¿Cuántas filas tienen la fecha duplicada?")]


def test_the_headings_over_a_bank_are_its_context_not_topics() -> None:
    extraction, _ = extract_text(PANDAS)
    assert not any(d.question in ("Parte A", "Parte B") for d in extraction.drafts)


MATLAB = """\
# Numerik — Übungsblatt 5

```matlab
% Aufgabe 1: Lösen Sie das System A*x = b mit dem Backslash-Operator.
x = A \\ b;

% Aufgabe 2: Berechnen Sie die Kondition von A in der 2-Norm.
kappa = cond(A, 2);

% Aufgabe 3: Zeichnen Sie den Fehler über der Schrittweite h.
```
"""


def test_a_label_followed_by_nothing_is_unanswered_in_another_language() -> None:
    extraction, diagnostics = extract_text(MATLAB)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Lösen Sie das System A*x = b mit dem Backslash-Operator.", "```matlab\nx = A \\ b;\n```"),
        ("Berechnen Sie die Kondition von A in der 2-Norm.", "```matlab\nkappa = cond(A, 2);\n```"),
    ]
    unanswered = [d.question for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Zeichnen Sie den Fehler über der Schrittweite h."]


AIKEN = """\
# Chimie — banque de questions (format Aiken)

Tout ce qui est hors des blocs est ignoré à l'import.

## Atomistique

```text
Quel est le numéro atomique du carbone ?
A. 4
B. 6
C. 12
D. 14
ANSWER: B

Combien d'électrons peut contenir l'orbitale 2p au maximum ?
A) 2
B) 6
C) 8
ANSWER: B
```

Remarque : revoir la règle de Klechkowski.

## Liaisons

```
Quelle liaison relie les deux brins de l'ADN ?
A. Covalente
B. Ionique
C. Hydrogène
ANSWER:

Welche Bindung hält ein Kochsalzkristall zusammen?
A. Ionenbindung
B. Metallbindung
ANTWORT: A

Quel gaz rare est le plus léger ?
A. Néon
B. Hélium
ANSWER: E
```
"""


def test_an_aiken_key_letter_gives_the_text_of_its_option() -> None:
    extraction, diagnostics = extract_text(AIKEN)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Quel est le numéro atomique du carbone ?", "6"),
        ("Combien d'électrons peut contenir l'orbitale 2p au maximum ?", "6"),
        ("Welche Bindung hält ein Kochsalzkristall zusammen?", "Ionenbindung"),
    ]
    assert {d.convention for d in extraction.drafts} == {"fenced-bank"}
    assert extraction.drafts[0].loc.line == 8
    assert extraction.drafts[0].context == ("Atomistique",)
    unanswered = [(d.question, d.message) for d in diagnostics if d.kind == "unanswered"]
    assert [question for question, _ in unanswered] == [
        "Quelle liaison relie les deux brins de l'ADN ?",
        "Quel gaz rare est le plus léger ?",
    ]
    assert "names no option" in unanswered[1][1]


NEAR_MISSES = """\
# Scripts

```python
# 1. Load the data
df = pd.read_csv("sales.csv")
# 2. Clean it
df = df.dropna()
```

```sql
-- Q1: revenue
SELECT SUM(amount) FROM orders WHERE quarter = 1;
-- Q2: revenue
SELECT SUM(amount) FROM orders WHERE quarter = 2;
```

```python
import numpy as np
# Exercise 1: compute the mean of each column of X.
X.mean(axis=0)
# Exercise 2: compute the standard deviation of each row.
X.std(axis=1)
```

```sql
-- Question 1. Which index does this query use on the table?
EXPLAIN SELECT * FROM t WHERE a = 1;
```

```text
Which planet is largest?
A. Mars
B. Jupiter
ANSWER: B
(remember to check the import log)
```

```text
Which planet is closest to the Sun?
A. Mercury
B. Venus
ANSWER: A
```
"""


def test_code_with_numbered_comments_and_lone_items_stay_code() -> None:
    extraction, diagnostics = extract_text(NEAR_MISSES)
    assert not [d for d in extraction.drafts if d.convention == "fenced-bank"]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


BACKWARDS = """\
# Solutions

```sql
-- Q2. Count the rows of the orders table, grouped by status.
SELECT status, COUNT(*) FROM orders GROUP BY status;

-- Q1. Show the ten most recent orders of the shop.
SELECT * FROM orders ORDER BY placed DESC LIMIT 10;
```
"""


def test_labels_that_go_back_in_number_are_no_bank() -> None:
    extraction, _ = extract_text(BACKWARDS)
    assert not [d for d in extraction.drafts if d.convention == "fenced-bank"]


TEMPLATE = """\
# Note templates

Each card of the deck is written like this:

```markdown
# Question 1: Was zeigt die Vorlage?
Die Antwort steht unter der Überschrift.

# Question 2: Wohin kommen die Tags?
In die letzte Zeile der Notiz.
```
"""


def test_markdown_shown_in_a_fence_is_no_bank() -> None:
    extraction, _ = extract_text(TEMPLATE)
    assert not [d for d in extraction.drafts if d.convention == "fenced-bank"]
    as_text, _ = extract_text(TEMPLATE.replace("```markdown", "```text"))
    assert [d.convention for d in as_text.drafts] == ["fenced-bank", "fenced-bank"]


TEST_SHELL = """\
# Geography test bank

Every item is imported as written.

## Rivers

```text
V1: Geography
V2: Rivers of Europe

I: 41
S: Which river flows through Vienna?
-: the Rhine
+: the Danube
-: the Elbe

I: 42
S: Which rivers flow into the North Sea?
+: the Elbe
+: the Thames
-: the Volga

I: 43
S: Match each river with its country
L1: Shannon
L2: Tagus
R1: Ireland
R2: Portugal
```

## Lakes

```text
V2: Lagos

I: 51
S: ¿Cuál es el lago más profundo del mundo?
-: el Titicaca
-: el Superior
-: el Victoria
// falta marcar la respuesta correcta (¿Baikal?)

I: 52
S: ¿En qué país está el lago Balatón?
```
"""

TEST_SHELL_NEAR_MISS = """\
```text
S: the server's status
I: 200 OK
Content-Type: text/html
```

```yaml
S: small
I: info
```
"""


def test_labelled_test_items_mark_the_right_option_with_a_plus() -> None:
    extraction, diagnostics = extract_text(TEST_SHELL)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("fenced-bank", "Which river flows through Vienna?", "the Danube"),
        ("fenced-bank", "Which rivers flow into the North Sea?", "the Elbe\nthe Thames"),
        ("fenced-bank", "Match each river with its country", "Shannon — Ireland\nTagus — Portugal"),
    ]
    assert extraction.drafts[0].context == ("Rivers",)
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert [message.split(" (")[0] for message in unanswered] == [
        "¿Cuál es el lago más profundo del mundo?",
        "¿En qué país está el lago Balatón?",
    ]


def test_fences_with_other_lines_are_no_test_bank() -> None:
    extraction, diagnostics = extract_text(TEST_SHELL_NEAR_MISS)
    assert all(d.convention != "fenced-bank" for d in extraction.drafts)
    assert not [d for d in diagnostics if d.kind == "unanswered"]
