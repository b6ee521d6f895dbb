"""Ages: "42-year-old", "42 years old", "aged 42", "Igor Kovac, 42," and whose age it is.

An age is a figure of one person, compared wherever that person is named alike
(findings.figures); reading whose it is needs the names beside it, so ages are read here
rather than by the plain number reader (claims.extract), which would take "42 years" for a
duration.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from lemminflect import getAllLemmas

from ..model import Claim, Sentence
from ..text.lexicon import person_noun
from ..text.names import Name, find_names, lower_case_words
from ..text.textnorm import STOP_WORDS
from .nouns import is_plural
from .numbers import find_numbers
from .precision import qualifier_before
from .units_left import PREPOSITIONS

ARTICLES = frozenset({"the", "a", "an"})

AGE_AFTER = re.compile(r"^[\s-]*(?:years?|yrs?)(?:[\s-]*old\b|\s+of\s+age\b)", re.IGNORECASE)
# An infant's age: "a 10-month-old girl", "aged 10 months", "a six-week-old calf". Kept in its own
# unit ("months old"), so it meets only ages told in that unit: "18 months" and "a year and a
# half" are one age rounded, not a conflict. Also read so that "aged 10 months" is not 10 years.
SMALL_AGE_AFTER = re.compile(r"^[\s-]*(?P<unit>month|week|day)s?(?P<old>[\s-]*old\b|\s+of\s+age\b)?",
                             re.IGNORECASE)
AGE_RANGE_BEFORE = re.compile(r"\b(\d{1,3})\s*(?:-|–|to|or)\s*$")  # "2-3 years old", "18 to 25 years old"
AGE_BEFORE = re.compile(r"\b(?:aged|age of|at age|ages?)\s*$", re.IGNORECASE)
# "lost her sight from the age of eight", "was blind by the age of 16", "under the age of 18": the
# time something began or ended in a life, or a limit, not how old anyone is. One person reaches
# many such ages, so each is a frame of its own, "by the age of", given to nobody: it meets only
# the same phrase ("from the age of five" / "from the age of seven"). "died at the age of 90" is
# the person's age.
LIFE_TIME_BEFORE = re.compile(r"\b(?P<word>from|by|since|until|till|before|after|under|over|above|below|"
                              r"beyond|past)\s+(?:the\s+)?ages?\s+(?:of\s+)?$", re.IGNORECASE)
# "He was 88.", "she is 34, her lawyer said": a bare number that is all a person's predicate says
# is their age (an unnamed one: findings.unnamed_ages may settle whose).
PRONOUN_BEFORE = re.compile(r"\b(?:he|she|who)\s+(?:was|is)\s+$", re.IGNORECASE)
# "Gwynn died at 54 after a long illness": the age at death. From 13 up, so that no clock hour
# ("died at 5 in the morning") is read as one.
DIED_AT_BEFORE = re.compile(r"\b(?:died|dies|dead)\s+at\s+$", re.IGNORECASE)
YOUNGEST_DIED_AT = 13
DIED_AT_AFTER = re.compile(r"\s*(?:[.,;:)](?!\d)|$|(?:after|following|of|in|on|from|when|while|and|but)\b)")
PREDICATE_END = re.compile(r"^\s*(?:[.,;:)]|$|when\b)")
# "Achterberg, who turned 57 in August", "she turns 40 next week": an age reached, whose time
# may follow. The person is the name before the verb or its relative pronoun, else a pronoun's.
TURNED_BEFORE = re.compile(r"(?:\b(?P<pronoun>he|she|who)[ \t]+)?\bturn(?:s|ed|ing)[ \t]+$", re.IGNORECASE)
TURNED_AFTER = re.compile(r"^\s*(?:[.,;:)]|$|(?:in|on|last|this|next|earlier|when|and|but|before|after)\b)")
# a number word after "is"/"was" is an age only from 13 ("Kovac is one of ...", "is two")
SPELLED_AGE_FROM = 13
# "Dr Raj Patel, who is 47 and co-wrote the paper": after a pronoun, a predicate joined by "and"
# (a word, not a number: "he was 47 and 12 others" is no age of his).
PRONOUN_PREDICATE_END = re.compile(r"^\s*(?:[.,;:)]|$|when\b|(?:and|but)[ \t]+[a-z])")
# "Dr Raj Patel, who is 47,": a relative clause says whose age it is, the name before its comma.
RELATIVE_BEFORE = re.compile(r",[ \t]*who[ \t]+(?:is|was)[ \t]+$", re.IGNORECASE)
# "Chief executive Dana Reyes is 49.": the same, said of a person named as the clause's subject
NAME_COPULA_BEFORE = re.compile(r"[ \t]+(?:is|was)[ \t]+$")
WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]*$")
# A capitalised word then a comma or bracket right before the number ("Kovac, 42"); the word
# is checked for a lower-case letter separately (one pattern that did both backtracked).
APPOSITION_BEFORE = re.compile(r"([A-Z][\w'’.-]{0,40})\s*[,(]\s*$")
AGE_WINDOW = 64
# "The senator, 79, said", "a pilot, 45, had", and a headline's "Man, 58, dies": a singular
# common noun in apposition to the number, which a word goes on after. A list ("items 1, 2, 3")
# goes on with a number.
COMMON_NOUN_BEFORE = re.compile(r"(?:\b(?P<determiner>the|a|an|his|her|their|its|our)[ \t]+)?"
                                r"(?P<noun>[A-Za-z][a-z]+)[ \t]*,[ \t]*$", re.IGNORECASE)
WORD_GOES_ON = re.compile(r"^[ \t]*,[ \t]+[a-z]")
APPOSITION_AFTER = re.compile(r"^\s*(?:[,)]|$)")
OLDEST_AGE = 120
# Every shape AGE_AFTER, AGE_BEFORE, PRONOUN_BEFORE, NAME_COPULA_BEFORE and the apposition can
# match has one of these in it.
AGE_HINT = re.compile(r"\b(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b|\bage[ds]?\b|\bage of\b"
                      r"|[,(]\s*\d{1,3}\s*(?:[,)]|$)"
                      r"|\b(?:he|she|who)\s+(?:was|is)\s+[\w-]+\s*(?:[.,;:)]|$|when\b|(?:and|but)\s+[a-z])"
                      r"|\b(?:was|is)[ \t]+\d{1,3}\s*(?:[.,;:)]|$|when\b)"
                      r"|\b(?:died|dies|dead)\s+at\s+\d"
                      r"|\b(?:was|is)[ \t]+[a-z]+-[a-z]+\s*[.,;:)]"
                      r"|\bturn(?:s|ed|ing)[ \t]+[\w-]+", re.IGNORECASE)


ACRONYM = re.compile(r"^[A-Z0-9]{2,}$")  # "TV", "CNN": an organisation, not a person with an age
# "42-year-old fisherman Igor Kovac", "the 31-year-old first officer, Daniel Okoye"
MODIFIED_GAP = re.compile(r"^[\s-]*(?:[a-z]+[\s-]+){0,2}$|^[\s-]*(?:[a-z]+[\s-]+)?[a-z]+,\s+$")
MODIFIED_REACH = 64  # two lower-case words fit in this many characters
# "Hefner is 88 years of age", "Kovac turned 42 years old": the age is said of the name before the verb.
COPULA = re.compile(r"[ \t]+(?:is|was|turns|turned)[ \t]+(?=\d|[a-z]+[ \t-]+years?\b)")


def _person_near(sentence: str, names: Sequence[Name], ends: Sequence[int], starts: Sequence[int],
                 start: int, end: int) -> Name | None:
    """The name an age belongs to: in apposition just before it ("Kovac, 42,"), or the name
    the age qualifies, at most two lower-case words after it ("42-year-old fisherman Igor Kovac";
    not "a nine-year-old boy in Texas").
    Only the nearest name on each side can be either (binary searches: bounded work per age)."""
    at = bisect_right(ends, start)
    before = (names[at - 1] if at and (start - ends[at - 1] <= 3 or COPULA.match(sentence, ends[at - 1])
                                       or _described_by_the_age(sentence, names[at - 1], start))
              else None)
    following = bisect_left(starts, end)
    gap = sentence[end : names[following].start] if following < len(names) else ""
    after = (names[following] if following < len(names) and names[following].start - end <= MODIFIED_REACH
             and MODIFIED_GAP.match(gap) and not PREPOSITIONS.intersection(gap.split())
             and not any(_finite_verb(word) for word in gap.split()) else None)
    person = before or after
    if person is None or ACRONYM.match(person.text):
        return None
    if before is None and modifies_noun(sentence, person.end):
        return None  # "a 42-year-old Russian man", "a 30-year-old New York teacher": nobody named
    return person


def _finite_verb(word: str) -> bool:
    """ "The 65-year-old succeeds Mats Ekholm", "the 42-year-old had met Kovac": a word that
    only a verb can be (lemminflect's lexicon), in a finite form (present "-s", or an auxiliary),
    makes the name after it the age's object, not its person. A past participle stays: "the
    40-year-old retired teacher Ana Ruiz" describes her."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word.strip(",").lower())
    if "AUX" in lemmas:
        return True
    return set(lemmas) == {"VERB"} and word.endswith("s") and not word.endswith("ss")


