"""Hand-made labels of real articles (FNC-1 same-event clusters) and how findings are scored on them.

The labels were made by reading every article of a cluster as a fact-checker would
(desktop_app/data/labels/README.md says how). They hold positions only: a body id of
the FNC-1 set and character offsets into its text, never the text itself, which stays
in ../shared/eval. A third of the clusters is held back: nobody tuning the engine reads
them, and their figure is reported on its own line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABEL_DIR = Path(__file__).resolve().parents[1] / "data" / "labels"


@dataclass(frozen=True)
class Span:
    """Characters start..end of one FNC-1 body (after newline normalisation)."""

    body: int
    start: int
    end: int

    def overlaps(self, body: int, start: int, end: int) -> bool:
        return self.body == body and self.start < end and start < self.end


@dataclass(frozen=True)
class Contradiction:
    id: str
    cluster: int
    a: Span
    b: Span
    kind: str
    what: str


@dataclass(frozen=True)
class Fact:
    id: str
    cluster: int
    fact: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Verdict:
    cluster: int
    kind: str
    a: Span
    b: Span
    right: bool


@dataclass(frozen=True)
class LabelSet:
    """One part of the labels (development or held back)."""

    part: str
    clusters: tuple[int, ...]
    contradictions: tuple[Contradiction, ...]
    facts: tuple[Fact, ...]
    verdicts: tuple[Verdict, ...]


def _span(data: dict[str, Any]) -> Span:
    return Span(int(data["body"]), int(data["start"]), int(data["end"]))


def read_label_file(path: Path) -> LabelSet:
    data = json.loads(path.read_text(encoding="utf-8"))
    return LabelSet(
        str(data["part"]), tuple(int(c) for c in data["clusters"]),
        tuple(Contradiction(str(c["id"]), int(c["cluster"]), _span(c["a"]), _span(c["b"]),
                            str(c.get("kind", "other")), str(c.get("what", "")))
              for c in data.get("contradictions", [])),
        tuple(Fact(str(f["id"]), int(f["cluster"]), str(f.get("fact", "")),
                   tuple(_span(m) for m in f["mentions"])) for f in data.get("agreements", [])),
        tuple(Verdict(int(v["cluster"]), str(v["kind"]), _span(v["a"]), _span(v["b"]),
                      v["verdict"] == "right") for v in data.get("engine_verdicts", [])),
    )


def merge(name: str, parts: Iterable[LabelSet]) -> LabelSet:
    chosen = list(parts)
    return LabelSet(name, tuple(c for p in chosen for c in p.clusters),
                    tuple(c for p in chosen for c in p.contradictions),
                    tuple(f for p in chosen for f in p.facts),
                    tuple(v for p in chosen for v in p.verdicts))


def label_sets(folder: Path = LABEL_DIR) -> dict[str, LabelSet]:
    """{'dev': ..., 'heldout': ...} from the label files present (dev parts merged)."""
    files = sorted(folder.glob("fnc1_*.json")) if folder.is_dir() else []
    loaded = [read_label_file(path) for path in files]
    sets: dict[str, LabelSet] = {}
    dev = [s for s in loaded if s.part.startswith("dev")]
    if dev:
        sets["dev"] = merge("dev", dev)
    held = [s for s in loaded if s.part == "heldout"]
    if held:
        sets["heldout"] = merge("heldout", held)
    return sets


# A reported relation between two passages: (body, start, end) on each side.
Located = tuple[int, int, int]
Link = tuple[Located, Located]


def _matches(link: Link, a: Span, b: Span) -> bool:
    first, second = link
    return ((a.overlaps(*first) and b.overlaps(*second)) or (a.overlaps(*second) and b.overlaps(*first)))


@dataclass(frozen=True)
class ConflictScore:
    reported: int
    right: int  # matching a labelled contradiction (or a conflict judged right)
    labelled: int
    found: int  # labelled contradictions matched by at least one reported conflict
    wrong_by_verdict: int  # reported conflicts a reader explicitly judged wrong
    found_by_kind: dict[str, tuple[int, int]]


def score_conflicts(labels: LabelSet, reported: Sequence[Link]) -> ConflictScore:
    """See score_conflicts_by_rule; each reported link a finding of its own, all rules."""
    return score_conflicts_by_rule(labels, [([link], "") for link in reported])[""]


Entry = tuple[Sequence[Link], str]  # one reported conflict: its passage pairs, its rule


def score_conflicts_by_rule(labels: LabelSet, reported: Sequence[Entry]) -> dict[str, ConflictScore]:
    """Scores for all reported conflicts ("") and for those of each rule.

    A reported conflict is one finding as the user sees it; a conflict between two passage
    groups asserts every pair of their members, and is right when one of those pairs is a
    labelled contradiction. Labels list every contradiction a reader found, so a conflict
    that matches none of them counts as wrong, judged explicitly or not.
    """
    rules = sorted({rule for _, rule in reported} - {""})
    scores = {"": _score_conflicts(labels, [links for links, _ in reported])}
    for rule in rules:
        scores[rule] = _score_conflicts(labels, [links for links, r in reported if r == rule])
    return scores


def _score_conflicts(labels: LabelSet, reported: Sequence[Sequence[Link]]) -> ConflictScore:
    right_verdicts = [v for v in labels.verdicts if v.kind == "conflict" and v.right]
    wrong_verdicts = [v for v in labels.verdicts if v.kind == "conflict" and not v.right]
    right = wrong_explicit = 0
    for links in reported:
        if any(_matches(link, c.a, c.b) for link in links for c in labels.contradictions) or any(
                _matches(link, v.a, v.b) for link in links for v in right_verdicts):
            right += 1
        elif any(_matches(link, v.a, v.b) for link in links for v in wrong_verdicts):
            wrong_explicit += 1
    every = [link for links in reported for link in links]
    by_kind: dict[str, list[int]] = {}
    found = 0
    for contradiction in labels.contradictions:
        hit = any(_matches(link, contradiction.a, contradiction.b) for link in every)
        found += hit
        tally = by_kind.setdefault(contradiction.kind, [0, 0])
        tally[0] += hit
        tally[1] += 1
    return ConflictScore(len(reported), right, len(labels.contradictions), found, wrong_explicit,
                         {kind: (t[0], t[1]) for kind, t in sorted(by_kind.items())})


@dataclass(frozen=True)
class AgreementScore:
    facts: int
    facts_found: int  # facts with two mentions in different articles joined by an agreement
    mention_pairs: int
    mention_pairs_found: int
    judged: int  # reported agreements a label can judge
    judged_right: int


def _joined(links: Sequence[Link], first: Span, second: Span) -> bool:
    return any(_matches(link, first, second) for link in links)


def score_agreements(labels: LabelSet, reported: Sequence[Link]) -> AgreementScore:
    """Recall per fact (and per pair of mentions); precision only where labels can judge:
    an agreement joining mentions of one fact is right, one joining the two sides of a
    labelled contradiction or judged wrong by a reader is wrong, the rest are not judged."""
    facts = [f for f in labels.facts if len({m.body for m in f.mentions}) >= 2]
    facts_found = pairs = pairs_found = 0
    for fact in facts:
        cross = [(m, n) for i, m in enumerate(fact.mentions) for n in fact.mentions[i + 1:]
                 if m.body != n.body]
        joined = [_joined(reported, m, n) for m, n in cross]
        pairs += len(cross)
        pairs_found += sum(joined)
        facts_found += any(joined)
    judged = judged_right = 0
    agree_verdicts = [v for v in labels.verdicts if v.kind == "agree"]
    for link in reported:
        verdict = next((v for v in agree_verdicts if _matches(link, v.a, v.b)), None)
        same_fact = any(_matches(link, m, n) for f in facts for m in f.mentions for n in f.mentions
                        if m.body != n.body)
        opposed = any(_matches(link, c.a, c.b) for c in labels.contradictions)
        if verdict is not None:
            judged += 1
            judged_right += verdict.right
        elif same_fact or opposed:
            judged += 1
            judged_right += same_fact and not opposed
    return AgreementScore(len(facts), facts_found, pairs, pairs_found, judged, judged_right)
