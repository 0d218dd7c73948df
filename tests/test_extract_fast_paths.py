"""The extraction speed-ups change no result. Each precheck that lets a rule skip work claims to be a
necessary condition of the slow path finding anything; here every one of them is switched off (made to
answer "maybe", so the slow path runs) and the chain's whole outcome, with the facts the rules leave in
`doc.derived`, must be the same with and without them: on the seed notes, the fixtures, the test corpus,
a generated benchmark corpus and random documents made of the marks the rules look for. The rewritten
helpers (`is_log_heading`, the card-tag pattern) are checked against their former code the same way."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ankibuild.extract import (
    abbreviations,
    admonition_blocks,
    anchored_comments,
    annotation_questions,
    answer_examples,
    answer_headings,
    answer_keys,
    answer_lines,
    answer_paragraphs,
    answers,
    arrow_answers,
    arrow_drills,
    arrow_items,
    arrow_tables,
    attribute_callouts,
    bare_labels,
    bare_lines,
    blank_keys,
    block_ids,
    board_cards,
    bold_italic_dress,
    bold_italic_questions,
    bold_qa_lines,
    bold_tasks,
    boxed_keys,
    bracket_labels,
    bracket_questions,
    bracket_quizzes,
    bracketed_keys,
    bullet_cards,
    bulleted_answers,
    channel_logs,
    chart_tables,
    chat_exports,
    choice_headings,
    choice_items,
    chosen_replies,
    click_reveals,
    cloze_gaps,
    clue_responses,
    code_arrows,
    code_questions,
    collapsibles,
    coloured_answers,
    column_pairs,
    comment_answers,
    compact_keys,
    containers,
    content_tabs,
    course_items,
    crossword_clues,
    cue_tables,
    dash_dialogues,
    dashed_tables,
    delayed_answers,
    design_cards,
    details,
    diff_choices,
    directives,
    dot_leaders,
    dotted_pairs,
    emoji_items,
    exam_classes,
    exam_headings,
    exam_parts,
    exercise_tables,
    exercises,
    explicit,
    extract_cards,
    fenced_banks,
    fenced_divs,
    fenced_posts,
    fenced_prompts,
    fenced_tasks,
    field_drills,
    field_entries,
    filled_items,
    follow_ups,
    footnote_answers,
    form_fields,
    formulas,
    gift_items,
    glossary,
    graded_forms,
    graded_labs,
    graded_quizzes,
    headings,
    highlight_notes,
    html_definitions,
    html_headings,
    html_parts,
    html_tables,
    indented_answers,
    inline_definitions,
    inline_fields,
    inline_pairs,
    interview_dialogues,
    is_free,
    italic_answers,
    italic_tasks,
    journal_entries,
    key_tables,
    keyed_headings,
    keyed_parts,
    keyed_questions,
    keyed_replies,
    keyed_rows,
    keyword_answers,
    label_grids,
    label_keyed_items,
    label_lines,
    label_turns,
    labelled_exercises,
    labelled_fields,
    labelled_pairs,
    labelled_problems,
    latex_flashcards,
    learnr_items,
    lettered_solutions,
    line_pairs,
    link_comments,
    linked_questions,
    marker_sections,
    marking_schemes,
    matching_keys,
    meeting_chats,
    memo_entries,
    memorandums,
    message_logs,
    mind_maps,
    mochi_cards,
    moodle_questions,
    named_statements,
    noted_questions,
    numbered,
    numbered_annotations,
    numbered_grids,
    numbered_terms,
    obsidian_comments,
    open_questions,
    outline,
    outline_questions,
    output_items,
    passage_glosses,
    past_paper_items,
    plugin_blocks,
    points_labels,
    pool_items,
    practice_reviews,
    presenter_notes,
    printed_cards,
    problem_details,
    prompt_elements,
    prompt_lists,
    prompt_threads,
    qna_pairs,
    qualified_labels,
    questions,
    quiz_blocks,
    quiz_components,
    quiz_fences,
    quiz_sources,
    quote_fences,
    quote_headings,
    quote_threads,
    quoted_choices,
    quoted_keys,
    quoted_letter_pairs,
    quoted_pairs,
    quoted_points,
    quoted_questions,
    rating_guides,
    readme_blocks,
    remnote_cards,
    repeated_labels,
    reply_lines,
    review_labels,
    review_tasks,
    sample_responses,
    saved_outputs,
    scenario_exercises,
    separator_cards,
    shortcode_items,
    sibling_headings,
    slides,
    solution_parts,
    solution_posts,
    solution_sections,
    spoiler_posts,
    statement_headings,
    step_labels,
    studio_problems,
    subject_entries,
    superblocks,
    tab_lines,
    tag_questions,
    task_headings,
    task_labels,
    term_arrows,
    thread_posts,
    thread_replies,
    tldr_pages,
    topics,
    tossups,
    transcripts,
    translation_items,
    typed_boxes,
    unsolved_lists,
    verdict_items,
    verdict_paragraphs,
    verdict_tables,
    vocabulary,
    web_exercises,
    wrapped_answers,
    yaml_cards,
)
from ankibuild.extract.document import (
    EXPLICIT_CARD_FILE,
    EXPLICIT_CARDED_LINES,
    free_blocks,
    holds,
    mark_followed_by,
    may_hold,
    text_holds,
    titles_may_hold,
)
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from ankibuild.sources import parse_source_bytes
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


def _maybe(*_: Any) -> bool:
    return True


class _Everything:
    """A set that holds everything and a pattern found everywhere: a first-letter or first-word test switched off."""

    def __contains__(self, _: object) -> bool:
        return True

    def search(self, _: str) -> bool:
        return True


def _searched(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _searched_in(doc: Any, pattern: re.Pattern[str], _marks: str) -> bool:
    return pattern.search(doc.source.text) is not None


# (module, name, what the slow path does): every precheck, switched off.
FAST_PATHS: list[tuple[Any, str, Callable[..., Any]]] = [
    (explicit, "_may_hold_syntax", _maybe),
    (highlight_notes, "_may_hold_question_notes", _maybe),
    (block_ids, "_may_hold_block_ids", _maybe),
    (explicit, "_may_hold_card_tag", _maybe),
    *((module, "may_hold", _maybe) for module in (details, glossary, numbered, questions)),
    (numbered, "_has_free_lists", _maybe),
    (topics, "_may_be_handbook", _maybe),
    *((module, "may_open_a_line", _maybe) for module in (follow_ups, labelled_exercises)),
    *((module, "search_lines", _searched) for module in (exam_parts, dotted_pairs)),
    *((module, "search_lines_holding", _searched_in) for module in (labelled_pairs, labelled_fields)),
    (solution_sections, "_names_a_solution", lambda text: solution_sections._PRECHECK.search(text) is not None),
    (problem_details, "_tag_opens", lambda text: problem_details._MIN_RUN),
    (collapsibles, "_may_open_details", _maybe),
    *((module, "may_hold_sheet_answer", _maybe) for module in (course_items, bare_labels)),
    (marking_schemes, "may_open_a_line", _maybe),
    (marker_sections, "titles_may_hold", _maybe),
    (
        blank_keys,
        "_may_hold_blanks",
        lambda text: blank_keys._PRECHECK.search(text) is not None or blank_keys._EMPTY_PRECHECK.search(text) is not None,
    ),
    (indented_answers, "block_kinds", lambda _doc: _Everything()),
    (verdict_items, "_may_hold_verdicts", _maybe),
    (bracketed_keys, "_may_hold_keys", _maybe),
    (compact_keys, "_may_hold_key", _maybe),
    (rating_guides, "may_open_a_line_with", _maybe),
    (rating_guides, "block_kinds", lambda _doc: _Everything()),
    (solution_posts, "titles_may_hold", _maybe),
    (keyed_headings, "block_kinds", lambda _doc: _Everything()),
    (keyed_rows, "_may_hold_keyed_rows", _maybe),
    (sample_responses, "block_kinds", lambda _doc: _Everything()),
    (sample_responses, "may_open_a_line_with", _maybe),
    (interview_dialogues, "may_mention", _maybe),
    (points_labels, "_LABEL_HEAD", _Everything()),
    (answer_lines, "search_lines", _searched),
    (statement_headings, "_INITIALS", _Everything()),
    (prompt_lists, "search_lines_holding", _searched_in),
    (prompt_lists, "may_mention", _maybe),
    (prompt_lists, "may_hold", _maybe),
    *((module, "has_free_blocks", _maybe) for module in (arrow_tables, key_tables)),
    (task_labels, "_may_open_task", _maybe),
    (arrow_drills, "_may_open_item", _maybe),
    *((module, "free_text", lambda doc, taken, kinds: doc.source.text) for module in (line_pairs, arrow_answers)),
    (label_lines, "_may_open_pairs", _maybe),
    (bold_italic_questions, "may_dress", _maybe),
    (bold_italic_dress, "may_dress", _maybe),
    (topics, "_may_speak_personally", _maybe),
    (glossary, "_ENTRY_KINDS", _Everything()),
    (labelled_pairs, "_may_label", _maybe),
    (directives, "_may_open_box", _maybe),
    (design_cards, "_may_hold_cards", _maybe),
    (design_cards, "_may_hold_table_cards", _maybe),
    (column_pairs, "_may_hold_columns", _maybe),
    (separator_cards, "block_kinds", lambda _doc: _Everything()),
    (bare_lines, "has_free_blocks", _maybe),
    (formulas, "_may_hold_formulas", _maybe),
    (keyed_questions, "_may_answer", _maybe),
    (keyed_questions, "_may_hold_answer_label", _maybe),
    *((keyed_parts, name, _maybe) for name in ("has_free_blocks", "text_holds")),
    (keyed_parts, "search_lines", _searched),
    *((module, "has_free_blocks", _maybe) for module in (open_questions, answer_keys, vocabulary, quoted_questions)),
    (bare_labels, "_may_label_exercise", _maybe),
    (label_grids, "search_lines", _maybe),
    (label_grids, "_may_hold_a_bold_row", _maybe),
    (questions, "_may_ask_over_italics", _maybe),
    (delayed_answers, "_may_pair", _maybe),
    (delayed_answers, "_may_mark", _maybe),
    (journal_entries, "_may_hold_entries", _maybe),
    (label_grids, "block_kinds", lambda _doc: _Everything()),
    (exercise_tables, "block_kinds", lambda _doc: _Everything()),
    (cue_tables, "block_kinds", lambda _doc: _Everything()),
    (scenario_exercises, "_may_label_solution", _maybe),
    (named_statements, "_may_lead", _maybe),
    (exam_headings, "_may_label_approach", _maybe),
    (dotted_pairs, "_may_open_pair", _maybe),
    (italic_answers, "_may_hold_a_run", _maybe),
    *((module, "may_open_a_line_with", _maybe) for module in (lettered_solutions, choice_items, exam_parts)),
    (reply_lines, "_may_hold_a_reply_mark", _maybe),
    (chosen_replies, "_may_hold_chosen_reply", _maybe),
    (answer_lines, "_HEAD", _Everything()),
    (answer_headings, "titles_may_hold", _maybe),
    (marking_schemes, "may_open_a_line_with", _maybe),
    (details, "_may_hold_exercise_labels", _maybe),
    (details, "_may_nest", _maybe),
    (exercises, "_may_hold_boxes", _maybe),
    (typed_boxes, "_may_hold_typed_boxes", _maybe),
    (html_parts, "block_kinds", lambda _doc: _Everything()),
    (answers, "_may_end_with_navigation", _maybe),
    (answers, "_may_open_metadata", _maybe),
    (headings, "_may_open_in_bold", _maybe),
    (outline_questions, "search_lines", _searched),
    *((module, "may_open_a_line", _maybe) for module in (interview_dialogues, transcripts)),
    *((module, "text_holds", _maybe) for module in (inline_fields, fenced_divs, bullet_cards)),
    *((module, "holds", _maybe) for module in (explicit, footnote_answers)),
    (explicit, "text_holds", _maybe),
    *((module, "block_kinds", lambda _doc: _Everything()) for module in (mochi_cards, slides)),
    (labelled_fields, "a_line_opens_with", _maybe),
    (plugin_blocks, "a_line_opens_with", _maybe),
    (quiz_blocks, "block_kinds", lambda _doc: _Everything()),
    (superblocks, "mark_followed_by", _maybe),
    (tag_questions, "_may_hold_tags", _maybe),
    (boxed_keys, "block_kinds", lambda _doc: _Everything()),
    (exam_parts, "holds", _maybe),
    (prompt_elements, "block_kinds", lambda _doc: _Everything()),
    (prompt_elements, "text_holds", _maybe),
    (graded_labs, "text_holds", _maybe),
    (inline_definitions, "text_holds", _maybe),
    (inline_definitions, "block_kinds", lambda _doc: _Everything()),
    (quiz_blocks, "text_holds", _maybe),
    (quiz_fences, "block_kinds", lambda _doc: _Everything()),
    (mind_maps, "block_kinds", lambda _doc: _Everything()),
    (chart_tables, "block_kinds", lambda _doc: _Everything()),
    (dashed_tables, "may_hold_dashed_tables", _maybe),
    (dot_leaders, "text_holds", _maybe),
    (quiz_components, "mark_followed_by", _maybe),
    (abbreviations, "_may_define", _maybe),
    (abbreviations, "text_holds", _maybe),
    (yaml_cards, "_holds_a_list_of_mappings", _maybe),
    (admonition_blocks, "_asks", _maybe),
    (explicit, "_all_blocks_open_with_text", lambda _doc: False),
    (html_tables, "a_line_opens_with", _maybe),
    (html_tables, "block_kinds", lambda _doc: _Everything()),
    (quoted_pairs, "search_lines_holding", _searched_in),
    (quoted_pairs, "block_kinds", lambda _doc: _Everything()),
    (quoted_keys, "may_open_a_line_with", _maybe),
    (quoted_keys, "block_kinds", lambda _doc: _Everything()),
    (solution_sections, "titles_may_hold", _maybe),
    (answer_lines, "may_open_a_line_with", _maybe),
    (answer_keys, "may_open_a_line", _maybe),
    (answer_keys, "search_lines", _searched),
    (field_drills, "_may_hold_labels", _maybe),
    (graded_quizzes, "_may_be_labels", lambda doc: list(doc.sections)),
    (attribute_callouts, "mark_followed_by", _maybe),
    *((module, "has_components", _maybe) for module in (shortcode_items, content_tabs)),
    (content_tabs, "text_holds", _maybe),
    (memorandums, "may_open_a_line_with", _maybe),
    (bold_tasks, "may_open_a_line_with", _maybe),
    (numbered_terms, "block_kinds", lambda _doc: _Everything()),
    (code_arrows, "_holds_arrow", _maybe),
    (tossups, "a_line_opens_with", _maybe),
    (tossups, "may_open_a_line_with", _maybe),
    (separator_cards, "_may_end_a_line", _maybe),
    (separator_cards, "search_lines_holding", _searched_in),
    (separator_cards, "search_lines", _searched),
    (choice_headings, "block_kinds", lambda _doc: _Everything()),
    (choice_headings, "a_line_opens_with", _maybe),
    (choice_headings, "may_open_a_line_with", _maybe),
    (output_items, "may_open_a_line_with", _maybe),
    (output_items, "block_kinds", lambda _doc: _Everything()),
    (translation_items, "a_line_opens_with", _maybe),
    (past_paper_items, "may_open_a_line", _maybe),
    (inline_pairs, "a_line_opens_with", _maybe),
    (answer_paragraphs, "may_open_a_line_with", _maybe),
    (label_turns, "_may_label", _maybe),
    (quoted_points, "block_kinds", lambda _doc: _Everything()),
    (bold_qa_lines, "a_line_opens_with", _maybe),
    (review_labels, "search_lines", _searched),
    (repeated_labels, "search_lines", _maybe),
    (review_labels, "may_open_a_line_with", _maybe),
    (task_headings, "_may_hold_tasks", _maybe),
    (quote_headings, "block_kinds", lambda _doc: _Everything()),
    (quote_threads, "block_kinds", lambda _doc: _Everything()),
    (quote_threads, "text_holds", _maybe),
    (sibling_headings, "block_kinds", lambda _doc: _Everything()),
    (label_keyed_items, "may_open_a_line", _maybe),
    (label_keyed_items, "block_kinds", lambda _doc: _Everything()),
    (quoted_letter_pairs, "search_lines_holding", _searched_in),
    (quoted_letter_pairs, "block_kinds", lambda _doc: _Everything()),
    (keyword_answers, "a_line_opens_with", _maybe),
    (keyword_answers, "may_open_a_line_with", _maybe),
    (qualified_labels, "a_line_opens_with", _maybe),
    (bracket_labels, "text_holds", _maybe),
    (bracket_questions, "text_holds", _maybe),
    (answer_examples, "may_open_a_line", _maybe),
    (arrow_items, "_may_hold_arrow_line", _maybe),
    (quoted_choices, "block_kinds", lambda _doc: _Everything()),
    *((module, "may_open_emphasised", _maybe) for module in (verdict_paragraphs, labelled_problems)),
    (unsolved_lists, "titles_may_hold", _maybe),
    (bulleted_answers, "block_kinds", lambda _doc: _Everything()),
    (term_arrows, "text_holds", _maybe),
    (qna_pairs, "_may_hold_pairs", _maybe),
    (diff_choices, "_may_hold_choices", _maybe),
    (verdict_tables, "block_kinds", lambda _doc: _Everything()),
    (yaml_cards, "block_kinds", lambda _doc: _Everything()),
    (yaml_cards, "a_line_opens_with", _maybe),
    (linked_questions, "_may_hold_thread_titles", _maybe),
    (chat_exports, "_may_hold_turns", _maybe),
    (prompt_threads, "_may_hold_thread", _maybe),
    (italic_tasks, "_may_hold_tasks", _maybe),
    (memo_entries, "_may_hold_memos", _maybe),
    (annotation_questions, "text_holds", _maybe),
    (numbered_annotations, "text_holds", _maybe),
    (numbered_annotations, "block_kinds", lambda _doc: _Everything()),
    (quiz_sources, "may_open_a_line_with", _maybe),
    (studio_problems, "text_holds", _maybe),
    (dash_dialogues, "_may_hold_dash_lines", _maybe),
    (message_logs, "_may_hold_messages", _maybe),
    (thread_replies, "_may_hold_replies", _maybe),
    (channel_logs, "_may_hold_log_lines", _maybe),
    (meeting_chats, "_may_hold_chat", _maybe),
    (practice_reviews, "_may_hold_entries", _maybe),
    (matching_keys, "_may_hold_a_key", _maybe),
    (obsidian_comments, "text_holds", _maybe),
    (step_labels, "text_holds", _maybe),
    (coloured_answers, "_may_colour", _maybe),
    (presenter_notes, "block_kinds", lambda _doc: _Everything()),
    (presenter_notes, "text_holds", _maybe),
    (glossary, "may_open_a_line_with", _maybe),
    (field_entries, "text_holds", _maybe),
    (field_entries, "block_kinds", lambda _doc: _Everything()),
    (fenced_tasks, "block_kinds", lambda _doc: _Everything()),
    (code_questions, "block_kinds", lambda _doc: _Everything()),
    (code_questions, "_may_hold_items", lambda text: code_questions._PRECHECK.search(text) is not None),
    (fenced_prompts, "block_kinds", lambda _doc: _Everything()),
    (fenced_prompts, "may_open_a_line_with", _maybe),
    (passage_glosses, "_may_hold_glosses", _maybe),
    (noted_questions, "may_open_a_line_with", _maybe),
    (tab_lines, "_may_hold_tab_lines", _maybe),
    (bracket_quizzes, "_may_hold_quizzes", _maybe),
    (clue_responses, "_may_open_with_a_value", _maybe),
    (crossword_clues, "_may_hold_clues", _maybe),
    (noted_questions, "has_free_blocks", _maybe),
    (pool_items, "may_open_a_line_with", _maybe),
    (html_definitions, "a_line_opens_with", _maybe),
    (html_definitions, "block_kinds", lambda _doc: _Everything()),
    (html_headings, "a_line_opens_with", _maybe),
    (html_headings, "block_kinds", lambda _doc: _Everything()),
    (click_reveals, "text_holds", _maybe),
    (click_reveals, "block_kinds", lambda _doc: _Everything()),
    (spoiler_posts, "text_holds", _maybe),
    (keyed_replies, "_may_hold_keyed_replies", _maybe),
    (form_fields, "_repeats_titles", _maybe),
    (gift_items, "text_holds", _maybe),
    (gift_items, "_opens_a_line_with_colons", _maybe),
    (cloze_gaps, "_may_hold_gaps", _maybe),
    (readme_blocks, "text_holds", _maybe),
    (board_cards, "text_holds", _maybe),
    (board_cards, "block_kinds", lambda _doc: _Everything()),
    (printed_cards, "_may_hold_marked_lists", _maybe),
    (review_tasks, "text_holds", _maybe),
    (review_tasks, "block_kinds", lambda _doc: _Everything()),
    (saved_outputs, "text_holds", _maybe),
    (comment_answers, "text_holds", _maybe),
    (comment_answers, "block_kinds", lambda _doc: _Everything()),
    (anchored_comments, "text_holds", _maybe),
    (anchored_comments, "block_kinds", lambda _doc: _Everything()),
    (wrapped_answers, "_may_hold_wrappers", _maybe),
    (link_comments, "text_holds", _maybe),
    (emoji_items, "block_kinds", lambda _doc: _Everything()),
    (numbered_grids, "_may_hold_numbered_cells", _maybe),
    (noted_questions, "_may_hold_todo_note", _maybe),
    (fenced_banks, "_may_bank", _maybe),
    (moodle_questions, "block_kinds", lambda _doc: _Everything()),
    (moodle_questions, "text_holds", _maybe),
    (thread_posts, "may_open_a_line_with", _maybe),
    (thread_posts, "block_kinds", lambda _doc: _Everything()),
    (learnr_items, "_may_hold_chunks", _maybe),
    (solution_parts, "_may_hold_parts", _maybe),
    *((module, "text_holds", _maybe) for module in (exam_classes, tldr_pages, web_exercises, fenced_posts)),
    (latex_flashcards, "text_holds", _maybe),
    (tldr_pages, "block_kinds", lambda _doc: _Everything()),
    (filled_items, "_may_hold_marks", _maybe),
    (graded_forms, "search_lines", _searched),
    (graded_forms, "may_open_a_line_with", _maybe),
    *((module, "text_holds", _maybe) for module in (quote_fences, subject_entries)),
    *((module, "block_kinds", lambda _doc: _Everything()) for module in (quote_fences, subject_entries)),
]


@contextmanager
def fast_paths_off() -> Iterator[None]:
    with ExitStack() as stack:
        for module, name, slow in FAST_PATHS:
            stack.enter_context(mock.patch.object(module, name, slow))
        yield


def outcome(raw: bytes, name: str = "notes.md") -> list[tuple[Any, ...]]:
    """Everything the chain derives from a file: per document, the extraction and the facts it shares."""
    found: list[tuple[Any, ...]] = []
    for source in parse_source_bytes(raw, name)[0]:
        doc = parse_document(source, [])
        extraction = extract_cards(doc)
        found.append((extraction, doc.derived.get(EXPLICIT_CARDED_LINES), doc.derived.get(EXPLICIT_CARD_FILE)))
    return found


def same_either_way(raw: bytes, name: str = "notes.md") -> None:
    fast = outcome(raw, name)
    with fast_paths_off():
        slow = outcome(raw, name)
    assert fast == slow, name


def _files() -> Iterator[tuple[str, bytes]]:
    for folder in (SOURCE, ROOT / "tests" / "corpus", ROOT / "tests" / "fixtures"):
        for path in sorted(folder.rglob("*.md")):
            yield path.name, path.read_bytes()
    with tempfile.TemporaryDirectory() as scratch:
        for path in generate_corpus(Path(scratch) / "c", 300, seed=7, notes_per_file=30):
            yield path.name, path.read_bytes()


def test_notes_fixtures_and_corpora_give_the_same_cards_without_the_prechecks() -> None:
    for name, raw in _files():
        same_either_way(raw, name)


# Random documents: lines of the marks each rule reads, inside the containers that hold them.
_BODIES = st.sampled_from(
    [
        "Q: What is X?",
        '[It is.]{.comment-start id="1"}Why?[]{.comment-end id="1"}',
        "$\\color{blue}{\\text{42}}$",
        "### 2. 简述X的作用。",
        "【答案】 It is.",
        "**Q:** Why? **A:** yes",
        "**R2.** Why is it so?",
        "a. How many?",
        "### Task 2 — Mount a share",
        ">>>",
        ">>Which is it?<<",
        "(x) this one",
        "= 42",
        "Subject: 1.2) Why is it so?",
        "Subject: 0.1) About these notes",
        "**Solution:** _still need to do this_",
        "> TODO — find one",
        "`$400` — This river runs to Lisbon",
        "**$200** — This gas giant has a red spot.",
        "  - ↳ *What is the Tagus?*",
        "*Correct response:* What is helium?",
        "**1** Sound of bells (4)",
        "PEAL — homophone of peel.",
        "2. Capital of Peru (4)",
        "**Down:** 2. LIMA · 3. ???",
        "1a Sea creature (3) → EEL",
        "** 5 ** Odd (2) \\",
        "osmosis\twater moves across",
        "MC\tWhich is it?\tthis\tcorrect\tthat\tincorrect",
        "[(X)] this one",
        "[[ ]] not this",
        "[[42]]",
        "[[?]] a hint",
        "#separator:tab",
        "# [Short answer](#tab/short)",
        "## [Linux](#tab/linux)",
        "### Why is it so?",
        "**Q from class (bonus):** Why so?",
        "<table>",
        "<tr><th>Question</th><th>Answer</th></tr>",
        "<tr><td>Why?</td><td>Because it is.</td></tr>",
        "</table>",
        '<div class="t"><h4 class="t-heading">Why?</h4><div class="t-content"><p>Because.</p></div></div>',
        '<p class="faq-question">How?</p> <p class="faq-answer"></p>',
        '<div class="card">',
        "{% note success %}",
        "{% endnote %}",
        '<div class="alert alert-block alert-warning">',
        '<Callout type="info">',
        "</Callout>",
        "<hr id=answer>",
        "<dl>",
        "  <dt>Why?</dt>",
        "  <dd>Because it is.</dd>",
        "</dl>",
        "<v-click>",
        "</v-click>",
        "<v-clicks>",
        "layout: center",
        "> **Q1.** Why?",
        "> **Answer.** Because.",
        "Why is it so? ||Because.||",
        "✅ Answer: ||  ||",
        "::Q1::[markdown]Which one? {=a ~b}",
        "::Q2::Is it so?{T}",
        "### Question",
        "### Answer",
        "_No response_",
        "Question 3: Why?",
        "QUESTION 2b: How?",
        "**C:** Why so?",
        "*Reply:* Because.",
        "**Item 1.** Name one.",
        "- [ ] Why so? #bio<br>Because.",
        "- [x] Name one. #bio",
        "<!-- Answer: it is. -->",
        "<!-- Answer: TODO -->",
        "- [01:30](https://x.test/v?t=90) ❓ **Why so?**",
        "    - [02:00](https://x.test/v?t=120) ✅ Because.",
        "- 📝 A note.",
        "> **Task:** Explain it. (4 pts)",
        "> **Scheme:**",
        "Q3:",
        "Q：x",
        "A: yes",
        "Answer: it is.",
        "?",
        "??",
        "? ",
        "\u00a0?",
        "front::back",
        "Term:::Definition",
        "a :: b",
        "std::vector<int>",
        "author:: Jane",
        "x==y",
        "The ==highlight== here",
        "{{c1::Paris}} is the capital",
        "#flashcards",
        "#flashcards/spanish #law",
        "What is X? #flashcard",
        ":::{card}",
        ":::{card} Why so?",
        "^^^",
        "+++",
        "::::{grid} 2",
        "::::",
        "<!--SR:!2025-01-03,3,250-->",
        "<!-- id: pinned -->",
        "`Q: code`",
        "$a::b$",
        "What is X?",
        "Explain the thing.",
        "Some prose that explains a point.",
        "**What is bold?**",
        "[!tip] Cells",
        "**Follow-up:** Why?",
        "💡 Interviewer's follow-up: how?",
        "_Bonus_ what is more?",
        "追问：为什么？",
        "**Exercise 3.** Prove it.",
        "Übung 2: Zeige es.",
        "## Solution",
        "#### Lösung",
        "Q. What?",
        "A. This.",
        "**1.** Explain it. [2 marks]",
        "Frage: Was?",
        "Antwort: Das.",
        "Front: x",
        "Back: y",
        "Is it so? — **True**.",
        "<details><summary>Why does the build fail?</summary>",
        "Check the cache.",
        "</details>",
        "<DETAILS>",
        "<DETAILS><SUMMARY>What is the cause?</SUMMARY>",
        "</DETAILS>",
        # sp-late: the marks of the rules late in the chain
        "**Task:** Describe the cycle.",
        "**Outline:** intro, body, end",
        "**T/F 1.** The sun is a star.",
        "→ True",
        "Practice questions",
        "Compare mitosis and meiosis.",
        "Cue → response",
        "::: {.solution}",
        ":::",
        "```{exercise}",
        "$$E = mc^2$$",
        "P: Qual é?",
        "R: Isto.",
        "**2022 Q14.** How many bits?",
        "(1) 16 (2) 32",
        "✔ Answer: (2)",
        "Questions",
        "Answers",
        "(a) Why does it fall?",
        "(a) Gravity.",
        "**Define osmosis.** Water moving.",
        "## Exercise 4",
        "\\question[2] Why so?",
        "\\part How?",
        "\\begin{solution}",
        "\\end{solution}",
        "\\CorrectChoice yes",
        "\\begin{flashcard}[Definition]{Why $\\frac{a}{b}$?}",
        "\\end{flashcard}",
        "```toml",
        "[[questions]]",
        'prompt.prompt = "Why?"',
        'answer.answer = "So."',
        "- Show the files:",
        "`ls -la`",
        "1. How many? `r fitb(4)`",
        "`r hide(\"Solution\")`",
        "`r unhide()`",
        "**1. Which one?** \\* ✔ 1/1",
        "- (●) this one",
        "Correct answer: that",
        "```quote",
        "```spoiler Answer",
        "```mermaid",
        "mindmap",
        "  root((X))",
        "    q1(Why is it so?)",
        "      a1[Because.]",
        "**Ana** <time:2025-01-01T10:00:00Z>",
        "**Solution**",
        "Answer key",
        "Theorem (Bayes). P(A|B) = P(B|A)P(A)/P(B).",
        "> Why is the sky blue?",
        "casa = house",
        "**Approach:**",
        "Q. Why?",
        "#### Answer: B",
        "<details><summary><b>Answer</b></summary>",
        "-- Q1. List the rows of the table.",
        "# Ejercicio 2: Calcula la media de x.",
        "SELECT 1;",
        "B. Nitrogen",
        "ANSWER: B",
        "- A: `1`",
        "- B. two",
        "A) one  B) two",
        "> **Réponses : AC**",
        "> **Ans:** _(missed it)_",
        "**QCM 2 :** Concernant X :",
        "1) Définir X.",
        "→ Y.",
        "<?quiz?>",
        "question: Why?",
        "answer-correct: yes",
        "<?/quiz?>",
        "*[ATP]: Adenosine triphosphate",
        "— Τι είναι η ύλη;",
        "— Η ουσία.",
        "—",
        "— ¿Qué es? ;;;",
        "12/03/24, 9:00 pm - Ana: Q1. Capital of Peru?",
        "12/03/24, 9:01 pm - Bo: Lima",
        "[12/03/24, 21:02:00] Ana: ✅",
        "<Media omitted>",
        "**2. feladat:** 1 – b · 2 – a",
        "**Exercise 3:** Hastings – 1066 · Waterloo – 1815",
        "| 1. | term | | A | meaning |",
        "- a) an event",
        "*[RNA]:",
        "{{{row",
        "{{{col",
        "}}}",
        '{: id="20240101120000-abcdefg"}',
        '<x-card front="Why?" back="Because.">',
        '<x-card front="How?" back="">',
        "<Question",
        '  choices={[{text: "Ja", explain: "", correct: true}, {text: "Nein"}]}',
        "/>",
        "{quiz, id: q1}",
        "? Welche Farbe?",
        "a) Rot",
        "B) Blau",
        "! 42",
        "{/quiz}",
        "Sound is ___**4**___ times faster in water.",
        "True or false: it is so. ☐ True ☒ **False** ✔",
        "☒ b. **newton**",
        "> **Because it is.**",
        "- **helium**",
        "Lava cools into rock. **(true)**",
        "Name one. **( )**",
        "::accordion",
        ':::accordion-item{label="Why?" icon="x"}',
        ":::",
        "::",
        '::field{name="useState" type="composable"}',
        "::tabs",
        ':::tabs-item{label="Question"}',
        ':::tabs-item{label="Answer"}',
        "<details><summary>Key</summary>",
        "</details>",
        '"To be, or not to be"',
        "— **Hamlet, 3.1** 🔁",
        "– Goethe",
        "**Why:** it moved.",
        "**Fix:** borrow it.",
        "**Why:**",
        "```text",
        "error: cannot find value",
        "❓ **Frage 2:** Welcher Fluss?",
        "✅ **Antwort:** Der Rhein.",
        "Which gas do plants take in?",
    ]
)
_PREFIXES = st.sampled_from(["", "", "", "- ", "> ", "1. ", "  ", "- [ ] ", ">", "\t", "- > ", "    ", "* "])
_LINE = st.one_of(
    st.tuples(_PREFIXES, _BODIES).map("".join),
    _BODIES.map(lambda body: "## " + body),
    _BODIES.map(lambda body: "### " + body + " #card"),
    st.sampled_from(["", "", "---", "```", "```python", "$$", "| a | b |", "|---|---|", "!!! note", "??? success"]),
    st.sampled_from(
        ["| 1. Why is it so? | 3. Name one. |", "| 2. Define it. | **4.** What? |", "| 1. Because. | 3) One. |"]
        + ['> **"Assess the causes of it." [9 marks]**', "Plan: A vs … (TODO – find B)"]
        + ['{% include qa.html q="Why?" a="So." %}', "<dfn>Lava</dfn> is molten rock.", "**Question 1a.** Why?"]
        + ['. = ottr::check("tests/q1a.R")', "<!-- BEGIN QUESTION -->", "<!-- END QUESTION -->"]
        + ["> What is it? [name=Ana]", ">> It is so. [name=Bo]", "> > Why?", "1. Why is it so?^[Because [it] is.]"]
        + ["Boiling point ....... 100 °C", "Frage   Antwort", "------- -----------", "---------------------"]
        + ["{{< columns >}}", "<--->", "{{< /columns >}}", "<table>", "<td><b>Why?</b><hr>So.</td>", "</table>"]
        + ["> [!PDF|yellow] [[a.pdf#page=1|p. 1]]", "> > It is so.", ">"]
    ),
)
MARKDOWN = st.lists(_LINE, max_size=30).map("\n".join)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_random_documents_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


# --- rewritten helpers against their former code ---------------------------------------------------------

_FORMER_CARD_TAG = re.compile(r"(?:^|\s)#(?:flashcards?|cards?|anki|srs|spaced-repetition)(?:/[\w/-]*)?(?=\s|$)", re.I | re.M)
_TAG_TEXT = st.lists(
    st.sampled_from(
        ["#", "#", "card", "cards", "flashcard", "Anki", "SRS", "spaced-repetition"]
        + ["/", "-", "x", " ", "\n", "\u00a0", "\t", "\u017f"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_TAG_TEXT)
def test_the_card_tag_pattern_finds_what_it_found(text: str) -> None:
    assert (explicit._CARD_TAG.search(text) is None) == (_FORMER_CARD_TAG.search(text) is None)


@cache
def _former_is_log_heading(title: str) -> bool:
    text = re.sub(r"[*_`~#]+", " ", title)
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace() or ch in "—–-:|()[],/.#")
    pieces = [p.strip(" .") for p in outline._LOG_SEPARATORS.split(text.strip()) if p.strip(" .")]
    years = sum(1 for p in pieces if re.fullmatch(r"\d{4}", p))
    return len(pieces) > years and all(outline._LOG_PIECE.match(p) or re.fullmatch(r"\d{4}", p) for p in pieces)


_TITLE = st.lists(
    st.sampled_from(
        ["Day", "week", "Monday", "mon", "5", "2024", "03/01/2024", "2024-01-05", "March", "5th", "of", "3", "What", "is"]
        + [*"—-:,()[]|./#*_`~٣²📅", " - ", " ", "\u00a0", "\u200b"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=800, deadline=None, derandomize=True)
@given(_TITLE)
def test_log_headings_are_the_ones_they_were(title: str) -> None:
    assert outline.is_log_heading.__wrapped__(title) == _former_is_log_heading(title)


def test_log_headings_of_the_notes_are_the_ones_they_were() -> None:
    for _, raw in _files():
        for line in raw.decode("utf-8", "replace").split("\n"):
            if line.startswith("#"):
                title = line.lstrip("#").strip()
                assert outline.is_log_heading.__wrapped__(title) == _former_is_log_heading(title), title


# Case-insensitive patterns tried only when an ASCII text holds one of their words (`document.may_hold`).
WORDED_PATTERNS = [
    (numbered._QUESTION_TITLE, numbered._QUESTION_TITLE_WORDS),
    (questions._REFERS_TO_CODE, questions._REFERS_TO_CODE_WORDS),
    (glossary._GLOSSARY_TITLE, glossary._GLOSSARY_TITLE_WORDS),
    (details._NESTED_MARK, details._NESTED_MARK_WORDS),
]


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The literal runs of a pattern's source, the pieces its matches are made of."""
    return [w.strip(":") for w in re.findall(r"[^\\()|?*+\[\]{}^$.]+", pattern.pattern) if w.strip(" :")]


