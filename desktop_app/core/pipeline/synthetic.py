"""Generated corpora for benchmarks and load tests: seed sentences shuffled, numbers perturbed.

Two shapes. `synthetic_corpus` draws each article's sentences without replacement from
the seeds' article text (every sentence at most once per article). `wire_corpus` is
syndicated copy: each article draws its sentences *with* replacement from all the seeds'
sentences, reader comments included, and changes about a third of the numbers, so that
at 500 articles every sentence appears in about a hundred of them, in a few wordings.
Its headings and fragments stand on their own lines, as on a page: run into the next
sentence, each would make a new sentence in every article (a heading glued to whatever
was drawn after it), which is not what syndicated copy looks like.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from ..ingest.loading import document_from_text
from ..model import Document
from ..text.segment import PysbdSplitter, split_sentences

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WIRE_FACTORS = (0.5, 0.9, 1.1, 2.0)
WIRE_CHANGED_SHARE = 1 / 3
CLOSING = tuple(".!?:;\"'”’)]…")


def _scaled(match: re.Match[str], factor: float) -> str:
    digits = match.group().replace(",", "")
    value = float(digits) * factor
    return f"{value:,.0f}" if "." not in digits else f"{value:.1f}"


def _perturb(sentence: str, rng: random.Random) -> str:
    def change(match: re.Match[str]) -> str:
        return _scaled(match, rng.choice((0.5, 0.9, 1.0, 1.0, 1.1, 2.0)))
    return NUMBER.sub(change, sentence) if rng.random() < 0.5 else sentence


def _perturb_some(sentence: str, rng: random.Random) -> str:
    """Each number changed with probability WIRE_CHANGED_SHARE, to one of a few values."""
    def change(match: re.Match[str]) -> str:
        if rng.random() >= WIRE_CHANGED_SHARE:
            return match.group()
        return _scaled(match, rng.choice(WIRE_FACTORS))
    return NUMBER.sub(change, sentence)


def sentence_pool(seeds: Sequence[Document], excluded_too: bool = False) -> list[str]:
    """The seeds' sentences; with `excluded_too`, also those of reader comments and boilerplate."""
    splitter = PysbdSplitter()
    pool = []
    for doc in seeds:
        for span in split_sentences(doc.text, splitter):
            if excluded_too or not any(s <= span.start < e for s, e in doc.excluded):
                pool.append(doc.text[span.start : span.end])
    return pool


def _article(doc_id: str, index: int, chosen: Sequence[str], folder: str) -> Document:
    paragraphs = ["\n".join(chosen[i : i + 4]).replace("\n", " ") for i in range(0, len(chosen), 4)]
    text = f"Generated article {index}\n\n" + "\n\n".join(paragraphs) + "\n"
    return document_from_text(doc_id, text, path=f"{folder}/{index}.txt")


def synthetic_corpus(seeds: Sequence[Document], count: int, sentences: int = 40,
                     seed: int = 7) -> list[Document]:
    """`count` articles of `sentences` sentences each, drawn from the seeds' sentences."""
    rng = random.Random(seed)
    pool = sentence_pool(seeds)
    documents = []
    for index in range(count):
        chosen = [_perturb(s, rng) for s in rng.sample(pool, min(sentences, len(pool)))]
        documents.append(_article(f"gen{index:03d}", index, chosen, "generated"))
    return documents


def _page(doc_id: str, index: int, chosen: Sequence[str]) -> Document:
    """Paragraphs of up to four sentences; a heading or fragment (no closing punctuation)
    stands on its own line, as on a page, instead of being run into the next sentence."""
    paragraphs: list[list[str]] = [[]]
    for sentence in (" ".join(s.split()) for s in chosen):
        if not sentence.endswith(CLOSING):
            paragraphs += [[sentence], []]
            continue
        paragraphs[-1].append(sentence)
        if len(paragraphs[-1]) == 4:
            paragraphs.append([])
    text = f"Wire article {index}\n\n" + "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"
    return document_from_text(doc_id, text, path=f"wire/{index}.txt")


def wire_corpus(seeds: Sequence[Document], count: int, sentences: int = 60,
                seed: int = 11) -> list[Document]:
    """`count` articles of syndicated copy: `sentences` sentences each drawn with replacement
    from all the seeds' sentences (reader comments included), about a third of numbers changed."""
    rng = random.Random(seed)
    pool = sentence_pool(seeds, excluded_too=True)
    return [_page(f"wire{index:04d}", index, [_perturb_some(rng.choice(pool), rng) for _ in range(sentences)])
            for index in range(count)]
