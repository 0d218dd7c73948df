"""Cards exported as HTML whose markup names their parts (the `html-part` rule): question and answer
elements named by their classes, one line of HTML per item, and card boxes split by an answer separator."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_only

# A German accordion (Bootstrap's names): the header part holds a button, the body part sits in a collapse box.
_ACCORDION = (
    "# Chemie — Säuren und Basen\n\n## Quiz\n\n"
    '<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button">Was ist ein '
    '<em>Puffer</em>?</button></h2><div class="accordion-collapse collapse"><div class="accordion-body"><p>Eine '
    "Lösung aus schwacher Säure und ihrer <strong>konjugierten Base</strong>.</p><p>Sie hält den pH-Wert "
    "fast konstant.</p></div></div></div>\n\n"
    '<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button">Welchen pH-Wert '
    'hat reines Wasser bei 25 °C?</button></h2><div class="accordion-collapse collapse"><div class="accordion-body">'
    "<p>7, weil <code>[H3O+] = [OH-]</code> ist.</p></div></div></div>\n\n"
    '<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button">Wie funktioniert '
    'eine Titration?</button></h2><div class="accordion-collapse collapse"><div class="accordion-body"><p>'
    "<span>TODO: nach dem Praktikum ergänzen</span></p></div></div></div>\n"
)


def test_named_parts_on_one_line_make_one_card_each() -> None:
    cards, unanswered = cards_and_unanswered(_ACCORDION)
    assert [(line, rule, question) for line, rule, question, _ in cards] == [
        (5, "html-part", "Was ist ein Puffer?"),
        (7, "html-part", "Welchen pH-Wert hat reines Wasser bei 25 °C?"),
    ]
    assert (
        cards[0][3] == "Eine Lösung aus schwacher Säure und ihrer **konjugierten Base**.\n\nSie hält den pH-Wert fast konstant."
    )
    assert cards[1][3] == "7, weil `[H3O+] = [OH-]` ist."
    assert unanswered == [(9, "Wie funktioniert eine Titration? (placeholder)")]


# A Spanish FAQ block: a metadata comment repeats the items, the HTML names the question and the answer.
_FAQ = (
    "## Historia de Roma\n\n"
    '<!-- wp:faq {"items":[{"q":"¿Quién fundó Roma?","a":"Rómulo."},{"q":"¿Cuándo cayó el Imperio de Occidente?","a":""}]} -->\n'
    '<div class="faq"><div class="faq-item"><strong class="faq-question">¿Quién fundó Roma según la leyenda?</strong> '
    '<p class="faq-answer">Rómulo, en el <em>753 a. C.</em></p></div> <div class="faq-item"><strong class="faq-question">'
    '¿Cuándo cayó el Imperio de Occidente?</strong> <p class="faq-answer"></p></div> <div class="faq-item">'
    '<strong class="faq-question">¿Quién fue Augusto?</strong> <p class="faq-answer"><!-- pendiente --></p></div></div>\n'
    "<!-- /wp:faq -->\n"
)


def test_a_faq_block_is_carded_once_from_its_html_and_empty_answers_are_reported() -> None:
    cards, unanswered = cards_and_unanswered(_FAQ)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("html-part", "¿Quién fundó Roma según la leyenda?", "Rómulo, en el *753 a. C.*"),
    ]
    assert [message for _, message in unanswered] == [
        "¿Cuándo cayó el Imperio de Occidente?",
        "¿Quién fue Augusto?",
    ]


# French cards previewed from a flashcard app: the template's `<hr id=answer>` splits each box.
_PREVIEW = (
    "# Révisions — Biologie cellulaire\n\n"
    "Au-dessus de la ligne, le recto ; en dessous, le verso.\n\n"
    '<div class="card" data-deck="Bio::Cellule">\n\nQuel organite produit l\'ATP ?\n\n<hr id=answer>\n\n'
    "La **mitochondrie**, par la respiration cellulaire.\n\n</div>\n\n"
    '<div class="card" data-note-type="Cloze">\n\nLe [...] contient l\'information génétique.\n\n<hr id=answer>\n\n'
    "Le **noyau** contient l'information génétique.\n\n</div>\n\n"
    '<div class="card">\n\nRibosome\n\n<hr id="answer">\n\nSite de la synthèse des protéines.\n\n</div>\n\n'
    "<div class=\"card\">\n\nQu'est-ce que l'apoptose ?\n\n<hr id=answer>\n\n<!-- à rédiger -->\n\n</div>\n"
)


def test_card_boxes_split_by_an_answer_separator() -> None:
    extraction = extract_only(_PREVIEW, "html-part")
    assert [(d.loc.line, d.question, d.answer) for d in extraction.drafts] == [
        (7, "Quel organite produit l'ATP ?", "La **mitochondrie**, par la respiration cellulaire."),
        (17, "Le [...] contient l'information génétique.", "Le **noyau** contient l'information génétique."),
        (27, "Ribosome", "Site de la synthèse des protéines."),
    ]
    assert [d.message for d in extraction.diagnostics if d.kind == "unanswered"] == ["Qu'est-ce que l'apoptose ?"]
    assert all(d.convention == "html-part" for d in extraction.drafts)


def test_near_misses_stay_untouched() -> None:
    # A blog index: heading and content parts of one stem, but no title asks.
    index = (
        '<article class="post"><h2 class="post-heading">Notes from the lab</h2><div class="post-content">'
        "<p>We tried the new centrifuge.</p></div></article>\n\n"
        '<article class="post"><h2 class="post-heading">Field trip</h2><div class="post-content">'
        "<p>Photos of the estuary.</p></div></article>\n"
    )
    assert extract_only(index, "html-part").drafts == ()
    # A plain rule in a box, and a separator outside any box: no card faces.
    boxed = '<div class="note">\n\nBefore\n\n<hr>\n\nAfter\n\n</div>\n\nText\n\n<hr id=answer>\n\nMore\n'
    assert extract_only(boxed, "html-part").drafts == ()
    # Question and answer boxes opening their own lines are the html-exercise rule's.
    boxes = '<div class="question">What is 2 + 2?</div>\n<div class="answer">4</div>\n'
    cards, _ = cards_and_unanswered(boxes)
    assert [(rule, question) for _, rule, question, _ in cards] == [("html-exercise", "What is 2 + 2?")]
    # An ordinary note.
    assert extract_only("### Was ist Osmose?\n\nDiffusion von Wasser.\n", "html-part").drafts == ()


def test_a_question_part_without_an_answer_part_is_unanswered() -> None:
    text = (
        '<div class="qa"><p class="qa-question">¿Qué es la fotosíntesis?</p><p class="qa-answer">La síntesis de '
        'glucosa con luz.</p></div>\n\n<div class="qa"><p class="qa-question">¿Qué es la clorofila?</p></div>\n'
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [question for _, _, question, _ in cards] == ["¿Qué es la fotosíntesis?"]
    assert unanswered == [(3, "¿Qué es la clorofila?")]


def test_an_answer_part_may_sit_inside_its_question_part_and_other_boxes_on_their_lines_are_read() -> None:
    text = (
        '<div class="tg-heading">Comment s\'appelle le satellite de Mars le plus grand ?\n'
        '<div class="tg-content">Phobos.</div></div>\n\n'
        '<div class="tg-heading">Quelle planète a les anneaux les plus visibles ?<div class="tg-content">'
        "Saturne.</div></div>\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("html-part", "Comment s'appelle le satellite de Mars le plus grand ?", "Phobos."),
        ("html-part", "Quelle planète a les anneaux les plus visibles ?", "Saturne."),
    ]
