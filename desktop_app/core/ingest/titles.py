"""An article's title: the headline, not a greeting, a section label or the site's name.

Text saved from a page often starts with furniture: an archive's "Dear ... Readers," and
its notice, a section label ("Civil War") above the headline, the site's name, a date
line. The title is the first line shaped like a headline after those (see lines.py); a
Markdown level-1 heading wins outright. When the text starts straight with prose, the
first line is kept, as before.
"""

from __future__ import annotations

import re

from .lines import (
    Line,
    heading_text,
    is_byline,
    is_date_line,
    is_kicker,
    is_paragraph,
    is_salutation,
    is_site_name,
    is_title_like,
    is_tool_line,
    lines,
)
from .regions import leading_notice

TITLE_MAX = 200
HEAD_LINES = 15  # the headline is near the top or not there at all
HEAD_CHARS = 20_000
_SEPARATOR = r"\s+[|\-–—:·•]\s+"


def strip_site(title: str, site: str | None) -> str:
    """'Homs falls | Example News' -> 'Homs falls' when the outlet is Example News."""
    if not site or not site.strip():
        return title
    name = re.escape(site.strip())
    stripped = re.sub(rf"(?:{_SEPARATOR}{name}\s*$|^\s*{name}{_SEPARATOR})", "", title, flags=re.IGNORECASE)
    return stripped.strip() or title


def _furniture(line: Line, site: str | None) -> bool:
    return (is_salutation(line) or is_date_line(line) or is_byline(line) or is_tool_line(line)
            or is_site_name(line, site) or not any(ch.isalpha() for ch in line.head))


def find_title(text: str, site: str | None = None) -> str:
    """The headline of an article given as plain text ("" for an empty text)."""
    text = text[:HEAD_CHARS]
    head = list(lines(text, HEAD_LINES))
    for line in head:
        if line.text.startswith("# "):
            return heading_text(line.text)[:TITLE_MAX]
    notice = leading_notice(text)
    after = [line for line in head if not notice or line.start >= notice[0][1]]
    for index, line in enumerate(after):
        if _furniture(line, site):
            continue
        if is_paragraph(line):
            break  # prose before any headline: the text has none of its own
        if is_kicker(line):
            # labels stacked above the headline ("BNC News", "Explainer") are passed over together
            following = next((other for other in after[index + 1 :]
                              if not _furniture(other, site) and not is_kicker(other)), None)
            if following is not None and is_title_like(following) and following.words > line.words:
                continue
        return heading_text(line.text)[:TITLE_MAX]
    first = next(iter(head), None)
    return heading_text(first.text)[:TITLE_MAX] if first else ""
