"""Titles and boilerplate by the shape of lines, on made-up pages of many sites, then the seeds."""

from __future__ import annotations

import pytest

from desktop_app.core.ingest.loading import document_from_text, load_paths, seeds_dir
from desktop_app.core.ingest.readers import Extracted
from desktop_app.core.ingest.regions import excluded_regions
from desktop_app.core.ingest.titles import find_title, strip_site
from desktop_app.core.pipeline.analysis import analyze

BODY = ("Officials said on Tuesday that 1,200 families had left the district since the fighting began. "
        "Aid groups warned that supplies would last only a few more days.\n\n"
        "The governor told reporters that roads to the south remained open, although checkpoints "
        "slowed traffic for most of the week.\n")


@pytest.mark.parametrize(("head", "title"), [
    # a plain headline
    ("Floods cut off three villages in the north\n\n", "Floods cut off three villages in the north"),
    # an archive's letter to readers above the headline
    ("Dear Valued Subscribers,\n\nThis site is no longer updated. We archived our reporting in 2019 and "
     "you can still read every story here. Thank you for your years of support.\n\n"
     "Harbour reopens after storm damage\n\n", "Harbour reopens after storm damage"),
    ("Hello everyone,\n\nWelcome to our archive. We stopped publishing new stories last spring, but you "
     "may browse everything we wrote before that.\n\nCouncil approves new bridge budget\n\n",
     "Council approves new bridge budget"),
    # a notice addressing the reader, with no greeting
    ("We have moved! Our new home is at a different address, and you will find all our latest stories "
     "there from now on. Please update your bookmarks.\n\nTrain strike enters its third day\n\n",
     "Train strike enters its third day"),
    # a section label (kicker) above the headline
    ("Civil War\nWhat does the fall of the city mean for the region?\n", "What does the fall of the city "
     "mean for the region?"),
    ("Analysis\n\nWhy the central bank held rates steady this month\n\n",
     "Why the central bank held rates steady this month"),
    ("Middle East\nCeasefire talks resume in Cairo after a week of delays\n",
     "Ceasefire talks resume in Cairo after a week of delays"),
    # a masthead in capitals, a site with its section, labels stacked above the headline
    ("THE MORNING LEDGER\n\nFERRY FARES: Island commuters face a 40% rise in April\n\n",
     "FERRY FARES: Island commuters face a 40% rise in April"),
    ("Northern Post | Business\n\nMill owners agree to a four-day week for the winter\n\n",
     "Mill owners agree to a four-day week for the winter"),
    ("KESTON COUNCIL - PRESS OFFICE\n\nNew library opens in the old corn exchange next month\n\n",
     "New library opens in the old corn exchange next month"),
    ("Radio Velna\nExplainer\n\nWhat the new parking rules mean for residents of the old town\n\n",
     "What the new parking rules mean for residents of the old town"),
    # a headline in capitals with a sentence after it is the headline
    ("HARBOUR REOPENS AFTER STORM\n\nThe harbour reopened on Monday after a week of repairs, the port "
     "said.\n\n", "HARBOUR REOPENS AFTER STORM"),
    # the site's name, a date line and a byline first
    ("www.example-news.com\n\nMarch 3, 2021\n\nBy Jane Roe\n\nWildfire forces thousands to flee\n\n",
     "Wildfire forces thousands to flee"),
    ("Published: 12 May 2022\nMinisters agree on a new fishing quota\n\n",
     "Ministers agree on a new fishing quota"),
    # share tools before the headline
    ("Share this article\nCopy the current link\n\nPort workers vote to end strike\n\n",
     "Port workers vote to end strike"),
    # a Markdown H1 wins
    ("Some preface line\n\n# The real headline of the piece\n\n", "The real headline of the piece"),
    # a short real headline followed by a sentence (a dek) is kept, not taken for a kicker
    ("Homs falls\n\nRebels entered the city on Saturday after a week of heavy fighting, witnesses said.\n\n",
     "Homs falls"),
    # prose from the first line: no headline of its own, the first line stays (as before)
    ("", BODY.split("\n")[0][:200]),
])
def test_title_is_the_headline(head: str, title: str) -> None:
    assert find_title(head + BODY) == title


def test_title_skips_a_line_that_is_the_site_name() -> None:
    assert find_title("The Daily Planet\n\nMayor resigns over budget row\n\n" + BODY,
                      site="The Daily Planet") == "Mayor resigns over budget row"


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Mayor resigns | The Daily Planet", "The Daily Planet", "Mayor resigns"),
    ("The Daily Planet - Mayor resigns", "The Daily Planet", "Mayor resigns"),
    ("Mayor resigns — the daily planet", "The Daily Planet", "Mayor resigns"),
    ("Mayor resigns", None, "Mayor resigns"),
    ("The Daily Planet", "The Daily Planet", "The Daily Planet"),  # never empty
])
def test_page_title_without_site_suffix(title: str, site: str | None, expected: str) -> None:
    assert strip_site(title, site) == expected
    doc = document_from_text("d", BODY, extracted=Extracted(BODY, title=title, site=site))
    assert doc.title == expected


