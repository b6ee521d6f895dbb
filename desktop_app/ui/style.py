"""Colours and text formats for highlights, in light and dark palettes.

Agreements and conflicts differ in hue (blue vs orange, safe for the common
colour-blindnesses) and also in underline style (dotted vs wavy), so the two
never depend on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Scheme:
    agree: QColor
    agree_line: QColor
    conflict: QColor
    conflict_line: QColor
    claim_line: QColor
    diff: QColor
    current: QColor
    flash: QColor
    excluded: QColor


LIGHT = Scheme(QColor("#d6e6ff"), QColor("#1f5fbf"), QColor("#ffd8b8"), QColor("#c23a00"),
               QColor("#7a7a7a"), QColor("#ffef8a"), QColor("#ffb347"), QColor("#fff176"),
               QColor("#9a9a9a"))
DARK = Scheme(QColor("#1f3a63"), QColor("#8fb8ff"), QColor("#6b3414"), QColor("#ff9a5c"),
              QColor("#b0b0b0"), QColor("#6d5d00"), QColor("#a35a00"), QColor("#807000"),
              QColor("#7a7a7a"))


def current_scheme() -> Scheme:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def kind_format(kind: str, scheme: Scheme, current: bool = False) -> QTextCharFormat:
    """The format of a finding's passage: background plus a distinct underline."""
    fmt = QTextCharFormat()
    if kind == "conflict":
        fmt.setBackground(scheme.current if current else scheme.conflict)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(scheme.conflict_line)
    elif kind == "agree":
        fmt.setBackground(scheme.current if current else scheme.agree)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(scheme.agree_line)
    elif kind == "flag":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    if current:
        fmt.setFontWeight(700)
    return fmt


FLAG_LINE = QColor("#7b3fb5")


def flag_format(kind: str, scheme: Scheme) -> QTextCharFormat:
    """The user's flags: a violet double-weight underline, distinct from engine findings."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(FLAG_LINE)
    fmt.setFontUnderline(True)
    fmt.setTextOutline(QPen(FLAG_LINE, 0.4))
    return fmt


def claim_format(scheme: Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(scheme.claim_line)
    return fmt


def diff_format(scheme: Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(scheme.diff)
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
    def chip(color: QColor, label: str, line: str) -> str:
        return (f'<span style="background:{color.name()}; text-decoration: underline {line};">'
                f"&nbsp;{label}&nbsp;</span>")
    return (f"{chip(scheme.agree, 'agreement ┈ dotted', 'dotted')} "
            f"{chip(scheme.conflict, 'conflict ∿ wavy', 'wavy')} "
            f'<span style="text-decoration: underline dashed;">numeric claim</span> '
            f'<span style="background:{scheme.diff.name()}"><b>&nbsp;differing words&nbsp;</b></span> '
            f'<span style="background:{scheme.current.name()}"><b>&nbsp;current&nbsp;</b></span> '
            f'<span style="color:{scheme.excluded.name()}"><i>excluded</i></span> '
            f'<span style="text-decoration: underline; color:{FLAG_LINE.name()}"><b>your flag</b></span>')
