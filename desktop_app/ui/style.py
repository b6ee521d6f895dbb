"""Colours and text formats for highlights, in light and dark palettes.

Agreements and conflicts differ in hue (blue vs orange, safe for the common
colour-blindnesses) and also in underline style (dotted vs wavy), so the two
never depend on colour alone. A selected finding keeps its own hue, only stronger;
what differs inside it is the darker shade of that hue, as a diff tool marks
inline changes. The jump flash is a third hue (green-teal), so it is never taken
for a finding. Every background keeps the palette's text readable (WCAG AA,
checked by the tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Scheme:
    agree: QColor
    agree_current: QColor
    agree_diff: QColor
    agree_line: QColor
    conflict: QColor
    conflict_current: QColor
    conflict_diff: QColor
    conflict_line: QColor
    claim_line: QColor
    flash: QColor
    excluded: QColor
    dismissed_line: QColor
    note: QColor
    flag_line: QColor


LIGHT = Scheme(
    agree=QColor("#d6e6ff"), agree_current=QColor("#a9c9ff"), agree_diff=QColor("#7ea6ef"),
    agree_line=QColor("#1f5fbf"),
    conflict=QColor("#ffd8b8"), conflict_current=QColor("#ffb375"), conflict_diff=QColor("#ff8a3d"),
    conflict_line=QColor("#c23a00"),
    claim_line=QColor("#6e6e6e"), flash=QColor("#b6f0dc"), excluded=QColor("#6e6e6e"),
    dismissed_line=QColor("#8a8a8a"), note=QColor("#e8dcf5"), flag_line=QColor("#7b3fb5"))
DARK = Scheme(
    agree=QColor("#1f3a63"), agree_current=QColor("#2c5288"), agree_diff=QColor("#3a63a6"),
    agree_line=QColor("#8fb8ff"),
    conflict=QColor("#5e2e10"), conflict_current=QColor("#7d3f12"), conflict_diff=QColor("#99500f"),
    conflict_line=QColor("#ff9a5c"),
    claim_line=QColor("#b0b0b0"), flash=QColor("#1d5e4c"), excluded=QColor("#a0a0a0"),
    dismissed_line=QColor("#9a9a9a"), note=QColor("#43305e"), flag_line=QColor("#c49af0"))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def current_palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def current_scheme() -> Scheme:
    return DARK if is_dark(current_palette()) else LIGHT


def dark_palette() -> QPalette:
    """A dark Fusion palette, for systems that ask for dark mode where the style has none."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for which, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
                          (role.AlternateBase, "#262626"), (role.ToolTipBase, "#333333"),
                          (role.ToolTipText, "#e6e6e6"), (role.Text, "#e6e6e6"), (role.Button, "#333333"),
                          (role.ButtonText, "#e6e6e6"), (role.BrightText, "#ff6b6b"), (role.Link, "#8fb8ff"),
                          (role.Highlight, "#3d6fb6"), (role.HighlightedText, "#ffffff"),
                          (role.PlaceholderText, "#8c8c8c"), (role.Mid, "#5a5a5a"), (role.Dark, "#1a1a1a"),
                          (role.Light, "#4a4a4a"), (role.Midlight, "#3c3c3c"), (role.Shadow, "#000000")):
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a7a"))
    return palette


class SystemPalette(QObject):
    """Keeps the application's palette dark when the desktop asks for dark, light otherwise.

    Qt 6.5 reports the desktop's colour scheme; where the platform style does not follow
    it (Fusion on many Linux desktops), a dark Fusion palette is set, and the light one
    put back when the desktop turns light again. Highlights follow (current_scheme).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self._light = app.palette()
        self._style = app.style().name()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        if dark == is_dark(self.app.palette()):
            return  # the platform style already follows the system
        if dark:
            style = QStyleFactory.create("Fusion")
            if style is not None:
                self.app.setStyle(style)
            self.app.setPalette(dark_palette())
        else:
            style = QStyleFactory.create(self._style)
            if style is not None:
                self.app.setStyle(style)
            self.app.setPalette(self._light)


def kind_format(kind: str, scheme: Scheme, current: bool = False) -> QTextCharFormat:
    """The format of a finding's passage: background plus a distinct underline."""
    fmt = QTextCharFormat()
    if kind == "conflict":
        fmt.setBackground(scheme.conflict_current if current else scheme.conflict)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(scheme.conflict_line)
    elif kind == "agree":
        fmt.setBackground(scheme.agree_current if current else scheme.agree)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(scheme.agree_line)
    if current:
        fmt.setFontWeight(700)
    return fmt


def dismissed_format(scheme: Scheme) -> QTextCharFormat:
    """A dismissed finding, when dismissed findings are shown: no colour, a grey dashed line."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(scheme.dismissed_line)
    return fmt


def flag_format(scheme: Scheme) -> QTextCharFormat:
    """The user's flags: a violet underline with outlined letters, distinct from findings."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(scheme.flag_line)
    fmt.setFontUnderline(True)
    fmt.setTextOutline(QPen(scheme.flag_line, 0.4))
    return fmt


def claim_format(scheme: Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(scheme.claim_line)
    return fmt


def diff_format(kind: str, scheme: Scheme) -> QTextCharFormat:
    """What differs inside the selected finding: the darker shade of its own hue."""
    fmt = QTextCharFormat()
    fmt.setBackground(scheme.conflict_diff if kind == "conflict" else scheme.agree_diff)
    fmt.setFontWeight(700)
    return fmt


def excluded_format(scheme: Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(scheme.excluded)
    fmt.setFontItalic(True)
    return fmt


def flash_format(scheme: Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(scheme.flash)
    return fmt


def legend_html(scheme: Scheme) -> str:
    """Rich text legend for the toolbar."""
    def chip(color: QColor, label: str, extra: str = "") -> str:
        return f'<span style="background:{color.name()};{extra}">&nbsp;{label}&nbsp;</span>'
    return (f"{chip(scheme.agree, 'agreement ┈')} {chip(scheme.conflict, 'conflict ∿')} "
            f'<span style="text-decoration: underline dashed;">figure</span> '
            f"selected: {chip(scheme.agree_current, '<b>agree</b>')}"
            f"{chip(scheme.agree_diff, '<b>differs</b>')} "
            f"{chip(scheme.conflict_current, '<b>conflict</b>')}"
            f"{chip(scheme.conflict_diff, '<b>differs</b>')} "
            f'<span style="color:{scheme.excluded.name()}"><i>excluded</i></span> '
            f'<span style="text-decoration: underline; color:{scheme.flag_line.name()}">'
            "<b>your flag</b></span>")


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); 4.5 is enough for body text."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
