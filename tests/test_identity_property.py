"""Property: random edit sequences never create a duplicate note, and an unchanged question keeps its GUID."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ankibuild.build import run_build
from ankibuild.config import load_config

POOL = [
    ("What is a p-value?", "The probability of data this extreme under the null hypothesis."),
    ("Explain gradient descent.", "Iteratively step against the gradient of the loss."),
    ("What is dropout?", "Randomly zeroing activations while training a network."),
    ("How does k-means work?", "Alternate assigning points to centroids and moving centroids."),
    ("Why use cross-validation?", "To estimate generalisation error from limited data."),
    ("What is a confusion matrix?", "A table of predicted against actual classes."),
    ("Describe the bias-variance tradeoff.", "Simple models underfit, flexible models overfit."),
    ("What is an embedding?", "A dense vector representation of a discrete object."),
    ("When is accuracy misleading?", "On imbalanced classes, where always predicting the majority wins."),
    ("What does softmax compute?", "A probability distribution from a vector of logits."),
]
REWORDS = {
    "What is a p-value?": "What exactly is a p-value?",
    "Explain gradient descent.": "Explain how gradient descent works.",
    "What is dropout?": "What is dropout in neural networks?",
    "How does k-means work?": "How does the k-means algorithm work?",
    "Why use cross-validation?": "Why do we use cross-validation?",
}


@dataclass
class Note:
    ident: int
    question: str
    answer: str
    file: str


@dataclass
class Model:
    notes: list[Note] = field(default_factory=list)
    files: list[str] = field(default_factory=lambda: ["a.md", "b.md"])
    next_new: int = 6

    def write(self, source: Path) -> None:
        for old in source.glob("*.md"):
            old.unlink()
        for name in self.files:
            body = "".join(f"## {n.question}\n\n{n.answer}\n\n" for n in self.notes if n.file == name)
            (source / name).write_text(f"# {name[0].upper()} notes\n\n{body}")


OPS = st.sampled_from(["edit", "reword", "move", "rename", "reorder", "add", "delete"])


def apply(model: Model, op: str, pick: int) -> set[int]:
    """Apply one user edit; return the idents whose question text and file stayed the same."""
    notes = model.notes
    target = notes[pick % len(notes)] if notes else None
    if op == "edit" and target:
        target.answer += " Also worth remembering in interviews."
    elif op == "reword" and target and target.question in REWORDS:
        target.question = REWORDS[target.question]
    elif op == "move" and target:
        target.file = "b.md" if target.file == "a.md" else "a.md"
        if target.file not in model.files:
            model.files.append(target.file)
    elif op == "rename":
        old = model.files[pick % len(model.files)]
        new = f"renamed-{len(model.files)}-{old}"
        model.files = [new if f == old else f for f in model.files]
        for n in notes:
            if n.file == old:
                n.file = new
    elif op == "reorder":
        notes.reverse()
    elif op == "add" and model.next_new < len(POOL):
        q, a = POOL[model.next_new]
        notes.append(Note(model.next_new, q, a, model.files[0]))
        model.next_new += 1
    elif op == "delete" and target and len(notes) > 1:
        notes.remove(target)
    return {n.ident for n in notes}


def guids(source: Path, epoch: int) -> dict[str, str]:
    config = load_config(source, source.parent / "out", timestamp=float(epoch))
    report = run_build(config)
    assert not report.errors, report.errors
    seen = [c.guid for c in report.cards]
    assert len(seen) == len(set(seen)), "two notes share a GUID"
    return {c.question_text: c.guid for c in report.cards}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.tuples(OPS, st.integers(0, 20)), min_size=1, max_size=6))
def test_random_edits_never_duplicate_notes(ops: list[tuple[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source"
        source.mkdir()
        model = Model([Note(i, q, a, "a.md" if i % 2 else "b.md") for i, (q, a) in enumerate(POOL[:6])])
        model.write(source)
        epoch = 1_700_000_000
        by_ident = {n.ident: guid for n in model.notes for q, guid in guids(source, epoch).items() if q == n.question}
        for op, pick in ops:
            apply(model, op, pick)
            model.write(source)
            epoch += 1
            now = guids(source, epoch)
            for note in model.notes:
                guid = now[note.question]
                if note.ident in by_ident:
                    # The same note (edited, reworded, moved, renamed or reordered) keeps its GUID: no duplicate.
                    assert guid == by_ident[note.ident], (op, note.question)
                by_ident[note.ident] = guid
