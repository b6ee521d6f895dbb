"""Web pages, PDF, Word and Markdown files, built by the tests, read into article text and metadata."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from desktop_app.core.errors import LoadError
from desktop_app.core.ingest.loading import load_file, load_paths
from desktop_app.core.ingest.markdown import read_markdown

PAGE = """<!DOCTYPE html><html><head><title>Rebels take Homs | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-12-07T10:00:00Z">
<script>var tracking = "SECRET SCRIPT TEXT";</script><style>body{color:red}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a> <a href="/sports">Sports</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
<article><h1>Rebels take Homs</h1>
<p>Rebel forces captured the city of Homs on Saturday, according to several sources on the ground.</p>
<p>Homs, with around 1.5 million inhabitants, is Syria's third largest city on the road to Damascus.</p>
<p>The government said its troops had withdrawn to protect civilians, a claim the rebels disputed.</p>
</article>
<aside><h3>Related Posts</h3><ul><li><a href="/a">Another story entirely</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Reader: the US Civil War cost
600,000 lives.</p></div></section>
<footer>Copyright 2024 The Daily Example. All rights reserved.</footer></body></html>"""

PARAGRAPHS = [
    "Rebel forces captured the city of Homs on Saturday, according to several sources.",
    "The city has around 1.5 million inhabitants and is the third largest in the coun-",
    "try, on the main road between the capital Damascus and the north.",
]


LATER_PAGES = ["The second page describes the fighting north of the city in detail.",
               "The third page quotes residents who fled towards the coast."]  # "fl" is a ligature


def test_html_article_without_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_file(path)
    assert (doc.title, doc.author, doc.site, doc.date) == ("Rebels take Homs", "Jane Reporter",
                                                           "The Daily Example", "2024-12-07")
    assert "Rebel forces captured the city of Homs on Saturday" in doc.text
    assert "around 1.5 million inhabitants" in doc.text
    for junk in ("SECRET SCRIPT", "cookies", "World news menu", "600,000", "Another story",
                 "All rights reserved", "color:red"):
        assert junk not in doc.text


@pytest.mark.parametrize("html", ["<html><body><nav>Menu</nav></body></html>", "<html></html>"])
def test_html_without_article_is_refused(tmp_path: Path, html: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(html)
    with pytest.raises(LoadError, match="no article text"):
        load_file(path)


def write_pdf(path: Path, pages: int = 3) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("The fall of Homs")
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 10))
    width, height = writer.width(), writer.height()
    line = painter.fontMetrics().lineSpacing()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft, "The Daily Example — World")
        body = PARAGRAPHS if page == 0 else [LATER_PAGES[page - 1]]
        for row, text in enumerate(body):
            painter.drawText(QRectF(0, line * (3 + row), width, line), Qt.AlignmentFlag.AlignLeft, text)
        painter.drawText(QRectF(0, height - line, width, line), Qt.AlignmentFlag.AlignLeft,
                         f"Page {page + 1} of {pages}")
    painter.end()


def test_pdf_text_joined_without_running_heads(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path)
    doc = load_file(path)
    assert doc.title == "The fall of Homs"
    assert "Rebel forces captured the city of Homs on Saturday" in doc.text
    assert "the third largest in the country, on the main road" in doc.text.replace("\n", " ")
    assert "Daily Example — World" not in doc.text
    assert "Page 2 of 3" not in doc.text and "Page 1 of 3" not in doc.text
    assert LATER_PAGES[0] in doc.text and LATER_PAGES[1] in doc.text


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Homs briefing"
    document.core_properties.author = "Desk"
    document.add_paragraph("Homs has a population nearing 800,000.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "City", "Population"
    table.cell(1, 0).text, table.cell(1, 1).text = "Homs", "800,000"
    document.add_paragraph("The road to Damascus is 160 kilometers long.")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    doc = load_file(path)
    assert (doc.title, doc.author) == ("Homs briefing", "Desk")
    assert doc.text == ("Homs has a population nearing 800,000.\n\nCity | Population\n\nHoms | 800,000"
                        "\n\nThe road to Damascus is 160 kilometers long.\n")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
    ("bad.docx", b"PK\x03\x04 broken zip", "Word file"),
    ("old.doc", b"\xd0\xcf\x11\xe0 old word", ".docx"),
])
def test_damaged_files_give_clear_errors(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = load_paths([path, tmp_path])
    assert [e.path for e in result.errors][:1] == [str(path)]
    assert reason in result.errors[0].reason


def test_oversized_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(LoadError, match="over the 50 MB limit"):
        load_file(path)


def test_docx_made_by_a_program_names_no_author(tmp_path: Path) -> None:
    """python-docx's template names itself as author ("generated by python-docx"): no person."""
    document = docx.Document()
    document.add_paragraph("Homs has a population nearing 800,000.")
    path = tmp_path / "made.docx"
    document.save(str(path))
    assert load_file(path).author is None
    document.core_properties.author = "Jane Roe"
    document.save(str(path))
    assert load_file(path).author == "Jane Roe"


MARKDOWN = """---
title: "Rebels take Homs"
date: 2024-12-08
author: Jane Roe
---

# Rebels take **Homs**

Rebel forces captured the city of [Homs](https://example.com/homs) on Saturday, a city of
about 800,000 people.

> "We are in the city," a commander said.

- The road to `Damascus` is open.

| City | Population |
|---|---|
| Homs | 800,000 |

![a photo of the square](square.jpg)
"""


