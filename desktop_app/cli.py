"""Headless commands: `source-compare analyze ...` and friends."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .cli_project import add_parsers as add_project_parsers
from .cli_project import run_project
from .core.errors import LoadError
from .core.formats.analysis_report import FORMATTERS
from .core.ingest.loading import load_paths, seeds_dir
from .core.pipeline.analysis import DEFAULT_THRESHOLD, analyze

COMMANDS = ("analyze", "project", "flag", "export")


def _threshold(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("threshold must be between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="source-compare",
                                     description="Compare news articles: agreements and conflicts.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze_cmd = commands.add_parser("analyze", help="compare articles and print the findings")
    analyze_cmd.add_argument("paths", nargs="*", type=Path,
                             help="files or folders (default: the bundled seeds)")
    analyze_cmd.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    analyze_cmd.add_argument("--output", type=Path, help="write to this file instead of stdout")
    analyze_cmd.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD,
                             help=f"similarity needed for an agreement (default {DEFAULT_THRESHOLD})")
    add_project_parsers(commands)
    return parser


def report_errors(errors: Sequence[LoadError], stream: TextIO) -> None:
    for error in errors:
        print(f"error: {error.path}: {error.reason}", file=stream)


def run_analyze(args: argparse.Namespace) -> int:
    result = load_paths(args.paths or [seeds_dir()])
    report_errors(result.errors, sys.stderr)
    analysis = analyze(result.documents, threshold=args.threshold)
    for doc_id, reason in analysis.problems:  # analysed without sentences; the others went on
        print(f"error: {doc_id}: {reason}", file=sys.stderr)
    output = FORMATTERS[args.format](analysis)
    if args.output:
        try:
            args.output.write_text(output, encoding="utf-8")
        except OSError as exc:
            print(f"error: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(output)
    return 1 if result.errors or analysis.problems else 0


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.command == "analyze":
        return run_analyze(args)
    return run_project(args)
