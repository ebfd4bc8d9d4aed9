"""The record types every layer shares: documents, initiatives, passages, metrics."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


OUTLINE_KINDS = (
    "heading",    # a heading; level 1 is the top; label holds a section number ("3.1") if it has one
    "numbered",   # a numbered paragraph ('3.1 Officers in Aberdeen ...'); label holds its number
    "field",      # a labelled field ("Outcome: ..." or a bold label paragraph); label holds the label
    "list_item",  # one item of a bulleted or numbered list
    "run_in",     # a paragraph opening with an emphasised head (bold in Word or a PDF, <strong> on a web
                  # page, ** in Markdown) and its text running on: the span is the head; label holds it
    "table",      # a table: its rows as tab-separated lines
    "box",        # text set in a drawn box (a practice box, a safety panel): it belongs together and ends with the box
    "quote",      # a quotation and its attribution (blockquote, Markdown '>'): text of its section, never a heading
    "running",    # a running header or footer repeated across pages: kept out of titles and embeddings
    "furniture",  # navigation, cookie banner, share links, site footer: not content
)
NOT_CONTENT = ("running", "furniture")  # kinds kept in the text but out of segmentation and passages


@dataclass(frozen=True)
class OutlineItem:
    """One piece of structure a reader saw, as an exact span of the document's text."""

    kind: str  # one of OUTLINE_KINDS
    start: int
    end: int
    level: int = 0  # headings: 1 = top
    label: str = ""  # fields: the label; headings: the section number, if any
    # headings: the file's format marks it (a font, a style, a tag), not the text's shape alone
    styled: bool = False


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
    outline: tuple[OutlineItem, ...] = ()  # sorted by start
    running: str = ""  # running header/footer text the file carries outside its body (not indexed)
    # the publisher is the one the file names itself (its copyright, imprint or site name), not a
    # catalogue's: what its pages say as 'we' is the publisher's own
    publisher_stated: bool = False


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
