"""The remnote-card rule: `>>` questions and `;;` descriptors of RemNote outline exports."""

from __future__ import annotations

from tests.helpers import extract_text

CARDIO = """\
# Cardiology

## Valves

- What does the mitral valve separate? >> the left atrium and the left ventricle
- Name the layers of the heart wall >>
    - endocardium
    - myocardium
    - epicardium
- Aortic stenosis
    - Typical murmur >> crescendo-decrescendo, radiating to the carotids
    - Cause ;; calcification in the elderly
    - Sign ;; pulsus parvus et tardus
- Which drug closes a patent ductus? >>
- Preload :: the stretch of the ventricle at the end of diastole
"""


def test_forward_arrows_descriptors_and_empty_arrows() -> None:
    extraction, diagnostics = extract_text(CARDIO)
    cards = {d.question: d for d in extraction.drafts}
    assert cards["What does the mitral valve separate?"].answer == "the left atrium and the left ventricle"
    assert cards["Name the layers of the heart wall"].answer == "- endocardium\n- myocardium\n- epicardium"
    murmur = cards["Typical murmur"]
    assert murmur.context[-1] == "Aortic stenosis"
    stenosis = cards["Aortic stenosis"]
    assert stenosis.answer == "- Cause: calcification in the elderly\n- Sign: pulsus parvus et tardus"
    assert cards["Preload"].convention == "explicit"  # `::` stays the explicit rule's
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Which drug closes a patent ductus?" in unanswered
    assert len(extraction.drafts) == 5


def test_code_redirects_and_quotes_are_not_cards() -> None:
    text = """\
# Shell notes

- append output with `echo hi >> log.txt`
- in C++ read with `std::cin >> x >> y`
- Redirection in bash: `cmd >> file` appends

>> a nested quote
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "remnote-card"]


def test_one_arrow_alone_is_not_a_page_of_cards() -> None:
    text = "# Notes\n\n- merge sort >> quick sort for linked lists, I think\n- other things\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "remnote-card"]


def test_list_answer_marks_and_two_way_arrows() -> None:
    text = """\
# Geology

- Name the three rock types >>>
    - igneous
    - sedimentary
    - metamorphic
- Steps of the rock cycle in order >>1.
    - weathering
    - erosion
- Magma <> molten rock below the surface
- Lava >> molten rock above the surface
"""
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards["Name the three rock types"] == "- igneous\n- sedimentary\n- metamorphic"
    assert cards["Steps of the rock cycle in order"] == "- weathering\n- erosion"
    assert cards["Magma"] == "molten rock below the surface"


def test_sql_not_equal_alone_is_no_card() -> None:
    text = "# SQL\n\n- WHERE price <> 0 keeps the priced rows\n- a <> b is the same as a != b\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "remnote-card"]
