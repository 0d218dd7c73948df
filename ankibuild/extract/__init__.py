"""Extraction: the ordered, named chain of rules that turn a parsed document into card drafts.

Each rule is a function `(doc, taken) -> RuleResult`, one module per Q/A convention. `taken` maps the
source lines earlier rules already claimed to the reason; a rule only uses free lines. After the chain,
every block that no rule claimed is reported as unclassified, so nothing disappears silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from ..normalise import normalise_question, tag_slug
from ..records import EXPLICIT_PREFIX, CardDraft, Diagnostic
from .answers import latex_options_only
from .closing_words import without_closing_word
from .containers import has_container_marks, has_helper_marks, has_roles
from .document import QUESTIONS_SO_FAR, STRUCTURAL, Document
from .outline import without_card_headings
from .questions import without_attribution, without_source_label_line
from .repeats import qualified_repeats


@dataclass(frozen=True, slots=True)
class RuleResult:
    """What one rule made of a document."""

    drafts: tuple[CardDraft, ...] = ()
    """Cards found."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Unanswered questions and other findings."""
    claims: Mapping[int, str] = field(default_factory=dict)
    """Source lines (0-based) the rule accounts for, with the reason: `card`, `unanswered`, `skip:toc` …"""


Rule = Callable[[Document, Mapping[int, str]], RuleResult]


@dataclass(frozen=True, slots=True)
class Extraction:
    """The chain's outcome for one document."""

    drafts: tuple[CardDraft, ...]
    """Cards in document order."""
    diagnostics: tuple[Diagnostic, ...]
    """What the rules and the accounting found."""
    unanswered: int
    """Questions without an answer."""
    skipped: int
    """Blocks deliberately not carded."""
    unclassified: int
    """Blocks no rule accounted for."""


