"""The benchmark's generated corpora: the wire shape repeats sentences across and within articles."""

from __future__ import annotations

import random
from collections import Counter

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.pipeline.synthetic import NUMBER, _perturb_some, sentence_pool, wire_corpus


def test_wire_articles_draw_with_replacement_from_every_seed_sentence_comments_included() -> None:
    seeds = load_paths([seeds_dir()]).documents
    pool = sentence_pool(seeds, excluded_too=True)
    body_only = sentence_pool(seeds)
    assert len(pool) > len(body_only)  # reader comments and boilerplate are in the pool
    docs = wire_corpus(seeds, 40)
    assert len({doc.id for doc in docs}) == 40 and docs[0].id == "wire0000"
    texts = [doc.text for doc in docs]
    assert all(text.count("\n\n") >= 15 for text in texts)  # 60 sentences, four per paragraph
    comments = [s for s in pool if s not in body_only and len(s) > 60 and not NUMBER.search(s)]
    in_articles = Counter(sum(s in text for text in texts) for s in comments[:20])
    assert sum(count for seen, count in in_articles.items() if seen >= 2) >= 5  # copied across articles
    assert wire_corpus(seeds, 3) == docs[:3]  # same seed, same articles


def test_about_a_third_of_numbers_change() -> None:
    rng = random.Random(3)
    sentence = " ".join(f"{n} people" for n in range(100, 1100, 10))
    changed = [a != b for _ in range(30) for a, b in
               zip(sentence.split(), _perturb_some(sentence, rng).split(), strict=True)]
    numbers = len(changed) // 2
    assert 0.28 < sum(changed) / numbers < 0.39
