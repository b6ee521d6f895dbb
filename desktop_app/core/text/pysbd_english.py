"""pySBD's English rules, with its abbreviation pass made proportional to the text.

pySBD looks for each of its 188 abbreviations with its own regular expression, then, for
every occurrence (every word starting with "p", "v", "co", "man", ...), rewrites the whole
text again: about half of its time on news, and quadratic in a paragraph that repeats an
abbreviation ("Abu al Bakr al. ..."). This subclass finds, in one pass, the abbreviations
written before a period (the only places a rewrite changes) and applies each distinct
rewrite once. The rewrites are pySBD's own functions and
are applied in pySBD's order; a rewrite only ever turns a period into a placeholder, so a
repeated one changes nothing and is skipped. Text where the shortcut could read differently
from pySBD's case-insensitive search (a few non-ASCII letters that fold to ASCII, or '{',
which pySBD's next-word lookup quotes literally) goes through pySBD's own method.
tests/test_pysbd_english.py compares both on generated text.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pysbd.abbreviation_replacer import replace_pre_number_abbr, replace_prepositive_abbr
from pysbd.lang.english import English

_ORIGINAL_SEARCH = English.AbbreviationReplacer.search_for_abbreviations_in_string
# Characters Python's case-insensitive matching equates with ASCII letters ('ſ' with 's',
# the Kelvin sign with 'k', dotless and dotted i with 'i').
_FOLDS_TO_ASCII = frozenset("İıſK")
# pySBD's next-word lookup for an abbreviation matches only "{abbreviation} " written as is.
_BRACED = re.compile(
    "|".join(re.escape("{" + a.strip() + "} ") for a in English.Abbreviation.ABBREVIATIONS))


_WORD_BEFORE_PERIOD = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)\.")


class _AbbreviationReplacer(English.AbbreviationReplacer):  # type: ignore[misc]
    _ABBREVIATIONS: tuple[str, ...] = tuple(a.strip() for a in English.Abbreviation.ABBREVIATIONS)
    _PLAIN = frozenset(a for a in _ABBREVIATIONS if a.isalpha())
    _DOTTED = tuple(a for a in _ABBREVIATIONS if not a.isalpha())
    # pySBD rewrites in the order of its list
    _ORDER: ClassVar[dict[str, int]] = {a: index for index, a in enumerate(_ABBREVIATIONS)}
    _PREPOSITIVE = frozenset(English.Abbreviation.PREPOSITIVE_ABBREVIATIONS)
    _BEFORE_NUMBER = frozenset(English.Abbreviation.NUMBER_ABBREVIATIONS)

    def search_for_abbreviations_in_string(self, text: str) -> str:
        if _FOLDS_TO_ASCII & set(text) or ("{" in text and _BRACED.search(text)):
            return str(_ORIGINAL_SEARCH(self, text))
        # A rewrite only touches a period right after the abbreviation, with a space before
        # it: only the words written that way matter, whatever else starts like them.
        found: dict[str, list[str]] = {}  # abbreviation -> its spellings, in text order
        for match in _WORD_BEFORE_PERIOD.finditer(text):
            spelling = match.group(1)
            if spelling.lower() in self._PLAIN:
                spellings = found.setdefault(spelling.lower(), [])
                if spelling not in spellings:
                    spellings.append(spelling)
        lowered_text = text.lower()
        dotted = [a for a in self._DOTTED if a in lowered_text]
        for abbreviation in sorted([*found, *dotted], key=self._ORDER.__getitem__):
            if abbreviation in self._PLAIN:
                spellings = found[abbreviation]
            else:  # dotted ones ("e.g"): pySBD's own pattern, as it is
                pattern = r"(?:^|\s|\r|\n){}".format(abbreviation)  # noqa: UP032
                spellings = list(dict.fromkeys(m.strip() for m in re.findall(pattern, text, re.I)))
            for spelling in spellings:
                text = self._rewrite(text, spelling)
        return text

    def _rewrite(self, text: str, spelling: str) -> str:
        """pySBD's scan_for_replacements for one spelling (its next-word lookup never matches
        without '{' in the text, so every occurrence is rewritten)."""
        if spelling.isalpha() and spelling + "." not in text:
            return text  # every rewrite replaces a period right after the spelling
        kind = spelling.lower()
        if kind in self._PREPOSITIVE:
            return str(replace_prepositive_abbr(text, spelling))
        if kind in self._BEFORE_NUMBER:
            return str(replace_pre_number_abbr(text, spelling))
        return str(self.replace_period_of_abbr(text, spelling))


class FastEnglish(English):  # type: ignore[misc]
    """pySBD's English, with the abbreviation pass above."""

    AbbreviationReplacer = _AbbreviationReplacer