_PIECES = sorted({w for pattern, _ in WORDED_PATTERNS for w in _pattern_words(pattern)})
_WORDED_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", "\n", "- ", "> ", "1. ", "**", "?", ":", "!!!", "???", "[!", "<"])),
    max_size=8,
).flatmap(lambda parts: st.sampled_from([str.lower, str.upper, str.title, str.swapcase]).map(lambda case: case("".join(parts))))


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_WORDED_TEXT)
def test_a_worded_pattern_matches_only_text_holding_one_of_its_words(text: str) -> None:
    for pattern, words in WORDED_PATTERNS:
        assert pattern.search(text) is None or may_hold(text, words), (pattern.pattern, text)


def test_text_beyond_ascii_is_left_to_the_pattern() -> None:
    assert numbered._QUESTION_TITLE.search("Queſtions") and may_hold("Queſtions", numbered._QUESTION_TITLE_WORDS)
    assert not may_hold("Plain words", numbered._QUESTION_TITLE_WORDS)


def _former_decoration_free(title: str) -> str:
    title = glossary._DECORATION.sub("", title.strip()).strip()
    start = 0
    while start < len(title) and (unicodedata.category(title[start]) in ("So", "Sk", "Mn", "Cf") or title[start].isspace()):
        start += 1
    return title[start:]


