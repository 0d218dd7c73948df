"""The alternating-label rule: two short labels of any language taking turns as question and answer, found by
their shape (no list of label words); dialogues, glossaries and examples whose labels do not ask are no cards."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


# Finnish oral-exam practice: bold one-letter labels (Kysymys / Vastaus), one pair a paragraph, an imperative.
FINNISH = """\
# Suullinen koe — maantieto

## Suomi

**K:** Mikä on Suomen pisin joki?
**V:** Kemijoki, noin 550 km.

**K:** Kerro Suomen järvistä.
**V:** Järviä on yli 180 000; suurin on Saimaa.

> Huom: opettaja kysyy lähes aina järvistä.

**K:** Missä sijaitsee Saana-tunturi?
**V:** *(kirjoitan myöhemmin – kysy opettajalta)*

## Ruotsi

**K:** Mikä on Ruotsin pääkaupunki?
**V:** Tukholma.
"""


def test_bold_letter_labels_taking_turns_are_cards() -> None:
    cards, unanswered = _outcome(FINNISH)
    assert cards == [
        ("alternating-label", "Mikä on Suomen pisin joki?", "Kemijoki, noin 550 km."),
        ("alternating-label", "Kerro Suomen järvistä.", "Järviä on yli 180 000; suurin on Saimaa."),
        ("alternating-label", "Mikä on Ruotsin pääkaupunki?", "Tukholma."),
    ]
    assert unanswered == ["Missä sijaitsee Saana-tunturi? (placeholder)"]


# Georgian civics drill: plain word labels in another script, an empty answer label.
GEORGIAN = """\
# სამოქალაქო განათლება

კითხვა: როდის მიიღეს საქართველოს კონსტიტუცია?
პასუხი: 1995 წლის 24 აგვისტოს.

კითხვა: რამდენი წევრია პარლამენტში?
პასუხი: 150.

კითხვა: ვინ ნიშნავს პრემიერ-მინისტრს?
პასუხი:
"""


def test_plain_labels_in_any_script_are_cards() -> None:
    cards, unanswered = _outcome(GEORGIAN)
    assert [(q, a) for _, q, a in cards] == [
        ("როდის მიიღეს საქართველოს კონსტიტუცია?", "1995 წლის 24 აგვისტოს."),
        ("რამდენი წევრია პარლამენტში?", "150."),
    ]
    assert unanswered == ["ვინ ნიშნავს პრემიერ-მინისტრს?"]


# Numbered bold labels closed by a period, italic answer labels; an empty label over a list, a dash answer.
NUMBERED = """\
# Chemistry revision

**Item 1.** Which gas do plants release during photosynthesis?
*Reply:* Oxygen.

**Item 2.** Name two noble gases.
*Reply:*
- Neon
- Argon

**Item 3.** What is the pH of pure water at 25 °C?
*Reply:* 7

**Item 4.** Which element has the symbol W?
*Reply:* —
"""


def test_numbered_labels_take_the_list_under_an_empty_answer_label() -> None:
    cards, unanswered = _outcome(NUMBERED)
    assert [(q, a) for _, q, a in cards] == [
        ("Which gas do plants release during photosynthesis?", "Oxygen."),
        ("Name two noble gases.", "- Neon\n- Argon"),
        ("What is the pH of pure water at 25 °C?", "7"),
    ]
    assert unanswered == ["Which element has the symbol W? (placeholder)"]


# An oral-exam record: the examiners' initials ask, `Me` answers; a parenthetical answer says there was none.
RECORD = """\
# Oral exam record — pharmacology

## Examiner one

**T:** What does aspirin inhibit?
**Me:** Cyclooxygenase, irreversibly, by acetylation.

**T:** Which drug reverses an opioid overdose?
**Me:** Naloxone.

## Examiner two

**L:** What is the antidote to heparin?
**Me:** Protamine sulfate.

**L:** Explain the mechanism of warfarin.
**Me:** (could not remember it, he moved on quickly)

**L:** Why do we monitor INR?
**Me:** To keep the anticoagulation in the therapeutic range.
"""


def test_examiner_labels_over_one_reply_label_per_section() -> None:
    cards, unanswered = _outcome(RECORD)
    assert [q for _, q, _ in cards] == [
        "What does aspirin inhibit?",
        "Which drug reverses an opioid overdose?",
        "What is the antidote to heparin?",
        "Why do we monitor INR?",
    ]
    assert unanswered == ["Explain the mechanism of warfarin. (placeholder)"]


DIALOGUE = """\
# Lektion 3 — im Café

**Anna:** Was möchtest du trinken?
**Ben:** Einen Kaffee, bitte. Und du?

