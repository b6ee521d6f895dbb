"""From the rules' pairwise findings to passage groups and the links between them.

The rules (findings.decide, findings.classify) run on the kept copies only (see
compare.copies), so they read each distinct sentence a bounded number of times.
Their results are pairs; here they become entries of the FindingTable:

1. Agreements join distinct sentences (nodes). Nodes grow into groups around a
   representative (compare.groups), never across a conflict.
2. Every group whose passages, copies included, lie in two or more articles is one
   agreement, whatever the number of copies.
3. Every conflict or figure finding, and every agreement the group check left between
   two groups, is merged with the others of its kind between the same two groups: one
   link, with the passages on each side (all copies of the sentences that took part).

The size of the result is bounded by the occurrences (each in one group) plus, for each
link, the copies of the sentences on its two sides.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from ..compare.align import CopyMatches, ScoredPairs
from ..compare.copies import COMPARED, Copies, kept_documents
from ..compare.groups import NodeScores, grow_groups, node_scores
from ..compare.scoring import SentenceCorpus
from ..model import Document, Finding
from .agreement_vetoes import agreement_vetoed
from .copy_clashes import clashes_the_first_copies_missed, conflicting_nodes
from .decide import classify_pairs, row_stances
from .table import AGREE, CONFLICT, Entries, FindingTable, IntArray, LinkKey, PairFindings

Side = tuple[list[int], list[int]]


class _Builder:
    """Collects entries and the nodes on each side; expands nodes to their copies at the end."""

    def __init__(self, copies: Copies) -> None:
        self.copies = copies
        self.columns: dict[str, list[float]] = {name: [] for name in
                                                ("kind", "score", "a", "b", "source", "group",
                                                 "terms_a", "terms_b")}
        self.side_nodes: list[IntArray] = []  # (entry, side, node) rows, in blocks

    def add(self, kind: int, score: float, a: int, b: int, source: int, group: bool,
            terms: tuple[int, int], sides: tuple[IntArray, IntArray]) -> int:
        entry = len(self.columns["kind"])
        for name, value in (("kind", kind), ("score", score), ("a", a), ("b", b), ("source", source),
                            ("group", group), ("terms_a", terms[0]), ("terms_b", terms[1])):
            self.columns[name].append(value)
        for side, nodes in enumerate(sides):
            self.side_nodes.append(np.stack([np.full(len(nodes), entry), np.full(len(nodes), side),
                                             np.asarray(nodes, dtype=np.int64)], axis=1))
        return entry

    def _members(self) -> tuple[IntArray, IntArray, IntArray]:
        """Every copy of every side's nodes: (entry, flat occurrence, side), each row once."""
        if not self.side_nodes:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        rows = np.unique(np.concatenate(self.side_nodes), axis=0)
        entry, side, node = rows[:, 0], rows[:, 1], rows[:, 2]
        counts = np.diff(self.copies.member_start)[node]
        flats = self.copies.occurrences(node)
        return np.repeat(entry, counts), flats, np.repeat(side, counts)

    def entries(self, objects: tuple[Finding, ...], representative: IntArray,
                memberships: dict[int, frozenset[int]], by_groups: dict[LinkKey, int],
                by_id: dict[str, int]) -> Entries:
        c = self.columns
        member_entry, member_flat, member_side = self._members()
        return Entries(np.asarray(c["kind"], dtype=np.int8), np.asarray(c["score"], dtype=np.float64),
                       np.asarray(c["a"], dtype=np.int64), np.asarray(c["b"], dtype=np.int64),
                       np.asarray(c["source"], dtype=np.int64), np.asarray(c["group"], dtype=bool),
                       np.asarray(c["terms_a"], dtype=np.int64), np.asarray(c["terms_b"], dtype=np.int64),
                       objects, member_entry, member_flat, member_side.astype(np.int8), representative,
                       memberships, by_groups, by_id)


