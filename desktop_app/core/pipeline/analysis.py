"""The pipeline: documents in, sentences, claims, alignment and findings out."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

from ..claims.extract import extract_claims
from ..compare.align import EXHAUSTIVE_LIMIT, CopyMatches, ScoredPairs, match_copies, score_corpus
from ..compare.copies import COMPARED, Copies, find_copies
from ..compare.incremental import reuse_pairs
from ..compare.scoring import PairScorer, SentenceCorpus, build_corpus, default_scorer
from ..findings.grouping import group_findings
from ..findings.table import FindingTable
from ..model import Claim, Document, Sentence
from ..text.segment import PysbdSplitter, Splitter, is_heading, split_sentences
from ..text.textnorm import content_tokens

DEFAULT_THRESHOLD = 0.42
STORE_FLOOR = 0.20  # pairs below this are never findings at any threshold the UI offers
MIN_CONTENT_WORDS = 4  # headings and one-liners ("Civil War", "Related Posts") do not align
HEADING_PENALTY = 0.85  # a section heading restating a body sentence is weak evidence

Progress = Callable[[str, float], None]


@dataclass(frozen=True, eq=False)
class Analysis:
    """Everything computed for one set of documents; reclassify() reuses the scores.

    The corpus holds the kept copies only (compare.copies): a sentence repeated in a
    hundred articles is scored as two, and `copies` maps every sentence to its node.
    """

    documents: tuple[Document, ...]
    corpus: SentenceCorpus
    sentence_of: np.ndarray  # corpus row -> sentence index within its document
    pairs: ScoredPairs
    similarity: np.ndarray
    findings: FindingTable
    threshold: float
    copies: Copies
    matches: CopyMatches

    def reclassify(self, threshold: float) -> Analysis:
        """Findings at another threshold, from the scores already computed."""
        findings = group_findings(self.documents, self.copies, self.matches, self.corpus, self.sentence_of,
                                  self.pairs, threshold)
        return dataclasses.replace(self, findings=findings, threshold=threshold)


def _quiet(_stage: str, _fraction: float) -> None:
    return None


class PreparedCache(Protocol):
    """Sentences and claims of articles already read, by content (text and regions)."""

    def get(self, key: str) -> tuple[tuple[Sentence, ...], tuple[Claim, ...]] | None: ...

    def put(self, key: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> None: ...


class MemoryCache:
    """The PreparedCache a window keeps while it is open."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[tuple[Sentence, ...], tuple[Claim, ...]]] = {}

    def get(self, key: str) -> tuple[tuple[Sentence, ...], tuple[Claim, ...]] | None:
        return self._items.get(key)

    def put(self, key: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> None:
        self._items[key] = (sentences, claims)


def content_key(doc: Document) -> str:
    regions = ";".join(f"{s}-{e}" for s, e in doc.excluded)
    return hashlib.sha256(f"{regions}|{doc.text}".encode()).hexdigest()


def _prepared(doc: Document, splitter: Splitter, cache: PreparedCache | None) -> Document:
    if doc.sentences:
        return doc
    key = content_key(doc) if cache is not None else ""
    hit = cache.get(key) if cache is not None else None
    if hit is not None:
        return dataclasses.replace(doc, sentences=hit[0], claims=hit[1])
    ready = prepare_document(doc, splitter)
    if cache is not None:
        cache.put(key, ready.sentences, ready.claims)
    return ready


def _score(docs: tuple[Document, ...], corpus: SentenceCorpus, sentence_of: np.ndarray,
           scorer: PairScorer, exhaustive: bool | None, previous: Analysis | None) -> ScoredPairs:
    """Scored pairs, re-using the previous analysis's when articles were only added or removed."""
    reused = None
    blocked = not exhaustive if exhaustive is not None else len(corpus.normalised) > EXHAUSTIVE_LIMIT
    if previous is not None and blocked:
        reused = reuse_pairs(previous.documents, previous.corpus, previous.sentence_of, previous.pairs,
                             docs, corpus, sentence_of, scorer, STORE_FLOOR)
    if reused is None:
        fresh = score_corpus(corpus, scorer, STORE_FLOOR, exhaustive=exhaustive)
        return _penalise_headings(fresh, docs, corpus, sentence_of)
    old, new = reused
    new = _penalise_headings(new, docs, corpus, sentence_of)
    return ScoredPairs(np.concatenate([old.rows, new.rows]), np.concatenate([old.cols, new.cols]),
                       np.concatenate([old.scores, new.scores]), new.pairs_scored, new.pairs_possible)


def prepare_document(doc: Document, splitter: Splitter) -> Document:
    """Sentences and claims of one document (outside excluded regions)."""
    sentences = split_sentences(doc.text, splitter)
    claims = extract_claims(doc.text, sentences)
    claims = tuple(c for c in claims if not _inside(c.start, c.end, doc.excluded))
    return dataclasses.replace(doc, sentences=sentences, claims=claims)


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in regions)


