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
TOOL_WORDS = 6
BYLINE_WORDS = 15
DATE_LINE_CHARS = 70

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
    def words(self) -> int:
        return len(_WORD.findall(self.text))


def lines(text: str, limit: int | None = None) -> Iterator[Line]:
    """Non-empty lines with their offsets, Markdown heading marks left in the text."""
    position = 0
    count = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped[0])
            yield Line(start, start + len(stripped), stripped)
            count += 1
            if limit is not None and count >= limit:
                return
        position += len(raw) + 1


def heading_text(line: str) -> str:
    return line.lstrip("#").strip()


def is_paragraph(line: Line) -> bool:
    """Running prose: long, or more than one sentence."""
    return line.words > MAX_TITLE_WORDS or (line.words >= 12 and bool(_SENTENCE_BREAK.search(line.text)))


def is_salutation(line: Line) -> bool:
    """'Dear readers,' - a short line ending with a comma opens a letter, never a headline."""
    return line.text.endswith(",") and line.words <= SALUTATION_WORDS


def is_date_line(line: Line) -> bool:
    if len(line.text) > DATE_LINE_CHARS:
        return False
    return parse_date(_DATE_LINE_PREFIX.sub("", line.text, count=1)) is not None


def is_byline(line: Line) -> bool:
    return line.words <= BYLINE_WORDS and bool(_BYLINE.match(line.text) or _READING_TIME.search(line.text))


def is_tool_line(line: Line) -> bool:
    """'Copy the current link', 'Share this article': a page control, not prose."""
    return (line.words <= TOOL_WORDS and bool(_TOOL.match(line.text)) and not re.search(r"\d", line.text)
            and not line.text.endswith((".", "?", "!", ":")))


def is_site_name(line: Line, site: str | None) -> bool:
    text = heading_text(line.text)
    return bool(_DOMAIN.match(text)) or (site is not None and text.casefold() == site.strip().casefold())


def is_kicker(line: Line) -> bool:
    """A section label above a headline ('Civil War', 'Analysis'): one or two words, no end mark."""
    return 0 < line.words <= KICKER_WORDS and not line.text.endswith((".", "?", "!", ":", ","))


def is_title_like(line: Line) -> bool:
    """A headline's shape: short, one clause, no full stop at the end (a dek or lead has one)."""
    return (0 < line.words <= MAX_TITLE_WORDS and not line.text.endswith(".") and not is_paragraph(line)
            and not is_salutation(line) and not is_date_line(line) and not is_byline(line)
            and not is_tool_line(line) and any(ch.isalpha() for ch in line.text))


def addresses_reader(line: Line) -> bool:
    """A site speaking to its readers ('we paused publication ... if you'd like to reach us'):
    an archive or subscription notice, not reporting."""
    return bool(_FIRST_PLURAL.search(line.text)) and bool(_SECOND.search(line.text))


def first_person_share(text: str) -> float:
    words = len(_WORD.findall(text))
    return len(_FIRST_SINGULAR.findall(text)) / words if words else 0.0
