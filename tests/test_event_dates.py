"""Event dates as frames: reading "came out in 2009" and comparing it across articles.

Cases are made up in the styles of wire copy, business, tech and science reporting; none is
taken from an article the engine is measured on.
"""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.claims.event_dates import EventDate, event_dates
from desktop_app.core.findings.event_dates import dates_differ, day_slack, same_event
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze


def _one(sentence: str) -> EventDate:
    found = event_dates(sentence, 0, 0, frozenset())
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "subject", "event", "written", "ymd"), [
    ("Minecraft, which first came out in 2009, has sold millions.", "Minecraft", "come out", "2009",
     (2009, None, None)),
    ("Velda Corp was founded in March 1998 by two engineers.", "Velda Corp", "found", "March 1998",
     (1998, 3, None)),
    ("The Quarry Hill mine collapsed on Aug. 5, 2014, trapping 33.", "Quarry Hill", "collapse",
     "Aug. 5, 2014", (2014, 8, 5)),
    ("The Quarry Hill mine collapsed on Tuesday, Aug. 5, 2014.", "Quarry Hill", "collapse",
     "Aug. 5, 2014", (2014, 8, 5)),  # a weekday before the date
    ("Okafor was born in 1961 in Lagos.", "Okafor", "bear", "1961", (1961, None, None)),
    # the first name is the subject, not one in an aside or after "of"
    ("Ada Okafor, of Ikeja, Lagos, who was arrested in May, denies it.", "Ada Okafor", "arrest", "May",
     (None, 5, None)),
    ("Okafor, who wrote for the Lagos Times, was abducted in March 2013.", "Okafor", "abduct", "March 2013",
     (2013, 3, None)),
    ("Police said that Velda launched the drone in 2019.", "Velda", "launch", "2019", (2019, None, None)),
    # the name or pronoun right before the verb is its subject
    ("Okafor said Velda launched the drone in 2019.", "Velda", "launch", "2019", (2019, None, None)),
    ("He wrote for the Lagos Times before he founded Velda in 2008.", "", "found", "2008",
     (2008, None, None)),
    ("The satellite launched in late 2011 from Kourou.", "", "launch", "late 2011", (2011, None, None)),
    ("The regulators shut down the plant on June 3rd after the leak.", "", "shut down", "June 3",
     (None, 6, 3)),
    # a regular past the lexicon does not list
    ("The trawler Kestrel capsized on March 4, 2025, off Varna.", "Kestrel", "capsize", "March 4, 2025",
     (2025, 3, 4)),
    # the day before the month, as British and most other English write it
    ("The trawler Kestrel capsized on 4 March 2025 off Varna.", "Kestrel", "capsize", "4 March 2025",
     (2025, 3, 4)),
    ("Velda announced the recall on Tuesday, 7 October, after the burns.", "Velda", "announce", "7 October",
     (None, 10, 7)),
    # AP style: a weekday right after its verb, with no "on"
    ("The evacuation order was lifted Thursday afternoon.", "", "lift", "Thursday", (None, None, None)),
    ("Okafor died Tuesday in Lagos.", "Okafor", "die", "Tuesday", (None, None, None)),
    # a preposition's object is not the subject, though it stands right before the verb
    ("Ferry Nordlys from Varna to Burgas sank on 4 March.", "Ferry Nordlys", "sink", "4 March", (None, 3, 4)),
    ("The senator from Ohio resigned in May 2019.", "", "resign", "May 2019", (2019, 5, None)),
    ("Police said that Velda from Lyon launched it in 2019.", "Velda", "launch", "2019", (2019, None, None)),
    # a plan is an event of its own ("reopen (planned)"), compared with plans only
    ("Lakeview Elementary will reopen on March 31.", "Lakeview Elementary", "reopen (planned)", "March 31",
     (None, 3, 31)),
    ("Brandt is due to be sentenced on June 10.", "Brandt", "sentence (planned)", "June 10", (None, 6, 10)),
    ("The Velda plant is scheduled to reopen Monday, March 24.", "Velda", "reopen (planned)", "March 24",
     (None, 3, 24)),  # AP style: no "on" before a weekday and date right after the verb
    ("The Velda plant closed Monday, March 3.", "Velda", "close", "March 3", (None, 3, 3)),
    # a name's words count once towards the verb's reach; a numbered name is no figure
    ("The ferry Nordlys left its home port of Port Varna on Saturday, March 1.", "Nordlys", "leave",
     "March 1", (None, 3, 1)),
    ("The ferry docked at Pier 4 in Port Varna on 2 March.", "", "dock", "2 March", (None, 3, 2)),
    # after a colon the subject is looked for in what follows it; a name after "since" is a subject
    ("REPORTER (ANA LIM): It has been tense since the Nordlys tied up here on 2 March.", "Nordlys",
     "tie up", "2 March", (None, 3, 2)),
])
def test_reads_who_did_what_and_when(sentence: str, subject: str, event: str, written: str,
                                     ymd: tuple[int | None, int | None, int | None]) -> None:
    date = _one(sentence)
    assert (date.subject, date.event, date.written.replace("rd", "")) == (subject, event, written)
    assert (date.year, date.month, date.day) == ymd
    assert sentence[date.start : date.end] == date.written


