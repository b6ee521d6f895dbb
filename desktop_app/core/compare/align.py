"""Align sentences across documents: candidate pairs, scores, best matches, doc similarity."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .copies import COMPARED, Copies
from .groups import node_scores
from .scoring import FloatArray, IntArray, PairScorer, SentenceCorpus

# Up to this many sentences every pair is scored (rapidfuzz cdist); above it only pairs
# that share content words are (see candidate_pairs), which the benchmark checks loses
# nothing above the agreement threshold.
EXHAUSTIVE_LIMIT = 1000
# tf-idf cosine a pair needs to be scored at all in blocked mode: `python -m desktop_app.bench`
# measures that it keeps every pair exhaustive scoring puts above the default threshold.
BLOCKING_FLOOR = 0.12


@dataclass(frozen=True)
class ScoredPairs:
    """Cross-document sentence pairs scoring at least the storage floor (rows < cols)."""

    rows: IntArray
    cols: IntArray
    scores: FloatArray
    pairs_scored: int
    pairs_possible: int


def _later_sentences(corpus: SentenceCorpus, doc: int) -> tuple[IntArray, IntArray]:
    rows = np.flatnonzero(corpus.doc_of == doc)
    cols = np.flatnonzero(corpus.doc_of > doc)
    return rows, cols


def pairs_possible(corpus: SentenceCorpus) -> int:
    sizes = np.bincount(corpus.doc_of).astype(np.int64)
    return int((sizes.sum() ** 2 - (sizes**2).sum()) // 2)


def score_exhaustive(corpus: SentenceCorpus, scorer: PairScorer, floor: float) -> ScoredPairs:
    """Score every cross-document pair, one document's rows against all later ones."""
    found_rows, found_cols, found_scores, scored = [], [], [], 0
    documents = int(corpus.doc_of.max()) + 1 if len(corpus.doc_of) else 0
    for doc in range(documents):
        rows, cols = _later_sentences(corpus, doc)
        if len(rows) == 0 or len(cols) == 0:
            continue
        block = scorer.score_block(corpus, rows, cols)
        scored += block.size
        r, c = np.nonzero(block >= floor)
        found_rows.append(rows[r])
        found_cols.append(cols[c])
        found_scores.append(block[r, c])
    return _collect(found_rows, found_cols, found_scores, scored, pairs_possible(corpus))


def _doc_bounds(corpus: SentenceCorpus) -> list[tuple[int, int]]:
    """Row range of each document (corpus rows are grouped by document, in order)."""
    documents = int(corpus.doc_of.max()) + 1 if len(corpus.doc_of) else 0
    edges = np.searchsorted(corpus.doc_of, np.arange(documents + 1))
    return [(int(edges[d]), int(edges[d + 1])) for d in range(documents)]


