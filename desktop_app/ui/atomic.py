"""Files the window writes appear whole or not at all: a temporary file, then a rename.

Qt's QSaveFile does exactly this (write beside the target, rename over it on commit), so
the window uses it rather than a helper of its own; the core is to gain one for the
command line (see the README), after which both may share it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSaveFile
from PySide6.QtGui import QImage


def _commit(target: Path, data: bytes) -> None:
    file = QSaveFile(str(target))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{target}: cannot be written ({file.errorString()})")
    if file.write(data) != len(data) or not file.commit():
        error = file.errorString()
        file.cancelWriting()
        raise OSError(f"{target}: cannot be written ({error})")


def write_text(target: Path, text: str) -> None:
    """Write UTF-8 text atomically; OSError names the file and says why it failed."""
    _commit(target, text.encode("utf-8"))


def save_image(target: Path, image: QImage, fmt: str = "PNG") -> None:
    """Save an image atomically (a screenshot): a failed save leaves no half-written file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its stubs say bytes, which it refuses.
    if not image.save(buffer, fmt):  # type: ignore[call-overload]
        raise OSError(f"{target}: cannot encode the image as {fmt}")
    buffer.close()
    _commit(target, bytes(data.data()))
