"""The outlet of a plain-text article, read from its header lines."""

from __future__ import annotations

import pytest

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.ingest.outlets import find_outlet


@pytest.mark.parametrize(("header", "outlet"), [
    # a field beside the date, whatever separates them
    ("Ostrander Courier | August 13, 2025", "Ostrander Courier"),
    ("KXOR News 8 - Wednesday, August 13, 2025", "KXOR News 8"),
    ("The Times of India · 14 March 2025", "The Times of India"),
    ("Appliance Industry Monitor — Thursday, October 16, 2025 — by Rajesh Menon",
     "Appliance Industry Monitor"),
    # a wire dateline's agency, with or without a date
    ("August 13, 2025\n\nCALLOWELL, Ore., Aug. 13, 2025 (Coastal Wire) - A fire tore through the hills.",
     "Coastal Wire"),
    ("LONDON (Reuters) - Barclays said on Monday it would cut jobs.", "Reuters"),
    # a byline, a label in lower case or a date alone names no outlet
    ("By Jane Doe | August 13, 2025", None),
    ("Broadcast transcript - Wednesday, October 15, 2025", None),
    ("Riverline News explainer desk | Published March 18, 2025", None),
    ("August 13, 2025", None),
    # prose that mentions a place and a date is no header
    ("Officials in Callowell said on August 13, 2025 that the fire had spread.", None),
])
def test_reads_the_outlet_of_a_header(header: str, outlet: str | None) -> None:
    assert find_outlet(f"A headline about a fire\n{header}\n\nThe fire spread overnight.\n") == outlet


def test_an_article_without_a_site_takes_its_headers_outlet() -> None:
    doc = document_from_text("a", "Wildfire destroys homes\nOstrander Courier | August 13, 2025\n\nText.\n")
    assert (doc.site, doc.date, doc.title) == ("Ostrander Courier", "2025-08-13", "Wildfire destroys homes")
