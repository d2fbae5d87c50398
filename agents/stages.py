"""One agent per stage: decode, call the stage in streams/, emit, dead-letter bad records."""

from __future__ import annotations

import logging
import re
import time
from typing import Callable, Iterable

import orjson

from agents.app import (app, candidates_topic, consolidation_table, dead_letters_topic, entities_topic,
                        events_table, normalized_topic, raw_topic, settings, updates_topic)
from agents import ops
from agents.state import BytesKeyed
from streams.consolidate import Consolidator, partition_key
from streams.entities import find_entities
from streams.errors import BadInput
from streams.events import assemble_events
from streams.ingest import article_from_json
from streams.normalize import normalize
from streams.pipeline import consolidated_view
from streams.records import (Annotated, Consolidated, Event, Normalized, dead_letter, decode, decode_batch,
                             dumps, packed)

log = logging.getLogger("rasd")
Output = Iterable[tuple[bytes, bytes]]
consolidator = Consolidator(settings.merge_window_days, settings.state_horizon_days)
consolidation_state = BytesKeyed(consolidation_table)


def _now_ms() -> int:
    return int(time.time() * 1000)


async def _process(event, stage: str, step: Callable[[bytes | None, bytes], Output], topic,
                   timer) -> None:
    """Run one record through a stage; bad input and crashes go to the dead-letter topic."""
    started = time.perf_counter()
    try:
        outputs = list(step(event.key, event.value))
        timer.observe(time.perf_counter() - started)
    except BadInput as exc:
        reason, detail = exc.reason, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the stream
        log.exception("%s: unexpected error on key %r", stage, event.key)
        reason, detail = "internal_error", f"{type(exc).__name__}: {exc}"
    else:
        for key, value in outputs:
            await topic.send(key=key, value=value)
        return
    ops.DEAD_LETTERS.labels(stage, reason).inc()
    record = dead_letter(stage, reason, detail, event.value, settings.dead_letter_payload_bytes,
                         key=event.key, now_ms=_now_ms())
    await dead_letters_topic.send(key=event.key, value=dumps(record))


def normalize_step(key: bytes | None, value: bytes) -> Output:
    """Raw article bytes -> normalized article."""
    ops.ARTICLES_IN.inc()
    article = article_from_json(value)
    if article.received_ms is None:
        article.received_ms = _now_ms()
    yield article.id.encode(), dumps(normalize(article, settings.max_text_bytes))


def entities_step(key: bytes | None, value: bytes) -> Output:
    """Normalized article -> article with entities."""
    doc: Normalized = decode(Normalized, value)
    yield key or doc.article.id.encode(), dumps(find_entities(doc, settings.max_entities))


def assemble_step(key: bytes | None, value: bytes) -> Output:
    """Article with entities -> its event candidates, one message per partition key (country |
    admin-1) holding the candidates that share it, so consolidation reads few messages."""
    annotated: Annotated = decode(Annotated, value)
    events = assemble_events(annotated, settings.max_events)
    if not events:
        ops.ARTICLES_NO_EVENTS.inc()
        log.info("assemble: article %s has no events", annotated.doc.article.id)
    ops.CANDIDATES.inc(len(events))
    batches: dict[str, list[Event]] = {}
    for ev in events:
        batches.setdefault(partition_key(ev), []).append(ev)
    ops.CANDIDATE_BATCHES.inc(len(batches))
    for part, batch in batches.items():
        yield part.encode(), dumps(batch)


def consolidate_step(key: bytes | None, value: bytes) -> Output:
    """Candidates (one, or a batch sharing a partition key) -> the updated events, one message.

    The state is written once per key for the batch. A batch seen before (a replay after a crash)
    re-sends its events as they stand: the update of the first pass may not have been sent; the
    sink drops what it already published."""
    candidates: list[Event] = decode_batch(Event, value)
    updates, changed = consolidator.fold_batch(consolidation_state, candidates, _now_ms())
    ops.UPDATES.inc(changed)
    ops.UPDATE_BATCHES.inc()
    yield key or partition_key(candidates[0]).encode(), dumps(updates)


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


def _stage_agent(name: str, source, step: Callable[[bytes | None, bytes], Output], sink):
    """Register the agent `<name>_agent`: each record of `source` through `step`, out to `sink`."""
    timer = ops.STAGE_SECONDS.labels(name)  # bound once, not per record

    async def agent(stream):
        async for event in stream.events():
            await _process(event, name, step, sink, timer)

    agent.__doc__ = f"{name}: {step.__doc__}"
    return app.agent(source, name=f"{__name__}.{name}_agent")(agent)


normalize_agent = _stage_agent("normalize", raw_topic, normalize_step, normalized_topic)
entities_agent = _stage_agent("entities", normalized_topic, entities_step, entities_topic)
assemble_agent = _stage_agent("assemble", entities_topic, assemble_step, candidates_topic)
consolidate_agent = _stage_agent("consolidate", candidates_topic, consolidate_step, updates_topic)
sink_agent = _stage_agent("sink", updates_topic, sink_step, None)  # publishes via events_table
