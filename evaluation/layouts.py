"""Grade segmentation: documents in new layouts against a manifest of their intended initiatives,
and the default corpus as its publishers issue it (PDF, Word, web page) against the .txt ingest.

Measures, per document and in total:

* segmentation agreement = 2 x one-to-one matches / (intended + found). A found initiative
  matches an intended one when its span contains the intended initiative's anchor quote
  (found by normalised matching, evaluation/quotes.py: a PDF wraps lines where it likes); each found initiative matches at
  most one intended one and vice versa (a maximum bipartite matching);
* force accuracy over matched initiatives: the found `forces` equal the intended ones as a set
  (an intended piece that names no force must get none);
* organisation accuracy over matched initiatives that name organisations: every intended
  organisation is among the found ones (names compared loosely: case, "the", punctuation, "&" for "and");
* owner accuracy over matched initiatives whose intended forces or organisations include the
  document's owner: the found ones include it too (a section written as "we");
* furniture: found initiatives that match nothing and contain a furniture quote (cookie banner,
  running header, notes to editors ...), and furniture quotes that leak into any found
  initiative's title or passages;
* numbers that are not metrics: metrics of found initiatives that fall inside a manifest quote
  holding a section number, phone number, postcode, date or year ("3.1 Officers in Aberdeen");
* refusals: a document the manifest says must be refused (a scan with no text) is refused, with
  a reason that mentions the words the manifest lists.

For the original formats, a converted file's initiatives are matched one-to-one to the .txt
ingest's by the overlap of their words (Dice >= MATCH_OVERLAP, best pairs first), since their
offsets differ; agreement is the same 2m / (a + b), plus force and theme agreement over pairs.

The manifest (`manifest.json` in the folder) maps a file name to
``{"kind", "owner": {"forces", "organisations"}, "furniture": [quotes], "not_metrics": [quotes],
"refusal": [words] | null, "initiatives": [{"anchor", "title", "forces", "organisations"}]}``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from evaluation.quotes import normalised_spans
from index.gazetteer import canonical_force
from index.records import Document, Initiative
from ingest.pipeline import initiatives_of, load_catalog, with_catalog
from ingest.readers import SUPPORTED_SUFFIXES, UnreadableFile, read_document

MANIFEST = "manifest.json"
MATCH_OVERLAP = 0.5  # word Dice above which a converted initiative is the same as a .txt one


@dataclass(frozen=True)
class Intended:
    """One initiative the document describes, as its manifest states it."""

    anchor: str  # exact text inside the initiative
    title: str
    forces: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expected:
    """What ingestion should make of one document."""

    name: str
    kind: str
    initiatives: tuple[Intended, ...]
    owner_forces: tuple[str, ...] = ()
    owner_organisations: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()
    not_metrics: tuple[str, ...] = ()  # quotes whose numbers are not metrics
    refusal: tuple[str, ...] | None = None  # words the refusal reason must mention


@dataclass
class DocumentGrade:
    """How one document's ingest compares with its manifest entry."""

    name: str
    kind: str
    intended: int
    found: int
    matched: int = 0
    force_correct: int = 0
    organisation_checked: int = 0
    organisation_correct: int = 0
    owner_checked: int = 0
    owner_correct: int = 0
    furniture_initiatives: list[str] = field(default_factory=list)  # titles
    furniture_leaks: list[str] = field(default_factory=list)  # "quote in title/passage of <title>"
    non_metrics_as_metrics: list[str] = field(default_factory=list)  # "'3.1' in '3.1 Officers'"
    missed: list[str] = field(default_factory=list)  # intended titles with no found initiative
    spurious: list[str] = field(default_factory=list)  # found titles matching nothing
    wrong_forces: list[str] = field(default_factory=list)  # "title: found [...] intended [...]"
    anchors_absent: list[str] = field(default_factory=list)  # anchors not in the read text
    refused: str | None = None  # the reader's reason
    refusal_expected: bool = False
    refusal_ok: bool = True

    @property
    def agreement(self) -> float:
        total = self.intended + self.found
        return 1.0 if total == 0 else 2 * self.matched / total


# --------------------------------------------------------------------------------- manifest


