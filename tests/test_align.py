"""Alignment: exhaustive and blocked scoring agree, best matches, similarity matrix."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz

from desktop_app.core.compare.align import best_match_mask, score_blocked, score_exhaustive, similarity_matrix
from desktop_app.core.compare.scoring import (
    CombinedScorer,
    FuzzyScorer,
    TfidfScorer,
    build_corpus,
    default_scorer,
    shared_terms,
)

SENTENCES = [
    ("Rebels captured the city of Homs after a week of fighting.", 0),
    ("The weather in Paris was mild on Sunday.", 0),
    ("After a week of fighting, rebels captured Homs.", 1),
    ("Football fans celebrated in Madrid.", 1),
    ("Homs fell to the rebels after a week of heavy fighting.", 2),
]


@pytest.fixture
def corpus():  # type: ignore[no-untyped-def]
    texts, docs = zip(*SENTENCES, strict=True)
    return build_corpus(list(texts), list(docs))


def test_paraphrases_score_high_and_unrelated_low(corpus) -> None:  # type: ignore[no-untyped-def]
    pairs = score_exhaustive(corpus, default_scorer(), 0.0)
    scores = {(int(r), int(c)): float(s) for r, c, s in zip(pairs.rows, pairs.cols, pairs.scores,
                                                               strict=True)}
    assert scores[(0, 2)] > 0.5
    assert scores[(0, 2)] > 3 * scores.get((1, 3), 0.0)


def test_blocked_matches_exhaustive_above_threshold(corpus) -> None:  # type: ignore[no-untyped-def]
    scorer = default_scorer()
    full, blocked = score_exhaustive(corpus, scorer, 0.3), score_blocked(corpus, scorer, 0.3)
    assert set(zip(full.rows.tolist(), full.cols.tolist(), strict=True)) == set(
        zip(blocked.rows.tolist(), blocked.cols.tolist(), strict=True))
    np.testing.assert_allclose(np.sort(full.scores), np.sort(blocked.scores), rtol=1e-5)
    assert blocked.pairs_scored < full.pairs_scored


def test_best_match_is_mutual(corpus) -> None:  # type: ignore[no-untyped-def]
    pairs = score_exhaustive(corpus, default_scorer(), 0.0)
    mask = best_match_mask(pairs, corpus.doc_of, 0.0)
    kept = {(int(r), int(c)) for r, c in zip(pairs.rows[mask], pairs.cols[mask], strict=True)}
    assert (0, 2) in kept and (1, 2) not in kept


def test_similarity_matrix_shape_and_order(corpus) -> None:  # type: ignore[no-untyped-def]
    pairs = score_exhaustive(corpus, default_scorer(), 0.0)
    matrix = similarity_matrix(pairs, corpus.doc_of, 3)
    assert matrix.shape == (3, 3) and np.allclose(matrix, matrix.T)
    assert matrix[0, 2] > 0 and matrix[1, 2] > 0


def test_combined_is_weighted_mean(corpus) -> None:  # type: ignore[no-untyped-def]
    rows, cols = np.array([0, 1]), np.array([2, 3])
    tfidf, fuzzy = TfidfScorer(), FuzzyScorer(fuzz.token_set_ratio)
    combined = CombinedScorer([(tfidf, 3.0), (fuzzy, 1.0)]).score_pairs(corpus, rows, cols)
    expected = 0.75 * tfidf.score_pairs(corpus, rows, cols) + 0.25 * fuzzy.score_pairs(corpus, rows, cols)
    np.testing.assert_allclose(combined, expected, rtol=1e-5)


def test_shared_terms_prefer_rare_words(corpus) -> None:  # type: ignore[no-untyped-def]
    terms = shared_terms(corpus, 0, 2)
    assert "homs" in terms and "rebels" in terms
