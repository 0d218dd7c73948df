"""What makes a line of text a question, how a question is cleaned of its dressing, and the answer label
that opens an answer.

Shared by the rules that find questions in headings, bold lines, list items and bare lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from markdown_it.token import Token

from .document import Block, Document, lazy_pattern, mask_code_and_math, may_hold, search_lines

QUESTION_WORDS = frozenset(
    [
        "what",
        "what's",
        "whats",
        "why",
        "how",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
    ]
)
IMPERATIVES = frozenset(
    [
        "explain",
        "describe",
        "compare",
        "contrast",
        "define",
        "discuss",
        "differentiate",
        "distinguish",
        "derive",
        "prove",
        "show",
        "list",
        "name",
        "give",
        "state",
        "outline",
        "summarize",
        "summarise",
        "illustrate",
        "elaborate",
        "justify",
        "calculate",
        "compute",
        "design",
        "implement",
        "write",
        "walk",
        "tell",
        "identify",
        "evaluate",
        "interpret",
        "estimate",
        "analyze",
        "analyse",
        # German (the du form; the formal `Nennen Sie` is `_FORMAL_GERMAN` below), French, Spanish, Italian.
        "nenne",
        "erkläre",
        "erklär",
        "beschreibe",
        "berechne",
        "vergleiche",
        "definiere",
        "begründe",
        "erläutere",
        "skizziere",
        "bestimme",
        "expliquez",
        "explique",
        "décrivez",
        "décris",
        "citez",
        "définissez",
        "définis",
        "comparez",
        "justifiez",
        "calculez",
        "donnez",
        "démontrez",
        "montrez",
        "indiquez",
        "présentez",
        "commentez",
        "analysez",
        "explica",
        "describa",
        "defina",
        "calcule",
        "calcula",
        "mencione",
        "menciona",
        "enumere",
        "enumera",
        "justifique",
        "demuestre",
        "indique",
        "analice",
        "cite",
        "identifique",
        "razone",
        "señale",
        "spiega",
        "descrivi",
        "definisci",
        "elenca",
        "calcola",
        # Russian and Ukrainian, the polite form an interviewer or an exam uses (`Расскажите про …`,
        # `Объясните …`, `Поясніть …`) and the familiar one (`Объясни …`), and Polish (`Wyjaśnij …`).
        "объясните",
        "объясни",
        "поясните",
        "опишите",
        "опиши",
        "расскажите",
        "расскажи",
        "назовите",
        "назови",
        "перечислите",
        "перечисли",
        "сравните",
        "сравни",
        "приведите",
        "приведи",
        "докажите",
        "вычислите",
        "дайте",
        "охарактеризуйте",
        "поясніть",
        "поясни",
        "опишіть",
        "розкажіть",
        "розкажи",
        "назвіть",
        "перелічіть",
        "порівняйте",
        "наведіть",
        "доведіть",
        "обчисліть",
        "wyjaśnij",
        "opisz",
        "porównaj",
        "wymień",
        "omów",
        "zdefiniuj",
        "oblicz",
        # Czech and Slovak, the polite form of exam questions (`Porovnejte SJF a FCFS.`, `Vysvětlete …`) and
        # the familiar one (`Popiš …`).
        "vysvětlete",
        "vysvětli",
        "popište",
        "popiš",
        "porovnejte",
        "porovnej",
        "srovnejte",
        "definujte",
        "definuj",
        "uveďte",
        "uveď",
        "vyjmenujte",
        "vyjmenuj",
        "charakterizujte",
        "dokažte",
        "vypočítejte",
        "vysvetlite",
        "popíšte",
        "porovnajte",
        "vymenujte",
        # Serbian, Croatian and Bosnian exam commands, the infinitive an exam sheet uses (`Navesti …`, `Objasniti …`,
        # `Definisati` in Serbian, `Definirati` in Croatian) and the familiar imperative (`Objasni …`), in Latin and
        # Cyrillic script.
        "navesti",
        "navedi",
        "navedite",
        "objasniti",
        "objasni",
        "objasnite",
        "definisati",
        "definirati",
        "definiši",
        "definiraj",
        "opisati",
        "opiši",
        "opišite",
        "uporediti",
        "usporediti",
        "uporedi",
        "usporedi",
        "nabrojati",
        "nabroji",
        "nabrojite",
        "навести",
        "објаснити",
        "дефинисати",
        "описати",
        "упоредити",
        "набројати",
        # Arabic exam commands (`اشرح …`, `اذكر …`, `قارن بين …`), with and without the hamza (a shadda splits a
        # word, so the words are listed as written without it).
        "اشرح",
        "اذكر",
        "أذكر",
        "قارن",
        "عرف",
        "وضح",
        "عدد",
        "ناقش",
        "احسب",
        "صف",
        # `علل` (give reasons), the command of Arabic "why" questions (`علل: تطفو قطعة الثلج على الماء.`).
        "علل",
        # Indonesian and Malay exam commands (`Jelaskan …!`, `Sebutkan …`, `Huraikan …`).
        "jelaskan",
        "sebutkan",
        "uraikan",
        "tuliskan",
        "bandingkan",
        "tentukan",
        "hitunglah",
        "terangkan",
        "huraikan",
        "nyatakan",
        "senaraikan",
        "bedakan",
        "buktikan",
        # Swahili exam commands (`Taja …`, `Eleza …`, `Linganisha … na …`).
        "taja",
        "eleza",
        "elezea",
        "fafanua",
        "linganisha",
        "tofautisha",
        "orodhesha",
        "bainisha",
        "onyesha",
        "thibitisha",
        "kokotoa",
        # The polite imperative of Croatian, Bosnian, Serbian and Slovenian exam sheets (`Definirajte 3NF.`,
        # `Napišite upit …`, `Usporedite …`), and Bulgarian and Macedonian ones (`Сравнете …`, `Обяснете …`).
        "definirajte",
        "definišite",
        "napišite",
        "napiši",
        "usporedite",
        "uporedite",
        "izračunajte",
        "izračunaj",
        "dokažite",
        "skicirajte",
        "nacrtajte",
        "razložite",
        "naštejte",
        "primerjajte",
        "обяснете",
        "обясни",
        "опишете",
        "опиши",
        "сравнете",
        "дефинирайте",
        "дефинирай",
        "избройте",
        "изброй",
        "посочете",
        "докажете",
        "изчислете",
        "напишете",
        "начертайте",
        "обосновете",
        "објаснете",
        "дефинирајте",
        "наведете",
        "споредете",
    ]
)
# The command words of essay exams that are no general instructions (`IMPERATIVES` holds those).
ESSAY_COMMANDS = frozenset(
    {
        "highlight", "assess", "examine", "critically", "comment", "elucidate", "enumerate", "trace", "appraise",
        "substantiate", "account", "analyze", "analyse", "argue", "consider", "critique", "review", "bring",
        "throw", "reflect",
    }
)  # fmt: skip
# `Nennen Sie …`, `Erklären Sie …`: German exam commands in the formal form, an infinitive followed by `Sie`
# (alone, `Beschreiben von Prozessen` is a topic).
_FORMAL_GERMAN = frozenset(
    [
        "nennen",
        "erklären",
        "beschreiben",
        "berechnen",
        "vergleichen",
        "definieren",
        "begründen",
        "erläutern",
        "skizzieren",
        "bestimmen",
        "geben",
        "zeigen",
        "beweisen",
        "diskutieren",
    ]
)

# The word that labels a question, in the languages notes are written in: `Question`, `Frage`, `Вопрос`
# (Russian), `Питання` (Ukrainian), `Pytanie` (Polish), `Otázka` (Czech), `Soru` (Turkish), `Câu hỏi` /
# `Câu` (Vietnamese), `Pertanyaan` / `Soal` (Indonesian), `Soalan` (Malay), `प्रश्न` (Hindi), `प्रश्नः` (Sanskrit), `سؤال` (Arabic), `질문` / `문제`
# (Korean), `问题` / `問題` / `質問` / `问` / `問` (Chinese, Japanese), `سوال` / `سؤال` / `پرسش` (Persian, whose
# digits `۱۲۳` are digits to `\d`), `คำถาม` / `ข้อ` (Thai), `வினா` / `கேள்வி` (Tamil), `שאלה` (Hebrew), `Spørgsmål`
# (Danish), `Spørsmål` (Norwegian), `Fråga` (Swedish), `Swali` (Swahili), `Savol` (Uzbek), `Sual` (Azerbaijani),
# `ప్రశ్న` (Telugu), `ಪ್ರಶ್ನೆ` (Kannada), `ചോദ്യം` (Malayalam), `પ્રશ્ન` (Gujarati), `ਪ੍ਰਸ਼ਨ` (Punjabi), and the
# abbreviations `ಪ್ರ:` (Kannada) and `प्र:` (Hindi) that exam notes write over `ಉ:` / `उ:` (or `प्र॰` over `उ॰`, the
# Devanagari abbreviation sign as the dot); `ප්‍රශ්නය` (Sinhala);
# `Հարց` (Armenian), `ጥያቄ` (Amharic), `კითხვა` (Georgian).
_QUESTION_LABEL_WORDS = (
    r"(?:q|ques|question|frage|pregunta|domanda|pergunta|vraag|spørgsmål|spørsmål|fr[åa]ga|вопрос|питання|pytanie|otázka|soru|swali"
    r"|savol|sual|câu[ \t]+hỏi|câu|pertanyaan|soalan|soal|प्रश्नः|प्रश्न|प्रस्न|প্রশ্ন|ప్రశ్న|ಪ್ರಶ್ನೆ|ചോദ്യം|પ્રશ્ન|ਪ੍ਰਸ਼ਨ|հարց|ጥያቄ|კითხვა|السؤال|سؤال|سوال|پرسش|คำถาม|ข้อ|வினா|கேள்வி|שאלה|질문|문제|问题|問題|質問|问|問"
    r"|ಪ್ರ|प्र|ප්‍රශ්නය|ප්‍රශ්න)"
)
QUESTION_LABEL_WORDS = _QUESTION_LABEL_WORDS
"""The words that label a question (`Q`, `Question`, `Frage`, `Вопрос`, `问题` …), as a regex group."""
EXERCISE_LABEL_WORDS = (
    r"exercises?|exercices?|ejercicios?|esercizi[oi]?|exerc[ií]cios?|[üu]bung(?:en)?|aufgaben?|problems?|tasks?|"
    r"задани[ея]|упражнени[ея]|задача|练习|練習|习题|習題|演習|연습\s*문제|연습"
)
"""The words that label an exercise (`Exercise`, `Problem`, `Task`, `Aufgabe`, `Задача`, `练习` …), as regex
alternatives (no group: wrap them in one)."""
LETTER_LABEL_PAIRS = {"Q": "AR", "P": "R", "F": "A", "D": "R", "V": "A", "В": "О"}
"""The one-letter question labels notes use (`Q:` English and French, `P:` Spanish and Portuguese, `F:` German,
`D:` Italian, `V:` Dutch, `В:` Russian) and the answer letters of each (`A:` / `R:`, `R:`, `A:`, `R:`, `A:`, `О:`)."""
# A character of a label word: no space, digit, emphasis, punctuation or bracket (combining vowel signs,
# which `\w` leaves out, are in: `ചോദ്യം`). Each word is read whole (`{…}+`, no backtracking into it): a
# line of prose fails in a few steps.
_LABEL_CHAR = r"[^\s\d:：*_.။?？!,;()\[\]{}<>|#`=/\\\"'“”«»~$&%+@^-]"
LABEL_LINE = lazy_pattern(
    r"^[ \t]{0,3}(?P<e>\*\*|__|\*|_)?"
    # `**၁။ မေး ။**`, `**3. Q.**`: in emphasis, the number may stand before the label, closed as a sentence is.
    r"(?(e)(?P<pre>\d{1,3}[.။)][ \t]*)?)"
    r"(?P<label>[^\W\d_]" + _LABEL_CHAR + r"{0,19}+(?:[ \t]" + _LABEL_CHAR + r"{1,20}+){0,2}?)"
    r"(?:[ \t]*(?P<num>\d{1,3}))?[ \t]*"
    # `**T (Rina):**`, `Q (Sam):`: who asked, in brackets after the label, is no part of it.
    r"(?:[(（][^()（）\n]{1,30}[)）][ \t]*)?"
    # In emphasis a label may end as a sentence does: `.`, or the Burmese full stop `။` (`**ဖြေ ။**`).
    r"(?:(?(e)(?P=e))[ \t]*[:：]|[:：][ \t]*(?(e)(?P=e))|(?(e)[.။](?P=e)|(?!)))"
    r"[ \t]*(?P<said>.*)$"
)
"""A label line (one to three short words of any script, plain or in emphasis, then a colon) and its text
after the label (group `said`)."""
# `Question 6`, `Q6.`, `Frage 3`, `문제 4`: a heading title that only labels and numbers a question (read by the
# quiz-heading and sample-response rules).
BARE_LABEL_TITLE = re.compile(
    r"^\s*(?:q|question|frage|aufgabe|pregunta|domanda|pergunta|questão|vraag|вопрос|питання|pytanie|soru|"
    r"câu\s+hỏi|câu|soal|질문|문제|问题|問題|题目|題目|問)\s*[#№]?\s*\d{1,3}[a-z]?\s*[.:)：]?\s*$",
    re.I,
)
# The Arabic single letters `س` (سؤال, question) and `ج` (جواب, answer), as Arabic exam notes abbreviate them
# (`س1: …؟` over `ج: …`). A letter is a label only with a number and punctuation or a colon right after it:
# `س` and `ج` also open ordinary words (`سيكون`, `جميع`).
_ARABIC_Q_LETTER = r"س\s*(?:\d{1,3}\s*[:：.)]|[:：](?!:))"
_ARABIC_A_LETTER = r"ج[ \t]*\d{0,3}[ \t]*[:：](?!:)"
# The punctuation after a label or a number, full-width forms included (`：`, `．`, `）`, `、`).
_LABEL_PUNCT = r"[:.)\-：．）、]"
# `Q3:`, `Question 3)`, `Вопрос 3.`, `Вопрос №3:`, `Q3：`, `問3：`, `第3题`, and the unnumbered `Q:` /
# `Question:` / `问：` (a colon only: `Q-learning` is a name); `1.`, `1、`, `（1）` numbering, and the Hebrew
# letters that number sub-questions (`א.`, `ב)`: Hebrew writes no one-letter word). A Google Docs export
# escapes the dot of a number that opens a line (`**1\. Explain …**`): the backslash is no part of it.
_NUMBERING = re.compile(
    r"^\s*(?:" + _ARABIC_Q_LETTER + r"\s*|" + _QUESTION_LABEL_WORDS + r"॰?\s*(?:[#№-]\s*)?(?:\d+\s*" + _LABEL_PUNCT + r"|[:：](?!:))\s*"
    r"|第\s*\d+\s*[题題問问]\s*[:：.．、)）]?\s*|(?:[问問题題]|问题|問題)\s*\d+\s+"
    r"|\d+(?:\.\d+)*\s*\\?[.):]\s+|\d+\s*[、．）：]\s*|\(\d+\)\s+|（\d+）\s*|\d+(?:\.\d+)+\s+|[א-ת]['׳]?[.)]\s+)",
    re.I,
)
_SOURCE_LINK = re.compile(r"\s*\[\s*\[[^\]]*\]\([^)]*\)\s*\]\s*$|\s*\[[^\]]*\]\([^)]*\)\s*$")
_COMPANY_SUFFIX = re.compile(r"\s+[-–—]\s+((?:[A-Z][\w.&' ]*?)(?:,\s*[A-Z][\w.&' ]*?)*)\s+Interview\s+Questions?\s*$")
_DIFFICULTY = re.compile(r"^\s*\[(E|M|H)\]\s*", re.I)
# The one answer label every rule recognises: `Answer:`, `Ans:`, `A:`, `A1:`, `Answer.`, and in bold `**A:**`,
# `**Answer**:`, `__A.__`. Not `A. Smith showed …` (plain `A` takes a colon only), not `A:B testing` (a plain
# label is followed by a space), not `Answer :: …` (a `front :: back` pair), not `**Answer: 42**` (the bold
# span must close right at the label, else removing the label would break the bold).
# Other languages label the answer too: `Antwort`, `Respuesta`, `Réponse` (French typography puts a space
# before the colon: `**Réponse :**`), `Risposta`, `Resposta`, `Antwoord`, and the French `R :` after `Q :`
# (plain, only with that space: `R: lm(y ~ x)` names the R language).
# And beyond Latin scripts: `Ответ` (Russian), `Відповідь` (Ukrainian), `Odpowiedź` (Polish), `Odpověď`
# (Czech), `Cevap` / `Yanıt` (Turkish), `Trả lời` / `Đáp án` (Vietnamese), `Jawaban` (Indonesian), `Jawapan` (Malay), `उत्तर`
# (Hindi), `Svar` (Danish, Norwegian, Swedish), `جواب` / `الإجابة` (Arabic), `پاسخ` (Persian), `คำตอบ` / `ตอบ` (Thai), `விடை` / `பதில்` (Tamil), `תשובה` / `פתרון` (Hebrew: answer, solution), `답변` / `정답` / `답` (Korean), `答案` / `回答` / `答え` / `解答` / `答`
# (Chinese, Japanese), which take the full-width colon `：` with or without a space after it; `Jibu` /
# `Majibu` (Swahili); `Javob` (Uzbek), `Жауап` / `Жауабы` (Kazakh), and the Lithuanian abbreviation `Ats.:` (atsakymas), its
# dot part of the word; `Cavab` (Azerbaijani), `జవాబు` / `సమాధానం` (Telugu), `ಉತ್ತರ` (Kannada), `উত্তৰ` (Assamese, with its own `ৰ`), `ഉത്തരം`
# (Malayalam), `જવાબ` / `ઉત્તર` (Gujarati), `ਉੱਤਰ` / `ਜਵਾਬ` (Punjabi), `El gawab` / `El egaba` (Egyptian Arabic
# in Latin letters, "Franco"); the abbreviations `ಉ:` (Kannada) and `उ:` (Hindi) under `ಪ್ರ:` / `प्र:`, or dotted with the
# Devanagari abbreviation sign `॰` (`**प्र॰ १.**` over `**उ॰**`);
# `පිළිතුර` (Sinhala); `Whakautu` (Māori); `Պատասխան` (Armenian), `መልስ` (Amharic), `პასუხი` (Georgian). A word label may also end
# with a dash instead of a colon, as Indian board guides write it (`ਉੱਤਰ — …`, `**ਉੱਤਰ—**`, `Answer – …`,
# the dash after the bold: `**उत्तरम्** — …`, Sanskrit's `उत्तरम्`).
_ANSWER_WORDS = (
    r"(?:answer|ans|antwort|[äa]ntwert|respuesta|r[eé]ponse|risposta|resposta|antwoord|svar|jibu|majibu|ответ|відповідь|одговор|odgovor|odpowied[zź]"
    r"|odpověď|cevap|yanıt|trả[ \t]+lời|đáp[ \t]+án|jawaban|jawapan|उत्तरम्|उत्तर|जाप|উত্তর|উত্তৰ|الإجابة|الجواب|جواب|پاسخ|คำตอบ|ตอบ|விடை|பதில்|תשובה|פתרון|답변|정답|답"
    r"|答案|回答|答え|解答|答|javob|javobi|жауабы|жауап|ats\.|cavab|జవాబు|సమాధానం|ಉತ್ತರ|ഉത്തരം|જવાબ|ઉત્તર|ਉੱਤਰ|ਜਵਾਬ|պատասխան|መልስ|პასუხი|(?:el[ \t]+)?gawab|(?:el[ \t]+)?egaba"
    r"|ಉ|उ|පිළිතුරු|පිළිතුර|whakautu)"
)
_ANSWER_LABEL_BODY = (
    r"(?:(?P<b>\*\*|__)(?:" + _ANSWER_WORDS + r"|a|r|ج)(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:.：ঃ॰][ \t]*(?P=b)|(?P=b)[ \t]*(?:[:.](?!:)|[：ঃ॰]))"
    r"|(?P<d>\*\*|__)?" + _ANSWER_WORDS + r"[ \t]*[—–](?(d)(?P=d)|(?=\s|$))"
    r"|(?P<e>\*\*|__)" + _ANSWER_WORDS + r"(?P=e)[ \t]*[—–](?=\s|$)"
    r"|" + _ANSWER_WORDS + r"(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:.](?!:)(?=\s|$)|[：ঃ॰])"
    r"|a(?:[ \t]*\d+[a-z]?)?[ \t]*(?::(?!:)(?=\s|$)|：)|r[ \t]+:(?!:)(?=\s|$)|" + _ARABIC_A_LETTER + r")[ \t]*"
)
ANSWER_LABEL_WORDS = _ANSWER_WORDS
"""The words that label an answer (`Answer`, `Antwort`, `Ответ`, `答案` …), as a regex group."""
ANSWER_LABEL = re.compile(r"^\s*" + _ANSWER_LABEL_BODY, re.I)
"""A label that opens an answer, at the start of a text or line."""
INLINE_ANSWER_LABEL = re.compile(r"(?<=\?)[ \t]+" + _ANSWER_LABEL_BODY, re.I)
"""The same label after a question mark on the question's line (`Q: What is 2+2? A: 4`)."""
_COMPARISON = re.compile(
    r"^(?:the\s+)?(?:(?:main|key)\s+)?differences?\s+between\s+\S.*\s+and\s+\S"
    r"|^(?:pros\s+(?:and|&)\s+cons|advantages\s+(?:and|&)\s+disadvantages)\s+of\s+\S",
    re.I,
)
# The same in the other languages notes are written in: `Differenza tra X e Y`, `Unterschied zwischen X und Y`,
# `Différence entre X et Y`, `Diferencia entre X y Y`, `Diferença entre X e Y`, `Verschil tussen X en Y`,
# `Różnica między X a Y`, `Разница между X и Y`.
_COMPARISON_ELSEWHERE = re.compile(
    r"^(?:(?:la|le|die|der|el|a|de|главная|основная)\s+)?(?:"
    r"differenz[ae]\s+(?:tra|fra)\s+\S.*\s+e\s+\S"
    r"|unterschied(?:e)?\s+zwischen\s+\S.*\s+und\s+\S"
    r"|diff[ée]rences?\s+entre\s+\S.*\s+et\s+\S"
    r"|diferencias?\s+entre\s+\S.*\s+[ye]\s+\S"
    r"|diferen[çc]as?\s+entre\s+\S.*\s+e\s+\S"
    r"|verschil(?:len)?\s+tussen\s+\S.*\s+en\s+\S"
    r"|r[óo][żz]nic[ae]\s+(?:mi[ęe]dzy|pomi[ęe]dzy)\s+\S.*\s+(?:a|i)\s+\S"
    r"|(?:разница|различи[яе]|отличи[яе])\s+между\s+\S.*\s+и\s+\S)",
    re.I,
)
_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)
_MAX_COMPARED_WORDS = 8
# A word in any Latin script (`Erklären`, `Décrivez`): accents are letters too.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*")

