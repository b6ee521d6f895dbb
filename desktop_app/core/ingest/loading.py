"""Read article files from disk into Documents, with clear errors for bad input."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError
from ..model import Document
from .dates import find_publication_date
from .decoding import UndecodableError, decode_bytes, normalise_newlines
from .readers import Extracted, ReadError, read_docx, read_html, read_pdf
from .regions import trailing_boilerplate

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".html": read_html, ".htm": read_html, ".xhtml": read_html, ".pdf": read_pdf, ".docx": read_docx,
}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + tuple(READERS)
REFUSED_SUFFIXES = {".doc": "old Word .doc files are not supported; save it as .docx",
                    ".rtf": "RTF is not supported; save it as .docx or .txt"}
MAX_BYTES = 50 * 1024 * 1024
TITLE_MAX = 200


@dataclass(frozen=True)
class LoadResult:
    """Documents that loaded, and one error per input that did not."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]


def seeds_dir() -> Path:
    """The bundled demo corpus, shipped inside the package (a copy of the top-level seeds/),
    so that a wheel or a non-editable install runs the demo too."""
    return Path(__file__).resolve().parents[2] / "data" / "seeds"


def title_of(text: str) -> str:
    """First non-empty line, without Markdown heading marks."""
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:TITLE_MAX]
    return ""


def document_from_text(doc_id: str, text: str, path: str = "", title: str | None = None,
                       extracted: Extracted | None = None) -> Document:
    """Build a Document from text already in memory (sentences and claims come later)."""
    text = normalise_newlines(text)
    meta = extracted or Extracted(text)
    return Document(
        id=doc_id,
        title=title or meta.title or title_of(text) or doc_id,
        path=path,
        text=text,
        date=meta.date or find_publication_date(text),
        excluded=trailing_boilerplate(text),
        author=meta.author,
        site=meta.site,
    )


def load_file(path: Path) -> Document:
    """Read one article; raise LoadError naming the file and the reason."""
    name = str(path)
    if not path.exists():
        raise LoadError(name, "no such file or folder")
    if not path.is_file():
        raise LoadError(name, "not a regular file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(name, f"file is {size // (1024 * 1024)} MB, over the 50 MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(name, f"cannot be read ({exc.strerror or exc})") from exc
    suffix = path.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise LoadError(name, REFUSED_SUFFIXES[suffix])
    if not data.strip():
        raise LoadError(name, "file is empty")
    reader = READERS.get(suffix)
    if reader is not None:
        try:
            extracted = reader(data)
        except ReadError as exc:
            raise LoadError(name, str(exc)) from exc
        return document_from_text(path.stem, extracted.text, path=name, extracted=extracted)
    try:
        text = decode_bytes(data)
    except UndecodableError as exc:
        raise LoadError(name, str(exc)) from exc
    if not text.strip():
        raise LoadError(name, "file is empty")
    return document_from_text(path.stem, text, path=name)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | LoadError]:
    """Files as given, folders as their supported files; a bad path yields a LoadError."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                yield LoadError(str(path), "folder has no readable articles "
                                           "(.txt, .md, .html, .pdf or .docx)")
            yield from found
        else:
            yield path


def _unique_id(doc: Document, taken: set[str]) -> Document:
    doc_id, counter = doc.id, 2
    while doc_id in taken:
        doc_id, counter = f"{doc.id}-{counter}", counter + 1
    taken.add(doc_id)
    if doc_id == doc.id:
        return doc
    return dataclasses.replace(doc, id=doc_id)


def load_paths(paths: Iterable[Path]) -> LoadResult:
    """Load every path; bad ones become errors and the rest still load."""
    documents: list[Document] = []
    errors: list[LoadError] = []
    taken: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, LoadError):
            errors.append(item)
            continue
        try:
            documents.append(_unique_id(load_file(item), taken))
        except LoadError as exc:
            errors.append(exc)
    return LoadResult(tuple(documents), tuple(errors))
