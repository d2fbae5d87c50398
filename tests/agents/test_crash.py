"""Crashes mid-stream on the embedded broker, with 5,000 articles (5% broken), and a report.

A worker is killed with SIGKILL in the middle of the stream and started again; in a group of
two, one worker is killed and the other takes its partitions. Both end with the consolidated
events of an uninterrupted in-process run (ids, casualty figures, mention counts), no version
published twice, no article lost, every broken record on the dead-letter topic. Each scenario
prints a table: fed, processed, dead-lettered, lost, duplicated versions, recovery time.
"""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.request import urlopen

import orjson
import pytest

from kafka.partitioner.default import murmur2

from agents.kafka_io import consumer, producer
from streams.ingest import article_from_object, read_path
from streams.pipeline import article_events, consolidate_all, consolidated_view
from tests.conftest import Worker

pytestmark = pytest.mark.broker
SEEDS = [a for _, a in read_path(Path(__file__).resolve().parents[2] / "seeds")]
BROKEN = [b'{"id": "x", "text": ', b'{"id": "x"}', b'{"id": "x", "text": 42}', b"\xff\xfe\x00garbage"]
N = 5000


def stream(n: int = N) -> tuple[list[tuple[str, bytes]], list[dict]]:
    """(key, value) records to feed, every 20th broken, and the good articles among them. The
    seed articles come round again and again under new ids, urls and outlets, published on ten
    days far enough apart (10 days) that which report arrives first cannot change what merges
    (greedy merging within a window is order-dependent when reports chain day after day), so
    events keep being updated all along the stream."""
    records, good = [], []
    for i in range(n):
        key = f"c{i}"
        if i % 20 == 7:
            records.append((key, BROKEN[i % len(BROKEN)]))
            continue
        a = SEEDS[i % len(SEEDS)]
        day = (date(2020, 1, 1) + timedelta(days=10 * ((i // len(SEEDS)) % 10))).isoformat()
        art = {"id": key, "title": a.title, "text": a.text, "published": day,
               "url": f"https://outlet{i % 7}.test/{key}", "source": f"outlet{i % 7}.test"}
        records.append((key, orjson.dumps(art)))
        good.append(art)
    return records, good


def summary(event: dict) -> tuple:
    loc = event["location"] or {}
    return (event["event_id"], event["type"], loc.get("name"), event["date"], event["killed"],
            tuple(event["killed_range"] or ()), event["wounded"], event["captured"],
            event["mention_count"], len(event["articles"]))


def expected(good: list[dict], settings) -> tuple[set[tuple], set[str]]:
    """Final events of an uninterrupted in-process run, and the ids of articles with events."""
    events = [e for a in good for e in article_events(article_from_object(a), settings)]
    final = consolidate_all(events, settings)
    WANT_ARTICLES.clear()
    WANT_ARTICLES.update({c.event_id: set(c.articles) for c in final})
    return {summary(consolidated_view(c)) for c in final}, {e.article_id for e in events}


WANT_ARTICLES: dict[str, set[str]] = {}  # event id -> its articles in the uninterrupted run


def missing_articles(out: "Outputs", partitions: int) -> str:
    """Which articles the final events lack, each with its partition on the article-keyed topics
    (raw, normalized, entities: keyed by article id, default partitioner), so that a failure
    says at which stage and partition the records went missing."""
    gone: dict[str, int] = {}
    for eid, arts in WANT_ARTICLES.items():
        for a in arts - set((out.latest.get(eid) or {}).get("articles") or ()):
            gone[a] = gone.get(a, 0) + 1
    ids = sorted(gone, key=lambda k: int(k[1:]))
    where = ", ".join(f"{k} p{(murmur2(k.encode()) & 0x7fffffff) % partitions} x{gone[k]}" for k in ids[:80])
    return f"articles missing from their events: {len(ids)} (id, partition, events short): {where}"


def metrics(worker) -> dict[str, float]:
    try:
        with urlopen(f"http://127.0.0.1:{worker.settings.web_port}/metrics", timeout=5) as r:
            text = r.read().decode()
    except OSError:
        return {}
    out: dict[str, float] = {}
    for name, labels, value in re.findall(r"^(rasd_\w+?)(?:\{([^}]*)\})? ([0-9.e+-]+)$", text, re.M):
        key = name + (f"{{{labels}}}" if labels else "")
        out[key] = out.get(key, 0.0) + float(value)
    return out


def feed(settings, records) -> None:
    prod = producer(settings)
    for key, value in records:
        prod.send(settings.topic_raw, key=key.encode(), value=value)
    prod.flush()
    prod.close()


def wait_for(pred, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(0.2)
    raise TimeoutError(what)


class Outputs:
    """Reads the events and dead-letter topics as they grow."""

    def __init__(self, settings) -> None:
        self.events = consumer(settings, [settings.topic_events], True, timeout_ms=300)
        self.letters = consumer(settings, [settings.topic_dead_letters], True, timeout_ms=300)
        self.latest: dict[str, dict] = {}
        self.versions: list[tuple[str, int]] = []
        self.history: dict[str, list[tuple[int, int]]] = {}  # event id -> (version, mentions) read
        self.dead: dict[str, dict] = {}

    def poll(self) -> None:
        for m in self.events:
            e = orjson.loads(m.value)
            self.latest[e["event_id"]] = e
            self.versions.append((e["event_id"], e["version"]))
            self.history.setdefault(e["event_id"], []).append((e["version"], e["mention_count"]))
        for m in self.letters:
            d = orjson.loads(m.value)
            self.dead[d["key"]] = d

    def until(self, want: set[tuple], broken: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if {summary(e) for e in self.latest.values()} == want and len(self.dead) >= broken:
                time.sleep(2)  # a version published twice would show up now
                self.poll()
                return

    def close(self) -> None:
        self.events.close()
        self.letters.close()


def report(title: str, rows: list[tuple[str, object]]) -> str:
    width = max(len(r[0]) for r in rows)
    return "\n".join([title] + [f"  {name:<{width}}  {value:>8}" for name, value in rows])


PARTITIONS = [4]  # the workers' partition count, set by the tests


def check(out: Outputs, want: set[tuple], with_events: set[str], records, good) -> dict:
    """Same final events as the uninterrupted run; nothing lost; no version twice."""
    got = {summary(e) for e in out.latest.values()}
    if got != want:
        by_id = {w[0]: w for w in want}
        lines = [f"got  {g}\nwant {by_id.get(g[0])}\nread (version, mentions) {out.history.get(g[0])}"
                 for g in sorted(got - want)]
        lines += [f"missing {w}" for w in sorted(want - got) if w[0] not in {g[0] for g in got}]
        lines.append(missing_articles(out, PARTITIONS[0]))
        pytest.fail(f"{len(got)} events against {len(want)}; differing:\n" + "\n".join(lines))
    in_events = {a for e in out.latest.values() for a in e["articles"]}
    broken_keys = {k for k, _ in records} - {g["id"] for g in good}
    lost = len(with_events - in_events) + len(broken_keys - out.dead.keys())
    duplicated = len(out.versions) - len(set(out.versions))
    assert lost == 0 and duplicated == 0
    assert {d["stage"] for d in out.dead.values()} == {"normalize"}
    return {"in_events": len(in_events), "dead": len(broken_keys & out.dead.keys()), "lost": lost,
            "duplicated": duplicated}


def rows(figures: dict, without: float, recovery: float, done: float) -> list[tuple[str, object]]:
    return [("articles fed", N), ("in consolidated events", figures["in_events"]),
            ("without events (metrics; replays count again)", int(without)),
            ("dead-lettered", figures["dead"]), ("lost", figures["lost"]),
            ("versions published twice", figures["duplicated"]),
            ("recovery: kill to ready (s)", f"{recovery:.1f}"),
            ("kill to final events (s)", f"{done:.1f}")]


def finish(out: Outputs, want, with_events, records, good, killed: float, recovery: float,
           without: float, title: str, capsys) -> None:
    """Wait for the final events, check them against the uninterrupted run, print the report."""
    out.until(want, len(records) - len(good), timeout=420)  # a loaded CI machine is slow
    done = time.monotonic() - killed
    try:
        figures = check(out, want, with_events, records, good)
    except (AssertionError, pytest.fail.Exception) as exc:
        with capsys.disabled():  # shown with the failure, whatever pytest captures
            print(f"\n{title}: FAILED after {done:.0f} s\n{exc}\n"
                  f"versions published twice: {len(out.versions) - len(set(out.versions))}")
        raise
    with capsys.disabled():
        print("\n" + report(title, rows(figures, without, recovery, done)))


@pytest.mark.timeout(900)
def test_a_worker_killed_in_the_middle_of_5000_articles_ends_as_an_uninterrupted_run(broker, tmp_path, capsys):
    records, good = stream()
    w = Worker(broker, tmp_path)
    out = None
    try:
        w.wait_ready()
        want, with_events = expected(good, w.settings)
        PARTITIONS[0] = w.settings.partitions
        out = Outputs(w.settings)
        feed(w.settings, records)
        wait_for(lambda: metrics(w).get("rasd_articles_in_total", 0) >= N * 0.4, 180, "no progress")
        m = metrics(w)
        before, before_no_events = m.get("rasd_articles_in_total", 0), m.get("rasd_articles_without_events_total", 0)
        w.proc.kill()
        killed = time.monotonic()
        w.proc.wait(10)
        w = Worker(broker, tmp_path, env=w.env)
        w.wait_ready(120)
        recovery = time.monotonic() - killed
        finish(out, want, with_events, records, good, killed, recovery,
               before_no_events + metrics(w).get("rasd_articles_without_events_total", 0),
               f"SIGKILL after {before:.0f} of {N} articles read; the worker started again", capsys)
    finally:
        if out is not None:
            out.close()
        w.stop()


@pytest.mark.timeout(900)
@pytest.mark.parametrize("standbys", ["0", "1"])
def test_one_of_two_workers_killed_mid_stream_the_other_takes_over(broker, tmp_path, capsys, standbys):
    """Without standbys the survivor reads the dead member's tables back from their changelogs;
    with one, it holds a copy already."""
    records, good = stream()
    first = Worker(broker, tmp_path, standby_replicas=standbys)
    second = out = None
    try:
        first.wait_ready()
        wait_for(lambda: _assigned(first) > 0, 60, "first worker not consuming")
        alone = _assigned(first)
        second = Worker(broker, tmp_path, env=first.env)
        second.wait_ready()
        time.sleep(3)  # the group settles with both members
        want, with_events = expected(good, first.settings)
        PARTITIONS[0] = first.settings.partitions
        out = Outputs(first.settings)
        feed(first.settings, records)
        wait_for(lambda: metrics(second).get("rasd_articles_in_total", 0) >= N * 0.15, 180, "no progress")
        lost_member_no_events = metrics(second).get("rasd_articles_without_events_total", 0)
        second.proc.kill()
        killed = time.monotonic()
        second.proc.wait(10)
        # ready again once the survivor holds every partition (the dead member's too) and its tables
        wait_for(lambda: _assigned(first) == alone, 120, "the survivor did not take the partitions")
        recovery = time.monotonic() - killed
        finish(out, want, with_events, records, good, killed, recovery,
               lost_member_no_events + metrics(first).get("rasd_articles_without_events_total", 0),
               f"one of two workers ({standbys} standby) killed with SIGKILL; the other took its partitions",
               capsys)
    finally:
        if out is not None:
            out.close()
        for w in (second, first):
            if w is not None:
                w.stop()


def _assigned(worker) -> int:
    try:
        with urlopen(f"http://127.0.0.1:{worker.settings.web_port}/health", timeout=5) as r:
            body = orjson.loads(r.read())
    except OSError:
        return 0
    return body["assigned_partitions"] if body["status"] == "ok" else 0
