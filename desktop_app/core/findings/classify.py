"""The rules that read a candidate pair's words: opposite words and negations between aligned
sentences, and the figure comparison of findings.figures, into one list of findings."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..compare.story import STORY_FLOOR
from ..model import Claim, Document, Finding, Passage, Span
from .figures import (
    CONTEXT_FLOOR,
    claim_findings,
    claim_relation,
    sentence_passage,
    time_gap,
)
from .opposition import (
    Polarity,
    names_differ,
    negation_on_shared_words,
    negation_words,
    opposed_polarities,
    polarity,
    same_argument,
    same_clause_but_negation,
    same_words_but_negation,
    times_apart,
)
from .shared_figures import shared_figure_agreements
from .swaps import swapped_antonyms
from .table import finding_id

OPPOSITION_MARGIN = 0.1  # antonym conflicts may align this much below the agreement threshold
OPPOSITION_FLOOR = 0.3
NEGATION_FLOOR = 0.7  # a negation alone needs near-identical sentences ("no show fee" is no denial)
MIN_SHARED_FOR_ANTONYM = 3  # "remained unresolved" vs "taken to court" share one name: not opposed


@dataclass(frozen=True)
class AlignedPair:
    """A candidate sentence pair: document indices, sentence indices, score."""

    doc_a: int
    sent_a: int
    doc_b: int
    sent_b: int
    score: float
    best: bool
    row: int = -1  # corpus rows, for looking up shared terms
    col: int = -1
    near_best: bool = False  # the best match of at least one of its two sentences


TermsFunction = Callable[[AlignedPair], tuple[str, ...]]


class _Passages:
    """One Passage object per sentence, shared by every finding that quotes it (memory)."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        self._made: dict[tuple[int, int], Passage] = {}

    def __call__(self, doc: int, sentence: int) -> Passage:
        key = (doc, sentence)
        passage = self._made.get(key)
        if passage is None:
            passage = self._made[key] = sentence_passage(self._docs[doc], sentence)
        return passage


# Figure pairs claims_conflict compares in one analysis: a hundred times what 500 wire articles
# (8,000) or the 463 FNC-1 articles (3,000) need. Only text made of figures, whose every
# sentence aligns with every other (hundreds of sentences of forty figures each), reaches it;
# past it, aligned sentences are no longer told apart by their figures, and the analysis ends in
# seconds instead of minutes.
RELATION_BUDGET = 1_000_000