# "Okafor, the 61-year-old mayor": an apposition of a noun phrase that the age opens.
ARTICLE_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:the|a|an)[ \t]+$")


def _described_by_the_age(sentence: str, name: Name, start: int) -> bool:
    """Whether the phrase the age opens is in apposition to the name before it ("Luis Albarran,
    a 34-year-old teacher"): not when a preposition or article introduces the name ("In
    Boston, a 42-year-old man" is no age of Boston)."""
    if not ARTICLE_APPOSITION.fullmatch(sentence, name.end, start):
        return False
    # the first word before the name that is not a capitalised part of it ("to the New York
    # Daily News": "the"; "In Tarsk": "In")
    function_words = PREPOSITIONS | ARTICLES
    for word in reversed(sentence[max(0, name.start - AGE_WINDOW) : name.start].split()):
        if word.lower() in function_words:
            return False
        if not word[:1].isupper():
            return True
    return True


def _common_noun_apposition(left: str, right: str, sentence_start: bool) -> bool:
    """Whether the number is the age of an unnamed person in apposition ("The senator, 79,
    said"): a singular noun for a person after a determiner, or alone opening a headline ("Man,
    58, dies"); "the list, 12, was long" gives no age."""
    match = COMMON_NOUN_BEFORE.search(left)
    if match is None or WORD_GOES_ON.match(right) is None:
        return False
    noun = match.group("noun")
    if match.group("determiner") is None:
        if not (sentence_start and match.start() == 0 and noun[:1].isupper()):
            return False
    elif not noun.islower():
        return False
    return person_noun(noun)


