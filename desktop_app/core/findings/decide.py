"""Decide which scored sentence pairs are findings: the fast mask, then the rules.

Scored pairs number in the millions for large sets; reading every pair's words is
too slow, so a mask in numpy picks the pairs a rule could accept (antonyms, a
negation, figures on both sides) and only those go through classify's rules; pairs of
sentences that may date an event go to the event-date rule alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..claims.event_dates import may_date
from ..compare.align import ScoredPairs, best_match_mask
from ..compare.scoring import SentenceCorpus, SharedTerms
from ..compare.story import story_similarity
from ..model import Document, Finding
from ..text.stance import is_question
from .agreement_vetoes import agreement_vetoed
from .classify import (
    candidate_mask,
    classify,
    figures_conflict,
    merge_findings,
    opposition_floor,
    pairs_from_arrays,
)
from .dating import with_dates
from .event_dates import event_date_conflicts
from .figures import CONTEXT_FLOOR
from .opposition import polarity
from .refutation import (
    claims_judged_untrue,
    refutation_findings,
    refutes_and_asserts,
)
from .speakers import speaker_conflicts
from .table import PairFindings


def _sentence_flags(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per corpus row: does the sentence state a figure, carry an antonym word, a negation,
    is it a question (which asserts nothing, so neither agrees nor conflicts), and may it date
    an event ("in 2009", "on August 5": claims.event_dates reads only such sentences)."""
    with_claims = {(index, c.sentence) for index, doc in enumerate(docs) for c in doc.claims}
    located = list(zip(corpus.doc_of.tolist(), sentence_of.tolist(), strict=True))
    has_claims = np.fromiter((key in with_claims for key in located), dtype=bool, count=len(located))
    polarities = [polarity(docs[d].sentence_text(s)) for d, s in located]
    polar = np.fromiter((bool(p.words) for p in polarities), dtype=bool, count=len(located))
    negative = np.fromiter((p.negated for p in polarities), dtype=bool, count=len(located))
    question = np.fromiter((is_question(docs[d].sentence_text(s)) for d, s in located),
                           dtype=bool, count=len(located))
    dated = np.fromiter((may_date(docs[d].sentence_text(s)) for d, s in located),
                        dtype=bool, count=len(located))
    return has_claims, polar, negative, question, dated


def _pair_keys(doc_a: np.ndarray, sent_a: np.ndarray, doc_b: np.ndarray, sent_b: np.ndarray,
               width: int, documents: int) -> np.ndarray:
    """One integer per (document, sentence, document, sentence), for set operations in numpy."""
    first = doc_a.astype(np.int64) * width + sent_a
    second = doc_b.astype(np.int64) * width + sent_b
    keys: np.ndarray = first * (documents * width) + second
    return keys


def _event_date_findings(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray,
                         pairs: ScoredPairs, dated: np.ndarray, story: np.ndarray) -> tuple[Finding, ...]:
    """Event-date conflicts, read only on pairs of sentences that both may date an event: a rule
    of its own, like refutations, so that these pairs do not also go through every other rule."""
    chosen = np.flatnonzero((pairs.scores >= CONTEXT_FLOOR) & dated[pairs.rows] & dated[pairs.cols])
    if not chosen.size:
        return ()
    rows, cols = pairs.rows[chosen], pairs.cols[chosen]
    keys = zip(corpus.doc_of[rows].tolist(), sentence_of[rows].tolist(), corpus.doc_of[cols].tolist(),
               sentence_of[cols].tolist(), strict=True)
    context = dict(zip(keys, pairs.scores[chosen].tolist(), strict=True))
    return tuple(event_date_conflicts(docs, context, story))


