"""A count of times a deed was done counts the deed: "shared 130,000 times" is 130,000 shares.

Read as a count of "times", every such figure of a story would compare with every other ("viewed
5 million times" against "shared 130,000 times"), and never with the deed written as a noun
("159,000 Facebook shares"). The verb right before the figure, past its hedge ("more than"),
names what is counted when it is a past tense or participle whose dictionary form is also a noun
(lemminflect): "viewed" -> view, "shared" -> share, "won" -> win. A verb with no such noun
("married three times", "injured twice") leaves the count of times as it was. A short phrase
after a preposition, or the verb's object, may stand between verb and figure: "reported to the
police three times", "shared on Facebook 130,000 times", "visited the country five times".
"""

from __future__ import annotations

from lemminflect import getAllLemmas, getInflection

from ..text.lexicon import change_verbs, verb_lemma
from .casualty_clauses import before_the_phrase
from .unit import Unit
from .units_left import PREPOSITIONS

# Verbs that carry no deed of their own: "has been there three times", "did it five times".
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "make", "take", "say", "tell"})
# Words after "times" that make it a multiple: "five times as bright", "three times over".
MULTIPLE_AFTER = frozenset({"as", "more", "less", "fewer", "over", "the"})
PHRASE_WORDS = 3  # words of a prepositional phrase between the deed and its count ("from the school")
# Determiners that open the deed's object between it and the count ("visited the country five times").
OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})


def _a_multiple(after: list[str]) -> bool:
    """ "burned five times brighter", "grew three times as fast": a multiple, not deeds. `after`:
    the words after the figure, the first being "times"."""
    following = after[1].lower() if len(after) > 1 else ""
    if following in MULTIPLE_AFTER:
        return True
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(following)
    comparative = [lemma for pos in ("ADJ", "ADV") for lemma in lemmas.get(pos, ())]
    return following.endswith("er") and any(lemma != following for lemma in comparative)


def _deed(verb: str) -> Unit | None:
    """The deed a past tense names when its dictionary form is also a noun ("shared": share)."""
    lemma = verb_lemma(verb)
    past = (*getInflection(lemma, "VBD"), *getInflection(lemma, "VBN")) if lemma else ()
    if not lemma or lemma in LIGHT_VERBS or verb not in past:
        return None  # a past deed, not a habit ("the ferry runs three times a day")
    if "NOUN" not in getAllLemmas(lemma):
        return None
    plural = getInflection(lemma, "NNS")
    return Unit(lemma, "count", noun=plural[0] if plural else lemma)  # "number of shares"


def deed_counted(unit: Unit, before: list[str], after: list[str]) -> Unit | None:
    """The deed a count of times counts, or None when it is no count of times, a multiple, or
    the word before it (or before a prepositional phrase before it) is no past tense with a noun
    of its own. `before`, `after`: the words before and after the figure, in reading order."""
    if unit.kind != "count" or unit.name != "time" or _a_multiple(after) or (after[:1] == ["fold"]):
        return None  # "more than two fold" is a multiple, read as "two times"
    words = before_the_phrase(before)
    if not words:
        return None
    openers = [len(words) - k for k in range(2, PHRASE_WORDS + 2)
               if len(words) > k and words[-k].lower() in PREPOSITIONS | OBJECT_DETERMINERS]
    changes, _margins = change_verbs()
    deeds = (_deed(words[at - 1]) for at in openers
             if not (words[at].lower() in OBJECT_DETERMINERS and verb_lemma(words[at - 1]) in changes))
    # "raised the risk three times" multiplies the risk: a change verb's object takes no count of deeds
    return _deed(words[-1]) or next((deed for deed in deeds if deed), None)