def _canonical_forces(names: Iterable[str]) -> tuple[str, ...]:
    """A manifest's forces as the gazetteer names them: a writer spells a force as the force
    spells itself ('Avon and Somerset Constabulary', its legal name, beside the gazetteer's
    'Avon and Somerset Police'); a name that is an alias of one force is that force."""
    return tuple(canonical_force(name) or name for name in names)


def load_manifest(path: Path) -> dict[str, Expected]:
    """The manifest's documents by file name. Raises ValueError naming a malformed entry."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, Expected] = {}
    for name, entry in raw["documents"].items():
        try:
            owner = entry.get("owner") or {}
            out[name] = Expected(
                name=name,
                kind=entry["kind"],
                initiatives=tuple(
                    Intended(
                        anchor=item["anchor"], title=item["title"],
                        forces=_canonical_forces(item.get("forces", ())),
                        organisations=tuple(item.get("organisations", ())),
                    )
                    for item in entry.get("initiatives", ())
                ),
                owner_forces=_canonical_forces(owner.get("forces", ())),
                owner_organisations=tuple(owner.get("organisations", ())),
                furniture=tuple(entry.get("furniture", ())),
                not_metrics=tuple(entry.get("not_metrics", ())),
                refusal=tuple(entry["refusal"]) if entry.get("refusal") is not None else None,
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: entry {name!r} is malformed: missing or wrong {exc}") \
                from None
    return out


# --------------------------------------------------------------------------------- matching


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def one_to_one(edges: list[set[int]], n_right: int) -> dict[int, int]:
    """A maximum matching left -> right, where edges[left] is the set of rights it may take
    (augmenting paths, Kuhn's algorithm; lefts tried in order, so ties go to earlier ones)."""
    owner: list[int | None] = [None] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in sorted(edges[left]):
            if right in seen:
                continue
            seen.add(right)
            if owner[right] is None or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return {left: right for right, left in enumerate(owner) if left is not None}


def _same_name(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        words = re.findall(r"[a-z0-9]+", s.casefold().replace("’", "'").replace("&", " and "))
        return " ".join(w for w in words if w != "the")

    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


def _has_name(names: Iterable[str], wanted: str) -> bool:
    return any(_same_name(name, wanted) for name in names)


# ---------------------------------------------------------------------------------- grading


def match_anchors(text: str, found: list[Initiative], intended: list, absent: list[str] | None = None) -> dict[int, int]:
    """The one-to-one matching {intended index: found index}: a found initiative may take an
    intended one whose anchor quote lies inside its span. Anchors not in the text go to `absent`."""
    edges: list[set[int]] = []
    for item in intended:
        spans = normalised_spans(text, item.anchor)
        if not spans and absent is not None:
            absent.append(item.anchor)
        edges.append({j for j, initiative in enumerate(found)
                      if any(initiative.start <= s and e <= initiative.end for s, e in spans)})
    return one_to_one(edges, len(found))


def grade_document(document: Document, found: list[Initiative],
                   expected: Expected) -> DocumentGrade:
    """Compare one document's found initiatives with its manifest entry."""
    text = document.text
    grade = DocumentGrade(name=expected.name, kind=expected.kind,
                          intended=len(expected.initiatives), found=len(found))
    grade.refusal_expected = expected.refusal is not None
    grade.refusal_ok = not grade.refusal_expected
    matching = match_anchors(text, found, expected.initiatives, grade.anchors_absent)
    grade.matched = len(matching)
    owners = expected.owner_forces + expected.owner_organisations
    for i, item in enumerate(expected.initiatives):
        if i not in matching:
            grade.missed.append(item.title)
            continue
        initiative = found[matching[i]]
        if set(initiative.forces) == set(item.forces):
            grade.force_correct += 1
        else:
            grade.wrong_forces.append(
                f"{item.title}: found {sorted(initiative.forces)} intended {sorted(item.forces)}"
            )
        if item.organisations:
            grade.organisation_checked += 1
            grade.organisation_correct += all(
                _has_name(initiative.organisations + initiative.forces, o) for o in item.organisations
            )
        intended_who = item.forces + item.organisations
        for owner in owners:
            if _has_name(intended_who, owner):
                grade.owner_checked += 1
                grade.owner_correct += _has_name(initiative.forces + initiative.organisations, owner)
    matched_found = set(matching.values())
    furniture = [(quote, _squash(quote)) for quote in expected.furniture]
    for j, initiative in enumerate(found):
        span = _squash(text[initiative.start:initiative.end])
        if j not in matched_found:
            grade.spurious.append(initiative.title)
            if any(q in span for _, q in furniture):
                grade.furniture_initiatives.append(initiative.title)
        pieces = [initiative.title] + [p.text for p in initiative.passages]
        for quote, q in furniture:
            if any(q in _squash(piece) for piece in pieces):
                grade.furniture_leaks.append(f"{quote!r} in {initiative.title!r}")
    not_metric_spans = [(quote, span) for quote in expected.not_metrics
                        for span in normalised_spans(text, quote)]
    for metric in (m for initiative in found for m in initiative.metrics):
        for quote, (start, end) in not_metric_spans:
            if start <= metric.start and metric.end <= end:
                grade.non_metrics_as_metrics.append(f"{metric.text!r} in {quote!r}")
    return grade


def grade_refusal(expected: Expected, reason: str) -> DocumentGrade:
    """A document the reader refused: right when the manifest expects it, for the stated reason."""
    grade = DocumentGrade(name=expected.name, kind=expected.kind,
                          intended=len(expected.initiatives), found=0, refused=reason)
    grade.refusal_expected = expected.refusal is not None
    words = expected.refusal or ()
    grade.refusal_ok = grade.refusal_expected and all(
        w.casefold() in reason.casefold() for w in words)
    grade.missed = [item.title for item in expected.initiatives]
    return grade


@lru_cache(maxsize=1)
def default_embedder():
    """The configured embedder, loaded once: ingest's work model judges pieces with it."""
    from index.embedder import embedder_from_settings
    from index.settings import get_settings

    return embedder_from_settings(get_settings())


def read_for_grading(path: Path, doc_id: str, catalog: dict[str, dict] | None = None) -> Document:
    """The document as ingest sees it: read, then titled from the catalog or its own text."""
    return with_catalog(read_document(path, doc_id), catalog or {})


def grade_layouts(folder: Path, embedder=None) -> dict:
    """Ingest every document the folder's manifest lists and grade it; a report dict. The pieces
    graded are those ingest stores (`initiatives_of`, with `embedder` or the configured one)."""
    embedder = embedder or default_embedder()
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise FileNotFoundError(
            f"no {MANIFEST} in {folder}: it lists each document's intended initiatives")
    expected = load_manifest(manifest_path)
    grades: list[DocumentGrade] = []
    for name, entry in expected.items():
        path = folder / name
        try:
            document = read_for_grading(path, name)
        except UnreadableFile as exc:
            grades.append(grade_refusal(entry, str(exc)))
            continue
        grades.append(grade_document(document, initiatives_of(document, embedder), entry))
    unlisted = sorted(
        p.name for p in folder.iterdir()
        if p.suffix.lower() in SUPPORTED_SUFFIXES and p.name not in expected
    )
    return {"folder": str(folder), "documents": [_grade_dict(g) for g in grades],
            "totals": _totals(grades), "unlisted": unlisted}


def _grade_dict(grade: DocumentGrade) -> dict:
    return {**asdict(grade), "agreement": round(grade.agreement, 4)}


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _totals(grades: list[DocumentGrade]) -> dict:
    intended = sum(g.intended for g in grades)
    found = sum(g.found for g in grades)
    matched = sum(g.matched for g in grades)
    return {
        "documents": len(grades),
        "intended": intended,
        "found": found,
        "matched": matched,
        "agreement": round(2 * matched / (intended + found), 4) if intended + found else 1.0,
        "force_accuracy": _ratio(sum(g.force_correct for g in grades), matched),
        "organisation_accuracy": _ratio(sum(g.organisation_correct for g in grades),
                                        sum(g.organisation_checked for g in grades)),
        "owner_accuracy": _ratio(sum(g.owner_correct for g in grades),
                                 sum(g.owner_checked for g in grades)),
        "furniture_initiatives": sum(len(g.furniture_initiatives) for g in grades),
        "furniture_leaks": sum(len(g.furniture_leaks) for g in grades),
        "non_metrics_as_metrics": sum(len(g.non_metrics_as_metrics) for g in grades),
        "one_to_one_documents": sum(g.matched == g.intended == g.found for g in grades),
        "refusals_ok": sum(g.refusal_ok for g in grades if g.refusal_expected or g.refused),
        "refusals_checked": sum(bool(g.refusal_expected or g.refused) for g in grades),
        "anchors_absent": sum(len(g.anchors_absent) for g in grades),
    }


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def layouts_table(report: dict) -> str:
    """The report as a text table, one row per document, then the totals and what went wrong."""
    rows = [f"{'document':<44} {'kind':<26} {'int':>3} {'fnd':>3} {'mat':>3} {'agree':>5} "
            f"{'force':>5} {'owner':>5} {'furn':>4}"]
    for d in report["documents"]:
        force = _ratio(d["force_correct"], d["matched"])
        owner = _ratio(d["owner_correct"], d["owner_checked"])
        furniture = len(d["furniture_initiatives"])
        line = (f"{d['name'][:44]:<44} {d['kind'][:26]:<26} {d['intended']:>3} {d['found']:>3} "
                f"{d['matched']:>3} {d['agreement']:>5.2f} {_figure(force):>5} {_figure(owner):>5} "
                f"{furniture:>4}")
        if d["refused"] is not None:
            verdict = "as expected" if d["refusal_ok"] else "NOT EXPECTED"
            line += f"  refused ({verdict}): {d['refused']}"
        elif d["refusal_expected"]:
            line += "  NOT REFUSED (expected a refusal)"
        rows.append(line)
    t = report["totals"]
    rows += [
        "",
        f"segmentation agreement {t['agreement']:.2f} ({t['matched']} one-to-one matches, "
        f"{t['intended']} intended, {t['found']} found; {t['one_to_one_documents']}/{t['documents']} "
        "documents exactly one-to-one)",
        f"force accuracy {_figure(t['force_accuracy'])} over matched initiatives; organisation accuracy "
        f"{_figure(t['organisation_accuracy'])}; owner accuracy {_figure(t['owner_accuracy'])}",
        f"furniture initiatives {t['furniture_initiatives']}; furniture quotes in titles/passages "
        f"{t['furniture_leaks']}; refusals right {t['refusals_ok']}/{t['refusals_checked']}",
        f"numbers that are not metrics taken as metrics {t['non_metrics_as_metrics']}",
    ]
    if t["anchors_absent"]:
        rows.append(f"WARNING: {t['anchors_absent']} anchor quotes are not in the read text")
    if report.get("unlisted"):
        rows.append(f"not in the manifest (not graded): {', '.join(report['unlisted'])}")
    return "\n".join(rows)


# ------------------------------------------------------------------------- original formats


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[a-z0-9]+", text.casefold()))


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two word multisets."""
    total = a.total() + b.total()
    if not total:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return 2 * sum(min(n, large[w]) for w, n in small.items() if w in large) / total


def _could_match(n: int, m: int) -> bool:
    """Whether two texts of n and m words can reach MATCH_OVERLAP at all (Dice <= 2 min / sum)."""
    return n + m > 0 and 2 * min(n, m) / (n + m) >= MATCH_OVERLAP


def format_agreement(reference: Document, reference_initiatives: list[Initiative],
                     converted: Document, converted_initiatives: list[Initiative]) -> dict:
    """How far a converted file's initiatives are the reference's: one-to-one by word overlap."""
    ref_words = [_words(reference.text[i.start:i.end]) for i in reference_initiatives]
    conv_words = [_words(converted.text[i.start:i.end]) for i in converted_initiatives]
    pairs = sorted(
        ((overlap(a, b), i, j) for i, a in enumerate(ref_words) for j, b in enumerate(conv_words)
         if _could_match(a.total(), b.total())),
        reverse=True,
    )
    taken_ref: set[int] = set()
    taken_conv: set[int] = set()
    matches: list[tuple[int, int]] = []
    for score, i, j in pairs:
        if score < MATCH_OVERLAP:
            break
        if i in taken_ref or j in taken_conv:
            continue
        taken_ref.add(i)
        taken_conv.add(j)
        matches.append((i, j))
    total = len(reference_initiatives) + len(converted_initiatives)
    same_forces = sum(
        set(reference_initiatives[i].forces) == set(converted_initiatives[j].forces) for i, j in matches
    )
    same_theme = sum(
        reference_initiatives[i].theme == converted_initiatives[j].theme for i, j in matches)
    return {
        "reference": reference.doc_id,
        "converted": converted.doc_id,
        "reference_initiatives": len(reference_initiatives),
        "converted_initiatives": len(converted_initiatives),
        "matched": len(matches),
        "agreement": round(2 * len(matches) / total, 4) if total else 1.0,
        "force_agreement": _ratio(same_forces, len(matches)),
        "theme_agreement": _ratio(same_theme, len(matches)),
        "unmatched_reference": [reference_initiatives[i].title for i in range(len(ref_words))
                                if i not in taken_ref],
    }


def grade_originals(converted_paths: list[Path], corpus_dir: Path, embedder=None) -> dict:
    """Each converted file (named after a corpus .txt, e.g. npcc-good-practice-case-studies.docx)
    against the .txt ingest; files with no .txt of the same stem are listed, not graded."""
    corpus_dir = Path(corpus_dir)
    embedder = embedder or default_embedder()
    catalog = load_catalog(corpus_dir)
    results, unpaired = [], []
    references: dict[str, tuple[Document, list[Initiative]]] = {}
    for path in sorted(Path(p) for p in converted_paths):
        txt = corpus_dir / f"{path.stem}.txt"
        if not txt.is_file() or path.suffix.lower() == ".txt":
            unpaired.append(path.name)
            continue
        if txt.name not in references:
            reference = read_for_grading(txt, txt.name, catalog)
            references[txt.name] = (reference, initiatives_of(reference, embedder))
        reference, reference_initiatives = references[txt.name]
        try:
            converted = read_for_grading(path, path.name)
        except UnreadableFile as exc:
            results.append({"reference": txt.name, "converted": path.name, "refused": str(exc),
                            "reference_initiatives": len(reference_initiatives),
                            "converted_initiatives": 0, "matched": 0, "agreement": 0.0,
                            "force_agreement": None, "theme_agreement": None,
                            "unmatched_reference": []})
            continue
        results.append(format_agreement(reference, reference_initiatives, converted,
                                        initiatives_of(converted, embedder)))
    matched = sum(r["matched"] for r in results)
    total = sum(r["reference_initiatives"] + r["converted_initiatives"] for r in results)
    return {"files": results, "unpaired": unpaired,
            "agreement": round(2 * matched / total, 4) if total else 1.0}


def originals_table(report: dict) -> str:
    """The original-format report as a text table."""
    rows = [f"{'converted file':<56} {'txt':>4} {'conv':>4} {'mat':>4} {'agree':>5} "
            f"{'force':>5} {'theme':>5}"]
    for r in report["files"]:
        line = (f"{r['converted'][:56]:<56} {r['reference_initiatives']:>4} "
                f"{r['converted_initiatives']:>4} {r['matched']:>4} {r['agreement']:>5.2f} "
                f"{_figure(r['force_agreement']):>5} {_figure(r['theme_agreement']):>5}")
        if r.get("refused"):
            line += f"  refused: {r['refused']}"
        rows.append(line)
    rows += ["", f"overall agreement with the .txt ingest {report['agreement']:.2f}"]
    if report["unpaired"]:
        rows.append(f"no corpus .txt of the same name (not graded): {', '.join(report['unpaired'])}")
    return "\n".join(rows)


def run(layouts: Path | None = None, originals: Path | None = None, corpus_dir: Path | None = None,
        as_json: bool = False, out: Path | None = None) -> dict:
    """`gpsearch eval --layouts [DIR] [--originals DIR]`: grade, print the tables (or JSON), and
    write the figures as JSON to `out`. Raises FileNotFoundError / ValueError with a message a
    person can act on."""
    report: dict = {}
    if layouts is not None:
        report["layouts"] = grade_layouts(layouts)
    if originals is not None:
        folder = Path(originals)
        if not folder.is_dir():
            raise FileNotFoundError(
                f"no such folder: {folder} (write one with `python tests/formats.py {folder}`)")
        files = [p for p in sorted(folder.iterdir()) if p.suffix.lower() in SUPPORTED_SUFFIXES]
        report["originals"] = grade_originals(files, corpus_dir or Path("corpus"))
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        tables = []
        if "layouts" in report:
            tables.append(layouts_table(report["layouts"]))
        if "originals" in report:
            tables.append(originals_table(report["originals"]))
        print("\n\n".join(tables))
    if out is not None:
        Path(out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report
