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
from ..claims.frames import with_frames
from ..claims.headlines import fold_headlines, quoted_as_written
from ..compare.align import EXHAUSTIVE_LIMIT, CopyMatches, ScoredPairs, match_copies, score_corpus
from ..compare.copies import COMPARED, Copies, find_copies
from ..compare.incremental import reuse_pairs
from ..compare.scoring import (
    FloatArray,
    IntArray,
    Known,
    PairScorer,
    SentenceCorpus,
    build_corpus,
    default_scorer,
)
from ..findings.figure_match import distinctive
from ..findings.grouping import group_findings
from ..findings.table import FindingTable
from ..ingest.dates import is_date_line
from ..model import Claim, Document, Sentence
from ..text.segment import PysbdSplitter, Splitter, is_heading, split_sentences
from ..text.stance import is_question
from ..text.textnorm import content_tokens
from .version import ENGINE_VERSION

DEFAULT_THRESHOLD = 0.42
STORE_FLOOR = 0.20  # pairs below this are never findings at any threshold the UI offers
MIN_CONTENT_WORDS = 4  # headings and one-liners ("Civil War", "Related Posts") do not align
HEADING_PENALTY = 0.85  # a section heading restating a body sentence is weak evidence

Progress = Callable[[str, float], None]
Fraction = Callable[[float], None]
# Pairs scored between two progress reports in blocked scoring (rapidfuzz scores about this
# many in a tenth of a second), so that a cancel raised from the callback is honoured soon.
SCORING_CHUNK = 50_000


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
    problems: tuple[tuple[str, str], ...] = ()  # (document id, why it could not be read)

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
    """What a prepared article depends on: the engine's version, its excluded regions, its text."""
    regions = ";".join(f"{s}-{e}" for s, e in doc.excluded)
    key = f"engine {ENGINE_VERSION}|{regions}|{doc.text}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _prepared(doc: Document, splitter: Splitter, cache: PreparedCache | None,
              progress: Fraction) -> Document:
    if doc.sentences:
        return doc
    key = content_key(doc) if cache is not None else ""
    hit = cache.get(key) if cache is not None else None
    if hit is not None:
        return dataclasses.replace(doc, sentences=hit[0], claims=hit[1])
    ready = prepare_document(doc, splitter, progress)
    if cache is not None:
        cache.put(key, ready.sentences, ready.claims)
    return ready


class _Stage:
    """The caller's progress callback for one stage. It remembers what the callback raised
    (the window cancels a job that way), so that the isolation of an article that fails to
    be read never swallows a cancel."""

    def __init__(self, progress: Progress, name: str) -> None:
        self._progress, self.name = progress, name
        self.raised: BaseException | None = None

    def __call__(self, fraction: float) -> None:
        try:
            self._progress(self.name, fraction)
        except BaseException as exc:
            self.raised = exc
            raise

    def part(self, index: int, count: int) -> Fraction:
        """Progress within part `index` of `count` (an article of the set)."""
        return lambda fraction: self((index + fraction) / max(count, 1))


def _read_all(documents: Sequence[Document], splitter: Splitter, cache: PreparedCache | None,
              progress: Progress) -> tuple[tuple[Document, ...], tuple[tuple[str, str], ...]]:
    """Every document prepared; one whose reading fails is kept without sentences or claims
    and named in the problems, and the others are read all the same."""
    reading = _Stage(progress, "reading")
    prepared, problems = [], []
    for index, doc in enumerate(documents):
        try:
            prepared.append(_prepared(doc, splitter, cache, reading.part(index, len(documents))))
        except Exception as exc:
            if exc is reading.raised:
                raise
            prepared.append(dataclasses.replace(doc, sentences=(), claims=()))
            problems.append((doc.id, _failure(exc)))
        reading((index + 1) / max(len(documents), 1))
    return tuple(prepared), tuple(problems)


def _failure(exc: Exception) -> str:
    detail = " ".join(str(exc).split())[:200]
    return f"could not be analysed ({type(exc).__name__}{': ' + detail if detail else ''})"


class _ReportingScorer:
    """A scorer that reports progress as it goes: per document's block in exhaustive
    scoring, per SCORING_CHUNK pairs in blocked scoring (which hands every candidate at once).
    Pairs are scored independently, so the scores are the same as in one call."""

    def __init__(self, scorer: PairScorer, progress: Fraction, blocks: int) -> None:
        self._scorer, self._progress, self._blocks = scorer, progress, max(blocks, 1)
        self.name = scorer.name
        self._blocks_done = 0

    def score_pairs(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray,
                    known: Known | None = None) -> FloatArray:
        parts: list[FloatArray] = []
        for start in range(0, len(rows), SCORING_CHUNK):
            self._progress(start / len(rows))
            chunk = slice(start, start + SCORING_CHUNK)
            part_known = {name: values[chunk] for name, values in known.items()} if known else None
            parts.append(self._scorer.score_pairs(corpus, rows[chunk], cols[chunk], part_known))
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def score_block(self, corpus: SentenceCorpus, rows: IntArray, cols: IntArray) -> FloatArray:
        self._progress(min(self._blocks_done / self._blocks, 1.0))
        self._blocks_done += 1
        return self._scorer.score_block(corpus, rows, cols)


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


