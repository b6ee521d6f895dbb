"""Appositives: the noun phrase set off by commas after a name, which describes that name.

"Mojang, the Swedish company that makes Minecraft, said its revenue..." is about Mojang, not
Minecraft: claims.frames leaves the names inside an appositive out of a figure's subjects.
Hand-written because no library installed here parses English syntax; the test is a pattern of
bounded length and lemminflect's word classes.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

# An appositive after a name ("Mojang, the Swedish company that makes Minecraft, said its
# revenue...", "Microsoft, the owner of Mojang, paid..."): it describes that name, so the names
# inside it are not what the sentence's figures are about. Bounded: at most 100 characters.
APPOSITIVE = re.compile(r"\b[A-Z][\w'’.-]{0,40},\s(?:the|a|an)\s[^,;:()]{1,100}?,")

RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


def _noun_phrase(words: list[str]) -> bool:
    """No verb of its own before a relative pronoun: "the privately held company that makes X" is
    a noun phrase; "the Apple Watch will offer" and "the story had" are clauses (an auxiliary, or a
    word lemminflect knows only as a verb, unless an adverb in -ly makes it a modifier)."""
    for index, word in enumerate(words):
        if word in RELATIVE:
            return True
        lemmas = getAllLemmas(word)
        if "AUX" in lemmas or ("VERB" in lemmas and len(lemmas) == 1
                               and not (index and words[index - 1].endswith("ly"))):
            return False
    return True


def appositive_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Where the sentence's appositives stand (from their opening comma), as text offsets."""
    spans = []
    for match in APPOSITIVE.finditer(sentence):
        comma = sentence.index(",", match.start())
        if _noun_phrase([w.lower() for w in re.findall(r"[\w'’-]+", sentence[comma : match.end()])]):
            spans.append((offset + comma, offset + match.end()))
    return spans
