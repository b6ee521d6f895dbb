"""Passage groups: distinct sentences that say the same thing, grown around a representative.

Input is the graph of nodes (distinct sentences, see copies.py) joined by agreement
edges. Plain single linkage over it would chain: A is like B, B like C, and so on to
a Z unrelated to A. Here edges are taken strongest first, as single linkage would, but
two groups merge only when

- every node of the smaller group is at least `threshold` similar to the larger group's
  representative (its most copied wording), so no member is only a friend of a friend;
- no node of one is known to conflict with a node of the other (different figures,
  a negation), so a group never holds both sides of a conflict.

A merge reads only the smaller group (its scores against one node, its conflicts), so
the work is bounded by the edges plus nodes x log(nodes) lookups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class NodeScores:
    """The best score seen for each unordered pair of distinct nodes, sorted by key."""

    keys: IntArray  # low * nodes + high
    scores: FloatArray
    nodes: int

    def lookup(self, first: IntArray, second: IntArray) -> FloatArray:
        """Scores of pairs (first[k], second[k]); 1 for a node with itself, 0 if never scored."""
        first, second = np.broadcast_arrays(np.asarray(first, np.int64), np.asarray(second, np.int64))
        low, high = np.minimum(first, second), np.maximum(first, second)
        wanted = low * self.nodes + high
        at = np.searchsorted(self.keys, wanted)
        found = at < len(self.keys)
        found[found] = self.keys[at[found]] == wanted[found]
        result = np.zeros(wanted.shape, dtype=np.float32)
        result[found] = self.scores[at[found]]
        result[low == high] = 1.0
        return result

    def pairs(self) -> tuple[IntArray, IntArray, FloatArray]:
        low, high = np.divmod(self.keys, self.nodes)
        return low, high, self.scores


def node_scores(first: IntArray, second: IntArray, scores: FloatArray, nodes: int) -> NodeScores:
    """Collapse scored pairs of occurrences to their nodes, keeping the best score per pair."""
    first, second = np.asarray(first, np.int64), np.asarray(second, np.int64)
    different = first != second
    low = np.minimum(first, second)[different]
    high = np.maximum(first, second)[different]
    values = np.asarray(scores, dtype=np.float32)[different]
    keys = low * max(nodes, 1) + high
    order = np.lexsort((-values, keys))
    keys, values = keys[order], values[order]
    first_of_key = np.ones(len(keys), dtype=bool)
    first_of_key[1:] = keys[1:] != keys[:-1]
    return NodeScores(keys[first_of_key], values[first_of_key], max(nodes, 1))


def grow_groups(nodes: int, weight: IntArray, edges: NodeScores, similar: NodeScores,
                threshold: float, conflicts: tuple[IntArray, IntArray],
                apart: Callable[[Sequence[int], Sequence[int]], bool] | None = None) -> IntArray:
    """The representative node of each node's group (a node alone represents itself).

    `weight` (copies of each node) picks the representative: of two groups the larger
    one's, of two single nodes the more copied. `similar` answers the representative check;
    `conflicts` lists node pairs that may never share a group, and `apart`, asked only of
    two groups about to merge, says whether any node of one may not share a group with any
    of the other: two sentences that each agree with a third may still not say the same thing
    ("first reported at 2:40 p.m." / "at 4:15 p.m.").
    """
    parent = np.arange(nodes, dtype=np.int64)
    members: dict[int, list[int]] = {}
    cannot: dict[int, set[int]] = defaultdict(set)
    for u, v in zip(conflicts[0].tolist(), conflicts[1].tolist(), strict=True):
        if u != v:
            cannot[u].add(v)
            cannot[v].add(u)

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = int(parent[node])
        return node

    def size(group: int) -> tuple[int, int, int]:
        return len(members.get(group, (group,))), int(weight[group]), -group

    low, high, scores = edges.pairs()
    for index in np.lexsort((high, low, -scores)).tolist():
        first, second = root(int(low[index])), root(int(high[index]))
        if first == second:
            continue
        large, small = (first, second) if size(first) >= size(second) else (second, first)
        joining = members.get(small, [small])
        if any(root(other) == large for node in joining for other in cannot.get(node, ())):
            continue
        if (similar.lookup(np.asarray(joining), np.full(len(joining), large)) < threshold).any():
            continue
        if apart is not None and apart(joining, members.get(large, [large])):
            continue
        parent[small] = large  # roots are representatives: the larger group's stays
        members.setdefault(large, [large]).extend(joining)
        members.pop(small, None)
    return np.fromiter((root(node) for node in range(nodes)), dtype=np.int64, count=nodes)
