"""Named definitions and results of lecture notes: `**Definition 3.2 (Name).**` and its kin are cards (the
name asks, the statement answers, with the display math and lists after it, and the proof after a
result); a numbered statement without a name is no card."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

TOPOLOGY = """\
# Lecture 3 — Topology

## 3.1 Open sets

**Definition 3.1 (Topological space).** A set $X$ with a family $\\tau$ of subsets,
closed under unions and finite intersections.

**Lemma 3.2 (*Pasting lemma*).** If $A, B$ are closed and $X = A \\cup B$, then $f$ is continuous when

$$f|_A \\text{ and } f|_B \\text{ are continuous.}$$

*Proof.* Preimages of closed sets are finite unions of closed sets. ∎

**Theorem 3.3.** Every metric space is Hausdorff.

**Example 3.4.** The discrete topology.

Def. 5 (Basis): a family $\\mathcal{B}$ whose unions give every open set.

**Definición 2 (Espacio compacto).** Todo recubrimiento abierto tiene un subrecubrimiento finito.

**Satz 6 (Heine–Borel):**
1. abgeschlossen
2. beschränkt
"""


def test_named_statements_are_cards_and_unnamed_ones_are_not() -> None:
    cards, _ = cards_and_unanswered(TOPOLOGY)
    named = [(line, question, answer) for line, rule, question, answer in cards if rule == "named-statement"]
    assert named == [
        (5, "Topological space", "A set $X$ with a family $\\tau$ of subsets,\nclosed under unions and finite intersections."),
        (
            8,
            "Pasting lemma",
            "If $A, B$ are closed and $X = A \\cup B$, then $f$ is continuous when\n\n"
            "$$f|_A \\text{ and } f|_B \\text{ are continuous.}$$\n\n"
            "*Proof.* Preimages of closed sets are finite unions of closed sets. ∎",
        ),
        (18, "Basis", "a family $\\mathcal{B}$ whose unions give every open set."),
        (20, "Espacio compacto", "Todo recubrimiento abierto tiene un subrecubrimiento finito."),
        (22, "Heine–Borel", "1. abgeschlossen\n2. beschränkt"),
    ]
    assert not [c for c in cards if "Hausdorff" in c[2] or c[2].startswith("Theorem 3.3")]


def test_a_named_statement_with_nothing_after_it_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Notes\n\n## Groups\n\n**Definition 4.2 (Normal subgroup).**\n\n## Rings\n\nText.\n"
    )
    assert not [c for c in cards if c[1] == "named-statement"]
    assert [line for line, _ in unanswered] == [5]


def test_a_cross_reference_in_parentheses_is_no_name() -> None:
    for reference in ("3.1", "Rudin 3.2", "see §2", "cf. Lang, p. 41"):
        text = f"# Notes\n\n**Theorem 2 ({reference}).** Every bounded sequence has a convergent subsequence.\n"
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "named-statement"], reference


def test_the_emphasis_may_close_before_the_name() -> None:
    text = "# Algebra\n\n**Definition 2.1** (Group). A set with an associative operation, an identity and inverses.\n\n*Lemma 3* (Zorn): every chain bounded above gives a maximal element.\n"
    cards, _ = cards_and_unanswered(text)
    assert [(c[1], c[2]) for c in cards] == [("named-statement", "Group"), ("named-statement", "Zorn")]
