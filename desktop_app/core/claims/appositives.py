"""Appositives: the noun phrase set off by commas after a name, which describes that name.

"Mojang, the Swedish company that makes Minecraft, said its revenue..." is about Mojang, not
Minecraft: claims.frames leaves the names inside an appositive out of a figure's subjects.
Hand-written because no library installed here parses English syntax; the test is a pattern of
bounded length and lemminflect's word classes.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

# An appositive after a name ("Mojang, the Swedish company that makes Minecraft, said its
# revenue...", "Microsoft, the owner of Mojang, paid..."): it describes that name, so the names
# inside it are not what the sentence's figures are about. Bounded: at most 100 characters.
APPOSITIVE = re.compile(r"\b[A-Z][\w'’.-]{0,40},\s(?:the|a|an)\s[^,;:()]{1,100}?,")

RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
# A reduced relative clause after a name does the same ("Verrane Chemicals, based in Bellmoor,
# reported...", "Okafor, speaking in Tarsk, said..."): a participle, a preposition, a phrase.
PARTICIPLE_PHRASE = re.compile(r"\b[A-Z][\w'’.-]{0,40},\s([a-z]{3,20})\s(?:in|at|on|near|by|from|outside|"
                               r"inside|with|across|to|for|since|under)\s[^,;:()]{1,100}?,")


def _participle(word: str) -> bool:
    """A past or present participle of a verb lemminflect knows ("based", "speaking")."""
    return any(word in getInflection(lemma, tag=tag)
               for lemma in getAllLemmas(word).get("VERB", ()) for tag in ("VBN", "VBG"))


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
    """Where the sentence's appositives and reduced relative clauses stand (from their opening
    comma), as text offsets."""
    spans = []
    for match in APPOSITIVE.finditer(sentence):
        comma = sentence.index(",", match.start())
        if _noun_phrase([w.lower() for w in re.findall(r"[\w'’-]+", sentence[comma : match.end()])]):
            spans.append((offset + comma, offset + match.end()))
    for match in PARTICIPLE_PHRASE.finditer(sentence):
        if _participle(match.group(1)):
            spans.append((offset + sentence.index(",", match.start()), offset + match.end()))
    return spans
