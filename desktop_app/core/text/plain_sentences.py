"""Sentence ends pySBD needs no judgement for, cut without calling it.

pySBD costs about 3 s per MB of news (each abbreviation it meets rewrites the whole text),
over the budget for the whole analysis. Most sentence ends are plain: '.' or '?' after an
ordinary word, one space, a capitalised word. pySBD always splits there unless the
period belongs to an abbreviation or a number, or sits inside a quotation, brackets or a
list, which are the only things its rules look at. So a block is cut here at plain ends
that none of those can reach, sentences made only of plain characters are taken as they
are, and pySBD reads the rest, sentence by sentence instead of whole paragraphs.
tests/test_plain_sentences.py checks on generated blocks that the result is pySBD's own.
"""

from __future__ import annotations

import re

from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer

# Words pySBD may read as an abbreviation or a list marker when a period follows them.
NOT_PLAIN_WORDS = frozenset(a.strip().lower() for a in English.Abbreviation.ABBREVIATIONS) | frozenset(
    ListItemReplacer.ROMAN_NUMERALS)
# A plain end: '.' or '?' after a word (or a closing quotation mark or bracket), then one
# space and a word, maybe quoted; or the block's last character. A period closing a
# quotation ('go.” Then') is one too: pySBD splits right after the mark before a capital.
_NEXT = r"(?= [\"“(]?[A-Za-z][a-z ’'])"
_END = r"[.?](?:(?<=[^\W_]{2}[.?])|(?<=[^\W_][)”\"][.?]))" + _NEXT
_QUOTED_END = r"\.(?<=[^\W_]{2}\.)[\"”](?= [A-Z])"
_LAST = r"[.?!](?<=\S[.?!])(?= *$)"
PLAIN_END = re.compile(_QUOTED_END + "|" + _END + "|" + _LAST)
# Characters pySBD has no rule for inside a sentence: letters, digits, spaces, a few signs,
# apostrophes not after a space, lone hyphens, decimal points, and quotation marks and
# brackets not right after a sentence's punctuation (pySBD would split there); plain ends.
PLAIN_RUN = re.compile(
    r"(?:[^\W_]|[ ,;%$€£/–—]|(?<!-)-(?!-)|(?<!\d):|:(?!\d)|(?<![.?!\-\s])['’]"
    r"|(?<=\d)\.(?=\d)|" + _QUOTED_END + r"|(?<![.?!\-])[\"“”()]|" + _END + "|" + _LAST + ")*"
)
_MARKS = re.compile(r"[\"“”()]")
# pySBD's sentence pattern takes a quotation or brackets that open a sentence, end without a
# comma and are followed by a capital as a sentence of their own.
_OWN_SENTENCE = {"“": "”", '"': '"', "(": ")"}
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")
# Where pySBD's quotation and bracket rules could join text on both sides of a plain end.
_EVENT = re.compile(r"(?P<end>" + _END + r")|(?P<mark>[\"“”«»()\[\]‘’])")
# List markers: pySBD numbers or letters a list by looking at all of them in the block
# ("1. ", "2) ", "a. ", "(b)", "iv)"); each pattern starts at the mark, then looks back.
_LIST = re.compile(r"\.(?:(?<=(?<![^\s\-⁃])\d\.)|(?<=(?<![^\s\-⁃])\d\d\.))(?=[\s)])|\)(?<=\d\))(?=\s)"
                   r"|\.(?<=(?<!\S)[a-z]\.)|\)(?<=(?<![^\s(])[a-z]\))|\)(?<=[ivx]\))")
# A closing quotation mark before a bracket ('Homs” (AP) “Homs'): pySBD may end sentences on
# both sides of the brackets.
_QUOTE_BEFORE_BRACKET = re.compile(r"[\"”]\s\(")
# Rules that reach across the whole block (dash pairs, single quotation marks, its own
# placeholder letters, lists): such a block is cut only at plain sentences at its start.
_WHOLE_BLOCK_RULES = re.compile(r"--|\\|\"\"|\s'|" + _QUOTE_BEFORE_BRACKET.pattern + "|[「」（）ȸȹᓰᓱᓳᓴᓷᓸ{]")
_ONLY_SPACE = re.compile(r"\s*$")
_FINAL_PUNCTUATION = re.compile(r"[.?!](?<=[^\W_]{2}[.?!])\s*$")


