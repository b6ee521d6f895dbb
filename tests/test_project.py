"""The project file: flags saved at once, reopened intact, bad files refused and untouched."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.formats.flag_export import flags_csv, flags_html, flags_json, flags_markdown, flags_w3c
from desktop_app.core.formats.w3c_import import import_w3c
from desktop_app.core.ingest.loading import document_from_text, load_paths, seeds_dir
from desktop_app.core.model import Document
from desktop_app.core.project.anchoring import make_anchor
from desktop_app.core.project.flags import edited, new_flag
from desktop_app.core.project.operations import add_flag, update_project
from desktop_app.core.project.store import SCHEMA_VERSION, ProjectError, ProjectStore
from tests.conftest import ROOT

ARTICLE = ("Title\n\nFirst paragraph about the war.\n\nHoms has a population nearing 800,000, "
           "officials said. The city lies in central Syria.\n")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, article: Path) -> ProjectStore:
    other = tmp_path / "other.txt"
    other.write_text("Other\n\nHoms has around 1.5 million inhabitants.\n", encoding="utf-8")
    return ProjectStore.create(tmp_path / "p.scproj", load_paths([article, other]).documents)


def span(store: ProjectStore, doc: str, quote: str) -> str:
    text = next(d.document.text for d in store.documents() if d.document.id == doc)
    start = text.index(quote)
    return f"{doc}:{start}:{start + len(quote)}"


def test_flag_saved_and_reopened(store: ProjectStore) -> None:
    flag = add_flag(store, "conflict", [span(store, "article", "nearing 800,000"),
                                        span(store, "other", "1.5 million")], "differs")
    store.dismiss("abc123", "2026-01-01")
    store.set_setting("threshold", 0.5)
    store.close()
    again = ProjectStore.open(store.path)
    (loaded,) = again.flags()
    assert loaded == flag
    assert again.dismissed() == {"abc123"} and again.setting("threshold") == 0.5
    assert [d.document.id for d in again.documents()] == ["article", "other"]


def test_edit_and_delete(store: ProjectStore) -> None:
    flag = add_flag(store, "note", [span(store, "article", "central Syria")], "check")
    store.save_flag(edited(flag, note="checked", status="confirmed"))
    assert store.flags()[0].note == "checked"
    store.delete_flag(flag.id)
    assert store.flags() == []


def test_update_moves_and_fuzzes_and_orphans(store: ProjectStore, article: Path) -> None:
    moved = add_flag(store, "note", [span(store, "article", "The city lies in central Syria.")])
    fuzzy = add_flag(store, "note", [span(store, "article", "a population nearing 800,000")])
    doomed = add_flag(store, "note", [span(store, "article", "First paragraph about the war.")])
    article.write_text(ARTICLE.replace("First paragraph about the war.", "A new lead.\n\nMore.")
                       .replace("nearing 800,000", "close to 800,000"), encoding="utf-8")
    report = update_project(store)
    assert report.changed == ("article",)
    states = {f.id: f.anchors[0].state for f in report.unanchored}
    assert states == {moved.id: "moved", fuzzy.id: "fuzzy", doomed.id: "orphaned"}
    text = store.documents()[0].document.text
    for flag in store.flags():
        anchor = flag.anchors[0]
        if anchor.state != "orphaned":
            assert text[anchor.start : anchor.end] == anchor.exact
    fuzzy_anchor = next(f for f in store.flags() if f.id == fuzzy.id).anchors[0]
    assert fuzzy_anchor.exact == "a population close to 800,000"
    assert next(f for f in store.flags() if f.id == doomed.id).anchors[0].exact == \
        "First paragraph about the war."


@pytest.mark.parametrize("content", [b"garbage, not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_corrupt_file_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.scproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as caught:
        ProjectStore.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.scproj"]


def test_newer_schema_refused_unchanged(store: ProjectStore) -> None:
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = store.path.read_bytes()
    with pytest.raises(ProjectError, match="newer version"):
        ProjectStore.open(store.path)
    assert store.path.read_bytes() == before


def test_other_sqlite_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ProjectError, match="not a source-compare project"):
        ProjectStore.open(path)


def test_exports(store: ProjectStore) -> None:
    add_flag(store, "conflict", [span(store, "article", "nearing 800,000"),
                                 span(store, "other", "1.5 million")], "population <differs>")
    docs, flags = [d.document for d in store.documents()], store.flags()
    data = json.loads(flags_json(docs, flags))
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for flag in data["flags"]:
        for s in flag["spans"]:
            assert texts[s["doc"]][s["start"] : s["end"]] == s["quote"] and s["anchor"] == "anchored"
    assert "nearing 800,000" in flags_csv(docs, flags)
    assert "## Conflict — open" in flags_markdown(docs, flags)
    html = flags_html(docs, flags)
    assert "&lt;differs&gt;" in html and "<script" not in html and "http" not in html
    w3c = json.loads(flags_w3c(docs, flags))
    selectors = {s["type"] for s in w3c["first"]["items"][0]["target"][0]["selector"]}
    assert selectors == {"TextPositionSelector", "TextQuoteSelector"}
    (back,) = import_w3c(flags_w3c(docs, flags), docs)
    assert (back.id, back.kind, back.note, back.anchors) == (flags[0].id, "conflict",
                                                              flags[0].note, flags[0].anchors)


def test_flag_needs_two_passages_unless_note() -> None:
    doc = document_from_text("d", "Some text here.")
    with pytest.raises(ValueError, match="two passages"):
        new_flag("conflict", [make_anchor("d", doc.text, 0, 4)])


WRITER = """
import sys
from pathlib import Path
from desktop_app.core.project.store import ProjectStore
from desktop_app.core.project.operations import add_flag
store = ProjectStore.open(Path(sys.argv[1]))
for i in range(100000):
    flag = add_flag(store, "note", ["003_c5a6346f21454196:0:10"], f"note {i}")
    print(flag.id, flush=True)