DIFFICULTY_NAMES = {"e": "easy", "m": "medium", "h": "hard"}


_PARENTHESES_AND_CODE = re.compile(r"\([^)]*\)|`[^`]*`")


def is_question(text: str) -> bool:
    """True when a heading or line reads as a question: it asks (`?`) or commands (`Explain …`)."""
    text = text.strip()
    if not text or len(text) > 400:
        return False
    if "؟" in text:
        text = text.replace("؟", "?")  # the Arabic question mark asks as `?` does
    if "\u055e" in text and "\u055e" in _PARENTHESES_AND_CODE.sub("", text):
        return True  # the Armenian question mark `՞` sits on the word asked about, inside the sentence
    if (";" in text or "\u037e" in text) and ends_with_greek_question_mark(text):
        return True
    if "\u104b" in text and asks_in_burmese(text):
        return True
    if "?" in text:
        # A question mark inside a link or code is not a question of the line itself.
        if "(" not in text and "`" not in text:
            return True  # nothing to take out
        return "?" in _PARENTHESES_AND_CODE.sub("", text)
    # `18. Walk through …`: numbering dresses a command as it dresses a question.
    return starts_with_imperative(_NUMBERING.sub("", text, count=1)) or _lettered_imperative(text)


def asked_question(text: str) -> str:
    """The question a list item asks, up to its last question mark (`Is X bactericidal? ask in small group`
    asks the part before the note; `?`, `？`, `؟`), or "" when it asks nothing."""
    end = max(text.rfind("?"), text.rfind("？"), text.rfind("؟"))
    question = text[: end + 1]
    return question if end > 0 and is_question(question) else ""


# `в) Сравнете …`, `b) Explain …`: a sub-question lettered in any script, one letter and a closing bracket.
_LETTER_ITEM = re.compile(r"^\s*[^\W\d_]\)[ \t]+(?=\S)")


def _lettered_imperative(text: str) -> bool:
    """True when a command word follows the letter of a sub-question (`_LETTER_ITEM`)."""
    match = _LETTER_ITEM.match(text)
    return match is not None and starts_with_imperative(text[match.end() :])


