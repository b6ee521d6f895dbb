"""Article text out of web pages, PDF and Word files, with the metadata they carry.

Each reader gets the file's bytes and returns the text as it will be shown plus
metadata; it never runs a script or fetches anything. Libraries do the parsing:
trafilatura for pages, pypdf for PDF text layers, python-docx for Word.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from .decoding import UndecodableError, decode_bytes, normalise_newlines


class ReadError(ValueError):
    """The file could not be read as an article; the message says why."""


@dataclass(frozen=True)
class Extracted:
    """What a reader found: the article text and whatever metadata the file states."""

    text: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    date: str | None = None


def read_html(data: bytes) -> Extracted:
    """Main article text of a saved web page; menus, comments and scripts left out."""
    import trafilatura  # imported here: it is slow to import and only pages need it

    try:
        html = decode_bytes(data)
    except UndecodableError as exc:
        raise ReadError(str(exc)) from exc
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=True, include_links=False,
                                         include_images=False, favor_precision=True)
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ReadError("no article text found in the page")
    date = getattr(result, "date", None)
    return Extracted(normalise_newlines(text) + "\n", getattr(result, "title", None),
                     getattr(result, "author", None), getattr(result, "sitename", None),
                     date[:10] if isinstance(date, str) and re.match(r"\d{4}-\d\d-\d\d", date) else None)


MIN_ARTICLE_WORDS = 5  # a page whose "article" is a menu label is not an article
PAGE_EDGE_LINES = 2
REPEAT_SHARE = 0.6
HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-z])")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def _edge_key(line: str) -> str:
    """Page numbers change from page to page; compare running heads without digits."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_edge_key(line) for line in lines[:PAGE_EDGE_LINES] + lines[-PAGE_EDGE_LINES:]
                 if line.strip()}
        counts.update(edges)
    return {key for key, count in counts.items() if count >= REPEAT_SHARE * len(pages)}


def _strip_edges(lines: list[str], repeated: set[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < min(end, PAGE_EDGE_LINES + 1) and (not lines[start].strip()
                                                       or _edge_key(lines[start]) in repeated):
        start += 1
    while end > start and end > len(lines) - PAGE_EDGE_LINES - 1 and (
            not lines[end - 1].strip() or _edge_key(lines[end - 1]) in repeated):
        end -= 1
    return lines[start:end]


def read_pdf(data: bytes) -> Extracted:
    """The text layer, pages joined, running heads and feet dropped, hyphenation repaired."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [re.sub(r"[ \t]+", " ", normalise_newlines(page.extract_text() or "")).split("\n")
                 for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
        author = (reader.metadata.author if reader.metadata else None) or None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(f"damaged or unreadable PDF ({exc})") from exc
    repeated = _repeated_edges(pages)
    text = "\n\n".join("\n".join(_strip_edges(lines, repeated)).strip() for lines in pages)
    text = HYPHEN_BREAK.sub(r"\1", text).translate(LIGATURES).strip()
    if not text:
        raise ReadError("the PDF has no text layer (a scanned image?)")
    return Extracted(text + "\n", str(title) if title else None, str(author) if author else None)


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in document order; table cells separated by ' | '."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise ReadError(f"damaged or unreadable Word file ({exc})") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors from a broken package
        raise ReadError(f"damaged or unreadable Word file ({type(exc).__name__})") from exc
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text.strip())
        elif tag == "tbl":
            table = Table(child, document)
            blocks.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows)
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise ReadError("the Word file has no text")
    props = document.core_properties
    # The file's creation time is not the article's publication date: the text decides that.
    return Extracted(normalise_newlines(text) + "\n", props.title or None, props.author or None)
