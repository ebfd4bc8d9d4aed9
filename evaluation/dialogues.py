"""Grading conversations and evidence stages (issue 11): follow-up turns asked with their history
through /search (and, as the baseline, without it), the share of top results inside the place
asked, complete questions left uncontaminated by earlier turns, counting questions answered with
a count, and the evidence stage and basis sentence of labelled initiatives.

Data: tests/data/dialogues.jsonl and tests/data/evidence-labels.jsonl (format in
tests/data/README-issue11.md). Each turn's history is the earlier user turns with the answers
/ask gave them, as a chat UI would send it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

from evaluation.grading import first_covering_rank, hit_at, overlap
from evaluation.questions import EvalError, Span, find_all

TOP_K = 10
PLACE_TOP = 3  # results graded for being inside the place asked
ANSWER_CHARS = 4000  # an answer sent back as history is cut to the API's turn limit
TARGETS = {"followup_hit@1": 0.85, "followup_hit@5": 0.95, "inside_place@3": 0.95,
           "complete_contaminated": 0.0, "evidence_accuracy": 0.9, "basis_overlap": 0.8,
           "count_answered": 1.0}
_COUNT_OPENING = re.compile(r"(?m)^(?:\d+|No)\s+forces?\b|^No force's work")


class Chat(Protocol):
    """What the grader needs: search and ask with a history, and initiative records."""

    def search(self, query: str, top_k: int, history: list[dict]) -> dict: ...

    def ask(self, question: str, history: list[dict]) -> dict: ...

    def initiatives(self) -> list[dict]: ...

    def initiative(self, initiative_id: str) -> dict: ...


class HttpChat:
    """gpsearch as a running service: POST /search and /ask with `history`."""

    def __init__(self, url: str = "", api_key: str = "", timeout: float = 60.0, client=None):
        """`client`: an httpx-compatible client already pointing at the app (a TestClient)."""
        import httpx

        self.client = client or httpx.Client(base_url=url.rstrip("/"), timeout=timeout,
                                             headers={"X-API-Key": api_key} if api_key else {})

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        response = self.client.request(method, path, json=body)
        if response.status_code >= 400:
            raise EvalError(f"{method} {path} answered {response.status_code}: {response.text[:300]}")
        return response.json()

    def search(self, query: str, top_k: int, history: list[dict]) -> dict:
        return self._call("POST", "/search", {"query": query, "top_k": top_k, "history": history})

    def ask(self, question: str, history: list[dict]) -> dict:
        return self._call("POST", "/ask", {"question": question, "history": history})

    def initiatives(self) -> list[dict]:
        return self._call("GET", "/initiatives")["initiatives"]

    def initiative(self, initiative_id: str) -> dict:
        return self._call("GET", f"/initiatives/{initiative_id}")


class BuiltChat:
    """The corpus as ingest builds it, in this process and without embedding: enough for
    grade_evidence (the evidence stage never depends on embeddings). Only initiatives() and
    initiative() answer; the records are shaped as GET /initiatives gives them."""

    def __init__(self, corpus_dir: Path):
        from ingest.pipeline import build_initiatives, load_catalog, with_catalog
        from ingest.readers import UnreadableFile, discover, read_document
        from service.schemas import Evidence

        catalog = load_catalog(Path(corpus_dir))
        files, _skipped = discover([Path(corpus_dir)], Path(corpus_dir))
        self._records: dict[str, dict] = {}
        for path, doc_id in files:
            try:
                document = with_catalog(read_document(path, doc_id), catalog)
            except UnreadableFile:
                continue
            for i in build_initiatives(document):
                self._records[i.id] = {"id": i.id, "doc_id": i.doc_id, "start": i.start, "end": i.end,
                                       "title": i.title, "evidence": Evidence.of(i).model_dump(mode="json")}

    def search(self, query: str, top_k: int, history: list[dict]) -> dict:
        raise EvalError("BuiltChat grades evidence only: it has no search")

    def ask(self, question: str, history: list[dict]) -> dict:
        raise EvalError("BuiltChat grades evidence only: it cannot answer")

    def initiatives(self) -> list[dict]:
        return list(self._records.values())

    def initiative(self, initiative_id: str) -> dict:
        return self._records[initiative_id]


def grade_evidence_offline(labels_path: Path, corpus_dir: Path) -> dict:
    """The evidence section alone, graded against an in-process ingest of `corpus_dir` without
    embedding (seconds, not minutes): for working on ingest/evidence.py."""
    from evaluation.questions import load_documents

    return grade_evidence(BuiltChat(corpus_dir), _jsonl(labels_path), load_documents(Path(corpus_dir)))


def _jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


@dataclass
class _Place:
    forces: set[str]
    names: list[str]


def _place(turn: dict, forces_in_region: Callable[[str], list[str]]) -> _Place | None:
    regions, forces = list(turn.get("regions") or []), list(turn.get("forces") or [])
    if turn.get("kind") == "count" and not regions:
        return None  # a counting turn's `forces` is its expected answer, not a place
    if not regions and not forces:
        return None
    wanted = set(forces) if forces and turn.get("kind") != "count" else set()
    for region in regions:
        wanted |= set(forces_in_region(region))
    return _Place(wanted, regions or forces)


def _inside(result: dict, place: _Place) -> bool:
    return bool(place.forces & set(result.get("forces") or []))


def grade_dialogues(chat: Chat, dialogues: list[dict], documents: dict[str, str],
                    forces_in_region: Callable[[str], list[str]]) -> dict:
    """Every conversation turn by turn, with its history and without (the baseline)."""
    rows: list[dict] = []
    for dialogue in dialogues:
        history: list[dict] = []
        for number, turn in enumerate(dialogue["turns"], start=1):
            user = turn["user"]
            gold = [find_all(g["quote"], documents) for g in turn.get("gold") or []]
            with_history = chat.search(user, TOP_K, history)
            alone = chat.search(user, TOP_K, [])
            answer = chat.ask(user, history)
            place = _place(turn, forces_in_region)
            row: dict[str, Any] = {"id": f"{dialogue['id']}.{number}", "kind": turn.get("kind"), "user": user,
                                   "standalone": with_history.get("standalone", user)}
            for name, response in (("with", with_history), ("alone", alone)):
                results = response.get("results") or []
                rank = first_covering_rank(results, gold, TOP_K) if gold else None
                row[f"rank_{name}"] = rank
                if place is not None and gold:
                    top = results[:PLACE_TOP]
                    row[f"inside_{name}"] = sum(_inside(r, place) for r in top) / len(top) if top else 0.0
            if turn.get("expect_none_in_place") and place is not None:
                first = (answer.get("answer") or "").splitlines()[:1]
                row["none_said_first"] = bool(first and re.search(r"(?i)\bnothing\b|\bno initiatives\b", first[0]))
            if turn.get("kind") == "complete" and number > 1:
                row["contaminated"] = (with_history.get("standalone") or user) != user
            if turn.get("kind") == "count":
                opening = "\n".join((answer.get("answer") or "").splitlines()[:2])  # after a 'nothing in' line
                expected = set(turn.get("forces") or [])
                said = {f for f in expected if f in opening}
                row["count_answered"] = bool(_COUNT_OPENING.search(opening))
                row["count_forces_recall"] = len(said) / len(expected) if expected else None
            rows.append(row)
            history += [{"role": "user", "content": user},
                        {"role": "assistant", "content": (answer.get("answer") or "")[:ANSWER_CHARS]}]

    followups = [r for r in rows if r["kind"] == "followup" and r["id"] in _with_gold(dialogues)]
    figures: dict[str, Any] = {"conversations": len(dialogues), "turns": len(rows),
                               "followup_turns_graded": len(followups)}
    for name in ("with", "alone"):
        suffix = "" if name == "with" else "_without_history"
        figures[f"followup_hit@1{suffix}"] = _mean([hit_at(r[f"rank_{name}"], 1) for r in followups])
        figures[f"followup_hit@5{suffix}"] = _mean([hit_at(r[f"rank_{name}"], 5) for r in followups])
        figures[f"inside_place@3{suffix}"] = _mean([r[f"inside_{name}"] for r in rows if f"inside_{name}" in r])
    complete_later = [r for r in rows if "contaminated" in r]
    figures["complete_contaminated"] = sum(r["contaminated"] for r in complete_later)
    figures["complete_turns_after_first"] = len(complete_later)
    nones = [r for r in rows if "none_said_first" in r]
    figures["none_in_place_said_first"] = _mean([float(r["none_said_first"]) for r in nones])
    counts = [r for r in rows if "count_answered" in r]
    figures["count_answered"] = _mean([float(r["count_answered"]) for r in counts])
    figures["count_forces_recall"] = _mean([r["count_forces_recall"] for r in counts
                                            if r["count_forces_recall"] is not None])
    misses = [r for r in followups if not hit_at(r["rank_with"], 5)]
    return {"figures": figures, "misses": misses, "turns": rows}


def _with_gold(dialogues: list[dict]) -> set[str]:
    return {f"{d['id']}.{n}" for d in dialogues for n, t in enumerate(d["turns"], start=1) if t.get("gold")}


def grade_evidence(chat: Chat, labels: list[dict], documents: dict[str, str]) -> dict:
    """Stage accuracy over the labelled initiatives, and how often the basis given overlaps the
    labelled sentence (or one of its alternatives)."""
    rows = [(r["id"], r["doc_id"], int(r["start"]), int(r["end"])) for r in chat.initiatives()]
    graded: list[dict] = []
    for label in labels:
        text = documents.get(label["doc_id"], "")
        anchor = text.find(label["anchor"])
        if anchor < 0:
            continue
        a_end = anchor + len(label["anchor"])
        owner = max((r for r in rows if r[1] == label["doc_id"] and overlap(r[2], r[3], anchor, a_end)),
                    key=lambda r: overlap(r[2], r[3], anchor, a_end), default=None)
        if owner is None:
            graded.append({"id": label["id"], "found": False, "stage_ok": False, "basis_ok": False})
            continue
        evidence = chat.initiative(owner[0]).get("evidence") or {}
        row = {"id": label["id"], "found": True, "label": label["stage"], "got": evidence.get("stage"),
               "stage_ok": evidence.get("stage") == label["stage"]}
        if label.get("basis"):
            basis = evidence.get("basis")
            wanted: list[Span] = []
            for sentence in [label["basis"], *(label.get("basis_alt") or [])]:
                wanted += [s for s in find_all(sentence, {label["doc_id"]: text})]
            row["basis_ok"] = bool(basis) and any(
                overlap(basis["start"], basis["end"], s, e) > 0 for _, s, e in wanted)
            row["basis_got"] = basis["text"][:160] if basis else None
        graded.append(row)
    with_basis = [g for g in graded if "basis_ok" in g]
    figures = {"labels": len(labels), "evidence_accuracy": _mean([float(g["stage_ok"]) for g in graded]),
               "basis_overlap": _mean([float(g["basis_ok"]) for g in with_basis]),
               "labels_with_basis": len(with_basis)}
    return {"figures": figures, "misses": [g for g in graded if not g["stage_ok"] or g.get("basis_ok") is False]}


def format_report(dialogue_report: dict, evidence_report: dict) -> str:
    """The sections `gpsearch eval` prints, with each target beside its figure."""
    d, e = dialogue_report["figures"], evidence_report["figures"]
    lines = ["", "Conversations (tests/data/dialogues.jsonl): "
             f"{d['conversations']} conversations, {d['turns']} turns",
             f"{'':32}{'with history':>14}{'without (baseline)':>20}{'target':>10}"]
    for key, target in (("followup_hit@1", ">= 0.85"), ("followup_hit@5", ">= 0.95"), ("inside_place@3", ">= 0.95")):
        lines.append(f"{key:32}{_fmt(d[key]):>14}{_fmt(d[key + '_without_history']):>20}{target:>10}")
    lines += [
        f"{'complete questions contaminated':32}{d['complete_contaminated']:>14} of {d['complete_turns_after_first']}"
        f"{'':>6}{'0':>10}",
        f"{'nothing in place said first':32}{_fmt(d['none_in_place_said_first']):>14}",
        f"{'counting answered with a count':32}{_fmt(d['count_answered']):>14}{'':>20}{'1.00':>10}",
        f"{'counting: expected forces named':32}{_fmt(d['count_forces_recall']):>14}",
        "", f"Evidence stages (tests/data/evidence-labels.jsonl): {e['labels']} labels",
        f"{'stage accuracy':32}{_fmt(e['evidence_accuracy']):>14}{'':>20}{'>= 0.90':>10}",
        f"{'basis overlaps labelled sentence':32}{_fmt(e['basis_overlap']):>14}{'':>20}{'>= 0.80':>10}",
    ]
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}"


def run(chat: Chat, dialogues_path: Path, labels_path: Path, documents: dict[str, str]) -> dict:
    """Both reports; a missing data file skips its section."""
    from index.gazetteer import forces_in_region

    out: dict[str, Any] = {}
    if Path(dialogues_path).exists():
        out["dialogues"] = grade_dialogues(chat, _jsonl(dialogues_path), documents, forces_in_region)
    if Path(labels_path).exists():
        out["evidence"] = grade_evidence(chat, _jsonl(labels_path), documents)
    return out
