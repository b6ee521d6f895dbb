"""Frozen result types shared by every stage of the engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FindingKind = Literal["agree", "conflict"]


@dataclass(frozen=True)
class Sentence:
    """A sentence as a half-open character span of its document's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """A numeric statement found in a document.

    `low`/`high` is the range of values the wording admits: "nearing 800,000"
    admits roughly 720,000-800,000, "more than 300" anything above 300.
    """

    start: int
    end: int
    quote: str
    value: float
    unit: str
    qualifier: str
    topic: str
    kind: Literal["count", "measure", "rank", "percent", "money"]
    low: float
    high: float
    sentence: int  # index into Document.sentences
    subject: str = ""  # who or what the figure is about ("Igor Kovac", "IBM"), "" if unnamed
    attribute: str = ""  # which property: "age", "deaths", "injured", "revenue", "count of workers"
    time: str = ""  # the year it refers to when the sentence says ("2013", "last year")
    negated: bool = False  # "did not make $46 million": the figure is denied, not stated
    hedged: bool = False  # "is rumoured to cost", "reportedly": passed on, not stated

    def compatible_with(self, other: Claim) -> bool:
        """True when both wordings can describe the same true value."""
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Document:
    """One article: its text exactly as shown, with sentences and claims."""

    id: str
    title: str
    path: str
    text: str
    date: str | None = None
    sentences: tuple[Sentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    excluded: tuple[tuple[int, int], ...] = ()
    author: str | None = None
    site: str | None = None

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]


@dataclass(frozen=True)
class Passage:
    """A quoted span of one document; quote == text[start:end]."""

    doc: str
    start: int
    end: int
    quote: str


Span = tuple[int, int]
FindingReason = Literal["aligned", "claims", "opposition", "refutation"]
# Which rule produced a finding; the window and the exports read this, never the explanation.
FindingRule = Literal["same statement", "figures", "opposite words", "negation", "refutation"]


@dataclass(frozen=True)
class Finding:
    """A relation between two passages of two documents.

    `explanation` is for display only. What a program needs is in typed fields:
    `rule` (what fired), `subject` and `attribute` (what the figures or statements are
    about), `values` (the two values as a reader would write them) or `words` (the two
    opposed words), `marks_a`/`marks_b` (spans of each document's text to emphasise;
    empty when the rule marks nothing in particular, see findings.marks), and `newer`
    (the later article of a conflict between dated articles: it may supersede the other).
    findings.describe words `explanation` from these fields, with any naming of articles.
    """

    id: str
    kind: FindingKind
    score: float
    topic: str
    explanation: str
    time_gap: bool
    a: Passage
    b: Passage
    reason: FindingReason = "aligned"
    rule: FindingRule = "same statement"
    subject: str = ""
    attribute: str = ""
    values: tuple[str, str] | None = None
    words: tuple[str, str] | None = None
    marks_a: tuple[Span, ...] = ()
    marks_b: tuple[Span, ...] = ()
    newer: str = ""  # for a conflict between articles of different dates: the later one's id
    newer_basis: str = ""  # "dates" (both known) or "years mentioned" (one undated: a guess, said so)
    undated_latest_year: int = 0  # with "years mentioned": the latest year the undated article names
