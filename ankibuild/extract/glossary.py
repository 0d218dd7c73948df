"""Term / definition glossaries: one card per defined term, the term on the front, its definition on the back.

Five shapes count. All are decided from the Markdown's structure (header words, the shape of the rows,
the titles of the enclosing sections), never from the subject matter.

**Tables.** A GFM table is a glossary when it has exactly two columns, its rows are shaped like terms and
definitions, and its headers or its place say so:

- its rows name terms: every term cell at most 80 characters, with a letter in it (not a row number), and
  at least three quarters of them at most 10 words or written as code (`` `find . -name "*.log"` ``, a bare
  command with flags or paths such as `tar -czvf out.tar.gz dir/`): the share of rows decides, not the
  longest cell; a row whose term cell is blank continues the previous row's definition;
- the second header is a definition word (`Definition`, `Meaning`, `Explanation`, `Stands for`,
  `Expansion` …): nothing more is asked; or
- the second header is a description word (`Description`, `Summary`, blank) and the first is a term word
  (`Term`, `Word`, `Concept`, `Notation`, `Symbol`, `Acronym`, `Keyword`, `Name` …); or
- the table sits in a section whose title, or an enclosing section's title, names a glossary (glossary,
  terminology, terms, definitions, notation, vocabulary, acronyms, abbreviations, jargon, lexicon) and one
  of its headers is a term or description word, or both are blank.

In the last two cases, which rest on weaker words, the definitions must also read as explanatory text: on
average at least as long as the terms, and made of words rather than numbers or tick marks. So
`Framework | Strengths`, `Test | Use Case`, `Metric | Value` and every table of three or more columns are
left to the other rules: they compare things or list their properties rather than define words.

One more table shape is a glossary: a *keyed reference table* (`| Port | Protocol | Description |`,
`| Command | Description |`, `| Code | Meaning |`), at least three rows, one column headed by a description
word (`Description`, `Definition`, `Meaning`, `Explanation`, `Purpose` …) whose cells are worded, and every
other column naming its row with a value unique to it, short (three words, 30 characters) or code in at least
three quarters of its rows. The term is the first naming column made of
words or written as code (`SSH`, `` `:w` ``), never a number or code (`22`, `E11`): those are keys, added to
the back (`**Port:** 22`); when only keys name the rows, the first key with its header is the term (`Code
404`), unless it merely numbers the rows (1, 2, 3 …) or steps down a rating scale (4, 3, 2, 1). A column of phrases beside the term (`When to use`,
`Pros/Cons`), a blank header (`| | A | B |`) or two description columns make it a comparison: left out.

Bold around a term is styling when every term of the table is bold, and is then dropped; when only some
terms are bold (a notation table where **x** is a vector and x a scalar) the bold is meaning and stays.

**Definition lists** (`Term` then `: definition`, the parser's deflist plugin): every term is a card; its
definitions, joined, are the answer.

**Bullet lists.** A top-level bullet list whose items read `**Term**: definition`, `**Term:** definition`,
`**Term** — definition`, `**Term**.- definition` (Spanish school notes), `**Term** → definition` (also `->`, `⇒`, `=>`: an arrow only after a bold term),
`` `term`: definition``, `Term: definition` or `Term — definition` is a glossary
when at least 70 % of its items, and at least two, have that shape; in a glossary section (as above) at
least half of them, and one is enough. A `Label: text` item counts only when the label is short (at most 6
words unbolded, 8 bold), holds no link and no sentence, and is followed by words, by nested blocks or by
nothing (a term still to define: unanswered; also plain `- Sidecar:` or `- Quorum —` alone on its item), but not by a link alone. So a topic list with a couple of
`Label: text` items among plain ones is not a glossary. Outside glossary sections, two more things make a list describe its topic rather than define terms, and leave it to other rules:

- a lead-in paragraph ending with a colon (`**Challenges**:`, `Here are a few possible scenarios:`): the
  list enumerates the cases of that lead-in (`Too high: overshoots`, `Remove: if errors`), whose labels
  mean nothing on the front of a card; a lead-in that itself names terms (`Key terms:`) makes it a glossary;
- a label that is a property of something else (`Pros`, `Cons`, `Example`, `Input`, `Step 2` …); in a
  glossary section such an item is only an aside and is itself left out;
- labels that are accounts' handles (`**@ana_r:** …`, a post's comments copied out: who wrote, not what
  is defined; in code, `` `@Override` ``, a label stays a term);
- labels that count off one stem with a running number, whatever the word (`Task 1 (…)`, `Task 2`,
  `Task 3`): the items of a sheet, not terms.

**Paragraphs.** In a glossary section (as above), a top-level paragraph whose first line reads like a
glossary list item (`**Term**: definition`, `Term — definition` …, with the same limits on the label) is a run
of definitions: each of its lines with that shape starts a term, the lines below it (up to the next such
line) continue its definition. So consecutive `**Term**: definition` paragraphs, or lines, are one card each;
an aside (`**Note**: …`) is left out, and so is a paragraph that does not open with a term (prose) or
whose terms are only followed by links. Outside a glossary section such a paragraph is a statement and is
left to the other rules, unless it is one of three or more such paragraphs in a row, one distinct
`**Term**:` each (two defined in three words or more, links aside): a glossary wherever it stands. There a
bare `**Term**:` is defined by the bullet list under it (unanswered over only a comment), and a label that
opens paragraphs elsewhere too (`**Facts:**` of each case brief) is a record's field: no run. A block quote
made only of such lines reads the same, its `>` marks dropped. A bold term alone on its line (`**Femur**`) opens an entry too: the lines
below it, or the blocks that follow it up to the next such term, heading or rule, define it.

**Headings, one per term** (read first, so a term's own bullets stay in its definition). A leaf heading (no
sub-headings) whose title reads as a term (at most 8 words, no `?`; emoji, `{#id}` and emphasis removed; not
an alphabet bucket, a glossary title or an aside such as `Notes`), with a free body, is a term and its body
the definition (`---` between entries left out) when an enclosing heading or the document title names a
glossary and holds two such terms or more, or when at least three of its sibling headings, and half of them, open their definitions by
naming their term (`A **router** is …`, `**Router**: …`, `A router is …`). A leaf heading over a list or
table of two or more other terms (`## Drug classes`) is their container, not a term, unless its title
names them (`### IPv4 and IPv6`), and so is a heading over a to-do list (`- [ ] …`). In a note tagged for a
flashcard plugin (`#flashcards/…`) the headings are its cards' context: none is a term. An empty body is an
unanswered term. Setext headings (`Glossary` over
`===`) are headings like `#` ones.

Two more details. In a bullet glossary, an item whose nested items all define sub-terms (`- Mens rea: the
guilty mind.` over `- Intention: …`, `- Recklessness: …`) also gives each sub-term its card (context: the
section, then the parent term); nested items of any other shape continue the definition. Outside glossary
sections, a paragraph of `Term — definition` lines (an em or en dash, or `--`; two lines or more, each
definition three words or more) is a run of definitions when such runs are all its section holds (a lead-in
ending with `:` aside). And wherever they stand, two or more paragraphs in a row that each open with a
`Term — definition` line (one entry per paragraph, its definition wrapped over the following lines) are a
glossary; in them only dash lines start terms, and `Term —` with nothing after the dash is a term still to
define (unanswered). A heading over such paragraphs is their section, not a term. A line in italics
(`*Revision sheet — …*`) is an aside, not a term; markers after a term (`Hamartia ★`, `Volta†`) leave it.

A label (or a table's term) that starts with a tick, cross or other pictograph (`✅ Tree-based: …`) is a
verdict, not a term, and does not count. Ordered lists are steps, not glossaries. In a glossary list, the
items without the shape are left unclaimed and so are reported as unclassified. A label in HTML bold (`<b>Term</b>:`, `<strong>`) reads as
bold; glossary titles and table headers are also recognised in French, Spanish, Italian, Portuguese and
German (`Glossaire`, `Sigle | Signification` …), table headers also in Japanese, Chinese and Korean
(`用語 | 意味`, `術語 | 說明`, `용어 | 설명`), Thai (`คำศัพท์ | ความหมาย`), Norwegian, Danish, Dutch and Finnish
(`Begrep | Forklaring`, `Begrip | Betekenis`, `Käsite | Selitys`); a header that says what the term is (`| Attack |
What it is |`) is a definition word; glossary titles also in Dutch, the Nordic languages,
Polish, Czech, Russian, Ukrainian, Turkish and Indonesian (`Begrippen`, `Begrepp`, `Ordlista`, `Pojęcia`, `Термины`), and
in Chinese and Japanese when the title is only that name after its section number (`一、名词解释`, `（二）基本概念`,
`術語`, `用語集`).

A term with an empty definition (blank, a dash, `TBD`, only links) is reported as unanswered; Obsidian
wikilinks (`[[Note]]`, `![[image.png]]`) are links. Context is the
heading path; tags are its topic path. Alphabet headings that only bucket a glossary (`A-D`, `S–Z`, `A`) are
left out of both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, dedent, empty_reason, is_advice, unanswered
from .document import (
    EXPLICIT_CARD_FILE,
    Block,
    Document,
    Section,
    asked_elsewhere,
    free_blocks,
    lazy_pattern,
    list_items,
    may_hold,
    may_open_a_line_with,
    plain_text,
    table_cells,
)
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "glossary"


def _words(spec: str) -> frozenset[str]:
    # Casefolded as the headers are (`_header_word`): a Greek final `ς` folds to `σ`.
    return frozenset(word.casefold() for word in spec.split("|"))


_DEFINITION_HEADERS = _words(
    "definition|definitions|meaning|meanings|explanation|explanations|stands for|expansion|full form|"
    "full name|defined as|means|what it means|gloss|"
    "définition|signification|sens|definición|significado|significato|definizione|definição|bedeutung|erklärung|"
    # Indonesian and Malay, Turkish, Vietnamese, Polish, Czech, Swedish, Greek, Arabic, Korean, Chinese
    "arti|makna|definisi|pengertian|penjelasan|keterangan|maksud|anlam|anlamı|tanım|tanımı|nghĩa|ý nghĩa|"
    "định nghĩa|giải thích|definicja|znaczenie|objaśnienie|význam|definice|betydelse|förklaring|ορισμός|σημασία|"
    "تعريف|التعريف|معنى|المعنى|정의|의미|뜻|定义|含义|定義|"
    # Japanese, Chinese (both scripts) and Korean: meaning, explanation, gloss
    "意味|説明|解説|说明|說明|解释|解釋|释义|釋義|含義|意思|설명|풀이|"
    # Thai: meaning, explanation
    "ความหมาย|คำอธิบาย|"
    # a header that says what the term is (`| Attack | What it is |`); Norwegian and Danish, Dutch, Finnish
    "what it is|what is it|forklaring|betydning|definisjon|uitleg|betekenis|definitie|verklaring|"
    "selitys|merkitys|määritelmä"
)
_DESCRIPTION_HEADERS = _words(  # the last `|` admits a blank header
    "description|descriptions|summary|explained|"
    # in German, Spanish, Italian, Portuguese, the Nordic languages, Dutch and Finnish
    "beschreibung|descripción|descrizione|descrição|beskrivelse|beskrivning|omschrijving|beschrijving|kuvaus|"
)
_TERM_HEADERS = _words(
    "term|terms|word|words|concept|concepts|notation|notations|symbol|symbols|acronym|acronyms|abbreviation|"
    "abbreviations|keyword|keywords|key term|key terms|jargon|phrase|phrases|expression|expressions|name|"
    "vocabulary|terminology|entry|terme|termes|mot|sigle|sigles|abréviation|término|términos|palabra|sigla|siglas|"
    "termine|parola|termo|begriff|abkürzung|wort|"
    "istilah|kata|konsep|singkatan|terim|kavram|kısaltma|thuật ngữ|khái niệm|từ viết tắt|termin|pojęcie|skrót|"
    "pojem|zkratka|begrepp|förkortning|όρος|έννοια|مصطلح|المصطلح|용어|개념|术语|用語|"
    "術語|名詞|名词|単語|単語・用語|略語|略称|キーワード|概念|关键词|關鍵詞|단어|약어|키워드|"
    # Thai: term, word
    "คำศัพท์|ศัพท์|คำ|"
    # Norwegian and Danish, Dutch, Finnish
    "begrep|begreb|uttrykk|udtryk|ord|forkortelse|begrip|woord|afkorting|käsite|termi|sana|lyhenne"
)
_GLOSSARY_TITLE = lazy_pattern(
    r"\b(glossary|glossaries|terminology|terminologies|terms|definitions|notations?|vocabulary|acronyms|"
    r"abbreviations|contractions|jargon|lexicon|"
    # the same words in French, Spanish, Italian, Portuguese and German
    r"glossaire|lexique|vocabulaire|terminologie|définitions|glosario|vocabulario|terminología|definiciones|"
    r"glossario|vocabolario|glossário|vocabulário|glossar|begriffe|fachbegriffe|wortschatz|abkürzungen|"
    # and in Dutch, the Nordic languages, Polish, Czech, Russian, Ukrainian, Turkish and Indonesian
    r"begrippen|woordenlijst|begrepp|begreber|begreper|ordlista|ordliste|termer|definitioner|sanasto|käsitteet|"
    r"pojęcia|słowniczek|pojmy|slovníček|термины|понятия|глоссарий|терміни|поняття|terimler|kavramlar|sözlük|"
    r"istilah|glosarium|"
    # and in Hungarian (`Fogalmak`, `Fogalomtár`, `Szószedet`, `Kulcsfogalmak`)
    r"fogalmak|fogalomtár|kulcsfogalmak|szószedet|"
    # and in Greek (`Ορισμοί`, `Βασικοί όροι`)
    r"ορισμοί|όροι|ορολογία|λεξιλόγιο|γλωσσάριο|γλωσσάρι|"
    # and in Catalan (`Vocabulari`, `Glossari`, `Conceptes clau`), and "key concepts" in the Romance languages
    r"vocabulari|glossari|terminologia|definicions|termes|lèxic|conceptes\s+(?:clau|bàsics)|conceptos\s+(?:clave|básicos)|"
    r"conceitos[\s-]+(?:chave|básicos)|concetti\s+(?:chiave|base|fondamentali)|concepts[\s-]+cl[ée]s)\b",
    re.I,
)
# Each match of `_GLOSSARY_TITLE` in ASCII text holds one of these (see `document.may_hold`).
# fmt: off
_GLOSSARY_TITLE_WORDS = (
    "gloss", "glosa", "termin", "terms", "defini", "notation", "vocab", "acronym", "abbreviation", "contraction",
    "jargon", "lexi",
    "begriff", "wortschatz", "begrip", "woordenlijst", "begrepp", "begreber", "begreper", "ordlist", "termer", "sanasto",
    "pojmy", "terimler", "kavramlar", "istilah", "fogal", "szószedet", "termes", "concept", "conceit", "concett",
)
# fmt: on


# Chinese (both scripts) and Japanese glossary titles (`一、名词解释`, `（二）术语`, `基本概念`, `用語集`): no word
# boundaries in these scripts, so a separate pattern, and the title must BE the glossary's name (after a
# section number, with a short tail such as `（每题 3 分）`): a document title that lists it among other
# parts (`第二章 错题 & 名词解释`) does not make its sections terms.
_CJK_GLOSSARY_TITLE = lazy_pattern(
    r"^\s*(?:第?[一二三四五六七八九十\d]{1,3}[、.．章节節]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)?"
    r"(?:基本|核心|重要|常用|关键|關鍵)?(?:名词解释|名詞解釋|名词术语|术语|術語|概念|用語集|用語)[^\n]{0,12}$"
)


def _names_glossary(title: str) -> bool:
    """True when a title names a glossary (`_GLOSSARY_TITLE`, `_CJK_GLOSSARY_TITLE`)."""
    if may_hold(title, _GLOSSARY_TITLE_WORDS) and _GLOSSARY_TITLE.search(title) is not None:
        return True
    return not title.isascii() and _CJK_GLOSSARY_TITLE.search(title) is not None


_QUOTE_MARK = lazy_pattern(r"^\s{0,3}>\s?")
_HTML_BOLD = lazy_pattern(r"^<(b|strong)>\s*(.+?)\s*</\1>", re.I)
_ANCHOR_LINK = lazy_pattern(r"\[[^\]]*\]\(#[^)]*\)")
# Headings that organise a document: never terms.
_FURNITURE = _words(
    "contents|table of contents|toc|index|license|licence|references|resources|see also|further reading|links|"
    "about|contributing|contributors|credits|acknowledgements|acknowledgments|changelog|sources|bibliography|"
    "introduction|preface|usage|how to use|installation"
)
_ALPHABET_BUCKET = lazy_pattern(r"^\s*[A-Za-z0-9#]\s*(?:(?:-|–|—|to)\s*[A-Za-z0-9]\s*)?$")
# Labels that describe a property of the enclosing topic rather than name a term of their own.
_ATTRIBUTE_LABELS = _words(
    "pros|cons|pro|con|advantages|disadvantages|advantage|disadvantage|benefits|drawbacks|limitations|"
    "strengths|weaknesses|use case|use cases|use|uses|when to use|example|examples|e g|eg|note|notes|tip|"
    "tips|warning|caution|formula|complexity|time complexity|space complexity|time|space|input|inputs|output|"
    "outputs|goal|goals|purpose|idea|key idea|intuition|approach|solution|solutions|problem|problems|answer|"
    "result|results|definition|why|how|what|when|where|who|challenge|challenges|issue|issues|cause|causes|"
    "fix|source|sources|link|links|reference|references|see also|summary|tldr|tl dr|q|a|todo|to do|tbd|fixme"
)
_ORDINAL_LABEL = lazy_pattern(
    r"^(?:step|phase|stage|part|round|day|week|level|option|method|approach|case|example|scenario|tip|rule|"
    r"question|answer|q|a|item|point)\s*#?\d+[a-z]?$",
    re.I,
)
_BOLD_LABEL = lazy_pattern(
    r"^(\*\*|__)(?P<term>(?:(?!\1).)+?)\s*(?P<inner>[:：])?\s*\1\s*(?P<sep>[:：]|[—–]|[→⇒⟶]|->|=>|--?|\.-|…)?\s*(?P<rest>.*)$",
    re.S,
)
_COLON_LABEL = lazy_pattern(r"^(?P<term>[^:\n]{1,80}?)\s*[:：]\s+(?P<rest>\S.*)$", re.S)
_DASH_RUN_LINE = lazy_pattern(r"^(?:\*\*|__)?[^\n]{1,80}?(?:\*\*|__)?\s+(?:[—–]|--)\s+(?P<rest>\S.*)$")
_DASH_LABEL = lazy_pattern(r"^(?P<term>[^\n]{1,80}?)\s+(?:[—–]|--?)\s+(?P<rest>\S.*)$", re.S)
_CODE_LABEL = lazy_pattern(r"^(?P<term>`[^`\n]+`)\s*(?:[:：]|[—–]|--?)\s+(?P<rest>\S.*)$", re.S)
# Markdown links, bare URLs and Obsidian wikilinks (`[[Japanese MOC]]`, `![[chart.png]]`).
_LINK = lazy_pattern(r"\[[^\]]*\]\([^)]*\)|<?https?://\S+>?|www\.\S+|!?\[\[[^\]\n]*\]\]")
_TASK = lazy_pattern(r"^\[[ xX]\]\s")
_SENTENCE = lazy_pattern(r"[.!?;]\s|[.!?]$")
_WHOLE_BOLD = lazy_pattern(r"^(\*\*|__)((?:(?!\1).)+)\1$", re.S)
_ITEM_MARKER = lazy_pattern(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_HARD_BREAK = lazy_pattern(r"(?:\\| {2,})$")
_DD_MARKER = lazy_pattern(r"^(\s*[:~]\s+)")
_WORD = lazy_pattern(r"[^\W\d_]{2,}")
_MAX_TERM_WORDS = 10
_MAX_TERM_CHARS = 80
_GLOSSARY_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One defined term found in a glossary block."""

    line: int
    """Source line (0-based) of the term."""
    term: str
    """The term as Markdown, without styling bold."""
    definition: str
    """The definition as Markdown ('' when there is none)."""
    first: int
    """First source line the entry covers (0-based)."""
    last: int
    """Line after the entry's last line."""
    parent: str = ""
    """For a sub-term defined under another term's item, that term (it joins the card's context)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from glossaries written one heading per term (first: such a heading's body is its definition,
    whatever lists it holds), then from glossary tables, definition lists, bullet glossaries and definition
    paragraphs in the free top-level blocks."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    labelled: list[tuple[int, tuple[GlossaryEntry, ...]]] = []
    for heading in heading_entries(doc, taken):
        section = doc.sections[heading.section]
        head = doc.blocks[section.block]
        path = tuple(t for t in section.path if not _ALPHABET_BUCKET.match(t))
        context = tuple(clean_heading(p) for p in path)
        loc = doc.loc(head.first)
        answer = build_answer(doc, heading.blocks)
        state = "card"
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, heading.term, answer.empty_reason))
            state = "unanswered"
        else:
            tags = answer.tags + tuple(t for t in topic_tags(path) if t not in answer.tags)
            drafts.append(CardDraft(loc, CONVENTION, heading.term, answer.markdown, context, tags, answer_tokens=answer.tokens))
        for i in (section.block, *section.body):  # the back-to-top line and `---` close the entry
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, state))
    seen = {**taken, **claims}  # a term heading's body is its definition, not a glossary of its own
    # Only the blocks free before the loop can be free in it (`seen` only grows): without heading entries
    # those are the chain's own free blocks, found once for the rules late in the chain.
    candidates = free_blocks(doc, taken) if not claims else range(len(doc.blocks))
    for index in candidates:
        block = doc.blocks[index]
        if block.kind not in _ENTRY_KINDS or not is_free(doc, seen, index):
            continue  # `glossary_entries` finds terms in blocks of those kinds only
        entries = glossary_entries(doc, index)
        if entries is None and block.kind == "paragraph":
            alone = _bold_term_entry(doc, index, seen)
            if alone is None:
                alone = _bold_colon_run_entry(doc, index, seen)
            entries = (alone,) if alone is not None else None
        if entries is None:
            continue
        if block.kind == "paragraph" and len(entries) == 1 and _cites_a_source(entries[0].definition):
            continue  # `Textbook: *Title*, ch. 2–4.`: where to read, not what a term means
        seen.update(claim(min(e.first for e in entries), max(e.last for e in entries), "card"))
        if block.kind in _LABELLED_KINDS and _glossary_by_title(doc, index):
            labelled.append((index, entries))
            continue  # carded below, unless the document asks in another convention
        add_entries(doc, index, entries, drafts, diagnostics, claims)
        covered = "card" if any(claims.get(e.first) == "card" for e in entries) else "unanswered"
        if block.kind == "table":
            # The header and delimiter rows belong to the cards the table made.
            claims.update(claim(block.first, min(e.first for e in entries), covered))
        lead = _lead_in(doc, index) if block.kind == "bullet_list" else None
        if lead is not None and _names_glossary(lead) and is_free(doc, seen, index - 1):
            # `Key terms:` titles the glossary below it, as a heading would.
            claims.update(claim(doc.blocks[index - 1].first, doc.blocks[index - 1].last, covered))
    # `Exam context: …` and `> Tip from the course: …` under a document title naming terminology (no section
    # of its own), in notes whose terms are tab lines or another marked convention: the writer's asides.
    asides = bool(labelled) and asked_elsewhere(doc, sum(len(entries) for _, entries in labelled))
    for index, entries in labelled:
        if asides:
            claims.update(claim(doc.blocks[index].first, doc.blocks[index].last, "skip:aside"))
        else:
            add_entries(doc, index, entries, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_LABELLED_KINDS = frozenset({"paragraph", "blockquote"})
"""Blocks that are glossary entries only by their `Label: text` shape in a glossary section."""


def _glossary_by_title(doc: Document, index: int) -> bool:
    """True when the only section around the block that names a glossary is the document's title (`# Medical
    terminology (export)`), not a section of its own (`## Definitions`)."""
    section = _section_of(doc, index)
    while section is not None:
        if _names_glossary(section.title):
            return section.parent is None and section.level == 1
        section = doc.sections[section.parent] if section.parent is not None else None
    return False


