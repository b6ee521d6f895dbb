"""The engine's version, part of every prepared-article cache key.

Bump ENGINE_VERSION whenever a change to sentence splitting, number parsing or claim
extraction can change what an article's sentences or claims are: projects saved by an
older engine then read their articles again instead of serving stale claims.
"""

from __future__ import annotations

ENGINE_VERSION = 77
