"""Score the engine: `python -m desktop_app.evaluate [--data ../shared/eval] [--quick]`.

Reads the external data in ../shared/eval when present (and says so when it is not)
and the hand-made labels in desktop_app/data/labels. Prints one Markdown table; the
README quotes it. The held-back label part is scored on lines of its own.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from .core.compare.semantic import semantic_scorer
from .core.model import Document
from .core.pipeline.analysis import Analysis, analyze
from .evaluation.claim_sample import claim_samples, score_sample
from .evaluation.components import (
    Score,
    golden_rules,
    number_words,
    quantity_values,
    same_event_findings,
    seed_alignment,
    sentence_spans,
)
from .evaluation.equate import NEWS_SUBSETS, SUBSETS, score_news_pairs, score_subset
from .evaluation.labels import label_sets
from .evaluation.real_articles import Analyzer, PartResult, score_part

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


def part_scores(result: PartResult) -> list[Score]:
    name = f"FNC-1 {result.part} labels ({result.clusters} clusters, {result.articles} articles)"
    c, a = result.conflicts, result.agreements
    kinds = ", ".join(f"{kind} {found}/{total}" for kind, (found, total) in c.found_by_kind.items())
    rules = "; ".join(f"{rule} {s.right}/{s.reported}" for rule, s in result.by_rule.items())
    return [
        Score(f"{name}: conflict precision", c.right, c.reported,
              f"by rule: {rules or 'none'}; {c.wrong_by_verdict} of the wrong judged wrong explicitly"),
        Score(f"{name}: conflict recall", c.found, c.labelled, kinds),
        Score(f"{name}: agreement recall (facts)", a.facts_found, a.facts,
              f"mention pairs joined {a.mention_pairs_found}/{a.mention_pairs}"),
        Score(f"{name}: agreement precision (judged)", a.judged_right, a.judged,
              "agreements a label can judge"),
    ]


def equate_scores(data: Path) -> list[Score]:
    scores = []
    for subset in SUBSETS:
        result = score_subset(data, subset)
        scores.append(Score(f"EQUATE {subset}: contradictions reported as conflicts", result.caught,
                            result.contradictions, f"{result.pairs} pairs"))
        scores.append(Score(f"EQUATE {subset}: other pairs without a false conflict",
                            result.pairs - result.contradictions - result.false_alarms,
                            result.pairs - result.contradictions))
    return scores


def news_pair_scores(data: Path, parts: tuple[str, ...]) -> list[Score]:
    scores = []
    for subset in NEWS_SUBSETS:
        for part in parts:
            r = score_news_pairs(data, subset, part)
            name = f"EQUATE {subset} {part} (real news pairs)"
            scores.append(Score(f"{name}: entailed pairs reported as agreements", r.agreed, r.entailed,
                                "the same fact in other words"))
            scores.append(Score(f"{name}: entailed pairs without a false conflict",
                                r.entailed - r.false_conflicts, r.entailed,
                                f"{r.neutral_conflicts} conflicts on {r.neutral} pairs not entailed"))
    return scores


def run(data: Path, quick: bool = False, parts: tuple[str, ...] = ("dev", "heldout"),
        analyzer: Analyzer = analyze) -> list[Score]:
    scores = [seed_alignment()]
    if not data.is_dir():
        print(f"note: {data} not found; only the seed labels (desktop_app/data) are scored")
        return scores
    for name, labels in label_sets().items():
        if name in parts:
            scores += part_scores(score_part(labels, data, analyzer))
    for path in claim_samples():
        sample = score_sample(path, data)
        if sample.part in parts:
            scores.append(Score(f"claim values and units, {sample.part} sample read by hand ({path.name})",
                                sample.right, sample.items))
    if quick:
        return scores
    scores += equate_scores(data)
    scores += news_pair_scores(data, parts)
    scores += [golden_rules(data), sentence_spans(data), *quantity_values(data), *number_words(data),
               *same_event_findings(data)]
    return scores


def render(scores: list[Score]) -> str:
    lines = ["| measure | passed | total | % | note |", "|---|---:|---:|---:|---|"]
    lines += [f"| {s.name} | {s.passed} | {s.total} | {s.percent:.1f} | {s.note} |" for s in scores]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.evaluate", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared eval folder")
    parser.add_argument("--quick", action="store_true", help="only the seeds and the labelled articles")
    parser.add_argument("--part", choices=("dev", "heldout"), action="append",
                        help="score only this label part (while tuning: --part dev)")
    parser.add_argument("--scorer", choices=("words", "semantic"), default="words",
                        help="score the labelled articles with the optional semantic scorer too")
    args = parser.parse_args(argv)
    analyzer: Analyzer = analyze
    if args.scorer == "semantic":
        scorer = semantic_scorer()

        def analyzer(documents: Sequence[Document]) -> Analysis:
            return analyze(documents, scorer=scorer)
    print(render(run(args.data, args.quick, tuple(args.part or ("dev", "heldout")), analyzer)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
