"""Entry point: a subcommand runs headless, anything else opens the window."""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from .cli import COMMANDS, run


def mistyped_command(first: str) -> str:
    """The subcommand a first argument that names no file was meant to be ("analyz"), or ''.
    Without this the window would open on a missing article, or fail with no display."""
    if first.startswith("-") or Path(first).exists():
        return ""
    close = difflib.get_close_matches(first.lower(), COMMANDS, n=1, cutoff=0.75)
    return close[0] if close else ""


def is_a_bare_word(first: str) -> bool:
    """A first argument like a command ("dismiss") that names no file: no suffix, no folder."""
    return re.fullmatch(r"[A-Za-z][A-Za-z-]*", first) is not None and not Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run(args)
    if args and (meant := mistyped_command(args[0])):
        print(f"error: unknown command '{args[0]}'; did you mean '{meant}'? "
              f"(commands: {', '.join(COMMANDS)}; a path opens the window)", file=sys.stderr)
        return 2
    if args and is_a_bare_word(args[0]):
        print(f"error: '{args[0]}' is no command and no file or folder "
              f"(commands: {', '.join(COMMANDS)}; a path opens the window)", file=sys.stderr)
        return 2
    from .ui.launch import launch  # Qt is imported only when the window is wanted

    return launch(args)


if __name__ == "__main__":
    raise SystemExit(main())
