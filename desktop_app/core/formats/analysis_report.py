"""Render an analysis as JSON (the stable contract), Markdown or terminal text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from ..model import Claim, Document, Finding, Passage
from ..pipeline.analysis import Analysis

REPORT_SCHEMA = 1
QUOTE_WIDTH = 110


def claim_json(claim: Claim) -> dict[str, Any]:
    high = None if claim.high == float("inf") else claim.high
    return {
        "start": claim.start, "end": claim.end, "quote": claim.quote, "value": claim.value,
        "unit": claim.unit, "qualifier": claim.qualifier, "topic": claim.topic,
        "kind": claim.kind, "range": [claim.low, high], "sentence": claim.sentence,
    }


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "title": doc.title, "path": doc.path, "date": doc.date, "text": doc.text,
        "author": doc.author, "site": doc.site,
        "sentences": [[s.start, s.end] for s in doc.sentences],
        "claims": [claim_json(c) for c in doc.claims],
        "excluded": [list(region) for region in doc.excluded],
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    data = asdict(finding)
    data["a"], data["b"] = asdict(finding.a), asdict(finding.b)
    return data


def report_data(analysis: Analysis) -> dict[str, Any]:
    ids = [doc.id for doc in analysis.documents]
    return {
        "schema": REPORT_SCHEMA,
        "threshold": analysis.threshold,
        "documents": [document_json(doc) for doc in analysis.documents],
        "matrix": {"ids": ids,
                   "similarity": [[round(float(v), 4) for v in row] for row in analysis.similarity]},
        "findings": [finding_json(f) for f in analysis.findings],
    }


def report_json(analysis: Analysis) -> str:
    return json.dumps(report_data(analysis), ensure_ascii=False, indent=1)


def _short(quote: str, width: int = QUOTE_WIDTH) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _counts(findings: Sequence[Finding]) -> tuple[int, int]:
    conflicts = sum(1 for f in findings if f.kind == "conflict")
    return conflicts, len(findings) - conflicts


def _passage_line(label: str, passage: Passage) -> str:
    return f"    {label} [{passage.doc}] “{_short(passage.quote)}”"


def report_text(analysis: Analysis) -> str:
    """A terminal summary: conflicts first, each with both quotes."""
    conflicts, agreements = _counts(analysis.findings)
    lines = [f"{len(analysis.documents)} articles, {conflicts} conflicts, {agreements} agreements "
             f"(threshold {analysis.threshold:.2f})", ""]
    for doc in analysis.documents:
        lines.append(f"  {doc.id}: {doc.title}" + (f" ({doc.date})" if doc.date else ""))
    for kind, heading in (("conflict", "CONFLICTS"), ("agree", "AGREEMENTS")):
        chosen = [f for f in analysis.findings if f.kind == kind]
        lines += ["", f"{heading} ({len(chosen)})"]
        for number, finding in enumerate(chosen, 1):
            gap = "  [dates more than a year apart]" if finding.time_gap else ""
            lines.append(f"{number:3}. {finding.explanation}{gap}")
            lines.append(_passage_line("A", finding.a))
            lines.append(_passage_line("B", finding.b))
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return _short(text, 160).replace("|", "\\|")


def report_markdown(analysis: Analysis) -> str:
    """A report with a table of conflicts and a table of agreements."""
    conflicts, agreements = _counts(analysis.findings)
    lines = ["# Source comparison", "",
             f"{len(analysis.documents)} articles · **{conflicts} conflicts** · "
             f"{agreements} agreements · threshold {analysis.threshold:.2f}", "",
             "| id | title | date |", "|---|---|---|"]
    lines += [f"| {d.id} | {_md_cell(d.title)} | {d.date or ''} |" for d in analysis.documents]
    for kind, heading in (("conflict", "Conflicts"), ("agree", "Agreements")):
        lines += ["", f"## {heading}", "",
                  "| # | topic | explanation | article A | quote A | article B | quote B | score |",
                  "|---|---|---|---|---|---|---|---|"]
        chosen = [f for f in analysis.findings if f.kind == kind]
        for number, f in enumerate(chosen, 1):
            lines.append(
                f"| {number} | {_md_cell(f.topic)} | {_md_cell(f.explanation)}"
                f"{' (time gap)' if f.time_gap else ''} | {f.a.doc} | {_md_cell(f.a.quote)} | "
                f"{f.b.doc} | {_md_cell(f.b.quote)} | {f.score:.2f} |"
            )
        if not chosen:
            lines.append("| | none found | | | | | | |")
    return "\n".join(lines) + "\n"


FORMATTERS = {"json": report_json, "md": report_markdown, "text": report_text}
