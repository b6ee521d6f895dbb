"""The project commands from a shell, as a script would use them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def two_article_project(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Articles a and b, which give Homs two populations, and a project p.scproj of them."""
    article = tmp_path / "a.txt"
    article.write_text("A\n\nHoms has a population nearing 800,000 people, they said.\n")
    other = tmp_path / "b.txt"
    other.write_text("B\n\nHoms has around 1.5 million inhabitants.\n")
    project = tmp_path / "p.scproj"
    assert run("project", "create", str(project), str(article), str(other)).returncode == 0
    return article, other, project


def test_create_flag_update_export(tmp_path: Path) -> None:
    article, other, project = two_article_project(tmp_path)
    text_a, text_b = article.read_text(), other.read_text()
    a0, b0 = text_a.index("nearing"), text_b.index("around")
    created = run("flag", str(project), "--kind", "conflict", "--a", f"a:{a0}:{a0 + 15}",
                  "--b", f"b:{b0}:{b0 + 18}", "--note", "population")
    assert created.returncode == 0, created.stderr
    flag_id = created.stdout.strip()
    assert run("project", "update", str(project)).stdout == ""
    article.write_text("A\n\nNew lead paragraph.\n\n" + text_a.split("\n\n", 1)[1])
    updated = run("project", "update", str(project))
    assert updated.returncode == 0
    assert updated.stdout.startswith(flag_id) and "moved" in updated.stdout
    out = tmp_path / "flags.json"
    assert run("export", str(project), "--format", "json", "--output", str(out)).returncode == 0
    data = json.loads(out.read_text())
    texts = {d["id"]: d["text"] for d in data["documents"]}
    (flag,) = data["flags"]
    assert flag["id"] == flag_id and flag["note"] == "population"
    for span in flag["spans"]:
        assert texts[span["doc"]][span["start"] : span["end"]] == span["quote"]
    assert {s["anchor"] for s in flag["spans"]} == {"moved", "anchored"}
    for fmt in ("csv", "md", "html", "w3c"):
        assert run("export", str(project), "--format", fmt).returncode == 0
    report = tmp_path / "report.html"  # no --format: the suffix says which
    assert run("export", str(project), "--output", str(report)).returncode == 0
    assert report.read_text().lstrip().lower().startswith("<!doctype html")
    annotations = tmp_path / "w3c.jsonld"
    annotations.write_text(run("export", str(project), "--format", "w3c").stdout)
    fresh = tmp_path / "fresh.scproj"
    assert run("project", "create", str(fresh), str(article), str(other)).returncode == 0
    assert run("project", "import", str(fresh), str(annotations)).stdout.strip() == "1 flag imported"


