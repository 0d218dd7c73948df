"""One file of notes → its documents' cards: parse, extract, render, and the cards' identities and hashes.

This is the work a build hands to its worker processes. The process that plans and packages imports it only
when it parses a file itself: a rebuild after an edit parses in a forked child and never loads the parser,
the rules or the highlighter.
"""

from __future__ import annotations

import html
import pickle
import re
from collections import Counter
from pathlib import Path
from typing import Any

from . import regex_cache
from .cache import BuildCache, file_digest
from .config import LINE_BREAKS, BuildConfig
from .extract import extract_cards
from .extract.document import Document, build_document
from .highlight import expect_much_code
from .ids import document_key, identity_key, note_guid
from .markdown import parser_for
from .media import ImageResolver
from .normalise import tag_slug
from .parsing import fresh_token_dicts, paused_collection, shared_empty_untouched
from .plan import answer_sketch, note_content
from .records import Card, CardDraft, Diagnostic, DocumentResult, FileOutcome, FileReport, Loc, SourceFile
from .render import inline_index, render_draft
from .shortcodes import emojize
from .sources import parse_source_bytes, read_source_bytes

Read = tuple[FileOutcome, "bytes | None"]
"""A file's outcome with the digest of the bytes it came from (None: the file could not be read)."""

WARM_UP = """# Warm-up

## What does a warm-up note hold?

A **short** answer with $x^2$, `code` and a [link](https://example.org).

```python
def f(x):
    return x ** 2
```

| Term | Meaning |
|---|---|
| a | b |
"""
"""A small note of the usual shapes (`warm_up`)."""


def warm_up() -> None:
    """Load what parsing a first document loads (the rules, the lexer of the commonest language, compiled
    patterns), in a process that has time now and files to parse soon. Nothing is kept but what every
    document loads anyway."""
    from pathlib import Path

    process_document(SourceFile("warm-up.md", None, WARM_UP, "0"), BuildConfig(Path("."), Path("."), "Warm-up"))


def read_and_process(rel: str, path: Path, config: BuildConfig, cache: BuildCache | None) -> Read:
    """Read one file and process it; the digest is of the bytes actually processed."""
    raw, problems = read_source_bytes(path, rel)
    if raw is None:
        return ([], problems), None
    digest = file_digest(raw)
    results, more = process_file(rel, raw, config, cache, digest)
    return (results, problems + more), digest


def read_and_process_pickled(rel: str, path: Path, config: BuildConfig, cache: BuildCache | None) -> tuple[bytes, bytes | None]:
    """`read_and_process` in a pool worker or the parsing child: the outcome goes back pickled, as the bytes the cache got,
    so a file's cards are pickled once, not once for the cache and again for the trip to the parent."""
    raw, problems = read_source_bytes(path, rel)
    if raw is None:
        return pickle.dumps(([], problems), protocol=pickle.HIGHEST_PROTOCOL), None
    digest = file_digest(raw)
    pickled = process_file_pickled(rel, raw, config, cache, digest)
    regex_cache.save()  # a worker never runs its parent's exit code: it keeps the patterns it compiled itself
    return pickled, digest


def start_worker() -> None:
    """Set up a worker process of a large build, which will highlight much code (`expect_much_code`)."""
    expect_much_code()


def process_file(rel: str, raw: bytes, config: BuildConfig, cache: BuildCache | None, digest: bytes | None = None) -> FileOutcome:
    """Everything one file of notes contributes, from the cache when its bytes were seen before."""
    return _process_file(rel, raw, config, cache, digest or file_digest(raw), pickled=False)[0]


def process_file_pickled(rel: str, raw: bytes, config: BuildConfig, cache: BuildCache | None, digest: bytes) -> bytes:
    """`process_file`'s outcome pickled, as the bytes the cache got (a file's cards are pickled once, not once
    for the cache and again for the trip to the parent process)."""
    value, pickled = _process_file(rel, raw, config, cache, digest, pickled=True)
    return pickled if pickled is not None else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _process_file(rel: str, raw: bytes, config: BuildConfig, cache: BuildCache | None, digest: bytes, *, pickled: bool) -> tuple[FileOutcome, bytes | None]:
    """`process_file`, and the outcome pickled when it was computed here and is stored in the cache or
    PICKLED asks for it."""
    hit = cache.outcome(rel, digest) if cache is not None else None
    if hit is not None:
        return hit, None
    sources, diagnostics = parse_source_bytes(raw, rel)
    # A document's tokens, drafts and cards are all alive until it is done, so the collector would walk
    # them again and again and free nothing. Paused for the file, it resumes once the documents' objects
    # were freed by their reference counts (as `paused_collection` says, a pause only moves when garbage is
    # collected), and finds little more than the results left to walk.
    with paused_collection():
        value = ([process_document(source, config) for source in sources], diagnostics)
    if not cache and not pickled:
        return value, None
    blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if cache:
        cache.put_pickled(cache.key(rel, digest), blob)
    return value, blob


