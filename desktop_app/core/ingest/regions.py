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
    edge_lines,
    first_person_share,
    is_byline,
    is_paragraph,
    is_salutation,
    is_title_like,
    is_tool_line,
    lines,
)

# Whole lines that mark an article's end. A line is tested only where one of the markers'
# literal words occurs (found with str.find on an ASCII-lowered copy, at C speed); a text
# that repeats those words in its prose gets at most MAX_CHECKS lookups per word, so the
# cost stays linear in the text whatever it holds.
MARKER = re.compile(
    r"(?:related (?:posts|articles|stories|sources|content|coverage|reading)|"
    r"(?:leave|post|add|write) a (?:comment|reply)|\d{1,7} comments?|comments?|"
    r"(?:share|suggest) your (?:story|stories)(?: or issue)?|read more|more from|"
    r"you (?:may|might) also like|recommended(?: for you)?|previous (?:article|post)|"
    r"next (?:article|post)|about the author|sign up for (?:our|the) newsletter|"
    r"subscribe to (?:our|the) newsletter|advertisement|tags?:)[ \t]*[:.]?",
    re.IGNORECASE,
)
MARKER_WORDS = ("related ", "comment", " a reply", "your stor", "read more", "more from", "also like",
                "recommended", "previous article", "previous post", "next article", "next post",
                "about the author", "newsletter", "advertisement", "tag:", "tags:")
MARKER_LINE_CHARS = 80
MAX_CHECKS = 5_000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# A marker before this much text is a menu or sidebar heading, not the end of the article;
# the article body can be short next to a long comment thread, so the bound is low.
EARLIEST_CHARS = 400
EARLIEST_SHARE = 0.15


def _marker_line(text: str, position: int) -> tuple[int, int] | None:
    """(line start, marker start) when the line around `position` is a marker line; only
    MARKER_LINE_CHARS each side are read, so a long line costs no more than a short one."""
    low = max(0, position - MARKER_LINE_CHARS)
    line_start = text.rfind("\n", low, position) + 1
    if line_start == 0 and low > 0:
        return None
    line_end = text.find("\n", position, position + MARKER_LINE_CHARS + 1)
    if line_end < 0:
        if position + MARKER_LINE_CHARS < len(text):
            return None
        line_end = len(text)
    if line_end - line_start > MARKER_LINE_CHARS:
        return None
    line = text[line_start:line_end]
    stripped = line.strip()
    if not stripped or not MARKER.fullmatch(stripped):
        return None
    return line_start, line_start + len(line) - len(line.lstrip())


def trailing_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """One region from the first end-of-article marker to the end of the text, if any."""
    limit = max(EARLIEST_CHARS, int(len(text) * EARLIEST_SHARE))
    if limit >= len(text):
        return ()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower to two characters; keep the offsets
        lowered = text.translate(_ASCII_LOWER)
    first: int | None = None
    for word in MARKER_WORDS:
        position, checks = lowered.find(word, limit), 0
        while position >= 0 and checks < MAX_CHECKS and (first is None or position < first):
            found = _marker_line(text, position)
            if found is not None and found[0] >= limit:
                first = found[1]
                break
            checks += 1
            position = lowered.find(word, text.find("\n", position) + 1 or len(text))
    return ((first, len(text)),) if first is not None else ()


Region = tuple[int, int]
NOTICE_LINES = 8  # a notice above the headline is a few paragraphs at most
NOTICE_CHARS = 20_000
BIO_PARAGRAPHS = 3
BIO_FIRST_PERSON = 0.05  # "I", "my", "me" in at least one word in twenty
BODY_FIRST_PERSON = 0.01
BIO_FROM_SHARE = 0.5  # an author box sits in the second half of the text
BIO_TAIL_CHARS = 20_000  # how much of the end (and of the body before a box) is read
EDGE_LINES = 40  # furniture is looked for in this many lines at each end
EDGE_CHARS = 20_000


def leading_notice(text: str) -> tuple[Region, ...]:
    """A notice above the headline: paragraphs in which the site addresses its readers,
    perhaps after a salutation, when a headline-like line comes right after them."""
    head = list(lines(text[:NOTICE_CHARS], NOTICE_LINES))
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
    """Tool lines and bylines above and below the article, each set aside on its own."""
    return tuple((line.start, line.end) for line in edge_lines(text, EDGE_LINES, EDGE_CHARS)
                 if is_tool_line(line) or is_byline(line))


def author_box(text: str) -> tuple[Region, ...]:
    """Closing paragraphs in the first person ("I have been working in the news industry
    for ...") after a body that is not: a biography, not reporting. Only the text's tail
    is read: a box is a few paragraphs long."""
    tail = max(0, len(text) - BIO_TAIL_CHARS)
    paragraphs = [line for line in lines(text, start=tail) if line.words >= 12]
    box: list[Line] = []
    for line in reversed(paragraphs[-BIO_PARAGRAPHS:]):
        if first_person_share(line.text) < BIO_FIRST_PERSON or line.start < len(text) * BIO_FROM_SHARE:
            break
        box.append(line)
    if not box:
        return ()
    body = text[max(0, box[-1].start - BIO_TAIL_CHARS) : box[-1].start]
    if first_person_share(body) >= BODY_FIRST_PERSON:
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
