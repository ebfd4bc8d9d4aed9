"""The API's request and response models: what /openapi.json documents and what routes return."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from service.engine import MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_TOP_K


# --- requests -----------------------------------------------------------------------------------

class Filters(BaseModel):
    """Optional narrowing; every value must exist (see /forces, /themes, /documents)."""

    model_config = ConfigDict(extra="forbid")
    forces: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    themes: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    docs: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    has_metrics: bool | None = None

    def as_dict(self) -> dict:
        return self.model_dump(exclude_none=True)


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["stop and search scrutiny panels"])
    top_k: int = Field(10, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["What have forces done on neurodiversity?"])
    top_k: int = Field(8, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None


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