WORD_REACH = 40  # an abbreviation is short: looking further back for its start costs, finds nothing


def word_before(block: str, end: int) -> str:
    """The word that ends at `end`: back to a space, a tab or a line break, at most WORD_REACH
    characters (text without spaces would otherwise be searched back to its start each time)."""
    low = max(0, end - WORD_REACH)
    space = max(block.rfind(" ", low, end), block.rfind("\t", low, end), block.rfind("\n", low, end))
    return block[space + 1 if space >= 0 else low : end]


def ends_a_sentence(word: str) -> bool:
    """A word before a period that is no abbreviation ("Prof.", "Calif." go on)."""
    return word.lower().strip("(“\")”‘") not in NOT_PLAIN_WORDS


def _plain_word_before(block: str, end: int) -> bool:
    word = word_before(block, end).strip("(“\")”")
    return word.isalnum() and ends_a_sentence(word)


def _one_pysbd_sentence(sentence: str, closed_later: frozenset[str]) -> bool:
    """Quotation marks and brackets leave a sentence whole when it does not end with one
    (unless its period closes a quotation), does not start with a quotation that pySBD makes
    a sentence of its own ('“We won” He said.'), and each is closed within it or never (so
    that no quotation spans a plain end); `closed_later` holds the closing marks that occur
    after the sentence in its block."""
    text = sentence.strip()
    if text[-1] in "'’" or text[0] == "'":  # pySBD's single quotation rules
        return False
    if not _MARKS.search(text):
        return True
    if _QUOTE_BEFORE_BRACKET.search(text):  # 'Homs” (AP) “Homs': pySBD may end before and after the brackets
        return False
    quoted_end = text.endswith((".”", '."'))
    if (text[-1] in "\"“”()" and not quoted_end) or text[0] in "”)":
        return False
    if text[0] in _OWN_SENTENCE:
        close = text.find(_OWN_SENTENCE[text[0]], 1)
        shortest = 3 if text[0] == "(" else 1  # "(AP) The ..." is one; "() The" is not
        if (shortest <= close < len(text) - 1 and text[close - 1] != ","
                and _CAPITAL_NEXT.match(text, close + 1)):
            return False
        if close > 0 and text[close + 1 : close + 2] == text[close]:  # '“Yes”” He': pySBD may end there
            return False
    # As pySBD pairs them: a bracket with the next closing one, “ with the next ” (another “
    # in between is text), '"' with the next '"'; a closing mark with nothing open is text.
    depth, curly, straight = 0, False, False
    for mark in _MARKS.findall(text, 0, len(text) - 1 if quoted_end else len(text)):
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(depth - 1, 0)
        elif mark == '"':
            straight = not straight
        else:
            curly = mark == "“"
    if quoted_end:  # the last mark must close a quotation holding the period
        if text[-1] == "”":
            if not curly:
                return False
            curly = False
        elif not straight:
            return False
        else:
            straight = False
    return not ((depth and ")" in closed_later) or (curly and "”" in closed_later)
                or (straight and '"' in closed_later))


def _one_sentence(block: str, start: int, end: int, last_closer: dict[str, int]) -> bool:
    """block[start:end] is one sentence to pySBD, list markers at its edges included. pySBD
    pairs '"' marks across the block but skips an empty '""', so with one the pairs are not
    the sentence's own."""
    if '"' in block[start:end] and '""' in block:
        return False
    closed_later = frozenset(mark for mark in ')”"' if last_closer[mark] >= end)
    return _LIST.search(block, max(start - 1, 0), end + 1) is None and _one_pysbd_sentence(
        block[start:end], closed_later)


