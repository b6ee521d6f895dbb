"""How a report this program wrote is told from an article, so that it is never read back as one.

Reports are usually written next to the articles they are made from; the next run over that
folder would otherwise take the report for an eleventh article and find it agreeing with all
the others. Markdown and HTML reports carry REPORT_MARK (an HTML comment, hidden when either is
rendered); the terminal report is told by its first line.
"""

from __future__ import annotations

import re

REPORT_MARK = "<!-- source-compare report -->"
HEAD_BYTES = 4096  # the mark and the terminal report's summary line stand in the first lines
TEXT_REPORT_HEAD = re.compile(
    rb"\A[\d,]+ articles?, [\d,]+ conflicts?, [\d,]+ agreements? \(threshold \d\.\d\d\)\r?\n")


def is_own_report(head: bytes) -> bool:
    """Whether a file's first bytes are those of a report this program wrote."""
    return REPORT_MARK.encode("ascii") in head[:HEAD_BYTES] or TEXT_REPORT_HEAD.match(head) is not None
