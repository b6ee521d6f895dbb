"""Errors the engine reports to the user instead of a traceback."""

from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be read as an article; the message names file and reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
