"""Question and answer labels in more languages: a bold question label (`**ప్రశ్న 3:**` Telugu, `**ಪ್ರಶ್ನೆ 2:**`
Kannada) over a bold answer label on the very next line (`**జవాబు:**`, `**ಉತ್ತರ:**`), and a heading numbered
with the word for "question" (`### Sual 4. …`, Azerbaijani) answered by a `**Cavab:**` paragraph. A label left
empty, a "not written yet" note (`Cavab hələ yazılmayıb 🙈`, `lessa hakteb-ha`) and a multiple-choice item
whose numbered options stand alone with no answer line are unanswered questions, never cards."""

from __future__ import annotations

from ankibuild.extract.answers import placeholder_reason, spaced_numbered_options_only
from tests.helpers import cards_and_unanswered

TELUGU = """\
# భౌతిక శాస్త్రం

## ప్రశ్న – జవాబు

**ప్రశ్న 1:** కాంతి వేగం ఎంత?
**జవాబు:** సెకనుకు సుమారు 3 లక్షల కిలోమీటర్లు

**ప్రశ్న 2:** న్యూటన్ మొదటి నియమం ఏమిటి?
**సమాధానం:**

**ప్రశ్న 3:** ధ్వని శూన్యంలో ప్రయాణిస్తుందా?
**సమాధానం:** లేదు
"""


def test_telugu_bold_labels_on_adjacent_lines() -> None:
    cards, unanswered = cards_and_unanswered(TELUGU)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (5, "కాంతి వేగం ఎంత?", "సెకనుకు సుమారు 3 లక్షల కిలోమీటర్లు"),
        (11, "ధ్వని శూన్యంలో ప్రయాణిస్తుందా?", "లేదు"),
    ]
    assert [line for line, _ in unanswered] == [8]


def test_kannada_labels() -> None:
    text = "# ಇತಿಹಾಸ\n\n**ಪ್ರಶ್ನೆ 1:** ಹಂಪಿ ಯಾವ ಸಾಮ್ರಾಜ್ಯದ ರಾಜಧಾನಿ?\n**ಉತ್ತರ:** ವಿಜಯನಗರ\n"
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [("ಹಂಪಿ ಯಾವ ಸಾಮ್ರಾಜ್ಯದ ರಾಜಧಾನಿ?", "ವಿಜಯನಗರ")]


AZERBAIJANI = """\
# Şəbəkə müsahibəsi

### Sual 1. TCP ilə UDP arasında fərq nədir?

**Cavab:** TCP bağlantı qurur və çatdırılmaya zəmanət verir, UDP isə vermir.

### Sual 2. DNS necə işləyir?

Cavab hələ yazılmayıb 🙈

### Sual 3. Hansı port HTTPS üçündür?

**Cavab:** 443
"""


def test_azerbaijani_numbered_question_headings() -> None:
    cards, unanswered = cards_and_unanswered(AZERBAIJANI)
    assert [(line, q) for line, _, q, _ in cards] == [
        (3, "TCP ilə UDP arasında fərq nədir?"),
        (11, "Hansı port HTTPS üçündür?"),
    ]
    assert cards[1][3] == "443"
    assert [line for line, _ in unanswered] == [7]


MULTIPLE_CHOICE = """\
# ભૂગોળ

1. ભારતની સૌથી લાંબી નદી કઈ છે?
   (1) યમુના   (2) ગંગા   (3) નર્મદા   (4) તાપી

   જવાબ: (2)

2. ગુજરાતની રાજધાની કઈ છે?
   (1) અમદાવાદ   (2) સુરત   (3) ગાંધીનગર   (4) વડોદરા
"""


def test_numbered_options_without_an_answer_line_are_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(MULTIPLE_CHOICE)
    assert [(line, q) for line, _, q, _ in cards] == [(3, "ભારતની સૌથી લાંબી નદી કઈ છે?")]
    assert [line for line, _ in unanswered] == [8]


