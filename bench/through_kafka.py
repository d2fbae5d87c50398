"""Through Kafka (bench/through_kafka.py): the full worker on the embedded broker, against a five-hop pass-through ceiling.

For 1 and 2 workers, in one run, each worker count on an embedded broker of its own:
  * throughput: N articles fed at full speed; done when every article has passed the assemble
    stage and every candidate and update message has passed consolidate and sink (read from /metrics);
  * ceiling: the same N records through bench/passthrough_app.py (five hops, no work), one
    message per record on every hop; and the batched ceiling: the first hop takes the records
    as the pipeline's normalize agent does and sends them on in batch messages (RASD_BATCH_*),
    which the later hops forward, as the pipeline batches from its second hop on (its table
    writes, one per event, are in neither ceiling); both ratios print;
  * latency: articles offered at fixed rates (default 10, 50, 200/s); for each consolidated update
    on the events topic, the time from the article's `received_ms` (set when fed) to its arrival;
  * peak resident memory of each worker (VmHWM).
"done" counts the records that made it through (the run stops when nothing moves for 10 s).
Prints a table and one JSON line. Usage: python bench/through_kafka.py [--articles N] [--loads 10,50,200]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.request import urlopen

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from agents.broker import EmbeddedBroker, free_port  # noqa: E402
from agents.cli import _stop, start_worker  # noqa: E402
from kafka.admin import KafkaAdminClient, NewTopic  # noqa: E402
from kafka.errors import TopicAlreadyExistsError  # noqa: E402

from agents.kafka_io import client_config, consumer, ensure_topics, producer  # noqa: E402
from inprocess import corpus  # noqa: E402
from streams.settings import load  # noqa: E402

_METRIC = re.compile(r'^(rasd_\w+?)(?:_total)?(?:\{([^}]*)\})? ([0-9.e+-]+)$', re.M)


def _env(broker: EmbeddedBroker, workdir: Path, partitions: int) -> dict[str, str]:
    tag = uuid.uuid4().hex[:8]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(RASD_BROKER=broker.url, RASD_APP_ID=f"bench-{tag}", RASD_REBALANCE_TIMEOUT_S="4",
               RASD_FETCH_MAX_WAIT_MS=os.environ.get("RASD_FETCH_MAX_WAIT_MS", "50"),
               RASD_END_OFFSETS_FROM_FETCH=os.environ.get("RASD_END_OFFSETS_FROM_FETCH", "true"),
               RASD_CHANGELOG_MAX_BATCH_BYTES=os.environ.get("RASD_CHANGELOG_MAX_BATCH_BYTES", "0"),
               RASD_STANDBY_REPLICAS=os.environ.get("RASD_STANDBY_REPLICAS", "0"),
               RASD_PARTITIONS=str(partitions), RASD_DATADIR=str(workdir / f"data-{tag}"),
               PYTHONUNBUFFERED="1", BENCH_PT_PREFIX=f"pt{tag}", PYTHONPATH=str(ROOT),
               **{f"RASD_TOPIC_{r.upper()}": f"b{tag}.{r}" for r in
                  ("raw", "normalized", "entities", "candidates", "updates", "events", "dead_letters")})
    return env


def _start(env: dict[str, str], workdir: Path, n: int, app: str) -> list[tuple]:
    procs = []
    for k in range(n):
        wenv = {**env, "RASD_WEB_PORT": str(free_port())}
        log = workdir / f"{env['RASD_APP_ID']}-{app}-{k}.log"
        procs.append((start_worker(wenv, log, app=app), log, wenv))
    deadline = time.monotonic() + 120
    for proc, log, _ in procs:
        while "[^Worker]: Ready" not in (log.read_text(errors="replace") if log.exists() else ""):
            if proc.poll() is not None or time.monotonic() > deadline:
                _stop_all(procs)
                raise RuntimeError(f"worker did not start: {log}")
            time.sleep(0.2)
    time.sleep(3 if n > 1 else 0.5)  # let the group settle after the last member joined
    return procs


def _stop_all(procs) -> None:
    for proc, _, _ in procs:
        _stop(proc)


def _metrics(procs) -> dict[str, float]:
    totals: dict[str, float] = {}
    for _, _, wenv in procs:
        with urlopen(f"http://127.0.0.1:{wenv['RASD_WEB_PORT']}/metrics", timeout=5) as r:
            text = r.read().decode()
        for name, labels, value in _METRIC.findall(text):
            stage = re.search(r'stage="(\w+)"', labels or "")
            if name == "rasd_stage_seconds_count":
                key = f"stage:{stage.group(1)}"
            elif name == "rasd_dead_letters":
                key = "dead_letters"
            else:
                key = name
            totals[key] = totals.get(key, 0.0) + float(value)
    return totals


def _drained(m: dict[str, float], fed: int) -> bool:
    return (m.get("stage:assemble", 0) + m.get("dead_letters", 0) >= fed
            and m.get("stage:consolidate", 0) >= m.get("rasd_candidate_batches", 0)
            and m.get("stage:sink", 0) >= m.get("rasd_update_batches", 0))


def _peak_rss_mb(procs) -> float:
    peak = 0.0
    for proc, _, _ in procs:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak = max(peak, int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)
        except (OSError, AttributeError):
            pass
    return round(peak, 1)


def _payloads(n: int, run: str) -> list[tuple[bytes, bytes]]:
    out = []
    for art in corpus(n):
        art.id = f"{run}-{art.id}"
        out.append((art.id.encode(), orjson.dumps({"id": art.id, "text": art.text,
                                                    "published": art.published})))
    return out


def throughput(settings, topic: str, payloads, progress) -> tuple[float, int]:
    """Feed at full speed; (articles/s, articles done). `progress()` gives (done, finished):
    the run ends when finished, or when nothing moved for STALL_S (records lost on the way)."""
    prod = producer(settings)
    start = time.monotonic()
    for key, value in payloads:
        prod.send(topic, key=key, value=value)
    prod.flush()
    prod.close()
    last, moved = None, start
    while True:
        state = progress()
        now = time.monotonic()
        if state != last:
            last, moved = state, now
        if state[1] or now - moved > STALL_S or now - start > 600:
            break
        time.sleep(0.1)
    return round(last[0] / (moved - start), 1), int(last[0])


STALL_S = 10.0


def pipeline_throughput(broker, workdir, workers, n, partitions) -> tuple[float, int, float, list]:
    env = _env(broker, workdir, partitions)
    settings = load({k: v for k, v in env.items() if k.startswith("RASD_")})
    ensure_topics(settings)
    procs = _start(env, workdir, workers, "agents.app")

    def progress():
        m = _metrics(procs)
        done = m.get("stage:assemble", 0) + m.get("dead_letters", 0)
        return done, _drained(m, n), m.get("stage:sink", 0)

    try:
        rate, done = throughput(settings, settings.topic_raw, _payloads(n, "t"), progress)
    except BaseException:
        _stop_all(procs)
        raise
    return rate, done, _peak_rss_mb(procs), [procs, settings]


def ceiling(broker, workdir, workers, n, partitions, batched: bool = False) -> tuple[float, int]:
    env = _env(broker, workdir, partitions)
    env["BENCH_PT_BATCH"] = "true" if batched else "false"
    settings = load({k: v for k, v in env.items() if k.startswith("RASD_")})
    # Created before the app starts, as ensure_topics does for the pipeline: a worker that joins
    # its group before its topics exist is assigned none of them until a metadata refresh, and
    # the ceiling stalled after a few dozen records.
    admin = KafkaAdminClient(**client_config(settings), client_id="rasd-bench")
    try:
        admin.create_topics([NewTopic(f"{env['BENCH_PT_PREFIX']}.{i}", partitions, settings.replication)
                             for i in range(6)])
    except TopicAlreadyExistsError:
        pass
    finally:
        admin.close()
    procs = _start(env, workdir, workers, "bench.passthrough_app")
    last = f"{env['BENCH_PT_PREFIX']}.5"
    seen = [0]
    cons = consumer(settings, [last], True, timeout_ms=200)

    def progress():
        for message in cons:
            seen[0] += int(message.key) if batched else 1
        return seen[0], seen[0] >= n

    try:
        return throughput(settings, f"{env['BENCH_PT_PREFIX']}.0", _payloads(n, "c"), progress)
    finally:
        cons.close()
        _stop_all(procs)


def latency(settings, procs, rate: int, seconds: float) -> dict:
    """Offer `rate` articles/s for `seconds`; latency of the updates they cause, in ms."""
    samples: list[float] = []
    stop = threading.Event()
    since = time.time() * 1000
    cons = consumer(settings, [settings.topic_events], False, timeout_ms=200)
    cons.poll(timeout_ms=1000)  # join and take the end offsets before feeding

    def read():
        while not stop.is_set():
            for message in cons:
                received = orjson.loads(message.value).get("received_ms")
                if received and received >= since:
                    samples.append(time.time() * 1000 - received)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    prod = producer(settings)
    payloads = _payloads(int(rate * seconds), f"l{rate}")
    start = time.monotonic()
    for k, (key, value) in enumerate(payloads):
        delay = start + k / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        doc = orjson.loads(value)
        doc["received_ms"] = int(time.time() * 1000)
        prod.send(settings.topic_raw, key=key, value=orjson.dumps(doc))
    prod.flush()
    deadline = time.monotonic() + 30
    while not _drained_since(procs) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)
    stop.set()
    reader.join(5)
    cons.close()
    prod.close()
    samples.sort()

    def pct(p: float) -> float | None:
        return round(samples[min(len(samples) - 1, int(p * len(samples)))], 1) if samples else None

    return {"offered_per_s": rate, "updates": len(samples), "p50_ms": pct(0.5), "p95_ms": pct(0.95),
            "p99_ms": pct(0.99)}


def _drained_since(procs) -> bool:
    m = _metrics(procs)
    return (m.get("stage:consolidate", 0) >= m.get("rasd_event_candidates", 0)
            and m.get("stage:sink", 0) >= m.get("rasd_event_updates", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--loads", default="10,50,200")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each offered load")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    workdir = Path(os.environ.get("BENCH_WORKDIR", "/tmp")) / f"rasd-bench-{uuid.uuid4().hex[:6]}"
    workdir.mkdir(parents=True)
    results = []
    for workers in (int(w) for w in args.workers.split(",")):
        # A broker of its own for each worker count: the embedded broker's memory engine slows
        # with what it holds, and the runs before would weigh on this one.
        with EmbeddedBroker(log_path=workdir / f"broker-{workers}.log") as broker:
            top, top_done = ceiling(broker, workdir, workers, args.articles, args.partitions)
            btop, btop_done = ceiling(broker, workdir, workers, args.articles, args.partitions, batched=True)
            rate, done, rss, (procs, settings) = pipeline_throughput(broker, workdir, workers,
                                                                     args.articles, args.partitions)
            try:
                lat = [latency(settings, procs, int(r), args.seconds) for r in args.loads.split(",")]
                rss = max(rss, _peak_rss_mb(procs))
            finally:
                _stop_all(procs)
            results.append({"workers": workers, "articles": args.articles, "processed": done,
                            "ceiling_processed": top_done, "articles_per_s": rate,
                            "ceiling_per_s": top,
                            # a ceiling that stalled before the end is no ceiling: no ratio
                            "ratio": round(rate / top, 3) if top and top_done >= args.articles else None,
                            "batched_ceiling_processed": btop_done, "batched_ceiling_per_s": btop,
                            "batched_ratio": round(rate / btop, 3) if btop and btop_done >= args.articles else None,
                            "peak_rss_mb": rss, "latency": lat})
            print(orjson.dumps(results[-1]).decode(), flush=True)
    print(f"{'workers':>7} {'done':>5} {'articles/s':>10} {'ceiling':>7} {'ceiling/s':>10} {'ratio':>6} "
          f"{'batched/s':>10} {'ratio':>6} {'RSS MB':>7}   latency at offered load (p50/p95/p99 ms)")
    for r in results:
        lat = "  ".join(f"{x['offered_per_s']}/s: {x['p50_ms']}/{x['p95_ms']}/{x['p99_ms']} (n={x['updates']})"
                        for x in r["latency"])
        print(f"{r['workers']:>7} {r['processed']:>5} {r['articles_per_s']:>10} {r['ceiling_processed']:>7} "
              f"{r['ceiling_per_s']:>10} {r['ratio']:>6} {r['batched_ceiling_per_s']:>10} {r['batched_ratio']:>6} "
              f"{r['peak_rss_mb']:>7}   {lat}")
    if len(results) > 1:
        print(f"two workers / one worker: {results[1]['articles_per_s'] / results[0]['articles_per_s']:.2f}x")
    print(orjson.dumps({"bench": "kafka", "runs": results}).decode())


if __name__ == "__main__":
    main()
