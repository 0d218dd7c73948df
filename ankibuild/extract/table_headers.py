"""The words that name a table's question and answer columns, shared by the rules that read tables (GFM
question tables, HTML tables): `Question | Answer`, `Q | A`, `Front | Back`, `Frage | Antwort` …, and how a
header cell is read as a column name (`header_word`) and matched against them (`names_question`,
`names_answer`)."""

from __future__ import annotations

import re
import unicodedata

from .document import lazy_pattern, word_set

QUESTION_HEADERS = word_set(
    "question|questions|q|query|queries|prompt|prompts|ques|clue|clues|"
    "frage|fragen|pregunta|preguntas|domanda|domande|pergunta|perguntas|questão|questões|vraag|vragen|"
    "вопрос|вопросы|питання|pytanie|pytania|otázka|otázky|soru|sorular|câu hỏi|pertanyaan|soal|प्रश्न|"
    "سؤال|السؤال|أسئلة|الأسئلة|问题|問題|题目|題目|提问|问|問|質問|問い|질문|문제|"
    # Indic scripts (Bengali, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Tamil, Sinhala), Welsh, Basque
    "প্রশ্ন|ప్రశ్న|ಪ್ರಶ್ನೆ|ಪ್ರಶ್ನೆಗಳು|ചോദ്യം|પ્રશ્ન|ਪ੍ਰਸ਼ਨ|வினா|கேள்வி|ප්‍රශ්නය|ප්‍රශ්න|cwestiwn|cwestiynau|galdera|galderak|"
    # Tajik and Uzbek
    "савол|саволҳо|savol|savollar"
)
# The words of the column that answers; the first group names an answer outright and wins over the
# second (`Answer | Explanation`: the answer is the front's reply, the explanation an addition).
ANSWER_HEADERS = word_set(
    "answer|answers|a|ans|reply|antwort|antworten|respuesta|respuestas|réponse|réponses|risposta|risposte|"
    "resposta|respostas|antwoord|antwoorden|ответ|ответы|відповідь|відповіді|одповідь|одповідї|odpowiedź|odpowiedzi|odpověď|"
    "odpovědi|cevap|cevaplar|yanıt|trả lời|đáp án|jawaban|उत्तर|جواب|الجواب|إجابة|الإجابة|答案|回答|答え|"
    "解答|答|답|답변|정답|"
    "উত্তর|జవాబు|సమాధానం|ಉತ್ತರ|ഉത്തരം|જવાબ|ઉત્તર|ਉੱਤਰ|ਜਵਾਬ|விடை|பதில்|පිළිතුර|ateb|atebion|erantzuna|erantzunak|"
    "ҷавоб|ҷавобҳо|javob|javoblar"
)
SECOND_ANSWER_HEADERS = word_set(
    "response|responses|solution|solutions|explanation|explanations|lösung|erklärung|solución|explicación|"
    "explication|soluzione|spiegazione|solução|explicação|решение|объяснение|解析|解释|解釋|解説|해설"
)
# The two sides of a flashcard, as people who write for Anki head their tables; only as the whole header
# (`Front-end | Back-end` compares two things).
FRONT_HEADERS = word_set("front|front side|card front|recto|vorderseite|anverso")
BACK_HEADERS = word_set("back|back side|card back|verso|rückseite|reverso")
# A header is at most this many words when a question or answer word inside it names its column
# (`Interview question`, `Short answer`); a longer header is a sentence that happens to hold the word.
_MAX_HEADER_WORDS = 3
# Beside a question or answer word, these name a property of it (`Question type`, `Answer length`).
_PROPERTY_WORDS = word_set(
    "type|types|kind|format|formats|count|number|no|id|level|category|topic|source|link|url|status|date|"
    "author|length|time|difficulty|tag|tags|style|score|points|marks|weight|typ|tipo|formato|art|вид|тип"
)
_CJK = lazy_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def holds_word(name: str, words: frozenset[str]) -> bool:
    """A short header naming its column with one of the words (`Interview question`, `Short answer`,
    `面试问题`); one-letter words (`Q`, `A`) count only alone (`Plan A` is a name), and a word beside a
    property of questions (`Question type`, `Answer format`) names that property, not the column."""
    parts = name.split()
    if any(p in _PROPERTY_WORDS for p in parts):
        return False
    if 1 < len(parts) <= _MAX_HEADER_WORDS and any(len(p) > 1 and p in words for p in parts):
        return True
    if 1 < len(parts) <= _MAX_HEADER_WORDS:
        joined = " ".join(parts)
        return any(" " in w and w in joined for w in words)  # `câu hỏi`, `trả lời` are two words
    if _CJK.search(name) and len(name) <= 8:
        return any(len(w) > 1 and _CJK.search(w) and w in name for w in words)
    return False


def header_word(text: str) -> str:
    """A header as a column name: lower case, no parentheses (`Question (EN)`), no punctuation."""
    text = unicodedata.normalize("NFKC", re.sub(r"\([^)]*\)|（[^）]*）", " ", text)).casefold()
    return " ".join("".join(c if _in_word(c) else " " for c in text).split())


# Vowel signs and viramas (`ಪ್ರಶ್ನೆ`, `प्रश्न`) and the joiners of Sinhala conjuncts (`ප්‍රශ්නය`) are part of
# a word, though not alphanumeric.
_WORD_MARKS = frozenset(["Mn", "Mc", "Cf"])


def _in_word(c: str) -> bool:
    return c.isalnum() or c.isspace() or c in "_°№" or unicodedata.category(c) in _WORD_MARKS


def names_question(name: str) -> bool:
    """A column name (`header_word`) that names the question column (`Question`, `Q`, `Front`, `Interview
    question`)."""
    return name in QUESTION_HEADERS or name in FRONT_HEADERS or holds_word(name, QUESTION_HEADERS)


def names_answer(name: str) -> bool:
    """A column name (`header_word`) that names the answer column (`Answer`, `A`, `Back`, `Solution`,
    `Short answer`)."""
    return (
        name in ANSWER_HEADERS
        or name in SECOND_ANSWER_HEADERS
        or name in BACK_HEADERS
        or holds_word(name, ANSWER_HEADERS | SECOND_ANSWER_HEADERS)
    )