@pytest.mark.parametrize("sentence", [
    "Sales have grown since 2009.",  # a bound, not an event's date
    "The layoffs will be completed by the end of February.",
    "Prices rose in 2009 and 2010.",  # a list of dates dates several events
    "Output fell in 2012-2013.",
    "She served in May's cabinet.",  # a name
    "We may see it in may.",  # lower case: not a month
    "The plant will reopen in 7 months.",  # a number before no month is no date
    "Storms hit the coast Thursday.",  # a weekday after the verb's object: not its time alone
    "The Thursday meeting was cancelled.",
    "The plant was not closed in 2015.",  # a denied date
    "The talks on climate in 2015 were hard.",  # no verb dates it
    "The championship in 1998 was the last one.",
    "Orbix made $3 billion in profit in 2013.",  # the year is the figure's period
    "The fund grew 12% in 2014.",
    "The union expects to strike in May.",  # an expectation is no plan of record
    "The plant met the Monday, March 3 deadline.",  # a weekday and date not right after the verb
    # the day something was said dates the statement, not an event of the story
    "Staff worked from paper records, the network said on Sunday.",
    "Okafor told reporters on Wednesday that the systems were down.",
    "The company stated in March that it would not pay.",
])
def test_reads_no_event_date(sentence: str) -> None:
    assert event_dates(sentence, 0, 0, frozenset()) == ()


def _date(**fields: object) -> EventDate:
    base = EventDate(0, 0, 4, "2009", "Velda", frozenset({"velda"}), "launch", "launched",
                     frozenset(), 2009, None, None)
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("first", "second", "differ"), [
    (_date(), _date(year=2011), True),
    (_date(), _date(year=2009, month=5), False),  # "in 2009" / "in May 2009"
    (_date(year=None, month=5), _date(year=None, month=8), True),
    (_date(year=None, month=5), _date(year=2014, month=5), False),
    (_date(year=None, month=8, day=5), _date(year=None, month=7, day=31), True),
    (_date(year=None, month=8, day=5), _date(year=None, month=8, day=6), False),  # a day's slack
    (_date(year=2014, month=7, day=31), _date(year=2014, month=8, day=1), False),
    (_date(year=2014, month=12, day=31), _date(year=2015, month=1, day=1), False),
    (_date(year=None, month=5), _date(year=2011), False),  # nothing in common to compare
    # weekdays: of the week, with a day's slack; a full date's weekday; nothing against a month
    (_date(year=None, weekday=0), _date(year=None, weekday=3), True),
    (_date(year=None, weekday=3), _date(year=None, weekday=2), False),
    (_date(year=None, weekday=0), _date(year=None, weekday=6), False),  # Sunday night, Monday
    (_date(year=None, weekday=0), _date(year=2025, month=3, day=13), True),  # a Thursday
    (_date(year=None, weekday=3), _date(year=2025, month=3, day=13), False),
    (_date(year=None, weekday=3), _date(year=None, month=3), False),
])
def test_dates_differ_at_the_precision_both_give(first: EventDate, second: EventDate, differ: bool) -> None:
    assert dates_differ(first, second) is differ
    assert dates_differ(second, first) is differ