@settings(max_examples=800, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["Router", " ", "\n", "\u00a0", "{#id}", "{", "}", "#", "*", "_", "`", "🔹", "x"]), max_size=8).map(
        "".join
    )
)
def test_glossary_titles_lose_the_decoration_they_lost(title: str) -> None:
    assert glossary._decoration_free(title) == _former_decoration_free(title)


# Handbooks and question banks around the handbook test's bounds: topic sections (structured or prose),
# question headings, facets, a title or none.
_SECTION = st.sampled_from(
    [
        "## Gradient boosting\n\n| Step | Effect |\n|---|---|\n| fit | reduces bias |\n",
        "## Hash tables\n\n```python\ntable = {}\n```\n",
        "## Bloom filters\n\nA Bloom filter answers set membership with false positives but no false negatives.\n",
        "## What is a B-tree?\n\nA balanced search tree with many keys per node.\n",
        "## Explain the CAP theorem\n\nA store cannot be consistent, available and partition tolerant at once.\n",
        "## Caching\n\n### Example\n\n| key | value |\n|---|---|\n| a | 1 |\n",
        "## 2024-01-05\n\nToday I read about queues.\n",
        "## References\n\n- [Book](https://example.org)\n",
        "### Why do queues grow?\n\nArrivals outpace service.\n",
    ]
)
HANDBOOKS = st.tuples(st.booleans(), st.lists(_SECTION, max_size=9)).map(
    lambda drawn: ("# Notes\n\n" if drawn[0] else "") + "\n".join(drawn[1])
)