def candidate_pairs(corpus: SentenceCorpus, blocking_floor: float = BLOCKING_FLOOR
                    ) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs that share enough rare content words to be worth scoring, with their cosine.

    One sparse product per document against all later documents: the cost follows
    the shared vocabulary, not the number of possible pairs.
    """
    found_rows, found_cols, found_cosines = [], [], []
    transposed = corpus.tfidf.T.tocsc()
    for start, end in _doc_bounds(corpus):
        if start == end or end >= corpus.tfidf.shape[0]:
            continue
        product = (corpus.tfidf[start:end] @ transposed[:, end:]).tocoo()
        keep = product.data >= blocking_floor
        found_rows.append(product.row[keep].astype(np.int64) + start)
        found_cols.append(product.col[keep].astype(np.int64) + end)
        found_cosines.append(product.data[keep].astype(np.float32))
    if not found_rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    return np.concatenate(found_rows), np.concatenate(found_cols), np.concatenate(found_cosines)


def score_blocked(corpus: SentenceCorpus, scorer: PairScorer, floor: float) -> ScoredPairs:
    """Score only candidate pairs: cost grows with shared vocabulary, not with N squared."""
    rows, cols, cosines = candidate_pairs(corpus)
    scores = scorer.score_pairs(corpus, rows, cols, known={"tfidf": cosines})
    keep = scores >= floor
    return ScoredPairs(rows[keep], cols[keep], scores[keep], len(rows), pairs_possible(corpus))


def _collect(rows: list[IntArray], cols: list[IntArray], scores: list[FloatArray], scored: int,
             possible: int) -> ScoredPairs:
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return ScoredPairs(empty, empty, np.zeros(0, dtype=np.float32), scored, possible)
    return ScoredPairs(np.concatenate(rows), np.concatenate(cols), np.concatenate(scores),
                       scored, possible)


def score_corpus(corpus: SentenceCorpus, scorer: PairScorer, floor: float,
                 exhaustive: bool | None = None) -> ScoredPairs:
    """Exhaustive scoring for small corpora, blocked scoring for large ones."""
    if exhaustive is None:
        exhaustive = len(corpus.normalised) <= EXHAUSTIVE_LIMIT
    if exhaustive:
        return score_exhaustive(corpus, scorer, floor)
    return score_blocked(corpus, scorer, floor)


def best_match_mask(pairs: ScoredPairs, doc_of: IntArray, threshold: float,
                    mutual: bool = True) -> np.ndarray:
    """Pairs at or above threshold that are each other's best match between their two
    documents (or, with mutual=False, the best of either side)."""
    above = pairs.scores >= threshold
    if not above.any():
        return np.zeros(len(pairs.scores), dtype=bool)
    index = np.flatnonzero(above)
    sides = []
    for own, other in ((pairs.rows, pairs.cols), (pairs.cols, pairs.rows)):
        key_sentence = own[index]
        key_doc = doc_of[other[index]]
        order = np.lexsort((-pairs.scores[index], key_doc, key_sentence))
        sorted_sentence, sorted_doc = key_sentence[order], key_doc[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = (sorted_sentence[1:] != sorted_sentence[:-1]) | (sorted_doc[1:] != sorted_doc[:-1])
        side = np.zeros(len(pairs.scores), dtype=bool)
        side[index[order[first]]] = True
        sides.append(side)
    return (sides[0] & sides[1]) if mutual else (sides[0] | sides[1])


def similarity_matrix(pairs: ScoredPairs, doc_of: IntArray, documents: int) -> np.ndarray:
    """Mean best-match score of each document's sentences in each other document, symmetrised."""
    sentences = len(doc_of)
    best = np.zeros((sentences, max(documents, 1)), dtype=np.float32)
    np.maximum.at(best, (pairs.rows, doc_of[pairs.cols]), pairs.scores)
    np.maximum.at(best, (pairs.cols, doc_of[pairs.rows]), pairs.scores)
    counts = np.bincount(doc_of, minlength=documents).astype(np.float64)
    sums = np.zeros((documents, documents), dtype=np.float64)
    np.add.at(sums, doc_of, best[:, :documents])
    with np.errstate(invalid="ignore", divide="ignore"):
        directed = np.where(counts[:, None] > 0, sums / counts[:, None], 0.0)
    matrix = (directed + directed.T) / 2.0
    np.fill_diagonal(matrix, 1.0)
    return matrix


def copies_similarity(copies: Copies, node_of_row: IntArray, pairs: ScoredPairs, documents: int
                      ) -> np.ndarray:
    """similarity_matrix for an analysis of kept copies (compare.copies): a sentence's best
    match in another document is the best of its node against that document's nodes (1 when
    the document holds a copy), so every copy counts though only kept ones were scored."""
    nodes = copies.nodes
    best_pairs = node_scores(node_of_row[pairs.rows], node_of_row[pairs.cols], pairs.scores, nodes)
    low, high, values = best_pairs.pairs()
    diagonal = np.arange(nodes, dtype=np.int64)
    by_node = sparse.csc_matrix(
        (np.concatenate([values, values, np.ones(nodes, dtype=np.float32)]),
         (np.concatenate([low, high, diagonal]), np.concatenate([high, low, diagonal]))),
        shape=(nodes, nodes))
    compared = np.flatnonzero(copies.standing == COMPARED)
    doc_of, node_of = copies.doc_of[compared], copies.node_of[compared]
    held = sparse.csr_matrix((np.ones(len(compared)), (doc_of, node_of)), shape=(documents, nodes))
    counts = np.bincount(doc_of, minlength=documents).astype(np.float64)
    sums = np.zeros((documents, documents), dtype=np.float64)
    edges = np.searchsorted(doc_of, np.arange(documents + 1))
    for other in range(documents):
        own = np.unique(node_of[edges[other] : edges[other + 1]])
        if own.size:
            best = np.asarray(by_node[:, own].max(axis=1).todense(), dtype=np.float64).ravel()
            sums[:, other] = held @ best
    with np.errstate(invalid="ignore", divide="ignore"):
        directed = np.where(counts[:, None] > 0, sums / counts[:, None], 0.0)
    matrix = (directed + directed.T) / 2.0
    np.fill_diagonal(matrix, 1.0)
    return matrix
