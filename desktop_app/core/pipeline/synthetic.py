"""Generated corpora for benchmarks and load tests: seed sentences shuffled, numbers perturbed."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from ..ingest.loading import document_from_text
from ..model import Document
from ..text.segment import PysbdSplitter, split_sentences

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _perturb(sentence: str, rng: random.Random) -> str:
    def change(match: re.Match[str]) -> str:
        digits = match.group().replace(",", "")
        value = float(digits) * rng.choice((0.5, 0.9, 1.0, 1.0, 1.1, 2.0))
        return f"{value:,.0f}" if "." not in digits else f"{value:.1f}"
    return NUMBER.sub(change, sentence) if rng.random() < 0.5 else sentence


def sentence_pool(seeds: Sequence[Document]) -> list[str]:
    splitter = PysbdSplitter()
    pool = []
    for doc in seeds:
        for span in split_sentences(doc.text, splitter):
            if not any(s <= span.start < e for s, e in doc.excluded):
                pool.append(doc.text[span.start : span.end])
    return pool


def synthetic_corpus(seeds: Sequence[Document], count: int, sentences: int = 40,
                     seed: int = 7) -> list[Document]:
    """`count` articles of `sentences` sentences each, drawn from the seeds' sentences."""
    rng = random.Random(seed)
    pool = sentence_pool(seeds)
    documents = []
    for index in range(count):
        chosen = [_perturb(s, rng) for s in rng.sample(pool, min(sentences, len(pool)))]
        paragraphs = ["\n".join(chosen[i : i + 4]).replace("\n", " ") for i in range(0, len(chosen), 4)]
        text = f"Generated article {index}\n\n" + "\n\n".join(paragraphs) + "\n"
        documents.append(document_from_text(f"gen{index:03d}", text, path=f"generated/{index}.txt"))
    return documents