TIGHT_HANDBOOK = "\n".join(
    [
        "## Gradient boosting\n\n| Step | Effect |\n|---|---|\n| fit | reduces bias |\n",
        "## Hash tables\n\n```python\ntable = {}\n```\n",
        "## Tries\n\n| Operation | Cost |\n|---|---|\n| insert | O(k) |\n",
        "## What is a B-tree?\n\nA balanced search tree with many keys per node.\n",
        "## Explain the CAP theorem\n\nA store cannot be consistent, available and partition tolerant at once.\n",
        "## Why do queues grow?\n\nArrivals outpace service.\n",
    ]
)
"""Exactly as many question headings as structured topics, and no title: a handbook at the bound."""


def test_a_handbook_at_the_bound_is_one() -> None:
    assert [d.convention for d in outcome(TIGHT_HANDBOOK.encode("utf-8"))[0][0].drafts] == ["topic"] * 3 + ["heading"] * 3
    same_either_way(TIGHT_HANDBOOK.encode("utf-8"))


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(HANDBOOKS)
def test_handbooks_and_question_banks_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


UPPER_CASE_DETAILS = (
    "## Networking\n\n<DETAILS>\n<SUMMARY>What does DNS do?</SUMMARY>\n\nIt maps names to addresses.\n\n</DETAILS>\n"
)
"""A `<details>` block written in capitals: its opening tag holds `<D`, not `<d`."""