def _excluded(text: str) -> list[str]:
    return [text[start:end] for start, end in excluded_regions(text)]


def test_leading_notice_is_excluded_up_to_the_headline() -> None:
    text = ("Dear Readers,\n\nThis site was archived in 2018. We thank you for reading 12 years of our "
            "work, and you can still reach us by email.\n\nBridge collapse kills four\n\n" + BODY)
    (notice,) = _excluded(text)
    assert notice.startswith("Dear Readers,") and notice.endswith("reach us by email.")


def test_reader_notice_without_headline_after_it_is_kept() -> None:
    text = ("We asked you what you thought, and our readers said 70 percent of them walk to work. "
            "Officials said the figure was close to the city's own survey.\n\n" + BODY)
    assert _excluded(text) == []  # prose addressing the reader inside an article is the article


@pytest.mark.parametrize("line", [
    "Copy the current link", "Share on Facebook", "Print", "Follow us on X", "By Jane Roe",
    "Written by Karen Leigh Published on Read time Approx. 3 minutes", "5 min read"])
def test_page_furniture_lines_are_excluded(line: str) -> None:
    text = f"Mayor resigns over budget row\n{line}\n{BODY}"
    assert _excluded(text) == [line]


@pytest.mark.parametrize("line", [
    "By Monday, 300 people had fled the town.", "Share prices fell 4% on Monday.",
    "Follow-up talks are planned for 12 June.", "Printers ran out of paper."])
def test_prose_that_starts_like_furniture_is_kept(line: str) -> None:
    assert _excluded(f"Mayor resigns over budget row\n{line}\n{BODY}") == []


def test_author_box_in_the_first_person_is_excluded() -> None:
    bio = ("I have been a correspondent for over 15 years, first in Beirut and now in London. My work has "
           "appeared in many papers, and I also write for 24 Hours Weekly.")
    text = "Mayor resigns over budget row\n\n" + BODY * 3 + "\n" + bio + "\n"
    assert _excluded(text) == [bio]


def test_first_person_essay_keeps_its_ending() -> None:
    essay = ("I remember the city before the war. My grandmother lived near the old market, and I walked "
             "there every morning with my brother.\n\n") * 4
    ending = ("I went back last year and I could not find my way. My street had gone, and I stood there for "
              "an hour before I left.")
    assert _excluded("Going home\n\n" + essay + ending + "\n") == []


def test_seed_titles_and_boilerplate() -> None:
    documents = {d.id[:3]: d for d in load_paths([seeds_dir()]).documents}
    assert documents["002"].title == "Understanding the Regime Offensive in Homs"
    assert documents["004"].title == "What does the fall of the Syrian city of Homs mean?"
    assert documents["000"].title == "Syria: Does Fall of Homs Mean Assad is Winning?"
    analysis = analyze(list(documents.values()))
    quotes = [c.quote for d in analysis.documents for c in d.claims]
    assert "24 Hours" not in quotes and "3 minutes" not in quotes and "6 years" not in quotes
    excluded = {d.id[:3]: [d.text[s:e] for s, e in d.excluded] for d in analysis.documents}
    assert excluded["002"][0].startswith("Dear Deeply Readers,")
    assert "Copy the current link" in excluded["004"]


@pytest.mark.parametrize("text", [
    "comments " * 200_000,                          # a marker word everywhere, on one line
    "x\ncomments x\n" * 50_000,                     # on every other line, never a whole line
    "Related posts were many. " * 40_000,
])
def test_marker_lookups_are_capped(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work is counted, not timed: each marker word is looked up at most MAX_CHECKS times."""
    from desktop_app.core.ingest import regions

    calls = 0
    real = regions._marker_line

    def counting(whole: str, position: int) -> tuple[int, int] | None:
        nonlocal calls
        calls += 1
        return real(whole, position)

    monkeypatch.setattr(regions, "_marker_line", counting)
    assert regions.trailing_boilerplate(text) == ()
    assert calls <= regions.MAX_CHECKS * len(regions.MARKER_WORDS)


def test_title_and_notice_read_only_the_head() -> None:
    from desktop_app.core.ingest import lines as line_rules

    huge = "Title of the piece\n" + "x" * 5_000_000
    assert find_title(huge) == "Title of the piece"
    long_line = line_rules.Line(0, 5_000_000, "word " * 1_000_000)
    assert line_rules.is_paragraph(long_line) and line_rules.Line(0, 3, "abc").words == 1
    assert len(long_line.head) == line_rules.LINE_SCAN
