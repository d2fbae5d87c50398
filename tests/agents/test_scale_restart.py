"""Scale-out and restart on the embedded broker: two workers, or a worker stopped and started
mid-stream, end with the consolidated events that `rasd extract --consolidate` gives in-process,
and no (event id, version) is published twice."""

from __future__ import annotations

import time
from pathlib import Path

import orjson
import pytest

from agents.kafka_io import consumer, producer
from streams.ingest import read_path
from streams.pipeline import article_events, consolidate_all, consolidated_view
from tests.conftest import Worker

pytestmark = pytest.mark.broker
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def corpus() -> list[dict]:
    """The seed articles, each also reprinted by two other outlets (new ids and urls); the copies
    come round after round, so any prefix and its rest report the same events."""
    out = []
    seeds = [article for _, article in read_path(SEEDS)]
    for copy in range(3):
        for article in seeds:
            out.append({"id": f"{article.id}-{copy}", "title": article.title, "text": article.text,
                        "published": article.published, "url": f"https://outlet{copy}.test/{article.id}",
                        "source": f"outlet{copy}.test"})
    return out


def summary(event: dict) -> tuple:
    loc = event["location"] or {}
    return (event["type"], loc.get("name"), event["date"], event["killed"], event["wounded"],
            event["captured"], event["mention_count"], tuple(sorted(event["articles"])))


def expected(articles: list[dict], settings) -> set[tuple]:
    from streams.ingest import article_from_object

    events = [e for a in articles for e in article_events(article_from_object(a), settings)]
    return {summary(consolidated_view(c)) for c in consolidate_all(events, settings)}


def feed(settings, articles: list[dict]) -> None:
    prod = producer(settings)
    for a in articles:
        prod.send(settings.topic_raw, key=a["id"].encode(), value=orjson.dumps(a))
    prod.flush()
    prod.close()


def published(settings, want: set[tuple], timeout: float = 90.0) -> tuple[dict, list]:
    """Latest event per id and every (id, version) seen, until the latest ones equal `want`."""
    cons = consumer(settings, [settings.topic_events], True, timeout_ms=1000)
    latest: dict[str, dict] = {}
    versions: list[tuple[str, int]] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            for m in cons:
                e = orjson.loads(m.value)
                latest[e["event_id"]] = e
                versions.append((e["event_id"], e["version"]))
            if {summary(e) for e in latest.values()} == want:
                time.sleep(2)  # anything published twice would show up now
                versions += [(e["event_id"], e["version"]) for e in map(lambda m: orjson.loads(m.value), cons)]
                break
    finally:
        cons.close()
    return latest, versions


def test_two_workers_give_the_events_of_one_in_process_run(broker, tmp_path):
    first = Worker(broker, tmp_path)
    second = None
    try:
        first.wait_ready()
        second = Worker(broker, tmp_path, env=first.env)  # same app id and topics: one group
        second.wait_ready()
        time.sleep(3)  # the group settles after the second member joined
        articles = corpus()
        want = expected(articles, first.settings)
        feed(first.settings, articles)
        latest, versions = published(first.settings, want)
        assert {summary(e) for e in latest.values()} == want
        assert len(versions) == len(set(versions)), "a version was published twice"
        assert any(e["mention_count"] == 6 for e in latest.values())  # the strike: 2 seeds x 3 copies
    finally:
        for w in (second, first):
            if w is not None:
                w.stop()


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_a_worker_restarted_mid_stream_recovers_its_tables(broker, tmp_path, store):
    """Stopped and started again: the memory store rebuilds the tables from their changelogs;
    the RocksDB store reopens its data folder (as a StatefulSet pod with its volume) and reads
    the changelogs from where it stopped."""
    articles = corpus()
    w = Worker(broker, tmp_path, store=store)
    try:
        w.wait_ready()
        want = expected(articles, w.settings)
        half = len(articles) // 2
        feed(w.settings, articles[:half])
        want_half = expected(articles[:half], w.settings)
        published(w.settings, want_half)
        w.stop()
        w = Worker(broker, tmp_path, env=w.env, same_datadir=True)
        w.wait_ready()
        feed(w.settings, articles[half:])
        latest, versions = published(w.settings, want)
        got = {summary(e) for e in latest.values()}
        assert got == want, (sorted(got - want), sorted(want - got))
        assert len(versions) == len(set(versions)), "a version was published twice"
    finally:
        w.stop()


def test_a_worker_killed_mid_stream_ends_with_the_same_events(broker, tmp_path):
    """SIGKILL while articles are flowing, then a new worker: at-least-once delivery with
    idempotent consolidation gives the in-process events, and no version is published twice."""
    articles = [{**a, "id": f"{a['id']}-{k}", "url": f"{a['url']}/{k}"} for k in range(10) for a in corpus()]
    w = Worker(broker, tmp_path)
    try:
        w.wait_ready()
        want = expected(articles, w.settings)
        feed(w.settings, articles)
        time.sleep(1.5)  # mid-stream: some articles are through, most are not
        w.proc.kill()
        w.proc.wait(10)
        w = Worker(broker, tmp_path, env=w.env)
        w.wait_ready()
        latest, versions = published(w.settings, want, timeout=120)
        got = {summary(e) for e in latest.values()}
        assert got == want, (sorted(got - want), sorted(want - got))
        assert len(versions) == len(set(versions)), "a version was published twice"
    finally:
        w.stop()
