"""Headless project commands: `project create|add|update|import|set`, `flag`, `dismiss`, `export`."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .core.atomic import describe_write_error, output_remedy, overwrite_problem, write_text_atomic
from .core.errors import display_path, display_text, file_message
from .core.formats.flag_export import FORMAT_OF_SUFFIX, FORMATS
from .core.formats.w3c_import import AnnotationError, import_annotation_file
from .core.ingest.admission import admit
from .core.ingest.loading import load_paths, seeds_dir
from .core.model import Document, Finding
from .core.pipeline.analysis import DEFAULT_THRESHOLD, analyze
from .core.project.dismissals import anchors_of_finding
from .core.project.flags import FLAG_KINDS, confirmed_flag, now
from .core.project.operations import add_flag, describe_anchor, source_candidates, update_project
from .core.project.store import ProjectError, ProjectStore
from .core.wording import counted


def add_parsers(commands: Any) -> None:
    project = commands.add_parser("project", help="create, update or import into a project file")
    actions = project.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="a new project from articles (default: the seeds)")
    create.add_argument("project", type=Path, help="the project file to write (.scproj)")
    create.add_argument("paths", nargs="*", type=Path,
                        help="articles or folders of articles (default: the built-in seed articles)")
    add = actions.add_parser("add", help="add articles to a project (its flags and notes are kept)")
    add.add_argument("project", type=Path, help="the project file")
    add.add_argument("paths", nargs="+", type=Path, help="articles or folders of articles")
    update = actions.add_parser("update", help="re-read articles from their files, re-anchor flags")
    update.add_argument("project", type=Path, help="the project file")
    imported = actions.add_parser("import", help="add flags from W3C annotations (JSON-LD)")
    imported.add_argument("project", type=Path, help="the project file")
    imported.add_argument("annotations", type=Path, help="a W3C Web Annotation file (JSON-LD)")
    metadata = actions.add_parser("set", help="correct an article's title, date or outlet")
    metadata.add_argument("project", type=Path, help="the project file")
    metadata.add_argument("doc", metavar="DOC", help="the article's id")
    metadata.add_argument("--title", help="the article's title")
    metadata.add_argument("--date", metavar="YYYY-MM-DD",
                          help='publication date, or YYYY-MM or YYYY when the day is not known '
                               '("" clears it)')
    metadata.add_argument("--site", help='the outlet that published it ("" clears it)')
    flag = commands.add_parser("flag", help="add a flag to a project and print its id: two passages "
                               "(--kind, --a, --b) or an engine finding confirmed (--finding)")
    flag.add_argument("project", type=Path, help="the project file")
    flag.add_argument("--finding", metavar="ID",
                      help="confirm a finding the engine reports (its id from `analyze PROJECT --format "
                           "json`, or the id line under it in the text report): a flag of its kind on "
                           "its two passages, its explanation as note unless --note is given")
    flag.add_argument("--threshold", type=threshold_argument, default=DEFAULT_THRESHOLD,
                      help=f"with --finding: the threshold it was reported at (default {DEFAULT_THRESHOLD})")
    flag.add_argument("--kind", choices=FLAG_KINDS, help="what the two passages are to each other")
    flag.add_argument("--a", metavar="DOC:START:END|DOC:QUOTE",
                      help="a passage: article id and character offsets (each sentence's offsets are "
                           "in `analyze PROJECT --format json`, under the article's sentences), or "
                           "article id and the passage's exact words, when they stand once in it")
    flag.add_argument("--b", metavar="DOC:START:END|DOC:QUOTE", help="the other passage, as --a")
    flag.add_argument("--note", default=None, help="your note on the flag")
    dismiss = commands.add_parser("dismiss", help="set an engine finding aside in a project, as the "
                                  "window's Dismiss does (--restore brings it back)")
    dismiss.add_argument("project", type=Path, help="the project file")
    dismiss.add_argument("finding", help="the finding's id, as `analyze PROJECT --format json` gives it, or "
                         "the id line under it in the text report")
    dismiss.add_argument("--restore", action="store_true", help="undo an earlier dismissal")
    dismiss.add_argument("--threshold", type=threshold_argument, default=DEFAULT_THRESHOLD,
                         help="the threshold the finding was reported at (default "
                              f"{DEFAULT_THRESHOLD}, as analyze's)")
    export = commands.add_parser("export", help="export a project's flags")
    export.add_argument("project", type=Path, help="the project file")
    export.add_argument("--format", choices=sorted(FORMATS),
                        help="default: the --output file's suffix (.html, .md, .csv, .json, "
                             ".jsonld), else json")
    export.add_argument("--output", type=Path, help="the file to write (default: print to the terminal)")
    export.add_argument("--force", action="store_true",
                        help="let --output replace an existing file that is no report of this "
                             "program (an earlier export is replaced without it)")


def threshold_argument(text: str) -> float:
    """A --threshold value (analyze's and dismiss's): a number between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1")
    return value


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _say(kind: str, message: str) -> None:
    print(f"{kind}: {message}", file=sys.stderr)