def test_details_in_capitals_are_found_with_the_prechecks() -> None:
    drafts = outcome(UPPER_CASE_DETAILS.encode("utf-8"))[0][0].drafts
    assert [d.question for d in drafts] == ["What does DNS do?"]
    same_either_way(UPPER_CASE_DETAILS.encode("utf-8"))


# sp-late: the free blocks shared by the rules late in the chain are the ones `is_free` finds, whatever the claims
# made in between (the answer kept for a mapping is reused while it has not grown, and narrowed when it has).
@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN, st.lists(st.lists(st.integers(0, 40), max_size=6), max_size=5))
def test_free_blocks_are_the_blocks_no_claim_touches(text: str, rounds: list[list[int]]) -> None:
    for source in parse_source_bytes(text.encode("utf-8"), "notes.md")[0]:
        doc = parse_document(source, [])
        taken: dict[int, str] = {}
        for lines in [[], *rounds]:
            taken.update(dict.fromkeys(lines, "card"))
            expected = tuple(i for i in range(len(doc.blocks)) if is_free(doc, taken, i))
            assert free_blocks(doc, taken) == expected
            assert free_blocks(doc, dict(taken)) == expected  # another mapping: answered afresh


# --- sp-mid: searches from one rare mark to the next --------------------------------------------------------

