"""Random bytes and hostile Unicode into every loader and the whole analysis: only clear errors."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import LoadError
from desktop_app.core.formats.analysis_report import report_data
from desktop_app.core.ingest.loading import document_from_text, load_file
from desktop_app.core.pipeline.analysis import analyze
from tests.conftest import assert_quotes_slice

SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx"]
HOSTILE = st.lists(st.one_of(
    st.text(max_size=40), st.sampled_from(["\x00", "\u200f", "\u202e", "\ufeff", "\r\n", "\r", "\u2028",
                                           "حمص 800,000 نسمة", "😀👍🏽", "e\u0301", "x" * 10_000,
                                           "Homs has 1.5 million people. "]),
), max_size=12).map("".join)


def check_quotes(docs: list) -> None:  # type: ignore[type-arg]
    assert_quotes_slice(report_data(analyze(docs)))


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000))
def test_random_bytes_load_or_fail_clearly(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            doc = load_file(path)
        except LoadError as exc:
            assert exc.path == str(path) and exc.reason
            return
        check_quotes([doc, document_from_text("other", "Homs has around 800,000 residents.")])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE, encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "surrogateescape"]))
def test_hostile_unicode_through_file_and_analysis(text: str, encoding: str) -> None:
    data = (text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
            if encoding == "surrogateescape" else text.encode(encoding, "surrogatepass"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.txt"
        path.write_bytes(data)
        try:
            doc = load_file(path)
        except LoadError as exc:
            assert exc.reason
            return
        check_quotes([doc, document_from_text("other", "Homs has around 800,000 residents.")])
