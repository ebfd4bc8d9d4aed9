"""The record types every layer shares: documents, initiatives, passages, metrics."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """A source file as read: `text` is what every span indexes into."""

    doc_id: str  # path relative to the corpus folder, '/' separators
    title: str
    text: str
    sha256: str  # of the file's bytes; unchanged file -> nothing re-ingested
    publisher: str = ""
    date: str = ""
    pages: tuple[tuple[int, int], ...] = ()  # (start, page number) for paged formats
    encoding_note: str = ""  # set when a fallback decoding was used


@dataclass
class Metric:
    """A quantified outcome: `text == document[start:end]`, inside `sentence`."""

    doc_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str  # "%", "count", "£", "ratio", "score", "time"
    qualifier: str | None
    label: str
    sentence: str
    sentence_start: int
    sentence_end: int
    pair_role: str | None = None  # "before" / "after" / "versus" for paired figures
    pair: int | None = None  # start offset of the other figure of a pair
    row: str | None = None  # table cells: row label
    column: str | None = None  # table cells: column label
    scale: float | None = None  # "4.7/5" -> 5; "1 in 19" -> 19
    role: str = "outcome"  # "outcome" (a result of the initiative) or "context" (a background figure)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Evidence:
    """How far an initiative's results are shown: its stage and the exact sentence that decided
    it (`basis`: doc_id, start, end, text == document[start:end]; None when untested)."""

    stage: str = "untested"  # "independently evaluated" | "evaluated locally" | "untested"
    basis: dict | None = None


@dataclass
class Passage:
    """A citable piece of one initiative: a sentence to a paragraph."""

    id: str
    initiative_id: str
    doc_id: str
    start: int
    end: int
    text: str  # == document[start:end]
    clean_text: str  # markup removed, page-broken sentences joined: what is embedded


@dataclass
class Initiative:
    """One force's (or organisation's) piece of work, as a span of a document."""

    id: str
    doc_id: str
    start: int
    end: int
    title: str
    forces: list[str]
    organisations: list[str]
    theme: str
    passages: list[Passage] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)
