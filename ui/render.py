"""Pure functions that turn API responses into what the page shows: highlighted passages, card
parts, figures, tables. No Streamlit here, so every piece can be unit-tested.

Offsets: every span from the API is (doc_id, start, end) into the whole document. A piece of text
shown here is always a slice of that document, passed with the offset where it starts
(`text == document[text_start:text_start + len(text)]`), so a span maps to
`text[start - text_start:end - text_start]` and a <mark> wraps exactly `document[start:end]`.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

# --- spans and highlighting -------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of a document: `start`/`end` are document offsets."""

    start: int
    end: int
    kind: str = "cite"  # css class suffix: "cite" (a cited passage) or "metric" (a figure)
    label: str = ""  # shown after the mark, e.g. "1" for citation [1]


def _clip(spans: Iterable[Span], lo: int, hi: int) -> list[Span]:
    out = []
    for s in spans:
        start, end = max(s.start, lo), min(s.end, hi)
        if start < end:
            out.append(Span(start, end, s.kind, s.label))
    return sorted(out, key=lambda s: (s.start, -s.end))


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping marks become one mark covering both, keeping both labels."""
    merged: list[Span] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            labels = [x for x in (last.label + "," + s.label).split(",") if x]
            merged[-1] = Span(last.start, max(last.end, s.end), last.kind, ",".join(dict.fromkeys(labels)))
        else:
            merged.append(s)
    return merged


def _nested(inner: list[Span], marks: list[Span]) -> list[Span]:
    """Keep inner spans that sit wholly inside one mark or wholly outside all, without overlaps."""
    kept: list[Span] = []
    for s in inner:
        crosses = any(m.start < s.end and s.start < m.end and not (m.start <= s.start and s.end <= m.end)
                      for m in marks)
        if crosses or (kept and s.start < kept[-1].end):
            continue
        kept.append(s)
    return kept


def highlight_html(text: str, text_start: int, marks: Sequence[Span] = (),
                   emphasis: Sequence[Span] = ()) -> str:
    """`text` (a slice of a document starting at `text_start`) as escaped HTML with each mark
    wrapped in <mark class="hl hl-KIND">…</mark> and each emphasis (e.g. a figure) in
    <strong class="fig">…</strong>. A mark's label follows it as <sup class="n">[label]</sup>.

    Marks are clipped to the text; overlapping marks are merged into one; an emphasis that crosses
    a mark's edge is dropped (it would break the nesting)."""
    lo, hi = text_start, text_start + len(text)
    mark_spans = _merge(_clip(marks, lo, hi))
    inner = _nested(_clip(emphasis, lo, hi), mark_spans)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for m in mark_spans:
        title = f' title="[{html.escape(m.label)}]"' if m.label else ""
        opens.setdefault(m.start, []).append(f'<mark class="hl hl-{html.escape(m.kind)}"{title}>')
        close = "</mark>"
        if m.label:
            close += "".join(f'<sup class="n">[{html.escape(n)}]</sup>' for n in m.label.split(","))
        closes.setdefault(m.end, []).append(close)
    for e in inner:
        # emphasis opens after (inside) a mark starting at the same point and closes before it
        opens.setdefault(e.start, []).append('<strong class="fig">')
        closes.setdefault(e.end, []).insert(0, "</strong>")
    points = sorted({lo, hi, *opens, *closes})
    out: list[str] = []
    for i, p in enumerate(points):
        out.extend(closes.get(p, []))
        out.extend(opens.get(p, []))
        if i + 1 < len(points):
            out.append(_escape(text[p - lo:points[i + 1] - lo]))
    return "".join(out)


_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t\n]*")
_WHITESPACE_ENTITIES = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def _escape(text: str) -> str:
    """HTML-escaped text that stays one raw-HTML block inside Streamlit markdown: no literal
    newlines (a blank line would end the block and hand the rest to the markdown parser), and
    paragraph breaks wrapped in <span class="pb"> so CSS can show them even where single line
    breaks are collapsed. Unescaping gives back exactly `text`."""
    out, last = [], 0
    for match in _BLANK_LINES.finditer(text):
        out.append(_entities(html.escape(text[last:match.start()])))
        out.append(f'<span class="pb">{_entities(match.group(0))}</span>')
        last = match.end()
    out.append(_entities(html.escape(text[last:])))
    return "".join(out)


