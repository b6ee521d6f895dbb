"""Article text out of web pages, PDF and Word files, with the metadata they carry.

Each reader gets the file's bytes and returns the text as it will be shown plus
metadata; it never runs a script or fetches anything. Libraries do the parsing:
trafilatura for pages, pypdf for PDF text layers, python-docx for Word.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .decoding import UndecodableError, declared_charset, decode_bytes, normalise_newlines


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
        html = decode_bytes(data, declared_charset(data))
    except UndecodableError as exc:
        raise ReadError(str(exc)) from exc
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True, include_links=False,
                                             include_images=False, favor_precision=True)
    except Exception as exc:  # lxml or trafilatura failing on a hostile page
        raise ReadError(f"unreadable web page ({type(exc).__name__})") from exc
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ReadError("no article text found in the page")
    date = getattr(result, "date", None)
    date = date[:10] if isinstance(date, str) and re.match(r"\d{4}-\d\d-\d\d", date) else None
    return Extracted(normalise_newlines(text) + "\n", getattr(result, "title", None),
                     getattr(result, "author", None), getattr(result, "sitename", None),
                     None if date is not None and _a_year_only(date, html) else date)


def _a_year_only(date: str, html: str) -> bool:
    """htmldate, when a page states no date it can find, falls back on the year of its copyright
    line ("© 2026 The Courier") as January 1 of it: that is when the page was saved, not when the
    article was written, and an article dated wrongly is worse than one not dated (a conflict
    would call the other side older). A January 1 that its search without text patterns (meta
    tags, <time>, the address) does not also give is that guess."""
    if not date.endswith("-01-01"):
        return False
    import htmldate  # trafilatura's own date reader, installed with it

    try:
        return htmldate.find_date(html, extensive_search=False) != date
    except Exception:  # as trafilatura: a hostile page is no date
        return True


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


def _quiet_pypdf() -> None:
    """pypdf logs its repairs ("EOF marker not found") as warnings; with no handler of the
    application's own they would reach stderr as a second line under our one-line error.
    A NullHandler on pypdf's logger stops that and still lets an application that
    configures logging see them."""
    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# pypdf reads a page's drawing instructions in Python at about 30 microseconds each; an
# article's pages hold a few thousand. These caps keep a hostile PDF (a content stream that
# inflates to megabytes of instructions, or a form drawn thousands of times) to seconds.
MAX_PDF_CONTENT = 3 * 512 * 1024  # bytes of inflated page content, all pages together (1.5 MB)
MAX_PDF_OPERATIONS = 75_000  # instructions interpreted, forms included (an article page: 1,000-3,000)
MAX_PDF_PAGES = 2_000


class _TooMuchDrawing(Exception):
    """Raised from pypdf's visitor callback to stop an extraction past its budget."""


def _page_texts(reader: Any) -> list[str]:
    """Each page's text, within the content and instruction budgets (else ReadError)."""
    if len(reader.pages) > MAX_PDF_PAGES:
        raise ReadError(f"the PDF has {len(reader.pages)} pages, over the limit of {MAX_PDF_PAGES}")
    content = 0
    operations = 0

    def count(*_args: object) -> None:
        nonlocal operations
        operations += 1
        if operations > MAX_PDF_OPERATIONS:
            raise _TooMuchDrawing

    texts = []
    for number, page in enumerate(reader.pages, 1):
        stream = page.get_contents()
        content += len(stream.get_data()) if stream is not None else 0
        if content > MAX_PDF_CONTENT:
            raise ReadError(f"the PDF's pages up to page {number} hold over "
                            f"{MAX_PDF_CONTENT / 1024 / 1024:.1f} MB of drawing instructions, far more than "
                            "an article needs; not read")
        try:
            texts.append(page.extract_text(visitor_operand_before=count) or "")
        except _TooMuchDrawing:
            raise ReadError(f"the PDF's pages up to page {number} hold over {MAX_PDF_OPERATIONS} drawing "
                            "instructions, far more than an article needs; not read") from None
    return texts


