"""In-process throughput of the whole pipeline (the `rasd extract` path) on one core.

Builds a deterministic corpus of ~3 KB articles from the seed articles' sentences, runs
normalize -> entities -> assemble on each, and prints articles/s, median and p99 per-article
time as a table and as one JSON line.  Usage: python bench/inprocess.py [N]
"""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
import sys
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streams.ingest import parse_seed  # noqa: E402
from streams.pipeline import article_events  # noqa: E402
from streams.records import Article  # noqa: E402
from streams.settings import load  # noqa: E402


def corpus(n: int, target_bytes: int = 3000, days: int = 60) -> list[Article]:
    """n articles of about target_bytes each, shuffled seed sentences, seeded RNG, published
    over `days` days (so that consolidation sees many events, as on a real wire)."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    sentences = [s.strip() + "." for p in seeds for s in parse_seed(p.read_text(), p.stem).text.split(".")
                 if len(s.strip()) > 20]
    rng = random.Random(7)
    out = []
    for i in range(n):
        parts: list[str] = []
        while len(" ".join(parts).encode()) < target_bytes:
            parts.append(rng.choice(sentences))
        day = date(2020, 3, 1) + timedelta(days=i % days)
        out.append(Article(id=f"b{i}", text=" ".join(parts), published=day.isoformat()))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    settings = load({})
    articles = corpus(n)
    article_events(articles[0], settings)  # load lexicons before timing
    times = []
    start = time.perf_counter()
    for art in articles:
        t = time.perf_counter()
        article_events(art, settings)
        times.append(time.perf_counter() - t)
    total = time.perf_counter() - start
    times.sort()
    result = {"bench": "inprocess", "articles": n, "articles_per_s": round(n / total, 1),
              "median_ms": round(statistics.median(times) * 1000, 3),
              "p99_ms": round(times[int(0.99 * (n - 1))] * 1000, 3)}
    print(f"{'articles':>10} {'articles/s':>12} {'median ms':>10} {'p99 ms':>10}")
    print(f"{n:>10} {result['articles_per_s']:>12} {result['median_ms']:>10} {result['p99_ms']:>10}")
    print(orjson.dumps(result).decode())


if __name__ == "__main__":
    main()
