"""The scale-benchmark corpus generator (bench/corpus.py) and the benchmark's small helpers.
No timing assertions: figures live in docs/benchmarks.md."""

from __future__ import annotations

import re

import json
import sys
from pathlib import Path

import pytest

try:
    import bench  # noqa: F401
except ImportError:  # `bench` is not in pyproject's packages yet: import it from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import Asked, answering_paragraphs, force_step, generate, perturb, rotate_force
from bench.report import update_file
from bench.util import percentile, uncached_variant
from index.gazetteer import ALL_FORCES, find_forces
from ingest.pipeline import build_initiatives
from ingest.readers import discover, read_document

FACTOR = 3


@pytest.fixture(scope="module")
def generated(tmp_path_factory, corpus_dir: Path):
    return generate(corpus_dir, tmp_path_factory.mktemp("scale") / "corpus", FACTOR, seed=7)


def _copy_documents(generated, copy: int) -> dict[str, str]:
    """original file name -> text of its `copy`-th copy."""
    out = {}
    for name, k in generated.copies.items():
        if k == copy:
            original = name.removeprefix(f"v{copy:03d}.")
            out[original] = (generated.folder / name).read_text(encoding="utf-8")
    return out


def test_distinct_doc_ids_and_counts(generated, corpus_dir: Path):
    originals = sorted(p.name for p in corpus_dir.glob("*.txt"))
    files, skipped = discover([generated.folder], generated.folder)
    doc_ids = [doc_id for _, doc_id in files]
    assert not skipped
    assert len(doc_ids) == len(set(doc_ids)) == len(originals) * FACTOR
    assert sorted(generated.files) == sorted(doc_ids)
    catalog = json.loads((generated.folder / "catalog.json").read_text(encoding="utf-8"))
    assert set(catalog) <= set(doc_ids)
    titles = [entry["title"] for entry in catalog.values()]
    assert len(titles) == len(set(titles))


def test_copy_zero_is_the_original(generated, corpus_dir: Path):
    for path in corpus_dir.glob("*.txt"):
        assert (generated.folder / path.name).read_bytes() == path.read_bytes()


def test_every_file_is_utf8(generated):
    for name in generated.files:
        data = (generated.folder / name).read_bytes()
        data.decode("utf-8")  # raises if not
        assert data.strip()


def test_forces_differ_between_copies(generated):
    copies = [_copy_documents(generated, k) for k in range(FACTOR)]
    for original in copies[0]:
        mentioned = [sorted({m.name for m in find_forces(c[original])}) for c in copies]
        if not mentioned[0]:
            continue
        for a in range(FACTOR):
            for b in range(a + 1, FACTOR):
                assert mentioned[a] != mentioned[b], (original, a, b)
        # Every force of copy 0 reappears rotated in copy k, none left as it was.
        for k in range(1, FACTOR):
            rotated = {rotate_force(f, k) for f in mentioned[0]}
            assert set(mentioned[k]) & rotated
            assert not set(mentioned[k]) & set(mentioned[0]) - rotated


def test_copies_differ_in_text_and_titles(generated):
    copies = [_copy_documents(generated, k) for k in range(FACTOR)]
    for original in copies[0]:
        texts = {c[original] for c in copies}
        assert len(texts) == FACTOR
    name = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
    titles = [
        {(i.title, tuple(i.forces)) for i in build_initiatives(read_document(generated.folder / n, n))}
        for n in sorted((n for n in generated.files if n.endswith(name)), key=generated.copies.get)
    ]
    assert not titles[0] & titles[1]  # (title, forces) never repeats between copies


def test_generated_documents_give_exact_initiatives(generated):
    for name in generated.files:
        document = read_document(generated.folder / name, name)
        initiatives = build_initiatives(document)
        assert initiatives, name
        for initiative in initiatives:
            assert 0 <= initiative.start < initiative.end <= len(document.text)
            for passage in initiative.passages:
                assert document.text[passage.start:passage.end] == passage.text
                assert initiative.start <= passage.start and passage.end <= initiative.end
            for metric in initiative.metrics:
                assert document.text[metric.start:metric.end] == metric.text


