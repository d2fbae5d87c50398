"""The whole pipeline on the embedded broker: seeds in, consolidated events and dead letters out."""

import time
from pathlib import Path

import orjson
import pytest

from agents.cli import build_parser, cmd_feed
from agents.kafka_io import consumer, producer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.broker


def collect(settings, topic, until, timeout=90.0, by_key=True):
    """Latest value per key (or every value) from a topic until `until` holds or the timeout passes."""
    cons = consumer(settings, [topic], True, timeout_ms=1000)
    latest = {}
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not until(latest):
            for message in cons:
                key = message.key if by_key else (message.partition, message.offset)
                latest[key] = orjson.loads(message.value)
    finally:
        cons.close()
    return list(latest.values())


def test_seed_articles_become_consolidated_events(worker):
    cmd_feed(build_parser().parse_args(["feed", str(ROOT / "seeds")]), worker.settings)

    def done(latest):
        events = list(latest.values())
        return any(e["type"] == "ASSAULT" and e.get("killed") == 10 for e in events) and \
            {"PROTEST", "COERCE", "CONSULT"} <= {e["type"] for e in events}

    events = collect(worker.settings, worker.settings.topic_events, done)
    strike = [e for e in events if e["type"] == "ASSAULT" and e["location"]["name"] == "معرة النعمان"]
    assert len(strike) == 1, events
    assert strike[0]["killed"] == 10 and strike[0]["killed_range"] == [10, 12]
    assert strike[0]["location"]["admin1"] == "Idlib" and strike[0]["date"] == "2019-05-12"
    assert len(strike[0]["articles"]) == 2 and strike[0]["version"] >= 2
    assert any(e["type"] == "CONSULT" and e["location"]["name_en"] == "Geneva" for e in events)
    assert any(e["type"] == "COERCE" and e["captured"] == 15 for e in events)
    assert not any("006_sports_no_event" in e["articles"] for e in events)


def test_bad_records_go_to_dead_letters_and_the_stream_goes_on(worker):
    s = worker.settings
    prod = producer(s)
    bad = [b'{"id": "b1", "text": ', b'{"id": "b2"}', b'{"id": "b3", "text": "Troops shelled the town."}',
           orjson.dumps({"id": "b4", "text": "قصف " * 60000})]
    good = orjson.dumps({"id": "g1", "text": "اعتقلت الشرطة 20 شخصا في مدينة الزرقاء اليوم.",
                         "published": "2020-03-01"})
    for value in bad + [good]:
        prod.send(s.topic_raw, key=b"k", value=value)
    prod.flush()
    prod.close()
    letters = collect(s, s.topic_dead_letters, lambda got: len(got) >= 4, by_key=False)
    assert sorted(d["reason"] for d in letters) == ["malformed_json", "missing_field", "not_arabic", "too_large"]
    assert all(d["stage"] == "normalize" and d["payload"] for d in letters)
    assert all(len(d["payload"].encode()) <= s.dead_letter_payload_bytes for d in letters)
    events = collect(s, s.topic_events, lambda got: any("g1" in e["articles"] for e in got.values()))
    assert any(e["type"] == "COERCE" and e["captured"] == 20 for e in events)
    # The worker's web port serves what an operator scrapes: metrics by stage and reason, health.
    metrics = scrape(worker, "/metrics").decode()
    for reason in ("malformed_json", "missing_field", "not_arabic", "too_large"):
        assert f'rasd_dead_letters_total{{reason="{reason}",stage="normalize"}} 1.0' in metrics
    assert "rasd_articles_in_total 5.0" in metrics
    assert 'rasd_stage_seconds_count{stage="normalize"} 1.0' in metrics  # only the good one
    assert "rasd_events_published_total" in metrics and "rasd_consumer_lag{" in metrics
    health = orjson.loads(scrape(worker, "/health"))
    assert health["status"] == "ok" and health["assigned_partitions"] > 0
    assert orjson.loads(scrape(worker, "/live")) == {"status": "alive"}


def scrape(worker, path: str) -> bytes:
    """GET a page from the worker's web port."""
    from urllib.request import urlopen

    with urlopen(f"http://127.0.0.1:{worker.settings.web_port}{path}", timeout=10) as response:
        assert response.status == 200
        return response.read()


def test_articles_travel_in_batches_and_a_bad_record_of_a_batch_is_dead_lettered_alone(worker):
    from dataclasses import replace

    from streams.entities import find_entities
    from streams.normalize import normalize
    from streams.records import Article, dumps

    s = worker.settings
    text = "اعتقلت الشرطة 20 شخصا في مدينة الزرقاء اليوم."
    prod = producer(s)
    for i in range(12):  # one send: the normalize agent takes them together
        prod.send(s.topic_raw, key=f"bt{i}".encode(),
                  value=orjson.dumps({"id": f"bt{i}", "text": text, "published": "2020-03-01"}))
    prod.flush()
    got = collect(s, s.topic_normalized, lambda m: sum(map(len, m.values())) >= 12, by_key=False)
    assert sorted(a["article"]["id"] for batch in got for a in batch) == sorted(f"bt{i}" for i in range(12))
    assert max(map(len, got)) > 1

    # Batches written by hand on the topics the entities and assemble stages read.
    doc = normalize(Article(id="bn-good", text=text, published="2020-03-01", received_ms=1), 10_000)
    bad_doc = orjson.loads(dumps(doc))
    del bad_doc["norm"]
    annotated = find_entities(replace(doc, article=replace(doc.article, id="ba-good")), 100)
    bad_annotated = orjson.loads(dumps(annotated))
    bad_annotated["entities"] = "none"
    prod.send(s.topic_normalized, key=b"bn", value=orjson.dumps([orjson.loads(dumps(doc)), bad_doc]))
    prod.send(s.topic_entities, key=b"ba", value=orjson.dumps([bad_annotated, orjson.loads(dumps(annotated))]))
    prod.flush()
    prod.close()
    letters = collect(s, s.topic_dead_letters, lambda m: len([d for d in m.values() if d["key"] in ("bn", "ba")]) >= 2,
                      by_key=False)
    letters = sorted((d["stage"], d["reason"], d["detail"][:4], d["key"]) for d in letters if d["key"] in ("bn", "ba"))
    assert letters == [("assemble", "wrong_type", "[0] ", "ba"), ("entities", "missing_field", "[1] ", "bn")]
    events = collect(s, s.topic_events, lambda m: {"bn-good", "ba-good"} <= {a for e in m.values() for a in e["articles"]})
    assert {"bn-good", "ba-good"} <= {a for e in events for a in e["articles"]}