_MARKUP_RUN = re.compile(r"\*\*|__")


def _entities(escaped: str) -> str:
    """Whitespace as entities, and Markdown bold markers ('**', '__') inside a span the CSS hides:
    a reader sees the words, not the source's markup, and the text stays exactly the document's."""
    escaped = _MARKUP_RUN.sub(lambda m: f'<span class="mk">{m.group(0)}</span>', escaped)
    return re.sub(r"[\n\r\t]", lambda m: _WHITESPACE_ENTITIES[m.group(0)], escaped)


_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_START = re.compile(r"(?:(?<=[.!?:;])[ \t]+|\n\s*)(?=\S)")
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\S(?=\n)")


def context_window(text: str, text_start: int, start: int, end: int, radius: int = 220) -> tuple[int, int]:
    """Document offsets (ws, we) of a readable window around [start, end): up to `radius` characters
    each side, beginning at a sentence (or failing that a word) start and ending at a sentence (or
    word) end; never narrower than the span itself, never outside the text."""
    lo, hi = text_start, text_start + len(text)
    start, end = max(lo, min(start, hi)), max(lo, min(end, hi))
    left = max(lo, start - radius)
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, left - lo, start - lo)]
    if breaks:  # stay inside the span's paragraph
        left = lo + breaks[-1]
    ws = start
    if left < start and breaks:
        ws = left
    elif left < start:
        ws = left
        if left > lo:
            region = text[left - lo:start - lo]
            match = _SENTENCE_START.search(region)
            if match:
                ws = left + match.end()
            else:
                space = re.search(r"\s\S", region)
                ws = left + space.start() + 1 if space else start
    right = min(hi, end + radius)
    para = _PARAGRAPH.search(text, end - lo, right - lo)
    we = end
    if para:
        we = max(end, lo + para.start())
    elif right > end:
        we = right
        if right < hi:
            region = text[end - lo:right - lo + 1]
            ends = [m.end() for m in _SENTENCE_END.finditer(region) if m.end() <= right - end]
            if ends:
                we = end + ends[-1]
            else:
                space = [m.start() for m in re.finditer(r"\S\s", region) if m.start() + 1 <= right - end]
                we = end + space[-1] + 1 if space else end
    while ws < start and text[ws - lo].isspace():
        ws += 1
    while we > end and text[we - 1 - lo].isspace():
        we -= 1
    return ws, we


def cluster_spans(spans: Sequence[Span], gap: int = 400) -> list[list[Span]]:
    """Spans close together (less than `gap` characters apart) share one context window."""
    clusters: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if clusters and s.start - max(x.end for x in clusters[-1]) < gap:
            clusters[-1].append(s)
        else:
            clusters.append([s])
    return clusters


def context_html(text: str, text_start: int, marks: Sequence[Span], emphasis: Sequence[Span] = (),
                 radius: int = 220) -> list[str]:
    """One HTML block per cluster of marks: the marks highlighted inside their surrounding text,
    with an ellipsis where the window cuts the text."""
    blocks = []
    lo, hi = text_start, text_start + len(text)
    for cluster in cluster_spans([m for m in marks if m.end > lo and m.start < hi], gap=radius * 2):
        ws, we = context_window(text, text_start, min(s.start for s in cluster),
                                max(s.end for s in cluster), radius)
        body = highlight_html(text[ws - lo:we - lo], ws, cluster, emphasis)
        before = '<span class="ellipsis">… </span>' if ws > lo else ""
        after = '<span class="ellipsis"> …</span>' if we < hi else ""
        blocks.append(f'<div class="passage">{before}{body}{after}</div>')
    return blocks


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its newline) for every line of `text`."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _is_table_row(line: str) -> bool:
    return line.count("\t") >= 2


