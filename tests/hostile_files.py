"""A corpus of hostile inputs, written on demand: articles, project files, annotation files.

Each builder writes one file (or folder) into the folder it is given and returns its
path. The tests run each through the program and ask for a clean outcome; the benchmark
(`python -m desktop_app.bench_files`) times each and reports its peak memory.
`scale` shrinks the expensive ones for tests (a 300 MB zip bomb proves the check as well
as a 3 GB one, and is written in a fraction of the time).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

Builder = Callable[[Path, float], Path]

SAMPLE = ("Homs under siege\n\nHoms has a population nearing 800,000 people, officials said on Monday. "
          "The city lies in central Syria.\n\nFighting continued for a third day.\n")


# ----- PDF ---------------------------------------------------------------------------------
def pdf_bytes(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF with a correct cross-reference table around the given object bodies."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_PAGES = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]
_ID = b"/ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]"


def encrypted_aes256_pdf(folder: Path, scale: float = 1.0) -> Path:
    """AES-256 (revision 6): pypdf needs `cryptography` even to try the empty password."""
    key = b"<" + b"ab" * 48 + b">"
    encrypt = (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /AuthEvent /DocOpen "
               b"/CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O " + key + b" /U " + key
               + b" /OE <" + b"cd" * 32 + b"> /UE <" + b"cd" * 32 + b"> /Perms <" + b"ef" * 16
               + b"> /P -4 >>")
    path = folder / "encrypted-aes256.pdf"
    path.write_bytes(pdf_bytes([*_PAGES, encrypt], b"<< /Root 1 0 R /Encrypt 4 0 R " + _ID + b" /Size 5 >>"))
    return path


def password_pdf(folder: Path, scale: float = 1.0) -> Path:
    """AES-128 with a user password we do not know."""
    key = b"<" + b"ab" * 32 + b">"
    encrypt = (b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /AuthEvent /DocOpen "
               b"/CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O " + key + b" /U " + key
               + b" /P -4 >>")
    path = folder / "password.pdf"
    path.write_bytes(pdf_bytes([*_PAGES, encrypt], b"<< /Root 1 0 R /Encrypt 4 0 R " + _ID + b" /Size 5 >>"))
    return path


def damaged_pdf(folder: Path, scale: float = 1.0) -> Path:
    path = folder / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage without an end")
    return path


def flate_bomb_pdf(folder: Path, scale: float = 1.0) -> Path:
    """One page whose content stream inflates to hundreds of megabytes of text operators."""
    return _text_operators_pdf(folder / "flate-bomb.pdf", int(400_000_000 * scale))


def dense_pdf(folder: Path, scale: float = 1.0) -> Path:
    """Just under the content cap, with the most instructions per byte: the slowest accepted shape."""
    return _text_operators_pdf(folder / "dense.pdf", 3 * 512 * 1024 - 100_000)


def _text_operators_pdf(path: Path, size: int) -> Path:
    squeezer = zlib.compressobj(9)
    chunk = b"(Homs) Tj " * 10_000
    data = (squeezer.compress(b"BT /F1 12 Tf 72 700 Td ")
            + b"".join(squeezer.compress(chunk) for _ in range(max(size // len(chunk), 1)))
            + squeezer.compress(b" ET") + squeezer.flush())
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    path.write_bytes(pdf_bytes(objects, b"<< /Root 1 0 R /Size 5 >>"))
    return path


# ----- Word --------------------------------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, document_xml: bytes | None, bomb_bytes: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        if document_xml is not None:
            package.writestr("word/document.xml", document_xml)
        if bomb_bytes:
            with package.open("word/media/padding.bin", "w", force_zip64=True) as member:
                chunk = b"\0" * 4_000_000
                for _ in range(bomb_bytes // len(chunk)):
                    member.write(chunk)
    return path


def _document_xml(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body>'
            "</w:document>").encode()


def zip_bomb_docx(folder: Path, scale: float = 1.0) -> Path:
    """A small .docx whose parts inflate to gigabytes (3 GB at scale 1)."""
    return _docx(folder / "zip-bomb.docx", _document_xml(SAMPLE.split("\n\n")), int(3_000_000_000 * scale))


def billion_laughs_docx(folder: Path, scale: float = 1.0) -> Path:
    """XML entities that would expand exponentially if a parser resolved them."""
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "&a{i - 1};&a{i - 1};">' for i in range(1, 40))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{_W}">'
           f"<w:body><w:p><w:r><w:t>&a39;</w:t></w:r></w:p></w:body></w:document>").encode()
    return _docx(folder / "billion-laughs.docx", xml)


def not_a_zip_docx(folder: Path, scale: float = 1.0) -> Path:
    path = folder / "not-a-zip.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    return path


# ----- text, pages, names, folders ----------------------------------------------------------
def binary_txt(folder: Path, scale: float = 1.0) -> Path:
    path = folder / "binary.txt"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def deep_html(folder: Path, scale: float = 1.0) -> Path:
    depth = int(100_000 * scale)
    path = folder / "deep.html"
    path.write_text("<html><body>" + "<div>" * depth + SAMPLE + "</div>" * depth + "</body></html>")
    return path


def nested_eml(folder: Path, scale: float = 1.0) -> Path:
    """A message of multiparts nested 5,000 deep: deeper than any parser may recurse."""
    depth = max(int(5_000 * scale), 1_500)
    path = folder / "nested.eml"
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    path.write_text("From: Desk <desk@example.org>\nSubject: nested\nMIME-Version: 1.0\n" + opening
                    + "Content-Type: text/plain\n\n" + SAMPLE + closing)
    return path


def control_name_txt(folder: Path, scale: float = 1.0) -> Path:
    """A file name with a newline, an escape sequence and a right-to-left override."""
    path = folder / "evil\nname\x1b[31m\u202e.txt"
    path.write_text(SAMPLE)
    return path


def not_utf8_name_txt(folder: Path, scale: float = 1.0) -> Path:
    """A file name whose bytes are not UTF-8 (Python keeps them as lone surrogates)."""
    path = folder / os.fsdecode(b"caf\xe9.txt")
    path.write_text(SAMPLE)
    return path


def duplicate_files(folder: Path, scale: float = 1.0) -> Path:
    """A folder with the same article twice under two names."""
    target = folder / "duplicates"
    target.mkdir()
    (target / "one.txt").write_text(SAMPLE)
    (target / "two.txt").write_text(SAMPLE)
    return target


ARTICLES: dict[str, Builder] = {
    "encrypted AES-256 PDF": encrypted_aes256_pdf,
    "password-protected PDF": password_pdf,
    "damaged PDF": damaged_pdf,
    "PDF flate bomb": flate_bomb_pdf,
    "PDF with 1.5 MB of drawing": dense_pdf,
    "zip-bomb .docx": zip_bomb_docx,
    "billion laughs .docx": billion_laughs_docx,
    "not-a-zip .docx": not_a_zip_docx,
    "binary .txt": binary_txt,
    "HTML nested 100,000 deep": deep_html,
    "e-mail multiparts nested 5,000 deep": nested_eml,
    "control characters in the name": control_name_txt,
    "name not UTF-8": not_utf8_name_txt,
    "same article twice": duplicate_files,
}


# ----- projects ----------------------------------------------------------------------------
def good_project(folder: Path, name: str = "good.scproj") -> Path:
    """A project of two short articles and one flag, closed cleanly (no -wal/-shm left)."""
    from desktop_app.core.ingest.loading import document_from_text
    from desktop_app.core.project.operations import add_flag
    from desktop_app.core.project.store import ProjectStore

    path = folder / name
    store = ProjectStore.create(path, [document_from_text("a", SAMPLE),
                                       document_from_text("b", SAMPLE.replace("800,000", "1.5 million"))])
    start = SAMPLE.index("nearing")
    add_flag(store, "note", [f"a:{start}:{start + 15}"], "check")
    store.close()
    return path


def _tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> Path:
    """Change a project behind the program's back; left in rollback mode with no sidecars."""
    conn = sqlite3.connect(path, isolation_level=None)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def changed_text_project(folder: Path, scale: float = 1.0) -> Path:
    return _tamper(good_project(folder, "changed-text.scproj"),
                   ("UPDATE documents SET text = replace(text, '800,000', '900,000') WHERE id = 'a'", ()))


