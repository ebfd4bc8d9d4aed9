"""The question set and the corpus it is graded against: questions parsed, gold quotes located.

A question file is JSONL as /work/shared/eval/README.md describes; each gold quote's span is
found over the documents as the ingester reads them: exactly (``document_text.find(quote)``) in
the corpus the quotes were taken from, or by normalised matching (evaluation/quotes.py) in the
same documents rendered in other formats.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.quotes import Locator, exact_spans

log = logging.getLogger(__name__)

QUESTION_TYPES = ("lookup", "topic", "metric", "similar")

Span = tuple[str, int, int]  # (doc_id, start, end), end exclusive


class EvalError(Exception):
    """A problem the user can fix (no index, bad question file, service down); exit code 2."""

@dataclass
class Gold:
    quote: str
    force: str
    span: Span | None = None  # its first occurrence; None: not in the corpus (a data error)
    occurrences: int = 0  # how many times the quote occurs over all documents
    spans: list[Span] = field(default_factory=list)  # every occurrence (repeated paragraphs)

    @property
    def where(self) -> list[Span]:
        """The spans a result may cover to cover this quote."""
        return self.spans or ([self.span] if self.span else [])


@dataclass
class Question:
    id: str
    type: str
    q: str
    gold: list[Gold]
    values: list[str] = field(default_factory=list)
    seed: str | None = None
    seed_span: Span | None = None


def load_questions(path: Path) -> list[Question]:
    """Parse the JSONL question file; raises EvalError with the line at fault."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"no question file at {path}") from None
    except OSError as exc:
        raise EvalError(f"cannot read the question file {path}: {exc.strerror or exc}") from None
    questions: list[Question] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            qtype = raw["type"]
            if qtype not in QUESTION_TYPES:
                raise ValueError(f"unknown type {qtype!r} (expected one of {', '.join(QUESTION_TYPES)})")
            gold = [Gold(quote=g["quote"], force=g.get("force", "")) for g in raw["gold"]]
            if not gold:
                raise ValueError("empty 'gold'")
            question = Question(id=str(raw["id"]), type=qtype, q=raw["q"], gold=gold,
                                values=list(raw.get("values") or []), seed=raw.get("seed"))
            if qtype == "similar" and not question.seed:
                raise ValueError("a 'similar' question needs a 'seed'")
            if qtype == "metric" and not question.values:
                raise ValueError("a 'metric' question needs 'values'")
        except (ValueError, KeyError, TypeError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise EvalError(f"{path}:{n}: bad question: {detail}") from None
        if question.id in seen:
            raise EvalError(f"{path}:{n}: duplicate question id {question.id!r}")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise EvalError(f"{path} holds no questions")
    return questions


def find_all(quote: str, documents: dict[str, str], locator: Locator = exact_spans) -> list[Span]:
    """Every span where `quote` occurs (found by `locator`), documents in id order."""
    return [(doc_id, start, end) for doc_id in sorted(documents)
            for start, end in locator(documents[doc_id], quote)] if quote else []


def locate(quote: str, documents: dict[str, str],
           locator: Locator = exact_spans) -> tuple[Span | None, int]:
    """The quote's first span and how many times it occurs in all."""
    spans = find_all(quote, documents, locator)
    return (spans[0] if spans else None), len(spans)


def resolve_gold(questions: list[Question], documents: dict[str, str],
                 locator: Locator = exact_spans) -> list[dict]:
    """Give every gold quote and seed its span (found by `locator`); return the data errors
    and warnings found."""
    problems: list[dict] = []
    for question in questions:
        for gold in question.gold:
            gold.spans = find_all(gold.quote, documents, locator)
            gold.span, gold.occurrences = (gold.spans[0] if gold.spans else None), len(gold.spans)
            if gold.span is None:
                problems.append({"id": question.id, "kind": "error",
                                 "message": f"gold quote not found in the corpus: {gold.quote!r}"})
            elif gold.occurrences > 1:
                problems.append({"id": question.id, "kind": "warning",
                                 "message": f"gold quote occurs {gold.occurrences} times (at "
                                            + ", ".join(f"{d}:{a}" for d, a, _ in gold.spans)
                                            + f"); covering any occurrence counts: {gold.quote[:60]!r}"})
        if question.seed is not None:
            question.seed_span, count = locate(question.seed, documents, locator)
            if question.seed_span is None:
                problems.append({"id": question.id, "kind": "error",
                                 "message": f"seed not found in the corpus: {question.seed!r}"})
            elif count > 1:
                problems.append({"id": question.id, "kind": "warning",
                                 "message": f"seed occurs {count} times; using the first"})
    return problems

def load_documents(corpus_dir: Path) -> dict[str, str]:
    """Every document of the corpus folder as the ingester reads it (UTF-8 for text files)."""
    from ingest.readers import UnreadableFile, discover, read_document

    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise EvalError(f"no corpus folder at {corpus_dir} (set GPSEARCH_CORPUS_DIR)")
    files, _skipped = discover([corpus_dir], corpus_dir)
    documents: dict[str, str] = {}
    for path, doc_id in files:
        try:
            documents[doc_id] = read_document(path, doc_id).text
        except UnreadableFile as exc:
            log.warning("cannot read %s: %s", doc_id, exc)
    if not documents:
        raise EvalError(f"no readable documents in {corpus_dir}")
    return documents

