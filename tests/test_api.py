"""The HTTP API against the real corpus, ingested with the real embedder: every endpoint of
docs CONTRACT.md, response shapes, exact spans, filters, ranking, abbreviations, fusion, /ask."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.retrieval import RRF_K, rrf
from service.app import create_app
from service.engine import Engine

QUERIES = [
    "stop and search scrutiny panels",
    "neurodiversity support for staff",
    "recruitment of female officers",
    "what has Lancashire done on community engagement",
    "reduction in burglary",
    "mental health and wellbeing",
]


# --- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def settings(ingested_store, tmp_path_factory):
    base, _ = ingested_store
    return base.model_copy(update={
        "api_key": "", "rate_limit_per_minute": 0, "llm_url": "", "cors_origins": "",
        "data_dir": tmp_path_factory.mktemp("api-data"),  # feedback lands here, not in the shared store
    })


@pytest.fixture(scope="module")
def client(ingested_store, real_embedder, settings):
    _, store = ingested_store
    with TestClient(create_app(settings, engine=Engine(settings, store, real_embedder))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def document(settings):
    """doc_id -> the document's text, read from the corpus file as UTF-8."""
    cache: dict[str, str] = {}
    root = Path(settings.corpus_dir)

    def text(doc_id: str) -> str:
        if doc_id not in cache:
            cache[doc_id] = (root / doc_id).read_bytes().decode("utf-8")
        return cache[doc_id]

    return text


@pytest.fixture(scope="module")
def browse(client) -> list[dict]:
    response = client.get("/initiatives")
    assert response.status_code == 200
    return response.json()["initiatives"]


def search(client, query: str, top_k: int = 10, **filters) -> dict:
    body: dict = {"query": query, "top_k": top_k}
    if filters:
        body["filters"] = filters
    response = client.post("/search", json=body)
    assert response.status_code == 200, response.text
    return response.json()


# --- shape and exactness checks -----------------------------------------------------------

def assert_span(item: dict, document) -> str:
    assert isinstance(item["doc_id"], str) and item["doc_id"]
    assert isinstance(item["start"], int) and isinstance(item["end"], int)
    text = document(item["doc_id"])
    assert 0 <= item["start"] <= item["end"] <= len(text)
    return text


def assert_passage(passage: dict, document, within: dict) -> None:
    text = assert_span(passage, document)
    assert isinstance(passage["text"], str) and passage["text"].strip()
    assert text[passage["start"]:passage["end"]] == passage["text"]
    assert passage["doc_id"] == within["doc_id"]
    assert within["start"] <= passage["start"] < passage["end"] <= within["end"]


def assert_metric(metric: dict, document, within: dict) -> None:
    text = assert_span(metric, document)
    assert text[metric["start"]:metric["end"]] == metric["text"]
    assert isinstance(metric["value"], (int, float)) and not isinstance(metric["value"], bool)
    assert isinstance(metric["unit"], str) and metric["unit"]
    assert metric["qualifier"] is None or isinstance(metric["qualifier"], str)
    assert isinstance(metric["label"], str)
    assert isinstance(metric["sentence"], str) and metric["text"] in metric["sentence"]
    if "sentence_start" in metric:
        assert text[metric["sentence_start"]:metric["sentence_end"]] == metric["sentence"]
        assert metric["sentence_start"] <= metric["start"] < metric["end"] <= metric["sentence_end"]
    assert within["start"] <= metric["start"] < metric["end"] <= within["end"]


def assert_result(result: dict, document) -> None:
    """One /search-shaped result: every contract field, the right types, exact spans."""
    assert isinstance(result["id"], str) and result["id"]
    assert isinstance(result["title"], str) and result["title"].strip()
    assert isinstance(result["forces"], list) and all(isinstance(f, str) for f in result["forces"])
    assert isinstance(result["organisations"], list) and all(isinstance(o, str) for o in result["organisations"])
    assert result["forces"] or result["organisations"], "someone did the initiative"
    assert isinstance(result["theme"], str)
    text = assert_span(result, document)
    assert result["start"] < result["end"] and text[result["start"]:result["end"]].strip()
    assert isinstance(result["score"], (int, float))
    assert isinstance(result["passages"], list) and result["passages"]
    for passage in result["passages"]:
        assert_passage(passage, document, result)
        assert isinstance(passage["score"], (int, float))
    assert isinstance(result["metrics"], list)
    for metric in result["metrics"]:
        assert_metric(metric, document, result)


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert isinstance(error["code"], str) and isinstance(error["message"], str) and error["message"]
    if code:
        assert error["code"] == code
    return error