def process_document(source: SourceFile, config: BuildConfig) -> DocumentResult:
    """Parse, extract and render one document."""
    result = _document_result(source, config)
    if shared_empty_untouched():
        return result
    # Something wrote into the dicts the parser shares between tokens that open nothing (which nothing
    # known does): the document is made again, each token with dicts of its own.
    with fresh_token_dicts():
        return _document_result(source, config)


def _document_result(source: SourceFile, config: BuildConfig) -> DocumentResult:
    """`process_document`."""
    diagnostics: list[Diagnostic] = []
    doc = parse_document(source, diagnostics)
    extraction = extract_cards(doc, config.conventions)
    diagnostics.extend(extraction.diagnostics)
    deck = deck_name(config, doc)
    doc_key = document_key(source.path, source.part)
    prefix = config.tag_prefix
    doc_tags = front_matter_tags(doc.meta)
    cards: list[Card] = []
    images = ImageResolver(config.source, source.path, doc.lines)
    line_breaks = doc.meta.get("line_breaks", config.line_breaks)
    index = inline_index(doc.tokens)  # a heading's question is taken from its parsed text
    tags_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # by the draft's own tags: most drafts share theirs
    for draft in extraction.drafts:
        known = len(images.media)  # the resolver only ever adds names: the card's new ones come after these
        rendered = render_draft(draft, images, doc.tokens, line_breaks, index.by_line.get(draft.loc.line - 1), index)
        diagnostics.extend(rendered.diagnostics)
        tags = tags_of.get(draft.tags)
        if tags is None:
            tags = tags_of[draft.tags] = tuple(sorted({prefix + t for t in draft.tags + doc_tags if t}))
        key = draft.explicit_id or identity_key(doc_key, rendered.question_text)
        cards.append(
            Card(
                loc=draft.loc,
                deck=deck,
                note_type=draft.note_type,
                convention=draft.convention,
                question_text=rendered.question_text,
                question_html=rendered.question_html,
                answer_html=rendered.answer_html,
                context=rendered.context_html,
                tags=tags,
                guid=note_guid(config.root_deck, key),
                key=key,
                media=tuple(images.media[name] for name in sorted(list(images.media)[known:])),
                # Hashing and sketching here runs in the workers and is cached with the file, not redone at planning.
                content=note_content(rendered.question_html, rendered.answer_html, rendered.context_html, deck, draft.note_type, draft.loc, tags),
                sketch=answer_sketch(rendered.answer_html),
            )
        )
    if config.unanswered == "card":
        for diag in extraction.diagnostics:
            if diag.kind == "unanswered":
                cards.append(_unanswered_card(diag, deck, doc_key, prefix, doc_tags, config))
    by_rule = tuple(sorted(Counter(c.convention for c in cards).items()))
    report = FileReport(source.loc, deck, len(cards), extraction.unanswered, extraction.skipped, extraction.unclassified, by_rule)
    diagnostics.extend(images.diagnostics)
    return DocumentResult(tuple(cards), tuple(diagnostics), report, images.probes)


UNANSWERED_TAG = "ankibuild::unanswered"
"""The tag of a card made for a question the notes do not answer yet (setting `unanswered = "card"`)."""
_REASON = re.compile(r"\s*\([^()]*\)\s*$")


def unanswered_question(diag: Diagnostic) -> str:
    """The question of an `unanswered` diagnostic: its `question` when extraction gives one, else the
    message without the reason in parentheses at its end (`What is X? (no answer)`)."""
    question = getattr(diag, "question", None)
    return str(question) if question else _REASON.sub("", diag.message)


def _unanswered_card(diag: Diagnostic, deck: str, doc_key: str, prefix: str, doc_tags: tuple[str, ...], config: BuildConfig) -> Card:
    """A card for a question without an answer, so it can be drilled already. Its identity is the one the
    question will have once answered (document and question), so the answer later updates this note."""
    rendered = render_draft(CardDraft(diag.loc, "unanswered", unanswered_question(diag), ""))
    where = html.escape(str(diag.loc))
    answer = f'<p class="unanswered"><em>The notes hold no answer to this question yet.</em> Write it in <code>{where}</code>.</p>'
    tags = tuple(sorted({UNANSWERED_TAG, *(prefix + t for t in doc_tags if t)}))
    key = identity_key(doc_key, rendered.question_text)
    return Card(
        loc=diag.loc,
        deck=deck,
        note_type="basic",
        convention="unanswered",
        question_text=rendered.question_text,
        question_html=rendered.question_html,
        answer_html=answer,
        context="",
        tags=tags,
        guid=note_guid(config.root_deck, key),
        key=key,
        content=note_content(rendered.question_html, answer, "", deck, "basic", diag.loc, tags),
        sketch=answer_sketch(""),
    )


