"""Damaged and odd project files: refused with one message, never modified, nothing left beside.

A good project that cannot be written opens read-only; the prepared cache decodes by name
and treats anything odd as a miss; imports never replace a flag; dismissals follow edits.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.ingest.loading import document_from_text, load_paths
from desktop_app.core.model import Claim, Sentence
from desktop_app.core.project import connection
from desktop_app.core.project.anchoring import make_anchor
from desktop_app.core.project.cache import ProjectCache, decode, encode
from desktop_app.core.project.flags import Flag, new_flag
from desktop_app.core.project.operations import update_project
from desktop_app.core.project.schema import SCHEMA_V1, SCHEMA_V2
from desktop_app.core.project.store import SCHEMA_VERSION, ProjectError, ProjectStore
from tests import hostile_files
from tests.hostile_files import SAMPLE, good_project

EXPECTED = {
    "project with a changed text byte": "changed outside source-compare",
    "project with text not UTF-8": "not valid UTF-8",
    "project with bad metadata JSON": "metadata of article 'a' is not valid JSON",
    "project with user_version -1": "schema version is -1",
    "project id but no tables": "table 'documents' is missing",
    "truncated project": "damaged",
    "garbage with an SQLite header": "damaged",
}


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("label", sorted(hostile_files.PROJECTS))
def test_damaged_project_refused_unchanged_without_sidecars(tmp_path: Path, label: str) -> None:
    path = hostile_files.PROJECTS[label](tmp_path, 1.0)
    before = folder_state(tmp_path)
    with pytest.raises(ProjectError) as caught:
        ProjectStore.open(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert EXPECTED[label] in message
    assert folder_state(tmp_path) == before  # same bytes, and no -wal or -shm beside it


def test_good_project_opens_and_leaves_no_sidecars_after_close(tmp_path: Path) -> None:
    path = good_project(tmp_path)
    store = ProjectStore.open(path)
    assert len(store.flags()) == 1 and not store.read_only and store.note == ""
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.scproj"]


def test_project_that_cannot_be_written_opens_read_only(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = good_project(tmp_path)
    before = folder_state(tmp_path)
    # As root every folder is writable, so the permission check is simulated here;
    # test_read_only_folder_as_a_normal_user checks a real read-only folder.
    monkeypatch.setattr(connection, "can_write", lambda _path: False)
    monkeypatch.setattr("desktop_app.core.project.store.can_write", lambda _path: False)
    store = ProjectStore.open(path)
    assert store.read_only and "read-only" in store.note
    assert [f.note for f in store.flags()] == ["check"]
    with pytest.raises(ProjectError, match="not saved: opened read-only"):
        store.set_setting("threshold", 0.5)
    copy = tmp_path.parent / f"{tmp_path.name}-copy.scproj"
    store.backup_to(copy)  # Save As still works from the memory copy
    store.close()
    assert folder_state(tmp_path) == before
    reopened = ProjectStore.open(copy)
    assert [f.note for f in reopened.flags()] == ["check"]
    reopened.close()


def test_read_only_folder_as_a_normal_user(tmp_path: Path) -> None:
    """The real thing: SQLite cannot make its -shm file in a folder it may not write."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        path = good_project(folder)
        folder.chmod(0o555)
        try:
            store = ProjectStore.open(path)
            assert store.read_only and store.flags()
            store.close()
            assert sorted(p.name for p in folder.iterdir()) == ["good.scproj"]
        finally:
            folder.chmod(0o755)
    else:
        pytest.skip("running as root: every folder is writable (see the simulated test above)")


