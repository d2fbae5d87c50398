"""All stages in one process, without Kafka: what `rasd extract` and the benchmarks run.

The same stage functions run inside the Faust agents; this module only orders them.
"""

from __future__ import annotations

import time
from dataclasses import fields, replace
from datetime import datetime, timezone
from typing import Iterable, Iterator

from streams.consolidate import Consolidator, known_day
from streams.entities import find_entities
from streams.events import assemble_events
from streams.normalize import normalize
from streams.records import Article, Consolidated, Event
from streams.settings import Settings

# The stable event contract that evaluation tools read (see README, "Event contract").
EVENT_FIELDS = ("type", "mode", "acled_type", "acled_sub_type", "location", "date", "killed",
                "killed_qualifier", "wounded", "captured", "actors", "targets", "sentence",
                "confidence", "intent")


def article_events(article: Article, settings: Settings) -> list[Event]:
    """Normalize, find entities and assemble events for one article (BadInput propagates)."""
    doc = normalize(article, settings.max_text_bytes)
    annotated = find_entities(doc, settings.max_entities)
    return assemble_events(annotated, settings.max_events)


def event_view(event: Event) -> dict:
    """An event candidate as the `rasd extract` contract shows it."""
    data = {name: getattr(event, name) for name in EVENT_FIELDS}
    data["location"] = _location_view(event.location)
    return data


INTERNAL = ("candidates", "signatures", "killed_updated")  # consolidation state, not part of the published event


def consolidated_view(event: Consolidated) -> dict:
    """A consolidated event as published on the events topic and by `extract --consolidate`."""
    data = {f.name: getattr(event, f.name) for f in fields(event) if f.name not in INTERNAL}
    data["location"] = _location_view(event.location)
    return data


def _location_view(loc: dict | None) -> dict | None:
    if loc is None:
        return None
    keys = ("name", "name_en", "country", "admin1", "lat", "lon", "gazetteer_id", "precision")
    return {k: loc.get(k) for k in keys}


def consolidate_all(events: Iterable[Event], settings: Settings) -> list[Consolidated]:
    """Consolidate candidates in order with a dict as state; latest version of each event.

    The candidates are a replay of a wire (`rasd extract --consolidate` over files, `rasd
    eval`): one without a day of its own (no event date, no publication date, no time
    received) is taken as received on the day of the reports around it: the latest day
    known before it, an event's or an article's (or the first after it, at the start), not
    today. Two such reports of different years would otherwise meet on today's date.
    """
    events = list(events)
    consolidator = Consolidator(settings.merge_window_days, settings.state_horizon_days)
    state: dict[str, bytes] = {}
    latest: dict[str, Consolidated] = {}
    now = int(time.time() * 1000)
    clock = next((ms for ms in map(_day_ms, events) if ms is not None), None)
    for event in events:
        clock = _day_ms(event) or clock
        if event.received_ms is None and clock is not None and not event.date:
            event = replace(event, received_ms=clock)
        update = consolidator.add(state, event, now)
        if update is not None:
            latest[update.event_id] = update
    return list(latest.values())


def _day_ms(event: Event) -> int | None:
    """Midnight UTC of the event's day, else of its article's publication day."""
    day = known_day(event.date, event.published)
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp() * 1000) if day else None


def run(articles: Iterable[Article], settings: Settings) -> Iterator[tuple[Article, list[Event]]]:
    """Events of each article in order."""
    for article in articles:
        yield article, article_events(article, settings)
