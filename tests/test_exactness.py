"""Every citation is exact: initiative, passage and metric spans equal their text in the
document, as built and as read back from the real Chroma store."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from ingest.lines import clean
from ingest.readers import read_document


def _check_initiatives(initiatives, text: str) -> list[str]:
    """Every span problem in `initiatives` against `text`, as readable strings."""
    problems = []
    for i in initiatives:
        where = f"{i.doc_id}@{i.start}"
        if not (0 <= i.start < i.end <= len(text)):
            problems.append(f"{where}: initiative span out of range")
            continue
        for p in i.passages:
            if text[p.start:p.end] != p.text:
                problems.append(f"{where}: passage {p.id} text != document[{p.start}:{p.end}]")
            if not (i.start <= p.start and p.end <= i.end):
                problems.append(f"{where}: passage {p.id} outside its initiative")
        for m in i.metrics:
            if text[m.start:m.end] != m.text:
                problems.append(f"{where}: metric {m.text!r} != document[{m.start}:{m.end}]")
            if text[m.sentence_start:m.sentence_end] != m.sentence:
                problems.append(f"{where}: metric sentence != document[{m.sentence_start}:{m.sentence_end}]")
            if not (m.sentence_start <= m.start and m.end <= m.sentence_end):
                problems.append(f"{where}: metric {m.text!r} outside its sentence")
            if not (i.start <= m.start and m.end <= i.end):
                problems.append(f"{where}: metric {m.text!r} outside its initiative")
            if m.doc_id != i.doc_id:
                problems.append(f"{where}: metric doc_id {m.doc_id}")
    return problems


def test_built_spans_are_exact(built, documents_by_id):
    problems = []
    for doc_id, initiatives in built.items():
        problems += _check_initiatives(initiatives, documents_by_id[doc_id].text)
    assert not problems, problems[:10]


def test_the_checks_have_something_to_check(built):
    assert sum(len(i.metrics) for items in built.values() for i in items) > 100
    assert all(i.passages for items in built.values() for i in items)


def test_corpus_metrics_are_exact_to_the_character(built, documents_by_id):
    for doc_id, initiatives in built.items():
        text = documents_by_id[doc_id].text
        for m in (m for i in initiatives for m in i.metrics):
            assert m.text.strip() == m.text and m.text, (doc_id, m.start)
            assert text[m.start:m.end] == m.text


# --- read back from the real store ----------------------------------------------------------


@pytest.mark.slow  # the shared store is embedded with the real model
def test_store_holds_the_corpus_text_unchanged(ingested_store, documents_by_id):
    _, store = ingested_store
    assert set(store.live_documents()) == set(documents_by_id)
    for doc_id, document in documents_by_id.items():
        assert store.document_text(doc_id) == document.text


@pytest.mark.slow  # the shared store is embedded with the real model
def test_store_records_are_exact_against_stored_text_and_files(ingested_store, corpus_dir: Path):
    _, store = ingested_store
    loaded = store.load_initiatives()
    assert loaded
    by_doc: dict[str, list] = {}
    for initiative in loaded:
        by_doc.setdefault(initiative.doc_id, []).append(initiative)
    assert len(by_doc) == 5
    problems = []
    for doc_id, initiatives in by_doc.items():
        stored = store.document_text(doc_id)
        on_disk = read_document(corpus_dir / doc_id, doc_id).text
        problems += _check_initiatives(initiatives, stored)
        problems += _check_initiatives(initiatives, on_disk)
    assert not problems, problems[:10]


@pytest.mark.slow  # the shared store is embedded with the real model
def test_store_round_trips_the_built_records(ingested_store, built):
    _, store = ingested_store
    loaded = {}
    for initiative in store.load_initiatives():
        loaded.setdefault(initiative.doc_id, []).append(initiative)
    assert set(loaded) == set(built)
    for doc_id, initiatives in built.items():
        assert [asdict(i) for i in loaded[doc_id]] == [asdict(i) for i in initiatives], doc_id


@pytest.mark.slow  # the shared store is embedded with the real model
def test_store_passage_records_match_their_spans(ingested_store):
    _, store = ingested_store
    live = store.live_documents()
    got = store.passages.get(include=["metadatas", "documents"])
    assert got["ids"]
    texts = {doc_id: store.document_text(doc_id) for doc_id in live}
    for chroma_id, meta, document in zip(got["ids"], got["metadatas"], got["documents"]):
        assert meta["version"] == live[meta["doc_id"]]["version"], chroma_id
        assert chroma_id == f"{meta['passage_id']}@{meta['version']}"
        span = texts[meta["doc_id"]][meta["start"]:meta["end"]]
        assert clean(span) == document, chroma_id


@pytest.mark.slow  # the shared store is embedded with the real model
def test_store_counts_match_the_records(ingested_store, built):
    _, store = ingested_store
    live = store.live_documents()
    for doc_id, initiatives in built.items():
        entry = live[doc_id]
        assert entry["initiatives"] == len(initiatives)
        assert entry["passages"] == sum(len(i.passages) for i in initiatives)
        assert entry["metrics"] == sum(len(i.metrics) for i in initiatives)
    assert store.passages.count() == sum(int(m["passages"]) for m in live.values())
    assert store.initiatives.count() == sum(int(m["initiatives"]) for m in live.values())


# --- every format read --------------------------------------------------------------------------


def _format_files(tmp_path: Path) -> list[Path]:
    """One small document per format the readers take, with structure each reader marks."""
    import docx

    from test_outline import HTML, MARKDOWN, _pdf

    files = {"review.md": MARKDOWN, "news.html": HTML, "plain.txt": MARKDOWN.replace("\n\n", "\f", 2)}
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    line = "Officers in {} worked with schools on a knife crime project, and offences fell by {}% in the year."
    pages = [[(force, "Helvetica-Bold", 16), (line.format(force, n), "Helvetica", 10)]
             for n, force in enumerate(["Kent Police", "Essex Police", "Surrey Police", "Sussex Police"], start=10)]
    (tmp_path / "compendium.pdf").write_bytes(_pdf(pages))
    d = docx.Document()
    for force in ("Cumbria Constabulary", "Durham Constabulary"):
        d.add_heading(f"{force} rural crime", level=2)
        d.add_paragraph().add_run("Outcome").bold = True
        d.add_paragraph(f"{force} cut farm thefts by 40% after marking equipment with farmers.")
    d.save(str(tmp_path / "cases.docx"))
    return [*paths, tmp_path / "compendium.pdf", tmp_path / "cases.docx"]


def test_every_format_gives_exact_spans_and_keeps_furniture_out_of_passages(tmp_path: Path):
    from index.records import NOT_CONTENT
    from ingest.pipeline import build_initiatives

    hidden_seen = 0
    for path in _format_files(tmp_path):
        document = read_document(path, path.name)
        initiatives = build_initiatives(document)
        assert initiatives, path.name
        assert not _check_initiatives(initiatives, document.text), path.name
        hidden = [document.text[i.start:i.end] for i in document.outline if i.kind in NOT_CONTENT]
        hidden_seen += len(hidden)
        for passage in (p for i in initiatives for p in i.passages):
            assert not any(h in passage.clean_text for h in hidden), (path.name, passage.clean_text)
    assert hidden_seen >= 4  # the PDF's running footers and the pages' furniture were there to keep out
