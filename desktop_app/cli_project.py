"""Headless project commands: `project create|update|import`, `flag`, `export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .core.formats.flag_export import FORMATS
from .core.formats.w3c_import import AnnotationError, import_w3c
from .core.ingest.loading import load_paths, seeds_dir
from .core.project.flags import FLAG_KINDS
from .core.project.operations import add_flag, describe_anchor, update_project
from .core.project.store import ProjectError, ProjectStore


def add_parsers(commands: Any) -> None:
    project = commands.add_parser("project", help="create, update or import into a project file")
    actions = project.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="a new project from articles (default: the seeds)")
    create.add_argument("project", type=Path)
    create.add_argument("paths", nargs="*", type=Path)
    update = actions.add_parser("update", help="re-read articles from their files, re-anchor flags")
    update.add_argument("project", type=Path)
    imported = actions.add_parser("import", help="add flags from W3C annotations (JSON-LD)")
    imported.add_argument("project", type=Path)
    imported.add_argument("annotations", type=Path)
    flag = commands.add_parser("flag", help="add a flag to a project and print its id")
    flag.add_argument("project", type=Path)
    flag.add_argument("--kind", choices=FLAG_KINDS, required=True)
    flag.add_argument("--a", required=True, metavar="DOC:START:END")
    flag.add_argument("--b", metavar="DOC:START:END")
    flag.add_argument("--note", default="")
    export = commands.add_parser("export", help="export a project's flags")
    export.add_argument("project", type=Path)
    export.add_argument("--format", choices=sorted(FORMATS), default="json")
    export.add_argument("--output", type=Path)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def run_project(args: argparse.Namespace) -> int:
    try:
        if args.command == "flag":
            return _flag(args)
        if args.command == "export":
            return _export(args)
        if args.action == "create":
            return _create(args)
        if args.action == "update":
            return _update(args)
        return _import(args)
    except ProjectError as exc:
        return _fail(str(exc))


def _create(args: argparse.Namespace) -> int:
    result = load_paths(args.paths or [seeds_dir()])
    for error in result.errors:
        print(f"error: {error.path}: {error.reason}", file=sys.stderr)
    if not result.documents:
        return _fail(f"{args.project}: no readable articles, project not created")
    store = ProjectStore.create(args.project, result.documents)
    store.close()
    print(f"{args.project}: {len(result.documents)} articles")
    return 1 if result.errors else 0


def _flag(args: argparse.Namespace) -> int:
    store = ProjectStore.open(args.project)
    try:
        spans = [args.a] + ([args.b] if args.b else [])
        flag = add_flag(store, args.kind, spans, args.note)
    except ValueError as exc:
        return _fail(f"{args.project}: {exc}")
    finally:
        store.close()
    print(flag.id)
    return 0


def _update(args: argparse.Namespace) -> int:
    store = ProjectStore.open(args.project)
    try:
        report = update_project(store)
    finally:
        store.close()
    for error in report.errors:
        print(f"error: {error.path}: {error.reason}", file=sys.stderr)
    for flag in report.unanchored:
        states = ", ".join(describe_anchor(a) for a in flag.anchors if a.state != "anchored")
        print(f"{flag.id} {flag.kind}: {states}")
    return 1 if report.errors else 0


def _import(args: argparse.Namespace) -> int:
    store = ProjectStore.open(args.project)
    try:
        text = args.annotations.read_text(encoding="utf-8")
        flags = import_w3c(text, [d.document for d in store.documents()])
        for flag in flags:
            store.save_flag(flag)
    except (OSError, AnnotationError) as exc:
        return _fail(f"{args.annotations}: {exc}")
    finally:
        store.close()
    print(f"{len(flags)} flags imported")
    return 0


def _export(args: argparse.Namespace) -> int:
    store = ProjectStore.open(args.project)
    try:
        documents = [d.document for d in store.documents()]
        output = FORMATS[args.format](documents, store.flags())
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(output)
        return 0
    try:
        args.output.write_text(output, encoding="utf-8")
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc.strerror or exc})")
    return 0
