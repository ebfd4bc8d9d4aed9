"""The API's request and response models: what /openapi.json documents and what routes return.

Response fields come from the record types in index/records.py (Metric is used as it is; a
result is an Initiative with scores and evidence added); tests/test_schemas.py checks that no
record field is left out. Every field the contract (/work/shared/CONTRACT.md) names is here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from index.records import Initiative, Metric, Passage
from ingest.uploads import UPLOADS
from service.limits import MAX_FILTER_VALUES, MAX_HISTORY_TURNS, MAX_QUERY_CHARS, MAX_TOP_K, MAX_TURN_CHARS

if TYPE_CHECKING:
    from index.retrieval import Hit
    from ingest.uploads import Change


# --- requests -----------------------------------------------------------------------------------

class Filters(BaseModel):
    """Optional narrowing; every value must exist (see /forces, /themes, /documents)."""

    model_config = ConfigDict(extra="forbid")
    forces: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    themes: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    docs: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    has_metrics: bool | None = None
    regions: list[Annotated[str, Field(max_length=200)]] | None = Field(
        None, max_length=MAX_FILTER_VALUES, description="regions of forces (see /forces)")
    evidence: list[Literal["independently evaluated", "evaluated locally", "untested"]] | None = Field(
        None, max_length=3, description="evidence stages to keep")

    def as_dict(self) -> dict:
        return self.model_dump(exclude_none=True)


class Turn(BaseModel):
    """One earlier turn of a conversation."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=MAX_TURN_CHARS)


