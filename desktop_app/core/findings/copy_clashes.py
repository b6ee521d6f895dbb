"""Conflicts between sentences that stand for their copies (compare.copies).

The rules read each distinct sentence's first copy only. Here: which sentence pairs may never
share a passage group (the rules' conflicts, and near-identical sentences whose figures cannot
both be true), and the figure conflicts that the first copies hid but copies in other articles
show. Split from findings.grouping, which turns the results into groups and links.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..compare.copies import Copies
from ..compare.groups import NodeScores
from ..model import Document, Finding
from .classify import figures_conflict
from .figures import claim_findings
from .table import IntArray, PairFindings


def conflicting_nodes(docs: Sequence[Document], copies: Copies, objects: Sequence[Finding],
                       flat_of: dict[tuple[str, int], int], similar: NodeScores,
                       ) -> tuple[tuple[IntArray, IntArray], tuple[IntArray, IntArray]]:
    """Node pairs that may never share a group: the rules' conflicts, and near-identical
    sentences whose figures cannot both be true (0.9x and 1.1x may each agree with x).
    Returns both together, and the second alone."""
    pairs = [(copies.node_of[flat_of[(f.a.doc, f.a.start)]], copies.node_of[flat_of[(f.b.doc, f.b.start)]])
             for f in objects if f.kind == "conflict"]
    first, second, _ = similar.pairs()
    with_claims = np.zeros(copies.nodes, dtype=bool)
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            with_claims[copies.node_of[copies.start[index] + claim.sentence]] = True
    both = with_claims[first] & with_claims[second]
    first, second = first[both], second[both]
    at_a, at_b = copies.members[copies.member_start[first]], copies.members[copies.member_start[second]]
    clash = figures_conflict(docs, copies.doc_of[at_a], copies.sentence_of[at_a],
                             copies.doc_of[at_b], copies.sentence_of[at_b])
    extra = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    return ((np.concatenate([first[clash], extra[:, 0]]), np.concatenate([second[clash], extra[:, 1]])),
            (first[clash], second[clash]))


COPIES_COMPARED = 20  # copies of each sentence whose articles are compared: bounded work for wire copy
PAIRS_READ_AGAIN = 10_000  # at most this many sentence pairs in all, however many such clashes


def clashes_the_first_copies_missed(docs: Sequence[Document], copies: Copies, decided: PairFindings,
                                       flat_of: dict[tuple[str, int], int],
                                       clashing: tuple[IntArray, IntArray], similar: NodeScores,
                                       threshold: float) -> tuple[Finding, ...]:
    """Figure conflicts between near-identical sentences ("500,000" and "900,000") that the
    rules did not report on their first copies, though articles that copied them conflict. The
    rules read each sentence's first copy only: two first copies in one article are never
    compared, and two in articles that tell less of one story than the copies' articles do may
    not be (compare.story). The conflict is read here on copies of the two in two articles that
    hold one each, at the two sentences' own score."""
    decided_pairs = {frozenset((int(copies.node_of[flat_of[(f.a.doc, f.a.start)]]),
                                int(copies.node_of[flat_of[(f.b.doc, f.b.start)]])))
                     for f in decided.objects if f.kind == "conflict"}
    first, second = clashing
    unread = np.asarray([frozenset((a, b)) not in decided_pairs
                         for a, b in zip(first.tolist(), second.tolist(), strict=True)], dtype=bool)
    context: dict[tuple[int, int, int, int], float] = {}
    for node_a, node_b in zip(first[unread].tolist(), second[unread].tolist(), strict=True):
        if len(context) >= PAIRS_READ_AGAIN:
            break
        score = float(similar.lookup(np.asarray([node_a]), np.asarray([node_b]))[0])
        copies_a = copies.occurrences(np.asarray([node_a]))[:COPIES_COMPARED].tolist()
        copies_b = copies.occurrences(np.asarray([node_b]))[:COPIES_COMPARED].tolist()
        # An article that states both ("men 20 percent", "women 40 percent") tells two facts, and
        # one that copies either agrees with it: only two articles holding one each are compared.
        both = {int(d) for d in copies.doc_of[copies_a]} & {int(d) for d in copies.doc_of[copies_b]}
        for x in copies_a:
            for y in copies_b:
                if int(copies.doc_of[x]) not in both and int(copies.doc_of[y]) not in both:
                    (da, sa), (db, sb) = sorted([(int(copies.doc_of[x]), int(copies.sentence_of[x])),
                                                 (int(copies.doc_of[y]), int(copies.sentence_of[y]))])
                    context[(da, sa, db, sb)] = score
    # Only the articles concerned are read again: with wire copy they are a few of hundreds.
    involved = sorted({key[0] for key in context} | {key[2] for key in context})
    local = {doc: index for index, doc in enumerate(involved)}
    local_context = {(local[da], sa, local[db], sb): score for (da, sa, db, sb), score in context.items()}
    found = []
    for finding in claim_findings([docs[i] for i in involved], local_context, threshold):
        flat_a, flat_b = flat_of[(finding.a.doc, finding.a.start)], flat_of[(finding.b.doc, finding.b.start)]
        key = (local[int(copies.doc_of[flat_a])], int(copies.sentence_of[flat_a]),
               local[int(copies.doc_of[flat_b])], int(copies.sentence_of[flat_b]))
        nodes = frozenset((int(copies.node_of[flat_a]), int(copies.node_of[flat_b])))
        if finding.kind == "conflict" and key in local_context and nodes not in decided_pairs:
            found.append(finding)
    return tuple(found)