def test_generation_is_deterministic(corpus_dir: Path, tmp_path: Path):
    a = generate(corpus_dir, tmp_path / "a", 2, seed=1)
    b = generate(corpus_dir, tmp_path / "b", 2, seed=1)
    for name in a.files:
        assert (a.folder / name).read_bytes() == (b.folder / name).read_bytes()


def test_force_rotation_never_maps_a_force_to_itself():
    for copy in range(1, 120):
        assert 1 <= force_step(copy) < len(ALL_FORCES)
        assert all(rotate_force(f, copy) != f for f in ALL_FORCES)
    text = "Kent Police and Lancashire Constabulary worked with Kent schools."
    assert perturb(text, 0) == text
    before = [m.name for m in find_forces(text)]
    after = [m.name for m in find_forces(perturb(text, 1))]
    assert before and after == [rotate_force(name, 1) for name in before]
    assert all(a != b for a, b in zip(before, after))


def test_uncached_variants_are_distinct_but_tokenise_alike():
    from index.terms import tokens

    q = "mandatory race equity and allyship training"
    variants = {uncached_variant(q, n) for n in range(1, 50)}
    assert len(variants) == 49 and q not in variants
    assert all(tokens(v) == tokens(q) and v.split() == q.split() for v in variants)


def test_percentile():
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([1.0, 2.0], 50) == 1.5
    assert percentile([5.0], 99) == 5.0


def test_report_keeps_other_sections(tmp_path: Path):
    path = tmp_path / "benchmarks.md"
    update_file(path, {"ingest": "<!-- bench:ingest -->\nold ingest\n<!-- /bench:ingest -->",
                       "scale": "<!-- bench:scale -->\nscale figures\n<!-- /bench:scale -->"}, "run 1")
    update_file(path, {"ingest": "<!-- bench:ingest -->\nnew ingest\n<!-- /bench:ingest -->"}, "run 2")
    text = path.read_text(encoding="utf-8")
    assert "new ingest" in text and "old ingest" not in text
    assert "scale figures" in text and "run 2" in text and "run 1" not in text


def _gold_quotes() -> list[str]:
    quotes = []
    for name in ("dev-questions.jsonl", "extra-questions.jsonl"):
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                quotes += [g["quote"] for g in json.loads(line).get("gold", []) if g.get("quote")]
    return quotes


def test_protected_quotes_exist_only_in_copy_zero(tmp_path, corpus_dir: Path):
    quotes = _gold_quotes()
    plain = generate(corpus_dir, tmp_path / "plain", 2, seed=7)
    copy_one = [(plain.folder / n).read_text(encoding="utf-8") for n, k in plain.copies.items() if k == 1]
    assert any(q in t for q in quotes for t in copy_one)  # shuffling and renaming alone keep some

    protected = generate(corpus_dir, tmp_path / "protected", 2, seed=7, protect=quotes)
    texts = {n: (protected.folder / n).read_text(encoding="utf-8") for n in protected.files}
    for quote in quotes:
        holders = [n for n, t in texts.items() if quote in t]
        assert holders and all(protected.copies[n] == 0 for n in holders), (quote, holders)
    for quote in quotes:  # nor any other sentence of the paragraph holding it
        paragraph = next(line for name, t in texts.items() if protected.copies[name] == 0
                         for line in t.split("\n") if quote in line)
        others = [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if quote not in s and len(s) > 60]
        for name, text in texts.items():
            if protected.copies[name]:
                assert not any(s in text for s in others), (quote, name)
    for name, k in protected.copies.items():  # the rest of each copy is still there
        if k == 1:
            original = (corpus_dir / name.removeprefix("v001.")).read_text(encoding="utf-8")
            assert len(texts[name]) > 0.6 * len(original)
            assert build_initiatives(read_document(protected.folder / name, name))


