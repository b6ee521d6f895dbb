"""Re-use an earlier analysis when articles are only added or removed.

Adding one article to 500 should score only its own sentence pairs. The earlier
pairs are kept with their scores (computed with the word weights of the earlier
set: a new article shifts those weights slightly, which moves old scores by a
hair and is not worth re-scoring millions of pairs); pairs of the new articles
are scored against everything else. When the corpus holds kept copies only
(compare.copies), removing an article can make a later copy of one of its sentences
kept: such rows are scored like new ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Document
from .align import BLOCKING_FLOOR, ScoredPairs, pairs_possible
from .scoring import PairScorer, SentenceCorpus


def _same(first: Document, second: Document) -> bool:
    return first.text == second.text and first.excluded == second.excluded


def kept_prefix(old: Sequence[Document], new: Sequence[Document]) -> int | None:
    """How many leading new documents are unchanged old ones in the same order, when the
    rest of the new list is all new; None when the change is anything else."""
    previous = {doc.id: doc for doc in old}
    kept = 0
    while kept < len(new) and new[kept].id in previous and _same(previous[new[kept].id], new[kept]):
        kept += 1
    if any(doc.id in previous for doc in new[kept:]):
        return None
    order = [doc.id for doc in old if doc.id in {d.id for d in new[:kept]}]
    return kept if order == [doc.id for doc in new[:kept]] else None


def _row_map(old_docs: Sequence[Document], old_doc_of: np.ndarray, old_sentence_of: np.ndarray,
             new_docs: Sequence[Document], new_doc_of: np.ndarray, new_sentence_of: np.ndarray
             ) -> np.ndarray:
    """Old corpus row -> new corpus row, -1 where the sentence's article was removed."""
    new_position = {doc.id: index for index, doc in enumerate(new_docs)}
    lookup = {(int(d), int(s)): row for row, (d, s) in
              enumerate(zip(new_doc_of.tolist(), new_sentence_of.tolist(), strict=True))}
    mapping = np.full(len(old_doc_of), -1, dtype=np.int64)
    for row, (d, s) in enumerate(zip(old_doc_of.tolist(), old_sentence_of.tolist(), strict=True)):
        target = new_position.get(old_docs[d].id)
        if target is not None:
            mapping[row] = lookup.get((target, s), -1)
    return mapping


def _score_fresh(corpus: SentenceCorpus, scorer: PairScorer, floor: float, fresh: np.ndarray,
                 chunk: int = 2000) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Pairs of the fresh rows (new articles' sentences, and copies newly kept because an
    article before them was removed) with every row of another article."""
    found_rows, found_cols, found_scores, scored = [], [], [], 0
    is_fresh = np.zeros(len(corpus.doc_of), dtype=bool)
    is_fresh[fresh] = True
    transposed = corpus.tfidf.T.tocsc()
    for begin in range(0, len(fresh), chunk):
        part = fresh[begin : begin + chunk]
        product = (corpus.tfidf[part] @ transposed).tocoo()
        first, second = part[product.row].astype(np.int64), product.col.astype(np.int64)
        keep = ((product.data >= BLOCKING_FLOOR) & (corpus.doc_of[first] != corpus.doc_of[second])
                & (~is_fresh[second] | (second > first)))  # two fresh rows: once
        rows, cols = np.minimum(first, second)[keep], np.maximum(first, second)[keep]
        cosines = product.data[keep].astype(np.float32)
        scores = scorer.score_pairs(corpus, rows, cols, known={"tfidf": cosines})
        scored += len(rows)
        chosen = scores >= floor
        found_rows.append(rows[chosen])
        found_cols.append(cols[chosen])
        found_scores.append(scores[chosen])
    if not found_rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32), scored
    return (np.concatenate(found_rows), np.concatenate(found_cols), np.concatenate(found_scores),
            scored)


def reuse_pairs(previous_docs: Sequence[Document], previous_corpus: SentenceCorpus,
                previous_sentence_of: np.ndarray, previous_pairs: ScoredPairs,
                docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray,
                scorer: PairScorer, floor: float) -> tuple[ScoredPairs, ScoredPairs] | None:
    """(kept old pairs re-indexed, freshly scored pairs), or None to analyse from scratch."""
    kept = kept_prefix(previous_docs, docs)
    if kept is None or kept == 0:
        return None
    mapping = _row_map(previous_docs, previous_corpus.doc_of, previous_sentence_of, docs,
                       corpus.doc_of, sentence_of)
    rows, cols = mapping[previous_pairs.rows], mapping[previous_pairs.cols]
    alive = (rows >= 0) & (cols >= 0)
    old = ScoredPairs(rows[alive], cols[alive], previous_pairs.scores[alive], 0, pairs_possible(corpus))
    known = np.zeros(len(corpus.doc_of), dtype=bool)
    known[mapping[mapping >= 0]] = True
    new_rows, new_cols, new_scores, scored = _score_fresh(corpus, scorer, floor, np.flatnonzero(~known))
    return old, ScoredPairs(new_rows, new_cols, new_scores, scored, pairs_possible(corpus))
