"""Read article files from disk into Documents, with clear errors for bad input."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError, display_path, display_text
from ..model import Document
from ..report_mark import HEAD_BYTES, is_own_report
from ..wording import counted
from .dates import find_publication_date
from .decoding import UndecodableError, decode_bytes, normalise_newlines
from .email_message import email_text, looks_like_email, read_email
from .markdown import MARKDOWN_SUFFIXES, read_markdown
from .outlets import find_outlet
from .readers import Extracted, ReadError, read_docx, read_html, read_pdf
from .regions import excluded_regions
from .sniff import looks_like_html
from .titles import TITLE_MAX, find_title, strip_site

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".html": read_html, ".htm": read_html, ".xhtml": read_html, ".pdf": read_pdf, ".docx": read_docx,
    ".eml": read_email,
}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + tuple(READERS)
REFUSED_SUFFIXES = {".doc": "old Word .doc files are not supported; save it as .docx",
                    ".rtf": "RTF is not supported; save it as .docx or .txt"}
ARTICLE_KINDS = ".txt, .md, .html, .pdf, .docx or .eml"  # as messages name them
_SKIPPED_SHOWN = 3  # names of skipped files shown in the note
MAX_BYTES = 50 * 1024 * 1024
# The most text one article may hold to be compared: five million characters is a shelf of books,
# not a news article, and analysing it would take minutes and gigabytes (python -m
# desktop_app.bench_hostile measured 40 MB at 80-110 s and 1.2 GB).
MAX_TEXT_CHARS = 5_000_000


def _check_length(name: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(name, f"its text is {len(text) / 1e6:.1f} million characters, over the limit "
                              f"of {MAX_TEXT_CHARS // 1_000_000} million for one article; keep the part "
                              "to compare")


@dataclass(frozen=True)
class LoadResult:
    """Documents that loaded, one error per input that did not, and notes on inputs
    read once because they repeat another (the same file, or the same text)."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]
    notes: tuple[str, ...] = ()


def seeds_dir() -> Path:
    """The bundled demo corpus, shipped inside the package (a copy of the top-level seeds/),
    so that a wheel or a non-editable install runs the demo too."""
    return Path(__file__).resolve().parents[2] / "data" / "seeds"


def title_of(text: str, site: str | None = None) -> str:
    """The article's headline (titles.find_title): not a greeting, section label or site name."""
    return find_title(text, site)


def document_from_text(doc_id: str, text: str, path: str = "", title: str | None = None,
                       extracted: Extracted | None = None) -> Document:
    """Build a Document from text already in memory (sentences and claims come later)."""
    text = normalise_newlines(text)
    meta = extracted or Extracted(text)
    return Document(
        id=doc_id,
        title=title or (strip_site(meta.title, meta.site)[:TITLE_MAX] if meta.title else "")
        or title_of(text, meta.site) or doc_id,
        path=path,
        text=text,
        date=meta.date or find_publication_date(text),
        excluded=excluded_regions(text),
        author=meta.author,
        site=meta.site or find_outlet(text),
    )


def load_file(path: Path) -> Document:
    """Read one article; raise LoadError naming the file and the reason."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise LoadError(name, os_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(name, "not a regular file")  # a pipe or device could block forever
    if info.st_size > MAX_BYTES:
        raise LoadError(name, f"file is {info.st_size // (1024 * 1024)} MB, over the 50 MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(name, os_reason(exc)) from exc
    suffix = path.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise LoadError(name, REFUSED_SUFFIXES[suffix])
    if not data.strip():
        raise LoadError(name, "file is empty")
    reader = READERS.get(suffix)
    if reader is None and looks_like_html(data, whole_documents_only=suffix in MARKDOWN_SUFFIXES):
        reader = read_html  # a web page saved under a text name: its article, not its markup
    if reader is not None:
        try:
            extracted = reader(data)
        except ReadError as exc:
            raise LoadError(name, _as_page(str(exc), suffix)) from exc
        _check_length(name, extracted.text)
        return document_from_text(safe_id(path.stem), extracted.text, path=name, extracted=extracted)
    if len(data) > 4 * MAX_TEXT_CHARS:  # even at four bytes a character, too long: no need to decode
        raise LoadError(name, f"its text is over {MAX_TEXT_CHARS // 1_000_000} million characters, the "
                              f"limit for one article; keep the part to compare")
    try:
        text = decode_bytes(data)
    except UndecodableError as exc:
        raise LoadError(name, str(exc)) from exc
    if not text.strip():
        raise LoadError(name, "file is empty")
    _check_length(name, text)
    if suffix in MARKDOWN_SUFFIXES:
        extracted = read_markdown(text)
        if not extracted.text.strip():
            raise LoadError(name, "the Markdown file has no text (only markup)")
        return document_from_text(safe_id(path.stem), extracted.text, path=name, extracted=extracted)
    if looks_like_email(text):  # a message pasted with its headers: the body is the article
        try:
            extracted = email_text(text)
        except ReadError as exc:
            raise LoadError(name, exc.args[0]) from exc
        return document_from_text(safe_id(path.stem), extracted.text, path=name, extracted=extracted)
    return document_from_text(safe_id(path.stem), text, path=name)


def _as_page(reason: str, suffix: str) -> str:
    """A reader's reason, saying why a text file went to the page reader."""
    return reason if suffix in READERS else f"a web page saved as {suffix}: {reason}"