def full_text_html(text: str, text_start: int, metrics: Sequence[dict]) -> str:
    """A whole initiative with every metric span highlighted. Runs of tab-separated lines (tables
    in the source) are shown as an HTML table, one cell per tab-separated field; each cell is
    still an exact slice of the document, highlighted the same way."""
    spans = [Span(int(m["start"]), int(m["end"]), "metric") for m in metrics]
    parts: list[str] = []
    lines = _lines(text)
    i = 0
    prose_from = 0
    while i < len(lines):
        if not _is_table_row(lines[i][1]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_table_row(lines[j][1]):
            j += 1
        if j - i >= 2:  # a table: at least two tab-separated rows
            table_from = lines[i][0]
            if table_from > prose_from:
                parts.append(highlight_html(text[prose_from:table_from], text_start + prose_from, spans))
            rows = []
            for r, (offset, line) in enumerate(lines[i:j]):
                cells, pos = [], offset
                for cell in line.split("\t"):
                    tag = "th" if r == 0 else "td"
                    cells.append(f"<{tag}>{highlight_html(cell, text_start + pos, spans)}</{tag}>")
                    pos += len(cell) + 1
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append('<div class="tbl"><table>' + "".join(rows) + "</table></div>")
            last_offset, last_line = lines[j - 1]
            prose_from = min(len(text), last_offset + len(last_line) + 1)
        i = j
    if prose_from < len(text):
        parts.append(highlight_html(text[prose_from:], text_start + prose_from, spans))
    return f'<div class="fulltext">{"".join(parts)}</div>'


# --- text for markdown ------------------------------------------------------------------------

_MD_SPECIAL = set(string.punctuation)


def md_escape(text: str) -> str:
    """Text shown literally inside Streamlit markdown (every ASCII punctuation backslash-escaped,
    newlines flattened)."""
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text)


def who(result: dict) -> str:
    """Forces (lead first), else the organisations, as one line."""
    names = list(result.get("forces") or []) or list(result.get("organisations") or [])
    if not names:
        return "Unattributed"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def partners(result: dict) -> list[str]:
    """Organisations named alongside forces (none when the organisations are the 'who')."""
    return list(result.get("organisations") or []) if result.get("forces") else []


def theme_label(theme: str) -> str:
    return (theme or "").replace(" > ", " › ")


# --- figures ----------------------------------------------------------------------------------

_QUALIFIER_SHORT = {"approximately": "about", "around": "about", "in excess of": "over",
                    "more than": "over", "less than": "under", "fewer than": "under"}


def figure_text(metric: dict, max_label: int = 56) -> tuple[str, str]:
    """(figure, label) for a compact chip: e.g. ("over 200", "officers and staff across…")."""
    figure = str(metric.get("text") or "").strip()
    qualifier = (metric.get("qualifier") or "").strip().lower()
    if qualifier and qualifier != "null":
        figure = f"{_QUALIFIER_SHORT.get(qualifier, qualifier)} {figure}"
    label = re.sub(r"\s+", " ", str(metric.get("label") or "")).strip()
    if len(label) > max_label:
        label = label[:max_label].rsplit(" ", 1)[0].rstrip(",;:—-") + "…"
    return figure, label


def key_metrics(metrics: Sequence[dict], cited: Iterable[tuple[int, int]] = (), limit: int = 3) -> list[dict]:
    """The figures worth showing on a card: cited ones first, then paired (before/after) ones,
    then the rest in reading order; table cells last."""
    cited_spans = list(cited)

    def rank(m: dict) -> tuple:
        in_cited = any(s <= m["start"] and m["end"] <= e for s, e in cited_spans)
        return (not in_cited, m.get("pair_role") is None, m.get("row") is not None, m["start"])

    return sorted(metrics, key=rank)[:limit]


def metrics_frame(metrics: Sequence[dict]) -> pd.DataFrame:
    """All of an initiative's figures as a table (empty columns dropped)."""
    rows = []
    for m in sorted(metrics, key=lambda m: m["start"]):
        rows.append({
            "Figure": m.get("text", ""),
            "Qualifier": m.get("qualifier") or "",
            "What it measures": m.get("label", ""),
            "Before/after": m.get("pair_role") or "",
            "Row": m.get("row") or "",
            "Column": m.get("column") or "",
            "Value": m.get("value"),
            "Unit": m.get("unit", ""),
        })
    frame = pd.DataFrame(rows, columns=["Figure", "Qualifier", "What it measures", "Before/after", "Row",
                                        "Column", "Value", "Unit"])
    keep = [c for c in frame.columns if c in ("Figure", "What it measures") or (frame[c].astype(str) != "").any()]
    return frame[keep]