History = Annotated[list[Turn], Field(
    default_factory=list, max_length=MAX_HISTORY_TURNS,
    description=f"earlier turns, oldest first (at most {MAX_HISTORY_TURNS}, {MAX_TURN_CHARS} characters each)",
    examples=[[{"role": "user", "content": "What has Lancashire done on recruitment?"},
               {"role": "assistant", "content": "Lancashire Constabulary ran positive action events [1]."}]])]


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["stop and search scrutiny panels"])
    top_k: int = Field(10, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None
    history: History


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["What have forces done on neurodiversity?"])
    top_k: int = Field(8, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None
    history: History


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(..., max_length=MAX_QUERY_CHARS)
    answer: str = Field("", max_length=20_000)
    rating: Literal["up", "down"]
    comment: str = Field("", max_length=2000)
    filters: Filters | None = None


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    paths: list[Annotated[str, Field(max_length=1000)]] = Field(default_factory=list, max_length=1000)
    rebuild: bool = False


def filters_dict(filters: Filters | None) -> dict:
    return filters.as_dict() if filters else {}


def history_list(history: list[Turn]) -> list[dict]:
    return [turn.model_dump() for turn in history]


def source_of(doc_id: str) -> Literal["upload", "corpus"]:
    return "upload" if doc_id.startswith(f"{UPLOADS}/") else "corpus"


# --- responses ----------------------------------------------------------------------------------

class Span(BaseModel):
    """A span of a document: `document_text[start:end]`, end exclusive."""

    doc_id: str = Field(..., description="the document's path relative to the corpus folder, '/' separators",
                        examples=["npcc-good-practice-case-studies.txt"])
    start: int = Field(..., ge=0, description="character offset (Python str index) into the document's text")
    end: int = Field(..., ge=0, description="end offset, exclusive")


class QuotedSpan(Span):
    text: str = Field(..., description="== document_text[start:end], exactly")


class PassageOut(QuotedSpan):
    """A supporting passage: a sentence to a paragraph inside the initiative."""

    id: str | None = Field(None, description="the passage's stable id")
    score: float | None = Field(None, description="how well it matches the query (absent outside a search)")

    @classmethod
    def of(cls, passage: Passage, score: float | None = None) -> PassageOut:
        return cls(id=passage.id, doc_id=passage.doc_id, start=passage.start, end=passage.end, text=passage.text,
                   score=None if score is None else round(score, 6))


class Evidence(BaseModel):
    """How far the initiative's results were tested, and the words that say so."""

    stage: Literal["independently evaluated", "evaluated locally", "untested"] = "untested"
    basis: QuotedSpan | None = Field(None, description="the span saying how it was evaluated; null when untested")

    @classmethod
    def of(cls, initiative: Initiative) -> Evidence:
        basis = initiative.evidence.basis
        return cls(stage=initiative.evidence.stage, basis=QuotedSpan(**basis) if basis else None)


class InitiativeFields(Span):
    """An initiative record as the API shows it (index.records.Initiative)."""

    id: str = Field(..., description="stable initiative id (same across re-ingests of an unchanged document)",
                    examples=["3f9c2a71be04"])
    title: str = Field(..., description="short human title", examples=["Positive action recruitment events"])
    forces: list[str] = Field(..., description="canonical force names, lead first; empty when not by a force",
                              examples=[["Lancashire Constabulary"]])
    organisations: list[str] = Field(..., description="who did it when not a force (or partners)",
                                     examples=[["Durham University"]])
    theme: str = Field(..., examples=["Working with the Public > Building Capability"])
    passages: list[PassageOut] = Field(..., description="the best supporting passages inside the initiative")
    metrics: list[Metric] = Field(..., description="figures reported, each an exact span inside its sentence")
    evidence: Evidence = Field(default_factory=Evidence)

    @staticmethod
    def fields_of(initiative: Initiative) -> dict[str, Any]:
        """The record's own fields (its passages and metrics are added by each view)."""
        return {"id": initiative.id, "title": initiative.title, "forces": initiative.forces,
                "organisations": initiative.organisations, "theme": initiative.theme,
                "doc_id": initiative.doc_id, "start": initiative.start, "end": initiative.end,
                "evidence": Evidence.of(initiative)}


class SearchResult(InitiativeFields):
    """One initiative found for a query."""

    score: float
    named_in_query: bool = Field(False, description="a force the query names did it")
    relevant: bool = Field(True, description="clears the relevance floor (what a 'how many forces' answer counts)")
    elsewhere: bool = Field(False, description="outside the place asked, which had nothing on the question")

    @classmethod
    def of(cls, hit: Hit) -> SearchResult:
        return cls(**cls.fields_of(hit.initiative), score=round(hit.score, 6),
                   passages=[PassageOut.of(p, score) for p, score in hit.passages], metrics=hit.metrics,
                   named_in_query=hit.named_force, relevant=hit.relevant, elsewhere=hit.elsewhere)


class Inferred(BaseModel):
    """What the question narrowed to once the conversation was read (service/conversation.py)."""

    followup: bool = Field(False, description="read against the earlier turns")
    forces: list[str] = Field(default_factory=list, description="forces named or referred to ('that force')")
    only_forces: bool = Field(False, description="the forces narrow like a filter ('only Kent')")
    regions: list[str] = Field(default_factory=list, description="policing regions narrowed to ('and in Wales?')")
    initiatives: list[str] = Field(default_factory=list, description="initiatives referred to ('it', 'those'), first")
    evidence: list[str] = Field(default_factory=list, description="stages of evidence asked for")
    evidence_first: bool = Field(False, description="asks what has been shown to work")
    count: bool = Field(False, description="asks how many or which forces")
    how: Literal["deterministic", "llm"] = "deterministic"


def _with_standalone(data: Any, key: str) -> Any:
    """`standalone` is the query itself until a conversation is read into it."""
    if isinstance(data, dict) and not data.get("standalone"):
        data = {**data, "standalone": data.get(key, "")}
    return data


class SearchResponse(BaseModel):
    query: str
    standalone: str = Field(..., description="the question answered once the history was read (== query without history)")
    took_ms: float
    total: int = Field(..., description="initiatives matching before top_k")
    named_forces: list[str] = Field(default_factory=list, description="forces the query names")
    inferred: Inferred = Field(default_factory=Inferred)
    elsewhere: bool = Field(False, description="the place asked had nothing: results are from elsewhere")
    results: list[SearchResult]

    @model_validator(mode="before")
    @classmethod
    def fill_standalone(cls, data: Any) -> Any:
        return _with_standalone(data, "query")


class Citation(QuotedSpan):
    n: int = Field(..., ge=1, description="the [n] marker in the answer")
    initiative_id: str


class Answer(BaseModel):
    """An answer's text and what its markers cite (service/answers.py writes it)."""

    answer: str = Field(..., description="text with [n] markers; every marker has a citation",
                        examples=["3 forces have done this. Lancashire Constabulary ran ... [1]"])
    citations: list[Citation]
    mode: Literal["extractive", "llm"]
    fallback_reason: str | None = Field(None, description="why the LLM was not used, when it failed")


class AskResponse(Answer):
    question: str
    standalone: str = Field(..., description="the question answered once the history was read (== question without history)")
    results: list[SearchResult]
    inferred: Inferred = Field(default_factory=Inferred)
    elsewhere: bool = Field(False, description="the place asked had nothing: results are from elsewhere")
    total: int
    took_ms: float

    @model_validator(mode="before")
    @classmethod
    def fill_standalone(cls, data: Any) -> Any:
        return _with_standalone(data, "question")


class DocumentInfo(BaseModel):
    title: str
    publisher: str
    date: str


class InitiativeRecord(InitiativeFields):
    """The full initiative: the result fields plus its text and its document."""

    text: str = Field(..., description="== document_text[start:end]")
    document_title: str
    document: DocumentInfo

    @classmethod
    def of(cls, initiative: Initiative, text: str, document: dict) -> InitiativeRecord:
        """`text`: the document's live text; `document`: its stored metadata. Its passages score
        0.0 (no query), as they always have."""
        return cls(**cls.fields_of(initiative), passages=[PassageOut.of(p, 0.0) for p in initiative.passages],
                   metrics=initiative.metrics, text=text[initiative.start:initiative.end],
                   document_title=document.get("title", initiative.doc_id),
                   document=DocumentInfo(**{k: document.get(k, "") for k in ("title", "publisher", "date")}))


class SimilarResponse(BaseModel):
    id: str = Field(..., description="the initiative compared against (not among the results)")
    results: list[SearchResult]


class BrowseRow(Span):
    id: str
    title: str
    forces: list[str]
    organisations: list[str]
    theme: str
    metrics: int = Field(..., description="how many metrics")
    passages: int = Field(..., description="how many passages")
    outcome_metrics: int = Field(0, description="how many metrics are results of the initiative (not context)")
    evidence: Literal["independently evaluated", "evaluated locally", "untested"] = "untested"
    regions: list[str] = Field(default_factory=list, description="the policing regions of its forces")

    @classmethod
    def of(cls, initiative: Initiative, regions: list[str]) -> BrowseRow:
        fields = InitiativeFields.fields_of(initiative)
        return cls(**fields | {"evidence": fields["evidence"].stage}, metrics=len(initiative.metrics),
                   passages=len(initiative.passages), regions=regions,
                   outcome_metrics=sum(m.role == "outcome" for m in initiative.metrics))


class BrowseResponse(BaseModel):
    initiatives: list[BrowseRow]
    total: int


class FacetItem(BaseModel):
    name: str
    initiatives: int


class ForceItem(FacetItem):
    region: str | None = Field(None, description="the force's policing region (null if not known)",
                               examples=["North West"])


class ForcesResponse(BaseModel):
    forces: list[ForceItem]
    total: int


class ThemesResponse(BaseModel):
    themes: list[FacetItem]
    total: int


class DocumentSummary(BaseModel):
    doc_id: str
    title: str
    publisher: str
    date: str
    initiatives: int
    passages: int
    metrics: int

    @computed_field(description="added through uploads (may be replaced or removed), or in the corpus folder")
    @property
    def source(self) -> Literal["upload", "corpus"]:
        return source_of(self.doc_id)


class DocumentsResponse(BaseModel):
    documents: list[DocumentSummary]
    total: int
    upload_max_bytes: int = Field(..., description="the largest file POST /documents accepts")


class FeedbackStored(BaseModel):
    id: int
    stored: bool


class FeedbackEntry(BaseModel):
    id: int
    created: float = Field(..., description="Unix time")
    question: str
    answer: str
    rating: Literal["up", "down"]
    comment: str
    filters: dict[str, Any]


class FeedbackList(BaseModel):
    feedback: list[FeedbackEntry]
    total: int


class SkippedFile(BaseModel):
    doc_id: str
    reason: str


class IngestResponse(BaseModel):
    summary: list[str] = Field(..., description="the report `gpsearch ingest` prints")
    added: list[str]
    updated: list[str]
    removed: list[str]
    unchanged: list[str]
    skipped: list[SkippedFile]


class Health(BaseModel):
    status: Literal["ok"]
    documents: int
    initiatives: int
    passages: int
    generation: int = Field(..., description="changes whenever live content changes")
    worker: int = Field(..., description="the answering process id")


class ErrorDetail(BaseModel):
    code: str = Field(..., examples=["not_found"])
    message: str = Field(..., description="what went wrong and what to do, for a person",
                         examples=["no initiative with id 'x'; ids come from /search results"])
    details: dict[str, Any] | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


class Unavailable(BaseModel):
    """/health when the store cannot be reached."""

    status: Literal["unavailable"]
    documents: int
    initiatives: int
    passages: int
    error: ErrorDetail


_ERROR_MEANINGS = {
    400: "the body could not be read", 401: "missing or wrong API key",
    403: "not allowed (writes need the admin key, or must come from the server itself)",
    404: "no such thing", 409: "conflicts with what is stored", 413: "too large",
    415: "not a kind of file that can be read", 422: "invalid request", 429: "too many requests",
    500: "a fault on the server (logged)", 503: "the index cannot be reached or is updating",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses (and the ones any route can give)."""
    common = (401, 413, 429, 500, 503)  # 413: the body limit applies to every request
    return {status: {"model": ErrorResponse, "description": _ERROR_MEANINGS[status]}
            for status in sorted({*statuses, *common})}


# --- documents ----------------------------------------------------------------------------------

class FoundInitiative(Span):
    """An initiative found in a document: who, what, how well evidenced, how many figures."""

    id: str
    title: str
    forces: list[str]
    organisations: list[str]
    theme: str
    evidence: Evidence = Field(default_factory=Evidence)
    metrics: int = Field(..., description="how many metrics were found in it")

    @classmethod
    def of(cls, initiative: Initiative) -> FoundInitiative:
        return cls(**InitiativeFields.fields_of(initiative), metrics=len(initiative.metrics))


class DocumentChanged(BaseModel):
    """What adding or replacing a document found in it."""

    doc_id: str = Field(..., examples=["uploads/kent-positive-action-2025.pdf"])
    title: str
    kind: Literal["pdf", "docx", "html", "text"] = Field(..., description="read from the file's bytes, not its name")
    bytes: int
    replaced: bool
    initiatives: list[FoundInitiative]
    metrics: int = Field(..., description="metrics over all its initiatives")
    notes: list[str] = Field(default_factory=list, description="how the file was read, when that matters")
    seconds: float = Field(..., description="time to read, index and publish it")

    @classmethod
    def of(cls, change: Change) -> DocumentChanged:
        return cls(doc_id=change.doc_id, title=change.title, kind=change.kind, bytes=change.size,
                   replaced=change.replaced, initiatives=[FoundInitiative.of(i) for i in change.initiatives],
                   metrics=sum(len(i.metrics) for i in change.initiatives), notes=change.notes,
                   seconds=round(change.seconds, 2))


class OutlineEntry(BaseModel):
    """A piece of structure the reader saw (a heading, a labelled field, a list, a table row,
    page furniture); `text` is its opening, cleaned, for a person."""

    kind: str = Field(..., examples=["heading"])
    level: int = Field(0, description="heading level (1 is the top), else 0")
    label: str = Field("", description="a labelled field's label")
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    text: str


class LayoutScore(BaseModel):
    layout: str
    score: float
    why: str


class LayoutChoice(BaseModel):
    chosen: str = Field(..., description="the layout the document was segmented as")
    scores: list[LayoutScore] = Field(..., description="every layout's score and why, best first")


class Owner(BaseModel):
    forces: list[str]
    organisations: list[str]
    source: str = Field(..., description="where the owner was read from (catalogue, title, dateline, ...)")


class ExplainedInitiative(BaseModel):
    id: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    title: str
    forces: list[str]
    organisations: list[str]
    theme: str
    owner_reason: str = Field(..., description="why these forces or organisations")
    opening: str = Field(..., description="its first words")
    passages: int
    metrics: int
    work: float | None = Field(None, description="how surely it describes a piece of work (ingest/work_model.py); "
                                                 "null when the embedding model has no work model")


class LeftOut(BaseModel):
    """A piece the layout found that ingestion left out, and why."""

    title: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    work: float | None = Field(None, description="P(piece of work) when the work model judged it; none when "
                                                 "the rules left it out before any judging")
    why: str


class Explanation(BaseModel):
    """How ingestion read the document (what `gpsearch ingest --explain` prints): its outline,
    the layout chosen and why, its owner, and each initiative with who did it and why."""

    title: str
    characters: int
    pages: int
    owner: Owner
    outline: list[OutlineEntry]
    layout: LayoutChoice
    initiatives: list[ExplainedInitiative]
    left_out: list[LeftOut] = Field(default_factory=list, description="pieces judged not to describe work")


class DocumentDetail(BaseModel):
    """A document's metadata and initiatives; `text` with ?include=text, `explanation` with
    ?include=outline."""

    doc_id: str
    title: str
    publisher: str
    date: str
    source: Literal["upload", "corpus"] = Field(..., description="added through uploads (may be replaced or "
                                                                 "removed), or in the corpus folder")
    sha256: str = Field(..., description="of the file's bytes")
    ingested: float | None = Field(None, description="Unix time it was indexed")
    passages: int
    metrics: int
    initiatives: list[FoundInitiative]
    text: str | None = Field(None, description="the extracted text every span indexes into (?include=text)")
    explanation: Explanation | None = Field(None, description="how it was read and segmented (?include=outline); "
                                                              "null when the file cannot be read any more")


class DocumentRemoved(BaseModel):
    doc_id: str
    removed: bool