def os_reason(exc: OSError) -> str:
    """Why a file could not be read, in words ("no such file"), without "[Errno 2]"."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot be read ({(exc.strerror or type(exc).__name__).lower()})"


def safe_id(stem: str) -> str:
    """An article id from a file name; bytes that were not UTF-8 become visible escapes."""
    try:
        stem.encode("utf-8")
    except UnicodeEncodeError:
        return stem.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return stem


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False  # load_file then reports why the path cannot be read


def _skipped_note(folder: Path, entries: Iterable[Path]) -> str | None:
    """Files of a folder that are not read (other kinds than articles), named so the user
    knows they were seen; hidden files and sub-folders are not mentioned."""
    names = sorted(p.name for p in entries
                   if p.suffix.lower() not in SUPPORTED_SUFFIXES and not p.name.startswith(".")
                   and not _is_folder(p))
    if not names:
        return None
    shown = ", ".join(display_text(name) for name in names[:_SKIPPED_SHOWN])
    shown += ", …" if len(names) > _SKIPPED_SHOWN else ""
    return (f"{display_path(folder)}: {counted(len(names), 'file')} of another kind not read "
            f"({shown}); articles are {ARTICLE_KINDS}")


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | LoadError | str]:
    """Files as given, folders as their supported files; a bad path yields a LoadError, and
    a folder's files of other kinds one note (a str)."""
    for path in paths:
        if not _is_folder(path):
            yield path
            continue
        try:
            entries = list(path.iterdir())
            found = sorted(p for p in entries if p.suffix.lower() in SUPPORTED_SUFFIXES)
            skipped = _skipped_note(path, entries)
        except OSError as exc:
            reason = ("folder cannot be read (permission denied)" if isinstance(exc, PermissionError)
                      else f"folder cannot be read ({os_reason(exc)})")
            yield LoadError(str(path), reason)
            continue
        if not found:
            yield LoadError(str(path), "folder has no readable articles "
                                       f"({ARTICLE_KINDS})")
        elif skipped:
            yield skipped
        yield from found


def _is_report(path: Path) -> bool:
    """Only a regular file is opened: a pipe or device could block forever (load_file says why
    it is no article)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as stream:
            return is_own_report(stream.read(HEAD_BYTES))
    except OSError:
        return False  # load_file then reports why the file cannot be read


def _unique_id(doc: Document, taken: set[str]) -> Document:
    doc_id, counter = doc.id, 2
    while doc_id in taken:
        doc_id, counter = f"{doc.id}-{counter}", counter + 1
    taken.add(doc_id)
    if doc_id == doc.id:
        return doc
    return dataclasses.replace(doc, id=doc_id)


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path)


def load_paths(paths: Iterable[Path]) -> LoadResult:
    """Load every path; bad ones become errors and the rest still load.

    A file given twice (the same file by another name or link, or a copy with the same
    text) is read once, with a note: comparing an article with itself finds nothing.
    """
    documents: list[Document] = []
    errors: list[LoadError] = []
    notes: list[str] = []
    taken: set[str] = set()
    seen_files: dict[str, Path] = {}
    seen_texts: dict[str, str] = {}
    for item in expand_paths(paths):
        if isinstance(item, LoadError):
            errors.append(item)
            continue
        if isinstance(item, str):
            notes.append(item)
            continue
        real = _real(item)
        if real in seen_files:
            notes.append(f"{display_path(item)}: the same file as {display_path(seen_files[real])}; "
                         "read once")
            continue
        seen_files[real] = item
        if _is_report(item):
            notes.append(f"{display_path(item)}: a report source-compare wrote, not an article; skipped")
            continue
        try:
            document = load_file(item)
        except LoadError as exc:
            errors.append(exc)
            continue
        fingerprint = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
        if fingerprint in seen_texts:
            notes.append(f"{display_path(item)}: the same text as {display_path(seen_texts[fingerprint])}; "
                         "read once")
            continue
        seen_texts[fingerprint] = document.path
        documents.append(_unique_id(document, taken))
    return LoadResult(tuple(documents), tuple(errors), tuple(notes))
