"""Every hostile input through the commands: a report or one clean `error:` line, never a
traceback, and never a changed project when an import or an open is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.errors import display_path
from desktop_app.core.ingest.loading import load_paths
from desktop_app.core.project.store import ProjectStore
from tests import hostile_files
from tests.conftest import ROOT
from tests.hostile_files import SAMPLE, good_annotations, good_project

SCALE = 0.1  # a 300 MB zip bomb and a 40 MB flate bomb: over every limit, quick to write


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, path: Path | None = None) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err and "internal error" not in err and "[Errno" not in err
    if path is not None:
        assert lines[0].startswith(f"error: {display_path(path)}: ")


ARTICLE_ERRORS = {
    "encrypted AES-256 PDF": "encrypted (AES)",
    "password-protected PDF": "protected by a password",
    "damaged PDF": "damaged or unreadable PDF",
    "PDF flate bomb": "drawing instructions",
    "PDF with 1.5 MB of drawing": "drawing instructions",
    "zip-bomb .docx": "zip bomb",
    "billion laughs .docx": "damaged or unreadable Word file",
    "not-a-zip .docx": "not a zip package",
    "binary .txt": "binary file",
    "HTML nested 100,000 deep": "no article text",
    "e-mail multiparts nested 5,000 deep": "unreadable e-mail message",
}


@pytest.mark.parametrize("label", sorted(ARTICLE_ERRORS))
def test_hostile_article_is_one_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            label: str) -> None:
    path = hostile_files.ARTICLES[label](tmp_path, SCALE)
    code, _out, err = cli(capsys, "analyze", str(path), "--format", "json")
    assert code == 1
    assert_one_error_line(err, path)
    assert ARTICLE_ERRORS[label] in err


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(SAMPLE)
    (tmp_path / "other.txt").write_text(SAMPLE.replace("800,000", "1.5 million"))
    hostile_files.encrypted_aes256_pdf(tmp_path)
    hostile_files.zip_bomb_docx(tmp_path, SCALE)
    result = load_paths([tmp_path])
    assert sorted(d.id for d in result.documents) == ["good", "other"]
    assert len(result.errors) == 2
    code, out, err = cli(capsys, "project", "create", str(tmp_path / "p.scproj"), str(tmp_path))
    assert code == 1 and "2 articles" in out and err.count("error: ") == 2


def test_names_with_control_characters_are_printed_on_one_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil\nname\x1b[31m\u202e.pdf"
    evil.write_bytes(b"%PDF-1.4 nothing else")
    code, _out, err = cli(capsys, "analyze", str(evil))
    assert code == 1
    assert_one_error_line(err)
    assert "\x1b" not in err and "\u202e" not in err and "evil\\nname\\x1b[31m\\u202e.pdf" in err


def test_name_that_is_not_utf8_loads_and_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = hostile_files.not_utf8_name_txt(tmp_path)
    (doc,) = load_paths([path]).documents
    assert doc.id == "caf\\xe9"
    project = tmp_path / "p.scproj"
    assert cli(capsys, "project", "create", str(project), str(path))[0] == 0
    missing = tmp_path / os.fsdecode(b"gon\xe9.txt")
    code, _out, err = cli(capsys, "analyze", str(missing))
    assert code == 1 and "gon\\xe9.txt: no such file" in err


def test_same_file_twice_is_read_once_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = hostile_files.duplicate_files(tmp_path)
    one = folder / "one.txt"
    result = load_paths([one, folder / ".." / folder.name / "one.txt", folder])
    assert [d.id for d in result.documents] == ["one"]
    assert len(result.notes) == 3  # the path by another name, the folder's one.txt, its two.txt
    assert "the same file as" in result.notes[0] and "the same file as" in result.notes[1]
    assert "two.txt: the same text as" in result.notes[2]
    code, out, err = cli(capsys, "analyze", str(one), str(one), "--format", "json")
    assert code == 0 and err.startswith("note: ") and len(json.loads(out)["documents"]) == 1


def test_folder_that_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE)
    if os.geteuid() != 0:
        folder.chmod(0)
    else:  # root reads every folder: simulate what a normal user meets
        real = Path.iterdir

        def refuse(self: Path):  # type: ignore[no-untyped-def]
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "iterdir", refuse)
    try:
        code, _out, err = cli(capsys, "analyze", str(folder))
    finally:
        folder.chmod(0o755)
    assert code == 1
    assert_one_error_line(err, folder)
    assert "permission denied" in err


def test_file_that_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SAMPLE)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _out, err = cli(capsys, "analyze", str(path))
    assert code == 1 and err == f"error: {path}: cannot be read (permission denied)\n"


# ----- annotation files --------------------------------------------------------------------
ANNOTATION_ERRORS = {
    "JSON nested 100,000 deep": "nested too deeply",
    "[1]": "annotation 1: it is not an object",
    "collection whose first is a string": "linked pages",
    "NaN offset": "NaN",
    "1e999 offset": "too large",
    "2**70 offset": "out of range",
    "not UTF-8": "not UTF-8",
    "binary": "binary file",
    "lone surrogate in a note": "lone surrogate",
    "bad third annotation": "annotation 3: its passage on a ends (2) before it starts (5)",
    "flag with no passage": "needs at least one passage",
    "conflict with one passage": "needs two passages",
    "negative offsets": "negative",
    "reversed offsets": "before it starts",
    "unknown article": "not an article of this project",
}


@pytest.mark.parametrize("label", sorted(ANNOTATION_ERRORS))
def test_hostile_annotation_file_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 label: str) -> None:
    project = good_project(tmp_path)
    annotations = hostile_files.ANNOTATIONS[label](tmp_path, 1.0)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, _out, err = cli(capsys, "project", "import", str(project), str(annotations))
    assert code == 1
    assert_one_error_line(err, annotations)
    assert ANNOTATION_ERRORS[label] in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_two_imports_of_an_id_less_file_keep_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = good_project(tmp_path)
    annotations = tmp_path / "notes.json"
    annotations.write_text(json.dumps(good_annotations()))
    for _ in range(2):
        code, out, _err = cli(capsys, "project", "import", str(project), str(annotations))
        assert code == 0 and out == "2 flags imported\n"
    store = ProjectStore.open(project)
    flags = store.flags()
    store.close()
    assert len(flags) == 5 and len({f.id for f in flags}) == 5


def test_reimporting_an_export_never_replaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = good_project(tmp_path)
    store = ProjectStore.open(project)
    (original,) = store.flags()
    store.close()
    exported = tmp_path / "w3c.jsonld"
    assert cli(capsys, "export", str(project), "--format", "w3c", "--output", str(exported))[0] == 0
    data = json.loads(exported.read_text())
    data["first"]["items"][0]["body"][0]["value"] = "an imported note"
    exported.write_text(json.dumps(data))
    code, out, err = cli(capsys, "project", "import", str(project), str(exported))
    assert code == 0 and out == "1 flag imported\n"
    assert f"flag id {original.id!r} is already in the project" in err
    store = ProjectStore.open(project)
    notes = {f.id: f.note for f in store.flags()}
    store.close()
    assert notes[original.id] == "check" and sorted(notes.values()) == ["an imported note", "check"]


# ----- command-line messages ------------------------------------------------------------------
def test_command_line_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = good_project(tmp_path)
    binary = hostile_files.binary_txt(tmp_path)
    code, _out, err = cli(capsys, "project", "import", str(project), str(binary))
    assert code == 1 and err == f"error: {binary}: a binary file, not JSON annotations\n"
    code, _out, err = cli(capsys, "project", "import", str(project), str(tmp_path / "nope.json"))
    assert err == f"error: {tmp_path / 'nope.json'}: no such file\n"
    code, _out, err = cli(capsys, "flag", str(project), "--kind", "note", "--a", "a:10:5")
    assert code == 1 and "the end (5) is before the start (10)" in err and "outside" not in err
    code, _out, err = cli(capsys, "flag", str(project), "--kind", "note", "--a", "a:5:99999")
    assert "outside the text of a" in err
    code, _out, err = cli(capsys, "flag", str(project), "--kind", "note", "--a", "a:5:" + "9" * 500)
    assert code == 1 and "is not DOC:START:END" in err
    code, _out, err = cli(capsys, "flag", str(project), "--kind", "conflict", "--a", "a:0:5", "--b", "a:0:5")
    assert code == 1 and "a conflict flag needs two different passages" in err
    with pytest.raises(SystemExit) as caught:
        run(["analyze", "--threshold", "abc"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: argument --threshold: 'abc' is not a number between 0 and 1")
    assert len(err.splitlines()) == 1


def test_damaged_pdf_is_one_line_from_a_real_process(tmp_path: Path) -> None:
    """pypdf's own warnings ("EOF marker not found") must not reach the terminal."""
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer << /Root 1 0 R >>\n")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(damaged)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert_one_error_line(result.stderr, damaged)


