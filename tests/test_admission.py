"""Which newly read articles join those already open, in the window and in a project."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.ingest.admission import admit
from desktop_app.core.model import Document


def article(doc_id: str, text: str, path: str = "") -> Document:
    return Document(id=doc_id, title=doc_id, text=text, path=path)


@pytest.mark.parametrize(("existing", "new", "added", "notes"), [
    # nothing open: every article is added, under its own id
    ([], [("a", "one", "/x/a.txt"), ("b", "two", "/x/b.txt")], ["a", "b"], 0),
    # an id already taken gets a number, the first keeps its own (flags point at it)
    ([("a", "one", "/x/a.txt")], [("a", "two", "/y/a.txt")], ["a-2"], 0),
    ([("a", "one", "/x/a.txt"), ("a-2", "two", "/y/a.txt")], [("a", "three", "/z/a.txt")], ["a-3"], 0),
    # the same file, however its path is spelled, is not added again
    ([("a", "one", "/x/a.txt")], [("a", "one, edited", "/x/../x/a.txt")], [], 1),
    # nor the same text under another name
    ([("a", "one", "/x/a.txt")], [("copy", "one", "/y/copy.txt")], [], 1),
    # nor a repeat within what is being added
    ([], [("a", "one", "/x/a.txt"), ("b", "one", "/x/b.txt")], ["a"], 1),
    # pasted articles have no file: their text alone says whether they repeat one
    ([("pasted", "one", "")], [("pasted", "two", "")], ["pasted-2"], 0),
    ([("pasted", "one", "")], [("again", "one", "")], [], 1),
])
def test_admission(existing: list[tuple[str, str, str]], new: list[tuple[str, str, str]],
                   added: list[str], notes: int) -> None:
    result = admit([article(*row) for row in new], [article(*row) for row in existing])
    assert [doc.id for doc in result.documents] == added
    assert len(result.notes) == notes


def test_a_note_names_the_article_repeated(tmp_path: Path) -> None:
    open_one = article("homs", "Homs has 800,000 people.", str(tmp_path / "homs.txt"))
    result = admit([article("copy", "Homs has 800,000 people.", str(tmp_path / "copy.txt"))], [open_one])
    (note,) = result.notes
    assert note.endswith("copy.txt: the same text as article homs; not added again")
    assert result.documents == ()