# Syndicated copy repeats sentences by the hundred; a bounded memo of this pure function
# reads each distinct sentence once.
@lru_cache(maxsize=100_000)
def _long_enough(sentence: str) -> bool:
    return len(content_tokens(sentence)) >= MIN_CONTENT_WORDS


def _alignable(doc: Document) -> list[int]:
    return [
        index for index, span in enumerate(doc.sentences)
        if not _inside(span.start, span.end, doc.excluded) and _long_enough(doc.text[span.start : span.end])
    ]


def sentence_copies(docs: Sequence[Document]) -> Copies:
    """Every sentence's node (compare.copies); the compared ones are the alignable ones."""
    return find_copies(docs, [_alignable(doc) for doc in docs])


def build_sentence_corpus(docs: Sequence[Document], copies: Copies | None = None
                          ) -> tuple[SentenceCorpus, np.ndarray]:
    """The compared sentences as a corpus (rows grouped by document, in order); with
    `copies`, only the kept copies of each sentence."""
    if copies is None:
        copies = find_copies(docs, [_alignable(doc) for doc in docs])
        chosen = np.flatnonzero(copies.standing == COMPARED)
    else:
        chosen = np.flatnonzero(copies.kept & (copies.standing == COMPARED))
    doc_of, sentence_of = copies.doc_of[chosen], copies.sentence_of[chosen]
    texts = [docs[d].sentence_text(s) for d, s in zip(doc_of.tolist(), sentence_of.tolist(), strict=True)]
    return build_corpus(texts, doc_of.tolist()), sentence_of


def _penalise_headings(pairs: ScoredPairs, docs: Sequence[Document], corpus: SentenceCorpus,
                       sentence_of: np.ndarray) -> ScoredPairs:
    heading = np.fromiter(
        (is_heading(docs[int(d)].sentence_text(int(s)))
         for d, s in zip(corpus.doc_of, sentence_of, strict=True)),
        dtype=bool, count=len(sentence_of),
    )
    factor = np.where(heading[pairs.rows] != heading[pairs.cols], HEADING_PENALTY, 1.0)
    return dataclasses.replace(pairs, scores=(pairs.scores * factor).astype(np.float32))


def pairwise(docs: Sequence[Document], scorer: PairScorer | None = None
             ) -> tuple[SentenceCorpus, np.ndarray, ScoredPairs]:
    """Every compared sentence of prepared documents scored against the other articles',
    copies included: the engine before grouping, to measure what grouping keeps."""
    corpus, sentence_of = build_sentence_corpus(docs)
    pairs = score_corpus(corpus, scorer or default_scorer(), STORE_FLOOR)
    return corpus, sentence_of, _penalise_headings(pairs, docs, corpus, sentence_of)


def analyze(documents: Sequence[Document], threshold: float = DEFAULT_THRESHOLD,
            scorer: PairScorer | None = None, splitter: Splitter | None = None,
            progress: Progress = _quiet, exhaustive: bool | None = None,
            previous: Analysis | None = None, cache: PreparedCache | None = None) -> Analysis:
    """Compare every pair of documents; the result keeps scores for reclassification.

    With `previous` (the analysis before articles were added or removed) only the
    new articles' pairs are scored; with `cache`, unchanged articles are not read again.
    """
    splitter = splitter or PysbdSplitter()
    scorer = scorer or default_scorer()
    prepared = []
    for index, doc in enumerate(documents):
        prepared.append(_prepared(doc, splitter, cache))
        progress("reading", (index + 1) / max(len(documents), 1))
    docs = tuple(prepared)
    copies = sentence_copies(docs)
    corpus, sentence_of = build_sentence_corpus(docs, copies)
    progress("aligning", 0.0)
    pairs = _score(docs, corpus, sentence_of, scorer, exhaustive, previous)
    progress("classifying", 0.0)
    node_of_row = copies.node(corpus.doc_of, sentence_of)
    matches = match_copies(copies, node_of_row, pairs, len(docs))
    findings = group_findings(docs, copies, matches, corpus, sentence_of, pairs, threshold)
    progress("done", 1.0)
    return Analysis(docs, corpus, sentence_of, pairs, matches.similarity, findings, threshold, copies,
                    matches)