@pytest.mark.parametrize(("first", "second", "same"), [
    (_date(), _date(subject="Velda Corp"), True),
    (_date(), _date(subject="Orlan"), False),
    (_date(), _date(event="come out"), False),  # other verbs: no offline lexicon says they are one event
    (_date(objects=frozenset({"phone"})), _date(objects=frozenset({"tablet"})), False),
    (_date(objects=frozenset({"phone"})), _date(), True),
    (_date(subject="", head=frozenset({"mine"})), _date(subject="", head=frozenset({"mine", "coal"})), True),
    (_date(subject="", head=frozenset({"mine"})), _date(subject="", head=frozenset({"bridge"})), False),
    # named on one side only: a head word other than the name's must meet
    (_date(subject="Quarry Hill", head=frozenset({"quarry", "hill", "mine"})),
     _date(subject="", head=frozenset({"mine", "old"})), True),
    (_date(subject="Quarry Hill", head=frozenset({"quarry", "hill", "mine"})),
     _date(subject="", head=frozenset({"hill"})), False),
    (_date(subject="Quarry Hill", head=frozenset({"quarry", "hill"})),
     _date(subject="", head=frozenset({"bridge"})), False),
])
def test_same_event_needs_one_verb_one_subject_one_object(first: EventDate, second: EventDate,
                                                          same: bool) -> None:
    assert same_event(first, second) is same


def _conflicts(first: str, second: str) -> list[tuple[str, tuple[str, str] | None]]:
    analysis = analyze([document_from_text("a", first), document_from_text("b", second)])
    return [(f.topic, f.values) for f in analysis.findings if f.kind == "conflict"]


def test_two_articles_that_date_one_event_differently_conflict() -> None:
    found = _conflicts("Velda Corp, which first launched its tablet in 2009, has sold 50 million units.",
                       "Velda Corp, which launched its tablet in late 2011, has sold 50 million units.")
    assert found == [("when Velda Corp launched", ("2009", "late 2011"))]


def test_a_departure_dated_past_a_named_port_conflicts() -> None:
    found = _conflicts("The ferry Nordlys left its home port of Port Varna on Saturday, March 1.",
                       "The Nordlys, a ferry run by Balt Lines, left Port Varna on Sunday, March 2.")
    assert found == [("when Nordlys left", ("March 1", "March 2"))]


def test_sentences_with_a_date_and_no_figure_are_compared_too() -> None:
    """Only pairs the fast mask lets through reach the rules: a dated sentence without any
    figure must be let through (findings.decide)."""
    founded = "Velda, the cafe chain from Lund, was founded in {} by Okafor, the firm said."
    docs = [document_from_text(name, founded.format(year)) for name, year in
            (("a", 1998), ("b", 1998), ("c", 1996))]
    analysis = analyze(docs)
    assert [(f.topic, f.values) for f in analysis.findings if f.kind == "conflict"] == [
        ("when Velda founded", ("1998", "1996"))]
    assert all(f.kind == "conflict" or "c" not in (f.a.doc, f.b.doc) for f in analysis.findings)


@pytest.mark.parametrize("second", [
    "Velda Corp, which launched its phone in 2011, has sold 50 million units.",  # another product
    "Velda Corp, which reportedly launched its tablet in 2011, has sold 50 million units.",  # passed on
    "Did Velda Corp launch its tablet in 2011, after selling 50 million units?",
    "Velda Corp, which launched its tablet in 2009, has sold 50 million units.",  # the same date
])
def test_no_conflict_without_one_stated_event_at_two_dates(second: str) -> None:
    assert _conflicts("Velda Corp, which first launched its tablet in 2009, has sold 50 million units.",
                      second) == []


