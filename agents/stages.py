"""One agent per stage: decode, call the stage in streams/, emit, dead-letter bad records.

From the normalized topic on, a message carries a batch of records (a JSON array; one JSON object
is read as a batch of one). The normalize agent takes up to RASD_BATCH_ARTICLES raw articles at a
time and sends them on as one message; the entities and assemble stages read a batch and write
one (split where it would pass the producer's batch size); the assemble stage sends one
candidates message per partition key of the batch's events. A record of a batch that a stage
cannot process goes to the dead-letter topic alone, with its index in the detail; the rest go on.
Fewer, larger messages cost the worker less than one per article (README, Benchmarks)."""

from __future__ import annotations

import logging
import re
import time
from typing import Any, Callable, Iterable

import orjson

from agents.app import (app, candidates_topic, consolidation_table, dead_letters_topic, entities_topic,
                        events_table, normalized_topic, raw_topic, settings, updates_topic)
from agents import ops
from agents.state import BytesKeyed
from streams.batches import Refused, batch_messages, one_by_one, records_of
from streams.consolidate import Consolidator, partition_key
from streams.entities import find_entities
from streams.errors import BadInput
from streams.events import assemble_events
from streams.ingest import article_from_json
from streams.normalize import normalize
from streams.pipeline import consolidated_view
from streams.records import Annotated, Consolidated, Event, Normalized, build, dead_letter, decode_batch, dumps, packed

log = logging.getLogger("rasd")


Output = Iterable["tuple[bytes, bytes] | Refused"]
consolidator = Consolidator(settings.merge_window_days, settings.state_horizon_days)
consolidation_state = BytesKeyed(consolidation_table)
TIMERS = {name: ops.STAGE_SECONDS.labels(name) for name in ("normalize", "entities", "assemble", "consolidate", "sink")}


def _now_ms() -> int:
    return int(time.time() * 1000)


async def _dead_letter(stage: str, reason: str, detail: str, payload: bytes, key: bytes | None) -> None:
    ops.DEAD_LETTERS.labels(stage, reason).inc()
    record = dead_letter(stage, reason, detail, payload, settings.dead_letter_payload_bytes,
                         key=key, now_ms=_now_ms())
    await dead_letters_topic.send(key=key, value=dumps(record))


async def _process(key: bytes | None, value, stage: str, step: Callable[..., Output], topic,
                   timer=None) -> None:
    """Run one message (or, with key None, a list of (key, value) messages taken together) through
    a stage and send what comes out; the records it refuses, and the whole input if it fails as a
    whole, go to the dead-letter topic."""
    started = time.perf_counter()
    try:
        outputs = list(step(key, value))
        if timer is not None:
            timer.observe(time.perf_counter() - started)
    except BadInput as exc:
        reason, detail = exc.reason, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the stream
        log.exception("%s: unexpected error on key %r", stage, key)
        reason, detail = "internal_error", f"{type(exc).__name__}: {exc}"
    else:
        for out in outputs:
            if type(out) is not Refused and len(out[1]) + len(out[0] or b"") > settings.max_message_bytes:
                out = Refused("too_large", f"output of {len(out[1]):,} bytes, over RASD_MAX_MESSAGE_BYTES="
                              f"{settings.max_message_bytes:,}", out[1], out[0])
            if type(out) is Refused:
                await _dead_letter(stage, out.reason, out.detail, out.payload, out.key)
            else:
                await topic.send(key=out[0], value=out[1])
        return
    for record_key, payload in (value if isinstance(value, list) else [(key, value)]):
        await _dead_letter(stage, reason, detail, payload, record_key)


def _batches(records: Iterable[tuple[bytes, bytes]]) -> Output:
    return batch_messages(records, settings.producer_max_batch_bytes)


def _normalized(value: bytes) -> tuple[bytes, bytes]:
    ops.ARTICLES_IN.inc()
    article = article_from_json(value)
    if article.received_ms is None:
        article.received_ms = _now_ms()
    return article.id.encode(), dumps(normalize(article, settings.max_text_bytes))


def normalize_step(key: None, messages: list[tuple[bytes | None, bytes]]) -> Output:
    """Raw articles (one message each, taken a batch at a time) -> normalized articles, in batches."""
    done, refused = one_by_one("normalize", [(k, "", v, v) for k, v in messages], _normalized,
                               TIMERS["normalize"].observe)
    yield from refused
    yield from _batches(done)


def _annotated(item: Any) -> tuple[bytes, bytes]:
    doc: Normalized = build(Normalized, item)
    return doc.article.id.encode(), dumps(find_entities(doc, settings.max_entities))


