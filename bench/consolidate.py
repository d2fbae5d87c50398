"""Consolidation alone (bench/consolidate.py): candidates/s on one core, cost vs live state, memory.

Synthetic event candidates (one per synthetic article) spread over `--days` days, at places
drawn from the gazetteer, with the clock moving with the event days so that the horizon
expires old events. Prints, every `--every` candidates: candidates/s over the interval, live
events in the state, state bytes and resident memory; then the cost per candidate at 1k, 10k
and 100k live events (horizon long enough to keep them all). A table, then one JSON line.
Usage: python bench/consolidate.py [--articles 200000] [--days 60]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streams.consolidate import DAY_MS, Consolidator  # noqa: E402
from streams.gazetteer import gazetteer  # noqa: E402
from streams.records import Event  # noqa: E402

TYPES = ("ASSAULT", "PROTEST", "COERCE", "CONSULT", "AGREE", "ACCUSE")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def candidates(n: int, days: int, seed: int = 11):
    """n candidates over `days` days; about one in three repeats an earlier happening."""
    rng = random.Random(seed)
    places = [p for p in {id(x[0]): x[0] for x in gazetteer().by_name.values()}.values()
              if p.kind not in ("country",) and p.admin1]
    rng.shuffle(places)
    places = places[:3000]
    start = date(2020, 1, 1)
    per_day = max(1, n // days)
    for i in range(n):
        d = i // per_day
        day = start + timedelta(days=min(d, days - 1) - (rng.random() < 0.2))
        place = rng.choice(places[:200]) if rng.random() < 0.33 else rng.choice(places)
        loc = place.as_location(precision="exact")
        yield d, Event(candidate_id=f"a{i}#0", article_id=f"a{i}", type=rng.choice(TYPES), mode=None,
                       acled_type=None, acled_sub_type=None, location=loc, date=day.isoformat(),
                       killed=rng.choice((None, None, 1, 3, 10)), wounded=None, captured=None,
                       actors=["قوات النظام"], targets=[], sentence="جملة الخبر " * 12, confidence=0.7,
                       url=f"https://example.org/{i}", source="example.org")


def live_events(state: dict) -> int:
    return sum(len(orjson.loads(v)) for k, v in state.items() if not k.endswith("|days"))


def long_run(n: int, days: int, every: int) -> list[dict]:
    cons, state, rows = Consolidator(), {}, []
    t = time.perf_counter()
    for k, (d, ev) in enumerate(candidates(n, days), 1):
        cons.add(state, ev, d * DAY_MS + k)
        if k % every == 0:
            now = time.perf_counter()
            rows.append({"candidates": k, "day": d, "per_s": round(every / (now - t)),
                         "live_events": live_events(state),
                         "state_mb": round(sum(len(v) for v in state.values()) / 2**20, 1),
                         "rss_mb": _rss_mb()})
            t = time.perf_counter()
    return rows


def cost_at(live: int, probe: int = 2000) -> float:
    """Median-free simple mean: µs per candidate once `live` events are held (nothing expires)."""
    cons, state = Consolidator(horizon_days=100_000), {}
    for _, ev in candidates(live, days=60, seed=live):
        cons.add(state, ev, 0)
    probes = [ev for _, ev in candidates(probe, days=60, seed=live + 1)]
    for ev in probes:
        ev.candidate_id = "p" + ev.candidate_id
    t = time.perf_counter()
    for ev in probes:
        cons.add(state, ev, 1)
    return round((time.perf_counter() - t) / probe * 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--every", type=int, default=20_000)
    args = parser.parse_args()
    gazetteer()
    rows = long_run(args.articles, args.days, args.every)
    print(f"{'candidates':>10} {'day':>4} {'cand/s':>7} {'live':>7} {'state MB':>9} {'RSS MB':>7}")
    for r in rows:
        print(f"{r['candidates']:>10} {r['day']:>4} {r['per_s']:>7} {r['live_events']:>7} "
              f"{r['state_mb']:>9} {r['rss_mb']:>7}")
    growth = {str(n): cost_at(n) for n in (1_000, 10_000, 100_000)}
    print("µs per candidate by live events: " + ", ".join(f"{k}: {v}" for k, v in growth.items()))
    overall = round(sum(r["per_s"] for r in rows) / len(rows)) if rows else None
    print(orjson.dumps({"bench": "consolidate", "candidates_per_s": overall, "intervals": rows,
                        "us_per_candidate_by_live_events": growth}).decode())


if __name__ == "__main__":
    main()
