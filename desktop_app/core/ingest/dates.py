"""Find an article's publication date in its header lines."""

from __future__ import annotations

import datetime as dt
import re

from ..text.lexicon import MONTH_NUMBERS

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
)
_DATE_LINE_PREFIX = re.compile(
    r"^\s*(?:(?:published|updated|posted|date|last updated)\b[:\s]*(?:on\s+)?|by\s+[^,|]{1,40}[,|]\s*)?",
    re.IGNORECASE,
)
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")
HEADER_LINES = 15
HEADER_CHARS = 20_000  # the header lines are at the top; a long text is not split whole
MAX_DATE_LINE = 70


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTH_NUMBERS.get(groups["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return None


def parse_date(fragment: str) -> str | None:
    """The first calendar date written in `fragment`, as ISO 8601, or None."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(fragment):
            iso = _to_iso(match)
            if iso:
                return iso
    return None


def find_publication_date(text: str) -> str | None:
    """A date standing on a short header line ("December 6, 2024", "Published: ...").

    Dates inside running prose near the top (a site banner saying when it
    stopped publishing) are not the article's date, so only short lines count.
    """
    lines = [line.strip() for line in text[:HEADER_CHARS].split("\n") if line.strip()][:HEADER_LINES]
    for line in lines:
        if len(line) > MAX_DATE_LINE:
            continue
        rest = _DATE_LINE_PREFIX.sub("", line, count=1)
        iso = parse_date(rest)
        if iso:
            return iso
    return None


def _middle(date: str) -> dt.date:
    """A stored date as a day: a year alone ("2014") or a month alone ("2014-06"), as the user
    may give them, stands for the middle of its period."""
    if _PARTIAL_DATE.match(date):
        return dt.date(int(date[:4]), int(date[5:7]) if len(date) == 7 else 7, 15 if len(date) == 7 else 1)
    return dt.date.fromisoformat(date)


def years_apart(first: str | None, second: str | None) -> float | None:
    """Distance in years between two dates (ISO, or a year or month alone), or None if either
    is unknown."""
    if not first or not second:
        return None
    try:
        delta = _middle(first) - _middle(second)
    except ValueError:
        return None  # not a date at all: no distance
    return abs(delta.days) / 365.25


def date_problem(text: str) -> str:
    """Why a date the user typed cannot be stored ("" when it can): ISO 8601, or a year or a
    month alone ("2013", "2013-06") when the day is not known. One rule for the window's
    dialog and `project set --date`."""
    text = text.strip()
    if not text:
        return ""
    if _PARTIAL_DATE.match(text):
        month = int(text[5:7]) if len(text) == 7 else 1
        return "" if 1 <= month <= 12 else "no such month"
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return "write the date as YYYY-MM-DD (or YYYY-MM, or YYYY)"
    return ""
