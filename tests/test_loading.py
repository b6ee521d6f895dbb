"""Loading files: encodings, titles, dates, and clear errors for bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop_app.core.errors import LoadError
from desktop_app.core.ingest.dates import find_publication_date, parse_date
from desktop_app.core.ingest.loading import load_file, load_paths, seeds_dir, title_of
from desktop_app.core.ingest.sniff import looks_like_html

from .conftest import ROOT

TEXT = "Homs – a city of résumés\r\n\r\nIt has “quotes”, an em dash — and 800,000 people.\r\n"
EXPECTED = TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    doc = load_file(path)
    assert doc.text == EXPECTED
    assert doc.id == "article"
    assert doc.title == "Homs – a city of résumés"


POLISH = ("Prom zatonął\n\nCo najmniej 37 osób zginęło, gdy prom pasażerski przewrócił się podczas "
          "sztormu. Łodzie ratunkowe wyłowiły z wody dwadzieścia jeden osób, a śledztwo trwa.\n")


def test_central_european_code_page_is_not_read_as_western(tmp_path: Path) -> None:
    path = tmp_path / "prom.txt"
    path.write_bytes(POLISH.encode("cp1250"))
    assert load_file(path).text == POLISH


def test_a_web_page_is_read_in_the_encoding_it_declares(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in POLISH.splitlines() if line)
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            f"<title>Prom</title></head><body><article>{body}</article></body></html>")
    path = tmp_path / "prom.html"
    path.write_bytes(page.encode("cp1250"))
    assert "Łodzie ratunkowe wyłowiły" in load_file(path).text


@pytest.mark.parametrize("text", [
    # a soft hyphen inside a word
    "Ferry\n\nThe inter\xadnational inquiry into the ferry’s sinking opens in Varna – on Monday.\n",
    # no-break spaces: "Seńor", "Ł5" when one was taken for a letter of Central European text
    "Fire\n\nSeñor Ruiz of New\xa0York paid £5 in São\xa0Paulo, 12\xa0miles from the fire.\n",
])
def test_english_cp1252_stays_cp1252(tmp_path: Path, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("cp1252"))
    assert load_file(path).text == text


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32", "utf-7"])
def test_a_page_that_says_utf16_in_ascii_is_read_as_utf8(tmp_path: Path, label: str) -> None:
    page = (f'<html><head><meta charset="{label}"><title>Fire</title></head><body><article>'
            "<p>The fire near Dunmore has burned 12,000 acres, officials said on Wednesday.</p>"
            "<p>About 650 firefighters have been deployed to the hills above the town.</p>"
            "</article></body></html>")
    path = tmp_path / "fire.html"
    path.write_bytes((page + ("" if len(page) % 2 == 0 else " ")).encode("utf-8"))  # an even length
    assert "650 firefighters" in load_file(path).text


def test_cp1256_arabic(tmp_path: Path) -> None:
    arabic = "حمص مدينة سورية كبيرة يبلغ عدد سكانها نحو مليون نسمة.\nوهي ثالث أكبر مدينة في البلاد.\n"
    path = tmp_path / "arabic.txt"
    path.write_bytes(arabic.encode("cp1256"))
    assert load_file(path).text == arabic


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "file is empty"), (b"   \n\n ", "file is empty"),
     (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", "binary")],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)


def test_missing_path_and_empty_folder_are_errors_others_still_load(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A title\n\nSome text here.\n", encoding="utf-8")
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    result = load_paths([tmp_path / "missing.txt", empty_folder, good])
    assert [d.id for d in result.documents] == ["good"]
    reasons = [e.reason for e in result.errors]
    assert reasons == ["no such file or folder",
                       "folder has no readable articles (.txt, .md, .html, .pdf, .docx or .eml)"]


def test_a_folders_files_of_other_kinds_are_named_in_one_note(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("A title\n\nSome text here.\n", encoding="utf-8")
    for name in ("data.csv", "sheet.xlsx", "photo.jpg", "old.rtf", ".DS_Store"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["story"] and not result.errors
    assert len(result.notes) == 1
    note = result.notes[0]
    assert "4 files of another kind not read" in note
    assert "data.csv, old.rtf, photo.jpg, …" in note and ".DS_Store" not in note and "sub" not in note


def test_a_folder_of_articles_only_gives_no_note(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("A title\n\nSome text here.\n", encoding="utf-8")
    assert load_paths([tmp_path]).notes == ()


def test_seeds_load_with_dates() -> None:
    result = load_paths([seeds_dir()])
    assert len(result.documents) == 5 and not result.errors
    dates = {d.id[:3]: d.date for d in result.documents}
    assert dates["001"] == "2024-12-06"
    assert dates["002"] is None  # "May 15, 2018" is in a site banner sentence, not a date line


@pytest.mark.parametrize(
    ("text", "iso"),
    [("December 6, 2024", "2024-12-06"), ("6 December 2024", "2024-12-06"),
     ("Published: Dec. 6, 2024 10:00", "2024-12-06"), ("2024-02-30", None), ("no date", None)],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_publication_date_only_on_short_header_lines() -> None:
    prose = "Title\n\nWe paused regular publication of the site on May 15, 2018, and moved on.\n"
    assert find_publication_date(prose) is None
    assert find_publication_date("Title\nBy Jane Doe, March 3, 2021\n\nBody.") == "2021-03-03"


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\nPublished: Tuesday, March 4, 2025 10:32 AM EST\n\nText", "2025-03-04"),
    ("Title\nLast updated: 7 December 2024, 10:32 am\n\nText", "2024-12-07"),
    ("Title\nKELDBY, March 13, 2025\n\nText", "2025-03-13"),
    # a wrapped line of a sentence names the event's date, not the article's (a PDF's lines)
    ("Title\n\nThe fire broke out early on\nTuesday, March 4, 2025, and killed twelve.", None),
    ("Title\nThe fire broke out on Tuesday, March 4, 2025.\n", None),
    # what a date line says after its date (a reviewer's lines, dated before and lost meanwhile)
    ("Title\nMon 4 Mar 2025 14.02 GMT Last modified on Tue 5 Mar 2025\n\nText", "2025-03-04"),
    ("Title\nPosted on March 4, 2025 by admin\n\nText", "2025-03-04"),
    ("Title\n4 March 2025 | Reuters staff\n\nText", "2025-03-04"),
    ("Title\nMarch 4, 2025 · 3 min read\n\nText", "2025-03-04"),
    ("Title\nTuesday, March 4, 2025 when the fire broke out\n\nText", None),
    # a line of fields may be longer than a date line alone, not a sentence
    ("Title\nAppliance Industry Monitor — Thursday, October 16, 2025 — by Rajesh Menon\n\nText",
     "2025-10-16"),
    ("Title\nThe regional council said on Thursday, October 16, 2025 that the bridge would close\n\nT",
     None),
    # a short label before the date, whatever it says
    ("UNIVERSITY NEWS RELEASE\nFor immediate release: 14 March 2025\n\nText", "2025-03-14"),
    ("Title\nNote: the meeting on 14 March 2025 was cancelled by the board\n\nText", None),
    # a field of a line of fields, the date opening it
    ("Title\nRiverline News explainer desk | Published March 18, 2025\n\nText", "2025-03-18"),
    ("WGFL NEWS\nBroadcast transcript - Wednesday, October 15, 2025\n\nText", "2025-10-15"),
    ("Title\nNote - the meeting on 14 March 2025 was cancelled\n\nText", None),
    # the dateline opening a press release or a wire story, an agency in brackets or none
    ("Title\n\nHALVERTON, March 12, 2025 - Veltrane said on Wednesday that the fire at its plant was out.",
     "2025-03-12"),
    ("Title\n\nLONDON, 12 March 2025 (Reuters) - Shares fell on Wednesday as traders sold off banks.",
     "2025-03-12"),
    ("Title\n\nMERROW JUNCTION, March 12 (Meridian Wire) - A fire tore through it.", None),  # no year
    ("Title\n\nPolice said that on March 12, 2025 - a Wednesday - the suspect fled Keldby.", None),
])
def test_a_date_line_holds_a_date_and_little_else(text: str, expected: str | None) -> None:
    assert find_publication_date(text) == expected


def test_title_strips_markdown_heading() -> None:
    assert title_of("\n\n# The Battle for Homs\n\ntext") == "The Battle for Homs"


TYPOGRAPHIC_TO_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-",
                                      "…": "...", "\u00a0": " ", "′": "'", "•": "*"})


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1252", "latin-1", "cp1256"])
def test_seeds_reencoded_read_back_exactly(tmp_path: Path, encoding: str) -> None:
    for seed in sorted(seeds_dir().iterdir()):
        text = seed.read_text(encoding="utf-8")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:  # latin-1 has no curly quotes: the same article typed plainly
            text = text.translate(TYPOGRAPHIC_TO_ASCII)
            data = text.encode(encoding)
        path = tmp_path / seed.name
        path.write_bytes(data)
        assert load_file(path).text == text, (seed.name, encoding)


def test_packaged_seeds_are_the_top_level_seeds() -> None:
    """The wheel ships desktop_app/data/seeds; it must stay a copy of seeds/."""
    top = sorted((ROOT / "seeds").glob("*.txt"))
    packaged = sorted(seeds_dir().glob("*.txt"))
    assert [p.name for p in top] == [p.name for p in packaged] and len(top) == 5
    for first, second in zip(top, packaged, strict=True):
        assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("characters", [5_000_001, 21_000_000])
def test_a_text_too_long_for_one_article_is_refused_with_one_line(tmp_path: Path, characters: int) -> None:
    from desktop_app.core.ingest.loading import MAX_TEXT_CHARS

    path = tmp_path / "book.txt"
    path.write_text(("The river rose. " * (characters // 16 + 1))[:characters], encoding="ascii")
    with pytest.raises(LoadError) as refused:
        load_file(path)
    assert str(MAX_TEXT_CHARS // 1_000_000) + " million" in refused.value.reason
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(("line", "expected"), [
    ("Tuesday, October 14, 2025", True),
    ("The Northern Courier | Business | Wednesday 15 October 2025", True),
    ("Posted on March 4, 2025 by admin", True),
    ("4 March 2025 | Reuters staff", True),
    ("Appliance Industry Monitor — Thursday, October 16, 2025 — by Rajesh Menon, Chicago", True),
    ("The fire broke out on Tuesday, March 4, 2025.", False),  # prose before the date
    ("March 4, 2025, and killed twelve people in the valley", False),  # a clause goes on
    ("Brightwell Home Systems reported a loss on Tuesday.", False),  # no date at all
    # short statements that begin with a date state something
    ("On March 4, 2025, rebels captured Homs.", False),
    ("On 4 March 2025 rebels captured the city of Homs.", False),
    ("March 4, 2025: Rebels captured Homs, killing 40 people.", False),
    ("Until March 4, 2025 the border stayed open.", False),
])
def test_date_lines(line: str, expected: bool) -> None:
    from desktop_app.core.ingest.dates import is_date_line

    assert is_date_line(line) is expected


def test_datelines_of_two_reprints_are_no_finding() -> None:
    from desktop_app.core.ingest.loading import document_from_text
    from desktop_app.core.pipeline.analysis import analyze

    body = "Brightwell Home Systems reported a third-quarter loss and recalled its Ember space heaters."
    a = document_from_text("a", f"Loss\n\nColumbus Post - Business\n\nTuesday, October 14, 2025\n\n{body}")
    b = document_from_text("b", f"Loss\n\nThe Courier | Business | Wednesday 15 October 2025\n\n{body}")
    findings = list(analyze([a, b]).findings)
    assert findings and all("2025" not in f.a.quote and "2025" not in f.b.quote for f in findings)


PAGE = (b"<!DOCTYPE html>\n<html><head><title>Dam opens on the Keldby river</title></head><body>"
        b"<nav>Home | World | Sport</nav><article><h1>Dam opens on the Keldby river</h1>"
        b"<p>The new dam on the Keldby river opened on Monday after six years of building work.</p>"
        b"<p>Engineers said the reservoir would fill within two years, supplying 40,000 homes.</p>"
        b"</article></body></html>")


@pytest.mark.parametrize(("data", "markdown", "page"), [
    (PAGE, False, True),
    (b"\xef\xbb\xbf  \n<HTML lang=en><body><p>Text</p></body></HTML>", False, True),  # BOM, spaces, capitals
    (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', False, True),
    (b"<p>The dam opened on Monday.</p>", False, True),      # a fragment: a page in a text file
    (b"<p>The dam opened on Monday.</p>", True, False),      # Markdown may open with inline HTML
    (PAGE, True, True),
    (b"<Reuters> The dam opened on Monday.", False, False),  # not a tag of the standard
    (b"<html5 is a standard> The dam opened.", False, False),  # a tag name must end with space or >
    (b"The dam opened. <p>Not at the start.</p>", False, False),
    (b"", False, False),
])
def test_a_page_is_told_by_how_it_opens(data: bytes, markdown: bool, page: bool) -> None:
    assert looks_like_html(data, whole_documents_only=markdown) is page


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_web_page_saved_as_text_is_read_as_a_page(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"dam{suffix}"
    path.write_bytes(PAGE)
    doc = load_file(path)
    assert "<" not in doc.text and "Home | World" not in doc.text
    assert "six years of building work" in doc.text
    assert doc.title == "Dam opens on the Keldby river"


def test_a_page_saved_as_text_without_an_article_names_both(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_bytes(b"<html><body><nav>Home</nav></body></html>")
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}: a web page saved as .txt: no article text found in the page"
