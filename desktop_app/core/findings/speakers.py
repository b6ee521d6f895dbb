"""Who said it: one quotation, word for word, given to two different people.

Wire copy reuses quotes, and a rewrite can give one to the wrong person: "'We did not make this
decision lightly,' Holloway said" / "'We did not make this decision lightly,' said finance
chief Daniel Osei". The words agree, the speaker does not: a conflict of the frame "who said
it" (attribute "speaker"), shown like any other frame's two values. Only a quotation of
MIN_QUOTE_WORDS words or more, with a named speaker on both sides beside a reporting verb, is
compared; an unnamed speaker ("a spokesman said") contradicts no one.

Hand-written: no maintained offline library attributes quotations in news text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..claims.subjects import same_subject
from ..claims.units_left import after_preposition
from ..model import Document, Finding, Passage
from ..text.names import Name, find_names, lower_case_words
from ..text.stance import REPORTING
from .figures import sentence_passage, time_gap
from .table import finding_id

# A quotation in straight or curly double quotes, long enough to be someone's words.
QUOTATION = re.compile(r"[\"“]([^\"“”\n]{20,600})[\"”]")
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
MIN_QUOTE_WORDS = 5
# Between "said" and the speaker after it: lower-case words of a title ("said finance chief").
TITLE_WORDS = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,4}$")
# "told Tolo News", "tells the Austrian Times": the name after these verbs is the listener.
LISTENER_BEFORE = re.compile(r"^(?:told|tells)$")
SPEAKER_REACH = 60  # characters around a reporting verb read for its speaker: bounded per sentence
MAX_SPEAKERS = 12  # different speakers of one quotation compared: at most 66 findings per quotation
PER_ARTICLE = 2  # speakers one article gives one quotation (a second is already odd)


@dataclass(frozen=True)
class Quoted:
    """A quotation and who the sentence says said it (offsets in the document's text)."""

    doc: int
    sentence: int
    words: str  # the quotation's words, lower case, for matching
    speaker: str
    start: int  # the speaker's name
    end: int


def _speaker(sentence: str, quote: re.Match[str], names: Sequence[Name]) -> Name | None:
    """The named speaker beside the reporting verb right after or right before the quotation:
    "..., Holloway said", "..., said finance chief Daniel Osei", "Holloway said: ...". """
    after = REPORTING.search(sentence, quote.end(), quote.end() + SPEAKER_REACH)
    before = [m for m in REPORTING.finditer(sentence, max(0, quote.start() - SPEAKER_REACH), quote.start())]
    for verb in ([after] if after else []) + before[-1:]:
        for name in names:
            if name.start >= quote.start() and name.end <= quote.end():
                continue  # a name inside the quotation is no speaker
            if after_preposition(sentence, name.start):
                continue  # "Fatima, daughter of Gul said": Gul is no speaker
            if 0 <= verb.start() - name.end <= 1 or (
                    name.start >= verb.end() and not LISTENER_BEFORE.match(verb.group())
                    and TITLE_WORDS.match(sentence[verb.end() : name.start])):
                return name
    return None


def quotations(docs: Sequence[Document]) -> Iterator[Quoted]:
    """Every attributed quotation of the documents."""
    for index, doc in enumerate(docs):
        lower_words = lower_case_words(doc.text)
        for number, span in enumerate(doc.sentences):
            sentence = doc.text[span.start : span.end]
            quote = QUOTATION.search(sentence)
            if quote is None:
                continue
            words = WORD.findall(quote.group(1).lower())
            if len(words) < MIN_QUOTE_WORDS:
                continue
            speaker = _speaker(sentence, quote, find_names(sentence, 0, lower_words))
            if speaker is not None:
                yield Quoted(index, number, " ".join(words), speaker.text, span.start + speaker.start,
                             span.start + speaker.end)


def speaker_conflicts(docs: Sequence[Document]) -> list[Finding]:
    """One conflict per pair of speakers one quotation is given to across articles (the first
    article that names each), so a quote copied into a hundred articles costs no more."""
    by_words: dict[str, list[Quoted]] = defaultdict(list)
    for quoted in quotations(docs):
        by_words[quoted.words].append(quoted)
    findings = []
    for said in by_words.values():
        speakers: list[Quoted] = []  # the first quotation of each different speaker
        per_doc: dict[int, int] = defaultdict(int)
        for quoted in said:
            if len(speakers) >= MAX_SPEAKERS:
                break  # a slogan chanted by everyone, or a hostile text: a bounded cost per quotation
            if per_doc[quoted.doc] >= PER_ARTICLE:
                continue
            if not any(same_subject(quoted.speaker, other.speaker) for other in speakers):
                speakers.append(quoted)
                per_doc[quoted.doc] += 1
        for i, first in enumerate(speakers):
            for second in speakers[i + 1 :]:
                if first.doc != second.doc and not _names_both(docs, first, second):
                    findings.append(_finding(docs, first, second))
    return findings


def _names_both(docs: Sequence[Document], first: Quoted, second: Quoted) -> bool:
    """Either sentence names the other's speaker too ("Osei echoed Holloway: ..."): no conflict."""
    return (second.speaker in docs[first.doc].sentence_text(first.sentence)
            or first.speaker in docs[second.doc].sentence_text(second.sentence))


def _finding(docs: Sequence[Document], first: Quoted, second: Quoted) -> Finding:
    a_doc, b_doc = docs[first.doc], docs[second.doc]
    a: Passage = sentence_passage(a_doc, first.sentence)
    b: Passage = sentence_passage(b_doc, second.sentence)
    opening = " ".join(first.words.split()[:MIN_QUOTE_WORDS])
    topic = f"who said “{opening}…”"
    explanation = f"{topic}: {first.speaker} ({a_doc.id}) vs {second.speaker} ({b_doc.id})"
    return Finding(finding_id("claims", a, b), "conflict", 1.0, topic, explanation, time_gap(a_doc, b_doc),
                   a, b, "claims", rule="figures", subject=f"“{opening}…”", attribute="speaker",
                   values=(first.speaker, second.speaker),
                   marks_a=((first.start, first.end),), marks_b=((second.start, second.end),))
