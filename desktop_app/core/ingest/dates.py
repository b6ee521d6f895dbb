"""Find an article's publication date in its header lines."""

from __future__ import annotations

import calendar
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
    r"^\s*(?:(?:published|updated|posted|date|last updated)\b[:\s]*(?:on\s+)?|by\s+[^,|]{1,40}[,|]\s*"
    r"|(?:[A-Za-z]+\s+){0,3}[A-Za-z]+:\s*)?",  # or any short label: "For immediate release: 14 March 2025"
    re.IGNORECASE,
)
# A date as stored: a day, or a month or a year alone when the day is not known. ASCII digits
# only, and no other ISO 8601 form ("20241207", "2024-W49"): stored dates compare as text.
_STORED_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
HEADER_LINES = 15
HEADER_CHARS = 20_000  # the header lines are at the top; a long text is not split whole
MAX_DATE_LINE = 70
# A header line of fields ("Appliance Industry Monitor — Thursday, October 16, 2025 — by Rajesh
# Menon") may be longer: its separators say it is no sentence.
MAX_FIELDS_LINE = 140
_SEPARATORS = "[|·•—–]"  # what stands between a header line's fields
_FIELD_SEPARATOR = re.compile(rf"\s{_SEPARATORS}\s")


def _short_enough(line: str) -> bool:
    return len(line) <= MAX_DATE_LINE or (len(line) <= MAX_FIELDS_LINE
                                          and _FIELD_SEPARATOR.search(line) is not None)


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


# A date line may say more after its date ("by admin", "| Reuters staff", "· 3 min read", "14.02 GMT
# Last modified on ..."), but no prose before it and no clause going on after it: a line of a
# sentence that names a date ("The fire broke out on Tuesday, March 4, 2025", a PDF's wrapped
# "Tuesday, March 4, 2025, and killed twelve") is no date line. Judged by position, not by a list
# of the words a date line may hold.
_WORD = re.compile(r"[^\W\d_]{2,}")
# English conjunctions that carry a clause on past the date (a closed class)
_CLAUSE_GOES_ON = frozenset({"and", "or", "but", "nor", "so", "yet", "when", "while", "after", "before",
                             "as", "because", "since", "until", "where", "which", "who", "that"})


def _only_a_date(line: str, match: re.Match[str]) -> bool:
    """No prose before the date (a lower-case word of three letters or more: "broke out on"), no
    conjunction right after it."""
    before = _WORD.findall(line[: match.start()])
    if any(word.islower() and len(word) >= 3 for word in before):
        return False
    after = _WORD.findall(line[match.end() :])
    return not (after and after[0] in _CLAUSE_GOES_ON)


def _first_date(line: str) -> tuple[str, re.Match[str]] | None:
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            iso = _to_iso(match)
            if iso:
                return iso, match
    return None


# Where a date line's byline or next field starts: after it, lower-case words are no prose.
_FIELD_START = re.compile(rf"\bby\b|{_SEPARATORS}")


def is_date_line(line: str) -> bool:
    """A short line that is a date and the fields a date line has with it ("Tuesday, October 14,
    2025", "The Courier | Business | 15 October 2025", "Posted on March 4, 2025 by admin"): it
    states nothing to agree or conflict with. Stricter than a header line's date: prose after the
    date, before any byline or field separator, makes it a statement ("On March 4, 2025, rebels
    captured Homs.")."""
    line = line.strip()
    if not _short_enough(line):
        return False
    rest = _DATE_LINE_PREFIX.sub("", line, count=1)
    found = _first_date(rest)
    if found is None or not _only_a_date(rest, found[1]):
        return False
    after = _FIELD_START.split(rest[found[1].end() :], maxsplit=1)[0]
    return not any(word.islower() and len(word) >= 3 for word in _WORD.findall(after))


# A field of a header line ("Riverline News explainer desk | Published March 18, 2025",
# "Broadcast transcript - Wednesday, October 15, 2025"): the date must open its field.
_FIELDS = re.compile(rf"\s(?:{_SEPARATORS}|-)\s")
_WEEKDAY_FIRST = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?,?\s+)?$")
# A wire or press-release dateline opening the first paragraph: the place in capitals, the date,
# an agency in brackets, a dash ("HALVERTON, March 12, 2025 - Veltrane said...").
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+,\s+(?P<rest>[^\n]{6,60}?)\s+"
                       r"(?:\([^()\n]{1,40}\)\s+)?[-–—]{1,2}\s")


