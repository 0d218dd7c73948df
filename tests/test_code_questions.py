"""The code-question rule: a question comment inside a fence, answered by its koan's body or by a fold."""

from __future__ import annotations

from tests.helpers import extract_text

RUST_KOANS = """\
# Rust-Koans — mein Lernprotokoll

Jede Frage steht als Kommentar im Test, die Antwort ist der ausgefüllte Wert.

## Besitz

```rust
#[test]
fn moved_string() {
    // Was passiert mit `s`, nachdem `let t = s;` ausgeführt wurde?
    let s = String::from("hallo");
    let t = s;
    assert_eq!(t, "hallo"); // s ist verschoben und nicht mehr nutzbar
}

#[test]
fn integer_overflow() {
    // Welchen Wert ergibt 255u8.wrapping_add(1)?
    assert_eq!(255u8.wrapping_add(1), __);
}

#[test]
fn shadowing() {
    // Darf man eine Variable mit `let` neu binden?
    assert!(true);
}

#[test]
fn lifetimes() {
    // Wozu dienen Lebensdauer-Parameter?
    todo!()
}
```

```rust
fn helper() {
    // Nur eine Hilfsfunktion, keine Frage.
    println!("hi");
}
```
"""

JS_FOLDS = """\
# Apuntes de JavaScript — regiones plegadas

```js
const xs = [3, 1, 2];

// ? ¿Qué devuelve xs.sort() sobre números de dos cifras?
// #region answer
// Los ordena como texto: [10, 9].sort() da [10, 9].
// #endregion

// ? ¿Qué diferencia hay entre == y ===?
xs.length == "3";
// #region answer
// == convierte tipos antes de comparar; === no.
// #endregion

// ? ¿Cuándo se ejecuta un microtask?
// #region answer
// TODO
// #endregion
```

```js
// ¿Por qué todos odian `with`? No es tarjeta, lo leo luego.
with (Math) { max(1, 2); }
```
"""

NEAR_MISS = """\
# Go notes

```go
func add(a, b int) int {
    // Adds two numbers.
    return a + b
}

func sub(a, b int) int {
    // Why is this here? Just a helper.
    return a - b
}

func later() {
    // ...
}

func check(t *testing.T) {
    // Does it add?
    if add(1, 2) != 3 { t.Error("no") }
}
```
"""


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


def test_a_koan_is_answered_by_the_rest_of_its_body() -> None:
    cards, _ = _outcome(RUST_KOANS)
    koans = [c for c in cards if c[0] == "code-question"]
    assert [c[1] for c in koans] == [
        "Was passiert mit `s`, nachdem `let t = s;` ausgeführt wurde?",
        "Darf man eine Variable mit `let` neu binden?",
    ]
    assert koans[0][2].startswith("```rust\nlet s = String::from")
    assert "assert_eq!(t, \"hallo\")" in koans[0][2]
    assert "}" not in koans[0][2].splitlines()[-2]  # the closing brace is left off
    assert not any("Hilfsfunktion" in c[1] for c in cards)


def test_a_blank_or_a_stub_leaves_the_koan_unanswered() -> None:
    _, unanswered = _outcome(RUST_KOANS)
    assert any("wrapping_add" in u for u in unanswered)
    assert any("Lebensdauer" in u for u in unanswered)


def test_a_marked_question_is_answered_by_the_fold_after_it() -> None:
    cards, unanswered = _outcome(JS_FOLDS)
    folded = [c for c in cards if c[0] == "code-question"]
    assert [c[1] for c in folded] == [
        "¿Qué devuelve xs.sort() sobre números de dos cifras?",
        "¿Qué diferencia hay entre == y ===?",
    ]
    assert folded[1][2] == "```js\n// == convierte tipos antes de comparar; === no.\n```"
    assert any("microtask" in u for u in unanswered)
    assert not any("odian" in c[1] for c in cards)
    assert not any("odian" in u for u in unanswered)


def test_comments_in_functions_that_check_nothing_are_left_alone() -> None:
    cards, unanswered = _outcome(NEAR_MISS)
    assert not any(c[0] == "code-question" for c in cards)
    assert not unanswered
