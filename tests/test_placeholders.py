"""Answers that only hold a place for one (`TODO`, `*Write-up in progress.*`, an HTML comment, a code cell
left to fill in) leave their question unanswered, whichever rule found it."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "body",
    [
        "TBD",
        "WIP 🚧",
        "*Proof coming soon.*",
        "_Explanation to be written._",
        "(not yet answered)",
        "**Solution pending**",
        "> TODO: derive it from the ideal gas law",
        "FIXME (check the lecture notes)",
        "*(Sin respuesta todavía)*",
        "À compléter",
        "Lösung folgt",
        "In Arbeit",
        "Em breve",
        "待完善",
        "作成中",
        "```js\n// your code here\n```",
        "```r\n# TODO\n```",
        "```python\npass\n```",
        "Coming soon\n\n---\n\n[↑ back to top](#contents)",
        "Torn between the lab story and the club story. Need to write it out properly.",
        "_Rough outline only — still have to type it up._",
        "TODO — la vidéo en parlait mais je n'ai rien noté. Quelque chose\navec deux doigts au lieu du poing ?",
        "FIXME: Formel aus dem Skript abschreiben,\ndie Herleitung steht auf S. 40.",
        "- outline TBD",
        "Plan pending",
        "_Type your answer here._",  # a homework template's answer slot, left as it came
        "<!-- BEGIN ANSWER 3 -->\nEnter your response here\n<!-- END ANSWER 3 -->",
        "no idea yet",  # after `— ` on a question's line: the writer does not know yet
        "_I have no idea._",
    ],
)
def test_a_note_to_self_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


@pytest.mark.parametrize(
    "body",
    ["<!-- answer later -->", "<!--\n  draft: ask Sam\n-->\n\n<hr>", "***", "%% non fatto a lezione, vedi dispensa p. 40 %%", "%%\nÜbung 3 nachlesen\n%%", ":::"],
)
def test_comments_and_rules_alone_are_no_answer(body: str) -> None:
    assert empty_reason(body) == "no answer"


@pytest.mark.parametrize(
    "body",
    [
        "Pending",  # a phase a Pod can be in
        "In progress",
        "`pass`",  # the statement that does nothing
        "```python\npass  # a no-op body is valid Python\nx = 1\n```",
        "TODO-list apps keep tasks in local storage.",
        "Soon after the reaction starts, the solution turns blue.",
        "No idea what it is called, but it binds oxygen: haemoglobin.",
        "Offen",
        "<!-- keep -->\nThe mitochondria make ATP.",
        "%% keep %%\nThe mitochondria make ATP.",
        "```\n%%timeit\nsum(range(10))\n```",
        "You need to write it out in full on the exam sheet, with units.",
        "TODO: check the units\n\nThe force is 12 N, since F = ma.",
        "TODO — verify\n- the enzyme is amylase\n- it works best at pH 7",
        "TODO\nThe enzyme is amylase; it works best at pH 7.",
    ],
)
def test_real_answers_are_kept(body: str) -> None:
    assert empty_reason(body) is None


def test_a_heading_question_over_a_comment_is_unanswered_not_a_card() -> None:
    text = (
        "# Chemistry\n\n## Which indicator suits a weak acid titration?\n\n<!-- to write: phenolphthalein, why -->\n\n"
        "## Why is water polar?\n\nIts bent shape leaves a dipole.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Why is water polar?"]
    assert [d.message for d in extraction.diagnostics if d.kind == "unanswered"] == [
        "Which indicator suits a weak acid titration?"
    ]


def test_a_placeholder_before_the_page_footer_is_unanswered() -> None:
    text = (
        "# Sorting\n\n### Explain merge sort.\n\nSplit, sort each half, merge.\n\n### Explain heapsort.\n\n"
        "*Write-up in progress.*\n\n---\n\n[Back to top ↑](#sorting)\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Explain merge sort."]
    assert [d.message for d in extraction.diagnostics if d.kind == "unanswered"] == ["Explain heapsort. (placeholder)"]


@pytest.mark.parametrize("body", ["to do", "por hacer", "en curso", "Soon"])
def test_words_a_glossary_may_define_with_are_kept(body: str) -> None:
    assert empty_reason(body) is None  # `hacer: to do`


def test_bracketed_still_to_write_notes_in_punjabi_hindi_and_macedonian() -> None:
    from ankibuild.extract.answers import placeholder_reason

    for note in ("(ਅਜੇ ਲਿਖਣਾ ਹੈ — ਕਿਤਾਬ ਵੇਖੋ)", "(बाद में लिखना है)", "(да се дополни — од учебникот)"):
        assert placeholder_reason(note) == "placeholder", note
    assert placeholder_reason("ਉੱਤਰ ਲਿਖਣਾ ਹੈ ਤਾਂ ਪਹਿਲਾਂ ਪ੍ਰਸ਼ਨ ਪੜ੍ਹੋ।") is None


def test_nordic_coming_soon_is_a_placeholder() -> None:
    for note in ("Kommer snart ✍️", "_Svaret kommer senere._", "kommer senare"):
        assert empty_reason(note) == "placeholder", note
    assert empty_reason("Det kommer snart en ny standard for dette formatet i Norge.") is None


@pytest.mark.parametrize(
    "body",
    [
        "*(skipped for now — is this the same suffix as in #3? come back to this)*",
        "*(Regel neu — Wert nachschlagen, bevor ich das eintrage)*",
        "_(saltado — buscar en el libro de texto)_",
        "??? — la classe n'était pas d'accord sur ce point. Ask at the\nnext seminar.",
        "→ ask Dr. Okafor after class, just curious.",
    ],
)
def test_an_open_aside_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


def test_a_template_of_empty_answer_parts_is_no_answer() -> None:
    assert empty_reason("**Behauptung:**\n\n**Beleg:**\n\n**Begründung:**\n\n*(war krank — Daten fehlen)*") == "no answer"
    assert empty_reason("**Afirmación:**\n**Evidencia:**") == "no answer"
    assert empty_reason("**Behauptung:** Das Pendel schwingt gleich schnell.\n\n**Beleg:**\n\n**Begründung:**") is None


@pytest.mark.parametrize(
    "body",
    ["(the second beat, skipped in 6/8 time)", "Ask at the front desk after 5 pm.", "(returns the looked-up value or None)"],
)
def test_asides_that_answer_are_kept(body: str) -> None:
    assert empty_reason(body) is None


@pytest.mark.parametrize("body", ["_?? — nie zapisałem, nauczyciel mówił szybko_", "?? – nicht mitgeschrieben", "… _(забыл ответ — спрошу у бабушки)_", "... (no me acuerdo)"])
def test_question_marks_or_an_ellipsis_with_a_note_are_placeholders(body: str) -> None:
    assert empty_reason(body) == "placeholder"


@pytest.mark.parametrize("body", ["… (mostly) yes, with a lock", "Yes ... (mostly)", "??? is the ternary operator's cousin in C# (`??`)"])
def test_answers_holding_an_ellipsis_or_question_marks_are_kept(body: str) -> None:
    assert empty_reason(body) is None


@pytest.mark.parametrize(
    "body",
    [
        "_still thinking — need to read about the Chandrasekhar limit._",
        "*Still working on it.*",
        "*not in the lecture notes — look it up*",
        "| Réponse attendue | Points |\n|---|---|\n| *pas dans le polycopié — look up* | |",
    ],
)
def test_a_note_still_thinking_or_to_look_up_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


def test_a_mark_table_left_empty_is_no_answer() -> None:
    assert empty_reason("| Erwartete Antwort | Punkte |\n|---|---|\n|  |  |") == "no answer"


@pytest.mark.parametrize(
    "body",
    [
        "Still thinking of it as a wave helps here: the two slits interfere.",
        "Use the periodic table — look it up by atomic number, then read the group.",
        "| Erwartete Antwort | Punkte |\n|---|---|\n| Mitose | 1 |",
        "| Step | Note |\n|---|---|\n| 1 | |\n| 2 | done |",
    ],
)
def test_answers_that_mention_thinking_or_looking_up_are_kept(body: str) -> None:
    assert empty_reason(body) is None
