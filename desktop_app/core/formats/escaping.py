"""Text made safe for the program that opens an export: a spreadsheet, a Markdown renderer.

Notes and quotes come from the user and from web pages, so an export must not let them
act: a CSV cell that starts with = + - @ (or a tab or carriage return) is a formula to a
spreadsheet (OWASP "CSV injection"), and raw HTML in Markdown is rendered as HTML.
"""

from __future__ import annotations

import html
import re

# OWASP: cells beginning with these are read as formulas by Excel, LibreOffice and Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Markdown punctuation that can start emphasis, code, links, images, tables or escapes.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]|])")


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a formula start gets a leading apostrophe
    (the spreadsheets' own mark for "this is text"). Numbers are left as numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def markdown_text(text: str) -> str:
    """Inline Markdown that shows `text` literally on one line: HTML escaped (&, <, >),
    Markdown punctuation backslash-escaped, runs of whitespace (newlines too) as one space."""
    flat = " ".join(text.split())
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(flat, quote=False))