# Greek writes its question mark as `;` (U+003B, or the GREEK QUESTION MARK U+037E that normalises to it):
# `Ποιος ίδρυσε την Κωνσταντινούπολη;`. Only in Greek text: elsewhere `;` ends a clause or a statement of code.
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_GREEK_END = re.compile(r"([^\W\d_]+)['’]?[ \t]*[;\u037e][\s*_)\]»\"”]*$")


def ends_with_greek_question_mark(text: str) -> bool:
    """True when a Greek-script text ends with the Greek question mark (`;` or `;`) right after a word:
    `### 3. Ποιος ίδρυσε την Κωνσταντινούπολη;`. Code (`x = 1;`) and Latin text never qualify."""
    if ";" not in text and "\u037e" not in text:
        return False
    if _GREEK_END.search(text) is None:
        return False
    plain = _PARENTHESES_AND_CODE.sub("", text)
    greek = len(_GREEK_LETTER.findall(plain))
    return greek >= 4 and greek > len(_LATIN_LETTER.findall(plain))


# Burmese has no question mark: a sentence asks with a closing particle (`လဲ` after a question word, `လား`
# for yes or no, the formal `နည်း`) before its full stop `။`: `DNS က ဘယ် port လဲ။`.
_BURMESE_ASKS = re.compile(r"[\u1000-\u109f][ \t]?(?:လဲ|လား|နည်း)[ \t]*\u104b[\s*_)\]）”\"]*$")


def asks_in_burmese(text: str) -> bool:
    """True when a Burmese sentence ends with a question particle and its full stop (`… ဘာလဲ။`)."""
    return _BURMESE_ASKS.search(text) is not None


def ends_with_question_mark(text: str) -> bool:
    """True when a text ends with a question mark of its script, dressing (`*`, `_`, spaces) aside: `?`,
    the full-width `？`, the Arabic `؟`, or in Greek text `;` (`ends_with_greek_question_mark`); an Armenian
    sentence holding `՞` and ending with `։`."""
    plain = text.rstrip(" \t*_")
    if plain.endswith(("?", "\uff1f", "\u061f")) or ends_with_greek_question_mark(plain):
        return True
    # Armenian asks with `՞` on a word inside the sentence, and ends it with its full stop `։`.
    return "\u055e" in plain and plain.endswith(("\u0589", "\u055e"))


def is_comparison(text: str) -> bool:
    """True when a title asks for a comparison without a question mark: `Bagging vs Boosting`, `L1 versus
    L2`, `Difference between X and Y`, `Pros and cons of X`. Each side of a `vs` must be a name (a few
    words), and a title with a label (`Scenario 2: Batch vs Real-Time`) names a case, not a comparison."""
    text = " ".join(text.split())
    if not text or ":" in text or len(text) > 200:
        return False
    if _COMPARISON.match(text) or _COMPARISON_ELSEWHERE.match(text):
        return True
    sides = _VERSUS.split(text)
    if len(sides) >= 2 and _compares_in_aside(text):
        return False
    return len(sides) >= 2 and all(0 < len(side.split()) <= _MAX_COMPARED_WORDS for side in sides)


def _compares_in_aside(text: str) -> bool:
    """True when every `vs` of a title stands inside parentheses (`Notes on 1.2 (recursion vs iteration)`,
    `Week 3 (TCP vs UDP)`): the aside says what a section covers, the title itself names it."""
    return "(" in text and not _VERSUS.search(_PARENTHESES.sub(" ", text))


_PARENTHESES = re.compile(r"\([^()]*\)")


def opens_with_command_word(text: str) -> bool:
    """True when the first word of a title is a command word of exam questions in any of its forms
    (`Describe …`, `Beschreiben von …`, `Describing …`), whether or not the title reads as a command."""
    match = _WORD.search(text)
    if match is None or match.start() > 2:
        return False
    word = match.group(0).lower()
    return word in IMPERATIVES or word in _FORMAL_GERMAN or word.removesuffix("ing") in IMPERATIVES


def starts_with_imperative(text: str) -> bool:
    """True when the text opens with a command word of exam questions (`Explain`, `Compare` …)."""
    match = _WORD.search(text)
    # `Write-ahead logging` is a topic, `Write a function` a command: the word must stand alone.
    if not (match and match.start() < 3 and text[match.end() : match.end() + 1] in (" ", "\t") and len(text.split()) >= 2):
        return False
    word = match.group(0).lower()
    if word in _FORMAL_GERMAN:
        return text[match.end() :].split(maxsplit=1)[0] == "Sie"
    return word in IMPERATIVES and not _paired_title(text[match.end() :])


def _paired_title(rest: str) -> bool:
    """`Compute & networking`, `Test / deploy`: a command word joined by a symbol to another noun names two
    topics side by side (a section title), it orders nothing."""
    return rest.lstrip()[:1] in ("&", "+", "/") and len(rest.split()) <= 4


def starts_like_question(text: str) -> bool:
    """True when the text opens with a question word or a command word."""
    match = _WORD.search(text)
    if not match or match.start() > 2:
        return False
    word = match.group(0).lower()
    return word in QUESTION_WORDS or word in IMPERATIVES or starts_with_imperative(text) or asks_in_other_script(text)


def clean_question(text: str) -> tuple[str, tuple[str, ...]]:
    """Strip numbering, `Q3:` labels, a trailing source link and a `- Google, Amazon Interview Question`
    suffix. Returns the question and the companies named in the suffix."""
    text = strip_dress(text.strip().rstrip("#").strip())
    companies: tuple[str, ...] = ()
    # The suffix and link searches scan every space of the heading: most headings hold neither word.
    match = _COMPANY_SUFFIX.search(text) if "Interview" in text else None
    if match:
        companies = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
        text = text[: match.start()]
    previous = None
    while previous != text:
        previous = text
        if "](" in text:
            text = _SOURCE_LINK.sub("", text)
        text = _NUMBERING.sub("", text, count=1)
    if text.startswith(("**", "__")):
        text = _BOLD_LETTER_LABEL.sub("", text, count=1)
    if text.startswith(("Q.", "q.")):
        text = _Q_DOT_LABEL.sub("", text, count=1)
    if text.startswith("Q") and text[1:2].isdigit():
        text = _Q_NUMBER_LABEL.sub("", text, count=1)
    if text[:4].isdigit():
        text = _DATE_STAMP.sub("", text, count=1)
    return text.strip(), companies


# `[How do I undo the last commit?](https://stackoverflow.com/q/927358) 🔁`: a title that is only a link to the
# question's thread (and a mark or emoji after it); its text is the question.
_WHOLE_LINK = re.compile(r"^\[(?P<text>[^\[\]\n]*[^\W_][^\[\]\n]*)\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)(?P<tail>[^\w\[\]()]*)$")


def whole_link_text(text: str) -> str | None:
    """The text of the link that is the whole of TEXT, but for a mark or emoji after it (`_WHOLE_LINK`:
    `[How do I …?](https://…) 🔁` → `How do I …?`), else None."""
    match = _WHOLE_LINK.match(text.strip()) if text.lstrip().startswith("[") else None
    return match.group("text").strip() if match else None


# `2025-03-02 — How does …?`, `2024/11/19: is vs ==`: the date a TIL or a log entry was written, before
# its title, is no part of the question (a dash, colon or bar after it; the title must follow).
_DATE_STAMP = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*(?:[—–|:]|-(?=[ \t]))[ \t]*(?=\S)")


# `### Q2 為什麼選擇本所？`, `### Q12 What is a mutex?`: a capital `Q` and a number, then a space and no
# punctuation, number a question as `Q2:` does (`Q1 2024` is a quarter and a year: a digit after it keeps it).
_Q_NUMBER_LABEL = re.compile(r"^Q\d{1,3}[ \t]+(?=[^\d\s])")


# `Q. 프로세스와 스레드의 차이는?`, `Q. What is a mutex?`: a bare `Q.` before a question labels it (`Q1.` and `Q:`
# are numbering, above).
_Q_DOT_LABEL = re.compile(r"^[Qq]\.[ \t]+(?=\S)")


# `**P:** ¿Qué es …?`, `**F:** Was ist …?`: a capital letter in bold before a question labels it, in any
# language (`P`regunta, `F`rage, `D`omanda); in a question's text it is never the question itself.
_BOLD_LETTER_LABEL = re.compile(r"^(?P<b>\*\*|__)[A-ZА-Я][ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])[ \t]*(?=\S)")


def take_difficulty(text: str) -> tuple[str, str | None]:
    """`[E] What …` → (`What …`, `easy`)."""
    match = _DIFFICULTY.match(text)
    if not match:
        return text, None
    return text[match.end() :], DIFFICULTY_NAMES[match.group(1).lower()]


def strip_answer_label(markdown: str) -> str:
    """Drop a leading answer label (`Answer:`, `**A:**`, `**Answer**:` …, see `ANSWER_LABEL`; in italics too:
    `*Answer:*`, `_A:_`, `*Answer*:`) from an answer, with the line break after a label that stands on a line
    of its own."""
    match = ANSWER_LABEL.match(markdown) or _italic_answer_label(markdown)
    return markdown[match.end() :].lstrip("\n") if match else markdown


# `*Answer:*`, `_Answer_:`, `*A:*`: the label in italics, as notes set it apart from the answer it opens.
_ITALIC_ANSWER_LABEL = re.compile(
    r"^\s*(?P<i>[*_])(?:" + _ANSWER_WORDS + r"|a)(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:：][ \t]*(?P=i)|(?P=i)[ \t]*[:：])(?![*_])[ \t]*",
    re.I,
)


def _italic_answer_label(markdown: str) -> re.Match[str] | None:
    if markdown.lstrip()[:1] not in ("*", "_"):
        return None  # the usual case: an answer that opens with a word
    return _ITALIC_ANSWER_LABEL.match(markdown)


_URL = re.compile(r"https?://|www\.")


_MAX_QUESTION = 250


# "Having a variable with thousands of values, how would you encode it?": the asking comes after a comma.
_TRAILING_ASK = re.compile(
    r"[,;:]\s*(?:what|how|why|which|when|where|who|would|should|could|can|do|does|is|are)\b[^,;:]*\?$", re.I
)


def is_bare_question(line: str) -> bool:
    """True when a line, on its own, reads as a question: it opens with a question or command word and
    ends with `?` (command questions may end with `.` or nothing)."""
    text = line.strip()
    if not text or len(text) > _MAX_QUESTION or text[0] in "#>|-*+`$<![":
        return False
    asks = (text.endswith("?") or ends_with_greek_question_mark(text)) and bool(
        starts_like_question(text) or _TRAILING_ASK.search(text)
    )
    # A command question: `starts_with_imperative` implies `starts_like_question`, and the cheap tests of
    # the line's end come first (most lines of prose fail them).
    if not asks and not (text.endswith((".", ":")) and text.count(". ") == 0 and starts_with_imperative(text)):
        return False
    # A line holding a URL is no question: a test that only ever says no, so asked last, of the few lines that
    # ask or command, not of every line.
    return _URL.search(text) is None


def first_question_line(doc: Document, block: Block) -> int | None:
    """The first bare question line of a paragraph block, if any."""
    if block.kind != "paragraph":
        return None
    for n in range(block.first, block.last):
        if asks_on_its_own(doc, n, block):
            return n
    return None


def asks_on_its_own(doc: Document, n: int, block: Block) -> bool:
    """True when line `n` of a paragraph is a bare question: one that ends with `?`, or a command line among
    other bare questions of the same paragraph."""
    line = doc.lines[n]
    if not is_bare_question(line):
        return False
    if line.strip().endswith("?") or ends_with_greek_question_mark(line):
        return True
    # A command line (`Explain …`) only counts among other bare questions of the same paragraph.
    return any(
        doc.lines[m].strip().endswith("?") and is_bare_question(doc.lines[m]) for m in range(block.first, block.last) if m != n
    )


_BOLD_LEAD = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<inner>\S.*?)(?P=mark)", re.S)


_EM_LEAD = re.compile(r"^\s*(?P<mark>[*_])(?P<inner>[^*_\s][^*_]*?)(?P=mark)(?![*_\w])", re.S)
# `<b>What is promissory estoppel?</b>`, `<strong>…</strong>`: bold written as HTML.
_BOLD_TAG_LEAD = re.compile(r"^\s*<(?P<mark>b|strong)>(?P<inner>\S.*?)</(?P=mark)>", re.S | re.I)


def _opens_bold_tag(token: Token) -> bool:
    return token.type == "html_inline" and token.content.lower() in ("<b>", "<strong>")


