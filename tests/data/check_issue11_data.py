"""Check the issue-11 evaluation data (dialogues and evidence labels) against the default corpus.

Every gold quote, anchor and basis sentence (and basis_alt) must occur verbatim in corpus/ (a basis
in the same document as its anchor, and near it), each record must follow the format in README-issue11.md,
and every force name must be spelled as the corpus spells it. Run from the repository root:

    python tests/data/check_issue11_data.py

Exit status 0 when every record passes; otherwise each problem is printed with its record id.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent

KINDS = {"complete", "followup", "count"}
STAGES = {"independently evaluated", "evaluated locally", "untested"}
REGIONS = {
    "North West", "North East", "Yorkshire and the Humber", "East Midlands", "West Midlands",
    "Eastern", "South East", "South West", "London", "Wales", "Scotland", "Northern Ireland",
    "National",
}
MIN_QUOTE = 20
# A basis sentence decides the stage of the initiative its anchor sits in: it must lie within this
# many characters of the anchor (initiatives in these documents are at most a few pages long).
BASIS_WINDOW = 6000


def load_corpus() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


def read_jsonl(path: Path) -> list[dict]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name} line {number}: not JSON ({exc})") from exc
    return records


def quote_problems(quote: str, texts: dict[str, str], where: str) -> list[str]:
    """A quote must be long enough, occur verbatim somewhere, and not span a line break."""
    problems = []
    if not isinstance(quote, str) or len(quote) < MIN_QUOTE:
        problems.append(f"{where}: quote shorter than {MIN_QUOTE} characters: {quote!r}")
        return problems
    if "\n" in quote:
        problems.append(f"{where}: quote spans a line break: {quote!r}")
    if not any(quote in text for text in texts.values()):
        problems.append(f"{where}: not verbatim in corpus/: {quote!r}")
    return problems


def force_problems(force: str, texts: dict[str, str], where: str) -> list[str]:
    if not isinstance(force, str) or not any(force in text for text in texts.values()):
        return [f"{where}: force {force!r} is not spelled as in the corpus"]
    return []


def check_dialogues(records: list[dict], texts: dict[str, str]) -> tuple[list[str], Counter]:
    problems: list[str] = []
    kinds: Counter = Counter()
    ids = Counter(r.get("id") for r in records)
    problems += [f"dialogues: id {i!r} used {n} times" for i, n in ids.items() if n > 1]
    for record in records:
        cid = record.get("id")
        turns = record.get("turns") or []
        if not 2 <= len(turns) <= 4:
            problems.append(f"{cid}: {len(turns)} turns (want 2-4)")
        for number, turn in enumerate(turns, 1):
            where = f"{cid} turn {number}"
            kind = turn.get("kind")
            kinds[kind] += 1
            if kind not in KINDS:
                problems.append(f"{where}: kind {kind!r} not in {sorted(KINDS)}")
            if number == 1 and kind == "followup":
                problems.append(f"{where}: a conversation cannot open with a follow-up")
            if not str(turn.get("user", "")).strip():
                problems.append(f"{where}: empty user text")
            for region in turn.get("regions", []):
                if region not in REGIONS:
                    problems.append(f"{where}: region {region!r} unknown")
            # A place asked about with nothing on the topic may be a force the corpus never names.
            if not turn.get("expect_none_in_place"):
                for force in turn.get("forces", []):
                    problems += force_problems(force, texts, where)
            gold = turn.get("gold")
            if not isinstance(gold, list):
                problems.append(f"{where}: gold must be a list")
                continue
            if not gold and not turn.get("expect_none_in_place"):
                problems.append(f"{where}: empty gold without expect_none_in_place")
            if gold and turn.get("expect_none_in_place"):
                problems.append(f"{where}: expect_none_in_place with gold quotes")
            if turn.get("expect_none_in_place") and not (turn.get("regions") or turn.get("forces")):
                problems.append(f"{where}: expect_none_in_place needs the regions or forces asked")
            for item in gold:
                problems += quote_problems(item.get("quote"), texts, where)
                problems += force_problems(item.get("force"), texts, where)
            if kind == "count" and "count_min" in turn:
                listed = turn.get("forces", [])
                if listed and len(listed) < turn["count_min"]:
                    problems.append(f"{where}: count_min above the forces listed")
    return problems, kinds


def check_labels(records: list[dict], texts: dict[str, str]) -> tuple[list[str], Counter]:
    problems: list[str] = []
    stages: Counter = Counter()
    ids = Counter(r.get("id") for r in records)
    problems += [f"labels: id {i!r} used {n} times" for i, n in ids.items() if n > 1]
    anchors = Counter((r.get("doc_id"), r.get("anchor")) for r in records)
    problems += [f"labels: anchor {a!r} labelled {n} times" for a, n in anchors.items() if n > 1]
    for record in records:
        where = str(record.get("id"))
        doc = record.get("doc_id")
        stage = record.get("stage")
        stages[stage] += 1
        if stage not in STAGES:
            problems.append(f"{where}: stage {stage!r} not in {sorted(STAGES)}")
        if doc not in texts:
            problems.append(f"{where}: doc_id {doc!r} is not a corpus document")
            continue
        text = texts[doc]
        anchor, basis = record.get("anchor"), record.get("basis")
        problems += quote_problems(anchor, {doc: text}, f"{where} anchor")
        problems += force_problems(record.get("force"), texts, where)
        if not str(record.get("why", "")).strip():
            problems.append(f"{where}: missing why")
        alternatives = record.get("basis_alt", [])
        if stage == "untested":
            if basis is not None or alternatives:
                problems.append(f"{where}: untested must have basis null and no basis_alt")
            continue
        if basis is None:
            problems.append(f"{where}: {stage} needs a basis sentence")
            continue
        for label, sentence in [("basis", basis)] + [("basis_alt", alt) for alt in alternatives]:
            problems += quote_problems(sentence, {doc: text}, f"{where} {label}")
            if anchor in text and sentence in text and not _near(text, anchor, sentence):
                problems.append(f"{where}: {label} is not within {BASIS_WINDOW} chars of the anchor")
    return problems, stages


def _near(text: str, anchor: str, sentence: str) -> bool:
    a = text.index(anchor)
    return any(abs(i - a) <= BASIS_WINDOW for i in _occurrences(text, sentence))


def _occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def main() -> int:
    texts = load_corpus()
    dialogue_problems, kinds = check_dialogues(read_jsonl(DATA / "dialogues.jsonl"), texts)
    label_problems, stages = check_labels(read_jsonl(DATA / "evidence-labels.jsonl"), texts)
    problems = dialogue_problems + label_problems
    for problem in problems:
        print(problem)
    conversations = len(read_jsonl(DATA / "dialogues.jsonl"))
    print(f"dialogues: {conversations} conversations, turns by kind {dict(sorted(kinds.items()))}")
    print(f"evidence labels: {sum(stages.values())} initiatives, by stage {dict(sorted(stages.items()))}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
