"""evaluation/originals.py: the question sets on the default corpus as its publishers issue it
(tests/formats.py renderings) beside the .txt corpus, gold quotes located in the renderings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import formats
import gpsearch_cli
from conftest import make_settings
from evaluation.originals import (
    FIGURES,
    ORIGINALS,
    TOLERANCE,
    TXT,
    build_corpora,
    compare,
    differences,
    pair_renderings,
)
from evaluation.questions import EvalError, find_all
from evaluation.quotes import normalised_spans

DATA = Path(__file__).resolve().parent / "data"
QUESTION_FILES = [DATA / "dev-questions.jsonl", DATA / "extra-questions.jsonl"]
NPCC_DOCX = f"{Path(formats.NPCC_CASES).stem}.docx"
AVON_TXT = "police-now-avon-and-somerset.txt"


def _touch(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"x")


def test_one_rendering_per_txt_in_order_of_preference(tmp_path, corpus_dir):
    stem = Path(formats.NPCC_CASES).stem
    _touch(tmp_path, f"{stem}.html", f"{stem}.docx", "notes.pdf", f"{Path(AVON_TXT).stem}.html")
    pairs = pair_renderings(tmp_path, corpus_dir)
    assert {txt: p.name for txt, p in pairs.items()} == {
        formats.NPCC_CASES: f"{stem}.docx", AVON_TXT: f"{Path(AVON_TXT).stem}.html"}
    web_first = pair_renderings(tmp_path, corpus_dir, prefer=(".html", ".docx"))
    assert web_first[formats.NPCC_CASES].name == f"{stem}.html"


def test_missing_or_unpaired_folder_is_a_clear_error(tmp_path, corpus_dir):
    with pytest.raises(EvalError, match="python tests/formats.py"):
        pair_renderings(tmp_path / "absent", corpus_dir)
    _touch(tmp_path / "other", "annual-report.pdf")
    with pytest.raises(EvalError, match="no file in .* renders a corpus .txt"):
        pair_renderings(tmp_path / "other", corpus_dir)


def test_cli_reports_a_missing_folder_in_one_line(tmp_path, capsys):
    code = gpsearch_cli.main(["eval", "--formats", str(tmp_path / "absent")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("gpsearch: no such folder") and "Traceback" not in err


def test_corpora_carry_the_catalogue_under_the_new_names(tmp_path, corpus_dir):
    _touch(tmp_path / "converted", NPCC_DOCX)
    pairs = pair_renderings(tmp_path / "converted", corpus_dir)
    folders = build_corpora(pairs, corpus_dir, tmp_path / "work")
    catalog = json.loads((corpus_dir / "catalog.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in folders[TXT].iterdir()) == ["catalog.json", formats.NPCC_CASES]
    assert (folders[TXT] / formats.NPCC_CASES).read_bytes() == (corpus_dir / formats.NPCC_CASES).read_bytes()
    renamed = json.loads((folders[ORIGINALS] / "catalog.json").read_text(encoding="utf-8"))
    assert renamed == {NPCC_DOCX: catalog[formats.NPCC_CASES]}


def _report(lookup: float, citations: float) -> dict:
    return {"per_type": {"lookup": {"hit@1": lookup, "hit@5": 1.0}},
            "overall": {"force_lenient": 1.0, "citations": {"share": citations}}}


def test_differences_against_the_tolerance():
    d = differences(_report(0.96, 1.0), _report(0.63, 1.0))
    assert list(d) == list(FIGURES)
    assert d["lookup hit@1"] == {TXT: 0.96, ORIGINALS: 0.63, "delta": -0.33, "within": False, "better": False}
    assert d["lookup hit@5"]["within"] and d["citations exact"]["within"]
    assert d["topic recall@10"] == {TXT: None, ORIGINALS: None, "delta": None, "within": False, "better": False}
    assert differences(_report(0.96, 1.0), _report(0.96 - TOLERANCE, 1.0))["lookup hit@1"]["within"]
    # answering better from the originals is no regression, and is reported as such
    better = differences(_report(0.90, 1.0), _report(0.96, 1.0))["lookup hit@1"]
    assert better["within"] and better["better"]


# ------------------------------------------------------------------ real model, real stores


def _questions_on(tmp_path: Path, documents: dict[str, str]) -> list[Path]:
    """The question sets cut to the questions whose gold quotes and seed all lie in `documents`."""
    files = []
    for source in QUESTION_FILES:
        kept = []
        for line in source.read_text(encoding="utf-8").splitlines():
            question = json.loads(line)
            quotes = [g["quote"] for g in question["gold"]] + ([question["seed"]] if question.get("seed") else [])
            if all(find_all(q, documents) for q in quotes):
                kept.append(line)
        assert kept, source
        files.append(tmp_path / source.name)
        files[-1].write_text("\n".join(kept) + "\n", encoding="utf-8")
    return files


@pytest.mark.slow
def test_word_file_and_pdf_cite_exactly_and_locate_every_gold(tmp_path, corpus_dir):
    """The NPCC cases as a Word file and a Police Now report as a PDF: every gold quote the .txt
    run grades is found in the rendering, on the rendering's own offsets, and every passage and
    metric the engine returns is exact on the rendering's text."""
    from ingest.readers import read_document
    from service.engine import Engine

    converted = tmp_path / "converted"
    converted.mkdir()
    formats.npcc_docx(converted, corpus_dir)
    pdf = next(p for p in formats.police_now_pdfs(converted, corpus_dir) if p.stem == Path(AVON_TXT).stem)
    for other in converted.glob("*.pdf"):
        if other != pdf:
            other.unlink()
    txt_documents = {name: (corpus_dir / name).read_text(encoding="utf-8")
                     for name in (formats.NPCC_CASES, AVON_TXT)}
    question_files = _questions_on(tmp_path, txt_documents)
    result = compare(converted, question_files, make_settings(tmp_path / "unused", corpus_dir),
                     open_engine=Engine.from_settings, progress=False)

    assert result["pairs"] == {formats.NPCC_CASES: NPCC_DOCX, AVON_TXT: pdf.name}
    renderings = {NPCC_DOCX: converted / NPCC_DOCX, pdf.name: pdf}
    texts = {name: read_document(path, name).text for name, path in renderings.items()}
    for name, runs in result["sets"].items():
        txt, originals = runs[TXT], runs[ORIGINALS]
        assert not [p for p in txt["data_problems"] if p["kind"] == "error"], name
        assert not [p for p in originals["data_problems"] if p["kind"] == "error"], name
        assert originals["overall"]["graded"] == txt["overall"]["graded"] == txt["overall"]["questions"]
        for detail in originals["questions"]:
            for gold in detail["gold"]:
                doc_id, start, end = gold["span"]
                assert doc_id in texts
                assert normalised_spans(texts[doc_id][start:end], gold["quote"]) == [(0, end - start)]
        for report in (txt, originals):
            citations = report["overall"]["citations"]
            assert citations["passages"] > 0 and citations["share"] == 1.0, (name, citations["mismatches"])
            assert citations["metrics_exact"] == citations["metrics"]


@pytest.mark.slow
def test_whole_corpus_rendered_answers_as_the_txt(tmp_path, corpus_dir):
    """Issue 10 item 5: the default documents as their publishers issue them give the same
    answers on the development questions (no compared figure more than TOLERANCE below)."""
    from service.engine import Engine

    formats.render_all(tmp_path / "converted", corpus_dir)
    result = compare(tmp_path / "converted", QUESTION_FILES, make_settings(tmp_path / "unused", corpus_dir),
                     open_engine=Engine.from_settings, progress=False)
    missed = {name: {label: d for label, d in runs["differences"].items()
                     if not d["within"] and d[TXT] is not None}
              for name, runs in result["sets"].items()}
    assert not any(missed.values()), missed