class _Sentences:
    """Per-sentence facts classification asks again and again, computed once."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self.docs = docs
        self.claims: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for index, doc in enumerate(docs):
            for claim in doc.claims:
                self.claims[(index, claim.sentence)].append(claim)
        self._polarity: dict[tuple[int, int], Polarity] = {}
        self.passage = _Passages(docs)
        self._relations = 0  # figure pairs compared by claims_conflict so far

    def text(self, doc: int, sentence: int) -> str:
        return self.docs[doc].sentence_text(sentence)

    def polarity(self, doc: int, sentence: int) -> Polarity:
        key = (doc, sentence)
        if key not in self._polarity:
            self._polarity[key] = polarity(self.docs[doc].sentence_text(sentence))
        return self._polarity[key]

    def claims_conflict(self, doc_a: int, sent_a: int, doc_b: int, sent_b: int) -> bool:
        first, second = self.claims.get((doc_a, sent_a), ()), self.claims.get((doc_b, sent_b), ())
        self._relations += len(first) * len(second)
        if self._relations > RELATION_BUDGET:
            return False  # text that is mostly figures, aligned with itself everywhere (see below)
        return any(claim_relation(ca, cb) == "conflict" for ca in first for cb in second)


def opposition_floor(threshold: float) -> float:
    """Score an antonym pair needs: antonym conflicts may align a little below the threshold."""
    return max(OPPOSITION_FLOOR, threshold - OPPOSITION_MARGIN)


def negation_floor(threshold: float) -> float:
    """Score a negated near-copy needs ("no show fee" is no denial of a looser match)."""
    return max(NEGATION_FLOOR, threshold)


def candidate_mask(scores: np.ndarray, near_best: np.ndarray, polar_a: np.ndarray, polar_b: np.ndarray,
                   negated_a: np.ndarray, negated_b: np.ndarray, with_figures: np.ndarray,
                   threshold: float) -> np.ndarray:
    """The pairs the rules below may turn into a finding, in numpy over millions of pairs: the
    rules' own floors and preconditions, so a pair this mask drops no rule would accept (a
    property test holds them together): antonyms need both sentences to carry antonym words,
    a negation needs one sentence negated and the other not (and a near-copy, or a close
    counterpart for a negated clause), figures need figures on both sides, a swapped antonym
    a near-copy that is a closest counterpart."""
    antonyms = ((scores >= opposition_floor(threshold)) & near_best & polar_a & polar_b) | (
        (scores >= negation_floor(threshold)) & near_best)
    negation = (((scores >= negation_floor(threshold)) | ((scores >= threshold) & near_best))
                & (negated_a != negated_b))
    figures = (scores >= CONTEXT_FLOOR) & with_figures
    mask: np.ndarray = antonyms | negation | figures
    return mask


def _aligned_finding(facts: _Sentences, pair: AlignedPair, threshold: float, terms: TermsFunction,
                     story: np.ndarray | None = None) -> Finding | None:
    floor = opposition_floor(threshold)
    if pair.score < floor or (story is not None and story[pair.doc_a, pair.doc_b] < STORY_FLOOR):
        return None
    pol_a, pol_b = facts.polarity(pair.doc_a, pair.sent_a), facts.polarity(pair.doc_b, pair.sent_b)
    # Antonyms count only between a sentence and its closest counterpart: on 463 real
    # articles (FNC-1) "held hostage" vs "fell into the hands" of unrelated sentences abounded.
    # Neither opposite words nor a negation set apart two sentences dated differently: "closed on
    # Wednesday" and "reopened on Friday" tell of a change.
    text_a, text_b = facts.text(pair.doc_a, pair.sent_a), facts.text(pair.doc_b, pair.sent_b)
    apart = times_apart(text_a, text_b)
    opposed = opposed_polarities(pol_a, pol_b) if pair.near_best and not apart else None
    # a near-copy with one word swapped for its antonym ("had passed" / "had failed")
    swapped = (swapped_antonyms(text_a, text_b) if pair.near_best and not apart and not opposed
               and pair.score >= negation_floor(threshold) and pol_a.asserts and pol_b.asserts else None)
    negated, plain = (text_a, text_b) if pol_a.negated else (text_b, text_a)
    # A negated near-copy, or a negated clause that copies a clause of a close counterpart
    # (the two sentences going on to say different things).
    negation = (pol_a.negated != pol_b.negated and not apart
                and ((pair.score >= negation_floor(threshold) and pol_a.asserts and pol_b.asserts
                      and same_words_but_negation(text_a, text_b))
                     or (pair.near_best and pair.score >= threshold
                         and same_clause_but_negation(negated, plain)))
                and negation_on_shared_words(negated, plain) and not names_differ(negated, plain))
    if not (opposed or negation or swapped):
        return None
    a_doc, b_doc = facts.docs[pair.doc_a], facts.docs[pair.doc_b]
    a, b = facts.passage(pair.doc_a, pair.sent_a), facts.passage(pair.doc_b, pair.sent_b)
    gap = time_gap(a_doc, b_doc)
    shared = terms(pair)
    topic = ", ".join(shared[:3])
    if (opposed and len(shared) >= MIN_SHARED_FOR_ANTONYM
            and same_argument(a.quote, opposed[0], b.quote, opposed[1])):
        why = f"opposite statements: “{opposed[0]}” ({a_doc.id}) vs “{opposed[1]}” ({b_doc.id})"
        return Finding(finding_id("opposition", a, b), "conflict", round(pair.score, 3), topic,
                       why, gap, a, b, "opposition", rule="opposite words", subject=topic,
                       words=opposed, marks_a=word_spans(a, opposed[0]), marks_b=word_spans(b, opposed[1]))
    if swapped:
        why = f"opposite statements: “{swapped[0]}” ({a_doc.id}) vs “{swapped[1]}” ({b_doc.id})"
        return Finding(finding_id("opposition", a, b), "conflict", round(pair.score, 3), topic,
                       why, gap, a, b, "opposition", rule="opposite words", subject=topic,
                       words=swapped, marks_a=word_spans(a, swapped[0]), marks_b=word_spans(b, swapped[1]))
    if negation:
        negative = a_doc.id if pol_a.negated else b_doc.id
        return Finding(finding_id("opposition", a, b), "conflict", round(pair.score, 3), topic,
                       f"the same statement, negated in {negative}", gap, a, b, "opposition",
                       rule="negation", subject=topic, marks_a=negation_spans(a) if pol_a.negated else (),
                       marks_b=negation_spans(b) if pol_b.negated else ())
    return None


def word_spans(passage: Passage, word: str) -> tuple[Span, ...]:
    """Where a word stands in a passage, as spans of the document's text."""
    return tuple((passage.start + m.start(), passage.start + m.end())
                 for m in re.finditer(rf"\b{re.escape(word)}\b", passage.quote, re.IGNORECASE))


