"""Search and cited answers."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import EngineDep
from service.schemas import AskRequest, SearchRequest, filters_dict

router = APIRouter(tags=["search"])


@router.post("/search", summary="Initiatives for a query, best first")
def search(body: SearchRequest, engine: EngineDep) -> dict:
    return engine.search(body.query, body.top_k, filters_dict(body.filters))


@router.post("/ask", summary="A cited answer: one line per initiative, every [n] an exact span")
def ask(body: AskRequest, engine: EngineDep) -> dict:
    return engine.ask(body.question, body.top_k, filters_dict(body.filters))
