"""Run the engine on labelled FNC-1 clusters, one cluster at a time, as a user would load them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.findings.table import FindingTable
from ..core.ingest.loading import document_from_text
from ..core.model import Document, Finding, Passage
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


def _located(passage: Passage) -> tuple[int, int, int]:
    return body_of(passage.doc), passage.start, passage.end


def finding_links(finding: Finding) -> list[Link]:
    """The passage pair a single finding asserts, as (body, start, end) on each side."""
    return [(_located(finding.a), _located(finding.b))]


def table_links(table: FindingTable, index: int) -> list[Link]:
    """Every passage pair an entry of the table asserts (FindingTable.pairs_of)."""
    return [(_located(a), _located(b)) for a, b in table.pairs_of(index)]


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
    conflicts: list[tuple[list[Link], str]] = []
    agreements: list[Link] = []
    articles = 0
    for cluster in labels.clusters:
        documents = [body_document(body, bodies[body]) for body in clusters[cluster]]
        articles += len(documents)
        table = analyzer(documents).findings
        for index, finding in enumerate(table):
            links = table_links(table, index)
            if finding.kind == "conflict":
                conflicts.append((links, finding.rule))
            else:
                agreements.extend(links)
    by_rule = score_conflicts_by_rule(labels, conflicts)
    return PartResult(labels.part, len(labels.clusters), articles, by_rule[""],
                      score_agreements(labels, agreements), {r: s for r, s in by_rule.items() if r})