def test_spaced_numbered_options_but_counted_points_answer() -> None:
    assert spaced_numbered_options_only("(1) 8   (2) 10   (3) 12   (4) 14")
    assert spaced_numbered_options_only("(1) Paris\t(2) Rome\t(3) Madrid")
    for answer in ("(1) parse (2) check (3) emit", "(1) 8   (2) 10", "(1) a   (3) b   (2) c", "(2) x   (3) y   (4) z"):
        assert not spaced_numbered_options_only(answer), answer


def test_not_written_yet_notes_but_sentences_that_hold_the_words_answer() -> None:
    for note in (
        "Cavab hələ yazılmayıb 🙈",
        "_hələ yazmamışam_",
        "(sonra əlavə edəcəm)",
        "lessa hakteb-ha",
        "*lessa hakteb-ha 😅*",
    ):
        assert placeholder_reason(note) == "placeholder", note
    for answer in (
        "Cavab yoxdur, çünki sistem 3 qatlıdır və hər biri ayrıca işləyir.",
        "Bu funksiya hələ yazılmayıb deyə test keçmir.",
    ):
        assert placeholder_reason(answer) is None, answer


SOUTH_SLAVIC = """\
# Operacijski sustavi — usmeni

## Procesi

**1. Definirajte proces.**

Program u izvođenju, zajedno sa stanjem registara i memorije.

**2. Napišite naredbu koja ispisuje sve procese.**

```sh
ps aux
```

**3. Usporedite dretvu i proces.**

_TODO — nisam stigao, pogledati predavanje 3._

[⬆ natrag na vrh](#procesi)

## Памет

**а) Обяснете какво е страниране.**

Паметта се дели на страници с еднакъв размер.

**б) Сравнете FIFO и LRU.**

FIFO изхвърля най-старата страница, LRU — най-отдавна неизползваната.
"""


def test_polite_imperatives_of_south_slavic_exam_sheets() -> None:
    cards, unanswered = cards_and_unanswered(SOUTH_SLAVIC)
    assert [(line, q) for line, _, q, _ in cards] == [
        (5, "Definirajte proces."),
        (9, "Napišite naredbu koja ispisuje sve procese."),
        (23, "а) Обяснете какво е страниране."),
        (27, "б) Сравнете FIFO и LRU."),
    ]
    assert cards[1][3].startswith("```sh")
    assert [line for line, _ in unanswered] == [15]


def test_back_to_top_links_in_more_languages() -> None:
    from ankibuild.extract.questions import is_back_to_top

    for line in ("[⬆ natrag na vrh](#sadržaj)", "[Zpět nahoru](#obsah)", "[обратно нагоре](#)", "[uz augšu](#top)"):
        assert is_back_to_top(line), line
    for line in ("[natrag](#x)", "Pogledaj [na vrh](#x) za detalje"):
        assert not is_back_to_top(line), line


def test_a_todo_in_emphasis_is_a_placeholder_but_a_sentence_on_todos_answers() -> None:
    for note in ("_TODO — nisam stigao, pogledati predavanje 7._", "*TBD: ask the TA*", "__TODO__"):
        assert placeholder_reason(note) == "placeholder", note
    for answer in ("_Todo lists are useful for planning._", "*todo* app stores tasks in SQLite"):
        assert placeholder_reason(answer) is None, answer


FOLLOW_UP_BULLET = """\
# Mreže

## Transport

**1. Što je TCP rukovanje?**

Tri poruke: SYN, SYN-ACK i ACK otvaraju vezu.

Asistent je pitao i dodatno:

- *Što ako se SYN-ACK izgubi?* → klijent nakon isteka vremena ponovno šalje SYN.

**2. Kada se koristi UDP?**

Kad je bitna brzina, a ne pouzdanost.
"""


def test_an_italic_follow_up_question_in_a_bullet_is_its_own_card() -> None:
    cards, _ = cards_and_unanswered(FOLLOW_UP_BULLET)
    assert [(line, q) for line, _, q, _ in cards] == [
        (5, "Što je TCP rukovanje?"),
        (11, "Što ako se SYN-ACK izgubi?"),
        (13, "Kada se koristi UDP?"),
    ]
    assert "SYN-ACK izgubi" not in cards[0][3]
    assert cards[1][3].endswith("ponovno šalje SYN.")
