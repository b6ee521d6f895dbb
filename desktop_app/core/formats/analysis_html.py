"""The analysis as one standalone web page: what a fact-checker sends a colleague who has not
installed the program. Conflicts first, each with both passages in full and the values the
finding sets apart marked, as the window marks them; no script and no remote resource.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TextIO

from ..findings.describe import score_text
from ..findings.table import FindingTable
from ..model import Document, Passage, Span
from ..pipeline.analysis import Analysis
from ..report_mark import REPORT_MARK
from .analysis_report import (
    NONE,
    Progress,
    articles_named,
    progress_step,
    quiet,
    report_sections,
    report_summary,
)
from .display_names import DisplayNames
from .flag_export import HTML_STYLE, documents_table

EXTRA_STYLE = (".flag h2{font-size:1rem;margin:.2rem 0 .6rem}table.docs td:last-child{white-space:nowrap}"
               ".rule{color:#555;font-size:.85rem}.spread{color:#555;font-size:.85rem;margin:.5rem 0 0}")


def marked_quote(passage: Passage, marks: Sequence[Span]) -> str:
    """The passage's text, escaped, with the marks inside it wrapped in <mark>."""
    inside = sorted((max(s, passage.start) - passage.start, min(e, passage.end) - passage.start)
                    for s, e in marks if s < passage.end and e > passage.start)
    parts, at = [], 0
    for start, end in inside:
        if start < at:
            continue  # overlapping marks: the first one shown
        parts += [escape(passage.quote[at:start]), f"<mark>{escape(passage.quote[start:end])}</mark>"]
        at = end
    parts.append(escape(passage.quote[at:]))
    return "".join(parts)


def _quote_box(passage: Passage, marks: Sequence[Span], docs: dict[str, Document]) -> str:
    doc = docs.get(passage.doc)
    title = escape(doc.title if doc else passage.doc)
    date = f" · {escape(doc.date)}" if doc and doc.date else ""
    return (f'<div class="quote"><h3>{title}<span class="ctx"> ({escape(passage.doc)}){date}</span></h3>'
            f"{marked_quote(passage, marks)}</div>")


def _finding_html(table: FindingTable, index: int, number: int, docs: dict[str, Document],
                  names: DisplayNames) -> str:
    finding = table[index]
    measure = score_text(finding)
    side_a, side_b = table.members(index)
    if table.article_counts[index] <= 2:
        spread = ""
    elif table.is_group[index]:
        spread = f'<p class="spread">in {escape(articles_named(side_a))}</p>'
    else:
        spread = (f'<p class="spread">A side: {escape(articles_named(side_a))}<br>'
                  f"B side: {escape(articles_named(side_b))}</p>")
    gap = " (dates more than a year apart)" if finding.time_gap else ""
    return (f'<section class="flag {escape(finding.kind)}"><span class="badge kind">{number}. '
            f'{"conflict" if finding.kind == "conflict" else "agreement"}</span> '
            f'<span class="rule">{escape(finding.rule)}{" · " * bool(measure)}{escape(measure)}</span>'
            f"<h2>{escape(table.describe(index, names.short))}{gap}</h2>"
            f'<div class="quotes">{_quote_box(finding.a, finding.marks_a, docs)}'
            f"{_quote_box(finding.b, finding.marks_b, docs)}</div>{spread}"
            f'<div class="meta">id {escape(finding.id)}</div></section>')


def write_html(analysis: Analysis, out: TextIO, progress: Progress = quiet,
               dismissed: frozenset[int] = NONE) -> None:
    """The page, written as it is made (a report of thousands of findings is not held twice)."""
    table = analysis.findings
    parts = report_sections(table, dismissed)
    summary = report_summary(analysis, parts, dismissed)
    out.write(f'<!DOCTYPE html>{REPORT_MARK}<html lang="en"><head><meta charset="utf-8">'
              f'<title>Source comparison</title><meta name="viewport" content="width=device-width, '
              f'initial-scale=1"><style>{HTML_STYLE}\n{EXTRA_STYLE}</style></head><body>'
              f'<h1>Source comparison</h1><p class="counts">{escape(summary)}</p>'
              f"{documents_table(analysis.documents)}\n")
    docs = {doc.id: doc for doc in analysis.documents}
    names = DisplayNames(analysis.documents)  # articles named by short title, as the window names them
    step = progress_step(table, progress)
    for kind, indices in parts:
        out.write(f"<h2>{'Conflicts' if kind == 'conflict' else 'Agreements'} ({len(indices)})</h2>\n")
        if not indices:
            out.write('<p class="counts">none found</p>\n')
        for number, index in enumerate(indices, 1):
            out.write(_finding_html(table, index, number, docs, names) + "\n")
            step()
    out.write("</body></html>\n")
    progress("writing", 1.0)