@cache  # the same tuple every time: its imports are not repeated for each document
def rule_chain() -> tuple[tuple[str, Rule], ...]:
    """The rules in the order they run. Earlier rules claim lines first; the specific conventions run
    before the general ones so that, e.g., a bold question inside a section is not mistaken for topic text."""
    from . import (
        abbreviations,
        admonition_blocks,
        alternating_labels,
        anchored_comments,
        annotation_questions,
        answer_examples,
        answer_headings,
        answer_keys,
        answer_lines,
        answer_paragraphs,
        answer_sections,
        answer_tables,
        arrow_answers,
        arrow_drills,
        arrow_items,
        arrow_tables,
        attribute_callouts,
        bare_lines,
        blank_keys,
        block_id_questions,
        board_cards,
        bold_italic_questions,
        bold_items,
        bold_qa_lines,
        bold_questions,
        bold_tasks,
        boxed_keys,
        bracket_labels,
        bracket_questions,
        bracket_quizzes,
        bracketed_keys,
        bullet_cards,
        bulleted_answers,
        case_studies,
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
        coloured_answers,
        column_pairs,
        command_tables,
        comment_answers,
        compact_keys,
        content_tabs,
        course_items,
        crossword_clues,
        cue_tables,
        dash_dialogues,
        dashed_tables,
        date_lists,
        delayed_answers,
        design_cards,
        details,
        diff_choices,
        directives,
        dot_leaders,
        dotted_pairs,
        emoji_items,
        emoji_posts,
        exam_classes,
        exam_headings,
        exam_parts,
        exercise_tables,
        exercises,
        explicit,
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
        italic_answers,
        italic_tasks,
        journal_entries,
        key_tables,
        keyed_details,
        keyed_headings,
        keyed_parts,
        keyed_questions,
        keyed_replies,
        keyed_rows,
        keyword_answers,
        label_grids,
        label_headings,
        label_keyed_items,
        label_lines,
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
        numbered_problems,
        numbered_terms,
        objectives,
        obsidian_comments,
        one_liners,
        open_questions,
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
        qa_tables,
        qna_pairs,
        qualified_labels,
        quiz_blocks,
        quiz_components,
        quiz_fences,
        quiz_headings,
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
        row_tables,
        sample_responses,
        saved_outputs,
        scenario_exercises,
        separator_cards,
        shortcode_items,
        sibling_headings,
        skips,
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
        term_lists,
        thread_posts,
        thread_replies,
        tldr_pages,
        topics,
        tossups,
        trailing_exercises,
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

    return (
        ("plugin-block", plugin_blocks.extract),
        ("quiz-block", quiz_blocks.extract),
        ("tag-question", tag_questions.extract),
        ("quiz-fence", quiz_fences.extract),
        ("mind-map", mind_maps.extract),
        ("quiz-component", quiz_components.extract),
        ("qna-pair", qna_pairs.extract),
        ("diff-choice", diff_choices.extract),
        ("bracket-quiz", bracket_quizzes.extract),
        ("labelled-field", labelled_fields.extract),
        ("inline-field", inline_fields.extract),
        ("bullet-card", bullet_cards.extract),
        ("remnote-card", remnote_cards.extract),
        ("highlight-note", highlight_notes.extract),
        ("outline-question", outline_questions.extract),
        ("mochi-card", mochi_cards.extract),
        ("superblock", superblocks.extract),
        ("prompt-element", prompt_elements.extract),
        ("block-id-question", block_id_questions.extract),
        ("obsidian-comment", obsidian_comments.extract),
        ("annotation-question", annotation_questions.extract),
        ("numbered-annotation", numbered_annotations.extract),
        ("crossword-clue", crossword_clues.extract),
        ("form-field", form_fields.extract),
        ("journal-entry", journal_entries.extract),
        ("quote-thread", quote_threads.extract),
        ("explicit", explicit.extract),
        ("yaml-card", yaml_cards.extract),
        ("fenced-bank", fenced_banks.extract),
        ("moodle-question", moodle_questions.extract),
        ("abbreviation", abbreviations.extract),
        ("tab-line", tab_lines.extract),
        ("follow-up", follow_ups.extract),
        ("footnote-answer", footnote_answers.extract),
        ("fenced-div", fenced_divs.extract),
        ("learnr-item", learnr_items.extract),
        ("graded-lab", graded_labs.extract),
        ("saved-output", saved_outputs.extract),
        ("solution-part", solution_parts.extract),
        ("admonition-block", admonition_blocks.extract),
        ("quote-fence", quote_fences.extract),
        ("row-table", row_tables.extract),
        ("chart-table", chart_tables.extract),
        ("dashed-table", dashed_tables.extract),
        ("slide", slides.extract),
        ("presenter-note", presenter_notes.extract),
        ("click-reveal", click_reveals.extract),
        ("transcript", transcripts.extract),
        ("interview-dialogue", interview_dialogues.extract),
        ("dash-dialogue", dash_dialogues.extract),
        ("chat-export", chat_exports.extract),
        ("thread-post", thread_posts.extract),
        ("memo-entry", memo_entries.extract),
        ("subject-entry", subject_entries.extract),
        ("message-log", message_logs.extract),
        ("thread-reply", thread_replies.extract),
        ("channel-log", channel_logs.extract),
        ("meeting-chat", meeting_chats.extract),
        ("spoiler-post", spoiler_posts.extract),
        ("keyed-reply", keyed_replies.extract),
        ("delayed-answer", delayed_answers.extract),
        ("gift-question", gift_items.extract),
        ("cloze-gap", cloze_gaps.extract),
        ("readme-block", readme_blocks.extract),
        ("quiz-source", quiz_sources.extract),
        ("studio-problem", studio_problems.extract),
        ("marker-section", marker_sections.extract),
        ("exam-class", exam_classes.extract),
        ("latex-flashcard", latex_flashcards.extract),
        ("tldr-page", tldr_pages.extract),
        ("web-exercise", web_exercises.extract),
        ("graded-form", graded_forms.extract),
        ("fenced-post", fenced_posts.extract),
        ("emoji-post", emoji_posts.extract),
        ("emoji-item", emoji_items.extract),
        ("board-card", board_cards.extract),
        ("printed-card", printed_cards.extract),
        ("review-task", review_tasks.extract),
        ("chosen-reply", chosen_replies.extract),
        ("numbered-problem", numbered_problems.extract),
        ("blank-key", blank_keys.extract),
        ("past-paper-item", past_paper_items.extract),
        ("step-label", step_labels.extract),
        ("bold-item", bold_items.extract),
        ("italic-answer", italic_answers.extract),
        ("answer-line", answer_lines.extract),
        ("wrapped-answer", wrapped_answers.extract),
        ("exercise-table", exercise_tables.extract),
        ("cue-table", cue_tables.extract),
        ("answer-section", answer_sections.extract),
        ("quoted-key", quoted_keys.extract),
        ("label-keyed-item", label_keyed_items.extract),
        ("keyword-answer", keyword_answers.extract),
        ("tossup", tossups.extract),
        ("clue-response", clue_responses.extract),
        ("matching-key", matching_keys.extract),
        ("compact-key", compact_keys.extract),
        ("rating-guide", rating_guides.extract),
        ("exam-part", exam_parts.extract),
        ("memorandum", memorandums.extract),
        ("bold-task", bold_tasks.extract),
        ("lettered-solution", lettered_solutions.extract),
        ("reply-line", reply_lines.extract),
        ("case-study", case_studies.extract),
        ("problem-details", problem_details.extract),
        ("shortcode-item", shortcode_items.extract),
        ("marking-scheme", marking_schemes.extract),
        ("sample-response", sample_responses.extract),
        ("graded-quiz", graded_quizzes.extract),
        ("practice-review", practice_reviews.extract),
        ("attribute-callout", attribute_callouts.extract),
        ("choice-item", choice_items.extract),
        ("choice-heading", choice_headings.extract),
        ("review-label", review_labels.extract),
        ("task-heading", task_headings.extract),
        ("keyed-details", keyed_details.extract),
        ("quoted-choice", quoted_choices.extract),
        ("code-question", code_questions.extract),
        ("fenced-prompt", fenced_prompts.extract),
        ("fenced-task", fenced_tasks.extract),
        ("details", details.extract),
        ("points-label", points_labels.extract),
        ("content-tab", content_tabs.extract),
        ("design-card", design_cards.extract),
        ("column-pair", column_pairs.extract),
        ("html-part", html_parts.extract),
        ("html-exercise", exercises.extract),
        ("typed-box", typed_boxes.extract),
        ("html-table", html_tables.extract),
        ("html-definition", html_definitions.extract),
        ("inline-definition", inline_definitions.extract),
        ("html-heading", html_headings.extract),
        ("coloured-answer", coloured_answers.extract),
        ("comment-answer", comment_answers.extract),
        ("anchored-comment", anchored_comments.extract),
        ("link-comment", link_comments.extract),
        ("exercise", labelled_exercises.extract),
        ("bracket-question", bracket_questions.extract),
        ("answer-example", answer_examples.extract),
        ("bracket-label", bracket_labels.extract),
        ("numbered-grid", numbered_grids.extract),
        ("answer-heading", answer_headings.extract),
        ("solution-heading", solution_sections.extract),
        ("solution-post", solution_posts.extract),
        ("objective", objectives.extract),
        ("verdict-item", verdict_items.extract),
        ("bracketed-key", bracketed_keys.extract),
        ("filled-item", filled_items.extract),
        ("verdict-paragraph", verdict_paragraphs.extract),
        ("field-drill", field_drills.extract),
        ("separator-card", separator_cards.extract),
        ("linked-question", linked_questions.extract),
        ("label-grid", label_grids.extract),
        ("keyed-heading", keyed_headings.extract),
        ("keyed-row", keyed_rows.extract),
        ("keyed-question", keyed_questions.extract),
        ("keyed-part", keyed_parts.extract),
        ("repeated-label", repeated_labels.extract),
        ("prompt-thread", prompt_threads.extract),
        ("heading", headings.extract),
        ("sibling-heading", sibling_headings.extract),
        ("exam-heading", exam_headings.extract),
        ("statement-heading", statement_headings.extract),
        ("key-table", key_tables.extract),
        ("label-line", label_lines.extract),
        ("arrow-drill", arrow_drills.extract),
        ("arrow-answer", arrow_answers.extract),
        ("task-label", task_labels.extract),
        ("date-list", date_lists.extract),
        ("named-statement", named_statements.extract),
        ("bold-italic-question", bold_italic_questions.extract),
        ("labelled-problem", labelled_problems.extract),
        ("answer-paragraph", answer_paragraphs.extract),
        ("qualified-label", qualified_labels.extract),
        ("bold-qa-line", bold_qa_lines.extract),
        ("bold-question", bold_questions.extract),
        ("course-item", course_items.extract),
        ("label-heading", label_headings.extract),
        ("italic-task", italic_tasks.extract),
        ("scenario-exercise", scenario_exercises.extract),
        ("quoted-pair", quoted_pairs.extract),
        ("quoted-letter-pair", quoted_letter_pairs.extract),
        ("quoted-question", quoted_questions.extract),
        ("passage-gloss", passage_glosses.extract),
        ("label-pair", labelled_pairs.extract),
        ("inline-pair", inline_pairs.extract),
        ("dotted-pair", dotted_pairs.extract),
        ("boxed-key", boxed_keys.extract),
        ("answer-key", answer_keys.extract),
        ("one-liner", one_liners.extract),
        ("prompt-list", prompt_lists.extract),
        ("indented-answer", indented_answers.extract),
        ("numbered", numbered.extract),
        ("arrow-item", arrow_items.extract),
        ("bulleted-answer", bulleted_answers.extract),
        ("term-arrow", term_arrows.extract),
        ("code-arrow", code_arrows.extract),
        ("output-item", output_items.extract),
        ("translation-item", translation_items.extract),
        ("line-pair", line_pairs.extract),
        ("dot-leader", dot_leaders.extract),
        ("pool-item", pool_items.extract),
        ("bare-line", bare_lines.extract),
        ("alternating-label", alternating_labels.extract),
        ("quoted-points", quoted_points.extract),
        ("directive", directives.extract),
        ("quote-heading", quote_headings.extract),
        ("arrow-table", arrow_tables.extract),
        ("qa-table", qa_tables.extract),
        ("answer-table", answer_tables.extract),
        ("field-entry", field_entries.extract),
        ("glossary", glossary.extract),
        ("vocabulary", vocabulary.extract),
        ("verdict-table", verdict_tables.extract),
        ("command-table", command_tables.extract),
        ("quiz-heading", quiz_headings.extract),
        ("open-question", open_questions.extract),
        ("trailing-exercise", trailing_exercises.extract),
        ("numbered-term", numbered_terms.extract),
        ("unsolved-list", unsolved_lists.extract),
        ("noted-question", noted_questions.extract),
        ("topic", topics.extract),
        ("formula", formulas.extract),
        ("term-list", term_lists.extract),
        ("skip", skips.extract),
    )


def extract_cards(doc: Document, enabled: tuple[str, ...] | None = None) -> Extraction:
    """Run the chain over one document and account for every block."""
    taken: dict[int, str] = {}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    for name, rule in rule_chain():
        if enabled is not None and name not in enabled and name != "skip":
            continue
        result = rule(doc, taken)
        if result.drafts or result.diagnostics:
            drafts.extend(result.drafts)
            diagnostics.extend(result.diagnostics)
            asked = len(result.drafts) + sum(1 for d in result.diagnostics if d.kind == "unanswered")
            doc.derived[QUESTIONS_SO_FAR] = doc.derived.get(QUESTIONS_SO_FAR, 0) + asked
        if taken.keys().isdisjoint(result.claims):
            taken.update(result.claims)  # a rule claims free lines: the usual case, in one step
        else:
            for line, reason in result.claims.items():
                taken.setdefault(line, reason)
    drafts = _without_navigation(drafts, diagnostics)
    if has_container_marks(doc.source.text):  # else no answer holds a `:::`, `{% … %}` or tab marker
        drafts = _without_container_marks(drafts, diagnostics)
    if has_helper_marks(doc.source.text):  # else no answer holds a docsify `?>` tip or `!>` warning
        drafts = _without_helper_marks(drafts, diagnostics)
    if "{{" in doc.source.text and ("{{<" in doc.source.text or "{{%" in doc.source.text):  # else no Hugo shortcode line
        drafts = _without_shortcode_marks(drafts)
    if has_roles(doc.source.text):  # else no side holds a MyST role (`{term}`Enthalpy``)
        drafts = [_without_roles(d) for d in drafts]
    drafts = _without_question_tags(drafts)
    drafts = _without_level_marks(drafts)
    drafts = _without_source_references(drafts)
    drafts = _without_source_label_lines(drafts)
    drafts = _without_attributions(drafts)
    drafts = _with_typeset_options_on_the_back(drafts)
    drafts = _without_exam_notes(drafts)
    if "★" in doc.source.text:  # else no front ends with a star rating
        drafts = _without_star_ratings(drafts)
    if "int:" in doc.source.text or "INT:" in doc.source.text:  # else no answer is only a `hint: …` line
        drafts = _without_hint_only_answers(drafts, diagnostics)
    drafts, diagnostics = qualified_repeats(doc, drafts, diagnostics)
    diagnostics = _answered_elsewhere(drafts, diagnostics)
    if "<!--" in doc.source.text:  # else no line holds an `<!-- id: … -->`
        drafts = [_with_explicit_id(doc, d, taken) for d in drafts]
    drafts = without_card_headings(doc, drafts)
    drafts = without_closing_word(doc, drafts, taken)
    unclassified = _account(doc, taken, diagnostics)
    drafts.sort(key=lambda d: d.loc.line)
    unanswered = sum(1 for d in diagnostics if d.kind == "unanswered")
    skipped = 0
    # Only a line claimed with a `skip:` reason is reported: a few distinct reasons to look at, not every block.
    skipping = any(reason.startswith("skip:") for reason in set(taken.values()))
    for block in doc.blocks if skipping else ():
        reason = taken.get(block.first, "")
        if reason.startswith("skip:") and block.kind not in STRUCTURAL:
            skipped += 1
            what = _SKIP_NAMES.get(reason[5:], reason[5:])
            diagnostics.append(
                Diagnostic(
                    doc.loc(block.first), "info", "skipped", f"{block.kind.replace('_', ' ')} not turned into a card: {what}"
                )
            )
    return Extraction(tuple(drafts), tuple(diagnostics), unanswered, skipped, unclassified)


_SKIP_NAMES = {
    "toc": "table of contents",
    "links": "link list",
    "outline": "outline of topics",
    "prose": "prose of a guide",
    "imports": "import list",
    "comment": "HTML comment",
    "shortcode": "shortcode marks",
    "sync": "flashcard plugin header",
    "slide": "slide of a quiz deck that reveals no answer",
    "form": "form item without a question field",
    "highlights": "highlight without a question note",
    "metadata": "export metadata",
    "unmarked": "question not marked like the page's questions",
    "notes": "note among marked questions",
    "board": "task of a study board that asks nothing",
    "settings": "settings of a study board in a comment",
    "closing": "closing word to the reader at the end of the page",
    "legend": "legend of the marks a puzzle's answers use",
    "task-legend": "legend of the labels the page's tasks use",
    "markup-legend": "legend of the markup the page's problems are written in",
    "faq-about": "FAQ entry about the FAQ itself",
    "small-talk": "small talk of a chat bot's knowledge base (a greeting, a prompt to go on)",
    "mind-map": "root and topic nodes of a mind map",
    "aside": "question heading over the writer's aside (notes that ask in another convention, or a note to self)",
    "not-applicable": "entry whose answer field says it does not apply (`n/a`)",
    "closing-notes": "the writer's closing notes after the page's last rule",
}
_EXPLICIT_ID = re.compile(r"<!--\s*id:\s*([\w.:/-]{1,100})\s*-->")


def _with_explicit_id(doc: Document, draft: CardDraft, taken: dict[int, str]) -> CardDraft:
    """An `<!-- id: … -->` on the question line or the line after pins the note's identity; it always
    wins over the derived one, so the user can keep a note through any rewording."""
    first = draft.loc.line - 1
    for n in (first, first + 1):
        if 0 <= n < len(doc.lines):
            match = _EXPLICIT_ID.search(doc.lines[n])
            if match:
                if n != first:
                    taken.setdefault(n, "card")
                if draft.explicit_id is not None:
                    return draft  # pinned by its rule already (the two notes of a reversible card)
                question = _EXPLICIT_ID.sub("", draft.question).strip()
                return replace(draft, explicit_id=f"{EXPLICIT_PREFIX}{match.group(1)}", question=question)
    return draft


def _without_navigation(drafts: list[CardDraft], diagnostics: list[Diagnostic]) -> list[CardDraft]:
    """Every answer without the back-to-top lines that end it; a card whose answer was only that becomes
    an `unanswered` report (its lines stay accounted for)."""
    from .answers import empty_reason, unanswered, without_navigation

    kept: list[CardDraft] = []
    for draft in drafts:
        answer = without_navigation(draft.answer) if draft.note_type == "basic" else draft.answer
        if answer is draft.answer:
            kept.append(draft)
        elif (reason := empty_reason(answer)) is not None:
            diagnostics.append(unanswered(draft.loc, " ".join(draft.question.split()), reason))
        else:
            kept.append(replace(draft, answer=answer, answer_tokens=()))
    return kept


def _without_container_marks(drafts: list[CardDraft], diagnostics: list[Diagnostic]) -> list[CardDraft]:
    """Every answer as its containers show it (`::: details Answer` … `:::`, `{% hint %}` … `{% endhint %}`,
    `=== "Tab"`: the marker lines gone, see `containers.unwrap_answer`), cut where its answer container
    ends; an answer that is only a hint or a placeholder inside its box becomes an `unanswered` report."""
    from .answers import empty_reason, unanswered
    from .containers import unwrap_answer

    kept: list[CardDraft] = []
    for draft in drafts:
        if draft.note_type != "basic":
            kept.append(draft)
            continue
        answer, reason = unwrap_answer(draft.answer)
        if answer is draft.answer and reason is None:
            kept.append(draft)
        elif (reason := reason or empty_reason(answer)) is not None:
            diagnostics.append(unanswered(draft.loc, " ".join(draft.question.split()), reason))
        else:
            kept.append(replace(draft, answer=answer, answer_tokens=()))
    return kept


def _without_helper_marks(drafts: list[CardDraft], diagnostics: list[Diagnostic]) -> list[CardDraft]:
    """Every answer as docsify shows its helper paragraphs (`?> tip`, `!> warning`: see
    `containers.unwrap_helpers`); an answer whose opening tip holds only a placeholder (`?> _TODO_`) becomes
    an `unanswered` report, whatever the section shows after the tip."""
    from .answers import empty_reason, unanswered
    from .containers import unwrap_helpers

    kept: list[CardDraft] = []
    for draft in drafts:
        if draft.note_type != "basic":
            kept.append(draft)
            continue
        answer, tip = unwrap_helpers(draft.answer)
        if tip is not None and (reason := empty_reason(tip) if tip else "no answer") is not None:
            diagnostics.append(unanswered(draft.loc, " ".join(draft.question.split()), reason))
        elif answer == draft.answer:
            kept.append(draft)
        else:
            kept.append(replace(draft, answer=answer, answer_tokens=()))
    return kept


def _without_shortcode_marks(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every basic answer without the lines that are only a Hugo shortcode (`{{< hint info >}}`,
    `{{< /tab >}}`: see `hugo.without_shortcode_lines`), which Anki would show as typed."""
    from .hugo import without_shortcode_lines

    kept: list[CardDraft] = []
    for draft in drafts:
        answer = without_shortcode_lines(draft.answer) if draft.note_type == "basic" else draft.answer
        kept.append(draft if answer == draft.answer else replace(draft, answer=answer, answer_tokens=()))
    return kept


def _without_roles(draft: CardDraft) -> CardDraft:
    """A card whose sides show MyST roles as their text (`containers.without_roles`)."""
    from .containers import without_roles

    question, answer = without_roles(draft.question), without_roles(draft.answer)
    if question is draft.question and answer is draft.answer:
        return draft
    if answer is draft.answer:
        return replace(draft, question=question)
    return replace(draft, question=question, answer=answer, answer_tokens=())


def _answered_elsewhere(drafts: list[CardDraft], diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics without the `unanswered` reports of questions the same document answers elsewhere
    (a list of questions to practise above the sections that answer them): the card accounts for them."""
    if not any(d.kind == "unanswered" and d.question is not None for d in diagnostics):
        return list(diagnostics)  # no report to drop: most documents, decided without normalising questions
    asked = {normalise_question(d.question) for d in drafts}
    return [
        d
        for d in diagnostics
        if not (d.kind == "unanswered" and d.question is not None and normalise_question(d.question) in asked)
    ]


def _account(doc: Document, taken: Mapping[int, str], diagnostics: list[Diagnostic]) -> int:
    count = 0
    for block in doc.blocks:
        if block.kind in STRUCTURAL:
            continue
        if all(map(taken.__contains__, range(block.first, block.last))):
            continue  # every line claimed: the common case, decided without a Python loop
        free = [n for n in range(block.first, block.last) if n not in taken and doc.lines[n].strip()]
        if not free:
            continue
        count += 1
        snippet = " ".join(doc.lines[free[0]].split())
        snippet = snippet if len(snippet) <= 60 else snippet[:57] + "…"
        kind = block.kind.replace("_", " ")
        diagnostics.append(Diagnostic(doc.loc(free[0]), "info", "unclassified", f"{kind} not turned into a card: {snippet!r}"))
    return count


def claim(first: int, last: int, reason: str) -> dict[int, str]:
    """Claims for lines `first` to `last` (exclusive)."""
    return dict.fromkeys(range(first, last), reason)


def is_free(doc: Document, taken: Mapping[int, str], index: int) -> bool:
    """True when no line of block `index` is claimed yet."""
    block = doc.blocks[index]
    return taken.keys().isdisjoint(range(block.first, block.last))


def carded_headings(doc: Document, taken: Mapping[int, str], carded: set[int]) -> dict[int, str]:
    """Claims for the free headings of sections whose every block (rules aside) became cards: a heading over
    nothing but a rule's items is the items' title, not a topic left for the fallback rules."""
    claims: dict[int, str] = {}
    for section in doc.sections:
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if body and all(i in carded for i in body) and is_free(doc, taken, section.block):
            head = doc.blocks[section.block]
            claims |= claim(head.first, head.last, "card")
    return claims


# `What is X? #anki`, `… receptor? #flashcards/pharm`: Obsidian tags after a question's end mark.
_QUESTION_TAGS = re.compile(r"(?<=[?？.:;!)])(?:[ \t]+#[^\W\d_][\w/-]*)+[ \t]*$")


def _without_question_tags(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without the Obsidian tags that follow its question (`… myasthenia gravis? #anki`): they
    mark the line for a flashcard plugin or sort the note, they are no part of what is asked."""
    return [
        replace(d, question=_QUESTION_TAGS.sub("", d.question)) if "#" in d.question and _QUESTION_TAGS.search(d.question) else d
        for d in drafts
    ]


# `… of given shape? (L1)`, `… of a series. [L3]`, `(Level 2)`: an exercise list's difficulty level after the
# question's end mark.
_LEVEL_MARK = re.compile(r"(?<=[?？.!])[ \t]+[(\[](?:L|Level[ \t]?)[1-5][)\]][ \t]*$")


# `(DSE 2019 P1B Q2a)`, `(NECTA 2018)`, `（Mock 2024）`: the paper a question comes from, in brackets where the
# question opens (right after its label `**Q1**`, `**Swali 3.**`, which the rules have removed), a year in it
# and a few words at most, the question after it on the same line or the next.
_SOURCE_REFERENCE = re.compile(
    r"^[ \t]*[(（](?=[^()（）\n]{0,40}[)）])(?:[^\s()（）]+[ \t]+){0,5}?(?:[^\s()（）]*\b)?(?:19|20)\d\d\b"
    r"(?:[ \t]*[^\s()（）]+){0,5}[ \t]*[)）][ \t]*\n?[ \t]*(?=\S)"
)


def _without_source_references(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without the exam paper it is quoted from (`_SOURCE_REFERENCE`): like a marks note, the
    reference is about the question, not part of what is asked."""
    return [
        replace(d, question=d.question[match.end() :])
        if d.question.lstrip(" \t").startswith(("(", "（")) and (match := _SOURCE_REFERENCE.match(d.question))
        else d
        for d in drafts
    ]


def _without_source_label_lines(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without a first line naming, in bold, the paper or contest it comes from
    (`**2019 AMC 10A #7**` above the problem: questions.without_source_label_line)."""
    return [
        replace(d, question=question)
        if d.question.startswith(("**", "__")) and (question := without_source_label_line(d.question)) != d.question
        else d
        for d in drafts
    ]


def _without_attributions(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without a first paragraph saying who asked the problem (`This problem was asked by Google.`:
    questions.without_attribution), the asker kept as an `asked_by::…` tag as a company column gives it."""
    found: list[CardDraft] = []
    for d in drafts:
        question, who = without_attribution(d.question)  # an anchored match: most fronts fail at their first word
        if not who:
            found.append(d)
            continue
        tag = f"asked_by::{tag_slug(who)}"
        found.append(replace(d, question=question, tags=d.tags + (() if tag in d.tags else (tag,))))
    return found


def _with_typeset_options_on_the_back(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front ending in a paragraph of contest options typeset in math (`$\\textbf{(A) } 4 \\qquad …$`:
    answers.latex_options_only) with that paragraph moved to the top of the back, as other rules put the
    options of a multiple-choice question: what is asked stays on the front."""
    kept: list[CardDraft] = []
    for d in drafts:
        head, _, tail = d.question.rpartition("\n\n")
        if "{(" in tail and head.strip() and latex_options_only(tail):
            answer = tail.strip() + ("\n\n" + d.answer if d.answer.strip() else "")
            kept.append(replace(d, question=head.strip(), answer=answer))
        else:
            kept.append(d)
    return kept


# `… 的机制。（2019年真题）`, `… 的机制。 ⭐⭐⭐（必考！）`, `… work? ★★ (past paper 2018)`: after the question's end mark,
# the teacher's stars and a bracketed note of the exam the question comes from or of how often it is set.
_EXAM_NOTE_BRACKET = (
    r"[(（][^()（）\n]{0,16}(?:真题|真題|考题|考題|必考|常考|重点|重點|高频|高頻|(?:19|20)\d\d|past\s+paper|exam)[^()（）\n]{0,16}[)）]"
)
_EXAM_NOTE = re.compile(
    r"(?<=[。？?.!！*_])[ \t]*(?:(?:[⭐★🌟]\ufe0f?)+[ \t]*(?:" + _EXAM_NOTE_BRACKET + r")?|" + _EXAM_NOTE_BRACKET + r")[ \t]*$"
)
# `1. `, `2、`: the number a front kept with such a note (the bold question and its note were one paragraph).
_MARKED_END = re.compile(r"[。？?.!！](?:\*\*|__|\*|_)$")
_FRONT_NUMBER = re.compile(r"^(?P<lead>[ \t]*(?:\*\*|__)?)\d{1,3}[.、．)][ \t]*(?=\S)")


def _without_exam_notes(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without the exam note after its end mark (`_EXAM_NOTE`) and, with it, the number it opened
    with: like a marks note, stars and the paper's year are about the question, not part of what is asked."""
    kept: list[CardDraft] = []
    for d in drafts:
        tail = d.question[-40:]
        if ("（" in tail or "(" in tail or "⭐" in tail or "★" in tail or "🌟" in tail) and (
            match := _EXAM_NOTE.search(d.question)
        ):
            head = d.question[: match.start()]
            if head.endswith(("*", "_")) and not _MARKED_END.search(head):
                kept.append(d)  # emphasis that closes no question: the note is not after an end mark
                continue
            question = _FRONT_NUMBER.sub(r"\g<lead>", head).strip()
            kept.append(replace(d, question=question) if question else d)
        else:
            kept.append(d)
    return kept


# `… under the name \`np\` (★☆☆)`, `(★★☆)`, `(★★★)`: a difficulty rating of filled and empty stars closing a front.
_STAR_RATING = re.compile(r"[ \t]*\((?P<full>★{1,5})(?P<empty>☆{0,4})\)[ \t]*$")
_STAR_LEVELS = {1: "easy", 2: "medium", 3: "hard"}


def _without_star_ratings(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without the star rating that closes its first line (`Reverse a vector (★☆☆)`): it grades the exercise,
    it is no part of what is asked; out of three stars it becomes the difficulty tag (easy, medium, hard),
    like `[E]/[M]/[H]`."""
    kept: list[CardDraft] = []
    for d in drafts:
        end = d.question.find("\n")  # on the first line: `What does this print? (★☆☆)` + its code
        first = d.question if end == -1 else d.question[:end]
        match = _STAR_RATING.search(first) if first.rstrip().endswith(")") else None
        question = (first[: match.start()].rstrip() + d.question[len(first) :]) if match else ""
        if match is None or not question:
            kept.append(d)
            continue
        full, empty = len(match.group("full")), len(match.group("empty"))
        level = _STAR_LEVELS.get(full) if full + empty == 3 else None
        tags = d.tags
        if level is not None and not any(t.startswith("difficulty::") for t in tags):
            tags = (f"difficulty::{level}", *tags)
        kept.append(replace(d, question=question, tags=tags))
    return kept


# `` `hint: size, itemsize` ``, `*Hint:* …`, `Hint 2: …`: a line that helps with an exercise, no answer to it.
_HINT_LINE = re.compile(r"^[ \t]*[`*_]*hints?(?:[ \t]*\d+)?[ \t]*[`*_]*[ \t]*:", re.I)
# `TODO`, `TBD`, `…`: a note to self standing where the answer will go.
_TO_DO_LINE = re.compile(r"^\W*(?:todo|tbd|\.\.\.|…)\W*$", re.I)


def _without_hint_only_answers(drafts: list[CardDraft], diagnostics: list[Diagnostic]) -> list[CardDraft]:
    """The drafts whose back is only a hint (`` `hint: np.add(out=)` ``), with or without a `TODO` under it,
    turned into `unanswered` reports (added to DIAGNOSTICS): a hint helps to answer, it answers nothing."""
    from .answers import unanswered

    kept: list[CardDraft] = []
    for d in drafts:
        lines = [line for line in d.answer.splitlines() if line.strip()]
        if (
            len(lines) <= 3
            and lines
            and _HINT_LINE.match(lines[0])
            and all(_HINT_LINE.match(line) or _TO_DO_LINE.match(line) for line in lines)
        ):
            diagnostics.append(unanswered(d.loc, d.question, "only a hint"))
        else:
            kept.append(d)
    return kept


def _without_level_marks(drafts: list[CardDraft]) -> list[CardDraft]:
    """Every front without the difficulty level that follows its question (`… given shape? (L1)`): it grades
    the exercise, it is no part of what is asked."""
    return [
        replace(d, question=_LEVEL_MARK.sub("", d.question))
        if ("(L" in d.question or "[L" in d.question) and _LEVEL_MARK.search(d.question)
        else d
        for d in drafts
    ]
