"""Copies: the same sentence in many articles is one node, compared once.

Syndicated copy repeats sentences word for word across dozens or hundreds of
articles. Scoring and classifying every copy against every other costs the
square of the copies and says nothing new. Here each sentence of each article is
an *occurrence*; occurrences with the same text (whitespace aside) and the same
standing (compared, too short to compare, or excluded as boilerplate) form one
*node*. Only the occurrences in the first KEPT_COPIES articles of each node are
*kept*: scoring and the rules see those, so their cost follows the number of
distinct sentences, and every other copy joins whatever its node joins.

Two kept copies, not one, so that two different sentences that first appear in the
same article still meet in two different articles (a finding joins two articles).
With no repeated sentence, every occurrence is kept and nothing changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..model import Document

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
KEPT_COPIES = 2
# What an occurrence can take part in; part of a node's identity, so that a comment's copy
# of a body sentence (excluded) never stands in for the body sentence.
COMPARED, SHORT, EXCLUDED = 0, 1, 2


@dataclass(frozen=True, eq=False)
class Copies:
    """Every sentence of every document, flattened in document order, with its node.

    `start[d]` is the flat index of document d's first sentence; the flat index of
    (d, s) is start[d] + s. `members`/`member_start` list each node's occurrences (CSR).
    """

    doc_of: IntArray
    sentence_of: IntArray
    start: IntArray
    node_of: IntArray
    standing: npt.NDArray[np.int8]
    kept: BoolArray
    members: IntArray
    member_start: IntArray

    @property
    def nodes(self) -> int:
        return len(self.member_start) - 1

    def flat(self, doc: IntArray, sentence: IntArray) -> IntArray:
        index: IntArray = self.start[doc] + sentence
        return index

    def node(self, doc: IntArray, sentence: IntArray) -> IntArray:
        node: IntArray = self.node_of[self.flat(doc, sentence)]
        return node

    def occurrences(self, nodes: IntArray) -> IntArray:
        """Flat indices of every occurrence of the given nodes, node by node."""
        nodes = np.asarray(nodes, dtype=np.int64)
        if nodes.size == 0:
            return np.zeros(0, dtype=np.int64)
        counts = self.member_start[nodes + 1] - self.member_start[nodes]
        offsets = np.repeat(self.member_start[nodes] - np.cumsum(counts) + counts, counts)
        found: IntArray = self.members[offsets + np.arange(int(counts.sum()))]
        return found

    def occurrence_counts(self) -> IntArray:
        counts: IntArray = np.diff(self.member_start)
        return counts


def _key(text: str) -> str:
    return " ".join(text.split())


def find_copies(docs: Sequence[Document], compared: Sequence[Sequence[int]]) -> Copies:
    """Nodes of all sentences; `compared[d]` lists document d's sentences that are compared
    (the others are either inside an excluded region or too short)."""
    sizes = np.fromiter((len(doc.sentences) for doc in docs), dtype=np.int64, count=len(docs))
    start = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    total = int(start[-1])
    doc_of = np.repeat(np.arange(len(docs), dtype=np.int64), sizes)
    sentence_of = np.arange(total, dtype=np.int64) - start[doc_of]
    standing = np.full(total, SHORT, dtype=np.int8)
    ids: dict[tuple[str, int], int] = {}
    node_of = np.empty(total, dtype=np.int64)
    flat = 0
    for index, doc in enumerate(docs):
        chosen = set(compared[index])
        for number, span in enumerate(doc.sentences):
            if number in chosen:
                standing[flat] = COMPARED
            elif any(s < span.end and span.start < e for s, e in doc.excluded):
                standing[flat] = EXCLUDED
            key = (_key(doc.text[span.start : span.end]), int(standing[flat]))
            node_of[flat] = ids.setdefault(key, len(ids))
            flat += 1
    order = np.lexsort((np.arange(total), node_of)).astype(np.int64)  # by node, then position
    member_start = np.searchsorted(node_of[order], np.arange(len(ids) + 1)).astype(np.int64)
    return Copies(doc_of, sentence_of, start, node_of, standing, _kept(order, member_start, doc_of),
                  order, member_start)


def _kept(order: IntArray, member_start: IntArray, doc_of: IntArray) -> BoolArray:
    """The first occurrence in each of the first KEPT_COPIES documents of every node."""
    node_sorted = np.repeat(np.arange(len(member_start) - 1), np.diff(member_start))
    docs = doc_of[order]
    first_in_doc = np.ones(len(order), dtype=bool)
    first_in_doc[1:] = (node_sorted[1:] != node_sorted[:-1]) | (docs[1:] != docs[:-1])
    seen = np.cumsum(first_in_doc)  # documents seen so far, counted across all nodes
    rank = seen - np.repeat(seen[member_start[:-1]], np.diff(member_start))  # ... within the node
    kept = np.zeros(len(order), dtype=bool)
    kept[order[first_in_doc & (rank < KEPT_COPIES)]] = True
    return kept


def kept_documents(docs: Sequence[Document], copies: Copies) -> tuple[Document, ...]:
    """The documents as the rules see them: claims only in kept occurrences, so a figure
    repeated in a hundred articles is compared as often as one stated twice."""
    kept_at = {(int(d), int(s)) for d, s in zip(copies.doc_of[copies.kept].tolist(),
                                                copies.sentence_of[copies.kept].tolist(), strict=True)}
    result = []
    for index, doc in enumerate(docs):
        claims = tuple(c for c in doc.claims if (index, c.sentence) in kept_at)
        result.append(doc if len(claims) == len(doc.claims) else dataclasses.replace(doc, claims=claims))
    return tuple(result)