def group_findings(docs: Sequence[Document], copies: Copies, matches: CopyMatches,
                   corpus: SentenceCorpus, sentence_of: np.ndarray, pairs: ScoredPairs,
                   threshold: float) -> FindingTable:
    """Findings of an analysis at a threshold, as groups and links (see the module doc)."""
    seen = kept_documents(docs, copies)
    stances = row_stances(seen, corpus, sentence_of)
    decided = classify_pairs(seen, corpus, sentence_of, pairs, threshold, stances)
    node_of_row = copies.node(corpus.doc_of, np.asarray(sentence_of, dtype=np.int64))
    row_of_node = np.full(copies.nodes, -1, dtype=np.int64)
    row_of_node[node_of_row[::-1]] = np.arange(len(node_of_row) - 1, -1, -1)  # first kept row
    above = pairs.scores >= threshold
    similar = node_scores(node_of_row[pairs.rows[above]], node_of_row[pairs.cols[above]],
                          pairs.scores[above], copies.nodes)
    flat_of = {(docs[int(d)].id, docs[int(d)].sentences[int(s)].start): flat for flat, (d, s) in
               enumerate(zip(copies.doc_of.tolist(), copies.sentence_of.tolist(), strict=True))}
    conflicts, clashing = conflicting_nodes(seen, copies, decided.objects, flat_of, similar)
    late = clashes_the_first_copies_missed(docs, copies, decided, flat_of, clashing, similar, threshold)
    if late:
        decided = dataclasses.replace(decided, objects=decided.objects + late)
    refutes, plain = np.zeros(copies.nodes, dtype=bool), np.zeros(copies.nodes, dtype=bool)
    refutes[node_of_row], plain[node_of_row] = stances

    def text_of(node: int) -> str:
        row = int(row_of_node[node])
        return seen[int(corpus.doc_of[row])].sentence_text(int(sentence_of[row]))

    agreeing = _agreements(matches, threshold, conflicts, copies.nodes, (refutes, plain), text_of)
    weight = copies.occurrence_counts()
    no_agreement = _vetoes(text_of, (refutes, plain))
    representative = grow_groups(copies.nodes, weight, agreeing, similar, threshold, conflicts, no_agreement)
    build = _Builder(copies)
    by_groups: dict[LinkKey, int] = {}
    by_id: dict[str, int] = {}
    extra, apart = _join_across(agreeing, representative, similar, threshold, conflicts, no_agreement)
    _add_groups(build, copies, representative, extra, similar, row_of_node, by_groups)
    _add_links(build, decided, copies, representative, flat_of, by_groups, by_id)
    _add_agreement_links(build, apart, copies, representative, row_of_node, by_groups)
    memberships = {node: frozenset(groups) for node, groups in _groups_of(extra, representative).items()}
    return FindingTable(docs, copies, build.entries(decided.objects, representative, memberships, by_groups,
                                                    by_id), decided.terms)


# Node pairs the group check reads at most, whatever the corpus: the 463 real articles ask fewer
# than 28,000, the 500 wire articles about 7,000; thousands of variants of one sentence would ask
# millions.
GROUP_VETO_PAIRS = 300_000


def _vetoes(text_of: Callable[[int], str], stances: tuple[np.ndarray, np.ndarray]
            ) -> Callable[[Sequence[int], Sequence[int]], bool]:
    """Whether any node of one set is no agreement with any of another, however alike
    (agreement_vetoes), asked only of nodes about to share a group; each pair is read once,
    and the pairs of one question together. Each of "reported at 2:40 p.m." and "at 4:15 p.m."
    may agree with a third wording, but a group that holds both says they agree."""
    known: dict[tuple[int, int], bool] = {}

    def apart(nodes: Sequence[int], others: Sequence[int]) -> bool:
        if len(known) >= GROUP_VETO_PAIRS:
            return False  # bounded work: past the budget, groups grow as they did without the vetoes
        keys = {(u, v) if u < v else (v, u) for u in nodes for v in others if u != v}
        if any(known.get(key, False) for key in keys):
            return True
        unread = sorted(key for key in keys if key not in known)[: GROUP_VETO_PAIRS - len(known)]
        if not unread:
            return False
        pairs = np.asarray(unread, dtype=np.int64)
        vetoed = agreement_vetoed(pairs[:, 0], pairs[:, 1], stances, text_of)
        known.update(zip(unread, vetoed.tolist(), strict=True))
        return bool(vetoed.any())

    return apart


def _groups_of(extra: dict[int, set[int]], representative: IntArray) -> dict[int, set[int]]:
    """Every group of each node that has more than one."""
    found: dict[int, set[int]] = {}
    for group, nodes in extra.items():
        for node in nodes:
            found.setdefault(node, {int(representative[node])}).add(group)
    return found


def _agreements(matches: CopyMatches, threshold: float, conflicts: tuple[IntArray, IntArray],
                nodes: int, stances: tuple[np.ndarray, np.ndarray], text_of: Callable[[int], str]
                ) -> NodeScores:
    """Mutual best matches at the threshold whose sentences do not conflict: the agreements. A
    sentence that calls what it reports untrue, or negates it, agrees with no sentence that
    states it."""
    low = np.minimum(conflicts[0], conflicts[1])
    high = np.maximum(conflicts[0], conflicts[1])
    clashing = np.isin(matches.first * nodes + matches.second, low * nodes + high)
    keep = (matches.scores >= threshold) & ~clashing
    chosen = np.flatnonzero(keep)
    keep[chosen] = ~agreement_vetoed(matches.first[chosen], matches.second[chosen], stances, text_of,
                                     scores=matches.scores[chosen])
    return node_scores(matches.first[keep], matches.second[keep], matches.scores[keep], nodes)