def _plain_sentences(block: str, start: int, last_closer: dict[str, int]
                     ) -> tuple[list[tuple[int, int]], int]:
    """Plain sentences from `start` on, and where the first sentence that is not plain starts."""
    stop = PLAIN_RUN.match(block, start).end()  # type: ignore[union-attr]  # matches empty
    whole = _ONLY_SPACE.match(block, stop) is not None
    found: list[tuple[int, int]] = []
    for end in PLAIN_END.finditer(block, start, stop):  # ends before `stop` are all real ends
        last = end.group() == "!" or _ONLY_SPACE.match(block, end.end()) is not None
        if not (last or _plain_word_before(block, end.start())) or not _one_sentence(
                block, start, end.end(), last_closer):
            whole = False
            break
        found.append((start, end.end()))
        start = end.end() + 1
    if whole and _ONLY_SPACE.match(block, start) is None:
        if not _one_sentence(block, start, len(block), last_closer):
            return found, start
        found.append((start, len(block)))
    return (found, len(block)) if whole else (found, min(start, len(block)))


_CLOSERS = {"“": "”", "«": "»", "(": ")", "[": "]", "‘": "’", '"': '"'}
_OPENER_OF = {"”": "“", "»": "«", ")": "(", "]": "["}


def _next_cut(block: str, start: int, last: dict[str, int]) -> int | None:
    """The first plain end after `start` inside no quotation or brackets: pySBD joins an
    opening mark to the next closing one, so a mark opened since `start` reaches a plain end
    only when its closing mark comes later in the block (`last`: last index of each closer)."""
    opened = dict.fromkeys(_CLOSERS, False)
    for event in _EVENT.finditer(block, start):
        mark = event.group("mark")
        if mark is None:
            position = event.start()
            inside = any(is_open and last[_CLOSERS[opener]] > position
                         for opener, is_open in opened.items())
            if not inside and _plain_word_before(block, position):
                return event.end()
        elif mark == '"':
            opened['"'] = not opened['"']
        elif mark in _CLOSERS:
            opened[mark] = True
        elif mark in _OPENER_OF:
            opened[_OPENER_OF[mark]] = False
        elif not block[event.end() : event.end() + 1].isascii() or not block[
                event.end() : event.end() + 1].isalpha():  # ’ closes ‘ unless a letter follows
            opened["‘"] = False
    return None


def _ends_plainly(block: str) -> bool:
    """The block ends with '.', '?' or '!' after an ordinary word: punctuation pySBD keeps."""
    end = _FINAL_PUNCTUATION.search(block)
    return end is not None and _plain_word_before(block, end.start())


def plan(block: str) -> list[tuple[int, int, bool]]:
    """Spans covering the block's sentences in order, each with whether pySBD must read it."""
    whole_block_rules = (block.startswith("'") or _WHOLE_BLOCK_RULES.search(block) is not None
                         or _LIST.search(block) is not None)
    last = {closer: block.rfind(closer) for closer in _CLOSERS.values()}
    spans: list[tuple[int, int, bool]] = []
    start = 0
    while start < len(block) and not _ONLY_SPACE.match(block, start):
        sentences, start = _plain_sentences(block, start, last)
        spans.extend((*span, False) for span in sentences)
        if _ONLY_SPACE.match(block, start):
            break
        cut = None if whole_block_rules else _next_cut(block, start, last)
        spans.append((start, cut or len(block), True))
        start = cut + 1 if cut else len(block)
    if len(spans) > 1 and spans[-1][2] and not _ends_plainly(block):
        # pySBD looks for sentences in a text only if sentence punctuation is left in it once
        # its abbreviations and quotations are set aside: the last piece, which need not end
        # with any, is read from the last plain end before it (which always counts).
        first = next((index for index in range(len(spans) - 2, -1, -1)
                      if block[spans[index][1] - 1] in ".?"), 0)
        spans[first:] = [(spans[first][0], spans[-1][1], True)]
    return spans
