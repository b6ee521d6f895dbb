"""The shapes of an article's lines: title, paragraph, salutation, byline, site tool, notice.

Pages saved as text keep their furniture: a greeting from an archive ("Dear ... Readers,"),
a section label above the headline, "Copy the current link", a byline with a reading time,
an author's biography. These rules tell them apart by shape (length, end punctuation,
person and position), so the title finder and the boilerplate regions share one reading
of a line. Each rule is a bounded regex or a count over one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import parse_date

MAX_TITLE_WORDS = 25
SALUTATION_WORDS = 8
KICKER_WORDS = 2
LABEL_WORDS = 6  # a masthead or a site and section: a few words
TOOL_WORDS = 6
BYLINE_WORDS = 15
DATE_LINE_CHARS = 70
SITE_NAME_CHARS = 100
# Every rule reads at most this much of a line: past it a line is prose whatever it holds,
# and a 20 MB "line" costs no more than a short one.
LINE_SCAN = 2000

_LABEL_SEPARATOR = re.compile(r"\s+[|\-–—·•/]\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*")
_SENTENCE_BREAK = re.compile(r"[a-z0-9)”\"'’][.!?]\s+[A-Z“\"]")
_DATE_LINE_PREFIX = re.compile(
    r"^\s*(?:(?:published|updated|posted|date|last updated)\b[:\s]*(?:on\s+)?|by\s+[^,|]{1,40}[,|]\s*)?",
    re.IGNORECASE)
# A byline is "By" (or "Written by") and a name and nothing else, or a line that states a
# reading time ("5 min read", "Read time 3 minutes"): its figure is not the article's.
_BYLINE = re.compile(r"^(?:written\s+)?by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$", re.IGNORECASE)
_READING_TIME = re.compile(r"\b(?:\d+\s*min(?:ute)?s?\.?\s+read|read(?:ing)?\s+time)\b", re.IGNORECASE)
# The imperative verbs of a page's tools (share, copy a link, print, follow, subscribe).
_TOOL = re.compile(r"^(?:copy|share|print|e-?mail|tweet|post|follow|subscribe|download|save|bookmark|"
                   r"listen|watch|comment|like)\b", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|mine|myself)\b")
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """A non-empty line of the text: its span (without surrounding blanks) and its words."""

    start: int
    end: int
    text: str

    @property
    def head(self) -> str:
        return self.text[:LINE_SCAN]

    @property
    def words(self) -> int:
        """Words in the line's first LINE_SCAN characters (enough for every rule's bound)."""
        return len(_WORD.findall(self.head))


# A line's visible part: from its first non-blank character to its end. A match cannot
# start in the middle of a line (the line's earlier characters are blanks or were part of
# the match before), and with no ^ anchor the regex engine skips blanks at C speed.
_LINE = re.compile(r"\S[^\n]*")


def lines(text: str, limit: int | None = None, start: int = 0) -> Iterator[Line]:
    """Non-empty lines with their offsets, Markdown heading marks kept. From `start`, the
    first whole line at or after it (a line cut by `start` is skipped)."""
    if start > 0 and text[start - 1] != "\n":
        cut = text.find("\n", start)
        start = len(text) if cut < 0 else cut + 1
    for count, match in enumerate(_LINE.finditer(text, start), 1):
        stripped = match.group().rstrip()
        yield Line(match.start(), match.start() + len(stripped), stripped)
        if limit is not None and count >= limit:
            return


def edge_lines(text: str, count: int, chars: int) -> list[Line]:
    """The first and the last `count` lines, each end read within `chars` characters:
    page furniture sits above and below an article, so the middle is never scanned."""
    head = list(lines(text[:chars], count))
    tail_from = max(0, len(text) - chars)
    tail = [line for line in list(lines(text, start=tail_from))[-count:]
            if not head or line.start > head[-1].start]
    return head + tail


def heading_text(line: str) -> str:
    return line.lstrip("#").strip()


def is_paragraph(line: Line) -> bool:
    """Running prose: long, or more than one sentence."""
    if len(line.text) > LINE_SCAN:
        return True
    return line.words > MAX_TITLE_WORDS or (line.words >= 12 and bool(_SENTENCE_BREAK.search(line.text)))


def is_salutation(line: Line) -> bool:
    """'Dear readers,' - a short line ending with a comma opens a letter, never a headline."""
    return line.text.endswith(",") and line.words <= SALUTATION_WORDS


def is_date_line(line: Line) -> bool:
    if len(line.text) > DATE_LINE_CHARS:
        return False
    return parse_date(_DATE_LINE_PREFIX.sub("", line.text, count=1)) is not None


def is_byline(line: Line) -> bool:
    if len(line.text) > 40 * BYLINE_WORDS:
        return False
    return bool(_BYLINE.match(line.text) or _READING_TIME.search(line.text)) and line.words <= BYLINE_WORDS


def is_tool_line(line: Line) -> bool:
    """'Copy the current link', 'Share this article': a page control, not prose."""
    return (bool(_TOOL.match(line.text)) and len(line.text) <= 40 * TOOL_WORDS and line.words <= TOOL_WORDS
            and not re.search(r"\d", line.text) and not line.text.endswith((".", "?", "!", ":")))


def is_site_name(line: Line, site: str | None) -> bool:
    if len(line.text) > SITE_NAME_CHARS:
        return False
    text = heading_text(line.text)
    return bool(_DOMAIN.match(text)) or (site is not None and text.casefold() == site.strip().casefold())


def is_kicker(line: Line) -> bool:
    """A label above a headline: a section ('Civil War', 'Analysis'), a masthead set in capitals
    ('THE DAILY BUZZ', 'KINGSBRIDGE UNIVERSITY - NEWS RELEASE'), or a site and its section
    ('Global Wire Service | Health'). Short, no end mark; only a longer headline after it makes
    it a label (titles.find_title)."""
    if not 0 < line.words <= LABEL_WORDS or line.text.endswith((".", "?", "!", ":", ",")):
        return False
    if line.words <= KICKER_WORDS:
        return True
    letters = [ch for ch in line.head if ch.isalpha()]
    if letters and not any(ch.islower() for ch in letters):
        return True
    parts = _LABEL_SEPARATOR.split(line.text)
    return len(parts) > 1 and all(0 < len(_WORD.findall(part)) <= KICKER_WORDS + 1 for part in parts)


def is_title_like(line: Line) -> bool:
    """A headline's shape: short, one clause, no full stop at the end (a dek or lead has one)."""
    return (0 < line.words <= MAX_TITLE_WORDS and not line.text.endswith(".") and not is_paragraph(line)
            and not is_salutation(line) and not is_date_line(line) and not is_byline(line)
            and not is_tool_line(line) and any(ch.isalpha() for ch in line.head))


def addresses_reader(line: Line) -> bool:
    """A site speaking to its readers ('we paused publication ... if you'd like to reach us'):
    an archive or subscription notice, not reporting."""
    return bool(_FIRST_PLURAL.search(line.head)) and bool(_SECOND.search(line.head))


def first_person_share(text: str) -> float:
    words = len(_WORD.findall(text))
    return len(_FIRST_SINGULAR.findall(text)) / words if words else 0.0
