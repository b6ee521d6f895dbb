"""Write files whole or not at all: a temporary file in the same folder, then a rename.

Every file the program writes for the user (exports, analysis reports, project copies)
goes through here, so a full disk, a crash or a killed process never leaves a half-written
file where a good one stood. The rename is os.replace, atomic on POSIX and Windows when
both names are in one folder, which is why the temporary file is made beside the target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from .report_mark import HEAD_BYTES, is_own_report


def describe_write_error(exc: OSError) -> str:
    """Why a file could not be written, in words, without "[Errno 13]"."""
    if isinstance(exc, FileExistsError):
        return "a file of that name already exists"
    if isinstance(exc, FileNotFoundError):
        return "cannot write (no such folder)"
    if isinstance(exc, PermissionError):
        return "cannot write (permission denied)"
    if isinstance(exc, IsADirectoryError):
        return "cannot write (it is a folder)"
    return f"cannot write ({(exc.strerror or type(exc).__name__).lower()})"


def temporary_name(path: Path) -> Path:
    """An unused hidden name beside `path` (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible on every system, so best effort."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def publish(temp: Path, path: Path, overwrite: bool = True) -> None:
    """Move a finished temporary file to `path`; without `overwrite`, never replace a file."""
    try:
        if overwrite:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)  # fails if `path` exists, with no window for a race
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if path.exists():
                    raise FileExistsError(17, "File exists", str(path)) from None
                os.replace(temp, path)
            _remove_quietly(temp)
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_folder(path.parent)


def write_with(path: Path, build: Callable[[Path], None], overwrite: bool = True) -> None:
    """Let `build` write a temporary file (given its path), then put it in place of `path`.

    Raises OSError (FileExistsError without `overwrite` when `path` exists); the
    temporary file is removed on any failure, and `path` is untouched unless all went well.
    """
    if not overwrite and path.exists():
        raise FileExistsError(17, "File exists", str(path))
    temp = temporary_name(path)
    try:
        build(temp)
    except BaseException:
        _remove_quietly(temp)
        raise
    publish(temp, path, overwrite)


def write_bytes_atomic(path: Path, data: bytes, overwrite: bool = True) -> None:
    """`data` in `path`, complete and flushed to disk, or `path` as it was."""
    def build(temp: Path) -> None:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():  # keep the permissions of the file being replaced
            with contextlib.suppress(OSError):
                os.chmod(temp, path.stat().st_mode & 0o7777)

    write_with(path, build, overwrite)


def write_text_atomic(path: Path, text: str, overwrite: bool = True) -> None:
    """`text` as UTF-8 in `path`, complete, or `path` as it was (a lone surrogate becomes "?")."""
    write_bytes_atomic(path, text.encode("utf-8", "replace"), overwrite)


SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database (a project)


OTHER_FILE = "exists and is no report of source-compare"


def output_remedy(problem: str) -> str:
    """What the command line's user may do about `problem` (from overwrite_problem)."""
    return "give --force to replace it, or choose another --output" if problem == OTHER_FILE else (
        "choose another --output")


def overwrite_problem(path: Path, sources: Sequence[Path], source_kind: str,
                      keep_other_files: bool = False) -> str:
    """Why writing a report to `path` would destroy the user's data, or '' if it would not: the
    path is one of the files the report is made from (`sources`, an article or the project), or
    it is a database, as every project is. A report written there cannot be undone. With
    `keep_other_files` (the command line, where nobody was asked), any existing file but an
    earlier report of ours or an empty file is refused too (OTHER_FILE); the window's file
    dialog asks the user itself. The caller says what to do instead (another --output, another file name)."""
    try:
        if not path.is_file():
            return ""
    except OSError:
        return ""  # cannot even be looked at: the write will say why, naming the file
    try:
        with path.open("rb") as stream:
            header = stream.read(HEAD_BYTES)
    except OSError:
        return "cannot be read, so nothing tells it is no project; a report will not replace it"
    if is_own_report(header):
        return ""  # an earlier report of ours (never read as an article): the next one replaces it
    for source in sources:
        with contextlib.suppress(OSError):
            if os.path.samefile(path, source):
                return f"is {source_kind} the report is made from"
    if header[: len(SQLITE_HEADER)] == SQLITE_HEADER:
        return "is a database (a source-compare project?) that a report will not replace"
    # an empty file holds nothing to lose (`touch report.md`, a mktemp name, this sandbox's /dev/null)
    return OTHER_FILE if keep_other_files and header else ""
