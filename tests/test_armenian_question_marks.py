"""The Armenian question mark `՞` sits on the word asked about, inside the sentence, and the sentence ends
with the Armenian full stop `։`: such a sentence asks wherever a `?` would."""

from __future__ import annotations

from ankibuild.extract.questions import ends_with_question_mark, is_question
from tests.helpers import cards_and_unanswered


def test_an_armenian_question_asks() -> None:
    assert is_question("Ո՞վ է հայտնաբերել էլեկտրոնը։")
    assert ends_with_question_mark("**Ի՞նչ է արագացումը։**")
    assert not is_question("Թոմսոնը հայտնաբերել է էլեկտրոնը 1897 թվականին։")
    assert not ends_with_question_mark("Թոմսոնը հայտնաբերել է էլեկտրոնը։")


def test_a_bold_armenian_question_is_a_card() -> None:
    cards, _ = cards_and_unanswered("# Ֆիզիկա\n\n**Ի՞նչ է արագացումը։**\n\nԱրագության փոփոխությունը միավոր ժամանակում։\n")
    assert [(c[1], c[2]) for c in cards] == [("bold-question", "Ի՞նչ է արագացումը։")]


def test_an_armenian_question_holding_code_asks() -> None:
    assert is_question("Ինչո՞վ է տարբերվում `map`-ը `filter`-ից։")
    assert not is_question("Օգտագործեք `x՞` փոփոխականը։")  # the mark inside code asks nothing
