"""Headless commands: `source-compare analyze ...` and friends.

Every problem is reported as one line, `error: FILE: reason` (file names printed with
control characters escaped), and never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn, TextIO

from .cli_progress import ProgressBar
from .cli_project import add_parsers as add_project_parsers
from .cli_project import run_project, threshold_argument
from .core.atomic import describe_write_error, output_remedy, overwrite_problem, write_with
from .core.compare.semantic import SemanticUnavailable, load_encoder, semantic_scorer
from .core.errors import LoadError, display_path, display_text, file_message
from .core.formats.analysis_report import dismissed_indices
from .core.formats.report_writers import WRITERS
from .core.ingest.loading import LoadResult, expand_paths, load_paths, seeds_dir
from .core.pipeline.analysis import DEFAULT_THRESHOLD, analyze
from .core.project.store import SUFFIX, ProjectError, ProjectStore

COMMANDS = ("analyze", "project", "flag", "dismiss", "export")
DEBUG_VARIABLE = "SOURCE_COMPARE_DEBUG"  # set to 1 to see the traceback of an internal error


class OneLineParser(argparse.ArgumentParser):
    """argparse with errors as one `error:` line naming the option and the value."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {display_text(message)} (see {self.prog} --help)\n")



def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="source-compare",
                           description="Compare news articles: agreements and conflicts.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze_cmd = commands.add_parser("analyze", help="compare articles and print the findings")
    analyze_cmd.add_argument("paths", nargs="*", type=Path,
                             help="files or folders, or one project (.scproj) (default: the bundled seeds)")
    analyze_cmd.add_argument("--format", choices=sorted(WRITERS), default=None,
                             help="default: from the --output file's suffix (.json, .md, .html), else text")
    analyze_cmd.add_argument("--output", type=Path, help="write to this file instead of stdout")
    analyze_cmd.add_argument("--force", action="store_true",
                             help="let --output replace an existing file that is no report of this "
                                  "program (an earlier report is replaced without it)")
    analyze_cmd.add_argument("--threshold", type=threshold_argument, default=DEFAULT_THRESHOLD,
                             help=f"similarity needed for an agreement (default {DEFAULT_THRESHOLD})")
    analyze_cmd.add_argument("--scorer", choices=("words", "semantic"), default="words",
                             help="'semantic' adds sentence meaning (needs the optional 'semantic' extra)")
    add_project_parsers(commands)
    return parser


def report_errors(errors: Sequence[LoadError], stream: TextIO) -> None:
    for error in errors:
        print(f"error: {error}", file=stream)


def report_notes(notes: Sequence[str], stream: TextIO) -> None:
    for note in notes:
        print(f"note: {note}", file=stream)


def _is_project(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX and path.is_file()


def load_inputs(paths: Sequence[Path]) -> tuple[LoadResult, frozenset[str]]:
    """The articles to analyse: files and folders, or one project's articles as it stores them
    (with the titles, dates and outlets set in it) and the ids of the findings dismissed in it;
    with no path, the bundled seeds, said so."""
    if not paths:
        result = load_paths([seeds_dir()])
        return replace(result, notes=(*result.notes, "no articles given: analysing the bundled demo "
                                                     "articles (seeds)")), frozenset()
    projects = [path for path in paths if _is_project(path)]
    if not projects:
        return load_paths(paths), frozenset()
    if len({str(path.resolve()) for path in paths}) > 1:
        mixed = "analyze reads one project, or articles, not both; add articles with `project create`"
        return LoadResult((), (LoadError(str(projects[0]), mixed),)), frozenset()
    try:
        store = ProjectStore.open_to_read(projects[0])
    except ProjectError as exc:
        return LoadResult((), (LoadError(str(projects[0]), exc.reason),)), frozenset()
    try:
        return (LoadResult(tuple(stored.document for stored in store.documents()), ()),
                frozenset(store.dismissed()))
    finally:
        store.close()


REPORT_SUFFIXES = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def report_format(chosen: str | None, output: Path | None) -> str:
    """The format asked for, else the one the --output file's name says ("report.md"), else text."""
    if chosen:
        return chosen
    return REPORT_SUFFIXES.get(output.suffix.lower(), "text") if output is not None else "text"


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse, then write the report as it is made (to a temporary file renamed into place)."""
    result, dismissed_ids = load_inputs(args.paths)
    report_errors(result.errors, sys.stderr)
    report_notes(result.notes, sys.stderr)
    if args.output:
        given = [item for item in expand_paths(args.paths) if isinstance(item, Path)]
        problem = overwrite_problem(args.output, [*given, *(Path(doc.path) for doc in result.documents
                                                            if doc.path)], "an article",
                                     keep_other_files=not args.force)
        if problem:
            reason = f"{problem}; {output_remedy(problem)}"
            print(f"error: {file_message(args.output, reason)}", file=sys.stderr)
            return 1
    if result.errors and not result.documents:
        return 1  # nothing to report (the errors said why); an earlier report at --output stays
    if len(result.documents) == 1:
        report_notes(["one article read: conflicts and agreements are found between two articles "
                      "or more; give another article or a folder"], sys.stderr)
    if args.output and not args.format and args.output.suffix.lower() not in (*REPORT_SUFFIXES, ".txt"):
        report_notes([f"{display_path(args.output)}: no report format has that suffix; writing the text "
                      "report (--format json, md or html, or a .json, .md or .html name, chooses one)"],
                     sys.stderr)
    with ProgressBar(sys.stderr) as progress:
        try:
            scorer = semantic_scorer(load_encoder()) if args.scorer == "semantic" else None
        except SemanticUnavailable as exc:
            print(f"error: --scorer semantic: {exc}", file=sys.stderr)
            return 2
        analysis = analyze(result.documents, threshold=args.threshold, progress=progress, scorer=scorer)
        for doc_id, reason in analysis.problems:  # analysed without sentences; the others went on
            print(f"error: {display_text(doc_id)}: {reason}", file=sys.stderr)
        failed = bool(result.errors or analysis.problems)
        writer = WRITERS[report_format(args.format, args.output)]
        dismissed = dismissed_indices(analysis.findings, dismissed_ids)
        if not args.output:
            writer(analysis, sys.stdout, progress, dismissed)
            return 1 if failed else 0

        def build(temp: Path) -> None:
            with temp.open("w", encoding="utf-8", errors="replace") as stream:
                writer(analysis, stream, progress, dismissed)
                stream.flush()
                os.fsync(stream.fileno())

        try:
            write_with(args.output, build)
        except OSError as exc:
            print(f"error: {file_message(args.output, describe_write_error(exc))}", file=sys.stderr)
            return 1
    return 1 if failed else 0


def _safe_streams() -> None:
    """Text that cannot be encoded for the terminal (a file name's stray bytes) is escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def run(argv: Sequence[str]) -> int:
    _safe_streams()
    parser = build_parser()
    args, unknown = parser.parse_known_args(list(argv))
    if unknown:  # named with its subcommand, whose own --help lists what it takes
        parser.prog = f"{parser.prog} {args.command}"
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        if args.command == "analyze":
            return run_analyze(args)
        return run_project(args)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`); point stdout at nothing so the exit is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # the promise is one line, never a traceback; keep it with a way to see it
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(f"error: internal error ({type(exc).__name__}: {display_text(str(exc))[:300]}); "
              f"set {DEBUG_VARIABLE}=1 to see where", file=sys.stderr)
        return 3