def _ignore(_fraction: float) -> None:
    return None


def prepare_document(doc: Document, splitter: Splitter, progress: Fraction = _ignore) -> Document:
    """Sentences and claims (as frames) of one document, outside excluded regions.

    `progress` hears the fraction done at least once per splitter call (MAX_BLOCK characters
    at most) and per sentence, each a bounded amount of work.
    """
    length, done = max(len(doc.text), 1), 0

    def splitting(block: str) -> list[str]:
        nonlocal done
        done += len(block)
        progress(0.5 * min(done / length, 1.0))
        return splitter(block)

    sentences = split_sentences(doc.text, splitting)
    reading = fold_headlines(doc.text, sentences)  # "Storm Kills 12 In …" read as "storm kills 12 in …"
    read = extract_claims(reading, sentences, lambda fraction: progress(0.5 + 0.5 * fraction))
    claims = quoted_as_written(doc.text, with_frames(reading, sentences, read))
    claims = tuple(c for c in claims if not _inside(c.start, c.end, doc.excluded))
    return dataclasses.replace(doc, sentences=sentences, claims=claims)


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in regions)


# Syndicated copy repeats sentences by the hundred; a bounded memo of this pure function
# reads each distinct sentence once.
@lru_cache(maxsize=100_000)
def _long_enough(sentence: str) -> bool:
    return len(content_tokens(sentence)) >= MIN_CONTENT_WORDS


def _short_with_figure(sentence: str) -> bool:
    return len(content_tokens(sentence)) == MIN_CONTENT_WORDS - 1


def _alignable(doc: Document) -> list[int]:
    """Sentences that can agree or conflict: not excluded, not a one-liner, not a question
    (a question asserts nothing, as a headline or in the text), not a date line (a dateline
    states no fact: two reprints' datelines differ by their dates only). One word fewer will do for a
    sentence that gives a distinctive figure ("The original has had over 5 million views")."""
    with_figure = {claim.sentence for claim in doc.claims if distinctive(claim)}
    return [
        index for index, span in enumerate(doc.sentences)
        if not _inside(span.start, span.end, doc.excluded)
        and (_long_enough(doc.text[span.start : span.end])
             or (index in with_figure and _short_with_figure(doc.text[span.start : span.end])))
        and not is_question(doc.text[span.start : span.end])
        and not is_date_line(doc.text[span.start : span.end])
    ]


def sentence_copies(docs: Sequence[Document]) -> Copies:
    """Every sentence's node (compare.copies); the compared ones are the alignable ones."""
    return find_copies(docs, [_alignable(doc) for doc in docs])


def build_sentence_corpus(docs: Sequence[Document], copies: Copies | None = None,
                          progress: Fraction = _ignore) -> tuple[SentenceCorpus, np.ndarray]:
    """The compared sentences as a corpus (rows grouped by document, in order); with
    `copies`, only the kept copies of each sentence."""
    if copies is None:
        copies = find_copies(docs, [_alignable(doc) for doc in docs])
        chosen = np.flatnonzero(copies.standing == COMPARED)
    else:
        chosen = np.flatnonzero(copies.kept & (copies.standing == COMPARED))
    doc_of, sentence_of = copies.doc_of[chosen], copies.sentence_of[chosen]
    node = copies.node_of[chosen]
    kept_of_node = np.bincount(node, minlength=copies.nodes)
    occurrences = copies.occurrence_counts()[node] / kept_of_node[node]
    texts = []
    for index, (d, sentence) in enumerate(zip(doc_of.tolist(), sentence_of.tolist(), strict=True)):
        if index % 1000 == 0:
            progress(index / max(len(chosen), 1))
        texts.append(docs[d].sentence_text(sentence))
    return build_corpus(texts, doc_of.tolist(), occurrences.tolist()), sentence_of


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
    docs, problems = _read_all(documents, splitter, cache, progress)
    copies = sentence_copies(docs)
    corpus, sentence_of = build_sentence_corpus(docs, copies, _Stage(progress, "indexing"))
    progress("aligning", 0.0)
    reporting = _ReportingScorer(scorer, _Stage(progress, "aligning"), len(docs))
    pairs = _score(docs, corpus, sentence_of, reporting, exhaustive, previous)
    progress("classifying", 0.0)
    node_of_row = copies.node(corpus.doc_of, sentence_of)
    matches = match_copies(copies, node_of_row, pairs, len(docs))
    findings = group_findings(docs, copies, matches, corpus, sentence_of, pairs, threshold)
    progress("done", 1.0)
    return Analysis(docs, corpus, sentence_of, pairs, matches.similarity, findings, threshold, copies,
                    matches, problems)
