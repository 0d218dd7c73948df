"""Vocabulary as language learners write it, one card per word, the word on the front:

    | Deutsch | Englisch | Beispiel |          | Word | Meaning |          * la cocina = the kitchen
    |---------|----------|----------|          |------|---------|          * el horno = the oven
    | der Hund | dog | Der Hund bellt. |       | 猫   | cat     |          * la nevera = ??? (ask)

A word/translation table: a header whose first cell names a language or the word (`German`, `Deutsch`,
`Español`, `Word`, `Wort`, `Palabra`, `単語` …) and whose second names another language or the meaning
(`English`, `Englisch`, `Meaning`, `Translation`, `Bedeutung`, `Traducción`, `means` …). The first column is
the word, the second its translation; further columns (an example, `NOT`) join the back under their header.
A list whose every item (two or more) reads `word = meaning`, both sides words rather than numbers, code
or math. A word with an empty translation, `-`, or only `???` (a note after it allowed) is reported
unanswered.

Runs after the qa-table and glossary rules (question tables, `| Term | Definition |` tables and
`- term: definition` lists are theirs) and before the topic rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Block, Document, free_blocks, has_free_blocks, lazy_pattern, plain_text, table_cells
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "vocabulary"


def _word_set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_LANGUAGES = _word_set(
    "english englisch anglais inglés ingles inglese inglês engels английский 英語 英语 영어 "
    "german deutsch allemand alemán aleman tedesco alemão duits немецкий ドイツ語 德语 독일어 "
    "french französisch français francais francés frances francese francês frans французский フランス語 法语 "
    "spanish spanisch espagnol español espanol spagnolo espanhol spaans испанский スペイン語 西班牙语 "
    "italian italienisch italien italiano italiaans итальянский イタリア語 意大利语 "
    "portuguese portugiesisch portugais portugués português portoghese portugees португальский "
    "dutch niederländisch néerlandais neerlandés nederlands olandese holandês "
    "russian russisch russe ruso russo русский ロシア語 俄语 "
    "japanese japanisch japonais japonés giapponese japonês 日本語 日语 일본어 "
    "chinese chinesisch chinois chino cinese chinês 中文 汉语 中国語 중국어 mandarin "
    "korean koreanisch coréen coreano 한국어 韓国語 韩语 "
    "polish polnisch polonais polaco polacco polski "
    "swedish schwedisch suédois sueco svenska norwegian norsk danish dansk finnish suomi "
    "turkish türkisch turc turco türkçe greek griechisch grec griego greco ελληνικά "
    "latin latein latín latino arabic arabisch arabe árabe العربية hebrew hebräisch עברית "
    "hindi हिन्दी ukrainian українська czech čeština vietnamese tiếng indonesian catalan català"
)
_WORD_HEADERS = _word_set(
    "word words term vocab vocabulary phrase expression wort wörter ausdruck palabra palabras término mot mots "
    "terme parola parole termine palavra palavras termo woord woorden слово слова 単語 語彙 词 词语 단어 kanji hanzi "
    "kata kosakata kelime sözcük từ słowo słówko slovo ord λέξη كلمة"
)
_MEANING_HEADERS = _word_set(
    "meaning meanings means translation translations bedeutung bedeutet übersetzung traducción traduccion "
    "significado significa traduction signification sens signifie significato traduzione tradução betekenis "
    "vertaling значение перевод 意味 意思 翻译 翻訳 뜻 번역 gloss "
    "arti terjemahan maksud anlam anlamı çeviri nghĩa dịch znaczenie tłumaczenie význam překlad betydelse "
    "översättning σημασία μετάφραση معنى ترجمة"
)
# More languages a header may name (`| Esperanto | English |`, `| Kiswahili | English |`).
_LANGUAGES |= _word_set(
    "esperanto romanian română rumänisch roumain hungarian magyar ungarisch bulgarian български serbian srpski "
    "croatian hrvatski slovak slovenčina slovenian slovenščina lithuanian lietuvių latvian latviešu estonian eesti "
    "icelandic íslenska irish gaeilge welsh cymraeg basque euskara galician galego swahili kiswahili persian farsi "
    "فارسی urdu اردو bengali বাংলা tamil தமிழ் thai ไทย malay melayu tagalog filipino"
)
_EQUALS_ITEM = lazy_pattern(r"^(?P<term>[^=`$|]{1,80}?)[ \t]+=[ \t]+(?P<rest>[^=`$|]*(?:\(=[^)]*\)[^=`$|]*)*)$")
_LETTERS = lazy_pattern(r"[^\W\d_]{2,}")
# A word of one letter outside the Latin script: a kanji or hanzi is a word (`猫`, `彼`).
_LONE_LETTER = lazy_pattern(r"[^\W\d_a-zA-Z]")
_QUERIED = lazy_pattern(r"^\s*(?:\?{2,}|-|–|—)?\s*(?:\([^()]*\)|\[[^\]]*\])?\s*[.!]?\s*$")
_MAX_ITEM_LINES = 3


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from word/translation tables and `word = meaning` lists in free top-level blocks."""
    if not has_free_blocks(doc, taken, ("table", "bullet_list")):
        return RuleResult()  # it reads free tables and lists only: late in the chain most documents have none
    text = doc.source.text
    tables, lists = "|" in text, " = " in text
    if not tables and not lists:
        return RuleResult()  # neither mark: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in free_blocks(doc, taken):
        block = doc.blocks[index]
        if block.kind == "table" and tables:
            entries = _table_entries(doc, block)
        elif block.kind == "bullet_list" and lists:
            entries = _list_entries(doc, block)
        else:
            continue
        if not entries:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        if block.kind == "table":
            claims.update(claim(block.first, block.first + 2, "card"))  # the header and its delimiter row
        for line, end, term, meaning in entries:
            if _QUERIED.match(meaning):
                diagnostics.append(unanswered(doc.loc(line), term, "no answer" if not meaning.strip() else "placeholder"))
                claims.update(claim(line, end, "unanswered"))
            else:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, term, meaning, context, tags))
                claims.update(claim(line, end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _header_word(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", re.sub(r"\([^)]*\)", " ", text)).casefold().split())


def _names_word(header: str) -> bool:
    return header in _LANGUAGES or header in _WORD_HEADERS


def _names_meaning(header: str) -> bool:
    return header in _LANGUAGES or header in _MEANING_HEADERS


def _table_entries(doc: Document, block: Block) -> list[tuple[int, int, str, str]]:
    """(line, end, word, back) per row of a word/translation table, else []."""
    header, rows = table_cells(doc, block)
    if len(header) < 2 or not rows:
        return []
    names = [_header_word(plain_text(cell)) for cell in header]
    if not _names_word(names[0]):
        return []
    if _names_meaning(names[1]) and names[0] != names[1]:
        column = 1
    else:
        # `| Kanji | On | Kun | Meaning |`: the readings between the word and the meaning column the header
        # names, which is the back whatever its place.
        later = [k for k in range(2, len(names)) if names[k] in _MEANING_HEADERS]
        if len(later) != 1:
            return []
        column = later[0]
    if any(len(cells) != len(header) for _, cells in rows):
        return []
    words = [cells[0].content.strip() for _, cells in rows]
    if not all(words) or not all(_LETTERS.search(w) or _LONE_LETTER.search(w) for w in words):
        return []
    entries = []
    for n, (line, cells) in enumerate(rows):
        end = rows[n + 1][0] if n + 1 < len(rows) else block.last
        meaning = cells[column].content.strip()
        extra = [
            f"**{plain_text(header[k]).strip()}:** {cells[k].content.strip()}"
            for k in range(1, len(header))
            if k != column and cells[k].content.strip()
        ]
        back = "\n\n".join([meaning, *extra]) if meaning and not _QUERIED.match(meaning) else meaning
        entries.append((line, end, words[n], back))
    return entries


def _items(doc: Document, block: Block) -> Iterator[tuple[int, int]]:
    """The line range of each item of a top-level list."""
    depth = 0
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and depth == 1 and token.map:
            yield token.map[0], token.map[1]
        depth += token.nesting


_MARKER = lazy_pattern(r"^[ \t]*[-*+][ \t]+")


def _list_entries(doc: Document, block: Block) -> list[tuple[int, int, str, str]]:
    """(line, end, word, meaning) per item of a list whose every item (two or more) reads `word = meaning`."""
    entries = []
    for first, last in _items(doc, block):
        lines = [line for line in doc.lines[first:last] if line.strip()]
        if not lines or len(lines) > _MAX_ITEM_LINES:
            return []
        found = _equals_item(_MARKER.sub("", lines[0]).strip())
        if found is None:
            return []
        term, rest = found.group("term").strip(), found.group("rest").strip()
        if not _LETTERS.search(term) or not (_LETTERS.search(rest) or _QUERIED.match(rest)):
            return []
        meaning = "\n".join([rest, *(line.strip() for line in lines[1:])]).strip()
        entries.append((first, last, term, meaning))
    return entries if len(entries) >= 2 and sum(1 for *_, meaning in entries if meaning) >= 2 else []


# `**ĝardeno** =`, `la mesa =`: a word whose meaning is still to write, in a list of `word = meaning`.
_BARE_EQUALS_ITEM = lazy_pattern(r"^(?P<term>[^=`$|]{1,80}?)[ \t]+=(?P<rest>)$")


def _equals_item(text: str) -> re.Match[str] | None:
    """The `word = meaning` item TEXT, or a word with nothing after its `=`."""
    return _EQUALS_ITEM.match(text) or _BARE_EQUALS_ITEM.match(text)