def _join_across(agreeing: NodeScores, representative: IntArray, similar: NodeScores, threshold: float,
                 conflicts: tuple[IntArray, IntArray],
                 no_agreement: Callable[[Sequence[int], Sequence[int]], bool],
                 ) -> tuple[dict[int, set[int]], NodeScores]:
    """Second memberships: a node that agrees with a member of another group, is as close to
    that group's representative as an agreement requires and conflicts with none of its
    members joins it too (a sentence that runs two statements together belongs to both).
    Nor does it join one that is `no_agreement` with a member. Returns the extra nodes of each
    group, and the agreements still between two groups."""
    members: dict[int, set[int]] = defaultdict(set)
    for node, group in enumerate(representative.tolist()):
        members[group].add(node)
    cannot: dict[int, set[int]] = defaultdict(set)
    for u, v in zip(conflicts[0].tolist(), conflicts[1].tolist(), strict=True):
        cannot[u].add(v)
        cannot[v].add(u)
    extra: dict[int, set[int]] = defaultdict(set)
    first, second, scores = agreeing.pairs()
    apart: list[int] = []
    for index in np.lexsort((second, first, -scores)).tolist():
        u, v = int(first[index]), int(second[index])
        joined = False
        for node, other in ((u, v), (v, u)):
            group = int(representative[other])
            if node in members[group]:
                joined = True
                continue
            close = similar.lookup(np.asarray([node]), np.asarray([group]))[0] >= threshold
            if (close and not cannot[node] & members[group]
                    and not no_agreement([node], sorted(members[group]))):
                members[group].add(node)
                extra[group].add(node)
                joined = True
        if not joined:
            apart.append(index)
    chosen = np.asarray(apart, dtype=np.int64)
    return extra, NodeScores(agreeing.keys[np.sort(chosen)], agreeing.scores[np.sort(chosen)],
                             agreeing.nodes)


def _add_groups(build: _Builder, copies: Copies, representative: IntArray, extra: dict[int, set[int]],
                similar: NodeScores, row_of_node: IntArray, by_groups: dict[LinkKey, int]) -> None:
    """One agreement per group whose compared passages lie in two articles or more."""
    first_copy = copies.members[copies.member_start[:-1]]
    compared = np.flatnonzero(copies.standing[first_copy] == COMPARED)
    group_of = np.concatenate([representative[compared],
                               np.asarray([g for g, nodes in extra.items() for _ in nodes], dtype=np.int64)])
    node_of = np.concatenate([compared, np.asarray([n for nodes in extra.values() for n in nodes],
                                                   dtype=np.int64)])
    if not len(node_of):
        return
    order = np.lexsort((node_of, group_of))
    group_of, node_of = group_of[order], node_of[order]
    starts = np.flatnonzero(np.concatenate([[True], group_of[1:] != group_of[:-1]]))
    last_copy = copies.members[copies.member_start[1:] - 1]
    low = np.minimum.reduceat(copies.doc_of[first_copy[node_of]], starts)
    high = np.maximum.reduceat(copies.doc_of[last_copy[node_of]], starts)
    ends = np.append(starts[1:], len(node_of))
    spread = low != high
    for begin, end in zip(starts[spread].tolist(), ends[spread].tolist(), strict=True):
        nodes = node_of[begin:end]
        group = int(group_of[begin])
        flats = np.sort(copies.occurrences(nodes))
        docs = copies.doc_of[flats]
        a = int(first_copy[group])
        elsewhere = flats[docs != copies.doc_of[a]]
        other_node = elsewhere[copies.node_of[elsewhere] != group]
        b = int(other_node[0] if len(other_node) else elsewhere[0])
        score = float(similar.lookup(nodes, np.full(len(nodes), group)).min())
        terms = (int(row_of_node[group]), int(row_of_node[copies.node_of[b]]))
        entry = build.add(AGREE, score, a, b, -1, True, terms, (nodes, np.zeros(0, dtype=np.int64)))
        by_groups[("aligned", group, group)] = entry


