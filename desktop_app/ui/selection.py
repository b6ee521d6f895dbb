"""What the user selected in the panes, as the actions that flag or edit it need it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SelectedSpan:
    """A passage the user selected: document offsets, surrounding white space trimmed."""

    doc: str
    start: int
    end: int


class SelectionSource(Protocol):
    def recent_selections(self) -> list[SelectedSpan]:
        """Current selections, one per pane, the most recently made first."""
        ...

    def focused_document(self) -> str | None:
        """The article the user last worked in (clicked or selected text in), else the first shown."""
        ...


def in_selection_order(recent: list[SelectedSpan], count: int) -> list[SelectedSpan]:
    """The `count` most recent selections in the order they were made: the first passage
    selected is a flag's Article A."""
    return list(reversed(recent[:count]))
