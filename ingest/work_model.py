"""Is a found section a piece of work? A judgement from what the section says, for the pieces
the layout rules keep.

The rules (ingest/segment.py, ingest/common.py) know the apparatus of the kinds of document they
were written for: contents, methodology, notes to editors, committee-report parts. Documents of
kinds they have never seen bring apparatus of their own: a news listing's missing-person appeal and
recruitment evening, an inquest report's account of the death, a parish newsletter's chairman's
letter and meeting dates. Those read differently from a description of what a force did, and the
embedding model the store already uses sees the difference. The model here is a logistic
regression over a piece's stored vector (the mean of its passages' vectors, which ingest computes
anyway: judging costs no encoding) and three facts of its shape (`shape`: whether it reports
results, its length, and how much of it is told in the past tense), fitted on the development documents' found pieces labelled by their
manifests (`python -m evaluation.work_model --write`, which also reports what it is worth on each
set left out).

Two limits keep it from doing harm where it is unsure:
- a document's only piece is held to a far lower threshold of its own (`lone_threshold`, chosen
  by the same leave-one-set-out table; before round 38 it was never judged), so a press release or
  a practice record (one piece of work, however short) is not emptied, while a page whose one
  found section plainly tells no work (a theatre's content warning, a nomination form) is; a
  document of several pieces none of which it judges
  work (a course page's reading, quiz and reflection) is stored with no initiative and a note
  saying so (ingest/pipeline.py), not given its least bad section as one (round 28, against
  keeping each document's best-judged piece: leave-one-set-out 0.902 -> 0.905 at the chosen
  setting, the same 16 of 741 real pieces dropped; judging only pieces too would reach 0.909 but
  empties a two-sentence press release: docs/evaluation.md);
- it judges only with the embedding model it was fitted with (`applies`): any other embedder leaves
  the rules' pieces as they are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.records import Initiative
from ingest.sentences import sentences

MODEL_FILE = Path(__file__).resolve().parent / "data" / "work-model.json"


@dataclass(frozen=True)
class WorkModel:
    embed_model: str  # the embedder name the weights were fitted with
    weights: np.ndarray
    bias: float
    threshold: float
    lone_threshold: float = 0.0  # a document's only piece is kept unless judged below this (0: always kept)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> WorkModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(embed_model=data["embed_model"], weights=np.asarray(data["weights"], dtype=np.float64),
                   bias=float(data["bias"]), threshold=float(data["threshold"]),
                   lone_threshold=float(data.get("lone_threshold", 0.0)))

    def applies(self, embedder) -> bool:
        """True when `embedder` makes the vectors the weights were fitted on (any backend of the
        same model: int8 vectors are within cosine 0.999 of fp32's)."""
        dimension = getattr(embedder, "dimension", None)
        return getattr(embedder, "name", None) == self.embed_model and \
            dimension in (None, len(self.weights) - len(SHAPE_FEATURES))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(piece of work) for each row of `x` (rows made by `features`)."""
        return 1.0 / (1.0 + np.exp(-(np.asarray(x, dtype=np.float64) @ self.weights + self.bias)))

    def keep(self, probabilities: np.ndarray) -> list[bool]:
        """Which of one document's pieces to keep: those judged work (none, when none is); its
        only piece unless judged far from work (`lone_threshold`)."""
        threshold = self.lone_threshold if len(probabilities) == 1 else self.threshold
        return [bool(p >= threshold) for p in probabilities]


# what a piece's shape says beside its words: whether it reports results (its evidence stage is
# more than untested), how long it is (log of its length in 500-character units) and what share of
# its sentences tell of the past (work done, 'we set up ...', 'thefts fell', not a service's standing
# description, 'we look after shops'). Chosen by the leave-one-set-out table (docs/evaluation.md,
# rounds 14 and 27) among the piece's passage and metric counts, its length, its evidence, whether it
# names a body or a time, and its past-tense share.
SHAPE_FEATURES = ("reports results", "log length", "past share")
# a verb in the past tense: a regular one's ending, or a common irregular one
_PAST = re.compile(r"(?i)\b(?:\w{3,}ed|was|were|had|did|began|ran|took|made|gave|won|met|held|saw|fell|rose|grew|"
                   r"led|found|brought|built|bought|sent|spent|kept|went|came|became|got|told|paid|chose)\b")


def shape(initiative: Initiative) -> list[float]:
    said = sentences(" ".join(p.clean_text for p in initiative.passages)) or [""]
    past = sum(bool(_PAST.search(s)) for s in said) / len(said)
    return [float(initiative.evidence.stage != "untested"), float(np.log1p((initiative.end - initiative.start) / 500)),
            float(past)]


def features(vectors: np.ndarray, initiatives: list[Initiative]) -> np.ndarray:
    """The model's input for each piece: its stored vector, normalised, then its `shape`."""
    x = np.asarray(vectors, dtype=np.float64).reshape(len(initiatives), -1)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return np.hstack([x, np.array([shape(i) for i in initiatives], dtype=np.float64).reshape(len(initiatives), -1)])


@lru_cache(maxsize=1)
def work_model() -> WorkModel:
    return WorkModel.load()


def judges(pieces: int, embedder) -> bool:
    """Whether a document's `pieces` are judged at all: with the embedder the model was fitted
    with, two or more, or one when the model holds a lone piece to a threshold."""
    return pieces >= (1 if work_model().lone_threshold > 0 else 2) and work_model().applies(embedder)


def judge(vectors: np.ndarray, initiatives: list[Initiative], embedder) -> list[float | None]:
    """Each piece's P(piece of work) from its vector (a row of `vectors`, made by `embedder`) and
    its shape; None for every piece when nothing is judged (`judges`)."""
    if not judges(len(initiatives), embedder):
        return [None] * len(initiatives)
    return [float(p) for p in work_model().probabilities(features(vectors, initiatives))]


def kept(probabilities: list[float | None]) -> list[bool]:
    """The pieces `judge` leaves in (all of them when nothing was judged)."""
    if not probabilities or any(p is None for p in probabilities):
        return [True] * len(probabilities)
    return work_model().keep(np.asarray(probabilities))