def test_one_sentence_that_dates_the_same_event_twice_tells_of_two_events() -> None:
    """One of its two dates is the other article's: two launches, not two dates of one."""
    both = ("Velda Corp launched its tablet in 2009 and Velda Corp launched its tablet again in 2011, "
            "the firm said.")
    assert _conflicts(both, "Velda Corp launched its tablet in 2011, the firm said on Monday.") == []


def test_a_month_without_a_year_is_not_compared_across_articles_written_years_apart() -> None:
    closed = "Orlan Mining closed the Quarry Hill pit in {} after the flood."
    first = document_from_text("a", "2014-06-01\n\n" + closed.format("May"))
    second = document_from_text("b", "2016-09-01\n\n" + closed.format("August"))
    assert first.date and second.date
    conflicts = [f for f in analyze([first, second]).findings if f.kind == "conflict"]
    assert conflicts == []
    undated = analyze([document_from_text("a", first.text.split("\n\n")[1]),
                       document_from_text("b", second.text.split("\n\n")[1])])
    assert [f.values for f in undated.findings if f.kind == "conflict"] == [("May", "August")]


def test_sentences_that_date_one_event_differently_do_not_agree() -> None:
    """Too unlike for a conflict of unnamed subjects (findings.figures.GENERIC_CLAIM_FLOOR), yet
    alike enough to agree: they must not be called the same statement."""
    docs = [document_from_text(name, f"The ferry capsized on {day}, 2024, near the old harbour wall.")
            for name, day in (("a", "August 5"), ("b", "July 31"), ("c", "August 5"))]
    agreements = {(f.a.doc, f.b.doc) for f in analyze(docs).findings if f.kind == "agree"}
    assert agreements and all("b" not in pair for pair in agreements)


@pytest.mark.parametrize(("second", "agree"), [
    ("The jury convicted Brandt on March 13, 2026.", False),  # a day apart: no conflict, no agreement
    ("The jury convicted Brandt on March 12, 2026.", True),
    ("The jury convicted Brandt on March 15, 2026.", False),
    ("The jury convicted Brandt on March 13.", False),  # a day without a year, as if in the other's
    ("The jury convicted Brandt on March 12.", True),
    # one verb, whoever is named as doing it: "the jury" / "Brandt was convicted"
    ("Lucas Brandt was convicted on March 14, 2026, in the county court.", False),
    ("Lucas Brandt was convicted on March 12, 2026, in the county court.", True),
    # a date passed on ("reportedly") is no conflict with one stated, but not the same statement
    ("The jury reportedly convicted Brandt on March 16, 2026.", False),
    ("The jury reportedly convicted Brandt on March 12, 2026.", True),
])
def test_dates_a_day_apart_are_not_the_same_statement(second: str, agree: bool) -> None:
    """Two days, one apart, are never one statement, whether or not they conflict (day_slack)."""
    docs = [document_from_text("a", "The jury convicted Brandt on March 12, 2026."),
            document_from_text("b", second)]
    kinds = {f.kind for f in analyze(docs).findings}
    assert ("agree" in kinds) is agree


@pytest.mark.parametrize(("first", "second", "slack"), [
    ("The attack began late Monday.", "The attack began on Tuesday.", 1),  # time zones move the day
    ("The attack began late Monday.", "The attack began early Tuesday.", 1),
    ("The attack began overnight on Monday.", "The attack began overnight on Tuesday.", 1),
    ("The attack began at 11:40 p.m. on Monday.", "The attack began on Tuesday.", 1),
    ("The attack began on Monday.", "The attack began on Tuesday.", 0),
    # the same end of the day on both sides: a time zone moves the hour, not the morning
    ("The attack began early Saturday.", "The attack began early Sunday.", 0),
    ("The ship sank late Monday.", "The ship sank late on Tuesday.", 0),
])
def test_the_days_a_date_may_slip(first: str, second: str, slack: int) -> None:
    assert day_slack(first, second) == slack