def _apposition_before(left: str) -> bool:
    """ "Kovac, 42," or "Kovac (42)": a capitalised word right before. In brackets, not a plural
    noun: "Comments (73)" and "Getty Images (3)" count comments and pictures."""
    match = APPOSITION_BEFORE.search(left)
    if match is None or not any(c.islower() for c in match.group(1)):
        return False
    return not (left.rstrip().endswith("(") and is_plural(match.group(1)))


def _subject_before_copula(sentence: str, names: Sequence[Name], ends: Sequence[int],
                           start: int) -> Name | None:
    """The person of "Dana Reyes is 49.": a name right before "is"/"was" and the number, that is
    the clause's subject (no preposition or article before it: "the toll in Tarsk is 49" is no
    age of Tarsk) and no organisation's acronym."""
    copula = NAME_COPULA_BEFORE.search(sentence, max(0, start - AGE_WINDOW), start)
    name = _person_ending_at(names, ends, copula.start()) if copula is not None else None
    if name is None:
        return None
    previous = WORD_BEFORE.search(sentence, max(0, name.start - AGE_WINDOW), name.start)
    if previous is not None and previous.group(1).lower() in PREPOSITIONS | ARTICLES:
        return None
    return name


def _relative_subject(sentence: str, names: Sequence[Name], ends: Sequence[int],
                      start: int) -> Name | None:
    """The person of "Dr Raj Patel, who is 47": the name the relative clause follows."""
    relative = RELATIVE_BEFORE.search(sentence, max(0, start - AGE_WINDOW), start)
    return _person_ending_at(names, ends, relative.start()) if relative is not None else None


GAP_AT_END = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)$")  # "Achterberg turned", "Achterberg, who turned"


def _turned_by(sentence: str, names: Sequence[Name], ends: Sequence[int], at: int) -> Name | None:
    """The person of "Achterberg turned 57" or "Achterberg, who turned 57": the name ending right
    before the verb (`at`: where "who" or the verb starts)."""
    before = sentence[max(0, at - AGE_WINDOW) : at]
    gap = GAP_AT_END.search(before)
    return _person_ending_at(names, ends, at - len(gap.group())) if gap else None


def _person_ending_at(names: Sequence[Name], ends: Sequence[int], at: int) -> Name | None:
    """The name that ends right at `at` (a binary search), unless an organisation's acronym."""
    index = bisect_right(ends, at)
    if not index or ends[index - 1] != at or ACRONYM.match(names[index - 1].text):
        return None
    return names[index - 1]


NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def modifies_noun(sentence: str, end: int) -> bool:
    """A capitalised word directly followed by a singular common noun qualifies that noun
    (a nationality, a place, a brand): it is not the person. Which words are nouns comes
    from lemminflect's English lexicon; function words ("who", "and") never are."""
    following = NEXT_WORD.match(sentence, end)
    if following is None:
        return False
    word = following.group(1)
    if word in STOP_WORDS:
        return False
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    if lemmas.get("NOUN", ("",))[0] != word:
        return False
    # "Federer beat Nadal", "Kovac hit a policeman": a word that is also a verb, with an object
    # after it (a name or a determiner), is the verb.
    after = OBJECT_AFTER.match(sentence, following.end())
    return not ("VERB" in lemmas and after is not None)


OBJECT_AFTER = re.compile(r"[ \t]+(?:[A-Z]|(?:the|a|an|his|her|their|its|him|them)\b)")