**Anna:** Ich nehme einen Tee.
**Ben:** Möchtest du auch Kuchen?

**Anna:** Nein, danke. Hast du Zeit?
**Ben:** Ja, bis drei.
"""

TURNS = """\
# Role play

**A:** Where is the station?
**B:** Straight ahead, second left.

**B:** How much is a ticket?
**A:** Four euros.

**A:** When does the train leave?
**B:** At nine.
"""

GLOSSARY = """\
# Networking terms

**Latency:** the time a packet takes to cross the network.
**Throughput:** how much data passes per second.
**Jitter:** the variation of latency.
**Bandwidth:** the capacity of a link.
"""

EXAMPLES = """\
# Two sum

**Input:** nums = [2, 7, 11, 15], target = 9
**Output:** [0, 1]

**Input:** nums = [3, 2, 4], target = 6
**Output:** [1, 2]
"""

ONE_PAIR = """\
# Notes

**C:** What is a ribosome?
**F:** The site of protein synthesis.

Some more prose here: nothing else.
"""


def test_dialogues_glossaries_and_examples_are_no_cards() -> None:
    for text in (DIALOGUE, TURNS, GLOSSARY, EXAMPLES, ONE_PAIR):
        cards, _ = _outcome(text)
        assert not [c for c in cards if c[0] == "alternating-label"], text


# The same turns with a period after an emphasised label, inside block quotes and inside list items.
PERIODS = """\
# Química

**P.** ¿Qué es un mol?
**R.** 6,022 × 10²³ partículas.

**P.** ¿Qué es el pH?
**R.** El logaritmo negativo de la concentración de H⁺.
"""

QUOTED = """\
# Ekonomi

> **S:** Enflasyon nedir?
> **C:** Genel fiyat düzeyinin sürekli artışı.

> **S:** Merkez bankası ne yapar?
> **C:** Para politikasını yönetir.
"""

LISTED = """\
# Fisika

- **T:** Apa itu gaya?
  **J:** Tarikan atau dorongan pada benda.
- **T:** Apa satuan energi?
  **J:** Joule.
"""


def test_period_labels_quotes_and_list_items_take_turns_too() -> None:
    for text, expected in (
        (PERIODS, ["¿Qué es un mol?", "¿Qué es el pH?"]),
        (QUOTED, ["Enflasyon nedir?", "Merkez bankası ne yapar?"]),
        (LISTED, ["Apa itu gaya?", "Apa satuan energi?"]),
    ):
        cards, _ = _outcome(text)
        assert [q for c, q, _ in cards if c == "alternating-label"] == expected, text
    cards, _ = _outcome(LISTED)
    assert [a for _, _, a in cards] == ["Tarikan atau dorongan pada benda.", "Joule."]


THEOREMS = """\
# Algebra

**Theorem.** Every finite group of prime order is cyclic.
**Proof.** Take any element other than the identity; its order divides p.

**Theorem.** Every subgroup of a cyclic group is cyclic.
**Proof.** Take the least positive power in the subgroup.
"""

PROS = """\
# Databases

- **Pros:** fast reads, simple schema.
  **Cons:** no joins.
- **Pros:** strong consistency.
  **Cons:** harder to scale out.
"""


def test_statements_and_pros_and_cons_are_no_cards() -> None:
    for text in (THEOREMS, PROS):
        cards, _ = _outcome(text)
        assert not [c for c in cards if c[0] == "alternating-label"], text


# A stray answer label above numbered questions that each open their own paragraph (its question carded by
# another rule, say): a numbered label never answers, so the pairs are not read the wrong way round.
STRAY = """\
# Informatika

**Válasz:** lásd a 3. fejezetet.

**Kérdés 2.** Mi a ciklus?

**Válasz:** ugyanannak a blokknak az ismétlése.

**Kérdés 3.** Mi a függvény?

**Válasz:** egy névvel ellátott kódblokk.
"""


def test_a_numbered_label_never_answers() -> None:
    cards, _ = _outcome(STRAY)
    assert [(q, a) for c, q, a in cards if c == "alternating-label"] == [
        ("Mi a ciklus?", "ugyanannak a blokknak az ismétlése."),
        ("Mi a függvény?", "egy névvel ellátott kódblokk."),
    ]


# A webinar recap (Swahili labels Swali / Jibu, Portuguese text): who asked, in brackets after the question label; an answer running into code.
ASKED_BY = """\
# Resumo da aula 7 — SQL

## Perguntas da turma

**S (Ana):** Qual a diferença entre WHERE e HAVING?
**J:** WHERE filtra linhas antes do agrupamento; HAVING filtra grupos depois dele.

