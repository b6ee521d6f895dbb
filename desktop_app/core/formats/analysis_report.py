"""Render an analysis as JSON (the stable contract), Markdown or terminal text, as it goes.

Each writer takes a text stream and writes one document or one finding at a time,
so a report of a thousand articles never exists whole in memory; the `report_*`
functions return the same text as a string for small sets and tests.

Schema 2 (JSON): findings are passage groups and the links between them (see
findings.table). Every finding keeps the fields of schema 1, with `a` and `b` two
representative passages in two articles, and adds `group` (true for a passage
group), `articles` (how many articles it spans) and `members_a`/`members_b` (every
passage: a group's all in `members_a`; a link's two sides).

A report of a project leaves out the findings the user dismissed there (`dismissed`, display
indices): the text and Markdown reports list the rest and say how many were left out; the
JSON keeps every finding and marks each with `dismissed`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import Any, Protocol, TextIO

import numpy as np

from ..findings.table import FindingTable
from ..model import Claim, Document, Finding, Passage, Span
from ..pipeline.analysis import Analysis
from ..pipeline.version import ENGINE_VERSION
from ..report_mark import GENERATOR, REPORT_MARK
from ..wording import counted

REPORT_SCHEMA = 2
QUOTE_WIDTH = 110
LISTED_ARTICLES = 10  # articles named per side in text and Markdown; the rest are counted
PROGRESS_EVERY = 200
MD_HEADER = ("| # | topic | explanation | article A | quote A | article B | quote B | score | articles |\n"
             "|---|---|---|---|---|---|---|---|---|\n")

Progress = Callable[[str, float], None]
FINDING_FIELDS = fields(Finding)
NONE: frozenset[int] = frozenset()


class Writer(Protocol):
    def __call__(self, analysis: Analysis, out: TextIO, progress: Progress = ...,
                 dismissed: frozenset[int] = ...) -> None: ...


def dismissed_indices(table: FindingTable, dismissed_ids: Iterable[str]) -> frozenset[int]:
    """Display indices of the findings a project's dismissals stand for (FindingTable.index_of
    finds a finding from the id of any pair merged into it, as the window does)."""
    found = (table.index_of(finding) for finding in dismissed_ids)
    return frozenset(index for index in found if index is not None)


def quiet(_stage: str, _fraction: float) -> None:
    return None


def claim_json(claim: Claim) -> dict[str, Any]:
    high = None if claim.high == float("inf") else claim.high
    return {
        "start": claim.start, "end": claim.end, "quote": claim.quote, "value": claim.value,
        "unit": claim.unit, "qualifier": claim.qualifier, "topic": claim.topic,
        "kind": claim.kind, "range": [claim.low, high], "sentence": claim.sentence,
        # the frame (claims.frames): what the figure is about and how it is stated
        "subject": claim.subject, "attribute": claim.attribute, "time": claim.time,
        "negated": claim.negated, "hedged": claim.hedged,
    }


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "title": doc.title, "path": doc.path, "date": doc.date, "text": doc.text,
        "author": doc.author, "site": doc.site,
        "sentences": [[s.start, s.end] for s in doc.sentences],
        "claims": [claim_json(c) for c in doc.claims],
        "excluded": [list(region) for region in doc.excluded],
    }


def passage_json(passage: Passage) -> dict[str, Any]:
    return {"doc": passage.doc, "start": passage.start, "end": passage.end, "quote": passage.quote}


def finding_json(finding: Finding) -> dict[str, Any]:
    """Every field of the Finding (tuples become JSON lists); shallow, so fast for thousands."""
    data = {field.name: getattr(finding, field.name) for field in FINDING_FIELDS}
    data["a"], data["b"] = passage_json(finding.a), passage_json(finding.b)
    return data


def grouped_finding_json(table: FindingTable, index: int, dismissed: bool = False) -> dict[str, Any]:
    """One finding of the table with its members (schema 2)."""
    data = finding_json(table[index])
    data["dismissed"] = dismissed
    side_a, side_b = table.members(index)
    data["group"] = bool(table.is_group[index])
    data["articles"] = int(table.article_counts[index])
    data["members_a"] = [passage_json(p) for p in side_a]
    data["members_b"] = [passage_json(p) for p in side_b]
    return data


def _items(out: TextIO, key: str, items: Iterable[Any], last: bool = False) -> None:
    out.write(f' "{key}": [')
    for number, item in enumerate(items):
        out.write(",\n" if number else "\n")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n ]" + ("\n" if last else ",\n"))


# Up to this many articles the JSON holds the whole article-by-article similarity matrix; above
# it, each article's nearest articles only, so that the report grows with the articles, not
# with their square (1,000 articles made an 8 MB matrix).
MATRIX_LIMIT = 200
NEAREST = 10


def _write_matrix(analysis: Analysis, out: TextIO) -> None:
    ids = [doc.id for doc in analysis.documents]
    out.write(f' "matrix": {{"ids": {json.dumps(ids, ensure_ascii=False)}, ')
    if len(ids) <= MATRIX_LIMIT:
        out.write('"similarity": [')
        for number, row in enumerate(analysis.similarity):
            out.write(("," if number else "") + "\n  " + json.dumps([round(float(v), 4) for v in row]))
        out.write("\n ]},\n")
        return
    out.write('"similarity": null, "nearest": [')
    for number, row in enumerate(analysis.similarity):
        order = [int(j) for j in np.argsort(-row, kind="stable") if int(j) != number][:NEAREST]
        nearest = [[j, round(float(row[j]), 4)] for j in order]
        out.write(("," if number else "") + "\n  " + json.dumps(nearest))
    out.write("\n ]},\n")


def write_json(analysis: Analysis, out: TextIO, progress: Progress = quiet,
               dismissed: frozenset[int] = NONE) -> None:
    """The JSON contract, one document and one finding per line."""
    table = analysis.findings
    out.write(f'{{"generator": "{GENERATOR}",\n "schema": {REPORT_SCHEMA},\n'
              f' "engine_version": {ENGINE_VERSION},\n'
              f' "threshold": {json.dumps(analysis.threshold)},\n')
    _items(out, "documents", (document_json(doc) for doc in analysis.documents))
    _write_matrix(analysis, out)
    _items(out, "findings", _counted(table, (grouped_finding_json(table, i, i in dismissed)
                                             for i in range(len(table))), progress), last=True)
    out.write("}\n")


def _counted(table: FindingTable, items: Iterable[Any], progress: Progress) -> Iterable[Any]:
    for number, item in enumerate(items):
        if number % PROGRESS_EVERY == 0:
            progress("writing", number / max(len(table), 1))
        yield item
    progress("writing", 1.0)


def report_data(analysis: Analysis) -> dict[str, Any]:
    """The JSON contract as a dict (small sets and tests; the writer streams large ones)."""
    data: dict[str, Any] = json.loads(report_json(analysis))
    return data


def report_json(analysis: Analysis) -> str:
    buffer = io.StringIO()
    write_json(analysis, buffer)
    return buffer.getvalue()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _short(quote: str, width: int = QUOTE_WIDTH, mark: Span | None = None) -> str:
    """The quote on one line, cut to `width`; a cut keeps `mark` (offsets in the quote: the
    values a finding sets apart) in view, so "…(about GBP 940,000) in restitu…" never hides
    the figure that differs."""
    flat = _flat(quote)
    if len(flat) <= width:
        return flat
    if mark is not None:
        start = len(_flat(quote[: mark[0]]))
        end = start + len(_flat(quote[mark[0] : mark[1]])) + 1
        if end > width - 1:
            begin = max(1, min(start - width // 4, len(flat) - (width - 1)))
            space = flat.find(" ", begin, start)
            begin = space + 1 if space >= 0 else begin  # from a word's start
            piece = flat[begin : begin + width - 1]
            return "…" + (piece if begin + width - 1 >= len(flat) else piece[:-1] + "…")
    return flat[: width - 1] + "…"


def _first_mark(passage: Passage, marks: Sequence[Span]) -> Span | None:
    """The first of a finding's marks inside the passage, in the quote's offsets."""
    inside = [(s - passage.start, e - passage.start) for s, e in marks
              if passage.start <= s and e <= passage.end]
    return min(inside, default=None)


def _passage_line(label: str, passage: Passage, marks: Sequence[Span] = ()) -> str:
    return f"    {label} [{passage.doc}] “{_short(passage.quote, mark=_first_mark(passage, marks))}”"


def articles_named(passages: Sequence[Passage]) -> str:
    """'wire0001, wire0007 and 35 more': the articles of one side, in order, named up to a bound."""
    ids = list(dict.fromkeys(p.doc for p in passages))
    named = ", ".join(ids[:LISTED_ARTICLES])
    return named + (f" and {len(ids) - LISTED_ARTICLES} more" if len(ids) > LISTED_ARTICLES else "")


def report_sections(table: FindingTable, dismissed: frozenset[int]) -> list[tuple[str, list[int]]]:
    conflicts = table.conflict_count()  # conflicts come first in display order
    return [(kind, [index for index in indices if index not in dismissed])
            for kind, indices in (("conflict", range(conflicts)), ("agree", range(conflicts, len(table))))]


def left_out(table: FindingTable, dismissed: frozenset[int]) -> str:
    """'1 conflict and 2 agreements dismissed in the project are not listed', or ''."""
    if not dismissed:
        return ""
    conflicts = sum(index < table.conflict_count() for index in dismissed)
    kinds = ((conflicts, "conflict"), (len(dismissed) - conflicts, "agreement"))
    parts = [counted(number, kind) for number, kind in kinds if number]
    verb = "is" if len(dismissed) == 1 else "are"
    return f"{' and '.join(parts)} dismissed in the project {verb} not listed"


def progress_step(table: FindingTable, progress: Progress) -> Callable[[], None]:
    """What a writer calls after each finding it writes: progress every PROGRESS_EVERY findings."""
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            progress("writing", done / max(len(table), 1))
    return step


def report_summary(analysis: Analysis, parts: list[tuple[str, list[int]]], dismissed: frozenset[int],
                   strong: Callable[[str], str] = str) -> str:
    """'9 articles · 17 conflicts · 115 agreements · threshold 0.42 · engine version 50', and the
    dismissed findings left out; `strong` sets the conflicts apart (Markdown's **…**)."""
    conflicts, agreements = (len(indices) for _, indices in parts)
    skipped = left_out(analysis.findings, dismissed)
    return (f"{counted(len(analysis.documents), 'article')} · {strong(counted(conflicts, 'conflict'))} · "
            f"{counted(agreements, 'agreement')} · threshold {analysis.threshold:.2f} · "
            f"engine version {ENGINE_VERSION}" + (f" ({skipped})" if skipped else ""))


def write_text(analysis: Analysis, out: TextIO, progress: Progress = quiet,
               dismissed: frozenset[int] = NONE) -> None:
    """A terminal summary: conflicts first, each with both quotes and the articles on each side."""
    table = analysis.findings
    parts = report_sections(table, dismissed)
    conflicts, agreements = (len(indices) for _, indices in parts)
    out.write(f"{counted(len(analysis.documents), 'article')}, {counted(conflicts, 'conflict')}, "
              f"{counted(agreements, 'agreement')} (threshold {analysis.threshold:.2f}, "
              f"engine version {ENGINE_VERSION})\n")
    skipped = left_out(table, dismissed)
    out.write(f"({skipped})\n\n" if skipped else "\n")
    for doc in analysis.documents:
        out.write(f"  {doc.id}: {doc.title}" + (f" ({doc.date})" if doc.date else "") + "\n")
    step = progress_step(table, progress)
    for kind, indices in parts:
        out.write(f"\n{'CONFLICTS' if kind == 'conflict' else 'AGREEMENTS'} ({len(indices)})\n")
        for number, index in enumerate(indices, 1):
            finding = table[index]
            gap = "  [dates more than a year apart]" if finding.time_gap else ""
            lines = [f"{number:3}. {finding.explanation}{gap}",
                     _passage_line("A", finding.a, finding.marks_a),
                     _passage_line("B", finding.b, finding.marks_b)]
            side_a, side_b = table.members(index)
            if table.article_counts[index] > 2 and table.is_group[index]:
                lines.append(f"    in {articles_named(side_a)}")
            elif table.article_counts[index] > 2:
                lines += [f"    A side: {articles_named(side_a)}", f"    B side: {articles_named(side_b)}"]
            lines.append(f"    id {finding.id}  (for `dismiss` and `flag --finding`)")
            out.write("\n".join(lines) + "\n")
            step()
    progress("writing", 1.0)


def _md_cell(text: str, mark: Span | None = None) -> str:
    return _short(text, 160, mark).replace("|", "\\|")


def write_markdown(analysis: Analysis, out: TextIO, progress: Progress = quiet,
                   dismissed: frozenset[int] = NONE) -> None:
    """A report with a table of conflicts and a table of agreements."""
    table = analysis.findings
    parts = report_sections(table, dismissed)
    summary = report_summary(analysis, parts, dismissed, strong=lambda text: f"**{text}**")
    out.write("\n".join(["# Source comparison", REPORT_MARK, "", summary, "",
                         "| id | title | date |", "|---|---|---|"]) + "\n")
    for d in analysis.documents:
        out.write(f"| {d.id} | {_md_cell(d.title)} | {d.date or ''} |\n")
    step = progress_step(table, progress)
    for kind, indices in parts:
        out.write(f"\n## {'Conflicts' if kind == 'conflict' else 'Agreements'}\n\n{MD_HEADER}")
        for number, index in enumerate(indices, 1):
            f = table[index]
            side_a, side_b = table.members(index)
            spread = (articles_named(side_a) if table.is_group[index] else
                      f"{articles_named(side_a)} vs {articles_named(side_b)}")
            quote_a = _md_cell(f.a.quote, _first_mark(f.a, f.marks_a))
            quote_b = _md_cell(f.b.quote, _first_mark(f.b, f.marks_b))
            out.write(f"| {number} | {_md_cell(f.topic)} | {_md_cell(f.explanation)}"
                      f"{' (time gap)' if f.time_gap else ''} | {f.a.doc} | {quote_a} | "
                      f"{f.b.doc} | {quote_b} | {f.score:.2f} | {spread} |\n")
            step()
        if not indices:
            out.write("| | none found | | | | | | | |\n")
    progress("writing", 1.0)


def as_text(writer: Writer) -> Callable[[Analysis], str]:
    def render(analysis: Analysis) -> str:
        buffer = io.StringIO()
        writer(analysis, buffer, quiet)
        return buffer.getvalue()
    return render


report_text = as_text(write_text)
report_markdown = as_text(write_markdown)
