"""Find site boilerplate and reader comments, excluded from comparison by default.

A comment's "600,000 lives" is not the article's claim, nor is an author box's "24 Hours"
or a byline's "3 minutes". Set aside, by the shapes in lines.py:
- the tail: everything from the first end-of-article marker line ("Related Posts",
  "Leave a Comment", "Share Your Story") after the opening paragraphs;
- a leading notice: a letter to readers ("Dear ... Readers," and the paragraphs after it)
  or paragraphs in which the site addresses its readers, above the headline;
- page furniture anywhere: tool lines ("Copy the current link"), bylines and reading times;
- an author box: closing paragraphs in the first person when the article is not.
The user can include any of it again; the project stores that choice.
"""

from __future__ import annotations

import re

from .lines import (
    Line,
    addresses_reader,
    first_person_share,
    is_byline,
    is_paragraph,
    is_salutation,
    is_title_like,
    is_tool_line,
    lines,
)

MARKER = re.compile(
    r"^[ \t]*(?:related (?:posts|articles|stories|sources|content|coverage|reading)|"
    r"(?:leave|post|add|write) a (?:comment|reply)|\d+ comments?|comments?|"
    r"(?:share|suggest) your (?:story|stories)(?: or issue)?|read more|more from|"
    r"you (?:may|might) also like|recommended(?: for you)?|previous (?:article|post)|"
    r"next (?:article|post)|about the author|sign up for (?:our|the) newsletter|"
    r"subscribe to (?:our|the) newsletter|advertisement|tags?:)[ \t]*[:.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A marker before this much text is a menu or sidebar heading, not the end of the article;
# the article body can be short next to a long comment thread, so the bound is low.
EARLIEST_CHARS = 400
EARLIEST_SHARE = 0.15


def trailing_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """One region from the first end-of-article marker to the end of the text, if any."""
    limit = max(EARLIEST_CHARS, int(len(text) * EARLIEST_SHARE))
    for match in MARKER.finditer(text):
        if match.start() >= limit:
            return ((match.start() + len(match.group()) - len(match.group().lstrip()), len(text)),)
    return ()


Region = tuple[int, int]
NOTICE_LINES = 8  # a notice above the headline is a few paragraphs at most
BIO_PARAGRAPHS = 3
BIO_FIRST_PERSON = 0.05  # "I", "my", "me" in at least one word in twenty
BODY_FIRST_PERSON = 0.01
BIO_FROM_SHARE = 0.5  # an author box sits in the second half of the text


def leading_notice(text: str) -> tuple[Region, ...]:
    """A notice above the headline: paragraphs in which the site addresses its readers,
    perhaps after a salutation, when a headline-like line comes right after them."""
    head = list(lines(text, NOTICE_LINES))
    notice: list[Line] = []
    for index, line in enumerate(head):
        if (index == 0 and is_salutation(line)) or (is_paragraph(line) and addresses_reader(line)):
            notice.append(line)
        elif notice and is_title_like(line):
            return ((notice[0].start, notice[-1].end),)
        else:
            return ()
    return ()


def furniture(text: str) -> tuple[Region, ...]:
    """Tool lines and bylines, each set aside on its own."""
    return tuple((line.start, line.end) for line in lines(text) if is_tool_line(line) or is_byline(line))


def author_box(text: str) -> tuple[Region, ...]:
    """Closing paragraphs in the first person ("I have been working in the news industry
    for ...") after a body that is not: a biography, not reporting."""
    paragraphs = [line for line in lines(text) if line.words >= 12]
    box: list[Line] = []
    for line in reversed(paragraphs[-BIO_PARAGRAPHS:]):
        if first_person_share(line.text) < BIO_FIRST_PERSON or line.start < len(text) * BIO_FROM_SHARE:
            break
        box.append(line)
    if not box or first_person_share(text[: box[-1].start]) >= BODY_FIRST_PERSON:
        return ()
    return ((box[-1].start, box[0].end),)


def excluded_regions(text: str) -> tuple[Region, ...]:
    """Every region of boilerplate set aside from comparison by default, merged."""
    regions: tuple[Region, ...] = ()
    for span in (*leading_notice(text), *furniture(text), *author_box(text), *trailing_boilerplate(text)):
        regions = merge_region(regions, span)
    return regions


def merge_region(regions: tuple[Region, ...], span: Region) -> tuple[Region, ...]:
    """Regions with `span` added; overlapping or touching regions become one."""
    ordered = sorted([*regions, span])
    merged: list[Region] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def subtract_region(regions: tuple[Region, ...], span: Region) -> tuple[Region, ...]:
    """Regions with `span` taken out (a region may split in two)."""
    cut_start, cut_end = span
    kept: list[Region] = []
    for start, end in regions:
        if end <= cut_start or start >= cut_end:
            kept.append((start, end))
            continue
        if start < cut_start:
            kept.append((start, cut_start))
        if end > cut_end:
            kept.append((cut_end, end))
    return tuple(kept)