def test_a_weekday_with_a_part_of_the_day_dates_an_event() -> None:
    docs = [document_from_text("a", "Attack\nOctober 12, 2025\n\nA ransomware attack that began early "
                                    "Saturday has knocked out computer systems at five Valemont hospitals."),
            document_from_text("b", "Hack\nOctober 13, 2025\n\nA ransomware attack that began early "
                                    "Sunday shut down computer systems at five Valemont hospitals.")]
    (finding,) = analyze(docs).findings
    assert finding.kind == "conflict" and finding.values == ("early Saturday", "early Sunday")


@pytest.mark.parametrize(("second", "kinds"), [
    ("Brandt is due to be sentenced on June 10, the judge said after the verdict.", {"conflict"}),
    # a plan and what happened are two events: no conflict, but not one statement either
    ("Brandt was sentenced on June 10, the judge said after the verdict.", set()),
])
def test_plans_conflict_with_plans(second: str, kinds: set[str]) -> None:
    docs = [document_from_text("a", "Brandt will be sentenced on June 3, the judge said after the verdict."),
            document_from_text("b", second)]
    assert {f.kind for f in analyze(docs).findings} == kinds


@pytest.mark.parametrize(("sentence", "weekday"), [
    ("The jury convicted Lucas Brandt on Thursday, after a five-week trial.", 3),
    ("The Harlow mine collapsed on Sunday night.", 6),
])
def test_reads_a_weekday(sentence: str, weekday: int) -> None:
    (date,) = event_dates(sentence, 0, 0, frozenset())
    assert date.weekday == weekday and (date.year, date.month, date.day) == (None, None, None)


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-03-18", (2025, 3, 13)),  # a Tuesday's "on Thursday": last week's
    ("2025-03-13", (2025, 3, 13)),  # the day itself
    ("2025-03", None), (None, None),  # no day to count back from
])
def test_an_articles_date_places_its_weekdays(published: str | None,
                                              expected: tuple[int, int, int] | None) -> None:
    from desktop_app.core.findings.event_dates import placed

    date = placed(_date(year=None, weekday=3), published)
    if expected is None:
        assert date.weekday == 3 and date.year is None
    else:
        assert (date.year, date.month, date.day, date.weekday) == (*expected, None)


def test_weekdays_of_dated_articles_conflict_as_days() -> None:
    first = ("Brandt guilty\nMarch 18, 2025\n\nThe jury convicted builder Lucas Brandt of manslaughter "
             "on Monday after hearing five weeks of evidence.")
    second = ("Brandt guilty\nMarch 14, 2025\n\nThe jury convicted builder Lucas Brandt of manslaughter "
              "on Thursday after hearing five weeks of evidence.")
    assert [values for _, values in _conflicts(first, second)] == [("Monday", "Thursday")]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("The board certified it on November 24.", "The board certified it on November 25.", True),
    ("The ferry Nordlys sank on Tuesday, April 8.", "The ferry Nordlys sank on Wednesday, April 9.", True),
    # near midnight, one article's day is another's next: a day's slack
    ("The ferry Nordlys sank late on Tuesday, April 8.",
     "The ferry Nordlys sank on Wednesday, April 9.", False),
    ("The ferry Nordlys sank at 11:50 p.m. on April 8.", "The ferry Nordlys sank on April 9.", False),
    ("The ferry Nordlys sank overnight on April 8.", "The ferry Nordlys sank on April 9.", False),
    ("The ferry Nordlys sank at 2:10 a.m. on April 9.", "The ferry Nordlys sank on April 8.", False),
    # two days apart conflict whatever the hour
    ("The ferry Nordlys sank late on Tuesday, April 8.",
     "The ferry Nordlys sank on Thursday, April 10.", True),
])
def test_a_day_apart_conflicts_unless_the_event_was_near_midnight(first: str, second: str,
                                                                  conflict: bool) -> None:
    assert bool(_conflicts(first, second)) is conflict
