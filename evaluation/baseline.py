"""Stock LlamaIndex pipelines over the same corpus and embedding model, for `gpsearch eval --baseline`.

* ``llamaindex-default``: SentenceSplitter defaults (1024-token chunks, 200 overlap), an in-memory
  VectorStoreIndex (SimpleVectorStore), vector retrieval of the top 10 chunks.
* ``llamaindex-hybrid``: SentenceSplitter(chunk_size=512), vector retrieval plus BM25 (bm25s, a
  lowercase word tokenizer), fused by llama-index-core's QueryFusionRetriever in
  ``reciprocal_rerank`` mode with one query (no LLM query generation), top 10.

Documents are read with the project's reader so chunk offsets index the same text the grader
uses. Each chunk becomes one result in the /search shape: its span, one passage (the chunk
itself), no forces, organisations or metrics - the stock pipeline has no such fields.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from llama_index.core import Document as LlamaDocument
from llama_index.core import VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.llms.mock import MockLLM
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.retrievers import BaseRetriever, QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from pydantic import PrivateAttr

from evaluation.questions import Span
from evaluation.systems import seed_owner

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    """The BM25 tokenizer: lowercase words, nothing else."""
    return _WORD.findall(text.lower())


class ProjectEmbedding(BaseEmbedding):
    """The project's embedder (index/embedder.py) as a llama-index embedding model."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder, **kwargs: Any):
        super().__init__(model_name=getattr(embedder, "name", "project-embedder"),
                         embed_batch_size=kwargs.pop("embed_batch_size", 64), **kwargs)
        self._embedder = embedder

    @classmethod
    def class_name(cls) -> str:
        return "ProjectEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed([query])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [v.tolist() for v in self._embedder.embed(list(texts))]


class BM25Retriever(BaseRetriever):
    """Okapi BM25 over nodes with bm25s and `tokenize`."""

    def __init__(self, nodes: list[TextNode], similarity_top_k: int = 10):
        import bm25s

        self._nodes = list(nodes)
        self.similarity_top_k = similarity_top_k
        self._bm25 = bm25s.BM25()
        self._bm25.index([tokenize(n.get_content()) or [""] for n in self._nodes], show_progress=False)
        super().__init__()

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        tokens = [t for t in tokenize(query_bundle.query_str) if t in self._bm25.vocab_dict]
        if not tokens or not self._nodes:
            return []
        scores = self._bm25.get_scores(tokens)
        order = sorted(range(len(self._nodes)), key=lambda i: -float(scores[i]))
        return [NodeWithScore(node=self._nodes[i], score=float(scores[i]))
                for i in order[: self.similarity_top_k] if scores[i] > 0]


def chunk_documents(documents: dict[str, str], splitter: SentenceSplitter) -> tuple[list[TextNode], dict]:
    """Split the documents; every node gets an exact (doc_id, start, end) in its metadata.

    SentenceSplitter sets start/end_char_idx; they are checked against the text and, where they
    do not match, recomputed with str.find (counted in the returned stats)."""
    nodes: list[TextNode] = []
    stats = {"chunks": 0, "offsets_exact": 0, "offsets_found": 0, "offsets_missing": 0}
    for doc_id in sorted(documents):
        text = documents[doc_id]
        parsed = splitter.get_nodes_from_documents([LlamaDocument(text=text, id_=doc_id)])
        cursor = 0
        for node in parsed:
            content = node.get_content()
            start, end = node.start_char_idx, node.end_char_idx
            if start is not None and end is not None and text[start:end] == content:
                stats["offsets_exact"] += 1
            else:
                found = text.find(content, cursor)
                if found < 0:
                    found = text.find(content)
                if found < 0:
                    stats["offsets_missing"] += 1
                    log.warning("chunk of %s not found in its text; left out", doc_id)
                    continue
                start, end = found, found + len(content)
                stats["offsets_found"] += 1
            cursor = start
            node.metadata = {"doc_id": doc_id, "start": start, "end": end}
            # Offsets are bookkeeping, not content: neither embedded nor shown to an LLM.
            node.excluded_embed_metadata_keys = ["doc_id", "start", "end"]
            node.excluded_llm_metadata_keys = ["doc_id", "start", "end"]
            nodes.append(node)
    stats["chunks"] = len(nodes)
    return nodes, stats


