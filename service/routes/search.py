"""Search and cited answers.

The routes are async and run the engine on the thread pool themselves: FastAPI validates a sync
route's returned model on the thread pool too, a second round trip (~0.3 ms) per request.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from service.deps import EngineDep
from service.schemas import AskRequest, AskResponse, SearchRequest, SearchResponse, errors, filters_dict, history_list

router = APIRouter(tags=["search"], responses=errors(400, 422))


@router.post("/search", response_model=SearchResponse, summary="Initiatives for a query, best first")
async def search(body: SearchRequest, engine: EngineDep) -> SearchResponse:
    return await run_in_threadpool(engine.search, body.query, body.top_k, filters_dict(body.filters),
                                  history_list(body.history))


@router.post("/ask", response_model=AskResponse,
             summary="A cited answer: one line per initiative, every [n] an exact span")
async def ask(body: AskRequest, engine: EngineDep) -> AskResponse:
    return await run_in_threadpool(engine.ask, body.question, body.top_k, filters_dict(body.filters),
                                  history_list(body.history))
