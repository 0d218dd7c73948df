"""The numbered-term rule (numbered lists of bold terms and definitions) and the exam notes left off fronts."""

from __future__ import annotations

from tests.helpers import extract_text

PHARMACOLOGY = """\
# 药理学复习

## 一、名词解释

1. **首过效应**（first-pass effect）：口服药物经肝脏代谢后进入体循环的药量减少。⭐⭐

2. **半衰期**（half-life）：血药浓度下降一半所需的时间。

3. **耐受性**：略

## 二、简答题

**1. 简述阿托品的药理作用。**（2021年真题）

答：抑制腺体分泌，松弛平滑肌。

**2. 为什么吗啡可以镇痛？** ⭐⭐⭐（必考！）

答：激动阿片受体。
"""


def _cards(text: str) -> list[tuple[str, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer) for d in extraction.drafts]


def test_a_numbered_glossary_gives_term_cards_and_a_placeholder_is_unanswered() -> None:
    extraction, _ = extract_text(PHARMACOLOGY)
    terms = [(d.question, d.answer) for d in extraction.drafts if d.convention == "numbered-term"]
    assert terms == [
        ("首过效应（first-pass effect）", "口服药物经肝脏代谢后进入体循环的药量减少。"),
        ("半衰期（half-life）", "血药浓度下降一半所需的时间。"),
    ]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["耐受性"]


def test_exam_notes_and_stars_after_the_question_are_left_off_with_its_number() -> None:
    fronts = [q for c, q, _ in _cards(PHARMACOLOGY) if c != "numbered-term"]
    assert all("真题" not in q and "必考" not in q and "⭐" not in q for q in fronts)
    assert all(not q.lstrip("*").startswith(("1.", "2.")) for q in fronts)


def test_an_english_glossary_section_with_plain_colons() -> None:
    text = """\
# Cell biology

## Key terms

1. **Osmosis**: diffusion of water across a partially permeable membrane.
2. **Active transport**: movement against a concentration gradient, using ATP.
"""
    assert _cards(text) == [
        ("numbered-term", "Osmosis", "diffusion of water across a partially permeable membrane."),
        ("numbered-term", "Active transport", "movement against a concentration gradient, using ATP."),
    ]


def test_numbered_steps_with_bold_names_are_no_terms() -> None:
    text = """\
# Deploying the site

## Setup

1. **Clone the repo**: `git clone …` into your workspace.
2. **Install the tools**: run the installer once.
3. **Build**: run `make`.
"""
    assert not [c for c in _cards(text) if c[0] == "numbered-term"]


IDENTIFICATIONS = """\
# Kunstgeschichte — Wiederholung

## Teil A: Begriffe erkennen

1. **Bauhaus**
   * *Einordnen:* Kunstschule in Weimar und Dessau, 1919–1933, Walter Gropius.
   * *Bedeutung:* Verband Handwerk und Kunst; prägte die moderne Architektur.

2. **Der Blaue Reiter**
   * *Einordnen:* Münchner Künstlergruppe um Kandinsky und Marc, 1911.
   * *Bedeutung:* Wegbereiter der abstrakten Malerei.

3. **Neue Sachlichkeit**
   * *Einordnen:*
   * *Bedeutung:*
"""


def test_bold_terms_over_the_same_labelled_fields_are_term_cards() -> None:
    extraction, _ = extract_text(IDENTIFICATIONS)
    terms = [(d.question, d.answer) for d in extraction.drafts if d.convention == "numbered-term"]
    assert terms == [
        (
            "Bauhaus",
            "* *Einordnen:* Kunstschule in Weimar und Dessau, 1919–1933, Walter Gropius.\n"
            "* *Bedeutung:* Verband Handwerk und Kunst; prägte die moderne Architektur.",
        ),
        (
            "Der Blaue Reiter",
            "* *Einordnen:* Münchner Künstlergruppe um Kandinsky und Marc, 1911.\n* *Bedeutung:* Wegbereiter der abstrakten Malerei.",
        ),
    ]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Neue Sachlichkeit"]


def test_escaped_numbering_dots_leave_a_bold_command() -> None:
    text = """\
# Historia

**1\\. Explica dos causas de la independencia de México.**

La crisis de la monarquía española en 1808 y el descontento de los criollos.

**2\\. ¿Quién proclamó el Grito de Dolores?**

Miguel Hidalgo, en 1810.
"""
    fronts = [q for _, q, _ in _cards(text)]
    assert fronts == ["Explica dos causas de la independencia de México.", "¿Quién proclamó el Grito de Dolores?"]


def test_bold_step_names_over_plain_sub_steps_are_no_terms() -> None:
    text = """\
# Mise en route

1. **Cloner le dépôt**
   * lancer `git clone` dans le dossier de travail
   * ouvrir le projet
2. **Installer les outils**
   * *Durée :* cinq minutes
   * lancer l'installateur
"""
    assert not [c for c in _cards(text) if c[0] == "numbered-term"]
