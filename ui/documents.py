"""The Documents page: what is indexed, adding documents (drag and drop), what was found in each,
and removing the ones that were added, with a confirmation."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ui import render
from ui.client import Client, ServiceError

KINDS = ["pdf", "docx", "html", "htm", "txt", "md"]
# Session keys holding what other pages cached from the service: stale once a document changes.
CACHED = ("facets", "browse", "records", "similar")


def _forget_cached() -> None:
    for key in CACHED:
        st.session_state.pop(key, None)


def _upload(client: Client, files: list) -> None:
    """Send every chosen file; remember what was found in each, or why it was refused."""
    found, refused = [], []
    progress = st.progress(0.0, text="Starting…")
    for n, file in enumerate(files):
        progress.progress(n / len(files), text=f"Reading and indexing {file.name} ({n + 1} of {len(files)})…")
        try:
            added = client.add_document(file.name, file.getvalue())
            progress.progress((n + 0.9) / len(files), text=f"Reading how {file.name} is laid out…")
            added["explanation"] = _explanation(client, added["doc_id"])
            found.append(added)
        except ServiceError as exc:
            refused.append((file.name, (exc.details.get("reason") or exc.message).rstrip(".")))
    progress.progress(1.0, text="Done")
    st.session_state.doc_found, st.session_state.doc_refused = found, refused
    st.session_state.uploader_round += 1  # a fresh, empty uploader
    if found:
        _forget_cached()


def _explanation(client: Client, doc_id: str) -> dict | None:
    """How the service read the document (None if it cannot say: the page still shows the rest)."""
    try:
        return client.document(doc_id, include_outline=True).get("explanation")
    except ServiceError:
        return None


def explained(explanation: dict) -> None:
    """How a document was read, as `gpsearch ingest --explain` shows it: the owner, the layout
    chosen and why, the outline, and who each initiative is by and why."""
    owner = explanation["owner"]
    who = ", ".join(owner["forces"] + owner["organisations"]) or "none found"
    source = f" (from the {owner['source']})" if owner["source"] else ""
    layout = explanation["layout"]
    st.markdown(f"**Owner:** {render.md_escape(who)}{render.md_escape(source)}  \n"
                f"**Layout:** {render.md_escape(layout['chosen'] or 'none')} · "
                f"{explanation['characters']:,} characters, {explanation['pages']} page"
                f"{'s' if explanation['pages'] != 1 else ''}")
    st.dataframe(pd.DataFrame([{"Layout": score["layout"], "Score": score["score"], "Why": score["why"]}
                               for score in layout["scores"]]),
                 hide_index=True, width="stretch", column_config={"Why": st.column_config.TextColumn(width=420)})
    outline = explanation["outline"]
    kinds: dict[str, int] = {}
    for item in outline:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    st.caption("Outline: " + (", ".join(f"{n} {kind}" for kind, n in kinds.items()) or "nothing marked"))
    if outline:
        st.dataframe(pd.DataFrame([{
            "Kind": item["kind"] + (f" {item['level']}" if item["kind"] == "heading" else ""),
            "Label": item["label"], "Text": item["text"], "At": f"{item['start']}–{item['end']}",
        } for item in outline]), hide_index=True, width="stretch", height=min(400, 38 + 35 * len(outline)),
            column_config={"Text": st.column_config.TextColumn(width=420)})
    st.caption("Initiatives and who did them:")
    for n, initiative in enumerate(explanation["initiatives"], start=1):
        names = "; ".join(filter(None, [", ".join(initiative["forces"]), ", ".join(initiative["organisations"])]))
        st.markdown(f"{n}. **{render.md_escape(initiative['title'])}** — {render.md_escape(names or 'no one')}  \n"
                    f"<small>who: {render.md_escape(initiative['owner_reason'])} · opens: "
                    f"“{render.md_escape(initiative['opening'])}”</small>", unsafe_allow_html=True)


def _remove(client: Client, doc_id: str) -> None:
    try:
        client.remove_document(doc_id)
        st.session_state.doc_removed = doc_id
        _forget_cached()
    except ServiceError as exc:
        st.session_state.doc_refused = [(doc_id, (exc.details.get("reason") or exc.message).rstrip("."))]
    st.session_state.confirm_remove = None


def found_in(added: dict, open_initiative: Callable[[str], None]) -> None:
    """One added document: its initiatives with who, evidence and figures, each one click away."""
    with st.container(border=True, key=f"found-{added['doc_id']}"):
        st.markdown(f"**{render.md_escape(added['title'])}**  \n`{added['doc_id']}` · {added['kind'].upper()} · "
                    f"{added['bytes'] / 1024:,.0f} KB · indexed in {added['seconds']:.1f} s")
        count = len(added["initiatives"])
        st.caption(f"{count} initiative{'s' if count != 1 else ''}, {added['metrics']} reported "
                   f"figure{'s' if added['metrics'] != 1 else ''}")
        for initiative in added["initiatives"]:
            stage = (initiative.get("evidence") or {}).get("stage", "untested")
            with st.container(horizontal=True, vertical_alignment="center"):
                st.markdown(f"**{render.md_escape(initiative['title'])}** — {render.md_escape(render.who(initiative))}  \n"
                            f"{render.md_escape(render.theme_label(initiative['theme']))} · evidence: {stage} · "
                            f"{initiative['metrics']} figure{'s' if initiative['metrics'] != 1 else ''}")
                st.button("Open", key=f"open-found-{initiative['id']}", on_click=open_initiative,
                          args=(initiative["id"],), icon=":material/article:", width="content")
        for note in added.get("notes") or []:
            st.caption(f"Note: {note}")
        if added.get("explanation"):
            with st.expander("How it was read: outline, layout and owners"):
                explained(added["explanation"])


def _explain_one(client: Client, documents: list[dict]) -> None:
    """Any indexed document's outline and segmentation, on request (reading a PDF takes seconds)."""
    st.markdown("#### How a document was read")
    titles = {d["doc_id"]: d["title"] for d in documents}
    with st.container(horizontal=True, vertical_alignment="bottom"):
        choice = st.selectbox("Document", list(titles), format_func=lambda d: f"{titles[d]} ({d})", key="explain_choice")
        if st.button("Show outline", key="explain_go", icon=":material/account_tree:"):
            st.session_state.doc_explained = (choice, _explanation(client, choice))
    shown = st.session_state.get("doc_explained")
    if shown and shown[0] in titles:
        if shown[1] is None:
            st.warning("The service could not read this document's file to explain it.", icon=":material/warning:")
        else:
            explained(shown[1])


