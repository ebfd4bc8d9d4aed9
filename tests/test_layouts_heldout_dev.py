"""The former held-out layout sets, used as DEVELOPMENT data since 2026-12-03:
tests/data/layouts-heldout (studied on branch seg3), tests/data/layouts-heldout2 (branch seg4),
tests/data/layouts-heldout3, -heldout4, -heldout5 and -heldout6 (round 6), -heldout7 (round 7) and
-heldout8 (round 8). The held-out set is now tests/data/layouts-heldout9, which no test here reads. Every span is exact. Issue 10's targets
(agreement >= 0.95, force accuracy >= 0.98, no furniture initiatives) hold on the first two sets
(a target not reached yet is an xfail whose reason gives the figure measured on 2026-12-03, with a
regression test that it gets no worse); the later six are below them, and tests here keep them at
least at the figures measured at the end of round 8."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from evaluation.layouts import grade_layouts, layouts_table, load_manifest, read_for_grading
from ingest.pipeline import build_initiatives
from test_exactness import _check_initiatives

DATA = Path(__file__).resolve().parent / "data"
DEV = DATA / "layouts-heldout"
DEV2 = DATA / "layouts-heldout2"
DEV3 = DATA / "layouts-heldout3"
DEV4 = DATA / "layouts-heldout4"
DEV5 = DATA / "layouts-heldout5"
DEV6 = DATA / "layouts-heldout6"
DEV7 = DATA / "layouts-heldout7"
DEV8 = DATA / "layouts-heldout8"
SETS = [DEV, DEV2]
# measured 2026-12-03 at the end of round 8: (agreement, force accuracy); no worse from here
FLOORS = {DEV3: (0.85, 0.99), DEV4: (0.82, 0.91), DEV5: (0.89, 0.88), DEV6: (0.84, 0.85),
          DEV7: (0.93, 0.82), DEV8: (0.57, 0.92)}  # (a little under the figures shown rounded)
CASES = [(folder, name) for folder in [*SETS, *FLOORS]
         for name, entry in sorted(load_manifest(folder / "manifest.json").items()) if entry.refusal is None]
# the commissioner's section on holding the Chief Constable to account (5.1 performance meetings,
# 5.2 complaint reviews) is read as two pieces of work; nothing in its structure says it is not
SECTION_5 = ("cheshire-pcc-annual-report-2024-25.pdf: 5.1 and 5.2, the commissioner's oversight of the force, "
             "are taken for pieces of work (measured 2026-12-03: {})")


@lru_cache(maxsize=None)
def _report(folder: Path) -> dict:
    report = grade_layouts(folder)
    print(layouts_table(report))
    return report


def _furniture(report: dict) -> dict:
    return {d["name"]: d["furniture_initiatives"] for d in report["documents"] if d["furniture_initiatives"]}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0].name}/{c[1]}")
def test_every_span_is_exact(case):
    folder, name = case
    doc = read_for_grading(folder / name, name)
    initiatives = build_initiatives(doc)
    assert initiatives or not load_manifest(folder / "manifest.json")[name].initiatives, name
    assert not _check_initiatives(initiatives, doc.text)


@pytest.mark.parametrize("folder", [*SETS, *FLOORS], ids=lambda f: f.name)
def test_the_grader_saw_every_anchor(folder):
    assert _report(folder)["totals"]["anchors_absent"] == 0


@pytest.mark.parametrize("folder", [
    pytest.param(DEV, marks=pytest.mark.xfail(strict=True, reason=SECTION_5.format(
        "agreement 0.94, 16 matches, 16 intended, 18 found"))),
    DEV2,
], ids=lambda f: f.name)
def test_segmentation_agreement(folder):
    report = _report(folder)
    assert report["totals"]["agreement"] >= 0.95, layouts_table(report)


def test_segmentation_agreement_no_worse_than_measured():
    report = _report(DEV)
    assert report["totals"]["agreement"] >= 0.94, layouts_table(report)


@pytest.mark.parametrize("folder", SETS, ids=lambda f: f.name)
def test_force_accuracy(folder):
    report = _report(folder)
    assert report["totals"]["force_accuracy"] >= 0.98, layouts_table(report)


@pytest.mark.parametrize("folder", [
    pytest.param(DEV, marks=pytest.mark.xfail(strict=True, reason=SECTION_5.format("2 furniture initiatives"))),
    DEV2,
], ids=lambda f: f.name)
def test_no_furniture_initiatives(folder):
    furniture = _furniture(_report(folder))
    assert not furniture, furniture


def test_furniture_initiatives_only_the_known_ones():
    furniture = _furniture(_report(DEV))
    assert set(furniture) <= {"cheshire-pcc-annual-report-2024-25.pdf"}, furniture
    assert sum(len(v) for v in furniture.values()) <= 2, furniture


@pytest.mark.parametrize("folder", SETS, ids=lambda f: f.name)
def test_section_numbers_phone_numbers_postcodes_and_dates_are_not_metrics(folder):
    taken = {d["name"]: d["non_metrics_as_metrics"] for d in _report(folder)["documents"] if d["non_metrics_as_metrics"]}
    assert not taken, taken


ONE_TO_ONE_NOW = [
    (DEV, name) for name in (
        "bch-project-harbour-collaboration-report.html", "hmicfrs-peel-2025-wiltshire-extract.pdf",
        "lancashire-police-news-shop-theft-evidence-portal.html", "npcc-problem-solving-case-studies-2025.docx",
        "practice-bank-export-surrey-gwent.md")
] + [(DEV2, name) for name, entry in sorted(load_manifest(DEV2 / "manifest.json").items()) if entry.refusal is None]


@pytest.mark.parametrize("case", ONE_TO_ONE_NOW, ids=lambda c: f"{c[0].name}/{c[1]}")
def test_one_to_one_segmentation(case):
    folder, name = case
    (grade,) = [d for d in _report(folder)["documents"] if d["name"] == name]
    assert grade["matched"] == grade["intended"] == grade["found"], (grade["missed"], grade["spurious"])


@pytest.mark.parametrize("folder", list(FLOORS), ids=lambda f: f.name)
def test_later_sets_are_no_worse_than_measured(folder):
    report = _report(folder)
    agreement, force = FLOORS[folder]
    assert report["totals"]["agreement"] >= agreement, layouts_table(report)
    assert report["totals"]["force_accuracy"] >= force, layouts_table(report)
