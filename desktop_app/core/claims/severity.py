"""How badly the injured a figure counts were hurt, when its clause says so.

"Three people were seriously injured" and "twelve people were injured" count different groups
(the three may be among the twelve), as do "roughly 100 treated for minor injuries" and "two
treated for serious injuries": an injured count qualified by its severity is an attribute of its
own ("seriously injured"), compared only with counts of the same severity.
Hand-written: English words of injury severity are a small closed class, as a triage scale names
them (critical, serious, moderate, minor); no installed library reads them.
"""

from __future__ import annotations

import re

# Each severity word (adjective or adverb) -> the adverb the attribute is named with.
SEVERITIES = {
    "critical": "critically", "critically": "critically",
    "serious": "seriously", "seriously": "seriously", "severe": "seriously", "severely": "seriously",
    "grave": "seriously", "gravely": "seriously", "life-threatening": "seriously",
    "moderate": "moderately", "moderately": "moderately",
    "minor": "slightly", "slight": "slightly", "slightly": "slightly", "light": "slightly",
    "lightly": "slightly", "non-life-threatening": "slightly",
}
WORD = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)
INJURY_WORDS = re.compile(r"^(?:injur|wound|hurt|burn)", re.IGNORECASE)
SEVERITY_REACH = 8  # words after the figure read up to its word of injury


def severity_of_injured(clause_after: str) -> str:
    """The severity adverb ("seriously", "slightly") the figure's clause gives its injured, read
    from the words after the figure up to the first word of injury (and the word right before
    it: "were being treated for serious injuries"); '' when it says none."""
    words = [m.group().lower() for m in WORD.finditer(clause_after[:200])][:SEVERITY_REACH]
    for at, word in enumerate(words):
        if INJURY_WORDS.match(word):
            found = [SEVERITIES[w] for w in words[max(0, at - 2) : at] if w in SEVERITIES]
            return found[-1] if found else ""
    return ""


def with_severity(attribute: str, clause_after: str) -> str:
    """'injured' qualified by the severity its clause gives ("seriously injured"), else as it was."""
    if attribute != "injured":
        return attribute
    severity = severity_of_injured(clause_after)
    return f"{severity} injured" if severity else attribute
