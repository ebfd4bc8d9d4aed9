"""The conversation through the real API: /search and /ask with `history` (limits and errors),
places narrowing to their forces (and saying so when a place has nothing), counting questions,
the evidence filter and stage, /forces regions. Real FastAPI app, real Chroma, real model."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from index.gazetteer import forces_in_region
from service.app import create_app
from service.engine import Engine
from service.limits import MAX_HISTORY_TURNS, MAX_TURN_CHARS

NEURO = "What have forces done to support neurodivergent officers?"


@pytest.fixture(scope="module")
def client(ingested_store, real_embedder, tmp_path_factory):
    base, store = ingested_store
    settings = base.model_copy(update={"api_key": "", "rate_limit_per_minute": 0, "llm_url": "",
                                       "data_dir": tmp_path_factory.mktemp("conversation-api")})
    with TestClient(create_app(settings, engine=Engine(settings, store, real_embedder))) as test_client:
        yield test_client


def post(client, path: str, body: dict, status: int = 200) -> dict:
    response = client.post(path, json=body)
    assert response.status_code == status, response.text
    return response.json()


def turns(client, *questions: str) -> list[dict]:
    """Ask each question with the conversation so far; the /ask responses."""
    history, out = [], []
    for question in questions:
        body = post(client, "/ask", {"question": question, "history": history})
        out.append(body)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": body["answer"][:4000]}]
    return out


def test_without_history_standalone_is_the_query(client):
    body = post(client, "/search", {"query": NEURO})
    assert body["standalone"] == NEURO and not body["inferred"]["followup"]


def test_a_place_follow_up_is_read_against_the_topic_and_stays_in_the_place(client):
    first, second = turns(client, NEURO, "and in Wales?")
    wales = set(forces_in_region("Wales"))
    assert second["standalone"] != "and in Wales?" and "neurodivergent" in second["standalone"]
    assert second["inferred"]["regions"] == ["Wales"]
    assert second["results"] and all(wales & set(r["forces"]) for r in second["results"][:3])
    # asked alone, the same words are not about neurodiversity at all
    alone = post(client, "/search", {"query": "and in Wales?"})
    assert alone["standalone"] == "and in Wales?"


def test_did_it_work_is_about_the_first_initiative_shown(client):
    first, second = turns(client, NEURO, "did it work?")
    shown = first["results"][0]
    assert second["inferred"]["initiatives"][:1] == [shown["id"]]
    assert second["results"][0]["id"] == shown["id"] and shown["title"] in second["standalone"]
    assert "Evidence:" in second["answer"].splitlines()[1]


def test_a_complete_new_question_is_not_contaminated(client):
    *_, last = turns(client, NEURO, "and in Wales?", "How are forces making stop and search more accountable?")
    assert last["standalone"] == "How are forces making stop and search more accountable?"
    assert not last["inferred"]["regions"] and not last["elsewhere"]


def test_a_place_with_nothing_on_the_topic_says_so_first(client):
    body = post(client, "/ask", {"question": "What have forces in Scotland done on neurodiversity?"})
    assert body["elsewhere"] and all(r["elsewhere"] for r in body["results"])
    assert re.match(r"The documents have nothing from Scotland", body["answer"])
    assert "(elsewhere)" in body["answer"]


def test_counting_question_opens_with_the_count_and_cited_forces(client):
    body = post(client, "/ask", {"question": "How many forces use body-worn video footage in stop and search scrutiny?"})
    first = body["answer"].splitlines()[0]
    match = re.match(r"(\d+) forces? in the documents: (.*)\.$", first)
    assert match, first
    named = re.findall(r"([A-Z][^,\[]+?) \[(\d+)\]", match.group(2))
    assert len(named) == int(match.group(1))
    cited = {c["n"]: c for c in body["citations"]}
    for force, n in named:
        result = next(r for r in body["results"] if r["id"] == cited[int(n)]["initiative_id"])
        assert force.strip().removeprefix("and ") in result["forces"] and result["relevant"]


def test_regions_filter_and_unknown_region(client):
    body = post(client, "/search", {"query": "recruitment", "filters": {"regions": ["North West"]}})
    north_west = set(forces_in_region("North West"))
    assert body["results"] and all(north_west & set(r["forces"]) for r in body["results"] if not r["elsewhere"])
    error = post(client, "/search", {"query": "recruitment", "filters": {"regions": ["Atlantis"]}}, 422)["error"]
    assert error["code"] == "unknown_filter_value" and "Wales" in error["details"]["valid"]


def test_evidence_filter_and_every_result_has_a_stage(client):
    body = post(client, "/search", {"query": "training", "top_k": 20,
                                    "filters": {"evidence": ["evaluated locally"]}})
    assert body["results"] and all(r["evidence"]["stage"] == "evaluated locally" for r in body["results"])
    for result in body["results"]:
        basis = result["evidence"]["basis"]
        record = client.get(f"/initiatives/{result['id']}").json()
        assert record["text"][basis["start"] - record["start"]:basis["end"] - record["start"]] == basis["text"]
    assert all(m["role"] in ("outcome", "context") for r in body["results"] for m in r["metrics"])


def test_independently_evaluated_question_ranks_by_stage(client):
    body = post(client, "/search", {"query": "Which initiatives were independently evaluated?"})
    assert body["results"] and all(r["evidence"]["stage"] == "independently evaluated" for r in body["results"])


def test_forces_list_their_region(client):
    forces = client.get("/forces").json()["forces"]
    assert forces and all(f["region"] for f in forces)
    assert {f["region"] for f in forces if f["name"] == "Gwent Police"} == {"Wales"}


@pytest.mark.parametrize("history, code", [
    ([{"role": "system", "content": "x"}], "invalid_request"),
    ([{"role": "user"}], "invalid_request"),
    ([{"role": "user", "content": "x" * (MAX_TURN_CHARS + 1)}], "invalid_request"),
    ([{"role": "user", "content": "x"}] * (MAX_HISTORY_TURNS + 1), "invalid_request"),
    ("not a list", "invalid_request"),
])
def test_history_limits_and_errors(client, history, code):
    for path, key in (("/search", "query"), ("/ask", "question")):
        error = post(client, path, {key: "and in Wales?", "history": history}, 422)["error"]
        assert error["code"] == code and "history" in error["message"]
