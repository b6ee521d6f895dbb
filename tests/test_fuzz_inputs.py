"""Fuzz targets for every reader, for project files and for annotation imports.

Each target states the promise: a result or one clean error type, never another
exception; a refused project or import leaves the file exactly as it was.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.formats.w3c_import import AnnotationError, import_w3c
from desktop_app.core.ingest.readers import Extracted, ReadError, read_docx, read_html, read_pdf
from desktop_app.core.project.cache import decode
from desktop_app.core.project.flags import check_flag
from desktop_app.core.project.store import ProjectError, ProjectStore
from tests import hostile_files
from tests.hostile_files import SAMPLE

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_refuse(reader: Any, data: bytes) -> None:
    try:
        result = reader(data)
    except ReadError as exc:
        assert str(exc)
        return
    assert isinstance(result, Extracted) and result.text.strip()


def _valid_pdf() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font "
               b"<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
               b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Homs has 800,000) Tj ET\nendstream"]
    return hostile_files.pdf_bytes(objects, b"<< /Root 1 0 R /Size 5 >>")


PDF = _valid_pdf()
DOCX = hostile_files.in_memory_zip({
    "[Content_Types].xml": hostile_files._CONTENT_TYPES.encode(), "_rels/.rels": hostile_files._RELS.encode(),
    "word/document.xml": hostile_files._document_xml(["Homs has a population nearing 800,000."])})


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    mutable = bytearray(data)
    for position, value in edits:
        mutable[position % len(mutable)] = value
    return bytes(mutable[:cut] if cut is not None else mutable)


EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12)
CUTS = st.none() | st.integers(0, 2000)


@FUZZ
@given(edits=EDITS, cut=CUTS)
def test_damaged_pdf_reads_or_is_refused(edits: list[tuple[int, int]], cut: int | None) -> None:
    _read_or_refuse(read_pdf, _mutate(PDF, edits, cut))


@FUZZ
@given(edits=EDITS, cut=CUTS)
def test_damaged_docx_reads_or_is_refused(edits: list[tuple[int, int]], cut: int | None) -> None:
    _read_or_refuse(read_docx, _mutate(DOCX, edits, cut))


@FUZZ
@given(members=st.dictionaries(st.sampled_from(["word/document.xml", "[Content_Types].xml", "_rels/.rels",
                                                "word/media/x.bin", "../evil", "a" * 300]),
                               st.binary(max_size=2000) | st.just(b"\0" * 3_000_000), max_size=4))
def test_any_zip_package_reads_or_is_refused(members: dict[str, bytes]) -> None:
    _read_or_refuse(read_docx, hostile_files.in_memory_zip(members))


TAGS = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<![CDATA[", "]]>",
                        "<!--", "-->", "<!DOCTYPE html>", "<html>", "<body>", "<article>", "<title>",
                        "&amp;", "&#0;", "&#x110000;", "<meta charset='utf-7'>", "<svg onload=x>"])


@FUZZ
@given(parts=st.lists(TAGS | st.text(max_size=30) | st.just(SAMPLE), max_size=40))
def test_tag_soup_reads_or_is_refused(parts: list[str]) -> None:
    _read_or_refuse(read_html, "".join(parts).encode("utf-8", "surrogatepass"))


# ----- annotation imports -------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children,
                                                                       max_size=4),
    max_leaves=20)
SELECTOR_VALUES = st.integers(-5, 200) | st.floats(allow_nan=False) | st.text(max_size=5) | st.none()


@st.composite
def annotation(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(SELECTOR_VALUES)
    end = draw(SELECTOR_VALUES)
    exact = draw(st.sampled_from(["Homs", "800,000", "", "not in the text", SAMPLE[:30]]) | JSON_VALUES)
    target: Any = {"source": draw(st.sampled_from(["urn:source-compare:doc:a", "urn:source-compare:doc:zz",
                                                   "", 3])),
                   "selector": [{"type": "TextPositionSelector", "start": start, "end": end},
                                {"type": "TextQuoteSelector", "exact": exact}]}
    body = [{"purpose": "tagging", "value": draw(st.sampled_from(["note", "conflict", "agree", "x", 1]))}]
    data: dict[str, Any] = {"type": "Annotation", "body": draw(st.just(body) | JSON_VALUES),
                            "target": draw(st.sampled_from([[target], [target, target], target, []]))}
    if draw(st.booleans()):
        data["id"] = draw(st.sampled_from(["urn:source-compare:flag:dup", "urn:source-compare:flag:",
                                           "http://x/1"]))
    return data


def _documents() -> list[Any]:
    from desktop_app.core.ingest.loading import document_from_text

    return [document_from_text("a", SAMPLE), document_from_text("b", SAMPLE)]


@FUZZ
@given(data=JSON_VALUES | st.lists(annotation(), max_size=5))
def test_any_json_imports_or_is_refused(data: Any) -> None:
    documents = _documents()
    texts = {d.id: d.text for d in documents}
    try:
        flags = import_w3c(json.dumps(data), documents)
    except AnnotationError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for flag in flags:
        check_flag(flag)
        for anchor in flag.anchors:
            if anchor.state != "orphaned":
                assert texts[anchor.doc][anchor.start : anchor.end] == anchor.exact


@FUZZ
@given(raw=st.binary(max_size=300))
def test_any_bytes_import_or_are_refused(raw: bytes) -> None:
    try:
        flags = import_w3c(raw, _documents())
    except AnnotationError as exc:
        assert str(exc)
        return
    assert all(flag.anchors for flag in flags)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(annotation(), min_size=1, max_size=4))
def test_import_lands_whole_or_leaves_the_project_unchanged(items: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = hostile_files.good_project(Path(folder))
        before = project.read_bytes()
        annotations = Path(folder) / "in.json"
        annotations.write_text(json.dumps(items))
        from desktop_app.core.formats.w3c_import import import_annotation_file

        store = ProjectStore.open(project)
        count = len(store.flags())
        try:
            report = import_annotation_file(store, annotations)
        except (AnnotationError, ProjectError):
            store.close()
            assert project.read_bytes() == before
            return
        assert len(store.flags()) == count + len(items) == count + len(report.ids)
        store.close()


# ----- project files --------------------------------------------------------------------------
GOOD_PROJECT_DIR = Path(tempfile.mkdtemp(prefix="fuzz-project-"))
GOOD_PROJECT = hostile_files.good_project(GOOD_PROJECT_DIR).read_bytes()
shutil.rmtree(GOOD_PROJECT_DIR, ignore_errors=True)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(100, len(GOOD_PROJECT) - 1), st.integers(0, 255)), min_size=1,
                      max_size=8), cut=st.none() | st.integers(0, len(GOOD_PROJECT)))
def test_damaged_project_opens_or_is_refused_unchanged(edits: list[tuple[int, int]], cut: int | None) -> None:
    data = _mutate(GOOD_PROJECT, edits, cut)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.scproj"
        path.write_bytes(data)
        try:
            store = ProjectStore.open(path)
        except ProjectError as exc:
            assert "\n" not in str(exc)
            assert path.read_bytes() == data
            assert sorted(p.name for p in Path(folder).iterdir()) == ["p.scproj"]
            return
        store.documents()
        store.flags()
        store.dismissals()
        store.close()


@FUZZ
@given(data=JSON_VALUES)
def test_any_cache_record_decodes_or_misses(data: Any) -> None:
    result = decode(json.dumps(data))
    assert result is None or isinstance(result, tuple)


def test_zip_check_reads_only_the_directory() -> None:
    """A declared 3 GB member is refused from its declared size: nothing is inflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<w/>")
    data = bytearray(buffer.getvalue())
    # Patch the central directory's uncompressed size to 3 GB (offset 24 in the entry).
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (3_000_000_000).to_bytes(4, "little")
    try:
        read_docx(bytes(data))
    except ReadError as exc:
        assert "zip bomb" in str(exc)
    else:
        raise AssertionError("a package declaring 3 GB was opened")