_MARKED_TEXT = st.lists(
    st.sampled_from(["{", "{{", "<", "=", "==", "%", " ", "\n", "tab", "Tab", "Item", "TabItem", "d", "D", "x", "\u0130", "é"]),
    max_size=14,
).map("".join)
_TAILS = [("{", ("tab", "% tab")), ("{", ("{<", "{%")), ("<", ("TabItem",)), ("=", ('== "', "==+ ")), ("<", ("d", "D", ""))]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_MARKED_TEXT)
def test_a_mark_followed_by_a_tail_is_a_substring_search(text: str) -> None:
    doc = parse_document(parse_source_bytes(text.encode("utf-8"), "notes.md")[0][0], [])
    text = doc.source.text
    for mark, tails in _TAILS:
        assert mark_followed_by(doc, mark, tails) == any(mark + tail in text for tail in tails), (mark, tails, text)


@settings(max_examples=800, deadline=None, derandomize=True)
@given(_MARKED_TEXT)
def test_details_tags_are_counted_as_they_were(text: str) -> None:
    assert problem_details._tag_opens(text) == text.count("<d") + text.count("<D")


# Line-start patterns tried only where a line opens as they need (`document.may_open_a_line_with`,
# `document.a_line_opens_with`, `document.line_heads`): documents made of such openings, indented or
# quoted, in any case, cut short or running past the 12 characters kept of a line.
_OPENING_LINE = st.tuples(
    st.sampled_from(["", "", " ", "   ", "\t", "    ", "> ", "- ", "\u00a0"]),
    st.sampled_from(["", "", "**", "__", "*", "_", "(", "<b>"]),
    st.sampled_from(
        [
            "a",
            "b",
            "A",
            "F",
            "G",
            "q",
            "Q",
            "r",
            "R",
            "ii",
            "iv",
            "12",
            "3",
            "Resp",
            "RESPUESTA",
            "rpta",
            "Rta",
            "Q12b",
            "Question",
            "Queſtion",
            "ſ",
            "٣",
            "ab",
            "Marking",
            "model",
            "Bra",
            "Exercise",
            "TASK",
            "Problem",
            "b>Exercise",
            "strong>Task",
        ]
    ),
    st.sampled_from(["", ")", ".", ":", "：", "=", ".-", ")**", ".**", "**", ":**", "__", " ", "        ", "\t", "("]),
    st.sampled_from(
        [
            "",
            " x",
            " What is it?",
            "        y",
            " **Lösung:** z",
            "\nA. one",
            "\n(b) two",
            "\n_Answer: yes_",
            "\nR: sí",
            " scheme:** It is.",
            " answer: It is.",
            " 3. Do it.",
        ]
    ),
).map("".join)
_OPENING_PATTERNS = [
    (lettered_solutions._PRECHECK, lambda doc: lettered_solutions.may_open_a_line_with(doc, lettered_solutions._OPENING)),
    (choice_items._PRECHECK, lambda doc: choice_items.may_open_a_line_with(doc, choice_items._OPTION_OPENING)),
    (choice_items._SPLIT_PRECHECK, lambda doc: choice_items.may_open_a_line_with(doc, choice_items._STEM_OPENING)),
    (exam_parts._PRECHECK, lambda doc: exam_parts.may_open_a_line_with(doc, exam_parts._OPENING)),
    (quoted_keys._STEM, lambda doc: quoted_keys.may_open_a_line_with(doc, quoted_keys._STEM_OPENING)),
    (reply_lines._PRECHECK, reply_lines._may_hold_a_reply_mark),
    (answer_lines._PRECHECK, lambda doc: answer_lines._HEAD.search(answer_lines.line_heads(doc)) is not None),
    (answer_lines._BOLD_NUMBER_PRECHECK, lambda doc: answer_lines.may_open_a_line_with(doc, answer_lines._BOLD_NUMBER_OPENING)),
    (output_items._BOLD_NUMBER_ALONE, lambda doc: output_items.may_open_a_line_with(doc, output_items._OPENING)),
]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(_OPENING_LINE, max_size=6).map("\n".join))
def test_a_line_start_pattern_matches_only_where_a_line_opens_so(text: str) -> None:
    doc = parse_document(parse_source_bytes(text.encode("utf-8"), "notes.md")[0][0], [])
    for pattern, precheck in _OPENING_PATTERNS:
        assert pattern.search(doc.source.text) is None or precheck(doc), (pattern.pattern, text)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_OPENING_LINE, max_size=12).map("\n\n".join))
def test_documents_of_line_labels_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


# --- sp-heading: the navigation precheck and the answer builder against their former code ---------------
_NAVIGATION_LINE = st.lists(
    st.sampled_from(
        ["**[⬆ Back to Top](#table-of-contents)**", "[↑ top](#)", '<a href="#top">back to top</a>', "voltar ao topo"]
        + ['<p align="right">', "</p>", "<div>", "</div>", "<br>", "", " ", "\t", "HREF", "](", "[x](y)"]
        + ["An answer.", "Back to top", "```", "- item", "x" * 150, "\r", "\u00a0"]
    ),
    max_size=4,
).map(" ".join)
_ANSWER_TEXT = st.lists(_NAVIGATION_LINE, max_size=8).map("\n".join)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_ANSWER_TEXT)
def test_answers_lose_the_navigation_they_lost(text: str) -> None:
    fast = answers.without_navigation(text)
    with mock.patch.object(answers, "_may_end_with_navigation", _maybe):
        slow = answers.without_navigation(text)
    assert fast == slow


