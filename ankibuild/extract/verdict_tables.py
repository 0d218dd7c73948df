"""True/false statement tables: one card per row, the statement on the front, the verdict on the back.

    | # | Affermazione                               | V/F |
    |---|--------------------------------------------|-----|
    | 1 | All'incrocio senza segnali si dà precedenza a destra | V |
    | 2 | Il segnale "dare precedenza" obbliga a fermarsi | F |
    | 3 | Nelle rotatorie ha precedenza chi si immette |     |

A table of two or three columns whose last header names a verdict pair (`V/F`, `T/F`, `W/F`, `R/F`,
`True/False`, `Vero/Falso`, `Richtig/Falsch`, `Vrai/Faux`, `Verdadero/Falso`, `Waar/Onwaar`, also with
`or`, `o`, `oder`, `ou` between the two) and every filled cell of that column a verdict (`V`, `F`, `True`,
`Falso` …, bold or not, a note after it allowed): the column before it holds the statements, a first column
of three only numbers them. A row with an empty verdict is reported `unanswered`. Read when two rows or more
have a verdict. The headings above are the cards' context. Runs after the other table rules.

The verdict may also be ticked in one of two columns named by the pair (`| Statement | Yes | No |`, `Ja` /
`Nein`, `Vrai` / `Faux`, `Sí` / `No` …), as exam answer sheets lay it out: the marked cell (`☑`, `✓`, `✔`,
`✅`, `x`) gives the verdict, the other stays empty or unticked (`☐`); a row ticked nowhere is `unanswered`.
`ticked_tables.checked_rows` reads such a table for the rules that find one inside a problem (`numbered-problem`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, block_kinds, free_blocks_of, plain_text, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question
from .ticked_tables import MIN_ANSWERED, VERDICT_WORDS, checked_rows

CONVENTION = "verdict-table"

# `V/F`, `T / F`, `Vero o Falso`, `True or false?`: the header of the verdict column.
_HEADER = re.compile(rf"^(?:{VERDICT_WORDS})[ \t]*(?:/|\bor\b|\bo\b|\boder\b|\bou\b|\bof\b|\bczy\b)[ \t]*(?:{VERDICT_WORDS})[ \t]*\??$", re.I)
# A verdict cell: the word, bold or italic or plain, then maybe a note (`F (è 110)`).
_VERDICT = re.compile(rf"^(?P<m>\*\*|__|\*|_)?(?:{VERDICT_WORDS})[.!]?(?(m)(?P=m))(?:[ \t]+\S.*)?$", re.I)
# A numbering cell (`6`, `6.`, `#6`, `Q6`) and its header (`#`, `N°`, `Nr.`, `No`, blank).
_NUMBER = re.compile(r"^(?:#|q|n[°º.]?|nr\.?)?[ \t]*\d{1,4}[.)]?$", re.I)
_NUMBER_HEADER = re.compile(r"^(?:#|n[°º.]?|nr\.?|no\.?|num\.?|)$", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from statement / verdict tables in free top-level tables (see the module docstring)."""
    if "table" not in block_kinds(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in free_blocks_of(doc, taken, ("table",)):
        block = doc.blocks[index]
        ticked = checked_rows(doc, block)
        if ticked is not None:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            claims.update(claim(block.first, block.first + 2, "card"))  # the header and its delimiter row
            for line, statement, verdict in ticked:
                question = clean_question(statement)[0]
                if not verdict:
                    diagnostics.append(unanswered(doc.loc(line), question, "no answer"))
                    claims.update(claim(line, line + 1, "unanswered"))
                else:
                    drafts.append(CardDraft(doc.loc(line), CONVENTION, question, verdict, context, topic_tags(path)))
                    claims.update(claim(line, line + 1, "card"))
            continue
        header, rows = table_cells(doc, block)
        if len(header) not in (2, 3) or not _HEADER.match(plain_text(header[-1]).strip()):
            continue
        if len(header) == 3 and not _NUMBER_HEADER.match(plain_text(header[0]).strip()):
            continue
        entries: list[tuple[int, str, str]] = []
        for line, cells in rows:
            if len(cells) != len(header):
                break
            if len(cells) == 3 and cells[0].content.strip() and not _NUMBER.match(cells[0].content.strip()):
                break
            statement, verdict = cells[-2].content.strip(), cells[-1].content.strip()
            if not statement or (verdict and not _VERDICT.match(verdict)):
                break
            entries.append((line, statement, verdict))
        else:
            if sum(1 for *_, verdict in entries if verdict) < MIN_ANSWERED:
                continue
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            claims.update(claim(block.first, block.first + 2, "card"))  # the header and its delimiter row
            for line, statement, verdict in entries:
                question = clean_question(statement)[0]
                if not verdict:
                    diagnostics.append(unanswered(doc.loc(line), question, "no answer"))
                    claims.update(claim(line, line + 1, "unanswered"))
                    continue
                drafts.append(CardDraft(doc.loc(line), CONVENTION, question, verdict, context, topic_tags(path)))
                claims.update(claim(line, line + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
