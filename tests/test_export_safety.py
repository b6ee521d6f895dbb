"""Exports that cannot act when opened, written whole or not at all; names printed safely."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.atomic import OTHER_FILE, overwrite_problem, write_text_atomic
from desktop_app.core.errors import LoadError, display_path, display_text
from desktop_app.core.formats.escaping import markdown_text, spreadsheet_cell
from desktop_app.core.formats.flag_export import FORMATS, flags_csv, flags_markdown
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.project.anchoring import make_anchor
from desktop_app.core.project.flags import new_flag
from desktop_app.core.report_mark import HEAD_BYTES, is_own_report

HOSTILE_NOTES = ["=cmd|' /C calc'!A0", "+SUM(A1:A2)", "-2+3", "@SUM(1)", "\t=1", "\r=1",
                 "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[x](javascript:alert(1))",
                 "a | b", "line\nbreak"]


def _flags() -> tuple[list, list]:  # type: ignore[type-arg]
    text = "=HYPERLINK(\"http://evil\") <b>bold</b> and the rest of the article.\n"
    doc = document_from_text("doc", text, title="<script>x</script> title")
    anchor = make_anchor("doc", text, 0, 24)
    return [doc], [new_flag("note", [anchor], note=note) for note in HOSTILE_NOTES]


def test_csv_cells_cannot_be_formulas() -> None:
    documents, flags = _flags()
    rows = list(csv.reader(io.StringIO(flags_csv(documents, flags))))[1:]
    notes = [row[3] for row in rows]
    assert notes[:6] == ["'=cmd|' /C calc'!A0", "'+SUM(A1:A2)", "'-2+3", "'@SUM(1)", "'\t=1", "'\r=1"]
    assert notes[6:] == HOSTILE_NOTES[6:]  # the rest kept exactly
    assert all(row[9].startswith("'=HYPERLINK") for row in rows)  # quotes from the article too
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_markdown_shows_html_and_links_as_text() -> None:
    documents, flags = _flags()
    markdown = flags_markdown(documents, flags)
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown
    assert "\\[x\\](javascript:alert(1))" in markdown and "a \\| b" in markdown
    assert "line break" in markdown


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_markdown_text_has_no_tag_and_no_line_break(text: str) -> None:
    escaped = markdown_text(text)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped


@given(st.text(min_size=1))
def test_spreadsheet_cell_never_starts_a_formula(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert isinstance(cell, str) and not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (text, "'" + text)


@pytest.mark.parametrize(("raw", "shown"), [
    ("plain/name.txt", "plain/name.txt"),
    ("C:\\Users\\me\\a.txt", "C:\\Users\\me\\a.txt"),  # nothing to escape: backslashes kept
    ("evil\nname.txt", "evil\\nname.txt"),
    ("bell\x07\x1b[2J.txt", "bell\\x07\\x1b[2J.txt"),
    ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),
    ("sep\u2028line", "sep\\u2028line"),
    (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
    ("عربي.txt", "عربي.txt"),
])
def test_display_path(raw: str, shown: str) -> None:
    assert display_path(raw) == shown
    assert str(LoadError(raw, "reason\nsecond line")) == f"{shown}: reason\\nsecond line"


@given(st.text())
def test_display_text_is_one_printable_line(text: str) -> None:
    shown = display_text(text)
    assert "\n" not in shown and "\x1b" not in shown and "\r" not in shown
    shown.encode("utf-8")  # never a lone surrogate


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "flags.csv"
    target.write_text("old content")
    target.chmod(0o640)

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        write_text_atomic(target, "new content")
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["flags.csv"]  # no temporary file left
    monkeypatch.undo()
    write_text_atomic(target, "new content")
    assert target.read_text() == "new content" and target.stat().st_mode & 0o777 == 0o640
    with pytest.raises(FileExistsError):
        write_text_atomic(target, "other", overwrite=False)
    assert target.read_text() == "new content"


def test_a_report_never_replaces_its_sources_or_a_project(tmp_path: Path) -> None:
    article, other = tmp_path / "article.md", tmp_path / "report.md"
    article.write_text("# Ferry\n\nThe ferry sank.\n")
    other.write_text("an older report\n")
    (tmp_path / "link.md").symlink_to(article)
    database = tmp_path / "notes.json"  # a project under another name is still a database
    database.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert "an article" in overwrite_problem(article, [article], "an article")
    assert "an article" in overwrite_problem(tmp_path / "link.md", [article], "an article")
    assert "database" in overwrite_problem(database, [article], "an article")
    assert overwrite_problem(other, [article], "an article") == ""  # an old report may be replaced
    assert overwrite_problem(tmp_path / "new.md", [article], "an article") == ""
    assert overwrite_problem(other, [article], "an article", keep_other_files=True) == OTHER_FILE
    (tmp_path / "empty.md").touch()  # nothing in it to lose
    assert overwrite_problem(tmp_path / "empty.md", [article], "an article", keep_other_files=True) == ""


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_is_told_as_ours_so_the_next_one_may_replace_it(fmt: str) -> None:
    text = FORMATS[fmt]([document_from_text("a", "A, with a comma\n\nThe ferry sank.")], [])
    assert is_own_report(text.encode("utf-8")[:HEAD_BYTES])
    assert is_own_report(b"\xef\xbb\xbf" + text.encode("utf-8"))  # re-saved with a byte order mark


@pytest.mark.parametrize("head", [
    b"5 articles, 3 conflicts, 7 agreements (threshold 0.42, engine version 43)\n\n",
    b"5 articles, 3 conflicts, 7 agreements (threshold 0.42)\n",  # before reports named the engine
])
def test_terminal_reports_old_and_new_are_told_as_ours(head: bytes) -> None:
    assert is_own_report(head)


@pytest.mark.parametrize("head", [
    b'{"schema": 1, "documents": []}',  # someone's JSON without our generator key
    b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "label": "mine"',
    b"id,kind,status\n1,a,b\n",
    b"# Notes\n\n12 articles, 3 conflicts, 4 agreements (threshold 0.42)\n",  # the line, not first
    b"",
])
def test_other_files_are_not_taken_for_our_reports(head: bytes) -> None:
    assert not is_own_report(head)


def test_a_path_that_cannot_be_looked_at_is_left_to_the_write_to_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: Path) -> bool:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "is_file", refuse)  # a folder on the way that cannot be read
    assert overwrite_problem(tmp_path / "locked" / "r.md", [], "an article", keep_other_files=True) == ""


def test_a_first_argument_under_an_unreadable_folder_is_a_path_not_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.main import mistyped_command

    def refuse(_self: Path) -> bool:
        raise PermissionError(13, "Permission denied")

    assert mistyped_command("remove") == "'remove' is no command and no file or folder"
    assert mistyped_command("analyz") == "unknown command 'analyz'; did you mean 'analyze'?"
    assert mistyped_command("/unreadable/x.txt") is None  # no bare word: never looked up
    monkeypatch.setattr(Path, "exists", refuse)
    assert mistyped_command("remove") is None  # cannot tell: the window opens and says why