def row_stances(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Per corpus row: does the sentence refute, does it state plainly (refutation.refutes_and_asserts).
    A claim a fact check sets out to call untrue refutes as its verdict does."""
    located = list(zip(corpus.doc_of.tolist(), sentence_of.tolist(), strict=True))
    refutes, plain = refutes_and_asserts([docs[d].sentence_text(s) for d, s in located])
    judged = claims_judged_untrue(docs)
    if judged:
        set_out = np.fromiter((row in judged for row in located), dtype=bool, count=len(located))
        refutes, plain = refutes | set_out, plain & ~set_out
    return refutes, plain


def classify_pairs(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray,
                   pairs: ScoredPairs, threshold: float,
                   stances: tuple[np.ndarray, np.ndarray] | None = None) -> PairFindings:
    """All findings of scored pairs at a threshold.

    Agreements stay in arrays; only pairs that may be a conflict or a figure comparison
    (the candidate mask) go through the rules in classify, which read their words. `stances`:
    row_stances, when the caller has them already.
    """
    best = best_match_mask(pairs, corpus.doc_of, threshold)
    near_best = best_match_mask(pairs, corpus.doc_of, opposition_floor(threshold), mutual=False)
    has_claims, polar, negative, question, dated = _sentence_flags(docs, corpus, sentence_of)
    refutes, plain = stances if stances is not None else row_stances(docs, corpus, sentence_of)
    with_figures = has_claims[pairs.rows] & has_claims[pairs.cols]
    special = candidate_mask(pairs.scores, near_best, polar[pairs.rows], polar[pairs.cols],
                             negative[pairs.rows], negative[pairs.cols], with_figures, threshold)
    rows, cols = pairs.rows[special], pairs.cols[special]
    doc_a, sent_a = corpus.doc_of, sentence_of
    candidates = pairs_from_arrays(doc_a[rows], sent_a[rows], doc_a[cols], sent_a[cols],
                                   pairs.scores[special], best[special], rows, cols, near_best[special])
    terms = SharedTerms(corpus)
    story = story_similarity(corpus, len(docs))
    objects = classify(docs, candidates, threshold, terms=lambda pair: tuple(terms(pair.row, pair.col)),
                       story=story)
    objects = merge_findings(objects, refutation_findings(docs, corpus, sentence_of))
    objects = merge_findings(objects, _event_date_findings(docs, corpus, sentence_of, pairs, dated, story))
    objects = merge_findings(objects, speaker_conflicts(docs))
    objects = with_dates(objects, docs)
    def text_of(row: int) -> str:
        return docs[int(corpus.doc_of[row])].sentence_text(int(sentence_of[row]))

    agree = best & (pairs.scores >= threshold)
    chosen = np.flatnonzero(agree)
    agree[chosen] = ~agreement_vetoed(pairs.rows[chosen], pairs.cols[chosen], (refutes, plain), text_of,
                                      question, dated, pairs.scores[chosen])
    if objects:  # a passage pair with a conflict or a figure finding is not also an agreement
        width = max((len(d.sentences) for d in docs), default=1) + 1
        position = {doc.id: index for index, doc in enumerate(docs)}
        starts = [{s.start: i for i, s in enumerate(doc.sentences)} for doc in docs]
        located = [(position[f.a.doc], starts[position[f.a.doc]][f.a.start],
                    position[f.b.doc], starts[position[f.b.doc]][f.b.start]) for f in objects]
        columns = np.asarray(located, dtype=np.int64).reshape(-1, 4)
        taken = _pair_keys(columns[:, 0], columns[:, 1], columns[:, 2], columns[:, 3], width, len(docs))
        chosen = np.flatnonzero(agree)
        r, c = pairs.rows[chosen], pairs.cols[chosen]
        keys = _pair_keys(doc_a[r], sent_a[r], doc_a[c], sent_a[c], width, len(docs))
        agree[chosen[np.isin(keys, taken)]] = False
    checked = np.flatnonzero(agree & with_figures)
    if checked.size:
        r, c = pairs.rows[checked], pairs.cols[checked]
        agree[checked] &= ~figures_conflict(docs, doc_a[r], sent_a[r], doc_a[c], sent_a[c])
    r, c = pairs.rows[agree], pairs.cols[agree]
    return PairFindings(objects, doc_a[r], sent_a[r], doc_a[c], sent_a[c], pairs.scores[agree], r, c, terms)
