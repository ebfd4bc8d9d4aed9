"""The documents in the index."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import EngineDep

router = APIRouter(tags=["documents"])


@router.get("/documents", summary="Documents with titles and counts")
def documents(engine: EngineDep) -> dict:
    return engine.documents()