def parse_document(source: SourceFile, diagnostics: list[Diagnostic]) -> Document:
    """Parse one document with the shared parser; math and front matter problems become diagnostics."""
    env: dict[str, Any] = {}
    with paused_collection():  # the parse frees nothing for the collector to find
        tokens = parser_for(source.text).parse(source.text, env)
    loc = source.loc
    for line, message in env.get("math_warnings", ()):
        diagnostics.append(Diagnostic(loc.at(line), "warning", "math", message))
    fences = [t for t in tokens if t.type == "fence" and t.map]
    # Only the last fence can run to the end of the file: one check, not one split per fence.
    if fences and _unclosed(fences[-1], source.text):
        token = fences[-1]
        first = token.map[0] if token.map else 0
        diagnostics.append(Diagnostic(loc.at(first + 1), "warning", "unclosed-fence", f"code fence {token.markup!r} is never closed: the rest of the file is code"))
    meta: dict[str, Any] = {}
    if tokens and tokens[0].type == "front_matter":
        meta = _front_matter(tokens[0].content, loc.at(1), diagnostics)
    return build_document(source, tokens, meta)


def _unclosed(token: Any, text: str) -> bool:
    """A fence that runs to the end of the document without its closing marker."""
    lines = text.split("\n")
    end = token.map[1]
    if end < len(lines) - (1 if text.endswith("\n") else 0):
        return False
    last = lines[end - 1].lstrip(" >\t").strip() if end - 1 > token.map[0] else ""
    return not (last.startswith(token.markup[0] * len(token.markup)) and not last.strip(token.markup[0]))


def deck_name(config: BuildConfig, doc: Document) -> str:
    """`Root::Document title` (or `Root::folder::sub` with deck_per = "folder"); front matter `deck`
    overrides. `::` inside a title would make a subdeck, so it is flattened."""
    override = doc.meta.get("deck")
    if isinstance(override, str) and override.strip():
        parts = [emojize(p.strip()) for p in override.split("::") if p.strip()]
        return "::".join([config.root_deck, *parts]) if parts else config.root_deck
    if config.deck_per == "folder":
        folders = doc.source.path.split("/")[:-1]
        if doc.source.part:  # a repository dump is a folder of its own
            folders += [doc.source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0], *doc.source.part.split("/")[:-1]]
        folders = [f for f in folders if f.strip()]
        return "::".join([config.root_deck, *(" ".join(f.split()) for f in folders)])
    return f"{config.root_deck}::{' '.join(emojize(doc.title).replace('::', ':').split())}"


def front_matter_tags(meta: dict[str, Any]) -> tuple[str, ...]:
    """Tags from front matter `tags`: a list, or a string separated by spaces or commas."""
    raw = meta.get("tags")
    items = raw if isinstance(raw, list) else re.split(r"[,\s]+", raw) if isinstance(raw, str) else []
    tags = []
    for item in items:
        parts = [tag_slug(p) for p in str(item).split("::")]
        if all(parts):
            tags.append("::".join(parts))
    return tuple(tags)


def _front_matter(text: str, loc: Loc, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = loc.at(loc.line + 1 + mark.line) if mark is not None else loc
        diagnostics.append(Diagnostic(where, "warning", "front-matter", f"front matter is not valid YAML; ignored ({getattr(exc, 'problem', exc)})"))
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        diagnostics.append(Diagnostic(loc, "warning", "front-matter", "front matter is not a mapping of keys to values; ignored"))
        return {}
    return _checked_front_matter(data, loc, diagnostics)


def _checked_front_matter(data: dict[Any, Any], loc: Loc, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """The keys the build reads, as the types it reads them: a number or date where text is expected is
    taken as written (`title: 2024`); a list or mapping where text is expected, or inside `tags`, cannot
    be used and is reported, never dropped without a word."""
    meta = {str(key): value for key, value in data.items()}
    for key in ("title", "deck"):
        value = meta.get(key)
        if value is None or isinstance(value, str):
            continue
        if _scalar(value):
            meta[key] = str(value)
        else:
            diagnostics.append(Diagnostic(loc, "warning", "front-matter", f"front matter {key!r} should be text, not a {_yaml_kind(value)}; ignored"))
            del meta[key]
    if "line_breaks" in meta and meta["line_breaks"] not in LINE_BREAKS:
        choices = ", ".join(repr(c) for c in LINE_BREAKS)
        diagnostics.append(Diagnostic(loc, "warning", "front-matter", f"front matter 'line_breaks' must be one of {choices}; ignored"))
        del meta["line_breaks"]
    tags = meta.get("tags")
    if tags is not None and not isinstance(tags, str):
        items = tags if isinstance(tags, list) else [tags]
        kept = [str(item) for item in items if _scalar(item)]
        if len(kept) != len(items):
            bad = next(item for item in items if not _scalar(item))
            diagnostics.append(Diagnostic(loc, "warning", "front-matter", f"front matter 'tags' holds a {_yaml_kind(bad)}; only text tags are used"))
        meta["tags"] = kept
    return meta


def _scalar(value: Any) -> bool:
    """Text, a number, a boolean or a date: something with one obvious text form."""
    return value is not None and not isinstance(value, (list, dict, set, tuple, bytes))


def _yaml_kind(value: Any) -> str:
    return "list" if isinstance(value, (list, tuple, set)) else "mapping" if isinstance(value, dict) else "null" if value is None else type(value).__name__