def node_result(node: TextNode, score: float | None, text: str) -> dict:
    """A chunk in the /search result shape."""
    doc_id, start, end = node.metadata["doc_id"], node.metadata["start"], node.metadata["end"]
    chunk = text[start:end]
    return {
        "id": node.node_id, "title": " ".join(chunk[:80].split()), "forces": [], "organisations": [],
        "theme": "", "doc_id": doc_id, "start": start, "end": end, "score": score or 0.0,
        "passages": [{"doc_id": doc_id, "start": start, "end": end, "text": chunk, "score": score or 0.0}],
        "metrics": [],
    }


class LlamaIndexBaseline:
    """One stock pipeline, answering the grader's System calls."""

    mode = "in-process"

    def __init__(self, name: str, nodes: list[TextNode], documents: dict[str, str],
                 make_retriever):
        self.name = name
        self.nodes = nodes
        self.documents = documents
        self._make = make_retriever
        self._retrievers: dict[int, BaseRetriever] = {}

    def retriever(self, top_k: int) -> BaseRetriever:
        if top_k not in self._retrievers:
            self._retrievers[top_k] = self._make(top_k)
        return self._retrievers[top_k]

    def _results(self, hits: list[NodeWithScore]) -> list[dict]:
        return [node_result(h.node, h.score, self.documents[h.node.metadata["doc_id"]]) for h in hits]

    def search(self, query: str, top_k: int) -> list[dict]:
        return self._results(self.retriever(top_k).retrieve(query))

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        """Retrieve with the text of the chunk holding the seed, that chunk left out."""
        spans = [(n.node_id, (n.metadata["doc_id"], n.metadata["start"], n.metadata["end"])) for n in self.nodes]
        owner = seed_owner(spans, seed)
        if owner is None:
            return None, []
        node = next(n for n in self.nodes if n.node_id == owner)
        hits = [h for h in self.retriever(top_k + 1).retrieve(node.get_content()) if h.node.node_id != owner]
        return owner, self._results(hits[:top_k])


def _vector_index(nodes: list[TextNode], embed_model: BaseEmbedding) -> VectorStoreIndex:
    return VectorStoreIndex(nodes, embed_model=embed_model, show_progress=False)


def build_default(documents: dict[str, str], embed_model: BaseEmbedding) -> tuple[LlamaIndexBaseline, dict]:
    """SentenceSplitter defaults, vector retrieval only."""
    started = time.perf_counter()
    nodes, stats = chunk_documents(documents, SentenceSplitter())
    index = _vector_index(nodes, embed_model)
    stats["seconds"] = round(time.perf_counter() - started, 1)
    return LlamaIndexBaseline("llamaindex-default", nodes, documents,
                              lambda k: index.as_retriever(similarity_top_k=k)), stats


def build_hybrid(documents: dict[str, str], embed_model: BaseEmbedding) -> tuple[LlamaIndexBaseline, dict]:
    """512-token chunks, vector + BM25 fused by reciprocal rank."""
    started = time.perf_counter()
    nodes, stats = chunk_documents(documents, SentenceSplitter(chunk_size=512))
    index = _vector_index(nodes, embed_model)

    def make(k: int) -> BaseRetriever:
        return QueryFusionRetriever(
            [index.as_retriever(similarity_top_k=k), BM25Retriever(nodes, similarity_top_k=k)],
            llm=MockLLM(),  # never called with num_queries=1; keeps llama-index off its OpenAI default
            mode="reciprocal_rerank", similarity_top_k=k, num_queries=1, use_async=False,
        )

    stats["seconds"] = round(time.perf_counter() - started, 1)
    return LlamaIndexBaseline("llamaindex-hybrid", nodes, documents, make), stats


def build_baselines(settings, documents: dict[str, str], embedder=None
                    ) -> tuple[list[LlamaIndexBaseline], dict]:
    """Both stock pipelines over `documents` (doc_id -> text), with the project's embedder
    (the one `settings` names unless given)."""
    if embedder is None:
        from index.embedder import embedder_from_settings

        embedder = embedder_from_settings(settings)
    embed_model = ProjectEmbedding(embedder)
    default, default_stats = build_default(documents, embed_model)
    hybrid, hybrid_stats = build_hybrid(documents, embed_model)
    return [default, hybrid], {"llamaindex-default": default_stats, "llamaindex-hybrid": hybrid_stats}