def add_entries(
    doc: Document,
    index: int,
    entries: Sequence[GlossaryEntry],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """One card per term the block at INDEX defines; a term without a definition is unanswered."""
    path = tuple(title for title in heading_path(doc, index) if not _ALPHABET_BUCKET.match(title))
    context = tuple(clean_heading(p) for p in path)
    for entry in entries:
        loc = doc.loc(entry.line)
        reason = _empty_definition(entry.definition)
        if reason:
            diagnostics.append(unanswered(loc, entry.term, reason))
            claims.update(claim(entry.first, entry.last, "unanswered"))
            continue
        where = context + (_unbold(entry.parent),) if entry.parent else context
        drafts.append(CardDraft(loc, CONVENTION, entry.term, entry.definition, where, topic_tags(path)))
        claims.update(claim(entry.first, entry.last, "card"))


# `*America's History*, ch. 2–4.`, `_Clean Code_, pp. 17–31`, `*SICP* §1.2`: a work's title in italics and the
# chapters or pages to read in it.
_SOURCE_CITATION = lazy_pattern(
    r"^\s*(\*|_)(?!\1)[^*_\n]{2,80}\1\s*[,:;]?\s*(?:ch(?:ap(?:ter)?)?s?\.?|pp?\.|pages?|§)\s*\d", re.I
)


def _cites_a_source(definition: str) -> bool:
    """True when a one-line definition is a reference to a book (`*Title*, ch. 2–4.`): a `Textbook:` or
    `Reading:` line tells where to read, it defines nothing."""
    return "\n" not in definition.strip() and _SOURCE_CITATION.match(definition) is not None


# Heading entries -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeadingEntry:
    """A glossary written one heading per term: `### Router` and its definition below."""

    section: int
    """Index of the term's section."""
    term: str
    """The heading as the term (numbering and decorations removed)."""
    blocks: tuple[int, ...]
    """The body's blocks: the definition."""


_DEFINING_MIN = 3


def heading_entries(doc: Document, taken: Mapping[int, str]) -> list[HeadingEntry]:
    """The terms of glossaries written one heading per entry. A leaf heading (no sub-headings) is a term
    when its title reads as one (`_is_term`, no question, not an alphabet bucket or an aside like `Notes`),
    its body is free, and either an enclosing heading (or the document title) names a glossary, or it is
    one of at least three sibling headings each of whose definitions opens by naming its term (`A
    **router** is …`, `Router: a device …`): a run of definitions whatever the title says."""
    candidates: dict[int | None, list[HeadingEntry]] = {}
    defining: dict[int | None, int] = {}
    containers: dict[int | None, int] = {}
    if doc.derived.get(EXPLICIT_CARD_FILE):
        return []  # a note tagged for a flashcard plugin writes its cards; its headings are their context
    glossary_doc = _names_glossary(doc.title)
    for n, section in enumerate(doc.sections):
        if section.level == 1 and section.title == doc.title:
            continue
        if n + 1 < len(doc.sections) and doc.sections[n + 1].parent == n:
            continue  # a container (`## A`, `## Protocols`), not a term
        if doc.blocks[section.block].first in taken:
            continue  # a heading another rule took (most often a question): asked before reading its title
        title = clean_heading(_decoration_free(section.title))
        if not title or "?" in title or not _is_term(title, 8) or _is_attribute(title):
            continue
        if _ALPHABET_BUCKET.match(title) or _names_glossary(title):
            continue
        if " ".join(re.findall(r"\w+", title.casefold())) in _FURNITURE:
            continue
        blocks = tuple(i for i in section.body if doc.blocks[i].kind != "hr")
        while blocks and _back_link(doc, blocks[-1]):
            blocks = blocks[:-1]  # `[⬆ back to top](#top)` closes the entry; it is not its definition
        if any(not is_free(doc, taken, i) for i in section.body):
            continue
        if blocks and all(_LINK.sub("", doc.block_text(i)).strip(" -*+\n") == "" for i in blocks):
            continue  # a heading over links only points elsewhere; it defines nothing
        if blocks and all(_task_list(doc, i) for i in blocks):
            continue  # a heading over a to-do list (`- [ ] check usage`) plans work; it defines nothing
        listed = _listed_terms(doc, blocks)
        if listed and len(listed) >= 2 and not all(_unbold(e.term).casefold() in title.casefold() for e in listed):
            containers[section.parent] = containers.get(section.parent, 0) + 1
            continue  # `## Protocols` over a list or table of terms: the terms are the cards (not `## IPv4 and IPv6`)
        if not listed and _pairs_container(doc, blocks):
            containers[section.parent] = containers.get(section.parent, 0) + 1
            continue  # `## Chapter 4` over `word = meaning` or `word → meaning` lines: the pairs are the entries
        entry = HeadingEntry(n, title, blocks)
        candidates.setdefault(section.parent, []).append(entry)
        if blocks and _names_its_term(doc, title, blocks[0]):
            defining[section.parent] = defining.get(section.parent, 0) + 1
    # Under a glossary title, terms come several together: a lone candidate is a section of another kind
    # (`## Near misses` in a note titled `Vocabulary`).
    by_glossary: dict[int, list[HeadingEntry]] = {}
    runs: list[HeadingEntry] = []
    for parent, entries in candidates.items():
        anchor = _glossary_above(doc, parent)
        if anchor is None and glossary_doc:
            anchor = -1
        if anchor is not None and containers.get(parent, 0) >= len(entries):
            continue  # most headings here hold entries (`## Kapitel 1` over a word list): these are sections too
        if anchor is not None:
            by_glossary.setdefault(anchor, []).extend(entries)
        elif defining.get(parent, 0) >= _DEFINING_MIN and 2 * defining.get(parent, 0) >= len(entries):
            runs.extend(entries)
    found = runs + [e for entries in by_glossary.values() if len(entries) >= 2 for e in entries]
    return sorted(found, key=lambda e: e.section)


# `word = meaning`, `word → meaning`, `word: meaning`, `word – meaning`: an item that pairs a term with its
# meaning, whatever the separator (the rules that read each separator decide the cards).
_PAIR_ITEM = lazy_pattern(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(?P<term>\S[^\n]*?)\s*(?:=|→|->|⇒|=>|:|：|\s[–—-])\s*(?P<rest>\S.*)$")
_PAIRS_MIN = 2


def _pairs_container(doc: Document, blocks: Sequence[int]) -> bool:
    """A heading's body that opens with a list or table of two or more term/meaning pairs (`- die Miete =
    rent`, `- to be over the moon → very happy`, `| bekommen | to get |`): a container of entries, not a term."""
    first = next((i for i in blocks if doc.blocks[i].kind not in ("hr", "html_block")), None)
    if first is None:
        return False
    block = doc.blocks[first]
    if block.kind == "bullet_list":
        spans = list(list_items(doc, block))
        pairs = sum(1 for start, _ in spans if _PAIR_ITEM.match(doc.lines[start]))
        return pairs >= _PAIRS_MIN and 2 * pairs > len(spans)
    if block.kind == "table":
        rows = [line for line in doc.lines[block.first + 2 : block.last] if line.strip().strip("|").strip()]
        short = sum(1 for row in rows if len(row.strip().strip("|").split("|")[0].split()) <= 5)
        return len(rows) >= _PAIRS_MIN and 2 * short > len(rows)
    return False


def _task_list(doc: Document, index: int) -> bool:
    """A bullet list every item of which is a task (`- [ ] …`, `- [x] …`)."""
    block = doc.blocks[index]
    if block.kind != "bullet_list":
        return False
    items = list(list_items(doc, block))
    return bool(items) and all(_TASK.match(_ITEM_MARKER.sub("", doc.lines[first], count=1)) for first, _ in items)


def _listed_terms(doc: Document, blocks: Sequence[int]) -> list[GlossaryEntry]:
    """The terms a heading's body defines when it opens with a glossary block: that block's, and those of
    the glossary paragraphs right after it (`Poetry` over one `Term — definition` paragraph per entry)."""
    if not blocks:
        return []
    found = list(glossary_entries(doc, blocks[0]) or ())
    if found and doc.blocks[blocks[0]].kind == "paragraph":
        for i in blocks[1:]:
            more = glossary_entries(doc, i) if doc.blocks[i].kind == "paragraph" else None
            if not more:
                break
            found.extend(more)
    return found


def _back_link(doc: Document, index: int) -> bool:
    """A paragraph made only of links within the page (`[⬆ back to top](#top)`)."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return False
    text = doc.block_text(index)
    return "](#" in text and not _ANCHOR_LINK.sub("", text).strip(" |·•\n")


def _glossary_above(doc: Document, index: int | None) -> int | None:
    """The nearest enclosing section (from `index` up) titled as a glossary."""
    while index is not None:
        if _names_glossary(doc.sections[index].title):
            return index
        index = doc.sections[index].parent
    return None


_DECORATION = lazy_pattern(r"\s*\{#[^}]*\}\s*$|[\s*_`]+$")


def _decoration_free(title: str) -> str:
    """A heading's title without an attribute list (`{#id}`), leading pictographs (emoji) or trailing emphasis."""
    title = title.strip()
    if title[-1:] in ("}", "*", "_", "`"):
        # Either decoration ends the title with one of these (nothing stands after it once stripped).
        title = _DECORATION.sub("", title).strip()
    start = 0
    while start < len(title) and (unicodedata.category(title[start]) in ("So", "Sk", "Mn", "Cf") or title[start].isspace()):
        start += 1
    return title[start:]


def _names_its_term(doc: Document, term: str, index: int) -> bool:
    """Whether a definition opens by naming its term: bold (`A **router** is …`), or as its first words
    (`Router: …`, `A router is …`)."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return False
    text = doc.lines[block.first].strip()
    folded = re.sub(r"\s*\([^)]*\)", "", term).casefold()
    words = folded.split()
    if not words:
        return False
    for bold in re.findall(r"(?:\*\*|__)(.+?)(?:\*\*|__)", text)[:2]:
        if words[0] in bold.casefold():
            return True
    opening = re.sub(r"^(?:an?|the)\s+", "", re.sub(r"[*_`]", "", text).casefold())
    return opening.startswith(folded)


def _bold_term_entry(doc: Document, index: int, taken: Mapping[int, str]) -> GlossaryEntry | None:
    """In a glossary section, a paragraph opening with a bold term alone on its line (`**Femur**`): the
    lines below it define it, or, when it stands alone, the blocks that follow up to the next such term,
    heading or rule."""
    block = doc.blocks[index]
    match = _WHOLE_BOLD.match(_HARD_BREAK.sub("", doc.lines[block.first].strip()))
    if match is None or not _is_term(match.group(2), 8) or match.group(2).rstrip().endswith("?"):
        return None
    if not in_glossary_section(doc, index):
        return None
    term = match.group(2).strip()
    if block.last - block.first > 1:
        lines = [_HARD_BREAK.sub("", line.strip()) for line in doc.lines[block.first + 1 : block.last]]
        return GlossaryEntry(block.first, term, "\n".join(lines), block.first, block.last)
    last = block.last
    parts: list[str] = []
    for j in range(index + 1, len(doc.blocks)):
        nxt = doc.blocks[j]
        if nxt.kind in ("heading", "hr") or not is_free(doc, taken, j):
            break
        if nxt.kind == "paragraph" and _WHOLE_BOLD.match(_HARD_BREAK.sub("", doc.lines[nxt.first].strip())):
            break
        parts.append(doc.block_text(j))
        last = nxt.last
    return GlossaryEntry(block.first, term, dedent("\n\n".join(parts).split("\n")) if parts else "", block.first, last)


# Runs of `**Term**: definition` paragraphs -------------------------------------------------------------------

_BOLD_OPENING = lazy_pattern(r"^(?:\*\*|__)", re.M)
_BOLD_COLON_RUN_MIN = 3
_BOLD_COLON_WORDED_MIN = 2


def _bold_colon_head(doc: Document, index: int) -> tuple[str, str] | None:
    """(term, rest of the line) when the block is a paragraph opening with `**Term**: …` (the colon inside or
    after the bold; `rest` is '' for `**Term**:` alone) and holding no other such line, else None. A
    question (`?` ending the term or the line) or an aside label (`**Note**:`) is no term."""
    if not 0 <= index < len(doc.blocks) or doc.blocks[index].kind != "paragraph":
        return None
    block = doc.blocks[index]
    line = doc.lines[block.first].strip()
    if line[:2] not in ("**", "__"):
        return None
    bold = _BOLD_LABEL.match(_HARD_BREAK.sub("", line))
    if bold is None or not {":", "："} & set((bold.group("inner") or "") + (bold.group("sep") or "")):
        return None  # `**Term** — …` runs are `_in_dash_paragraph_run`'s
    term, rest = bold.group("term").strip(), bold.group("rest").strip()
    if not _is_term(term, 6) or term.endswith("?") or _is_attribute(term) or rest.endswith(("?", "？")) and len(rest) > 1:
        return None
    if any(_BOLD_LABEL.match(doc.lines[n].strip()) for n in range(block.first + 1, block.last)):
        return None  # several labelled lines: a record's fields, not one definition
    return term, rest


def _bold_colon_next(doc: Document, index: int, rest: str) -> int:
    """The block after an entry: a bare `**Term**:` paragraph takes the list or the comment below it."""
    bare = not rest and doc.blocks[index].last - doc.blocks[index].first == 1 and index + 1 < len(doc.blocks)
    if bare and (doc.blocks[index + 1].kind == "bullet_list" or _comment_only(doc, index + 1)):
        return index + 2
    return index + 1


def _bold_colon_runs(doc: Document) -> frozenset[int]:
    """The paragraphs of runs of `**Term**: definition` paragraphs, one entry each, in a row: three or more
    distinct terms, two or more defined in three words or more (a bare `**Term**:` over a bullet list or a
    comment is an entry too). Found once per document."""
    found = doc.derived.get("glossary-bold-colon-runs")
    if isinstance(found, frozenset):
        return found
    members: set[int] = set()
    runs: list[list[int]] = []
    index = 0 if may_open_a_line_with(doc, _BOLD_OPENING) else len(doc.blocks)  # no line opens in bold: none
    while index < len(doc.blocks):
        head = _bold_colon_head(doc, index)
        if head is None:
            index += 1
            continue
        run: list[int] = []
        terms: set[str] = set()
        worded = 0
        while head is not None and head[0].casefold() not in terms:
            run.append(index)
            terms.add(head[0].casefold())
            block = doc.blocks[index]
            more = " ".join(doc.lines[n] for n in range(block.first + 1, block.last))
            worded += len(_WORD.findall(_LINK.sub("", f"{head[1]} {more}"))) >= 3  # links define nothing
            index = _bold_colon_next(doc, index, head[1])
            head = _bold_colon_head(doc, index)
        if len(run) >= _BOLD_COLON_RUN_MIN and worded >= _BOLD_COLON_WORDED_MIN:
            runs.append(run)
        if head is not None:
            continue  # a repeated term starts the next run
    # A label that opens paragraphs again elsewhere (`**Facts:**`, `**Holding:**` of each case brief) names
    # a field of repeated records, not a term a glossary defines once.
    heads = {i: found[0].casefold() for i in range(len(doc.blocks)) if runs and (found := _bold_colon_head(doc, i))}
    uses = Counter(heads.values())
    for run in runs:
        if all(uses[heads[i]] == 1 for i in run):
            members.update(run)
    result = frozenset(members)
    doc.derived["glossary-bold-colon-runs"] = result
    return result


def _bold_colon_run_entry(doc: Document, index: int, taken: Mapping[int, str]) -> GlossaryEntry | None:
    """Wherever it stands, a paragraph of a run of `**Term**: definition` paragraphs (`_bold_colon_runs`) is
    one term: the rest of its lines define it; a bare `**Term**:` is defined by the bullet list below it, or
    is still to define when a comment or nothing follows it."""
    if index not in _bold_colon_runs(doc):
        return None
    head = _bold_colon_head(doc, index)
    if head is None:
        return None
    term, rest = head
    block = doc.blocks[index]
    lines = [rest, *(_HARD_BREAK.sub("", line.strip()) for line in doc.lines[block.first + 1 : block.last])]
    definition = "\n".join(part for part in lines if part)
    last = block.last
    after = _bold_colon_next(doc, index, rest)
    if after == index + 2 and is_free(doc, taken, index + 1):
        last = doc.blocks[index + 1].last
        if doc.blocks[index + 1].kind == "bullet_list":
            definition = dedent(doc.block_text(index + 1).split("\n"))
    return GlossaryEntry(block.first, _unbold(term), definition, block.first, last)


_BOLD_NUMBERED_ITEM = lazy_pattern(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+(?:\*\*|__)")
_ENTRY_KINDS = frozenset({"table", "dl", "paragraph", "bullet_list", "ordered_list", "blockquote"})
"""The kinds of block `glossary_entries` (and, for a paragraph, `_bold_term_entry`) can find terms in."""


def glossary_entries(doc: Document, index: int) -> tuple[GlossaryEntry, ...] | None:
    """The terms a top-level block defines, or None when the block is not a glossary."""
    block = doc.blocks[index]
    in_glossary = in_glossary_section(doc, index)
    if block.kind == "table":
        return _table_entries(doc, block, in_glossary) or _keyed_table_entries(doc, block)
    if block.kind == "dl":
        return _deflist_entries(doc, block) or None
    if block.kind == "paragraph" and doc.lines[block.last - 1].strip() in _DD_EMPTY_MARKS:
        pending = _pending_deflist_terms(doc, block)
        if pending is not None:
            return pending
    if block.kind == "bullet_list":
        return _list_entries(doc, index, in_glossary)
    if block.kind == "ordered_list" and in_glossary and not _BOLD_NUMBERED_ITEM.match(doc.lines[block.first]):
        # `1. word — gloss` under `## Vocabulary`: numbered, read the same (`1. **Term**: …` is `numbered-term`'s)
        return _list_entries(doc, index, True)
    if block.kind == "paragraph" and in_glossary:
        return _without_advice(_paragraph_entries(doc, block))
    if (
        block.kind == "blockquote"
        and in_glossary
        and all(_QUOTE_MARK.match(doc.lines[n]) for n in range(block.first, block.last))
    ):
        return _without_advice(_paragraph_entries(doc, block, quoted=True))
    if block.kind == "paragraph" and _dash_section(doc, index):
        return _paragraph_entries(doc, block)
    if block.kind == "paragraph" and _in_dash_paragraph_run(doc, index):
        return _paragraph_entries(doc, block, dash_only=True)
    return None


def _dash_paragraph(doc: Document, index: int) -> bool:
    """A paragraph that opens with a `Term — definition` line (an em or en dash, or ` -- `) defining its
    term in three words or more, or with a term still to define (`Deus ex machina —`)."""
    if not 0 <= index < len(doc.blocks) or doc.blocks[index].kind != "paragraph":
        return False
    line = _HARD_BREAK.sub("", doc.lines[doc.blocks[index].first].strip())
    if line.startswith(("{{", "{%")):
        return False  # a template tag (`{{< figure caption="Cell — cellule" >}}`): markup, not a term
    pending = _pending_term(line)
    if pending is not None:
        return not _is_attribute(pending)
    match = _DASH_RUN_LINE.match(line)
    if match is None or len(match.group("rest").split()) < 3:
        return False
    found = _label(line)
    return found is not None and not _is_attribute(found[0])


def _in_dash_paragraph_run(doc: Document, index: int) -> bool:
    """One of two or more paragraphs in a row, each opening with a `Term — definition` line (definitions
    wrapped over several lines, one entry per paragraph): a glossary wherever it stands."""
    return _dash_paragraph(doc, index) and (_dash_paragraph(doc, index - 1) or _dash_paragraph(doc, index + 1))


_PENDING_TERM = lazy_pattern(r"^(?P<term>[^\n]{1,80}?)\s+(?:[—–]|--)$")


# `**Usucaption** –`: the same line with its term in bold, as bold glossaries write their entries.
_BOLD_PENDING_TERM = lazy_pattern(r"^(?:\*\*|__)(?P<term>[^*_\n]{1,80}?)(?:\*\*|__)\s+(?:[—–]|--)$")


def _pending_term(line: str) -> str | None:
    """The term of a `Term —` line whose definition is still to be written, None for any other line."""
    bold = _BOLD_PENDING_TERM.match(line)
    if bold is not None:
        line = f"{bold.group('term').strip()} —"
    match = _PENDING_TERM.match(line)
    if match is None:
        return None
    term = _without_marks(match.group("term").strip())
    if not _is_term(term, 6) or _SENTENCE.search(term) or term.startswith(("*", "_", "-", "+", ">", "#")):
        return None
    return term


def _dash_run(doc: Document, block: Block) -> bool:
    """A paragraph of two or more lines, each `Term — definition` (an em or en dash, or ` -- `) defining a
    term in three words or more."""
    if block.last - block.first < 2:
        return False
    for n in range(block.first, block.last):
        line = _HARD_BREAK.sub("", doc.lines[n].strip())
        match = _DASH_RUN_LINE.match(line)
        if match is None or len(match.group("rest").split()) < 3:
            return False
        found = _label(line)
        if found is None or _is_attribute(found[0]):
            return False
    return True


def _dash_section(doc: Document, index: int) -> bool:
    """Outside a glossary section, `Term — definition` lines are a glossary when they are what their
    section holds: every paragraph of it is such a run (a lead-in ending with `:` aside), nothing else."""
    if not _dash_run(doc, doc.blocks[index]):
        return False
    section = _section_of(doc, index)
    body = section.body if section is not None else tuple(range(len(doc.blocks)))
    for i in body:
        block = doc.blocks[i]
        if block.kind in ("hr", "heading", "html_block") or i == index:
            continue
        if block.kind != "paragraph":
            return False
        if not _dash_run(doc, block) and not doc.block_text(i).rstrip("*_ ").endswith((":", "：")):
            return False
    return True


def _section_of(doc: Document, index: int) -> Section | None:
    """`doc.section_of_block`, from a table built once per document: asked for every block, the scan over
    the sections would make a long glossary quadratic."""
    table = doc.derived.get("glossary-section-of-block")
    if table is None:
        table = [None] * len(doc.blocks)
        for section in doc.sections:
            table[section.block] = section
            for i in section.body:
                table[i] = section
        doc.derived["glossary-section-of-block"] = table
    found: Section | None = table[index]
    return found


def in_glossary_section(doc: Document, index: int) -> bool:
    """True when the block's section, or one enclosing it, is titled as a glossary."""
    section = _section_of(doc, index)
    while section is not None:
        if _names_glossary(section.title):
            return True
        section = doc.sections[section.parent] if section.parent is not None else None
    return False


def _empty_definition(definition: str) -> str | None:
    # A lone dash or question mark in a definition cell means "to fill in", as a blank does.
    if not any(ch.isalnum() for ch in definition):
        return "no answer"
    if _QUERIED.match(definition):
        return "placeholder"  # `??? (ask the teacher)`: still to find out
    return empty_reason(definition)


_QUERIED = lazy_pattern(r"^\s*[?？]{2,}\s*(?:[(（][^()（）]*[)）]|\[[^\]]*\])?\s*[.!]?\s*$")


# Tables ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    term: str
    definition: str


def _table_entries(doc: Document, block: Block, in_glossary: bool) -> tuple[GlossaryEntry, ...] | None:
    header, rows = table_cells(doc, block)
    if len(header) != 2 or not rows or any(len(cells) != 2 for _, cells in rows):
        return None
    texts = [(line, term.content.strip(), text.content.strip()) for line, (term, text) in rows]
    return row_entries((plain_text(header[0]), plain_text(header[1])), texts, block.last, in_glossary)


def row_entries(
    header: tuple[str, str], rows: Sequence[tuple[int, str, str]], last: int, in_glossary: bool
) -> tuple[GlossaryEntry, ...] | None:
    """The terms of a two-column table given as its header's plain text and its rows (source line, term
    cell, definition cell, as Markdown) ending before line LAST, or None when the table is no glossary (see
    the module docstring): what the GFM tables and the tables read from their lines (`dashed_tables`) share."""
    if not rows:
        return None
    first_header, second_header = (_header_word(cell) for cell in header)
    merged = _merge_continuations([_Row(line, term, text) for line, term, text in rows])
    if merged is None or not _term_column([row.term for row in merged], _MAX_TERM_WORDS):
        return None
    if second_header in _DEFINITION_HEADERS:
        pass
    elif (second_header in _DESCRIPTION_HEADERS and (first_header in _TERM_HEADERS or in_glossary)) or (
        in_glossary and _names_terms(first_header)
    ):
        if not _reads_as_definitions([(row.term, row.definition) for row in merged]):
            return None
    else:
        return None
    styled = all(_WHOLE_BOLD.match(row.term) for row in merged)
    entries = []
    for n, row in enumerate(merged):
        end = merged[n + 1].line if n + 1 < len(merged) else last
        term = _unbold(row.term) if styled else row.term
        entries.append(GlossaryEntry(row.line, term, row.definition, row.line, end))
    return tuple(entries)


_QUALIFIED_TERM_MAX_WORDS = 3


def _names_terms(header: str) -> bool:
    """A first header naming the terms (`Term`, `Acronym`), or a kind of them (`Command term`, `Legal term`:
    a term header after a qualifier, three words at most), under a title naming a glossary."""
    words = header.split()
    return header in _TERM_HEADERS or (1 < len(words) <= _QUALIFIED_TERM_MAX_WORDS and words[-1] in _TERM_HEADERS)


_KEYED_DESCRIPTION_HEADERS = _DEFINITION_HEADERS | _words(
    "description|descriptions|purpose|what it does|use|descripción|descrição|descrizione|beschreibung|zweck"
)
_KEYED_MIN_ROWS = 3
_KEY_MAX_WORDS = 3
_KEY_MAX_CHARS = 30


def _keyed_table_entries(doc: Document, block: Block) -> tuple[GlossaryEntry, ...] | None:
    """A keyed reference table (`| Port | Protocol | Description |`, `| Command | Description |`,
    `| Code | Meaning |`): one column describes, every other column names the row with a short value
    unique to it. The term is the first naming column made of words; any other naming column is a key of
    one token (a port, a code: it joins the back) — a column of phrases beside the term (`When to use`,
    `Pros/Cons`) makes the table a comparison, left to the topic rule; when every naming column is a number or code, the first one is the term, written
    with its header (`Port 22`), unless it only numbers the rows (1, 2, 3 …). At least three rows."""
    header, rows = table_cells(doc, block)
    width = len(header)
    if width < 2 or len(rows) < _KEYED_MIN_ROWS or any(len(cells) != width for _, cells in rows):
        return None
    names = [_header_word(plain_text(cell)) for cell in header]
    described = [n for n, name in enumerate(names) if name in _KEYED_DESCRIPTION_HEADERS and name]
    if len(described) != 1 or any(not name for name in names):
        return None  # `| | A | B |` compares; two description columns are a comparison too
    text = described[0]
    keys = [n for n in range(width) if n != text]
    values = [[cells[n].content.strip() for _, cells in rows] for n in range(width)]
    if not all(_key_column(values[n]) for n in keys):
        return None  # a column of attributes (`When to use`, `Type`): the table compares things
    if not _reads_as_definitions([("", t) for t in values[text]]) or not all(values[text]):
        return None
    worded = [n for n in keys if all(_wordlike(v) for v in values[n]) and _term_column(values[n], _KEY_MAX_WORDS)]
    if worded and not all(_single_token(v) for n in keys if n != worded[0] for v in values[n]):
        return None  # beside the term, a column of phrases (`When to use`, `Pros/Cons`) compares things
    if worded:
        term_column, prefix = worded[0], ""
    else:
        term_column = keys[0]
        numbers = [v for v in values[term_column] if v.isdigit()]
        if len(numbers) == len(rows) and [int(v) for v in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(rows))):
            return None  # a row number, not a key
        if _score_bands(values[term_column]):
            return None  # `7–8`, `5–6`, `0–4`: the bands of a score guide, not keys
        if _rating_scale(values[term_column]):
            return None  # `4`, `3`, `2`, `1`: the steps of a rating scale, not keys
        if _marks_used_on_the_page(doc, block, values[term_column]):
            return None  # `✅`, `📖`, `⏳` that the page's headings carry: its legend, not terms to learn
        prefix = plain_text(header[term_column]).strip() + " "
    styled = all(_WHOLE_BOLD.match(v) for v in values[term_column])
    entries = []
    for n, (line, _) in enumerate(rows):
        term = values[term_column][n]
        term = prefix + (_unbold(term) if styled else term)
        extra = [f"**{plain_text(header[k]).strip()}:** {values[k][n]}" for k in keys if k != term_column]
        definition = "\n\n".join([values[text][n], *extra])
        end = rows[n + 1][0] if n + 1 < len(rows) else block.last
        entries.append(GlossaryEntry(line, term, definition, line, end))
    return tuple(entries)


def _marks_used_on_the_page(doc: Document, block: Block, keys: Sequence[str]) -> bool:
    """Keys that are only marks (no letter, no digit: `✅`, `⏳`, `*`), every one of them written again on the
    page outside the table: the table explains the marks the page uses, a legend."""
    marks = [_unbold(v).strip().strip("`") for v in keys]
    if not all(m and not any(ch.isalnum() for ch in m) for m in marks):
        return False
    outside = "\n".join(doc.lines[: block.first] + doc.lines[block.last :])
    return all(m in outside for m in marks)


def _wordlike(value: str) -> bool:
    """A name made of words (`SSH`, `Telnet`, `MAC address`) or written as code (a command), not a key
    (`E11`, `404`, `20/21`)."""
    plain = _unbold(value)
    if re.fullmatch(r"`[^`]+`", plain):
        return True
    return bool(_WORD.search(plain)) and sum(ch.isdigit() for ch in plain) < sum(ch.isalpha() for ch in plain) / 2


def _single_token(value: str) -> bool:
    """A key beside the term: one token (`22`, `20/21`, `0x1F`, `-r`)."""
    return len(_unbold(value).split()) == 1


def _key_column(values: Sequence[str]) -> bool:
    """Short values, each naming its row alone: a key or a name, not an attribute shared by rows. Code
    (`` `tar -czvf out.tar.gz dir/` ``) names its row however many words it has; a column is judged by
    the share of its rows that are short or code, not by its longest cell."""
    plain = [_unbold(v) for v in values]
    return (
        all(0 < len(v) <= _MAX_TERM_CHARS and not _LINK.search(v) for v in plain)
        and len({v.casefold() for v in plain}) == len(plain)
        and _mostly(plain, lambda v: _code_like(v) or (len(v) <= _KEY_MAX_CHARS and len(v.split()) <= _KEY_MAX_WORDS))
    )


_KEY_SHARE = 0.75
# A command written bare: a lowercase program name, then arguments among which a flag (`-name`, `--all`),
# a path or a glob (`dir/`, `*.log`, `./run.sh`) or an assignment (`if=/dev/sda`).
_COMMAND = lazy_pattern(r"^[a-z][\w.+-]*(?:\s+\S+)*\s+(?:--?[A-Za-z]\S*|\S*[/*=]\S*)(?:\s+\S+)*$")


def _code_like(value: str) -> bool:
    """A term written as code: one inline code span (`` `find . -name "*.log"` ``) or a bare command with
    flags or paths (`tar -czvf out.tar.gz dir/`)."""
    plain = _unbold(value)
    return bool(re.fullmatch(r"`[^`\n]+`", plain) or _COMMAND.match(plain)) and not _SENTENCE.search(plain.strip("`"))


def _term_cell(value: str, max_words: int) -> bool:
    """A table cell naming a term: short words (`_is_term`), or code of any number of words."""
    return _is_term(value, max_words) or (_code_like(value) and _is_term(value, _MAX_TERM_CHARS))


def _term_column(values: Sequence[str], max_words: int) -> bool:
    """A column naming terms: every cell short enough to be a name (at most 80 characters, a letter, no
    link), and at least three quarters of them terms (`_term_cell`); one long cell does not sink it."""
    return all(_is_term(v, _MAX_TERM_CHARS) for v in values) and _mostly(values, lambda v: _term_cell(v, max_words))


def _mostly(values: Sequence[str], test: Callable[[str], bool]) -> bool:
    """Whether at least three quarters of the values pass the test (and at least one)."""
    passing = sum(1 for v in values if test(v))
    return passing > 0 and passing >= _KEY_SHARE * len(values)


def _merge_continuations(rows: list[_Row]) -> list[_Row] | None:
    """Fold rows with a blank term into the row above; None when the first row has no term."""
    merged: list[_Row] = []
    for row in rows:
        if row.term:
            merged.append(row)
        elif not merged:
            return None
        elif row.definition:
            above = merged[-1]
            joined = f"{above.definition}\n\n{row.definition}" if above.definition else row.definition
            merged[-1] = _Row(above.line, above.term, joined)
    return merged


def _header_word(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _reads_as_definitions(pairs: Sequence[tuple[str, str]]) -> bool:
    """Definitions that explain: on average as long as the terms, and worded rather than numbers."""
    defined = [(term, text) for term, text in pairs if text]
    if not defined:
        return True
    worded = sum(1 for _, text in defined if _WORD.search(_LINK.sub("", text)))
    if worded < 0.8 * len(defined):
        return False
    term_words = sum(len(term.split()) for term, _ in defined)
    text_words = sum(len(text.split()) for _, text in defined)
    return text_words >= term_words


# `<ruby>経験<rt>けいけん</rt></ruby>`: a word written with its reading above it (furigana, pinyin), a term as
# its base text is.
_RUBY_READING = lazy_pattern(r"<rp>[^<]*</rp>|<rt>[^<]*</rt>|</?ruby>")


def _is_term(text: str, max_words: int) -> bool:
    plain = _unbold(text)
    if plain.startswith("<ruby>"):
        plain = _RUBY_READING.sub("", plain)
    return (
        0 < len(plain) <= _MAX_TERM_CHARS
        and not plain.startswith(("[", "![", "<"))  # a link, a badge or a tag
        and len(plain.split()) <= max_words
        and any(ch.isalpha() for ch in plain)
        # A leading tick or cross (✅ Tree-based) marks a verdict on a case, not a term.
        and unicodedata.category(plain[0]) != "So"
        and not _LINK.search(plain)
    )


def _unbold(text: str) -> str:
    match = _WHOLE_BOLD.match(text.strip())
    return match.group(2).strip() if match else text.strip()


# Definition lists -----------------------------------------------------------------------------------------


def _deflist_entries(doc: Document, block: Block) -> tuple[GlossaryEntry, ...]:
    tokens = doc.tokens[block.start : block.end]
    terms: list[tuple[int, str, list[tuple[int, int]]]] = []
    depth = 0
    for n, token in enumerate(tokens):
        if token.type == "dt_open" and depth == 0:
            terms.append(((token.map or (block.first, block.first))[0], tokens[n + 1].content.strip(), []))
        elif token.type == "dd_open" and depth == 0 and terms:
            terms[-1][2].append(_dd_lines(tokens, n))
        if token.type in ("dd_open", "dt_open"):
            depth += 1
        elif token.type in ("dd_close", "dt_close"):
            depth -= 1
    entries = []
    for n, (line, term, spans) in enumerate(terms):
        end = terms[n + 1][0] if n + 1 < len(terms) else block.last
        definition = "\n\n".join(d for d in (_dd_markdown(doc, first, last) for first, last in spans) if d)
        entries.append(GlossaryEntry(line, _unbold(term), definition, line, end))
    return tuple(entries)


def _dd_lines(tokens: Sequence[Token], start: int) -> tuple[int, int]:
    """The source lines of a definition's own blocks (the dd token's map can start on the term's line)."""
    first, last = None, None
    for token in tokens[start + 1 :]:
        if token.type == "dd_close" and token.level == tokens[start].level:
            break
        if token.map and token.nesting >= 0:
            first = token.map[0] if first is None else min(first, token.map[0])
            last = token.map[1] if last is None else max(last, token.map[1])
    if first is None or last is None:
        return (0, 0)
    return first, last


def _dd_markdown(doc: Document, first: int, last: int) -> str:
    lines = list(doc.lines[first:last])
    if not lines:
        return ""
    marker = _DD_MARKER.match(lines[0])
    if marker:
        lines[0] = " " * len(marker.group(1)) + lines[0][marker.end() :]
    return dedent(lines)


_DD_EMPTY_MARKS = (":", "~")


def _pending_deflist_terms(doc: Document, block: Block) -> tuple[GlossaryEntry, ...] | None:
    """The terms of a paragraph made of `Term` lines each over a bare `:` in a document that writes
    definition lists: a term whose definition is still to write (`Isotype switching` over `:   `), which
    the parser cannot read as a definition list. None for any other paragraph."""
    has_lists = doc.derived.get("glossary-has-deflists")
    if has_lists is None:
        has_lists = doc.derived["glossary-has-deflists"] = any(b.kind == "dl" for b in doc.blocks)
    lines = [doc.lines[n].strip() for n in range(block.first, block.last)]
    if not has_lists or len(lines) % 2:
        return None
    entries: list[GlossaryEntry] = []
    for k in range(0, len(lines), 2):
        term, mark = _unbold(lines[k]), lines[k + 1]
        if mark not in _DD_EMPTY_MARKS or not _is_term(term, 8) or _SENTENCE.search(term):
            return None
        entries.append(GlossaryEntry(block.first + k, term, "", block.first + k, block.first + k + 2))
    return tuple(entries)


def _without_advice(entries: tuple[GlossaryEntry, ...] | None) -> tuple[GlossaryEntry, ...] | None:
    """The entries of a block quote without its advice labels (`> **Exam tip:** …`); None when none is left."""
    if entries is None:
        return None
    kept = tuple(e for e in entries if not is_advice(e.term))
    return kept or None


# Paragraphs -----------------------------------------------------------------------------------------------


def _paragraph_entries(
    doc: Document, block: Block, *, quoted: bool = False, dash_only: bool = False
) -> tuple[GlossaryEntry, ...] | None:
    """The terms of a paragraph of `**Term**: definition` lines in a glossary section (with `quoted`, a
    block quote of such lines, `>` marks dropped; with `dash_only`, a paragraph of a run of `Term —
    definition` paragraphs, where only such lines start terms), None when its first line defines nothing.
    A `Term —` line with nothing after the dash is a term still to define."""

    def text(n: int) -> str:
        line = _QUOTE_MARK.sub("", doc.lines[n]) if quoted else doc.lines[n]
        return _HARD_BREAK.sub("", line.strip())

    starts: list[tuple[int, str, str]] = []
    for n in range(block.first, block.last):
        if quoted and not text(n):
            continue  # a `>` line between quoted definitions
        pending = _pending_term(text(n))
        found: tuple[str, str] | None = (pending, "") if pending is not None else None
        if found is None and (not dash_only or _DASH_RUN_LINE.match(text(n))):
            found = _label(text(n))
        if found is not None:
            starts.append((n, *found))
        elif n == block.first:
            return None  # prose that mentions terms, not a definition
    entries = []
    for k, (line, term, rest) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else block.last
        if _is_attribute(term):
            continue  # `**Note**: …` is an aside in a glossary, not a term
        more = [text(n) for n in range(line + 1, end)]
        definition = "\n".join(part for part in (rest.strip(), *more) if part)
        entries.append(GlossaryEntry(line, term, definition, line, end))
    # As in a list: labels followed only by links (`Wikipedia: https://…`) point elsewhere, defining nothing.
    if not any(_WORD.search(_LINK.sub("", entry.definition)) for entry in entries) and not (
        entries and all(_pending_term(text(entry.line)) is not None for entry in entries)
    ):
        return None  # unless every entry is a `Term —` still to define
    return tuple(entries)


# Bullet lists ---------------------------------------------------------------------------------------------


def _list_entries(doc: Document, index: int, in_glossary: bool) -> tuple[GlossaryEntry, ...] | None:
    items = list(list_items(doc, doc.blocks[index]))
    if not items:
        return None
    lead = _lead_in(doc, index)
    if lead is not None and _names_glossary(lead):
        in_glossary = True
    elif lead is not None and not in_glossary:
        return None
    found = [(span, label) for span in items if (label := _split_label(doc, span)) is not None]
    found = [(span, label) for span, label in found if not _reports_speech(*label) and not names_a_poster(label[0])]
    if not in_glossary and _counted_off([term for _, (term, _) in found]):
        return None
    if any(_is_attribute(term) for _, (term, _) in found):
        if not in_glossary:
            return None
        # In a glossary, a `Note:` item is an aside: it is left out, the terms around it stay.
        found = [(span, (term, text)) for span, (term, text) in found if not _is_attribute(term)]
    # A label followed only by a link points elsewhere: it does not make the list a glossary. A label with
    # nothing after it has the shape of a term still to be defined.
    defining = sum(1 for _, (_, text) in found if _WORD.search(_LINK.sub("", text)))
    shaped = sum(1 for _, (_, text) in found if not text.strip() or _WORD.search(_LINK.sub("", text)))
    share = shaped / len(items)
    if in_glossary:
        if not defining or share < 0.5:
            return None
    elif (
        defining < 2
        or share < _GLOSSARY_SHARE
        or (_explains_a_topic(doc, index) and not _bold_dash_list_before_footer(doc, index))
    ):
        return None
    entries: list[GlossaryEntry] = []
    for (first, last), (term, definition) in found:
        entries.append(GlossaryEntry(first, term, definition, first, last))
        entries.extend(_sub_terms(doc, doc.blocks[index], first, last, term))
    return tuple(entries)


def _sub_terms(doc: Document, block: Block, first: int, last: int, parent: str) -> list[GlossaryEntry]:
    """The sub-terms an item defines in its nested list (`- Mens rea: the guilty mind.` over `- Intention:
    …` and `- Recklessness: …`): each its own card, the item's own card keeping them in its definition.
    Only when every nested item defines a term that is not an aside (`Example: …`): else the nested items
    just continue the definition."""
    level = doc.tokens[block.start].level + 3  # list, item, nested list, nested item
    spans: list[tuple[int, int]] = []
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map and first < token.map[0] < last:
            start, end = token.map
            while end > start + 1 and not doc.lines[end - 1].strip():
                end -= 1
            spans.append((start, end))
    found: list[GlossaryEntry] = []
    for start, end in spans:
        label = _split_label(doc, (start, end))
        if label is None or _is_attribute(label[0]) or not label[1].strip():
            return []
        found.append(GlossaryEntry(start, label[0], label[1], start, end, parent))
    return found


def _explains_a_topic(doc: Document, index: int) -> bool:
    """True when the list shares its section with other content (prose, tables, code): then its
    `Term: text` items are part of that section's explanation (the topic card's answer), not a glossary."""
    section = _section_of(doc, index)
    if section is None:
        return False
    lead = index - 1 if _lead_in(doc, index) is not None else None
    return any(
        doc.blocks[i].kind not in ("hr", "heading") and i not in (index, lead) and not _comment_only(doc, i) for i in section.body
    )


# `- **put off** — postpone`: an item that is a bold term, a dash (em, en or `--`) and its meaning; a gloss in
# brackets may follow the term (`- **Means Test** (household test) — …`).
_BOLD_DASH_ITEM = lazy_pattern(
    r"^[ \t]*[-*+][ \t]+(?P<b>\*\*|__)[^*_\n]{1,60}(?P=b)(?:[ \t]+\([^()\n]{1,60}\))?[ \t]+(?:[—–]|--)[ \t]+\S"
)
_BOLD_DASH_MIN = 3


def _bold_dash_list_before_footer(doc: Document, index: int) -> bool:
    """True for a list of three items or more, each a bold term, a dash and its meaning, whose section holds
    nothing else but the lead-in before it and the note's closing paragraph after it (`Last updated after
    mock test 3.`: the last block of the document, about the note, not the list's topic; rules and a
    back-to-top line may follow it)."""
    block = doc.blocks[index]
    items = list(list_items(doc, block))
    if len(items) < _BOLD_DASH_MIN or not all(_BOLD_DASH_ITEM.match(doc.lines[first]) for first, _ in items):
        return False
    section = _section_of(doc, index)
    if section is None:
        return False
    lead = index - 1 if _lead_in(doc, index) is not None else None
    others = [
        i
        for i in section.body
        if doc.blocks[i].kind not in ("hr", "heading") and i not in (index, lead) and not _comment_only(doc, i)
    ]
    last = len(doc.blocks) - 1
    while last > index and (doc.blocks[last].kind == "hr" or _back_link(doc, last)):
        last -= 1
    others = [i for i in others if i <= last]
    return others == [last] and last > index and doc.blocks[last].kind == "paragraph"


def _comment_only(doc: Document, index: int) -> bool:
    """True for an HTML block that is only a comment (`<!-- fill in next chapter -->`): a note to self
    beside a list explains nothing of its topic."""
    block = doc.blocks[index]
    if block.kind != "html_block":
        return False
    text = doc.text(block.first, block.last).strip()
    return text.startswith("<!--") and text.endswith("-->") and text.count("-->") == 1


def _lead_in(doc: Document, index: int) -> str | None:
    """The paragraph that introduces a list (`**Challenges**:`, `Here are some options:`), if any."""
    if index == 0 or doc.blocks[index - 1].kind != "paragraph":
        return None
    text = doc.block_text(index - 1).strip()
    return text if text.rstrip("*_ ").endswith((":", "：")) else None


def _split_label(doc: Document, span: tuple[int, int]) -> tuple[str, str] | None:
    """(term, definition) when a list item reads `**Term**: definition` or `Term: definition`."""
    first, last = span
    line = doc.lines[first]
    head = _ITEM_MARKER.sub("", line, count=1)
    if _TASK.match(head):
        return None  # a task, not a definition
    found = _label(head.rstrip())
    if found is None and last - first == 1:
        found = _bare_label(head.strip())  # `- Sidecar:` alone: a term still to define
    if found is None:
        return None
    term, rest = found
    indent = len(line) - len(head)
    # Continuation lines and nested blocks are indented to the item's content; lazy lines are not.
    more = [text[indent:] if not text[:indent].strip() else text for text in doc.lines[first + 1 : last]]
    if rest.strip():
        return term, "\n".join([rest.strip(), *more]).strip("\n")
    return term, dedent(more)


_BARE_LABEL = lazy_pattern(r"^(?P<term>[^:：\n]{1,80}?)\s*[:：]$")


def _bare_label(head: str) -> tuple[str, str] | None:
    """(term, '') for an item that names a term and stops (`Sidecar:`, `Quorum —`): a term still to define,
    as `**Sidecar**:` is."""
    match = _BARE_LABEL.match(head)
    if match is not None:
        term = match.group("term").strip()
        if _is_term(term, 6) and not _SENTENCE.search(term) and not _opens_emphasis(term) and "**" not in term:
            return term, ""
        return None
    pending = _pending_term(head)
    return (pending, "") if pending is not None else None


# `**Инерция** (инерция) — …`, `**Mitochondrion** (pl. mitochondria) — …`: a bracketed translation or gloss
# between the bold term and the dash, which the term keeps; nothing after the dash is a term still to define.
_GLOSSED_LABEL = lazy_pattern(
    r"^(?P<b>\*\*|__)(?P<term>[^*_\n]{1,60}?)(?P=b)[ \t]*(?P<gloss>\([^()\n]{1,40}\))[ \t]*(?:[—–]|--?)(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)"
)


def _glossed_label(head: str) -> tuple[str, str] | None:
    """(`Term (gloss)`, definition) for `**Term** (gloss) — definition` (`_GLOSSED_LABEL`), else None."""
    match = _GLOSSED_LABEL.match(head) if "(" in head else None
    if match is None or not _is_term(match.group("term").strip(), 8):
        return None
    return f"{match.group('term').strip()} {match.group('gloss')}", match.group("rest") or ""


def _label(head: str) -> tuple[str, str] | None:
    if head[:2] in ("**", "__") and (glossed := _glossed_label(head)) is not None:
        return glossed
    if head.startswith("<"):
        head = _HTML_BOLD.sub(r"**\2**", head, count=1)  # `<b>Term</b>: …` is bold written in HTML
    bold = _BOLD_LABEL.match(head)
    if bold:
        term = bold.group("term").strip()
        if not (bold.group("inner") or bold.group("sep")) or not _is_term(term, 8) or term.endswith("?"):
            return None
        return term, bold.group("rest")
    for pattern in (_CODE_LABEL, _COLON_LABEL, _DASH_LABEL):
        match = pattern.match(head)
        if match:
            term, rest = _plural_marker(match.group("term").strip(), match.group("rest"))
            term = _without_marks(term)
            if _opens_emphasis(term):
                return None  # `*Revision sheet — …*`: a line in italics is an aside, its dash no label
            if _hashtags_only(rest):
                return None  # `Tags: #german #vocab`: the note's metadata, not a definition
            if _is_term(term, 6) and not _SENTENCE.search(term) and "**" not in term and "`" not in term.strip("`"):
                return term, rest
            if _CODE_TERM.match(term):
                return term, rest  # `` `RE` prefix (e.g. `RERA`) ``: the code named, with a word or two and an example
            return None
    return None


_SPACED_DASH = lazy_pattern(r"^[—–]\s+(?=\S)")


# A term in code with a word or two after it and an aside in brackets (`` `RE` prefix (e.g. `RERA`) ``).
_CODE_TERM = lazy_pattern(r"^`[^`\n]{1,30}`(?:[ \t]+[^\W\d_][\w-]*){0,2}(?:[ \t]+\([^()\n]{1,40}\))?$")


def _plural_marker(term: str, rest: str) -> tuple[str, str]:
    """`der Onkel, - – uncle`: a hyphen right before the spaced en or em dash belongs to the term (a
    dictionary's plural marker, `-` for "no change"); the dash after it is the separator."""
    dash = _SPACED_DASH.match(rest)
    if dash is None:
        return term, rest
    return f"{term} -", rest[dash.end() :]


_HASHTAG_LINE = lazy_pattern(r"^(?:#[^\W\d][\w/-]*[\s,]*)+$")


def _hashtags_only(rest: str) -> bool:
    """A label followed only by `#tags` (`Tags: #german #vocab`) labels the note, it defines nothing."""
    return bool(_HASHTAG_LINE.match(rest.strip()))


def _opens_emphasis(term: str) -> bool:
    """Whether a term opens an emphasis it does not close (`*Revision sheet`): the label of a line in
    italics, not a term."""
    mark = term[:1]
    return mark in ("*", "_") and term[:2] != mark * 2 and term.count(mark) % 2 == 1


_TRAILING_MARKS = lazy_pattern(r"(?:\s*[★☆✱✶✷✸✹*†‡§¹²³])+$")


def _without_marks(term: str) -> str:
    """A term without the markers that follow it (`Hamartia ★`, `Catharsis*`, `Volta†`): a flag on the
    entry (exam list, footnote), no part of the term. A term that is only marks keeps them."""
    if term.startswith(("*", "_")) or (term.endswith("*") and term.count("*") % 2 == 0):
        return term  # `*Term*`, `Perfekt with *sein*`: its closing star is emphasis
    return _TRAILING_MARKS.sub("", term).strip() or term


# `Aufgabe 2 (Sliding Window)`, `Task 3`, `Übung 1`: a word or two and a number opening a label.
_NUMBERED_TERM = lazy_pattern(r"^(?P<stem>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?)[ \t]*#?(?P<n>\d{1,3})[a-z]?(?!\w)")


def _counted_off(terms: list[str]) -> bool:
    """True when every label, two or more, is one stem with a running number (`Aufgabe 1 (…)`, `Aufgabe 2`,
    `Aufgabe 3`): the items of a sheet counted off, whatever the language, not terms to define."""
    if len(terms) < 2:
        return False
    matches = [_NUMBERED_TERM.match(_unbold(term).strip()) for term in terms]
    if not all(matches):
        return False
    stems = {m.group("stem").casefold() for m in matches if m is not None}
    numbers = [int(m.group("n")) for m in matches if m is not None]
    return len(stems) == 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _is_attribute(term: str) -> bool:
    word = " ".join(re.sub(r"[^\w\s]", " ", term.casefold()).split())
    return word in _ATTRIBUTE_LABELS or bool(_ORDINAL_LABEL.match(word))


_BAND = lazy_pattern(r"^\s*(\d{1,4})\s*(?:[–—-]|to)\s*(\d{1,4})\s*%?\s*$")


def _rating_scale(values: list[str]) -> bool:
    """True when every value is a whole number and the numbers run down by one (`4`, `3`, `2`, `1`; `5` … `0`):
    the steps of a rating scale or a rubric, best first, whose meanings are no terms to learn. (Numbers
    running up by one only number the rows, checked apart.)"""
    plain = [_unbold(value).strip() for value in values]
    if len(plain) < 2 or not all(value.isdigit() for value in plain):
        return False
    numbers = [int(value) for value in plain]
    return all(numbers[n + 1] == numbers[n] - 1 for n in range(len(numbers) - 1))


def _score_bands(values: list[str]) -> bool:
    """True when every value is a numeric range and the ranges tile a scale without gaps (`90–100`, `80–89`
    …; `7–8`, `5–6`, `0–4`): the bands of a score guide or a grading scale, which name no term."""
    bands = []
    for value in values:
        match = _BAND.match(_unbold(value))
        if match is None:
            return False
        bands.append((int(match.group(1)), int(match.group(2))))
    bands.sort()
    return (
        len(bands) >= 2
        and all(lo <= hi for lo, hi in bands)
        and all(bands[n + 1][0] in (bands[n][1], bands[n][1] + 1) for n in range(len(bands) - 1))
    )


# `- priyanka: "ACID is a marketing term" should be on a t-shirt.`: a plain one-word label and a quoted
# sentence of three words or more (ending in `.`, `!`, `?`, or carried on after the quote): who said what,
# not a term and its definition (`Gesundheit: "health"` quotes a translation, and stays a term).
_QUOTED_SENTENCE = lazy_pattern(r'^(?P<open>["“«„])(?P<said>[^"“”«»„\n]{3,})["”»“]\s*(?P<after>.*)$', re.S)


# `@lu_gimenez`, `**@marcos.py:**`: an account's handle, outside code (`` `@Override` `` is an annotation).
_HANDLE = lazy_pattern(r"^@[^\W_][\w.]*\w$")


def names_a_poster(term: str) -> bool:
    """True for a label that is an account's handle (`**@ana_r:** …`, as a post's comments are copied out):
    who wrote the item, not a term it defines."""
    return term.lstrip("*_ ").startswith("@") and _HANDLE.match(_unbold(term).strip().rstrip(":：").strip()) is not None


def _reports_speech(term: str, definition: str) -> bool:
    """True for a list item that reports what someone said (`_QUOTED_SENTENCE`) rather than defining a term."""
    plain = term.strip()
    if len(plain.split()) != 1 or plain[:1] in "*_`[" or not plain[:1].isalpha():
        return False
    quoted = _QUOTED_SENTENCE.match(definition.strip())
    if quoted is None:
        return False
    said = quoted.group("said").strip()
    return len(said.split()) >= 3 and (said.endswith((".", "!", "?", "…")) or _WORD.search(quoted.group("after")) is not None)
