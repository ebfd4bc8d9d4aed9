"""Plain-text tables for the terminal and docs/benchmarks.md, one section per part.

Each part's section sits between `<!-- bench:PART -->` and `<!-- /bench:PART -->` and carries its
targets as JSON in a comment, so a run of some parts replaces only their sections and the
targets summary at the top is rebuilt from every section in the file. Any other
`<!-- bench:NAME -->` section (hand-written notes) is kept as it is, after the parts."""

from __future__ import annotations

import json
import re
import time
from dataclasses import asdict
from pathlib import Path

from bench.parts import PARTS, PartResult, Table, Target

TITLES = {"ingest": "Ingest", "search": "Search latency", "load": "Load", "memory": "Memory", "scale": "Scale",
          "upload": "Document upload"}
HEADER = """# Benchmarks

Written by `gpsearch bench [parts...] [--quick]` (parts: {parts}).
Each part's section is replaced when that part runs again and the others are kept, so sections
may come from different runs: each says when it was measured, in which mode and under what
machine load. The targets table is rebuilt from all sections; '—' marks an informational row.
""".format(parts=", ".join(PARTS))


def text_table(table: Table) -> str:
    cells = [table.headers] + [[str(c) for c in row] for row in table.rows]
    widths = [max(len(row[i]) if i < len(row) else 0 for row in cells) for i in range(len(table.headers))]
    numeric = [all(_numeric(row[i]) for row in cells[1:] if i < len(row) and row[i]) for i in range(len(widths))]

    def line(row: list[str]) -> str:
        return "  ".join((c.rjust(w) if numeric[i] else c.ljust(w)) for i, (c, w) in enumerate(zip(row, widths))).rstrip()

    out = [table.caption, line(table.headers), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells[1:]]
    return "\n".join(out)


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d,]*\.?\d+(?: \(.*\))?|—", cell))


def md_table(table: Table) -> str:
    cells = [[str(c).replace("|", "\\|") for c in row] for row in table.rows]
    numeric = [all(_numeric(row[i]) for row in cells if i < len(row) and row[i]) for i in range(len(table.headers))]
    out = [f"**{table.caption}**", "", "| " + " | ".join(table.headers) + " |",
           "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(out)


def status(target: Target) -> str:
    return "—" if target.met is None else ("met" if target.met else "MISSED")


def targets_table(targets: list[Target]) -> Table:
    rows = [[t.name, t.goal, t.measured, status(t), t.margin] for t in targets]
    return Table("Targets", ["target", "goal", "measured", "status", "margin"], rows)


def print_part(result: PartResult) -> None:
    print(f"\n== {result.title} ({'quick' if result.quick else 'full'} run, {result.seconds:.0f} s, "
          f"load average {result.load or '?'}) ==")
    for table in result.tables:
        print()
        print(text_table(table))
    if result.targets:
        print()
        print(text_table(targets_table(result.targets)))
    for note in result.notes:
        print(f"  note: {note}")


def machine_line(machine: dict, versions: dict) -> str:
    return (f"{machine['cpus']} CPUs ({machine['cpu_model']}), {machine['memory']} RAM, {machine['os']}; "
            + ", ".join(f"{k} {v}" for k, v in versions.items()))


def section(result: PartResult, machine: dict, versions: dict) -> str:
    when = time.strftime("%Y-%m-%d %H:%M %Z")
    lines = [f"<!-- bench:{result.part} -->", f"## {TITLES[result.part]}", "",
             f"Measured {when}, {'quick' if result.quick else 'full'} run ({result.seconds:.0f} s), "
             f"load average (1/5/15 min) before → after: {result.load or '?'}. Machine: {machine_line(machine, versions)}.", ""]
    for table in result.tables:
        lines += [md_table(table), ""]
    if result.targets:
        lines += [md_table(targets_table(result.targets)), ""]
    lines += [f"- {note}" for note in result.notes]
    lines += ["", f"<!-- bench-targets:{result.part} {json.dumps([asdict(t) for t in result.targets], ensure_ascii=False)} -->",
              f"<!-- /bench:{result.part} -->"]
    return "\n".join(lines)


_SECTION = re.compile(r"<!-- bench:(\w+) -->\n.*?<!-- /bench:\1 -->", re.S)
_TARGETS = re.compile(r"<!-- bench-targets:(\w+) (.*?) -->")


def update_file(path: Path, new_sections: dict[str, str], run_line: str, extra: str = "") -> None:
    """Replace the sections of the parts that ran, keep the others, rebuild the header and targets."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = {m.group(1): m.group(0) for m in _SECTION.finditer(old)}
    sections.update(new_sections)
    targets: list[tuple[str, Target]] = []
    for part in PARTS:
        if part in sections:
            m = _TARGETS.search(sections[part])
            if m:
                targets += [(part, Target(**t)) for t in json.loads(m.group(2))]
    summary = Table("", ["part", "target", "goal", "measured", "status", "margin"],
                    [[p, t.name, t.goal, t.measured, status(t), t.margin] for p, t in targets])
    body = [HEADER, run_line, "", "## Targets", "", md_table(summary).split("\n", 2)[2], ""]
    if extra:
        body += [extra, ""]
    body += [sections[p] + "\n" for p in PARTS if p in sections]
    body += [sections[p] + "\n" for p in sorted(sections) if p not in PARTS]  # hand-written, kept
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(body).rstrip() + "\n", encoding="utf-8")
