"""One-line pairs: `prompt ? answer` and `prompt → answer` lines in paragraphs and lists made of them.

Golden fixtures live in tests/fixtures/line_pairs: `name.md` is extracted and every card (any convention)
and every `unanswered` report is compared with `name.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import fixture_outcome

FIXTURES = Path(__file__).parent / "fixtures" / "line_pairs"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert fixture_outcome((FIXTURES / f"{name}.md").read_text(encoding="utf-8")) == expected


def test_consecutive_question_mark_lines_are_one_card_each() -> None:
    text = "# Geo\n\nCapital of Peru ? Lima\nLongest river in Asia ? Yangtze\nWhich ocean borders Chile? ? Pacific\n"
    assert fixture_outcome(text)["cards"] == [
        [3, "line-pair", "Capital of Peru ?", "Lima"],
        [4, "line-pair", "Longest river in Asia ?", "Yangtze"],
        [5, "line-pair", "Which ocean borders Chile?", "Pacific"],
    ]


def test_typed_arrows() -> None:
    text = "# Cardio\n\nMitral stenosis => opening snap\nAortic stenosis => ejection click\nPDA -> machine murmur\n"
    assert [card[2:] for card in fixture_outcome(text)["cards"]] == [
        ["Mitral stenosis", "opening snap"],
        ["Aortic stenosis", "ejection click"],
        ["PDA", "machine murmur"],
    ]


def test_arrow_bullets_with_a_missing_answer() -> None:
    text = "# Law\n\n- Tort → a civil wrong\n- Estoppel -> a bar to contradicting oneself\n- Laches → ?\n"
    outcome = fixture_outcome(text)
    assert [card[2] for card in outcome["cards"]] == ["Tort", "Estoppel"]
    assert outcome["unanswered"] == [[5, "Laches"]]


@pytest.mark.parametrize(
    "text",
    [
        "The pathway runs glucose → pyruvate → acetyl-CoA → citrate.\n",  # a chain in a sentence
        "Why ? Because.\n",  # one pair alone proves nothing
        "- Checkout → build\n- Run the tests\n- Deploy\n",  # one arrow among steps
        "- `load` → `read`\n- `dump` → `write`\n",  # a rename map
        "A → B → C\nC → D → E\n",  # chains only
        "Use arrow functions: x => x + 1\nor (a, b) => a + b in callbacks.\n",  # code in prose
        "map(x -> x * 2)\nfilter(y -> y > 0)\n",
        "- Upgraded Node 16 → 18\n- Renamed `cfg` → `config`\n- Bumped pytest 7.4 → 8.0\n",  # changelog
        "Is it DNS ? Could be.\nWhat about the cache ? Is it warm ? Nobody knows.\nWe will see.\n",
        # example sentences with a note in brackets
        "- Je vais à Paris. (où ? → à + ville)\n- Je viens de Lyon. (d'où ? → de + ville)\n",
        "- Er sitzt auf dem Stuhl [wo? → Dativ]\n- Er setzt sich auf den Stuhl [wohin? → Akkusativ]\n",
    ],
)
def test_not_pairs(text: str) -> None:
    assert fixture_outcome("# Notes\n\n" + text)["cards"] == []


def test_a_paragraph_with_one_stray_line_in_five_keeps_its_pairs() -> None:
    lines = [f"Element {n} symbol ? X{n}" for n in range(5)]
    text = "# Chem\n\n" + "\n".join(lines[:3] + ["(more next week)"] + lines[3:]) + "\n"
    assert len(fixture_outcome(text)["cards"]) == 5


def test_a_question_with_an_arrow_under_a_title_still_to_work_out_is_a_reminder() -> None:
    text = (
        "# Biologie\n\n## Zellen\n\n- Welches Enzym entwindet die DNA? → Helikase\n- Kapitel 3 noch einmal lesen\n\n"
        "## Zu klären\n\n- Muss ich die Enzymnamen auswendig lernen? → wohl nicht, Skript prüfen\n- Folien von Woche 2 holen\n\n"
        "## Por repasar\n\n- ¿Entra el ciclo de Krebs? → creo que sí\n- Pedir apuntes a Ana\n"
    )
    outcome = fixture_outcome(text)
    assert [(card[1], card[2]) for card in outcome["cards"]] == [("line-pair", "Welches Enzym entwindet die DNA?")]
    assert [item[1] for item in outcome["unanswered"]] == [
        "Muss ich die Enzymnamen auswendig lernen?",
        "¿Entra el ciclo de Krebs?",
    ]



def test_asking_siblings_of_an_asked_arrow_item_are_unanswered() -> None:
    # Persian questions (`؟`): a list of questions, one answered after its arrow, one with a note to self.
    text = "# Redes\n\n## HTTP\n\n- فرق بین PUT و PATCH چیست؟ *(بعداً کامل شود)*\n- کد 404 در HTTP یعنی چه؟ → یعنی منبع روی سرور پیدا نشد.\n"
    outcome = fixture_outcome(text)
    assert [card[2] for card in outcome["cards"]] == ["کد 404 در HTTP یعنی چه؟"]
    assert outcome["unanswered"] == [[5, "فرق بین PUT و PATCH چیست؟"]]


def test_a_stating_sibling_leaves_the_other_items_alone() -> None:
    text = "# Redes\n\n- کد 404 در HTTP یعنی چه؟ → یعنی منبع پیدا نشد.\n- El puerto 80 es de HTTP.\n- ¿Qué puerto usa HTTPS?\n"
    outcome = fixture_outcome(text)
    assert [card[2] for card in outcome["cards"]] == ["کد 404 در HTTP یعنی چه؟"]
    assert outcome["unanswered"] == []