def documents_view(client: Client, open_initiative: Callable[[str], None]) -> None:
    st.session_state.setdefault("uploader_round", 0)
    st.session_state.setdefault("confirm_remove", None)
    st.markdown("### Documents")
    st.caption("Add your force's reports: PDF, Word (.docx), web pages (.html), text or Markdown. Each is "
               "kept on the server, read into initiatives, and searchable as soon as it is added.")
    listed = client.document_list()
    documents = listed["documents"]
    files = st.file_uploader("Drop documents here, or browse", type=KINDS, accept_multiple_files=True,
                             key=f"uploader-{st.session_state.uploader_round}",
                             max_upload_size=max(1, listed.get("upload_max_bytes", 0) // 1_048_576))
    if files and st.button("Add these documents", type="primary", icon=":material/upload_file:", key="add_documents"):
        _upload(client, files)
        st.rerun()

    for name, reason in st.session_state.pop("doc_refused", []):
        st.error(f"**{render.md_escape(name)}** was not changed: {render.md_escape(reason)}.", icon=":material/error:")
    if removed := st.session_state.pop("doc_removed", None):
        st.success(f"Removed {render.md_escape(removed)} and everything found in it.", icon=":material/delete:")
    found = st.session_state.get("doc_found") or []
    if found:
        st.markdown("#### What was found")
        for added in found:
            found_in(added, open_initiative)

    st.markdown("#### In the index")
    frame = pd.DataFrame([{
        "Title": d["title"], "Document": d["doc_id"],
        "Added by": "upload" if d.get("source") == "upload" else "corpus folder",
        "Initiatives": d["initiatives"], "Passages": d["passages"], "Figures": d["metrics"],
    } for d in documents])
    st.caption(f"{len(documents)} documents, {sum(d['initiatives'] for d in documents)} initiatives.")
    if not frame.empty:
        st.dataframe(frame, hide_index=True, width="stretch", key="documents_table", column_config={
            "Title": st.column_config.TextColumn(width=320), "Document": st.column_config.TextColumn(width=240),
            "Added by": st.column_config.TextColumn(width=110),
            "Initiatives": st.column_config.NumberColumn(width=80), "Passages": st.column_config.NumberColumn(width=80),
            "Figures": st.column_config.NumberColumn(width=70, help="Number of reported figures"),
        })

    if documents:
        _explain_one(client, documents)

    added = [d["doc_id"] for d in documents if d.get("source") == "upload"]
    if not added:
        return
    st.markdown("#### Remove a document you added")
    titles = {d["doc_id"]: d["title"] for d in documents}
    with st.container(horizontal=True, vertical_alignment="bottom"):
        choice = st.selectbox("Document", added, format_func=lambda d: f"{titles[d]} ({d})", key="remove_choice")
        st.button("Remove…", key="remove_ask", icon=":material/delete:",
                  on_click=lambda: st.session_state.update(confirm_remove=choice))
    target = st.session_state.confirm_remove
    if target in added:
        count = next(d["initiatives"] for d in documents if d["doc_id"] == target)
        st.warning(f"Remove **{render.md_escape(titles[target])}**? Its file and its {count} initiatives will be "
                   "deleted from the index; this cannot be undone.", icon=":material/warning:")
        with st.container(horizontal=True):
            st.button("Yes, remove it", type="primary", key="remove_yes", on_click=_remove, args=(client, target))
            st.button("Cancel", key="remove_no", on_click=lambda: st.session_state.update(confirm_remove=None))
