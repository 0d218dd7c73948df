"""A deterministic generator of realistic Markdown study notes for benchmarks.

Each file has an H1 title, `##` topic headings and, under them, `###` questions ("What is …?",
"Explain …", "How does … work?") each followed by an answer: prose with inline code, bold and links,
bullet lists, and in some notes math (`$…$`, `$$…$$`), a fenced Python block or a GFM table. Every
question is unique across the corpus, because a note is one question.

The same `(notes, seed, notes_per_file)` gives byte-identical files: all choices come from one
`random.Random(seed)` consumed in a fixed order, nothing reads the clock and no set or hash order is
iterated. Bump `GENERATOR_VERSION` whenever the output changes, so cached corpora are regenerated.

    python -m bench.corpus --notes 10000 --dest /tmp/corpus10k
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from random import Random

GENERATOR_VERSION = 1
"""Changes whenever the same arguments would produce different bytes."""

MATH_SHARE = 0.40
CODE_SHARE = 0.30
TABLE_SHARE = 0.10

AREAS = (
    "algorithms", "databases", "networking", "operating-systems", "machine-learning", "statistics",
    "distributed-systems", "compilers", "linear-algebra", "cryptography", "probability", "security",
)

ADJECTIVES = (
    "sparse", "dense", "concurrent", "immutable", "probabilistic", "amortised", "lock-free", "greedy",
    "recursive", "iterative", "stochastic", "deterministic", "balanced", "persistent", "volatile",
    "distributed", "hierarchical", "adaptive", "regularised", "convex", "non-convex", "bounded",
    "unbounded", "weighted", "directed", "acyclic", "bipartite", "linear", "quadratic", "logarithmic",
    "asynchronous", "synchronous", "eventual", "strict", "lazy", "eager", "incremental", "batched",
    "streaming", "partitioned", "replicated", "sharded", "cached", "compressed", "encrypted",
    "authenticated", "idempotent", "commutative", "associative", "monotonic", "orthogonal",
    "symmetric", "positive-definite", "low-rank", "high-dimensional", "categorical", "ordinal",
    "continuous", "discrete", "Bayesian", "frequentist", "generative", "discriminative",
    "autoregressive", "contrastive", "supervised", "unsupervised", "semi-supervised", "robust",
    "calibrated", "unbiased", "consistent", "efficient", "optimal", "approximate", "randomised",
    "parallel", "vectorised", "memoised", "tail-recursive", "copy-on-write", "write-ahead",
    "append-only", "content-addressed", "self-balancing", "open-addressed", "two-phase", "multi-level",
    "fine-grained", "coarse-grained", "preemptive", "cooperative", "speculative", "out-of-order",
)

NOUNS = (
    "hash table", "bloom filter", "skip list", "B-tree", "trie", "heap", "priority queue",
    "red-black tree", "segment tree", "union-find structure", "adjacency list", "sparse matrix",
    "gradient", "loss function", "learning rate schedule", "activation function", "attention head",
    "embedding", "decision tree", "random forest", "gradient boosting model", "support vector machine",
    "k-means clustering", "nearest-neighbour index", "logistic regression", "naive Bayes classifier",
    "Markov chain", "hidden Markov model", "Kalman filter", "particle filter", "mutex", "semaphore",
    "condition variable", "spinlock", "thread pool", "event loop", "coroutine", "scheduler",
    "page table", "translation lookaside buffer", "virtual memory", "file system journal", "inode",
    "system call", "interrupt handler", "context switch", "garbage collector", "reference counter",
    "memory allocator", "write-ahead log", "query planner", "secondary index", "transaction",
    "isolation level", "deadlock detector", "consensus protocol", "leader election", "vector clock",
    "quorum", "gossip protocol", "consistent hash ring", "load balancer", "circuit breaker",
    "rate limiter", "message queue", "TCP handshake", "congestion window", "routing table",
    "DNS resolver", "TLS session", "certificate chain", "block cipher", "stream cipher",
    "hash function", "message authentication code", "digital signature", "key exchange",
    "random oracle", "lexer", "parser", "abstract syntax tree", "type checker", "register allocator",
    "intermediate representation", "control-flow graph", "dominator tree", "eigenvalue decomposition",
    "singular value decomposition", "matrix factorisation", "orthogonal projection", "inner product",
    "norm", "Jacobian", "Hessian", "confidence interval", "hypothesis test", "p-value",
    "maximum likelihood estimate", "posterior distribution", "prior", "likelihood ratio",
    "bootstrap sample", "cross-validation split", "bias-variance trade-off", "regularisation term",
    "dropout layer", "batch normalisation", "convolutional layer", "recurrent cell", "transformer block",
    "tokenizer", "beam search", "replay buffer", "policy gradient", "value function",
)

CONTEXTS = (
    "in a distributed cache", "under memory pressure", "for streaming data", "on a single core",
    "in a relational database", "at web scale", "in an interpreter", "in a just-in-time compiler",
    "during model training", "at inference time", "with imbalanced classes", "with missing values",
    "in a key-value store", "in an embedded system", "over an unreliable network", "in a search engine",
    "for time-series forecasting", "in a recommender system", "in a compiler back end",
    "in a kernel", "in user space", "for online learning", "with noisy labels", "on a GPU",
    "in a columnar store", "in a message broker", "during a network partition", "for small samples",
    "in high dimensions", "with heavy-tailed data", "in a real-time system", "in a web browser",
    "for graph traversal", "in a functional language", "in a garbage-collected runtime",
    "for sparse inputs", "with adversarial inputs", "in a payment system", "in a file system",
    "in a spreadsheet engine", "for image classification", "for language modelling",
    "in a mobile app", "in a multi-tenant service", "for anomaly detection", "in a data pipeline",
    "in a peer-to-peer network", "in a version control system", "in an operating system", "in practice",
)

VERBS = (
    ("reduce", "reduces"), ("bound", "bounds"), ("amortise", "amortises"), ("hide", "hides"),
    ("expose", "exposes"), ("serialise", "serialises"), ("partition", "partitions"),
    ("replicate", "replicates"), ("invalidate", "invalidates"), ("approximate", "approximates"),
    ("estimate", "estimates"), ("normalise", "normalises"), ("propagate", "propagates"),
    ("schedule", "schedules"), ("evict", "evicts"), ("merge", "merges"), ("split", "splits"),
    ("rebalance", "rebalances"), ("compress", "compresses"), ("encode", "encodes"),
    ("decode", "decodes"), ("verify", "verifies"), ("sample", "samples"), ("update", "updates"),
    ("traverse", "traverses"), ("index", "indexes"), ("cache", "caches"), ("lock", "locks"),
    ("retry", "retries"), ("batch", "batches"), ("prune", "prunes"), ("rank", "ranks"),
    ("score", "scores"), ("tokenise", "tokenises"), ("checkpoint", "checkpoints"),
    ("flush", "flushes"), ("resolve", "resolves"), ("optimise", "optimises"), ("trade", "trades"),
    ("isolate", "isolates"), ("coordinate", "coordinates"), ("stabilise", "stabilises"),
    ("penalise", "penalises"), ("minimise", "minimises"), ("maximise", "maximises"),
)

PROPERTIES = (
    "latency", "throughput", "memory footprint", "variance", "bias", "tail latency", "contention",
    "cache locality", "numerical stability", "convergence rate", "recall", "precision", "fairness",
    "write amplification", "read amplification", "availability", "durability", "consistency",
    "startup time", "code size", "energy use", "error rate", "false-positive rate", "space overhead",
)

CONNECTIVES = (
    "In practice", "As a rule of thumb", "By contrast", "For example", "In the worst case",
    "On average", "Intuitively", "Formally", "Historically", "In most textbooks", "Put simply",
    "More precisely", "In interviews", "At scale", "Under load", "In the common case",
)

IDENTIFIERS = (
    "items", "buckets", "keys", "values", "nodes", "edges", "weights", "grads", "batch", "queue",
    "stack", "frontier", "visited", "counts", "scores", "labels", "tokens", "rows", "cols", "pages",
    "entries", "leaves", "parents", "ranks", "offsets", "samples", "logits", "probs", "cache", "log",
)

LINK_HOSTS = ("docs.example.org", "notes.example.com", "wiki.example.net", "papers.example.edu")

_GREEK = ("\\alpha", "\\beta", "\\gamma", "\\lambda", "\\mu", "\\sigma", "\\theta", "\\eta", "\\epsilon")
_LETTERS = ("x", "y", "z", "w", "p", "q", "n", "k", "m", "a", "b")


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What one `generate_corpus` call wrote."""

    files: int
    """Number of Markdown files written."""
    notes: int
    """Number of `###` questions written."""
    bytes: int
    """Total size of the files in bytes."""


