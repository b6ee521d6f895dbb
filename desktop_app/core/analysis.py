"""The pipeline: documents in, sentences, claims, alignment and findings out."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .align import ScoredPairs, best_match_mask, score_corpus, similarity_matrix
from .claims import extract_claims
from .classify import (
    CONTEXT_FLOOR,
    NEGATION_FLOOR,
    OPPOSITION_FLOOR,
    OPPOSITION_MARGIN,
    classify,
    pairs_from_arrays,
)
from .model import Document, Finding
from .opposition import polarity
from .scoring import PairScorer, SentenceCorpus, SharedTerms, build_corpus, default_scorer
from .segment import PysbdSplitter, Splitter, is_heading, split_sentences
from .textnorm import content_tokens

DEFAULT_THRESHOLD = 0.42
STORE_FLOOR = 0.20  # pairs below this are never findings at any threshold the UI offers
MIN_CONTENT_WORDS = 4  # headings and one-liners ("Civil War", "Related Posts") do not align
HEADING_PENALTY = 0.85  # a section heading restating a body sentence is weak evidence

Progress = Callable[[str, float], None]


@dataclass(frozen=True, eq=False)
class Analysis:
    """Everything computed for one set of documents; reclassify() reuses the scores."""

    documents: tuple[Document, ...]
    corpus: SentenceCorpus
    sentence_of: np.ndarray  # corpus row -> sentence index within its document
    pairs: ScoredPairs
    similarity: np.ndarray
    findings: tuple[Finding, ...]
    threshold: float

    def reclassify(self, threshold: float) -> Analysis:
        """Findings at another threshold, from the scores already computed."""
        findings = _classify(self.documents, self.corpus, self.sentence_of, self.pairs, threshold)
        return dataclasses.replace(self, findings=findings, threshold=threshold)


def _quiet(_stage: str, _fraction: float) -> None:
    return None


def prepare_document(doc: Document, splitter: Splitter) -> Document:
    """Sentences and claims of one document (outside excluded regions)."""
    sentences = split_sentences(doc.text, splitter)
    claims = extract_claims(doc.text, sentences)
    claims = tuple(c for c in claims if not _inside(c.start, c.end, doc.excluded))
    return dataclasses.replace(doc, sentences=sentences, claims=claims)


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in regions)


def _alignable(doc: Document) -> list[int]:
    return [
        index for index, span in enumerate(doc.sentences)
        if not _inside(span.start, span.end, doc.excluded)
        and len(content_tokens(doc.text[span.start : span.end])) >= MIN_CONTENT_WORDS
    ]


def build_sentence_corpus(docs: Sequence[Document]) -> tuple[SentenceCorpus, np.ndarray]:
    texts, doc_of, sentence_of = [], [], []
    for doc_index, doc in enumerate(docs):
        for sentence in _alignable(doc):
            texts.append(doc.sentence_text(sentence))
            doc_of.append(doc_index)
            sentence_of.append(sentence)
    return build_corpus(texts, doc_of), np.asarray(sentence_of, dtype=np.int64)


def _penalise_headings(pairs: ScoredPairs, docs: Sequence[Document], corpus: SentenceCorpus,
                       sentence_of: np.ndarray) -> ScoredPairs:
    heading = np.fromiter(
        (is_heading(docs[int(d)].sentence_text(int(s)))
         for d, s in zip(corpus.doc_of, sentence_of, strict=True)),
        dtype=bool, count=len(sentence_of),
    )
    factor = np.where(heading[pairs.rows] != heading[pairs.cols], HEADING_PENALTY, 1.0)
    return dataclasses.replace(pairs, scores=(pairs.scores * factor).astype(np.float32))


def _classify(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray,
              pairs: ScoredPairs, threshold: float) -> tuple[Finding, ...]:
    best = best_match_mask(pairs, corpus.doc_of, threshold)
    near_best = best_match_mask(pairs, corpus.doc_of,
                                max(OPPOSITION_FLOOR, threshold - OPPOSITION_MARGIN), mutual=False)
    with_claims = {(index, c.sentence) for index, doc in enumerate(docs) for c in doc.claims}
    has_claims = np.fromiter(
        ((int(d), int(s)) in with_claims for d, s in zip(corpus.doc_of, sentence_of, strict=True)),
        dtype=bool, count=len(sentence_of),
    )
    polar = np.fromiter(
        (bool(polarity(docs[int(d)].sentence_text(int(s))).words)
         for d, s in zip(corpus.doc_of, sentence_of, strict=True)),
        dtype=bool, count=len(sentence_of),
    )
    floor = max(OPPOSITION_FLOOR, threshold - OPPOSITION_MARGIN)
    keep = ((best & (pairs.scores >= threshold))  # agreements
            | ((pairs.scores >= floor) & polar[pairs.rows] & polar[pairs.cols])  # antonyms
            | (pairs.scores >= max(NEGATION_FLOOR, threshold))  # negated near-copies
            | ((pairs.scores >= CONTEXT_FLOOR) & has_claims[pairs.rows] & has_claims[pairs.cols]))
    rows, cols = pairs.rows[keep], pairs.cols[keep]
    candidates = pairs_from_arrays(corpus.doc_of[rows], sentence_of[rows], corpus.doc_of[cols],
                                   sentence_of[cols], pairs.scores[keep], best[keep], rows, cols,
                                   near_best[keep])
    terms = SharedTerms(corpus)
    return classify(docs, candidates, threshold, terms=lambda pair: tuple(terms(pair.row, pair.col)))


def analyze(documents: Sequence[Document], threshold: float = DEFAULT_THRESHOLD,
            scorer: PairScorer | None = None, splitter: Splitter | None = None,
            progress: Progress = _quiet, exhaustive: bool | None = None) -> Analysis:
    """Compare every pair of documents; the result keeps scores for reclassification."""
    splitter = splitter or PysbdSplitter()
    scorer = scorer or default_scorer()
    prepared = []
    for index, doc in enumerate(documents):
        prepared.append(doc if doc.sentences else prepare_document(doc, splitter))
        progress("reading", (index + 1) / max(len(documents), 1))
    docs = tuple(prepared)
    corpus, sentence_of = build_sentence_corpus(docs)
    progress("aligning", 0.0)
    pairs = _penalise_headings(score_corpus(corpus, scorer, STORE_FLOOR, exhaustive=exhaustive),
                               docs, corpus, sentence_of)
    progress("classifying", 0.0)
    similarity = similarity_matrix(pairs, corpus.doc_of, len(docs))
    findings = _classify(docs, corpus, sentence_of, pairs, threshold)
    progress("done", 1.0)
    return Analysis(docs, corpus, sentence_of, pairs, similarity, findings, threshold)
