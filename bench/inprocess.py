"""In-process throughput of each stage and of the whole pipeline (`rasd extract`) on one core.

Builds a deterministic corpus of ~3 KB articles from the seed articles' sentences and times
normalize, entities and event assembly alone (each on the output of the one before), normalize
-> entities together (norm+ents), then normalize -> entities -> assemble together, and the
records that a worker passes between these stages encoded and decoded as the agents do
(records: the normalized article, the article with entities, its event candidates; the
stages' own work excluded): articles/s, median and p99 per-article time, the
best of three passes, and peak resident memory, as a table and as one JSON line. With
--growth, the whole pipeline also on 1, 10 and 30 KB articles (cost per article should grow
about linearly with length). Usage: python bench/inprocess.py [N] [--growth]

A worker holds one article at a time. The bench holds the whole corpus and each stage's
inputs, made before the timed passes, and keeps no outputs there: held, they made Python's
garbage collector scan ever more objects, which cost about 20% of normalize + entities and is
no cost of the stages. The inputs are frozen out of the collector's view (gc.freeze) while
the stages are timed.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
from datetime import date, timedelta
import sys
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streams.ingest import parse_seed  # noqa: E402
from streams.entities import find_entities  # noqa: E402
from streams.events import assemble_events  # noqa: E402
from streams.gazetteer import actors, gazetteer  # noqa: E402
from streams.normalize import normalize  # noqa: E402
from streams.pipeline import article_events  # noqa: E402
from streams.records import Annotated, Article, Event, Normalized, decode, decode_batch, dumps  # noqa: E402
from streams.settings import Settings, load  # noqa: E402

REPEAT = 3


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


def _timed(fn, items) -> list[float]:
    """Per-item times of fn; its outputs are dropped at once, as a worker sends them on."""
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - t)
    return times


def _row(name: str, times: list[float], kb: int = 3) -> dict:
    times = sorted(times)
    n = len(times)
    return {"stage": name, "kb": kb, "articles": n, "articles_per_s": round(n / sum(times), 1),
            "median_ms": round(statistics.median(times) * 1000, 3),
            "p99_ms": round(times[int(0.99 * (n - 1))] * 1000, 3)}


def _hops(doc, ann, events) -> None:
    """A worker's encoding and decoding of one article's records between the stages."""
    decode(Normalized, dumps(doc))
    decode(Annotated, dumps(ann))
    decode_batch(Event, dumps(events))


def _passes(articles: list[Article], docs: list, anns: list, evs: list,
            settings: Settings) -> list[tuple[str, list[float]]]:
    """One timed pass of each stage over the corpus."""
    return [("records", _timed(lambda k: _hops(docs[k], anns[k], evs[k]), range(len(docs)))),
            ("normalize", _timed(lambda a: normalize(a, settings.max_text_bytes), articles)),
            ("entities", _timed(lambda d: find_entities(d, settings.max_entities), docs)),
            ("events", _timed(lambda a: assemble_events(a, settings.max_events), anns)),
            ("norm+ents", _timed(lambda a: find_entities(normalize(a, settings.max_text_bytes),
                                                         settings.max_entities), articles)),
            ("pipeline", _timed(lambda a: article_events(a, settings), articles))]


def stages(articles: list[Article], settings: Settings, kb: int = 3) -> list[dict]:
    """Each stage alone over the whole corpus (its input made by the stage before), then the
    whole pipeline; the best of `REPEAT` passes per stage, as the machine's speed varies."""
    rows: dict[str, dict] = {}
    docs = [normalize(a, settings.max_text_bytes) for a in articles]  # each stage's input, untimed
    anns = [find_entities(d, settings.max_entities) for d in docs]
    evs = [assemble_events(a, settings.max_events) or [] for a in anns]
    gc.collect()
    gc.freeze()
    try:
        passes = [_passes(articles, docs, anns, evs, settings) for _ in range(REPEAT)]
    finally:
        gc.unfreeze()
    for timed in passes:
        for name, times in timed:
            row = _row(name, times, kb)
            if name not in rows or row["articles_per_s"] > rows[name]["articles_per_s"]:
                rows[name] = row
    return list(rows.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=1000)
    parser.add_argument("--growth", action="store_true",
                        help="also time the whole pipeline on 1, 10 and 30 KB articles")
    args = parser.parse_args()
    settings = load({})
    rss0, t0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter()
    gazetteer(), actors()
    load_s = round(time.perf_counter() - t0, 3)
    load_mb = round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024, 1)
    article_events(corpus(1)[0], settings)  # load the trigger lexicon too before timing
    rows = stages(corpus(args.articles), settings)
    if args.growth:
        for kb in (1, 10, 30):
            n = max(50, args.articles * 3 // kb // 4)
            rows += [r for r in stages(corpus(n, kb * 1000), settings, kb) if r["stage"] == "pipeline"]
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(f"{'stage':>10} {'KB':>3} {'articles':>9} {'articles/s':>11} {'median ms':>10} {'p99 ms':>9}")
    for r in rows:
        print(f"{r['stage']:>10} {r['kb']:>3} {r['articles']:>9} {r['articles_per_s']:>11} "
              f"{r['median_ms']:>10} {r['p99_ms']:>9}")
    print(f"peak resident memory: {peak} MB; gazetteer and actor lexicon load: {load_s} s, "
          f"+{load_mb} MB resident")
    whole = next(r for r in rows if r["stage"] == "pipeline")
    print(orjson.dumps({"bench": "inprocess", "articles": whole["articles"],
                        "articles_per_s": whole["articles_per_s"], "median_ms": whole["median_ms"],
                        "p99_ms": whole["p99_ms"], "peak_rss_mb": peak, "gazetteer_load_s": load_s,
                        "gazetteer_load_mb": load_mb, "rows": rows}).decode())


if __name__ == "__main__":
    main()