**S (Bruno, de novo):** Como conto linhas distintas?
**J:** Com `COUNT(DISTINCT coluna)`:

```sql
SELECT COUNT(DISTINCT cidade) FROM clientes;
```

**S (Carla):** Índice composto vale a pena?
**J:** _(o professor vai responder na próxima aula)_
"""


def test_who_asked_in_brackets_is_no_part_of_the_label() -> None:
    cards, unanswered = _outcome(ASKED_BY)
    assert [(rule, question) for rule, question, _ in cards] == [
        ("alternating-label", "Qual a diferença entre WHERE e HAVING?"),
        ("alternating-label", "Como conto linhas distintas?"),
    ]
    assert cards[1][2].endswith("SELECT COUNT(DISTINCT cidade) FROM clientes;\n```")
    assert len(unanswered) == 1 and "Índice composto vale a pena?" in unanswered[0]


def test_a_number_before_the_label_numbers_the_question() -> None:
    text = (
        "# Gjeografi\n\n"
        "**1. Pyetja.** Cili është lumi më i gjatë në Shqipëri?\n\n**Përgjigja.** Drini.\n\n"
        "* * *\n\n"
        "**2. Pyetja.** Ku ndodhet liqeni i Ohrit?\n\n**Përgjigja.** Në kufi me Maqedoninë e Veriut.\n\n"
        "**3. Pyetja.** Sa male ka Shqipëria?\n\n**Përgjigja.**\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("alternating-label", "Cili është lumi më i gjatë në Shqipëri?", "Drini."),
        ("alternating-label", "Ku ndodhet liqeni i Ohrit?", "Në kufi me Maqedoninë e Veriut."),
    ]
    assert [m for _, m in unanswered] == ["Sa male ka Shqipëria?"]


def test_burmese_labels_close_with_the_burmese_full_stop() -> None:
    # Burmese asks with a closing particle (`လဲ`, `လား`) before `။`, and writes no question mark.
    text = (
        "# ဓာတုဗေဒ\n\n"
        "**၁။ မေး ။** ရေ ရဲ့ ဖော်မြူလာ ဘာလဲ။\n\n**ဖြေ ။** H₂O ပါ။\n\n"
        "✿ ✿ ✿\n\n"
        "**၂။ မေး ။** ဆား ဟာ ဒြပ်ပေါင်း လား။\n\n**ဖြေ ။** ဟုတ်ပါတယ်၊ NaCl ပါ။\n\n"
        "**၃။ မေး ။** pH 7 ဆိုတာ ဘာလဲ။\n\n**ဖြေ ။** (နောက်မှ ရေးပါမယ် နော်)\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[2], c[3]) for c in cards] == [
        ("ရေ ရဲ့ ဖော်မြူလာ ဘာလဲ။", "H₂O ပါ။"),
        ("ဆား ဟာ ဒြပ်ပေါင်း လား။", "ဟုတ်ပါတယ်၊ NaCl ပါ။"),
    ]
    assert [m for _, m in unanswered] == ["pH 7 ဆိုတာ ဘာလဲ။ (placeholder)"]


def test_a_burmese_sentence_asks_with_its_closing_particle() -> None:
    from ankibuild.extract.questions import is_question

    assert is_question("ပြင်သစ်နိုင်ငံ ရဲ့ မြို့တော် ဘာလဲ။")
    assert is_question("မိုးရွာနေ သလား။")
    assert not is_question("ပါရီ ဖြစ်ပါတယ်။")


def test_a_qualified_asking_label_pairs_with_the_answer_label() -> None:
    cards, _ = cards_and_unanswered(
        "# Kimiyya\n\n**Tambaya daga jarrabawa:** Bayyana dokar kiyaye makamashi.  \n*Amsa:* Makamashin rufaffen tsari ba ya canzawa.\n\n"
        "**Tambaya 1.** Menene ruwa ke tafasa a kai?  \n*Amsa:* Digiri 100.\n\n"
        "**Tambaya 2.** Menene ke auna wutar lantarki?  \n*Amsa:* Ammeter.\n\n"
        "**Sanarwa daga aji:** Jarrabawa ranar Juma'a.  \n*Amsa:* —\n"
    )
    assert [(c[2], c[3]) for c in cards if c[1] == "alternating-label"] == [
        ("Bayyana dokar kiyaye makamashi.", "Makamashin rufaffen tsari ba ya canzawa."),
        ("Menene ruwa ke tafasa a kai?", "Digiri 100."),
        ("Menene ke auna wutar lantarki?", "Ammeter."),
    ]
