"""All findings of an analysis as a lazy sequence of passage groups and the links between them.

Syndicated copy makes pairwise findings grow with the square of the copies: one
sentence in a hundred articles is five thousand agreeing pairs. The table holds
*entries* instead (built in findings.grouping):

- a passage group: passages in several articles that say the same thing, one
  agreement however many copies it has ("in 37 of 500 articles");
- a link: a conflict or figure finding the rules found between two passages,
  merged with every other one between the same two groups, with the passages on
  each side.

Each entry reads as a Finding whose `a` and `b` are two representative passages in
two articles, so the window and the exports that read pairs keep working;
`members(index)` gives every passage on each side. Entries and their members live
in numpy columns; a Finding is built only when one is read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import numpy.typing as npt
from scipy import sparse

from ..compare.copies import Copies
from ..ingest.dates import years_apart
from ..model import Document, Finding, Passage
from .describe import Coverage, NameOf, as_id, describe

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
TermsLookup = Callable[[int, int], Sequence[str]]
ID = re.compile(r"^(?P<reason>\w+):(?P<a>.+):(?P<sa>\d+)-(?P<ea>\d+):(?P<b>.+):(?P<sb>\d+)-(?P<eb>\d+)$")
CONFLICT, AGREE = 0, 1
LinkKey = tuple[str, int, int]  # (reason, representative of side a, of side b), low first


def finding_id(reason: str, a: Passage, b: Passage) -> str:
    """Readable and stable across runs and thresholds, so a dismissal keeps applying."""
    return f"{reason}:{a.doc}:{a.start}-{a.end}:{b.doc}:{b.start}-{b.end}"


@dataclass(frozen=True)
class PairFindings:
    """What the rules decided about sentence pairs (findings.decide): the few findings that
    needed reading the words, and the plain agreements as columns."""

    objects: tuple[Finding, ...]
    doc_a: IntArray
    sent_a: IntArray
    doc_b: IntArray
    sent_b: IntArray
    scores: FloatArray
    rows: IntArray  # corpus rows, for shared terms
    cols: IntArray
    terms: TermsLookup


@dataclass(frozen=True)
class Entries:
    """Columns of the table's entries (raw order) and of their members.

    `a`/`b` are flat occurrence indices (see compare.copies) of the representative pair;
    `source` indexes `objects` for a link the rules found, -1 for an agreement;
    `group` marks passage groups; `terms_a`/`terms_b` are corpus rows for shared terms.
    Each member row says which entry, which occurrence, and which side (0 = a, 1 = b).
    """

    kind: npt.NDArray[np.int8]
    score: npt.NDArray[np.float64]
    a: IntArray
    b: IntArray
    source: IntArray
    group: npt.NDArray[np.bool_]
    terms_a: IntArray
    terms_b: IntArray
    objects: tuple[Finding, ...]
    member_entry: IntArray
    member_flat: IntArray
    member_side: npt.NDArray[np.int8]
    representative: IntArray  # per node (see compare.copies): its group's representative node
    memberships: dict[int, frozenset[int]]  # the nodes in more than one group: all their groups
    by_groups: dict[LinkKey, int]  # (reason, group, group) -> entry; a group is ("aligned", g, g)
    by_id: dict[str, int]  # id of every pair finding merged into an entry -> entry


class FindingTable(Sequence[Finding]):
    """Entries in display order: conflicts first, then by score, article and position."""

    def __init__(self, documents: Sequence[Document], copies: Copies, entries: Entries,
                 terms: TermsLookup) -> None:
        self._docs, self._copies, self._entries, self._terms = documents, copies, entries, terms
        self._passages: dict[int, Passage] = {}
        self._position = {doc.id: index for index, doc in enumerate(documents)}
        e = entries
        sentence_start = self._starts()
        self.order: IntArray = np.lexsort((sentence_start[e.a], copies.doc_of[e.a], -np.round(e.score, 3),
                                           e.kind))
        self._display = np.empty(len(self.order), dtype=np.int64)
        self._display[self.order] = np.arange(len(self.order))
        # In display order: 0 conflict, 1 agreement; the articles of the representative pair;
        # passage groups (the rest are links between two sides).
        self.kind_codes: npt.NDArray[Any] = e.kind[self.order]
        self.doc_a_index: npt.NDArray[Any] = copies.doc_of[e.a][self.order]
        self.doc_b_index: npt.NDArray[Any] = copies.doc_of[e.b][self.order]
        self.is_group: npt.NDArray[np.bool_] = e.group[self.order]
        member_doc = copies.doc_of[e.member_flat]
        by_doc = np.lexsort((e.member_flat, member_doc))
        self._m_display = self._display[e.member_entry[by_doc]]
        self._m_flat, self._m_side = e.member_flat[by_doc], e.member_side[by_doc]
        self._m_doc_start = np.searchsorted(member_doc[by_doc], np.arange(len(documents) + 1))
        pairs = np.unique(self._m_display * max(len(documents), 1) + copies.doc_of[self._m_flat])
        self.article_counts = np.bincount(pairs // max(len(documents), 1), minlength=len(self.order))
        by_entry = np.argsort(self._m_display, kind="stable")
        self._e_rows = by_entry
        self._e_start = np.searchsorted(self._m_display[by_entry], np.arange(len(self.order) + 1))
        self._sentence_start = sentence_start

    def _starts(self) -> IntArray:
        starts = np.fromiter((s.start for doc in self._docs for s in doc.sentences), dtype=np.int64,
                             count=len(self._copies.doc_of))
        return starts

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
        return self._finding(int(self.order[index]), index)

    def __iter__(self) -> Iterator[Finding]:
        return (self[i] for i in range(len(self)))

    def passage(self, flat: int) -> Passage:
        """The passage of one occurrence (flat index, see compare.copies)."""
        if flat not in self._passages:
            document = self._docs[int(self._copies.doc_of[flat])]
            span = document.sentences[int(self._copies.sentence_of[flat])]
            self._passages[flat] = Passage(document.id, span.start, span.end,
                                           document.text[span.start : span.end])
        return self._passages[flat]

    def _sides_text(self, index: int) -> tuple[int, int]:
        rows = self._member_rows(index)
        docs = self._copies.doc_of[self._m_flat[rows]]
        sides = self._m_side[rows]
        return len(np.unique(docs[sides == 0])), len(np.unique(docs[sides == 1]))

    def coverage(self, index: int) -> Coverage:
        """How many articles each side of a finding spans, and the analysis holds."""
        side_a, side_b = self._sides_text(index)
        return Coverage(side_a, side_b, len(self._docs), bool(self.is_group[index]))

    def describe(self, index: int, name_of: NameOf = as_id) -> str:
        """A finding's explanation naming articles with `name_of` (the window: short titles)."""
        return describe(self[index], name_of, self.coverage(index))

    def _finding(self, raw: int, index: int) -> Finding:
        e = self._entries
        source = int(e.source[raw])
        coverage = self.coverage(index)
        if source >= 0:
            found = e.objects[source]
            return dataclasses.replace(found, explanation=describe(found, as_id, coverage))
        a, b = self.passage(int(e.a[raw])), self.passage(int(e.b[raw]))
        score = round(float(e.score[raw]), 3)
        topic = ", ".join(list(self._terms(int(e.terms_a[raw]), int(e.terms_b[raw])))[:3])
        gap = years_apart(self._docs[self._position[a.doc]].date, self._docs[self._position[b.doc]].date)
        found = Finding(finding_id("aligned", a, b), "agree", score, topic, "",
                        gap is not None and gap > 1.0, a, b, "aligned")
        return dataclasses.replace(found, explanation=describe(found, as_id, coverage))

    # ----- members -----------------------------------------------------------------------
    def _member_rows(self, index: int) -> IntArray:
        rows: IntArray = self._e_rows[int(self._e_start[index]) : int(self._e_start[index + 1])]
        return rows

    def members(self, index: int) -> tuple[tuple[Passage, ...], tuple[Passage, ...]]:
        """Every passage of a finding: a group's all on side a; a link's on its two sides."""
        rows = self._member_rows(index)
        sides = self._m_side[rows]
        flats = self._m_flat[rows]
        return (tuple(self.passage(int(f)) for f in flats[sides == 0]),
                tuple(self.passage(int(f)) for f in flats[sides == 1]))

    def pairs_of(self, index: int) -> Iterator[tuple[Passage, Passage]]:
        """The passage pairs in two articles that a finding stands for: any two members of a
        group, any member of one side with any of the other. Their number is the square of the
        members: for evaluation against labelled pairs, not for display."""
        side_a, side_b = self.members(index)
        if self.is_group[index]:
            yield from ((a, b) for i, a in enumerate(side_a) for b in side_a[i + 1 :] if a.doc != b.doc)
        else:
            yield from ((a, b) for a in side_a for b in side_b if a.doc != b.doc)

    def side_documents(self, index: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The articles on each side of a finding, in analysis order (a group's all on side a)."""
        rows = self._member_rows(index)
        docs = self._copies.doc_of[self._m_flat[rows]]
        sides = self._m_side[rows]
        return (tuple(self._docs[int(d)].id for d in np.unique(docs[sides == 0])),
                tuple(self._docs[int(d)].id for d in np.unique(docs[sides == 1])))

    def joining(self, doc_ids: Sequence[str]) -> npt.NDArray[np.bool_]:
        """Per finding in display order: does it join two of these articles? A group, when
        two of them hold a member; a link, when one holds a passage of each side."""
        positions = sorted({p for p in (self._position.get(d) for d in doc_ids) if p is not None})
        if not positions:
            return np.zeros(len(self), dtype=bool)
        rows = np.concatenate([np.arange(*self._rows_in(p).indices(len(self._m_flat)))
                               for p in positions])
        display, side = self._m_display[rows], self._m_side[rows]
        doc = self._copies.doc_of[self._m_flat[rows]]
        size = max(len(self._docs), 1)
        pairs = np.unique(display * size + doc)  # each (finding, article) once
        articles = np.bincount(pairs // size, minlength=len(self))
        on_a = np.bincount(display[side == 0], minlength=len(self)) > 0
        on_b = np.bincount(display[side == 1], minlength=len(self)) > 0
        joined: npt.NDArray[np.bool_] = (articles >= 2) & (self.is_group | (on_a & on_b))
        return joined

    def _rows_in(self, doc: int) -> slice:
        return slice(int(self._m_doc_start[doc]), int(self._m_doc_start[doc + 1]))

    def involving(self, doc_id: str) -> npt.NDArray[np.bool_]:
        """Per finding in display order: does one of its passages lie in this document?"""
        mask = np.zeros(len(self), dtype=bool)
        doc = self._position.get(doc_id)
        if doc is not None:
            mask[self._m_display[self._rows_in(doc)]] = True
        return mask

    def links_between(self, first: str, second: str) -> list[tuple[int, int, int, int, str, int]]:
        """(start, end in `first`, start, end in `second`, kind, display index) of every finding
        with a passage in each document: a group's members, or a link's two sides."""
        one, two = self._position.get(first), self._position.get(second)
        if one is None or two is None or one == two:
            return []
        found: list[tuple[int, int, int, int, str, int]] = []
        second_rows: dict[tuple[int, int], int] = {}
        for row in range(*self._rows_in(two).indices(len(self._m_flat))):
            second_rows.setdefault((int(self._m_display[row]), int(self._m_side[row])), row)
        done: set[int] = set()
        for row in range(*self._rows_in(one).indices(len(self._m_flat))):
            index, side = int(self._m_display[row]), int(self._m_side[row])
            other = second_rows.get((index, side if self.is_group[index] else 1 - side))
            if other is None or index in done:
                continue
            done.add(index)
            here, there = self.passage(int(self._m_flat[row])), self.passage(int(self._m_flat[other]))
            kind = "conflict" if self.kind_codes[index] == CONFLICT else "agree"
            found.append((here.start, here.end, there.start, there.end, kind, index))
        return found

    # ----- questions answered without building findings -----------------------------------
    def figure_topics(self) -> dict[str, frozenset[str]]:
        """For each topic of the findings that compare figures: the articles compared on it."""
        compared: dict[str, set[str]] = {}
        for raw, source in enumerate(self._entries.source.tolist()):
            if source >= 0 and self._entries.objects[source].reason == "claims":
                rows = self._member_rows(int(self._display[raw]))
                docs = np.unique(self._copies.doc_of[self._m_flat[rows]]).tolist()
                compared.setdefault(self._entries.objects[source].topic, set()).update(
                    self._docs[d].id for d in docs)
        return {topic: frozenset(docs) for topic, docs in compared.items()}

    def position(self, doc_id: str) -> int:
        """Index of a document in the analysis, -1 if absent."""
        return self._position.get(doc_id, -1)

    def conflict_count(self) -> int:
        return int((self.kind_codes == CONFLICT).sum())

    @property
    def scores(self) -> npt.NDArray[np.float64]:
        """Scores in display order."""
        ordered: npt.NDArray[np.float64] = self._entries.score[self.order]
        return ordered

    def spans_at(self, index: int) -> tuple[str, int, int, str, int, int, str]:
        """(doc a, start, end, doc b, start, end, kind) of one finding's representative pair."""
        raw = int(self.order[index])
        a, b = self.passage(int(self._entries.a[raw])), self.passage(int(self._entries.b[raw]))
        kind = "conflict" if self.kind_codes[index] == CONFLICT else "agree"
        return a.doc, a.start, a.end, b.doc, b.start, b.end, kind

    def between(self, first: str, second: str) -> IntArray:
        """Display indices of the findings whose representative pair joins two documents
        (either way round); links_between also finds the groups they share other members of."""
        a, b = self._position.get(first), self._position.get(second)
        if a is None or b is None:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(((self.doc_a_index == a) & (self.doc_b_index == b))
                              | ((self.doc_a_index == b) & (self.doc_b_index == a)))

    def conflict_matrix(self, kept: npt.NDArray[np.bool_] | None = None) -> npt.NDArray[np.int64]:
        """Conflicts between each pair of documents, symmetric: a conflict counts once for
        every article on one side and article on the other. `kept` (per finding in display
        order) leaves out the others: the window passes the findings the user did not dismiss."""
        size = len(self._docs)
        conflict = self.kind_codes[self._m_display] == CONFLICT
        if kept is not None:
            conflict &= kept[self._m_display]
        docs = self._copies.doc_of[self._m_flat]
        sides = []
        for side in (0, 1):
            chosen = conflict & (self._m_side == side)
            pairs = np.unique(self._m_display[chosen] * max(size, 1) + docs[chosen])
            sides.append(sparse.csr_matrix((np.ones(len(pairs), dtype=np.int64),
                                            (pairs // max(size, 1), pairs % max(size, 1))),
                                           shape=(len(self), size)))
        counts = np.asarray((sides[0].T @ sides[1]).toarray(), dtype=np.int64)
        counts = counts + counts.T
        np.fill_diagonal(counts, 0)
        return counts

    def matching(self, text: str) -> npt.NDArray[np.bool_]:
        """Findings whose passages, articles, topic or explanation contain `text` (case-folded).

        Each distinct sentence is read once, however many copies of it the findings hold."""
        needle = text.casefold()
        copies = self._copies
        nodes = np.unique(copies.node_of[self._m_flat])
        first = copies.members[copies.member_start[nodes]]
        node_hit = np.zeros(copies.nodes, dtype=bool)
        node_hit[nodes] = np.fromiter((needle in self.passage(int(f)).quote.casefold() for f in first),
                                      dtype=bool, count=len(first))
        doc_hit = np.fromiter((needle in doc.id.casefold() for doc in self._docs), dtype=bool,
                              count=len(self._docs))
        member_hit = node_hit[copies.node_of[self._m_flat]] | doc_hit[copies.doc_of[self._m_flat]]
        hit = np.bincount(self._m_display[member_hit], minlength=len(self)) > 0
        for raw, source in enumerate(self._entries.source.tolist()):
            if source >= 0:
                found = self._entries.objects[source]
                hit[self._display[raw]] |= needle in f"{found.topic} {describe(found)}".casefold()
        return hit

    def spans_of(self, doc_id: str) -> list[tuple[int, int, str, int]]:
        """(start, end, kind, display index) of every passage in one document."""
        doc = self._position.get(doc_id)
        if doc is None:
            return []
        rows = self._rows_in(doc)
        sentences = self._docs[doc].sentences
        kinds = ("conflict", "agree")
        return [(sentences[s].start, sentences[s].end, kinds[int(self.kind_codes[i])], i)
                for s, i in zip(self._copies.sentence_of[self._m_flat[rows]].tolist(),
                                self._m_display[rows].tolist(), strict=True)]

    def index_of(self, finding_id_text: str) -> int | None:
        """Display index of the finding that stands for a finding id (a dismissal, a kept
        selection): its own id, the id of any pair merged into it, or of any two of its passages."""
        raw = self._entries.by_id.get(finding_id_text)
        if raw is not None:
            return int(self._display[raw])
        match = ID.match(finding_id_text)
        if not match:
            return None
        flats = [self._flat_at(match.group(doc), int(match.group(start)))
                 for doc, start in (("a", "sa"), ("b", "sb"))]
        if flats[0] is None or flats[1] is None:
            return None
        nodes = self._copies.node_of[np.asarray(flats)].tolist()
        groups = [self._entries.memberships.get(n, frozenset({int(self._entries.representative[n])}))
                  for n in nodes]
        shared = sorted(groups[0] & groups[1])
        if match.group("reason") == "aligned" and shared:
            raw = self._entries.by_groups.get(("aligned", shared[0], shared[0]))
        else:
            first, second = (int(self._entries.representative[n]) for n in nodes)
            raw = self._entries.by_groups.get((match.group("reason"), min(first, second), max(first, second)))
        return None if raw is None else int(self._display[raw])

    def _flat_at(self, doc_id: str, start: int) -> int | None:
        doc = self._position.get(doc_id)
        if doc is None:
            return None
        low, high = int(self._copies.start[doc]), int(self._copies.start[doc + 1])
        at = low + int(np.searchsorted(self._sentence_start[low:high], start))
        return at if at < high and self._sentence_start[at] == start else None
