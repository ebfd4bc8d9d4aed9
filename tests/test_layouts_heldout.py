"""The held-out layout sets (tests/data/layouts-heldout2 and any later ones): documents the code was
never tuned on. Their segmentation figures are *measured* (`gpsearch eval --layouts DIR`, recorded in
docs/evaluation.md), not asserted — a target asserted here would invite tuning to them. What is
asserted is what must hold for any document: the set is sound (every anchor once, in order; the
binary files are what make.py writes) and every span of every initiative is exact."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evaluation.layouts import grade_layouts, layouts_table, load_manifest, read_for_grading
from evaluation.quotes import normalised_spans
from ingest.pipeline import build_initiatives
from ingest.readers import SUPPORTED_SUFFIXES
from test_exactness import _check_initiatives
from test_layout_fixtures import _content

DATA = Path(__file__).resolve().parent / "data"
HELD_OUT = [DATA / "layouts-heldout2", DATA / "layouts-heldout3", DATA / "layouts-heldout4", DATA / "layouts-heldout5",
            DATA / "layouts-heldout6", DATA / "layouts-heldout7", DATA / "layouts-heldout8",
            DATA / "layouts-heldout9", DATA / "layouts-heldout10", DATA / "layouts-heldout11",
            DATA / "layouts-heldout12", DATA / "layouts-heldout13", DATA / "layouts-heldout14",
            DATA / "layouts-heldout15", DATA / "layouts-heldout16", DATA / "layouts-heldout17",
            DATA / "layouts-heldout18", DATA / "layouts-heldout19",
            DATA / "layouts-heldout20", DATA / "layouts-heldout21", DATA / "layouts-heldout22",
            DATA / "layouts-heldout23", DATA / "layouts-heldout24",
            DATA / "layouts-heldout25", DATA / "layouts-heldout26", DATA / "layouts-heldout27",
            DATA / "layouts-heldout28", DATA / "layouts-heldout29", DATA / "layouts-heldout30",
            DATA / "layouts-heldout31", DATA / "layouts-heldout32",
            DATA / "layouts-heldout33", DATA / "layouts-heldout34", DATA / "layouts-heldout35",
            DATA / "layouts-heldout36", DATA / "layouts-heldout37", DATA / "layouts-heldout38",
            DATA / "layouts-heldout39", DATA / "layouts-heldout40", DATA / "layouts-heldout41",
            DATA / "layouts-heldout42", DATA / "layouts-heldout43", DATA / "layouts-heldout44",
            DATA / "layouts-heldout45", DATA / "layouts-heldout46", DATA / "layouts-heldout47",
            DATA / "layouts-heldout48", DATA / "layouts-heldout49"]
CASES = [(folder, name) for folder in HELD_OUT
         for name, entry in sorted(load_manifest(folder / "manifest.json").items()) if entry.refusal is None]
# reader gaps met in the set still held out: known from a test's failure alone, mended only once
# the set is development data. Keys: (set, document) for one document's test, (set, "") for the
# set's. Round 21 met one in v22 (mended in round 22); round 22 met one in v23 (mended in round 23);
# round 25 met one in v26 (a live blog page's manifest listed its anchors out of page order: the
# manifest's order mended in round 26, the reader was right). Round 26 met none in v27, nor in v28
# (added at the end of session 14, graded once, for round 27); round 27 met none in v29 (added at
# the end of session 15, graded once, for round 28), nor in v30 (written and graded once in session
# 16, for round 29); round 30 met none in v31 (written in session 16, graded first in session 17),
# though its first grading crashed: a paged compendium's page with no sentence raised StopIteration,
# a fault any such page would meet, mended at once from the traceback alone with a test written
# for it (the grade was taken after the mend); round 31 met none in v32 (written and graded once in
# session 17, for round 32), nor in v33 (written and graded once in session 17, for round 33), nor in v34 (written and graded once
# in session 17).
READER_GAPS: dict[tuple[str, str], str] = {}


# a held-out set whose make.py does not write its documents again byte for byte in the test run,
# known from the failing test alone (its writer checked it in its own run): looked into once the
# set is development data
MAKE_PY_GAPS: dict[tuple[str, str], str] = {
}


def _known_gaps(cases: list, key, gaps: dict[tuple[str, str], str] = READER_GAPS) -> list:
    return [pytest.param(case, marks=pytest.mark.xfail(reason=gaps[key(case)], strict=True))
            if key(case) in gaps else case for case in cases]


def _id(case) -> str:
    return f"{case[0].name}/{case[1]}"


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda f: f.name)
def test_every_document_is_in_the_manifest(folder: Path):
    files = {p.name for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.name != "README.md"}
    assert files == set(load_manifest(folder / "manifest.json"))


@pytest.mark.parametrize("case", _known_gaps(CASES, lambda c: (c[0].name, c[1])), ids=_id)
def test_anchors_occur_once_each_in_document_order(case):
    folder, name = case
    text = read_for_grading(folder / name, name).text
    starts = []
    for item in load_manifest(folder / "manifest.json")[name].initiatives:
        spans = normalised_spans(text, item.anchor)
        assert len(spans) == 1, (item.anchor, len(spans))
        starts.append(spans[0][0])
    assert starts == sorted(starts)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_every_span_is_exact(case):
    folder, name = case
    document = read_for_grading(folder / name, name)
    initiatives = build_initiatives(document)
    assert not _check_initiatives(initiatives, document.text)


@pytest.mark.parametrize("folder", _known_gaps(HELD_OUT, lambda f: (f.name, "")), ids=lambda f: f.name)
def test_the_grader_runs_and_sees_every_anchor(folder: Path):
    report = grade_layouts(folder)
    print(layouts_table(report))
    assert report["totals"]["anchors_absent"] == 0
    assert report["totals"]["intended"] == sum(len(e.initiatives) for e in load_manifest(folder / "manifest.json").values())


@pytest.mark.parametrize("folder", _known_gaps(HELD_OUT, lambda f: (f.name, ""), MAKE_PY_GAPS), ids=lambda f: f.name)
def test_binary_documents_are_what_make_py_writes(folder: Path, tmp_path: Path):
    sys.path.insert(0, str(folder))
    sys.modules.pop("make", None)
    try:
        import make
        make.main(tmp_path)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop("make", None)
    written_files = sorted(tmp_path.iterdir())
    assert written_files
    for written in written_files:
        assert _content(written) == _content(folder / written.name), f"{written.name}: run {folder.name}/make.py"

