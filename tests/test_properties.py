"""Property tests: whatever the text, every quote equals text[start:end]."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.extract import extract_claims
from desktop_app.core.claims.numbers import find_numbers
from desktop_app.core.formats.analysis_report import report_data
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.segment import PysbdSplitter, split_sentences
from tests.conftest import assert_quotes_slice

SPLITTER = PysbdSplitter()
PIECES = st.sampled_from([
    "Homs has a population nearing 800,000. ", "around 1.5 million inhabitants", "\r\n", "\n\n",
    "حمص مدينة سورية.", "😀", "e\u0301", "U.S. ", "“quoted,” he said. ", "two foreign journalists ",
    "330 kilometers", "... ", "Dr. Smith", "\u200f", "M5 and M1 ", "3.5%", "$3bn", "\t", " ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=25).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_sentences_and_claims_slice_exactly(text: str) -> None:
    sentences = split_sentences(text, SPLITTER)
    previous_end = 0
    for span in sentences:
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        previous_end = span.end
    for claim in extract_claims(text, sentences):
        assert text[claim.start : claim.end] == claim.quote
    for mention in find_numbers(text):
        assert 0 <= mention.start < mention.end <= len(text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT)
def test_analysis_quotes_slice_exactly(first: str, second: str) -> None:
    docs = [document_from_text("a", first + " Homs has about 2 million residents."),
            document_from_text("b", second + " Homs has 800,000 residents.")]
    assert_quotes_slice(report_data(analyze(docs)))