"""


def test_killed_writer_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "kill.scproj"
    ProjectStore.create(path, load_paths([seeds_dir()]).documents).close()
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                               text=True, cwd=ROOT)
    assert process.stdout is not None
    printed = []
    deadline = time.monotonic() + 60
    while len(printed) < 40 and time.monotonic() < deadline:
        printed.append(process.stdout.readline().strip())
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    saved = {flag.id for flag in ProjectStore.open(path).flags()}
    assert len(printed) >= 40
    assert set(printed) <= saved


def test_excluded_regions_survive_the_project(tmp_path: Path) -> None:
    documents = load_paths([seeds_dir()]).documents
    store = ProjectStore.create(tmp_path / "s.scproj", documents)
    reopened = {d.document.id: d.document.excluded for d in store.documents()}
    assert reopened == {d.id: d.excluded for d in documents}
    assert any(reopened.values())


def test_version_1_project_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.scproj"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1396920402")
    from desktop_app.core.project.store import SCHEMA_V1

    conn.executescript(SCHEMA_V1)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = ProjectStore.open(path)
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "prepared" in tables
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_prepared_cache_round_trip(tmp_path: Path) -> None:
    from desktop_app.core.pipeline.analysis import analyze, content_key
    from desktop_app.core.project.cache import ProjectCache

    documents = load_paths([seeds_dir()]).documents
    store = ProjectStore.create(tmp_path / "c.scproj", documents)
    cache = ProjectCache(store.path)
    first = analyze(documents, cache=cache)
    for doc in first.documents:
        assert cache.get(content_key(doc)) == (doc.sentences, doc.claims)
    again = analyze(documents, cache=ProjectCache(store.path))
    assert [f.id for f in again.findings] == [f.id for f in first.findings]


def test_closing_the_cache_leaves_no_write_ahead_log_beside_the_project(tmp_path: Path) -> None:
    import threading

    from desktop_app.core.pipeline.analysis import analyze, content_key
    from desktop_app.core.project.cache import ProjectCache

    documents = load_paths([seeds_dir()]).documents
    store = ProjectStore.create(tmp_path / "c.scproj", documents)
    cache = ProjectCache(store.path)
    worker = threading.Thread(target=lambda: analyze(documents, cache=cache))  # as the window's worker
    worker.start()
    worker.join()
    store.close()
    assert (tmp_path / "c.scproj-wal").exists()  # the worker's connection is still open
    cache.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.scproj"]
    prepared = analyze(documents).documents[0]
    late = threading.Thread(target=lambda: cache.put(content_key(prepared), prepared.sentences, ()))
    late.start()  # a worker that outlives the close: it opens nothing again
    late.join()
    assert cache.get(content_key(prepared)) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.scproj"]


def test_user_corrected_metadata_is_kept(tmp_path: Path) -> None:
    docs = load_paths([seeds_dir()]).documents
    store = ProjectStore.create(tmp_path / "p.scproj", docs)
    store.update_metadata(docs[2].id, title="Understanding the Regime Offensive in Homs", date="2014-03-01",
                          site="Syria Deeply")
    store.close()
    again = ProjectStore.open(tmp_path / "p.scproj")
    stored = {d.document.id: d.document for d in again.documents()}
    again.close()
    assert stored[docs[2].id].title == "Understanding the Regime Offensive in Homs"
    assert stored[docs[2].id].date == "2014-03-01" and stored[docs[2].id].site == "Syria Deeply"
    assert stored[docs[1].id].title == docs[1].title


def test_update_keeps_the_words_a_flag_was_made_on(tmp_path: Path) -> None:
    """An edited article re-attaches a flag onto changed words; the project, every export and
    a reopened file still hold the words the user flagged."""
    import json

    from desktop_app.core.formats.flag_export import FORMATS
    from desktop_app.core.ingest.loading import load_paths
    from desktop_app.core.project.operations import add_flag, update_project

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Fire\n\nThe death toll from the plant fire has risen to 14, officials said.\n")
    second.write_text("Blaze\n\nTwelve workers died in the plant fire, officials said.\n")
    store = ProjectStore.create(tmp_path / "p.scproj", load_paths([first, second]).documents)
    text = store.documents()[0].document.text
    start = text.index("has risen to 14")
    other = store.documents()[1].document.text
    twelve = other.index("Twelve")
    add_flag(store, "conflict", [f"a:{start}:{start + len('has risen to 14')}", f"b:{twelve}:{twelve + 6}"],
             "14 or 12?")
    first.write_text("Fire\n\nThe death toll from the plant fire has risen to 16, officials said.\n")
    update_project(store)
    store.close()
    reopened = ProjectStore.open(tmp_path / "p.scproj")
    (flag,) = reopened.flags()
    documents = [d.document for d in reopened.documents()]
    reopened.close()
    assert flag.anchors[0].exact == "has risen to 16" and flag.anchors[0].flagged == "has risen to 14"
    spans = json.loads(FORMATS["json"](documents, [flag]))["flags"][0]["spans"]
    assert spans[0]["flagged"] == "has risen to 14" and "flagged" not in spans[1]
    for name in ("csv", "md", "html"):
        assert "has risen to 14" in FORMATS[name](documents, [flag])


@pytest.mark.parametrize(("spec", "quote", "error"), [
    ("a:nearing 800,000", "nearing 800,000", ""),          # the words, standing once
    ("a:5:12", "has a p", ""),                             # offsets, as before
    ("a:the", "", "in several places; give one of a:"),    # twice: offsets to choose from
    ("a:Damascus", "", "has no 'Damascus'"),
    ("zz:Homs", "", "is not DOC:START:END"),               # no article of that id
    ("a:5:" + "9" * 40, "", "is not DOC:START:END"),       # offsets too long, not a quote
])
def test_a_passage_is_given_by_offsets_or_by_its_words(spec: str, quote: str, error: str) -> None:
    from desktop_app.core.project.operations import parse_span
    from desktop_app.core.project.stored import StoredDocument

    text = "Homs has a population nearing 800,000, the governor of the city said."
    stored = [StoredDocument(Document("a", "A", "", text), "hash")]
    if error:
        with pytest.raises(ValueError, match=re.escape(error)):
            parse_span(spec, stored)
    else:
        anchor = parse_span(spec, stored)
        assert text[anchor.start : anchor.end] == quote == anchor.exact


def test_an_error_repeats_a_long_quote_cut_short() -> None:
    from desktop_app.core.project.operations import parse_span
    from desktop_app.core.project.stored import StoredDocument

    stored = [StoredDocument(Document("a", "A", "", "Homs has a population nearing 800,000."), "hash")]
    with pytest.raises(ValueError, match="has no") as caught:
        parse_span("a:" + "x" * 100_000, stored)
    assert len(str(caught.value)) < 300
