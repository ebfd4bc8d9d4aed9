"""The segmentation grader (evaluation/layouts.py) on small hand-made cases with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.layouts import (
    Expected,
    Intended,
    format_agreement,
    grade_document,
    grade_layouts,
    grade_originals,
    grade_refusal,
    layouts_table,
    load_manifest,
    one_to_one,
)
from evaluation.quotes import normalised_spans
import gpsearch_cli
from index.records import Document, Initiative, Metric, Passage

TEXT = (
    "Cookies on this site. Accept all cookies.\n\n"                       # 0..42
    "Walk and Talk\n\nWomen walk their area with a female officer.\n\n"  # 43..104
    "Project Vigilant\n\nPlain-clothes officers patrol bar areas.\n\n"   # 105..164
    "Share on Facebook"
)


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def _initiative(start: int, end: int, title: str = "t", forces=("Kent Police",), organisations=()) -> Initiative:
    passage = Passage(id=f"p{start}", initiative_id=f"i{start}", doc_id="d", start=start, end=end,
                      text=TEXT[start:end], clean_text=TEXT[start:end])
    return Initiative(id=f"i{start}", doc_id="d", start=start, end=end, title=title, forces=list(forces),
                      organisations=list(organisations), theme="", passages=[passage])


DOCUMENT = Document(doc_id="d", title="Kent", text=TEXT, sha256="x")
WALK = Intended(anchor="walk their area with a female officer", title="Walk and Talk", forces=("Kent Police",))
VIGILANT = Intended(anchor="Plain-clothes officers patrol", title="Project Vigilant", forces=("Kent Police",))
EXPECTED = Expected(name="d", kind="web page", initiatives=(WALK, VIGILANT), owner_forces=("Kent Police",),
                    furniture=("Accept all cookies", "Share on Facebook"))
WALK_SPAN = (TEXT.index("Walk and Talk"), TEXT.index("officer.") + len("officer."))
VIGILANT_SPAN = (TEXT.index("Project Vigilant"), TEXT.index("bar areas.") + len("bar areas."))


def test_perfect_segmentation_scores_one():
    found = [_initiative(*WALK_SPAN), _initiative(*VIGILANT_SPAN)]
    grade = grade_document(DOCUMENT, found, EXPECTED)
    assert (grade.matched, grade.agreement, grade.force_correct) == (2, 1.0, 2)
    assert (grade.owner_checked, grade.owner_correct) == (2, 2)
    assert not grade.furniture_initiatives and not grade.furniture_leaks and not grade.spurious


def test_two_initiatives_merged_into_one_match_once():
    found = [_initiative(WALK_SPAN[0], VIGILANT_SPAN[1])]
    grade = grade_document(DOCUMENT, found, EXPECTED)
    assert grade.matched == 1
    assert grade.agreement == pytest.approx(2 * 1 / (2 + 1))
    assert grade.missed == ["Project Vigilant"]


def test_an_initiative_split_in_pieces_counts_the_extra_pieces():
    walk_heading_end = TEXT.index("Walk and Talk") + len("Walk and Talk")
    found = [_initiative(WALK_SPAN[0], walk_heading_end), _initiative(walk_heading_end + 2, WALK_SPAN[1]),
             _initiative(*VIGILANT_SPAN)]
    grade = grade_document(DOCUMENT, found, EXPECTED)
    assert grade.matched == 2
    assert grade.agreement == pytest.approx(2 * 2 / (2 + 3))
    assert len(grade.spurious) == 1 and not grade.furniture_initiatives


def test_wrong_or_extra_forces_are_counted():
    found = [_initiative(*WALK_SPAN, forces=("Kent Police", "Essex Police")),
             _initiative(*VIGILANT_SPAN, forces=())]
    grade = grade_document(DOCUMENT, found, EXPECTED)
    assert grade.force_correct == 0
    assert grade.owner_correct == 1  # the first still names the owner
    assert len(grade.wrong_forces) == 2


def test_a_piece_naming_no_force_must_get_none():
    anonymous = Expected(name="d", kind="compendium", initiatives=(Intended(WALK.anchor, "Walk", ()),))
    credited = grade_document(DOCUMENT, [_initiative(*WALK_SPAN, forces=("Kent Police",))], anonymous)
    uncredited = grade_document(DOCUMENT, [_initiative(*WALK_SPAN, forces=())], anonymous)
    assert (credited.force_correct, uncredited.force_correct) == (0, 1)


def test_organisations_are_compared_loosely_an_ampersand_for_and():
    wanted = Expected(name="d", kind="web page", initiatives=(
        Intended(WALK.anchor, "Walk", ("Kent Police",), ("HM Courts & Tribunals Service",)),))
    found = [_initiative(*WALK_SPAN, organisations=("HM Courts and Tribunals Service",))]
    assert grade_document(DOCUMENT, found, wanted).organisation_correct == 1
    other = [_initiative(*WALK_SPAN, organisations=("HM Prison and Probation Service",))]
    assert grade_document(DOCUMENT, other, wanted).organisation_correct == 0


def test_furniture_as_an_initiative_and_furniture_inside_one():
    cookie = _span("Cookies on this site. Accept all cookies.")
    found = [_initiative(*cookie, title="Cookies"), _initiative(*WALK_SPAN),
             _initiative(VIGILANT_SPAN[0], len(TEXT))]  # runs on into the share links
    grade = grade_document(DOCUMENT, found, EXPECTED)
    assert grade.furniture_initiatives == ["Cookies"]
    assert len(grade.furniture_leaks) == 2  # the cookie initiative, and the share link in Vigilant
    assert grade.matched == 2


def test_furniture_in_a_title_is_a_leak():
    found = [_initiative(*WALK_SPAN, title="Share on Facebook"), _initiative(*VIGILANT_SPAN)]
    assert grade_document(DOCUMENT, found, EXPECTED).furniture_leaks


def test_a_metric_inside_a_not_metric_quote_is_reported():
    text = "3.1 Officers ran 40 sessions. Call 0300 122 5000."
    document = Document(doc_id="d", title="", text=text, sha256="x")
    expected = Expected(name="d", kind="review", initiatives=(Intended("Officers ran 40 sessions", "Sessions"),),
                        not_metrics=("3.1 Officers", "Call 0300 122 5000"))

    def metric(surface: str) -> Metric:
        start = text.index(surface)
        return Metric(doc_id="d", start=start, end=start + len(surface), text=surface, value=0.0,
                      unit="count", qualifier=None, label="", sentence=text, sentence_start=0,
                      sentence_end=len(text))

    initiative = Initiative(id="i", doc_id="d", start=0, end=len(text), title="Sessions", forces=[],
                            organisations=[], theme="", metrics=[metric("3.1"), metric("40"), metric("0300")])
    grade = grade_document(document, [initiative], expected)
    assert grade.non_metrics_as_metrics == ["'3.1' in '3.1 Officers'", "'0300' in 'Call 0300 122 5000'"]


def test_anchor_matches_across_wrapped_lines():
    text = "The force funds caseworkers in the\nemergency departments of two hospitals."
    start, end = text.index("caseworkers"), text.index(" of two")
    assert normalised_spans(text, "caseworkers in the emergency departments") == [(start, end)]
    assert normalised_spans(text, "caseworkers in emergency") == []


def test_absent_anchor_is_reported():
    expected = Expected(name="d", kind="k", initiatives=(Intended("not in the text at all", "x"),))
    grade = grade_document(DOCUMENT, [_initiative(*WALK_SPAN)], expected)
    assert grade.anchors_absent == ["not in the text at all"] and grade.matched == 0


def test_one_to_one_finds_the_maximum_matching():
    # intended 0 could take found 0 or 1, intended 1 only found 0: both must be matched
    assert one_to_one([{0, 1}, {0}], 2) == {0: 1, 1: 0}
    assert one_to_one([{0}, {0}], 1) == {0: 0}
    assert one_to_one([set(), {1}], 2) == {1: 1}


def test_refusals():
    scan = Expected(name="scan.pdf", kind="scan", initiatives=(), refusal=("text", "scan"))
    assert grade_refusal(scan, "PDF has no extractable text (scanned image?)").refusal_ok
    assert not grade_refusal(scan, "corrupt or truncated PDF").refusal_ok
    readable = Expected(name="a.pdf", kind="report", initiatives=(WALK,))
    refused = grade_refusal(readable, "corrupt PDF")
    assert not refused.refusal_ok and refused.missed == ["Walk and Talk"] and refused.agreement == 0


def test_format_agreement_matches_by_words_not_offsets():
    converted_text = "Page 1\n\n" + TEXT.replace("\n\n", "\n")
    converted = Document(doc_id="d.pdf", title="", text=converted_text, sha256="y")

    def at(text: str, quote_start: str, quote_end: str, **kw) -> Initiative:
        start = text.index(quote_start)
        return Initiative(id="", doc_id="", start=start, end=text.index(quote_end) + len(quote_end),
                          title="", forces=["Kent Police"], organisations=[], theme="", **kw)

    reference = [at(TEXT, "Walk and Talk", "officer."), at(TEXT, "Project Vigilant", "bar areas.")]
    same = [at(converted_text, "Walk and Talk", "officer."), at(converted_text, "Project Vigilant", "bar areas.")]
    report = format_agreement(DOCUMENT, reference, converted, same)
    assert (report["matched"], report["agreement"], report["force_agreement"]) == (2, 1.0, 1.0)
    glued = [at(converted_text, "Walk and Talk", "bar areas.")]
    report = format_agreement(DOCUMENT, reference, converted, glued)
    assert report["matched"] == 1 and report["agreement"] == pytest.approx(2 / 3, abs=1e-3)


def _write_fixture_folder(folder: Path, manifest: dict) -> None:
    (folder / "release.md").write_text(
        "# Essex Police opens a knife amnesty bin in Harlow\n\n"
        "Essex Police has installed a knife amnesty bin outside Harlow police station. "
        "In its first month 212 knives were handed in.\n",
        encoding="utf-8",
    )
    (folder / "stray.txt").write_text("not listed in the manifest\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_grade_layouts_runs_real_ingestion(tmp_path: Path):
    _write_fixture_folder(tmp_path, {"documents": {"release.md": {
        "kind": "press release", "owner": {"forces": ["Essex Police"]}, "furniture": [], "refusal": None,
        "initiatives": [{"title": "Knife amnesty bin", "anchor": "installed a knife amnesty bin",
                         "forces": ["Essex Police"]}],
    }}})
    report = grade_layouts(tmp_path)
    assert report["unlisted"] == ["stray.txt"]
    (document,) = report["documents"]
    assert document["intended"] == 1 and document["found"] >= 1 and document["anchors_absent"] == []
    assert "release.md" in layouts_table(report)


def test_grade_layouts_needs_a_manifest(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="manifest.json"):
        grade_layouts(tmp_path)


def test_malformed_manifest_entry_is_named(tmp_path: Path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"documents": {"a.md": {"initiatives": []}}}), encoding="utf-8")
    with pytest.raises(ValueError, match="a.md"):
        load_manifest(path)


def test_manifest_forces_read_as_the_gazetteer_names_them(tmp_path: Path):
    """A writer spells a force as the force spells itself (its legal name, 'Constabulary' for
    'Police'): graded as the gazetteer's one force; a name it does not know is kept as written."""
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"documents": {"a.md": {
        "kind": "a release", "owner": {"forces": ["Avon and Somerset Constabulary"]},
        "initiatives": [{"title": "t", "anchor": "a", "forces": ["Avon and Somerset Constabulary",
                                                                  "Kent Police", "Ruritania Police"]}],
    }}}), encoding="utf-8")
    expected = load_manifest(path)["a.md"]
    assert expected.owner_forces == ("Avon and Somerset Police",)
    assert expected.initiatives[0].forces == ("Avon and Somerset Police", "Kent Police", "Ruritania Police")