def run_project(args: argparse.Namespace) -> int:
    actions: dict[str, Callable[[argparse.Namespace], int]] = {
        "create": _create, "add": _add, "update": _update, "import": _import, "set": _set}
    try:
        if args.command == "flag":
            return _flag(args)
        if args.command == "dismiss":
            return _dismiss(args)
        if args.command == "export":
            return _export(args)
        return actions[args.action](args)
    except ProjectError as exc:
        return _fail(str(exc))


def _open(path: Path) -> ProjectStore:
    store = ProjectStore.open(path)
    if store.note:
        _say("note", f"{display_path(path)}: {store.note}")
    return store


def _create(args: argparse.Namespace) -> int:
    result = load_paths(args.paths or [seeds_dir()])
    for error in result.errors:
        _say("error", str(error))
    for note in result.notes:
        _say("note", note)
    if not result.documents:
        return _fail(f"{display_path(args.project)}: no readable articles, project not created")
    store = ProjectStore.create(args.project, result.documents)
    store.close()
    print(f"{display_path(args.project)}: {counted(len(result.documents), 'article')}")
    _print_articles(result.documents)
    return 1 if result.errors else 0


def _print_articles(documents: Sequence[Document]) -> None:
    for document in documents:  # the ids that flag and project set take
        print(f"  {document.id}: {display_text(document.title)} ({display_path(document.path or '')})")


