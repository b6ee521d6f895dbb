"""Anchors that survive edits: W3C TextPosition + TextQuote selectors, re-attached in steps.

Re-attachment tries the old position, then the exact quote with its context, then a
fuzzy match of the quote near the old position (rapidfuzz's partial_ratio_alignment),
and otherwise keeps the old quote and offsets, marked orphaned: nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz import fuzz

AnchorState = Literal["anchored", "moved", "fuzzy", "orphaned"]
ANCHOR_STATES: tuple[AnchorState, ...] = ("anchored", "moved", "fuzzy", "orphaned")
CONTEXT = 32
FUZZY_MIN_SCORE = 75.0
NEAR = 3000  # characters each side of the old position searched first


@dataclass(frozen=True)
class Anchor:
    """A passage of one document; `exact` equals text[start:end] unless orphaned. `flagged` is
    the quote as the user marked it when an edit of the article re-attached the passage onto
    other words (a fuzzy match: "has risen to 14" now reads "has risen to 16"); empty while
    the passage still reads as flagged. The evidence a flag was made on is never lost."""

    doc: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    state: AnchorState = "anchored"
    score: float | None = None
    flagged: str = ""


def make_anchor(doc: str, text: str, start: int, end: int) -> Anchor:
    """Anchor text[start:end] with 32 characters of context each side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} is outside the text of {doc} ({len(text)} characters)")
    return Anchor(doc, start, end, text[start:end], text[max(0, start - CONTEXT) : start],
                  text[end : end + CONTEXT])


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    prefix_ok = text[max(0, start - len(anchor.prefix)) : start] == anchor.prefix
    suffix_ok = text[end : end + len(anchor.suffix)] == anchor.suffix
    return int(prefix_ok) + int(suffix_ok)


def _exact_matches(anchor: Anchor, text: str) -> list[int]:
    found, position = [], text.find(anchor.exact)
    while position >= 0:
        found.append(position)
        position = text.find(anchor.exact, position + 1)
    return found


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int, float] | None:
    """Best window for the quote: near the old position first, then anywhere."""
    windows = [(max(0, anchor.start - NEAR), min(len(text), anchor.end + NEAR)), (0, len(text))]
    best: tuple[int, int, float] | None = None
    for low, high in windows:
        result = fuzz.partial_ratio_alignment(anchor.exact, text[low:high],
                                              score_cutoff=FUZZY_MIN_SCORE)
        if result is not None and (best is None or result.score > best[2]):
            best = (low + result.dest_start, low + result.dest_end, result.score)
        if best is not None and best[2] >= 95:
            break
    return best


def _snap_to_context(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int]:
    """Use the unchanged context around a fuzzy match to find its exact edges."""
    head, tail = anchor.prefix[-12:], anchor.suffix[:12]
    if len(head) >= 4:
        found = text.rfind(head, max(0, start - 40), start + len(head) + 8)
        if found >= 0 and found + len(head) < end:
            start = found + len(head)
    if len(tail) >= 4:
        found = text.find(tail, max(start, end - 8), end + 40)
        if found > start:
            end = found
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def reanchor(anchor: Anchor, text: str) -> Anchor:
    """Re-attach an anchor to a new version of its document's text, keeping the words it was
    made on when the passage now reads otherwise."""
    moved = _reattached(anchor, text)
    original = anchor.flagged or anchor.exact
    return replace(moved, flagged="" if moved.exact == original else original)


def _reattached(anchor: Anchor, text: str) -> Anchor:
    start, end = anchor.start, anchor.end
    if end <= len(text) and text[start:end] == anchor.exact:
        return replace(anchor, prefix=text[max(0, start - CONTEXT) : start],
                       suffix=text[end : end + CONTEXT], state="anchored", score=None)
    matches = _exact_matches(anchor, text) if anchor.exact else []
    if matches:
        best = max(matches, key=lambda p: (_context_score(anchor, text, p, p + len(anchor.exact)),
                                           -abs(p - anchor.start)))
        return make_anchor_state(anchor.doc, text, best, best + len(anchor.exact), "moved", None)
    fuzzy = _fuzzy(anchor, text) if anchor.exact.strip() else None
    if fuzzy is not None:
        new_start, new_end = _trim(text, *_snap_to_context(anchor, text, fuzzy[0], fuzzy[1]))
        if new_end > new_start:
            return make_anchor_state(anchor.doc, text, new_start, new_end, "fuzzy", round(fuzzy[2], 1))
    return replace(anchor, state="orphaned", score=None)


def make_anchor_state(doc: str, text: str, start: int, end: int, state: AnchorState,
                      score: float | None) -> Anchor:
    return replace(make_anchor(doc, text, start, end), state=state, score=score)