# The Turkic languages number with a hyphenated ordinal before the word (`1-savol.` "question 1", `2-topshiriq.`
# "task 2" in Uzbek; `1-сұрақ`, `1-тапсырма`, `1-есеп` in Kazakh; `1-суроо`, `1-маселе` in Kyrgyz): a label that
# numbers a question or a task, whatever the sentence after it says.
_ORDINAL_LABEL = (
    r"\d{1,3}[ \t]*-[ \t]*(?:savol|topshiriq|mashq|masala|сұрақ|тапсырма|есеп|суроо|тапшырма|маселе|савол|топшириқ)"
    r"[ \t]*[:.)]?"
)
_ORDINAL_LABEL_RE = re.compile(r"^" + _ORDINAL_LABEL + r"$", re.I)
# `Q3`, `Question 3.`, and a question bank's section-and-item number (`Q 5.31`, `Question 2.4.1`); the `Q` may
# carry a capital or two naming the kind of question (`GQ 5.1` a guiding question, `RQ 2`, `DQ 3.4`), numbered.
_QUESTION_LABEL = re.compile(
    r"^(?:" + _QUESTION_LABEL_WORDS + r"\s*[#№-]?\s*(?:\d+(?:\.\d+)*[a-z]?)?\s*[:.)：．）]?"
    r"|(?-i:[A-Z]{1,2}Q)[ \t]?\d{1,3}(?:\.\d{1,3})*[a-z]?[:.)]?|第\s*\d+\s*[题題問问]\s*[:.)：．）]?"
    r"|\d{1,3}\s*[.):：．）、]|" + _ORDINAL_LABEL + r"|№[ \t]*\d{1,3}[ \t]*[.):]?)$",
    re.I,
)


def is_ordinal_label(inner: str) -> bool:
    """True for a bold label that numbers a question or task the Turkic way (`1-savol.`, `2-topshiriq.`), or
    with the number sign that numbers problems in Russian and Kazakh notes (`№1.`): whatever the sentence after
    it says, it is a problem to solve, not a step."""
    return inner.startswith("№") or _ORDINAL_LABEL_RE.match(inner) is not None


_SITUATION_LABEL = re.compile(r"^(?:situation|scenario)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)]?$", re.I)


# `Q:` / `Question 3.` inside the bold span, before the question itself.
_INNER_LABEL = re.compile(
    r"^(?:" + _ARABIC_Q_LETTER + r"|" + _QUESTION_LABEL_WORDS + r"॰?\s*[#№-]?\s*(?:\d+[a-z]?)?\s*[:.)：．）]|第\s*\d+\s*[题題問问]\s*[:.)：．）]?)\s*", re.I
)


_LABEL_TAIL = re.compile(r"^[ \t]*[:.)\-–—：．）]?[ \t]*\n?")


_SAME_LINE_TAIL = re.compile(r"^\s*(?:[:\-–—：]|<br\s*/?>)\s*", re.I)


# `**Answer**:`, `**Answer:**`, `**A:**`, `Answer:`, `A:`, `ਉੱਤਰ —` — but not `A. Smith showed …`.
# A bold label may number its answer as its question is numbered (`**Frage 3.**` … `**Antwort 3.**`).
_LEAD_ANSWER_LABEL = re.compile(
    r"^\s*(?:(?P<b>\*\*|__)(?:" + _ANSWER_WORDS + r"(?:[ \t]*\d+[a-z]?)?|a|r|ج)\s*(?:[:.：ঃ॰]\s*(?P=b)|(?P=b)\s*[:.：ঃ॰])|(?P<d>\*\*|__)?" + _ANSWER_WORDS + r"[ \t]*[—–](?(d)(?P=d)|(?=\s|$))|" + _ANSWER_WORDS + r"\s*[:.：ঃ॰]|a\s?[:：]|r[ \t]+:|" + _ARABIC_A_LETTER + r")\s*",
    re.I,
)


@dataclass(frozen=True, slots=True)
class QuestionParagraph:
    """A paragraph that asks in bold, behind a question label, or states a situation."""

    kind: Literal["bold", "label", "situation"]
    """How it is marked: a bold question, a `Question:` label, a `Situation:` label."""
    text: str
    """The question (or situation) Markdown, labels, numbering and difficulty removed."""
    lead: str
    """Markdown of the answer's start that shares the paragraph ('' when none)."""
    difficulty: str | None = None
    """`easy`/`medium`/`hard` from an `[E]`/`[M]`/`[H]` marker."""
    companies: tuple[str, ...] = ()
    """Companies named in a `- Google Interview Question` suffix."""


def question_paragraph(doc: Document, block: Block) -> QuestionParagraph | None:
    """What a top-level paragraph asks, when it opens with a bold question or a question/situation label."""
    if block.kind != "paragraph":
        return None
    inline = doc.inline(block)
    # Its first child that is not empty text says how it opens: most paragraphs open with plain text.
    opening = next((c for c in (inline.children or ()) if c.type != "text" or c.content), None) if inline else None
    if opening is not None and opening.type == "text" and opening.content.startswith(("*", "_")):
        return _bold_with_literal_mark(doc.text(block.first, block.last))
    if opening is None or opening.type not in ("em_open", "strong_open", "html_inline"):
        return None
    text = doc.text(block.first, block.last)
    if opening.type == "em_open":
        # `_What is a codon?_` on its own line: a question in italics (only one that ends with `?`: notes
        # and asides are often set in italics too).
        em = _EM_LEAD.match(text)
        if em is None or not em.group("inner").rstrip().endswith("?"):
            return None
        return _bold(" ".join(em.group("inner").split()), text[em.end() :])
    # The token stream, not the source, says whether `**` really opens bold text.
    if opening.type != "strong_open" and not _opens_bold_tag(opening):
        return None
    match = _BOLD_LEAD.match(text) or _BOLD_TAG_LEAD.match(text)
    if match is None:
        return None
    inner = " ".join(match.group("inner").split())
    after = text[match.end() :]
    if _SITUATION_LABEL.match(inner):
        situation = _join(_LABEL_TAIL.sub("", after, count=1).split("\n"))
        return QuestionParagraph("situation", situation, "") if situation else None
    if _QUESTION_LABEL.match(inner):
        found = _labelled(_LABEL_TAIL.sub("", after, count=1).split("\n"))
        if found is not None and inner[:1].isdigit() and not is_question(found.text) and not is_ordinal_label(inner):
            return None  # `**1.** Install the package.`: a numbered step, not a question
        return found
    return _bold(inner, after)


# A bold question line holding a literal `*` or `_` (`**4. Which best describes the *-property?**`): the lone
# mark pairs with the closing `**` in CommonMark, so the line parses as text; read on the source instead.
_LITERAL_MARK_BOLD = re.compile(r"^[ \t]{0,3}(?P<mark>\*\*|__)(?P<inner>[^\s*_][^\n]*?[?？])(?P=mark)[ \t]*(?:\n|$)")


def _bold_with_literal_mark(text: str) -> QuestionParagraph | None:
    """What a paragraph asks whose first line is a whole bold question with a literal `*` or `_` inside."""
    match = _LITERAL_MARK_BOLD.match(text)
    if match is None:
        return None
    inner = match.group("inner")
    if not any(mark in inner for mark in "*_") or "**" in inner or "__" in inner:
        return None
    return _bold(" ".join(inner.split()), text[match.end() :])


