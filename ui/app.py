"""gpsearch chat UI (Streamlit): ask a question, check every claim against its passage in one
click, browse every initiative, add and remove documents. Talks to the API over HTTP only
(ui/client.py).

Run: `streamlit run ui/app.py` (GPSEARCH_API_URL, default http://127.0.0.1:8000), or `make run`.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run ui/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from ui import charts, render
from ui.client import Client, ServiceError, ServiceUnavailable
from ui.documents import documents_view

EXAMPLES = [
    "What have forces done on neurodiversity?",
    "How are forces making stop and search more accountable?",
    "Which initiatives reduced anti-social behaviour?",
    "How are forces recruiting from under-represented groups?",
]
VIEWS = {"chat": "Chat", "browse": "Browse", "documents": "Documents"}  # ?view= -> page
FILTER_KEYS = {"forces": "f_forces", "regions": "f_regions", "themes": "f_themes", "docs": "f_docs",
               "evidence": "f_evidence", "has_metrics": "f_has_metrics"}
EVIDENCE_STAGES = ["independently evaluated", "evaluated locally", "untested"]
CSS = (Path(__file__).resolve().parent / "style.css").read_text(encoding="utf-8")


# --- state ------------------------------------------------------------------------------------

def _init_state() -> None:
    defaults = {"messages": [], "open_stack": [], "open_tab": "text", "records": {}, "similar": {},
                "f_forces": [], "f_regions": [], "f_themes": [], "f_docs": [], "f_evidence": [],
                "f_has_metrics": False, "nav": "Chat"}
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)
    if "initiative" in st.query_params and not st.session_state.open_stack and not st.session_state.get("_deep"):
        st.session_state._deep = True
        st.session_state.open_stack = [st.query_params["initiative"]]
    view = st.query_params.get("view")
    if view in VIEWS and not st.session_state.get("_deep_view"):
        st.session_state._deep_view = True
        st.session_state.nav = VIEWS[view]


def current_filters() -> dict:
    return {
        "forces": list(st.session_state.f_forces), "regions": list(st.session_state.f_regions),
        "themes": list(st.session_state.f_themes), "docs": list(st.session_state.f_docs),
        "evidence": list(st.session_state.f_evidence), "has_metrics": bool(st.session_state.f_has_metrics),
    }


def _remove_filter(kind: str, value: str) -> None:
    if kind == "has_metrics":
        st.session_state.f_has_metrics = False
    else:
        key = FILTER_KEYS[kind]
        st.session_state[key] = [v for v in st.session_state[key] if v != value]


def _clear_filters() -> None:
    for kind, key in FILTER_KEYS.items():
        st.session_state[key] = False if kind == "has_metrics" else []


def _ask(question: str, without_filters: bool = False) -> None:
    if without_filters:
        _clear_filters()
    st.session_state.pending = question
    st.session_state.nav = "Chat"
    st.session_state.open_stack = []


def _open(initiative_id: str, tab: str = "text") -> None:
    st.session_state.open_stack = [*st.session_state.open_stack, initiative_id]
    st.session_state.open_tab = tab
    st.query_params["initiative"] = initiative_id


def _back() -> None:
    st.session_state.open_stack = st.session_state.open_stack[:-1]
    if st.session_state.open_stack:
        st.query_params["initiative"] = st.session_state.open_stack[-1]
    else:
        st.query_params.pop("initiative", None)


def _nav_changed() -> None:
    st.session_state.open_stack = []
    st.query_params.pop("initiative", None)
    st.query_params["view"] = (st.session_state.nav or "Chat").lower()


def _new_conversation() -> None:
    """Forget the conversation: the next question is read on its own."""
    st.session_state.messages = []


# --- data (cached in the session) ---------------------------------------------------------------

def facets(client: Client) -> dict:
    if "facets" not in st.session_state:
        documents = client.documents()
        forces = client.forces()
        st.session_state.facets = {
            "forces": [f["name"] for f in forces],
            "regions": sorted({f["region"] for f in forces if f.get("region")}),
            "themes": [t["name"] for t in client.themes()],
            "docs": [d["doc_id"] for d in documents],
            "doc_titles": {d["doc_id"]: d.get("title") or d["doc_id"] for d in documents},
            "health": client.health(),
        }
    return st.session_state.facets


def record(client: Client, initiative_id: str) -> dict | None:
    """The full initiative (text, all metrics), or None if it cannot be fetched."""
    records = st.session_state.records
    if initiative_id not in records:
        try:
            records[initiative_id] = client.initiative(initiative_id)
        except ServiceUnavailable:
            raise
        except ServiceError:
            return None
    return records[initiative_id]


# --- page parts -------------------------------------------------------------------------------

def sidebar(client: Client, facet: dict) -> None:
    with st.sidebar:
        st.markdown("### gpsearch")
        st.caption("Good practice from UK policing documents, every claim linked to its source.")
        st.segmented_control("View", list(VIEWS.values()), key="nav", required=True, on_change=_nav_changed,
                             label_visibility="collapsed")
        st.markdown("**Filters**")
        st.multiselect("Forces", facet["forces"], key="f_forces", placeholder="All forces")
        st.multiselect("Regions", facet.get("regions") or [], key="f_regions", placeholder="All regions")
        st.multiselect("Themes", facet["themes"], key="f_themes", format_func=render.theme_label,
                       placeholder="All themes")
        st.multiselect("Documents", facet["docs"], key="f_docs", placeholder="All documents",
                       format_func=lambda d: facet["doc_titles"].get(d, d))
        st.multiselect("Evidence", EVIDENCE_STAGES, key="f_evidence", placeholder="Any stage of evidence",
                       format_func=str.capitalize)
        st.checkbox("Only initiatives with reported figures", key="f_has_metrics")
        if any(current_filters().values()):
            st.button("Clear all filters", on_click=_clear_filters, icon=":material/filter_alt_off:",
                      type="tertiary", key="clear_filters_sidebar")
        st.divider()
        if st.session_state.nav == "Chat" and st.session_state.messages:
            st.button("New conversation", on_click=_new_conversation, icon=":material/add_comment:",
                      key="new_conversation")
        health = facet.get("health") or {}
        st.caption(f"Connected to {render.md_escape(client.url.split('://', 1)[-1])} · {health.get('documents', '?')} documents · "
                   f"{health.get('initiatives', '?')} initiatives")


def filter_chips(facet: dict, key: str = "chips") -> None:
    """The active filters, each removable with one click."""
    active = render.filter_summary(current_filters(), facet["doc_titles"])
    if not active:
        return
    with st.container(horizontal=True, key=key, vertical_alignment="center", gap="small"):
        st.caption("Filtered by", width="content")
        for kind, value, label in active:
            st.button(label, key=f"{key}-rm-{kind}-{value}", icon=":material/close:", icon_position="right",
                      on_click=_remove_filter, args=(kind, value), help="Remove this filter")
        st.button("Clear all", key=f"{key}-clear", on_click=_clear_filters, type="tertiary")


def figures_line(metrics: list[dict], key: str) -> None:
    if not metrics:
        return
    parts = []
    for m in metrics:
        figure, label = render.figure_text(m)
        parts.append(f":blue-badge[{render.md_escape(figure)}] {render.md_escape(label)}")
    with st.container(key=key):
        st.markdown(" &nbsp; ".join(parts))


def citation_card(client: Client, card: render.Card, idx: int) -> None:
    result = card.result
    full = record(client, card.initiative_id)
    base = full or result
    with st.container(border=True, key=f"card-{idx}-{card.initiative_id}"):
        anchors = "".join(f'<div id="c{idx}-{n}" class="anchor"></div>' for n in card.numbers)
        st.markdown(anchors, unsafe_allow_html=True)
        badges = " ".join(f":orange-badge[{n}]" for n in card.numbers)
        title = render.md_escape(base.get("title") or "Untitled initiative")
        elsewhere = " :red-badge[Elsewhere]" if result.get("elsewhere") else ""
        st.markdown(f"{badges} **{render.md_escape(render.who(base))}** — {title} "
                    f"{render.evidence_badge(base)}{elsewhere}")
        meta = [render.theme_label(base.get("theme", ""))]
        if full:
            meta.append(full.get("document_title") or full.get("doc_id", ""))
        else:
            meta.append(base.get("doc_id", ""))
        if render.partners(base):
            meta.append("with " + ", ".join(render.partners(base)))
        st.caption(" · ".join(render.md_escape(m) for m in meta if m))
        cited = [(int(c["start"]), int(c["end"])) for c in card.citations]
        metrics = (full or result).get("metrics") or []
        figures_line(render.key_metrics(metrics, cited), key=f"figs-{idx}-{card.initiative_id}")
        if full:
            blocks = render.context_html(full["text"], int(full["start"]), render.citation_spans(card),
                                         render.metric_spans(full.get("metrics") or []))
        else:
            blocks = [f'<div class="passage">{render.highlight_html(c["text"], int(c["start"]), [s])}</div>'
                      for c, s in zip(card.citations, render.citation_spans(card))]
        st.markdown("".join(blocks), unsafe_allow_html=True)
        with st.container(horizontal=True, gap="small"):
            st.button("Open", key=f"open-{idx}-{card.initiative_id}", on_click=_open, args=(card.initiative_id,),
                      icon=":material/article:", type="tertiary", help="The whole initiative with its figures")
            st.button("Comparable initiatives", key=f"sim-{idx}-{card.initiative_id}", on_click=_open,
                      args=(card.initiative_id, "similar"), icon=":material/compare_arrows:", type="tertiary")


def no_results(msg: dict, idx: int) -> None:
    filters = render.filter_summary(msg.get("filters") or {})
    if filters:
        st.markdown("**No initiatives match this question with the filters you set.**")
        st.caption("Filters: " + render.md_escape(", ".join(label for _, _, label in filters)))
        st.button("Remove the filters and ask again", key=f"nofilter-{idx}", icon=":material/filter_alt_off:",
                  on_click=_ask, args=(msg["question"], True))
    else:
        st.markdown("**No initiatives match this question.** Try other words, or a broader question.")
    related = msg.get("related") or []
    if related:
        st.caption("Related searches across all documents:")
        with st.container(horizontal=True, gap="small"):
            for j, title in enumerate(related):
                st.button(title, key=f"related-{idx}-{j}", on_click=_ask, args=(title, True),
                          icon=":material/search:")
    elif not filters:
        st.caption("For example:")
        with st.container(horizontal=True, gap="small"):
            for j, example in enumerate(EXAMPLES[:3]):
                st.button(example, key=f"example-{idx}-{j}", on_click=_ask, args=(example,), type="tertiary")


def _send_feedback(idx: int) -> None:
    msg = st.session_state.messages[idx]
    rating = "up" if st.session_state.get(f"fb-{idx}") == 1 else "down"
    try:
        Client().feedback(msg["question"], msg["response"].get("answer", ""), rating,
                          st.session_state.get(f"fbc-{idx}", "") or "", msg.get("filters"))
        msg["feedback_sent"] = rating
        msg.pop("feedback_error", None)
    except ServiceError as exc:
        msg["feedback_error"] = exc.message


def feedback(msg: dict, idx: int) -> None:
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        st.caption("Was this answer useful?", width="content")
        choice = st.feedback("thumbs", key=f"fb-{idx}", disabled=bool(msg.get("feedback_sent")))
    if msg.get("feedback_sent"):
        st.caption("Thanks — your feedback was sent.")
        return
    if choice is not None:
        with st.container(horizontal=True, vertical_alignment="bottom", gap="small"):
            st.text_input("Comment (optional)", key=f"fbc-{idx}", max_chars=2000,
                          placeholder="What was missing or wrong?" if choice == 0 else "What helped?")
            st.button("Send feedback", key=f"fbs-{idx}", on_click=_send_feedback, args=(idx,), type="primary")
    if msg.get("feedback_error"):
        st.error(msg["feedback_error"])


def assistant_message(client: Client, msg: dict, idx: int) -> None:
    if msg.get("error"):
        (st.error if msg.get("unreachable") else st.warning)(msg["error"], icon=":material/error:")
        return
    response = msg["response"]
    results = response.get("results") or []
    if not results:
        no_results(msg, idx)
        return
    standalone = response.get("standalone")
    if standalone and standalone != msg.get("question"):
        st.caption(f"Answering: {render.md_escape(standalone)}")
    cards = render.answer_cards(response)
    chart = charts.forces_chart(results)
    left, right = st.columns([3, 2], gap="medium") if chart is not None else (st.container(), None)
    with left:
        st.markdown(render.link_markers(response.get("answer", ""), f"c{idx}"))
    if right is not None:
        with right:
            st.caption("Initiatives per force")
            st.altair_chart(chart, width="stretch")
    active = render.filter_summary(msg.get("filters") or {}, st.session_state.get("facets", {}).get("doc_titles"))
    meta = [f"{len(cards)} initiative{'s' if len(cards) != 1 else ''} cited",
            f"{response.get('total', len(results))} matched"]
    if active:
        meta.append("filtered by " + ", ".join(label for _, _, label in active))
    if response.get("mode") == "llm":
        meta.append("written by a language model from the cited passages")
    st.caption(render.md_escape(" · ".join(meta)))
    for card in cards:
        citation_card(client, card, idx)
    feedback(msg, idx)


def ask(client: Client, question: str, history: list[dict]) -> dict:
    filters = current_filters()
    msg: dict = {"role": "assistant", "question": question, "filters": filters}
    try:
        response = client.ask(question, filters, history=history)
        msg["response"] = response
        if not response.get("results"):
            if render.filter_summary(filters):
                unfiltered = client.search(question, None, top_k=4).get("results", [])
                msg["related"] = list(dict.fromkeys(r["title"] for r in unfiltered if r.get("title")))[:4]
        else:
            for card in render.answer_cards(response):
                record(client, card.initiative_id)
    except ServiceUnavailable as exc:
        msg.update(error=exc.message, unreachable=True)
    except ServiceError as exc:
        msg.update(error=exc.message)
    return msg


def chat_view(client: Client, facet: dict) -> None:
    messages = st.session_state.messages
    question = st.chat_input("Ask a question, e.g. what have forces done on neurodiversity?", key="chat",
                             max_chars=1000)
    question = question or st.session_state.pop("pending", None)
    if not messages and not question:
        st.markdown("## Ask about policing good practice")
        st.markdown("Ask what forces have done on a topic. Every line of the answer cites the passage it "
                    "comes from, shown underneath with the figures the document reports.")
        with st.container(horizontal=True, gap="small"):
            for j, example in enumerate(EXAMPLES):
                st.button(example, key=f"welcome-{j}", on_click=_ask, args=(example,))
    for idx, msg in enumerate(messages):
        with st.chat_message(msg["role"]):
            if msg["role"] == "user":
                st.markdown(render.md_escape(msg["content"]))
            else:
                assistant_message(client, msg, idx)
    if question and str(question).strip():
        question = str(question).strip()
        history = render.history(messages)
        messages.append({"role": "user", "content": question})
        with st.chat_message("user"):
            st.markdown(render.md_escape(question))
        with st.chat_message("assistant"):
            with st.spinner("Searching the documents…"):
                msg = ask(client, question, history)
            messages.append(msg)
            assistant_message(client, msg, len(messages) - 1)
    filter_chips(facet)  # last, so the active filters sit just above the question box


def similar_card(client: Client, result: dict) -> None:
    with st.container(border=True, key=f"sim-{result['id']}"):
        st.markdown(f"**{render.md_escape(render.who(result))}** — {render.md_escape(result.get('title', ''))}")
        doc = st.session_state.get("facets", {}).get("doc_titles", {}).get(result.get("doc_id", ""), result.get("doc_id", ""))
        st.caption(" · ".join(render.md_escape(x) for x in (render.theme_label(result.get("theme", "")), doc) if x))
        figures_line(render.key_metrics(result.get("metrics") or [], limit=2), key=f"figs-sim-{result['id']}")
        passages = result.get("passages") or []
        if passages:
            p = passages[0]
            st.markdown(f'<div class="passage">{render.highlight_html(p["text"], int(p["start"]))}</div>',
                        unsafe_allow_html=True)
        st.button("Open", key=f"simopen-{result['id']}", on_click=_open, args=(result["id"],),
                  icon=":material/article:", type="tertiary")


def initiative_view(client: Client, initiative_id: str) -> None:
    back = "Back to the initiative" if len(st.session_state.open_stack) > 1 else f"Back to {st.session_state.nav.lower()}"
    st.button(back, on_click=_back, icon=":material/arrow_back:", type="tertiary", key="back")
    with st.spinner("Loading the initiative…"):
        full = record(client, initiative_id)
    if full is None:
        st.warning("This initiative is not in the index any more (the documents may have been re-ingested). "
                   "Go back and search again.")
        return
    st.markdown(f"### {render.md_escape(full.get('title') or 'Untitled initiative')}")
    line = f"**{render.md_escape(render.who(full))}**"
    if render.partners(full):
        line += " with " + render.md_escape(", ".join(render.partners(full)))
    st.markdown(f"{line} {render.evidence_badge(full)}")
    doc = full.get("document") or {}
    meta = [render.theme_label(full.get("theme", "")), doc.get("title") or full.get("doc_id", ""),
            doc.get("publisher", ""), doc.get("date", "")]
    st.caption(" · ".join(render.md_escape(m) for m in dict.fromkeys(meta) if m))
    basis = (full.get("evidence") or {}).get("basis")
    if basis:
        st.caption("Why this stage of evidence")
        mark = render.Span(int(basis["start"]), int(basis["end"]), "cite")
        st.markdown(f'<div class="passage">{render.highlight_html(basis["text"], int(basis["start"]), [mark])}</div>',
                    unsafe_allow_html=True)
    metrics = full.get("metrics") or []
    tabs = ["Text and figures", "Comparable initiatives"]
    text_tab, similar_tab = st.tabs(tabs, default=tabs[1] if st.session_state.open_tab == "similar" else tabs[0],
                                    key=f"tabs-{initiative_id}")
    with text_tab:
        found = charts.comparisons(metrics)
        wide = [c for c in found if c.kind == "change"]
        small = [c for c in found if c.kind != "change"][:6]
        for comparison in wide:
            st.altair_chart(charts.comparison_chart(comparison), width="stretch")
        for row in range(0, len(small), 3):
            for column, comparison in zip(st.columns(3, gap="medium"), small[row:row + 3]):
                with column:
                    st.altair_chart(charts.comparison_chart(comparison), width="stretch")
        left, right = st.columns([3, 2], gap="medium") if metrics else (st.container(), None)
        with left:
            st.caption("Full text" + (" — reported figures highlighted" if metrics else ""))
            with st.container(height=560 if len(full.get("text", "")) > 2500 else "content", border=True):
                st.markdown(render.full_text_html(full.get("text", ""), int(full["start"]), metrics),
                            unsafe_allow_html=True)
        if right is not None:
            with right:
                st.caption(f"Reported figures ({len(metrics)})")
                st.dataframe(render.metrics_frame(metrics), hide_index=True, width="stretch",
                             height=min(560, 38 + 35 * len(metrics)),
                             column_config={"What it measures": st.column_config.TextColumn(width="large")})
    with similar_tab:
        cache = st.session_state.similar
        if initiative_id not in cache:
            with st.spinner("Finding comparable initiatives…"):
                cache[initiative_id] = client.similar(initiative_id, top_k=6)
        if not cache[initiative_id]:
            st.info("No comparable initiatives found.")
        for result in cache[initiative_id]:
            similar_card(client, result)


def browse_view(client: Client, facet: dict) -> None:
    st.markdown("### All initiatives")
    if "browse" not in st.session_state:
        with st.spinner("Loading initiatives…"):
            st.session_state.browse = client.initiatives()
    frame = render.browse_frame(st.session_state.browse, facet["doc_titles"])
    filter_chips(facet, key="chips_browse")
    text = st.text_input("Filter the table", key="browse_text", placeholder="Words in the force, title, theme or document",
                         label_visibility="collapsed")
    shown = render.filter_browse(frame, current_filters(), text)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.caption(f"Showing {len(shown)} of {len(frame)} initiatives. Click a column to sort; select a row to open it.")
        st.download_button("Download CSV", render.browse_csv(shown), file_name="gpsearch-initiatives.csv",
                           mime="text/csv", icon=":material/download:", key="download_csv", on_click="ignore")
    table = shown[render.BROWSE_COLUMNS].reset_index(drop=True)
    event = st.dataframe(
        table, hide_index=True, width="stretch", height=min(640, 38 + 35 * max(1, len(table))),
        on_select="rerun", selection_mode="single-row", key="browse_table",
        column_config={
            "Force(s)": st.column_config.TextColumn(width=180),
            "Title": st.column_config.TextColumn(width=300),
            "Theme": st.column_config.TextColumn(width=180),
            "Document": st.column_config.TextColumn(width=170),
            "Figures": st.column_config.NumberColumn(width=70, help="Number of reported figures", format="%d"),
        },
    )
    rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if rows and rows[0] < len(shown):
        chosen = shown.iloc[rows[0]]
        st.button(f"Open “{chosen['Title']}”", key="browse_open", on_click=_open, args=(chosen["id"],),
                  icon=":material/article:", type="primary")


def unreachable(client: Client, message: str) -> None:
    st.markdown("## gpsearch")
    st.error(message, icon=":material/cloud_off:")
    st.markdown(
        "To start everything from the project folder:\n\n"
        "```bash\nmake run\n```\n\n"
        "or, if the index is already built, just the API:\n\n"
        f"```bash\ngpsearch serve --port {client.base_url.rsplit(':', 1)[-1].split('/')[0] or '8000'}\n```\n\n"
        "The UI looks for the API at `GPSEARCH_API_URL` (default `http://127.0.0.1:8000`)."
    )
    st.button("Try again", icon=":material/refresh:", key="retry")


def main() -> None:
    st.set_page_config(page_title="gpsearch — policing good practice", page_icon=":material/local_police:",
                       layout="wide")
    st.html(f"<style>{CSS}</style>")
    _init_state()
    client = Client()
    try:
        facet = facets(client)
    except ServiceUnavailable as exc:
        unreachable(client, exc.message)
        return
    except ServiceError as exc:
        st.error(exc.message, icon=":material/error:")
        st.button("Try again", icon=":material/refresh:", key="retry")
        return
    sidebar(client, facet)
    try:
        if st.session_state.open_stack:
            initiative_view(client, st.session_state.open_stack[-1])
        elif st.session_state.nav == "Browse":
            browse_view(client, facet)
        elif st.session_state.nav == "Documents":
            documents_view(client, _open)
        else:
            chat_view(client, facet)
    except ServiceUnavailable as exc:
        st.error(exc.message, icon=":material/cloud_off:")
    except ServiceError as exc:
        st.error(exc.message, icon=":material/error:")


main()
