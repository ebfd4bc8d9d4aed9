"""tests/data/layouts-heldout, used as DEVELOPMENT data since 2026-12-03 (the held-out set is now
tests/data/layouts-heldout2, which no test here reads): every span is exact, and issue 10's
targets on it (agreement >= 0.95, force accuracy >= 0.98, no furniture initiatives). A target not
reached yet is an xfail whose reason gives the figure measured on 2026-12-03."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.layouts import grade_layouts, layouts_table, load_manifest, read_for_grading
from ingest.pipeline import build_initiatives
from test_exactness import _check_initiatives

DEV = Path(__file__).resolve().parent / "data" / "layouts-heldout"
MANIFEST = load_manifest(DEV / "manifest.json")
READABLE = sorted(name for name, entry in MANIFEST.items() if entry.refusal is None)
# the commissioner's section on holding the Chief Constable to account (5.1 performance meetings,
# 5.2 complaint reviews) is read as two pieces of work; nothing in its structure says it is not
SECTION_5 = ("cheshire-pcc-annual-report-2024-25.pdf: 5.1 and 5.2, the commissioner's oversight of the force, "
             "are taken for pieces of work (measured 2026-12-03: {})")


@pytest.fixture(scope="module")
def report():
    report = grade_layouts(DEV)
    print(layouts_table(report))
    return report


@pytest.mark.parametrize("name", READABLE)
def test_every_span_is_exact(name):
    doc = read_for_grading(DEV / name, name)
    initiatives = build_initiatives(doc)
    assert initiatives, name
    assert not _check_initiatives(initiatives, doc.text)


def test_the_grader_saw_every_anchor(report):
    assert report["totals"]["anchors_absent"] == 0


@pytest.mark.xfail(strict=True, reason=SECTION_5.format("agreement 0.94, 16 matches, 16 intended, 18 found"))
def test_segmentation_agreement(report):
    assert report["totals"]["agreement"] >= 0.95, layouts_table(report)


def test_segmentation_agreement_no_worse_than_measured(report):
    assert report["totals"]["agreement"] >= 0.94, layouts_table(report)


def test_force_accuracy(report):
    assert report["totals"]["force_accuracy"] >= 0.98, layouts_table(report)


@pytest.mark.xfail(strict=True, reason=SECTION_5.format("2 furniture initiatives"))
def test_no_furniture_initiatives(report):
    furniture = {d["name"]: d["furniture_initiatives"] for d in report["documents"] if d["furniture_initiatives"]}
    assert not furniture, furniture


def test_furniture_initiatives_only_the_known_ones(report):
    furniture = {d["name"]: d["furniture_initiatives"] for d in report["documents"] if d["furniture_initiatives"]}
    assert set(furniture) <= {"cheshire-pcc-annual-report-2024-25.pdf"}, furniture
    assert sum(len(v) for v in furniture.values()) <= 2, furniture


def test_section_numbers_phone_numbers_postcodes_and_dates_are_not_metrics(report):
    taken = {d["name"]: d["non_metrics_as_metrics"] for d in report["documents"] if d["non_metrics_as_metrics"]}
    assert not taken, taken


ONE_TO_ONE_NOW = {
    "bch-project-harbour-collaboration-report.html", "hmicfrs-peel-2025-wiltshire-extract.pdf",
    "lancashire-police-news-shop-theft-evidence-portal.html", "npcc-problem-solving-case-studies-2025.docx",
    "practice-bank-export-surrey-gwent.md",
}


@pytest.mark.parametrize("name", sorted(ONE_TO_ONE_NOW))
def test_one_to_one_segmentation(name, report):
    (grade,) = [d for d in report["documents"] if d["name"] == name]
    assert grade["matched"] == grade["intended"] == grade["found"], (grade["missed"], grade["spurious"])
