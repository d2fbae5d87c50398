"""Consolidation stage: one event per real-world happening, merged across reports.

State is a mapping from blocking key (country | admin-1 | category) to the live events
under that key: a dict in tests and `rasd extract`, a Faust table in the worker. All
candidates that may merge share a blocking key, so they meet on one partition.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import date, timedelta
from typing import MutableMapping

import orjson

from streams import dates
from streams.normalize import normalize_token
from streams.records import Consolidated, Event, from_dict

DAY_MS = 86_400_000


def blocking_key(event: Event) -> str:
    """Partition key for consolidation: country, admin-1 and category."""
    loc = event.location or {}
    return f"{loc.get('country') or '-'}|{loc.get('admin1') or '-'}|{event.type}"


def _day(event_date: str | None, published: str | None, received_ms: int | None) -> date | None:
    for value in (event_date, published):
        if value:
            parsed = dates.parse_iso(value)
            if parsed:
                return parsed
    if received_ms:
        return date.fromordinal(date(1970, 1, 1).toordinal() + received_ms // DAY_MS)
    return None


def _place_ids(loc: dict | None) -> set[str]:
    if not loc:
        return set()
    ids = {x for x in (loc.get("gazetteer_id"), loc.get("container_id")) if x}
    if loc.get("name"):
        ids.add("name:" + normalize_token(loc["name"]))
    return ids


def same_place(a: dict | None, b: dict | None) -> bool:
    """Places are compatible when they are the same, or one lies inside the other."""
    if not a or not b:
        return not a and not b
    if a.get("country") != b.get("country"):
        return False
    ida = {a.get("gazetteer_id"), "name:" + normalize_token(a.get("name") or "")} - {None}
    idb = {b.get("gazetteer_id"), "name:" + normalize_token(b.get("name") or "")} - {None}
    if ida & idb:
        return True
    if a.get("container_id") in idb or b.get("container_id") in ida:
        return True
    coarse = ("admin1", "country")
    if a.get("precision") in coarse or b.get("precision") in coarse:
        return a.get("admin1") == b.get("admin1") or "country" in (a.get("precision"), b.get("precision"))
    return False


class Consolidator:
    """Merges event candidates into consolidated events held in a key-value state."""

    def __init__(self, window_days: int = 1, horizon_days: int = 7) -> None:
        self.window = timedelta(days=window_days)
        self.horizon_ms = horizon_days * DAY_MS

    def add(self, state: MutableMapping[str, bytes], event: Event, now_ms: int) -> Consolidated | None:
        """Fold one candidate into the state; return the updated event, or None if already seen."""
        key = blocking_key(event)
        raw = state.get(key)
        live = [from_dict(Consolidated, d) for d in orjson.loads(raw)] if raw else []
        live = [c for c in live if now_ms - c.last_updated_ms <= self.horizon_ms]
        if any(event.candidate_id in c.candidates for c in live):
            return None
        day = _day(event.date, event.published, event.received_ms or now_ms)
        target = next((c for c in live if self._matches(c, event, day)), None)
        if target is None:
            target = self._new(key, event, day, now_ms)
            live.append(target)
        else:
            self._merge(target, event, now_ms)
        state[key] = orjson.dumps([asdict(c) for c in live])
        return target

    def expire(self, state: MutableMapping[str, bytes], now_ms: int) -> int:
        """Drop events past the horizon from every key; return how many were dropped."""
        dropped = 0
        for key in list(state.keys()):
            live = orjson.loads(state[key])
            keep = [c for c in live if now_ms - c["last_updated_ms"] <= self.horizon_ms]
            dropped += len(live) - len(keep)
            if keep:
                if len(keep) != len(live):
                    state[key] = orjson.dumps(keep)
            else:
                del state[key]
        return dropped

    def _matches(self, current: Consolidated, event: Event, day: date | None) -> bool:
        if current.type != event.type or not same_place(current.location, event.location):
            return False
        cur_day = dates.parse_iso(current.date) if current.date else None
        if cur_day and day and abs(cur_day - day) > self.window:
            return False
        return True

    @staticmethod
    def _new(key: str, event: Event, day: date | None, now_ms: int) -> Consolidated:
        loc = event.location or {}
        seed = "|".join([key, loc.get("gazetteer_id") or normalize_token(loc.get("name") or ""),
                         day.isoformat() if day else "", event.candidate_id])
        event_id = hashlib.sha1(seed.encode()).hexdigest()[:20]
        killed = event.killed
        return Consolidated(
            event_id=event_id, version=1, type=event.type, mode=event.mode,
            acled_type=event.acled_type, acled_sub_type=event.acled_sub_type, location=event.location,
            date=event.date or (day.isoformat() if day else None), killed=killed,
            wounded=event.wounded, captured=event.captured,
            killed_range=[killed, killed] if killed is not None else None,
            actors=list(event.actors), targets=list(event.targets), confidence=event.confidence,
            articles=[event.article_id], urls=[event.url] if event.url else [],
            sources=[event.source] if event.source else [], sentences=[event.sentence],
            candidates=[event.candidate_id], mention_count=1, first_seen_ms=now_ms,
            last_updated_ms=now_ms, received_ms=event.received_ms,
        )

    @staticmethod
    def _merge(target: Consolidated, event: Event, now_ms: int) -> None:
        target.version += 1
        target.mention_count += 1
        target.candidates.append(event.candidate_id)
        if event.article_id not in target.articles:
            target.articles.append(event.article_id)
        if event.url and event.url not in target.urls:
            target.urls.append(event.url)
        if event.source and event.source not in target.sources:
            target.sources.append(event.source)
        if event.sentence not in target.sentences and len(target.sentences) < 20:
            target.sentences.append(event.sentence)
        for name in ("actors", "targets"):
            merged = getattr(target, name)
            merged.extend(a for a in getattr(event, name) if a not in merged)
        # ACLED's rule: the most conservative reported figure, keeping the range seen.
        if event.killed is not None:
            low, high = target.killed_range or [event.killed, event.killed]
            target.killed_range = [min(low, event.killed), max(high, event.killed)]
            target.killed = target.killed_range[0]
        for name in ("wounded", "captured"):
            new = getattr(event, name)
            if new is not None:
                cur = getattr(target, name)
                setattr(target, name, new if cur is None else min(cur, new))
        if target.mode is None and event.mode:
            target.mode, target.acled_type, target.acled_sub_type = event.mode, event.acled_type, event.acled_sub_type
        if target.date is None and event.date:
            target.date = event.date
        if (target.location or {}).get("precision") in ("admin1", "country", "unknown") and event.location \
                and event.location.get("precision") in ("exact", "near", "admin2"):
            target.location = event.location
        target.confidence = round(min(1.0, max(target.confidence, event.confidence) + 0.05), 3)
        target.last_updated_ms = now_ms
        target.received_ms = event.received_ms
