"""Errors the engine reports to the user instead of a traceback, and names printed safely."""

from __future__ import annotations

import os
import unicodedata

# Control and format characters (newline, escape, bidi overrides), line separators, and the
# lone surrogates Python uses for file-name bytes that are not UTF-8.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def _escaped(char: str) -> str:
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def display_text(text: str) -> str:
    """`text` on one line with nothing a terminal would act on: unsafe characters escaped.

    Ordinary letters in any script stay as they are; a backslash is doubled only when
    something else had to be escaped, so plain Windows paths read as usual.
    """
    if not any(unicodedata.category(c) in _UNSAFE_CATEGORIES for c in text):
        return text
    return "".join(_escaped(c) if c == "\\" or unicodedata.category(c) in _UNSAFE_CATEGORIES else c
                   for c in text)


def storable_text(text: str) -> str:
    """`text` as valid UTF-8 for a file or database: lone surrogates (a file name's bytes that
    were not UTF-8) become visible escapes; everything else is kept exactly."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(_escaped(c) if unicodedata.category(c) == "Cs" else c for c in text)
    return text


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as every one-line message prints it (see display_text)."""
    return display_text(os.fspath(path))


def file_message(path: str | os.PathLike[str], reason: str) -> str:
    """The one-line form of every problem with a file: `PATH: reason`, both printed safely."""
    return f"{display_path(path)}: {display_text(reason)}"


class LoadError(Exception):
    """A file that cannot be read as an article; the message names file and reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(file_message(path, reason))
        self.path = path
        self.reason = reason