def _date_of_line(line: str) -> str | None:
    """The date a header line gives the article: as a date line, a field of one, or a dateline."""
    if _short_enough(line):
        rest = _DATE_LINE_PREFIX.sub("", line, count=1)
        found = _first_date(rest)
        if found is not None and _only_a_date(rest, found[1]):
            return found[0]
        field = _date_field([field.strip() for field in _FIELDS.split(line)])
        if field is not None:
            return field[1]
    dateline = _DATELINE.match(line)
    if dateline is not None:
        found = _first_date(dateline.group("rest"))
        if found is not None and found[1].end() == len(dateline.group("rest")):
            return found[0]
    return None


def header_lines(text: str) -> list[str]:
    """The lines at the top of an article where its date, outlet and byline stand."""
    return [line.strip() for line in text[:HEADER_CHARS].split("\n") if line.strip()][:HEADER_LINES]


def dated_fields(line: str) -> list[str]:
    """The other fields of a header line one of whose fields is the date ("Ostrander Courier |
    August 13, 2025", "KXOR News 8 - Wednesday, August 13, 2025"); empty for any other line."""
    if not _short_enough(line):
        return []
    fields = [field.strip() for field in _FIELDS.split(line)]
    found = _date_field(fields)
    return [] if found is None else fields[: found[0]] + fields[found[0] + 1 :]


def _date_field(fields: list[str]) -> tuple[int, str] | None:
    """The first field after the first that is a date, and the date: (index, ISO date)."""
    for index, field in enumerate(fields[1:], 1):
        rest = _DATE_LINE_PREFIX.sub("", field, count=1)
        found = _first_date(rest)
        if (found is not None and _WEEKDAY_FIRST.match(rest[: found[1].start()])
                and _only_a_date(rest, found[1])):
            return index, found[0]
    return None


def dateline_agency(text: str) -> str | None:
    """The agency in brackets of the wire dateline opening the first paragraph ("CALLOWELL, Ore.,
    Aug. 13, 2025 (Coastal Wire) - ..."): who reports the story."""
    for line in header_lines(text):
        found = _DATELINE_AGENCY.match(line)
        if found is not None:
            return found.group(1).strip()
    return None


_DATELINE_AGENCY = re.compile(r"^(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+(?:,\s+[^\n()]{0,60}?)?\s*"
                              r"\(([^()\n]{2,40})\)\s+[-–—]{1,2}\s")


def find_publication_date(text: str) -> str | None:
    """A date standing on a short header line ("December 6, 2024", "Published: ...", a field
    of a line of fields), or in the dateline that opens a wire story or a press release.

    Dates inside running prose near the top (a site banner saying when it
    stopped publishing) are not the article's date, so only such lines count.
    """
    for line in header_lines(text):
        date = _date_of_line(line)
        if date is not None:
            return date
    return None


def date_period(date: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a stored date can mean: "2014-06-03" one day, "2014-06" a month,
    "2014" a year; None for anything else."""
    match = _STORED_DATE.match(date.strip())
    if match is None:
        return None
    year, month_text, day_text = match.groups()
    first_year = int(year)
    try:
        if month_text is None:
            return dt.date(first_year, 1, 1), dt.date(first_year, 12, 31)
        month = int(month_text)
        if day_text is not None:
            day = dt.date(first_year, month, int(day_text))
            return day, day
        first = dt.date(first_year, month, 1)
        return first, first.replace(day=calendar.monthrange(first_year, month)[1])
    except ValueError:
        return None  # "2024-02-30", "0000"


def _middle(date: str) -> dt.date:
    """A stored date as one day: a year or a month alone stands for the middle of its period."""
    period = date_period(date)
    if period is None:
        raise ValueError(date)
    first, last = period
    return first + (last - first) / 2


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
    """Why a date the user typed cannot be stored ("" when it can): YYYY-MM-DD, or YYYY-MM or
    YYYY when the day is not known. One rule for the window's dialog, `project set --date` and
    the project file's integrity check."""
    text = text.strip()
    if not text:
        return ""
    match = _STORED_DATE.match(text)
    if match is None:
        return "write it as YYYY-MM-DD, YYYY-MM or YYYY"
    if date_period(text) is not None:
        return ""
    month = match.group(2)
    if int(match.group(1)) == 0:
        return "there is no year 0"
    return "no such month" if month and not 1 <= int(month) <= 12 else "no such day"


def newer_date(first: str, second: str) -> int:
    """1 when the first stored date is later than the second, -1 when earlier, 0 when they may
    be the same day ("2014" and "2014-03-01": the day lies inside the year) or either is no date."""
    a, b = date_period(first), date_period(second)
    if a is None or b is None:
        return 0
    if a[0] > b[1]:
        return 1
    if a[1] < b[0]:
        return -1
    return 0