def _add_links(build: _Builder, decided: PairFindings, copies: Copies, representative: IntArray,
               flat_of: dict[tuple[str, int], int], by_groups: dict[LinkKey, int],
               by_id: dict[str, int]) -> None:
    """Pair findings between two groups, merged: one link per kind, rule, subject and pair of
    groups, shown by its highest-scoring pair. A figure agreement inside a group is the group."""
    merged: dict[tuple[str, str, str, int, int], list[int]] = {}
    nodes: list[tuple[int, int]] = []
    for number, found in enumerate(decided.objects):
        node_a = int(copies.node_of[flat_of[(found.a.doc, found.a.start)]])
        node_b = int(copies.node_of[flat_of[(found.b.doc, found.b.start)]])
        nodes.append((node_a, node_b))
        group_a, group_b = int(representative[node_a]), int(representative[node_b])
        if found.kind == "agree" and group_a == group_b and ("aligned", group_a, group_a) in by_groups:
            by_id[found.id] = by_groups[("aligned", group_a, group_a)]
            continue
        subject = found.subject if found.rule == "figures" else ""
        low, high = min(group_a, group_b), max(group_a, group_b)
        merged.setdefault((found.kind, found.rule, subject, low, high), []).append(number)
    for key, numbers in merged.items():
        best = max(numbers, key=lambda n: (decided.objects[n].score, -n))
        found = decided.objects[best]
        anchor = representative[nodes[best][0]]
        side_a, side_b = [], []
        for number in numbers:
            node_a, node_b = nodes[number]
            swap = representative[node_a] != anchor and representative[node_b] == anchor
            side_a.append(node_b if swap else node_a)
            side_b.append(node_a if swap else node_b)
        a, b = flat_of[(found.a.doc, found.a.start)], flat_of[(found.b.doc, found.b.start)]
        kind = CONFLICT if found.kind == "conflict" else AGREE
        entry = build.add(kind, found.score, a, b, best, False, (-1, -1),
                          (np.asarray(side_a, dtype=np.int64), np.asarray(side_b, dtype=np.int64)))
        by_groups.setdefault((found.reason, key[3], key[4]), entry)
        by_id.update({decided.objects[n].id: entry for n in numbers})


def _add_agreement_links(build: _Builder, agreeing: NodeScores, copies: Copies,
                         representative: IntArray, row_of_node: IntArray,
                         by_groups: dict[LinkKey, int]) -> None:
    """Agreements the group check kept apart (each member must be like the representative):
    one link per pair of groups, shown by its best pair, so no agreement is lost."""
    first, second, scores = agreeing.pairs()
    group_a, group_b = representative[first], representative[second]
    apart = np.flatnonzero(group_a != group_b)
    if apart.size == 0:
        return
    low, high = np.minimum(group_a[apart], group_b[apart]), np.maximum(group_a[apart], group_b[apart])
    order = np.lexsort((-scores[apart], high, low))
    apart, low, high = apart[order], low[order], high[order]
    starts = np.flatnonzero(np.concatenate([[True], (low[1:] != low[:-1]) | (high[1:] != high[:-1])]))
    pick_a, pick_b = _in_two_articles(copies, first[apart[starts]], second[apart[starts]])
    ends = [*starts[1:].tolist(), len(apart)]
    for begin, end, a, b in zip(starts.tolist(), ends, pick_a.tolist(), pick_b.tolist(), strict=True):
        chosen = apart[begin:end]
        best = int(chosen[0])
        if a < 0:
            continue
        own_a = group_a[chosen] == group_a[best]
        nodes_a = np.where(own_a, first[chosen], second[chosen])
        nodes_b = np.where(own_a, second[chosen], first[chosen])
        terms = (int(row_of_node[first[best]]), int(row_of_node[second[best]]))
        entry = build.add(AGREE, float(scores[best]), a, b, -1, False, terms, (nodes_a, nodes_b))
        by_groups.setdefault(("aligned", int(low[begin]), int(high[begin])), entry)


def _in_two_articles(copies: Copies, first: IntArray, second: IntArray) -> tuple[IntArray, IntArray]:
    """For node pairs: a copy of each in two different articles (-1 when there is none).

    The first copy of `first`, with the first copy of `second` in another article; failing
    that, `first`'s first copy in another article than `second`'s first."""
    opening = copies.members[copies.member_start[:-1]]  # each node's first copy
    elsewhere = np.full(copies.nodes, -1, dtype=np.int64)  # ... and its first in another article
    order = copies.members
    node_sorted = np.repeat(np.arange(copies.nodes), np.diff(copies.member_start))
    moved = copies.doc_of[order] != copies.doc_of[opening[node_sorted]]
    found = np.flatnonzero(moved)
    found = found[np.unique(node_sorted[found], return_index=True)[1]]
    elsewhere[node_sorted[found]] = order[found]
    a, b = opening[first], opening[second]
    clash = copies.doc_of[a] == copies.doc_of[b]
    b = np.where(clash, elsewhere[second], b)
    retry = clash & (b < 0)
    a = np.where(retry, elsewhere[first], a)
    b = np.where(retry, opening[second], b)
    return a, np.where(a < 0, -1, b)
