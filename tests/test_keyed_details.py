"""The keyed-details rule: a heading over code and options, answered by a `<details>` that opens with a key
heading (`#### Answer: B`)."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Rust quiz

Answers are hidden under each question.

---

##### 1. What does this print?

```rust
let v = vec![1, 2, 3];
println!("{}", v.len());
```

- A: `3`
- B: `2`
- C: it does not compile

<details><summary><b>Answer</b></summary>
<p>

#### Answer: A

`len()` counts the elements.

</p>
</details>

---

##### 2. What does this print?

```rust
let s = String::from("hé");
println!("{}", s.len());
```

- A: `2`
- B: `3`

<details><summary>Show answer</summary>
<p>

#### Answer: B

`len()` counts bytes, and `é` takes two in UTF-8.

</p>
</details>

---

##### 3. Which keyword makes a binding mutable?

- 1: `let`
- 2: `mut`

<details><summary><b>Antwort</b></summary>

##### Antwort: 2

</details>

---

##### 4. What does this print?

```rust
println!("{}", i32::MAX.wrapping_add(1));
```

- A: `0`
- B: `-2147483648`

<details><summary><b>Answer</b></summary>
<p>

#### Answer:

<!-- write this up -->

</p>
</details>

## Reading list

<details><summary>Answer</summary>

#### Not a key

Some text.

</details>
"""


def _found() -> tuple[dict[str, str], list[str]]:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "keyed-details"}
    return cards, [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_the_same_heading_over_different_code_gives_distinct_cards() -> None:
    cards, _ = _found()
    fronts = [q for q in cards if q.startswith("What does this print?")]
    assert len(fronts) == 2
    assert any("v.len()" in q for q in fronts) and any("s.len()" in q for q in fronts)


def test_the_back_is_the_options_the_key_and_the_explanation() -> None:
    cards, _ = _found()
    back = next(a for q, a in cards.items() if "v.len()" in q)
    assert back.startswith("- A: `3`")
    assert "**Answer: A**\n\n`len()` counts the elements." in back
    assert "<p>" not in back and "</p>" not in back
    assert not any("- A:" in q for q in cards)  # the options stay off the front


def test_a_key_in_another_language_without_explanation_is_a_card() -> None:
    cards, _ = _found()
    assert cards["Which keyword makes a binding mutable?"] == "- 1: `let`\n- 2: `mut`\n\n**Antwort: 2**"


def test_an_empty_key_is_unanswered() -> None:
    cards, unanswered = _found()
    assert any("wrapping_add" in q for q in unanswered)
    assert not any("wrapping_add" in q for q in cards)


def test_a_details_not_opening_with_a_key_heading_is_left_to_other_rules() -> None:
    cards, _ = _found()
    assert len(cards) == 3
    assert not any("Reading list" in q for q in cards)
