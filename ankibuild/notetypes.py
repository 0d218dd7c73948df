"""The two note types: their frozen schema (ids, field and template names) and their evolving look.

Anki skips updates of notes whose note type schema changed, so `FIELDS` and template names must never
change; `tests/test_identity.py` pins them. Template HTML and CSS may change freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .ids import BASIC_MODEL_ID, CLOZE_MODEL_ID


@dataclass(frozen=True, slots=True)
class NoteType:
    """A note type as Anki stores it."""

    model_id: int
    """Frozen id."""
    name: str
    """Name shown in Anki."""
    fields: tuple[str, ...]
    """Field names, in order: part of the frozen schema."""
    templates: tuple[tuple[str, str, str], ...]
    """(name, front, back) per card template; names are part of the frozen schema."""
    cloze: bool
    """True for the cloze note type."""

    @property
    def css(self) -> str:
        """Styling, light and night mode (one sheet for both note types)."""
        return _css()


# Anki looks for the files a note type needs (`extract_static_media_files`) by reading, on each line of the
# CSS, an underscore followed by anything up to a `)` as an unquoted `url(_file)`: a selector such as
# `.night_mode …` must never share its line with a function call such as `rgba(…)`. A test on the real
# backend pins that it finds nothing.
BASE_CSS = """
.card { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 18px;
  line-height: 1.5; text-align: left; color: #1f2328; background: #ffffff; margin: 0; padding: 12px;
  overflow-wrap: break-word; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card { color: #e6edf3; background: #1e1f22; }
.ab-question { font-size: 1.15em; font-weight: 600; }
.ab-context, .ab-source { font-size: 0.75em; color: #656d76; margin-top: 0.6em; }
.nightMode .ab-context, .night_mode .ab-context, .nightMode .ab-source, .night_mode .ab-source { color: #9198a1; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 0.8em 0; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #3d444d; }
.ab-answer img { max-width: 100%; height: auto; }
.ab-answer table, .ab-question table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; margin: 0.5em 0; }
.ab-answer th, .ab-answer td, .ab-question th, .ab-question td { border: 1px solid #d0d7de; padding: 4px 8px; }
.ab-answer th, .ab-question th { background: #f6f8fa; }
.nightMode th, .night_mode th { background: #262a31; }
.nightMode th, .night_mode th, .nightMode td, .night_mode td { border-color: #3d444d; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
:not(pre) > code { background: rgba(175, 184, 193, 0.2); padding: 0.1em 0.3em; border-radius: 4px; }
blockquote { margin: 0.5em 0; padding: 0 0 0 0.8em; border-left: 4px solid #d0d7de; color: #59636e; }
.nightMode blockquote, .night_mode blockquote { border-left-color: #3d444d; color: #9198a1; }
.admonition { border-left: 4px solid #1f6feb; background: rgba(31, 111, 235, 0.08); padding: 0.4em 0.8em; margin: 0.6em 0; border-radius: 4px; }
.admonition.tip, .admonition.success, .admonition.hint { border-left-color: #1a7f37; background: rgba(26, 127, 55, 0.08); }
.admonition.warning, .admonition.caution, .admonition.attention { border-left-color: #9a6700; background: rgba(154, 103, 0, 0.10); }
.admonition.danger, .admonition.error, .admonition.failure, .admonition.bug { border-left-color: #cf222e; background: rgba(207, 34, 46, 0.08); }
.admonition-title { font-weight: 600; margin: 0.2em 0; }
.nightMode .admonition, .night_mode .admonition {
  background: rgba(56, 139, 253, 0.12); }
.nightMode .admonition.tip, .night_mode .admonition.tip, .nightMode .admonition.success, .night_mode .admonition.success,
.nightMode .admonition.hint, .night_mode .admonition.hint {
  background: rgba(63, 185, 80, 0.12); }
.nightMode .admonition.warning, .night_mode .admonition.warning, .nightMode .admonition.caution, .night_mode .admonition.caution,
.nightMode .admonition.attention, .night_mode .admonition.attention {
  background: rgba(210, 153, 34, 0.14); }
.nightMode .admonition.danger, .night_mode .admonition.danger, .nightMode .admonition.error, .night_mode .admonition.error,
.nightMode .admonition.failure, .night_mode .admonition.failure, .nightMode .admonition.bug, .night_mode .admonition.bug {
  background: rgba(248, 81, 73, 0.12); }
.cloze { font-weight: bold; color: #0969da; }
.nightMode .cloze, .night_mode .cloze { color: #4493f8; }
details { margin: 0.4em 0; } summary { cursor: pointer; font-weight: 600; }
"""

FRONT = '<div class="ab-question">{{Question}}</div>\n{{#Context}}<div class="ab-context">{{Context}}</div>{{/Context}}'
BACK = (
    '<div class="ab-question">{{Question}}</div>\n<hr id="answer">\n<div class="ab-answer">{{Answer}}</div>\n'
    '{{#Context}}<div class="ab-context">{{Context}}</div>{{/Context}}\n'
    '{{#Source}}<div class="ab-source">{{Source}}</div>{{/Source}}'
)
CLOZE_FRONT = '<div class="ab-answer">{{cloze:Text}}</div>\n{{#Context}}<div class="ab-context">{{Context}}</div>{{/Context}}'
CLOZE_BACK = (
    '<div class="ab-answer">{{cloze:Text}}</div>\n{{#Extra}}<hr id="answer"><div class="ab-answer">{{Extra}}</div>{{/Extra}}\n'
    '{{#Context}}<div class="ab-context">{{Context}}</div>{{/Context}}\n'
    '{{#Source}}<div class="ab-source">{{Source}}</div>{{/Source}}'
)


@cache
def _css() -> str:
    # Made on first use: the code colours come from Pygments and the math rules live with the math parser,
    # neither of which a rebuild that only updates its kept collection needs to import.
    from .highlight import code_css
    from .mathtex import MATH_CSS

    return BASE_CSS + "\n" + code_css() + "\n" + MATH_CSS


def schema_print(note_type: NoteType) -> str:
    """Fingerprint of what Anki treats as the schema: field and template names and counts, cloze or not."""
    import hashlib

    schema = "\x1f".join((*note_type.fields, "|", *(name for name, _, _ in note_type.templates), str(note_type.cloze)))
    return hashlib.sha256(schema.encode()).hexdigest()[:16]


def schema_prints() -> dict[str, str]:
    """Schema fingerprint per note type id, as the lockfile records them."""
    return {str(t.model_id): schema_print(t) for t in NOTE_TYPES.values()}


BASIC = NoteType(BASIC_MODEL_ID, "ankibuild Basic", ("Question", "Answer", "Context", "Source"), (("Card 1", FRONT, BACK),), False)
CLOZE = NoteType(CLOZE_MODEL_ID, "ankibuild Cloze", ("Text", "Extra", "Context", "Source"), (("Cloze", CLOZE_FRONT, CLOZE_BACK),), True)
NOTE_TYPES = {"basic": BASIC, "cloze": CLOZE}
