"""Questions written as raw HTML headings, answered by the HTML under them (the `html-heading` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

HEBREW = """\
<div dir="rtl" align="right">

<h1>שאלות חזרה בכימיה</h1>

<h2 id="bonds">קשרים כימיים</h2>

<h3>1. מהו קשר קוולנטי?</h3>
<p>
קשר שבו שני אטומים חולקים זוג אלקטרונים או יותר.
</p>

<h3>2. מדוע למים נקודת רתיחה גבוהה?</h3>
<p>
בגלל <b>קשרי מימן</b> בין המולקולות.
</p>

<pre dir="ltr"><code>H2O ... H-O-H
</code></pre>

<p align="left"><a href="#top">⬆️ חזרה למעלה</a></p>

<h2 id="acids">חומצות</h2>

<h3>3. מהי חומצה לפי ברנסטד?</h3>
<p>
</p>

<h3>4. מה ההבדל בין חומצה חזקה לחלשה?</h3>
<p>
🚧 בכתיבה
</p>

<blockquote>
<p>הערה: המורה אמרה שזה יופיע בבגרות.</p>
</blockquote>

<h2>רישיון</h2>

<p>MIT</p>

</div>
"""

CHINESE = """\
# 操作系统复习

<h4>什么是进程？</h4>
<p>程序的一次执行，是资源分配的基本单位。</p>

<h4>线程和进程有什么区别？</h4>
<p>线程共享进程的地址空间，是调度的基本单位。</p>

<h4>什么是死锁？</h4>
<p>TODO</p>

## 参考资料

- 《现代操作系统》
"""

GERMAN_SINGLE = """\
<h1 align="center">Geschichte — Zusammenfassung</h1>

<h3>Warum scheiterte die Weimarer Republik?</h3>
<p>Wirtschaftskrise, Versailler Vertrag und fehlende Unterstützung der Eliten.</p>

<h3>Die Revolution von 1848</h3>
<p>Bürgerliche Erhebungen in vielen deutschen Staaten.</p>
"""

GERMAN_TOPICS = """\
<h2>Einleitung</h2>
<p>Diese Seite fasst die Vorlesung zusammen.</p>

<h2>Die Revolution von 1848</h2>
<p>Bürgerliche Erhebungen in vielen deutschen Staaten.</p>

<h2>Die Reichsgründung</h2>
<p>1871 in Versailles.</p>
"""


def test_asking_heading_tags_are_cards_and_their_html_is_the_answer() -> None:
    cards, unanswered = cards_and_unanswered(HEBREW)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (7, "html-heading", "מהו קשר קוולנטי?"),
        (12, "html-heading", "מדוע למים נקודת רתיחה גבוהה?"),
    ]
    assert cards[0][3] == "<p>\nקשר שבו שני אטומים חולקים זוג אלקטרונים או יותר.\n</p>"
    # The code under the paragraph belongs to the answer; the back-to-top link ends it.
    assert "<pre dir=\"ltr\"><code>H2O" in cards[1][3] and "חזרה למעלה" not in cards[1][3]


def test_an_empty_or_placeholder_first_paragraph_is_unanswered_whatever_follows() -> None:
    _, unanswered = cards_and_unanswered(HEBREW)
    assert unanswered == [(24, "מהי חומצה לפי ברנסטד?"), (28, "מה ההבדל בין חומצה חזקה לחלשה? (placeholder)")]


def test_the_headings_that_do_not_ask_are_the_context() -> None:
    from tests.helpers import extract_text

    extraction, _ = extract_text(HEBREW)
    assert [d.context for d in extraction.drafts] == [("קשרים כימיים",), ("קשרים כימיים",)]


def test_full_width_question_marks_and_a_markdown_heading_that_ends_the_answer() -> None:
    cards, unanswered = cards_and_unanswered(CHINESE)
    assert [(q, a) for _, _, q, a in cards] == [
        ("什么是进程?", "<p>程序的一次执行，是资源分配的基本单位。</p>"),
        ("线程和进程有什么区别?", "<p>线程共享进程的地址空间，是调度的基本单位。</p>"),
    ]
    assert unanswered == [(9, "什么是死锁? (placeholder)")]


def test_one_asking_heading_or_headings_that_do_not_ask_stay_untouched() -> None:
    for text in (GERMAN_SINGLE, GERMAN_TOPICS):
        cards, unanswered = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "html-heading"], text
        assert not unanswered, text


def test_a_construction_sign_opening_a_short_line_is_a_placeholder_and_rtl_top_links_are_navigation() -> None:
    from ankibuild.extract.answers import placeholder_reason
    from ankibuild.extract.questions import is_back_to_top

    assert placeholder_reason("🚧 Work in progress — see the lab notes") == "placeholder"
    assert placeholder_reason("Use a barrier here 🚧 or the build races.") is None
    assert is_back_to_top('<p align="left"><a href="#top">⬆️ العودة إلى الأعلى</a></p>')
    assert is_back_to_top("[חזרה למעלה](#top)")
    assert not is_back_to_top("[الأعلى أجراً](#salaries)")


# A note app's export (Evernote through Yarle): one `<div>` a line, section titles in a larger bold font, the
# writer's marked questions in highlighted bold, the answer in the divs under each.
SPANISH_NOTE_APP = """\
# Clase 4 — Fotosíntesis

<div><span style="font-size: 16px;"><b>¿Por qué importa?</b></span></div>
<div>Casi toda la energía de la biosfera pasa por ella.</div>
<div><br/></div>
<div><span style="background-color: rgb(255, 250, 165);"><b>★ ¿Dónde ocurre la fase luminosa?</b></span></div>
<div>En las membranas de los tilacoides.</div>
<div><br/></div>
<div><span style="background-color: rgb(255, 250, 165);"><b>★ ¿Qué produce el ciclo de Calvin?</b></span></div>
<div>Gliceraldehído-3-fosfato, a partir de CO<sub>2</sub>.</div>
<div><br/></div>
<div><span style="background-color: rgb(255, 250, 165);"><b>★ ¿Qué hace la rubisco con el oxígeno?</b></span></div>
<div><br/></div>
<div><span style="background-color: rgb(255, 250, 165);"><b>★ ¿Por qué las plantas C4 pierden menos agua?</b></span></div>
<div>menos estomas?? — preguntar en tutoría</div>
<div><br/></div>
"""

# Bold divs that do not ask, and only one that does: a page of notes, no questions.
GERMAN_NOTE_APP = """\
<div><span style="font-size: 16px;"><b>Einleitung</b></span></div>
<div>Die Zelle ist die kleinste Einheit des Lebens.</div>
<div><br/></div>
<div><b>Was ist eine Zelle?</b></div>
<div>Die kleinste lebende Einheit.</div>
<div><span style="background-color: rgb(255, 250, 165);"><b>Zellkern</b></span></div>
<div>Enthält die DNA.</div>
"""


def test_bold_divs_of_a_note_app_are_headings_the_marked_questions_cards() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_NOTE_APP)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (6, "html-heading", "¿Dónde ocurre la fase luminosa?"),
        (9, "html-heading", "¿Qué produce el ciclo de Calvin?"),
    ]
    assert cards[0][3] == "<div>En las membranas de los tilacoides.</div>\n<div><br/></div>"
    # The sized title asks, but titles a section: no card. An empty div or a queried guess is no answer.
    assert [line for line, _ in unanswered] == [12, 14]


def test_bold_divs_with_one_asking_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_NOTE_APP)
    assert not [c for c in cards if c[1] == "html-heading"]
    assert not unanswered
