"""Adding or removing articles re-uses the earlier analysis; unchanged articles are not re-read."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.compare.incremental import kept_prefix
from desktop_app.core.ingest.loading import document_from_text, load_paths, seeds_dir
from desktop_app.core.model import Document
from desktop_app.core.pipeline.analysis import MemoryCache, analyze
from desktop_app.core.pipeline.synthetic import synthetic_corpus


def docs(*ids: str) -> list[Document]:
    return [document_from_text(i, f"Text of {i}.") for i in ids]


@pytest.mark.parametrize(("old", "new", "kept"), [
    ("abc", "abcd", 3), ("abc", "ab", 2), ("abc", "ac", 2), ("abc", "abc", 3),
    ("abc", "bac", None), ("abc", "dabc", None), ("abc", "xyz", 0),
])
def test_kept_prefix(old: str, new: str, kept: int | None) -> None:
    assert kept_prefix(docs(*old), docs(*new)) == kept


def test_changed_text_is_not_kept() -> None:
    old = docs("a", "b")
    new = [old[0], dataclasses.replace(old[1], text="Other text.")]
    assert kept_prefix(old, new) is None


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return synthetic_corpus(load_paths([seeds_dir()]).documents, 31)


def test_adding_one_article_scores_only_its_pairs(corpus: list[Document]) -> None:
    cache = MemoryCache()
    before = analyze(corpus[:30], cache=cache, exhaustive=False)  # re-use applies to blocked scoring
    after = analyze(corpus, previous=before, cache=cache, exhaustive=False)
    scratch = analyze(corpus, exhaustive=False)
    assert after.pairs.pairs_scored < scratch.pairs.pairs_scored / 10
    same = {f.id for f in after.findings} & {f.id for f in scratch.findings}
    assert len(same) >= 0.99 * len(scratch.findings)
    assert after.similarity.shape == (31, 31)


def test_removing_an_article_scores_only_copies_it_held(corpus: list[Document]) -> None:
    before = analyze(corpus, exhaustive=False)
    kept = corpus[:20] + corpus[21:]
    after = analyze(kept, previous=before, exhaustive=False)
    scratch = analyze(kept, exhaustive=False)
    # a sentence whose kept copy was in the removed article is now kept in a later one
    fresh = len(after.corpus.normalised) - (len(before.corpus.normalised)
                                            - int((before.corpus.doc_of == 20).sum()))
    assert after.pairs.pairs_scored < scratch.pairs.pairs_scored / 10
    assert (after.pairs.pairs_scored == 0) == (fresh == 0)
    assert all(corpus[20].id not in (f.a.doc, f.b.doc) for f in after.findings)
    assert {f.id for f in after.findings} >= {f.id for f in scratch.findings if f.kind == "conflict"}


class CountingCache(MemoryCache):
    def __init__(self) -> None:
        super().__init__()
        self.misses = 0

    def get(self, key: str):  # type: ignore[no-untyped-def]
        hit = super().get(key)
        self.misses += hit is None
        return hit


def test_cache_skips_reading_unchanged_articles() -> None:
    cache = CountingCache()
    seeds = list(load_paths([seeds_dir()]).documents)
    analyze(seeds, cache=cache)
    assert cache.misses == 5
    analyze([*seeds, document_from_text("new", "New\n\nHoms has 1.5 million residents.")], cache=cache)
    assert cache.misses == 6
