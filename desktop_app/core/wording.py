"""How messages word a count: shared by the findings, the project store, the exports and the
window, so it lives below all of them."""

from __future__ import annotations


def counted(count: int, word: str) -> str:
    """"1 conflict", "2 conflicts", "1,204 agreements": a count with its noun."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")