def negation_spans(passage: Passage) -> tuple[Span, ...]:
    return tuple((passage.start + start, passage.start + end) for start, end in negation_words(passage.quote))


def _no_terms(_pair: AlignedPair) -> tuple[str, ...]:
    return ()


def classify(docs: Sequence[Document], pairs: Sequence[AlignedPair], threshold: float,
             terms: TermsFunction = _no_terms, story: np.ndarray | None = None) -> tuple[Finding, ...]:
    """Findings that need reading the words: figure conflicts and agreements, oppositions.

    Plain agreements (mutual best matches above the threshold) are left to the caller,
    which keeps them in arrays (FindingTable). `terms` names the rare words a pair shares.
    """
    context = {(p.doc_a, p.sent_a, p.doc_b, p.sent_b): p.score for p in pairs}
    findings: dict[tuple[str, int, int, str, int, int], Finding] = {}
    for finding in claim_findings(docs, context, threshold, story):
        _keep(findings, finding)
    for finding in shared_figure_agreements(docs, context, story):
        _keep(findings, finding)
    facts = _Sentences(docs)
    for pair in pairs:
        aligned = _aligned_finding(facts, pair, threshold, terms, story)
        if aligned is not None:
            _keep(findings, aligned)
    return tuple(findings.values())


def merge_findings(first: Sequence[Finding], second: Sequence[Finding]) -> tuple[Finding, ...]:
    """Both lists, one finding per passage pair (a conflict outranks an agreement)."""
    findings: dict[tuple[str, int, int, str, int, int], Finding] = {}
    for finding in (*first, *second):
        _keep(findings, finding)
    return tuple(findings.values())


def _keep(findings: dict[tuple[str, int, int, str, int, int], Finding], new: Finding) -> None:
    """One finding per passage pair; a conflict outranks an agreement."""
    key = (new.a.doc, new.a.start, new.a.end, new.b.doc, new.b.start, new.b.end)
    old = findings.get(key)
    if old is None or (old.kind == "agree" and new.kind == "conflict"):
        findings[key] = new


def pairs_from_arrays(doc_a: np.ndarray, sent_a: np.ndarray, doc_b: np.ndarray,
                      sent_b: np.ndarray, scores: np.ndarray, best: np.ndarray,
                      rows: np.ndarray, cols: np.ndarray, near_best: np.ndarray) -> list[AlignedPair]:
    """Package aligned arrays as pairs for classification (only the kept ones)."""
    columns = (doc_a.tolist(), sent_a.tolist(), doc_b.tolist(), sent_b.tolist(), scores.tolist(),
               best.tolist(), rows.tolist(), cols.tolist(), near_best.tolist())
    return [AlignedPair(*values) for values in zip(*columns, strict=True)]


def figures_conflict(docs: Sequence[Document], doc_a: np.ndarray, sent_a: np.ndarray,
                     doc_b: np.ndarray, sent_b: np.ndarray) -> np.ndarray:
    """For aligned pairs whose sentences both state figures: do the figures clash?"""
    facts = _Sentences(docs)
    return np.fromiter((facts.claims_conflict(a, s, b, t) for a, s, b, t in
                        zip(doc_a.tolist(), sent_a.tolist(), doc_b.tolist(), sent_b.tolist(), strict=True)),
                       dtype=bool, count=len(doc_a))