def test_old_project_in_read_only_folder_is_migrated_in_memory(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v2.scproj"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_V1 + SCHEMA_V2)
    conn.execute("PRAGMA application_id = 1396920402")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO dismissed VALUES ('x', 'then')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    monkeypatch.setattr("desktop_app.core.project.store.can_write", lambda _path: False)
    store = ProjectStore.open(path)
    assert store.dismissed() == {"x"} and [d.anchors for d in store.dismissals()] == [()]
    store.close()
    assert path.read_bytes() == before


def test_create_leaves_only_the_project(tmp_path: Path) -> None:
    path = tmp_path / "new.scproj"
    ProjectStore.create(path, [document_from_text("a", SAMPLE)]).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.scproj"]
    with pytest.raises(ProjectError, match="already exists"):
        ProjectStore.create(path)


def test_save_as_replaces_only_when_asked(tmp_path: Path) -> None:
    store = ProjectStore.open(good_project(tmp_path))
    target = tmp_path / "copy.scproj"
    target.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        store.backup_to(target)
    assert target.read_text() == "keep me"
    store.backup_to(target, replace=True)
    store.close()
    assert len(ProjectStore.open(target).flags()) == 1


# ----- imports never replace ------------------------------------------------------------------
def _note(store: ProjectStore, flag_id: str, note: str) -> Flag:
    text = store.documents()[0].document.text
    flag = new_flag("note", [make_anchor("a", text, 0, 4)], note=note)
    return dataclasses.replace(flag, id=flag_id)


def test_import_never_replaces_an_existing_flag(tmp_path: Path) -> None:
    store = ProjectStore.open(good_project(tmp_path))
    (existing,) = store.flags()
    report = store.import_flags([_note(store, existing.id, "imported"), _note(store, "fresh", "other")])
    assert report.renamed and report.renamed[0][0] == existing.id
    assert report.ids[0] != existing.id and report.ids[1] == "fresh"
    assert "already in the project" in report.messages()[0]
    notes = {f.id: f.note for f in store.flags()}
    assert notes[existing.id] == "check"  # untouched
    assert notes[report.ids[0]] == "imported" and len(notes) == 3
    store.delete_flags(report.ids)  # the undo of the import
    assert [f.id for f in store.flags()] == [existing.id]


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    store = ProjectStore.open(good_project(tmp_path))
    store.close()
    before = folder_state(tmp_path)
    store = ProjectStore.open(store.path)
    bad = dataclasses.replace(_note(store, "bad", "x"), kind="conflict")  # one passage
    with pytest.raises(ProjectError, match="needs two passages"):
        store.import_flags([_note(store, "ok1", "x"), _note(store, "ok2", "y"), bad])
    assert len(store.flags()) == 1
    store.close()
    assert folder_state(tmp_path) == before


def test_edit_still_replaces_its_own_flag(tmp_path: Path) -> None:
    store = ProjectStore.open(good_project(tmp_path))
    (flag,) = store.flags()
    store.save_flag(dataclasses.replace(flag, note="edited"))
    assert [(f.id, f.note, len(f.anchors)) for f in store.flags()] == [(flag.id, "edited", 1)]


# ----- the prepared cache -------------------------------------------------------------------
CLAIM = Claim(3, 10, "800,000", 800000.0, "people", "nearing", "population", "count", 720000.0,
              float("inf"), 0)


def test_cache_records_round_trip_by_name() -> None:
    text = encode((Sentence(0, 12),), (CLAIM,))
    record = json.loads(text)
    assert record["claims"][0]["quote"] == "800,000" and record["claims"][0]["high"] == "inf"
    assert decode(text) == ((Sentence(0, 12),), (CLAIM,))


@pytest.mark.parametrize("change", [
    lambda r: r["claims"][0].pop("topic"),                       # a field missing
    lambda r: r["claims"][0].update(extra=1),                    # a field added
    lambda r: r["claims"][0].update(start="3"),                  # a wrong type
    lambda r: r["claims"][0].update(kind="weight"),              # a value outside the Literal
    lambda r: r["sentences"][0].update(start=True),              # a bool is not a position
    lambda r: r.update(claims=[[3, 10, "800,000"]]),             # the old positional records
    lambda r: r.pop("sentences"),
])
def test_cache_record_that_does_not_decode_is_a_miss(change: object) -> None:
    record = json.loads(encode((Sentence(0, 12),), (CLAIM,)))
    change(record)  # type: ignore[operator]
    assert decode(json.dumps(record)) is None


def test_cache_misses_on_damage_and_on_another_engine_version(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.pipeline import analysis

    documents = load_paths([hostile_files.binary_txt(tmp_path).parent]).documents
    assert not documents
    store = ProjectStore.create(tmp_path / "c.scproj", [document_from_text("a", SAMPLE)])
    doc = store.documents()[0].document
    cache = ProjectCache(store.path)
    analysis.analyze([doc, document_from_text("b", SAMPLE)], cache=cache)
    key = analysis.content_key(doc)
    assert cache.get(key) is not None
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE prepared SET data = 'not json' WHERE key = ?", (key,))
    conn.commit()
    conn.close()
    assert cache.get(key) is None
    monkeypatch.setattr(analysis, "ENGINE_VERSION", analysis.ENGINE_VERSION + 1)
    assert analysis.content_key(doc) != key


# ----- dismissals follow their passages --------------------------------------------------------
def test_dismissal_is_reanchored_and_its_id_rewritten(tmp_path: Path) -> None:
    article, other = tmp_path / "a.txt", tmp_path / "b.txt"
    article.write_text(SAMPLE)
    other.write_text(SAMPLE.replace("800,000", "1.5 million"))
    store = ProjectStore.create(tmp_path / "p.scproj", load_paths([article, other]).documents)
    texts = {d.document.id: d.document.text for d in store.documents()}
    sa = texts["a"].index("Homs has")
    sb = texts["b"].index("Homs has")
    ea, eb = texts["a"].index("Monday.") + 7, texts["b"].index("Monday.") + 7
    finding = f"claims:a:{sa}-{ea}:b:{sb}-{eb}"
    store.dismiss(finding, "2026-01-01")
    (dismissal,) = store.dismissals()
    assert [a.exact[:8] for a in dismissal.anchors] == ["Homs has", "Homs has"]
    article.write_text("A new first line.\n\n" + SAMPLE)
    report = update_project(store)
    shift = len("A new first line.\n\n")
    assert store.dismissed() == {f"claims:a:{sa + shift}-{ea + shift}:b:{sb}-{eb}"}
    assert report.dismissals_lost == ()
    article.write_text("Nothing of the old article is left here at all.\n")
    report = update_project(store)
    assert len(report.dismissals_lost) == 1 and "could not be found again" in report.messages()[-1]


def test_version_2_dismissals_get_anchors_on_migration(tmp_path: Path) -> None:
    path = tmp_path / "v2.scproj"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_V1 + SCHEMA_V2)
    conn.execute("PRAGMA application_id = 1396920402")
    conn.execute("PRAGMA user_version = 2")
    text = SAMPLE
    import hashlib

    for doc in ("a", "b"):
        conn.execute("INSERT INTO documents VALUES (?, 0, 't', '', ?, ?, NULL, '{}')",
                     (doc, text, hashlib.sha256(text.encode()).hexdigest()))
    conn.execute("INSERT INTO dismissed VALUES ('aligned:a:0-16:b:0-16', 'then')")
    conn.execute("INSERT INTO dismissed VALUES ('not-a-finding-id', 'then')")
    conn.commit()
    conn.close()
    store = ProjectStore.open(path)
    anchors = {d.finding: [a.exact for a in d.anchors] for d in store.dismissals()}
    assert anchors == {"aligned:a:0-16:b:0-16": [SAMPLE[:16]] * 2, "not-a-finding-id": []}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
