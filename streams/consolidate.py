"""Consolidation stage: one event per real-world happening, merged across reports.

Candidates are partitioned by country | admin-1 (`partition_key`): all candidates that may merge
share it, so they meet on one partition. The state is a mapping (a dict in tests and
`rasd extract`, a Faust table in the worker) with two kinds of entries per blocking key
(country | admin-1 | category):

  "<block>|<day>"   the live events of that event day (a small list: one day, one province,
                    one category), so each update rewrites a bounded value;
  "<block>|days"    the index: day -> last update (ms) of that day's events, so that whole days
                    past the horizon are dropped without scanning the state.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Any, Iterable, Iterator, MutableMapping

import orjson

from streams import dates
from streams.gazetteer import actors
from streams.normalize import normalize_token
from streams.records import Consolidated, Event, build, packed
from streams.reprints import is_reprint

DAY_MS = 86_400_000
# A day's last-update time in the index is refreshed at most this often (one write saved per
# update); a day may thus expire up to this much before its horizon.
INDEX_REFRESH_MS = 3_600_000
MAX_SIGNATURES = 4  # article MinHashes kept per event for reprint matching
# An event keeps a bounded record however many reports it gets (a story told by every outlet
# for days): its first MAX_REPORTS article ids, urls and outlets (mention_count counts every
# report), its first MAX_SENTENCES distinct sentences and MAX_NAMES actors and targets, and the
# latest MAX_CANDIDATES candidate ids: a replay after a crash re-sends the candidates since the
# last offset commit (seconds of input), and a recent one seen again changes nothing.
MAX_REPORTS = 200
MAX_SENTENCES = 20
MAX_NAMES = 20
MAX_CANDIDATES = 1_000
# A state value (one day's events of a province and category) is written to the changelog on
# every update: past this size its largest events keep only their first sentence, first
# TRIMMED_REPORTS reports and latest TRIMMED_CANDIDATES candidates, so that no value nears the
# broker's message limit (1 MB by default).
MAX_BUCKET_BYTES = 512 * 1024
TRIMMED_REPORTS = 5
TRIMMED_CANDIDATES = 200
# A reprint may read its relative day words against a later publication date: reprints are
# matched this many days around the candidate's day (other candidates within the merge window).
REPRINT_WINDOW_DAYS = 3
# A report that gives no day for its event is filed under the day it was published or received,
# but a report trails its event: an undated report may tell of an event dated up to this many
# days before its filing day (beyond the merge window), never of one after it.
REPORT_LAG_DAYS = 2


def _fit(live: list[Consolidated], raw: bytes) -> bytes:
    """Trim the largest events of a state value over MAX_BUCKET_BYTES (see there); its bytes."""
    for c in sorted(live, key=lambda c: len(packed(c)), reverse=True):
        del c.sentences[1:], c.articles[TRIMMED_REPORTS:], c.urls[TRIMMED_REPORTS:]
        del c.sources[TRIMMED_REPORTS:], c.candidates[:-TRIMMED_CANDIDATES]
        raw = packed(live)
        if len(raw) <= MAX_BUCKET_BYTES:
            break
    return raw


def partition_key(event: Event) -> str:
    """Key of the candidates topic: country and admin-1. Candidates that may merge share it (same
    category, same place or one inside the other), so they meet on one partition; one article's
    events mostly share it too, so each article sends few candidate messages."""
    loc = event.location or {}
    return f"{loc.get('country') or '-'}|{loc.get('admin1') or '-'}"


def blocking_key(event: Event) -> str:
    """Block of the consolidation state: the partition key and the category."""
    return f"{partition_key(event)}|{event.type}"


class _Staged(MutableMapping[str, bytes]):
    """Writes to a state held back until `flush`, so a batch writes each key once."""

    def __init__(self, base: MutableMapping[str, bytes]) -> None:
        self.base = base
        self.writes: dict[str, bytes | None] = {}  # None: deleted

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.writes:
            value = self.writes[key]
            return default if value is None else value
        return self.base.get(key, default)

    def __getitem__(self, key: str) -> bytes:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: bytes) -> None:
        self.writes[key] = value

    def __delitem__(self, key: str) -> None:
        if self.get(key) is None:
            raise KeyError(key)
        self.writes[key] = None

    def __iter__(self) -> Iterator[str]:
        yield from (k for k, v in self.writes.items() if v is not None)
        yield from (k for k in self.base if k not in self.writes)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def flush(self) -> None:
        for key, value in self.writes.items():
            if value is not None:
                self.base[key] = value
            elif self.base.get(key) is not None:
                del self.base[key]
        self.writes.clear()


def known_day(event_date: str | None, published: str | None) -> date | None:
    """The event's day from its own date, else its article's publication day."""
    for value in (event_date, published):
        if value:
            parsed = dates.parse_iso(value)
            if parsed:
                return parsed
    return None


def _day(event_date: str | None, published: str | None, received_ms: int | None) -> date | None:
    """The day an event is filed under: its known day, else the day it was received (live wire
    arrives on the day it is written). The received day never becomes the event's date."""
    known = known_day(event_date, published)
    if known is None and received_ms:
        return date.fromordinal(date(1970, 1, 1).toordinal() + received_ms // DAY_MS)
    return known


# Sides of a conflict by actor type: reports whose actors are all of one side never merge with
# reports whose actors are all of the other (unless one names the other's side as its target:
# the same fighting told from the other side). Militias are left out: many fight for a state.
SIDES = {"state_forces": "state", "police": "state", "government": "state",
         "rebels": "armed opposition", "insurgents": "armed opposition"}


def _sides(names: list[str]) -> set[str]:
    lex = actors()
    return {SIDES[a.type] for name in names if (a := lex.resolve(name)) is not None and a.type in SIDES}


def actors_contradict(a_actors: list[str], a_targets: list[str], b_actors: list[str],
                      b_targets: list[str]) -> bool:
    """The two reports name acting sides that exclude each other (government forces withdrew /
    the rebels withdrew): two happenings, however close in place and day."""
    sa, sb = _sides(a_actors), _sides(b_actors)
    if not sa or not sb or sa & sb:
        return False
    return not (sa & _sides(b_targets) or sb & _sides(a_targets))


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


def exact_place(a: dict | None, b: dict | None) -> bool:
    """The very same place (same gazetteer entry, or the same name for places outside it)."""
    if not a or not b:
        return not a and not b
    if a.get("gazetteer_id") or b.get("gazetteer_id"):
        return a.get("gazetteer_id") == b.get("gazetteer_id")
    return a.get("country") == b.get("country") and \
        normalize_token(a.get("name") or "") == normalize_token(b.get("name") or "")


class Consolidator:
    """Merges event candidates into consolidated events held in a key-value state."""

    def __init__(self, window_days: int = 1, horizon_days: int = 7) -> None:
        self.window = timedelta(days=window_days)
        self.horizon_ms = horizon_days * DAY_MS
        # Decoded buckets by state key, valid while the state still holds the very bytes object
        # we decoded or wrote (a memory store does): saves decoding a bucket for every candidate.
        self._decoded: dict[str, tuple[bytes, list[Consolidated]]] = {}

    def _bucket(self, state: MutableMapping[str, bytes], key: str) -> list[Consolidated]:
        raw = state.get(key)
        if not raw:
            return []
        cached = self._decoded.get(key)
        if cached is not None and cached[0] is raw:
            return cached[1]
        live = [build(Consolidated, x) for x in orjson.loads(raw)]
        self._remember(key, raw, live)
        return live

    def _remember(self, key: str, raw: bytes, live: list[Consolidated]) -> None:
        if len(self._decoded) >= 4_096:
            self._decoded.clear()
        self._decoded[key] = (raw, live)

    def add(self, state: MutableMapping[str, bytes], event: Event, now_ms: int) -> Consolidated | None:
        """Fold one candidate into the state; return the updated event, or None if already seen."""
        event_now, changed = self.fold(state, event, now_ms)
        return event_now if changed else None

    def fold(self, state: MutableMapping[str, bytes], event: Event,
             now_ms: int) -> tuple[Consolidated, bool]:
        """Fold one candidate into the state; return the event that holds it and whether the
        state changed. A candidate seen before changes nothing and returns its event as it
        stands, so a replay after a crash re-sends an update whose send was lost."""
        block = blocking_key(event)
        day = _day(event.date, event.published, event.received_ms or now_ms)
        index, changed = self._expire_block(state, block, now_ms)
        span = max(self.window.days + REPORT_LAG_DAYS, REPRINT_WINDOW_DAYS)
        days = sorted((day + timedelta(days=k) for k in range(-span, span + 1)), key=lambda d: abs(d - day))
        buckets: dict[str, list[Consolidated]] = {}
        for d in days:
            live = self._bucket(state, f"{block}|{d.isoformat()}")
            buckets[d.isoformat()] = [c for c in live if now_ms - c.last_updated_ms <= self.horizon_ms]
        seen = next((c for live in buckets.values() for c in live if event.candidate_id in c.candidates), None)
        if seen is not None:
            return seen, False
        target, home = None, day.isoformat()
        for d, live in buckets.items():  # nearest day first
            target = next((c for c in live if self._matches(c, event, day)), None)
            if target is not None:
                home = d
                break
        if target is None and event.signature:
            # A reprint of an article already counted: the same story, its day read against
            # another publication date; a mention of that event if the places agree.
            for d, live in buckets.items():
                target = next((c for c in live if c.type == event.type and c.intent == event.intent
                               and event.article_id not in c.articles  # its own other events
                               and self._places_agree(c, event)
                               and any(is_reprint(event.signature, s) for s in c.signatures or ())),
                              None)
                if target is not None:
                    home = d
                    break
        if target is None:
            taken = {c.event_id for live in buckets.values() for c in live}
            target = self._new(block, event, day, now_ms, taken)
            buckets[home].append(target)
        else:
            self._merge(target, event, now_ms)
        raw = packed(buckets[home])  # orjson encodes dataclasses
        if len(raw) > MAX_BUCKET_BYTES:
            raw = _fit(buckets[home], raw)
        state[f"{block}|{home}"] = raw
        self._remember(f"{block}|{home}", raw, buckets[home])
        if changed or now_ms - index.get(home, -INDEX_REFRESH_MS) >= INDEX_REFRESH_MS:
            index[home] = now_ms
            state[f"{block}|days"] = packed(index)
        return target, True

    def fold_batch(self, state: MutableMapping[str, bytes], events: Iterable[Event],
                   now_ms: int) -> tuple[list[Consolidated], int]:
        """Fold candidates in order, writing each state key once at the end; return the latest
        state of every event they touched (each once, in the order first touched) and how many
        candidates changed the state. Replayed as a whole after a crash, it changes nothing and
        returns the same events."""
        staged = _Staged(state)
        touched: dict[str, Consolidated] = {}
        changed = 0
        for event in events:
            target, did = self.fold(staged, event, now_ms)
            touched[target.event_id] = target
            changed += did
        staged.flush()
        return list(touched.values()), changed

    def _expire_block(self, state: MutableMapping[str, bytes], block: str,
                      now_ms: int) -> tuple[dict[str, int], bool]:
        """Drop the blocking key's days whose events all passed the horizon; return its index
        and whether it changed."""
        raw = state.get(f"{block}|days")
        index: dict[str, int] = orjson.loads(raw) if raw else {}
        changed = False
        for d, last in list(index.items()):
            if now_ms - last > self.horizon_ms:
                if state.get(f"{block}|{d}") is not None:
                    del state[f"{block}|{d}"]
                del index[d]
                changed = True
        return index, changed

    def expire(self, state: MutableMapping[str, bytes], now_ms: int) -> int:
        """Drop every day past the horizon under every blocking key; return the events dropped."""
        dropped = 0
        for key in [k for k in list(state.keys()) if k.endswith("|days")]:
            block = key[: -len("|days")]
            before = orjson.loads(state[key])
            stale = [d for d, last in before.items() if now_ms - last > self.horizon_ms]
            dropped += sum(len(orjson.loads(state.get(f"{block}|{d}") or b"[]")) for d in stale)
            index, _ = self._expire_block(state, block, now_ms)
            if index:
                state[key] = packed(index)
            else:
                del state[key]
        return dropped

    @staticmethod
    def _places_agree(current: Consolidated, event: Event) -> bool:
        if not same_place(current.location, event.location):
            return False
        if current.date is None or known_day(event.date, event.published) is None:
            # Without a date on both sides, only the received day says they are close in time:
            # a place inside another ('a district of Aleppo' and 'Aleppo') is not enough.
            return exact_place(current.location, event.location)
        return True

    def _matches(self, current: Consolidated, event: Event, day: date | None) -> bool:
        # An intended event and a report of it done are one happening ('the agreement provides
        # the fighters' withdrawal', then 'the withdrawal began'): it is done once a report says so.
        if current.type != event.type or not self._places_agree(current, event):
            return False
        if actors_contradict(current.actors, current.targets, event.actors, event.targets):
            return False
        cur_day = dates.parse_iso(current.date) if current.date else None
        if cur_day and day:
            # A day only reported (the publication's) may trail a day the text gave.
            lag = timedelta(days=REPORT_LAG_DAYS)
            before = lag if not event.date and not current.date_reported else timedelta(0)
            after = lag if event.date and current.date_reported else timedelta(0)
            if not -self.window - before <= cur_day - day <= self.window + after:
                return False
        return True

    @staticmethod
    def _new(key: str, event: Event, day: date | None, now_ms: int, taken: set[str]) -> Consolidated:
        # Blocking key, place and day identify a live event (a second candidate with all three
        # merges into it), so the id does not depend on which report arrived first, save for an
        # event first told as intended (a ceasefire announced, talks planned), whose id keeps
        # that mark when a report of it done arrives. Only when that id is taken by a happening
        # these reports contradict (other acting side) does the id take a number too.
        loc = event.location or {}
        seed = "|".join([key, loc.get("gazetteer_id") or normalize_token(loc.get("name") or ""),
                         day.isoformat() if day else ""]) + ("|intent" if event.intent else "")
        event_id = hashlib.sha1(seed.encode()).hexdigest()[:20]
        n = 1
        while event_id in taken:
            n += 1
            event_id = hashlib.sha1(f"{seed}|{n}".encode()).hexdigest()[:20]
        killed = event.killed
        known = known_day(event.date, event.published)
        return Consolidated(
            event_id=event_id, version=1, type=event.type, mode=event.mode,
            acled_type=event.acled_type, acled_sub_type=event.acled_sub_type, location=event.location,
            date=known.isoformat() if known else None, killed=killed,
            wounded=event.wounded, captured=event.captured,
            killed_range=[killed, killed] if killed is not None else None,
            actors=list(event.actors), targets=list(event.targets), confidence=event.confidence,
            articles=[event.article_id], urls=[event.url] if event.url else [],
            sources=[event.source] if event.source else [], sentences=[event.sentence],
            candidates=[event.candidate_id], mention_count=1, first_seen_ms=now_ms,
            last_updated_ms=now_ms, received_ms=event.received_ms,
            signatures=[event.signature] if event.signature else [], intent=event.intent,
            date_reported=known is not None and not event.date,
            killed_qualifier=event.killed_qualifier if killed is not None else None,
            killed_updated=killed if event.toll_update else None,
        )

    @staticmethod
    def _merge(target: Consolidated, event: Event, now_ms: int) -> None:
        target.version += 1
        target.mention_count += 1
        target.intent = target.intent and event.intent
        target.candidates.append(event.candidate_id)
        del target.candidates[:-MAX_CANDIDATES]
        for listed, new in ((target.articles, event.article_id), (target.urls, event.url),
                            (target.sources, event.source)):
            if new and len(listed) < MAX_REPORTS and new not in listed:
                listed.append(new)
        if len(target.sentences) < MAX_SENTENCES and event.sentence not in target.sentences:
            target.sentences.append(event.sentence)
        for name in ("actors", "targets"):
            merged = getattr(target, name)
            merged.extend(a for a in getattr(event, name) if a not in merged)
            del merged[MAX_NAMES:]
        # ACLED's rule: the most conservative reported figure, keeping the range seen; a toll that
        # rose ('ارتفعت الحصيلة إلى 22') is no differing report but a later count, and the
        # highest such count stands.
        if event.killed is not None:
            low, high = target.killed_range or [event.killed, event.killed]
            target.killed_range = [min(low, event.killed), max(high, event.killed)]
            if event.toll_update and (target.killed_updated is None or event.killed > target.killed_updated):
                target.killed_updated = event.killed
                target.killed_qualifier = event.killed_qualifier
            elif target.killed_updated is None:  # (else the risen toll stands)
                if target.killed is None or event.killed < target.killed:
                    target.killed_qualifier = event.killed_qualifier  # the figure's own qualifier
                elif event.killed == target.killed:
                    target.killed_qualifier = target.killed_qualifier or event.killed_qualifier
            target.killed = target.killed_updated if target.killed_updated is not None else target.killed_range[0]
        for name in ("wounded", "captured"):
            new = getattr(event, name)
            if new is not None:
                cur = getattr(target, name)
                setattr(target, name, new if cur is None else min(cur, new))
        if target.mode is None and event.mode:
            target.mode, target.acled_type, target.acled_sub_type = event.mode, event.acled_type, event.acled_sub_type
        if target.date is None or target.date_reported and event.date:
            # a day the text gives wins over a publication day standing in for it
            known = known_day(event.date, event.published)
            if known is not None:
                target.date, target.date_reported = known.isoformat(), not event.date
        # A more precise place replaces a coarser one, and a place a report told replaces the
        # article's place that stood in for it ('told' False); the article's place never
        # replaces a told one ('قرية ود النورة' stays, not the dateline's 'ود مدني').
        new, held = event.location, target.location or {}
        if new and new.get("told", True) and (
                held.get("told", True) is False
                or held.get("precision") in ("admin1", "country", "unknown")
                and new.get("precision") in ("exact", "near", "admin2")):
            target.location = new
        target.confidence = round(min(1.0, max(target.confidence, event.confidence) + 0.05), 3)
        target.last_updated_ms = now_ms
        target.received_ms = event.received_ms
        sigs = target.signatures if target.signatures is not None else []
        if event.signature and len(sigs) < MAX_SIGNATURES and event.signature not in sigs:
            sigs.append(event.signature)
        target.signatures = sigs