def _join(lines: Sequence[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())


# A bold answer label later on the question's line (`**Q:** What is X? **A:** …`): bold, it is a label
# wherever it stands.
_INLINE_BOLD_ANSWER_LABEL = re.compile(
    r"[ \t]+(?P<b>\*\*|__)(?:" + _ANSWER_WORDS + r"|a|r)[ \t]*(?:[:.：][ \t]*(?P=b)|(?P=b)[ \t]*[:.：])[ \t]*", re.I
)


def _split_inline_answer(lines: list[str]) -> list[str]:
    """The lines with a bold answer label on the first one moved to a line of its own, so that a question
    and its answer on one line (`**Frage:** Was ist X? **Antwort:** Ein Y.`) read as on two."""
    match = _INLINE_BOLD_ANSWER_LABEL.search(lines[0]) if lines else None
    if match is None:
        return lines
    return [lines[0][: match.start()], lines[0][match.start() :].lstrip(), *lines[1:]]


def _labelled(lines: list[str]) -> QuestionParagraph | None:
    lines = _split_inline_answer(lines)
    answer_at = next((n for n, line in enumerate(lines) if n > 0 and _LEAD_ANSWER_LABEL.match(line)), None)
    if answer_at is not None:
        cut = answer_at
    else:
        asked = next((n for n, line in enumerate(lines) if line.rstrip().endswith("?")), None)
        cut = asked + 1 if asked is not None else (1 if is_question(lines[0]) else len(lines))
    question, companies = clean_question(_join(lines[:cut]))
    question, difficulty = take_difficulty(question)
    if not question.strip():
        return None
    return QuestionParagraph("label", question.strip(), "\n".join(lines[cut:]).strip("\n"), difficulty, companies)


def _bold(inner: str, after: str) -> QuestionParagraph | None:
    same_line, _, below = after.partition("\n")
    if "?" not in inner and (inner.endswith(":") or same_line.lstrip().startswith(":")):
        return None  # a label such as `**Mathematical Formulation:**` or `**Why it works**:`
    unlabelled = _INNER_LABEL.sub("", inner, count=1)
    question, companies = clean_question(unlabelled)
    question, difficulty = take_difficulty(question)
    question = question.strip()
    # `**4. What metrics judge generation quality**`: numbered in bold, it asks without a question mark.
    numbered = question != unlabelled.strip() and starts_like_question(question) and not same_line.strip()
    if not is_question(question) and not numbered and not _labelled_task(inner, unlabelled):
        return None
    tail = _SAME_LINE_TAIL.sub("", same_line, count=1).strip()
    if tail and all(_is_decoration(ch) or ch.isspace() for ch in tail):
        tail = ""  # `**Explain X.** ⭐`: a star or an emoji marks the question, it answers nothing
    if tail and not question.endswith("?"):
        return None  # `**Compare models** on the held-out set …` is prose that opens in bold
    lead = "\n".join(part for part in (tail, below) if part.strip()).strip("\n")
    return QuestionParagraph("bold", question, lead, difficulty, companies)


def _labelled_task(inner: str, unlabelled: str) -> bool:
    """True when a question label opens a sentence that the danda ends (`**প্রশ্ন-৬: … পার্থক্য লেখো।**`,
    `**प्रश्न 4: … लिखिए।**`): the label makes the instruction a question, whatever its verb."""
    return unlabelled != inner and unlabelled.rstrip(" *_").endswith(("।", "॥"))


def drop_answer_label(markdown: str) -> str:
    """Drop a leading `**Answer**:` / `**Answer:**` / `**A:**` / `Answer:` label."""
    return _LEAD_ANSWER_LABEL.sub("", markdown, count=1).strip("\n")


# --- dresses: what a question wears that is not the question ----------------------------------------------

# `<a name="q1"></a>`, `<a id="x"/>`, `<span id="x"></span>`: an anchor for links, invisible to a reader.
_ANCHOR_TAG = re.compile(r"<(a|span)\s+(?:name|id)\s*=\s*[\"']?[^\"'>]*[\"']?\s*/?>\s*(?:</\1>)?", re.I)
# kramdown / Pandoc attribute lists at the end of a title: `{#closures}`, `{: #id .class}`.
_ATTRIBUTE_LIST = re.compile(r"\s*\{:?\s*[#.][^{}]*\}\s*$")
# `1️⃣`: a digit dressed as a keycap emoji numbers a title, like `1.`.
_KEYCAP = re.compile(r"^\s*[0-9#*]\ufe0f?\u20e3\s*")
# Emphasis written as HTML tags around (part of) a question: `<b>…</b>`, `<strong>`, `<em>`, `<i>`.
_EMPHASIS_TAG = re.compile(r"</?(?:b|strong|em|i|u|mark)\s*>", re.I)
# `<sup>[exam 2022]</sup>`, `<sub>…</sub>`, `<small>…</small>` after a title: an annotation, not the question.
# `<!-- markmap: fold -->`, `<!-- asked twice -->` after a title: a note to the tool or the writer, never read.
_TRAILING_NOTE = re.compile(r"\s*(?:<(sup|sub|small)>[^<]*</\1>|<!--(?:[^-]|-(?!->))*-->)\s*$", re.I)
_FULL_WIDTH_QUESTION = "\uff1f"  # `？`


def _is_decoration(char: str) -> bool:
    """An emoji, a pictograph, a dingbat, a variation selector: symbols that dress a title."""
    if char.isascii():
        return False  # no ASCII character is an `So` symbol (`^`, `` ` `` are `Sk`, `|`, `~`, `+` `Sm`): most titles' ends
    if char in "\ufe0f\u200d\u20e3" or "\U0001f3fb" <= char <= "\U0001f3ff":
        return True
    return unicodedata.category(char) == "So"


def strip_dress(text: str) -> str:
    """The question without what it wears: anchors (`<a name="q1"></a>`), attribute lists (`{#id}`),
    emphasis tags (`<b>`, `<strong>`), leading and trailing emoji (`🔹 What is …`); the full-width `？`
    becomes `?` (a space before the mark, as French typography writes it, is kept: `?` is still there)."""
    if "<" in text:
        text = _EMPHASIS_TAG.sub("", _ANCHOR_TAG.sub("", _TRAILING_NOTE.sub("", text)))
    if "{" in text:
        text = _ATTRIBUTE_LIST.sub("", text)
    if "\u20e3" in text:
        text = _KEYCAP.sub("", text)
    text = text.strip()
    # After `strip` neither end is a space or a tab, and no ASCII character is a decoration: a title that opens
    # and ends in ASCII (`What is …?`, most of them) has nothing to lose at either end, and needs no walk.
    if not (text[:1].isascii() and text[-1:].isascii()):
        start = 0
        while start < len(text) and (_is_decoration(text[start]) or text[start] in " \t"):
            start += 1
        end = len(text)
        while end > start and (_is_decoration(text[end - 1]) or text[end - 1] in " \t"):
            end -= 1
        text = text[start:end]
    if _FULL_WIDTH_QUESTION in text:
        text = text.replace(_FULL_WIDTH_QUESTION, "?")
    return text


_BACK_TO_TOP = re.compile(
    r"^(?:(?:go|scroll|return|jump)\s+)?(?:back\s+)?(?:up\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?:top|start|contents|table\s+of\s+contents|toc|index|questions|list|up)(?:\s+of\s+(?:the\s+)?page)?$"
)
_BACK_TO_TOP_ELSEWHERE = re.compile(
    r"^(?:voltar|volver|regresar|ir|retour(?:ner)?|zur[üu]ck|torna(?:re|r)?|terug|powr[óo]t|вернуться|наверх)\b.*"
    r"\b(?:topo|in[ií]cio|arriba|inicio|[ií]ndice|haut|d[ée]but|sommaire|oben|anfang|inizio|su|boven|g[óo]ry|наверх|началу"
    r"|dalt|amunt|inici|[ií]ndex)$"
    r"|^(?:наверх|начало|topo|arriba|inicio|haut|oben|inizio|nach\s+oben|en\s+haut|amunt)$"
)
"""`voltar ao topo`, `volver arriba`, `retour en haut`, `zurück nach oben`, `torna su`, `tornar a dalt` (Catalan):
the same line in other languages."""
_BACK_TO_TOP_MORE = re.compile(
    r"^(?:(?:natrag|nazad|nazaj|povratak|vrati\s+se)\s+)?na\s+(?:vrh|po[čc]etak|sadr[žz]aj)(?:\s+stranice)?$"
    r"|^(?:zp[ěe]t\s+)?nahoru$|^(?:powr[óo]t\s+)?(?:do\s+g[óo]ry|na\s+g[óo]r[ęe])$"
    r"|^(?:обратно\s+)?(?:нагоре|горе|към\s+(?:началото|съдържанието))$"
    r"|^(?:başa|yukarı|yuxarı|başa\s+(?:dön|qayıt))$|^(?:uz\s+augšu|į\s+viršų|дээш|పైకి|ऊपर(?:\s+जाएँ|\s+जाएं)?)$"
    r"|^(?:(?:العودة|الرجوع|عودة|رجوع)\s+)?(?:(?:إلى|الى)\s+)?(?:للأعلى|للاعلى|الأعلى|الاعلى|أعلى\s+الصفحة|البداية|للبداية|المحتويات)$"
    r"|^(?:(?:חזרה|חזור)\s+)?(?:למעלה|להתחלה|לראש\s+הדף|לתוכן(?:\s+העניינים)?)$"
)
"""`natrag na vrh` (Croatian), `nazad na vrh` (Serbian), `zpět nahoru` (Czech), `do góry` (Polish), `обратно
нагоре` (Bulgarian), `başa dön` (Turkish), `yuxarı` (Azerbaijani), `uz augšu` (Latvian), `дээш` (Mongolian), `పైకి` (Telugu), `للأعلى`, `العودة إلى
البداية` (Arabic), `חזרה למעלה` (Hebrew): the same line in more languages."""
_BACK_TO_TOP_CJK = re.compile(
    r"^(?:返回|回到|回)(?:目录|目錄|顶部|頂部|顶端|頂端|页首|頁首|页顶|頁頂|开头|開頭)$"
    r"|^(?:目次|トップ|ページ\s*トップ|先頭|上)\s*(?:へ|に)\s*(?:戻る|もどる)$|^(?:맨\s*위로|위로\s*가기|목차로(?:\s*돌아가기)?)$"
)
"""`返回目录`, `回到顶部` (Chinese), `目次へ戻る`, `トップへ戻る` (Japanese), `맨 위로`, `목차로` (Korean): the same line."""
_TAG = re.compile(r"<[^<>]*>")
_LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# `[⬆ Hejuru](#page-title)`, `**[↑ 目次](#toc)**`: a link into the page whose text opens with an upward arrow, in
# any language.
_UP_ARROW_LINK = re.compile(r"^(?:\*\*|__)?\[[ \t]*(?:⬆|↑|⇧|↥|⤒|▲|⏫|🔝)[^\]\n]{0,40}\]\(#[^()\s]*\)(?:\*\*|__)?$")
# The same link written in HTML, in a paragraph or box of its own or not: `<p align="right"><a href="#title">⬆
# Ki runga</a></p>`.
_UP_ARROW_ANCHOR = re.compile(
    r"^(?:<(?:p|div)\b[^<>]*>[ \t]*)?<a[ \t]+href=[\"']#[^\"'\s]*[\"'][ \t]*>[ \t]*(?:⬆|↑|⇧|↥|⤒|▲|⏫|🔝)[^<\n]{0,40}</a>"
    r"(?:[ \t]*</(?:p|div)>)?$",
    re.I,
)


def is_back_to_top(text: str) -> bool:
    """True for a navigation line that leads back to the top or the table of contents: `**[⬆ Back to
    Top](#table-of-contents)**`, `<div align="right"><a href="#top">↥ back to top</a></div>`, `[↑ top](#)`, and a
    link into the page whose text opens with an upward arrow, whatever its words (`[⬆ Hejuru](#title)`, or
    in HTML: `<p align="right"><a href="#title">⬆ Ki runga</a></p>`)."""
    text = text.strip()
    if not text or len(text) > 300 or ("](" not in text and "href" not in text.lower()):
        return False
    if text[:4].lstrip("*_").startswith("[") and _UP_ARROW_LINK.match(text):
        return True
    if text[:1] == "<" and _UP_ARROW_ANCHOR.match(text):
        return True
    words = re.findall(r"[^\W_]+", _LINK_TEXT.sub(r" \1 ", _TAG.sub(" ", text)).lower())
    joined = " ".join(words)
    return bool(words) and bool(
        _BACK_TO_TOP.match(joined)
        or _BACK_TO_TOP_ELSEWHERE.match(joined)
        or _BACK_TO_TOP_MORE.match(joined)
        or _BACK_TO_TOP_CJK.match(joined)
    )


# `What's next?`, `Up next?`, `Wie geht es weiter?`, `¿Qué sigue?`, `Et ensuite ?`, `Что дальше?`, `接下来？`: a
# question whose only subject is what follows it, the page's pointer to its next part (`→ Module 4 …`). So is a
# question whose only subject is the reader's own questions (`Still have questions?`, `Noch Fragen?`, `¿Tienes
# dudas?`, `Des questions ?`, `Остались вопросы?`, `还有问题？`, `Got questions about this page? Ping me`): the page's
# pointer to a forum or a contact.
_SIGNPOST = re.compile(
    r"^[\W_]*(?:what(?:'s|’s|\s+is|\s+comes)\s+next|(?:and\s+)?(?:up\s+)?next(?:\s+up)?|where\s+(?:to\s+)?next"
    r"|was\s+kommt\s+(?:als\s+)?n[äa]chstes|wie\s+geht(?:'s|\s+es)\s+weiter|(?:y\s+)?(?:qu[ée]\s+sigue|ahora\s+qu[ée])"
    r"|et\s+(?:ensuite|apr[èe]s)|qu['’]est-ce\s+qui\s+suit|что\s+дальше|接下来(?:呢|学什么)?|下一步|次は"
    r"|(?:(?:do\s+you\s+)?still\s+)?(?:(?:do\s+you\s+)?have|got)\s+(?:any\s+)?(?:more\s+|other\s+|further\s+)?questions"
    r"(?:\s+(?:about|on)\s+(?:this|the)\s+\w+)?"
    r"|any\s+(?:more\s+|other\s+|further\s+)?questions(?:\s+left)?|still\s+stuck|(?:noch\s+)?(?:weitere\s+)?fragen\s+offen|noch\s+fragen"
    r"|(?:¿\s*)?(?:(?:a[úu]n\s+)?tienes|hay)\s+(?:m[áa]s\s+)?(?:preguntas|dudas)|(?:encore\s+)?des\s+questions|остались\s+вопросы"
    r"|есть\s+вопросы|还有(?:问题|疑问)|有(?:问题|疑问)吗)[\W_]*"
    # a pointer to the contact after its question mark: `Got questions about this page? Ping me`
    r"(?:(?<=[?？])[ \t]*\w+(?:[ \t]+\w+){0,2}[\W_]*)?$",
    re.I,
)


def is_signpost_question(text: str) -> bool:
    """True for a question that asks only what comes next (`What's next?`): navigation to the next part of
    the notes, never a card, whatever follows it."""
    return len(text) <= 40 and _SIGNPOST.match(text.strip()) is not None


# "What is the output of the following code", "What does this snippet print:" — the code below belongs to
# the question.
_REFERS_TO_CODE = re.compile(
    r"\b(?:following|below|above|given|this|these)\s+(?:\w+\s+){0,2}?"
    r"(?:code|snippets?|programs?|functions?|quer(?:y|ies)|scripts?|commands?|statements?|expressions?|"
    r"outputs?|class(?:es)?|loops?|lines?|examples?|pieces?|regex|SQL|schema)\b"
    r"|\b(?:these|this|the\s+following|below|above)\s*[?:.]?$"
    r"|\b(?:these|this|following|below|above)\s+(?:\w+\s+)?(?:print|output|return|display|log|evaluate|produce)s?\b",
    re.I,
)

# Each match of `_REFERS_TO_CODE` in ASCII text holds one of these (see `document.may_hold`).
_REFERS_TO_CODE_WORDS = ("following", "below", "above", "given", "this", "these")


def refers_to_code(question: str) -> bool:
    """True when a question points at code shown with it (`… the following code`, `… this snippet`, a
    question ending with `:`): a code block right after it is part of the question, not its answer."""
    text = question.strip().rstrip("*_ ")
    return text.endswith(":") or (may_hold(text, _REFERS_TO_CODE_WORDS) and _REFERS_TO_CODE.search(text) is not None)


def is_question_list(doc: Document, block: Block) -> bool:
    """True for a list of at least two items most of which ask (a `?`, a wh-word, a command word) and at
    least half hold a question mark: questions to practise. A heading above such a list introduces
    it; it does not ask (and the list is no answer)."""
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    tokens = doc.tokens
    firsts: list[str] = []
    depth = 0
    for n in range(block.start + 1, block.end - 1):
        token = tokens[n]
        if depth == 0 and token.type == "list_item_open":
            inline = tokens[n + 2] if n + 2 < block.end and tokens[n + 1].type == "paragraph_open" else None
            firsts.append(inline.content.split("\n", 1)[0] if inline is not None else "")
        depth += token.nesting
    if len(firsts) < 2:
        return False
    texts = [clean_question(strip_dress(text))[0] for text in firsts]
    asking = sum(1 for text in texts if "?" in text or starts_like_question(text))
    marked = sum(1 for text in texts if "?" in text)
    return 2 * asking > len(texts) and 2 * marked >= len(texts)

NUMBERED_QUESTION_LABEL = re.compile(r"^[\s*_]*" + _QUESTION_LABEL_WORDS + r"[ \t]*[#№-]?[ \t]*\d+[ \t]*[*_]*[ \t]*[:：.)]", re.I)
"""A question numbered by its label (`**Question 3:**`, `Q3.`, `**سوال ۹:**`, `**ข้อ 1.**`): one item of a series."""


_PLAIN_QUESTION_LABEL = re.compile(
    r"^\s*(?:(?:Q|Question|Frage|Pregunta|Domanda|Pergunta|Vraag|Spørgsmål|Spørsmål|Fr[åa]ga|Вопрос|Питання|Pytanie|Otázka|Soru|Swali|Câu hỏi|Câu"
    r"|Pertanyaan|Soalan|Soal|प्रश्न|السؤال|سؤال|سوال|پرسش|คำถาม|ข้อ|வினா|கேள்வி|שאלה|질문|문제|问题|問題|質問|问|問)\s*[#№]?\s*\d*\s*(?:[:.)]\s+|[：．）]\s*)"
    r"|第\s*\d+\s*[题題問问]\s*[:：.．、)）]?\s*)(?=\S)"
)


def asks_by_plain_label(line: str) -> bool:
    """True for a line that asks behind a plain question label (`வினா: …?`, `Frage 2: …?`): a question of the
    label-pair rule, which runs after the bold questions; their answers stop there."""
    match = _PLAIN_QUESTION_LABEL.match(line)
    return match is not None and is_question(line[match.end() :])


def asks_in_paragraph(doc: Document, block: Block) -> bool:
    """True when a paragraph opens with a question of its own: a bold question or a `**Q:**` label
    (`question_paragraph`), or a plain `Q:` / `Question 3.` label before a question. Such a paragraph
    starts the next card; it never belongs to the answer above it."""
    if block.kind != "paragraph":
        return False
    found = question_paragraph(doc, block)
    if found is not None:
        return found.kind in ("bold", "label")
    line = doc.lines[block.first]
    match = _PLAIN_QUESTION_LABEL.match(line)
    return match is not None and is_question(line[match.end() :])


def holds_question_list(doc: Document, block: Block) -> bool:
    """True for a box (`!!! question "Quiz"`) whose content is only lists of questions (see
    `is_question_list`): the list's rule reads each question on its own. A box with a statement before its
    bullet questions (a problem and its sub-questions) is one question and stays with its own rule."""
    tokens = doc.tokens
    lists = 0
    n = block.start + 1
    while n < block.end - 1:
        token = tokens[n]
        close = n
        depth = 0
        while close < block.end - 1:  # the direct child starting at n runs to `close`
            depth += tokens[close].nesting
            if depth == 0:
                break
            close += 1
        if token.type in ("bullet_list_open", "ordered_list_open"):
            first, last = token.map or (0, 0)
            if not is_question_list(doc, Block(token.type.removesuffix("_open"), n, close + 1, first, last)):
                return False
            lists += 1
        elif not token.type.startswith("admonition_title"):
            return False
        n = close + 1
    return lists > 0


# --- exercises: commands that set a task rather than ask ----------------------------------------------------

EXERCISE_VERBS = frozenset(
    [
        "find",
        "select",
        "count",
        "list",
        "compute",
        "calculate",
        "write",
        "create",
        "delete",
        "remove",
        "insert",
        "update",
        "return",
        "rank",
        "sort",
        "pivot",
        "print",
        "show",
        "display",
        "fetch",
        "retrieve",
        "get",
        "convert",
        "reverse",
        "merge",
        "rewrite",
        "refactor",
        "fix",
        "implement",
        "build",
        "design",
        "plot",
        "draw",
        "sketch",
        "solve",
        "simplify",
        "determine",
        "prove",
        "translate",
        "conjugate",
        "name",
        "give",
        "state",
        "identify",
        "classify",
        "predict",
        "estimate",
        "check",
        "verify",
        "test",
        "load",
        "fit",
        "complete",
        "modify",
        "add",
        "generate",
        "parse",
        "validate",
        "optimize",
        "optimise",
        "detect",
        "replace",
        "split",
        "join",
        "group",
        "filter",
        "aggregate",
        "normalize",
        "normalise",
        # Arabic `write` (with and without the hamza): `اكتب المعادلة …`, also a section's instruction
        # (`### اكتب المصطلح العلمي` over a drill), so no question on its own.
        "اكتب",
        "أكتب",
    ]
)
"""Command words that set an exercise (`Find the second highest salary.`, `Write a query that …`). Too
common in prose to make a heading or a line a question on their own: they count only among the items of a
list that already asks."""

# `For each customer, find …`, `Using a window function, rank …`: the command after a leading phrase.
_LEADING_PHRASE = re.compile(r"^[^,;:?]{1,60},\s+")


def starts_with_exercise(text: str) -> bool:
    """True when the text opens with a command word of exam questions or exercises (`Explain …`, `Find …`,
    `Write a query …`), possibly after a short leading phrase (`For each order, show …`)."""
    text = strip_dress(text)
    if starts_with_imperative(text) or _opens_with_exercise_verb(text):
        return True
    # A formula's commas (`Given $F = \{A \to B,\ B \to C\}$, compute …`) are no end of the phrase.
    lead = _LEADING_PHRASE.match(mask_code_and_math(text) if "$" in text or "`" in text else text)
    # After the phrase a command word may order in two words (`…, compute $A^+$.`): the phrase is the rest.
    return lead is not None and (_opens_with_exercise_verb(text[lead.end() :]) or starts_with_imperative(text[lead.end() :]))


def _opens_with_exercise_verb(text: str) -> bool:
    match = _WORD.search(text)
    return bool(
        match
        and match.start() < 3
        and match.group(0).lower() in EXERCISE_VERBS
        and text[match.end() : match.end() + 1] in (" ", "\t")
        and len(text.split()) >= 3
    )


# `What is the output of below code`, `How to reverse a list`, `Why use a virtual environment`: a title that
# opens with a question word asks even without its `?` (when something else, such as numbering, shows it
# is an entry of a Q&A).
_WH_OPENERS = frozenset(["what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose"])


def opens_with_question_word(text: str) -> bool:
    """True when a title opens with a wh-word (`What`, `How`, `Why` …) and goes on for at least two more
    words (`How it works` is a section name, `How to reverse a list` asks)."""
    text = strip_dress(text)
    match = _WORD.search(text)
    if not match or match.start() > 2 or match.group(0).lower() not in _WH_OPENERS:
        return False
    return len(text.split()) >= 4 or (len(text.split()) >= 3 and match.group(0).lower() != "how")


# ` — `, ` – `, ` - `, ` -- `, ` → `, ` -> ` right after a question's `?` (and the emphasis or strike-through
# that closes it: `~~What is X?~~ → …`): the answer follows on the same line.
_DASH_AFTER_QUESTION = re.compile(r"\?(?P<close>~~|\*\*|__|\*|_)?[ \t]+(?:[—–→]|-{1,2}>?|=>)[ \t]+(?=\S)")


def _inside_brackets(text: str, at: int) -> bool:
    """True when position AT of TEXT is inside a round or square bracket opened before it."""
    return text.count("(", 0, at) > text.count(")", 0, at) or text.count("[", 0, at) > text.count("]", 0, at)


def split_dash_answer(text: str) -> tuple[str, str] | None:
    """`What is X? — It is …`, `¿Qué fue …? – Ayuda …`, `~~Why X?~~ → Because …`: the question up to its first
    `?` (with the marks that close it) and the answer after the dash or arrow, or None when the text has no such dash, or what follows it asks again (`? — and why?`)."""
    visible = mask_code_and_math(text)
    at = visible.find("?")
    if at < 0:
        return None
    match = _DASH_AFTER_QUESTION.match(visible, at)
    if match is None or _inside_brackets(visible, at):
        return None  # no dash, or a `?` inside a bracket (`… Wand. (wohin? → Akk.)`) that ends no question
    answer = text[match.end() :].strip()
    if not answer or "?" in visible[match.end() :]:
        return None
    question = text[: match.end("close") if match.group("close") else at + 1].strip()
    if match.group("close") == "~~" and question.startswith("~~") and question.count("~~") == 2:
        question = question[2:-2].strip()  # struck through as done on a to-do list: the strike is no part of it
    return question, answer


# Question words that open a question in other languages: Russian, Ukrainian, Polish, Czech, Turkish,
# Indonesian, Hindi, Arabic (`Что такое …`, `Dlaczego …`, `Bagaimana …`, `क्या …`, `لماذا …`).
_OTHER_QUESTION_WORDS = frozenset(
    word
    for words in (
        "что как почему зачем когда какой какая какое какие каков чем где кто сколько чему каким",  # Russian
        "що як чому навіщо коли який яка яке які де хто скільки чим",  # Ukrainian
        "dlaczego kiedy gdzie który która które jaki jaka jakie czym czy ile",  # Polish
        "proč kdy kde který která které jaký jaká jaké čím kolik",  # Czech
        "neden nasıl hangi niçin niye",  # Turkish
        "apa apakah mengapa kenapa bagaimana kapan dimana siapa berapa",  # Indonesian
        "क्या क्यों कैसे कब कहाँ कहां कौन कौनसा कितना",  # Hindi
        "ما ماذا لماذا كيف متى أين هل",  # Arabic
    )
    for word in words.split()
)
# Words too short or too common to ask on their own: they ask only before a `?` (`Co to jest X?`,
# `Jak działa X?`, `Co je X?`, Hebrew `מה …?`).
# Greek question words ask only before the Greek question mark (`Πού βρίσκεται …;`): `που`, `πως`, `τι`
# also join clauses.
_OTHER_QUESTION_WORDS_WITH_MARK = frozenset(
    ["co", "jak", "τι", "ποιος", "ποια", "ποιο", "ποιοι", "ποιες", "ποιου", "ποιας", "ποιον", "πώς", "πως"]
    + ["γιατί", "πότε", "πού", "πόσο", "πόσα", "πόσοι", "πόσες"]
    # Hebrew (`מהו תפקידו של …?`, `מדוע …?`, `באיזה …?`): `מה`, `מי`, `איך` also open clauses.
    + ["מה", "מהו", "מהי", "מהם", "מהן", "מדוע", "למה", "איך", "כיצד", "מתי", "היכן", "איפה", "מי", "כמה", "האם"]
    + ["איזה", "איזו", "אילו", "באיזה", "באיזו"]
    # Croatian, Serbian and Bosnian (`Što se dogodi kod …?`, `Šta je …?`), Slovenian, Bulgarian and Latvian:
    # common words that also open statements, so they ask only before a `?`.
    + ["što", "šta", "kako", "zašto", "kada", "kad", "koji", "koja", "koje", "gdje", "gde", "koliko", "kakav", "kakva"]
    + ["kaj", "zakaj", "kdaj", "kje", "kateri", "katera", "katero"]
    + ["какво", "защо", "кога", "къде", "кой", "коя", "кое", "кои", "колко", "каква", "какъв"]
    + ["kas", "kā", "kāpēc", "kad", "kur", "kurš", "kura", "cik"]
)
# Chinese, Japanese and Korean ask anywhere in the sentence: `Go 中的 goroutine 是什么？`, `なぜ…か？`,
# `왜 …?`. Such a word counts when the text ends with `?` or `？`.
_EAST_ASIAN_ASKING = re.compile(r"什么|什麼|为什么|為什麼|如何|怎么|怎麼|怎样|怎樣|哪|吗|嗎|何|なぜ|どう|どの|どれ|무엇|뭐|왜|어떻게|언제|어디|누구|어느")
_OPENING_MARKS = "*_\"'«„“([¿¡"


def asks_in_other_script(text: str) -> bool:
    """True when a text opens with a question word of another language (`Что такое горутина?`, `Dlaczego
    …`, `क्या …`), or, in Chinese, Japanese or Korean, holds a question word and ends with `?`/`？`."""
    text = text.strip()
    if not text:
        return False
    asks = text.endswith(("?", "\uff1f", "\u061f")) or ends_with_greek_question_mark(text)
    if asks and _EAST_ASIAN_ASKING.search(text):
        return True
    first = text.split(maxsplit=1)[0].strip(_OPENING_MARKS).rstrip(",:?\uff1f;\u037e").casefold()
    if len(text.split()) < 2:
        return False
    return first in _OTHER_QUESTION_WORDS or (asks and first in _OTHER_QUESTION_WORDS_WITH_MARK)


DOTTED_Q = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)?Q(?:n|\d{1,3}[a-z]?)?\.(?(b)(?P=b))[ \t]+(?=\S)")
"""A dotted question label opening a line: `Q.`, `Q3.`, `Qn.`, `**Q.**` (the `dotted-pair` convention)."""
DOTTED_A = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)?A(?:ns|\d{1,3}[a-z]?)?\.(?(b)(?P=b))(?:[ \t]+|$)")
"""A dotted answer label opening a line: `A.`, `A3.`, `Ans.`, `**A.**`, alone on its line too."""


