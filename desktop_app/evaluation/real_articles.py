"""Run the engine on labelled FNC-1 clusters, one cluster at a time, as a user would load them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.ingest.loading import document_from_text
from ..core.model import Document, Finding
from ..core.pipeline.analysis import Analysis, analyze
from .labels import AgreementScore, ConflictScore, LabelSet, Link, score_agreements, score_conflicts_by_rule

FNC = "fnc1_same_event"
Analyzer = Callable[[Sequence[Document]], Analysis]


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def fnc_bodies(data: Path) -> dict[int, str]:
    return {int(row["body_id"]): str(row["text"]) for row in _rows(data / FNC / "bodies.jsonl")}


def fnc_clusters(data: Path) -> dict[int, tuple[int, ...]]:
    return {int(row["cluster_id"]): tuple(int(b) for b in row["body_ids"])
            for row in _rows(data / FNC / "event_clusters.jsonl")}


def body_document(body: int, text: str) -> Document:
    """The Document the labels' offsets refer to (text with newlines normalised)."""
    return document_from_text(f"fnc{body}", text)


def body_of(doc_id: str) -> int:
    return int(doc_id.removeprefix("fnc"))


def finding_links(finding: Finding) -> list[Link]:
    """The passage pairs a finding asserts, as (body, start, end) on each side."""
    return [((body_of(finding.a.doc), finding.a.start, finding.a.end),
             (body_of(finding.b.doc), finding.b.start, finding.b.end))]


@dataclass(frozen=True)
class PartResult:
    """Scores of one label part, with the findings counted."""

    part: str
    clusters: int
    articles: int
    conflicts: ConflictScore
    agreements: AgreementScore
    by_rule: dict[str, ConflictScore]


def score_part(labels: LabelSet, data: Path, analyzer: Analyzer = analyze) -> PartResult:
    bodies, clusters = fnc_bodies(data), fnc_clusters(data)
    conflicts: list[tuple[Link, str]] = []
    agreements: list[Link] = []
    articles = 0
    for cluster in labels.clusters:
        documents = [body_document(body, bodies[body]) for body in clusters[cluster]]
        articles += len(documents)
        for finding in analyzer(documents).findings:
            if finding.kind == "conflict":
                conflicts.extend((link, finding.rule) for link in finding_links(finding))
            else:
                agreements.extend(finding_links(finding))
    by_rule = score_conflicts_by_rule(labels, conflicts)
    return PartResult(labels.part, len(labels.clusters), articles, by_rule[""],
                      score_agreements(labels, agreements), {r: s for r, s in by_rule.items() if r})
