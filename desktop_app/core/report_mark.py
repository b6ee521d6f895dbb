"""How a report this program wrote is told from an article, so that it is never read back as one.

Reports are usually written next to the articles they are made from; the next run over that
folder would otherwise take the report for an eleventh article and find it agreeing with all
the others. Markdown and HTML reports carry REPORT_MARK (an HTML comment, hidden when either is
rendered); JSON reports name GENERATOR; the terminal report, the CSV export and the W3C
annotations are told by their first lines. The same test lets a new report replace an earlier
one of ours, while any other existing file is kept unless the user says to replace it.
"""

from __future__ import annotations

import re

REPORT_MARK = "<!-- source-compare report -->"
GENERATOR = "source-compare"  # the first key of every JSON report: {"generator": "source-compare", ...
HEAD_BYTES = 4096  # the mark and the terminal report's summary line stand in the first lines
TEXT_REPORT_HEAD = re.compile(
    rb"\A[\d,]+ articles?, [\d,]+ conflicts?, [\d,]+ agreements? "
    rb"\(threshold \d\.\d\d(?:, engine version \d+)?\)\r?\n")
JSON_REPORT_HEAD = re.compile(rb'\A\{\s*"generator": "source-compare",')
W3C_REPORT_HEAD = re.compile(rb'\A\{\s*"@context": "[^"]*",\s*"type": "AnnotationCollection",\s*'
                             rb'"label": "source-compare flags",')
CSV_REPORT_HEAD = b"id,kind,status,note,created,modified,article_a,start_a,end_a,quote_a,anchor_a,"


def is_own_report(head: bytes) -> bool:
    """Whether a file's first bytes are those of a report this program wrote."""
    head = head.removeprefix(b"\xef\xbb\xbf")  # re-saved by an editor that adds a byte order mark
    return (REPORT_MARK.encode("ascii") in head[:HEAD_BYTES] or head.startswith(CSV_REPORT_HEAD)
            or any(pattern.match(head) is not None
                   for pattern in (TEXT_REPORT_HEAD, JSON_REPORT_HEAD, W3C_REPORT_HEAD)))
