"""Search and cited answers."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import EngineDep
from service.engine import QueryError
from service.schemas import AskRequest, AskResponse, Filters, SearchRequest, SearchResponse, errors, history_list

router = APIRouter(tags=["search"], responses=errors(400, 422))

# Accepted by the contract; the engine does not read them yet (issue 11), so asking for them is an
# error rather than a filter silently ignored.
_NOT_YET = ("regions", "evidence")


def _filters(filters: Filters | None) -> dict:
    chosen = filters.as_dict() if filters else {}
    unread = [key for key in _NOT_YET if chosen.get(key)]
    if unread:
        raise QueryError(422, "filter_not_available",
                         f"filtering by {' and '.join(unread)} is not available yet; leave it out")
    return {k: v for k, v in chosen.items() if k not in _NOT_YET}


@router.post("/search", response_model=SearchResponse, summary="Initiatives for a query, best first")
def search(body: SearchRequest, engine: EngineDep) -> dict:
    return engine.search(body.query, body.top_k, _filters(body.filters), history_list(body.history))


@router.post("/ask", response_model=AskResponse,
             summary="A cited answer: one line per initiative, every [n] an exact span")
def ask(body: AskRequest, engine: EngineDep) -> dict:
    return engine.ask(body.question, body.top_k, _filters(body.filters), history_list(body.history))
