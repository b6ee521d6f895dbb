"""All findings of an analysis as a lazy sequence: agreements live in arrays until read.

Five hundred articles can agree in a million sentence pairs; building a Finding
object, quote strings and an explanation for each costs seconds and gigabytes.
The table keeps the agreements as numpy columns and makes a Finding only when
one is read, while the few conflicts and figure findings are kept as objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import overload

import numpy as np
import numpy.typing as npt

from ..ingest.dates import years_apart
from ..model import Document, Finding, Passage

IntArray = npt.NDArray[np.int64]
TermsLookup = Callable[[int, int], Sequence[str]]
ID = re.compile(r"^(?P<reason>\w+):(?P<a>.+):(?P<sa>\d+)-(?P<ea>\d+):(?P<b>.+):(?P<sb>\d+)-(?P<eb>\d+)$")


def finding_id(reason: str, a: Passage, b: Passage) -> str:
    """Readable and stable across runs and thresholds, so a dismissal keeps applying."""
    return f"{reason}:{a.doc}:{a.start}-{a.end}:{b.doc}:{b.start}-{b.end}"


class FindingTable(Sequence[Finding]):
    """Findings in display order: conflicts first, then by score, article and position."""

    def __init__(self, documents: Sequence[Document], objects: Sequence[Finding],
                 doc_a: IntArray, sent_a: IntArray, doc_b: IntArray, sent_b: IntArray,
                 scores: npt.NDArray[np.float32], rows: IntArray, cols: IntArray,
                 terms: TermsLookup) -> None:
        self._docs = documents
        self._objects = list(objects)
        self._arrays = (doc_a, sent_a, doc_b, sent_b)
        self._scores, self._rows, self._cols = scores, rows, cols
        self._terms = terms
        self._passages: dict[tuple[int, int], Passage] = {}
        self._position = {doc.id: index for index, doc in enumerate(documents)}
        count = len(self._objects)
        kind = np.concatenate([np.fromiter((f.kind != "conflict" for f in self._objects), dtype=np.int8,
                                           count=count), np.ones(len(scores), dtype=np.int8)])
        score = np.concatenate([np.fromiter((f.score for f in self._objects), dtype=np.float64,
                                            count=count), scores.astype(np.float64)])
        first_doc = np.concatenate([np.fromiter((self._position[f.a.doc] for f in self._objects),
                                                dtype=np.int64, count=count), doc_a])
        start = np.concatenate([np.fromiter((f.a.start for f in self._objects), dtype=np.int64,
                                            count=count), self._starts(doc_a, sent_a)])
        self.order: IntArray = np.lexsort((start, first_doc, -np.round(score, 3), kind))
        self.kind_codes = kind[self.order]  # 0 conflict, 1 agreement, in display order
        self.doc_a_index = first_doc[self.order]
        self.doc_b_index = np.concatenate([np.fromiter(
            (self._position[f.b.doc] for f in self._objects), dtype=np.int64, count=count),
            doc_b])[self.order]
        self._display = np.empty(len(self.order), dtype=np.int64)
        self._display[self.order] = np.arange(len(self.order))
        self._object_index = {f.id: int(self._display[i]) for i, f in enumerate(self._objects)}

    def _starts(self, docs: IntArray, sentences: IntArray) -> IntArray:
        """Start offsets of many (document, sentence) pairs at once."""
        counts = np.fromiter((len(doc.sentences) for doc in self._docs), dtype=np.int64,
                             count=len(self._docs))
        first = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else counts
        starts = np.fromiter((s.start for doc in self._docs for s in doc.sentences), dtype=np.int64,
                             count=int(counts.sum()))
        return starts[first[docs] + sentences] if len(docs) else np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.order)

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Finding]: ...

    def __getitem__(self, index: int | slice) -> Finding | Sequence[Finding]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        raw = int(self.order[index])
        if raw < len(self._objects):
            return self._objects[raw]
        return self._aligned(raw - len(self._objects))

    def __iter__(self) -> Iterator[Finding]:
        return (self[i] for i in range(len(self)))

    def _passage(self, doc: int, sentence: int) -> Passage:
        key = (doc, sentence)
        if key not in self._passages:
            document = self._docs[doc]
            span = document.sentences[sentence]
            self._passages[key] = Passage(document.id, span.start, span.end,
                                          document.text[span.start : span.end])
        return self._passages[key]

    def _aligned(self, row: int) -> Finding:
        doc_a, sent_a, doc_b, sent_b = (int(column[row]) for column in self._arrays)
        a, b = self._passage(doc_a, sent_a), self._passage(doc_b, sent_b)
        score = round(float(self._scores[row]), 3)
        topic = ", ".join(list(self._terms(int(self._rows[row]), int(self._cols[row])))[:3])
        why = f"same statement (similarity {score:.2f})" + (f"; shared: {topic}" if topic else "")
        gap = years_apart(self._docs[doc_a].date, self._docs[doc_b].date)
        return Finding(finding_id("aligned", a, b), "agree", score, topic, why,
                       gap is not None and gap > 1.0, a, b, "aligned")

    # ----- questions answered without building findings -----------------------------------
    def figure_topics(self) -> dict[str, frozenset[str]]:
        """For each topic of the findings that compare figures: the articles compared on it."""
        compared: dict[str, set[str]] = {}
        for finding in self._objects:
            if finding.reason == "claims":
                compared.setdefault(finding.topic, set()).update((finding.a.doc, finding.b.doc))
        return {topic: frozenset(docs) for topic, docs in compared.items()}

    def position(self, doc_id: str) -> int:
        """Index of a document in the analysis, -1 if absent."""
        return self._position.get(doc_id, -1)

    def conflict_count(self) -> int:
        return int((self.kind_codes == 0).sum())

    @property
    def scores(self) -> npt.NDArray[np.float64]:
        """Scores in display order."""
        objects = np.fromiter((f.score for f in self._objects), dtype=np.float64, count=len(self._objects))
        return np.concatenate([objects, self._scores.astype(np.float64)])[self.order]

    def spans_at(self, index: int) -> tuple[str, int, int, str, int, int, str]:
        """(doc a, start, end, doc b, start, end, kind) of one finding, without building it."""
        raw = int(self.order[index])
        if raw < len(self._objects):
            f = self._objects[raw]
            return f.a.doc, f.a.start, f.a.end, f.b.doc, f.b.start, f.b.end, f.kind
        row = raw - len(self._objects)
        doc_a, sent_a, doc_b, sent_b = (int(column[row]) for column in self._arrays)
        span_a, span_b = self._docs[doc_a].sentences[sent_a], self._docs[doc_b].sentences[sent_b]
        return (self._docs[doc_a].id, span_a.start, span_a.end, self._docs[doc_b].id, span_b.start,
                span_b.end, "agree")

    def between(self, first: str, second: str) -> IntArray:
        """Display indices of the findings joining two documents (either way round)."""
        a, b = self._position.get(first), self._position.get(second)
        if a is None or b is None:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(((self.doc_a_index == a) & (self.doc_b_index == b))
                              | ((self.doc_a_index == b) & (self.doc_b_index == a)))

    def conflict_matrix(self) -> npt.NDArray[np.int64]:
        """Conflicts between each pair of documents, symmetric."""
        size = len(self._docs)
        counts = np.zeros((size, size), dtype=np.int64)
        conflicts = self.kind_codes == 0
        np.add.at(counts, (self.doc_a_index[conflicts], self.doc_b_index[conflicts]), 1)
        return counts + counts.T

    def matching(self, text: str) -> npt.NDArray[np.bool_]:
        """Findings whose quotes, articles, topic or explanation contain `text` (case-folded).

        Agreements are matched through their two sentences, so the search reads each
        sentence once instead of building a million findings.
        """
        needle = text.casefold()
        hit = np.zeros(len(self.order), dtype=bool)
        sentence_hits = [np.fromiter((needle in doc.text[s.start:s.end].casefold() or
                                      needle in doc.id.casefold() for s in doc.sentences),
                                     dtype=bool, count=len(doc.sentences)) for doc in self._docs]
        doc_a, sent_a, doc_b, sent_b = self._arrays
        aligned = np.fromiter((sentence_hits[d][s] or sentence_hits[e][t] for d, s, e, t in
                               zip(doc_a.tolist(), sent_a.tolist(), doc_b.tolist(), sent_b.tolist(),
                                   strict=True)), dtype=bool, count=len(doc_a))
        objects = np.fromiter((needle in " ".join((f.topic, f.explanation, f.a.quote, f.b.quote, f.a.doc,
                                                   f.b.doc)).casefold() for f in self._objects),
                              dtype=bool, count=len(self._objects))
        hit[:] = np.concatenate([objects, aligned])[self.order]
        return hit

    def spans_of(self, doc_id: str) -> list[tuple[int, int, str, int]]:
        """(start, end, kind, display index) of every passage in one document."""
        doc = self._position.get(doc_id)
        if doc is None:
            return []
        spans: list[tuple[int, int, str, int]] = []
        involved = np.flatnonzero((self.doc_a_index == doc) | (self.doc_b_index == doc))
        sentences = self._docs[doc].sentences
        for index in involved.tolist():
            raw = int(self.order[index])
            if raw < len(self._objects):
                finding = self._objects[raw]
                for passage in (finding.a, finding.b):
                    if passage.doc == doc_id:
                        spans.append((passage.start, passage.end, finding.kind, index))
                continue
            row = raw - len(self._objects)
            doc_a, sent_a, doc_b, sent_b = (int(column[row]) for column in self._arrays)
            for d, s in ((doc_a, sent_a), (doc_b, sent_b)):
                if d == doc:
                    spans.append((sentences[s].start, sentences[s].end, "agree", index))
        return spans

    def index_of(self, finding_id_text: str) -> int | None:
        """Display index of a finding id (dismissals, a kept selection), or None."""
        if finding_id_text in self._object_index:
            return self._object_index[finding_id_text]
        match = ID.match(finding_id_text)
        if not match or match.group("reason") != "aligned":
            return None
        da, db = self._position.get(match.group("a")), self._position.get(match.group("b"))
        if da is None or db is None:
            return None
        sa = self._sentence_at(da, int(match.group("sa")))
        sb = self._sentence_at(db, int(match.group("sb")))
        doc_a, sent_a, doc_b, sent_b = self._arrays
        hits = np.flatnonzero((doc_a == da) & (sent_a == sa) & (doc_b == db) & (sent_b == sb))
        if hits.size == 0:
            return None
        return int(self._display[int(hits[0]) + len(self._objects)])

    def _sentence_at(self, doc: int, start: int) -> int:
        return next((i for i, s in enumerate(self._docs[doc].sentences) if s.start == start), -1)
