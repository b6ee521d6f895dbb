"""A finding's explanation, worded from its typed fields with whatever names the reader uses.

The engine names articles by id (the JSON report, the command line); the window names
them by short title. Both call `describe` with their own naming function, so no one ever
rewrites a finished sentence to swap names, and rewording a rule here changes every
reader of it at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Finding
from .opposition import negated

NameOf = Callable[[str], str]


def as_id(doc_id: str) -> str:
    """The engine's own naming: an article is its id."""
    return doc_id


@dataclass(frozen=True)
class Coverage:
    """How many articles a finding spans (findings.table): a passage group's all on side a;
    a link's on its two sides; `total` articles in the analysis."""

    side_a: int
    side_b: int
    total: int
    group: bool = False


def _articles(count: int) -> str:
    return f"{count} article{'s' * (count != 1)}"


def _words(quote: str) -> str:
    return " ".join(re.findall(r"\w+", quote.lower()))


def _similarity(finding: Finding) -> str:
    """ "word for word" only when it is: the scorers read words, not digits, so two sentences
    that differ in a day or a figure ("on August 5" / "on August 6") also score 1.0."""
    if finding.score < 1.0:
        return f"similarity {finding.score:.2f}"
    first, second = _words(finding.a.quote), _words(finding.b.quote)
    if first == second:
        return "word for word"
    if DIGITS.sub("", first) == DIGITS.sub("", second):
        return "the same words, other figures"
    return f"similarity {finding.score:.2f}"


DIGITS = re.compile(r"\d")


def _rule_text(finding: Finding, name_of: NameOf, coverage: Coverage | None) -> str:
    """What the rule that fired found, naming the two representative articles."""
    a, b = name_of(finding.a.doc), name_of(finding.b.doc)
    rule = finding.rule
    if rule == "figures" and finding.values is not None:
        joined = "vs" if finding.kind == "conflict" else "and"
        return f"{finding.topic}: {finding.values[0]} ({a}) {joined} {finding.values[1]} ({b})"
    if rule == "opposite words" and finding.words is not None:
        return f"opposite statements: “{finding.words[0]}” ({a}) vs “{finding.words[1]}” ({b})"
    if rule == "negation":
        # Which side says "not": the same test the rule applied to the same sentence.
        return f"the same statement, negated in {a if negated(finding.a.quote) else b}"
    if rule == "refutation":
        word = finding.words[1] if finding.words is not None and finding.words[1] else "not"
        return f"{b} calls it untrue (“{word}”); {a} states it"
    if rule == "same statement":
        if coverage is not None and coverage.group:
            similarity = _similarity(finding)
            return f"same statement in {coverage.side_a} of {_articles(coverage.total)} ({similarity})"
        return f"same statement (similarity {finding.score:.2f})"
    return finding.explanation


def _newer_text(finding: Finding, name_of: NameOf) -> str:
    """Which side was written later, and how sure that is (findings.dating)."""
    if not finding.newer or finding.newer not in (finding.a.doc, finding.b.doc):
        return ""
    other = finding.b.doc if finding.newer == finding.a.doc else finding.a.doc
    if finding.newer_basis == "years mentioned" and finding.undated_latest_year:
        return (f" — {name_of(finding.newer)} may be newer: {name_of(other)} mentions no year "
                f"after {finding.undated_latest_year}")
    if finding.rule == "refutation":
        return f" — {name_of(finding.newer)} is newer"  # a debunking answers a claim; it updates no figure
    return f" — {name_of(finding.newer)} is newer (superseded?)"


def _coverage_text(finding: Finding, coverage: Coverage | None) -> str:
    """How many articles stand on each side of a link that merged several pairs."""
    if coverage is None or coverage.group or (coverage.side_a <= 1 and coverage.side_b <= 1):
        return ""
    joined = "and" if finding.rule == "same statement" else "vs"
    return f"; {_articles(coverage.side_a)} {joined} {coverage.side_b}"


def score_text(finding: Finding) -> str:
    """What a finding's score measures, said with it, since a bare "score 0.47" reads as how
    sure the finding is, which no score says: for figures, how far apart the two values are
    (findings.figures); for a refutation, the share of the refuted claim's words the asserting
    sentence states; otherwise how alike the two passages read."""
    if finding.rule == "figures":
        if finding.attribute == "date":
            return ""  # two dates are apart or not: their score measures nothing
        gap = finding.score if finding.kind == "conflict" else 1.0 - finding.score
        return f"values {gap:.0%} apart" if gap >= 0.005 else "the same value"
    if finding.rule == "refutation":
        return f"{finding.score:.0%} of the claim's words stated"
    return f"similarity {finding.score:.2f}"


def describe(finding: Finding, name_of: NameOf = as_id, coverage: Coverage | None = None) -> str:
    """The explanation of a finding: what the rule found, which article is newer, how many
    articles each side holds and the words two agreeing passages share."""
    text = _rule_text(finding, name_of, coverage) + _newer_text(finding, name_of)
    text += _coverage_text(finding, coverage)
    if finding.rule == "same statement" and finding.topic:
        text += f"; shared: {finding.topic}"
    return text