def opens_dotted_pair(text: str) -> bool:
    """True when a paragraph's text opens with a `Q.` line and a later line of it opens with `A.`: a
    question and its answer as revision notes label them (an answer above ends there)."""
    if not DOTTED_Q.match(text):
        return False
    return any(DOTTED_A.match(line) for line in text.split("\n")[1:])


# `Q1. …`, `Question 3: …`, `Q: …`, `Câu 5: …`, `질문 2) …`: a heading that opens with a question label asks,
# whatever its punctuation (`#### Q1. OSI 7계층에 대해 설명해주세요.`); the label must be followed by words.
_HEADING_QUESTION_LABEL = re.compile(
    r"^\s*(?:" + _ARABIC_Q_LETTER + r"|" + _QUESTION_LABEL_WORDS + r"\s*(?:[#№-]\s*)?(?:\d+[a-z]?\s*[:.)：．）]|[:：](?!:)))\s*(?=\S)", re.I
)
# Requests that close the sentence in Korean, Japanese and Sinhala (`설명해주세요`, `설명하시오`, `説明してください`,
# `ලියන්න` "write", `දෙන්න` "give", `සඳහන් කරන්න` "state"), or open it in Chinese and Vietnamese (`请解释`, `简述`,
# `Giải thích`, `Trình bày`), the way `Explain …` opens an English exam question; and the Sinhala question
# particle `ද` closing the sentence's last word (`… කුමක්ද`, "… what is it"), which asks without a `?`.
_REQUEST_ENDING = re.compile(
    r"(?:해\s?주세요|하시오|하세요|해\s?보세요|말해\s?주세요|서술하라|설명하라|てください|なさい|せよ|しなさい"
    r"|ලියන්න|දෙන්න|සඳහන්\s+කරන්න|පැහැදිලි\s+කරන්න|විස්තර\s+කරන්න|නම්\s+කරන්න|සසඳන්න|ගණනය\s+කරන්න"
    r"|(?<=[\u0d80-\u0dff\u200d])ද)[\s.。!！]*$"
)
_REQUEST_OPENING = re.compile(
    r"^\s*(?:(?:请|請|试|試)(?:说明|說明)|(?:请|請|试|試)?(?:解释|解釋|描述|简述|簡述|比较|比較|论述|論述|列举|列舉))\S{2}"
    r"|^\s*(?:giải thích|trình bày|nêu|hãy|so sánh|phân biệt|mô tả)\s",
    re.I,
)