def test_markdown_read_as_the_text_it_says(tmp_path: Path) -> None:
    path = tmp_path / "homs.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_file(path)
    assert (doc.title, doc.author, doc.date) == ("Rebels take Homs", "Jane Roe", "2024-12-08")
    assert doc.text == ("Rebels take Homs\n\nRebel forces captured the city of Homs on Saturday, a city "
                        "of about 800,000 people.\n\n\"We are in the city,\" a commander said.\n\n"
                        "The road to Damascus is open.\n\nCity | Population\n\nHoms | 800,000\n")


def test_an_italic_markdown_dateline_dates_the_article(tmp_path: Path) -> None:
    path = tmp_path / "dated.markdown"
    path.write_text("# Homs falls\n\n*Sunday, 8 December 2024*\n\nRebels said on Sunday they had taken "
                    "the city after a day of fighting.\n", encoding="utf-8")
    doc = load_file(path)
    assert doc.date == "2024-12-08"
    assert "*" not in doc.text


def test_markdown_of_only_markup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    path.write_text("---\n\n***\n\n![](a.png)\n", encoding="utf-8")
    result = load_paths([path])
    assert [(e.path, e.reason) for e in result.errors] == [
        (str(path), "the Markdown file has no text (only markup)")]


@given(st.text(alphabet="ab1 *_#>-[]()`|!\n\\", max_size=300))
@settings(max_examples=200, deadline=None)
def test_markdown_letters_all_come_from_the_file_in_order(text: str) -> None:
    """Whatever the markup, reading it never fails, and it only leaves characters out: the
    letters and digits read are a subsequence of the file's."""
    source = iter(c for c in text if c.isalnum())
    assert all(any(c == s for s in source) for c in read_markdown(text).text if c.isalnum())


BULLETIN_HEADERS = ("From: Regional Harbour Bulletin <desk@harbour-news.example>\n"
                    "To: subscribers@harbour-news.example\n"
                    "Subject: Fwd: Weekly #12 - ferry strike ends in Port Lune\n"
                    "Date: Thu, 10 Apr 2025 07:30:00 -0500\n")
BULLETIN_BODY = ("The ferry strike in Port Lune ended on Wednesday after nine days.\n"
                 "About 300 crew members return to work on Friday.\n")


@pytest.mark.parametrize(("name", "content"), [
    ("pasted.txt", BULLETIN_HEADERS + "\n" + BULLETIN_BODY),
    ("saved.eml", BULLETIN_HEADERS + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                  "Content-Transfer-Encoding: quoted-printable\n\n"
                  + BULLETIN_BODY.replace("nine days", "nine=\n days")),
    ("multipart.eml", BULLETIN_HEADERS + "MIME-Version: 1.0\n"
                      'Content-Type: multipart/alternative; boundary="b"\n\n'
                      "--b\nContent-Type: text/plain; charset=utf-8\n\n" + BULLETIN_BODY
                      + "--b\nContent-Type: text/html; charset=utf-8\n\n<p>not this part</p>\n--b--\n"),
])
def test_an_email_is_its_body_titled_by_its_subject(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = load_file(path)
    assert doc.text == BULLETIN_BODY
    assert doc.title == "Weekly #12 - ferry strike ends in Port Lune"
    assert doc.date == "2025-04-10"
    assert doc.author == "Regional Harbour Bulletin"


@pytest.mark.parametrize("text", [
    "Date: 10 April 2025\n\nThe ferry strike in Port Lune ended on Wednesday.\n",  # a dateline, no message
    "Subject: ferries\nThe strike ended.\n\nMore text.\n",  # prose inside the first block
    "From the harbour: a strike ends\nSubject: ferries\n\nThe strike ended.\n",
])
def test_a_text_opening_with_a_date_or_a_label_is_no_email(tmp_path: Path, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert load_file(path).text == text


def test_an_email_without_a_text_body_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "picture.eml"
    path.write_text(BULLETIN_HEADERS + "MIME-Version: 1.0\nContent-Type: image/png\n"
                    "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"picture\.eml.*no text body"):
        load_file(path)


@pytest.mark.parametrize(("head", "date"), [
    ("", None),  # only the copyright line: htmldate's January 1 of it is when the page was saved
    ('<meta property="article:published_time" content="2024-01-01T08:00:00Z">', "2024-01-01"),
    ('<meta property="article:published_time" content="2024-03-06T08:00:00Z">', "2024-03-06"),
])
def test_a_copyright_year_is_no_publication_date(tmp_path: Path, head: str, date: str | None) -> None:
    page = (f"<html><head><title>Ferry strike ends</title>{head}</head><body><article>"
            "<h1>Ferry strike ends</h1><p>Published Friday, March 6</p>"
            "<p>The ferry strike in Port Lune ended on Wednesday after nine days, the union said, "
            "and crews return to work on Friday.</p></article>"
            "<footer><p>&copy; 2026 The Port Lune Courier. All rights reserved.</p></footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load_file(path).date == date


def test_an_email_in_a_charset_it_does_not_name_rightly_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "odd.eml"
    path.write_bytes((BULLETIN_HEADERS + "Content-Type: text/plain; charset=x-unknown\n\n").encode()
                     + "Café owners in Port Lune said the strike ended on Wednesday.\n".encode("cp1252"))
    assert load_file(path).text == "Café owners in Port Lune said the strike ended on Wednesday.\n"