def test_grade_originals_pairs_by_name(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = ("# Kent Police\n\nKent Police runs Walk and Talk: women walk their area with a female "
            "officer and point out where they feel unsafe.\n")
    (corpus / "walks.txt").write_text(body, encoding="utf-8")
    converted = tmp_path / "walks.md"
    converted.write_text(body.replace("unsafe.", "unsafe.\n\nPage 1"), encoding="utf-8")
    orphan = tmp_path / "other.md"
    orphan.write_text(body, encoding="utf-8")
    report = grade_originals([converted, orphan], corpus)
    assert report["unpaired"] == ["other.md"]
    (result,) = report["files"]
    assert result["matched"] == result["reference_initiatives"] >= 1


def test_cli_grades_a_layout_folder(tmp_path: Path, capsys):
    _write_fixture_folder(tmp_path, {"documents": {"release.md": {
        "kind": "press release", "initiatives": [{"title": "Knife amnesty bin",
                                                  "anchor": "installed a knife amnesty bin"}],
    }}})
    out = tmp_path / "figures.json"
    assert gpsearch_cli.main(["eval", "--layouts", str(tmp_path), "--out", str(out)]) == 0
    assert "segmentation agreement" in capsys.readouterr().out
    assert json.loads(out.read_text())["layouts"]["totals"]["intended"] == 1


def test_cli_says_what_is_missing(tmp_path: Path, capsys):
    assert gpsearch_cli.main(["eval", "--layouts", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert gpsearch_cli.main(["eval", "--layouts", str(tmp_path)]) == 2
    assert "no manifest.json" in capsys.readouterr().err
