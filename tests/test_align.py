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


@pytest.mark.parametrize(("row", "limit", "kept"), [
    ([0.9, 0.2, 0.5, 0.7], 2, [0.9, 0.7]),  # the strongest two, in their places
    ([0.3, 0.4], 2, [0.3, 0.4]),  # at the limit: nothing cut
    ([0.1, 0.8, 0.6], 1, [0.8]),
])
def test_each_sentence_keeps_its_strongest_candidates(row: list[float], limit: int,
                                                      kept: list[float]) -> None:
    from scipy import sparse

    from desktop_app.core.compare.align import _strongest_per_row

    matrix = sparse.csr_matrix(np.array([row, row[::-1]]))
    cut = _strongest_per_row(matrix, limit).toarray()
    assert [v for v in cut[0] if v] == kept
    assert [v for v in cut[1] if v] == kept[::-1]


def test_text_of_a_few_words_repeated_keeps_a_bounded_number_of_candidates(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles of the same few words (hostile input): every sentence resembles every other,
    yet each is paired with at most the per-sentence budget (trial: 1 MB and 3 MB of word salad
    held 14 GB before), and the pairs kept are its strongest."""
    import desktop_app.core.compare.align as align

    monkeypatch.setattr(align, "CANDIDATES_PER_SENTENCE", 5)
    words = "river city bridge council vote water mill road".split()
    rng = np.random.default_rng(7)
    texts = [" ".join(rng.choice(words, size=8)) for _ in range(120)]
    corpus = build_corpus(texts, [0] * 60 + [1] * 60)
    rows, _, cosines = align.candidate_pairs(corpus)
    assert len(rows) and np.bincount(rows).max() <= 5
    monkeypatch.setattr(align, "CANDIDATES_PER_SENTENCE", 10_000)
    every_rows, _, every = align.candidate_pairs(corpus)
    for row in np.unique(rows)[:20].tolist():
        fifth = np.sort(every[every_rows == row])[::-1][:5]
        assert np.allclose(np.sort(cosines[rows == row])[::-1], fifth)
    assert len(every_rows) > len(rows)  # the budget did cut