def test_answering_paragraphs_leave_out_other_answers_to_the_question():
    text = ("# Kent Police\n\n"
            "Kent Police delivered a training package titled 'Race Equity and Allyship'.\n\n"
            "The Race Equity and Allyship training is mandatory for sergeants and above.\n\n"
            "It was written with a local charity.\n\n"
            "Attendance rose to 170 officers, and 95% said it helped.\n")
    span = [(0, len(text))]
    lines = lambda cut: [text[s:e] for s, e in cut]  # noqa: E731
    lookup = Asked("delivered a training package titled", "mandatory race equity and allyship training for sergeants")
    # the other paragraph saying what is asked goes; the rest of the initiative stays
    assert lines(answering_paragraphs(text, span, [lookup])) == [
        "The Race Equity and Allyship training is mandatory for sergeants and above."]
    # a force named in the question is no asked-for fact (every copy names another force)
    kent = Asked(lookup.quote, "what has Kent done on a local charity")
    assert lines(answering_paragraphs(text, span, [kent])) == ["It was written with a local charity."]
    # a metric question: the paragraphs holding its figures, read as whole figures
    metric = Asked(lookup.quote, "how many attended", "metric", ("95%",))
    assert lines(answering_paragraphs(text, span, [metric])) == [
        "Attendance rose to 170 officers, and 95% said it helped."]
    assert answering_paragraphs(text, span, [Asked(lookup.quote, "how many", "metric", ("70",))]) == []
    # topic and similar questions: only the quote's own paragraph (drop_paragraphs) is left out
    assert answering_paragraphs(text, span, [Asked(lookup.quote, lookup.question, "topic")]) == []
    # outside the initiative holding the quote nothing is looked at
    assert answering_paragraphs(text, [(0, 20)], [lookup]) == []


def test_copies_hold_no_other_answer_to_a_graded_question(tmp_path, corpus_dir: Path):
    """At 10x, copies kept paragraphs of the gold initiative besides the quote's that still said what
    the question asked (under another force) and ranked first: a second answer, not a distractor."""
    from bench.parts import gold_questions

    asked = gold_questions()
    assert {a.kind for a in asked} >= {"lookup", "metric"}
    generated = generate(corpus_dir, tmp_path / "corpus", 2, seed=7, asked=asked)
    copies = [(generated.folder / n).read_text(encoding="utf-8") for n, k in generated.copies.items() if k == 1]
    originals = [p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.txt")]
    for answer in ("training is mandatory for all leaders and line managers within",  # d12
                   "During the summer protests, the network has served as a beacon",  # d07
                   "feeds into a PowerBI dashboard",  # d05
                   "54% reduction in 'not liking my job.'"):  # m03: a figure asked, beside the quote
        assert any(answer in t for t in originals)
        assert not any(answer in t for t in copies), answer
    for a in asked:  # and every gold quote, as before
        assert not any(a.quote in t for t in copies), a.quote
    # most of the text is still there (75%, against 84% leaving out only the quotes' paragraphs; a
    # short document asked about three times loses nearly half), and every copy segments
    assert sum(map(len, copies)) > 0.7 * sum(map(len, originals))
    for name, k in generated.copies.items():
        if k == 1:
            assert build_initiatives(read_document(generated.folder / name, name))


def test_lean_client_posts_json_on_one_connection():
    """bench.util.LeanClient: the latency figures' client, JSON both ways, keep-alive, errors raised."""
    import json as _json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from bench.util import LeanClient

    peers: list = []

    class Echo(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            peers.append(self.client_address)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status = 200 if self.path == "/ok" else 422
            out = _json.dumps({"got": _json.loads(body), "path": self.path}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with LeanClient(f"http://127.0.0.1:{server.server_address[1]}") as client:
            assert client.post("/ok", {"query": "a"}) == {"got": {"query": "a"}, "path": "/ok"}
            assert client.post("/ok", {"query": "b"})["got"] == {"query": "b"}
            with pytest.raises(RuntimeError, match="422"):
                client.post("/bad", {"query": "c"})
        assert len(set(peers)) == 1  # one keep-alive connection
    finally:
        server.shutdown()