def generate_corpus(dest: Path, notes: int, seed: int = 0, notes_per_file: int = 50) -> list[Path]:
    """Write `notes` study notes as Markdown files under `dest` and return their paths, sorted.

    Files hold `notes_per_file` notes each (the last one the remainder) and sit in one folder per
    subject area. `dest` must be missing or empty, so a corpus never mixes with stale files.
    """
    if notes < 0 or notes_per_file < 1:
        raise ValueError("notes must be >= 0 and notes_per_file >= 1")
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} is not empty")
    rng = Random(seed)
    writer = _NoteWriter(rng)
    paths: list[Path] = []
    for file_index, start in enumerate(range(0, notes, notes_per_file)):
        count = min(notes_per_file, notes - start)
        area = rng.choice(AREAS)
        title, text = writer.file(area, count)
        path = dest / area / f"{file_index:05d}-{_slug(title)}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Bytes, not write_text: no platform newline translation, so the files are the same everywhere.
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return sorted(paths)


def corpus_stats(paths: list[Path]) -> CorpusStats:
    """Count files, `###` questions and bytes of a generated corpus."""
    total_notes = 0
    total_bytes = 0
    for path in paths:
        data = path.read_bytes()
        total_bytes += len(data)
        total_notes += sum(1 for line in data.splitlines() if line.startswith(b"### "))
    return CorpusStats(files=len(paths), notes=total_notes, bytes=total_bytes)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"