# --- answers and cards ------------------------------------------------------------------------

_MARKER = re.compile(r"\[(\d{1,3})\]")


def answer_markers(answer: str) -> list[int]:
    """The [n] numbers in an answer, in order of first appearance."""
    return list(dict.fromkeys(int(n) for n in _MARKER.findall(answer or "")))


def link_markers(answer: str, anchor_prefix: str) -> str:
    """Markdown with every [n] a link to its source card (#{anchor_prefix}-{n})."""
    return _MARKER.sub(lambda m: f"[\\[{m.group(1)}\\]](#{anchor_prefix}-{m.group(1)})", answer or "")


@dataclass
class Card:
    """One cited initiative under an answer."""

    initiative_id: str
    result: dict  # the /search-shaped result (may be a stub when missing from `results`)
    citations: list[dict] = field(default_factory=list)

    @property
    def numbers(self) -> list[int]:
        return [int(c["n"]) for c in self.citations]


def answer_cards(response: dict) -> list[Card]:
    """One card per cited initiative, in order of first citation."""
    results = {r["id"]: r for r in response.get("results") or []}
    cards: dict[str, Card] = {}
    for citation in sorted(response.get("citations") or [], key=lambda c: int(c.get("n", 0))):
        iid = citation.get("initiative_id") or ""
        if iid not in cards:
            stub = {"id": iid, "title": "", "forces": [], "organisations": [], "theme": "",
                    "doc_id": citation.get("doc_id", ""), "metrics": [], "passages": []}
            cards[iid] = Card(iid, results.get(iid, stub))
        cards[iid].citations.append(citation)
    return list(cards.values())


def citation_spans(card: Card) -> list[Span]:
    return [Span(int(c["start"]), int(c["end"]), "cite", str(c["n"])) for c in card.citations]


def metric_spans(metrics: Sequence[dict]) -> list[Span]:
    return [Span(int(m["start"]), int(m["end"]), "metric") for m in metrics]