# --- /health ------------------------------------------------------------------------------

def test_health_reports_counts(client, browse):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["documents"] == 5
    assert body["initiatives"] == len(browse) > 0
    assert isinstance(body["passages"], int) and body["passages"] >= body["initiatives"]


# --- /search ------------------------------------------------------------------------------

def test_search_response_has_the_contract_fields(client, document):
    body = search(client, "stop and search scrutiny panels")
    assert body["query"] == "stop and search scrutiny panels"
    assert isinstance(body["took_ms"], (int, float)) and body["took_ms"] >= 0
    assert isinstance(body["total"], int) and body["total"] >= len(body["results"]) > 0
    for result in body["results"]:
        assert_result(result, document)


@pytest.mark.parametrize("query", QUERIES)
def test_search_spans_are_exact(client, document, query):
    body = search(client, query, top_k=20)
    assert body["results"]
    for result in body["results"]:
        assert_result(result, document)


def test_search_results_are_unique_initiatives(client):
    for query in QUERIES:
        ids = [r["id"] for r in search(client, query, top_k=30)["results"]]
        assert len(ids) == len(set(ids)), query


def test_search_results_are_best_first(client):
    scores = [r["score"] for r in search(client, "neurodiversity support for staff", top_k=20)["results"]]
    assert scores == sorted(scores, reverse=True)


def test_named_force_results_come_first_then_by_score(client):
    results = search(client, "what has Lancashire done on community engagement", top_k=20)["results"]
    keys = [(not r["named_in_query"], -r["score"]) for r in results]
    assert keys == sorted(keys)


def test_search_respects_top_k(client):
    for k in (1, 3, 7):
        assert len(search(client, "recruitment", top_k=k)["results"]) == k


def test_search_total_counts_all_matching_initiatives(client):
    small, large = search(client, "recruitment", top_k=2), search(client, "recruitment", top_k=50)
    assert small["total"] == large["total"] >= len(large["results"])


def test_passages_are_short(client):
    for result in search(client, "community engagement", top_k=20)["results"]:
        for passage in result["passages"]:
            assert len(passage["text"]) <= 2000, passage["text"][:100]


# --- /initiatives ---------------------------------------------------------------------------

def test_initiatives_lists_every_initiative(client, browse):
    assert browse and len({row["id"] for row in browse}) == len(browse)
    for row in browse:
        assert isinstance(row["title"], str) and isinstance(row["forces"], list)
        assert isinstance(row["doc_id"], str) and isinstance(row["theme"], str)


