"""Nouns for a person and for a group, from WordNet's sense index: what an age in apposition is
the age of, and what a bare number after "a crowd of" counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app import build_group_nouns, build_person_nouns
from desktop_app.build_data import FirstSenseNouns, nouns_first_sensed_in
from desktop_app.core.text.lexicon import person_noun

# index.sense in miniature, in the file's own format: sense key (lemma%pos:lexfile:...), synset
# offset, sense number, tag count.
INDEX_SENSE = """\
senator%1:18:00:: 10578471 1 12
pilot%1:18:00:: 10432532 1 9
pilot%1:06:00:: 03958097 2 1
list%1:10:00:: 06481320 1 20
list%1:18:00:: 99999999 2 0
head_of_state%1:18:00:: 10164747 1 3
pilot%2:38:00:: 01945516 1 2
Turk%1:18:00:: 10737431 1 1
crowd%1:14:00:: 07961480 1 12
crowd%2:35:00:: 01503101 1 2
total%1:23:00:: 04353803 1 9
team%1:14:00:: 08208560 1 20
Army%1:14:00:: 99999999 1 1
"""


@pytest.mark.parametrize(("nouns", "main", "expected"), [
    # "list" names a person only in a later sense; a phrase and a capitalised word are left out;
    # the verb "pilot" is no noun
    (build_person_nouns.PERSON, build_person_nouns.main, ["pilot", "senator"]),
    # "total" is a quantity, not a group; "Army" is capitalised; the verb "crowd" is no noun
    (build_group_nouns.GROUP, build_group_nouns.main, ["crowd", "team"]),
])
def test_a_noun_is_listed_when_its_first_sense_is_in_the_lexicographer_file(
        tmp_path: Path, nouns: FirstSenseNouns, main: Callable[[list[str]], int],
        expected: list[str]) -> None:
    index = tmp_path / "index.sense"
    index.write_text(INDEX_SENSE, encoding="utf-8")
    assert nouns_first_sensed_in(index, nouns.lexicographer_file) == expected
    assert main([str(tmp_path), str(tmp_path / "out.json")]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["nouns"] == expected and nouns.lexicographer_name in data["source"]


def test_the_shipped_list_knows_people_and_not_things() -> None:
    assert all(person_noun(word) for word in ("senator", "victim", "man", "Pilot"))
    assert not any(person_noun(word) for word in ("list", "end", "company", "year"))