def invalid_utf8_project(folder: Path, scale: float = 1.0) -> Path:
    raw = b"Homs \xff\xfe has 800,000 people.\n"
    return _tamper(good_project(folder, "invalid-utf8.scproj"),
                   ("UPDATE documents SET text = CAST(? AS TEXT), hash = ? WHERE id = 'a'",
                    (raw, hashlib.sha256(raw).hexdigest())))


def bad_metadata_project(folder: Path, scale: float = 1.0) -> Path:
    return _tamper(good_project(folder, "bad-metadata.scproj"),
                   ("UPDATE documents SET metadata = '{\"excluded\": [[1, ' WHERE id = 'a'", ()))


def negative_version_project(folder: Path, scale: float = 1.0) -> Path:
    return _tamper(good_project(folder, "version-minus-one.scproj"), ("PRAGMA user_version = -1", ()))


def no_tables_project(folder: Path, scale: float = 1.0) -> Path:
    from desktop_app.core.project.schema import APPLICATION_ID

    path = folder / "no-tables.scproj"
    return _tamper(path, (f"PRAGMA application_id = {APPLICATION_ID}", ()), ("PRAGMA user_version = 3", ()))


def truncated_project(folder: Path, scale: float = 1.0) -> Path:
    path = good_project(folder, "truncated.scproj")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_project(folder: Path, scale: float = 1.0) -> Path:
    path = folder / "garbage.scproj"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    return path


