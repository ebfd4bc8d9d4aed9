"""Thumbs up or down on answers, kept for the team to review."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.deps import FeedbackDep
from service.schemas import FeedbackEntry, FeedbackList, FeedbackRequest, FeedbackStored, errors, filters_dict

router = APIRouter(tags=["feedback"], responses=errors(422))


@router.post("/feedback", status_code=201, response_model=FeedbackStored, responses=errors(400),
             summary="Thumbs up or down on an answer, with a comment")
def post_feedback(body: FeedbackRequest, feedback: FeedbackDep) -> FeedbackStored:
    entry_id = feedback.add(body.question, body.answer, body.rating, body.comment, filters_dict(body.filters))
    return FeedbackStored(id=entry_id, stored=True)


@router.get("/feedback", response_model=FeedbackList, summary="Stored feedback, newest first")
def list_feedback(feedback: FeedbackDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> FeedbackList:
    items = [FeedbackEntry(**row) for row in feedback.list(limit)]
    return FeedbackList(feedback=items, total=len(items))
