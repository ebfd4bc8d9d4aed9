"""Hostile and malformed input: schemathesis over the real app's OpenAPI schema (bounded and
reproducible), then hand-written cases. No 5xx ever; every 4xx is `{"error": {"code",
"message"}}`; no stack trace or server file path in any body; every response, success or error,
conforms to the status codes, content types and schemas /openapi.json declares."""

from __future__ import annotations

import json
import re

import hypothesis
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck

from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core import NotSet
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from service.app import create_app
from service.engine import Engine
from service.middleware import MAX_BODY_BYTES

LEAKS = re.compile(r"Traceback|/work/|site-packages|[\w\-/]+\.py\b|File \"")


# --- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def app(ingested_store, real_embedder, tmp_path_factory):
    base, store = ingested_store
    settings = base.model_copy(update={
        "api_key": "", "rate_limit_per_minute": 0, "llm_url": "", "cors_origins": "",
        "data_dir": tmp_path_factory.mktemp("fuzz-data"),
    })
    return create_app(settings, engine=Engine(settings, store, real_embedder))


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def api_schema(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return schema


def _header(response, name: str) -> str:
    value = response.headers.get(name, "")
    return value[0] if isinstance(value, list) else value  # schemathesis keeps lists of values


def assert_clean(response, request_text: str = "") -> None:
    """No 5xx; errors in the contract's JSON shape; nothing leaked from the server."""
    assert response.status_code < 500, f"{response.status_code}: {response.text[:500]}"
    body = response.text
    for leak in set(LEAKS.findall(body)):
        assert leak in request_text, f"response leaks {leak!r}: {body[:500]}"
    if response.status_code >= 400:
        assert _header(response, "content-type").startswith("application/json"), response.headers
        error = json.loads(response.text)["error"]
        assert isinstance(error["code"], str) and error["code"]
        assert isinstance(error["message"], str) and error["message"]


def assert_error(response, status: int | tuple[int, ...], code: str | None = None) -> dict:
    statuses = (status,) if isinstance(status, int) else status
    assert response.status_code in statuses, f"{response.status_code}: {response.text[:300]}"
    assert_clean(response)
    error = response.json()["error"]
    if code:
        assert error["code"] == code, error
    return error


# --- schemathesis -----------------------------------------------------------------------------
# One test per operation and generation mode, drawing cases from schemathesis's strategies.
CONFORMANCE = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# (schemathesis.pytest.from_fixture does not work with pytest 9: it sets Function._nodeid.)

OPERATIONS = [
    ("POST", "/search"), ("POST", "/ask"), ("GET", "/initiatives"), ("GET", "/initiatives/{initiative_id}"),
    ("GET", "/initiatives/{initiative_id}/similar"), ("GET", "/forces"), ("GET", "/themes"),
    ("GET", "/documents"), ("POST", "/feedback"), ("GET", "/feedback"), ("GET", "/health"),
    ("POST", "/admin/ingest"),  # refused here (not from this machine, no admin key): never runs an ingest
    ("POST", "/documents"), ("PUT", "/documents/{doc_id}"), ("DELETE", "/documents/{doc_id}"),  # refused likewise
    ("GET", "/documents/{doc_id}"),
]


def test_schema_lists_exactly_the_fuzzed_operations(api_schema):
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


WITH_INPUT = [op for op in OPERATIONS if op[0] in ("POST", "PUT") or "{" in op[1] or op[1] == "/feedback"]
CASES = [(*op, GenerationMode.POSITIVE) for op in OPERATIONS] + [(*op, GenerationMode.NEGATIVE) for op in WITH_INPUT]


@pytest.mark.parametrize("method,path,mode", CASES)
def test_fuzz_no_server_errors_and_json_errors(api_schema, method, path, mode):
    strategy = api_schema[path][method].as_strategy(generation_mode=mode)

    @hypothesis.given(case=strategy)
    @hypothesis.settings(max_examples=25, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call()
        sent = json.dumps(case.body, default=str) if not isinstance(case.body, NotSet) else ""
        sent += f" {case.path_parameters} {case.query}"
        assert_clean(response, sent)
        case.validate_response(response, checks=CONFORMANCE)

    run()


# --- empty, wrong-typed and out-of-range input ------------------------------------------------

@pytest.mark.parametrize("endpoint,field", [("/search", "query"), ("/ask", "question")])
@pytest.mark.parametrize("value", ["", "   ", " \n\t\r "])
def test_empty_or_blank_query_is_422(client, endpoint, field, value):
    error = assert_error(client.post(endpoint, json={field: value}), 422)
    assert field in error["message"]


@pytest.mark.parametrize("value", ["\x00", "\x00\x01\x7f", "\x0b\x0c"])
def test_query_of_only_control_characters_is_422(client, value):
    assert_error(client.post("/search", json={"query": value}), 422)


def test_missing_query_is_422(client):
    error = assert_error(client.post("/search", json={"top_k": 3}), 422, "invalid_request")
    assert "query" in error["message"]


@pytest.mark.parametrize("body,field", [
    ({"query": 5}, "query"),
    ({"query": None}, "query"),
    ({"query": ["a", "b"]}, "query"),
    ({"query": "x", "top_k": "ten"}, "top_k"),
    ({"query": "x", "top_k": 2.5}, "top_k"),
    ({"query": "x", "filters": "x"}, "filters"),
    ({"query": "x", "filters": {"forces": "Kent Police"}}, "filters.forces"),
    ({"query": "x", "filters": {"has_metrics": "sometimes"}}, "filters.has_metrics"),
    ({"query": "x", "filters": {"forces": [1, 2]}}, "filters.forces"),
])
def test_wrong_types_are_422_naming_the_field(client, body, field):
    error = assert_error(client.post("/search", json=body), 422, "invalid_request")
    assert field in error["message"]
    assert error["details"]["problems"]


@pytest.mark.parametrize("top_k", [-1, 0, 51, 10**12, 10**40])
def test_top_k_out_of_range_is_422(client, top_k):
    error = assert_error(client.post("/search", json={"query": "recruitment", "top_k": top_k}), 422)
    assert "top_k" in error["message"]
    assert_error(client.post("/ask", json={"question": "recruitment", "top_k": top_k}), 422)


@pytest.mark.parametrize("top_k", [1, 50])
def test_top_k_at_the_limits_is_fine(client, top_k):
    response = client.post("/search", json={"query": "recruitment", "top_k": top_k})
    assert response.status_code == 200 and len(response.json()["results"]) == top_k


@pytest.mark.parametrize("params", [{"top_k": 0}, {"top_k": 51}, {"top_k": "x"}])
def test_similar_top_k_out_of_range_is_422(client, params):
    initiative_id = client.get("/initiatives").json()["initiatives"][0]["id"]
    assert_error(client.get(f"/initiatives/{initiative_id}/similar", params=params), 422)


@pytest.mark.parametrize("limit", [0, -5, 1001, "many"])
def test_feedback_limit_out_of_range_is_422(client, limit):
    assert_error(client.get("/feedback", params={"limit": limit}), 422)


def test_too_long_query_is_422(client):
    error = assert_error(client.post("/search", json={"query": "a" * 1001}), 422)
    assert "1000" in error["message"]


def test_too_many_filter_values_is_422(client):
    assert_error(client.post("/search", json={"query": "x", "filters": {"forces": ["Kent Police"] * 51}}), 422)


def test_unknown_filter_values_are_422(client):
    error = assert_error(client.post("/search", json={"query": "x", "filters": {"themes": ["<script>"]}}),
                         422, "unknown_filter_value")
    assert error["details"]["valid"]


@pytest.mark.parametrize("body", [
    {"query": "x", "colour": "blue"},
    {"query": "x", "filters": {"force": ["Kent Police"]}},
])
def test_unknown_fields_are_422(client, body):
    assert_error(client.post("/search", json=body), 422, "invalid_request")


# --- odd characters -----------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "stop and search\x00\x01\x02 panels",
    "neurodiversity 🧠🚓 support",
    "👮‍♀️",
    "recruitment\u200b\u202e of women",
    "<script>alert(1)</script>",
    "' OR 1=1; DROP TABLE feedback; --",
    "%s %d {0} ${jndi:ldap://x}",
    "ｗｈａｔ ｈａｓ Ｋｅｎｔ ｄｏｎｅ",
    "???!!!...",
])
def test_odd_characters_in_query_are_fine(client, query):
    response = client.post("/search", json={"query": query, "top_k": 3})
    assert response.status_code == 200, response.text
    assert_clean(response, query)
    response = client.post("/ask", json={"question": query, "top_k": 2})
    assert response.status_code == 200, response.text


