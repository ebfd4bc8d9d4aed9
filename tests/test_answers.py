"""The LLM answer path against a local scripted chat-completions server (tests/llm_stub.py):
valid citations renumbered and exact, bad markers removed, every failure answered extractively."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.settings import Settings
from ingest.lines import clean
from llm_stub import LLMStub, prompt_of
from service.answers import check_markers
from service.app import create_app
from service.engine import Engine

QUESTION = "What have forces done on neurodiversity?"
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def stub():
    with LLMStub() as server:
        yield server


@pytest.fixture(scope="module")
def llm_settings(ingested_store, stub, tmp_path_factory) -> Settings:
    settings, _ = ingested_store
    return settings.model_copy(update={
        "llm_url": stub.url, "llm_model": "stub-model", "llm_api_key": "none", "llm_timeout_s": 1.0,
        "api_key": "", "rate_limit_per_minute": 0, "cors_origins": "",
        "data_dir": tmp_path_factory.mktemp("answers-data"),
    })


@pytest.fixture(scope="module")
def client(ingested_store, real_embedder, llm_settings):
    _, store = ingested_store
    engine = Engine(llm_settings, store, real_embedder)
    with TestClient(create_app(llm_settings, engine=engine)) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def fresh_stub(stub):
    stub.reset()
    yield


@pytest.fixture(scope="module")
def corpus(llm_settings):
    root = Path(llm_settings.corpus_dir)

    def text(doc_id: str) -> str:
        return (root / doc_id).read_bytes().decode("utf-8")

    return text


def numbered_passages(body: dict) -> dict[int, str]:
    """The `[n] (who — title) text` lines of the prompt the service sent."""
    lines = {}
    for line in prompt_of(body).splitlines():
        match = re.match(r"\[(\d+)\] \((.*?)\) (.*)$", line)
        if match:
            lines[int(match.group(1))] = match.group(3)
    return lines


def ask(client, question: str = QUESTION, **extra) -> dict:
    response = client.post("/ask", json={"question": question, "top_k": 4, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def assert_exact(citations: list[dict], corpus) -> None:
    for c in citations:
        assert corpus(c["doc_id"])[c["start"]:c["end"]] == c["text"], c


# --- the good path ---------------------------------------------------------------------------

def test_request_reaches_the_chat_completions_endpoint(client, stub):
    stub.script(content="Durham built a toolkit [1].")
    ask(client)
    assert len(stub.requests) == 1
    path, body = stub.requests[0]
    assert path == "/v1/chat/completions"
    assert body["model"] == "stub-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert QUESTION in prompt_of(body)
    assert numbered_passages(body), "the prompt lists numbered passages"


def test_good_reply_is_llm_mode_with_citations_renumbered_and_exact(client, stub, corpus):
    def reply(body: dict) -> str:
        numbers = sorted(numbered_passages(body))
        assert len(numbers) >= 3
        first, second = numbers[2], numbers[0]  # cite out of order: [3] before [1]
        return f"One force built a support network [{first}]. Another assessed staff [{second}][{first}]."

    stub.script(content=reply)
    result = ask(client)
    assert result["mode"] == "llm"
    citations = result["citations"]
    assert [c["n"] for c in citations] == list(range(1, len(citations) + 1)) == [1, 2]
    assert {int(n) for n in MARKER.findall(result["answer"])} == {1, 2}
    assert result["answer"] == "One force built a support network [1]. Another assessed staff [2][1]."
    assert_exact(citations, corpus)
    # renumbered citations point at the passages the model cited, in citing order
    sent = numbered_passages(stub.requests[0][1])
    numbers = sorted(sent)
    assert clean(citations[0]["text"]) == sent[numbers[2]]
    assert clean(citations[1]["text"]) == sent[numbers[0]]
    result_ids = {r["id"] for r in result["results"]}
    assert all(c["initiative_id"] in result_ids for c in citations)


def test_out_of_range_markers_are_removed_and_the_rest_kept(client, stub, corpus):
    stub.script(content="Durham supported staff [1]. Nobody said this [99]. Nor this [0]. Lincolnshire screened [2].")
    result = ask(client)
    assert result["mode"] == "llm"
    assert "[99]" not in result["answer"] and "[0]" not in result["answer"]
    assert result["answer"] == "Durham supported staff [1]. Nobody said this. Nor this. Lincolnshire screened [2]."
    assert [c["n"] for c in result["citations"]] == [1, 2]
    assert_exact(result["citations"], corpus)


def test_long_numbers_that_cite_nothing_are_removed_too(client, stub):
    stub.script(content="Durham supported staff [1]. See also [1234] and [0001].")
    result = ask(client)
    assert result["mode"] == "llm"
    cited = {c["n"] for c in result["citations"]}
    assert {int(n) for n in MARKER.findall(result["answer"])} <= cited


# --- every failure falls back to the extractive answer ---------------------------------------

def assert_extractive(result: dict, corpus) -> None:
    assert result["mode"] == "extractive"
    assert result["citations"], "the extractive answer cites its lines"
    cited = {c["n"] for c in result["citations"]}
    assert {int(n) for n in MARKER.findall(result["answer"])} == cited
    assert_exact(result["citations"], corpus)


def test_reply_without_valid_citations_falls_back_to_extractive(client, stub, corpus):
    stub.script(content="Forces did many things [42], as everyone knows.")
    result = ask(client)
    assert_extractive(result, corpus)
    assert result.get("fallback_reason")


def test_reply_with_no_markers_at_all_falls_back(client, stub, corpus):
    stub.script(content="Lots of forces did good work on this.")
    assert_extractive(ask(client), corpus)


def test_empty_reply_falls_back(client, stub, corpus):
    stub.script(content="")
    assert_extractive(ask(client), corpus)


def test_server_error_falls_back_to_extractive(client, stub, corpus):
    stub.script(status=500)
    result = ask(client)
    assert_extractive(result, corpus)
    assert len(stub.requests) == 1, "no retries against a failing model"


def test_slow_model_times_out_and_falls_back_quickly(client, stub, corpus):
    stub.script(sleep=6, content="Too late [1].")
    started = time.perf_counter()
    result = ask(client)
    elapsed = time.perf_counter() - started
    assert_extractive(result, corpus)
    assert elapsed < 4.0, f"took {elapsed:.1f} s with llm_timeout_s=1"


def test_unreachable_model_falls_back(ingested_store, real_embedder, llm_settings, corpus):
    with LLMStub() as gone:
        url = gone.url  # a port that was free a moment ago and is closed now
    _, store = ingested_store
    settings = llm_settings.model_copy(update={"llm_url": url})
    with TestClient(create_app(settings, engine=Engine(settings, store, real_embedder))) as other:
        assert_extractive(ask(other), corpus)


# --- the marker checker itself ------------------------------------------------------------

def test_check_markers_keeps_allowed_in_first_use_order():
    text, kept = check_markers("a [3] b [7] c [1] d [3]", {1, 3})
    assert text == "a [3] b c [1] d [3]"
    assert kept == [3, 1]


# --- the extractive gist ---------------------------------------------------------------------

def _one_hit(text: str, passage_ends: list[int]):
    from index.records import Initiative, Passage
    from index.retrieval import Hit

    passages, start = [], 0
    for n, end in enumerate(passage_ends):
        passages.append(Passage(f"p{n}", "i", "d.txt", start, end, text[start:end], text[start:end]))
        start = end
    initiative = Initiative("i", "d.txt", 0, len(text), "A scheme", ["Kent Police"], [], "", passages)
    return Hit(initiative, 1.0, [(p, 1.0) for p in passages], [])


def test_gist_prefers_the_sentence_with_the_rarer_question_word():
    from service.answers import _gist_span, _gist_weights

    text = ("Volunteers are on a rota to suit custody staff. "
            "Detainees are screened for ADHD by trained volunteers.")
    hit = _one_hit(text, [len(text)])
    rarity = {"staff": 0.1}.get
    start, end = _gist_span(_gist_weights("ADHD support for staff", lambda t: rarity(t, 3.0)), hit, text)
    assert text[start:end] == "Detainees are screened for ADHD by trained volunteers."
    # with every word equally telling, the earlier sentence wins the tie (one word each)
    start, end = _gist_span(_gist_weights("ADHD support for staff", lambda t: 1.0), hit, text)
    assert text[start:end] == "Volunteers are on a rota to suit custody staff."


def test_gist_looks_at_the_second_best_passage_too():
    from service.answers import _gist_span, _gist_weights

    first = "The network meets monthly. "
    text = first + "It screens officers for dyslexia and neurodivergent conditions."
    hit = _one_hit(text, [len(first), len(text)])
    start, end = _gist_span(_gist_weights("neurodivergent officers", lambda t: 1.0), hit, text)
    assert text[start:end].startswith("It screens officers")
    assert _gist_span(_gist_weights("nothing in common", lambda t: 1.0), hit, text) == (0, len(first) - 1)


def _metric(text: str, figure: str, sentence: str):
    from index.records import Metric

    s_start = text.index(sentence)
    start = text.index(figure, s_start)
    return Metric("d.txt", start, start + len(figure), figure, float(figure.rstrip("%")), "%", None,
                  "", sentence, s_start, s_start + len(sentence))


def test_key_figure_is_not_repeated_when_the_gist_already_shows_it():
    from service.answers import extractive

    first = "The scheme supported 45% of new starters with ADHD screening."
    second = "Retention rose to 90% among those screened."
    text = f"{first} {second}"
    hit = _one_hit(text, [len(first) + 1, len(text)])
    hit.metrics = [_metric(text, "45%", first), _metric(text, "90%", second)]
    out = extractive("ADHD screening for new starters", [hit], {"d.txt": text}.get)
    line = out.answer.splitlines()[1]
    assert "supported 45% of new starters" in line and "Key figure: 90%" in line
    assert line.count("45%") == 1
    hit.metrics = hit.metrics[:1]  # only the figure the gist shows: no key figure at all
    line = extractive("ADHD screening for new starters", [hit], {"d.txt": text}.get).answer.splitlines()[1]
    assert "Key figure" not in line and line.count("45%") == 1
    for citation in out.citations:
        assert text[citation.start:citation.end] == citation.text
