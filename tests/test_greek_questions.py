"""Greek notes: `;` (U+003B, or the GREEK QUESTION MARK U+037E) ends a question in Greek text, so
`### 2. Τι είναι …;` is a question heading answered by its body; `;` in Latin text or code still asks nothing."""

from __future__ import annotations

from ankibuild.extract.questions import ends_with_greek_question_mark, ends_with_question_mark, is_question
from tests.helpers import extract_text

CHEMISTRY = """\
# Χημεία Α' Λυκείου

## Κεφάλαιο 2

Σύντομη επανάληψη πριν το τεστ.

### 1. Τι είναι ο ατομικός αριθμός;

Ο αριθμός των πρωτονίων στον πυρήνα του ατόμου.

### 2. Ποια είδη χημικών δεσμών υπάρχουν\u037e

- Ιοντικός: μεταφορά ηλεκτρονίων.
- Ομοιοπολικός: αμοιβαία συνεισφορά ηλεκτρονίων.

### 3. Γιατί τα ευγενή αέρια είναι αδρανή;

<!-- θα το γράψω αύριο -->

## Ασκήσεις

**Πόσα ηλεκτρόνια χωράει η στιβάδα K;**

Δύο.
"""


def test_greek_semicolon_heading_is_a_question() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    cards = [(d.loc.line, d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert cards == [
        (7, "Τι είναι ο ατομικός αριθμός;", "Ο αριθμός των πρωτονίων στον πυρήνα του ατόμου."),
        (11, "Ποια είδη χημικών δεσμών υπάρχουν\u037e", "- Ιοντικός: μεταφορά ηλεκτρονίων."),
        (22, "Πόσα ηλεκτρόνια χωράει η στιβάδα K;", "Δύο."),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(16, "Γιατί τα ευγενή αέρια είναι αδρανή;")]


def test_an_answer_list_under_a_greek_question_is_not_a_glossary() -> None:
    extraction, _ = extract_text(CHEMISTRY)
    assert not any(d.question.startswith(("Ιοντικός", "Ομοιοπολικός")) for d in extraction.drafts)


def test_semicolon_asks_only_in_greek_text() -> None:
    assert ends_with_greek_question_mark("Πού βρίσκεται η Κνωσός;")
    assert ends_with_greek_question_mark("**Ποιος έγραψε την Ιλιάδα;**")
    assert ends_with_question_mark("Πότε έγινε η μάχη του Μαραθώνα\u037e")
    assert is_question("5. Ποια είναι η πρωτεύουσα της Κύπρου;")
    assert not is_question("Install the package; then restart.")
    assert not is_question("int x = 1;")
    assert not is_question("Η μεταβλητή `x` ορίζεται ως `int x = 1;`")
    assert not ends_with_greek_question_mark("Use σ = 2;")  # one Greek letter in Latin text
    assert not ends_with_greek_question_mark("Αθήνα; Σπάρτη και Θήβα")  # `;` not at the end


def test_greek_prose_with_a_semicolon_heading_of_code_is_not_a_card() -> None:
    text = "# Σημειώσεις C\n\n### Δήλωση `int x = 1;`\n\nΔηλώνει μια ακέραια μεταβλητή.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "heading"]


def test_bare_greek_question_line() -> None:
    text = "# Βιολογία\n\nΣημειώσεις για το κύτταρο.\n\nΤι είναι το μιτοχόνδριο;\nΤο οργανίδιο της κυτταρικής αναπνοής.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Τι είναι το μιτοχόνδριο;", "Το οργανίδιο της κυτταρικής αναπνοής.")
    ]


def test_bold_term_paragraphs_under_a_greek_glossary_title() -> None:
    for title in ("## Ορισμοί", "## Βασικοί όροι", "## Λεξιλόγιο"):
        text = (
            f"# Βιολογία\n\n{title}\n\n**Όσμωση:** η διάχυση νερού μέσα από ημιπερατή μεμβράνη.\n\n"
            "**Ένζυμο:** πρωτεΐνη που επιταχύνει μια χημική αντίδραση.\n"
        )
        extraction, _ = extract_text(text)
        assert [(d.convention, d.question) for d in extraction.drafts] == [("glossary", "Όσμωση"), ("glossary", "Ένζυμο")], title


def test_bold_term_paragraphs_under_an_ordinary_greek_title_stay_prose() -> None:
    text = "# Βιολογία\n\n## Το κύτταρο\n\n**Σημείωση:** διαβάστε το κεφάλαιο 3 πριν το μάθημα.\n"
    extraction, _ = extract_text(text)
    assert not extraction.drafts
