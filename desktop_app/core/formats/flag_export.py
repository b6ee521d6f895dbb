"""Export the user's flags: CSV, JSON, Markdown, a standalone HTML report, W3C annotations."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from html import escape
from typing import Any

from ..model import Document
from ..project.anchoring import Anchor
from ..project.flags import Flag
from ..report_mark import GENERATOR, REPORT_MARK
from ..wording import counted
from .escaping import markdown_text, spreadsheet_cell

FLAGS_SCHEMA = 1
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FLAG_URN = "urn:source-compare:flag:"
DOC_URN = "urn:source-compare:doc:"


def span_json(anchor: Anchor) -> dict[str, Any]:
    data: dict[str, Any] = {"doc": anchor.doc, "start": anchor.start, "end": anchor.end,
                            "quote": anchor.exact, "anchor": anchor.state}
    if anchor.score is not None:
        data["score"] = anchor.score
    if anchor.flagged:
        data["flagged"] = anchor.flagged  # the words flagged, before an edit changed them
    return data


def flag_json(flag: Flag) -> dict[str, Any]:
    return {"id": flag.id, "kind": flag.kind, "note": flag.note, "status": flag.status,
            "created": flag.created, "modified": flag.modified, "finding": flag.finding,
            "spans": [span_json(a) for a in flag.anchors]}


def flags_json(documents: Sequence[Document], flags: Sequence[Flag]) -> str:
    data = {"generator": GENERATOR, "schema": FLAGS_SCHEMA,
            "documents": [{"id": d.id, "title": d.title, "path": d.path, "text": d.text, "date": d.date,
                           "site": d.site} for d in documents],
            "flags": [flag_json(f) for f in flags]}
    return json.dumps(data, ensure_ascii=False, indent=1)


def flags_csv(documents: Sequence[Document], flags: Sequence[Flag]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "kind", "status", "note", "created", "modified",
                     "article_a", "start_a", "end_a", "quote_a", "anchor_a",
                     "article_b", "start_b", "end_b", "quote_b", "anchor_b", "flagged_a", "flagged_b"])
    for flag in flags:
        row: list[Any] = [flag.id, flag.kind, flag.status, flag.note, flag.created, flag.modified]
        sides = list(flag.anchors[:2]) + [None] * (2 - len(flag.anchors[:2]))
        for anchor in sides:
            row += ([anchor.doc, anchor.start, anchor.end, anchor.exact, anchor.state] if anchor
                    else ["", "", "", "", ""])
        row += [anchor.flagged if anchor else "" for anchor in sides]  # new columns go last
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return out.getvalue()


def _counts(flags: Sequence[Flag]) -> str:
    kinds = {kind: sum(f.kind == kind for f in flags) for kind in ("conflict", "agree", "note")}
    return (f"{counted(len(flags), 'flag')}: {counted(kinds['conflict'], 'contradiction')}, "
            f"{counted(kinds['agree'], 'agreement')}, {counted(kinds['note'], 'note')}")


def _md(text: str) -> str:
    return markdown_text(text)


def flags_markdown(documents: Sequence[Document], flags: Sequence[Flag]) -> str:
    titles = {d.id: d for d in documents}
    lines = ["# Flags", REPORT_MARK, "", _counts(flags), "", "## Articles", "",
             "| id | title | outlet | date |", "|---|---|---|---|"]
    lines += [f"| {_md(d.id)} | {_md(d.title)} | {_md(d.site or '')} | {_md(d.date or '')} |"
              for d in documents]
    for flag in flags:
        lines += ["", f"## {_md(flag.kind.capitalize())} — {_md(flag.status)}", ""]
        if flag.note:
            lines += [f"> {_md(flag.note)}", ""]
        for anchor in flag.anchors:
            title = titles[anchor.doc].title if anchor.doc in titles else anchor.doc
            state = "" if anchor.state == "anchored" else f" *({_md(anchor.state)})*"
            was = f" — flagged as “{_md(anchor.flagged)}”" if anchor.flagged else ""
            lines.append(f"- **{_md(title)}** ({_md(anchor.doc)}): “{_md(anchor.exact)}”{state}{was}")
        lines.append(f"\n<sub>{_md(flag.id)} · created {_md(flag.created)} · "
                     f"modified {_md(flag.modified)}</sub>")
    return "\n".join(lines) + "\n"


HTML_STYLE = "\n".join((
    "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;"
    "color:#1d1d1f;background:#fafafa;padding:0 1rem}",
    "h1{margin-bottom:.2rem}",
    ".counts{color:#555;margin-bottom:1.5rem}",
    "table.docs{border-collapse:collapse;margin-bottom:2rem}",
    "table.docs td,table.docs th{border-bottom:1px solid #ddd;padding:.3rem .8rem;text-align:left}",
    ".flag{background:#fff;border:1px solid #ddd;border-left:6px solid #888;"
    "border-radius:6px;padding:1rem;margin:1rem 0}",
    ".flag.conflict{border-left-color:#c23a00}",
    ".flag.agree{border-left-color:#1f5fbf}",
    ".flag.note{border-left-color:#7b3fb5}",
    ".badge{display:inline-block;border-radius:4px;padding:0 .5rem;"
    "font-size:.8rem;font-weight:600;color:#fff;background:#888}",
    ".conflict .badge.kind{background:#c23a00}",
    ".agree .badge.kind{background:#1f5fbf}",
    ".note .badge.kind{background:#7b3fb5}",
    ".badge.status{background:#eee;color:#333}",
    ".note-text{margin:.6rem 0;font-style:italic}",
    ".quotes{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}",
    ".quote{background:#f5f5f7;border-radius:4px;padding:.6rem .8rem}",
    ".quote h3{font-size:.9rem;margin:0 0 .3rem}",
    ".ctx{color:#888}",
    "mark{background:#ffe08a;padding:0 .1rem}",
    ".meta{color:#888;font-size:.8rem;margin-top:.5rem}",
    ".orphaned{color:#a00;font-weight:600}",
    ".flagged{color:#a00;font-size:.85rem;margin:.4rem 0 0}",
))


def _quote_html(anchor: Anchor, documents: dict[str, Document]) -> str:
    doc = documents.get(anchor.doc)
    title = escape(doc.title if doc else anchor.doc)
    date = f" · {escape(doc.date)}" if doc and doc.date else ""
    state = "" if anchor.state == "anchored" else (
        f' <span class="orphaned">{escape(anchor.state)}</span>' if anchor.state == "orphaned"
        else f" · {escape(anchor.state)}")
    return (f'<div class="quote"><h3>{title}<span class="ctx">{date}</span>{state}</h3>'
            f'<span class="ctx">…{escape(anchor.prefix)}</span><mark>{escape(anchor.exact)}</mark>'
            f'<span class="ctx">{escape(anchor.suffix)}…</span>'
            + (f'<p class="flagged">flagged as “{escape(anchor.flagged)}”</p>' if anchor.flagged else "")
            + "</div>")


def documents_table(documents: Sequence[Document]) -> str:
    """The articles of a report: id, title, outlet and date, one row each."""
    rows = "".join(f"<tr><td>{escape(d.id)}</td><td>{escape(d.title)}</td><td>{escape(d.site or '')}</td>"
                   f"<td>{escape(d.date or '')}</td></tr>" for d in documents)
    return ('<table class="docs"><tr><th>id</th><th>article</th><th>outlet</th><th>date</th></tr>'
            f"{rows}</table>")


def flags_html(documents: Sequence[Document], flags: Sequence[Flag], title: str = "Source comparison") -> str:
    """A standalone report: no script, no remote resource, opens in any browser."""
    by_id = {d.id: d for d in documents}
    parts = []
    for flag in flags:
        note = f'<p class="note-text">{escape(flag.note)}</p>' if flag.note else ""
        quotes = "".join(_quote_html(a, by_id) for a in flag.anchors)
        parts.append(
            f'<section class="flag {escape(flag.kind)}"><span class="badge kind">{escape(flag.kind)}'
            f'</span> <span class="badge status">{escape(flag.status)}</span>{note}'
            f'<div class="quotes">{quotes}</div><div class="meta">{escape(flag.id)} · created '
            f"{escape(flag.created)} · modified {escape(flag.modified)}</div></section>")
    return (f'<!DOCTYPE html>{REPORT_MARK}<html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title>"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{HTML_STYLE}</style></head><body><h1>{escape(title)}</h1>"
            f'<p class="counts">{escape(_counts(flags))}</p>{documents_table(documents)}'
            f"{''.join(parts)}</body></html>\n")


def _target(anchor: Anchor, documents: dict[str, Document]) -> dict[str, Any]:
    doc = documents.get(anchor.doc)
    return {"source": DOC_URN + anchor.doc, "id": DOC_URN + anchor.doc,
            "label": doc.title if doc else anchor.doc,
            "selector": [
                {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
                {"type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix,
                 "suffix": anchor.suffix}]}


def flags_w3c(documents: Sequence[Document], flags: Sequence[Flag]) -> str:
    """One W3C Web Annotation per flag, in an AnnotationCollection (JSON-LD)."""
    by_id = {d.id: d for d in documents}
    items = []
    for flag in flags:
        bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": flag.kind},
                                        {"type": "TextualBody", "purpose": "assessing", "value": flag.status}]
        if flag.note:
            bodies.insert(0, {"type": "TextualBody", "purpose": "commenting", "value": flag.note,
                              "format": "text/plain"})
        items.append({"id": FLAG_URN + flag.id, "type": "Annotation",
                      "motivation": "commenting" if flag.kind == "note" else "assessing",
                      "created": flag.created, "modified": flag.modified, "body": bodies,
                      "target": [_target(a, by_id) for a in flag.anchors]})
    collection = {"@context": W3C_CONTEXT, "type": "AnnotationCollection",
                  "label": "source-compare flags", "total": len(items),
                  "first": {"type": "AnnotationPage", "items": items}}
    return json.dumps(collection, ensure_ascii=False, indent=1)


FORMATS = {"json": flags_json, "csv": flags_csv, "md": flags_markdown, "html": flags_html, "w3c": flags_w3c}
# The format a file's suffix names: the window's export and `export --output` without --format.
FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".md": "md", ".csv": "csv", ".json": "json",
                    ".jsonld": "w3c"}
