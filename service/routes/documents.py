"""Documents: the list, one document's record and text, and adding, replacing and removing them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Path, Query, UploadFile

from service.deps import EngineDep, SettingsDep, UploadsDep, WriterDep
from service.documents import document_detail
from service.schemas import DocumentChanged, DocumentDetail, DocumentRemoved, DocumentsResponse, errors

router = APIRouter(tags=["documents"], responses=errors())

DocId = Annotated[str, Path(max_length=500, description="a doc_id from GET /documents, e.g. uploads/report.pdf")]
Upload = Annotated[UploadFile, File(description="the document: PDF, Word .docx, HTML, text or Markdown "
                                                "(the kind is read from its content)")]
WRITE_ERRORS = errors(400, 403, 409, 413, 415, 422)


def _read(file: UploadFile, limit: int) -> bytes:
    """The upload's bytes, at most one past the limit (the size check names the file)."""
    return file.file.read(limit + 1)


@router.get("/documents", response_model=DocumentsResponse, summary="Documents with titles and counts")
def documents(engine: EngineDep) -> DocumentsResponse:
    return engine.documents()


@router.post("/documents", status_code=201, response_model=DocumentChanged, responses=WRITE_ERRORS,
             summary="Add a document: stored under uploads/, indexed, and what was found in it")
def add_document(file: Upload, _: WriterDep, settings: SettingsDep, engine: EngineDep, uploads: UploadsDep) -> DocumentChanged:
    change = uploads.add(file.filename or "", _read(file, settings.upload_max_bytes))
    engine.searcher.expire()
    return DocumentChanged.of(change)


@router.get("/documents/{doc_id:path}", response_model=DocumentDetail, responses=errors(404, 422),
            summary="A document's metadata and initiatives; ?include=text adds the text spans index into, "
                    "?include=outline how it was read and segmented")
def document(doc_id: DocId, engine: EngineDep,
             include: Annotated[list[Literal["text", "outline"]], Query(
                 description="'text': add the extracted text; 'outline': add how it was read (repeatable)")] = [],
             ) -> DocumentDetail:
    return document_detail(engine, doc_id, "text" in include, "outline" in include)


@router.put("/documents/{doc_id:path}", response_model=DocumentChanged, responses={**WRITE_ERRORS, **errors(404)},
            summary="Replace an uploaded document with a new file of the same kind")
def replace_document(doc_id: DocId, file: Upload, _: WriterDep, settings: SettingsDep, engine: EngineDep,
                     uploads: UploadsDep) -> DocumentChanged:
    change = uploads.replace(doc_id, file.filename or doc_id.rsplit("/", 1)[-1], _read(file, settings.upload_max_bytes))
    engine.searcher.expire()
    return DocumentChanged.of(change)


@router.delete("/documents/{doc_id:path}", response_model=DocumentRemoved, responses=errors(403, 404, 409, 422),
               summary="Remove an uploaded document: its file and every record of it")
def remove_document(doc_id: DocId, _: WriterDep, engine: EngineDep, uploads: UploadsDep) -> DocumentRemoved:
    uploads.remove(doc_id)
    engine.searcher.expire()
    return DocumentRemoved(doc_id=doc_id, removed=True)
