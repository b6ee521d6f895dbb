"""Reports are written as they go: JSON schema 2 with members, Markdown and text, a progress bar."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.cli_progress import ProgressBar
from desktop_app.core.formats.analysis_html import marked_quote
from desktop_app.core.formats.analysis_report import _short, report_data
from desktop_app.core.formats.report_writers import WRITERS
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Passage
from desktop_app.core.pipeline.analysis import Analysis, analyze
from tests.conftest import assert_quotes_slice

COPY = "The ferry from Patras to Bari was cancelled on Monday because of strong winds in the Adriatic."


class Recording(io.StringIO):
    """A stream that remembers how many separate writes it received."""

    def __init__(self, tty: bool = False) -> None:
        super().__init__()
        self.writes = 0
        self._tty = tty

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture(scope="module")
def copied() -> Analysis:
    docs = [document_from_text(f"c{i}", f"Story {i}\n\n{COPY}\n\nA local detail number {i} about the port "
                                        f"and its {i + 3} cranes.\n") for i in range(12)]
    return analyze(docs)


def test_json_groups_list_every_member_once(copied: Analysis) -> None:
    data = report_data(copied)
    assert data["schema"] == 2
    assert_quotes_slice(data)
    (group,) = [f for f in data["findings"] if f["group"] and "ferry" in f["a"]["quote"]]
    assert group["articles"] == 12 and len(group["members_a"]) == 12 and group["members_b"] == []
    assert group["a"] in group["members_a"] and group["b"] in group["members_a"]
    assert {m["doc"] for m in group["members_a"]} == {f"c{i}" for i in range(12)}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_writers_write_piece_by_piece_and_report_progress(copied: Analysis, fmt: str) -> None:
    stream, seen = Recording(), []
    WRITERS[fmt](copied, stream, lambda stage, fraction: seen.append((stage, fraction)))
    assert stream.writes > len(copied.findings)  # one write per finding at least, never one string
    assert seen and seen[-1] == ("writing", 1.0)
    if fmt == "json":
        assert json.loads(stream.getvalue())["findings"]
    else:
        assert "in 12 of 12 articles" in stream.getvalue()


def test_progress_bar_only_on_a_terminal_and_only_when_long() -> None:
    pipe = Recording(tty=False)
    with ProgressBar(pipe, show_after=0.0) as bar:
        bar("aligning", 0.5)
    assert pipe.getvalue() == ""
    quick = Recording(tty=True)
    with ProgressBar(quick, show_after=60.0) as bar:
        bar("aligning", 0.5)
    assert quick.getvalue() == ""
    slow = Recording(tty=True)
    with ProgressBar(slow, show_after=0.0) as bar:
        bar("aligning", 0.5)
    assert slow.writes > 0


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Story {i}\n\n{COPY}\n", encoding="utf-8")
    target = tmp_path / "report.json"
    assert run(["analyze", str(folder), "--format", "json", "--output", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [f["articles"] for f in data["findings"] if f["group"]] == [3]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "report.json"]  # no temporary left
    assert capsys.readouterr().err == ""


def test_the_text_summary_counts_in_words() -> None:
    docs = [document_from_text("a", "The blast in Tarsk on Friday killed 25 and injured 40, officials said."),
            document_from_text("b", "The blast in Tarsk on Friday killed 25 and injured 12, officials said.")]
    out = io.StringIO()
    WRITERS["text"](analyze(docs), out)
    assert out.getvalue().startswith("2 articles, 1 conflict, ")


LONG_A = ("The victims were Marcus Delaney, a nurse from the east side of the city who had worked "
          "nights for many years at the county hospital; and Tomasz Wolak, 63, a retired mill worker "
          "who lived alone.")


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_a_cut_quote_keeps_the_differing_figure_in_view(fmt: str) -> None:
    """A quote longer than the report's line is cut around the value the conflict sets apart."""
    analysis = analyze([document_from_text("a", LONG_A),
                        document_from_text("b", "Tomasz Wolak, 68, had retired from the Corbin steel mill.")])
    out = io.StringIO()
    WRITERS[fmt](analysis, out)
    quoted = [line for line in out.getvalue().splitlines() if line.startswith(("    A [a]", "| 1 "))]
    assert len(quoted) == 1 and "Wolak, 63" in quoted[0]
    assert "…ed" not in quoted[0] and "…" in quoted[0]  # cut, from a word's start


@pytest.mark.parametrize(("quote", "mark", "expected"), [
    ("short quote", (0, 5), "short quote"),
    ("a" * 50 + " figure 63 here " + "b" * 60, (58, 60), "…figure 63 here " + "b" * 15 + "…"),
    ("a" * 50 + "   figure\n63 here " + "b" * 60, (60, 62), "…figure 63 here " + "b" * 15 + "…"),
    ("one two three four five six seven", None, "one two three four five six sev…"),
    ("one two three four five six seven", (0, 3), "one two three four five six sev…"),
])
def test_short_quotes(quote: str, mark: tuple[int, int] | None, expected: str) -> None:
    assert _short(quote, 32, mark) == expected


def test_the_html_report_marks_the_values_and_escapes_the_articles() -> None:
    analysis = analyze([document_from_text("a", "<script>alert(1)</script> Tomasz Wolak, 63, had retired."),
                        document_from_text("b", "Tomasz Wolak, 68, had retired from the mill.")])
    out = io.StringIO()
    WRITERS["html"](analysis, out)
    page = out.getvalue()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<mark>63</mark>" in page and "<mark>68</mark>" in page
    assert page.count('<section class="flag conflict">') == 1 and "Agreements (0)" in page


@pytest.mark.parametrize(("marks", "expected"), [
    ((), "Wolak, 63, retired"),
    (((17, 19),), "Wolak, <mark>63</mark>, retired"),
    (((17, 19), (18, 25)), "Wolak, <mark>63</mark>, retired"),  # overlapping: the first one shown
    (((0, 100),), "<mark>Wolak, 63, retired</mark>"),  # clipped to the passage
    (((30, 40),), "Wolak, 63, retired"),  # outside it
])
def test_marked_quote(marks: tuple[tuple[int, int], ...], expected: str) -> None:
    passage = Passage("a", 10, 28, "Wolak, 63, retired")
    assert marked_quote(passage, marks) == expected
