"""The fast candidate mask never drops a pair a rule would accept.

Millions of scored pairs cannot all be read; findings.decide keeps only the pairs that
classify.candidate_mask lets through. Here classify reads every pair of small random sets
of articles, and its findings must be exactly those it makes from the masked pairs.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare.align import best_match_mask, score_corpus
from desktop_app.core.compare.scoring import SharedTerms, default_scorer
from desktop_app.core.findings.classify import candidate_mask, classify, opposition_floor, pairs_from_arrays
from desktop_app.core.findings.decide import _sentence_flags
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import STORE_FLOOR, build_sentence_corpus, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

SENTENCES = (
    "The rebels captured the northern town of Velda after three days of fighting.",
    "Government troops remained in the northern town of Velda after three days of fighting.",
    "The mayor of Dunmore has banned the harvest parade this autumn.",
    "The mayor of Dunmore has not banned the harvest parade this autumn.",
    "State Route 9 was not closed between Dunmore and Pine Flat, though drivers saw heavy smoke.",
    "State Route 9 was closed between Dunmore and Pine Flat, and the department said it would stay shut.",
    "Igor Kovac, 42, was walking to his fishing spot near Tarn.",
    "Igor Kovac, 53, was walking to his fishing spot near Tarn.",
    "The blast in Kessel killed five people and injured 40 others on Monday.",
    "The blast in Kessel killed 12 people and injured 40 others on Monday.",
    "Orbix reported $31 billion in revenue last year, the company said.",
    "Orbix said its annual revenue fell to $27bn last year.",
    "Did the rebels capture the northern town of Velda?",
    "The council confirmed the bridge over the Arno would reopen in May.",
    "The council denied the bridge over the Arno would reopen in May.",
    "Prices of bread in Lund rose sharply over the winter months.",
    "Velda Corp, the tablet maker from Lund, was founded in 1998 by engineers from Uppsala.",
    "Velda Corp, the tablet maker from Lund, was founded in 1996 by engineers from Uppsala.",
)
SPLITTER = PysbdSplitter()


@settings(max_examples=40, deadline=None)
@given(articles=st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
                         min_size=2, max_size=4),
       threshold=st.floats(min_value=0.3, max_value=0.8))
def test_mask_keeps_every_pair_a_rule_accepts(articles: list[list[str]], threshold: float) -> None:
    docs = tuple(prepare_document(document_from_text(f"d{i}", "\n\n".join(sentences) + "\n"), SPLITTER)
                 for i, sentences in enumerate(articles))
    corpus, sentence_of = build_sentence_corpus(docs)
    pairs = score_corpus(corpus, default_scorer(), STORE_FLOOR, exhaustive=True)
    best = best_match_mask(pairs, corpus.doc_of, threshold)
    near_best = best_match_mask(pairs, corpus.doc_of, opposition_floor(threshold), mutual=False)
    has_claims, polar, negative, _question, _dated = _sentence_flags(docs, corpus, sentence_of)
    mask = candidate_mask(pairs.scores, near_best, polar[pairs.rows], polar[pairs.cols], negative[pairs.rows],
                          negative[pairs.cols], has_claims[pairs.rows] & has_claims[pairs.cols], threshold)

    terms = SharedTerms(corpus)

    def found(keep: np.ndarray) -> set[str]:
        rows, cols = pairs.rows[keep], pairs.cols[keep]
        chosen = pairs_from_arrays(corpus.doc_of[rows], sentence_of[rows], corpus.doc_of[cols],
                                   sentence_of[cols], pairs.scores[keep], best[keep], rows, cols,
                                   near_best[keep])
        return {f.id for f in classify(docs, chosen, threshold,
                                       terms=lambda pair: tuple(terms(pair.row, pair.col)))}

    assert found(mask) == found(np.ones(len(pairs.scores), dtype=bool))
