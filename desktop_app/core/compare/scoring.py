"""Pluggable sentence-pair scorers over one corpus of sentences.

A scorer maps candidate pairs (row and column indices into the corpus) to
scores in [0, 1]. Character similarity alone misses paraphrase, so the default
combines a weighted content-word overlap (rare words, names and numbers count
most) with rapidfuzz's token-set similarity. A semantic scorer (sentence
embeddings) can be added by implementing the same protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from scipy import sparse

from ..text.textnorm import STOP_WORDS, raw_tokens, stem

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
Known = dict[str, FloatArray]
NAME_BOOST = 1.6
NUMBER_BOOST = 1.6


@dataclass(frozen=True)
class SentenceCorpus:
    """All sentences of all documents, normalised once and shared by every scorer."""

    normalised: tuple[str, ...]
    doc_of: IntArray
    tfidf: sparse.csr_matrix
    vocabulary: tuple[str, ...]  # a readable surface word for each column
    text_ids: IntArray  # equal normalised sentences share an id
    originals: tuple[str, ...] = ()  # the sentences as written (for scorers that read meaning)


class PairScorer(Protocol):
    """Scores candidate pairs of a corpus; 1.0 means the same statement."""

    name: str

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        """Scores for pairs (rows[k], cols[k]); `known` holds scores already computed by name."""
        ...

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        """Full matrix of scores, rows x cols."""
        ...


# Re-analysing after adding one article tokenises every sentence again; a bounded memo of
# this pure function makes that cost proportional to the new sentences.
@lru_cache(maxsize=100_000)
def _weighted_tokens(sentence: str) -> tuple[tuple[str, str, float], ...]:
    words = sentence.split()
    capitalised = {
        w.strip(".,;:!?\"'“”‘’()").lower().replace("’s", "").replace("'s", "")
        for w in words[1:]
        if w[:1].isupper()
    }
    tokens = []
    for token in raw_tokens(sentence):
        if token in STOP_WORDS or len(token) < 2:
            continue
        boost = NUMBER_BOOST if token[0].isdigit() else NAME_BOOST if token in capitalised else 1.0
        tokens.append((stem(token), token, boost))
    return tuple(tokens)


def build_corpus(sentences: Sequence[str], doc_of: Sequence[int],
                 occurrences: Sequence[float] | None = None) -> SentenceCorpus:
    """Normalise sentences and build their TF-IDF rows (rare words weigh most).

    `occurrences`: how many sentences of the articles each row stands for (a kept copy of a
    sentence repeated in a hundred articles stands for fifty); word rarity is counted over
    those, so that scores are the ones every copy would get.
    """
    weighted = [_weighted_tokens(s) for s in sentences]
    vocabulary: dict[str, int] = {}
    surfaces: list[str] = []
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[float] = []
    for tokens in weighted:
        seen: dict[int, float] = {}
        for token, surface, boost in tokens:
            column = vocabulary.setdefault(token, len(vocabulary))
            if column == len(surfaces):
                surfaces.append(surface)
            seen[column] = seen.get(column, 0.0) + boost
        indices.extend(seen)
        data.extend(seen.values())
        indptr.append(len(indices))
    shape = (len(sentences), max(len(vocabulary), 1))
    counts = sparse.csr_matrix((np.asarray(data, np.float32), indices, indptr), shape=shape)
    row_weight = (np.ones(len(sentences)) if occurrences is None
                  else np.asarray(occurrences, dtype=np.float64))
    row_sizes = np.asarray(indptr[1:], dtype=np.int64) - np.asarray(indptr[:-1], dtype=np.int64)
    per_entry = np.repeat(row_weight, row_sizes)
    document_frequency = np.bincount(np.asarray(indices, dtype=np.int64), weights=per_entry,
                                     minlength=shape[1])
    total = float(row_weight.sum())
    idf = np.log((total + 1) / (document_frequency + 1)).astype(np.float32) + 1.0
    weights = counts.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    tfidf = sparse.diags(1.0 / norms).dot(weights).tocsr().astype(np.float32)
    normalised = tuple(" ".join(token for token, _, _ in tokens) for tokens in weighted)
    ids: dict[str, int] = {}
    text_ids = np.fromiter((ids.setdefault(text, len(ids)) for text in normalised), dtype=np.int64,
                           count=len(normalised))
    return SentenceCorpus(normalised, np.asarray(doc_of, dtype=np.int64), tfidf,
                          tuple(surfaces), text_ids, tuple(sentences))


class TfidfScorer:
    """Cosine of IDF-weighted content words: paraphrases share their rare words."""

    name = "tfidf"

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        if known and self.name in known:  # blocking already computed these cosines
            return known[self.name]
        products = corpus.tfidf[rows].multiply(corpus.tfidf[cols])
        return np.asarray(products.sum(axis=1), dtype=np.float32).ravel()

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        block = corpus.tfidf[rows] @ corpus.tfidf[cols].T
        return np.asarray(block.toarray(), dtype=np.float32)


class FuzzyScorer:
    """rapidfuzz similarity of normalised sentences (cdist / cpdist on all cores)."""

    def __init__(self, scorer: Any = fuzz.token_set_ratio, cutoff: float = 0.0) -> None:
        self._scorer = scorer
        self._cutoff = cutoff
        self.name = f"fuzzy:{getattr(scorer, '__name__', 'scorer')}"

    def _strings(self, corpus: SentenceCorpus, index: IntArray) -> list[str]:
        return np.asarray(corpus.normalised, dtype=object)[index].tolist()  # type: ignore[no-any-return]

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        """Score each distinct pair of normalised sentences once (syndicated copy repeats them)."""
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        text_ids = corpus.text_ids
        keys = text_ids[rows].astype(np.int64) * (int(text_ids.max()) + 1) + text_ids[cols]
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        scores = process.cpdist(self._strings(corpus, rows[first]), self._strings(corpus, cols[first]),
                                scorer=self._scorer, score_cutoff=self._cutoff * 100,
                                dtype=np.float32, workers=-1)
        unique_scores: FloatArray = np.asarray(scores, dtype=np.float32) / np.float32(100.0)
        spread: FloatArray = np.take(unique_scores, inverse.ravel())
        return spread

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        if len(rows) == 0 or len(cols) == 0:
            return np.zeros((len(rows), len(cols)), dtype=np.float32)
        scores = process.cdist(self._strings(corpus, rows), self._strings(corpus, cols),
                               scorer=self._scorer, score_cutoff=self._cutoff * 100,
                               dtype=np.float32, workers=-1)
        return np.asarray(scores, dtype=np.float32) / 100.0


class CombinedScorer:
    """Weighted mean of several scorers; the weights sum to one."""

    def __init__(self, parts: Sequence[tuple[PairScorer, float]]) -> None:
        total = sum(weight for _, weight in parts)
        self._parts = [(scorer, weight / total) for scorer, weight in parts]
        self.name = "+".join(f"{weight:.2f}*{scorer.name}" for scorer, weight in self._parts)

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        result = np.zeros(len(rows), dtype=np.float32)
        for scorer, weight in self._parts:
            result += weight * scorer.score_pairs(corpus, rows, cols, known)
        return result

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        result = np.zeros((len(rows), len(cols)), dtype=np.float32)
        for scorer, weight in self._parts:
            result += weight * scorer.score_block(corpus, rows, cols)
        return result


def default_scorer() -> CombinedScorer:
    """IDF-weighted word overlap first, character similarity second."""
    return CombinedScorer([(TfidfScorer(), 0.65), (FuzzyScorer(fuzz.token_set_ratio), 0.35)])


class SharedTerms:
    """The rarest words two sentences share, for a finding's topic and explanation.

    Each row's words are ranked by weight once, on first use; a lookup then walks
    one short list against a set instead of intersecting sparse rows each time.
    """

    def __init__(self, corpus: SentenceCorpus, limit: int = 4) -> None:
        self._corpus, self._limit = corpus, limit
        self._ranked: dict[int, list[int]] = {}
        self._columns: dict[int, frozenset[int]] = {}

    def _row(self, row: int) -> tuple[list[int], frozenset[int]]:
        if row not in self._ranked:
            matrix = self._corpus.tfidf
            span = slice(matrix.indptr[row], matrix.indptr[row + 1])
            columns, weights = matrix.indices[span].tolist(), matrix.data[span].tolist()
            self._ranked[row] = [c for _, c in sorted(zip(weights, columns, strict=True),
                                                       key=lambda wc: (-wc[0], wc[1]))]
            self._columns[row] = frozenset(columns)
        return self._ranked[row], self._columns[row]

    def __call__(self, row: int, col: int) -> list[str]:
        ranked, _ = self._row(row)
        _, other = self._row(col)
        shared = [c for c in ranked if c in other][: self._limit]
        return [self._corpus.vocabulary[c] for c in shared]


def shared_terms(corpus: SentenceCorpus, row: int, col: int, limit: int = 4) -> list[str]:
    """One-off form of SharedTerms."""
    return SharedTerms(corpus, limit)(row, col)