PROJECTS: dict[str, Builder] = {
    "project with a changed text byte": changed_text_project,
    "project with text not UTF-8": invalid_utf8_project,
    "project with bad metadata JSON": bad_metadata_project,
    "project with user_version -1": negative_version_project,
    "project id but no tables": no_tables_project,
    "truncated project": truncated_project,
    "garbage with an SQLite header": garbage_project,
}


# ----- annotation files --------------------------------------------------------------------
def _annotation(doc: str, start: int, end: int, kind: str = "note", exact: str | None = None,
                identifier: str | None = None) -> dict[str, object]:
    quote = exact if exact is not None else SAMPLE[start:end]
    data: dict[str, object] = {
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": kind}],
        "target": [{"source": f"urn:source-compare:doc:{doc}",
                    "selector": [{"type": "TextPositionSelector", "start": start, "end": end},
                                 {"type": "TextQuoteSelector", "exact": quote}]}]}
    if identifier:
        data["id"] = f"urn:source-compare:flag:{identifier}"
    return data


def good_annotations() -> list[dict[str, object]]:
    """Two id-less notes on article 'a' of good_project."""
    start = SAMPLE.index("central Syria")
    return [_annotation("a", start, start + 13), _annotation("a", 0, 16)]


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def _write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _bad_third(folder: Path, scale: float = 1.0) -> Path:
    bad = _annotation("a", 5, 2, exact="Homs")
    return _write(folder, "bad-third.jsonld", [*good_annotations(), bad])


ANNOTATIONS: dict[str, Builder] = {
    "JSON nested 100,000 deep": lambda f, s: _write(f, "deep.json", "[" * int(100_000 * max(s, 0.01))),
    "[1]": lambda f, s: _write(f, "one.json", [1]),
    "collection whose first is a string": lambda f, s: _write(
        f, "first-string.json", {"type": "AnnotationCollection", "first": "http://example.com/page1"}),
    "NaN offset": lambda f, s: _write(f, "nan.json", json.dumps([_annotation("a", 0, 4)]).replace(
        '"start": 0', '"start": NaN')),
    "1e999 offset": lambda f, s: _write(f, "inf.json", json.dumps([_annotation("a", 0, 4)]).replace(
        '"end": 4', '"end": 1e999')),
    "2**70 offset": lambda f, s: _write(f, "huge.json", [_annotation("a", 0, 2**70)]),
    "not UTF-8": lambda f, s: _write_bytes(f, "latin1.json", b'[{"type": "Annotation", "x": "caf\xe9"}]'),
    "binary": lambda f, s: _write_bytes(f, "binary.txt", bytes(range(256)) * 4),
    "lone surrogate in a note": lambda f, s: _write(f, "surrogate.json", json.dumps([dict(
        _annotation("a", 0, 4), body=[{"purpose": "commenting", "value": "x"}])]).replace(
            '"x"', '"\\ud800"')),
    "bad third annotation": _bad_third,
    "flag with no passage": lambda f, s: _write(f, "no-target.json", [dict(_annotation("a", 0, 4),
                                                                           target=[])]),
    "conflict with one passage": lambda f, s: _write(f, "one-passage.json",
                                                     [_annotation("a", 0, 4, kind="conflict")]),
    "negative offsets": lambda f, s: _write(f, "negative.json", [_annotation("a", -5, 4, exact="Homs")]),
    "reversed offsets": lambda f, s: _write(f, "reversed.json", [_annotation("a", 9, 4, exact="Homs")]),
    "unknown article": lambda f, s: _write(f, "unknown-doc.json", [_annotation("zzz", 0, 4)]),
}


def write_all(builders: dict[str, Builder], folder: Path, scale: float = 1.0) -> dict[str, Path]:
    """Every input of one family, each in its own sub-folder (builders may share names)."""
    written = {}
    for number, (label, build) in enumerate(builders.items()):
        target = folder / f"{number:02d}"
        target.mkdir(parents=True, exist_ok=True)
        written[label] = build(target, scale)
    return written


def in_memory_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()
