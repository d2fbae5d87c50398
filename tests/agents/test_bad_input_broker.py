"""Bad input at every agent and at `rasd feed` / `rasd extract`, on the embedded broker.

Hypothesis draws broken records for each stage's input topic (tests/bad_records.py). Each one
the stage refuses in-process must end on the dead-letter topic with that stage, that reason and
its payload (cut to the configured size), and so must each record of a batch (a JSON array) that
the stage refuses alone; every other record and a good record sent after them must still come
out as events. Each example is a round trip through the worker, so a failing
example is reported as drawn, not shrunk (shrinking would re-run it past the test's timeout).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from dataclasses import replace

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given, settings as hsettings, strategies as st

from agents.kafka_io import consumer, producer
from streams.errors import BadInput
from streams.ingest import article_from_json
from streams.pipeline import article_events
from streams.records import Annotated, Consolidated, Event, Normalized, decode, dumps
from tests.bad_records import broken, refused, samples, steps
from tests.conftest import Worker

pytestmark = pytest.mark.broker
RUN = itertools.count()


@pytest.fixture(scope="module")
def shared_worker(broker, tmp_path_factory):
    w = Worker(broker, tmp_path_factory.mktemp("bad-input"), dead_letter_payload_bytes="512")
    try:
        w.wait_ready()
        yield w
    finally:
        w.stop()


def _inputs(settings) -> dict[str, str]:
    return {"normalize": settings.topic_raw, "entities": settings.topic_normalized,
            "assemble": settings.topic_entities, "consolidate": settings.topic_candidates,
            "sink": settings.topic_updates}


def _good(stage: str, record: bytes, tag: str) -> tuple[bytes, str]:
    """A valid record of the stage renamed to `tag`, and the article or event id to look for."""
    if stage == "normalize":
        return orjson.dumps({**orjson.loads(record), "id": tag}), tag
    if stage == "entities":
        doc = decode(Normalized, record)
        return dumps(replace(doc, article=replace(doc.article, id=tag))), tag
    if stage == "assemble":
        ann = decode(Annotated, record)
        return dumps(replace(ann, doc=replace(ann.doc, article=replace(ann.doc.article, id=tag)))), tag
    if stage == "consolidate":
        ev = decode(Event, record)
        return dumps(replace(ev, article_id=tag, candidate_id=f"{tag}#0")), tag
    update = decode(Consolidated, record)
    return dumps(replace(update, event_id=tag)), tag


def _expected(record: bytes, step) -> list[tuple[str, bytes]]:
    """The dead letters (reason, payload) the stage's agent writes for one message: the message
    refused whole, or the records of a batch (a JSON array) refused one by one."""
    try:
        outputs = step(record)
    except BadInput as exc:
        return [(exc.reason, record)]
    return [(out.reason, out.payload) for out in refused(outputs)]


@pytest.mark.timeout(900)
@hsettings(max_examples=3, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_every_agent_dead_letters_what_it_cannot_process_and_goes_on(shared_worker, data):
    s = shared_worker.settings
    run = next(RUN)
    valid, local = samples(s), steps(s)
    sent: dict[str, tuple[str, list[tuple[str, bytes]]]] = {}  # key -> stage, expected letters
    goods: dict[str, str] = {}  # stage -> article or event id that must come out
    prod = producer(s)
    for stage, topic in _inputs(s).items():
        for k in range(8):
            record = data.draw(broken(valid[stage]), label=f"{stage} {k}")
            key = f"h{run}-{stage}-{k}"
            sent[key] = (stage, _expected(record, local[stage]))
            prod.send(topic, key=key.encode(), value=record)
        good, marker = _good(stage, valid[stage][0], f"good-{run}-{stage}")
        goods[stage] = marker
        prod.send(topic, key=marker.encode(), value=good)
    prod.flush()
    prod.close()
    refused_keys = {k for k, (_, letters) in sent.items() if letters}

    letters: dict[str, list[dict]] = {}
    seen_ids = set()
    deadline = time.monotonic() + 180  # a loaded CI machine is slow
    dl = consumer(s, [s.topic_dead_letters], True, timeout_ms=500)
    ev = consumer(s, [s.topic_events], True, timeout_ms=500)
    try:
        while time.monotonic() < deadline:
            for m in dl:
                record = orjson.loads(m.value)
                if (record.get("key") or "").startswith(f"h{run}-"):
                    letters.setdefault(record["key"], []).append(record)
            for m in ev:
                e = orjson.loads(m.value)
                seen_ids.add(e["event_id"])
                seen_ids.update(e["articles"])
            if (all(len(letters.get(k, ())) >= len(sent[k][1]) for k in refused_keys)
                    and set(goods.values()) <= seen_ids):
                break
    finally:
        dl.close()
        ev.close()
    assert set(goods.values()) <= seen_ids, f"good records not through: {set(goods.values()) - seen_ids}"
    assert letters.keys() == refused_keys
    for key in refused_keys:
        stage, expected = sent[key]
        got = letters[key]
        assert len(got) == len(expected), (key, got, expected)
        for letter, (reason, payload) in zip(got, expected):
            assert (letter["stage"], letter["reason"]) == (stage, reason), letter
            assert letter["detail"]
            cut = payload[:512].decode("utf-8", errors="replace").encode()[:512].decode("utf-8", "ignore")
            assert letter["payload"] == cut


def _bad_then_good(s, key: str, value: bytes) -> tuple[dict | None, bool]:
    """Send a bad raw article, then a good one (`after-<key>`); the bad one's dead letter (or
    None) and whether the good one came out as an event, within 90 s."""
    prod = producer(s)
    prod.send(s.topic_raw, key=key.encode(), value=value)
    prod.send(s.topic_raw, key=f"after-{key}".encode(), value=orjson.dumps(
        {"id": f"after-{key}", "text": "اعتقلت الشرطة 20 شخصا في مدينة الزرقاء اليوم.", "published": "2020-03-01"}))
    prod.flush()
    prod.close()
    letter, through = None, False
    deadline = time.monotonic() + 90
    dl = consumer(s, [s.topic_dead_letters], True, timeout_ms=500)
    ev = consumer(s, [s.topic_events], True, timeout_ms=500)
    try:
        while time.monotonic() < deadline and not (letter and through):
            letter = letter or next((orjson.loads(m.value) for m in dl if m.key == key.encode()), None)
            through = through or any(f"after-{key}".encode() in m.value for m in ev)
    finally:
        dl.close()
        ev.close()
    return letter, through


def test_a_ten_megabyte_article_is_dead_lettered_and_the_next_one_goes_through(shared_worker):
    s = shared_worker.settings
    huge = orjson.dumps({"id": "ten-mb", "text": "قصف الطيران مدينة حلب. " * 250_000})
    assert 10_000_000 < len(huge) < 11_000_000
    letter, through = _bad_then_good(s, "ten-mb", huge)
    assert letter is not None and letter["reason"] == "too_large" and letter["stage"] == "normalize"
    assert len(letter["payload"].encode()) <= s.dead_letter_payload_bytes
    assert through


@hsettings(max_examples=5, deadline=None, database=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_feed_and_extract_refuse_bad_lines_with_a_reason_and_keep_the_good(topics, tmp_path, data):
    """JSONL with broken lines: `rasd extract` writes one line per good article and names each
    bad line with its reason on stderr; `rasd feed` sends what it can read as an article and
    names each line it refuses."""
    valid = samples(topics)["normalize"]
    lines = [data.draw(broken(valid)).replace(b"\n", b" ") for _ in range(6)]
    good = orjson.dumps({"id": "good-line", "text": "اعتقلت الشرطة 20 شخصا في مدينة الزرقاء.",
                         "published": "2020-03-01"})
    lines = [line for line in lines if line.strip()] + [good]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    unreadable, refused = {}, {}  # line number -> reason: by feed (not an article), by extract
    for number, line in enumerate(lines, 1):
        try:
            article = article_from_json(line)
        except BadInput as exc:
            unreadable[number] = refused[number] = exc.reason
            continue
        try:
            article_events(article, topics)
        except BadInput as exc:
            refused[number] = exc.reason
    env = {**topics_env(topics), "PYTHONPATH": "."}

    extract = subprocess.run([sys.executable, "-m", "agents.cli", "extract", str(path)], env=env,
                             capture_output=True, timeout=120)
    assert extract.returncode == (1 if refused else 0), extract.stderr
    out = [json.loads(line) for line in extract.stdout.splitlines()]
    assert len(out) == len(lines) - len(refused) and out[-1]["id"] == "good-line" and out[-1]["events"]
    said = _refusals(extract.stderr, path)
    assert said == refused, extract.stderr.decode()

    feed = subprocess.run([sys.executable, "-m", "agents.cli", "feed", str(path)], env=env,
                          capture_output=True, timeout=120)
    assert feed.stdout.decode().strip().splitlines()[-1] == (
        f"sent {len(lines) - len(unreadable)} articles to {topics.topic_raw}, refused {len(unreadable)}")
    assert _refusals(feed.stderr, path) == unreadable


def _refusals(stderr: bytes, path) -> dict[int, str]:
    """{line number: reason} from the CLI's `refused PATH:LINE: REASON: ...` lines."""
    found = {}
    for line in stderr.decode().splitlines():
        if line.startswith(f"refused {path}:"):
            where, reason = line[len(f"refused {path}:"):].split(": ", 2)[:2]
            found[int(where)] = reason
    return found


def topics_env(settings) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env["RASD_BROKER"] = settings.broker
    env.update({f"RASD_TOPIC_{role.upper()}": name for role, name in settings.topics.items()})
    return env


def test_an_output_over_the_message_limit_is_dead_lettered_and_the_stream_goes_on(broker, tmp_path):
    """An article under every input limit whose entities record is over RASD_MAX_MESSAGE_BYTES
    (900 places: a 412 KB record, over 300 KB here): the entities stage dead-letters it as
    too_large instead of failing the send, and the next article comes out as an event."""
    w = Worker(broker, tmp_path, max_message_bytes="300000")
    try:
        w.wait_ready()
        big = orjson.dumps({"id": "many-places", "published": "2020-03-01",
                            "text": "وقال مصدر في مدينة حلب ان الوضع هادئ. " * 900})
        letter, through = _bad_then_good(w.settings, "many-places", big)
        assert letter is not None, w.log.read_text()[-3000:]
        assert (letter["stage"], letter["reason"]) == ("entities", "too_large"), letter
        assert "RASD_MAX_MESSAGE_BYTES" in letter["detail"]
        assert through
        assert "Traceback" not in w.log.read_text(errors="replace")
    finally:
        w.stop()
