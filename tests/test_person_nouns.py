"""Nouns for a person, from WordNet's sense index: what an age in apposition is the age of."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.build_data import nouns_first_sensed_in
from desktop_app.build_person_nouns import PERSON_FILE, main
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
"""


def test_a_noun_names_a_person_when_its_first_sense_is_in_noun_person(tmp_path: Path) -> None:
    index = tmp_path / "index.sense"
    index.write_text(INDEX_SENSE, encoding="utf-8")
    # "list" names a person only in a later sense; a phrase and a capitalised word are left out;
    # the verb "pilot" is no noun
    assert nouns_first_sensed_in(index, PERSON_FILE) == ["pilot", "senator"]
    assert main([str(tmp_path), str(tmp_path / "out.json")]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["nouns"] == ["pilot", "senator"] and "noun.person" in data["source"]


def test_the_shipped_list_knows_people_and_not_things() -> None:
    assert all(person_noun(word) for word in ("senator", "victim", "man", "Pilot"))
    assert not any(person_noun(word) for word in ("list", "end", "company", "year"))
