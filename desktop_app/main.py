"""Entry point: a subcommand runs headless, anything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .cli import COMMANDS, run


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run(args)
    from .ui.launch import launch  # Qt is imported only when the window is wanted

    return launch(args)


if __name__ == "__main__":
    raise SystemExit(main())
