"""source-compare: compare news articles, find where they agree and where they conflict."""

__version__ = "0.1.0"