def test_lone_surrogates_do_not_break_responses(client):
    raw = b'{"query": "recruitment \\ud800 of women", "top_k": 2}'
    response = client.post("/search", content=raw, headers={"content-type": "application/json"})
    assert_clean(response)
    raw = b'{"query": "x", "filters": {"forces": ["\\udfff"]}}'
    response = client.post("/search", content=raw, headers={"content-type": "application/json"})
    assert_clean(response)


def test_lone_surrogates_in_feedback_are_stored_or_refused_cleanly(client):
    raw = b'{"question": "why \\ud800", "rating": "up", "comment": "\\udc00"}'
    response = client.post("/feedback", content=raw, headers={"content-type": "application/json"})
    assert_clean(response)
    assert_clean(client.get("/feedback"))


# --- malformed bodies ---------------------------------------------------------------------------

def test_one_megabyte_body_is_413(client):
    body = json.dumps({"query": "x" * (1024 * 1024)})
    error = assert_error(client.post("/search", content=body, headers={"content-type": "application/json"}),
                         413, "body_too_large")
    assert "KB" in error["message"]


def test_one_megabyte_body_without_content_length_is_413(client):
    def chunks():
        yield b'{"query": "'
        for _ in range(16):
            yield b"x" * 65536
        yield b'"}'

    response = client.post("/search", content=chunks(), headers={"content-type": "application/json"})
    assert_error(response, 413, "body_too_large")


