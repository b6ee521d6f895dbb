"""UI helpers that need no window: offsets, marks, names, export names, dates, colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette

from desktop_app.core.formats.display_names import DisplayNames, shorten
from desktop_app.core.model import Document
from desktop_app.core.pipeline.analysis import Analysis
from desktop_app.ui import export_files
from desktop_app.ui.export_files import ask_export_file, export_target
from desktop_app.ui.marks import build_marks
from desktop_app.ui.offsets import OffsetMap
from desktop_app.ui.project_actions import EXPORT_SUFFIXES
from desktop_app.ui.style import DARK, LIGHT, contrast, dark_palette, is_dark


@given(st.text())
def test_offset_map_round_trips(text: str) -> None:
    offsets = OffsetMap(text)
    utf16 = text.encode("utf-16-le")
    for index in range(len(text) + 1):
        qt = offsets.to_qt(index)
        assert qt == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.from_qt(qt) == index
    assert offsets.to_qt(len(text)) == len(utf16) // 2


def test_marks_find_findings_at_offsets(seed_analysis: Analysis) -> None:
    marks = build_marks(seed_analysis.documents, seed_analysis.findings)
    for index, finding in enumerate(seed_analysis.findings):
        middle = (finding.a.start + finding.a.end) // 2
        assert index in marks[finding.a.doc].findings_at(middle)
    conflict = next(i for i, f in enumerate(seed_analysis.findings) if f.kind == "conflict")
    doc = seed_analysis.findings[conflict].a
    assert marks[doc.doc].findings_at(doc.start)[0] == conflict or \
        seed_analysis.findings[marks[doc.doc].findings_at(doc.start)[0]].kind == "conflict"


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("Civil War", 40, "Civil War"),
    ("Strategic Gain: Why Homs Could Be a Turning Point in Syrian Rebel Campaign", 40,
     "Strategic Gain: Why Homs Could Be a…"),
    ("  spaced\n  out  ", 40, "spaced out"),
    ("Unbreakablewordthatgoesonandonandonforever", 12, "Unbreakable…"),
])
def test_shorten_cuts_at_a_word(text: str, width: int, expected: str) -> None:
    short = shorten(text, width)
    assert short == expected and len(short) <= width


def doc(doc_id: str, title: str, site: str | None = None, date: str | None = None) -> Document:
    return Document(id=doc_id, title=title, path=f"/x/{doc_id}.txt", text="text", site=site, date=date)


def test_display_names_are_titles_unique_and_never_ids() -> None:
    names = DisplayNames([doc("003_c5a6346f", "The Battle for Homs", site="Example News"),
                          doc("004_f64faa10", "Civil War", date="2024-12-06"),
                          doc("005_aaaa", "Civil War"), doc("pasted-1", "")])
    assert names.short("003_c5a6346f") == "The Battle for Homs"
    assert names.label("003_c5a6346f") == "The Battle for Homs — Example News"
    assert names.label("004_f64faa10") == "Civil War (004) — 2024-12-06"  # two "Civil War"s told apart
    assert names.short("005_aaaa") == "Civil War (005)"
    assert names.short("pasted-1") == "pasted-1"  # no title: the id is all there is
    assert "003_c5a6346f" in names.tooltip("003_c5a6346f")
    # explanations are worded with these names from typed fields: tests/test_describe.py
    assert names.listing(["003_c5a6346f", "004_f64faa10", "005_aaaa"], 2) == (
        "The Battle for Homs; Civil War (004); and 1 more")


@pytest.mark.parametrize(("name", "chosen", "expected"), [
    ("report.html", None, "report.html"),
    ("report.MD", ".csv", "report.MD"),
    ("report", ".md", "report.md"),
    ("report.v2", ".html", "report.v2.html"),
    ("report", None, None),
])
def test_export_target_takes_the_suffix_from_the_name_or_the_filter(name: str, chosen: str | None,
                                                                    expected: str | None) -> None:
    target = export_target(Path("/tmp") / name, chosen, EXPORT_SUFFIXES)
    assert (target.name if target else None) == expected


@pytest.mark.parametrize(("answer", "expected"), [
    (("/tmp/report", "Markdown (*.md)"), (Path("/tmp/report"), ".md")),
    (("/tmp/report.html", "HTML report (*.html)"), (Path("/tmp/report.html"), ".html")),
    (("", ""), None),  # cancelled
])
def test_an_export_dialog_gives_the_name_and_the_chosen_filter_suffix(
        qapp: object, monkeypatch: pytest.MonkeyPatch, answer: tuple[str, str],
        expected: tuple[Path, str] | None) -> None:
    asked: list[str] = []

    def dialog(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return answer

    monkeypatch.setattr(export_files.QFileDialog, "getSaveFileName", dialog)
    filters = {"HTML report (*.html)": ".html", "Markdown (*.md)": ".md"}
    assert ask_export_file(None, "Export", filters) == expected  # type: ignore[arg-type]
    assert asked == ["HTML report (*.html);;Markdown (*.md)"]


def test_both_palettes_keep_highlighted_text_readable(qapp: object) -> None:
    """WCAG AA (4.5:1) between the palette's text and every highlight behind it."""
    for scheme, palette in ((LIGHT, QPalette(QColor("#efefef"))), (DARK, dark_palette())):
        text = palette.color(QPalette.ColorRole.Text)
        assert is_dark(palette) == (scheme is DARK)
        for name in ("agree", "agree_current", "agree_diff", "conflict", "conflict_current",
                     "conflict_diff", "flash", "note"):
            assert contrast(getattr(scheme, name), text) >= 4.5, name
        assert contrast(scheme.excluded, palette.color(QPalette.ColorRole.Base)) >= 4.5
        # the jump flash and a selected agreement never look like a conflict or its figures
        conflict_colours = {scheme.conflict.name(), scheme.conflict_current.name(),
                            scheme.conflict_diff.name()}
        agree_colours = {scheme.agree.name(), scheme.agree_current.name(), scheme.agree_diff.name()}
        assert not conflict_colours & agree_colours
        assert scheme.flash.name() not in conflict_colours | agree_colours