def test_initiative_record_text_is_the_document_span(client, document, browse):
    for row in browse[:: max(1, len(browse) // 15)]:
        response = client.get(f"/initiatives/{row['id']}")
        assert response.status_code == 200
        record = response.json()
        assert record["id"] == row["id"]
        assert_result(dict(record, score=0.0), document)
        assert record["text"] == document(record["doc_id"])[record["start"]:record["end"]]
        assert isinstance(record["document_title"], str) and record["document_title"]
        assert len(record["metrics"]) == row["metrics"]


def test_initiative_record_matches_its_search_result(client):
    result = search(client, "neurodiversity support for staff", top_k=1)["results"][0]
    record = client.get(f"/initiatives/{result['id']}").json()
    for key in ("title", "forces", "organisations", "theme", "doc_id", "start", "end"):
        assert record[key] == result[key]
    assert {m["start"] for m in result["metrics"]} <= {m["start"] for m in record["metrics"]}


def test_unknown_initiative_is_404_json(client):
    assert_error(client.get("/initiatives/no-such-initiative"), 404, "not_found")


def test_similar_excludes_the_initiative_itself(client, document, browse):
    for row in browse[:: max(1, len(browse) // 6)]:
        response = client.get(f"/initiatives/{row['id']}/similar", params={"top_k": 5})
        assert response.status_code == 200
        results = response.json()["results"]
        assert 0 < len(results) <= 5
        ids = [r["id"] for r in results]
        assert row["id"] not in ids
        assert len(ids) == len(set(ids))
        for result in results:
            assert_result(result, document)


def _find(browse: list[dict], title: str, force: str) -> dict:
    return next(r for r in browse if r["title"] == title and force in r["forces"])


@pytest.mark.parametrize("title, force, expected", [
    # the same kind of thing at other forces, found by meaning and shared key terms
    ("Community Scrutiny Panels", "South Wales Police", {"Lincolnshire Police", "Devon and Cornwall Police"}),
    ("Humberside Police Female Development Programme", "Humberside Police",
     {"Hertfordshire Constabulary", "Kent Police"}),
    # feedback from seldom-heard communities, filed under the same theme, few words in common
    ("Lancashire Have Your Say", "Lancashire Constabulary", {"Humberside Police"}),
])
def test_similar_finds_the_same_kind_of_initiative_at_other_forces(client, browse, title, force, expected):
    seed = _find(browse, title, force)
    results = client.get(f"/initiatives/{seed['id']}/similar", params={"top_k": 10}).json()["results"]
    found = {f for r in results for f in r["forces"]}
    assert expected <= found, [(r["forces"], r["title"]) for r in results]


def test_similar_prefers_other_forces(client, browse):
    for row in browse[:: max(1, len(browse) // 10)]:
        if not row["forces"]:
            continue
        results = client.get(f"/initiatives/{row['id']}/similar", params={"top_k": 5}).json()["results"]
        same = [r for r in results if set(r["forces"]) & set(row["forces"])]
        assert len(same) <= 2, (row["title"], [(r["forces"], r["title"]) for r in results])


def test_similar_of_unknown_initiative_is_404_json(client):
    assert_error(client.get("/initiatives/no-such-initiative/similar"), 404, "not_found")


# --- /forces /themes /documents -------------------------------------------------------------

@pytest.mark.parametrize("facet,key", [("forces", "forces"), ("themes", "themes")])
def test_facets_have_counts_matching_the_initiatives(client, browse, facet, key):
    body = client.get(f"/{facet}").json()
    items = body[key]
    assert items and body["total"] == len(items)
    for item in items:
        assert isinstance(item["name"], str) and item["name"]
        assert isinstance(item["initiatives"], int) and item["initiatives"] > 0
    if facet == "forces":
        expected = {n: sum(n in row["forces"] for row in browse) for n in {f for r in browse for f in r["forces"]}}
    else:
        expected = {n: sum(row["theme"] == n for row in browse) for n in {r["theme"] for r in browse if r["theme"]}}
    assert {i["name"]: i["initiatives"] for i in items} == expected


def test_forces_are_canonical_names(client):
    names = {f["name"] for f in client.get("/forces").json()["forces"]}
    assert "Lancashire Constabulary" in names and "Metropolitan Police Service" in names
    assert not {"Lancashire", "the Met", "Met Police"} & names


def test_documents_list_the_corpus_with_counts(client, browse, settings):
    body = client.get("/documents").json()
    docs = body["documents"]
    assert body["total"] == len(docs) == 5
    assert {d["doc_id"] for d in docs} == {p.name for p in Path(settings.corpus_dir).glob("*.txt")}
    for d in docs:
        assert isinstance(d["title"], str) and d["title"]
        assert d["initiatives"] == sum(row["doc_id"] == d["doc_id"] for row in browse) > 0
        assert isinstance(d["passages"], int) and d["passages"] >= d["initiatives"]
        assert isinstance(d["metrics"], int)


# --- /feedback ------------------------------------------------------------------------------

def test_feedback_round_trip(client):
    posted = client.post("/feedback", json={
        "question": "what has Kent done?", "answer": "Kent did X [1]", "rating": "down",
        "comment": "missed the 2023 pilot", "filters": {"has_metrics": True},
    })
    assert posted.status_code == 201
    entry_id = posted.json()["id"]
    assert posted.json()["stored"] is True
    second = client.post("/feedback", json={"question": "q2", "rating": "up"})
    assert second.status_code == 201 and second.json()["id"] != entry_id
    listed = client.get("/feedback").json()
    assert listed["total"] == len(listed["feedback"]) >= 2
    newest, before = listed["feedback"][0], listed["feedback"][1]
    assert newest["question"] == "q2" and newest["rating"] == "up"
    assert before["id"] == entry_id and before["rating"] == "down"
    assert before["comment"] == "missed the 2023 pilot" and before["filters"] == {"has_metrics": True}
    assert client.get("/feedback", params={"limit": 1}).json()["total"] == 1


def test_feedback_with_a_bad_rating_is_422(client):
    assert_error(client.post("/feedback", json={"question": "q", "rating": "meh"}), 422, "invalid_request")


# --- filters --------------------------------------------------------------------------------

def test_force_filter_narrows_to_that_force(client):
    results = search(client, "community engagement", top_k=50, forces=["Lancashire Constabulary"])["results"]
    assert results
    assert all("Lancashire Constabulary" in r["forces"] for r in results)


def test_several_forces_filter_means_any_of_them(client):
    forces = ["Lancashire Constabulary", "Metropolitan Police Service"]
    results = search(client, "community", top_k=50, forces=forces)["results"]
    assert {f for r in results for f in r["forces"]} & set(forces) == set(forces)
    assert all(set(r["forces"]) & set(forces) for r in results)


def test_theme_filter_narrows_to_that_theme(client):
    theme = "Working with the Public > Working with Communities"
    results = search(client, "engagement", top_k=50, themes=[theme])["results"]
    assert results and all(r["theme"] == theme for r in results)


def test_doc_filter_narrows_to_that_document(client):
    doc = "npcc-good-practice-case-studies.txt"
    body = search(client, "violence against women and girls", top_k=50, docs=[doc])
    assert body["results"] and all(r["doc_id"] == doc for r in body["results"])
    assert body["total"] <= 17


@pytest.mark.parametrize("has_metrics", [True, False])
def test_has_metrics_filter(client, has_metrics):
    results = search(client, "recruitment", top_k=50, has_metrics=has_metrics)["results"]
    # 'with reported figures' means figures of the initiative's own results, not background context
    assert results and all(any(m["role"] == "outcome" for m in r["metrics"]) == has_metrics for r in results)


def test_filters_combine(client):
    doc = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
    results = search(client, "recruitment", top_k=50, docs=[doc], has_metrics=True)["results"]
    assert results and all(r["doc_id"] == doc and r["metrics"] for r in results)


def test_filter_total_is_smaller_than_unfiltered(client):
    unfiltered = search(client, "recruitment", top_k=5)["total"]
    filtered = search(client, "recruitment", top_k=5, forces=["Lancashire Constabulary"])["total"]
    assert 0 < filtered < unfiltered


@pytest.mark.parametrize("key,value,listing", [
    ("forces", "Atlantis Constabulary", "/forces"),
    ("themes", "Underwater policing", "/themes"),
    ("docs", "no-such-document.txt", "/documents"),
])
def test_unknown_filter_value_is_422_listing_valid_values(client, key, value, listing):
    response = client.post("/search", json={"query": "recruitment", "filters": {key: [value]}})
    error = assert_error(response, 422, "unknown_filter_value")
    assert value in error["message"] and listing in error["message"]
    details = error["details"]
    assert details["filter"] == key and details["unknown"] == [value]
    listed = client.get(listing).json()
    valid = [d["doc_id"] for d in listed["documents"]] if key == "docs" else [i["name"] for i in listed[key]]
    assert sorted(details["valid"]) == sorted(valid)


def test_unknown_filter_value_suggests_the_closest_valid_one(client):
    response = client.post("/search", json={"query": "recruitment",
                                            "filters": {"forces": ["Lancashire Police", "Zzyzx"]}})
    message = assert_error(response, 422, "unknown_filter_value")["message"]
    assert "'Lancashire Police' (did you mean 'Lancashire Constabulary'?)" in message
    assert "'Zzyzx'," in message or "'Zzyzx'." in message  # nothing close: no guess


def test_unknown_filter_value_on_ask_is_422_too(client):
    response = client.post("/ask", json={"question": "recruitment", "filters": {"forces": ["Atlantis"]}})
    assert_error(response, 422, "unknown_filter_value")


# --- force named in the question ------------------------------------------------------------

def _leading(results: list[dict], force: str) -> int:
    n = 0
    while n < len(results) and force in results[n]["forces"]:
        n += 1
    return n


def test_force_named_alone_ranks_all_its_initiatives_first(client, browse):
    force = "Lancashire Constabulary"
    results = search(client, "what has Lancashire done", top_k=20)["results"]
    theirs = sum(force in row["forces"] for row in browse)
    assert theirs >= 3 and _leading(results, force) == theirs
    assert all(r["named_in_query"] for r in results[:theirs])


def test_force_named_with_a_topic_ranks_its_relevant_initiatives_first(client):
    body = search(client, "what has Derbyshire done on stop and search", top_k=10)
    results = body["results"]
    assert body["named_forces"] == ["Derbyshire Constabulary"]
    assert results[0]["named_in_query"] and "stop and search" in " ".join(
        p["text"].lower() for p in results[0]["passages"])
    # Derbyshire's unrelated work does not push other forces' stop and search work down
    lead = _leading(results, "Derbyshire Constabulary")
    assert lead < 3, [(r["forces"], r["title"]) for r in results]
    assert "Derbyshire Mini Police Programme" not in [r["title"] for r in results[:5]]
    others = " ".join(p["text"].lower() for r in results[lead:lead + 3] for p in r["passages"])
    assert "stop and search" in others or "stop search" in others


def test_the_met_means_the_metropolitan_police_service(client):
    body = search(client, "what has the Met done", top_k=10)
    assert "Metropolitan Police Service" in body.get("named_forces", ["Metropolitan Police Service"])
    assert _leading(body["results"], "Metropolitan Police Service") >= 3


def test_named_force_results_keep_other_forces_after_them(client):
    results = search(client, "what has Lancashire done", top_k=20)["results"]
    lead = _leading(results, "Lancashire Constabulary")
    assert all("Lancashire Constabulary" not in r["forces"] for r in results[lead:])
    assert len(results) > lead, "other forces' work still follows"


def test_answer_says_when_the_named_force_has_nothing_on_the_topic(client):
    body = client.post("/ask", json={"question": "what has Cleveland done on violence against women?"}).json()
    if any(r["named_in_query"] for r in body["results"]):
        pytest.skip("the corpus has Cleveland work on this")
    assert body["answer"].startswith("The documents have nothing by Cleveland Police on this; from elsewhere,")
    assert body["results"], "other forces' work is still given"


# --- abbreviations ----------------------------------------------------------------------------

ABBREVIATIONS = [
    ("ASB", "anti-social behaviour", r"anti-?social behaviour"),
    ("VAWG", "violence against women and girls", r"violence against women and girls"),
    ("PRAP", "Police Race Action Plan", r"police race action plan"),
]


def _says(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    return re.search(pattern, text, 0 if case_sensitive else re.IGNORECASE) is not None


@pytest.mark.parametrize("short,long,long_pattern", ABBREVIATIONS)
def test_abbreviation_finds_the_spelled_out_form(client, document, short, long, long_pattern):
    """A result that says only the long form (its text and fields never use the abbreviation)."""
    results = search(client, short, top_k=10)["results"]
    short_pattern = rf"\b{short}\b"
    only_long = [
        r for r in results
        if _says(long_pattern, document(r["doc_id"])[r["start"]:r["end"]])
        and not _says(short_pattern, " ".join([document(r["doc_id"])[r["start"]:r["end"]], r["title"],
                                                r["theme"]]), case_sensitive=True)
    ]
    assert only_long, f"{short!r} found nothing that says {long!r}"


@pytest.mark.parametrize("short,long,long_pattern", ABBREVIATIONS)
def test_spelled_out_form_finds_the_abbreviation(client, document, short, long, long_pattern):
    results = search(client, long, top_k=10)["results"]
    uses_short = [r for r in results
                  if _says(rf"\b{short}\b", document(r["doc_id"])[r["start"]:r["end"]], case_sensitive=True)]
    assert uses_short, f"{long!r} found nothing that says {short!r}"


def test_asb_and_its_long_form_find_mostly_the_same_initiatives(client):
    a = {r["id"] for r in search(client, "ASB", top_k=10)["results"]}
    b = {r["id"] for r in search(client, "anti-social behaviour", top_k=10)["results"]}
    assert len(a & b) >= 5


# --- fusion -----------------------------------------------------------------------------------

def test_rrf_ranks_start_at_one_with_k_60():
    assert RRF_K == 60
    scores = rrf([["a", "b"], ["a", "c"]])
    assert scores["a"] == pytest.approx(2 / 61)
    assert scores["b"] == pytest.approx(1 / 62)
    assert scores["c"] == pytest.approx(1 / 62)


def test_rrf_sums_over_lists_and_rewards_agreement():
    scores = rrf([["x", "y", "z"], ["z", "y"], ["y"]])
    assert scores["y"] == pytest.approx(1 / 62 + 1 / 62 + 1 / 61)
    assert scores["z"] == pytest.approx(1 / 63 + 1 / 61)
    assert scores["x"] == pytest.approx(1 / 61)
    assert sorted(scores, key=lambda i: -scores[i]) == ["y", "z", "x"]


def test_rrf_does_not_depend_on_list_order():
    lists = [["a", "b", "c"], ["c", "d"], ["d", "a"]]
    assert rrf(lists) == pytest.approx(rrf(list(reversed(lists))))


def test_rrf_empty_and_custom_k():
    assert rrf([]) == {} and rrf([[], []]) == {}
    assert rrf([["a"]], k=0)["a"] == pytest.approx(1.0)


# --- /ask (extractive) ------------------------------------------------------------------------

MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def answer(client) -> dict:
    response = client.post("/ask", json={"question": "What have forces done on neurodiversity?", "top_k": 6})
    assert response.status_code == 200, response.text
    return response.json()


def test_ask_has_the_contract_fields(answer, document):
    assert answer["mode"] == "extractive"
    assert isinstance(answer["answer"], str) and answer["answer"]
    assert isinstance(answer["citations"], list) and answer["citations"]
    assert 0 < len(answer["results"]) <= 6
    for result in answer["results"]:
        assert_result(result, document)


def test_ask_every_marker_has_a_citation_and_every_citation_is_used(answer):
    markers = {int(n) for n in MARKER.findall(answer["answer"])}
    numbers = [c["n"] for c in answer["citations"]]
    assert len(numbers) == len(set(numbers))
    assert markers == set(numbers)
    assert numbers == list(range(1, len(numbers) + 1))


def test_ask_citation_spans_are_exact(answer, document):
    result_ids = {r["id"] for r in answer["results"]}
    for citation in answer["citations"]:
        text = assert_span(citation, document)
        assert text[citation["start"]:citation["end"]] == citation["text"]
        assert citation["initiative_id"] in result_ids


def test_ask_citations_lie_inside_their_initiative(answer):
    spans = {r["id"]: r for r in answer["results"]}
    for citation in answer["citations"]:
        initiative = spans[citation["initiative_id"]]
        assert citation["doc_id"] == initiative["doc_id"]
        assert initiative["start"] <= citation["start"] < citation["end"] <= initiative["end"]


def test_ask_opening_line_counts_initiatives_and_forces(answer):
    results = answer["results"]
    forces = {f for r in results for f in r["forces"]}
    others = {o for r in results if not r["forces"] for o in r["organisations"]}
    opening = answer["answer"].splitlines()[0]
    assert opening.startswith(f"{len(results)} initiative{'s' if len(results) != 1 else ''} from ")
    if forces:
        assert f"{len(forces)} force{'s' if len(forces) != 1 else ''}" in opening
    if others:
        assert f"{len(others)} other organisation" in opening
    assert len(answer["answer"].splitlines()) == 1 + len(results)


def test_ask_opening_line_for_one_initiative(client):
    body = client.post("/ask", json={"question": "neurodiversity", "top_k": 1}).json()
    result = body["results"][0]
    opening = body["answer"].splitlines()[0]
    assert opening.startswith("1 initiative from ")
    if result["forces"]:
        n = len(result["forces"])
        assert f"{n} force{'s' if n != 1 else ''}" in opening


def test_ask_with_filters_answers_from_filtered_results(client, document):
    body = client.post("/ask", json={"question": "community engagement", "top_k": 5,
                                     "filters": {"forces": ["Lancashire Constabulary"]}}).json()
    assert body["results"] and all("Lancashire Constabulary" in r["forces"] for r in body["results"])
    forces = {f for r in body["results"] for f in r["forces"]}
    assert f"{len(forces)} force{'s' if len(forces) != 1 else ''}" in body["answer"].splitlines()[0]
    for citation in body["citations"]:
        assert document(citation["doc_id"])[citation["start"]:citation["end"]] == citation["text"]
