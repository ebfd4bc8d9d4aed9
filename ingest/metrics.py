"""Find the quantified outcomes in a document: percentages, counts, money, ratios, scores, times."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from index.records import Metric
from ingest.sentences import document_sentences

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = re.compile(
    rf"""(?<![\w.,/:£$-])(?:
        (?P<cur>[£$])\s?(?P<money>{_NUM})(?:\s?(?P<mmult>billion|million|thousand|bn|m|k)\b)?
      | (?P<sign>(?<![^\s(])[-−])?(?P<pct>{_NUM})\s?(?:%|per\s?cent\b|percent\b)
      | (?P<num>\d{{1,2}})\sin\s(?P<den>(?!(?:19|20)\d\d\b)\d{{1,3}}(?:,\d{{3}})*)\b(?![.,]\d|%)
      | (?P<score>{_NUM})(?:\s?/\s?|\sout\sof\s)(?P<outof>5|10|100)\b(?![.,/]?\d|%)
      | (?P<bare>{_NUM})(?:\s(?P<bmult>billion|million|thousand)\b)?
        (?:\s(?P<tunit>hours?|days?|weeks?|months?|years?|minutes?)\b)?
    )""",
    re.X,
)
_MULTIPLIERS = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}

_QUALIFIERS = (
    r"in excess of|more than|fewer than|less than|at least|up to|just over|just under"
    r"|approximately|approx\.?|around|about|nearly|almost|over|under"
)
_QUALIFIER = re.compile(rf"(?i)(?:\b({_QUALIFIERS})|(>|<))\s*$")
# "Nearly a quarter (23%)", "more than eight out of 10 (82 per cent)": the qualifier carries over.
_QUALIFIED_FRACTION = re.compile(
    rf"(?i)\b({_QUALIFIERS})\s+(?:a\s+quarter|a\s+third|half|two[\s-]thirds|three[\s-]quarters"
    r"|\w+\s+(?:out\s+of|in)\s+\d+)\s*\(\s*$"
)
_QUALIFIER_ALIASES = {
    "approx": "approximately", "approx.": "approximately", "about": "approximately",
    ">": "more than", "<": "less than",
}

# Bare numbers: what may not come straight after (ranges, 24/7, 10:30, 18+, 10Kv, 1st, dates, '2 x 10').
MONTHS = (  # month names and abbreviations: dates here, time phrases in segment.py and launches.py
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_BAD_AFTER = re.compile(
    rf"(?i)(?:\s?[-–/:]\s?\d|\.\d|[-–][a-z]|\+|[a-z]|\s?[ap]\.?m\b|\s+(?:st|nd|rd|th)\b|\s?[x×]\s?\d"
    rf"|\s(?:{MONTHS})\b)"
)
# ... what may not come straight before (quoted names, ages, "out of 10", labels like "Level 3",
# the second factor of "2 x 10 min").
_BAD_BEFORE = re.compile(
    r"(?i)(?:['‘\"“]|\d\s?[x×]\s?|\bag(?:e|ed|es)(?:\s+of)?\s+(?:between\s+)?(?:\d+\s*(?:-|to|and)\s*)?"
    r"|\bout\s+of\s+|#\s*|§\s*|\b(?:stage|level|tier|strand|phase|module|version|cohort|sections?"
    r"|paragraphs?|paras?\.?|clauses?|recommendations?|op"
    r"|operation|page|pages|no\.?|number|chapter|article|part|wave|round|grade|band|year|step"
    r"|class|room|figure|table|annex|appendix|ks)\s+)$"
)
_STOPWORDS = (
    r"and|or|to|in|on|at|for|from|by|with|of|the|a|an|is|was|were|are|out|per|than|word|words"
    r"|times|volts?|kv|st|nd|rd|th|hours?|days?|weeks?|months?|years?|minutes?|olds?|old"
)
# A count is a number followed by what it counts: a noun, "(97%)", or "of the ...".
_COUNTED = re.compile(
    r"(?i)[ \t]+(?:\(\s*[-−]?\d[\d.,]*\s?(?:%|per\s?cent)"
    r"|of\s+(?:the|their|those|these|our|all)\b"
    rf"|[\"'‘“]?(?!(?:{_STOPWORDS})\b)[a-z])"
)
_OUTCOME_TIME = re.compile(
    r"(?i)\b(?:within|saving(?:\s+(?:is|was|of))?|saved|saves|average(?:\s+of)?"
    r"|(?:fell|dropped|decreased|reduced|down|cut)\s+(?:from|to|by)"
    r"|waiting(?:\s+time)?(?:\s+(?:is|was|of))?)\s+$"
)
_URL = re.compile(r"(?:https?://|www\.|\]\()\S*$")

_MARKUP = re.compile(r"\*\*|__|</?\w+[^>]*>|\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BULLET = re.compile(r"^[\s\-•●▪*]+")
_BOUNDARY = re.compile(r"[,;:()\[\]\t]|\s[–—-]\s|[.!?](?=[\s*]|$)")
_WEAK_START = re.compile(
    r"(?i)(?:in|to|from|and|or|vs|versus|compared|at|than|with|by|since|between|for|on|when"
    r"|while|whilst|is|was|are|were|before|after|due|because|following)\b"
)
_LINK_TAIL = re.compile(
    r"(?:^|\s+)(?:rose|risen|increased|decreased|fell|fallen|dropped|grew|grown|improved"
    r"|reduced|declined|went|reached|achieved|stood|estimated|was|were|is|are|has|have|had|been"
    r"|be|now|from|to|of|at|as|by|with|than|and|or|a|an|the|total|for|across|into|within)$"
)
_LINK_HEAD = re.compile(r"(?i)^(?:with|and|but|that|which|while|whilst|of|so|as|where|when)\s+")
_MAX_LABEL = 100

# Numbers that are not measurements whatever follows them; a figure overlapping one is dropped.
_MONTH = rf"(?:{MONTHS})\.?"
# UK phone numbers: "0300 123 4567", "(01632) 960123", "+44 (0)20 7946 0958", "call 101"
PHONE_NUMBERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\w+])\+44[ \t-]?(?:\(0\)[ \t-]?)?\d{2,4}[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?!\d)"),
    re.compile(r"(?<![\w+])\(?0\d{2,4}\)?[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?!\d)"),
    re.compile(
        r"(?i)\b(?:call(?:s|ed|ing)?|dial(?:s|led|ling)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)"
        r"|text(?:s|ed|ing)?|tel(?:ephone)?\.?:?|contact(?:s|ed|ing)?)"
        r"(?:[ \t]+(?:us|police|the[ \t]+police))?(?:[ \t]+(?:on|via))?"
        r"[ \t]+(?P<n>(?:101|999|111|105)(?:[ \t]*(?:or|and|/|,)[ \t]*(?:101|999|111|105))*)\b"
    ),
    re.compile(
        r"(?i)\b(?P<n>101|999|111)"
        r"(?=[ \t]+(?:non-emergency[ \t]+)?(?:number|line|service|calls?)\b)"
    ),
)
_NOT_FIGURES: tuple[re.Pattern[str], ...] = (
    # section and paragraph numbers starting a line: "3. HIGHLAND", "3.1 Training", "## 4 Results"
    re.compile(r"(?m)^[ \t]*(?:\*\*)?\d{1,3}(?:\.\d{1,3}){0,3}\.(?=[ \t]+\S)"),
    re.compile(r"(?m)^[ \t]*(?:\*\*)?\d{1,3}(?:\.\d{1,3}){1,3}(?=[ \t]+[A-Z\"“‘'(])"),
    re.compile(
        r"(?m)^[ \t]*#{1,6}[ \t]+(?:\*\*)?(?:(?i:section|part|chapter)[ \t]+)?"
        r"\d{1,3}(?:\.\d{1,3}){0,3}\.?(?=[ \t:]|$)"
    ),
    # references to parts of a document, a list of them too: "paragraphs 4.2 and 5.1"
    re.compile(
        r"(?i)(?:\b(?:sections?|paragraphs?|paras?\.?|clauses?|recommendations?|chapters?|pages?"
        r"|annex(?:es)?|appendix|appendices|figures?|tables?)[ \t]+|§§?[ \t]*)"
        r"\d+(?:\.\d+)*(?:[ \t]*(?:,|and|or|to|&|[-–])[ \t]*\d+(?:\.\d+)*"
        r"(?![\d.]*[ \t]?(?:%|per[ \t]?cent)))*"
    ),
    *PHONE_NUMBERS,
    # postcodes: "LS1 4AP", "SW1A 2AA"
    re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?[ \t]?\d[A-Z]{2}\b"),
    # dates: "12 March 2024", "1st of May", "March 12, 2024", "12/03/2024", "2024-03-12"
    re.compile(
        rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{_MONTH}(?![a-z])"
        r"(?:,?[ \t]+(?:19|20)\d\d\b)?"
    ),
    re.compile(
        rf"\b(?=[A-Z])(?i:{_MONTH})(?![a-z])[ \t]+\d{{1,2}}(?:st|nd|rd|th)?"
        r"(?=,|[ \t]+(?:19|20)\d\d\b|[ \t]*[.;)]|[ \t]*$)(?:,?[ \t]+(?:19|20)\d\d\b)?"
    ),
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b"),
    re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b"),
    # year ranges and financial years: "2021/22", "2019-2020", "2019–20", "FY2023/24", "FY23"
    re.compile(r"(?i)\b(?:FY[ \t]?)?(?:19|20)\d\d[ \t]?[-–—/][ \t]?(?:(?:19|20)\d\d|\d\d)\b"),
    re.compile(r"(?i)\bFY[ \t]?\d\d(?:[ \t]?[-–/][ \t]?\d\d)?\b"),
    re.compile(r"(?i)\b\d\d/\d\d(?=[ \t]+(?:financial[ \t]+|fiscal[ \t]+)?year)"),
    # times of day: '12 noon', 'midnight' ('7pm', '10.30pm' are read as times already)
    re.compile(r"(?i)\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[ \t]?(?:noon|midnight|o['’]clock)\b"),
    # a DOI ('10.5281/zenodo.11840236')
    re.compile(r"\b10\.\d{4,9}/\S+"),
    # a post's own engagement counts, set out as its metadata: '1,284 views · 12 Comments',
    # '💬 94 replies · 218K views', 'Reactions: 302 | Shares: 27' (a campaign that 'reached 1.2
    # million views' reports a result, in a sentence)
    re.compile(r"(?im)(?:^|[·|•])[^\w\n]*(?P<n>\d[\d,.]*[km]?)[ \t]+(?:views|likes|comments|shares|reposts|"
               r"retweets|replies|reactions|followers|subscribers|impressions)\b"),
    re.compile(r"(?i)\b(?:views|likes|comments|shares|reposts|retweets|replies|reactions|reach|followers|impressions)"
               r"[ \t]*:[ \t]*(?P<n>\d[\d,.]*[km]?)"),
    # a price by the day, week or hour ('£6.50 for the day', '£98.40 a week')
    re.compile(r"(?i)£[ \t]?\d[\d,]*(?:\.\d\d)?(?=[ \t]+(?:a|an|per|for[ \t]+the|each)[ \t]+"
               r"(?:day|week|night|hour|session|person|head|ticket|visit)\b)"),
    # a medical or grading type named by its number ('type 1 diabetes', 'category 2 calls')
    re.compile(r"(?i)\b(?:type|category|grade|tier|phase|key[ \t]+stage)[ \t]+\d{1,2}\b(?![ \t]*(?:%|per[ \t]?cent))"),
    # a sum a label says is money given or asked for, not a result: 'Award: £186,000', 'a grant of
    # £40,000', 'budget £1.2m', 'price £12' (money a piece of work saved or lost is still a figure)
    re.compile(
        r"(?i)\b(?:award(?:ed)?|grants?|granted|funding|funded(?:[ \t]+(?:with|by))?|budget(?:ed)?|prices?|priced|fees?"
        r"|contract[ \t]+value|allocation|allocated)(?:[ \t]+(?:of|was|is|at|totall?ing|totals?|up[ \t]+to))?[ \t]*:?[ \t]*"
        r"(?P<n>£[ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]?(?:k|m|bn|million|billion)\b)?)"
    ),
)
# A table cell: start, end, row label, column label, and its row line's (trimmed) start and end.
_Cell = tuple[int, int, str, str | None, int, int]

_FROM_TO = re.compile(r"(?:\s+(?:in|by|at)\s+[^,.;]{1,25}?)?,?\s+to\s+")
_BACK_FROM = re.compile(r"[^.;]{0,30}\bfrom\s+")
_NOW = re.compile(r"[^.;]{0,80}\bnow\s+")
_RUN = re.compile(r"\s*(?:to|and|or|-|–|\(|of(?:\s+the)?)?\s*")
_VERSUS = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with)|against)\s")


def extract_metrics(
    doc_id: str, text: str, start: int = 0, end: int | None = None
) -> list[Metric]:
    """Every quantified outcome in text[start:end], sorted by start; offsets index all of `text`."""
    end = len(text) if end is None else end
    sentences = document_sentences(text)
    cells, table_lines = _tables(text)
    metrics = [_cell_metric(doc_id, text, c) for c in cells if start <= c[0] and c[1] <= end]
    prose: list[Metric] = []
    for match in _FIGURE.finditer(text, start):
        if match.start() >= end:
            break
        if match.end() <= end and not _span_at(table_lines, match.start()):
            metric = _prose_metric(doc_id, text, match, sentences)
            if metric is not None:
                prose.append(metric)
    q_starts = {m.start: _qualifier(text, m.start, m.sentence_start)[1] for m in prose}
    _link_pairs(text, prose, q_starts)
    _label(text, prose, q_starts)
    return sorted(metrics + prose, key=lambda m: m.start)


def _span_at(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The span (sorted, disjoint) that contains `pos`, if any."""
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def _clean(text: str) -> str:
    text = _MARKUP.sub(lambda m: m.group(1) or "", text)
    return " ".join(_FOOTNOTE.sub("", _BULLET.sub("", text)).split())


def _number(surface: str) -> float:
    return float(surface.replace(",", ""))


@lru_cache(maxsize=8)
def _not_figure_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of section numbers, phone numbers, postcodes, dates and year ranges, merged."""
    found = sorted(
        m.span("n") if "n" in rx.groupindex else m.span()
        for rx in _NOT_FIGURES
        for m in rx.finditer(text)
    )
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _masked(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps a number that is not a measurement."""
    spans = _not_figure_spans(text)
    i = bisect_right(spans, (end, -1)) - 1
    return i >= 0 and spans[i][1] > start


def _qualifier(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """The qualifier word(s) just before a figure, normalised, and where they start."""
    head = text[max(floor, start - 60):start]
    for pattern in (_QUALIFIER, _QUALIFIED_FRACTION):
        m = pattern.search(head)
        if m:
            word = " ".join((m.group(1) or m.group(m.lastindex)).lower().split())
            return _QUALIFIER_ALIASES.get(word, word), start - len(head) + m.start()
    return None, start


def _measure(match: re.Match) -> tuple[float, str, float | None]:
    """Value, unit and scale of a figure; bare numbers come back as counts (or times)."""
    g = match.groupdict()
    if g["cur"]:
        value = _number(g["money"]) * _MULTIPLIERS.get((g["mmult"] or "").lower(), 1.0)
        return value, g["cur"], None
    if g["pct"]:
        return -_number(g["pct"]) if g["sign"] else _number(g["pct"]), "%", None
    if g["den"]:
        den = _number(g["den"])
        return _number(g["num"]) / den, "ratio", den
    if g["score"]:
        return _number(g["score"]), "score", float(g["outof"])
    value = _number(g["bare"]) * _MULTIPLIERS.get(g["bmult"] or "", 1.0)
    return value, "time" if g["tunit"] else "count", None


def _bare_is_outcome(text: str, match: re.Match, q_start: int, sentence_start: int) -> bool:
    """Whether a unit-less number is a reported count/duration, not a year, label, age or date."""
    digits, (s, e) = match.group("bare"), match.span()
    qualified = q_start < s
    yearlike = digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2099
    if (yearlike and not qualified) or digits == "365":  # "Microsoft 365", "365 days a year"
        return False
    if digits[0] == "0" and len(digits) > 1:  # phone numbers
        return False
    if _BAD_AFTER.match(text, e) or _BAD_BEFORE.search(text, max(0, s - 60), s):
        return False
    if _named(text, s, sentence_start):
        return False
    if match.group("tunit"):  # "within 48 hours", "in under 2 weeks"; not "for 6 months"
        context = text[max(0, q_start - 60):q_start]
        return bool(_OUTCOME_TIME.search(context) or (qualified and context.endswith(" in ")))
    return "." in digits or bool(_COUNTED.match(text, e))


def _named(text: str, start: int, sentence_start: int) -> bool:
    """A number straight after a capitalised word mid-sentence (not after "Impact:") names
    something: "Tier 2", "COVID 19", "the Under 17 Car Club"."""
    m = re.search(r"(\S+)[ \t]+$", text[sentence_start:start])
    if not m:
        return False
    word = _clean(m.group(1)).lstrip("\"'“‘([")
    opening = _clean(text[sentence_start:sentence_start + m.start()])
    return (word[:1].isupper() and not word.endswith(":") and opening != ""
            and not opening.endswith(":"))


def _prose_metric(
    doc_id: str, text: str, match: re.Match, sentences: tuple[tuple[int, int], ...]
) -> Metric | None:
    s, e = match.span()
    sentence = _span_at(sentences, s)
    if sentence is None or e > sentence[1] or _URL.search(text, max(0, s - 200), s):
        return None
    if _masked(text, s, e):
        return None
    qualifier, q_start = _qualifier(text, s, sentence[0])
    if match.group("bare") and not _bare_is_outcome(text, match, q_start, sentence[0]):
        return None
    value, unit, scale = _measure(match)
    return Metric(doc_id=doc_id, start=s, end=e, text=text[s:e], value=value, unit=unit,
                  qualifier=qualifier, label="", sentence=text[sentence[0]:sentence[1]],
                  sentence_start=sentence[0], sentence_end=sentence[1], scale=scale)


_PIPE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_PIPE_RULE = re.compile(r"[ \t]*\|[ \t|:-]*-{3,}[ \t|:-]*$")  # "|---|:--:|" under a header
# Column headings whose cells are references, not measurements.
_NON_METRIC_COLUMN = re.compile(
    r"(?i)^(?:page|pages|page\s+(?:no\.?|number)|p\.|no\.?|number|ref(?:erence)?|section|paragraph"
    r"|para|item|id|rank|year|date|tel(?:ephone)?|phone|postcode|version|#)$"
)


@lru_cache(maxsize=8)
def _tables(text: str) -> tuple[tuple[_Cell, ...], tuple[tuple[int, int], ...]]:
    """Numeric cells of the tables that have a header row, and the spans of those tables' lines
    (kept out of prose extraction). A table is a run of lines with tabs, as the readers render
    HTML, Word and PDF tables, or of Markdown pipe rows; a line without cells between two of its
    rows is a row spanning the table (a merged cell: "Wave 1") and labels the rows below it."""
    cells: list[_Cell] = []
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    spanning: list[tuple[int, int]] = []  # tab-less lines since the block's last tab line
    pos = 0
    for line in (*text.split("\n"), ""):
        if _is_row(line):
            block += spanning
            spanning = []
            block.append((pos, pos + len(line)))
        elif line.strip() and block:
            spanning.append((pos, pos + len(line)))
        elif block:
            _read_table(text, block, cells, spans)
            block, spanning = [], []
        pos += len(line) + 1
    return tuple(cells), tuple(spans)


def _is_row(line: str) -> bool:
    """A table row: cells separated by tabs (how the readers render tables) or a Markdown
    pipe-table row."""
    return bool(line.strip()) and ("\t" in line or bool(_PIPE_ROW.match(line)))


def _row_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a row line as spans; a tab-less line is one cell (a row spanning the table)."""
    line = text[start:end]
    if "\t" not in line and _PIPE_ROW.match(line):
        first, last = line.index("|"), line.rindex("|")
        start, end, sep = start + first + 1, start + last, "|"
    else:
        sep = "\t"
    pieces, offset = [], start
    for piece in text[start:end].split(sep):
        pieces.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    return pieces


def _read_table(
    text: str, block: list[tuple[int, int]], cells: list[_Cell], spans: list[tuple[int, int]]
) -> None:
    """Cells of one run of rows: header = nearest all-text row of 3+ cells (2+ for the
    first); row label = the text cells before the first figure, an empty first cell continuing
    the group above, under the label of the spanning row above if any."""
    header: list[str] | None = None
    group = section = ""
    for line_start, line_end in block:
        if _PIPE_RULE.match(text, line_start, line_end):
            spans.append((line_start, line_end))
            continue
        row_cells = [
            (a, b, _cell_figure(text, a, b)) for a, b in _row_pieces(text, line_start, line_end)
        ]
        words = [_clean(text[a:b]) for a, b, _ in row_cells]
        filled = sum(1 for w in words if w)
        if not any(fig for _, _, fig in row_cells):
            if filled >= 3 or (filled >= 2 and header is None):
                header, group, section = words, "", ""
                spans.append((line_start, line_end))
            elif header is not None and filled == 1:
                section, group = next(w for w in words if w), ""
                spans.append((line_start, line_end))
            continue
        if header is None:
            continue
        first_numeric = next(i for i, (_, _, fig) in enumerate(row_cells) if fig)
        labels = [w for w in words[:first_numeric] if w]
        if words[0]:
            group = words[0]
        elif group:
            labels.insert(0, group)
        row = " / ".join([section, *labels] if section else labels)
        trimmed = text[line_start:line_end]
        sent_start = line_start + len(trimmed) - len(trimmed.lstrip())
        sent_end = line_start + len(trimmed.rstrip())
        for i, (_, _, fig) in enumerate(row_cells):
            column = header[i] if i < len(header) and header[i] else None
            if fig and not (column and _NON_METRIC_COLUMN.match(column)):
                cells.append((fig.start(), fig.end(), row, column, sent_start, sent_end))
        spans.append((line_start, line_end))


def _cell_figure(text: str, start: int, end: int) -> re.Match | None:
    """The figure a cell holds: "71,180", "-21%", "1 in 19", "75% reduction"; not "1 st Year",
    a year ("2023", "2022/23") or a date, phone number or postcode."""
    m = _FIGURE.search(text, start, end)
    if not m or _clean(text[start:m.start()]) or m.group("tunit"):
        return None
    rest = _clean(text[m.end():end])
    if rest and (m.group("bare") or re.search(r"\d", rest)):
        return None
    bare = m.group("bare") or ""
    if bare.isdigit() and len(bare) == 4 and 1900 <= int(bare) <= 2099:
        return None
    return None if _masked(text, m.start(), m.end()) else m


def _cell_metric(doc_id: str, text: str, cell: _Cell) -> Metric:
    start, end, row, column, sent_start, sent_end = cell
    value, unit, scale = _measure(_FIGURE.match(text, start, end))
    return Metric(doc_id=doc_id, start=start, end=end, text=text[start:end], value=value, unit=unit,
                  qualifier=None, label=f"{row} — {column}" if column else row,
                  sentence=text[sent_start:sent_end], sentence_start=sent_start,
                  sentence_end=sent_end, row=row, column=column, scale=scale)


def _link_pairs(text: str, metrics: list[Metric], q_starts: dict[int, int]) -> None:
    """Link adjacent figures of one sentence: from X to Y, Y up from X, X now Y, X vs Y."""
    for a, b in zip(metrics, metrics[1:]):
        if a.pair is not None or a.sentence_start != b.sentence_start or not _compatible(a, b):
            continue
        between = text[a.end:q_starts[b.start]]
        from_before = re.search(r"(?i)\bfrom\s+$", text[a.sentence_start:q_starts[a.start]])
        if from_before and _FROM_TO.fullmatch(between):
            roles = ("before", "after")
        elif _BACK_FROM.fullmatch(between):
            roles = ("after", "before")
        elif _NOW.fullmatch(between):
            roles = ("before", "after")
        elif len(between) <= 100 and not re.search(r"[.;]", between) and _VERSUS.search(between):
            roles = ("versus", "versus")
        else:
            continue
        for m, role, other in ((a, roles[0], b), (b, roles[1], a)):
            m.pair_role, m.pair = role, other.start
            if m.unit == "count" and "." in m.text and other.unit != "count":
                m.unit, m.scale = other.unit, other.scale


def _compatible(a: Metric, b: Metric) -> bool:
    return a.unit == b.unit or any(m.unit == "count" and "." in m.text for m in (a, b))


def _label(text: str, metrics: list[Metric], q_starts: dict[int, int]) -> None:
    """What each figure measures: the phrase after it, else the one before it, else the line above.
    A figure whose own phrase is weak takes its partner's ("from 38% to 65%") or, in a run like
    "73% to 75% received", "127 (97%) said" or "35 of the 38 victims", the next figure's label."""
    weak: set[int] = set()
    for m in metrics:
        same = [o for o in metrics if o.sentence_start == m.sentence_start]
        following = next((q_starts[o.start] for o in same if o.start > m.start), m.sentence_end)
        after = _after_phrase(text, m.end, following)
        if after and not _WEAK_START.match(after):
            m.label = after
            continue
        weak.add(m.start)
        floor = max([m.sentence_start, *(o.end for o in same if o.end <= m.start)])
        before = _before_phrase(text, floor, q_starts[m.start])
        m.label = before or _line_above(text, m.sentence_start) or after
    by_start = {m.start: m for m in metrics}
    for m in metrics:
        if m.pair is not None and m.pair < m.start and m.start in weak and by_start[m.pair].label:
            m.label = by_start[m.pair].label
    neighbours = [(m, nxt) for m, nxt in zip(metrics, metrics[1:])
                  if nxt.sentence_start == m.sentence_start]
    for m, nxt in reversed(neighbours):
        if m.start in weak and nxt.label and _RUN.fullmatch(text, m.end, q_starts[nxt.start]):
            m.label = nxt.label
    for m, nxt in neighbours:  # "costs £1.2bn and £500k": nothing of its own, so the one before's
        if not nxt.label:
            nxt.label = m.label


def _after_phrase(text: str, start: int, limit: int) -> str:
    seg = re.sub(r"^[\s)*\]”’]+", "", text[start:limit])
    cut = _BOUNDARY.search(seg)
    phrase = _trim_links(_clean(seg[: cut.start()] if cut else seg))
    return phrase[:_MAX_LABEL].rsplit(" ", 1)[0] if len(phrase) > _MAX_LABEL else phrase


def _before_phrase(text: str, floor: int, start: int) -> str:
    """The last non-empty clause between `floor` and a figure, link words trimmed."""
    for piece in reversed(_BOUNDARY.split(text[floor:start])):
        phrase = _trim_links(_clean(piece))
        while (head := _LINK_HEAD.sub("", phrase)) != phrase:
            phrase = head
        if phrase:
            return phrase[-_MAX_LABEL:].split(" ", 1)[-1] if len(phrase) > _MAX_LABEL else phrase
    return ""


def _trim_links(phrase: str) -> str:
    phrase = phrase.strip(" ,;:.-–—(")
    while (shorter := _LINK_TAIL.sub("", phrase)) != phrase:
        phrase = shorter.strip(" ,;:.-–—(")
    return phrase


def _line_above(text: str, start: int) -> str:
    """For figures alone on a line (stacked chart labels): the nearest short wordy line above."""
    lines = text[max(0, start - 400):start].split("\n")
    for line in reversed(lines[1:-1][-4:]):
        words = _clean(line)
        if words and len(words) <= _MAX_LABEL and not re.search(r"\d", words):
            return words
    return ""