def test_column_headers_tell_articles_with_alike_titles_apart() -> None:
    titles = ["Brightwell Home Systems to cut 2,300 jobs after loss",
              "Brightwell Home Systems shares crash on recall news",
              "Brightwell Home Systems fined by regulator",
              "Harbour fire: what we know", "Harbour fire: what we know so far"]
    names = DisplayNames([doc(f"{i:02d}_x", title) for i, title in enumerate(titles)])
    headers = [names.header(f"{i:02d}_x") for i in range(len(titles))]
    assert len(set(headers)) == len(headers)
    assert all(len(h) <= 16 for h in headers)
    assert headers[0].startswith("…to cut") and headers[2].startswith("…fined")
    alike = DisplayNames([doc("reuters-2024-10-14-a", "Brightwell fire"),
                          doc("reuters-2024-10-14-b", "Brightwell fire")])
    pair = [alike.header("reuters-2024-10-14-a"), alike.header("reuters-2024-10-14-b")]
    assert len(set(pair)) == 2 and all(len(h) <= 16 for h in pair)


def test_column_headers_name_copies_of_one_headline_by_their_outlets() -> None:
    headline = "Wildfire near Callowell destroys {}homes, kills two"
    copies = DisplayNames([doc("a", headline.format("112 "), site="Coastal Wire"),
                           doc("b", headline.format(""), site="Ostrander Courier"),
                           doc("c", "Death toll rises to three", site="Coastal Wire")])
    assert [copies.header(i) for i in "abc"] == ["Coastal Wire", "Ostrander…", "Death toll…"]


def test_outlet_headers_are_read_for_a_bounded_number_of_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.formats import display_names

    monkeypatch.setattr(display_names, "OUTLET_HEADERS_UP_TO", 1)
    copies = DisplayNames([doc("a", "Wildfire near Callowell destroys 112 homes", site="Coastal Wire"),
                           doc("b", "Wildfire near Callowell destroys homes", site="Ostrander Courier")])
    assert "Coastal Wire" not in (copies.header("a"), copies.header("b"))  # titles, as before
