"""Entry point: a subcommand runs headless, anything else opens the window."""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from .cli import COMMANDS, run
from .core.pipeline.version import ENGINE_VERSION


def _names_a_file(first: str) -> bool:
    try:
        return Path(first).exists()
    except OSError:  # an unreadable folder on the way: a path all the same, which the window reports
        return True


def mistyped_command(first: str) -> str | None:
    """Why a first argument is no command and no file, or None: a bare word ("dismiss", or
    "analyz", which names the command meant). Without this the window would open on a missing
    article, or fail with no display."""
    if re.fullmatch(r"[A-Za-z][A-Za-z-]*", first) is None or _names_a_file(first):
        return None
    close = difflib.get_close_matches(first.lower(), COMMANDS, n=1, cutoff=0.75)
    return (f"unknown command '{first}'; did you mean '{close[0]}'?" if close
            else f"'{first}' is no command and no file or folder")


def version_line() -> str:
    """The program's version and the engine's: findings change with the engine version."""
    try:
        program = metadata.version("source-compare")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        program = "(not installed)"
    return f"source-compare {program}, engine version {ENGINE_VERSION}"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--version"]:
        print(version_line())
        return 0
    if args and args[0] in COMMANDS:
        return run(args)
    if args and (problem := mistyped_command(args[0])):
        print(f"error: {problem} (commands: {', '.join(COMMANDS)}; a path opens the window)",
              file=sys.stderr)
        return 2
    from .ui.launch import launch  # Qt is imported only when the window is wanted

    return launch(args)


if __name__ == "__main__":
    raise SystemExit(main())
