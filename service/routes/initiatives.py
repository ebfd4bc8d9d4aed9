"""Initiatives one by one, comparable ones, and the facet lists for filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from service.deps import EngineDep
from service.limits import MAX_TOP_K
from service.schemas import (
    BrowseResponse,
    ForcesResponse,
    InitiativeRecord,
    SimilarResponse,
    ThemesResponse,
    errors,
)

router = APIRouter(tags=["initiatives"], responses=errors())

InitiativeId = Annotated[str, Path(max_length=200, description="an id from /search results")]


@router.get("/initiatives", response_model=BrowseResponse, summary="Every initiative, one row each (for browsing and CSV)")
def browse(engine: EngineDep) -> BrowseResponse:
    return engine.browse()


@router.get("/initiatives/{initiative_id}", response_model=InitiativeRecord, responses=errors(404, 422),
            summary="The full initiative record with its text")
def initiative(initiative_id: InitiativeId, engine: EngineDep) -> InitiativeRecord:
    return engine.initiative(initiative_id)


@router.get("/initiatives/{initiative_id}/similar", response_model=SimilarResponse, responses=errors(404, 422),
            summary="Comparable initiatives, other forces preferred")
def similar(initiative_id: InitiativeId, engine: EngineDep,
            top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K)] = 10) -> SimilarResponse:
    return engine.similar(initiative_id, top_k)


@router.get("/forces", response_model=ForcesResponse, summary="Forces with their region and number of initiatives")
def forces(engine: EngineDep) -> ForcesResponse:
    return engine.forces()


@router.get("/themes", response_model=ThemesResponse, summary="Themes with their number of initiatives")
def themes(engine: EngineDep) -> ThemesResponse:
    return engine.themes()