def _former_build_answer(doc: Any, indices: Any, stop_line: int | None = None) -> answers.Answer:
    """`answers.build_answer` as it was before it read the first block's box once."""

    def block_markdown(block: Any, first: bool) -> str:
        box = answers.answer_box(doc, block) if first else None
        return answers.box_body(doc, box) if box is not None else doc.text(block.first, block.last)

    def block_tokens(index: int, first: bool) -> tuple[int, int] | None:
        block = doc.blocks[index]
        box = answers.answer_box(doc, block) if first else None
        if box is not None and box.quotes:
            return None
        if box is not None:
            for n in range(block.start, block.end):
                if doc.tokens[n].type == "admonition_title_close":
                    return (n + 1, block.end - 1)
        return (block.start, block.end)

    used = list(indices)
    tags: tuple[str, ...] = ()
    body = list(indices)
    if body and doc.blocks[body[0]].kind == "paragraph":
        found = answers.metadata_tags(doc.block_text(body[0]))
        if found is not None:
            tags = found
            body = body[1:]
    while body and doc.blocks[body[-1]].kind == "hr":
        body.pop()
    while body and doc.blocks[body[0]].kind == "hr":
        body.pop(0)
    parts = [block_markdown(doc.blocks[i], n == 0) for n, i in enumerate(body)]
    if stop_line is not None and body and doc.blocks[body[-1]].first < stop_line < doc.blocks[body[-1]].last:
        parts[-1] = doc.text(doc.blocks[body[-1]].first, stop_line)
    joined = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    markdown = answers.strip_answer_label(answers._unwrap_details(joined))
    cut = stop_line is not None and body and doc.blocks[body[-1]].first < stop_line < doc.blocks[body[-1]].last
    ranges = [block_tokens(i, n == 0) for n, i in enumerate(body)]
    exact = not cut and markdown == joined and all(r is not None for r in ranges)
    tokens = tuple(r for r in ranges if r is not None) if exact else ()
    return answers.Answer(markdown, tags, tuple(used), answers.empty_reason(markdown), tokens)


_BOX_LINES = st.sampled_from(
    ["**Difficulty:** Easy | **Tags:** a", "  **Topic:** x", "**A:** 42", "Answer: yes", "> [!success]- Answer", "> 42"]
    + ['??? success "View Answer"', '!!! note "Solution"', "    The answer.", "<details><summary>Answer</summary>", "</details>"]
    + ["---", "", "Plain text.", "What is X?", "- item", "```", "TODO", "\u2028", "   "]
)
_BOX_DOCUMENT = st.lists(_BOX_LINES, max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_BOX_DOCUMENT, st.integers(0, 3), st.integers(0, 14))
def test_answers_are_built_as_they_were(text: str, skip: int, stop: int) -> None:
    for source in parse_source_bytes(text.encode("utf-8"), "notes.md")[0]:
        doc = parse_document(source, [])
        indices = list(range(len(doc.blocks)))[skip:]
        for stop_line in (None, stop):
            assert answers.build_answer(doc, indices, stop_line) == _former_build_answer(doc, indices, stop_line)
        with mock.patch.object(answers, "_may_open_metadata", _maybe):
            assert answers.build_answer(doc, indices) == _former_build_answer(doc, indices)


def _former_empty_reason(markdown: str) -> str | None:
    """`answers.empty_reason` as it was before it read the first line in place."""
    if len(markdown) <= answers._PLACEHOLDER_MAX or "<!--" in markdown:
        held = answers.placeholder_reason(markdown)
        if held is not None:
            return held
    if answers._OPTION_LINE.match(markdown.lstrip().partition("\n")[0]) and answers.options_only(markdown):
        return "only options"
    if markdown.lstrip().startswith("(") and "\n" not in markdown.strip() and answers.inline_options_only(markdown.strip()):
        return "only options"
    if "<!--" in markdown and answers._options_beside_comments(markdown):
        return "only options"
    if "utput" in markdown and answers.only_the_problem(markdown):
        return "only the problem"
    lines: list[str] = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("```"):
            lines.append(line)
            if len(lines) >= 2 and not answers._URL_LINE.match(line):
                return None
    if not lines:
        return "no answer"
    if len(lines) == 1 and answers._PLACEHOLDER.match(lines[0]):
        return "placeholder"
    if all(answers._URL_LINE.match(line) for line in lines) or (len(lines) == 1 and answers._POINTER_LINE.match(lines[0])):
        return "only links"
    return None


_OPTION_TEXT = st.lists(
    st.sampled_from(
        ["A) one", "B) two", "C) three", "(a) 1 (b) 2 (c) 3", "<!-- B -->", "  ", "\n", "\r", "\u2028", "A. x  B. y"]
        + ["(அ) x (ஆ) y (இ) z", "- A) one", "TODO", "https://x.y", "Output: 1", "x" * 120, "```", "<br>", "\\"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_OPTION_TEXT)
def test_empty_answers_are_the_ones_they_were(text: str) -> None:
    assert answers.empty_reason(text) == _former_empty_reason(text)


# --- sp-early: the first rules of the chain ----------------------------------------------------------------
# Lines of the marks the first rules read, each in the shapes that make them count and those that do not.
_EARLY_BODIES = st.sampled_from(
    [
        "**Student:** Why does ice float?",
        "**Student (Ana):** How?",
        "__Audience member__: What is it?",
        "** Student:** Why?",
        "**Étudiante :** Pourquoi ?",
        "**学生：** 为什么？",
        "**Prof. Lee:** Because it is less dense.",
        "**Interviewer:** What is a hash table?",
        "__Interviewer 2__: Why?",
        "**面试官：** 什么是索引？",
        "**Me:** A map from keys to values.",
        "**Candidate:** I don't know.",
        "Students ask why.",
        "- Topic",
        "  - What is nested?",
        "    - It is an answer.",
        "\t- Q: tabbed",
        "  * Question 2: Why?",
        "front >> back",
        "term ;; meaning",
        "a <> b",
        "x >>> y",
        " ;; ;; ",
        "***",
        "* * *",
        "*  *  *",
        "---",
        "### Q3. Why does it resize?",
        "### A3",
        "## Answer",
        "What is TCP?[^1]",
        "[^1]: A protocol.",
        "| **Q** | What is the capital? |",
        "| **A** | Ulaanbaatar. |",
        "|---|---|",
        "Q | What is it? |",
        "question:: What is X?",
        "answer:: It is Y.",
        "Term::Definition",
        "tags:: card",
        "TAGS:: [[Flashcards]]",
        "What is X? #card",
        "Explain Y #FlashCard",
        "[[card]] What?",
        "::: {.question}",
        ":::",
        "1. Fill ( 1 ) in.",
        "2. Fill （ ② ） in.",
        "① answer",
        "Front: What is X?",
        "Back: Y.",
        "**T:** Apa itu X?",
        "J: Y",
        "T__: x",
        "frontier: x",
        "Câu hỏi: Là gì?",
        "प्रश्न: क्या?",
        "Text: {{c1::Paris}} is the capital",
        "ſoru: x",
        "TARGET DECK: Biology::Cells",
        "FILE TAGS: bio",
        "START",
        "Basic",
        "Back: The mitochondrion.",
        "END",
        "STARTI [Basic] What is DNA? Back: A molecule. ENDI",
        "```ad-question",
        "```ad-note",
        "title: Why?",
        "\u00a0",
    ]
)
_EARLY_LINE = st.one_of(
    st.tuples(st.sampled_from(["", "", "> ", "- ", "  "]), _EARLY_BODIES).map("".join),
    st.sampled_from(["", "", "## Lecture", "```", "---"]),
)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_EARLY_LINE, max_size=24).map("\n".join))
def test_random_early_rule_documents_give_the_same_cards_without_the_prechecks(text: str) -> None:
    same_either_way(text.encode("utf-8"))


def _former_mark_count(text: str) -> int:
    return text.count(" >>") + text.count(" ;; ") + text.count(" <>")


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([" ", ">", ";", "<", "a", "\n", " ;; ", " >>", " <>", ">>", ";;"]), max_size=40).map("".join))
def test_remnote_marks_are_counted_as_they_were(text: str) -> None:
    assert remnote_cards._mark_count(text) == _former_mark_count(text)
    assert remnote_cards._mark_count(text, limit=2) == _former_mark_count(text)


def _former_may_hold_card_tags(text: str) -> bool:
    lowered = text.lower()
    marked = "#card" in lowered or "#flashcard" in lowered or "[[card" in lowered or "[[flashcard" in lowered
    return (marked and bool(bullet_cards._TAG.search(text))) or (
        "tags::" in lowered and bool(bullet_cards._CARD_PROPERTY.search(text))
    )


_TAGGED_TEXT = st.lists(
    st.sampled_from(["#", "[[", "]]", "card", "CARD", "Flash", "flash", "tags", "TAGS", "::", ":", " ", "\n", "- "])
    | st.sampled_from(["\u212a", "\u0130", "\u017f", "\u03a3", "x", "s"]),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_TAGGED_TEXT)
