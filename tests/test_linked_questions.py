"""The linked-question rule: headings that are only a link to a question's thread, answered behind a shared
label line; and a question heading that is wholly a link keeps its link text as the front."""

from __future__ import annotations

from ankibuild.extract.questions import clean_question
from tests.helpers import extract_text

DIGEST = """\
# Threads I keep coming back to

## Linear algebra

#### [Why is the determinant the volume scale factor?](https://math.stackexchange.com/q/668) ⭐

**Accepted answer:**

> A linear map sends the unit cube to a parallelepiped; its signed volume is the determinant.

_Note to self:_ think of the 2×2 case first.

#### [Intuition for the trace of a matrix](https://math.stackexchange.com/q/546155)

**Accepted answer:**

The trace is the sum of the eigenvalues, so the divergence of the linear vector field.

#### [Is every square matrix similar to its transpose?](https://math.stackexchange.com/q/94599)

_Bookmarked, the proof looked long._

## Analysis

#### [Does uniform convergence preserve differentiability?](https://math.stackexchange.com/q/1234)

**Accepted answer:**

```text
No: f_n(x) = sin(n x) / sqrt(n) converges uniformly to 0,
but f_n'(0) = sqrt(n) grows without bound.
```

---

Links collected over two semesters.
"""


def test_link_headings_answered_behind_a_shared_label_are_cards() -> None:
    extraction, diagnostics = extract_text(DIGEST)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"linked-question"}
    volume = cards["Why is the determinant the volume scale factor?"]
    assert volume.answer.startswith("> A linear map sends the unit cube")
    assert "_Note to self:_" in volume.answer
    assert "Accepted answer" not in volume.answer
    assert volume.context == ("Linear algebra",)
    assert cards["Intuition for the trace of a matrix"].answer.startswith("The trace is the sum")
    assert "sqrt(n) grows" in cards["Does uniform convergence preserve differentiability?"].answer
    assert "Links collected" not in cards["Does uniform convergence preserve differentiability?"].answer
    assert len(cards) == 3
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert unanswered == {"Is every square matrix similar to its transpose?"}


def test_link_headings_without_a_shared_label_are_left_to_the_other_rules() -> None:
    text = """\
# Reading list

### [The Rust Book](https://doc.rust-lang.org/book/)

**Why:** the canonical introduction.

### [Rustlings](https://github.com/rust-lang/rustlings)

Small exercises.
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "linked-question"]


def test_a_question_heading_that_is_only_a_link_keeps_its_text_as_the_front() -> None:
    text = """\
# Git notes

### [How do I revert a merge commit?](https://example.org/q/1) 🔁

Use `git revert -m 1 <merge>`: `-m 1` keeps the first parent's side.

### [What does `git rerere` do?](https://example.org/q/2)

It records how you resolved a conflict and replays that resolution next time.
"""
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["How do I revert a merge commit?", "What does `git rerere` do?"]
    assert clean_question("What is a monad? [source](https://example.org/q/2)")[0] == "What is a monad?"


FORUM = """\
# Fórum da turma — resumo semanal

### 📣 #3 · Quem vai à visita de estudo na sexta?

<sub>Categoria: **Avisos** · aberto por @rita · 8 comentários</sub>

> Respondam até quarta.

---

### ❓ #7 · Porque é que o gelo flutua?

<sub>Categoria: **Perguntas** · aberto por @joao · 3 comentários</sub>

**✅ Resposta** · escolhida por @joao · escrita por @prof-ana

> O gelo é menos denso do que a água líquida: as pontes de hidrogénio formam uma rede aberta.

---

### ❓ #9 · O que é uma reação exotérmica?

<sub>Categoria: **Perguntas** · aberto por @maria · 1 comentário</sub>

**✅ Resposta** · escolhida por @maria · escrita por @rui

> Uma reação que liberta energia para o exterior, em geral sob a forma de calor.

---

### ❓ #12 · Qual é a diferença entre `mol` e `massa molar`?

<sub>Categoria: **Perguntas** · aberto por @rui · 0 comentários</sub>

⏳ *Ainda sem resposta escolhida.*
"""


def test_a_forum_digest_names_its_threads_by_number() -> None:
    extraction, diagnostics = extract_text(FORUM)
    assert [(d.convention, d.question) for d in extraction.drafts] == [
        ("linked-question", "Porque é que o gelo flutua?"),
        ("linked-question", "O que é uma reação exotérmica?"),
    ]
    assert extraction.drafts[0].answer.startswith("> O gelo é menos denso")
    assert "Categoria" not in extraction.drafts[0].answer and "escolhida" not in extraction.drafts[0].answer
    # the unanswered thread is reported; the announcement, another kind of thread, asks nothing
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "Qual é a diferença entre `mol` e `massa molar`? (no answer, only a note)"
    ]


def test_numbered_headings_without_a_shared_answer_label_are_no_digest() -> None:
    text = """\
## #1 · Warum ist der Himmel blau?

Rayleigh-Streuung.

## #2 · Warum ist die Sonne gelb?

**Hinweis:** siehe Kapitel 3.
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "linked-question"]