def asks_by_label_or_request(text: str) -> bool:
    """True when a title opens with a question label and words (`Q1. …`, `Question 3: …`) or is a request
    in a language that does not open it with a command word (`… 설명해주세요.`, `請解釋 …`, `Giải thích …`)."""
    text = strip_dress(text.strip())
    if _HEADING_QUESTION_LABEL.match(text):
        rest = _HEADING_QUESTION_LABEL.sub("", text, count=1)
        return bool(_WORD.search(rest)) or bool(_CJK_WORD.search(rest))
    return bool(_REQUEST_ENDING.search(text) or _REQUEST_OPENING.match(text))


_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# `[8 marks]`, `(4 marks)`, `**[2 pts]**`: the weight of an exam question after its text.
_MARKS = re.compile(r"[ \t]*(?:\*\*|__)?[\[(]\d{1,3}[ \t]*(?:marks?|pts?|points?|punkte|puntos)[\])](?:\*\*|__)?[ \t]*$", re.I)


# `*(2 BE)*`, `_(4 Punkte)_`, `*(1 Punkt)*`, `(2 punten)`, `(3 VP)`, `*(màákì 4)*`: a marks note in italics, or in the units of German papers
# (Bewertungseinheiten, Verrechnungspunkte).
# The unit may also come first (`*(màákì 4)*`, Yoruba papers).
_MARK_UNITS = r"(?:BE|VP|Bewertungseinheiten|marks?|pts?|points?|punkt(?:en?)?|punt(?:en)?|puntos|màákì|maaki)"
_MORE_MARKS = re.compile(
    r"[ \t]*(?P<e>\*\*|__|\*|_)?[\[(（][ \t]*(?:\d{1,3}(?:[.,]5)?[ \t]*" + _MARK_UNITS + "|"
    + _MARK_UNITS + r":?[ \t]*\d{1,3}(?:[.,]5)?)[ \t]*[\])）](?(e)(?P=e))[ \t]*$",
    re.I,
)


def without_marks(question: str) -> str:
    """The question without the marks note at its end (`… lattice? **[3 marks]**` → `… lattice?`)."""
    return _MORE_MARKS.sub("", _MARKS.sub("", question)).strip()


# `… verbytrek. (2)`, `… (MAR). [2]`, `… ndi chiyani? **[1]**`: a paper's marks as a bare number in brackets
# (in bold or not) after the question's last sentence (a number right after a word, `f(2)`, `x[1]`, is no marks note).
_BARE_MARKS = re.compile(r"(?<=[.?!:)?？\"”»।])[ \t]+(?:\*\*|__)?(?:\(\d{1,2}\)|\[\d{1,2}\])(?:\*\*|__)?$")


def without_paper_marks(question: str) -> str:
    """The question of a numbered exam item without its marks note: `without_marks`, and a bare `(2)` or `[2]`
    after its last sentence."""
    return _BARE_MARKS.sub("", without_marks(question))


# `Answer key`, `Answers`, `Solutions`, `Lösungen`, `Respuestas`, `정답` …: a section title naming the key of a quiz.
KEY_TITLE = re.compile(
    r"^(?:answer\s+key|answer\s+sheet|answers?|solutions?|key|model\s+answers|"
    r"lösungen|lösung|antworten|respuestas|soluciones|solucionario|clave\s+de\s+respuestas|réponses|corrigé|"
    r"solutions|risposte|soluzioni|respostas|gabarito|soluções|antwoorden|oplossingen|ответы|решения|"
    r"відповіді|odpowiedzi|cevaplar|đáp\s+án|lời\s+giải|jawaban|kunci\s+jawaban|答案|参考答案|解答|答え|正解|"
    r"정답|해답|답안|жауаптары|жауаптар|javoblar|atsakymai|yanıtlar|"
    # Welsh, Basque, Hindi, Bengali, Kannada, Sinhala
    r"atebion|erantzunak|उत्तर\s*कुंजी|উত্তরমালা|ಉತ್ತರಗಳು|පිළිතුරු)(?!\w)",
    re.I,
)


# `Memorandum`, `Memo`, `Mark scheme`, `Marking guidelines`, `Nasienriglyne`, `Antwoorde`, `Erwartungshorizont` …:
# a section title naming the marker's answers to an exam paper (the memo at the end of a past paper).
MEMO_TITLE = re.compile(
    r"^(?:memo(?:randum|randa)?|mark(?:ing)?\s+(?:scheme|guidelines?|key)|marking\s+memo|nasienriglyne|"
    r"antwoorde|antwoordblad|memorandum\s+en\s+antwoorde|erwartungshorizont|musterl[öo]sung(?:en)?|"
    r"l[öo]sungsvorschl[äa]ge|corrig[ée]s?(?:\s+types?)?|bar[èe]me|pauta|pautas\s+de\s+correcci[óo]n|"
    r"soluzioni\s+commentate|modelantwoorden|correctiemodel|nakijkmodel|rettevejledning|rättningsmall|"
    r"评分标准|参考答案|答案解析|模範解答|채점\s*기준)\b",
    re.I,
)


# `Lösungsvorschlag:`, `**Musterlösung:**`, `Solution:`, `Suggested answer:`, `Uitwerking:`, `Solución:` …: the label
# of a worked solution under an exam task (the answer labels of `ANSWER_LABEL` aside).
_SOLUTION_LABEL_WORDS = (
    r"(?:l[öo]sungs(?:vorschlag|skizze|hinweise?|weg)|musterl[öo]sung|l[öo]sung|"
    r"erwartungshorizont|suggested\s+(?:answer|solution)|model\s+(?:answer|solution)|sample\s+(?:answer|solution)|"
    r"solution|worked\s+solution|uitwerking|oplossing|modelantwoord|soluci[óo]n|soluzione|solu[çc][ãa]o|corrig[ée]|"
    r"решение|rozwiązanie|řešení|megoldás|ratkaisu|l[öø]sning|çözüm)"
)
SOLUTION_LABEL_WORDS = _SOLUTION_LABEL_WORDS
"""The words that label a worked solution (`Solution`, `Lösung`, `Solución`, `Решение` …), as a regex group."""
SOLUTION_LABEL = re.compile(
    r"^[ \t]*(?:(?P<b>\*\*|__)[ \t]*" + _SOLUTION_LABEL_WORDS + r"[ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])"
    r"|" + _SOLUTION_LABEL_WORDS + r"[ \t]*[:：])[ \t]*",
    re.I,
)
"""A worked solution's label opening a paragraph: `Lösungsvorschlag:`, `**Musterlösung:**`, `Solution:`."""


# The names of the field that asks in a record of fields, beside the question labels: what an interviewer
# asked (`Asked`, `They asked`, `Gefragt`, `Preguntaron`, `Demandé`, `Спросили`), the problem a knowledge-base
# article or a ticket solves (`Issue`, `Problem`, `Symptom`, `Problème`, `Síntoma`, `Symptom`, `Проблема`).
_ASKING_FIELD_WORDS = (
    r"(?:(?:they|interviewer|what\s+they)[ \t]+asked|asked|gefragt|preguntaron|preguntado|pregunta[ \t]+hecha|demand[ée]e?|"
    r"спросили|issue|problem|problems|symptoms?|problème|problema|síntomas?|sympt[ôo]mes?|проблема|симптомы?)"
)
ASKING_FIELD_WORDS = _ASKING_FIELD_WORDS
"""The names of a record's asking field other than the question labels (`Asked`, `Issue`, `Problem`, `Symptom` …)."""
# The names of the field that answers in such a record, beside the answer and solution labels: the answer
# worked out or expected (`Better answer`, `Ideal answer`, `Expected answer`, `Bessere Antwort`, `Mejor
# respuesta`, `Meilleure réponse`, `Лучший ответ`), or what solved the problem (`Resolution`, `Fix`,
# `Workaround`, `Behebung`, `Résolution`, `Resolución`, `Решение` is a solution label already).
_ANSWER_FIELD_WORDS = (
    r"(?:(?:better|best|ideal|expected|improved|correct|right|good|strong)[ \t]+answer|bessere[ \t]+antwort|erwartete[ \t]+antwort|"
    r"mejor[ \t]+respuesta|respuesta[ \t]+(?:esperada|ideal)|meilleure[ \t]+r[ée]ponse|r[ée]ponse[ \t]+attendue|"
    r"лучший[ \t]+ответ|resolution|fix|workaround|behebung|r[ée]solution|resoluci[óo]n|soluci[óo]n[ \t]+alternativa)"
)
ANSWER_FIELD_WORDS = _ANSWER_FIELD_WORDS
"""The names of a record's answering field other than the answer and solution labels (`Better answer`,
`Expected answer`, `Resolution`, `Fix` …)."""
_ASKING_FIELD = re.compile(r"^\W*(?:" + _QUESTION_LABEL_WORDS + "|" + _ASKING_FIELD_WORDS + r")\W*$", re.I)
_ANSWER_FIELD = re.compile(r"^\W*(?:" + _ANSWER_WORDS + "|" + _SOLUTION_LABEL_WORDS + "|" + _ANSWER_FIELD_WORDS + r")\W*$", re.I)


def is_asking_field(name: str) -> bool:
    """True when a field's name (a sub-heading's title, a bold label) says the field holds what is asked:
    `Question`, `Frage`, `Asked`, `Issue`, `Problem`, `Symptom` …"""
    return len(name) <= 40 and _ASKING_FIELD.match(name) is not None


def is_answer_field(name: str) -> bool:
    """True when a field's name says the field holds the answer: `Answer`, `Solution`, `Lösung`, `Better
    answer`, `Model answer`, `Resolution`, `Fix` …"""
    return len(name) <= 40 and _ANSWER_FIELD.match(name) is not None


# `*Markscheme*`, `**Mark scheme:**`, `**Sample answer**`, `*Model answer* —`: an emphasised label over what the
# examiners accept for a past-paper item, a dash after it allowed (`*Markscheme* — TODO`).
_SCHEME_LABEL_WORDS = (
    r"(?:mark[ \t]?scheme|marking[ \t]+(?:scheme|guide|guidelines?|criteria|notes?)|(?:sample|model|suggested|specimen)[ \t]+answers?"
    r"|examiner(?:['’]?s)?[ \t]+answer)"
)
SCHEME_LABEL = re.compile(
    r"^[ \t]*(?P<m>\*\*|__|\*|_)[ \t]*" + _SCHEME_LABEL_WORDS + r"[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?(?:[ \t]*[—–](?=[ \t]|$))?[ \t]*",
    re.I,
)
"""An emphasised mark-scheme label opening a line (`*Markscheme*`, `**Sample answer**`, `**Marking guidelines:**`)."""
CRITERIA_LABEL = re.compile(r"^[ \t]*(?:\*\*|__|\*|_)[ \t]*marking[ \t]+(?:guide|guidelines?|criteria)\b", re.I)
"""The labels of SCHEME_LABEL that head marking criteria (what earns each mark), not an answer: the answer is
the sample answer beside them when there is one."""


