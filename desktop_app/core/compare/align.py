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


# Candidates kept per sentence, the strongest first (and never fewer than two per article, so a
# wire story's copies all stay): real articles give a sentence a few dozen; text of a few dozen
# words repeated (hostile input) gives every sentence every other one, and 10,000 x 30,000
# sentences would be scored, and held, 300 million times.
CANDIDATES_PER_SENTENCE = 1000
PRODUCT_ROWS = 256  # sentences multiplied at once: the product's memory stays bounded


def _strongest_per_row(matrix: sparse.csr_matrix, limit: int) -> sparse.csr_matrix:
    """The matrix with each row cut to its `limit` largest entries."""
    lengths = np.diff(matrix.indptr)
    heavy = np.flatnonzero(lengths > limit)
    if not len(heavy):
        return matrix
    keep = np.ones(len(matrix.data), dtype=bool)
    for row in heavy.tolist():
        first, last = matrix.indptr[row], matrix.indptr[row + 1]
        weakest = np.argpartition(matrix.data[first:last], last - first - limit)[: last - first - limit]
        keep[first + weakest] = False
    matrix.data[~keep] = 0.0
    matrix.eliminate_zeros()
    return matrix


def candidate_pairs(corpus: SentenceCorpus, blocking_floor: float = BLOCKING_FLOOR
                    ) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs that share enough rare content words to be worth scoring, with their cosine.

    One sparse product per document against all later documents: the cost follows
    the shared vocabulary, not the number of possible pairs.
    """
    found_rows, found_cols, found_cosines = [], [], []
    transposed = corpus.tfidf.T.tocsc()
    bounds = _doc_bounds(corpus)
    per_sentence = max(CANDIDATES_PER_SENTENCE, 2 * len(bounds))
    for start, end in bounds:
        if start == end or end >= corpus.tfidf.shape[0]:
            continue
        for low in range(start, end, PRODUCT_ROWS):
            high = min(end, low + PRODUCT_ROWS)
            product = sparse.csr_matrix(corpus.tfidf[low:high] @ transposed[:, end:])
            product.data[product.data < blocking_floor] = 0.0
            product.eliminate_zeros()
            product = _strongest_per_row(product, per_sentence).tocoo()
            found_rows.append(product.row.astype(np.int64) + low)
            found_cols.append(product.col.astype(np.int64) + end)
            found_cosines.append(product.data.astype(np.float32))
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


@dataclass(frozen=True)
class CopyMatches:
    """What the copies of each sentence match in every article (see match_copies).

    `first`/`second`/`scores`: distinct node pairs (first < second) that are each other's
    best match between two articles, as mutual best matches of sentence pairs would be.
    """

    similarity: np.ndarray
    first: IntArray
    second: IntArray
    scores: FloatArray


def _best_in(by_node: sparse.csc_matrix, own: IntArray) -> tuple[IntArray, IntArray, FloatArray]:
    """For every node with a score against one of `own`: (node, its best of `own`, that score)."""
    part = by_node[:, own]
    column = np.repeat(np.arange(len(own)), np.diff(part.indptr))
    order = np.lexsort((column, -part.data, part.indices))
    rows, columns, values = part.indices[order], column[order], part.data[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = rows[1:] != rows[:-1]
    return rows[first].astype(np.int64), own[columns[first]], values[first].astype(np.float32)


def match_copies(copies: Copies, node_of_row: IntArray, pairs: ScoredPairs, documents: int
                 ) -> CopyMatches:
    """Best matches and the similarity matrix through copies (compare.copies).

    Only kept copies are scored, but a sentence's best match in an article is the same for
    every copy of it: the best of its node against that article's nodes (itself, with score
    1, when the article holds a copy). One pass over the articles gives both the mean
    best-match score of each article in each other (as similarity_matrix does) and the
    pairs of nodes that are mutual best matches between some two articles.
    """
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
    sums = np.zeros((documents, documents), dtype=np.float64)
    edges = np.searchsorted(doc_of, np.arange(documents + 1))
    directed: list[IntArray] = []
    found_scores: list[FloatArray] = []
    for other in range(documents):
        own = np.unique(node_of[edges[other] : edges[other + 1]])
        if not own.size:
            continue
        rows, best, score = _best_in(by_node, own)
        dense = np.zeros(nodes, dtype=np.float64)
        dense[rows] = score
        sums[:, other] = held @ dense
        moving = rows != best
        directed.append(rows[moving] * nodes + best[moving])
        found_scores.append(score[moving])
    counts = np.bincount(doc_of, minlength=documents).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        directed_mean = np.where(counts[:, None] > 0, sums / counts[:, None], 0.0)
    matrix = (directed_mean + directed_mean.T) / 2.0
    np.fill_diagonal(matrix, 1.0)
    first, second, scores = _mutual(directed, found_scores, nodes)
    return CopyMatches(matrix, first, second, scores)


def _mutual(directed: list[IntArray], scores: list[FloatArray], nodes: int
            ) -> tuple[IntArray, IntArray, FloatArray]:
    """Node pairs found in both directions (u's best is v somewhere, v's best is u elsewhere)."""
    if not directed:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    keys, first_at = np.unique(np.concatenate(directed), return_index=True)
    values = np.concatenate(scores)[first_at]
    source, target = np.divmod(keys, max(nodes, 1))
    both = np.isin(target * nodes + source, keys) & (source < target)
    return source[both], target[both], values[both]
