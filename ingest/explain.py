"""`gpsearch ingest --explain FILE`: what ingestion makes of one file, for when a document ingests
badly: the outline the reader saw, the layout chosen and why, and each initiative with who did it
and why. Nothing is stored."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ingest.lines import clean
from ingest.pipeline import build_initiatives, load_catalog, with_catalog, work_judgements
from ingest.readers import UnreadableFile, discover, read_document
from ingest.segment import segmentation
from ingest.work_model import kept as kept_work
from ingest.work_model import work_model

_SHOWN_CHARS = 80


def explain(path: Path, corpus_dir: Path, embedder) -> dict:
    """The explanation of one file as plain data. Raises UnreadableFile. `embedder` (the one
    ingest uses) judges which pieces are work, as ingest does."""
    found, skipped = discover([Path(path)], Path(corpus_dir))
    if not found:
        raise UnreadableFile(skipped[0][1] if skipped else "not a file")
    path, doc_id = found[0]
    document = with_catalog(read_document(path, doc_id), load_catalog(Path(corpus_dir)))
    result = segmentation(document)
    reasons = {(i.start, i.end): reason for i, reason in zip(result.initiatives, result.reasons)}
    built = build_initiatives(document, result.initiatives)
    judgements = work_judgements(built, embedder)
    judged = dict(zip((i.id for i in built), judgements))
    kept = {i.id for i, keep in zip(built, kept_work(judgements)) if keep}
    text = document.text
    return {
        "file": str(path),
        "doc_id": doc_id,
        "title": document.title,
        "characters": len(text),
        "pages": len(document.pages),
        "owner": {"forces": list(result.owner.forces), "organisations": list(result.owner.organisations),
                  "source": result.owner.source},
        "outline": [
            {"kind": item.kind, "level": item.level, "label": item.label, "start": item.start, "end": item.end,
             "text": _shown(text[item.start:item.end])}
            for item in document.outline
        ],
        "layout": {
            "chosen": result.choice.name if result.choice else "",
            "scores": [{"layout": name, "score": round(score, 3), "why": why}
                       for name, score, why in (result.choice.scores if result.choice else ())],
        },
        "initiatives": [
            {"id": i.id, "title": i.title, "forces": i.forces, "organisations": i.organisations, "theme": i.theme,
             "start": i.start, "end": i.end, "owner_reason": reasons.get((i.start, i.end), ""),
             "opening": _shown(text[i.start:i.end]), "passages": len(i.passages), "metrics": len(i.metrics),
             "work": None if judged[i.id] is None else round(judged[i.id], 3)}
            for i in built if i.id in kept
        ],
        "left_out": sorted([
            *({"title": heading or _shown(text[start:end]), "start": start, "end": end, "work": None,
               "why": f"left out by the rules: {why}"}
              for start, end, heading, why in result.left_out),
            *({"title": i.title, "start": i.start, "end": i.end, "work": round(judged[i.id], 3),
               "why": f"judged not a piece of work (P {judged[i.id]:.2f} < {work_model().threshold:.2f}, "
                      "ingest/work_model.py)"}
              for i in built if i.id not in kept),
        ], key=lambda item: item["start"]),
    }


def render(report: dict) -> list[str]:
    """The explanation as lines for a person."""
    owner = report["owner"]
    who = ", ".join(owner["forces"] + owner["organisations"]) or "none found"
    kinds = Counter(item["kind"] for item in report["outline"])
    lines = [
        f"file: {report['file']} (document id {report['doc_id']})",
        f"title: {report['title']}",
        f"{report['characters']:,} characters, {report['pages']} pages",
        f"owner: {who}" + (f" (from the {owner['source']})" if owner["source"] else ""),
        "outline: " + (", ".join(f"{n} {kind}" for kind, n in kinds.most_common()) or "nothing marked"),
    ]
    for item in report["outline"]:
        detail = f" {item['level']}" if item["kind"] == "heading" else ""
        detail += f" [{item['label']}]" if item["label"] else ""
        lines.append(f"  {item['kind']}{detail} @{item['start']}-{item['end']}: {item['text']}")
    layout = report["layout"]
    lines.append(f"layout: {layout['chosen']}")
    for score in layout["scores"]:
        lines.append(f"  {score['score']:.2f} {score['layout']}: {score['why']}")
    lines.append(f"initiatives: {len(report['initiatives'])}")
    for n, i in enumerate(report["initiatives"], start=1):
        names = "; ".join(filter(None, [", ".join(i["forces"]), ", ".join(i["organisations"])])) or "no one"
        lines.append(f"  {n}. {i['title']} — {names}")
        lines.append(f"     @{i['start']}-{i['end']}, {i['passages']} passages, {i['metrics']} metrics"
                     + (f", theme: {i['theme']}" if i["theme"] else "")
                     + (f", work {i['work']:.2f}" if i["work"] is not None else ""))
        lines.append(f"     who: {i['owner_reason']}")
        lines.append(f"     opens: {i['opening']}")
    if report["left_out"]:
        lines.append(f"left out: {len(report['left_out'])}")
        for i in report["left_out"]:
            lines.append(f"  - {i['title']} @{i['start']}-{i['end']}: {i['why']}")
    return lines


def _shown(text: str) -> str:
    plain = clean(text)
    return plain if len(plain) <= _SHOWN_CHARS else plain[:_SHOWN_CHARS - 1] + "…"