class _NoteWriter:
    """Builds file texts from one random stream; remembers questions so none repeats."""

    def __init__(self, rng: Random) -> None:
        self._rng = rng
        self._questions: set[str] = set()  # only for membership tests, never iterated

    # -- files and headings -------------------------------------------------------------------------

    def file(self, area: str, count: int) -> tuple[str, str]:
        rng = self._rng
        title = f"{area.replace('-', ' ').title()}: {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} notes"
        # Blocks carry no trailing newline; one blank line separates each pair.
        blocks = [f"# {title}", self._paragraph(rng.randint(2, 3))]
        written = 0
        while written < count:
            group = min(count - written, rng.randint(3, 8))
            topic = f"{rng.choice(ADJECTIVES).capitalize()} {_plural(rng.choice(NOUNS))} {rng.choice(CONTEXTS)}"
            blocks.append(f"## {topic}")
            if rng.random() < 0.3:
                blocks.append(self._paragraph(rng.randint(1, 2)))
            for _ in range(group):
                blocks.append(f"### {self._question()}")
                blocks.extend(self._answer())
            written += group
        return title, "\n\n".join(blocks) + "\n"

    def _question(self) -> str:
        rng = self._rng
        for _ in range(10_000):
            adjective, noun, context = rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(CONTEXTS)
            form = rng.random()
            if form < 0.35:
                text = f"What is {_article(adjective)} {adjective} {noun} {context}?"
            elif form < 0.6:
                text = f"Explain the {adjective} {noun} {context}"
            elif form < 0.85:
                text = f"How does {_article(adjective)} {adjective} {noun} work {context}?"
            else:
                other = rng.choice(NOUNS)
                text = f"What is the difference between {_article(noun)} {noun} and {_article(other)} {other}?"
            if rng.random() < 0.1:
                text = text.replace(noun, f"`{_identifier(noun)}`", 1)
            if text.lower() not in self._questions:
                self._questions.add(text.lower())
                return text
        raise RuntimeError("question space exhausted; add words to the vocabulary")

    # -- answers -------------------------------------------------------------------------------------

    def _answer(self) -> list[str]:
        rng = self._rng
        has_math = rng.random() < MATH_SHARE
        has_code = rng.random() < CODE_SHARE
        has_table = rng.random() < TABLE_SHARE
        blocks = [self._paragraph(rng.randint(2, 5), inline_math=has_math)]
        if rng.random() < 0.5:
            blocks.append(self._bullets())
        if has_math and rng.random() < 0.45:
            blocks.append(f"$$\n{self._math(display=True)}\n$$")
        if has_code:
            blocks.append(self._python())
        if has_table:
            blocks.append(self._table())
        if rng.random() < 0.4:
            blocks.append(self._paragraph(rng.randint(1, 3)))
        return blocks

    def _paragraph(self, sentences: int, inline_math: bool = False) -> str:
        rng = self._rng
        texts = [self._sentence() for _ in range(sentences)]
        if inline_math:
            at = rng.randrange(len(texts))
            texts[at] = f"{texts[at][:-1]}, where ${self._math(display=False)}$."
        return " ".join(texts)

    def _sentence(self) -> str:
        rng = self._rng
        adjective, noun, other = rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(NOUNS)
        verb, verbs = rng.choice(VERBS)
        prop = rng.choice(PROPERTIES)
        form = rng.randrange(10)
        if form == 0:
            text = f"The {adjective} {noun} {verbs} the {other} {rng.choice(CONTEXTS)}."
        elif form == 1:
            text = f"{rng.choice(CONNECTIVES)}, {_article(noun)} {noun} {verbs} {prop} by about {rng.randint(2, 95)}%."
        elif form == 2:
            text = f"This matters because {_article(adjective)} {adjective} {noun} must {verb} its {other} before it can {rng.choice(VERBS)[0]} anything."
        elif form == 3:
            text = f"A common mistake is to {verb} the {noun} eagerly, which hurts {prop} {rng.choice(CONTEXTS)}."
        elif form == 4:
            cost = rng.choice(("O(n log n)", "O(n)", "O(log n)", "O(n^2)", "O(1) amortised", "O(k n)"))
            text = f"{rng.choice(CONNECTIVES)}, the cost is {cost} for n {_plural(other)} and roughly {rng.randint(1, 640)} {rng.choice(('ms', 'µs', 'MB', 'cache misses'))} per {rng.choice(('call', 'request', 'batch', 'epoch', 'lookup'))}."
        elif form == 5:
            text = f"Compared with {_article(other)} {other}, it {verbs} {prop} at the price of {rng.choice(PROPERTIES)}."
        elif form == 6:
            text = f"You can think of it as {_article(adjective)} {adjective} {other} that {verbs} {rng.choice(PROPERTIES)}."
        elif form == 7:
            text = f"Why? Because every {noun} {rng.choice(CONTEXTS)} eventually has to {verb} {_article(other)} {other}, and {prop} suffers first."
        elif form == 8:
            text = f"Remember the {rng.choice(('rule', 'invariant', 'slogan', 'heuristic'))}: {verb} the {noun} when {prop} dominates, otherwise keep {_article(adjective)} {adjective} {other}."
        else:
            text = f"{rng.choice(CONNECTIVES)}, {rng.randint(2, 12)} {_plural(noun)} are enough to {verb} {_article(adjective)} {adjective} {other}."
        decoration = rng.random()
        if decoration < 0.2:
            text = text.replace(noun, f"**{noun}**", 1)
        elif decoration < 0.35:
            text = text.replace(other, f"`{_identifier(other)}`", 1)
        elif decoration < 0.45:
            host = rng.choice(LINK_HOSTS)
            text = text.replace(other, f"[{other}](https://{host}/{_slug(other)}/{rng.randint(1, 999)})", 1)
        return text

    def _bullets(self) -> str:
        rng = self._rng
        lines = []
        for _ in range(rng.randint(3, 6)):
            verb, verbs = rng.choice(VERBS)
            noun = rng.choice(NOUNS)
            if rng.random() < 0.5:
                lines.append(f"- **{rng.choice(ADJECTIVES).capitalize()} {noun}**: {verbs} {rng.choice(PROPERTIES)} {rng.choice(CONTEXTS)}")
            else:
                lines.append(f"- {verb} `{_identifier(noun)}` before the {rng.choice(NOUNS)} is {rng.choice(ADJECTIVES)}")
        return "\n".join(lines)

    def _math(self, display: bool) -> str:
        rng = self._rng
        a, b, c = rng.choice(_LETTERS), rng.choice(_LETTERS), rng.choice(_GREEK)
        terms = [
            f"\\frac{{{a}_i}}{{{b}^2 + {c}}}",
            f"\\sum_{{i=1}}^{{n}} {a}_i^{rng.randint(2, 4)}",
            f"{c} \\cdot \\nabla_{{{a}}} L({a}, {b})",
            f"\\mathbb{{E}}[{a}^2] - \\mathbb{{E}}[{a}]^2",
            f"p({b} \\mid {a}) = \\frac{{p({a} \\mid {b})\\, p({b})}}{{p({a})}}",
            f"O(n^{rng.randint(2, 3)} \\log n)",
            f"\\sqrt{{{a}_1^2 + {a}_2^2}}",
            f"{c}_{{t+1}} = {c}_t - \\eta\\, g_t",
            f"\\prod_{{j=1}}^{{{rng.randint(2, 9)}}} (1 - {c}_j)",
        ]
        if not display:
            return rng.choice(terms)
        left = rng.choice(("L", "J", "f", "\\hat{y}", "R"))
        return f"{left}({c}) = {rng.choice(terms)} + {rng.choice(terms)}"

    def _python(self) -> str:
        rng = self._rng
        target = rng.randint(5, 20)
        verb = rng.choice(VERBS)[0]
        noun = _identifier(rng.choice(NOUNS))
        arg, limit = rng.choice(IDENTIFIERS), rng.choice(("limit", "size", "depth", "k", "budget"))
        lines = [f"def {verb}_{noun}({arg}, {limit}={rng.randint(2, 128)}):",
                 f'    """{verb.capitalize()} the {noun.replace("_", " ")} and return the result."""']
        result = rng.choice(("result", "out", "acc", "seen", "total"))
        lines.append(f"    {result} = {rng.choice(('[]', '{}', '0', 'set()'))}")
        # Leave room for the final return; each unit below fits in what remains.
        while len(lines) < target - 1:
            room = target - 1 - len(lines)
            var, item = rng.choice(IDENTIFIERS), rng.choice(("item", "node", "key", "row", "x", "edge"))
            other = _identifier(rng.choice(NOUNS))
            units = [
                [f"    # {rng.choice(VERBS)[0]} early to keep {rng.choice(PROPERTIES)} low"],
                [f"    {var} = sorted({arg}, key={rng.choice(('len', 'str', 'abs', 'id'))})"],
                [f'    label = f"{noun}-{{len({arg})}}-{rng.randint(0, 999)}"'],
                [f"    {other} = {{k: v for k, v in {arg}.items() if v > {rng.randint(0, 9)}}}"],
                [f"    {result}.{rng.choice(('append', 'add', 'update'))}({var}[{rng.randint(0, 7)}])"],
            ]
            if room >= 2:
                units.append([f"    if not {arg}:",
                              f'        raise ValueError("empty {noun.replace("_", " ")}")'])
                units.append([f"    for {item} in reversed({var}):",
                              f"        {result} += {item} * {rng.randint(2, 16)}"])
            if room >= 3:
                units.append([f"    for i, {item} in enumerate({arg}):",
                              f"        if i >= {limit}:",
                              "            break"])
            if room >= 4:
                units.append([f"    for {item} in {arg}:",
                              f"        # skip {rng.choice(ADJECTIVES)} entries",
                              f"        if not {item}:",
                              "            continue"])
                units.append([f"    while {arg} and len({result}) < {limit}:",
                              f"        {item} = {arg}.pop()",
                              f'        print("{verb}", {item}, sep=": ")',
                              f"        {limit} -= 1"])
                units.append(["    try:",
                              f"        {var} = {arg}[{limit}]",
                              "    except (IndexError, KeyError):",
                              f"        {var} = None  # {rng.choice(ADJECTIVES)} fallback"])
            lines.extend(rng.choice(units))
        lines.append(f"    return {result}")
        return "```python\n" + "\n".join(lines) + "\n```"

    def _table(self) -> str:
        rng = self._rng
        header = "| Approach | Cost | When to use |\n| --- | --- | --- |"
        rows = []
        for _ in range(rng.randint(3, 5)):
            noun = rng.choice(NOUNS)
            cost = rng.choice(("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "amortised O(1)"))
            rows.append(f"| {rng.choice(ADJECTIVES)} {noun} | {cost} | {rng.choice(CONTEXTS)} |")
        return header + "\n" + "\n".join(rows)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _identifier(noun: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", noun.lower()).strip("_")


def _remove_corpus(dest: Path) -> None:
    """Delete a previous corpus, refusing folders that hold anything but Markdown files."""
    strays = [p for p in dest.rglob("*") if p.is_file() and p.suffix != ".md"]
    if strays:
        raise SystemExit(f"refusing to delete {dest}: it holds non-Markdown files such as {strays[0]}")
    shutil.rmtree(dest)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate a corpus and print what was written and how long it took."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, required=True)
    parser.add_argument("--dest", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--notes-per-file", type=int, default=50)
    parser.add_argument("--force", action="store_true", help="replace an existing corpus at --dest")
    args = parser.parse_args(argv)
    if args.force and args.dest.exists():
        _remove_corpus(args.dest)
    started = time.perf_counter()
    paths = generate_corpus(args.dest, args.notes, seed=args.seed, notes_per_file=args.notes_per_file)
    elapsed = time.perf_counter() - started
    stats = corpus_stats(paths)
    print(f"{stats.notes} notes in {stats.files} files, {stats.bytes / 2**20:.1f} MiB, "
          f"generated in {elapsed:.2f} s -> {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
