"""The documents in the index."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import EngineDep
from service.schemas import DocumentsResponse, errors

router = APIRouter(tags=["documents"], responses=errors())


@router.get("/documents", response_model=DocumentsResponse, summary="Documents with titles and counts")
def documents(engine: EngineDep) -> dict:
    return engine.documents()
