"""Explicit card syntax: `Q:`/`A:` lines, `front :: back` lines, `?` separators and cloze paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract import Extraction, explicit
from ankibuild.extract.document import mask_code_and_math
from ankibuild.extract.explicit import to_cloze
from ankibuild.extract.outline import heading_path
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from ankibuild.render import render_draft
from ankibuild.sources import parse_source_bytes
from tests.helpers import SOURCE, extract_only, extract_text, golden

FIXTURES = Path(__file__).parent / "fixtures" / "explicit"


def _only_explicit(text: str, name: str = "notes.md") -> Extraction:
    return extract_only(text, "explicit", name)


_golden = golden


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction = _only_explicit(text, f"{name}.md")
    assert _golden(extraction) == expected
    assert all(d.convention == "explicit" for d in extraction.drafts)


# Q: / A: lines ----------------------------------------------------------------------------------------------


def test_answer_runs_to_the_next_question_heading_or_rule() -> None:
    text = "Q: Why?\nA: Because.\n\nMore on it.\n\n- a point\n\n---\n\nAfter the rule.\n\nQ: Next?\nA: Yes.\n"
    first, second = _only_explicit(text).drafts
    assert first.answer == "Because.\n\nMore on it.\n\n- a point"
    assert (second.question, second.answer, second.loc.line) == ("Next?", "Yes.", 12)


def test_question_without_label_takes_through_its_question_mark() -> None:
    (draft,) = _only_explicit("Q: What is a long\nquestion here?\nIts answer.\n").drafts
    assert (draft.question, draft.answer) == ("What is a long question here?", "Its answer.")


def test_answer_claims_every_line_it_uses() -> None:
    extraction = _only_explicit("# T\n\nQ: What?\n\nA: This.\n\n```python\nx = 1\n```\n")
    assert [d.answer for d in extraction.drafts] == ["This.\n\n```python\nx = 1\n```"]
    assert extraction.unclassified == 0


def test_answer_admonition_after_a_question_is_unwrapped() -> None:
    text = 'Q: What is X?\n\n??? success "Answer"\n    X is **Y**.\n'
    (draft,) = _only_explicit(text).drafts
    assert draft.answer == "X is **Y**."


def test_answer_stops_at_a_block_of_another_explicit_syntax() -> None:
    text = "Q: What is X?\nA: Y.\n\nTerm :: definition\n\nThe {{c1::cloze}} too.\n"
    drafts = _only_explicit(text).drafts
    assert [(d.question, d.answer, d.note_type) for d in drafts] == [
        ("What is X?", "Y.", "basic"),
        ("Term", "definition", "basic"),
        ("The {{c1::cloze}} too.", "", "cloze"),
    ]


def test_bold_labels_are_left_to_the_bold_question_rule() -> None:
    extraction, _ = extract_text("# T\n\n**Q:** What is churn?\n**A:** Customers leaving.\n")
    assert [(d.convention, d.question) for d in extraction.drafts] == [("bold-question", "What is churn?")]
    assert _only_explicit("**Q:** What is churn?\n**A:** Customers leaving.\n").drafts == ()


@pytest.mark.parametrize(
    "text",
    [
        "Q3 results: revenue grew.",
        "Note: the figures are unaudited.",
        "Question 4: who signs off",
        "Questions: there are many.",
        "We asked a question: why?",
        "> Q: In a quote?\n> A: Not for this rule.",
        "```text\nQ: In a fence?\nA: No.\n```",
    ],
)
def test_prose_is_not_a_question(text: str) -> None:
    extraction = _only_explicit(text)
    assert extraction.drafts == () and extraction.unanswered == 0


# front :: back ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Use `std :: vector` in C++.",
        "The scope operator std::vector is fine.",
        "A formula $a :: b$ stays.",
        ":: no front",
        "no back ::",
        "Lines a ::b and a:: b.",
        "```haskell\nmap :: (a -> b) -> [a] -> [b]\n```",
        "    indented :: code block",
        "map :: (a -> b) -> [a] -> [b]",
        "std :: vector<int> holds ints",
        "1. What does x :: Int mean in Haskell?",
    ],
)
def test_double_colon_near_misses(text: str) -> None:
    assert _only_explicit(text).drafts == ()


def test_prices_are_not_math_that_hides_a_pair() -> None:
    (draft,) = _only_explicit("Coffee :: costs $5 and tea $3").drafts
    assert (draft.question, draft.answer) == ("Coffee", "costs $5 and tea $3")


def test_answer_stops_at_a_question_admonition() -> None:
    text = 'Q: What is X?\nA: Y.\n\n!!! question "What is Z?"\n\n??? success "Answer"\n    W.\n'
    extraction, _ = extract_text(text)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("explicit", "What is X?", "Y."),
        ("details", "What is Z?", "W."),
    ]


def test_one_card_per_double_colon_line_and_other_lines_left() -> None:
    extraction = _only_explicit("Alpha :: first\nsome prose line\nBeta :: second\n")
    assert [(d.question, d.answer, d.loc.line) for d in extraction.drafts] == [("Alpha", "first", 1), ("Beta", "second", 3)]
    assert extraction.unclassified == 1  # the prose line is reported, not swallowed


# ? separators -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Is this a question? Yes.", "Why?\nBecause.", "???", "One\n?\nTwo\n?\nThree"])
def test_separator_near_misses(text: str) -> None:
    extraction = _only_explicit(text)
    assert extraction.drafts == () and extraction.unanswered == 0


def test_separator_takes_the_blocks_around_it() -> None:
    text = "- front item one\n- front item two\n\n?\n\n```text\nback in a fence\n```\n"
    (draft,) = _only_explicit(text).drafts
    assert (draft.question, draft.answer, draft.loc.line) == ("- front item one\n- front item two", "```text\nback in a fence\n```", 1)


# Cloze ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("==a== and ==b==", "{{c1::a}} and {{c2::b}}"),
        ("{{c2::x}} then ==y==", "{{c2::x}} then {{c3::y}}"),
        ("{{c1::x::hint}}", "{{c1::x::hint}}"),
        ("==**bold** words==.", "{{c1::**bold** words}}."),
        ("see ==$x^{2}$== here", "see {{c1::$x^{2}$}} here"),
        ("`==code==` and ==real==", "`==code==` and {{c1::real}}"),
        ("a == b", None),
        ("x==y and p==q", None),
        ("=== heading-ish ===", None),
        ("$a == b$ and $$==c==$$", None),
        ("`{{c1::in code}}`", None),
        ("plain text", None),
    ],
)
def test_to_cloze(text: str, expected: str | None) -> None:
    assert to_cloze(text) == expected


def test_mask_keeps_length_and_lines() -> None:
    text = "a `b\nc` $d$ e"
    masked = mask_code_and_math(text)
    assert len(masked) == len(text) and masked.count("\n") == 1
    assert masked.startswith("a ") and masked.endswith(" e") and "b" not in masked and "d" not in masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("``a`b`` c", "####### c"),  # a span opened by two backticks holds a single one
        ("x`a` ``b``", "x### #####"),
        ("a```b`", "a```b`"),  # a run of three never closes with one
        ("$a$ b$c$", "### b$c$"),  # a `$` right after a word character opens nothing
        ("\\$a$ $ b$ $c $ $1$2", "\\$a$ $ b$ $c $ $1$2"),  # escaped, spaced or before a digit: no math
        ("$$x\ny$$ \\(z\\) \\[w\\]", "###\n### ##### #####"),
    ],
)
def test_mask_blanks_exactly_the_code_and_math(text: str, masked: str) -> None:
    assert mask_code_and_math(text).replace("\0", "#") == masked


def test_highlights_in_question_sections_stay_in_the_answers() -> None:
    text = "# Notes\n\n## What is a cell?\n\nThe ==basic unit== of life.\n\n## Facts\n\nCells hold ==DNA==.\n"
    extraction, _ = extract_text(text)
    cards = {d.question: (d.convention, d.answer) for d in extraction.drafts}
    assert cards["What is a cell?"] == ("heading", "The ==basic unit== of life.")
    assert cards["Cells hold {{c1::DNA}}."] == ("explicit", "")


def test_cloze_inside_details_is_left_to_the_details_rule() -> None:
    text = "<details><summary>What is X?</summary>\n\nX is ==Y==.\n\n</details>\n"
    assert _only_explicit(text).drafts == ()
    extraction, _ = extract_text(text)
    assert [(d.convention, d.answer) for d in extraction.drafts] == [("details", "X is ==Y==.")]


@pytest.mark.parametrize(
    "text",
    [
        "The {{c1::mitochondria}} makes {{c2::ATP::energy}}.",
        "Euler: ==$e^{i\\pi}+1=0$== and {{c2::$\\frac{a}{b^{2}}$}}.",
        "A ==**bold** and _it_== cloze, {{c3::[link](https://x.org)}} and {{c4::a_b_c}}.",
        "- ==Item== with `code == x`",
    ],
)
def test_cloze_deletions_survive_rendering(text: str) -> None:
    (draft,) = _only_explicit(text).drafts
    assert draft.note_type == "cloze"
    html = render_draft(draft).question_html
    opened = html.count("{{c")
    assert opened == draft.question.count("{{c") and opened >= 1
    assert html.count("}}") == opened  # TeX braces were spaced apart, so only the cloze closers remain
    assert "==" not in html.replace("code == x", "")


def test_heading_path_leaves_out_the_document_title() -> None:
    doc = parse_document(SourceFile("n.md", None, "# Title\n\nA :: b\n\n## Sub\n\n### Deeper\n\nC :: d\n", "0"), [])
    assert heading_path(doc, 1) == ()
    assert heading_path(doc, len(doc.blocks) - 1) == ("Sub", "Deeper")


# The seeds ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(p.name for p in SOURCE.glob("*.md")))
def test_seeds_use_no_explicit_syntax(seed: str) -> None:
    # Checked by hand: none of the five seeds writes plain `Q:`/`A:` lines, ` :: ` lines, `?` separators,
    # `{{c1::…}}` or `==highlights==` outside code (their `**Question**:` labels belong to the bold rule).
    files, _ = parse_source_bytes((SOURCE / seed).read_bytes(), seed)
    for source in files:
        result = explicit.extract(parse_document(source, []), {})
        assert (result.drafts, result.diagnostics, dict(result.claims)) == ((), (), {}), source.part


# Obsidian spaced repetition syntax -------------------------------------------------------------------------


def test_scheduling_comments_leave_the_card_and_are_never_skipped_content() -> None:
    text = (
        "# Anatomy\n\nFemur::The thigh bone. <!--SR:!2025-01-03,3,250-->\n\n"
        "Which bone protects the brain?\n?\nThe skull.\n<!--SR:!2025-01-05,4,270-->\n\n"
        "<!--SR:!2025-01-06,2,230-->\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Femur", "The thigh bone."),
        ("Which bone protects the brain?", "The skull."),
    ]
    assert (extraction.skipped, extraction.unclassified) == (0, 0)
    assert not [d for d in diagnostics if d.kind in ("skipped", "unclassified")]


def test_an_id_on_a_reversible_card_pins_both_notes() -> None:
    extraction, diagnostics = extract_text("Tort ::: A civil wrong. <!-- id: tort -->\n")
    assert [(d.question, d.explicit_id) for d in extraction.drafts] == [("Tort", "id:tort"), ("A civil wrong.", "id:tort/reverse")]
    assert not [d for d in diagnostics if d.severity != "info"]


def test_glued_pairs_between_words_need_a_file_of_cards_or_a_block_of_pairs() -> None:
    prose = "# C++\n\nCall std::sort on the range before you search it.\n"
    assert extract_text(prose)[0].drafts == ()
    tagged = "# C++ #flashcards\n\nSorting a range::std::sort\nstd::vector::A growable array.\n\nPrinting::std::cout << x\n"
    # `a::b::c` is never split (two separators); a single glued pair counts in a file of cards.
    assert [(d.question, d.answer) for d in extract_text(tagged)[0].drafts] == []
    vocabulary = "# German\n\nHund::dog\nKatze::cat\n"
    assert [(d.question, d.answer) for d in extract_text(vocabulary)[0].drafts] == [("Hund", "dog"), ("Katze", "cat")]
    flagged = "---\ntags: [flashcards]\n---\n# German\n\nHund::dog\n\nSome prose here.\n"
    assert [(d.question, d.answer) for d in extract_text(flagged)[0].drafts] == [("Hund", "dog")]


def test_in_a_file_of_cards_headings_are_context_never_topic_cards() -> None:
    sections = "".join(
        f"## Topic {n}\n\nTerm {n}::Definition {n}.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = {n}\n```\n\n" for n in range(4)
    )
    extraction, _ = extract_text("# Deck #flashcards\n\n" + sections)
    assert {d.convention for d in extraction.drafts} == {"explicit"}
    assert [d.context for d in extraction.drafts] == [(f"Topic {n}",) for n in range(4)]
    # Without the cards, the same sections are a handbook's topics.
    handbook, _ = extract_text("# Deck\n\n" + sections.replace("::", " is "))
    assert {d.convention for d in handbook.drafts} == {"topic"}


def test_code_or_a_table_right_below_a_separator_back_joins_it() -> None:
    text = "What does uptime print?\n?\nThe load average.\n\n```bash\nuptime\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA paragraph of its own.\n"
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.answer == "The load average.\n\n```bash\nuptime\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    assert extraction.unclassified == 1  # the paragraph after them is not the answer


def test_a_pair_inside_wrapped_prose_stays_prose_even_in_a_file_of_cards() -> None:
    text = "# Net #flashcards\n\nLoopback::127.0.0.1\n\nIn prose the IPv6 loopback is written\nas ::1 and that line is not a card.\n"
    assert [(d.question, d.answer) for d in extract_text(text)[0].drafts] == [("Loopback", "127.0.0.1")]


def test_a_question_heading_over_explicit_cards_is_their_context_not_an_unanswered_question() -> None:
    text = "# Biology\n\n## What is a cell?\n\nCell::The basic unit of life.\nTissue::A group of similar cells.\n<!--SR:!2025-01-03,3,250-->\n\n## What is an organ?\n\nA structure of tissues that does one job.\n"
    extraction, diagnostics = extract_text(text)
    assert [(d.convention, d.question) for d in extraction.drafts] == [
        ("explicit", "Cell"),
        ("explicit", "Tissue"),
        ("heading", "What is an organ?"),
    ]
    assert not [d for d in diagnostics if d.kind in ("unanswered", "unclassified", "skipped")]


def test_in_a_file_of_cards_a_glued_pair_that_reads_as_words_counts_under_a_line_of_prose() -> None:
    text = "# Botany #flashcards\n\nKey terms from chapter two\nPhotosynthesis::Making sugar from light.\nin C++ the std::cout stream prints.\n"
    assert [(d.question, d.answer) for d in extract_text(text)[0].drafts] == [("Photosynthesis", "Making sugar from light.")]
    untagged = text.replace(" #flashcards", "")
    assert extract_text(untagged)[0].drafts == ()


def test_obsidian_tags_ending_a_heading_stay_out_of_deck_names_and_context(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ankibuild.cli import main
    from tests.helpers import write_tree

    write_tree(tmp_path, {"notes/net.md": "# Networking #flashcards\n\n## Transport #layer4\n\nTCP::A reliable stream.\nUDP::Datagrams.\n"})
    result = CliRunner().invoke(main, ["cards", str(tmp_path / "notes"), "--json"])
    assert result.exit_code == 0, result.output
    cards = json.loads(result.stdout)
    assert {c["deck"] for c in cards} == {"Notes::Networking"}
    assert {c["context"] for c in cards} == {"Transport"}
    assert {tuple(c["tags"]) for c in cards} == {("topic::transport",)}


def test_a_heading_tagged_card_is_a_card_and_a_note_tagged_flashcards_is_not() -> None:
    text = "# Botany #flashcards\n\n## Xylem #card\nCarries water up from the roots.\n\n## Phloem #card-reverse\nCarries sugars.\n\n## Notes\n\nTo read.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer, d.context) for d in extraction.drafts] == [
        ("Xylem", "Carries water up from the roots.", ()),
        ("Phloem", "Carries sugars.", ()),
        ("Carries sugars.", "Phloem", ()),
    ]


def test_tag_lines_of_a_file_of_cards_are_accounted_for_not_skipped_or_unclassified() -> None:
    text = "---\ntags: [flashcards]\n---\n# Chemistry\n\n#chemistry #flashcards/organic\n\nBenzene::C6H6, an aromatic ring.\n"
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Benzene"]
    assert (extraction.skipped, extraction.unclassified) == (0, 0)
    # Outside a file of cards a line of tags is left to the report.
    plain = extract_text("# Chemistry\n\n#chemistry #organic\n\nBenzene is C6H6.\n")[0]
    assert plain.unclassified == 2


def test_in_a_file_tagged_with_a_nested_flashcards_tag_a_lone_lowercase_pair_is_a_card() -> None:
    text = "#flashcards/español\n\n# Vocab\n\nla cocina:::the kitchen\n<!--SR:!2025-04-02,3,250-->\n\nel baño::the bathroom\n"
    extraction, diagnostics = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("la cocina", "the kitchen"),
        ("the kitchen", "la cocina"),
        ("el baño", "the bathroom"),
    ]
    assert not [d for d in diagnostics if d.kind in ("unclassified", "skipped")]
    untagged = text.replace("#flashcards/español\n\n", "")
    assert not [d for d in extract_text(untagged)[0].drafts if d.convention == "explicit"]


def test_a_pair_whose_front_and_back_both_ask_is_a_card_but_a_question_mentioning_a_scope_is_not() -> None:
    text = "# Phrases #flashcards\n\n¿Dónde está la estación?::Where is the station?\n\nIs std::vector faster than a list?\n"
    assert [(d.question, d.answer) for d in _only_explicit(text).drafts] == [("¿Dónde está la estación?", "Where is the station?")]


@pytest.mark.parametrize(
    "text",
    [
        "Q: Qu'est-ce qu'un atome ?\nR: La plus petite partie d'un élément.\n",
        "Q: Qu'est-ce qu'un atome ? R: La plus petite partie d'un élément.\n",
        "Q : Qu'est-ce qu'un atome ?\nR : La plus petite partie d'un élément.\n",
    ],
)
def test_french_q_and_r_letters(text: str) -> None:
    extraction, _ = extract_text("# Chimie\n\n" + text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Qu'est-ce qu'un atome ?", "La plus petite partie d'un élément.")
    ]
