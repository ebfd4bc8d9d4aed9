"""Search and cited answers."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import EngineDep
from service.schemas import AskRequest, AskResponse, SearchRequest, SearchResponse, errors, filters_dict, history_list

router = APIRouter(tags=["search"], responses=errors(400, 422))


@router.post("/search", response_model=SearchResponse, summary="Initiatives for a query, best first")
def search(body: SearchRequest, engine: EngineDep) -> SearchResponse:
    return engine.search(body.query, body.top_k, filters_dict(body.filters), history_list(body.history))


@router.post("/ask", response_model=AskResponse,
             summary="A cited answer: one line per initiative, every [n] an exact span")
def ask(body: AskRequest, engine: EngineDep) -> AskResponse:
    return engine.ask(body.question, body.top_k, filters_dict(body.filters), history_list(body.history))
