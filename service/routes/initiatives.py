"""Initiatives one by one, comparable ones, and the facet lists for filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import EngineDep
from service.engine import MAX_TOP_K

router = APIRouter(tags=["initiatives"])

InitiativeId = Annotated[str, Path(max_length=200, description="an id from /search results")]


@router.get("/initiatives", summary="Every initiative, one row each (for browsing and CSV)")
def browse(engine: EngineDep) -> dict:
    return engine.browse()


@router.get("/initiatives/{initiative_id}", summary="The full initiative record with its text")
def initiative(initiative_id: InitiativeId, engine: EngineDep) -> dict:
    return engine.initiative(initiative_id)


@router.get("/initiatives/{initiative_id}/similar", summary="Comparable initiatives, other forces preferred")
def similar(initiative_id: InitiativeId, engine: EngineDep,
            top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K)] = 10) -> dict:
    return engine.similar(initiative_id, top_k)


@router.get("/forces", summary="Forces with their number of initiatives")
def forces(engine: EngineDep) -> dict:
    return engine.facet("forces")


@router.get("/themes", summary="Themes with their number of initiatives")
def themes(engine: EngineDep) -> dict:
    return engine.facet("themes")