def _add(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        result = load_paths(args.paths)
        for error in result.errors:
            _say("error", str(error))
        admission = admit(result.documents, [item.document for item in store.documents()])
        for note in (*result.notes, *admission.notes):
            _say("note", note)
        store.add_documents(admission.documents)
        total = len(store.document_ids())
    finally:
        store.close()
    print(f"{display_path(args.project)}: {counted(len(admission.documents), 'article')} added, "
          f"{counted(total, 'article')} in all")
    _print_articles(admission.documents)
    return 1 if result.errors else 0


def _reported_finding(store: ProjectStore, finding_id: str, threshold: float) -> Finding | None:
    """The finding an id names, when the engine reports it on the project's articles at this
    threshold: not merely two spans inside them (`dismiss` and `flag --finding` both ask)."""
    documents = [stored.document for stored in store.documents()]
    if not anchors_of_finding(finding_id, {doc.id: doc.text for doc in documents}):
        return None  # names no two passages of these articles: no analysis needed to say so
    findings = analyze(documents, threshold=threshold).findings
    index = findings.index_of(finding_id)
    return None if index is None else findings[index]


def _no_finding(where: str, finding_id: str, threshold: float) -> str:
    return (f"{where}: {display_text(finding_id)[:200]} is no finding of this project's articles at "
            f"threshold {threshold:.2f}; take the id from `source-compare analyze PROJECT --format json`")


def _dismiss(args: argparse.Namespace) -> int:
    """The window's Dismiss from a shell: the id names the finding's two passages, which are
    anchored in the stored articles so the dismissal follows them when the articles change."""
    store = _open(args.project)
    try:
        where = display_path(args.project)
        if args.restore:
            if args.finding not in store.dismissed():
                return _fail(f"{where}: {display_text(args.finding)} is not dismissed in this project")
            store.undismiss(args.finding)
            print(f"restored: {args.finding}")
            return 0
        if args.finding in store.dismissed():
            print(f"already dismissed: {args.finding}")
            return 0
        if _reported_finding(store, args.finding, args.threshold) is None:
            return _fail(_no_finding(where, args.finding, args.threshold))
        store.dismiss(args.finding, now())
        print(f"dismissed: {args.finding}")
        return 0
    finally:
        store.close()


def _flag(args: argparse.Namespace) -> int:
    where = display_path(args.project)
    if args.finding is None and (args.kind is None or args.a is None):
        return _fail("flag: give --kind and --a (and --b for two passages), or --finding ID")
    if args.finding is not None and (args.a or args.b):
        return _fail("flag: --finding names its own two passages; leave out --a and --b")
    store = _open(args.project)
    try:
        if args.finding is not None:
            finding = _reported_finding(store, args.finding, args.threshold)
            if finding is None:
                return _fail(_no_finding(where, args.finding, args.threshold))
            flag = confirmed_flag(finding, [stored.document for stored in store.documents()],
                                  args.kind, args.note)
            store.save_flag(flag)
        else:
            spans = [args.a] + ([args.b] if args.b else [])
            flag = add_flag(store, args.kind, spans, args.note or "")
    except ValueError as exc:
        return _fail(f"{where}: {exc}")
    finally:
        store.close()
    print(flag.id)
    return 0


def _update(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        report = update_project(store)
    finally:
        store.close()
    for message in report.messages():
        _say("error", message)
    for flag in report.unanchored:
        states = ", ".join(describe_anchor(a) for a in flag.anchors if a.state != "anchored")
        print(f"{flag.id} {flag.kind}: {states}")
    return 1 if report.errors or report.missing else 0


def _import(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        report = import_annotation_file(store, args.annotations)
    except AnnotationError as exc:
        return _fail(file_message(args.annotations, str(exc)))
    finally:
        store.close()
    for message in report.messages():
        _say("note", message)
    lost = sum(1 for flag in report.written if flag.orphaned)
    if lost:
        _say("note", f"{counted(lost, 'imported flag')} quote text not found in the articles (orphaned)")
    print(f"{counted(len(report.written), 'flag')} imported")
    return 0


def _set(args: argparse.Namespace) -> int:
    if args.title is None and args.date is None and args.site is None:
        return _fail("project set: give --title, --date or --site")
    store = _open(args.project)
    try:
        store.update_metadata(args.doc, title=args.title, date=args.date, site=args.site)
        (document,) = [d.document for d in store.documents() if d.document.id == args.doc]
    finally:
        store.close()
    print(f"{document.id}: {document.title} | {document.date or 'no date'} | {document.site or 'no outlet'}")
    return 0


def _export(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        stored = store.documents()
        documents = [d.document for d in stored]
        # where each article's file may be now (a project moved with its folder included)
        article_files = [path for item in stored for path in source_candidates(item, args.project)]
        suffix = args.output.suffix.lower() if args.output is not None else ""
        output = FORMATS[args.format or FORMAT_OF_SUFFIX.get(suffix, "json")](documents, store.flags())
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(output)
        return 0
    problem = (overwrite_problem(args.output, [args.project], "the project")
               or overwrite_problem(args.output, article_files, "an article of the project",
                                    keep_other_files=not args.force))
    guessed = args.format is None and suffix not in FORMAT_OF_SUFFIX
    if problem:
        return _fail(file_message(args.output, f"{problem}; {output_remedy(problem)}"))
    if guessed:
        _say("note", f"{display_path(args.output)}: the name says no format, so JSON is written "
                     "(name it .html, .md, .csv, .json or .jsonld, or give --format)")
    try:
        write_text_atomic(args.output, output)
    except OSError as exc:
        return _fail(file_message(args.output, describe_write_error(exc)))
    return 0
