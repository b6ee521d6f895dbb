"""The outlet of an article saved as plain text, read from its header lines.

A web page names its site (trafilatura); a text file only in its header: a line of fields
beside the date ("Ostrander Courier | August 13, 2025", "KXOR News 8 - Wednesday, August 13,
2025"), or the agency of a wire dateline ("CALLOWELL, Ore., Aug. 13, 2025 (Coastal Wire) -").
The window names articles by title and outlet, so two copies of one wire headline are told
apart by who published them.
"""

from __future__ import annotations

import re

from .dates import dated_fields, dateline_agency, header_lines

# A name: capitalised words (or numbers: "KXOR News 8"), with the few lower-case words names
# of outlets have ("The Times of India", "Arts & Letters"); at most six words.
_NAME = re.compile(r"^(?:The\s+)?[A-Z0-9][\w.'’&-]*(?:\s+(?:[A-Z0-9&][\w.'’&-]*|of|the|and|on|for|de)){0,5}$")
_BYLINE = re.compile(r"^(?:by|posted|published|updated|written)\b", re.IGNORECASE)


def _outlet_field(fields: list[str]) -> str | None:
    """The first field that is a name and no byline ("By Jane Doe")."""
    for field in fields:
        if _NAME.match(field) and not _BYLINE.match(field):
            return field
    return None


def find_outlet(text: str) -> str | None:
    """The outlet a text's header names beside its date, else its wire dateline's agency."""
    for line in header_lines(text):
        outlet = _outlet_field(dated_fields(line))
        if outlet is not None:
            return outlet
    return dateline_agency(text)
