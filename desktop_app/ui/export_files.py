"""Which file an export goes to, for every export of the window (flags, the findings report).

The file dialog's name may lack a suffix (the filter chosen then says the format), and it
must never be an open article or the project: a report written there cannot be undone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.atomic import overwrite_problem
from .comparison import ComparisonModel


def ask_export_file(parent: QWidget, title: str, filters: Mapping[str, str]
                    ) -> tuple[Path, str | None] | None:
    """The file name the user chose in a save dialog offering `filters` (each filter's text to its
    suffix), with the chosen filter's suffix; None when the dialog was cancelled."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, "", ";;".join(filters))
    return (Path(name), filters.get(chosen)) if name else None


def export_target(path: Path, filter_suffix: str | None, suffixes: Collection[str]) -> Path | None:
    """The file to export to: as named when its suffix is one of `suffixes`; with the chosen
    filter's suffix added when it says none; None when neither says one."""
    if path.suffix.lower() in suffixes:
        return path
    if filter_suffix:
        return path.with_name(path.name + filter_suffix)
    return None


def chosen_file(path: Path, filter_suffix: str | None, suffixes: Collection[str], listed: str,
                model: ComparisonModel) -> tuple[Path | None, str]:
    """The file to write and '', or None and why not (to tell the user as it stands); `listed`
    names the suffixes for that message (".html, .md, .json or .txt")."""
    target = export_target(path, filter_suffix, suffixes)
    if target is None:
        return None, f"{path}: the file name must say which format to write: end it in {listed}"
    sources = [Path(d.path) for d in model.documents if d.path]
    project = model.project.path
    # the file dialog asked before replacing the name chosen, not the one a suffix was added to
    problem = overwrite_problem(target, [*sources, *([project] if project else [])],
                                "an open article or the project", keep_other_files=target != path)
    if problem:
        return None, f"{target}: {problem}; choose another file name"
    return target, ""


def warn(parent: QWidget, message: str, name: str) -> None:
    """A warning the user dismisses; it does not block the window (`name`: for tests)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "source-compare", message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName(name)
    box.open()
