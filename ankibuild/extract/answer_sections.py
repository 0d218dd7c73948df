"""Answer sections: numbered questions answered by number in a later section titled as the answers,
part by part when the numbering restarts.

    ## Part A — Short questions          ## Answers
    1. Why is demand for insulin …?      ### Part A
    2. Give two sources of …             **1.** It has no close substitutes …
                                         **2.** *(not in my key)*
    ## Part B — Calculations             ### Part B
    1. A monopolist faces … ?            1. $Q^* = 20$, $P^* = 60$.

1. **The answers** are a section whose title names them (`Answers`, `Solutions`, `Answer key`, `Respuestas`,
   `Lösungen`, `Ответы`, `答案` …, `questions.KEY_TITLE`). Each of its sub-sections is one group of answers,
   titled as the part it answers (`### Part A`); without sub-sections its own body is one group. A group's
   answers are the items of its numbered lists and the paragraphs that open with a number label
   (`**3.**`, `**Q3.**`, `**Answer 3:**`, `Q3:`, `Ответ 3.`): the label line and everything after it up to
   the next label, rule or heading (display math and code under `**1.** Midpoint method:` included). Sub-headings
   that only number (`### 1.`, `### Question 2`) are one group, each answer its heading's body.
2. **The questions** are numbered the same way before the answers: the items of a numbered list (`1.`,
   `1)`) or paragraph lines opening with a number label (`Q1.`, `**Q1.**`, `Question 1:`), one group per
   section; numbered headings that ask over nothing but a rule (`### Q1. What is …?`) are one group per
   parent section. A group counts when it holds two questions or more, most of them ask (`?` or a command word), no
   answer follows a labelled question in place, and most of its numbers are in the answer group it pairs
   with.
3. **Pairing.** An answer group titled as a question section (its words open the section's title: `Part A`
   and `Part A — Short questions`, or the other way round) answers that section; when no title matches,
   groups as many as the question sections are paired in order. A single untitled group answers every
   question section before it when their numbers do not repeat, else the nearest one.

Question N gets answer N of its group; a number without an answer, an empty or placeholder answer, or an
answer that is only a remark in brackets (`*(not covered in my key — see the slides)*`) is reported
`unanswered`. The answer sections' headings are claimed with the cards (they are no topics). The plain shape
of one numbered list answered by one numbered list under a flat key section is left to the `answer-key`
rule. Runs early, before the rules that would read a labelled answer paragraph as the answer of the heading
above it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import remark_or_empty_reason, unanswered
from .document import SECTION_ANSWERED, Document, dedent
from .outline import clean_heading, heading_question, topic_tags
from .questions import KEY_TITLE, clean_question, is_question

CONVENTION = "answer-section"

_DRESS = re.compile(r"^[\W\d_]*")
# `**3.**`, `**Q3.**`, `**Answer 3:**`, `Q3:`, `Question 3.`, `Ответ 3.`: a number label opening a line; plain
# labels need their word and punctuation (a bare `3.` line is a list item, not a paragraph).
_LABEL_WORDS = (
    r"answer|ans|solution|sol|question|qn|q|a|problem|respuesta|pregunta|soluci[oó]n|antwort|frage|l[oö]sung|"
    r"r[eé]ponse|risposta|domanda|resposta|pergunta|ответ|вопрос|решение|відповідь|питання|"
    # Dutch, the Nordic languages and Finnish: question, answer, exercise (`**Vraag 3**`, `**Oppgave 2:**`)
    r"vraag|antwoord|opgave|uitwerking|spørsmål|sporsmal|fråga|spørgsmål|oppgave|uppgift|opgave|svar|"
    r"kysymys|vastaus|tehtävä"
)
# Answer-section titles beyond questions.KEY_TITLE: Dutch `Uitwerkingen`, French `Corrigés`, the Nordic
# languages (`Svar`, `Løsninger`, `Lösningar`, `Fasit`, `Facit`) and Finnish (`Vastaukset`, `Ratkaisut`); the
# feedback of an online knowledge check (`Check your answers`, `Antworten überprüfen`, `Comprobar las respuestas`,
# `Vérifier vos réponses`).
_MORE_KEY_TITLES = re.compile(
    r"^(?:uitwerkingen|uitwerking|antwoordmodel|corrigés|corrigé|corrections|svar|svaren|svarene|løsninger|"
    r"løsningsforslag|lösningar|lösningsförslag|fasit|facit|vastaukset|ratkaisut|mallivastaukset|"
    r"check\s+your\s+answers?|antworten\s+überprüfen|comprobar\s+(?:las|tus|sus)\s+respuestas|"
    r"vérifie[rz]\s+(?:vos|tes|les)\s+réponses)\b",
    re.I,
)
# `**Vraag 4:**`, `**Answer 2**`, `**3.**` alone on its line: the label of an answer (or question) written below it.
_LABEL_ONLY = re.compile(
    rf"^[ \t]{{0,3}}(?P<b>\*\*|__)(?:(?:{_LABEL_WORDS})\.?[ \t]*)?(?:#|№[ \t]*)?(?P<n>\d{{1,3}})[ \t]*[.):：]?[ \t]*"
    r"(?P=b)[ \t]*[.):：]?[ \t]*$",
    re.I,
)
# Label words that name a question or an exercise: an entry so labelled asks, whatever its wording.
_QUESTION_WORDS = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:question|qn|q|problem|pregunta|frage|aufgabe|domanda|pergunta|вопрос|питання|vraag|opgave|"
    r"spørsmål|sporsmal|fråga|spørgsmål|oppgave|uppgift|kysymys|tehtävä)\.?[ \t]*(?:#|№[ \t]*)?\d",
    re.I,
)
# `- a. elastisch`, `- (B) 42`: the options of a multiple-choice question, one an item; so are the radio
# buttons and check boxes of an online quiz (`- ( ) …`, `- (x) …`, `- [ ] …`).
_OPTION_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])?[ \t]*(?:\(?[a-fA-F][.)]|\([ xX]?\)|\[[ xX]\])[ \t]+\S")
# `(1 pt)`, `[2 marks]`, `(3 punten)`: the points a question is worth, not part of what it asks.
_POINTS = re.compile(
    r"^[ \t]*[(\[]\s*\d{1,3}(?:[.,]\d)?\s*(?:pt|pts|p|points?|punt|punten|marks?|poeng|poäng|point|Punkte?|pkt)\.?"
    r"\s*[)\]][ \t]*",
    re.I,
)


def _names_answers(title: str) -> bool:
    """True when a section title names the answers (`questions.KEY_TITLE`, `_MORE_KEY_TITLES`)."""
    return KEY_TITLE.match(title) is not None or _MORE_KEY_TITLES.match(title) is not None


_NUMBER_LABEL = re.compile(
    rf"^[ \t]{{0,3}}(?P<b>\*\*|__)?(?:(?P<word>{_LABEL_WORDS})\.?[ \t]*)?(?:#|№[ \t]*)?(?P<n>\d{{1,3}})"
    r"(?![\d.,]\d)[ \t]*(?P<p1>[.):：])?[ \t]*(?(b)(?P=b))[ \t]*(?P<p2>[.):：]|[—–-](?=[ \t]))?[ \t]*(?=\S)",
    re.I,
)
# `**Q1. What is a dominant allele?**`, `__3) Name the noble gases.__`: the label inside bold around the whole line.
_BOLD_LINE = re.compile(
    rf"^[ \t]{{0,3}}(?P<b>\*\*|__)(?:(?:{_LABEL_WORDS})\.?[ \t]*)?#?(?P<n>\d{{1,3}})[ \t]*[.):：][ \t]*(?!(?P=b))(?P<text>\S.*?)(?P=b)[ \t]*$",
    re.I,
)
# `Q1.`, `1.`, `Question 1:`, `2)`: the number opening a heading's title.
_HEADING_NUMBER = re.compile(rf"^\s*(?:(?:{_LABEL_WORDS})\.?\s*)?#?(?P<n>\d{{1,3}})\s*[.:)]\s*\S", re.I)
_ANCHOR_LINK = re.compile(r"^\W*\[[^\]]+\]\(#[^)]*\)\W*$")
_ITEM_MARKER = re.compile(r"^\s*\d{1,3}[.)]\s*")
# `<a id="a3"></a>`, `<a name="q3"/>`: a jump target alone on its line, where a question's `[→](#a3)` link lands;
# it shows nothing, so the number label under it still opens the answer.
_JUMP_TARGET = re.compile(r"""^[ \t]{0,3}<a[ \t]+(?:id|name)[ \t]*=[ \t]*["']?[\w:.-]+["']?[ \t]*/?>(?:[ \t]*</a>)?[ \t]*$""", re.I)
_ENDS = frozenset({"hr", "heading"})
_ITEM_BLOCKS = frozenset({"paragraph_open", "bullet_list_open", "ordered_list_open", "blockquote_open"})
_MIN_QUESTIONS = 2


@dataclass(slots=True)
class _Entry:
    """One numbered question or answer: its number, the line it starts on and its source spans."""

    number: int
    line: int
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    """For a multiple-choice question: its option lists, which go on the back above the key."""
    asks: bool = False
    """Labelled as a question (`**Vraag 3**`, `Question 3:`): it asks whatever its wording."""
    follows: bool = False
    """For a question: blocks other than a question follow it in place (it is answered there)."""
    blocks: int = 0
    """For a list item: how many paragraphs, lists and quotes it holds."""

    def text(self) -> str:
        return "\n\n".join(p for p in self.parts if p.strip()).strip()


@dataclass(slots=True)
class _Group:
    """The numbered entries of one section (questions) or one answers sub-section."""

    titles: tuple[str, ...]
    """The section's title, then the titles above it (for questions): what an answers heading may name."""
    section: int | None
    entries: list[_Entry]
    lists_only: bool


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing numbered questions with the numbered answers of a later answers section."""
    keys = [
        n
        for n, s in enumerate(doc.sections)
        if _names_answers(_DRESS.sub("", s.title)) and not (s.level == 1 and s.title == doc.title)
    ]
    if not keys:
        return RuleResult()  # no section titled as the answers: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    floor = 0  # the questions of an answers section lie after the previous one
    starts = {s.block: n for n, s in enumerate(doc.sections)}
    for key in keys:
        section = doc.sections[key]
        if doc.blocks[section.block].first in taken or doc.blocks[section.block].first in claims:
            continue
        subs = _children(doc, key)
        end = doc.sections[subs[-1]].block + 1 + len(doc.sections[subs[-1]].body) if subs else section.block
        questions = _question_groups(doc, taken, starts, floor, section.block)
        floor = max(end, section.block + 1 + len(section.body))
        if not questions:
            continue
        pairs = _pairs(doc, taken, key, subs, questions)
        if not pairs:
            continue
        used_heads = [section.block]
        for asked, answered in pairs:
            by_number = {e.number: e for e in answered.entries}
            path = _path(doc, asked.section)
            context = tuple(clean_heading(p) for p in path)
            tags = topic_tags(path)
            for entry in asked.entries:
                question = _front(entry.text())
                loc = doc.loc(entry.line)
                found = by_number.get(entry.number)
                answer = found.text() if found is not None else ""
                reason = remark_or_empty_reason(answer)
                state = "card" if reason is None else "unanswered"
                if reason is None:
                    answer = "\n\n".join([*entry.options, answer])  # the options, then the key
                    drafts.append(CardDraft(loc, CONVENTION, question, answer, context, tags))
                else:
                    diagnostics.append(unanswered(loc, question, reason))
                for first, last in entry.spans + (found.spans if found is not None else []):
                    claims.update(claim(first, last, state))
            if answered.section is not None and answered.section != key:
                used_heads.append(doc.sections[answered.section].block)
        for i in used_heads:
            head = doc.blocks[i]
            claims.update(claim(head.first, head.last, "card"))
    if drafts:
        doc.derived[SECTION_ANSWERED] = doc.derived.get(SECTION_ANSWERED, 0) + len(drafts) + len(diagnostics)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# `… instead of Flexbox? _(answer coming soon)_`: a remark in italic brackets after the question, on its status.
_TRAILING_REMARK = re.compile(r"(?<=[?？])[ \t]+(?P<i>[*_])[(\[][^()\[\]]*[)\]](?P=i)[ \t]*$")


def _front(text: str) -> str:
    """The question cleaned of its dress and of a remark after it, the code, math or table under it kept as
    written."""
    head, _, shown = text.partition("\n\n")
    question, _ = clean_question(_TRAILING_REMARK.sub("", _POINTS.sub("", " ".join(head.split()))))
    return f"{question}\n\n{shown.strip()}" if shown.strip() else question


def _children(doc: Document, key: int) -> list[int]:
    """The direct sub-sections of section `key`."""
    found: list[int] = []
    for n in range(key + 1, len(doc.sections)):
        if doc.sections[n].level <= doc.sections[key].level:
            break
        if doc.sections[n].parent == key:
            found.append(n)
    return found


def _path(doc: Document, section: int | None) -> tuple[str, ...]:
    if section is None:
        return ()
    found = doc.sections[section]
    if found.level == 1 and found.title == doc.title:
        return ()
    return found.path + (found.title,)


def _pairs(
    doc: Document, taken: Mapping[int, str], key: int, subs: Sequence[int], questions: Sequence[_Group]
) -> list[tuple[_Group, _Group]]:
    """The (questions, answers) groups that go together, each pair checked (most numbers answered)."""
    section = doc.sections[key]
    if not subs:
        answers = _entries(doc, taken, section.body, answers=True)
        if answers is None or not answers.entries:
            return []
        answers.section = key
        return _flat_pairs(questions, answers)
    if all(_NUMBER_TITLE.match(doc.sections[n].title) for n in subs):
        numbered = _numbered_headings(doc, taken, key, subs)  # `### 1`, `### Question 2` under `## Solutions`
        return _flat_pairs(questions, numbered) if numbered is not None else []
    groups: list[_Group] = []
    for n in subs:
        sub = doc.sections[n]
        if heading_question(doc, sub) is not None or _children(doc, n):
            return []  # `### What is …?` under `## Answers`: a quiz written as headings, not numbered answers
        found = _entries(doc, taken, sub.body, answers=True)
        if found is None or not found.entries:
            continue  # `### Part C` still to write: the other parts are answered all the same
        found.titles, found.section = (sub.title,), n
        groups.append(found)
    pairs: list[tuple[_Group, _Group]] = []
    for answers in groups:
        match = next((q for q in questions if any(_same_part(t, answers.titles[0]) for t in q.titles)), None)
        if match is not None:
            pairs.append((match, answers))
    if not pairs and groups and len(groups) == len(questions):
        pairs = list(zip(questions, groups, strict=True))
    return [(q, a) for q, a in pairs if _keyed(q, a)]


def _flat_pairs(questions: Sequence[_Group], answers: _Group) -> list[tuple[_Group, _Group]]:
    """One group of answers for the question groups before it: all of them when their numbers do not
    repeat, else the nearest one."""
    numbers = [e.number for g in questions for e in g.entries]
    chosen = list(questions) if len(numbers) == len(set(numbers)) else [questions[-1]]
    if len(chosen) == 1 and chosen[0].lists_only and answers.lists_only:
        return []  # one numbered list answered by one numbered list: the `answer-key` rule's shape
    return [(q, answers) for q in chosen if _keyed(q, answers)]


# `### 3`, `### 3.`, `### Question 3`, `### Q3`, `### Ответ 3`: a heading that only numbers the answer under it.
_NUMBER_TITLE = re.compile(rf"^\s*(?:(?:{_LABEL_WORDS})\.?\s*)?(?:#|№\s*)?\d{{1,3}}\s*[.:)]?\s*$", re.I)


def _numbered_headings(doc: Document, taken: Mapping[int, str], key: int, subs: Sequence[int]) -> _Group | None:
    """The answers of number-only sub-headings, each its heading's body; None when one is claimed."""
    entries: list[_Entry] = []
    for n in subs:
        sub = doc.sections[n]
        head = doc.blocks[sub.block]
        if not is_free(doc, taken, sub.block) or not all(is_free(doc, taken, i) for i in sub.body):
            return None
        kept = [i for i in sub.body if doc.blocks[i].kind != "hr"]
        number = int(re.findall(r"\d+", sub.title)[0])
        entry = _Entry(number, head.first, [doc.block_text(i).strip("\n") for i in kept], [(head.first, head.last)])
        entry.spans.extend((doc.blocks[i].first, doc.blocks[i].last) for i in sub.body)
        entries.append(entry)
    return _Group((), key, entries, lists_only=False)


def _keyed(questions: _Group, answers: _Group) -> bool:
    """Most questions have their number among the answers, and the answers do not ask again (`**1. What
    is X?**` over its answer is a question of its own, not the key of a list above)."""
    numbers = {e.number for e in answers.entries}
    if 2 * sum(1 for e in questions.entries if e.number in numbers) <= len(questions.entries):
        return False
    restated = sum(1 for e in answers.entries if e.parts and is_question(" ".join(e.parts[0].split())))
    return 2 * restated <= len(answers.entries)


_TITLE_WORDS = re.compile(r"\w+")
_ANSWERS_TO = frozenset({"answer", "answers", "solution", "solutions", "key", "to", "for", "of"})


def _same_part(question_title: str | None, answer_title: str | None) -> bool:
    """`Part A — Short questions` and `Part A`: the words of one title open the other."""
    if not question_title or not answer_title:
        return False
    asked = _TITLE_WORDS.findall(question_title.casefold())
    answered = _TITLE_WORDS.findall(answer_title.casefold())
    while answered and answered[0] in _ANSWERS_TO:
        answered = answered[1:]  # `Answers to Part A`, `Solutions for section 2`
    if not asked or not answered:
        return False
    shorter, longer = sorted((asked, answered), key=len)
    return longer[: len(shorter)] == shorter


def _question_groups(doc: Document, taken: Mapping[int, str], starts: Mapping[int, int], floor: int, before: int) -> list[_Group]:
    """The numbered question groups of the sections between block `floor` and block `before` (`starts`:
    the index of the section each heading block opens)."""
    groups: list[_Group] = []
    current: list[int] = []
    section: int | None = None

    def close() -> None:
        if current:
            found = _entries(doc, taken, current, answers=False)
            if found is not None and _asks(found):
                found.section = section
                if section is not None:
                    found.titles = (doc.sections[section].title, *reversed(doc.sections[section].path))
                groups.append(found)
        current.clear()

    owner = doc.section_of_block(floor)
    section = starts.get(floor, None if owner is None else starts[owner.block])
    headed: dict[int | None, list[_Entry]] = {}  # `### Q1. What is …?` headings with nothing under them, by parent
    for i in range(floor, before):
        if i in starts:
            close()
            section = starts[i]
            entry = _heading_question(doc, taken, section)
            if entry is not None:
                headed.setdefault(doc.sections[section].parent, []).append(entry)
            continue
        current.append(i)
    close()
    for parent, entries in headed.items():
        group = _Group((), parent, entries, lists_only=False)
        if parent is not None:
            group.titles = (doc.sections[parent].title, *reversed(doc.sections[parent].path))
        if _asks(group):
            groups.append(group)
    return groups


def _heading_question(doc: Document, taken: Mapping[int, str], index: int) -> _Entry | None:
    """A numbered heading that asks (`### Q1. What is …?`, `#### 2) Name …`) over nothing but rules: a
    question whose answer is elsewhere, as an entry."""
    section = doc.sections[index]
    match = _HEADING_NUMBER.match(section.title)
    asked = heading_question(doc, section)
    if match is None or asked is None or not is_free(doc, taken, section.block):
        return None
    if any(doc.blocks[i].kind != "hr" for i in section.body):
        return None
    head = doc.blocks[section.block]
    return _Entry(int(match.group("n")), head.first, [asked[0]], [(head.first, head.last)])


def _asks(group: _Group) -> bool:
    entries = group.entries
    if len(entries) < _MIN_QUESTIONS or 2 * sum(1 for e in entries if e.follows) > len(entries):
        return False  # most questions answered in place (a hint after the last one is no answer)
    numbers = [e.number for e in entries]
    if len(numbers) != len(set(numbers)):
        return False  # two numbered lists in one section: steps beside questions, not one set
    if 2 * sum(1 for e in entries if _ANCHOR_LINK.match(e.text())) > len(entries):
        return False  # `1. [What is X?](#what-is-x)`: a table of contents, its answers are further down
    asking = sum(1 for e in entries if e.asks or is_question(_POINTS.sub("", " ".join(e.text().split()))))
    return 2 * asking > len(entries)


def _entries(doc: Document, taken: Mapping[int, str], blocks: Sequence[int], *, answers: bool) -> _Group | None:
    """The numbered entries of some blocks: list items and labelled paragraph lines. For answers, the blocks
    after a label belong to it up to the next label or rule; for questions, any such block marks the
    question as answered in place. None when a block is already claimed."""
    entries: list[_Entry] = []
    lists_only = True
    current: _Entry | None = None
    for i in blocks:
        block = doc.blocks[i]
        if not is_free(doc, taken, i):
            if entries:
                return None
            continue  # claimed before the first entry (a lead-in another rule took): not this set's
        if block.kind in _ENDS:
            current = None
            continue
        if block.kind == "ordered_list":
            current = None
            entries.extend(_list_entries(doc, i))
            continue
        start = _past_jump_targets(doc, block.first, block.last) if block.kind == "paragraph" else block.first
        if start == block.last:  # only jump targets: they mark where the next entry starts, nothing to show
            if current is not None:
                current.spans.append((block.first, block.last))
            continue
        if block.kind == "paragraph" and _labelled(doc.lines[start]):
            lists_only = False
            found = _paragraph_entries(doc, start, block.last)
            if found and start > block.first:
                found[0].spans.append((block.first, start))
            for entry in found:
                entries.append(entry)
                current = entry
            continue
        if current is None:
            continue  # a lead-in before the first entry, or a block after a list
        if block.kind == "html_block" and not doc.block_text(i).strip().lower().startswith("<details"):
            continue  # `<br>`, a comment: spacing, not content
        if answers:
            current.parts.append(doc.block_text(i).strip("\n"))
            current.spans.append((block.first, block.last))
        elif _options(doc, i):
            current.options.append(doc.block_text(i).strip("\n"))  # a multiple-choice stem's options
            current.spans.append((block.first, block.last))
        else:
            current.follows = True
    return _Group((), None, entries, lists_only)


def _past_jump_targets(doc: Document, first: int, last: int) -> int:
    """The first line from FIRST (up to LAST) that is no jump target (`<a id="a3"></a>`)."""
    while first < last and _JUMP_TARGET.match(doc.lines[first]):
        first += 1
    return first


def _labelled(line: str) -> bool:
    """A number label that is one: bold, or a word with punctuation after the number (`Q3.`, `Answer 3:`)."""
    if _BOLD_LINE.match(line) or _LABEL_ONLY.match(line):
        return True
    match = _NUMBER_LABEL.match(line)
    if match is None:
        return False
    return bool(match.group("b")) or (bool(match.group("word")) and bool(match.group("p1") or match.group("p2")))


def _paragraph_entries(doc: Document, first: int, last: int) -> list[_Entry]:
    """The labelled lines of a paragraph, each with the lines after it up to the next labelled one."""
    entries: list[_Entry] = []
    for n in range(first, last):
        line = doc.lines[n]
        bold = _BOLD_LINE.match(line)
        match = _NUMBER_LABEL.match(line)
        alone = _LABEL_ONLY.match(line)
        if bold is not None:
            entries.append(_Entry(int(bold.group("n")), n, [bold.group("text").strip()], [(n, n + 1)]))
        elif alone is not None:
            entries.append(_Entry(int(alone.group("n")), n, [""], [(n, n + 1)]))
        elif match is not None and _labelled(line):
            entries.append(_Entry(int(match.group("n")), n, [line[match.end() :].strip()], [(n, n + 1)]))
        else:
            if entries:
                entries[-1].parts[-1] = (entries[-1].parts[-1] + "\n" + line.strip()).lstrip("\n")
                entries[-1].spans.append((n, n + 1))
            continue
        entries[-1].asks = _QUESTION_WORDS.match(line) is not None
    return entries


def _options(doc: Document, index: int) -> bool:
    """True for a list block made only of lettered options (`- a. …` to `- d. …`), two or more."""
    block = doc.blocks[index]
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    return len(lines) >= 2 and all(_OPTION_ITEM.match(line) for line in lines)


def _list_entries(doc: Document, index: int) -> list[_Entry]:
    """The top-level items of an ordered list block, each with its number; an item holding more than one
    block (an answer or sub-questions nested under its question) is marked as followed."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    entries: list[_Entry] = []
    for token in doc.tokens[block.start : block.end]:
        # Code, math or a table under the question shows what it asks about; a second paragraph or a list
        # under it answers it in place or asks sub-questions.
        if token.level == level + 1 and token.type in _ITEM_BLOCKS and entries:
            entries[-1].follows = entries[-1].follows or entries[-1].blocks > 0 or token.type != "paragraph_open"
            entries[-1].blocks += 1
        if token.type == "list_item_open" and token.level == level and token.map and token.info.isdigit():
            first, last = token.map
            lines = doc.lines[first:last]
            head = _ITEM_MARKER.sub("", lines[0], count=1)
            rest = dedent(lines[1:]) if len(lines) > 1 else ""
            joint = "\n\n" if len(lines) > 1 and not lines[1].strip() else "\n"  # a blank line keeps its paragraphs apart
            text = joint.join(part for part in (head, rest) if part).strip()
            entries.append(_Entry(int(token.info), first, [text], [(first, last)]))
    return entries