def age_claims(text: str, sentences: Sequence[Sentence]) -> tuple[Claim, ...]:
    """Every stated age: "42-year-old", "42 years old", "aged 42", "Igor Kovac, 42,".

    The person is the one named beside the age; an age with nobody named beside it ("the
    42-year-old said") is kept with no subject and compared only inside aligned sentences."""
    claims: list[Claim] = []
    lower_words = lower_case_words(text)
    for index, span in enumerate(sentences):
        sentence = text[span.start : span.end]
        if not AGE_HINT.search(sentence):
            continue  # most sentences state no age: skip reading their numbers and names again
        names = sorted(find_names(sentence, 0, lower_words), key=lambda n: (n.start, n.end))
        ends, starts = [n.end for n in names], [n.start for n in names]
        for mention in find_numbers(sentence):
            if mention.ordinal or mention.vague or not (0 < mention.value < OLDEST_AGE):
                continue
            if not float(mention.value).is_integer():
                continue
            # What decides an age stands within a few words of it: bounded windows, so a sentence
            # of many numbers costs each one the same.
            left = sentence[max(0, mention.start - AGE_WINDOW) : mention.start]
            right = sentence[mention.end : mention.end + AGE_WINDOW]
            life_time = LIFE_TIME_BEFORE.search(left)
            after = AGE_AFTER.match(right)
            small = SMALL_AGE_AFTER.match(right)
            unit = "years old"
            if small:
                if not (small.group("old") or AGE_BEFORE.search(left)):
                    continue  # "Kovac, 10 months into the job": a time, not an age
                after, unit = small, f"{small.group('unit').lower()}s old"
            # an unnamed person's age in apposition: the story may say whose (findings.unnamed_ages)
            common = not mention.spelled and _common_noun_apposition(left, right, mention.start <= AGE_WINDOW)
            apposition = (_apposition_before(left) and APPOSITION_AFTER.match(right) is not None
                          and not mention.spelled and not common)
            pronoun = (PRONOUN_BEFORE.search(left) is not None
                       and PRONOUN_PREDICATE_END.match(right) is not None)
            pronoun = pronoun or common
            relative = _relative_subject(sentence, names, ends, mention.start) if pronoun else None
            died_at = (DIED_AT_BEFORE.search(left) is not None and mention.value >= YOUNGEST_DIED_AT
                       and not mention.spelled and DIED_AT_AFTER.match(right) is not None)
            pronoun = pronoun or died_at  # whose age it is: the story may say (findings.unnamed_ages)
            spelled_ok = not mention.spelled or mention.value >= SPELLED_AGE_FROM
            named = (_subject_before_copula(sentence, names, ends, mention.start)
                     if PREDICATE_END.match(right) and spelled_ok else None)
            turned = TURNED_BEFORE.search(left) if TURNED_AFTER.match(right) and spelled_ok else None
            if turned is not None:
                named = named or _turned_by(sentence, names, ends, mention.start - len(left) + turned.start())
                # "she turned 40": the story may say whose (findings.unnamed_ages); "the index
                # turned 40" is no age
                pronoun = named is None and turned.group("pronoun") is not None
            if not (after or AGE_BEFORE.search(left) or apposition or pronoun or named):
                continue
            end = mention.end + (after.end() if after else 0)
            person = named or _person_near(sentence, names, ends, starts, mention.start, end)
            if pronoun:
                # "he" names nobody here, the story may (findings.unnamed_ages); "Patel, who" does
                person = relative
            if person is None and not (after or AGE_BEFORE.search(left) or pronoun):
                continue  # an apposition with nobody named is no age ("Chapter 4, 12, ...")
            subject = person.text if person else ""
            value = float(mention.value)
            # "who turned 50 last week" tells a birthday: a report before it said 49, rightly
            low = value - 1 if turned is not None else value
            start, high, qualifier = mention.start, value, ""
            hedge, low_factor, high_factor = qualifier_before(left)
            if hedge and turned is None:  # "less than 44 years of age", "about 40 years old"
                low, high, qualifier = value * low_factor, value * high_factor, hedge
            youngest = AGE_RANGE_BEFORE.search(left) if after else None
            if youngest is not None and int(youngest.group(1)) < value:  # "2-3 years old": a range
                start = mention.start - len(left) + youngest.start()
                low, qualifier = float(youngest.group(1)), "range"
                value = (low + high) / 2
            if life_time is not None:
                frame = f"{life_time.group('word').lower()} the age of"
                claims.append(Claim(span.start + start, span.start + end, sentence[start:end], value, unit,
                                    qualifier, frame, "measure", low, high, index, attribute=frame))
                continue
            claims.append(Claim(span.start + start, span.start + end, sentence[start:end],
                                value, unit, qualifier, f"age of {subject}" if subject else "age",
                                "measure", low, high, index, subject=subject, attribute="age"))
    return tuple(claims)