def entities_step(key: bytes | None, value: bytes) -> Output:
    """Normalized articles (one, or a batch) -> the articles with entities, in batches."""
    done, refused = one_by_one("entities", records_of(key, value), _annotated, TIMERS["entities"].observe)
    yield from refused
    yield from _batches(done)


def _candidates(item: Any) -> list[Event]:
    annotated: Annotated = build(Annotated, item)
    events = assemble_events(annotated, settings.max_events)
    if not events:
        ops.ARTICLES_NO_EVENTS.inc()
        log.info("assemble: article %s has no events", annotated.doc.article.id)
    return events


def assemble_step(key: bytes | None, value: bytes) -> Output:
    """Articles with entities (one, or a batch) -> their event candidates, one message per
    partition key (country | admin-1) holding the candidates of the batch that share it, so
    consolidation reads few messages."""
    done, refused = one_by_one("assemble", records_of(key, value), _candidates, TIMERS["assemble"].observe)
    yield from refused
    by_key: dict[bytes, list[tuple[bytes, bytes]]] = {}
    for events in done:
        ops.CANDIDATES.inc(len(events))
        for ev in events:
            part = partition_key(ev).encode()
            by_key.setdefault(part, []).append((part, dumps(ev)))
    for batch in by_key.values():
        for message in _batches(batch):
            ops.CANDIDATE_BATCHES.inc()
            yield message


def consolidate_step(key: bytes | None, value: bytes) -> Output:
    """Candidates (one, or a batch sharing a partition key) -> the updated events, in batch messages.

    The state is written once per key for the batch. A batch seen before (a replay after a crash)
    re-sends its events as they stand: the update of the first pass may not have been sent; the
    sink drops what it already published."""
    candidates: list[Event] = decode_batch(Event, value)
    updates, changed = consolidator.fold_batch(consolidation_state, candidates, _now_ms())
    ops.UPDATES.inc(changed)
    ops.UPDATE_BATCHES.inc()
    part = key or partition_key(candidates[0]).encode()
    yield from _batches((part, dumps(update)) for update in updates)


# A published event as the sink writes it begins with its id and version (consolidated_view keeps
# the record's field order): read the version there rather than decode the whole event.
_HEAD = re.compile(rb'\{"event_id":"(?:[^"\\]|\\.)*","version":(\d+)[,}]').match


def published_version(value: bytes) -> int:
    """The version of a published event (its events-table value)."""
    head = _HEAD(value)
    return int(head.group(1)) if head else orjson.loads(value).get("version", 0)


def sink_step(key: bytes | None, value: bytes) -> Output:
    """Consolidated updates -> events topic, each (event id, version) published at most once.

    The events table's changelog is the events topic: the table write is the publication."""
    for update in decode_batch(Consolidated, value):
        event_key = update.event_id.encode()
        last = events_table.get(event_key)
        if last is not None and published_version(last) >= update.version:
            continue
        events_table[event_key] = packed(consolidated_view(update))  # held in memory: its own size
        ops.EVENTS_OUT.inc()
    return ()


def _stage_agent(name: str, source, step: Callable[..., Output], sink, timed: bool = True):
    """Register the agent `<name>_agent`: each message of `source` through `step`, out to `sink`;
    `timed`: the stage time is a message's (else `step` times each record of a batch)."""
    timer = TIMERS[name] if timed else None

    async def agent(stream):
        async for event in stream.events():
            await _process(event.key, event.value, name, step, sink, timer)

    agent.__doc__ = f"{name}: {step.__doc__}"
    return app.agent(source, name=f"{__name__}.{name}_agent")(agent)


def _batching_agent(name: str, source, step: Callable[..., Output], sink):
    """Register the agent `<name>_agent`: the messages of `source` taken up to RASD_BATCH_ARTICLES
    at a time (waiting at most RASD_BATCH_WAIT_MS for them), through `step` together. Faust acks
    the messages of a batch once it has been sent on."""

    async def agent(stream):
        async for events in stream.take_events(settings.batch_articles, within=settings.batch_wait_ms / 1000):
            await _process(None, [(e.key, e.value) for e in events], name, step, sink)

    agent.__doc__ = f"{name}: {step.__doc__}"
    return app.agent(source, name=f"{__name__}.{name}_agent")(agent)


normalize_agent = _batching_agent("normalize", raw_topic, normalize_step, normalized_topic)
entities_agent = _stage_agent("entities", normalized_topic, entities_step, entities_topic, timed=False)
assemble_agent = _stage_agent("assemble", entities_topic, assemble_step, candidates_topic, timed=False)
consolidate_agent = _stage_agent("consolidate", candidates_topic, consolidate_step, updates_topic)
sink_agent = _stage_agent("sink", updates_topic, sink_step, None)  # publishes via events_table