def test_reports_never_overwrite_the_project_or_an_article(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A\n\nHoms has a population nearing 800,000 people, they said.\n")
    project = tmp_path / "p.scproj"
    assert run("project", "create", str(project), str(article)).returncode == 0
    before, text = project.read_bytes(), article.read_text()
    notes = tmp_path / "notes.docx"  # a file of the user's that is no report of ours
    notes.write_bytes(b"PK an earlier file")
    mine = tmp_path / "mine.md"
    mine.write_text("# My own notes\n")
    for args in (("export", str(project), "--output", str(project)),
                 ("export", str(project), "--output", str(article)),  # an article of the project
                 ("export", str(project), "--output", str(notes)),
                 ("export", str(project), "--output", str(mine)),
                 ("analyze", str(article), "--output", str(mine)),
                 ("export", str(project), "--output", str(article), "--force"),  # never an article
                 ("analyze", str(article), "--output", str(article)),
                 ("analyze", str(article), "--output", str(project))):
        refused = run(*args)
        assert refused.returncode == 1 and refused.stderr.count("error:") == 1, args
        assert "choose another --output" in refused.stderr
    assert project.read_bytes() == before and article.read_text() == text
    assert notes.read_bytes() == b"PK an earlier file" and mine.read_text() == "# My own notes\n"
    assert "give --force to replace it" in run("export", str(project), "--output", str(mine)).stderr
    assert run("export", str(project), "--output", str(mine), "--force").returncode == 0
    assert mine.read_text().startswith("# Flags")  # replaced, as the user asked
    assert run("project", "update", str(project)).returncode == 0  # still a project
    copy = tmp_path / "copy.txt"  # the same text as a.txt: read once, yet never overwritten
    copy.write_text(text)
    assert run("analyze", str(article), str(copy), "--output", str(copy)).returncode == 1
    assert copy.read_text() == text
    old_report = tmp_path / "old.md"
    old_report.write_text("an earlier report\n")
    assert run("analyze", str(tmp_path / "missing.txt"), "--output", str(old_report)).returncode == 1
    assert old_report.read_text() == "an earlier report\n"  # nothing read, nothing replaced
    unnamed = run("export", str(project), "--output", str(tmp_path / "flags.txt"))
    assert unnamed.returncode == 0 and "the name says no format, so JSON is written" in unnamed.stderr
    assert json.loads((tmp_path / "flags.txt").read_text())["flags"] == []
    nowhere = run("project", "create", str(tmp_path / "missing" / "p.scproj"), str(article))
    assert nowhere.returncode == 1 and "cannot be created (no such folder)" in nowhere.stderr


def test_analyze_reads_a_project_with_the_dates_set_in_it(tmp_path: Path) -> None:
    article, _, project = two_article_project(tmp_path)
    assert run("project", "set", str(project), "b", "--date", "2024-12-07").returncode == 0
    report = run("analyze", str(project), "--format", "json")
    assert report.returncode == 0, report.stderr
    dates = {d["id"]: d["date"] for d in json.loads(report.stdout)["documents"]}
    assert dates == {"a": None, "b": "2024-12-07"}
    mixed = run("analyze", str(project), str(article))
    assert mixed.returncode == 1 and mixed.stderr.count("error:") == 1 and "not both" in mixed.stderr
    before = project.read_bytes()
    assert run("analyze", str(project), str(project)).returncode == 0  # one project, named twice
    assert project.read_bytes() == before  # read in a copy: not even the journal mode changes
    assert not list(tmp_path.glob("p.scproj-*"))


def test_project_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.scproj"
    bad.write_text("not a project")
    for args in (("export", str(bad)), ("project", "update", str(tmp_path / "missing.scproj")),
                 ("flag", str(bad), "--kind", "note", "--a", "x:0:1")):
        result = run(*args)
        assert result.returncode == 1
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert bad.read_text() == "not a project"


def test_create_with_seeds_by_default(tmp_path: Path) -> None:
    result = run("project", "create", str(tmp_path / "s.scproj"))
    assert result.returncode == 0 and "5 articles" in result.stdout
    again = run("project", "create", str(tmp_path / "s.scproj"))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_reports_written_beside_the_articles_are_not_read_back_as_articles(tmp_path: Path) -> None:
    article, _, project = two_article_project(tmp_path)
    folder = article.parent
    for args in (("analyze", str(folder), "--output", str(folder / "report.md"), "--format", "md"),
                 ("analyze", str(folder), "--output", str(folder / "report.txt")),
                 ("analyze", str(folder), "--output", str(folder / "report.html")),
                 ("export", str(project), "--output", str(folder / "flags.html")),
                 ("export", str(project), "--output", str(folder / "flags.md"))):
        assert run(*args).returncode == 0, args
    rewritten = run("analyze", str(folder), "--output", str(folder / "report.md"))
    assert rewritten.returncode == 0, rewritten.stderr  # the next report replaces the last one
    assert (folder / "report.md").read_text().startswith("# Source comparison")  # the name says Markdown
    for args in (("analyze", str(folder), "--output", str(tmp_path / "report.json"), "--format", "json"),
                 ("export", str(project), "--output", str(tmp_path / "flags.csv")),
                 ("export", str(project), "--output", str(tmp_path / "flags.jsonld"))):
        for _ in range(2):  # JSON, CSV and W3C reports carry no mark, yet are told as ours
            assert run(*args).returncode == 0, args
    again = run("analyze", str(folder), "--format", "json")
    assert again.returncode == 0, again.stderr
    assert [d["id"] for d in json.loads(again.stdout)["documents"]] == ["a", "b"]
    assert again.stderr.count("a report source-compare wrote, not an article; skipped") == 5
    assert (folder / "report.html").read_text().startswith("<!DOCTYPE html>")  # the name says HTML
    notes = folder / "notes.txt"  # an article that merely talks about a report is read
    notes.write_text("Notes\n\n3 articles, 2 conflicts, 1 agreement (threshold 0.42) was the summary.\n")
    assert "notes" in run("analyze", str(folder), "--format", "json").stdout


def test_a_mistyped_command_is_named_and_create_lists_the_ids(tmp_path: Path) -> None:
    mistyped = run("analyz", "seeds")
    assert mistyped.returncode == 2 and "did you mean 'analyze'?" in mistyped.stderr
    wrong_option = run("analyze", "--formt", "json", "seeds")  # the help to read is the command's
    assert wrong_option.returncode == 2 and wrong_option.stderr == (
        "error: unrecognized arguments: --formt (see source-compare analyze --help)\n")
    unknown = run("remove", "p.scproj")  # no command, no file: the window would open on nothing
    assert unknown.returncode == 2 and "'remove' is no command and no file or folder" in unknown.stderr
    article, other, project = two_article_project(tmp_path)
    fresh = tmp_path / "fresh.scproj"
    created = run("project", "create", str(fresh), str(article), str(other))
    assert created.stdout.splitlines()[1:] == [f"  a: A ({article})", f"  b: B ({other})"]
    assert run("project", "set", str(project), "b", "--site", "Keldby Post").returncode == 0
    exported = json.loads(run("export", str(project), "--format", "json").stdout)
    assert [d["site"] for d in exported["documents"]] == [None, "Keldby Post"]
    assert "<td>Keldby Post</td>" in run("export", str(project), "--format", "html").stdout
    assert "| Keldby Post |" in run("export", str(project), "--format", "md").stdout


def test_a_pipe_among_the_articles_is_refused_without_blocking(tmp_path: Path) -> None:
    article, _, _ = two_article_project(tmp_path)
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # opening it to read would wait for a writer forever
    result = run("analyze", str(pipe), str(article))
    assert result.returncode == 1 and "pipe.txt: not a regular file" in result.stderr


def test_a_report_of_a_project_leaves_out_the_findings_dismissed_in_it(tmp_path: Path) -> None:
    from desktop_app.core.project.store import ProjectStore

    (tmp_path / "a.txt").write_text("Ferry\n\nThe ferry Aurelia capsized off Marrow Bay on Thursday "
                                    "and 41 passengers died, the coastguard said.\n")
    (tmp_path / "b.txt").write_text("Ferry disaster\n\nThe ferry Aurelia capsized off Marrow Bay on "
                                    "Thursday and 52 passengers died, the coastguard said.\n")
    project = tmp_path / "p.scproj"
    created = run("project", "create", str(project), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert created.returncode == 0
    before = json.loads(run("analyze", str(project), "--format", "json").stdout)["findings"]
    (conflict,) = [f for f in before if f["kind"] == "conflict"]
    assert conflict["dismissed"] is False
    store = ProjectStore.open(project)
    try:
        store.dismiss(conflict["id"], "2026-11-22T10:00:00")  # as the window's Dismiss does
    finally:
        store.close()
    after = json.loads(run("analyze", str(project), "--format", "json").stdout)["findings"]
    assert [f["id"] for f in after] == [f["id"] for f in before]  # the contract keeps every finding
    assert [f["dismissed"] for f in after if f["kind"] == "conflict"] == [True]
    text = run("analyze", str(project)).stdout
    assert text.startswith("2 articles, 0 conflicts,")
    assert "(1 conflict dismissed in the project is not listed)" in text and "52 passengers" not in text
    markdown = run("analyze", str(project), "--format", "md").stdout
    assert "1 conflict dismissed in the project is not listed" in markdown
    assert "| | none found |" in markdown.split("## Agreements")[0]
    assert "not listed" not in run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).stdout


def test_dismiss_and_restore_a_finding_from_the_shell(tmp_path: Path) -> None:
    project = tmp_path / "seeds.scproj"
    assert run("project", "create", str(project)).returncode == 0  # the seeds
    before = json.loads(run("analyze", str(project), "--format", "json").stdout)
    conflict = next(f for f in before["findings"] if f["kind"] == "conflict")
    dismissed = run("dismiss", str(project), conflict["id"])
    assert dismissed.returncode == 0 and dismissed.stdout.strip() == f"dismissed: {conflict['id']}"
    after = json.loads(run("analyze", str(project), "--format", "json").stdout)
    assert [f["dismissed"] for f in after["findings"] if f["id"] == conflict["id"]] == [True]
    assert "1 conflict dismissed in the project is not listed" in run("analyze", str(project)).stdout
    assert run("dismiss", str(project), conflict["id"], "--restore").returncode == 0
    again = json.loads(run("analyze", str(project), "--format", "json").stdout)
    assert not any(f["dismissed"] for f in again["findings"])
    # an id that names no passage of the project, or a restore of nothing: one line, no change
    bogus = run("dismiss", str(project), "claims:nowhere:1-2:else:3-4")
    assert bogus.returncode == 1 and bogus.stderr.startswith("error: ")
    assert len(bogus.stderr.splitlines()) == 1
    assert run("dismiss", str(project), conflict["id"], "--restore").returncode == 1
    # spans inside the articles that are no finding: refused as well
    doc = before["documents"][0]["id"]
    made_up = run("dismiss", str(project), f"claims:{doc}:0-5:{doc}:6-9")
    assert made_up.returncode == 1 and "is no finding" in made_up.stderr
    out_of_range = run("dismiss", str(project), conflict["id"], "--threshold", "7")
    assert out_of_range.returncode == 2 and "between 0 and 1" in out_of_range.stderr
    # dismissing twice is no error
    assert run("dismiss", str(project), conflict["id"]).returncode == 0
    assert run("dismiss", str(project), conflict["id"]).stdout.startswith("already dismissed: ")


def test_confirm_a_finding_as_a_flag_from_the_shell(tmp_path: Path) -> None:
    """`flag --finding ID`: the window's Confirm, with the id the text report prints."""
    project = tmp_path / "seeds.scproj"
    assert run("project", "create", str(project)).returncode == 0  # the seeds
    report = run("analyze", str(project)).stdout
    ids = re.findall(r"^    id (\S+)", report, re.MULTILINE)
    data = json.loads(run("analyze", str(project), "--format", "json").stdout)
    conflict = next(f for f in data["findings"] if f["kind"] == "conflict")
    assert ids[0] == conflict["id"]  # the text report names the ids the JSON gives
    made = run("flag", str(project), "--finding", conflict["id"])
    assert made.returncode == 0, made.stderr
    flags = json.loads(run("export", str(project), "--format", "json").stdout)["flags"]
    [flag] = flags
    assert (flag["id"], flag["kind"], flag["status"]) == (made.stdout.strip(), "conflict", "confirmed")
    assert flag["note"] == conflict["explanation"]
    assert [(a["doc"], a["start"], a["end"]) for a in flag["spans"]] == [
        (conflict["a"]["doc"], conflict["a"]["start"], conflict["a"]["end"]),
        (conflict["b"]["doc"], conflict["b"]["start"], conflict["b"]["end"])]
    # the user's own kind and note win over the finding's
    agreement = next(f for f in data["findings"] if f["kind"] == "agree")
    assert run("flag", str(project), "--finding", agreement["id"], "--kind", "conflict",
               "--note", "not the same at all").returncode == 0
    flags = json.loads(run("export", str(project), "--format", "json").stdout)["flags"]
    assert sorted((f["kind"], f["note"]) for f in flags) == sorted(
        [("conflict", conflict["explanation"]), ("conflict", "not the same at all")])
    # an id of no finding, or passages with it, or neither: one line each, nothing added
    for args in (("--finding", "claims:nowhere:1-2:else:3-4"),
                 ("--finding", conflict["id"], "--a", "x:1:2"),
                 ("--note", "alone")):
        refused = run("flag", str(project), *args)
        assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1, args
        assert refused.stderr.startswith("error: ")
    assert len(json.loads(run("export", str(project), "--format", "json").stdout)["flags"]) == 2


def test_nothing_readable_prints_the_errors_and_no_empty_report(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.scproj"
    damaged.write_text("not a project")
    for paths in ((str(damaged),), (str(tmp_path / "missing.txt"),)):
        result = run("analyze", *paths)
        assert result.returncode == 1
        assert result.stdout == "" and result.stderr.count("error:") == 1
    assert damaged.read_text() == "not a project"


def test_add_articles_to_a_project(tmp_path: Path) -> None:
    article, other, project = two_article_project(tmp_path)
    a0 = article.read_text().index("nearing")
    assert run("flag", str(project), "--kind", "conflict", "--a", f"a:{a0}:{a0 + 15}",
               "--b", "b:0:1", "--note", "kept").returncode == 0
    third = tmp_path / "sub" / "a.txt"  # another article whose file name is taken
    third.parent.mkdir()
    third.write_text("C\n\nHoms has a population of about 1 million, the governor said.\n")
    copy = tmp_path / "copy.txt"
    copy.write_text(other.read_text())
    added = run("project", "add", str(project), str(third), str(article), str(copy))
    assert added.returncode == 0, added.stderr
    assert "1 article added, 3 articles in all" in added.stdout
    assert "  a-2: C" in added.stdout  # the id that flag and project set take
    assert "a.txt: the same file as article a; not added again" in added.stderr
    assert "copy.txt: the same text as article b; not added again" in added.stderr
    report = json.loads(run("analyze", str(project), "--format", "json").stdout)
    assert [d["id"] for d in report["documents"]] == ["a", "b", "a-2"]
    exported = json.loads(run("export", str(project), "--format", "json").stdout)
    assert [f["note"] for f in exported["flags"]] == ["kept"]
    missing = run("project", "add", str(project), str(tmp_path / "missing.txt"))
    assert missing.returncode == 1 and "missing.txt: no such file or folder" in missing.stderr
    assert "0 articles added, 3 articles in all" in missing.stdout
    nowhere = run("project", "add", str(tmp_path / "none.scproj"), str(third))
    assert nowhere.returncode == 1 and "none.scproj: no such project file" in nowhere.stderr
    assert not (tmp_path / "none.scproj").exists()
