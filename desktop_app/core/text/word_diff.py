"""Word-level differences between two passages, like a diff tool's inline highlights."""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

WORD = re.compile(r"\S+")


def differing_words(first: str, second: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the words that differ between two passages (like a diff's inline marks)."""
    words_a = [(m.start(), m.end(), m.group().lower().strip(".,;:!?“”\"'()")) for m in WORD.finditer(first)]
    words_b = [(m.start(), m.end(), m.group().lower().strip(".,;:!?“”\"'()")) for m in WORD.finditer(second)]
    opcodes = Indel.opcodes([w[2] for w in words_a], [w[2] for w in words_b])
    spans_a: list[tuple[int, int]] = []
    spans_b: list[tuple[int, int]] = []
    for op in opcodes:
        if op.tag == "equal":
            continue
        spans_a.extend((words_a[i][0], words_a[i][1]) for i in range(op.src_start, op.src_end))
        spans_b.extend((words_b[j][0], words_b[j][1]) for j in range(op.dest_start, op.dest_end))
    return spans_a, spans_b

