"""`python -m desktop_app` does what the `source-compare` command does."""

from .main import main

raise SystemExit(main())