def test_body_just_under_the_limit_is_read(client):
    body = json.dumps({"query": "x", "padding": " " * (MAX_BODY_BYTES - 100)})
    # an unknown field, so 422, but the body was read and parsed rather than refused
    assert_error(client.post("/search", content=body, headers={"content-type": "application/json"}), 422)


@pytest.mark.parametrize("depth", [10_000, 30_000])
def test_deeply_nested_json_is_a_clean_4xx(client, depth):
    body = "[" * depth + "]" * depth
    assert_error(client.post("/search", content=body, headers={"content-type": "application/json"}),
                 (400, 413, 422))


def test_deeply_nested_object_inside_a_field_is_a_clean_4xx(client):
    depth = 5_000
    inner = '{"a":' * depth + "1" + "}" * depth
    body = '{"query": "x", "filters": ' + inner + "}"
    assert_error(client.post("/search", content=body, headers={"content-type": "application/json"}),
                 (400, 413, 422))


@pytest.mark.parametrize("raw", [
    b'{"query": "caf\xe9 culture"}',
    b"\xff\xfe\x00q\x00",
    b'{"query": "\xc3\x28"}',
])
def test_invalid_utf8_body_is_a_json_4xx(client, raw):
    assert_error(client.post("/search", content=raw, headers={"content-type": "application/json"}), (400, 422))


@pytest.mark.parametrize("raw", [b"", b"{", b'{"query": "x",}', b"null", b"[]", b'"query"', b"NaN"])
def test_malformed_json_is_a_json_4xx(client, raw):
    assert_error(client.post("/search", content=raw, headers={"content-type": "application/json"}), (400, 422))


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"])
def test_wrong_content_type_is_a_json_4xx(client, content_type):
    response = client.post("/search", content=b'{"query": "recruitment"}', headers={"content-type": content_type})
    assert_error(response, (400, 415, 422))


def test_form_encoded_body_is_a_json_4xx(client):
    assert_error(client.post("/search", data={"query": "recruitment"}), (400, 415, 422))


# --- paths and methods ------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/initiatives/..%2F..%2Fetc%2Fpasswd",
    "/initiatives/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/initiatives/%2e%2e",
    "/initiatives/..%2Fcorpus%2Fnpcc-good-practice-case-studies.txt/similar",
    "/initiatives/%00",
    "/initiatives/" + "a" * 300,
    "/initiatives/%ED%A0%80",
])
def test_path_tricks_are_404_or_422_json(client, path):
    response = client.get(path)
    assert_error(response, (404, 422))
    assert "root:" not in response.text


def test_dot_dot_in_a_raw_path_is_404_json(client):
    # httpx would normalise "/initiatives/../x"; send the raw path through the ASGI app instead
    response = client.get("/initiatives/../../etc/passwd")
    assert_error(response, 404)


@pytest.mark.parametrize("path", ["/search", "/ask"])
def test_get_on_post_endpoints_is_405_json(client, path):
    error = assert_error(client.get(path), 405, "method_not_allowed")
    assert "GET" in error["message"]


@pytest.mark.parametrize("method,path", [("POST", "/health"), ("DELETE", "/initiatives"), ("PUT", "/search"),
                                         ("PATCH", "/feedback")])
def test_wrong_methods_are_405_json(client, method, path):
    assert_error(client.request(method, path), 405, "method_not_allowed")


@pytest.mark.parametrize("path", ["/nope", "/search/extra", "/admin", "/.env", "/static/../../etc/passwd"])
def test_unknown_paths_are_404_json(client, path):
    assert_error(client.get(path), 404, "not_found")


def test_openapi_schema_is_served(client):
    schema = client.get("/openapi.json").json()
    assert {"/search", "/ask", "/initiatives/{initiative_id}", "/health"} <= set(schema["paths"])
