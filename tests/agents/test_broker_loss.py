"""Broker loss: the embedded broker stopped for 10 s and started again on the same port.

The embedded broker keeps everything in memory, so what it held is gone (production runs Apache
Kafka, which keeps it). The worker must say clearly that it lost the broker, keep retrying with
back-off instead of crashing, and process new articles once the broker and its topics are back.
"""

from __future__ import annotations

import time

import orjson
import pytest

from agents.broker import EmbeddedBroker
from agents.kafka_io import consumer, ensure_topics, producer
from tests.conftest import Worker

pytestmark = pytest.mark.broker
ARTICLE = "اعتقلت الشرطة {n} شخصا في مدينة الزرقاء اليوم."


def _feed_and_wait(settings, article_id: str, n: int, day: str, timeout: float = 90.0) -> dict | None:
    prod = producer(settings)
    prod.send(settings.topic_raw, key=article_id.encode(), value=orjson.dumps(
        {"id": article_id, "text": ARTICLE.format(n=n), "published": day}))
    prod.flush()
    prod.close()
    deadline = time.monotonic() + timeout
    cons = consumer(settings, [settings.topic_events], True, timeout_ms=1000)
    try:
        while time.monotonic() < deadline:
            for m in cons:
                event = orjson.loads(m.value)
                if article_id in event["articles"]:
                    return event
    finally:
        cons.close()
    return None


def test_the_worker_survives_ten_seconds_without_its_broker(tmp_path):
    broker = EmbeddedBroker(log_path=tmp_path / "broker.log").start()
    w = None
    try:
        w = Worker(broker, tmp_path)
        w.wait_ready()
        assert _feed_and_wait(w.settings, "before", 11, "2020-03-01")["captured"] == 11
        broker.stop()
        time.sleep(10)
        assert w.proc.poll() is None, "the worker died while the broker was away"
        broker.start()
        ensure_topics(w.settings)  # the operator's `rasd topics`: the memory broker lost them
        event = _feed_and_wait(w.settings, "after", 12, "2020-04-15", timeout=120)
        assert event is not None and event["captured"] == 12, "no event after the broker came back"
        assert w.proc.poll() is None
        log = w.log.read_text(errors="replace")
        assert "broker unreachable at 127.0.0.1:" in log and "broker still unreachable" in log
        assert "broker reachable again at 127.0.0.1:" in log
        # The clients retry every ~100 ms; their repeated errors are summarised, not flooded.
        assert log.count("Unable connect to node") < 20, log.count("Unable connect to node")
    finally:
        if w is not None:
            w.stop()
        broker.stop()
