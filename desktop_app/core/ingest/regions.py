"""Find trailing site boilerplate and reader comments, excluded from comparison by default.

A comment's "600,000 lives" is not the article's claim. Pages end with a
recognisable marker line ("Related Posts", "Leave a Comment", "Share Your
Story"); everything from the first such marker after the opening paragraphs
is set aside. The user can include it again (a later issue stores that choice).
"""

from __future__ import annotations

import re

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


def excluded_regions(text: str) -> tuple[Region, ...]:
    """Every region of boilerplate set aside from comparison by default."""
    return trailing_boilerplate(text)


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
