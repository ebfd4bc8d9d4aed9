"""A sentence-transformers ONNX export run with ONNX Runtime and the model's own fast tokenizer,
without importing sentence-transformers.

Why: importing sentence-transformers pulls in torch, transformers and scikit-learn, 3.9 s of a
cold `gpsearch ingest` whose whole budget is torch's time to encode the corpus (~11 s on this
machine; docs/benchmarks.md). The export is still made by sentence-transformers (optimum), once;
running it needs only `onnxruntime` and `tokenizers`, both already installed by it.

What it runs: the common sentence-transformers text pipeline — Transformer, then mean or CLS
pooling, then optional Normalize — as sentence-transformers' own ONNX backend runs it (texts
stripped, truncated to the model's max_seq_length, sorted by length and batched, pooled over the
attention mask). `OnnxEncoder.supports(folder)` says whether a folder is such a pipeline; any
other (a Dense layer, a prompt, max pooling...) is left to sentence-transformers.
tests/test_embedder.py checks the vectors against sentence-transformers' on the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

_TRANSFORMER, _POOLING, _NORMALIZE = "Transformer", "Pooling", "Normalize"


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _modules(folder: Path) -> list[tuple[str, Path]]:
    """(kind, folder) of each module in modules.json: the class name without its package."""
    listed = _read(folder / "modules.json")
    if not isinstance(listed, list):
        return []
    return [(str(m.get("type", "")).rsplit(".", 1)[-1], folder / str(m.get("path", ""))) for m in listed]


def _pooling_mode(config: dict) -> str:
    """'mean' or 'cls' (both config formats), else '' (not supported here)."""
    mode = config.get("pooling_mode")
    if mode is None:  # the older format: one boolean per mode
        on = [name for name in ("cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens",
                                "weightedmean_tokens", "lasttoken") if config.get(f"pooling_mode_{name}")]
        mode = {"cls_token": "cls", "mean_tokens": "mean"}.get(on[0], "") if len(on) == 1 else ""
    if config.get("include_prompt") is False:
        return ""
    return mode if mode in ("mean", "cls") else ""


class _Tokenizer:
    """Called like a transformers tokenizer for what the project asks of one (token counts, not
    truncated, as a transformers tokenizer called without truncation counts them)."""

    def __init__(self, tokenizer):
        self._tokenizer = tokenizer

    def __call__(self, text: str, add_special_tokens: bool = True) -> dict:
        return {"input_ids": self._tokenizer.encode(text, add_special_tokens=add_special_tokens).ids}


class OnnxEncoder:
    """`encode` like SentenceTransformer.encode, from an exported model folder."""

    def __init__(self, folder: str | Path, file_name: str, session_options=None):
        import onnxruntime
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        modules = _modules(self.folder)
        if not self.supports(self.folder):
            raise ValueError(f"{self.folder} is not a Transformer → mean/CLS Pooling → [Normalize] pipeline")
        self.pooling = _pooling_mode(_read(modules[1][1] / "config.json"))
        self.normalize = len(modules) == 3
        sbert = _read(self.folder / "sentence_bert_config.json")
        tokenizer_config = _read(self.folder / "tokenizer_config.json")
        self.max_seq_length = int(sbert.get("max_seq_length") or tokenizer_config.get("model_max_length") or 512)
        self.lower_case = bool(sbert.get("do_lower_case", False))
        tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        tokenizer.no_padding()  # each batch is padded to its longest text below
        tokenizer.enable_truncation(self.max_seq_length)
        self._tok = tokenizer
        counter = Tokenizer.from_file(str(self.folder / "tokenizer.json"))  # counts past the limit too
        counter.no_padding()
        counter.no_truncation()
        self.tokenizer = _Tokenizer(counter)
        pad = _read(self.folder / "special_tokens_map.json").get("pad_token")
        pad_token = pad.get("content") if isinstance(pad, dict) else pad
        self._pad_id = tokenizer.token_to_id(pad_token) if pad_token else 0
        self.session = onnxruntime.InferenceSession(str(self.folder / file_name), sess_options=session_options,
                                                    providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self.session.get_inputs()}
        self._dimension = int(self.session.get_outputs()[0].shape[-1])

    @staticmethod
    def supports(folder: str | Path) -> bool:
        folder = Path(folder)
        modules = _modules(folder)
        kinds = [kind for kind, _ in modules]
        if kinds not in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE]):
            return False
        return bool(_pooling_mode(_read(modules[1][1] / "config.json"))) and (folder / "tokenizer.json").exists()

    def get_sentence_embedding_dimension(self) -> int:
        return self._dimension

    def encode(self, texts: list[str], batch_size: int = 32, normalize_embeddings: bool = False,
               convert_to_numpy: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        texts = [str(t).strip() for t in texts]
        if self.lower_case:
            texts = [t.lower() for t in texts]
        order = np.argsort([-len(t) for t in texts], kind="stable")  # as sentence-transformers sorts
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for at in range(0, len(texts), batch_size):
            chosen = order[at:at + batch_size]
            out[chosen] = self._batch([texts[i] for i in chosen])
        if normalize_embeddings:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tok.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(texts), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        types = np.zeros((len(texts), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            n = len(encoding.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = encoding.ids, encoding.attention_mask, encoding.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        tokens = self.session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        if self.pooling == "cls":
            pooled = tokens[:, 0]
        else:
            weights = mask[..., None].astype(tokens.dtype)
            pooled = (tokens * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        pooled = pooled.astype(np.float32)
        if self.normalize:
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled
