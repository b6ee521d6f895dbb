"""Comparing sentences across articles: scorers, blocked alignment, re-use of earlier scores."""
