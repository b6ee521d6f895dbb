"""Taking an article out of a project (the undo of adding one): never at the cost of a flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.project.anchoring import Anchor, make_anchor
from desktop_app.core.project.flags import new_flag
from desktop_app.core.project.store import ProjectError, ProjectStore

TEXTS = {"one": "Homs has a population nearing 800,000, officials said.",
         "two": "Homs has around 1.5 million inhabitants.",
         "pasted": "Homs under siege. The city has about 1.5 million people."}


@pytest.fixture
def store(tmp_path: Path) -> ProjectStore:
    return ProjectStore.create(tmp_path / "p.scproj",
                               [document_from_text(doc_id, text) for doc_id, text in TEXTS.items()])


def anchor(doc_id: str, quote: str) -> Anchor:
    start = TEXTS[doc_id].index(quote)
    return make_anchor(doc_id, TEXTS[doc_id], start, start + len(quote))


def test_an_article_is_removed_and_the_rest_kept(store: ProjectStore, tmp_path: Path) -> None:
    flag = new_flag("conflict", [anchor("one", "nearing 800,000"), anchor("two", "around 1.5 million")])
    store.save_flag(flag)
    store.dismiss("aligned:one:0-10:two:0-10", "now")
    store.remove_document("pasted")
    store.close()
    again = ProjectStore.open(tmp_path / "p.scproj")
    assert [d.document.id for d in again.documents()] == ["one", "two"]
    assert again.flags() == [flag] and again.dismissed() == {"aligned:one:0-10:two:0-10"}
    again.add_documents([document_from_text("pasted", TEXTS["pasted"])])  # the redo of the paste
    assert [d.document.id for d in again.documents()] == ["one", "two", "pasted"]


@pytest.mark.parametrize("mark", ["flag", "dismissal"])
def test_an_article_the_user_marked_is_not_removed(store: ProjectStore, mark: str) -> None:
    if mark == "flag":
        store.save_flag(new_flag("note", [anchor("pasted", "Homs under siege")]))
    else:
        start = TEXTS["pasted"].index("The city")
        store.dismiss(f"aligned:two:0-10:pasted:{start}-{len(TEXTS['pasted'])}", "now")
    flags, dismissed = store.flags(), store.dismissed()
    with pytest.raises(ProjectError, match=r"not removed: it holds 1 (flag|dismissed finding); delete"):
        store.remove_document("pasted")
    assert [d.document.id for d in store.documents()] == ["one", "two", "pasted"]
    assert store.flags() == flags and store.dismissed() == dismissed


def test_an_unknown_article_is_refused(store: ProjectStore) -> None:
    with pytest.raises(ProjectError, match="no article 'nowhere'"):
        store.remove_document("nowhere")
    assert len(store.documents()) == 3