def read_pdf(data: bytes) -> Extracted:
    """The text layer, pages joined, running heads and feet dropped, hyphenation repaired."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

    _quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("the PDF is protected by a password; save an unprotected copy to compare it")
        pages = [re.sub(r"[ \t]+", " ", normalise_newlines(text)).split("\n") for text in _page_texts(reader)]
        title = (reader.metadata.title if reader.metadata else None) or None
        author = (reader.metadata.author if reader.metadata else None) or None
    except ReadError:
        raise
    except (DependencyError, FileNotDecryptedError) as exc:
        raise ReadError("the PDF is encrypted (AES), which this installation cannot read; "
                        "save an unencrypted copy (for example Print to PDF) to compare it") from exc
    except LimitReachedError as exc:
        raise ReadError("a part of the PDF inflates past the size limit (a compression bomb?); "
                        "not read") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(f"damaged or unreadable PDF ({_first_line(exc)})") from exc
    except Exception as exc:  # pypdf on a hostile file can fail in any of its parsers
        raise ReadError(f"damaged or unreadable PDF ({type(exc).__name__})") from exc
    repeated = _repeated_edges(pages)
    text = "\n\n".join("\n".join(_strip_edges(lines, repeated)).strip() for lines in pages)
    text = HYPHEN_BREAK.sub(r"\1", text).translate(LIGATURES).strip()
    if not text:
        raise ReadError("the PDF has no text layer (a scanned image?)")
    return Extracted(text + "\n", str(title) if title else None, str(author) if author else None)


MAX_INFLATED = 200 * 1024 * 1024  # every part of a package, as python-docx reads them all
MAX_INFLATED_XML = 40 * 1024 * 1024  # parsed into trees of several times that size
MAX_RATIO = 200  # deflate of real text and XML stays under ~50:1; a bomb reaches 1000:1
RATIO_FLOOR = 1024 * 1024  # tiny parts can have any ratio
MAX_MEMBERS = 10_000


def check_zip_sizes(data: bytes, what: str) -> None:
    """Refuse a zip package that would inflate past the limits, before inflating anything.

    The sizes come from the central directory (zipfile.ZipFile reads only that); a
    member cannot inflate past its declared size, since zipfile stops reading there.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
            NotImplementedError) as exc:  # a damaged header can claim a zip version not implemented
        raise ReadError(f"damaged or unreadable {what} (not a zip package: {_first_line(exc)})") from exc
    if len(members) > MAX_MEMBERS:
        raise ReadError(f"the {what} has {len(members)} parts, over the limit of {MAX_MEMBERS}")
    total = sum(m.file_size for m in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if total > MAX_INFLATED or xml > MAX_INFLATED_XML:
        raise ReadError(f"the {what} would inflate to {total // (1024 * 1024)} MB, over the "
                        f"{MAX_INFLATED // (1024 * 1024)} MB limit (a zip bomb?); not opened")
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ReadError(f"the {what}'s part {member.filename[:80]!r} is compressed "
                            f"{member.file_size // max(member.compress_size, 1)}:1 (a zip bomb?); not opened")


def _person(author: str | None, comments: str | None) -> str | None:
    """The author a Word file names, unless it is the program that generated the file (python-docx's
    template says author "python-docx", comments "generated by python-docx"): a tool is nobody."""
    if not author or (comments or "").strip().lower() == f"generated by {author.strip().lower()}":
        return None
    return author


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in document order; table cells separated by ' | '."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_zip_sizes(data, "Word file")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "p":
                blocks.append(Paragraph(child, document).text.strip())
            elif tag == "tbl":
                table = Table(child, document)
                blocks.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows)
        props = document.core_properties
        title, author = props.title or None, _person(props.author, props.comments)
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise ReadError(f"damaged or unreadable Word file ({_first_line(exc)})") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors from a broken package
        raise ReadError(f"damaged or unreadable Word file ({type(exc).__name__})") from exc
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise ReadError("the Word file has no text")
    # The file's creation time is not the article's publication date: the text decides that.
    return Extracted(normalise_newlines(text) + "\n", title, author)