def test_card_tags_are_looked_for_as_they_were(text: str) -> None:
    assert bullet_cards.may_hold_card_tags(text, "::" in text) == _former_may_hold_card_tags(text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["a", ":", "*", " ", "\n", "[", "^", "é", "€", "\\", ".", "(", "#"]), max_size=24).map("".join),
    st.lists(st.sampled_from(["a", ":", "*", " ", "\n", "[", "^", "é", "\\", "(", "#"]), min_size=1, max_size=4).map("".join),
)
def test_holds_is_in(text: str, needle: str) -> None:
    assert holds(text, needle) == (needle in text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(["a", "<", "{", "=", "d", " ", "\n", "%", "é", "=-"]), max_size=30).map("".join),
    st.lists(st.sampled_from(["a", "<", "{", "=", "d", " ", "\n", "%", "é"]), min_size=1, max_size=11).map("".join),
)
def test_text_holds_is_in(text: str, needle: str) -> None:
    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    assert text_holds(doc, needle) == (needle in text)


# --- sp2-extract: rewritten helpers against their former code ----------------------------------------------


def _former_has_tabs(text: str) -> bool:
    return '=== "' in text or '===+ "' in text or '===! "' in text


def _former_has_container_marks(text: str) -> bool:
    return ":::" in text or "{%" in text or "```{" in text or "~~~{" in text or _former_has_tabs(text)


_CONTAINER_TEXT = st.lists(
    st.sampled_from([":", "::", "{", "%", "`", "```", "~", "~~~", "=", "===", "==", " ", '"', "+", "!", "\n", "é", "a"]),
    max_size=14,
).map("".join)


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_CONTAINER_TEXT)
def test_container_marks_are_found_as_they_were(text: str) -> None:
    assert containers.has_tabs(text) == _former_has_tabs(text), text
    assert containers.has_container_marks(text) == _former_has_container_marks(text), text


def test_container_marks_of_the_notes_are_found_as_they_were() -> None:
    for _, raw in _files():
        text = raw.decode("utf-8", "replace")
        assert containers.has_container_marks(text) == _former_has_container_marks(text)
        assert containers.has_tabs(text) == _former_has_tabs(text)


# A title pattern tried only when a title holds one of its words (`document.titles_may_hold`): every title
# the pattern matches, as written or behind a number or marks its cleaning drops, passes the word test.
_TITLE_PATTERNS = [
    (solution_sections._SOLUTION_TITLE, outline.clean_heading, solution_sections._SOLUTION_TITLE_WORDS),
    (marker_sections._MARKER, str.strip, ("--",)),
]


def _titled(title: str) -> Any:
    return type("Doc", (), {"derived": {}, "sections": [type("Section", (), {"title": title})()]})()


@pytest.mark.parametrize("case", range(len(_TITLE_PATTERNS)))
@settings(max_examples=1500, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_title_pattern_matches_only_titles_holding_one_of_its_words(case: int, data: Any) -> None:
    pattern, clean, words = _TITLE_PATTERNS[case]
    title = data.draw(st.from_regex(re.compile(pattern.pattern, pattern.flags)))
    for written in (title, "12. " + title, "Section 3: " + title, "**" + title):
        if pattern.match(clean(written)):
            assert titles_may_hold(_titled(written), words), (pattern.pattern, written)


def _former_strip_dress(text: str) -> str:
    if "<" in text:
        text = questions._EMPHASIS_TAG.sub("", questions._ANCHOR_TAG.sub("", questions._TRAILING_NOTE.sub("", text)))
    if "{" in text:
        text = questions._ATTRIBUTE_LIST.sub("", text)
    if "\u20e3" in text:
        text = questions._KEYCAP.sub("", text)
    text = text.strip()
    start = 0
    while start < len(text) and (questions._is_decoration(text[start]) or text[start] in " \t"):
        start += 1
    end = len(text)
    while end > start and (questions._is_decoration(text[end - 1]) or text[end - 1] in " \t"):
        end -= 1
    text = text[start:end]
    if "\uff1f" in text:
        text = text.replace("\uff1f", "?")
    return text


_DRESSED_TITLE = st.lists(
    st.sampled_from(
        ["a", "What", " ", "\t", "\n", "\u00a0", "?", "\uff1f", "🔹", "\ufe0f", "\u20e3", "1", "#", "é", "Ж", "<b>", "</b>"]
    )
    | st.sampled_from(["{#id}", "\U0001f3fb", "\u200d", "✅", "★", "·", "\u3000", "<sup>x</sup>", "*", "_", "\u2003", "\x1c"]),
    max_size=10,
).map("".join)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_DRESSED_TITLE)
def test_dress_is_stripped_as_it_was(text: str) -> None:
    assert questions.strip_dress(text) == _former_strip_dress(text)


def test_dress_of_the_notes_is_stripped_as_it_was() -> None:
    for _, raw in _files():
        for line in raw.decode("utf-8", "replace").split("\n"):
            assert questions.strip_dress(line) == _former_strip_dress(line), line


def _former_is_bare_question(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > questions._MAX_QUESTION or text[0] in "#>|-*+`$<![" or questions._URL.search(text):
        return False
    if (text.endswith("?") or questions.ends_with_greek_question_mark(text)) and (
        questions.starts_like_question(text) or questions._TRAILING_ASK.search(text)
    ):
        return True
    return text.endswith((".", ":")) and text.count(". ") == 0 and questions.starts_with_imperative(text)


_QUESTION_LINE = st.lists(
    st.sampled_from(["What", "Explain", "Describe", "is", "it", " ", "?", ".", ":", ". ", ", how is it", "www.", "https://x"])
    | st.sampled_from(["#", "- ", "Ποιος", "ίδρυσε", ";", "\u037e", "x" * 120, "Compare", "&", "Sie", "Erklären", "\t", "？"]),
    max_size=8,
).map("".join)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_QUESTION_LINE)
def test_bare_questions_are_the_ones_they_were(line: str) -> None:
    assert questions.is_bare_question(line) == _former_is_bare_question(line)


def test_bare_questions_of_the_notes_are_the_ones_they_were() -> None:
    for _, raw in _files():
        for line in raw.decode("utf-8", "replace").split("\n"):
            assert questions.is_bare_question(line) == _former_is_bare_question(line), line


# --- arrow answers: the question's end found in two searches, not by two lazy runs -------------------------

_FORMER_ASKED = re.compile(r"^(?P<question>.*?[^\W_].*?[?？])[ \t]*(?:→|->|=>|➜|⇒)[ \t]*(?P<answer>.*)$")
_FORMER_BARE = re.compile(r"^.*?[^\W_].*[?？]$")
_ARROW_LINE = st.lists(
    st.sampled_from(["a", "Z", "7", "é", "_", " ", "\t", "?", "？", "-", ">", "=", "→", "➜", "⇒", "->", "=>", "(", ".", "\0", "x?"]),
    max_size=14,
).map("".join)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_ARROW_LINE)
def test_arrow_lines_are_split_where_the_former_pattern_split_them(line: str) -> None:
    from ankibuild.extract import arrow_answers

    former = _FORMER_ASKED.match(line)
    assert arrow_answers._asked(line) == ((former.end("question"), former.start("answer")) if former else None), line
    assert arrow_answers._bare(line) == (_FORMER_BARE.match(line) is not None), line



# --- explicit highlights: whether a paragraph's section asks, from one pass over the document -------------


def _former_section_asks(doc: Any, paragraph: Any) -> bool:
    section = doc.section_of_block(paragraph.block)
    first_block = 0
    if section is not None:
        first_block = section.block + 1
        if not (section.level == 1 and section.title == doc.title) and questions.is_question(questions.clean_question(section.title)[0]):
            return True
    for index in range(first_block, paragraph.block + 1):
        block = doc.blocks[index]
        if block.kind in ("fence", "code_block", "math_block"):
            continue
        last = paragraph.last if index == paragraph.block else block.last
        for line in doc.lines[block.first : last]:
            if line.strip().rstrip("*_\"' ").endswith("?") or "?</summary>" in line:
                return True
    return False


def test_every_paragraph_s_section_asks_as_it_did() -> None:
    checked = 0
    for name, raw in _files():
        for source in parse_source_bytes(raw, name)[0]:
            doc = parse_document(source, [])
            for paragraph in explicit._paragraphs(doc):
                assert explicit._section_asks(doc, paragraph) == _former_section_asks(doc, paragraph), (name, paragraph.first)
                checked += 1
    assert checked > 10_000

