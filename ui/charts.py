"""Charts where a picture beats a paragraph: initiatives per force for an answer, and before/after
(or side-by-side) figures for an initiative. Frame builders are pure; chart builders use Altair."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

NAVY = "#1d3557"
BLUE = "#2f6fb3"
GREY = "#a7b1bd"
FONT = "Source Sans Pro, sans-serif"


# --- initiatives per force --------------------------------------------------------------------

def forces_frame(results: Sequence[dict]) -> pd.DataFrame:
    """One row per force (or, for initiatives with no force, organisation): how many of the
    results name it. Sorted most first, then by name."""
    counts: Counter[str] = Counter()
    titles: dict[str, list[str]] = {}
    for r in results:
        names = list(dict.fromkeys(r.get("forces") or r.get("organisations") or []))
        for name in names:
            counts[name] += 1
            titles.setdefault(name, []).append(r.get("title", ""))
    rows = [{"force": name, "initiatives": n, "titles": "; ".join(titles[name])[:300]}
            for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return pd.DataFrame(rows, columns=["force", "initiatives", "titles"])


def forces_chart(results: Sequence[dict]) -> alt.Chart | None:
    frame = forces_frame(results)
    if frame.empty:
        return None
    most = int(frame["initiatives"].max())
    return (
        alt.Chart(frame, height=alt.Step(26))
        .mark_bar(color=BLUE, cornerRadiusEnd=3, height=15)
        .encode(
            x=alt.X("initiatives:Q", title=None,
                    axis=alt.Axis(tickMinStep=1, format="d", values=list(range(0, most + 1))),
                    scale=alt.Scale(domain=[0, max(most, 1)])),
            y=alt.Y("force:N", sort=list(frame["force"]), title=None,
                    axis=alt.Axis(labelLimit=250, labelFontSize=12)),
            tooltip=[alt.Tooltip("force:N", title="Force"), alt.Tooltip("initiatives:Q", title="Initiatives"),
                     alt.Tooltip("titles:N", title="Titles")],
        )
        .configure_view(stroke=None)
        .configure_axis(grid=False, labelFont=FONT, titleFont=FONT, titleFontWeight="normal",
                        titleColor="#5b6673")
    )


# --- before / after ---------------------------------------------------------------------------

@dataclass
class Comparison:
    """One small chart's worth of figures."""

    kind: str  # "pair" (two linked figures), "change" (a before/after table), "table" (side by side)
    title: str
    frame: pd.DataFrame  # pair/table: series, value, text; change: category, series, before, after, change


_PHASES = {"before": "Before", "pre": "Before", "baseline": "Before", "after": "After", "post": "After"}
_COMPARISON_GROUP = re.compile(r"\b(non|without|control|comparison|other|general public)\b", re.I)
_DERIVED = re.compile(r"\b(difference|change|result|results|increase|reduction|decrease|total)\b", re.I)


def _short(text: str, limit: int = 48) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _phase_split(label: str | None) -> tuple[str | None, str]:
    """('Before'|'After'|None, the label without the phase part): 'Police Now / Before'."""
    parts = [p.strip() for p in (label or "").split("/") if p.strip()]
    phase = None
    rest = []
    for part in parts:
        if part.lower() in _PHASES and phase is None:
            phase = _PHASES[part.lower()]
        else:
            rest.append(part)
    return phase, " / ".join(rest)


def pair_comparisons(metrics: Sequence[dict]) -> list[Comparison]:
    """Figures linked by `pair`: before → after (and 'versus' comparisons), same unit only."""
    by_start = {m["start"]: m for m in metrics}
    seen: set[int] = set()
    out = []
    for m in sorted(metrics, key=lambda m: m["start"]):
        other = by_start.get(m.get("pair")) if m.get("pair") is not None else None
        if other is None or m["start"] in seen or m.get("unit") != other.get("unit"):
            continue
        seen.update({m["start"], other["start"]})
        roles = {m.get("pair_role"), other.get("pair_role")}
        if roles == {"before", "after"}:
            first, second = (m, other) if m.get("pair_role") == "before" else (other, m)
            rows = [("Before", first), ("After", second)]
            label = _short(first.get("label") or second.get("label") or "", 44)
            title = label[:1].upper() + label[1:] if label else "Before and after"
        else:
            first, second = sorted((m, other), key=lambda x: x["start"])
            rows = [(_short(first.get("label") or first["text"], 40), first),
                    (_short(second.get("label") or second["text"], 40), second)]
            if rows[0][0] == rows[1][0]:
                rows = [(f"{rows[0][0]} ({first['text']})", first), (f"{rows[1][0]} ({second['text']})", second)]
            title = "Compared"
        frame = pd.DataFrame([{"series": name, "value": float(x["value"]), "text": x["text"]} for name, x in rows])
        out.append(Comparison("pair", title, frame))
    return out


