"""The Streamlit UI: pure rendering/chart/client functions, then the app itself driven by
Streamlit's AppTest against the REAL service (see tests/ui_server.py)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import httpx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ui import charts, render
from ui.client import Client, ServiceError, ServiceUnavailable, clean_filters, display_url

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")
NEURO = "What have forces done on neurodiversity?"


# --- helpers ----------------------------------------------------------------------------------

_SUP = re.compile(r'<sup class="n">.*?</sup>')


def _plain(fragment: str) -> str:
    """The document text an HTML fragment shows: labels dropped, tags stripped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", _SUP.sub("", fragment)))


def _marks(fragment: str) -> list[str]:
    """The text inside each <mark>…</mark> (marks never nest)."""
    return [_plain(m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", fragment, flags=re.S)]


# --- highlighting: exact offsets --------------------------------------------------------------

DOC = ("# Durham Constabulary\n\n\nDurham's DEI Team supported in excess of 200 officers & staff <fast>.\n"
       "This activity regained money.\n\nNext\tcolumn\ttable\nrow\t38%\t65%\n\nEnd.")


def test_mark_wraps_exactly_the_document_span():
    start = DOC.index("Durham's")
    end = DOC.index("money.") + len("money.")
    text_start = 10  # the initiative is a slice of the document
    text = DOC[text_start:]
    out = render.highlight_html(text, text_start, [render.Span(start, end, "cite", "1")])
    assert _marks(out) == [DOC[start:end]]
    assert _plain(out) == text  # nothing outside the marks is lost or changed either
    assert "&lt;fast&gt;" in out and "&amp;" in out and "<fast>" not in out
    assert '<sup class="n">[1]</sup>' in out


def test_marks_clip_merge_and_emphasis_nests():
    a = DOC.index("supported")
    b = DOC.index("200")
    out = render.highlight_html(DOC, 0, [render.Span(a, b + 3, "cite", "1"), render.Span(b, b + 20, "cite", "2")],
                                [render.Span(b, b + 3)])
    assert _marks(out) == [DOC[a:b + 20]]  # overlapping citations become one mark with both labels
    assert "[1]" in out and "[2]" in out
    assert '<strong class="fig">200</strong>' in out
    # a span partly outside the shown text is clipped to it
    shown_from = DOC.index("This")
    clipped = render.highlight_html(DOC[shown_from:], shown_from, [render.Span(0, shown_from + 4)])
    assert _marks(clipped) == ["This"]


def test_no_literal_newlines_in_html_so_markdown_never_takes_over():
    out = render.highlight_html(DOC, 0, [render.Span(0, 30, "cite", "1")])
    assert "\n" not in out and "\t" not in out
    assert '<span class="pb">' in out  # paragraph breaks kept, as a styled span
    assert _plain(out) == DOC


@settings(max_examples=300, deadline=None)
@given(
    doc=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\t.é—€")), min_size=1, max_size=80),
    data=st.data(),
)
def test_highlight_is_exact_for_any_text_and_spans(doc, data):
    lo = data.draw(st.integers(0, len(doc) - 1))
    hi = data.draw(st.integers(lo + 1, len(doc)))
    pairs = data.draw(st.lists(st.tuples(st.integers(0, len(doc)), st.integers(0, len(doc))), max_size=4))
    spans = [render.Span(min(s, e), max(s, e), "cite", str(i + 1)) for i, (s, e) in enumerate(pairs)]
    out = render.highlight_html(doc[lo:hi], lo, spans)
    assert _plain(out) == doc[lo:hi]
    inside = sorted((max(s.start, lo), min(s.end, hi)) for s in spans if max(s.start, lo) < min(s.end, hi))
    merged: list[list[int]] = []
    for s, e in inside:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    assert _marks(out) == [doc[s:e] for s, e in merged]


def test_context_window_stays_in_the_paragraph_and_on_word_edges():
    start = DOC.index("200")
    ws, we = render.context_window(DOC, 0, start, start + 3, radius=40)
    assert ws <= start and start + 3 <= we
    window = DOC[ws:we]
    assert "# Durham" not in window  # the heading is another paragraph
    assert "\n\n" not in window
    assert window == window.strip()
    assert DOC[ws - 1].isspace() or ws == 0  # starts at a word
    blocks = render.context_html(DOC[5:], 5, [render.Span(start, start + 3, "cite", "4")], radius=40)
    assert len(blocks) == 1 and _marks(blocks[0]) == ["200"]
    assert '<span class="ellipsis">' in blocks[0]


def test_far_apart_citations_get_separate_windows():
    first, second = DOC.index("Durham's"), DOC.index("End.")
    blocks = render.context_html(DOC, 0, [render.Span(first, first + 8, "cite", "1"),
                                          render.Span(second, second + 4, "cite", "2")], radius=10)
    assert len(blocks) == 2
    assert [_marks(b) for b in blocks] == [["Durham's"], ["End."]]


def test_full_text_shows_tab_tables_as_tables_with_exact_cells():
    start = DOC.index("38%")
    metrics = [{"start": start, "end": start + 3}, {"start": start + 4, "end": start + 7}]
    out = render.full_text_html(DOC, 0, metrics)
    assert "<table>" in out and out.count("<tr>") == 2
    assert _marks(out) == ["38%", "65%"]
    assert "<th>Next</th>" in out
    assert "End." in out and "\n" not in out


# --- markdown, figures, cards -----------------------------------------------------------------

def test_md_escape_neutralises_markdown_and_html():
    escaped = render.md_escape("**bold** <script>alert(1)</script> [x](javascript:y) :red[z] $5\nnext")
    assert "\n" not in escaped
    unescaped_punctuation = re.sub(r"\\.", "", escaped)  # drop every backslash-escaped character
    assert not re.search(r"[*<>\[\]():$]", unescaped_punctuation)
    assert re.sub(r"\\(.)", r"\1", escaped) == "**bold** <script>alert(1)</script> [x](javascript:y) :red[z] $5 next"


def test_figure_text_is_compact():
    figure, label = render.figure_text({"text": "200", "qualifier": "in excess of",
                                        "label": "officers and staff across various strands of DEI and much more text"})
    assert figure == "over 200"
    assert label.endswith("…") and len(label) <= 57
    assert render.figure_text({"text": "38%", "qualifier": None, "label": "x"}) == ("38%", "x")


def test_key_metrics_prefer_cited_then_paired():
    metrics = [{"start": 0, "end": 2, "pair_role": None, "row": None}, {"start": 10, "end": 12, "pair_role": "after", "row": None},
               {"start": 20, "end": 22, "pair_role": None, "row": None}, {"start": 30, "end": 32, "pair_role": None, "row": "r"}]
    ranked = render.key_metrics(metrics, cited=[(18, 25)], limit=3)
    assert [m["start"] for m in ranked] == [20, 10, 0]


def test_answer_cards_group_citations_by_initiative_in_citation_order():
    response = {
        "answer": "x [1] [2] y [3]",
        "citations": [{"n": 2, "initiative_id": "a", "doc_id": "d", "start": 5, "end": 9, "text": "t"},
                      {"n": 1, "initiative_id": "a", "doc_id": "d", "start": 0, "end": 4, "text": "t"},
                      {"n": 3, "initiative_id": "b", "doc_id": "d", "start": 20, "end": 24, "text": "t"}],
        "results": [{"id": "a", "title": "A", "forces": ["Kent Police"]}, {"id": "b", "title": "B", "forces": []}],
    }
    cards = render.answer_cards(response)
    assert [c.initiative_id for c in cards] == ["a", "b"]
    assert cards[0].numbers == [1, 2] and cards[1].numbers == [3]
    assert cards[0].result["title"] == "A"
    assert render.answer_markers(response["answer"]) == [1, 2, 3]
    linked = render.link_markers("a [1] b [12]", "c3")
    assert "[\\[1\\]](#c3-1)" in linked and "[\\[12\\]](#c3-12)" in linked


def test_who_and_partners():
    assert render.who({"forces": ["A", "B", "C"]}) == "A, B and C"
    assert render.who({"forces": [], "organisations": ["Police Now"]}) == "Police Now"
    assert render.partners({"forces": ["A"], "organisations": ["Uni"]}) == ["Uni"]
    assert render.partners({"forces": [], "organisations": ["Uni"]}) == []


def test_filter_summary_and_client_filters():
    filters = {"forces": ["Kent Police"], "themes": ["A > B"], "docs": ["d.txt"], "has_metrics": True,
               "regions": ["Wales"], "evidence": ["evaluated locally"]}
    assert render.filter_summary(filters, {"d.txt": "Doc"}) == [
        ("forces", "Kent Police", "Kent Police"), ("themes", "A > B", "A › B"), ("docs", "d.txt", "Doc"),
        ("regions", "Wales", "Wales"), ("evidence", "evaluated locally", "Evaluated locally"),
        ("has_metrics", "yes", "With reported figures")]
    assert clean_filters({"forces": [], "themes": ["t"], "has_metrics": False}) == {"themes": ["t"]}
    assert clean_filters({"regions": ["Wales"], "evidence": []}) == {"regions": ["Wales"]}


def test_history_is_the_questions_and_answers_so_far():
    messages = [{"role": "user", "content": "q1"}, {"role": "assistant", "response": {"answer": "a1"}},
                {"role": "user", "content": "q2"}, {"role": "assistant", "error": "down"},
                {"role": "user", "content": "q3"}, {"role": "assistant", "response": {"answer": "x" * 5000}}]
    assert render.history(messages) == [
        {"role": "user", "content": "q1"}, {"role": "assistant", "content": "a1"},
        {"role": "user", "content": "q3"}, {"role": "assistant", "content": "x" * 4000}]
    assert len(render.history(messages, limit=2)) == 2


def test_metrics_frame_drops_empty_columns():
    frame = render.metrics_frame([{"start": 1, "end": 3, "text": "38%", "label": "completion", "qualifier": None,
                                   "pair_role": "before", "row": None, "column": None, "value": 38.0, "unit": "%"}])
    assert list(frame.columns) == ["Figure", "What it measures", "Before/after", "Value", "Unit"]


ROWS = [
    {"id": "1", "title": "Stop search panel", "forces": ["Kent Police"], "organisations": [], "theme": "T > A",
     "doc_id": "a.txt", "metrics": 2, "evidence": "evaluated locally", "regions": ["South East"]},
    {"id": "2", "title": "Mentoring", "forces": ["Essex Police", "Kent Police"], "organisations": ["Uni"],
     "theme": "T > B", "doc_id": "b.txt", "metrics": 0, "evidence": "untested", "regions": ["Eastern", "South East"]},
    {"id": "3", "title": "Graduates", "forces": [], "organisations": ["Police Now"], "theme": "T > B",
     "doc_id": "b.txt", "metrics": 5, "outcome_metrics": 0, "evidence": "independently evaluated", "regions": []},
]


def test_browse_frame_filters_and_csv():
    frame = render.browse_frame(ROWS, {"a.txt": "Doc A", "b.txt": "Doc B"})
    assert list(frame[render.BROWSE_COLUMNS].columns) == ["Force(s)", "Title", "Theme", "Document", "Figures",
                                                          "Evidence"]
    assert frame.loc[1, "Force(s)"] == "Essex Police; Kent Police" and frame.loc[2, "Force(s)"] == "Police Now"
    assert render.short_titles({"a": "Strategy: Part 1", "b": "Police Now: X", "c": "Police Now: Y"}) == {
        "a": "Strategy", "b": "Police Now: X", "c": "Police Now: Y"}
    assert len(render.filter_browse(frame, {"forces": ["Kent Police"]})) == 2
    assert list(render.filter_browse(frame, {"has_metrics": True})["id"]) == ["1"]  # background figures only: no
    assert list(render.filter_browse(frame, {"evidence": ["independently evaluated"]})["id"]) == ["3"]
    assert list(render.filter_browse(frame, {"regions": ["Eastern"]})["id"]) == ["2"]
    assert list(render.filter_browse(frame, {"docs": ["a.txt"]})["id"]) == ["1"]
    assert list(render.filter_browse(frame, {}, "kent mentor")["id"]) == ["2"]
    csv = render.browse_csv(frame).decode("utf-8-sig")
    header = csv.splitlines()[0]
    assert header == ("Forces,Partners,Regions,Title,Theme,Document,Reported figures,Stage of evidence,"
                      "Initiative id,Document file")
    assert len(pd.read_csv(__import__("io").StringIO(csv))) == 3


# --- charts -----------------------------------------------------------------------------------

def _m(start, text, value, unit="%", **extra):
    base = {"start": start, "end": start + len(text), "text": text, "value": value, "unit": unit, "label": "",
            "pair_role": None, "pair": None, "row": None, "column": None}
    return {**base, **extra}


def test_forces_frame_counts_initiatives_per_force():
    frame = charts.forces_frame([{"forces": ["A", "B"], "title": "x"}, {"forces": ["B"], "title": "y"},
                                 {"forces": [], "organisations": ["Org"], "title": "z"}])
    assert frame[["force", "initiatives"]].values.tolist() == [["B", 2], ["A", 1], ["Org", 1]]
    assert charts.forces_chart([]) is None
    assert charts.forces_chart([{"forces": ["A"], "title": "x"}]).to_dict()["data"]


def test_before_after_pairs():
    metrics = [_m(10, "38%", 38.0, label="the completion of assessments", pair_role="before", pair=20),
               _m(20, "65%", 65.0, label="the completion of assessments", pair_role="after", pair=10)]
    (comparison,) = charts.comparisons(metrics)
    assert comparison.kind == "pair" and comparison.title == "The completion of assessments"
    assert comparison.frame[["series", "text"]].values.tolist() == [["Before", "38%"], ["After", "65%"]]
    assert charts.comparison_chart(comparison).to_dict()


def test_table_with_before_and_after_rows_becomes_change_per_category():
    metrics = [
        _m(0, "100", 100.0, "count", row="Police Now / Before", column="Burglary"),
        _m(5, "80", 80.0, "count", row="Police Now / After", column="Burglary"),
        _m(9, "50", 50.0, "count", row="Non Police Now / Before", column="Burglary"),
        _m(12, "60", 60.0, "count", row="Non Police Now / After", column="Burglary"),
        _m(15, "-20%", -20.0, row="Difference / Police Now", column="Burglary"),
        _m(20, "900", 900.0, "count", row="Police Now / Before", column="Total"),
        _m(25, "800", 800.0, "count", row="Police Now / After", column="Total"),
    ]
    (comparison,) = charts.comparisons(metrics)
    assert comparison.kind == "change"
    changes = {r.series: round(r.change, 3) for r in comparison.frame.itertuples()}
    assert changes == {"Police Now": -0.2, "Non Police Now": 0.2}  # derived rows and totals left out
    spec = charts.comparison_chart(comparison).to_dict()
    assert spec["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["Police Now", "Non Police Now"]


def test_table_without_phases_is_side_by_side_per_row():
    metrics = [
        _m(0, "1 in 5", 0.2, "ratio", row="Accident rate", column="General public"),
        _m(7, "1 in 19", 0.0526, "ratio", row="Accident rate", column="Pathfinder graduates"),
        _m(15, "75%", 75.0, row="Accident rate", column="Results of participation"),
        _m(20, "46%", 46.0, row="Pass rate", column="General public"),
        _m(25, "63%", 63.0, row="Pass rate", column="Pathfinder graduates"),
    ]
    found = charts.comparisons(metrics)
    assert [(c.kind, c.title) for c in found] == [("table", "Accident rate"), ("table", "Pass rate")]
    assert found[0].frame["text"].tolist() == ["1 in 5", "1 in 19"]


def test_no_chart_without_comparable_figures():
    assert charts.comparisons([_m(0, "200", 200.0, "count")]) == []


# --- client -----------------------------------------------------------------------------------

def test_client_sends_the_key_and_never_shows_it():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["key"] = request.headers.get("x-api-key")
        seen["body"] = json.loads(request.content or b"{}")
        if request.url.path == "/initiatives/x":
            return httpx.Response(401, json={"error": {"code": "unauthorized", "message": "bad key"}})
        return httpx.Response(200, json={"answer": "", "citations": [], "results": []})

    client = Client("http://user:pw@api.example:9000", api_key="s3cret-key", transport=httpx.MockTransport(handler))
    client.ask("q", {"forces": ["Kent Police"], "themes": []})
    assert seen["key"] == "s3cret-key"
    assert seen["body"] == {"question": "q", "top_k": 8, "filters": {"forces": ["Kent Police"]}}
    with pytest.raises(ServiceError) as error:
        client.initiative("x")
    assert "GPSEARCH_API_KEY" in error.value.message
    for text in (error.value.message, repr(client), client.url, client.unavailable_message()):
        assert "s3cret-key" not in text and "pw" not in text
    assert display_url("http://user:pw@h:1/") == "http://h:1"


def test_client_unreachable_and_error_messages():
    client = Client(f"http://127.0.0.1:{_closed_port()}", api_key="")
    with pytest.raises(ServiceUnavailable) as error:
        client.health()
    assert "make run" in error.value.message and "gpsearch serve" in error.value.message

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"error": {"code": "unknown_filter_value", "message": "unknown forces: X"}})

    with pytest.raises(ServiceError) as error:
        Client("http://h", api_key="", transport=httpx.MockTransport(handler)).search("q", {"forces": ["X"]})
    assert error.value.message == "unknown forces: X" and error.value.status == 422


def _closed_port() -> int:
    from ui_server import closed_port

    return closed_port()


# --- the app (AppTest) against the real service -----------------------------------------------



@pytest.fixture(scope="module")
def svc(request):
    from ui_server import service

    return service(request.config)


@pytest.fixture
def app(svc, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GPSEARCH_API_URL", svc.url)
    monkeypatch.setenv("GPSEARCH_API_KEY", svc.api_key)
    return AppTest.from_file(APP, default_timeout=90)


def _ask(at, question: str):
    at.chat_input(key="chat").set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _all_text(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [i.value for i in at.info] + [b.label for b in at.button]
    return "\n".join(str(p) for p in parts)


def _assistant(at, index: int = -1) -> dict:
    return [m for m in at.session_state["messages"] if m["role"] == "assistant"][index]


@pytest.mark.slow
def test_ask_renders_answer_with_markers_and_citation_cards(app, svc):
    at = app.run()
    assert not at.exception
    _ask(at, NEURO)
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    response = _assistant(at)["response"]
    answer_md = next(m.value for m in at.markdown if "match your question" in m.value)
    assert re.search(r"\\\[\d+\\\]", answer_md)  # the [n] markers, each a link to its card
    assert render.answer_markers(response["answer"]) == [c["n"] for c in response["citations"]]
    cards = render.answer_cards(response)
    headers = [m.value for m in at.markdown if m.value.startswith(":orange-badge[")]
    assert len(headers) == len(cards) >= 3
    assert any("Hampshire and Isle of Wight Constabulary" in h for h in headers)
    # every citation's exact text is highlighted in a passage shown under the answer
    passages = [m.value for m in at.markdown if m.value.startswith('<div class="passage">')]
    marked = [text for p in passages for text in _marks(p)]
    for citation in response["citations"]:
        assert any(citation["text"] in text for text in marked), citation
    assert at.feedback(key="fb-1") is not None
    assert not svc.api_key or svc.api_key not in _all_text(at)


@pytest.mark.slow
def test_sidebar_force_filter_is_sent_shown_and_kept_for_follow_ups(app):
    at = app.run()
    at.sidebar.multiselect(key="f_forces").set_value(["Kent Police"]).run()
    _ask(at, "How are forces supporting neurodivergent staff?")
    first = _assistant(at)
    assert first["filters"]["forces"] == ["Kent Police"]
    assert first["response"]["results"]
    assert all("Kent Police" in r["forces"] for r in first["response"]["results"])
    assert any(b.label == "Kent Police" for b in at.button)  # the active filter, removable
    _ask(at, "What about recruitment?")
    second = _assistant(at)
    assert second["filters"]["forces"] == ["Kent Police"]
    assert all("Kent Police" in r["forces"] for r in second["response"]["results"])
    # removing the chip removes the filter
    next(b for b in at.button if b.label == "Kent Police").click().run()
    assert at.sidebar.multiselect(key="f_forces").value == []
    assert not any(b.label == "Kent Police" for b in at.button)


@pytest.mark.slow
def test_no_results_offers_to_remove_filters(app):
    at = app.run()
    at.sidebar.multiselect(key="f_forces").set_value(["Kent Police"])
    at.sidebar.multiselect(key="f_themes").set_value(["Roads policing"]).run()
    _ask(at, "stop and search scrutiny")
    assert not _assistant(at)["response"]["results"]
    text = _all_text(at)
    assert "No initiatives match this question with the filters you set" in text
    at.button(key="nofilter-1").click().run()
    assert not at.exception
    assert at.sidebar.multiselect(key="f_forces").value == [] and at.sidebar.multiselect(key="f_themes").value == []
    assert _assistant(at)["response"]["results"]  # asked again, without filters


@pytest.mark.slow
def test_open_initiative_shows_text_metrics_chart_and_comparables(app, svc):
    rows = svc.get("/initiatives")["initiatives"]
    eia = next(r for r in rows if r["title"] == "Equality Impact Assessments")
    at = app
    at.query_params["initiative"] = eia["id"]
    at.run()
    assert not at.exception
    assert any(m.value == "### Equality Impact Assessments" for m in at.markdown)
    full = next(m.value for m in at.markdown if m.value.startswith('<div class="fulltext">'))
    record = svc.get(f"/initiatives/{eia['id']}")
    assert set(_marks(full)) == {m["text"] for m in record["metrics"]}
    assert _plain(full) .replace("\n", "") .startswith(record["text"][:40])
    table = at.dataframe[0].value
    assert {"38%", "65%"} <= set(table["Figure"])
    assert at.get("vega_lite_chart")  # the before/after chart
    similar = [b for b in at.button if b.key and b.key.startswith("simopen-")]
    assert similar and eia["id"] not in {b.key for b in similar}
    similar[0].click().run()
    assert at.session_state["open_stack"][-1] == similar[0].key.removeprefix("simopen-")
    at.button(key="back").click().run()
    assert at.session_state["open_stack"] == [eia["id"]]


@pytest.mark.slow
def test_open_from_a_citation_card(app):
    at = app.run()
    _ask(at, NEURO)
    opener = next(b for b in at.button if b.key and b.key.startswith("open-1-"))
    opener.click().run()
    assert not at.exception
    assert at.session_state["open_stack"] == [opener.key.removeprefix("open-1-")]
    assert any(m.value.startswith('<div class="fulltext">') for m in at.markdown)
    at.button(key="back").click().run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]  # the conversation is still there


@pytest.mark.slow
def test_browse_table_lists_every_initiative_with_csv(app, svc):
    total = svc.get("/health")["initiatives"]
    at = app.run()
    at.sidebar.segmented_control(key="nav").set_value("Browse").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == total
    assert list(table.columns) == ["Force(s)", "Title", "Theme", "Document", "Figures"]
    assert at.download_button(key="download_csv")
    at.text_input(key="browse_text").input("neurodiversity").run()
    narrowed = at.dataframe[0].value
    assert 0 < len(narrowed) < total
    at.text_input(key="browse_text").input("").run()
    at.sidebar.checkbox(key="f_has_metrics").check().run()
    with_figures = at.dataframe[0].value
    assert 0 < len(with_figures) < total and (with_figures["Figures"] > 0).all()


@pytest.mark.slow
def test_feedback_is_posted_with_comment(app, svc):
    at = app.run()
    _ask(at, NEURO)
    at.feedback(key="fb-1").set_value(0).run()
    comment = "ui-test: missing Kent"
    at.text_input(key="fbc-1").input(comment).run()
    at.button(key="fbs-1").click().run()
    assert not at.exception
    assert "Thanks — your feedback was sent." in _all_text(at)
    stored = svc.get("/feedback?limit=20")["feedback"]
    assert any(f["comment"] == comment and f["rating"] == "down" and f["question"] == NEURO for f in stored)


@pytest.mark.slow
def test_service_unreachable_says_how_to_start_it(monkeypatch):
    from streamlit.testing.v1 import AppTest

    from ui_server import closed_port

    monkeypatch.setenv("GPSEARCH_API_URL", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("GPSEARCH_API_KEY", "never-shown-key")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    message = at.error[0].value
    assert "not reachable" in message and "make run" in message and "gpsearch serve" in message
    text = _all_text(at)
    assert "Traceback" not in text and "never-shown-key" not in text


@pytest.mark.slow
def test_wrong_api_key_is_explained_and_not_shown(svc, monkeypatch):
    from streamlit.testing.v1 import AppTest

    if not svc.api_key:
        pytest.skip("the reused service (GPSEARCH_UI_TEST_SERVICE) does not require an API key")

    monkeypatch.setenv("GPSEARCH_API_URL", svc.url)
    monkeypatch.setenv("GPSEARCH_API_KEY", "wrong-key-123")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "GPSEARCH_API_KEY" in at.error[0].value
    assert "wrong-key-123" not in _all_text(at) and svc.api_key not in _all_text(at)
    assert "Traceback" not in _all_text(at)


@pytest.mark.slow
def test_service_lost_mid_conversation_is_a_message_in_the_chat(app, monkeypatch):
    from ui_server import closed_port

    at = app.run()  # filters loaded from the live service
    monkeypatch.setenv("GPSEARCH_API_URL", f"http://127.0.0.1:{closed_port()}")
    _ask(at, NEURO)
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert any("not reachable" in e.value and "make run" in e.value for e in at.error)


def test_markdown_bold_markers_are_hidden_but_kept_exactly():
    doc = "Intro. **Since inception, 1600 colleagues were supported.** After __that__."
    start = doc.index("**Since")
    out = render.highlight_html(doc, 0, [render.Span(start, start + 30, "cite", "1")])
    assert _plain(out) == doc  # the markers are still there for exactness...
    assert out.count('<span class="mk">') == 4  # ...each inside a span the stylesheet hides
    assert "**" not in re.sub(r'<span class="mk">[*_]{2}</span>', "", out)
    css = (Path(APP).parent / "style.css").read_text(encoding="utf-8")
    assert ".mk { display: none; }" in css