def test_project_set_corrects_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = good_project(tmp_path)
    code, out, _err = cli(capsys, "project", "set", str(project), "a", "--title", "Homs under siege, day 3",
                          "--date", "2024-12-07", "--site", "Example News")
    assert code == 0 and out == "a: Homs under siege, day 3 | 2024-12-07 | Example News\n"
    code, _out, err = cli(capsys, "project", "set", str(project), "a", "--date", "2024-13-45")
    assert code == 1 and "'2024-13-45' is not a date (no such month)" in err
    code, out, _err = cli(capsys, "project", "set", str(project), "a", "--date", "2024-12")
    assert code == 0 and "| 2024-12 |" in out  # a month alone, as the window's dialog takes it
    code, _out, err = cli(capsys, "project", "set", str(project), "zzz", "--title", "x")
    assert code == 1 and "no article 'zzz'" in err and "(articles: a" in err  # the ids it could be
    code, _out, err = cli(capsys, "project", "set", str(project), "a")
    assert code == 1 and "give --title, --date or --site" in err
    store = ProjectStore.open(project)
    doc = store.documents()[0].document
    store.close()
    assert (doc.title, doc.date, doc.site) == ("Homs under siege, day 3", "2024-12", "Example News")


def test_update_works_from_anywhere_and_names_missing_sources(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.txt").write_text(SAMPLE)
    (work / "b.txt").write_text(SAMPLE.replace("800,000", "1.5 million"))

    def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                              cwd=folder, timeout=120, env=env)

    assert run_in(tmp_path, "project", "create", "work/p.scproj", "work/").returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (work / "a.txt").write_text("A new first line.\n\n" + SAMPLE)
    result = run_in(elsewhere, "project", "update", str(work / "p.scproj"))
    assert result.returncode == 0 and result.stderr == ""
    store = ProjectStore.open(work / "p.scproj")
    assert store.documents()[0].document.text.startswith("A new first line.")
    assert all(Path(d.document.path).is_absolute() for d in store.documents())
    store.close()
    moved = tmp_path / "moved"
    work.rename(moved)  # the folder moved with its project: found beside the project
    result = run_in(elsewhere, "project", "update", str(moved / "p.scproj"))
    assert result.returncode == 0, result.stderr
    (moved / "b.txt").unlink()
    result = run_in(elsewhere, "project", "update", str(moved / "p.scproj"))
    assert result.returncode == 1
    assert result.stderr == f"error: source file missing: {moved / 'b.txt'} (article b)\n"
