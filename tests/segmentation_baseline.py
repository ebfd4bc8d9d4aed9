"""Today's segmentation of the default corpus saved as a fixture, and the agreement measure that
keeps later segmentation changes honest against it.

    python -m tests.segmentation_baseline --save-baseline   # write tests/data/segmentation-baseline.json
    python -m tests.segmentation_baseline                   # print agreement with the saved fixture
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from index.records import Initiative
from ingest.pipeline import initiatives_of, load_catalog
from ingest.readers import read_document

TESTS_DIR = Path(__file__).resolve().parent
CORPUS_DIR = TESTS_DIR.parent / "corpus"
BASELINE = TESTS_DIR / "data" / "segmentation-baseline.json"
SPAN_TOLERANCE = 40  # characters either end may move (a heading or blank line taken in or left out)


def current_segmentation(corpus_dir: Path = CORPUS_DIR, embedder=None) -> list[dict]:
    """Every initiative of the default corpus as ingest stores it (`initiatives_of`: with
    `embedder`, else the configured one), as plain records."""
    from evaluation.layouts import default_embedder

    embedder = embedder or default_embedder()
    catalog = load_catalog(corpus_dir)
    records = []
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path, path.name)
        entry = catalog.get(path.name, {})
        document = replace(document, title=entry.get("title") or document.title)
        records += [_record(i) for i in initiatives_of(document, embedder)]
    return records


def _record(initiative: Initiative) -> dict:
    return {
        "id": initiative.id, "doc_id": initiative.doc_id, "start": initiative.start, "end": initiative.end,
        "title": initiative.title, "forces": initiative.forces, "organisations": initiative.organisations,
        "theme": initiative.theme,
    }


def _matches(a: dict, b: dict) -> bool:
    return (a["doc_id"] == b["doc_id"]
            and abs(a["start"] - b["start"]) <= SPAN_TOLERANCE
            and abs(a["end"] - b["end"]) <= SPAN_TOLERANCE
            and sorted(a["forces"]) == sorted(b["forces"]))


def agreement(baseline: list[dict], found: list[dict]) -> tuple[float, list[dict], list[dict]]:
    """2 x one-to-one matches / (baseline + found), with the unmatched records of each side.
    A match is the same document, the same span within SPAN_TOLERANCE and the same forces;
    records are paired greedily in document order (spans do not overlap, so this is optimal)."""
    unmatched_found = list(found)
    unmatched_baseline = []
    for record in baseline:
        partner = next((f for f in unmatched_found if _matches(record, f)), None)
        if partner is None:
            unmatched_baseline.append(record)
        else:
            unmatched_found.remove(partner)
    matched = len(baseline) - len(unmatched_baseline)
    total = len(baseline) + len(found)
    return (2 * matched / total if total else 1.0), unmatched_baseline, unmatched_found


def load_baseline(path: Path = BASELINE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-baseline", action="store_true", help=f"write {BASELINE.name} from today's code")
    args = parser.parse_args()
    found = current_segmentation()
    if args.save_baseline:
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"saved {len(found)} initiatives to {BASELINE}")
        return
    score, missed, extra = agreement(load_baseline(), found)
    ids = len({r["id"] for r in load_baseline()} & {r["id"] for r in found})
    print(f"agreement {score:.3f}; same ids {ids}/{len(load_baseline())}; "
          f"{len(missed)} baseline initiatives unmatched, {len(extra)} found unmatched")
    for record in missed:
        print(f"  missed {record['doc_id']}@{record['start']}-{record['end']} {record['forces']} {record['title']}")
    for record in extra:
        print(f"  extra  {record['doc_id']}@{record['start']}-{record['end']} {record['forces']} {record['title']}")


if __name__ == "__main__":
    main()