# A table cell that is only a question label or only an answer label (`**Q**`, `Question`, `Frage:`, `__A__`,
# `Ответ`): the first column of a table whose rows alternate a question and its answer.
_LABEL_CELL_TAIL = r"[ \t]*\d{0,3}[ \t]*[:.：]?[ \t]*(?P=b)[ \t]*[:：]?[ \t]*$"
_QUESTION_LABEL_CELL = re.compile(r"^[ \t]*(?P<b>\*\*|__|)" + _QUESTION_LABEL_WORDS + _LABEL_CELL_TAIL, re.I)
_ANSWER_LABEL_CELL = re.compile(r"^[ \t]*(?P<b>\*\*|__|)(?:" + _ANSWER_WORDS + r"|a|r)" + _LABEL_CELL_TAIL, re.I)
QUESTION_LABEL_OPENING_ROW = r"^[ \t]*\|[ \t]*(?:\*\*|__)?" + _QUESTION_LABEL_WORDS + r"[ \t\d:.：*_]*\|"
"""A table row whose first cell is a question label (a cheap precheck for the rules that read such rows)."""
ANSWER_LABEL_OPENING_ROW = r"^[ \t]*\|[ \t]*(?:\*\*|__)?(?:" + _ANSWER_WORDS + r"|a)[ \t\d:.：*_]*\|"
"""A table row whose first cell is an answer label (a cheap precheck for the rules that read such rows)."""


def is_question_label_cell(text: str) -> bool:
    """True when a table cell holds only a question label: `**Q**`, `Question`, `Frage 2:`."""
    return _QUESTION_LABEL_CELL.match(text) is not None


def is_answer_label_cell(text: str) -> bool:
    """True when a table cell holds only an answer label: `**A**`, `Answer`, `Antwort:`."""
    return _ANSWER_LABEL_CELL.match(text) is not None


# `**2019 AMC 10A #7**`, `**Putnam 2010 B1**`, `__HSC 2018 Q14__`: a bold line naming the paper or contest a
# problem comes from (a year in it), alone on the first line of the question's paragraph.
_SOURCE_LABEL_LINE = re.compile(r"^[ \t]*(?P<b>\*\*|__)(?P<label>(?:(?!\*\*|__)[^\n]){3,60})(?P=b)[ \t]*\n(?=[ \t]*\S)")
_SOURCE_LABEL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SOURCE_LABEL_MAX_WORDS = 8


def without_source_label_line(question: str) -> str:
    """QUESTION without a first line that only names, in bold, the paper or contest it comes from
    (`**2019 AMC 10A #7**` above the problem): it is about the question, no part of what is asked. A
    label with no year, or one that asks, is kept."""
    if not question.lstrip(" \t").startswith(("**", "__")):
        return question
    match = _SOURCE_LABEL_LINE.match(question)
    if match is None:
        return question
    label = match.group("label").strip()
    if len(label.split()) > _SOURCE_LABEL_MAX_WORDS or label.endswith(("?", "？", ":")) or not _SOURCE_LABEL_YEAR.search(label):
        return question
    return question[match.end() :].strip()


# `This problem was asked by Google.`, `This question was recently asked at Stripe.`, `Asked by: Uber`, `Cette
# question a été posée par Google.`, `Esta pregunta fue hecha por Amazon.`: a paragraph saying only who asked.
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:(?:this|the)\s+(?:problem|question|puzzle)\s+was\s+(?:recently\s+|originally\s+)?asked\s+(?:by|at|in)"
    r"|asked\s+(?:by|at)\s*:?|(?:cette|la)\s+question\s+a\s+été\s+posée\s+(?:par|chez)"
    r"|est[ae]\s+(?:pregunta|problema)\s+(?:fue|ha\s+sido)\s+(?:hech[oa]|pregunt[oa]d[oa]|planteado)\s+(?:por|en))"
    r"[ \t]+(?P<who>[^\n.?!]{1,40}?)[ \t]*\.?[ \t]*\n\n(?=[ \t]*\S)",
    re.I,
)


def without_attribution(question: str) -> tuple[str, str]:
    """(QUESTION without a first paragraph that only says who asked it, who asked): `This problem was asked
    by Google.` over the statement is about the question, no part of what is asked. ("", …) never: a
    question that is only the attribution is left whole, with no name."""
    match = _ATTRIBUTION.match(question)
    if match is None:
        return question, ""
    return question[match.end() :].strip(), match.group("who").strip()


# A checklist's steps: an arrow after the `?` points to the next step (`? → 804 exceptions.`, `If not → stop.`).
_STEP_ARROW = re.compile(r"→|⟶|➔|➜|⇒|->|=>")
_ASIDE_ONLY = re.compile(r"^[(（][^()（）]*[)）][.。]?$")
_STEPS_MIN = 3


def is_decision_checklist(lines: Sequence[str]) -> bool:
    """True for the one-line items of a checklist of questions to work through, as an attack plan or a
    diagnostic pathway writes them (`1. Is there a statement?`, `2. Is it offered for its truth? If not →
    not hearsay, stop.`, `3. Does an exception apply?`, `5. Is the declarant unavailable? → 804.`): every
    item asks, whatever follows a `?` is where an arrow leads (the next step, not an answer), and half of
    the items or more ask with nothing after them but an aside in brackets. Its steps are no cards."""
    if len(lines) < _STEPS_MIN:
        return False
    bare = led = 0
    for line in lines:
        visible = mask_code_and_math(line)
        at = visible.find("?")
        if at < 0:
            return False
        rest = visible[at + 1 :].strip(" \t*_")
        if not rest or _ASIDE_ONLY.match(rest):
            bare += 1
        elif _STEP_ARROW.search(rest):
            led += 1
        else:
            return False
    return led > 0 and 2 * bare >= len(lines)


# --- questions other rules read, counted for the heading rule (which weighs them before those rules run) ---

# `3. … ?` (or `- … ?`) over an indented paragraph or nested bullet opening in italics: a question answered so.
ASKS_OVER_ITALICS = lazy_pattern(
    r"^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t].*[?？؟][ \t]*\n(?:[ \t]*\n)*[ \t]{2,}(?:[-*+][ \t]+)?[*_](?![*_])", re.M
)


# `6. State the laws …` over an indented paragraph or nested bullet opening in italics (a picture allowed
# before it).
_ITEM_OVER_ITALICS = lazy_pattern(
    r"^[ \t]{0,3}\d{1,3}[.)][ \t]+[^*_\s].*\n(?:[ \t]*\n)*(?:[ \t]{2,}!\[.*\n(?:[ \t]*\n)*)?[ \t]{2,}(?:[-*+][ \t]+)?[*_](?![*_])", re.M
)


# The end of an `ASKS_OVER_ITALICS` match: a line break, then an indented line (a nested bullet allowed) opening
# with one emphasis mark. Its line break is a literal the regex engine skips to; few notes indent italics.
_INDENTED_ITALICS = re.compile(r"\n[ \t]{2,}(?:[-*+][ \t]+)?[*_](?![*_])")


def _may_ask_over_italics(text: str) -> bool:
    """False only when no line of TEXT is indented two columns and opens (past a bullet) in italics, which
    every `ASKS_OVER_ITALICS` match ends with."""
    return _INDENTED_ITALICS.search(text) is not None


def italic_answered_items(doc: Document) -> int:
    """How many numbered items hold their answer in italics under them, where the document asks so with a
    question mark (0 elsewhere): questions the numbered rule reads whatever their wording, which the heading rule,
    running before it, weighs against the headings that ask."""
    text = doc.source.text
    if "*" not in text and "_" not in text or not _may_ask_over_italics(text) or not search_lines(ASKS_OVER_ITALICS, text):
        return 0
    return sum(1 for _ in _ITEM_OVER_ITALICS.finditer(text))


# `_4. Derive the efficiency of Stop-and-Wait ARQ._`: an italic line opening with its item number, a past
# paper's question whatever its wording (an imperative ends with `.`), where two such lines at least ask.
NUMBERED_ITALIC = re.compile(r"^\s*(?P<mark>[*_])\d{1,3}[.)][ \t]+(?P<inner>[^*_\n]+?)(?P=mark)\s*$")
_NUMBERED_ITALIC_ASKING = re.compile(r"^[ \t]*([*_])\d{1,3}[.)][ \t]+[^*_\n]+?[?？]\1[ \t]*$", re.M)
_NUMBERED_ITALIC_LINE = re.compile(r"^[ \t]*([*_])\d{1,3}[.)][ \t]+[^*_\n]+?\1[ \t]*$", re.M)
_NUMBERED_ITALIC_ASKS = "numbered-italic-asks"


def numbered_italic_count(doc: Document) -> int:
    """How many italic numbered question lines the bold-question rule will read (0 where it reads none), which the heading
    rule, running before it, weighs against the headings that ask."""
    if not numbered_italic_asks(doc):
        return 0
    return len(_NUMBERED_ITALIC_LINE.findall(doc.source.text))


def opens_numbered_italic(doc: Document, index: int) -> bool:
    """True when block INDEX is a paragraph opening with an italic numbered question line the bold-question rule reads."""
    block = doc.blocks[index]
    return block.kind == "paragraph" and NUMBERED_ITALIC.match(doc.lines[block.first]) is not None and numbered_italic_asks(doc)


def numbered_italic_asks(doc: Document) -> bool:
    """True when two italic numbered lines or more end with a question mark (found once per document)."""
    known = doc.derived.get(_NUMBERED_ITALIC_ASKS)
    if known is None:
        known = doc.derived[_NUMBERED_ITALIC_ASKS] = len(_NUMBERED_ITALIC_ASKING.findall(doc.source.text)) >= 2
    return bool(known)


# Pronouns that address the room (`anyone`, `someone`, `nobody`) in several languages.
_ROOM_WORDS = frozenset(
    word
    for words in (
        "anyone anybody someone somebody nobody everyone",  # English
        "netko itko nitko neko iko niko",  # Croatian, Serbian, Bosnian
        "jemand niemand",  # German
        "alguien nadie alguém ninguém qualcuno nessuno iemand",  # Spanish, Portuguese, Italian, Dutch
        "ktoś nikt někdo nikdo nekdo nihče",  # Polish, Czech, Slovenian
        "кто-нибудь кто-то никто хто-небудь хтось ніхто",  # Russian, Ukrainian
    )
    for word in words.split()
)
# Words that ask about something: a question holding one asks about the subject, whoever it is put to.
_TOPIC_QUESTION_WORDS = frozenset(
    word
    for words in (
        "what what's whats why how when where which who whose whom",  # English
        "što šta zašto kako kada gdje gde koji koja koje koliko kakav kakva",  # Croatian, Serbian, Bosnian
        "was warum wie wann wo welche welcher welches wieso weshalb",  # German
        "qué cómo cuál cuáles cuándo dónde pourquoi comment quel quelle quels quelles quoi",  # Spanish, French
        "perché come quale quando dove cosa wat waarom hoe welke wanneer waar",  # Italian, Dutch
        "co jak dlaczego kiedy gdzie który która jaki jaka proč kdy kde jaký",  # Polish, Czech
        "что как почему зачем когда какой какая где сколько що як чому коли який яка де скільки",  # Russian, Ukrainian
    )
    for word in words.split()
)
_ROOM_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def to_the_room(text: str) -> bool:
    """True for a question put to whoever is there that asks about nothing (`anyone here?`)."""
    words = {word.casefold() for word in _ROOM_WORD.findall(text)}
    return not words.isdisjoint(_ROOM_WORDS) and words.isdisjoint(_TOPIC_QUESTION_WORDS)


def opens_with_a_question_word(text: str) -> bool:
    """True when a title opens with a word that asks about something, in one of several languages (`what`,
    `wie`, `qué`, `почему`: `_TOPIC_QUESTION_WORDS`), or with it after a short preposition (`por qué`, `in
    which`), and goes on for four words at least: a question typed without its end mark (`wie funktioniert
    eine Wärmepumpe`), where `How it works` names a section."""
    words = _ROOM_WORD.findall(strip_dress(text)[:120])
    if len(words) < 4:
        return False
    first = words[0].casefold()
    return first in _TOPIC_QUESTION_WORDS or (len(first) <= 4 and words[1].casefold() in _TOPIC_QUESTION_WORDS)