def table_comparisons(metrics: Sequence[dict]) -> list[Comparison]:
    """Table cells (row/column labels). With a before/after dimension: the change per category for
    each series; otherwise one small side-by-side chart per row. Derived rows and columns
    (difference, change, results, totals) are left out: the chart shows the measured figures."""
    cells = [m for m in metrics if m.get("row") and m.get("column")]
    if not cells:
        return []
    phased = []
    for m in cells:
        row_phase, row_rest = _phase_split(m["row"])
        col_phase, col_rest = _phase_split(m["column"])
        if row_phase:
            phased.append((row_phase, row_rest, m["column"], m))
        elif col_phase:
            phased.append((col_phase, col_rest, m["row"], m))
    if phased:
        values: dict[tuple[str, str], dict[str, dict]] = {}
        for phase, series, category, m in phased:
            if _DERIVED.search(category):
                continue
            values.setdefault((category, series or "All"), {})[phase] = m
        rows = []
        for (category, series), pair in values.items():
            before, after = pair.get("Before"), pair.get("After")
            if not before or not after or before.get("unit") != after.get("unit") or not before["value"]:
                continue
            change = (float(after["value"]) - float(before["value"])) / abs(float(before["value"]))
            rows.append({"category": category, "series": series, "before": before["text"],
                         "after": after["text"], "change": change})
        if not rows:
            return []
        frame = pd.DataFrame(rows)
        return [Comparison("change", "Change from before to after", frame)]
    out = []
    by_row: dict[str, list[dict]] = {}
    for m in cells:
        if not _DERIVED.search(m["column"]):
            by_row.setdefault(m["row"], []).append(m)
    for row, row_cells in by_row.items():
        unit = Counter(c.get("unit") for c in row_cells).most_common(1)[0][0]
        same = [c for c in row_cells if c.get("unit") == unit]
        if len(same) < 2:
            continue
        frame = pd.DataFrame([{"series": _short(c["column"], 40), "value": float(c["value"]), "text": c["text"]}
                              for c in same])
        out.append(Comparison("table", _short(row, 60), frame))
    return out


def comparisons(metrics: Sequence[dict]) -> list[Comparison]:
    return pair_comparisons(metrics) + table_comparisons(metrics)


def comparison_chart(comparison: Comparison) -> alt.Chart:
    frame = comparison.frame
    if comparison.kind == "change":
        categories = list(dict.fromkeys(frame["category"]))
        # the comparison group ("Non Police Now", "without …", "control") last, in grey
        series = sorted(dict.fromkeys(frame["series"]), key=lambda s: bool(_COMPARISON_GROUP.search(s)))
        palette = ([NAVY, BLUE, "#e0a458"][:len(series) - 1] + [GREY]) if len(series) > 1 else [NAVY]
        base = alt.Chart(frame, height=len(categories) * (12 * max(1, len(series)) + 12))
        bars = base.mark_bar(height=9, cornerRadius=2).encode(
            x=alt.X("change:Q", title=None, axis=alt.Axis(format="+.0%")),
            y=alt.Y("category:N", sort=categories, title=None, axis=alt.Axis(labelLimit=200)),
            yOffset=alt.YOffset("series:N", sort=series),
            color=alt.Color("series:N", sort=series, scale=alt.Scale(domain=series, range=palette),
                            legend=alt.Legend(orient="top", title=None, direction="horizontal")),
            tooltip=[alt.Tooltip("category:N", title=""), alt.Tooltip("series:N", title="Where"),
                     alt.Tooltip("before:N", title="Before"), alt.Tooltip("after:N", title="After"),
                     alt.Tooltip("change:Q", title="Change", format="+.1%")],
        )
        rule = base.mark_rule(color="#5b6673").encode(x=alt.datum(0))
        chart = bars + rule
    else:
        order = list(frame["series"])
        colors = [GREY, NAVY] if comparison.kind == "pair" and order == ["Before", "After"] else None
        base = alt.Chart(frame, height=alt.Step(30))
        color = (alt.Color("series:N", scale=alt.Scale(domain=order, range=colors), legend=None) if colors
                 else alt.value(BLUE))
        bars = base.mark_bar(height=20, cornerRadiusEnd=3).encode(
            x=alt.X("value:Q", title=None, axis=None, scale=alt.Scale(domainMin=0)),
            y=alt.Y("series:N", sort=order, title=None, axis=alt.Axis(labelLimit=180, labelFontSize=12)),
            color=color,
            tooltip=[alt.Tooltip("series:N", title=""), alt.Tooltip("text:N", title="Figure")],
        )
        labels = base.mark_text(align="left", dx=4, fontSize=12, fontWeight="bold", color="#1f2933").encode(
            x="value:Q", y=alt.Y("series:N", sort=order), text="text:N")
        chart = bars + labels
    return (
        chart.properties(title=alt.TitleParams(comparison.title, anchor="start", fontSize=13, fontWeight=600,
                                               color="#1f2933"))
        .configure_view(stroke=None)
        .configure_axis(grid=False, labelFont=FONT, titleFont=FONT, titleFontWeight="normal",
                        titleColor="#5b6673")
    )
