"""Accounting on the embedded broker: every article fed is processed (with or without events) or
dead-lettered with its reason; none is lost."""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.request import urlopen

import orjson
import pytest

from agents.kafka_io import consumer, producer
from streams.ingest import read_path

pytestmark = pytest.mark.broker
SEEDS = [a for _, a in read_path(Path(__file__).resolve().parents[2] / "seeds")]
BROKEN = [
    (b'{"id": "x", "text": ', "malformed_json"),
    (b'{"id": "x"}', "missing_field"),
    (b'{"id": "x", "text": 42}', "wrong_type"),
    (b'{"id": "x", "text": "Police arrested twenty people in the city today."}', "not_arabic"),
    (b"\xff\xfe\x00garbage", "malformed_json"),
]


def metrics(worker) -> dict[str, float]:
    with urlopen(f"http://127.0.0.1:{worker.settings.web_port}/metrics", timeout=10) as r:
        text = r.read().decode()
    out: dict[str, float] = {}
    for name, labels, value in re.findall(r"^(rasd_\w+?)(?:\{([^}]*)\})? ([0-9.e+-]+)$", text, re.M):
        key = name + (f"{{{labels}}}" if labels else "")
        out[key] = out.get(key, 0.0) + float(value)
    return out


def test_five_thousand_articles_five_percent_broken_all_accounted_for(worker):
    n, s = 5000, worker.settings
    prod = producer(s)
    broken = 0
    for i in range(n):
        if i % 20 == 7:
            value, _ = BROKEN[broken % len(BROKEN)]
            broken += 1
        else:
            a = SEEDS[i % len(SEEDS)]
            value = orjson.dumps({"id": f"acc-{i}", "text": a.text, "published": a.published})
        prod.send(s.topic_raw, key=f"acc-{i}".encode(), value=value)
    prod.flush()
    prod.close()

    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        m = metrics(worker)
        done = m.get('rasd_stage_seconds_count{stage="assemble"}', 0)
        dead = sum(v for k, v in m.items() if k.startswith("rasd_dead_letters_total"))
        if done + dead >= n:
            break
        time.sleep(1)
    m = metrics(worker)
    dead = {k: v for k, v in m.items() if k.startswith("rasd_dead_letters_total")}
    with_events = m['rasd_stage_seconds_count{stage="assemble"}'] - m["rasd_articles_without_events_total"]
    assert m["rasd_articles_in_total"] == n
    assert sum(dead.values()) == broken == 250
    assert with_events + m["rasd_articles_without_events_total"] + sum(dead.values()) == n  # lost: 0
    assert m["rasd_articles_without_events_total"] >= n // 6 - broken  # the sports article, at least
    by_reason = {re.search(r'reason="(\w+)"', k).group(1): v for k, v in dead.items()}
    assert by_reason == {"malformed_json": 100, "missing_field": 50, "wrong_type": 50, "not_arabic": 50}

    letters = []
    cons = consumer(s, [s.topic_dead_letters], True, timeout_ms=2000)
    letters = [orjson.loads(msg.value) for msg in cons]
    cons.close()
    assert len(letters) == broken and all(d["stage"] == "normalize" and d["payload"] for d in letters)