def filter_summary(filters: dict, doc_titles: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(kind, value, label) for each active filter, in sidebar order."""
    doc_titles = doc_titles or {}
    out = []
    for value in filters.get("forces") or []:
        out.append(("forces", value, value))
    for value in filters.get("themes") or []:
        out.append(("themes", value, theme_label(value)))
    for value in filters.get("docs") or []:
        out.append(("docs", value, doc_titles.get(value, value)))
    for value in filters.get("regions") or []:
        out.append(("regions", value, value))
    for value in filters.get("evidence") or []:
        out.append(("evidence", value, value.capitalize()))
    if filters.get("has_metrics"):
        out.append(("has_metrics", "yes", "With reported figures"))
    return out


EVIDENCE_BADGES = {"independently evaluated": "green", "evaluated locally": "blue", "untested": "gray"}


def evidence_badge(record: dict) -> str:
    """The stage of evidence as a Markdown badge: ':green-badge[Independently evaluated]'."""
    stage = (record.get("evidence") or {}).get("stage") or "untested"
    return f":{EVIDENCE_BADGES.get(stage, 'gray')}-badge[{md_escape(stage.capitalize())}]"


def history(messages: Sequence[dict], limit: int = 20, chars: int = 4000) -> list[dict]:
    """The conversation so far as the API's `history`: the user's questions and the answers'
    text (cut to the API's limits; failed turns left out with their question)."""
    turns: list[dict] = []
    for user, reply in zip(messages[::2], messages[1::2]):
        answer = (reply.get("response") or {}).get("answer")
        if user.get("role") == "user" and answer:
            turns += [{"role": "user", "content": user["content"][:chars]},
                      {"role": "assistant", "content": answer[:chars]}]
    return turns[-limit:]


# --- browse -----------------------------------------------------------------------------------

BROWSE_COLUMNS = ["Force(s)", "Title", "Theme", "Document", "Figures", "Evidence"]


def short_titles(doc_titles: dict[str, str]) -> dict[str, str]:
    """Document titles cut at their first colon where that still tells them apart
    ("National Policing Culture and Inclusion Strategy 2025–2030: Police Force Initiatives" →
    "National Policing Culture and Inclusion Strategy 2025–2030")."""
    heads = {doc_id: title.split(":", 1)[0].strip() for doc_id, title in doc_titles.items()}
    counts: dict[str, int] = {}
    for head in heads.values():
        counts[head] = counts.get(head, 0) + 1
    return {doc_id: heads[doc_id] if heads[doc_id] and counts[heads[doc_id]] == 1 else title
            for doc_id, title in doc_titles.items()}


def browse_frame(rows: Sequence[dict], doc_titles: dict[str, str] | None = None) -> pd.DataFrame:
    """Every initiative, one row each: what the Browse table shows and the CSV holds."""
    doc_titles = doc_titles or {}
    short = short_titles(doc_titles)
    records = [{
        "Force(s)": "; ".join(r.get("forces") or []) or "; ".join(r.get("organisations") or []),
        "Title": r.get("title", ""),
        "Theme": theme_label(r.get("theme", "")),
        "Document": short.get(r.get("doc_id", ""), r.get("doc_id", "")),
        "Figures": int(r.get("outcome_metrics", r.get("metrics")) or 0),
        "Evidence": r.get("evidence") or "untested",
        "Region(s)": "; ".join(r.get("regions") or []),
        "Document title": doc_titles.get(r.get("doc_id", ""), r.get("doc_id", "")),
        "Partners": "; ".join(r.get("organisations") or []) if r.get("forces") else "",
        "id": r.get("id", ""),
        "doc_id": r.get("doc_id", ""),
        "_forces": list(r.get("forces") or []),
        "_theme": r.get("theme", ""),
    } for r in rows]
    return pd.DataFrame(records, columns=BROWSE_COLUMNS + ["Region(s)", "Document title", "Partners", "id", "doc_id",
                                                          "_forces", "_theme"])


def filter_browse(frame: pd.DataFrame, filters: dict | None = None, text: str = "") -> pd.DataFrame:
    """The sidebar filters (same meaning as the API's) and a free-text contains-filter."""
    filters = filters or {}
    mask = pd.Series(True, index=frame.index)
    if filters.get("forces"):
        wanted = set(filters["forces"])
        mask &= frame["_forces"].apply(lambda fs: bool(wanted & set(fs)))
    if filters.get("themes"):
        mask &= frame["_theme"].isin(filters["themes"])
    if filters.get("docs"):
        mask &= frame["doc_id"].isin(filters["docs"])
    if filters.get("has_metrics"):
        mask &= frame["Figures"] > 0
    if filters.get("evidence"):
        mask &= frame["Evidence"].isin(filters["evidence"])
    if filters.get("regions"):
        wanted_regions = set(filters["regions"])
        mask &= frame["Region(s)"].apply(lambda rs: bool(wanted_regions & set(rs.split("; "))))
    words = [w for w in (text or "").lower().split() if w]
    if words:
        haystack = (frame["Force(s)"] + " " + frame["Partners"] + " " + frame["Title"] + " " + frame["Theme"]
                    + " " + frame["Document title"]).str.lower()
        for word in words:
            mask &= haystack.str.contains(word, regex=False)
    return frame[mask]


def browse_csv(frame: pd.DataFrame) -> bytes:
    """The table as CSV (UTF-8 with BOM so spreadsheet programs read it right)."""
    out = frame[["Force(s)", "Partners", "Region(s)", "Title", "Theme", "Document title", "Figures", "Evidence",
                 "id", "doc_id"]].rename(
        columns={"Force(s)": "Forces", "Region(s)": "Regions", "Document title": "Document",
                 "Figures": "Reported figures", "Evidence": "Stage of evidence",
                 "id": "Initiative id", "doc_id": "Document file"})
    return out.to_csv(index=False).encode("utf-8-sig")
