"""Anchors re-attach after edits: anchored, moved, fuzzy, orphaned."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.project.anchoring import make_anchor, reanchor

TEXT = ("Homs is a city in Syria. In Syria, all eyes are on Homs, a pivotal city with a population "
        "nearing 800,000, located in the heart of the country. Rebels advanced from the north.")
QUOTE = "a population nearing 800,000"


def anchor():  # type: ignore[no-untyped-def]
    start = TEXT.index(QUOTE)
    return make_anchor("d", TEXT, start, start + len(QUOTE))


@pytest.mark.parametrize(
    ("new_text", "state", "quote"),
    [
        (TEXT, "anchored", QUOTE),
        ("A new paragraph inserted before.\n\n" + TEXT, "moved", QUOTE),
        (("A new paragraph.\n\n" + TEXT).replace("nearing 800,000", "close to 800,000"), "fuzzy",
         "a population close to 800,000"),
        ("Completely different article about the weather in Paris.", "orphaned", QUOTE),
    ],
)
def test_reanchor_states(new_text: str, state: str, quote: str) -> None:
    result = reanchor(anchor(), new_text)
    assert result.state == state
    assert result.exact == quote
    if state != "orphaned":
        assert new_text[result.start : result.end] == quote
    else:
        assert (result.start, result.end) == (anchor().start, anchor().end)


def test_moved_prefers_the_occurrence_with_matching_context() -> None:
    text = "x 800,000 y. " + TEXT
    start = TEXT.index("800,000")
    moved = reanchor(make_anchor("d", TEXT, start, start + 7), "Intro. 800,000 here. " + TEXT)
    assert moved.state == "moved"
    assert moved.start == len("Intro. 800,000 here. ") + start
    assert text  # the decoy text above is only for reading


def test_span_outside_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        make_anchor("d", "short", 2, 50)


@given(st.text(min_size=1, max_size=200), st.data())
def test_reanchored_quotes_slice_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    edited = data.draw(st.text(max_size=30)) + text
    result = reanchor(make_anchor("d", text, start, end), edited)
    if result.state != "orphaned":
        assert edited[result.start : result.end] == result.exact


def test_a_fuzzy_reattachment_keeps_the_words_flagged() -> None:
    """'has risen to 14' edited to '16': the passage follows, the flagged words stay known."""
    edited = TEXT.replace("nearing 800,000", "nearing 900,000")
    once = reanchor(anchor(), edited)
    assert once.state == "fuzzy" and once.exact == "a population nearing 900,000"
    assert once.flagged == QUOTE
    twice = reanchor(once, edited.replace("900,000", "950,000"))
    assert twice.flagged == QUOTE  # the first words, not the intermediate ones
    back = reanchor(twice, TEXT)
    assert back.exact == QUOTE and back.flagged == ""  # reads as flagged again
    assert reanchor(anchor(), "A new paragraph.\n\n" + TEXT).flagged == ""  # moved: same words
